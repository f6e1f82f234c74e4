import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FACEBOOK_TOKEN_EXPIRED } from '../../../adapters/facebook/adapter.js';
import type { PlatformActionRequest } from '../../../adapters/types.js';
import { PlatformError } from '../../../src/errors.js';
import {
  APP_SECRET,
  PAGE_ID,
  TOKEN,
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

function action(kind: PlatformActionRequest['kind'], id = '2002_3001'): PlatformActionRequest {
  return {
    actionId: 11,
    kind,
    platformCommentId: id,
    platformPageId: PAGE_ID,
    reason: 'Automatic hide: strong obscenity ("fuck")',
    clause: 'J.3 obscenity',
  };
}

function commentState(state: { can_hide?: boolean; is_hidden?: boolean }, id = '2002_3001') {
  return graph()
    .get(`${V}/${id}`)
    .query(withToken({ fields: 'id,can_hide,is_hidden' }))
    .reply(200, { id, ...state });
}

async function failure(promise: Promise<unknown>): Promise<PlatformError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlatformError);
  return error as PlatformError;
}

describe('Facebook hide and unhide', () => {
  it('hides with is_hidden=true after checking can_hide', async () => {
    const state = commentState({ can_hide: true, is_hidden: false });
    const hide = graph()
      .post(`${V}/2002_3001`, 'is_hidden=true')
      .query(withToken())
      .reply(200, { success: true });
    const { adapter } = makeFacebook();
    expect(await adapter.apply(action('hide'))).toEqual({ success: true, is_hidden: true });
    expect(state.isDone() && hide.isDone()).toBe(true);
  });

  it('unhides with is_hidden=false', async () => {
    const state = commentState({ can_hide: true, is_hidden: true });
    const unhide = graph()
      .post(`${V}/2002_3001`, 'is_hidden=false')
      .query(withToken())
      .reply(200, { success: true });
    const { adapter } = makeFacebook();
    expect(await adapter.apply(action('unhide'))).toEqual({ success: true, is_hidden: false });
    expect(state.isDone() && unhide.isDone()).toBe(true);
  });

  it('does not call again for a comment already in the wanted state', async () => {
    const state = commentState({ can_hide: true, is_hidden: true });
    const { adapter } = makeFacebook();
    expect(await adapter.apply(action('hide'))).toEqual({
      success: true,
      is_hidden: true,
      unchanged: true,
    });
    expect(state.isDone()).toBe(true);
  });

  it('can_hide false → refused, not retryable: the comment goes back to a person', async () => {
    const state = commentState({ can_hide: false, is_hidden: false });
    const { adapter } = makeFacebook();
    const error = await failure(adapter.apply(action('hide')));
    expect(error.retryable).toBe(false);
    expect(error.pausePage).toBe(false);
    expect(error.message).toContain('can_hide is false');
    expect(error.message).toContain('a person must handle it');
    expect(state.isDone()).toBe(true);
  });

  it('error 190 → pauses the page with the operator message, never the token', async () => {
    const state = commentState({ can_hide: true, is_hidden: false });
    const hide = graph()
      .post(`${V}/2002_3001`)
      .query(true)
      .reply(400, fixtureJson('graph-error-190.json'));
    const { adapter, logs } = makeFacebook();
    const error = await failure(adapter.apply(action('hide')));
    expect(error.pausePage).toBe(true);
    expect(error.message).toBe(`${FACEBOOK_TOKEN_EXPIRED} (Graph error 190/463)`);
    expect(error.message).not.toContain(TOKEN);
    expect(logsAreClean(logs)).toBe(true);
    expect(state.isDone() && hide.isDone()).toBe(true);
  });

  it('429 → retryable after Retry-After, one attempt (the executor retries and logs each)', async () => {
    const state = commentState({ can_hide: true, is_hidden: false });
    const hide = graph()
      .post(`${V}/2002_3001`)
      .query(true)
      .reply(
        429,
        { error: { message: 'Application request limit reached', code: 4 } },
        { 'Retry-After': '30' },
      );
    const { adapter } = makeFacebook();
    const error = await failure(adapter.apply(action('hide')));
    expect(error.retryable).toBe(true);
    expect(error.retryAfterMs).toBe(30_000);
    expect(state.isDone() && hide.isDone()).toBe(true);
  });

  it('a 500 → retryable, one attempt', async () => {
    const state = commentState({ can_hide: true, is_hidden: false });
    const hide = graph().post(`${V}/2002_3001`).query(true).reply(500, 'Internal Server Error');
    const { adapter } = makeFacebook();
    const error = await failure(adapter.apply(action('hide')));
    expect(error.retryable).toBe(true);
    expect(error.message).toContain('HTTP 500');
    expect(state.isDone() && hide.isDone()).toBe(true);
  });

  it('a time-out → retryable', async () => {
    const state = graph()
      .get(`${V}/2002_3001`)
      .query(true)
      .delay(300)
      .reply(200, { id: '2002_3001' });
    const { adapter } = makeFacebook({}, { timeoutMs: 50 });
    const error = await failure(adapter.apply(action('hide')));
    expect(error.retryable).toBe(true);
    expect(error.message).toContain('timed out');
    expect(state.isDone()).toBe(true);
  });

  it('a Page rate limit (code 32, HTTP 400) waits for the BUC estimate; later actions wait without calling', async () => {
    const state = commentState({ can_hide: true, is_hidden: false });
    const hide = graph()
      .post(`${V}/2002_3001`)
      .query(true)
      .reply(400, fixtureJson('graph-error-page-rate-limit.json'), {
        'X-Business-Use-Case-Usage': JSON.stringify({
          [PAGE_ID]: [
            {
              type: 'pages',
              call_count: 100,
              total_cputime: 30,
              total_time: 40,
              estimated_time_to_regain_access: 3,
            },
          ],
        }),
      });
    const { adapter } = makeFacebook();
    const error = await failure(adapter.apply(action('hide')));
    expect(error.retryable).toBe(true);
    expect(error.retryAfterMs).toBe(180_000);
    const waiting = await failure(adapter.apply(action('hide', '2002_3002')));
    expect(waiting.retryable).toBe(true);
    expect(waiting.retryAfterMs).toBe(180_000);
    expect(state.isDone() && hide.isDone()).toBe(true);
  });

  it('a permission error → not retryable, says to check the permissions', async () => {
    const state = commentState({ can_hide: true, is_hidden: false });
    const hide = graph()
      .post(`${V}/2002_3001`)
      .query(true)
      .reply(403, fixtureJson('graph-error-permission.json'));
    const { adapter } = makeFacebook();
    const error = await failure(adapter.apply(action('hide')));
    expect(error.retryable).toBe(false);
    expect(error.pausePage).toBe(false);
    expect(error.message).toContain('lacks a permission');
    expect(state.isDone() && hide.isDone()).toBe(true);
  });

  it('never deletes, and refuses an id that is not a Graph id without calling', async () => {
    const { adapter } = makeFacebook();
    expect((await failure(adapter.apply(action('remove')))).retryable).toBe(false);
    expect((await failure(adapter.apply(action('hide', '../me/accounts')))).retryable).toBe(false);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('sends appsecret_proof = HMAC-SHA256(app secret, token)', async () => {
    const { createHmac } = await import('node:crypto');
    const proof = createHmac('sha256', APP_SECRET).update(TOKEN).digest('hex');
    const state = graph()
      .get(`${V}/2002_3001`)
      .query((q) => q.appsecret_proof === proof && q.access_token === TOKEN)
      .reply(200, { id: '2002_3001', can_hide: true, is_hidden: true });
    const { adapter } = makeFacebook();
    await adapter.apply(action('hide'));
    expect(state.isDone()).toBe(true);
  });
});
