/**
 * Deletions where the platform sends no event (issue 19): Instagram, YouTube and Bluesky are
 * asked again, through their documented calls (nock), about recent visible comments; one the
 * platform no longer returns is recorded as deleted by its author, with when and how it was
 * seen, and every version is kept. A refused check concludes nothing.
 */
import { readFileSync } from 'node:fs';
import nock from 'nock';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { BlueskyAdapter } from '../../adapters/bluesky/adapter.js';
import { YouTubeAdapter } from '../../adapters/youtube/adapter.js';
import type { PlatformAdapter } from '../../adapters/types.js';
import { createLogger } from '../../src/logger.js';
import type { Platform } from '../../src/store/types.js';
import { GRAPH, V, makeInstagram, withToken } from '../adapters/instagram/setup.js';
import { incomingComment, type TestApp } from '../helpers/index.js';
import {
  forEachBackend,
  openTestApp,
  type BackendName,
  type BackendUnderTest,
} from '../helpers/backends.js';

let t: TestApp<BackendUnderTest> | undefined;
/** The backend of the suite running now (set before each test by forEachBackend's suite). */
let backend: BackendName = 'sqlite';
beforeEach(() => nock.disableNetConnect());
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
  nock.cleanAll();
  nock.enableNetConnect();
});

async function withComments(adapter: PlatformAdapter, platform: Platform, ids: string[]) {
  t = await openTestApp(backend, { adapters: [adapter] });
  for (const id of ids) {
    await t.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({
        platform,
        page: { platformPageId: 'page-of-' + platform, name: 'Helena Police Department' },
        platformCommentId: id,
        text: `Is the road open yet? (${id})`,
        createdAt: new Date().toISOString(),
      }),
    });
  }
  return t;
}

async function expectDeleted(
  t: TestApp<BackendUnderTest>,
  platform: Platform,
  gone: string,
  kept: string[],
) {
  const store = t.db.store;
  const deleted = await store.comments.findByPlatformId(platform, gone);
  expect(deleted?.state).toBe('deleted_by_author');
  expect(await store.comments.versions(deleted?.id ?? 0)).toHaveLength(1);
  const entry = (await store.actions.forComment(deleted?.id ?? 0)).find(
    (a) => a.kind === 'author_deleted',
  );
  expect(entry?.reason).toMatch(
    new RegExp(
      `^Deleted on the platform: no longer returned by ${platform} when checked at \\d{4}-`,
    ),
  );
  expect(entry?.details).toMatchObject({ source: 'poll', seenBy: expect.any(String) });
  for (const id of kept) {
    expect((await store.comments.findByPlatformId(platform, id))?.state).toBe('visible');
  }
}

forEachBackend('deletion checks', (name) => {
  beforeEach(() => {
    backend = name;
  });
  it('Instagram: a comment that no longer exists (Graph error 100/33) is recorded deleted', async () => {
    const { adapter } = makeInstagram();
    const ids = ['17900000000000001', '17900000000000002', '17900000000000003'];
    const t = await withComments(adapter, 'instagram', ids);
    for (const id of [ids[0], ids[2]]) {
      nock(GRAPH)
        .get(`${V}/${id}`)
        .query(withToken({ fields: 'id' }))
        .reply(200, { id });
    }
    nock(GRAPH)
      .get(`${V}/${ids[1]}`)
      .query(withToken({ fields: 'id' }))
      .reply(400, {
        error: {
          message: 'Unsupported get request. Object with ID does not exist',
          type: 'GraphMethodException',
          code: 100,
          error_subcode: 33,
        },
      });
    const [report] = await t.app.checkDeletions();
    expect(report).toMatchObject({ platform: 'instagram', checked: 3, deleted: 1 });
    await expectDeleted(t, 'instagram', ids[1] as string, [ids[0] as string, ids[2] as string]);
  });

  it('Instagram: any other refusal concludes nothing', async () => {
    const { adapter } = makeInstagram();
    const t = await withComments(adapter, 'instagram', ['17900000000000009']);
    nock(GRAPH)
      .get(`${V}/17900000000000009`)
      .query(true)
      .reply(500, { error: { message: 'An unknown error occurred', code: 1 } });
    const [report] = await t.app.checkDeletions();
    expect(report).toMatchObject({ checked: 0, deleted: 0, error: expect.any(String) });
    const c = await t.db.store.comments.findByPlatformId('instagram', '17900000000000009');
    expect(c?.state).toBe('visible');
  });

  it('YouTube: comments.list by id leaves out the deleted one (1 quota unit for up to 50)', async () => {
    const adapter = new YouTubeAdapter({
      channelId: 'UCHelenaPD0000000000000a',
      apiUrl: 'https://youtube.test',
      oauthUrl: 'https://oauth.test',
      credentials: { clientId: 'id', clientSecret: 'secret', refreshToken: 'refresh' },
      dailyQuota: 10_000,
      pollIntervalMs: 600_000,
      logger: createLogger({ level: 'silent' }),
      autoPoll: false,
    });
    const t = await withComments(adapter, 'youtube', ['UgA', 'UgB', 'UgC']);
    nock('https://oauth.test')
      .post('/token')
      .reply(200, { access_token: 'ya29.token', expires_in: 3599, token_type: 'Bearer' });
    const list = nock('https://youtube.test')
      .get('/youtube/v3/comments')
      .query({ part: 'id', id: 'UgA,UgB,UgC', maxResults: '50' })
      .reply(200, {
        kind: 'youtube#commentListResponse',
        items: [
          { kind: 'youtube#comment', id: 'UgA' },
          { kind: 'youtube#comment', id: 'UgC' },
        ],
      });
    const [report] = await t.app.checkDeletions();
    expect(list.isDone()).toBe(true);
    expect(report).toMatchObject({ platform: 'youtube', checked: 3, deleted: 1 });
    await expectDeleted(t, 'youtube', 'UgB', ['UgA', 'UgC']);
  });

  it('Bluesky: getPosts leaves out the reply its author deleted', async () => {
    const PDS = 'https://pds.test';
    const adapter = new BlueskyAdapter({
      service: PDS,
      handle: 'helenapd.bsky.social',
      appPassword: 'abcd-efgh-ijkl-mnop',
      pollIntervalMs: 300_000,
      logger: createLogger({ level: 'silent' }),
      autoPoll: false,
    });
    const fixtures = new URL('../adapters/bluesky/fixtures/', import.meta.url);
    const session = JSON.parse(readFileSync(new URL('session.json', fixtures), 'utf8')) as object;
    const posts = JSON.parse(readFileSync(new URL('get-posts.json', fixtures), 'utf8')) as {
      posts: { uri: string }[];
    };
    const kept = posts.posts[0]?.uri as string;
    const gone = 'at://did:plc:dana234567234567234567234/app.bsky.feed.post/3lbrepc2kc2x';
    const t = await withComments(adapter, 'bluesky', [kept, gone]);
    nock(PDS)
      .post('/xrpc/com.atproto.server.createSession')
      .reply(200, session)
      .get('/xrpc/app.bsky.feed.getPosts')
      .query((q) => {
        const uris = ([] as unknown[]).concat(q.uris);
        return uris.includes(kept) && uris.includes(gone);
      })
      .reply(200, { posts: [posts.posts[0]] });
    const [report] = await t.app.checkDeletions();
    expect(report).toMatchObject({ platform: 'bluesky', checked: 2, deleted: 1 });
    await expectDeleted(t, 'bluesky', gone, [kept]);
  });
});
