import type { ParsedUrlQuery } from 'node:querystring';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { XAdapter, type XAdapterOptions } from '../../../adapters/x/adapter.js';
import { createXAdapter } from '../../../adapters/x/index.js';
import { RequestThrottle } from '../../../adapters/x/throttle.js';
import type { PlatformActionRequest } from '../../../adapters/types.js';
import { PlatformError } from '../../../src/errors.js';
import { createLogger } from '../../../src/logger.js';
import { makeTestConfig } from '../../helpers/index.js';
import { fixture, instantSleep, makeAdapterContext, type RecordingContext } from '../helpers.js';

const API = 'https://x.test';
const ME = '1580000000000000001';
const ROAD = '1861200000000000002';
const HIRING = '1861000000000000001';
const ACCESS = 'x-access-token-1-do-not-log';
const REFRESH = 'x-refresh-token-1-do-not-log';
const CLIENT_SECRET = 'x-client-secret-do-not-log';
const NOW = Date.parse('2026-11-23T20:00:00Z');
const f = <T = unknown>(name: string) => fixture<T>(import.meta.url, name);

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

function makeAdapter(overrides: Partial<XAdapterOptions> = {}): XAdapter {
  return new XAdapter({
    userId: ME,
    apiUrl: API,
    credentials: { accessToken: ACCESS },
    pollIntervalMs: 300_000,
    logger: createLogger({ level: 'silent' }),
    now: () => NOW,
    sleep: instantSleep,
    autoPoll: false,
    ...overrides,
  });
}

function timeline(scope: nock.Scope) {
  return scope
    .get(`/2/users/${ME}/tweets`)
    .query({
      max_results: '100',
      exclude: 'replies,retweets',
      start_time: '2026-11-16T20:00:00.000Z',
      'tweet.fields': 'conversation_id,created_at',
      expansions: 'author_id',
      'user.fields': 'username,name',
    })
    .reply(200, f('user-tweets.json'));
}

function search(conversation: string, since: string, nextToken?: string) {
  return (q: ParsedUrlQuery) =>
    q.query === `conversation_id:${conversation}` &&
    q.since_id === since &&
    q.next_token === nextToken &&
    q.max_results === '100' &&
    q.expansions === 'author_id' &&
    q['tweet.fields'] ===
      'author_id,conversation_id,created_at,in_reply_to_user_id,referenced_tweets';
}

function action(overrides: Partial<PlatformActionRequest> = {}): PlatformActionRequest {
  return {
    actionId: 1,
    kind: 'hide',
    platformCommentId: '1861300000000000020',
    platformPageId: ME,
    reason: 'Personal attack on another person',
    clause: 'J.3 personal attack',
    ...overrides,
  };
}

function expectNoSecretsLogged(rec: RecordingContext) {
  const text = JSON.stringify(rec.logs);
  for (const secret of [ACCESS, REFRESH, CLIENT_SECRET]) expect(text).not.toContain(secret);
}

describe('X adapter: polling', () => {
  it("reads replies in the department's conversations page by page, and only new ones next time", async () => {
    const scope = nock(API, { reqheaders: { authorization: `Bearer ${ACCESS}` } });
    timeline(scope)
      .get('/2/tweets/search/recent')
      .query(search(ROAD, ROAD))
      .reply(200, f('search-page1.json'))
      .get('/2/tweets/search/recent')
      .query(search(ROAD, ROAD, 'b26v89c19zqg8o3fo7gesq314yb9l2l4ptqy'))
      .reply(200, f('search-page2.json'))
      .get('/2/tweets/search/recent')
      .query(search(HIRING, HIRING))
      .reply(200, f('search-empty.json'));
    const adapter = makeAdapter();
    const rec = makeAdapterContext();
    await adapter.start(rec.context);
    const report = await adapter.pollOnce();
    expect(scope.isDone()).toBe(true);
    expect(report).toEqual({ conversations: 2, replies: 3, requests: 4 });

    const comments = rec.comments();
    // The department's own reply is skipped.
    expect(comments.map((c) => c.platformCommentId)).toEqual([
      '1861300000000000020',
      '1861300000000000010',
      '1861300000000000005',
    ]);
    expect(comments[0]).toMatchObject({
      platform: 'x',
      page: { platformPageId: ME, name: '@HelenaPolice' },
      post: {
        platformPostId: ROAD,
        text: 'Road closure on Last Chance Gulch tonight from 7 pm. Detour via Park Ave.',
        url: `https://x.com/i/web/status/${ROAD}`,
      },
      // A reply to a reply keeps its parent; a reply to the Post has none.
      parentPlatformId: '1861300000000000010',
      author: { id: '783214', name: 'Tom K (@tomk)' },
      text: '@maria_r @HelenaPolice is the detour open to trucks?',
      createdAt: '2026-11-23T16:20:00.000Z',
      source: 'poll',
    });
    expect(comments[1]?.parentPlatformId).toBeUndefined();
    expect(JSON.parse(comments[0]?.raw ?? '{}')).toMatchObject({
      data: { id: '1861300000000000020', edit_history_tweet_ids: ['1861300000000000020'] },
      includes: { users: [{ username: 'tomk' }] },
    });

    // Next poll: the search starts after the newest reply read (the first page's newest_id).
    const next = nock(API);
    timeline(next)
      .get('/2/tweets/search/recent')
      .query(search(ROAD, '1861300000000000030'))
      .reply(200, f('search-empty.json'))
      .get('/2/tweets/search/recent')
      .query(search(HIRING, HIRING))
      .reply(200, f('search-empty.json'));
    await adapter.pollOnce();
    expect(next.isDone()).toBe(true);
    expectNoSecretsLogged(rec);
  });

  it('continues an interrupted drain from its page token after a 5xx, without skipping a reply', async () => {
    const scope = nock(API);
    timeline(scope)
      .get('/2/tweets/search/recent')
      .query(search(ROAD, ROAD))
      .reply(200, f('search-page1.json'))
      .get('/2/tweets/search/recent')
      .query(search(ROAD, ROAD, 'b26v89c19zqg8o3fo7gesq314yb9l2l4ptqy'))
      .reply(503, { title: 'Service Unavailable', detail: 'Service Unavailable', status: 503 });
    const adapter = makeAdapter();
    const rec = makeAdapterContext();
    await adapter.start(rec.context);
    const err = (await adapter.pollOnce().catch((e: unknown) => e)) as PlatformError;
    expect(scope.isDone()).toBe(true);
    expect(err.retryable).toBe(true);
    expect(err.message).toContain('HTTP 503');
    const saved = JSON.parse(rec.cursors.get('conversations') ?? '{}') as {
      conversations: { id: string; since: string; next?: unknown }[];
    };
    expect(saved.conversations.find((c) => c.id === ROAD)).toMatchObject({
      since: ROAD,
      next: { token: 'b26v89c19zqg8o3fo7gesq314yb9l2l4ptqy', newest: '1861300000000000030' },
    });

    // A restart reads the saved position and goes on with the same since_id and page token.
    const again = makeAdapter();
    await again.start(rec.context);
    const resume = nock(API);
    timeline(resume)
      .get('/2/tweets/search/recent')
      .query(search(ROAD, ROAD, 'b26v89c19zqg8o3fo7gesq314yb9l2l4ptqy'))
      .reply(200, f('search-page2.json'))
      .get('/2/tweets/search/recent')
      .query(search(HIRING, HIRING))
      .reply(200, f('search-empty.json'));
    await again.pollOnce();
    expect(resume.isDone()).toBe(true);
    const done = JSON.parse(rec.cursors.get('conversations') ?? '{}') as {
      conversations: { id: string; since: string; next?: unknown }[];
    };
    expect(done.conversations.find((c) => c.id === ROAD)).toEqual({
      id: ROAD,
      text: 'Road closure on Last Chance Gulch tonight from 7 pm. Detour via Park Ave.',
      createdAt: '2026-11-23T15:00:00.000Z',
      since: '1861300000000000030',
    });
    expect(rec.comments().map((c) => c.platformCommentId)).toContain('1861300000000000005');
  });

  it("waits for X's reset after a 429 or an exhausted window, and searches nothing until then", async () => {
    const reset = Math.floor(NOW / 1000) + 600;
    const scope = nock(API);
    timeline(scope)
      .get('/2/tweets/search/recent')
      .query(search(ROAD, ROAD))
      .reply(429, f('error-429.json'), {
        'x-rate-limit-limit': '450',
        'x-rate-limit-remaining': '0',
        'x-rate-limit-reset': String(reset),
      });
    const adapter = makeAdapter();
    const rec = makeAdapterContext();
    await adapter.start(rec.context);
    const err = (await adapter.pollOnce().catch((e: unknown) => e)) as PlatformError;
    expect(scope.isDone()).toBe(true);
    expect(err.retryable).toBe(true);
    expect(err.retryAfterMs).toBe(600_000);

    // Before the reset only the timeline is read.
    const quiet = nock(API);
    timeline(quiet);
    expect(await adapter.pollOnce()).toMatchObject({ conversations: 0, requests: 1 });
    expect(quiet.isDone()).toBe(true);

    // A page that says the window is used up stops the other searches too, without a 429.
    const other = makeAdapter();
    await other.start(makeAdapterContext().context);
    const exhausted = nock(API);
    timeline(exhausted)
      .get('/2/tweets/search/recent')
      .query(search(ROAD, ROAD))
      .reply(200, f('search-empty.json'), {
        'x-rate-limit-remaining': '0',
        'x-rate-limit-reset': String(reset),
      });
    expect(await other.pollOnce()).toMatchObject({ conversations: 1, requests: 2 });
    expect(exhausted.isDone()).toBe(true);
  });

  it('reports time-outs as retryable and a malformed page as not', async () => {
    const adapter = makeAdapter({ timeoutMs: 1000 });
    const rec = makeAdapterContext();
    await adapter.start(rec.context);
    const slow = nock(API)
      .get(`/2/users/${ME}/tweets`)
      .query(true)
      .delay(5000)
      .reply(200, f('user-tweets.json'));
    const e1 = (await adapter.pollOnce().catch((e: unknown) => e)) as PlatformError;
    expect(slow.isDone()).toBe(true);
    expect(e1.retryable).toBe(true);
    expect(e1.message).toContain('timed out');

    const bad = nock(API)
      .get(`/2/users/${ME}/tweets`)
      .query(true)
      .reply(200, { data: [{ id: 42, text: null }] });
    const e2 = (await adapter.pollOnce().catch((e: unknown) => e)) as PlatformError;
    expect(bad.isDone()).toBe(true);
    expect(e2.retryable).toBe(false);
    expect(e2.message).toContain('unexpected response shape');
    expect(rec.events).toEqual([]);
  });
});

describe('X adapter: hiding replies', () => {
  it('hides and unhides with PUT /2/tweets/:id/hidden', async () => {
    const scope = nock(API, { reqheaders: { authorization: `Bearer ${ACCESS}` } })
      .put('/2/tweets/1861300000000000020/hidden', { hidden: true })
      .reply(200, f('hide.json'))
      .put('/2/tweets/1861300000000000020/hidden', { hidden: false })
      .reply(200, f('unhide.json'));
    const adapter = makeAdapter();
    await adapter.start(makeAdapterContext().context);
    expect(await adapter.apply(action())).toEqual({ hidden: true });
    expect(await adapter.apply(action({ kind: 'unhide' }))).toEqual({ hidden: false });
    expect(scope.isDone()).toBe(true);
  });

  it('refuses what X cannot do, and tells retryable failures from final ones', async () => {
    const reset = Math.floor(NOW / 1000) + 300;
    const scope = nock(API)
      .put('/2/tweets/1/hidden')
      .reply(403, f('error-403.json'))
      .put('/2/tweets/2/hidden')
      .reply(429, f('error-429.json'), { 'x-rate-limit-reset': String(reset) })
      .put('/2/tweets/3/hidden')
      .reply(500, 'upstream error')
      .put('/2/tweets/4/hidden')
      .reply(200, { data: { hidden: 'yes' } });
    const adapter = makeAdapter();
    await adapter.start(makeAdapterContext().context);
    const remove = (await adapter
      .apply(action({ kind: 'remove' }))
      .catch((e: unknown) => e)) as PlatformError;
    expect(remove.retryable).toBe(false);

    const forbidden = (await adapter
      .apply(action({ platformCommentId: '1' }))
      .catch((e: unknown) => e)) as PlatformError;
    expect(forbidden.retryable).toBe(false);
    expect(forbidden.message).toContain('not permitted to hide replies');

    const server = (await adapter
      .apply(action({ platformCommentId: '3' }))
      .catch((e: unknown) => e)) as PlatformError;
    expect(server.retryable).toBe(true);
    const malformed = (await adapter
      .apply(action({ platformCommentId: '4' }))
      .catch((e: unknown) => e)) as PlatformError;
    expect(malformed.retryable).toBe(false);
    const limited = (await adapter
      .apply(action({ platformCommentId: '2' }))
      .catch((e: unknown) => e)) as PlatformError;
    expect(limited.retryable).toBe(true);
    expect(limited.retryAfterMs).toBe(300_000);

    expect(scope.isDone()).toBe(true);

    // The 429 blocks the queue until X's reset: the next hide waits for it.
    let waited = 0;
    const blocked = makeAdapter({
      now: () => NOW + waited,
      throttleWait: async (ms) => {
        waited += ms;
      },
    });
    await blocked.start(makeAdapterContext().context);
    const s2 = nock(API)
      .put('/2/tweets/9/hidden')
      .reply(429, f('error-429.json'), { 'x-rate-limit-reset': String(reset) })
      .put('/2/tweets/10/hidden')
      .reply(200, f('hide.json'));
    await blocked.apply(action({ platformCommentId: '9' })).catch(() => undefined);
    await blocked.apply(action({ platformCommentId: '10' }));
    expect(waited).toBe(300_000);
    expect(s2.isDone()).toBe(true);
  });

  it('queues the 51st hide of a 15-minute window until a slot frees, in order', async () => {
    let now = 0;
    const throttle = new RequestThrottle({
      limit: 50,
      windowMs: 15 * 60_000,
      now: () => now,
      wait: async (ms) => {
        now += ms;
      },
    });
    const order: number[] = [];
    for (let i = 0; i < 50; i++) {
      await throttle.acquire();
      order.push(now);
      now += 1000; // one hide a second
    }
    expect(order.every((t) => t < 60_000)).toBe(true);
    await throttle.acquire();
    // The first slot (taken at 0) frees at 15 minutes.
    expect(now).toBe(15 * 60_000);
    expect(throttle.inWindow).toBe(50);
  });

  it('lets waiting hides go, retryable, when civicmod stops', async () => {
    const throttle = new RequestThrottle({ limit: 1, windowMs: 60_000 });
    await throttle.acquire();
    const waiting = throttle.acquire().catch((e: unknown) => e);
    throttle.stop();
    const err = (await waiting) as PlatformError;
    expect(err).toBeInstanceOf(PlatformError);
    expect(err.retryable).toBe(true);
  });
});

describe('X adapter: tokens', () => {
  it('renews a lapsed token with the refresh token, keeps the rotated one, and prefers a new one from .env', async () => {
    const basic = `Basic ${Buffer.from(`client-123:${CLIENT_SECRET}`).toString('base64')}`;
    const scope = nock(API)
      .put('/2/tweets/1/hidden')
      .reply(401, f('error-401.json'))
      .post(
        '/2/oauth2/token',
        (body: Record<string, string>) =>
          body.grant_type === 'refresh_token' &&
          body.refresh_token === REFRESH &&
          body.client_id === 'client-123',
      )
      .matchHeader('authorization', basic)
      .reply(200, f('token.json'))
      .put('/2/tweets/1/hidden')
      .matchHeader('authorization', 'Bearer x-access-token-2')
      .reply(200, f('hide.json'));
    const credentials = {
      accessToken: ACCESS,
      refresh: { clientId: 'client-123', clientSecret: CLIENT_SECRET, refreshToken: REFRESH },
    };
    const adapter = makeAdapter({ credentials });
    const rec = makeAdapterContext();
    await adapter.start(rec.context);
    expect(await adapter.apply(action({ platformCommentId: '1' }))).toEqual({ hidden: true });
    expect(scope.isDone()).toBe(true);
    const stored = JSON.parse(rec.cursors.get('oauth') ?? '{}') as { refreshToken: string };
    expect(stored.refreshToken).toBe('x-refresh-token-2');

    // After a restart the stored (rotated) refresh token is the one used.
    const restarted = makeAdapter({ credentials: { refresh: credentials.refresh } });
    await restarted.start(rec.context);
    const s2 = nock(API)
      .post(
        '/2/oauth2/token',
        (body: Record<string, string>) => body.refresh_token === 'x-refresh-token-2',
      )
      .reply(200, { ...f<object>('token.json'), refresh_token: 'x-refresh-token-3' })
      .put('/2/tweets/1/hidden')
      .reply(200, f('hide.json'));
    await restarted.apply(action({ platformCommentId: '1' }));
    expect(s2.isDone()).toBe(true);

    // An operator who re-authorised puts a new token in .env: that one wins.
    const reauthorised = makeAdapter({
      credentials: { refresh: { ...credentials.refresh, refreshToken: 'x-refresh-token-new' } },
    });
    await reauthorised.start(rec.context);
    const s3 = nock(API)
      .post(
        '/2/oauth2/token',
        (body: Record<string, string>) => body.refresh_token === 'x-refresh-token-new',
      )
      .reply(200, f('token.json'))
      .put('/2/tweets/1/hidden')
      .reply(200, f('hide.json'));
    await reauthorised.apply(action({ platformCommentId: '1' }));
    expect(s3.isDone()).toBe(true);
    expectNoSecretsLogged(rec);
  });

  it('pauses the page when the token lapses with no way to renew it, or X refuses the refresh token', async () => {
    const scope = nock(API).put('/2/tweets/1/hidden').reply(401, f('error-401.json'));
    const adapter = makeAdapter();
    await adapter.start(makeAdapterContext().context);
    const err = (await adapter
      .apply(action({ platformCommentId: '1' }))
      .catch((e: unknown) => e)) as PlatformError;
    expect(scope.isDone()).toBe(true);
    expect(err.pausePage).toBe(true);
    expect(err.message).toContain('X_REFRESH_TOKEN');
    expect(err.message).not.toContain(ACCESS);

    const refused = nock(API).post('/2/oauth2/token').reply(400, f('token-invalid.json'));
    const other = makeAdapter({
      credentials: { refresh: { clientId: 'client-123', refreshToken: REFRESH } },
    });
    const rec = makeAdapterContext();
    await other.start(rec.context);
    const e2 = (await other
      .apply(action({ platformCommentId: '1' }))
      .catch((e: unknown) => e)) as PlatformError;
    expect(refused.isDone()).toBe(true);
    expect(e2.pausePage).toBe(true);
    expect(e2.message).toContain('invalid_request');
    expect(e2.message).not.toContain(REFRESH);
  });
});

describe('X adapter: configuration', () => {
  it('is off unless configured and explains a partial configuration', () => {
    const logger = createLogger({ level: 'silent' });
    expect(createXAdapter({ ...makeTestConfig(), logger })).toBeNull();
    expect(() => createXAdapter({ ...makeTestConfig({ X_USER_ID: ME }), logger })).toThrow(
      /X_CLIENT_ID with X_REFRESH_TOKEN/,
    );
    expect(() =>
      createXAdapter({ ...makeTestConfig({ X_USER_ID: ME, X_CLIENT_ID: 'c' }), logger }),
    ).toThrow(/needs both X_CLIENT_ID and X_REFRESH_TOKEN/);
    const adapter = createXAdapter({
      ...makeTestConfig({ X_USER_ID: ME, X_CLIENT_ID: 'c', X_REFRESH_TOKEN: REFRESH }),
      logger,
    });
    expect(adapter?.platform).toBe('x');
    const { config, secrets } = makeTestConfig({ X_REFRESH_TOKEN: REFRESH, X_CLIENT_SECRET: 's' });
    expect(JSON.stringify(config)).not.toContain(REFRESH);
    expect(secrets.X_REFRESH_TOKEN).toBe(REFRESH);
  });
});
