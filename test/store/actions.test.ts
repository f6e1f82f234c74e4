import { afterEach, expect, it } from 'vitest';
import { actionRowHash, GENESIS_HASH } from '../../src/store/sqlite/actions.js';
import { forEachBackend, openBackend, type BackendUnderTest } from '../helpers/backends.js';
import { incomingComment } from '../helpers/index.js';

forEachBackend('action log', (backend) => {
  let db: BackendUnderTest;
  afterEach(() => db?.cleanup());

  it('keeps a requested action pending until it completes, then updates the comment state', async () => {
    db = await openBackend(backend);
    const { commentId, pageId } = await db.store.comments.ingest(incomingComment());
    const req = await db.store.actions.request({
      kind: 'hide',
      commentId,
      pageId,
      platform: 'facebook',
      actor: 'system',
      reason: 'strong obscenity',
      clause: 'J.3 obscenity',
    });
    expect((await db.store.actions.pending()).map((p) => p.actionId)).toEqual([req.actionId]);
    await db.store.actions.fail(req.actionId, 'HTTP 500', true);
    expect(await db.store.actions.pending()).toHaveLength(1);
    expect((await db.store.actions.pending())[0]?.attempts).toBe(1);
    await db.store.actions.complete(req.actionId, { success: true });
    expect(await db.store.actions.pending()).toHaveLength(0);
    expect((await db.store.comments.get(commentId))?.state).toBe('hidden');
    await expect(db.store.actions.complete(req.actionId, {})).rejects.toThrow(/already settled/);
  });

  it('settles an action that failed for good', async () => {
    db = await openBackend(backend);
    const { commentId } = await db.store.comments.ingest(incomingComment());
    const req = await db.store.actions.request({
      kind: 'hide',
      commentId,
      platform: 'facebook',
      actor: 'system',
      reason: 'spam',
      clause: 'J.3 off-topic',
    });
    await db.store.actions.fail(req.actionId, 'can_hide is false', false);
    expect(await db.store.actions.pending()).toHaveLength(0);
    expect((await db.store.comments.get(commentId))?.state).toBe('visible');
  });

  it('chains every row to the one before it', async () => {
    db = await openBackend(backend);
    const { commentId } = await db.store.comments.ingest(incomingComment());
    const rows = [];
    for (const kind of ['queue', 'approve', 'escalate']) {
      rows.push(
        await db.store.actions.record({
          kind,
          commentId,
          actor: 'user:1',
          reason: kind,
          clause: null,
        }),
      );
    }
    expect(rows[0]?.prevHash).toBe(GENESIS_HASH);
    expect(rows[1]?.prevHash).toBe(rows[0]?.hash);
    expect(rows[2]?.prevHash).toBe(rows[1]?.hash);
    const [stored = {}] = await db.sql(`SELECT * FROM action_log WHERE id = ${rows[1]?.id}`);
    const recomputed = actionRowHash({
      id: stored.id as number,
      actionId: stored.action_id as number,
      phase: stored.phase as 'recorded',
      kind: stored.kind as string,
      commentId: stored.comment_id as number,
      pageId: stored.page_id as null,
      platform: stored.platform as null,
      actor: stored.actor as 'user:1',
      reason: stored.reason as string,
      clause: stored.clause as null,
      decisionId: stored.decision_id as null,
      detailsJson: stored.details_json as null,
      platformResult: stored.platform_result as null,
      at: stored.at as string,
      prevHash: stored.prev_hash as string,
    });
    expect(recomputed).toBe(stored.hash);
  });

  it('lets one worker at a time claim an action, and another take it once the claim runs out', async () => {
    db = await openBackend(backend);
    const { commentId } = await db.store.comments.ingest(incomingComment());
    const { actionId } = await db.store.actions.request({
      kind: 'hide',
      commentId,
      platform: 'facebook',
      actor: 'system',
      reason: 'spam',
      clause: 'J.3 off-topic',
    });
    const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();
    const claim = (worker: string, now: number, until: number) =>
      db.store.actions.claim(actionId, worker, at(now), at(until));
    expect(await claim('a', 0, 60)).toBe(true);
    expect(await claim('b', 10, 70)).toBe(false);
    expect(await claim('a', 20, 80)).toBe(true);
    expect(await claim('b', 79, 139)).toBe(false);
    expect(await claim('b', 80, 140)).toBe(true);
    expect(await claim('a', 90, 150)).toBe(false);
  });

  it('refuses an action without a reason', async () => {
    db = await openBackend(backend);
    await expect(
      db.store.actions.record({ kind: 'note', actor: 'system', reason: ' ', clause: null }),
    ).rejects.toThrow(/reason/);
  });
});
