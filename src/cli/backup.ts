/**
 * `civicmod backup --out FILE` and `civicmod restore FILE`: a consistent copy of the store while
 * the bot runs, and its return, both checked.
 *
 * Why not copy civicmod.db: in WAL mode the newest commits live in civicmod.db-wal until a
 * checkpoint, so a plain file copy of a running store misses acknowledged comments. SQLite's
 * online backup API restarts whenever the source is written, so under a steady stream of
 * comments it may never finish. `VACUUM INTO` from a read-only connection reads one snapshot in
 * one transaction and writes a compact, self-contained file: consistent, whatever is written
 * meanwhile.
 *
 * A backup is checked before it is called one: `PRAGMA integrity_check` and the action log's
 * hash chain on the copy. Beside it go FILE.sha256 (sha256sum format) and FILE.head.json (the
 * action-log head, counts and time): a head kept outside the database, for `civicmod audit
 * verify --against FILE.head.json` later.
 */
import { parseArgs } from 'node:util';
import { chainKeySource, loadConfig, loadDotEnv } from '../config.js';
import { InputError } from '../errors.js';
import { backupStore, restoreStore } from '../store/backup.js';
import type { Command } from './main.js';

/** backup and restore copy the SQLite file: on PostgreSQL, the database's own tools do that. */
function refuseOnPostgres(databaseUrl: string | undefined, command: string): void {
  if (databaseUrl === undefined) return;
  throw new InputError(
    `civicmod ${command} copies the SQLite file (CIVICMOD_DB), and DATABASE_URL is set: the records are in PostgreSQL. ` +
      "Use the database's own backups (pg_dump, or base backups with WAL archiving), then `civicmod audit verify` " +
      'on a restored copy (docs/postgresql.md).',
  );
}

export const backupCommand: Command = {
  summary: 'a consistent, checked copy of the store while the bot runs (backup --out FILE)',
  usage: `civicmod backup --out FILE
  Copies the store (CIVICMOD_DB) with VACUUM INTO from one snapshot, checks the copy (integrity
  the action log's chain and the evidence chain, with the chain key) and writes FILE.sha256
  and FILE.head.json beside it. The key is not in the backup: keep it with your secrets.`,
  async run(args) {
    const { values } = parseArgs({ args, options: { out: { type: 'string' } }, strict: true });
    if (values.out === undefined)
      throw new InputError('Give --out FILE, a new file for the backup.');
    loadDotEnv();
    const loaded = loadConfig(process.env);
    refuseOnPostgres(loaded.secrets.DATABASE_URL, 'backup');
    const result = await backupStore(loaded.config.CIVICMOD_DB, values.out, chainKeySource(loaded));
    process.stdout.write(
      `Backup written to ${result.file} (${result.bytes} bytes, ${result.comments} comments).\n` +
        `SHA-256 ${result.sha256}; action log head: entry ${result.head.id ?? '(none)'}, ${result.head.hash}\n` +
        `Evidence chain head: entry ${result.evidence.seq ?? '(none)'}, ${result.evidence.mac}\n` +
        `Check it later with: civicmod audit verify --against ${result.file}.head.json\n`,
    );
    return 0;
  },
};

export const restoreCommand: Command = {
  summary: 'restore a backup into the configured store (restore FILE [--force])',
  usage: `civicmod restore FILE [--force]
  Checks the backup (FILE.sha256 when present, integrity, both chains with the chain key of
  CIVICMOD_CHAIN_KEY / CIVICMOD_CHAIN_KEY_FILE / the key file beside CIVICMOD_DB) and copies it
  to CIVICMOD_DB. An existing store is replaced only with --force, and is kept beside, renamed.
  Stop civicmod start first.`,
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: { force: { type: 'boolean', default: false } },
      allowPositionals: true,
      strict: true,
    });
    const [file] = positionals;
    if (file === undefined || positionals.length > 1)
      throw new InputError('Usage: civicmod restore FILE [--force]');
    loadDotEnv();
    const loaded = loadConfig(process.env);
    refuseOnPostgres(loaded.secrets.DATABASE_URL, 'restore');
    const { config } = loaded;
    const result = await restoreStore(
      file,
      config.CIVICMOD_DB,
      values.force,
      chainKeySource(loaded),
    );
    process.stdout.write(
      `Restored ${file} to ${config.CIVICMOD_DB}: ${result.comments} comments, action log head entry ${result.head.id ?? '(none)'} and evidence chain (${result.evidence.count} entries) verified.\n` +
        (result.keptAs ? `The store it replaced is kept at ${result.keptAs}.\n` : ''),
    );
    return 0;
  },
};
