/**
 * Threat alerts (issue 19): a comment flagged as a threat of violence, or as personal
 * information, needs a person now, not whenever someone next opens the queue. When
 * ALERT_WEBHOOK_URL is set, each such comment is posted at once as JSON to that address, in the
 * shape Slack and Microsoft Teams incoming webhooks accept (a `text` field) with the details
 * beside it, and each alert and its delivery outcome is an entry in the action log.
 *
 * The alert never blocks or changes the comment's handling: it is sent after the comment is
 * stored, decided and queued, and a failed delivery is recorded, not retried forever.
 */
import type { ReviewChannel, AppCore } from '../app.js';

/** Categories that alert the people on duty. */
export const ALERT_CATEGORIES = ['threat', 'personal_info'] as const;

const LABELS: Record<(typeof ALERT_CATEGORIES)[number], string> = {
  threat: 'Threat of violence',
  personal_info: 'Personal information',
};

/** How long one delivery may take before it is recorded as failed. */
const TIMEOUT_MS = 5000;

export function webhookAlertChannel(core: AppCore, url: string): ReviewChannel {
  const { store, logger, config } = core;
  const send = async (commentId: number): Promise<void> => {
    const decisions = await store.comments.decisions(commentId);
    const last = decisions[decisions.length - 1];
    const categories = ALERT_CATEGORIES.filter((c) => last?.flags.includes(c));
    if (last === undefined || categories.length === 0) return;
    const comment = await store.comments.get(commentId);
    const versions = await store.comments.versions(commentId);
    const text = versions[versions.length - 1]?.text ?? '';
    const link = config.PUBLIC_URL
      ? new URL(`/comments/${commentId}`, config.PUBLIC_URL).toString()
      : `/comments/${commentId}`;
    const what = categories.map((c) => LABELS[c]).join(' and ');
    const excerpt = text.length > 280 ? `${text.slice(0, 280)}…` : text;
    const body = {
      text: `civicmod: ${what} on ${comment?.platform ?? 'a page'}, waiting for a person: "${excerpt}" ${link}`,
      civicmod: {
        commentId,
        platform: comment?.platform ?? null,
        categories,
        scores: last.scores,
        classifierVersion: last.classifierVersion,
        link,
      },
    };
    let outcome: { ok: boolean; status: number | null; error?: string };
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      outcome = { ok: response.ok, status: response.status };
    } catch (err) {
      outcome = { ok: false, status: null, error: (err as Error).message };
    }
    await store.actions.record({
      kind: 'alert',
      commentId,
      pageId: comment?.pageId ?? null,
      platform: comment?.platform ?? null,
      actor: 'system',
      reason: outcome.ok
        ? `Alert sent to the on-duty webhook: ${what}.`
        : `Alert to the on-duty webhook failed (${outcome.error ?? `HTTP ${outcome.status}`}): ${what}.`,
      clause: 'I.3',
      decisionId: last.id,
      details: { channel: 'webhook', categories, ...outcome },
    });
    if (!outcome.ok) logger.warn({ commentId, ...outcome }, 'threat alert not delivered');
  };
  return {
    queued(commentId) {
      send(commentId).catch((err: unknown) => {
        logger.error({ err, commentId }, 'could not send a threat alert');
      });
    },
  };
}
