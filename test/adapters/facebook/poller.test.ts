import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FACEBOOK_TOKEN_EXPIRED } from '../../../adapters/facebook/adapter.js';
import { HIDDEN_THREADS_KEY, POLL_CURSOR_KEY } from '../../../adapters/facebook/poller.js';
import type { IngestEvent } from '../../../adapters/types.js';
import { PlatformError } from '../../../src/errors.js';
import {
  NOW,
  PAGE_ID,
  V,
  fixtureJson,
  graph,
  logsAreClean,
  makeFacebook,
  withToken,
} from './setup.js';

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

const POST_FIELDS = 'id,message,created_time,permalink_url';
const SEVEN_DAYS_AGO = String(Math.floor((NOW - 7 * 24 * 3600_000) / 1000));
const COMMENT_QUERY = {
  filter: 'stream',
  order: 'reverse_chronological',
  fields: 'id,message,created_time,from{id,name},parent{id},is_hidden,can_hide,permalink_url',
  limit: '100',
};

function comments(events: IngestEvent[]) {
  return events.flatMap((e) => (e.type === 'comment' ? [e.comment] : []));
}

function onePost(id = '1001_2002', created = '2026-11-24T09:00:00+0000') {
  return { data: [{ id, message: 'Road closure tonight.', created_time: created }] };
}

describe('Facebook polling: backfill and paging', () => {
  it('first start: reads posts of the look-back and all their comments across cursor pages', async () => {
    const scope = graph()
      .get(`${V}/${PAGE_ID}/posts`)
      .query(withToken({ fields: POST_FIELDS, since: SEVEN_DAYS_AGO, limit: '100' }))
      .reply(200, fixtureJson('graph-posts-page1.json'))
      .get(`${V}/${PAGE_ID}/posts`)
      .query(withToken({ fields: POST_FIELDS, since: SEVEN_DAYS_AGO, after: 'QVFIUnBvc3RzMg' }))
      .reply(200, fixtureJson('graph-posts-page2.json'))
      .get(`${V}/1001_2002/comments`)
      .query(withToken(COMMENT_QUERY))
      .reply(200, fixtureJson('graph-comments-page1.json'))
      .get(`${V}/1001_2002/comments`)
      .query(withToken({ ...COMMENT_QUERY, after: 'Y29tbWVudHMy' }))
      .reply(200, fixtureJson('graph-comments-page2.json'))
      .get(`${V}/1001_2001/comments`)
      .query(withToken(COMMENT_QUERY))
      .reply(200, { data: [] });
    const { adapter, context, events, cursors } = makeFacebook();
    await adapter.start(context);

    const summary = await adapter.pollOnce();

    expect(summary).toMatchObject({ posts: 2, comments: 3, complete: true });
    const ingested = comments(events);
    expect(ingested.map((c) => [c.platformCommentId, c.parentPlatformId, c.source])).toEqual([
      ['2002_3002', undefined, 'poll'],
      ['2002_3005', '2002_3001', 'poll'],
      ['2002_3001', undefined, 'poll'],
    ]);
    expect(ingested[0]?.post).toEqual({
      platformPostId: '1001_2002',
      text: 'Road closure on Last Chance Gulch tonight from 7 pm for water main repairs.',
      url: 'https://www.facebook.com/1001/posts/2002',
      createdAt: '2026-11-24T09:00:00.000Z',
    });
    expect(ingested[0]?.createdAt).toBe('2026-11-24T11:50:00.000Z');
    // Hidden on Facebook already: stored as hidden, not acted on again.
    expect(ingested[2]?.hiddenOnPlatform).toBe(true);
    expect(JSON.parse(ingested[1]?.raw ?? '')).toMatchObject({ id: '2002_3005' });
    expect(cursors.get(POLL_CURSOR_KEY)).toBe(new Date(NOW).toISOString());
    expect(scope.isDone()).toBe(true);
  });

  it('afterwards: starts from the stored cursor and stops paging once a page is older', async () => {
    const scope = graph()
      .get(`${V}/${PAGE_ID}/posts`)
      // Posts of the whole look-back are still reconciled; comments only since the cursor.
      .query(withToken({ since: SEVEN_DAYS_AGO }))
      .reply(200, onePost())
      .get(`${V}/1001_2002/comments`)
      .query(withToken(COMMENT_QUERY))
      .reply(200, {
        data: [
          { id: '2002_3010', message: 'old one', created_time: '2026-11-24T10:00:00+0000' },
          { id: '2002_3009', message: 'older', created_time: '2026-11-24T09:30:00+0000' },
        ],
        paging: {
          cursors: { after: 'more' },
          next: 'https://graph.facebook.com/v23.0/x?after=more',
        },
      });
    const { adapter, context, events, cursors } = makeFacebook();
    cursors.set(POLL_CURSOR_KEY, '2026-11-24T11:00:00.000Z');
    await adapter.start(context);
    const summary = await adapter.pollOnce();
    expect(summary.comments).toBe(2);
    expect(comments(events)).toHaveLength(2);
    expect(scope.isDone()).toBe(true);
  });

  it('reads on when Graph ignored the newest-first order', async () => {
    const scope = graph()
      .get(`${V}/${PAGE_ID}/posts`)
      .query(true)
      .reply(200, onePost())
      .get(`${V}/1001_2002/comments`)
      .query(withToken(COMMENT_QUERY))
      .reply(200, {
        data: [
          { id: '2002_3009', message: 'older', created_time: '2026-11-24T09:30:00+0000' },
          { id: '2002_3010', message: 'old one', created_time: '2026-11-24T10:00:00+0000' },
        ],
        paging: {
          cursors: { after: 'more' },
          next: 'https://graph.facebook.com/v23.0/x?after=more',
        },
      })
      .get(`${V}/1001_2002/comments`)
      .query(withToken({ after: 'more' }))
      .reply(200, {
        data: [{ id: '2002_3011', message: 'new', created_time: '2026-11-24T11:58:00+0000' }],
      });
    const { adapter, context, events, cursors } = makeFacebook();
    cursors.set(POLL_CURSOR_KEY, '2026-11-24T11:00:00.000Z');
    await adapter.start(context);
    await adapter.pollOnce();
    expect(comments(events).map((c) => c.platformCommentId)).toContain('2002_3011');
    expect(scope.isDone()).toBe(true);
  });

  it('leaves the cursor where it was when a post could not be read', async () => {
    const scope = graph()
      .get(`${V}/${PAGE_ID}/posts`)
      .query(true)
      .reply(200, onePost())
      .get(`${V}/1001_2002/comments`)
      .query(true)
      .reply(400, {
        error: { message: 'Unsupported get request.', type: 'GraphMethodException', code: 100 },
      });
    const { adapter, context, cursors, logs } = makeFacebook();
    cursors.set(POLL_CURSOR_KEY, '2026-11-24T11:00:00.000Z');
    await adapter.start(context);
    const summary = await adapter.pollOnce();
    expect(summary.complete).toBe(false);
    expect(cursors.get(POLL_CURSOR_KEY)).toBe('2026-11-24T11:00:00.000Z');
    expect(logs.some((l) => l.msg === 'could not read comments of a post')).toBe(true);
    expect(scope.isDone()).toBe(true);
  });
});

describe('Facebook polling: replies under hidden comments', () => {
  it('keeps reading the replies of a comment it hid (Facebook does not hide them)', async () => {
    const scope = graph()
      .get(`${V}/2002_3001`)
      .query(withToken({ fields: 'id,can_hide,is_hidden' }))
      .reply(200, { id: '2002_3001', can_hide: true, is_hidden: false })
      .post(`${V}/2002_3001`, 'is_hidden=true')
      .query(withToken())
      .reply(200, { success: true })
      .get(`${V}/${PAGE_ID}/posts`)
      .query(true)
      .reply(200, { data: [] })
      .get(`${V}/2002_3001/comments`)
      .query(withToken(COMMENT_QUERY))
      .reply(200, {
        data: [
          {
            id: '2002_3020',
            message: 'Replying to the hidden one',
            created_time: '2026-11-10T10:00:00+0000',
            parent: { id: '2002_3001' },
            from: { id: '555', name: 'Ari' },
          },
        ],
      });
    const { adapter, context, events, cursors } = makeFacebook();
    await adapter.start(context);
    await adapter.apply({
      actionId: 7,
      kind: 'hide',
      platformCommentId: '2002_3001',
      platformPageId: PAGE_ID,
      reason: 'Automatic hide',
      clause: 'J.3 obscenity',
    });
    const summary = await adapter.pollOnce();
    expect(summary.hiddenThreads).toBe(1);
    // Older than any cursor, and still read: the thread is re-read whole.
    expect(comments(events).map((c) => [c.platformCommentId, c.parentPlatformId])).toEqual([
      ['2002_3020', '2002_3001'],
    ]);
    expect(JSON.parse(cursors.get(HIDDEN_THREADS_KEY) ?? '[]')).toEqual([
      { commentId: '2002_3001', hiddenAt: NOW },
    ]);
    expect(scope.isDone()).toBe(true);
  });

  it('saves the hidden threads of a burst of hides in one write, and what is pending on stop', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => `2002_${4000 + i}`);
    const scope = graph();
    for (const id of ids) {
      scope
        .get(`${V}/${id}`)
        .query(withToken({ fields: 'id,can_hide,is_hidden' }))
        .reply(200, { id, can_hide: true, is_hidden: false })
        .post(`${V}/${id}`, 'is_hidden=true')
        .query(withToken())
        .reply(200, { success: true });
    }
    const { adapter, context, cursors } = makeFacebook();
    const writes: string[] = [];
    const set = context.cursors.set;
    context.cursors.set = async (key, value) => {
      if (key === HIDDEN_THREADS_KEY) writes.push(value);
      await set(key, value);
    };
    await adapter.start(context);
    const hide = (id: string, i: number) =>
      adapter.apply({
        actionId: i,
        kind: 'hide',
        platformCommentId: id,
        platformPageId: PAGE_ID,
        reason: 'Automatic hide',
        clause: 'J.3 obscenity',
      });
    await Promise.all(ids.slice(0, 20).map(hide));
    expect(writes).toHaveLength(0);
    // Within a second, one write holds them all.
    await new Promise((r) => setTimeout(r, 1300));
    expect(writes).toHaveLength(1);
    expect(JSON.parse(writes[0] ?? '[]')).toHaveLength(20);
    // Hides after it, and a stop before the next second: written on stop.
    await Promise.all(ids.slice(20).map((id, i) => hide(id, 20 + i)));
    await adapter.stop();
    expect(writes).toHaveLength(2);
    const saved = JSON.parse(cursors.get(HIDDEN_THREADS_KEY) ?? '[]') as { commentId: string }[];
    expect(saved.map((e) => e.commentId)).toEqual(ids);
    expect(scope.isDone()).toBe(true);
  });

  it('stops watching a hidden comment that no longer exists', async () => {
    const scope = graph()
      .get(`${V}/${PAGE_ID}/posts`)
      .query(true)
      .reply(200, { data: [] })
      .get(`${V}/2002_3001/comments`)
      .query(true)
      .reply(400, {
        error: {
          message: "Unsupported get request. Object with ID '2002_3001' does not exist",
          type: 'GraphMethodException',
          code: 100,
          error_subcode: 33,
        },
      });
    const { adapter, context, cursors } = makeFacebook();
    cursors.set(
      HIDDEN_THREADS_KEY,
      JSON.stringify([{ commentId: '2002_3001', hiddenAt: NOW - 1000 }]),
    );
    await adapter.start(context);
    const summary = await adapter.pollOnce();
    expect(summary.hiddenThreads).toBe(0);
    expect(JSON.parse(cursors.get(HIDDEN_THREADS_KEY) ?? '')).toEqual([]);
    expect(scope.isDone()).toBe(true);
  });
});

describe('Facebook polling: rate limits and faults', () => {
  it('slows down when the usage headers approach the limit', async () => {
    const scope = graph()
      .get(`${V}/${PAGE_ID}/posts`)
      .query(true)
      .reply(200, onePost(), {
        'X-Business-Use-Case-Usage': JSON.stringify({
          [PAGE_ID]: [
            {
              type: 'pages',
              call_count: 90,
              total_cputime: 12,
              total_time: 15,
              estimated_time_to_regain_access: 0,
            },
          ],
        }),
      })
      .get(`${V}/1001_2002/comments`)
      .query(true)
      .reply(
        200,
        { data: [] },
        { 'X-App-Usage': '{"call_count":10,"total_cputime":5,"total_time":5}' },
      );
    const { adapter, context, sleeps, logs } = makeFacebook();
    await adapter.start(context);
    await adapter.pollOnce();
    // 90% → 8 s before the next read; nothing before the first.
    expect(sleeps).toEqual([8000]);
    expect(adapter.throttle.current()?.percent).toBe(10);
    expect(logs.some((l) => l.usagePercent === 90 && l.level === 40)).toBe(true);
    expect(scope.isDone()).toBe(true);
  });

  it('waits out a 429 with Retry-After, then goes on', async () => {
    const scope = graph()
      .get(`${V}/${PAGE_ID}/posts`)
      .query(true)
      .reply(
        429,
        { error: { message: 'Too many calls', code: 4, type: 'OAuthException' } },
        { 'Retry-After': '2' },
      )
      .get(`${V}/${PAGE_ID}/posts`)
      .query(true)
      .reply(200, { data: [] });
    const { adapter, context, sleeps } = makeFacebook();
    await adapter.start(context);
    expect((await adapter.pollOnce()).complete).toBe(true);
    expect(sleeps).toContain(2000);
    expect(scope.isDone()).toBe(true);
  });

  it('retries a 500 with back-off and jitter', async () => {
    const scope = graph()
      .get(`${V}/${PAGE_ID}/posts`)
      .query(true)
      .reply(500, {
        error: { message: 'An unexpected error has occurred.', code: 2, is_transient: true },
      })
      .get(`${V}/${PAGE_ID}/posts`)
      .query(true)
      .reply(503, 'Service Unavailable')
      .get(`${V}/${PAGE_ID}/posts`)
      .query(true)
      .reply(200, { data: [] });
    const { adapter, context, sleeps, logs } = makeFacebook();
    await adapter.start(context);
    expect((await adapter.pollOnce()).complete).toBe(true);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[0]).toBeGreaterThanOrEqual(50);
    expect(sleeps[0]).toBeLessThanOrEqual(100);
    expect(sleeps[1]).toBeGreaterThanOrEqual(100);
    expect(sleeps[1]).toBeLessThanOrEqual(200);
    expect(logsAreClean(logs)).toBe(true);
    expect(scope.isDone()).toBe(true);
  });

  it('retries a request that times out', async () => {
    const scope = graph()
      .get(`${V}/${PAGE_ID}/posts`)
      .query(true)
      .delay(300)
      .reply(200, { data: [] })
      .get(`${V}/${PAGE_ID}/posts`)
      .query(true)
      .reply(200, { data: [] });
    const { adapter, context, logs } = makeFacebook({}, { timeoutMs: 50 });
    await adapter.start(context);
    expect((await adapter.pollOnce()).complete).toBe(true);
    expect(logs.some((l) => String(l.error).includes('timed out'))).toBe(true);
    expect(scope.isDone()).toBe(true);
  });

  it('retries an answer that is not valid JSON', async () => {
    const scope = graph()
      .get(`${V}/${PAGE_ID}/posts`)
      .query(true)
      .reply(200, '{"data":[{"id":"1001_2002"', { 'content-type': 'application/json' })
      .get(`${V}/${PAGE_ID}/posts`)
      .query(true)
      .reply(200, { data: [] });
    const { adapter, context, logs } = makeFacebook();
    await adapter.start(context);
    expect((await adapter.pollOnce()).complete).toBe(true);
    expect(logs.some((l) => String(l.error).includes('not valid JSON'))).toBe(true);
    expect(scope.isDone()).toBe(true);
  });

  it('refuses an answer of the wrong shape without retrying', async () => {
    const scope = graph()
      .get(`${V}/${PAGE_ID}/posts`)
      .query(true)
      .reply(200, { data: [{ id: '../me' }] });
    const { adapter, context } = makeFacebook();
    await adapter.start(context);
    await expect(adapter.pollOnce()).rejects.toThrow(/unexpected response shape/);
    expect(scope.isDone()).toBe(true);
  });

  it('an expired token (190) pauses the page and stops polling, with no token in any message', async () => {
    const scope = graph()
      .get(`${V}/${PAGE_ID}`)
      .query(withToken({ fields: 'id,name' }))
      .reply(200, { id: PAGE_ID, name: 'Test Police Department' })
      .get(`${V}/${PAGE_ID}/posts`)
      .query(true)
      .reply(400, fixtureJson('graph-error-190.json'));
    const { adapter, context, pauses, logs } = makeFacebook({}, { poll: true });
    await adapter.start(context);
    await vi.waitFor(() => expect(pauses).toHaveLength(1));
    expect(pauses[0]).toBe(`${FACEBOOK_TOKEN_EXPIRED} (Graph error 190/463)`);
    await adapter.stop();
    expect(
      logs.some((l) => String(l.msg).startsWith('polling stopped until the credentials are fixed')),
    ).toBe(true);
    expect(logsAreClean(logs)).toBe(true);
    expect(scope.isDone()).toBe(true);
  });

  it('an expired token found by the start-up check pauses at once', async () => {
    const scope = graph()
      .get(`${V}/${PAGE_ID}`)
      .query(true)
      .reply(400, fixtureJson('graph-error-190.json'));
    const { adapter, context, pauses } = makeFacebook({}, { poll: true });
    await adapter.start(context);
    await vi.waitFor(() => expect(pauses).toHaveLength(1));
    await adapter.stop();
    expect(scope.isDone()).toBe(true);
  });

  it('pollOnce rethrows the pausing error for the caller', async () => {
    const scope = graph()
      .get(`${V}/${PAGE_ID}/posts`)
      .query(true)
      .reply(400, fixtureJson('graph-error-190.json'));
    const { adapter, context } = makeFacebook();
    await adapter.start(context);
    const error = await adapter.pollOnce().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect((error as PlatformError).pausePage).toBe(true);
    expect(scope.isDone()).toBe(true);
  });
});
