/**
 * Threat alerts (issue 19): a comment flagged as a threat of violence, or as personal
 * information, needs a person now, not whenever someone next opens the queue. Each such comment
 * is sent at once to the channels configured: a JSON webhook (ALERT_WEBHOOK_URL, in the shape
 * Slack and Microsoft Teams incoming webhooks accept: a `text` field, the details beside it)
 * and e-mail through the department's SMTP server (ALERT_SMTP_URL); each alert and its delivery
 * outcome is an entry in the action log.
 *
 * The alert never blocks or changes the comment's handling: it is sent after the comment is
 * stored, decided and queued, and a failed delivery is recorded, not retried forever.
 */
import nodemailer from 'nodemailer';
import type { ReviewChannel, AppCore } from '../app.js';
import type { Platform } from '../store/types.js';

/** Categories that alert the people on duty. */
export const ALERT_CATEGORIES = ['threat', 'personal_info'] as const;

const LABELS: Record<(typeof ALERT_CATEGORIES)[number], string> = {
  threat: 'Threat of violence',
  personal_info: 'Personal information',
};

/** How long one delivery may take before it is recorded as failed. */
const TIMEOUT_MS = 5000;

/** What an alert says, built once for every channel. */
interface Alert {
  commentId: number;
  decisionId: number;
  pageId: number | null;
  platform: Platform | null;
  what: string;
  subject: string;
  text: string;
  details: Record<string, unknown>;
}

async function alertFor(
  core: AppCore,
  commentId: number,
  repeat: boolean,
): Promise<Alert | undefined> {
  const { store, config } = core;
  const decisions = await store.comments.decisions(commentId);
  const last = decisions[decisions.length - 1];
  const categories = ALERT_CATEGORIES.filter((c) => last?.flags.includes(c));
  if (last === undefined || categories.length === 0) return undefined;
  const comment = await store.comments.get(commentId);
  const versions = await store.comments.versions(commentId);
  const text = versions[versions.length - 1]?.text ?? '';
  const link = config.PUBLIC_URL
    ? new URL(`/comments/${commentId}`, config.PUBLIC_URL).toString()
    : `/comments/${commentId}`;
  const what = categories.map((c) => LABELS[c]).join(' and ');
  const excerpt = text.length > 280 ? `${text.slice(0, 280)}…` : text;
  const again = repeat ? `NOT ACKNOWLEDGED after ${config.ALERT_REPEAT_MINUTES} minutes. ` : '';
  return {
    commentId,
    decisionId: last.id,
    pageId: comment?.pageId ?? null,
    platform: comment?.platform ?? null,
    what,
    subject: `civicmod: ${repeat ? 'NOT ACKNOWLEDGED: ' : ''}${what} on ${comment?.platform ?? 'a page'}`,
    text: `civicmod: ${again}${what} on ${comment?.platform ?? 'a page'}, waiting for a person: "${excerpt}" ${link}`,
    details: {
      commentId,
      platform: comment?.platform ?? null,
      categories,
      scores: last.scores,
      classifierVersion: last.classifierVersion,
      link,
      ...(repeat ? { repeat: true } : {}),
    },
  };
}

type Outcome = { ok: boolean; status?: number | null; error?: string };

/** Each alert and its outcome is an action-log entry (I.3). */
async function recordAlert(core: AppCore, alert: Alert, channel: string, outcome: Outcome) {
  await core.store.actions.record({
    kind: 'alert',
    commentId: alert.commentId,
    pageId: alert.pageId,
    platform: alert.platform,
    actor: 'system',
    reason: outcome.ok
      ? `Alert sent by ${channel}: ${alert.what}.`
      : `Alert by ${channel} failed (${outcome.error ?? `HTTP ${String(outcome.status)}`}): ${alert.what}.`,
    clause: 'I.3',
    decisionId: alert.decisionId,
    details: {
      channel,
      categories: alert.details.categories,
      ...(alert.details.repeat === true ? { repeat: true } : {}),
      ...outcome,
    },
  });
  if (!outcome.ok)
    core.logger.warn({ commentId: alert.commentId, channel, ...outcome }, 'alert not delivered');
}

/** A place alerts go: the first list (at once) or the second (repeats). */
export interface AlertChannel extends ReviewChannel {
  /** Sends the alert of a comment; `repeat` marks it as sent again, unacknowledged. */
  send(commentId: number, repeat: boolean): Promise<void>;
}

function channelOf(
  core: AppCore,
  channel: string,
  deliver: (alert: Alert) => Promise<Outcome>,
): AlertChannel {
  const send = async (commentId: number, repeat: boolean): Promise<void> => {
    const alert = await alertFor(core, commentId, repeat);
    if (alert === undefined) return;
    let outcome: Outcome;
    try {
      outcome = await deliver(alert);
    } catch (err) {
      outcome = { ok: false, error: (err as Error).message };
    }
    await recordAlert(core, alert, channel, outcome);
  };
  return {
    send,
    queued(commentId) {
      send(commentId, false).catch((err: unknown) => {
        core.logger.error({ err, commentId }, 'could not send an alert');
      });
    },
  };
}

/** Alerts posted in a Discord channel through the Discord adapter's bot (ALERT_DISCORD_CHANNEL_ID). */
export function discordAlertChannel(
  core: AppCore,
  post: (text: string) => Promise<void>,
): AlertChannel {
  return channelOf(core, 'Discord', async (alert) => {
    await post(alert.text);
    return { ok: true };
  });
}

/** Alerts posted as JSON to a webhook (Slack, Teams, or anything that takes JSON). */
export function webhookAlertChannel(core: AppCore, url: string): AlertChannel {
  return channelOf(core, 'webhook', async (alert) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: alert.text, civicmod: alert.details }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    return { ok: response.ok, status: response.status };
  });
}

/**
 * Alerts by e-mail through the department's SMTP server (nodemailer): ALERT_SMTP_URL
 * (smtp://user:password@host:587, or smtps://…), from ALERT_EMAIL_FROM to ALERT_EMAIL_TO.
 */
export function emailAlertChannel(
  core: AppCore,
  options: { smtpUrl: string; from: string; to: readonly string[] },
): AlertChannel {
  // The URL carries host, port, credentials and TLS; time-outs keep a dead server from
  // holding an alert open.
  const url = new URL(options.smtpUrl);
  url.searchParams.set('connectionTimeout', String(TIMEOUT_MS));
  url.searchParams.set('greetingTimeout', String(TIMEOUT_MS));
  url.searchParams.set('socketTimeout', String(TIMEOUT_MS));
  const transport = nodemailer.createTransport(url.toString());
  return channelOf(core, 'e-mail', async (alert) => {
    await transport.sendMail({
      from: options.from,
      to: [...options.to],
      subject: alert.subject,
      text: `${alert.text}\n\nThis comment is waiting in the civicmod queue. Nothing has been done on the platform for the threat itself: a person decides (I.3).`,
    });
    return { ok: true };
  });
}

/**
 * Sends again, to the second list, every alert no person has acknowledged within
 * ALERT_REPEAT_MINUTES: no decision, note or "Acknowledge" on the comment since. Each comment is
 * repeated once. Returns how many comments were repeated.
 */
export async function repeatUnacknowledged(
  core: AppCore,
  channels: readonly AlertChannel[],
  now: Date,
): Promise<number> {
  if (channels.length === 0) return 0;
  const before = new Date(now.getTime() - core.config.ALERT_REPEAT_MINUTES * 60_000).toISOString();
  const due = await core.store.actions.unacknowledgedAlerts(before);
  for (const commentId of due) {
    await Promise.all(channels.map((c) => c.send(commentId, true)));
  }
  return due.length;
}
