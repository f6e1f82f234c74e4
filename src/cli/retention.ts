/**
 * `civicmod retention`: applies the retention schedule (I.3). `--dry-run` lists every expired
 * comment and what (a legal hold, an open records request) keeps it; without it, expired and
 * unblocked comments are purged to tombstones, each batch logged in the action log (counts only).
 */
import {
  retentionDryRun,
  retentionPurge,
  retentionSchedule,
  RETENTION_VARIABLES,
} from '../records/retention.js';
import type { CommentState } from '../store/types.js';
import type { Command } from './main.js';
import { createProgress } from './progress.js';
import { parseFlags } from './records-args.js';
import { openRuntime } from './runtime.js';

function byStateText(byState: Record<CommentState, number>): string {
  return (Object.entries(byState) as [CommentState, number][])
    .map(([state, n]) => `${n} ${state}`)
    .join(', ');
}

export const retentionCommand: Command = {
  summary: 'purge comments past their retention period (I.3); --dry-run lists them',
  usage: `civicmod retention [--dry-run]
  Retention classes (days since a comment's last activity), from the configuration:
  ${Object.values(RETENTION_VARIABLES).join(', ')}.
  Comments under a legal hold or attached to an open records request are never purged.
  A purge keeps a tombstone (ids, dates, state) and every action-log entry, and logs itself.`,
  async run(args) {
    const values = parseFlags(args, { 'dry-run': { type: 'boolean' } }, 'retention');
    const { config, store } = await openRuntime({ logLevel: 'warn', existing: true });
    try {
      const schedule = retentionSchedule(config);
      const out = process.stdout;
      out.write(
        `Retention classes: ${(Object.keys(schedule) as CommentState[]).map((s) => `${s} ${schedule[s]} days`).join(', ')}.\n`,
      );
      if (values['dry-run'] === true) {
        const summary = await retentionDryRun(store, schedule, (c) => {
          const what = `comment ${c.commentId} (${c.platform} ${c.platformCommentId}) ${c.state}, last activity ${c.lastActivity}`;
          out.write(
            c.blockedBy.length === 0
              ? `${what}: would be purged\n`
              : `${what}: kept by ${c.blockedBy.map((b) => `${b.kind === 'legal_hold' ? 'legal hold' : 'records request'} ${b.id} (${b.name})`).join(', ')}\n`,
          );
        });
        out.write(
          `Dry run: ${summary.expired} expired; ${summary.purgeable} would be purged (${byStateText(summary.byState)}); ` +
            `${summary.blocked} kept by legal holds or open records requests. Nothing was changed.\n`,
        );
        return 0;
      }
      const total = await store.records.countPurgeable(schedule);
      const progress = createProgress(process.stderr, total, 'comments');
      const summary = await retentionPurge(store, schedule, {
        onBatch: (_batch, done) => progress.update(done),
      });
      progress.stop();
      out.write(
        `Purged ${summary.comments} comments (${byStateText(summary.byState)}): ${summary.versions} versions, ` +
          `${summary.decisions} decisions, ${summary.redactions} redactions deleted; tombstones and action-log entries kept.\n` +
          (summary.actionLogIds.length > 0
            ? `Logged as action-log entries ${summary.actionLogIds.join(', ')}.\n`
            : 'Nothing was due.\n'),
      );
      return 0;
    } finally {
      store.close();
    }
  },
};
