/**
 * Consistent, checked backups of the SQLite store and their restore (`civicmod backup`,
 * `civicmod restore`, and the scheduled backups of `civicmod start`). See src/cli/backup.ts for
 * why VACUUM INTO and what is checked.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { InputError } from '../errors.js';
import { openSqliteStore } from './sqlite/index.js';
import { assertWritable } from './writable.js';
import type { ActionLogHead } from './types.js';
import type { ChainKeySource } from './chain-key.js';
import type { EvidenceHead } from './evidence.js';

/** The evidence chain's key: the store's own key is needed to check a copy of it. */
export type ChainKey = Buffer | ChainKeySource;

export interface BackupResult {
  file: string;
  sha256: string;
  bytes: number;
  head: ActionLogHead;
  evidence: EvidenceHead;
  comments: number;
}

function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

interface Checked {
  head: ActionLogHead;
  evidence: EvidenceHead;
  comments: number;
}

/**
 * Integrity, the action log's chain and the evidence chain (with the store's key) of a store
 * file; throws a readable error when any fails.
 */
async function checkStoreFile(path: string, chainKey: ChainKey): Promise<Checked> {
  const raw = new BetterSqlite3(path, { readonly: true });
  try {
    const integrity = raw.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok')
      throw new InputError(`${path} fails SQLite's integrity check: ${String(integrity)}`);
  } finally {
    raw.close();
  }
  const store = openSqliteStore(path, { chainKey });
  try {
    const chain = await store.records.verifyActionLog();
    if (!chain.ok) {
      throw new InputError(
        `${path}: the action log's chain is broken at entry ${chain.entryId} (${chain.problem}): ${chain.detail}`,
      );
    }
    const evidence = await store.evidence.verify();
    if (!evidence.ok) {
      throw new InputError(
        `${path}: the evidence chain does not verify: ${evidence.findings.map((f) => f.detail).join('; ')}`,
      );
    }
    return { head: chain.head, evidence: evidence.head, comments: (await store.health()).comments };
  } finally {
    store.close();
  }
}

/** Writes a checked, consistent copy of the store at `source` to `out` (which must not exist). */
export async function backupStore(
  source: string,
  out: string,
  chainKey: ChainKey,
): Promise<BackupResult> {
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
    const { head, evidence, comments } = await checkStoreFile(partial, chainKey);
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
          evidence,
          createdAt: new Date().toISOString(),
        },
        null,
        2,
      ) + '\n',
    );
    return { file: out, sha256, bytes, head, evidence, comments };
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
  chainKey: ChainKey,
): Promise<Checked & { keptAs: string | null }> {
  if (!existsSync(file)) throw new InputError(`There is no backup at ${resolve(file)}.`);
  const recorded = existsSync(`${file}.sha256`)
    ? readFileSync(`${file}.sha256`, 'utf8').split(/\s+/)[0]
    : undefined;
  if (recorded !== undefined && recorded !== sha256File(file)) {
    throw new InputError(
      `${file} does not match ${file}.sha256: the backup was changed or damaged.`,
    );
  }
  await checkStoreFile(file, chainKey);
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
  const checked = await checkStoreFile(target, chainKey);
  return { ...checked, keptAs };
}

/**
 * One scheduled backup into `dir` (`civicmod-<time>.db` with its .sha256 and .head.json), then
 * the oldest removed so that `keep` remain. Returns the new file.
 */
export async function scheduledBackup(
  source: string,
  dir: string,
  keep: number,
  chainKey: ChainKey,
): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = join(dir, `civicmod-${stamp}.db`);
  await backupStore(source, file, chainKey);
  const backups = readdirSync(dir)
    .filter((f) => /^civicmod-.*\.db$/.test(f))
    .sort();
  for (const old of backups.slice(0, Math.max(0, backups.length - keep))) {
    for (const suffix of ['', '.sha256', '.head.json'])
      rmSync(join(dir, old + suffix), { force: true });
  }
  return file;
}
