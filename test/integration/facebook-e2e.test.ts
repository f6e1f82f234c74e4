/**
 * End to end: the real app on loopback, the real Facebook adapter, and a fake Graph API on
 * 127.0.0.1 (node:http). A signed webhook for strong obscenity ends in a Graph hide call and a
 * complete record; a signed webhook for civil criticism is stored and left alone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createFacebookAdapter, FacebookAdapter } from '../../adapters/facebook/adapter.js';
import { createCapturedLogger } from '../../src/logger.js';
import {
  facebookCommentWebhook,
  postWebhook,
  startFakeGraph,
  type FakeGraph,
} from '../helpers/fake-graph.js';
import { makeTestApp, makeTestConfig, type TestApp } from '../helpers/index.js';

const PAGE_ID = '1001';
const POST_ID = '1001_2002';
const TOKEN = 'EAAGpagetokenSECRET123';
const APP_SECRET = 'app-secret-for-tests';

let fake: FakeGraph | undefined;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.cleanup();
  await fake?.close();
  t = undefined;
  fake = undefined;
});

async function startSystem() {
  fake = await startFakeGraph({ pageId: PAGE_ID, token: TOKEN });
  fake.posts.set(POST_ID, {
    message: 'Community meeting on the new patrol schedule, Thursday 6 pm at City Hall.',
    created_time: '2026-11-20T15:00:00+0000',
    permalink_url: 'https://www.facebook.com/1001/posts/2002',
  });
  const env = {
    FACEBOOK_PAGE_ID: PAGE_ID,
    FACEBOOK_PAGE_TOKEN: TOKEN,
    FACEBOOK_APP_SECRET: APP_SECRET,
    FACEBOOK_VERIFY_TOKEN: 'verify-me',
    FACEBOOK_GRAPH_URL: fake.url,
  };
  const { config, secrets } = makeTestConfig(env);
  const adapterLogs = createCapturedLogger();
  const adapter = createFacebookAdapter(
    { config, secrets, logger: adapterLogs.logger },
    { sleep: async () => undefined },
  );
  expect(adapter).toBeInstanceOf(FacebookAdapter);
  t = makeTestApp({ adapters: [adapter as FacebookAdapter], env });
  const { url } = await t.app.start();
  return { url, app: t.app, store: t.db.store, fake, adapterLogs: adapterLogs.lines };
}

describe('Facebook end to end', () => {
  it('hides strong obscenity through Graph and leaves civil criticism visible', async () => {
    const { url, app, store, fake, adapterLogs } = await startSystem();

    const obscene = facebookCommentWebhook({
      pageId: PAGE_ID,
      postId: POST_ID,
      commentId: '2002_3001',
      message: 'fuck you, what is wrong with you people',
    });
    const civil = facebookCommentWebhook({
      pageId: PAGE_ID,
      postId: POST_ID,
      commentId: '2002_3002',
      message: 'The department owes this family answers. This is a failure of leadership.',
    });
    expect((await postWebhook(url, 'facebook', obscene, APP_SECRET)).status).toBe(200);
    expect((await postWebhook(url, 'facebook', civil, APP_SECRET)).status).toBe(200);
    await fake.waitForCall((c) => c.method === 'POST' && c.path === '/2002_3001');
    await app.executor.idle();

    // The obscene comment: one Graph hide call, with the Page token.
    const hides = fake.hideCalls();
    expect(hides).toHaveLength(1);
    expect(hides[0]).toMatchObject({
      method: 'POST',
      path: '/2002_3001',
      form: { is_hidden: 'true' },
    });
    expect(hides[0]?.query.access_token).toBe(TOKEN);
    expect(hides[0]?.query.appsecret_proof).toMatch(/^[0-9a-f]{64}$/);
    expect(fake.comments.get('2002_3001')?.is_hidden).toBe(true);

    const hidden = await store.comments.findByPlatformId('facebook', '2002_3001');
    expect(hidden?.state).toBe('hidden');
    const [decision] = await store.comments.decisions(hidden?.id as number);
    expect(decision?.action).toBe('hide');
    expect(decision?.flags).toContain('obscenity');
    const actions = await store.actions.forComment(hidden?.id as number);
    expect(actions.map((a) => [a.kind, a.phase, a.actor, a.clause])).toEqual([
      ['hide', 'requested', 'system', 'J.3 obscenity'],
      ['hide', 'completed', 'system', 'J.3 obscenity'],
    ]);
    expect(actions[0]?.decisionId).toBe(decision?.id);
    // The post text the webhook lacked was fetched and stored for context.
    const context = await store.comments.context(hidden?.id as number);
    expect(context?.post?.text).toContain('Community meeting');
    const [version] = await store.comments.versions(hidden?.id as number);
    expect(version?.rawPayload).toBe(obscene);

    // The civil critical comment: stored, visible, no action, never sent to Graph.
    const kept = await store.comments.findByPlatformId('facebook', '2002_3002');
    expect(kept?.state).toBe('visible');
    const [civilDecision] = await store.comments.decisions(kept?.id as number);
    expect(civilDecision?.action).toBe('allow');
    expect(await store.actions.forComment(kept?.id as number)).toEqual([]);
    expect(fake.calls.some((c) => c.path.startsWith('/2002_3002'))).toBe(false);

    expect(JSON.stringify(adapterLogs)).not.toContain(TOKEN);
  });

  it('refuses an unsigned webhook with 401 and stores nothing', async () => {
    const { url, store } = await startSystem();
    const body = facebookCommentWebhook({
      pageId: PAGE_ID,
      postId: POST_ID,
      commentId: '2002_3003',
      message: 'fuck you',
    });
    expect((await postWebhook(url, 'facebook', body, null)).status).toBe(401);
    expect((await postWebhook(url, 'facebook', body, 'not-the-app-secret')).status).toBe(401);
    expect(await store.comments.count()).toBe(0);
  });

  it('answers the verification handshake', async () => {
    const { url } = await startSystem();
    const ok = await fetch(
      `${url}/webhooks/facebook?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1158201444`,
    );
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    const wrong = await fetch(
      `${url}/webhooks/facebook?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1`,
    );
    expect(wrong.status).toBe(403);
  });

  it('sends a comment Facebook will not let the Page hide (can_hide false) back to a person', async () => {
    const { url, app, store, fake } = await startSystem();
    fake.comments.set('2002_3006', { can_hide: false, is_hidden: false });
    const body = facebookCommentWebhook({
      pageId: PAGE_ID,
      postId: POST_ID,
      commentId: '2002_3006',
      message: 'fuck off',
    });
    expect((await postWebhook(url, 'facebook', body, APP_SECRET)).status).toBe(200);
    await fake.waitForCall((c) => c.method === 'GET' && c.path === '/2002_3006');
    await app.executor.idle();

    expect(fake.hideCalls()).toEqual([]);
    const comment = await store.comments.findByPlatformId('facebook', '2002_3006');
    expect(comment?.state).toBe('visible');
    expect(comment?.reviewState).toBe('queued');
    const log = await store.actions.forComment(comment?.id as number);
    expect(log.map((a) => [a.kind, a.phase])).toEqual([
      ['hide', 'requested'],
      ['hide', 'failed'],
    ]);
    expect(await store.actions.pending('facebook')).toEqual([]);
  });

  it('pauses the page on an expired token (190) and keeps the hide pending', async () => {
    const { url, app, store, fake, adapterLogs } = await startSystem();
    fake.script((c) => c.method === 'POST' && c.path === '/2002_3004', {
      status: 400,
      body: {
        error: {
          message: 'Error validating access token: Session has expired on Tuesday, 24-Nov-26.',
          type: 'OAuthException',
          code: 190,
          error_subcode: 463,
          fbtrace_id: 'AbCdEf',
        },
      },
    });
    const body = facebookCommentWebhook({
      pageId: PAGE_ID,
      postId: POST_ID,
      commentId: '2002_3004',
      message: 'fuck you, the lot of you',
    });
    expect((await postWebhook(url, 'facebook', body, APP_SECRET)).status).toBe(200);
    await fake.waitForCall((c) => c.method === 'POST' && c.path === '/2002_3004');
    await app.executor.idle();

    const comment = await store.comments.findByPlatformId('facebook', '2002_3004');
    expect(comment?.state).toBe('visible');
    const pending = await store.actions.pending('facebook');
    expect(pending.map((p) => [p.kind, p.platformCommentId])).toEqual([['hide', '2002_3004']]);
    const page = await store.pages.find('facebook', PAGE_ID);
    expect(page?.pausedReason).toContain('the Facebook Page token expired or was revoked');
    expect(page?.pausedReason).toContain('pending actions are kept');
    expect(app.executor.pausedPlatforms().has('facebook')).toBe(true);
    const log = await store.actions.forComment(comment?.id as number);
    expect(log.map((a) => a.phase)).toEqual(['requested', 'failed']);
    expect(JSON.stringify(log)).not.toContain(TOKEN);
    expect(JSON.stringify(adapterLogs)).not.toContain(TOKEN);
  });
});
