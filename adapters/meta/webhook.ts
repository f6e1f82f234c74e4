/**
 * What Facebook and Instagram webhooks share before their own mapping: the verification
 * handshake, the X-Hub-Signature-256 check over the raw bytes before anything is parsed, and
 * keeping (and acknowledging) a signed body that cannot be understood, verbatim: an error
 * answer would only make Meta resend the same bytes.
 */
import type { z } from 'zod';
import type { Logger } from '../../src/logger.js';
import type { WebhookRequest, WebhookResult } from '../types.js';
import { answerHandshake, refuseUnsigned } from './signature.js';

export const RECEIVED: WebhookResult['response'] = { status: 200, body: 'EVENT_RECEIVED' };

export interface MetaWebhookOptions<T extends { object: string }> {
  platform: 'facebook' | 'instagram';
  /** "Facebook", "Instagram": for the log. */
  name: string;
  /** The envelope's expected `object` ("page", "instagram"). */
  object: string;
  schema: z.ZodType<T>;
  appSecret: string;
  verifyToken: string | undefined;
  logger: Logger;
}

/**
 * Returns `{ done }` when the request is answered already (handshake, refused signature, or a
 * signed body kept verbatim), else the validated envelope and the raw text.
 */
export function openMetaWebhook<T extends { object: string }>(
  request: WebhookRequest,
  options: MetaWebhookOptions<T>,
): { done: WebhookResult } | { envelope: T; rawText: string } {
  const { logger, platform } = options;
  if (request.method === 'GET') {
    return {
      done: { response: answerHandshake(request, options.verifyToken, logger), events: [] },
    };
  }
  const refused = refuseUnsigned(request, options.appSecret, logger);
  if (refused) return { done: { response: refused, events: [] } };

  const rawText = request.rawBody.toString('utf8');
  const keepWhole = (note: string) => ({
    done: {
      response: RECEIVED,
      events: [
        { type: 'unrecognized' as const, platform, note, raw: rawText, source: 'webhook' as const },
      ],
    },
  });
  let body: unknown;
  try {
    body = JSON.parse(rawText);
  } catch {
    logger.warn(
      { bytes: request.rawBody.length },
      `signed ${options.name} webhook is not JSON; kept verbatim`,
    );
    return keepWhole('signed webhook body that is not JSON');
  }
  const parsed = options.schema.safeParse(body);
  if (!parsed.success) return keepWhole('webhook body without object/entry');
  if (parsed.data.object !== options.object) {
    return keepWhole(`webhook for object "${parsed.data.object}"`);
  }
  return { envelope: parsed.data, rawText };
}
