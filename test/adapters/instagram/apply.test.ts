import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INSTAGRAM_TOKEN_EXPIRED } from '../../../adapters/instagram/adapter.js';
import type { PlatformActionRequest } from '../../../adapters/types.js';
import { PlatformError } from '../../../src/errors.js';
import { ACCOUNT_ID, TOKEN, V, fixtureJson, graph, makeInstagram, withToken } from './setup.js';

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

function action(kind: PlatformActionRequest['kind']): PlatformActionRequest {
  return {
    actionId: 3,
    kind,
    platformCommentId: '17900000000000001',
    platformPageId: ACCOUNT_ID,
    reason: 'Automatic hide: strong obscenity',
    clause: 'J.3 obscenity',
  };
}

async function failure(promise: Promise<unknown>): Promise<PlatformError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlatformError);
  return error as PlatformError;
}

describe('Instagram hide and unhide', () => {
  it('hides with hide=true and unhides with hide=false', async () => {
    const scope = graph()
      .post(`${V}/17900000000000001`, 'hide=true')
      .query(withToken())
      .reply(200, { success: true })
      .post(`${V}/17900000000000001`, 'hide=false')
      .query(withToken())
      .reply(200, { success: true });
    const { adapter } = makeInstagram();
    expect(await adapter.apply(action('hide'))).toEqual({ success: true, hidden: true });
    expect(await adapter.apply(action('unhide'))).toEqual({ success: true, hidden: false });
    expect(scope.isDone()).toBe(true);
  });

  it('error 190 pauses the account with the operator message', async () => {
    const scope = graph()
      .post(`${V}/17900000000000001`)
      .query(true)
      .reply(400, fixtureJson('graph-error-190.json'));
    const { adapter } = makeInstagram();
    const error = await failure(adapter.apply(action('hide')));
    expect(error.pausePage).toBe(true);
    expect(error.message).toBe(`${INSTAGRAM_TOKEN_EXPIRED} (Graph error 190/463)`);
    expect(error.message).not.toContain(TOKEN);
    expect(scope.isDone()).toBe(true);
  });

  it('5xx and time-outs are retryable; success:false and delete go to a person', async () => {
    const scope = graph()
      .post(`${V}/17900000000000001`)
      .query(true)
      .reply(502, 'Bad Gateway')
      .post(`${V}/17900000000000001`)
      .query(true)
      .delay(300)
      .reply(200, { success: true })
      .post(`${V}/17900000000000001`)
      .query(true)
      .reply(200, { success: false });
    const { adapter } = makeInstagram({}, { timeoutMs: 50 });
    expect((await failure(adapter.apply(action('hide')))).retryable).toBe(true);
    expect((await failure(adapter.apply(action('hide')))).message).toContain('timed out');
    expect((await failure(adapter.apply(action('hide')))).retryable).toBe(false);
    expect((await failure(adapter.apply(action('remove')))).retryable).toBe(false);
    expect(scope.isDone()).toBe(true);
  });
});
