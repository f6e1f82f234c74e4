import { afterEach, describe, expect, it } from 'vitest';
import { StorageError } from '../../src/errors.js';
import {
  GroupCommitWriter,
  openDatabase,
  type Database,
  type WalSyncer,
} from '../../src/store/sqlite/database.js';
import { makeTestDb, type TestDb } from '../helpers/index.js';

/** A WAL flusher the test completes by hand, to see when the writer tells its callers. */
function heldSync() {
  const calls: { path: string; release: (err?: NodeJS.ErrnoException) => void }[] = [];
  let releasedFile = 0;
  return {
    calls,
    released: () => releasedFile,
    syncer: (path: string): WalSyncer => ({
      sync: (done) => {
        calls.push({ path, release: (err) => done(err ?? null) });
      },
      release: () => {
        releasedFile++;
      },
    }),
  };
}

/** Lets the writer's setImmediate flush and any callbacks run. */
const turns = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
};

let db: TestDb | undefined;
afterEach(() => {
  db?.cleanup();
  db = undefined;
});

function table(database: Database): void {
  database.exec('CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT UNIQUE)');
}

describe('group commit writer', () => {
  it('resolves a write only once the WAL holding it has been flushed to disk', async () => {
    db = makeTestDb();
    table(db.store.db);
    const held = heldSync();
    const writer = new GroupCommitWriter(db.store.db, 500, held.syncer);
    let resolved = false;
    const write = writer.write(() => db!.store.db.prepare("INSERT INTO t (v) VALUES ('a')").run());
    void write.then(() => (resolved = true));
    await turns();
    // Committed (visible) but not yet durable: nobody has been told.
    expect(db.store.db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 1 });
    expect(resolved).toBe(false);
    expect(held.calls.map((c) => c.path)).toEqual([`${db.path}-wal`]);
    held.calls[0]?.release();
    await write;
    expect(resolved).toBe(true);
  });

  it('makes a batch committed during an fsync wait for the next one', async () => {
    db = makeTestDb();
    table(db.store.db);
    const held = heldSync();
    const writer = new GroupCommitWriter(db.store.db, 500, held.syncer);
    const first = writer.write(() => 1);
    await turns();
    let secondDone = false;
    const second = writer
      .write(() => 2)
      .then((v) => {
        secondDone = true;
        return v;
      });
    await turns();
    expect(held.calls).toHaveLength(1);
    held.calls[0]?.release();
    expect(await first).toBe(1);
    await turns();
    // The first fsync may have started before the second commit: it does not count for it.
    expect(secondDone).toBe(false);
    expect(held.calls).toHaveLength(2);
    expect(held.released()).toBe(0);
    held.calls[1]?.release();
    expect(await second).toBe(2);
    // Idle again: the WAL file is not held open.
    expect(held.released()).toBe(1);
  });

  it('reports a write whose fsync failed as a storage error', async () => {
    db = makeTestDb();
    const held = heldSync();
    const writer = new GroupCommitWriter(db.store.db, 500, held.syncer);
    const write = writer.write(() => 1);
    await turns();
    held.calls[0]?.release(Object.assign(new Error('I/O error'), { code: 'EIO' }));
    await expect(write).rejects.toThrow(StorageError);
    await expect(write).rejects.toThrow(/EIO/);
  });

  it('commits its own batches at synchronous=NORMAL and leaves the connection at FULL', async () => {
    db = makeTestDb();
    const writer = new GroupCommitWriter(db.store.db);
    const inside = await writer.write(() => db!.store.db.pragma('synchronous', { simple: true }));
    // 1 = NORMAL inside the writer (it fsyncs itself), 2 = FULL for every other transaction.
    expect(inside).toBe(1);
    expect(db.store.db.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('keeps the other writes of a batch when one of them fails', async () => {
    db = makeTestDb();
    table(db.store.db);
    const writer = new GroupCommitWriter(db.store.db);
    const insert = db.store.db.prepare('INSERT INTO t (v) VALUES (?)');
    const results = await Promise.allSettled([
      writer.write(() => insert.run('a')),
      writer.write(() => {
        insert.run('b');
        insert.run('a'); // UNIQUE violation: this write, and only this one, is undone
      }),
      writer.write(() => insert.run('c')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(db.store.db.prepare('SELECT v FROM t ORDER BY v').pluck().all()).toEqual(['a', 'c']);
  });

  it('needs no fsync for an in-memory database', async () => {
    const memory = openDatabase(':memory:');
    const held = heldSync();
    const writer = new GroupCommitWriter(memory, 500, held.syncer);
    expect(await writer.write(() => 7)).toBe(7);
    expect(held.calls).toEqual([]);
    memory.close();
  });
});
