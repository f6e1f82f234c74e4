import { hostname } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlatformActionRequest, PlatformActionResult } from '../../adapters/types.js';
import { FakeAdapter } from '../helpers/fake-adapter.js';
import { incomingComment, makeTestApp, makeTestDb, type TestApp } from '../helpers/index.js';

/** A platform that takes a little while to answer, and remembers how many calls overlapped. */
class SlowPlatform extends FakeAdapter {
  inFlight = 0;
  maxInFlight = 0;

  override async apply(action: PlatformActionRequest): Promise<PlatformActionResult> {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    await new Promise((resolve) => setTimeout(resolve, 2));
    this.inFlight--;
    return super.apply(action);
  }
}

let t: TestApp | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

describe('action executor', () => {
  it("takes over at once the claims of a process of this machine that is gone, and waits out a live one's", async () => {
    const fb = new FakeAdapter('facebook');
    t = makeTestApp({ adapters: [fb] });
    await t.app.start();
    const store = t.db.store;
    const request = async (id: string) => {
      const { commentId } = await store.comments.ingest(incomingComment({ platformCommentId: id }));
      return (
        await store.actions.request({
          kind: 'hide',
          commentId,
          platform: 'facebook',
          actor: 'system',
          reason: 'strong obscenity',
          clause: 'J.3 obscenity',
        })
      ).actionId;
    };
    const until = new Date(Date.now() + 3_600_000).toISOString();
    const now = new Date().toISOString();
    // A crashed bot: its pid no longer runs. A live process: this test's parent.
    const dead = await request('dead');
    const live = await request('live');
    expect(await store.actions.claim(dead, `${hostname()}:999999999:ab12cd`, now, until)).toBe(
      true,
    );
    expect(
      await store.actions.claim(live, `${hostname()}:${process.ppid}:ab12cd`, now, until),
    ).toBe(true);
    t.app.executor.enqueue(dead);
    t.app.executor.enqueue(live);
    await new Promise((r) => setTimeout(r, 300));
    expect(fb.calls.map((c) => c.actionId)).toEqual([dead]);
    expect(await store.actions.claimant(dead)).toBe(t.app.executor.worker);
    expect(await store.actions.claimant(live)).toBe(`${hostname()}:${process.ppid}:ab12cd`);
  });

  it('delivers a burst of hides once each, in order, never more at once than its concurrency', async () => {
    const fb = new SlowPlatform('facebook');
    t = makeTestApp({ adapters: [fb], executor: { concurrency: 3 } });
    await t.app.start();
    const outcomes = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        t!.app.pipeline.handle({
          type: 'comment',
          comment: incomingComment({ platformCommentId: `burst-${i}`, text: `fuck you ${i}` }),
        }),
      ),
    );
    await t.app.executor.idle();
    const ids = outcomes.map((o) => o.actionId);
    expect(fb.calls.map((c) => c.actionId)).toEqual(ids);
    expect(fb.maxInFlight).toBeLessThanOrEqual(3);
    expect(await t.db.store.actions.pending()).toEqual([]);
  });

  it('delivers as many at once as ACTION_CONCURRENCY says (32 by default), never more', async () => {
    const burstOn = async (env?: Record<string, string>) => {
      const fb = new SlowPlatform('facebook');
      const app = makeTestApp({ adapters: [fb], env, executor: {} });
      try {
        await app.app.start();
        await Promise.all(
          Array.from({ length: 200 }, (_, i) =>
            app.app.pipeline.handle({
              type: 'comment',
              comment: incomingComment({ platformCommentId: `c-${i}`, text: `fuck you ${i}` }),
            }),
          ),
        );
        await app.app.executor.idle();
        expect(fb.calls).toHaveLength(200);
        return fb.maxInFlight;
      } finally {
        await app.cleanup();
      }
    };
    expect(await burstOn({ ACTION_CONCURRENCY: '6' })).toBe(6);
    expect(await burstOn()).toBe(32);
  });

  it('does not deliver an action already settled when its turn comes', async () => {
    const fb = new FakeAdapter('facebook');
    t = makeTestApp({ adapters: [fb] });
    const { commentId } = await t.db.store.comments.ingest(incomingComment({ text: 'shit' }));
    const requested = await t.db.store.actions.request({
      kind: 'hide',
      commentId,
      platform: 'facebook',
      actor: 'system',
      reason: 'strong obscenity',
      clause: 'J.3 obscenity',
    });
    // Completed by another process (an earlier run) before this one got to it.
    await t.db.store.actions.complete(requested.actionId, { success: true });
    t.app.executor.enqueue(requested.actionId);
    await t.app.executor.idle();
    expect(fb.calls).toEqual([]);
  });

  it('keeps delivering to one platform while another has no adapter', async () => {
    const fb = new FakeAdapter('facebook');
    t = makeTestApp({ adapters: [fb] });
    await t.app.start();
    const waiting = await t.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({ platform: 'instagram', text: 'fuck you' }),
    });
    const delivered = await t.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({ platform: 'facebook', text: 'fuck you' }),
    });
    await t.app.executor.idle();
    expect(fb.calls.map((c) => c.actionId)).toEqual([delivered.actionId]);
    expect((await t.db.store.actions.pending()).map((p) => p.actionId)).toEqual([waiting.actionId]);
  });
});

describe('action log pending look-ups', () => {
  it('returns only the still-pending actions among those asked for, in the order asked', async () => {
    const db = makeTestDb();
    try {
      const ids: number[] = [];
      for (let i = 0; i < 3; i++) {
        const { commentId } = await db.store.comments.ingest(incomingComment());
        const row = await db.store.actions.request({
          kind: 'hide',
          commentId,
          platform: 'facebook',
          actor: 'system',
          reason: 'strong obscenity',
          clause: 'J.3 obscenity',
        });
        ids.push(row.actionId);
      }
      const [a, b, c] = ids as [number, number, number];
      await db.store.actions.complete(b, { success: true });
      await db.store.actions.fail(c, 'HTTP 500', true);
      const found = await db.store.actions.pendingByIds([c, b, a, 999]);
      expect(found.map((p) => [p.actionId, p.attempts])).toEqual([
        [c, 1],
        [a, 0],
      ]);
    } finally {
      db.cleanup();
    }
  });
});
