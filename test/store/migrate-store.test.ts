/**
 * `civicmod migrate-store` (issue 20): a SQLite store with every kind of record (edits,
 * decisions, hides, a records request with a redaction, a legal hold, an appeal, a retention
 * purge, accounts) copied into an empty PostgreSQL database: the same records, read back the same
 * way, both chains verifying on the copy with the same heads; and the refusals.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/accounts/accounts.js';
import { migrateStore } from '../../src/store/migrate-store.js';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import type { Store } from '../../src/store/types.js';
import { runCivicmod } from '../faults/support.js';
import { incomingComment, makeTestDb, type TestDb } from '../helpers/index.js';
import { freshDatabase, testPgUrl } from '../helpers/postgres.js';
import { makeClock, seedMixed } from '../records/fixtures.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Everything a records request would see of every comment, in id order. */
async function everything(store: Store) {
  const ids: number[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await store.records.search({}, { limit: 100, cursor });
    ids.push(...page.hits.map((h) => h.commentId));
    if (page.nextCursor === null) break;
    cursor = page.nextCursor;
  }
  ids.sort((a, b) => a - b);
  const records = [];
  for (const id of ids) records.push(await store.records.record(id, { redactionsFor: 1 }));
  return {
    records,
    users: await store.users.list(),
    appeals: await store.appeals.list('open', 100),
    holds: await store.records.listHolds(),
    requests: await store.records.listRequests(),
    search: (await store.records.search({ query: 'road*' }, { limit: 50 })).hits.map(
      (h) => h.commentId,
    ),
  };
}

async function seededSqlite(): Promise<{ db: TestDb; key: Buffer }> {
  const key = randomBytes(32);
  const clock = makeClock();
  const db = makeTestDb({ now: () => clock.now });
  // The store's key file, as civicmod start would have written it.
  writeFileSync(`${db.path}.chain-key`, key.toString('hex'));
  db.store.close();
  const store = (await import('../../src/store/sqlite/index.js')).openSqliteStore(db.path, {
    now: () => clock.now,
    chainKey: key,
  });
  const seeded = await seedMixed({ store }, clock);
  const admin = await createAccount(
    store,
    {
      username: 'robin',
      displayName: 'Robin Admin',
      role: 'admin',
      password: 'a long enough password',
    },
    { actor: 'system', via: 'cli' },
  );
  const request = await store.records.createRequest(
    { requester: 'A resident', receivedOn: '2026-03-20', description: 'Road closure comments' },
    `user:${admin.id}`,
  );
  await store.records.attach(request.id, { commentIds: [seeded.edited] }, `user:${admin.id}`);
  const [v1] = await store.comments.versions(seeded.edited);
  const at = v1?.text.indexOf(seeded.phone) ?? 0;
  await store.records.addRedaction(
    {
      requestId: request.id,
      versionId: v1?.id ?? 0,
      start: at,
      end: at + seeded.phone.length,
      exemption: 'personal information',
    },
    `user:${admin.id}`,
  );
  await store.records.placeHold(
    { name: 'Doe v. City', matter: 'M-1', scope: { commentIds: [seeded.hidden] } },
    `user:${admin.id}`,
  );
  await store.appeals.create({
    addressHash: 'h',
    commentRef: 'fb-hidden',
    commentId: seeded.hidden,
    reason: 'It was not spam',
    contact: null,
    dueOn: '2026-03-30',
  });
  // A NUL in a comment: PostgreSQL's text cannot hold it, the copy must keep it all the same.
  await store.comments.ingest(
    incomingComment({ text: 'nul \u0000 inside', createdAt: '2026-03-25T00:00:00.000Z' }),
  );
  store.close();
  return { db, key };
}

describe.skipIf(testPgUrl() === null)('civicmod migrate-store', () => {
  it('copies every record, and the copy reads and verifies the same', async () => {
    const { db, key } = await seededSqlite();
    cleanups.push(() => db.cleanup());
    const target = await freshDatabase();
    cleanups.push(target.drop);

    const result = await migrateStore(db.path, target.url, key);
    expect(result.source.ok && result.target.ok).toBe(true);
    expect(result.tables.find((t) => t.table === 'comments')?.rows).toBe(8);
    expect(result.tables.find((t) => t.table === 'redactions')?.rows).toBe(1);

    const sqlite = (await import('../../src/store/sqlite/index.js')).openSqliteStore(db.path, {
      chainKey: key,
    });
    cleanups.push(() => sqlite.close());
    const pg = await openPostgresStore(target.url, { chainKey: key });
    cleanups.push(() => pg.end());
    const [before, after] = [await everything(sqlite), await everything(pg)];
    expect(after).toEqual(before);
    expect(after.records.some((r) => r?.versions.some((v) => v.text.includes('\u0000')))).toBe(
      true,
    );
    expect((await pg.actions.head())?.hash).toBe((await sqlite.actions.head())?.hash);

    // New rows continue after the copied ids, on both chains.
    const more = await pg.comments.ingest(incomingComment({ text: 'after the move' }));
    expect(more.commentId).toBe(9);
    await pg.actions.record({ kind: 'note', actor: 'user:1', reason: 'moved', clause: null });
    expect((await pg.evidence.verify()).ok).toBe(true);
    expect((await pg.records.verifyActionLog()).ok).toBe(true);

    // A second copy into a database that now holds records is refused, and changes nothing.
    await expect(migrateStore(db.path, target.url, key)).rejects.toThrow(
      /already holds records.*Nothing was written/,
    );
    expect(await pg.comments.count()).toBe(9);
  });

  it('runs as a command, which refuses a wrong key or a missing file with what to do', async () => {
    const { db } = await seededSqlite();
    cleanups.push(() => db.cleanup());
    const target = await freshDatabase();
    cleanups.push(target.drop);
    const missing = await runCivicmod(
      ['migrate-store', '--from', 'sqlite:nowhere.db', '--to', target.url],
      {
        cwd: db.dir,
        env: { LOG_LEVEL: 'warn' },
      },
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/There is no SQLite store at nowhere\.db/);
    const wrongKey = await runCivicmod(
      ['migrate-store', '--from', `sqlite:${db.path}`, '--to', target.url],
      { cwd: db.dir, env: { LOG_LEVEL: 'warn', CIVICMOD_CHAIN_KEY: 'ab'.repeat(32) } },
    );
    expect(wrongKey.code).not.toBe(0);
    expect(wrongKey.stderr).toMatch(/does not verify.*Nothing was written/);
    const ok = await runCivicmod(
      ['migrate-store', '--from', `sqlite:${db.path}`, '--to', target.url],
      {
        cwd: db.dir,
        env: { LOG_LEVEL: 'warn' },
      },
    );
    expect(ok.stderr + ok.stdout).toMatch(/Copied \d+ rows .* both chains verify on the copy/);
    expect(ok.stdout).toContain(`CIVICMOD_CHAIN_KEY_FILE=${db.path}.chain-key`);
    expect(ok.stdout).not.toContain(target.url);
    expect(ok.code).toBe(0);
  });
});
