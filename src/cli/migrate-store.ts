/**
 * `civicmod migrate-store --from sqlite:FILE --to postgres://…`: copies an existing SQLite store
 * into an empty PostgreSQL database, then checks the copy (src/store/migrate-store.ts).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chainKeySource, loadConfig, loadDotEnv } from '../config.js';
import { InputError } from '../errors.js';
import { defaultKeyFile } from '../store/chain-key.js';
import { migrateStore } from '../store/migrate-store.js';
import type { Command } from './main.js';

export const migrateStoreCommand: Command = {
  summary: 'copy a SQLite store into an empty PostgreSQL database, and check the copy',
  usage: `civicmod migrate-store --from sqlite:FILE [--to postgres://USER:PASSWORD@HOST/DB]
  Copies every comment, version, decision, action, redaction, request, hold, appeal and account
  of the SQLite store FILE into an empty PostgreSQL database (--to, or DATABASE_URL), in one
  transaction, then compares the counts of every table and verifies both chains on the copy
  with the chain key (CIVICMOD_CHAIN_KEY / CIVICMOD_CHAIN_KEY_FILE / FILE.chain-key). The SQLite
  file is only read. Stop civicmod start first, so nothing arrives during the copy.`,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { from: { type: 'string' }, to: { type: 'string' } },
      strict: true,
    });
    loadDotEnv();
    const from = values.from?.replace(/^sqlite:/, '');
    if (from === undefined || from === '') {
      throw new InputError('Name the SQLite store to copy with --from sqlite:FILE.');
    }
    if (!existsSync(from)) throw new InputError(`There is no SQLite store at ${from}.`);
    // The target may come from the environment; a URL is a secret and never printed.
    const loaded = loadConfig({
      ...process.env,
      ...(values.to ? { DATABASE_URL: values.to } : {}),
    });
    const to = loaded.secrets.DATABASE_URL;
    if (to === undefined) {
      throw new InputError(
        'Name the PostgreSQL database with --to postgres://… (or set DATABASE_URL).',
      );
    }
    const source = chainKeySource(loaded);
    const key = {
      key: source.key,
      file: loaded.config.CIVICMOD_CHAIN_KEY_FILE ?? defaultKeyFile(from),
    };
    const result = await migrateStore(from, to, key, (table, rows) => {
      process.stderr.write(`  ${table}: ${rows} rows\n`);
    });
    const total = result.tables.reduce((n, t) => n + t.rows, 0);
    const head = result.target.actionLog.ok ? result.target.actionLog.head : null;
    const evidence = result.target.evidence.ok ? result.target.evidence.head : null;
    process.stdout.write(
      `Copied ${total} rows from ${from} to PostgreSQL; every table's count matches, and both chains verify on the copy ` +
        `(action log head entry ${head?.id ?? '(none)'}, evidence entry ${evidence?.seq ?? '(none)'}).\n` +
        `Run civicmod with DATABASE_URL set, and give every process the same chain key: ` +
        (key.key !== undefined
          ? 'CIVICMOD_CHAIN_KEY as now.\n'
          : `CIVICMOD_CHAIN_KEY_FILE=${key.file}\n`) +
        `The SQLite file was not changed; keep it until you have checked the new deployment.\n`,
    );
    return 0;
  },
};
