/**
 * Retention (I.3: removed content is retained according to the records-retention policy). Each
 * state of a comment is its own retention class with its own period, from configuration, because
 * schedules differ by state and by jurisdiction (Washington CORE, Maine GS 13, Wyoming CR 3...).
 * Legal holds and open records requests block deletion whatever a record's age: records "must
 * not be destroyed if they are subject to ongoing or reasonably anticipated litigation" or "to an
 * existing public records request".
 *
 * The purge is the one sanctioned deletion; each batch is one transaction that also writes a
 * `retention_purge` entry (counts only) to the action log.
 */
import type { Config } from '../config.js';
import type {
  CommentState,
  PurgeBatch,
  RetentionCandidate,
  RetentionSchedule,
  Store,
} from '../store/types.js';

/** The configuration variable that sets each state's retention class. */
export const RETENTION_VARIABLES: Record<CommentState, keyof Config> = {
  visible: 'RETENTION_VISIBLE_DAYS',
  hidden: 'RETENTION_HIDDEN_DAYS',
  removed: 'RETENTION_REMOVED_DAYS',
  deleted_by_author: 'RETENTION_DELETED_BY_AUTHOR_DAYS',
};

export function retentionSchedule(config: Config): RetentionSchedule {
  return {
    visible: config.RETENTION_VISIBLE_DAYS,
    hidden: config.RETENTION_HIDDEN_DAYS,
    removed: config.RETENTION_REMOVED_DAYS,
    deleted_by_author: config.RETENTION_DELETED_BY_AUTHOR_DAYS,
  };
}

export interface RetentionSummary {
  /** Past their retention period. */
  expired: number;
  /** Expired and not blocked: purged (or, in a dry run, would be). */
  purgeable: number;
  /** Expired but kept by a legal hold or an open records request. */
  blocked: number;
  byState: Record<CommentState, number>;
}

const emptyByState = (): Record<CommentState, number> => ({
  visible: 0,
  hidden: 0,
  removed: 0,
  deleted_by_author: 0,
});

/** Lists every expired comment (held ones included, with why) without changing anything. */
export async function retentionDryRun(
  store: Pick<Store, 'records'>,
  schedule: RetentionSchedule,
  onCandidate: (candidate: RetentionCandidate) => void = () => undefined,
): Promise<RetentionSummary> {
  const summary: RetentionSummary = {
    expired: 0,
    purgeable: 0,
    blocked: 0,
    byState: emptyByState(),
  };
  let after = 0;
  for (;;) {
    const { candidates, next } = await store.records.expired(schedule, { after, limit: 2000 });
    for (const c of candidates) {
      summary.expired++;
      if (c.blockedBy.length > 0) summary.blocked++;
      else {
        summary.purgeable++;
        summary.byState[c.state]++;
      }
      onCandidate(c);
    }
    if (next === null) return summary;
    after = next;
  }
}

export interface PurgeSummary {
  comments: number;
  byState: Record<CommentState, number>;
  versions: number;
  decisions: number;
  redactions: number;
  /** The action-log entries that record the purge, one per batch. */
  actionLogIds: number[];
}

/** Purges every expired, unblocked comment, a batch per transaction. */
export async function retentionPurge(
  store: Pick<Store, 'records'>,
  schedule: RetentionSchedule,
  options: { batchSize?: number; onBatch?: (batch: PurgeBatch, done: number) => void } = {},
): Promise<PurgeSummary> {
  const summary: PurgeSummary = {
    comments: 0,
    byState: emptyByState(),
    versions: 0,
    decisions: 0,
    redactions: 0,
    actionLogIds: [],
  };
  for (;;) {
    const batch = await store.records.purgeExpired(schedule, options.batchSize ?? 500);
    if (batch === null) return summary;
    summary.comments += batch.comments;
    summary.versions += batch.versions;
    summary.decisions += batch.decisions;
    summary.redactions += batch.redactions;
    for (const state of Object.keys(batch.byState) as CommentState[]) {
      summary.byState[state] += batch.byState[state];
    }
    summary.actionLogIds.push(batch.actionLogId);
    options.onBatch?.(batch, summary.comments);
  }
}
