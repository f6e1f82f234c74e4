import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BlueskyAdapter, type BlueskyAdapterOptions } from '../../../adapters/bluesky/adapter.js';
import { createBlueskyAdapter } from '../../../adapters/bluesky/index.js';
import { changeThreadgate } from '../../../adapters/bluesky/threadgate.js';
import type { PlatformActionRequest } from '../../../adapters/types.js';
import type { PlatformError } from '../../../src/errors.js';
import { createLogger } from '../../../src/logger.js';
import { makeTestConfig } from '../../helpers/index.js';
import { fixture, makeAdapterContext } from '../helpers.js';

const PDS = 'https://pds.test';
const DID = 'did:plc:helenapd2345672345672345';
const HANDLE = 'helenapd.bsky.social';
const PASSWORD = 'abcd-efgh-ijkl-mnop';
const ROAD = `at://${DID}/app.bsky.feed.post/3lbroad2kc2x`;
const REPLY_B = 'at://did:plc:tomk234567234567234567234/app.bsky.feed.post/3lbrepb2kc2x';
const REPLY_C = 'at://did:plc:dana234567234567234567234/app.bsky.feed.post/3lbrepc2kc2x';
const NOW = new Date('2026-11-23T20:00:00Z');
const ACCESS_JWT = (fixture(import.meta.url, 'session.json') as { accessJwt: string }).accessJwt;
const f = <T = unknown>(name: string) => fixture<T>(import.meta.url, name);

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

function makeAdapter(overrides: Partial<BlueskyAdapterOptions> = {}): BlueskyAdapter {
  return new BlueskyAdapter({
    service: PDS,
    handle: HANDLE,
    appPassword: PASSWORD,
    pollIntervalMs: 300_000,
    logger: createLogger({ level: 'silent' }),
    now: () => NOW,
    autoPoll: false,
    ...overrides,
  });
}

function signIn(scope = nock(PDS)) {
  return scope
    .post(
      '/xrpc/com.atproto.server.createSession',
      (body: { identifier: string; password: string }) =>
        body.identifier === HANDLE && body.password === PASSWORD,
    )
    .reply(200, f('session.json'));
}

function action(overrides: Partial<PlatformActionRequest> = {}): PlatformActionRequest {
  return {
    actionId: 1,
    kind: 'hide',
    platformCommentId: REPLY_B,
    platformPageId: DID,
    reason: 'Personal attack on another person',
    clause: 'J.3 personal attack',
    ...overrides,
  };
}

/** A poll, so the adapter learns which root each reply belongs to. */
async function polled(adapter: BlueskyAdapter) {
  const scope = signIn()
    .get('/xrpc/app.bsky.feed.getAuthorFeed')
    .query(true)
    .reply(200, f('author-feed.json'))
    .get('/xrpc/app.bsky.feed.getPostThread')
    .query((q) => q.uri === ROAD)
    .reply(200, f('thread-road.json'))
    .get('/xrpc/app.bsky.feed.getPostThread')
    .query(true)
    .reply(200, f('thread-hire.json'));
  const rec = makeAdapterContext();
  await adapter.start(rec.context);
  await adapter.pollOnce();
  expect(scope.isDone()).toBe(true);
  return rec;
}

describe('Bluesky adapter: polling', () => {
  it("reads every reply under the department's recent posts, with hidden ones marked", async () => {
    const scope = signIn()
      .get('/xrpc/app.bsky.feed.getAuthorFeed')
      .query({ actor: DID, filter: 'posts_no_replies', limit: '50' })
      .matchHeader('authorization', `Bearer ${ACCESS_JWT}`)
      .reply(200, f('author-feed.json'))
      .get('/xrpc/app.bsky.feed.getPostThread')
      .query({ uri: ROAD, depth: '1000', parentHeight: '0' })
      .reply(200, f('thread-road.json'))
      .get('/xrpc/app.bsky.feed.getPostThread')
      .query({
        uri: `at://${DID}/app.bsky.feed.post/3lbhire2kc2x`,
        depth: '1000',
        parentHeight: '0',
      })
      .reply(200, f('thread-hire.json'));
    const adapter = makeAdapter();
    const rec = makeAdapterContext();
    await adapter.start(rec.context);
    // The repost is someone else's thread; the 30-day-old post is past the watch window.
    expect(await adapter.pollOnce()).toEqual({ posts: 2, replies: 3 });
    expect(scope.isDone()).toBe(true);

    const comments = rec.comments();
    // The department's own reply and the deleted one are not comments to moderate.
    expect(comments.map((c) => c.platformCommentId)).toEqual([
      'at://did:plc:maria23456723456723456723/app.bsky.feed.post/3lbrepa2kc2x',
      REPLY_B,
      REPLY_C,
    ]);
    expect(comments[1]).toMatchObject({
      platform: 'bluesky',
      page: { platformPageId: DID, name: `@${HANDLE}` },
      post: {
        platformPostId: ROAD,
        text: 'Road closure on Last Chance Gulch tonight from 7 pm. Detour via Park Ave.',
        url: `https://bsky.app/profile/${DID}/post/3lbroad2kc2x`,
      },
      parentPlatformId: 'at://did:plc:maria23456723456723456723/app.bsky.feed.post/3lbrepa2kc2x',
      author: { id: 'did:plc:tomk234567234567234567234', name: '@tomk.bsky.social' },
      text: 'Is the detour open to trucks?',
      createdAt: '2026-11-23T16:20:00.000Z',
      source: 'poll',
      hiddenOnPlatform: false,
    });
    expect(comments[0]?.parentPlatformId).toBeUndefined();
    expect(comments[0]?.author.name).toBe('Maria R (@maria.bsky.social)');
    expect(comments[2]?.hiddenOnPlatform).toBe(true);
    expect(JSON.stringify(rec.logs)).not.toContain(PASSWORD);
  });

  it('reports 5xx, rate limits and time-outs as retryable, and a response off the lexicon as not', async () => {
    const adapter = makeAdapter({ timeoutMs: 1000 });
    await adapter.start(makeAdapterContext().context);
    const reset = Math.floor(NOW.getTime() / 1000) + 120;
    const scope = signIn()
      .get('/xrpc/app.bsky.feed.getAuthorFeed')
      .query(true)
      .reply(502, { error: 'UpstreamFailure', message: 'Upstream Failure' })
      .get('/xrpc/app.bsky.feed.getAuthorFeed')
      .query(true)
      .reply(429, f('rate-limited.json'), {
        'ratelimit-limit': '3000',
        'ratelimit-remaining': '0',
        'ratelimit-reset': String(reset),
      })
      .get('/xrpc/app.bsky.feed.getAuthorFeed')
      .query(true)
      .delay(5000)
      .reply(200, f('author-feed.json'))
      .get('/xrpc/app.bsky.feed.getAuthorFeed')
      .query(true)
      .reply(200, { feed: [{ post: { uri: 'not-an-at-uri' } }] });
    const errors: PlatformError[] = [];
    for (let i = 0; i < 4; i++)
      errors.push((await adapter.pollOnce().catch((e: unknown) => e)) as PlatformError);
    expect(scope.isDone()).toBe(true);
    expect(errors.map((e) => e.retryable)).toEqual([true, true, true, false]);
    expect(errors[0]?.message).toContain('HTTP 502');
    expect(errors[1]?.retryAfterMs).toBe(120_000);
    expect(errors[2]?.message).toContain('network error or time-out');
    expect(errors[3]?.message).toContain('unexpected response shape');
  });

  it('pauses the page when Bluesky refuses the app password, without ever repeating it', async () => {
    const scope = nock(PDS)
      .post('/xrpc/com.atproto.server.createSession')
      .reply(401, f('session-refused.json'));
    const adapter = makeAdapter({ pollIntervalMs: 10, autoPoll: true });
    const rec = makeAdapterContext();
    await adapter.start(rec.context);
    for (let i = 0; i < 50 && rec.pauses.length === 0; i++)
      await new Promise((r) => setTimeout(r, 10));
    await adapter.stop();
    expect(scope.isDone()).toBe(true);
    expect(rec.pauses).toHaveLength(1);
    expect(rec.pauses[0]).toContain('BLUESKY_APP_PASSWORD');
    expect(rec.pauses[0]).toContain('Invalid identifier or password');
    expect(JSON.stringify([rec.pauses, rec.logs])).not.toContain(PASSWORD);
  });
});

describe('Bluesky adapter: hiding replies with the threadgate', () => {
  it("adds the reply to the root's threadgate, keeping its reply rules, with compare-and-swap", async () => {
    const adapter = makeAdapter();
    await polled(adapter);
    const existing = f<{ value: Record<string, unknown> }>('threadgate-record.json');
    const scope = nock(PDS)
      .get('/xrpc/com.atproto.repo.getRecord')
      .query({ repo: DID, collection: 'app.bsky.feed.threadgate', rkey: '3lbroad2kc2x' })
      .reply(200, existing)
      .post('/xrpc/com.atproto.repo.putRecord', {
        repo: DID,
        collection: 'app.bsky.feed.threadgate',
        rkey: '3lbroad2kc2x',
        record: { ...existing.value, hiddenReplies: [REPLY_C, REPLY_B] },
        swapRecord: 'bafyreigjotqxxdttehhiyeuyhxr5b3kkfcmcd5lzxpqjewybqgslzdunqa',
      })
      .reply(200, f('put-record.json'));
    expect(await adapter.apply(action())).toEqual({
      hidden: true,
      threadgate: `at://${DID}/app.bsky.feed.threadgate/3lbroad2kc2x`,
      hiddenReplies: 2,
    });
    expect(scope.isDone()).toBe(true);
  });

  it('creates a threadgate that still lets anyone reply when the post has none', async () => {
    const adapter = makeAdapter();
    await polled(adapter);
    const scope = nock(PDS)
      .get('/xrpc/com.atproto.repo.getRecord')
      .query(true)
      .reply(400, f('record-not-found.json'))
      .post('/xrpc/com.atproto.repo.putRecord', (body: Record<string, unknown>) => {
        expect(body).toEqual({
          repo: DID,
          collection: 'app.bsky.feed.threadgate',
          rkey: '3lbroad2kc2x',
          record: {
            $type: 'app.bsky.feed.threadgate',
            post: ROAD,
            createdAt: NOW.toISOString(),
            hiddenReplies: [REPLY_B],
          },
        });
        return true;
      })
      .reply(200, f('put-record.json'));
    await adapter.apply(action());
    expect(scope.isDone()).toBe(true);
  });

  it('unhides by removing the reply, and writes nothing when there is nothing to change', async () => {
    const adapter = makeAdapter();
    await polled(adapter);
    const existing = f<{ value: Record<string, unknown> }>('threadgate-record.json');
    const scope = nock(PDS)
      .get('/xrpc/com.atproto.repo.getRecord')
      .query(true)
      .reply(200, existing)
      .post(
        '/xrpc/com.atproto.repo.putRecord',
        (body: { record: { hiddenReplies: string[]; allow: unknown[] } }) =>
          body.record.hiddenReplies.length === 0 && body.record.allow.length === 2,
      )
      .reply(200, f('put-record.json'))
      .get('/xrpc/com.atproto.repo.getRecord')
      .query(true)
      .reply(200, existing);
    expect(
      await adapter.apply(action({ kind: 'unhide', platformCommentId: REPLY_C })),
    ).toMatchObject({
      hidden: false,
      hiddenReplies: 0,
    });
    // Already hidden: idempotent, no write.
    expect(await adapter.apply(action({ platformCommentId: REPLY_C }))).toEqual({
      hidden: true,
      unchanged: 'already_hidden',
      threadgate: null,
    });
    expect(scope.isDone()).toBe(true);
  });

  it('looks the root up after a restart, and refuses what the threadgate cannot do', async () => {
    const adapter = makeAdapter();
    await adapter.start(makeAdapterContext().context);
    const full = {
      ...f<{ value: Record<string, unknown> }>('threadgate-record.json'),
    };
    full.value = {
      ...full.value,
      hiddenReplies: Array.from(
        { length: 300 },
        (_, i) => `at://did:plc:x/app.bsky.feed.post/${i}`,
      ),
    };
    const scope = signIn()
      .get('/xrpc/app.bsky.feed.getPosts')
      .query({ uris: REPLY_B })
      .reply(200, f('get-posts.json'))
      .get('/xrpc/com.atproto.repo.getRecord')
      .query(true)
      .reply(200, full)
      .get('/xrpc/app.bsky.feed.getPosts')
      .query(true)
      .reply(200, { posts: [] });
    const capped = (await adapter.apply(action()).catch((e: unknown) => e)) as PlatformError;
    expect(capped.retryable).toBe(false);
    expect(capped.message).toContain('300 hidden replies');
    const gone = (await adapter
      .apply(action({ platformCommentId: 'at://did:plc:x/app.bsky.feed.post/zzz' }))
      .catch((e: unknown) => e)) as PlatformError;
    expect(gone.retryable).toBe(false);
    expect(gone.message).toContain('no longer exists');
    const removal = (await adapter
      .apply(action({ kind: 'remove' }))
      .catch((e: unknown) => e)) as PlatformError;
    expect(removal.retryable).toBe(false);
    expect(scope.isDone()).toBe(true);
  });

  it('retries when the threadgate changed meanwhile (InvalidSwap) or Bluesky fails', async () => {
    const adapter = makeAdapter();
    await polled(adapter);
    const scope = nock(PDS)
      .get('/xrpc/com.atproto.repo.getRecord')
      .query(true)
      .reply(200, f('threadgate-record.json'))
      .post('/xrpc/com.atproto.repo.putRecord')
      .reply(400, f('invalid-swap.json'))
      .get('/xrpc/com.atproto.repo.getRecord')
      .query(true)
      .reply(500, { error: 'InternalServerError', message: 'Internal Server Error' });
    const swap = (await adapter.apply(action()).catch((e: unknown) => e)) as PlatformError;
    expect(swap.retryable).toBe(true);
    expect(swap.message).toContain('InvalidSwap');
    const server = (await adapter.apply(action()).catch((e: unknown) => e)) as PlatformError;
    expect(server.retryable).toBe(true);
    expect(scope.isDone()).toBe(true);
  });

  it('keeps the cap and every other threadgate field in the pure rule', () => {
    const at = '2026-11-23T20:00:00.000Z';
    expect(changeThreadgate(null, ROAD, REPLY_B, false, at)).toEqual({
      kind: 'unchanged',
      reason: 'not_hidden',
    });
    const gate = { post: ROAD, createdAt: at, allow: [], futureField: 1, hiddenReplies: [] };
    expect(changeThreadgate(gate, ROAD, REPLY_B, true, at)).toEqual({
      kind: 'write',
      record: { ...gate, $type: 'app.bsky.feed.threadgate', hiddenReplies: [REPLY_B] },
    });
  });
});

describe('Bluesky adapter: configuration', () => {
  it('is off unless configured and refuses half a configuration', () => {
    const logger = createLogger({ level: 'silent' });
    expect(createBlueskyAdapter({ ...makeTestConfig(), logger })).toBeNull();
    expect(() =>
      createBlueskyAdapter({ ...makeTestConfig({ BLUESKY_HANDLE: HANDLE }), logger }),
    ).toThrow(/BLUESKY_APP_PASSWORD/);
    const adapter = createBlueskyAdapter({
      ...makeTestConfig({ BLUESKY_HANDLE: HANDLE, BLUESKY_APP_PASSWORD: PASSWORD }),
      logger,
    });
    expect(adapter?.platform).toBe('bluesky');
  });
});
