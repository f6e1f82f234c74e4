/**
 * The database is busy elsewhere while webhooks keep coming: a long read transaction in another
 * connection (what a records export holds), a real `civicmod export` running at the same time,
 * and a second writer holding the write lock for two seconds. WAL readers never block the
 * writer, and the busy timeout absorbs the other writer: no webhook is refused, no
 * SQLITE_BUSY reaches anyone.
 */
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeGraph } from '../helpers/fake-graph.js';
import {
  commentWebhook,
  deliver,
  fakeGraph,
  inPool,
  integrityProblems,
  NO_PROBLEMS,
  openReader,
  runCivicmod,
  scalar,
  startCivicmod,
  stopChild,
  tempDir,
  waitFor,
  type Civicmod,
  type TempDir,
} from './support.js';

let dir: TempDir | undefined;
let graph: FakeGraph | undefined;
let running: Civicmod | undefined;
afterEach(async () => {
  if (running) await stopChild(running.child, 'SIGKILL');
  await graph?.close();
  dir?.cleanup();
});

const burst = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) =>
    commentWebhook(
      `42_${900000 + from + i}`,
      i % 5 === 0 ? `fuck you ${from + i}` : `Is the station open late tonight? ${from + i}`,
    ),
  );

describe('a database busy with other connections', () => {
  it('keeps taking webhooks through a long read, an export and another writer', async () => {
    dir = tempDir('db-locked');
    graph = await fakeGraph();
    running = await startCivicmod(dir, graph);
    const { url } = running;
    const db = dir.db;
    const statuses: number[] = [];
    const send = (webhooks: ReturnType<typeof burst>, concurrency: number) =>
      inPool(webhooks, concurrency, async (w) => {
        statuses.push(await deliver(url, w));
      });

    await send(burst(0, 50), 10);

    // A long read: a transaction that keeps its snapshot for the whole burst.
    const reader = openReader(db);
    reader.exec('BEGIN');
    const seenAtStart = Number(reader.prepare('SELECT COUNT(*) FROM comments').pluck().get());
    const exporting = runCivicmod(['export', '--out', join(dir.dir, 'bundle')], {
      cwd: dir.dir,
      env: { CIVICMOD_DB: db, LOG_LEVEL: 'warn' },
    });
    await send(burst(1000, 300), 20);
    // The reader still sees its snapshot; the writer went on without it.
    expect(Number(reader.prepare('SELECT COUNT(*) FROM comments').pluck().get())).toBe(seenAtStart);
    expect(scalar(db, 'SELECT COUNT(*) FROM comments')).toBe(350);

    // Another writer holds the write lock for two seconds, well inside the 10 s busy timeout.
    const otherWriter = new BetterSqlite3(db);
    otherWriter.exec('BEGIN IMMEDIATE');
    const released = new Promise<void>((resolve) =>
      setTimeout(() => {
        otherWriter.exec('COMMIT');
        otherWriter.close();
        resolve();
      }, 2_000),
    );
    const lockedAt = Date.now();
    await send(burst(2000, 40), 10);
    const waited = Date.now() - lockedAt;
    await released;
    // They waited for the lock rather than failing.
    expect(waited).toBeGreaterThanOrEqual(1_500);

    const exported = await exporting;
    reader.exec('COMMIT');
    reader.close();
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/^Exported \d+ comments/m);

    expect(statuses).toHaveLength(390);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    const hides = scalar(
      db,
      "SELECT COUNT(*) FROM action_log WHERE kind = 'hide' AND phase = 'requested'",
    );
    expect(hides).toBe(78);
    await waitFor(
      'the hides to be delivered',
      () =>
        scalar(
          db,
          "SELECT COUNT(*) FROM action_log WHERE kind = 'hide' AND phase = 'completed'",
        ) === hides,
    );
    const output = running.output();
    await stopChild(running.child, 'SIGTERM');
    running = undefined;
    expect(output).not.toMatch(/SQLITE_BUSY|database is locked|stayed locked/i);
    expect(exported.stderr).not.toMatch(/SQLITE_BUSY|database is locked/i);
    expect(scalar(db, 'SELECT COUNT(*) FROM comments')).toBe(390);
    expect(integrityProblems(db)).toEqual(NO_PROBLEMS);
  }, 90_000);
});
