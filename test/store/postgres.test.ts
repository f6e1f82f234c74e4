/**
 * What PostgreSQL must guarantee beyond the shared store suites: several civicmod processes on
 * one database (here, two stores with pools of their own on one database, which is what two
 * processes are to the server) store each comment once, decide each version once, extend one
 * hash chain and one evidence chain, and let no more sign-in attempts through than the limit.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { openPostgresStore, type PostgresStore } from '../../src/store/postgres/index.js';
import { ActionExecutor } from '../../src/pipeline/executor.js';
import { createCapturedLogger } from '../../src/logger.js';
import { FakeAdapter } from '../helpers/fake-adapter.js';
import { incomingComment } from '../helpers/index.js';
import { freshDatabase, testPgUrl } from '../helpers/postgres.js';

describe.skipIf(testPgUrl() === null)('PostgreSQL store, several processes on one database', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  /** A new database and `n` stores on it sharing one chain key, as n processes would. */
  async function processes(n: number): Promise<PostgresStore[]> {
    const database = await freshDatabase();
    cleanups.push(database.drop);
    const chainKey = randomBytes(32);
    // Opened at once: the migrations are applied once, under their lock.
    const stores = await Promise.all(
      Array.from({ length: n }, () => openPostgresStore(database.url, { chainKey })),
    );
    for (const s of stores) cleanups.push(() => s.end());
    return stores;
  }

  it('applies each migration once when several processes open a new database at once', async () => {
    const [a] = await processes(3);
    const { rows } = await a!.db.pool.query<{ version: number; n: number }>(
      'SELECT version, COUNT(*) AS n FROM schema_version GROUP BY version ORDER BY version',
    );
    expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(rows.every((r) => r.n === 1)).toBe(true);
    expect((await a!.health()).schemaVersion).toBe(MIGRATIONS.length);
  });

  it('stores a comment delivered to two processes at once once, with one version', async () => {
    const [a, b] = await processes(2);
    const comments = Array.from({ length: 60 }, (_, i) =>
      incomingComment({ platformCommentId: `dup-${i}`, text: `Is the bridge open? (${i})` }),
    );
    const results = await Promise.all(
      comments.flatMap((c) => [a!.comments.ingest(c), b!.comments.ingest({ ...c })]),
    );
    expect(await a!.comments.count()).toBe(60);
    const { rows } = await a!.db.pool.query<{ n: number }>(
      'SELECT COUNT(*) AS n FROM comment_versions',
    );
    expect(rows[0]?.n).toBe(60);
    expect(results.filter((r) => r.change === 'new')).toHaveLength(60);
    expect(results.filter((r) => r.change === 'unchanged')).toHaveLength(60);
    expect((await b!.evidence.verify()).ok).toBe(true);
  });

  it('decides each version once and requests its hide once when two processes race', async () => {
    const [a, b] = await processes(2);
    const outcomes = [];
    for (let i = 0; i < 30; i++) {
      const c = await a!.comments.ingest(incomingComment({ platformCommentId: `race-${i}` }));
      const decision = {
        commentId: c.commentId,
        versionId: c.versionId,
        classifierVersion: 'test',
        action: 'hide' as const,
        flags: ['obscenity'],
        scores: { obscenity: 0.99 },
        reasons: [],
      };
      const followUp = {
        phase: 'requested' as const,
        action: {
          kind: 'hide',
          commentId: c.commentId,
          platform: 'facebook' as const,
          actor: 'system' as const,
          reason: 'strong obscenity',
          clause: 'J.3 obscenity',
        },
      };
      outcomes.push(
        ...(await Promise.all([a!.decide(decision, followUp), b!.decide(decision, followUp)])),
      );
    }
    expect(outcomes.filter((o) => o.duplicate)).toHaveLength(30);
    expect(outcomes.filter((o) => o.action !== null)).toHaveLength(30);
    const count = async (sql: string) => (await a!.db.pool.query<{ n: number }>(sql)).rows[0]?.n;
    expect(await count('SELECT COUNT(*) AS n FROM decisions')).toBe(30);
    expect(await count("SELECT COUNT(*) AS n FROM action_log WHERE phase = 'requested'")).toBe(30);
    expect(await a!.actions.pending()).toHaveLength(30);
  });

  it('keeps one action-log hash chain and one evidence chain under parallel writers', async () => {
    const [a, b] = await processes(2);
    const { commentId } = await a!.comments.ingest(incomingComment());
    await Promise.all(
      Array.from({ length: 80 }, (_, i) =>
        (i % 2 === 0 ? a! : b!).actions.record({
          kind: 'note',
          commentId,
          actor: 'user:1',
          reason: `note ${i}`,
          clause: null,
        }),
      ),
    );
    const { rows } = await a!.db.pool.query<{ id: number; prev_hash: string; hash: string }>(
      'SELECT id, prev_hash, hash FROM action_log ORDER BY id',
    );
    expect(rows.map((r) => r.id)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
    rows.forEach((r, i) => {
      if (i > 0) expect(r.prev_hash).toBe(rows[i - 1]?.hash);
    });
    const verified = await b!.evidence.verify();
    expect(verified).toMatchObject({ ok: true, head: { count: 81 } });
  });

  it('has each platform action delivered by one of two executors, and taken over when its claim runs out', async () => {
    const [a, b] = await processes(2);
    const actionIds: number[] = [];
    for (let i = 0; i < 40; i++) {
      const c = await a!.comments.ingest(incomingComment({ platformCommentId: `claim-${i}` }));
      const action = await a!.actions.request({
        kind: 'hide',
        commentId: c.commentId,
        platform: 'facebook',
        actor: 'system',
        reason: 'strong obscenity',
        clause: 'J.3 obscenity',
      });
      actionIds.push(action.actionId);
    }
    // A platform that takes a while, so both executors have calls in flight at once.
    const slow = () => {
      const adapter = new FakeAdapter('facebook');
      const apply = adapter.apply.bind(adapter);
      adapter.apply = async (action) => {
        await new Promise((r) => setTimeout(r, 20));
        return apply(action);
      };
      return adapter;
    };
    const [fbA, fbB] = [slow(), slow()];
    const executor = (store: PostgresStore, adapter: FakeAdapter) =>
      new ActionExecutor({
        store,
        adapters: new Map([['facebook', adapter]]),
        logger: createCapturedLogger().logger,
        claimMs: 300,
        // Four calls in flight each, not the default 32: with 32, one executor could claim all
        // 40 before the other's first claim on a loaded machine (a CI run did), and the test
        // would show only that one delivered everything, not that two share the work.
        concurrency: 4,
      });
    const [exA, exB] = [executor(a!, fbA), executor(b!, fbB)];
    // Both find all 40 pending at once, as two processes sweeping the action log would.
    await Promise.all([exA.resume(), exB.resume()]);
    await Promise.all([exA.idle(), exB.idle()]);
    const delivered = [...fbA.calls, ...fbB.calls].map((c) => c.actionId).sort((x, y) => x - y);
    expect(delivered).toEqual(actionIds);
    expect(fbA.calls.length).toBeGreaterThan(0);
    expect(fbB.calls.length).toBeGreaterThan(0);
    expect(await a!.actions.pending()).toEqual([]);

    // A claim held by a process that died is taken over once it runs out.
    const c = await a!.comments.ingest(incomingComment({ platformCommentId: 'orphan' }));
    const orphan = await a!.actions.request({
      kind: 'hide',
      commentId: c.commentId,
      platform: 'facebook',
      actor: 'system',
      reason: 'strong obscenity',
      clause: 'J.3 obscenity',
    });
    const now = Date.now();
    expect(
      await a!.actions.claim(
        orphan.actionId,
        'dead-process',
        new Date(now).toISOString(),
        new Date(now + 400).toISOString(),
      ),
    ).toBe(true);
    const before = fbB.calls.length;
    await exB.resume();
    await new Promise((r) => setTimeout(r, 100));
    expect(fbB.calls.length).toBe(before);
    await exB.idle();
    expect(fbB.calls.at(-1)?.actionId).toBe(orphan.actionId);
    await Promise.all([exA.stop(), exB.stop()]);
  });

  it('commits writes requested together in one transaction, and a failing one fails alone', async () => {
    const [a] = await processes(1);
    const c = await a!.comments.ingest(incomingComment({ platformCommentId: 'decided' }));
    const decision = {
      commentId: c.commentId,
      versionId: c.versionId,
      classifierVersion: 'test',
      action: 'queue' as const,
      flags: [],
      scores: {},
      reasons: [],
    };
    await a!.comments.recordDecision(decision);
    const results = await Promise.allSettled([
      ...Array.from({ length: 30 }, (_, i) =>
        a!.comments.ingest(incomingComment({ platformCommentId: `batch-${i}` })),
      ),
      // Refused by the database (one decision per version) and by civicmod (no reason).
      a!.comments.recordDecision(decision),
      a!.actions.record({ kind: 'note', actor: 'system', reason: ' ', clause: null }),
      a!.actions.record({ kind: 'note', actor: 'system', reason: 'kept', clause: null }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(31);
    const errors = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/decisions_one_per_version/);
    expect(errors[1]).toMatch(/every action needs a reason/);
    expect(await a!.comments.count()).toBe(31);
    expect(await a!.actions.count()).toBe(1);
    expect((await a!.evidence.verify()).ok).toBe(true);
  });

  it('stores ingests and decisions requested together as it would one by one, and a bad one fails alone', async () => {
    const [a] = await processes(1);
    // Which way each batch went: all together (RELEASE), or one by one after a failure.
    const savepoints: string[] = [];
    const seen = new WeakSet<object>();
    a!.db.pool.on('acquire', (client) => {
      if (seen.has(client)) return;
      seen.add(client);
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as unknown as { query: unknown }).query = (...args: unknown[]) => {
        if (typeof args[0] === 'string' && /SAVEPOINT many/.test(args[0])) savepoints.push(args[0]);
        return query(...args);
      };
    });
    await a!.comments.ingest(incomingComment({ platformCommentId: 'before', text: 'Seen before' }));
    const fresh = Array.from({ length: 40 }, (_, i) =>
      incomingComment({ platformCommentId: `b-${i}`, text: `Is lane ${i} open?` }),
    );
    const results = await Promise.all([
      ...fresh.map((c) => a!.comments.ingest(c)),
      // A second copy of one, an edit of another, both in the same batch as their first.
      a!.comments.ingest({ ...fresh[3]! }),
      a!.comments.ingest({ ...fresh[4]!, text: 'Is lane 4 open? (edited)' }),
      // Replies to a comment of the batch and to one stored before; one holding NUL.
      a!.comments.ingest(incomingComment({ platformCommentId: 'r-1', parentPlatformId: 'b-0' })),
      a!.comments.ingest(
        incomingComment({ platformCommentId: 'r-2', parentPlatformId: 'before', text: 'a\u0000b' }),
      ),
      a!.comments.ingest(incomingComment({ platformCommentId: 'before', text: 'Seen before' })),
    ]);
    expect(savepoints).toEqual(['SAVEPOINT many', 'RELEASE SAVEPOINT many']);
    expect(results.map((r) => r.change)).toEqual([
      ...Array<string>(40).fill('new'),
      'unchanged',
      'edited',
      'new',
      'new',
      'unchanged',
    ]);
    expect([results[42]?.context?.parentText, results[43]?.context?.parentText]).toEqual([
      'Is lane 0 open?',
      'Seen before',
    ]);
    expect(results[44]?.commentId).toBe(1);
    expect(await a!.comments.count()).toBe(43);
    const edited = results[4]!.commentId;
    expect((await a!.comments.versions(edited)).map((v) => v.text)).toEqual([
      'Is lane 4 open?',
      'Is lane 4 open? (edited)',
    ]);
    expect((await a!.comments.versions(results[43]!.commentId))[0]?.text).toBe('a\u0000b');

    // Refused by the database (created_at is required): it fails, and only it.
    savepoints.length = 0;
    const withBad = await Promise.allSettled([
      a!.comments.ingest(incomingComment({ platformCommentId: 'good-1' })),
      a!.comments.ingest({
        ...incomingComment({ platformCommentId: 'bad' }),
        createdAt: null as unknown as string,
      }),
      a!.comments.ingest(incomingComment({ platformCommentId: 'good-2' })),
    ]);
    expect(savepoints[1]).toBe('ROLLBACK TO SAVEPOINT many');
    expect(withBad.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((withBad[1] as PromiseRejectedResult).reason)).toMatch(/created_at/);
    expect(await a!.comments.count()).toBe(45);

    // Decisions together: each version's first stands, a second version's decision lands after
    // the first's.
    const decision = (r: { commentId: number; versionId: number }, action: 'allow' | 'queue') => ({
      commentId: r.commentId,
      versionId: r.versionId,
      classifierVersion: 'test',
      action,
      flags: [],
      scores: {},
      reasons: [],
    });
    savepoints.length = 0;
    const decided = await Promise.all([
      ...results.slice(0, 40).map((r, i) => a!.decide(decision(r, i % 2 ? 'queue' : 'allow'))),
      a!.decide(decision(results[5]!, 'queue')),
      a!.decide(decision(results[41]!, 'queue')),
    ]);
    expect(savepoints).toEqual(['SAVEPOINT many', 'RELEASE SAVEPOINT many']);
    expect(decided.map((d) => d.duplicate)).toEqual(Array.from({ length: 42 }, (_, i) => i === 40));
    const comment4 = await a!.comments.get(edited);
    expect(comment4?.lastDecisionId).toBe(decided[41]?.decision.id);
    expect(comment4?.reviewState).toBe('queued');
    expect((await a!.comments.get(results[0]!.commentId))?.reviewState).toBe('none');
    expect((await a!.comments.get(results[1]!.commentId))?.reviewState).toBe('queued');

    // One for a version that does not exist fails alone.
    savepoints.length = 0;
    const withMissing = await Promise.allSettled([
      a!.decide(decision(results[42]!, 'allow')),
      a!.decide({ ...decision(results[43]!, 'queue'), versionId: 999_999 }),
      a!.decide(decision(results[43]!, 'allow')),
    ]);
    expect(savepoints[1]).toBe('ROLLBACK TO SAVEPOINT many');
    expect(withMissing.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await a!.evidence.verify()).ok).toBe(true);
  });

  it('lets no more sign-in attempts through than the limit, whichever process takes them', async () => {
    const [a, b] = await processes(2);
    // Every connection of both pools open first, so the attempts really run side by side.
    await Promise.all(
      [a!, b!].flatMap((s) =>
        Array.from({ length: 10 }, () => s.db.pool.query('SELECT pg_sleep(0.05)')),
      ),
    );
    const at = new Date().toISOString();
    const claims = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        (i % 2 === 0 ? a! : b!).loginAttempts.claim({
          username: 'Casey',
          ip: `203.0.113.${i}`,
          at,
          since: '2000-01-01T00:00:00.000Z',
          limits: { perUsernameAndIp: 5, perUsername: 5, perIp: 20 },
        }),
      ),
    );
    expect(claims.filter((c) => c.attemptId !== null)).toHaveLength(5);
    expect(claims.filter((c) => c.attemptId === null).every((c) => c.oldest === at)).toBe(true);
  });

  it('refuses TRUNCATE and DELETE on the append-only tables, and finds an edit made behind its back', async () => {
    const [a] = await processes(1);
    const { commentId } = await a!.comments.ingest(incomingComment({ text: 'original words' }));
    await a!.actions.record({
      kind: 'note',
      commentId,
      actor: 'user:1',
      reason: 'r',
      clause: null,
    });
    const q = (sql: string) => a!.db.pool.query(sql);
    await expect(q('TRUNCATE action_log CASCADE')).rejects.toThrow(/append-only/);
    await expect(q('TRUNCATE comment_versions CASCADE')).rejects.toThrow(/append-only/);
    await expect(q('DELETE FROM evidence_chain')).rejects.toThrow(/append-only/);
    await expect(q('UPDATE action_log SET reason = $$x$$')).rejects.toThrow(/append-only/);
    // Someone with the database's owner rights turns the guard off and edits a version.
    await q('ALTER TABLE comment_versions DISABLE TRIGGER comment_versions_no_update');
    await q(`UPDATE comment_versions SET text = 'edited words' WHERE comment_id = ${commentId}`);
    const verified = await a!.evidence.verify();
    expect(verified.ok).toBe(false);
    expect(!verified.ok && verified.findings.map((f) => f.problem)).toEqual(['row_changed']);
  });

  it('keeps a text holding NUL exactly, searchable by its other words, and its evidence verifies', async () => {
    const [a] = await processes(1);
    const text = 'a\u0000b \uE000marked\u202E words';
    const { commentId } = await a!.comments.ingest(incomingComment({ text, raw: text }));
    const [version] = await a!.comments.versions(commentId);
    expect(version).toMatchObject({ text, rawPayload: text });
    expect((await a!.evidence.verify()).ok).toBe(true);
    const { rows } = await a!.db.pool.query(
      "SELECT version_id FROM records_search WHERE doc @@ to_tsquery('simple', 'words')",
    );
    expect(rows).toHaveLength(1);
  });

  it('says what is wrong when the server cannot be reached or is newer than civicmod', async () => {
    await expect(
      openPostgresStore('postgresql://postgres@/civicmod?host=/nonexistent-socket-folder'),
    ).rejects.toThrow(/Cannot reach PostgreSQL.*DATABASE_URL/);
    const database = await freshDatabase();
    cleanups.push(database.drop);
    const first = await openPostgresStore(database.url);
    await first.db.pool.query(
      "INSERT INTO schema_version (version, name, applied_at) VALUES (99, 'future', 'now')",
    );
    await first.end();
    await expect(openPostgresStore(database.url)).rejects.toThrow(/newer than this civicmod/);
  });
});
