/**
 * Words and times as the dashboard shows them. Times are rendered in UTC on the server (and
 * put in `<time datetime>`), and the browser script rewrites them to the reader's local time.
 */
import type { Category } from '../../moderation/index.js';
import type { Actor, CommentState, Platform, ReviewState } from '../store/types.js';

export const PLATFORM_LABELS: Record<Platform, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
  youtube: 'YouTube',
  discord: 'Discord',
  bluesky: 'Bluesky',
};

export const CATEGORY_LABELS: Record<Category, string> = {
  obscenity: 'Obscenity',
  personal_attack: 'Personal attack',
  off_topic: 'Off-topic or spam',
  threat: 'Threat',
  personal_info: 'Personal information',
};

export function categoryLabel(category: string): string {
  return (CATEGORY_LABELS as Record<string, string>)[category] ?? category;
}

export const STATE_LABELS: Record<CommentState, string> = {
  visible: 'Visible',
  hidden: 'Hidden',
  removed: 'Removed',
  deleted_by_author: 'Deleted by author',
};

export const REVIEW_LABELS: Record<ReviewState, string> = {
  none: 'No review needed',
  queued: 'Waiting for review',
  escalated: 'With the Chief or designee',
  closed: 'Decided',
};

/** The action log's kinds, as a records clerk would read them out. */
export const ACTION_LABELS: Record<string, string> = {
  hide: 'Hide',
  unhide: 'Restore',
  remove: 'Remove',
  queue: 'Queued for review',
  approve: 'Approve',
  escalate: 'Escalate',
  author_deleted: 'Deleted by author',
  platform_state: 'Changed on the platform',
  page_paused: 'Page paused',
  settings_change: 'Settings changed',
  account_change: 'Account changed',
  note: 'Note',
  alert: 'Alert to the people on duty',
  alert_acknowledged: 'Alert acknowledged',
  appeal_received: 'Appeal received',
  appeal_decided: 'Appeal decided',
};

export function actionLabel(kind: string): string {
  return ACTION_LABELS[kind] ?? kind;
}

const DONE: Record<string, string> = {
  hide: 'Hidden',
  unhide: 'Restored',
  remove: 'Removed',
  approve: 'Approved',
  escalate: 'Escalated',
};

/** An action-log row in a few words: "Hide requested", "Hidden", "Restore failed", "Approved". */
export function actionSummary(kind: string, phase: string): string {
  if (phase === 'requested') return `${actionLabel(kind)} requested`;
  if (phase === 'failed') return `${actionLabel(kind)} failed`;
  return DONE[kind] ?? actionLabel(kind);
}

/** "2026-11-24 14:03 UTC": unambiguous, sortable, and the same in every record. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function timeAgo(iso: string, now: Date): string {
  const seconds = Math.round((now.getTime() - Date.parse(iso)) / 1000);
  if (!Number.isFinite(seconds)) return '';
  if (seconds < 60) return 'just now';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  if (seconds < 90) return `${Math.round(seconds)} s`;
  const minutes = seconds / 60;
  if (minutes < 90) return `${Math.round(minutes)} min`;
  const hours = minutes / 60;
  if (hours < 48) return `${hours.toFixed(1)} h`;
  return `${(hours / 24).toFixed(1)} days`;
}

/** `user:12` → the person's name; `system` → the bot. */
export function actorName(actor: Actor | string, names: ReadonlyMap<number, string>): string {
  if (actor === 'system') return 'civicmod (automatic)';
  const match = /^user:(\d+)$/.exec(actor);
  if (!match) return actor;
  const id = Number(match[1]);
  return names.get(id) ?? `user #${id}`;
}

export function actorUserIds(actors: readonly string[]): number[] {
  return actors.flatMap((a) => {
    const match = /^user:(\d+)$/.exec(a);
    return match ? [Number(match[1])] : [];
  });
}
