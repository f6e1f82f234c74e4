/**
 * Deletion checks (issue 19): Instagram, YouTube and Bluesky tell nobody when an author deletes
 * a comment. Where an adapter can ask whether comments still exist (`existing`), the running
 * bot asks every DELETION_CHECK_MINUTES about the visible comments posted in the last
 * DELETION_CHECK_DAYS, and records each one the platform no longer has as deleted by its author
 * (every version is kept), with when and how it was seen. A check the platform refuses
 * concludes nothing: the comments stay as they were, and the next check asks again.
 */
import type { PlatformAdapter } from '../../adapters/types.js';
import type { Logger } from '../logger.js';
import type { Platform, Store } from '../store/types.js';
import type { Pipeline } from './runner.js';

export interface DeletionCheckReport {
  platform: Platform;
  checked: number;
  deleted: number;
  /** Set when the platform refused part of the check: nothing was concluded from that part. */
  error?: string;
}

export async function checkDeletions(deps: {
  store: Store;
  adapters: ReadonlyMap<Platform, PlatformAdapter>;
  pipeline: Pick<Pipeline, 'handle'>;
  logger: Logger;
  days: number;
  now: Date;
}): Promise<DeletionCheckReport[]> {
  const since = new Date(deps.now.getTime() - deps.days * 86_400_000).toISOString();
  const reports: DeletionCheckReport[] = [];
  for (const adapter of deps.adapters.values()) {
    if (adapter.existing === undefined) continue;
    const batch = Math.max(1, adapter.existingBatch ?? 25);
    const report: DeletionCheckReport = { platform: adapter.platform, checked: 0, deleted: 0 };
    reports.push(report);
    let after = 0;
    for (;;) {
      const comments = await deps.store.comments.recentVisible(
        adapter.platform,
        since,
        after,
        batch,
      );
      if (comments.length === 0) break;
      after = comments[comments.length - 1]?.id ?? after;
      let still: Set<string>;
      try {
        still = await adapter.existing(comments.map((c) => c.platformCommentId));
      } catch (err) {
        report.error = err instanceof Error ? err.message : String(err);
        deps.logger.warn(
          { platform: adapter.platform, error: report.error },
          'deletion check stopped',
        );
        break;
      }
      report.checked += comments.length;
      const at = deps.now.toISOString();
      for (const c of comments) {
        if (still.has(c.platformCommentId)) continue;
        await deps.pipeline.handle({
          type: 'deleted',
          platform: adapter.platform,
          platformCommentId: c.platformCommentId,
          raw: JSON.stringify({ check: 'existing', platformCommentId: c.platformCommentId, at }),
          source: 'poll',
          seenBy: `no longer returned by ${adapter.platform} when checked at ${at}`,
        });
        report.deleted++;
      }
      if (comments.length < batch) break;
    }
  }
  return reports;
}
