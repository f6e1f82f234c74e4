/**
 * `civicmod audit verify`: walks the action log's hash chain and names the first entry that was
 * changed, removed or moved. Exit 0 when intact, 1 when not.
 */
import {
  auditVerify,
  compareWithHead,
  describeVerification,
  recordedHead,
} from '../records/audit.js';
import { InputError } from '../errors.js';
import type { Command } from './main.js';
import { createProgress, type Progress } from './progress.js';
import { parseFlags } from './records-args.js';
import { openRuntime } from './runtime.js';

export const auditCommand: Command = {
  summary: 'verify the action log hash chain (audit verify)',
  usage: `civicmod audit verify [--against MANIFEST]
  Recomputes every action-log entry's hash in order. Exits 0 and prints the count and the head
  hash when the chain holds; exits 1 naming the first entry that was changed, removed or moved.
  --against: also checks the head recorded in an export's manifest.json or a backup's
  .head.json, which finds entries deleted from the end of the log (or the log emptied).`,
  async run(args) {
    const [sub, ...rest] = args;
    if (sub !== 'verify') {
      throw new InputError('Usage: civicmod audit verify');
    }
    const flags = parseFlags(rest, { against: { type: 'string' } }, 'audit');
    const against = typeof flags.against === 'string' ? recordedHead(flags.against) : undefined;
    const { store } = openRuntime({ logLevel: 'warn', existing: true });
    let progress: Progress | undefined;
    try {
      const result = await auditVerify(store, (checked, total) => {
        progress ??= createProgress(process.stderr, total, 'entries');
        progress.update(checked);
      });
      progress?.stop();
      if (against !== undefined) {
        const hashOf = store.db.prepare('SELECT hash FROM action_log WHERE id = ?').pluck();
        const problem = compareWithHead(
          result,
          against,
          (id) => hashOf.get(id) as string | undefined,
        );
        if (problem !== null) {
          process.stdout.write(
            `Action log check FAILED against ${String(flags.against)}: ${problem}.\nKeep this database file as it is and report it.\n`,
          );
          return 1;
        }
      }
      process.stdout.write(describeVerification(result));
      if (against !== undefined) {
        process.stdout.write(`Recorded head (entry ${against.id}) found as recorded.\n`);
      }
      return result.ok ? 0 : 1;
    } finally {
      progress?.stop();
      store.close();
    }
  },
};
