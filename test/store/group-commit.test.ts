import { afterEach, describe, expect, it } from 'vitest';
import { GroupCommitWriter } from '../../src/store/sqlite/database.js';
import { makeTestDb, type TestDb } from '../helpers/index.js';

let db: TestDb | undefined;
afterEach(() => {
  db?.cleanup();
  db = undefined;
});

describe('opening the database', () => {
  it('commits durably (WAL, synchronous=FULL) and checkpoints every 10,000 WAL pages', () => {
    db = makeTestDb();
    const pragma = (name: string) => db?.store.db.pragma(name, { simple: true });
    expect(pragma('journal_mode')).toBe('wal');
    expect(pragma('synchronous')).toBe(2); // FULL
    expect(pragma('wal_autocheckpoint')).toBe(10_000);
  });
});

describe('group commit writer', () => {
  it('keeps the other writes of a batch when one of them fails', async () => {
    db = makeTestDb();
    db.store.db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT UNIQUE)');
    const writer = new GroupCommitWriter(db.store.db);
    const insert = db.store.db.prepare('INSERT INTO t (v) VALUES (?)');
    // Requested in one turn of the event loop: one transaction, one savepoint each.
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
});
