/**
 * `civicmod audit verify`: walks the action log's hash chain and the keyed evidence chain, and
 * names what was changed, removed, moved or added behind civicmod's back. Exit 0 when intact, 1
 * when not.
 */
import { auditVerify, compareWithHead, describeAudit, recordedHead } from '../records/audit.js';
import { InputError } from '../errors.js';
import type { Command } from './main.js';
import { createProgress, type Progress } from './progress.js';
import { parseFlags } from './records-args.js';
import { openRuntime } from './runtime.js';

export const auditCommand: Command = {
  summary: 'verify the record: the action log and the evidence chain (audit verify)',
  usage: `civicmod audit verify [--against MANIFEST]
  Recomputes every action-log entry's hash in order, and checks the evidence chain with the
  chain key (CIVICMOD_CHAIN_KEY, CIVICMOD_CHAIN_KEY_FILE, or the key file beside CIVICMOD_DB):
  every comment version (text, hashes, platform payload), decision, action and redaction is
  still as recorded, none is missing outside a retention purge, and none was added outside
  civicmod. Exits 0 and prints the counts and heads when all holds; exits 1 naming what failed.
  --against: also checks the heads recorded in an export's manifest.json, a backup's
  .head.json or a saved head line of the log, which finds entries deleted from the end (or
  everything emptied).`,
  async run(args) {
    const [sub, ...rest] = args;
    if (sub !== 'verify') {
      throw new InputError('Usage: civicmod audit verify');
    }
    const flags = parseFlags(rest, { against: { type: 'string' } }, 'audit');
    const against = typeof flags.against === 'string' ? recordedHead(flags.against) : undefined;
    const { store } = await openRuntime({ logLevel: 'warn', existing: true });
    let progress: Progress | undefined;
    try {
      const result = await auditVerify(store, (checked, total) => {
        progress ??= createProgress(process.stderr, total, 'entries');
        progress.update(checked);
      });
      progress?.stop();
      if (against !== undefined) {
        const problem = await compareWithHead(result, against, {
          hashOf: (id) => store.actions.hashOf(id),
          macOf: (seq) => store.evidence.macOf(seq),
        });
        if (problem !== null) {
          process.stdout.write(
            `Record check FAILED against ${String(flags.against)}: ${problem}.\n` +
              describeAudit(result) +
              'Keep this database file as it is and report it.\n',
          );
          return 1;
        }
      }
      process.stdout.write(describeAudit(result));
      if (against !== undefined) {
        process.stdout.write(
          `Recorded head (action-log entry ${against.actionLog.id}` +
            (against.evidence ? `, evidence entry ${against.evidence.seq}` : '') +
            ') found as recorded.\n',
        );
      }
      return result.ok ? 0 : 1;
    } finally {
      progress?.stop();
      store.close();
    }
  },
};
