/**
 * What the fault tests share: temporary folders, a read-only look into a civicmod database from
 * outside the process that writes it, `civicmod start` with the real Facebook adapter pointed at
 * a fake Graph API on loopback, and the integrity checks every fault must leave true.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { CLI, startCli } from '../helpers/cli.js';
import {
  facebookCommentWebhook,
  postWebhook,
  startFakeGraph,
  type FakeGraph,
} from '../helpers/fake-graph.js';

export const PAGE_ID = '1001';
export const POST_ID = '1001_42';
export const APP_SECRET = 'fault-test-app-secret';
const PAGE_TOKEN = 'fault-test-page-token';

export interface TempDir {
  dir: string;
  db: string;
  cleanup(): void;
}

export function tempDir(prefix: string): TempDir {
  const dir = mkdtempSync(join(tmpdir(), `civicmod-${prefix}-`));
  return {
    dir,
    db: join(dir, 'civicmod.db'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A read-only connection from this process: another reader, as the dashboard or an auditor. */
export function openReader(path: string): Database {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 10000');
  return db;
}

/** One number from a read-only query (opened and closed each time: a fresh snapshot). */
export function scalar(path: string, sql: string, ...params: unknown[]): number {
  const db = openReader(path);
  try {
    return Number(
      (db
        .prepare(sql)
        .pluck()
        .get(...params) as number | bigint | null) ?? 0,
    );
  } finally {
    db.close();
  }
}

export async function waitFor(
  what: string,
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 20_000,
  everyMs = 50,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** A fake Graph API that knows the test Page and its post. */
export async function fakeGraph(): Promise<FakeGraph> {
  const graph = await startFakeGraph({ pageId: PAGE_ID, token: PAGE_TOKEN });
  graph.posts.set(POST_ID, {
    message: 'Road closure on Last Chance Gulch tonight from 7 pm.',
    created_time: '2026-11-01T12:00:00+0000',
  });
  return graph;
}

/** The environment that connects `civicmod start` to the fake Graph API, with fast retries. */
export function facebookEnv(graph: FakeGraph, db: string): Record<string, string> {
  return {
    CIVICMOD_DB: db,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    FACEBOOK_PAGE_ID: PAGE_ID,
    FACEBOOK_PAGE_TOKEN: PAGE_TOKEN,
    FACEBOOK_APP_SECRET: APP_SECRET,
    FACEBOOK_VERIFY_TOKEN: 'fault-test-verify',
    FACEBOOK_GRAPH_URL: graph.url,
    FACEBOOK_POLL_SECONDS: '3600',
    // The smallest allowed: retries every 0.5-1 s once the platform recovers.
    ACTION_RETRY_MAX_SECONDS: '1',
  };
}

export interface Civicmod {
  child: ChildProcess;
  url: string;
  output(): string;
}

/** `civicmod start` (the built CLI) on loopback, connected to the fake Graph API. */
export async function startCivicmod(
  dir: TempDir,
  graph: FakeGraph,
  env: Record<string, string> = {},
): Promise<Civicmod> {
  // cwd is the temporary folder, so no developer's .env is read.
  return startCli({ cwd: dir.dir, env: { ...facebookEnv(graph, dir.db), ...env } });
}

/** Stops a child with `signal` and waits until it has exited. */
export async function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  await exited;
}

/** Resident memory and its high-water mark of a process, in MiB (Linux /proc). */
export function memoryOf(pid: number): { rssMb: number; hwmMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
}

export interface Webhook {
  commentId: string;
  text: string;
  body: string;
}

/** A signed-to-be Page feed webhook for one new comment on the test post. */
export function commentWebhook(commentId: string, text: string): Webhook {
  return {
    commentId,
    text,
    body: facebookCommentWebhook({ pageId: PAGE_ID, postId: POST_ID, commentId, message: text }),
  };
}

/** Sends a webhook signed with the app secret; resolves with the status, or 0 if the connection failed. */
export async function deliver(url: string, webhook: Webhook, secret = APP_SECRET): Promise<number> {
  try {
    const response = await postWebhook(url, 'facebook', webhook.body, secret);
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/** Runs `worker` over the items with at most `concurrency` in flight. */
export async function inPool<T>(
  items: readonly T[],
  concurrency: number,
  worker: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        await worker(items[index] as T, index);
      }
    }),
  );
}

/**
 * Everything that must hold after any fault, as counts that should all be zero: no comment
 * without a version, no version or decision without its comment, no version decided twice, no
 * platform action requested twice for one decision, and none completed twice.
 */
export function integrityProblems(path: string): Record<string, number> {
  const db = openReader(path);
  try {
    const count = (sql: string) => Number(db.prepare(sql).pluck().get());
    return {
      commentsWithoutVersion: count(
        `SELECT COUNT(*) FROM comments c WHERE NOT EXISTS
           (SELECT 1 FROM comment_versions v WHERE v.comment_id = c.id)`,
      ),
      commentsWithDanglingCurrentVersion: count(
        `SELECT COUNT(*) FROM comments c WHERE c.current_version_id IS NOT NULL AND NOT EXISTS
           (SELECT 1 FROM comment_versions v WHERE v.id = c.current_version_id AND v.comment_id = c.id)`,
      ),
      versionsWithoutComment: count(
        `SELECT COUNT(*) FROM comment_versions v WHERE NOT EXISTS
           (SELECT 1 FROM comments c WHERE c.id = v.comment_id)`,
      ),
      decisionsWithoutComment: count(
        `SELECT COUNT(*) FROM decisions d WHERE NOT EXISTS
           (SELECT 1 FROM comments c WHERE c.id = d.comment_id)`,
      ),
      versionsDecidedTwice: count(
        `SELECT COUNT(*) FROM (SELECT version_id FROM decisions GROUP BY version_id HAVING COUNT(*) > 1)`,
      ),
      actionsRequestedTwicePerDecision: count(
        `SELECT COUNT(*) FROM (SELECT decision_id FROM action_log
           WHERE phase = 'requested' AND decision_id IS NOT NULL
           GROUP BY decision_id, kind HAVING COUNT(*) > 1)`,
      ),
      actionsCompletedTwice: count(
        `SELECT COUNT(*) FROM (SELECT action_id FROM action_log WHERE phase = 'completed'
           GROUP BY action_id HAVING COUNT(*) > 1)`,
      ),
      commentsHiddenTwice: count(
        `SELECT COUNT(*) FROM (SELECT comment_id FROM action_log WHERE phase = 'completed' AND kind = 'hide'
           GROUP BY comment_id HAVING COUNT(*) > 1)`,
      ),
    };
  } finally {
    db.close();
  }
}

export const NO_PROBLEMS = {
  commentsWithoutVersion: 0,
  commentsWithDanglingCurrentVersion: 0,
  versionsWithoutComment: 0,
  decisionsWithoutComment: 0,
  versionsDecidedTwice: 0,
  actionsRequestedTwicePerDecision: 0,
  actionsCompletedTwice: 0,
  commentsHiddenTwice: 0,
};

/** Runs the built `civicmod` with the arguments, to completion. */
export function runCivicmod(
  args: string[],
  options: { cwd: string; env: Record<string, string>; timeoutMs?: number },
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '', DOTENV_CONFIG_QUIET: 'true', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`civicmod ${args.join(' ')} timed out; stderr: ${stderr.slice(-2000)}`));
    }, options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** `civicmod audit verify` on the database: the action log's hash chain is intact. */
export async function auditChainIntact(dir: TempDir): Promise<boolean> {
  const result = await runCivicmod(['audit', 'verify'], {
    cwd: dir.dir,
    env: { CIVICMOD_DB: dir.db, LOG_LEVEL: 'warn' },
  });
  return result.code === 0;
}

export { CLI };
