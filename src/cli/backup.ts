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
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import { loadConfig, loadDotEnv } from '../config.js';
import { InputError } from '../errors.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { ActionLogHead } from '../store/types.js';
import type { Command } from './main.js';
import { assertWritable } from './runtime.js';

export interface BackupResult {
  file: string;
  sha256: string;
  bytes: number;
  head: ActionLogHead;
  comments: number;
}

function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Integrity and chain of a store file; throws a readable error when either fails. */
async function checkStoreFile(path: string): Promise<{ head: ActionLogHead; comments: number }> {
  const raw = new BetterSqlite3(path, { readonly: true });
  try {
    const integrity = raw.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok')
      throw new InputError(`${path} fails SQLite's integrity check: ${String(integrity)}`);
  } finally {
    raw.close();
  }
  const store = openSqliteStore(path);
  try {
    const chain = await store.records.verifyActionLog();
    if (!chain.ok) {
      throw new InputError(
        `${path}: the action log's chain is broken at entry ${chain.entryId} (${chain.problem}): ${chain.detail}`,
      );
    }
    return { head: chain.head, comments: (await store.health()).comments };
  } finally {
    store.close();
  }
}

/** Writes a checked, consistent copy of the store at `source` to `out` (which must not exist). */
export async function backupStore(source: string, out: string): Promise<BackupResult> {
  if (!existsSync(source))
    throw new InputError(`There is no civicmod database at ${resolve(source)}.`);
  if (existsSync(out)) throw new InputError(`${out} exists already; choose a new file name.`);
  const partial = `${out}.partial`;
  rmSync(partial, { force: true });
  const db = new BetterSqlite3(source, { readonly: true });
  try {
    db.pragma('busy_timeout = 10000');
    db.prepare('VACUUM INTO ?').run(partial);
  } finally {
    db.close();
  }
  try {
    const { head, comments } = await checkStoreFile(partial);
    renameSync(partial, out);
    // The check opened the copy read-write (WAL): no side files are left, the copy is whole.
    rmSync(`${partial}-wal`, { force: true });
    rmSync(`${partial}-shm`, { force: true });
    const sha256 = sha256File(out);
    const bytes = readFileSync(out).length;
    writeFileSync(`${out}.sha256`, `${sha256}  ${basename(out)}\n`);
    writeFileSync(
      `${out}.head.json`,
      JSON.stringify(
        {
          file: basename(out),
          sha256,
          bytes,
          comments,
          actionLog: head,
          createdAt: new Date().toISOString(),
        },
        null,
        2,
      ) + '\n',
    );
    return { file: out, sha256, bytes, head, comments };
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
}

/**
 * Restores a backup into `target`: refuses to replace an existing store unless `force` (the old
 * one is then kept beside it, renamed), checks the backup's SHA-256 when FILE.sha256 is there,
 * and checks the restored store the same way a backup is checked.
 */
export async function restoreStore(
  file: string,
  target: string,
  force: boolean,
): Promise<{ head: ActionLogHead; comments: number; keptAs: string | null }> {
  if (!existsSync(file)) throw new InputError(`There is no backup at ${resolve(file)}.`);
  const recorded = existsSync(`${file}.sha256`)
    ? readFileSync(`${file}.sha256`, 'utf8').split(/\s+/)[0]
    : undefined;
  if (recorded !== undefined && recorded !== sha256File(file)) {
    throw new InputError(
      `${file} does not match ${file}.sha256: the backup was changed or damaged.`,
    );
  }
  await checkStoreFile(file);
  let keptAs: string | null = null;
  if (existsSync(target)) {
    if (!force) {
      throw new InputError(
        `A store exists at ${resolve(target)}. Restoring would replace it: run again with --force (it is kept beside, renamed).`,
      );
    }
    keptAs = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(target, keptAs);
    for (const side of ['-wal', '-shm']) {
      if (existsSync(`${target}${side}`)) renameSync(`${target}${side}`, `${keptAs}${side}`);
    }
  }
  mkdirSync(dirname(resolve(target)), { recursive: true });
  assertWritable(target);
  copyFileSync(file, target);
  const checked = await checkStoreFile(target);
  return { ...checked, keptAs };
}

export const backupCommand: Command = {
  summary: 'a consistent, checked copy of the store while the bot runs (backup --out FILE)',
  usage: `civicmod backup --out FILE
  Copies the store (CIVICMOD_DB) with VACUUM INTO from one snapshot, checks the copy (integrity
  and the action log's chain) and writes FILE.sha256 and FILE.head.json beside it.`,
  async run(args) {
    const { values } = parseArgs({ args, options: { out: { type: 'string' } }, strict: true });
    if (values.out === undefined)
      throw new InputError('Give --out FILE, a new file for the backup.');
    loadDotEnv();
    const { config } = loadConfig(process.env);
    const result = await backupStore(config.CIVICMOD_DB, values.out);
    process.stdout.write(
      `Backup written to ${result.file} (${result.bytes} bytes, ${result.comments} comments).\n` +
        `SHA-256 ${result.sha256}; action log head: entry ${result.head.id ?? '(none)'}, ${result.head.hash}\n` +
        `Check it later with: civicmod audit verify --against ${result.file}.head.json\n`,
    );
    return 0;
  },
};

export const restoreCommand: Command = {
  summary: 'restore a backup into the configured store (restore FILE [--force])',
  usage: `civicmod restore FILE [--force]
  Checks the backup (FILE.sha256 when present, integrity, the action log's chain) and copies it
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
    const { config } = loadConfig(process.env);
    const result = await restoreStore(file, config.CIVICMOD_DB, values.force);
    process.stdout.write(
      `Restored ${file} to ${config.CIVICMOD_DB}: ${result.comments} comments, action log head entry ${result.head.id ?? '(none)'} verified.\n` +
        (result.keptAs ? `The store it replaced is kept at ${result.keptAs}.\n` : ''),
    );
    return 0;
  },
};
