import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { YouTubeAdapter } from '../../../adapters/youtube/adapter.js';
import { createYouTubeAdapter } from '../../../adapters/youtube/index.js';
import { PlatformError } from '../../../src/errors.js';
import { createLogger } from '../../../src/logger.js';
import type { PlatformActionRequest } from '../../../adapters/types.js';
import { makeTestConfig } from '../../helpers/index.js';
import { fixture, instantSleep, makeAdapterContext, type RecordingContext } from '../helpers.js';

const API = 'https://youtube.test';
const OAUTH = 'https://oauth.test';
const CHANNEL = 'UCHelenaPD0000000000000a';
const SECRET = 'yt-client-secret-do-not-log';
const REFRESH = '1//refresh-token-do-not-log';
const f = <T = unknown>(name: string) => fixture<T>(import.meta.url, name);

/** Noon Pacific (20:00 UTC in November): 72 ten-minute polls left in YouTube's day. */
const NOON_PACIFIC = new Date('2026-11-23T20:00:00Z');

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

function makeAdapter(
  overrides: Partial<ConstructorParameters<typeof YouTubeAdapter>[0]> = {},
): YouTubeAdapter {
  return new YouTubeAdapter({
    channelId: CHANNEL,
    apiUrl: API,
    oauthUrl: OAUTH,
    credentials: {
      clientId: 'client-id.apps.googleusercontent.com',
      clientSecret: SECRET,
      refreshToken: REFRESH,
    },
    dailyQuota: 10_000,
    pollIntervalMs: 600_000,
    logger: createLogger({ level: 'silent' }),
    now: () => NOON_PACIFIC,
    sleep: instantSleep,
    batchWindowMs: 5,
    autoPoll: false,
    ...overrides,
  });
}

function tokenMock(times = 1) {
  return nock(OAUTH)
    .post('/token', (body: Record<string, string>) => {
      return (
        body.grant_type === 'refresh_token' &&
        body.refresh_token === REFRESH &&
        body.client_secret === SECRET
      );
    })
    .times(times)
    .reply(200, f('token.json'));
}

function videos(ids: string[]) {
  const all = f<{ items: { id: string }[] }>('videos.json');
  return { ...all, items: all.items.filter((v) => ids.includes(v.id)) };
}

function action(overrides: Partial<PlatformActionRequest> = {}): PlatformActionRequest {
  return {
    actionId: 1,
    kind: 'hide',
    platformCommentId: 'UgThreadNew1',
    platformPageId: CHANNEL,
    reason: 'Automatic hide: strong obscenity',
    clause: 'J.3 obscenity',
    ...overrides,
  };
}

function expectNoSecretsLogged(rec: RecordingContext) {
  const text = JSON.stringify(rec.logs);
  expect(text).not.toContain(SECRET);
  expect(text).not.toContain(REFRESH);
  expect(text).not.toContain('ya29.');
}

describe('YouTube adapter: polling', () => {
  it('reads held and published threads page by page, replies beyond the thread, and video titles', async () => {
    const token = tokenMock();
    const api = nock(API, { reqheaders: { authorization: 'Bearer ya29.test-access-token-1' } })
      .get('/youtube/v3/commentThreads')
      .query({
        part: 'snippet,replies',
        allThreadsRelatedToChannelId: CHANNEL,
        maxResults: '100',
        order: 'time',
        textFormat: 'plainText',
        moderationStatus: 'heldForReview',
      })
      .reply(200, f('threads-held.json'))
      .get('/youtube/v3/videos')
      .query({ part: 'snippet', id: 'vid_Recruit22', maxResults: '50' })
      .reply(200, videos(['vid_Recruit22']))
      .get('/youtube/v3/commentThreads')
      .query({
        part: 'snippet,replies',
        allThreadsRelatedToChannelId: CHANNEL,
        maxResults: '100',
        order: 'time',
        textFormat: 'plainText',
      })
      .reply(200, f('threads-page1.json'))
      .get('/youtube/v3/videos')
      .query({ part: 'snippet', id: 'vid_RoadClose1', maxResults: '50' })
      .reply(200, videos(['vid_RoadClose1']))
      .get('/youtube/v3/comments')
      .query({
        part: 'snippet',
        parentId: 'UgThreadBusy',
        maxResults: '100',
        textFormat: 'plainText',
      })
      .reply(200, f('replies-page1.json'))
      .get('/youtube/v3/comments')
      .query({
        part: 'snippet',
        parentId: 'UgThreadBusy',
        maxResults: '100',
        textFormat: 'plainText',
        pageToken: 'REPLIES2',
      })
      .reply(200, f('replies-page2.json'))
      .get('/youtube/v3/commentThreads')
      .query((q) => q.pageToken === 'PAGE2TOKEN' && q.moderationStatus === undefined)
      .reply(200, f('threads-page2.json'));

    const adapter = makeAdapter();
    const rec = makeAdapterContext();
    await adapter.start(rec.context);
    const report = await adapter.pollOnce();

    expect(token.isDone()).toBe(true);
    expect(api.isDone()).toBe(true);
    const comments = rec.comments();
    // The department's own reply is its speech, not a comment to moderate.
    expect(comments.map((c) => c.platformCommentId)).toEqual([
      'UgHeld1',
      'UgThreadNew1',
      'UgThreadBusy',
      'UgThreadBusy.r1',
      'UgThreadBusy.r1',
      'UgThreadBusy.r3',
      'UgThreadOld1',
    ]);
    const held = comments[0];
    expect(held).toMatchObject({
      platform: 'youtube',
      page: { platformPageId: CHANNEL },
      post: {
        platformPostId: 'vid_Recruit22',
        text: 'Now hiring: police officer recruits',
        url: 'https://www.youtube.com/watch?v=vid_Recruit22',
      },
      author: { id: 'UCspam0000000000000000a', name: '@spammer' },
      // No textOriginal for this one: the plain-text textDisplay is used.
      text: 'Buy followers cheap at example dot com',
      createdAt: '2026-11-23T16:00:00Z',
      source: 'poll',
      hiddenOnPlatform: true,
    });
    const reply = comments.find((c) => c.platformCommentId === 'UgThreadBusy.r3');
    expect(reply).toMatchObject({
      parentPlatformId: 'UgThreadBusy',
      post: { text: 'Road closures on Last Chance Gulch tonight' },
      hiddenOnPlatform: false,
    });
    expect(JSON.parse(reply?.raw ?? '{}')).toMatchObject({
      kind: 'youtube#comment',
      etag: 'etag-UgThreadBusy.r3',
    });

    expect(report).toEqual({ units: 7, comments: 7, caughtUp: true });
    expect(JSON.parse(rec.cursors.get('quota') ?? '{}')).toEqual({ day: '2026-11-23', used: 7 });
    expect(JSON.parse(rec.cursors.get('threads') ?? '{}')).toEqual({
      watermark: '2026-11-23T18:10:00Z',
      backlog: [],
    });
    expectNoSecretsLogged(rec);
  });

  it('stops at the newest thread of the last poll, sweeps older pages, and skips unchanged replies', async () => {
    tokenMock();
    const first = nock(API)
      .get('/youtube/v3/commentThreads')
      .query((q) => q.moderationStatus === 'heldForReview')
      .reply(200, f('threads-empty.json'))
      .get('/youtube/v3/commentThreads')
      .query((q) => q.moderationStatus === undefined && q.pageToken === undefined)
      .reply(200, f('threads-page1.json'))
      .get('/youtube/v3/videos')
      .query(true)
      .reply(200, videos(['vid_RoadClose1']))
      .get('/youtube/v3/comments')
      .query((q) => q.parentId === 'UgThreadBusy' && q.pageToken === undefined)
      .reply(200, f('replies-page1.json'))
      .get('/youtube/v3/comments')
      .query((q) => q.pageToken === 'REPLIES2')
      .reply(200, f('replies-page2.json'))
      .get('/youtube/v3/commentThreads')
      .query((q) => q.pageToken === 'PAGE2TOKEN')
      .reply(200, f('threads-page2.json'))
      .get('/youtube/v3/videos')
      .query(true)
      .reply(200, videos(['vid_Recruit22']));
    const adapter = makeAdapter();
    const rec = makeAdapterContext();
    await adapter.start(rec.context);
    await adapter.pollOnce();
    expect(first.isDone()).toBe(true);

    // Second poll: the first page holds nothing newer than the watermark, so step 2 stops there;
    // the sweep goes on with page 2; the busy thread's reply count has not changed.
    const second = nock(API)
      .get('/youtube/v3/commentThreads')
      .query((q) => q.moderationStatus === 'heldForReview')
      .reply(200, f('threads-empty.json'))
      .get('/youtube/v3/commentThreads')
      .query((q) => q.moderationStatus === undefined && q.pageToken === undefined)
      .reply(200, f('threads-page1.json'))
      .get('/youtube/v3/commentThreads')
      .query((q) => q.pageToken === 'PAGE2TOKEN')
      .reply(200, f('threads-page2.json'));
    const report = await adapter.pollOnce();
    expect(second.isDone()).toBe(true);
    expect(report.units).toBe(3);
    expect(JSON.parse(rec.cursors.get('quota') ?? '{}')).toMatchObject({ used: 10 });
  });

  it('keeps within its share of the quota and finishes the stretch at the next poll', async () => {
    // A 10-unit day keeps 3 for moderation; at 23:20 Pacific with 20-minute polls two polls
    // remain, so each may spend (10 - 3) / 2 = 3 units.
    const lateEvening = new Date('2026-11-24T07:20:00Z'); // 23:20 Pacific
    tokenMock();
    const adapter = makeAdapter({
      dailyQuota: 10,
      pollIntervalMs: 20 * 60_000,
      now: () => lateEvening,
    });
    const rec = makeAdapterContext();
    await adapter.start(rec.context);
    const first = nock(API)
      .get('/youtube/v3/commentThreads')
      .query((q) => q.moderationStatus === 'heldForReview')
      .reply(200, f('threads-empty.json'))
      .get('/youtube/v3/commentThreads')
      .query((q) => q.pageToken === undefined && q.moderationStatus === undefined)
      .reply(200, f('threads-page1.json'))
      .get('/youtube/v3/videos')
      .query(true)
      .reply(200, videos(['vid_RoadClose1']));
    const report = await adapter.pollOnce();
    expect(first.isDone()).toBe(true);
    expect(report).toMatchObject({ units: 3, caughtUp: false });
    const state = JSON.parse(rec.cursors.get('threads') ?? '{}') as { backlog: unknown[] };
    expect(state.backlog).toEqual([{ pageToken: 'PAGE2TOKEN' }]);
    // The busy thread's replies were not affordable: they are fetched by a later poll.
    expect(rec.comments().map((c) => c.platformCommentId)).not.toContain('UgThreadBusy.r3');

    // Polling never spends into the moderation reserve.
    expect(adapter.quota.canPoll(1)).toBe(true);
    adapter.quota.spend(4);
    expect(adapter.quota.canPoll(1)).toBe(false);
    expect(adapter.quota.canModerate(3)).toBe(true);
    const idle = await adapter.pollOnce();
    expect(idle.units).toBe(0);
  });

  it('treats quotaExceeded as retryable until midnight Pacific and stops spending', async () => {
    tokenMock();
    const scope = nock(API)
      .get('/youtube/v3/commentThreads')
      .query(true)
      .reply(403, f('error-quota.json'));
    const adapter = makeAdapter();
    const rec = makeAdapterContext();
    await adapter.start(rec.context);
    const err = await adapter.pollOnce().catch((e: unknown) => e);
    expect(scope.isDone()).toBe(true);
    expect(err).toBeInstanceOf(PlatformError);
    const pe = err as PlatformError;
    expect(pe.retryable).toBe(true);
    // Noon Pacific to midnight Pacific.
    expect(pe.retryAfterMs).toBe(12 * 3600_000);
    expect(pe.message).toContain('quotaExceeded');
    // No further call is made today: a hide now fails at once, without touching the network.
    const hide = await adapter.apply(action()).catch((e: unknown) => e);
    expect(hide).toBeInstanceOf(PlatformError);
    expect((hide as PlatformError).retryable).toBe(true);
    expect((hide as PlatformError).retryAfterMs).toBe(12 * 3600_000);
    expect((await adapter.pollOnce()).units).toBe(0);
  });

  it('reports 5xx and time-outs as retryable, and a malformed body as not', async () => {
    tokenMock();
    const adapter = makeAdapter({ timeoutMs: 1000 });
    const rec = makeAdapterContext();
    await adapter.start(rec.context);

    const s1 = nock(API)
      .get('/youtube/v3/commentThreads')
      .query(true)
      .reply(503, 'Service Unavailable');
    const e1 = (await adapter.pollOnce().catch((e: unknown) => e)) as PlatformError;
    expect(s1.isDone()).toBe(true);
    expect(e1.retryable).toBe(true);
    expect(e1.message).toContain('HTTP 503');

    const s2 = nock(API)
      .get('/youtube/v3/commentThreads')
      .query(true)
      .delay(5000)
      .reply(200, f('threads-empty.json'));
    const e2 = (await adapter.pollOnce().catch((e: unknown) => e)) as PlatformError;
    expect(s2.isDone()).toBe(true);
    expect(e2.retryable).toBe(true);
    expect(e2.message).toContain('timed out');

    const s3 = nock(API)
      .get('/youtube/v3/commentThreads')
      .query(true)
      .reply(200, { kind: 'youtube#commentThreadListResponse', items: [{ id: 'x', snippet: {} }] });
    const e3 = (await adapter.pollOnce().catch((e: unknown) => e)) as PlatformError;
    expect(s3.isDone()).toBe(true);
    expect(e3.retryable).toBe(false);
    expect(e3.message).toContain('unexpected response shape');

    const s4 = nock(API).get('/youtube/v3/commentThreads').query(true).reply(200, '{"items": [');
    const e4 = (await adapter.pollOnce().catch((e: unknown) => e)) as PlatformError;
    expect(s4.isDone()).toBe(true);
    expect(e4.retryable).toBe(true);
    expect(e4.message).toContain('not valid JSON');

    // Nothing was stored as read: the next poll starts from the top again.
    expect(rec.cursors.get('threads')).toBeUndefined();
    expect(rec.events).toEqual([]);
    expectNoSecretsLogged(rec);
  });

  it('refreshes the access token once on 401, and pauses the page when Google refuses the refresh token', async () => {
    const tokens = tokenMock(2);
    const api = nock(API)
      .get('/youtube/v3/commentThreads')
      .query(true)
      .reply(401, f('error-unauthorized.json'))
      .get('/youtube/v3/commentThreads')
      .query(true)
      .reply(200, f('threads-empty.json'))
      .get('/youtube/v3/commentThreads')
      .query(true)
      .reply(200, f('threads-empty.json'));
    const adapter = makeAdapter();
    const rec = makeAdapterContext();
    await adapter.start(rec.context);
    await adapter.pollOnce();
    expect(tokens.isDone()).toBe(true);
    expect(api.isDone()).toBe(true);

    const revoked = nock(OAUTH).post('/token').reply(400, f('token-invalid-grant.json'));
    const second = makeAdapter();
    await second.start(makeAdapterContext().context);
    const err = (await second.pollOnce().catch((e: unknown) => e)) as PlatformError;
    expect(revoked.isDone()).toBe(true);
    expect(err.pausePage).toBe(true);
    expect(err.message).toContain('invalid_grant');
    expect(err.message).toContain('YOUTUBE_REFRESH_TOKEN');
    expect(err.message).not.toContain(REFRESH);
    expect(err.message).not.toContain(SECRET);
  });
});

describe('YouTube adapter: moderation', () => {
  it('hides by holding for review, batching requests that arrive together into one call', async () => {
    tokenMock();
    const scope = nock(API)
      .post('/youtube/v3/comments/setModerationStatus')
      .query({ id: 'UgA,UgB', moderationStatus: 'heldForReview' })
      .reply(204)
      .post('/youtube/v3/comments/setModerationStatus')
      .query({ id: 'UgA', moderationStatus: 'published' })
      .reply(204);
    const adapter = makeAdapter();
    const rec = makeAdapterContext();
    await adapter.start(rec.context);
    const results = await Promise.all([
      adapter.apply(action({ actionId: 1, platformCommentId: 'UgA' })),
      adapter.apply(action({ actionId: 2, platformCommentId: 'UgB' })),
    ]);
    expect(results).toEqual([
      { moderationStatus: 'heldForReview', commentId: 'UgA', batchSize: 2 },
      { moderationStatus: 'heldForReview', commentId: 'UgB', batchSize: 2 },
    ]);
    const restored = await adapter.apply(action({ kind: 'unhide', platformCommentId: 'UgA' }));
    expect(restored).toMatchObject({ moderationStatus: 'published' });
    expect(scope.isDone()).toBe(true);
    expect(adapter.quota.used).toBe(100);
    expect(JSON.parse(rec.cursors.get('quota') ?? '{}')).toMatchObject({ used: 100 });
  });

  it('rejects only for a removal a person chose', async () => {
    tokenMock();
    const scope = nock(API)
      .post('/youtube/v3/comments/setModerationStatus')
      .query({ id: 'UgC', moderationStatus: 'rejected' })
      .reply(204);
    const adapter = makeAdapter();
    await adapter.start(makeAdapterContext().context);
    expect(await adapter.apply(action({ kind: 'remove', platformCommentId: 'UgC' }))).toMatchObject(
      {
        moderationStatus: 'rejected',
      },
    );
    expect(scope.isDone()).toBe(true);
  });

  it('retries a refused batch one comment at a time, so one deleted comment fails alone', async () => {
    tokenMock();
    const scope = nock(API)
      .post('/youtube/v3/comments/setModerationStatus')
      .query({ id: 'UgGone,UgOk', moderationStatus: 'heldForReview' })
      .reply(403, f('error-forbidden.json'))
      .post('/youtube/v3/comments/setModerationStatus')
      .query({ id: 'UgGone', moderationStatus: 'heldForReview' })
      .reply(403, f('error-forbidden.json'))
      .post('/youtube/v3/comments/setModerationStatus')
      .query({ id: 'UgOk', moderationStatus: 'heldForReview' })
      .reply(204);
    const adapter = makeAdapter();
    await adapter.start(makeAdapterContext().context);
    const [gone, ok] = await Promise.allSettled([
      adapter.apply(action({ platformCommentId: 'UgGone' })),
      adapter.apply(action({ platformCommentId: 'UgOk' })),
    ]);
    expect(scope.isDone()).toBe(true);
    expect(gone.status).toBe('rejected');
    const reason = (gone as PromiseRejectedResult).reason as PlatformError;
    expect(reason.retryable).toBe(false);
    expect(reason.message).toContain('forbidden');
    expect(ok).toEqual({
      status: 'fulfilled',
      value: { moderationStatus: 'heldForReview', commentId: 'UgOk', batchSize: 1 },
    });
  });

  it('reports a 5xx on moderation as retryable (the executor retries and records it)', async () => {
    tokenMock();
    const scope = nock(API)
      .post('/youtube/v3/comments/setModerationStatus')
      .query(true)
      .reply(500, {
        error: { code: 500, message: 'Backend Error', errors: [{ reason: 'backendError' }] },
      });
    const adapter = makeAdapter();
    await adapter.start(makeAdapterContext().context);
    const err = (await adapter.apply(action()).catch((e: unknown) => e)) as PlatformError;
    expect(scope.isDone()).toBe(true);
    expect(err.retryable).toBe(true);
    expect(err.message).toContain('Backend Error');
  });

  it('leaves waiting moderation requests retryable when civicmod stops', async () => {
    const adapter = makeAdapter({ batchWindowMs: 60_000 });
    await adapter.start(makeAdapterContext().context);
    const pending = adapter.apply(action()).catch((e: unknown) => e);
    await adapter.stop();
    const err = (await pending) as PlatformError;
    expect(err.retryable).toBe(true);
  });
});

describe('YouTube adapter: scope', () => {
  it('pauses the page when the token lacks the youtube.force-ssl scope', async () => {
    tokenMock();
    const scope = nock(API)
      .post('/youtube/v3/comments/setModerationStatus')
      .query(true)
      .reply(403, {
        error: {
          code: 403,
          message: 'Request had insufficient authentication scopes.',
          errors: [
            {
              message: 'Insufficient Permission',
              domain: 'global',
              reason: 'insufficientPermissions',
            },
          ],
        },
      });
    const adapter = makeAdapter();
    await adapter.start(makeAdapterContext().context);
    const err = (await adapter.apply(action()).catch((e: unknown) => e)) as PlatformError;
    expect(scope.isDone()).toBe(true);
    expect(err.pausePage).toBe(true);
    expect(err.message).toContain('youtube.force-ssl');
  });
});

describe('YouTube adapter: configuration', () => {
  it('is off unless configured, refuses a partial configuration, and builds from the variables', () => {
    const logger = createLogger({ level: 'silent' });
    expect(createYouTubeAdapter({ ...makeTestConfig(), logger })).toBeNull();
    expect(() =>
      createYouTubeAdapter({ ...makeTestConfig({ YOUTUBE_CHANNEL_ID: CHANNEL }), logger }),
    ).toThrow(/YOUTUBE_CLIENT_ID, YOUTUBE_CLIENT_SECRET, YOUTUBE_REFRESH_TOKEN/);
    const adapter = createYouTubeAdapter({
      ...makeTestConfig({
        YOUTUBE_CHANNEL_ID: CHANNEL,
        YOUTUBE_CLIENT_ID: 'id',
        YOUTUBE_CLIENT_SECRET: SECRET,
        YOUTUBE_REFRESH_TOKEN: REFRESH,
      }),
      logger,
    });
    expect(adapter?.platform).toBe('youtube');
    expect(adapter?.capabilities).toMatchObject({
      hide: true,
      unhide: true,
      hideIsReversible: true,
    });
  });
});
