/**
 * What Facebook Page and Instagram webhooks share: the `hub.*` verification handshake and the
 * `X-Hub-Signature-256` check. Both are done before a single byte of the body is parsed, so an
 * unsigned or forged request can never reach the pipeline.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Logger } from '../../src/logger.js';
import type { WebhookRequest, WebhookResponse } from '../types.js';

export type SignatureCheck = 'valid' | 'missing' | 'malformed' | 'mismatch';

/** `sha256=` followed by the hex HMAC-SHA256 of the raw body, keyed with the app secret. */
export function signMetaBody(rawBody: Buffer | string, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`;
}

/**
 * Checks `X-Hub-Signature-256` against the bytes exactly as received: re-serialized JSON differs
 * in whitespace and escapes (Meta escapes non-ASCII as \uXXXX), so it would never match.
 */
export function checkMetaSignature(
  rawBody: Buffer,
  header: string | undefined,
  appSecret: string,
): SignatureCheck {
  if (header === undefined || header.trim() === '') return 'missing';
  const match = /^sha256=([0-9a-f]{64})$/i.exec(header.trim());
  if (!match?.[1]) return 'malformed';
  const given = Buffer.from(match[1], 'hex');
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  // Both are 32 bytes here (the regex fixes the length), as timingSafeEqual requires.
  return timingSafeEqual(given, expected) ? 'valid' : 'mismatch';
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * The GET handshake Meta sends when the webhook is set up in the app dashboard: echo
 * `hub.challenge` when `hub.verify_token` is ours, 403 otherwise (what Meta's docs prescribe).
 */
export function answerHandshake(
  request: WebhookRequest,
  verifyToken: string | undefined,
  logger: Logger,
): WebhookResponse {
  const mode = request.query['hub.mode'];
  const token = request.query['hub.verify_token'];
  const challenge = request.query['hub.challenge'];
  if (verifyToken === undefined) {
    logger.warn(
      'webhook verification refused: FACEBOOK_VERIFY_TOKEN is not set (set it to the string entered in the Meta app)',
    );
    return { status: 403, body: 'Verification is not configured.' };
  }
  if (mode !== 'subscribe' || token === undefined || challenge === undefined) {
    logger.warn({ mode }, 'webhook verification refused: not a subscribe handshake');
    return { status: 403, body: 'Verification refused.' };
  }
  if (!sameSecret(token, verifyToken)) {
    logger.warn('webhook verification refused: hub.verify_token does not match');
    return { status: 403, body: 'Verification refused.' };
  }
  return { status: 200, body: challenge, contentType: 'text/plain' };
}

/**
 * Verifies a POST. Returns the 401 to send when it is not signed with our app secret (logged,
 * without the signature or any of the body), or undefined when it is.
 */
export function refuseUnsigned(
  request: WebhookRequest,
  appSecret: string,
  logger: Logger,
): WebhookResponse | undefined {
  const check = checkMetaSignature(
    request.rawBody,
    request.headers['x-hub-signature-256'],
    appSecret,
  );
  if (check === 'valid') return undefined;
  logger.warn(
    { reason: check, bytes: request.rawBody.length },
    'webhook refused: X-Hub-Signature-256 is missing or does not match the app secret',
  );
  return { status: 401, body: 'Invalid or missing X-Hub-Signature-256.' };
}
