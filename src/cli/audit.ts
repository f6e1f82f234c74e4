/**
 * `civicmod audit verify`: walks the action log's hash chain and names the first entry that was
 * changed, removed or moved. Exit 0 when intact, 1 when not.
 */
import { auditVerify, describeVerification } from '../records/audit.js';
import { InputError } from '../errors.js';
import type { Command } from './main.js';
import { createProgress, type Progress } from './progress.js';
import { parseFlags } from './records-args.js';
import { openRuntime } from './runtime.js';

export const auditCommand: Command = {
  summary: 'verify the action log hash chain (audit verify)',
  usage: `civicmod audit verify
  Recomputes every action-log entry's hash in order. Exits 0 and prints the count and the head
  hash when the chain holds; exits 1 naming the first entry that was changed, removed or moved.`,
  async run(args) {
    const [sub, ...rest] = args;
    if (sub !== 'verify') {
      throw new InputError('Usage: civicmod audit verify');
    }
    parseFlags(rest, {}, 'audit');
    const { store } = openRuntime({ logLevel: 'warn' });
    let progress: Progress | undefined;
    try {
      const result = await auditVerify(store, (checked, total) => {
        progress ??= createProgress(process.stderr, total, 'entries');
        progress.update(checked);
      });
      progress?.stop();
      process.stdout.write(describeVerification(result));
      return result.ok ? 0 : 1;
    } finally {
      progress?.stop();
      store.close();
    }
  },
};
