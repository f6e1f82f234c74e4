import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestEvent, WebhookRequest } from '../../../adapters/types.js';
import { signWebhook } from '../../helpers/fake-graph.js';
import {
  APP_SECRET,
  V,
  VERIFY_TOKEN,
  fixture,
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

/** A POST as the HTTP app hands it over; `signature` null sends none. */
function post(
  body: string,
  signature: string | null = signWebhook(body, APP_SECRET),
): WebhookRequest {
  return {
    method: 'POST',
    query: {},
    headers: {
      'content-type': 'application/json',
      ...(signature === null ? {} : { 'x-hub-signature-256': signature }),
    },
    rawBody: Buffer.from(body, 'utf8'),
  };
}

function handshake(query: Record<string, string>): WebhookRequest {
  return { method: 'GET', query, headers: {}, rawBody: Buffer.alloc(0) };
}

async function handle(
  adapter: ReturnType<typeof makeFacebook>['adapter'],
  request: WebhookRequest,
) {
  if (!adapter.webhook) throw new Error('webhook not configured');
  return adapter.webhook.handle(request);
}

/** The post lookup every comment webhook makes once per post. */
function expectPostLookup(postId = '1001_2002') {
  return graph()
    .get(`${V}/${postId}`)
    .query(withToken({ fields: 'id,message,created_time,permalink_url' }))
    .reply(200, fixtureJson('graph-post.json'));
}

function only(events: IngestEvent[]): IngestEvent {
  expect(events).toHaveLength(1);
  return events[0] as IngestEvent;
}

describe('Facebook webhook: verification handshake', () => {
  it('echoes hub.challenge for the right verify token', async () => {
    const { adapter } = makeFacebook();
    const result = await handle(
      adapter,
      handshake({
        'hub.mode': 'subscribe',
        'hub.verify_token': VERIFY_TOKEN,
        'hub.challenge': '1158201444',
      }),
    );
    expect(result.response).toMatchObject({ status: 200, body: '1158201444' });
    expect(result.events).toEqual([]);
  });

  it('refuses a wrong verify token with 403 and logs it', async () => {
    const { adapter, logs } = makeFacebook();
    const result = await handle(
      adapter,
      handshake({ 'hub.mode': 'subscribe', 'hub.verify_token': 'guess', 'hub.challenge': '1' }),
    );
    expect(result.response.status).toBe(403);
    expect(result.response.body).not.toContain('1');
    expect(logs.some((l) => String(l.msg).includes('verify_token does not match'))).toBe(true);
  });

  it('refuses the handshake when no verify token is configured', async () => {
    const { adapter } = makeFacebook({ verifyToken: undefined });
    const result = await handle(
      adapter,
      handshake({ 'hub.mode': 'subscribe', 'hub.verify_token': 'anything', 'hub.challenge': '1' }),
    );
    expect(result.response.status).toBe(403);
  });

  it('has no webhook without an app secret (polling only)', () => {
    const { adapter } = makeFacebook({ appSecret: undefined });
    expect(adapter.webhook).toBeUndefined();
  });
});

describe('Facebook webhook: X-Hub-Signature-256', () => {
  it('accepts a body signed with the app secret', async () => {
    const scope = expectPostLookup();
    const { adapter } = makeFacebook();
    const body = fixture('webhook-comment-add.json');
    const result = await handle(adapter, post(body));
    expect(result.response.status).toBe(200);
    expect(only(result.events).type).toBe('comment');
    expect(scope.isDone()).toBe(true);
  });

  it('refuses a missing signature with 401, logs it and parses nothing', async () => {
    const { adapter, logs } = makeFacebook();
    const result = await handle(adapter, post(fixture('webhook-comment-add.json'), null));
    expect(result.response.status).toBe(401);
    expect(result.events).toEqual([]);
    expect(logs.find((l) => l.reason === 'missing')?.msg).toContain('webhook refused');
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('refuses a signature made with another secret', async () => {
    const { adapter, logs } = makeFacebook();
    const body = fixture('webhook-comment-add.json');
    const result = await handle(adapter, post(body, signWebhook(body, 'someone-elses-secret')));
    expect(result.response.status).toBe(401);
    expect(result.events).toEqual([]);
    expect(logs.some((l) => l.reason === 'mismatch')).toBe(true);
    expect(logsAreClean(logs)).toBe(true);
  });

  it('refuses a malformed or SHA-1 signature header', async () => {
    const { adapter, logs } = makeFacebook();
    const body = fixture('webhook-comment-add.json');
    for (const header of [
      'sha1=0123456789abcdef0123456789abcdef01234567',
      'sha256=zz',
      'garbage',
    ]) {
      const result = await handle(adapter, post(body, header));
      expect(result.response.status).toBe(401);
    }
    expect(logs.filter((l) => l.reason === 'malformed')).toHaveLength(3);
  });

  it('checks the raw bytes: a signature over re-serialized JSON does not match', async () => {
    const scope = expectPostLookup();
    const { adapter } = makeFacebook();
    // Meta escapes non-ASCII and its spacing differs from JSON.stringify.
    const raw = fixture('webhook-comment-add.json').replace(
      'Why was the road closed for six hours?',
      'Caf\\u00e9 owners want answers \\ud83d\\ude21',
    );
    const reserialized = JSON.stringify(JSON.parse(raw));
    expect(reserialized).not.toBe(raw);
    const refused = await handle(adapter, post(raw, signWebhook(reserialized, APP_SECRET)));
    expect(refused.response.status).toBe(401);

    const accepted = await handle(adapter, post(raw));
    expect(accepted.response.status).toBe(200);
    const event = only(accepted.events);
    expect(event.type === 'comment' && event.comment.text).toBe('Café owners want answers 😡');
    // What is kept is the exact bytes Meta signed.
    expect(event.type === 'comment' && event.comment.raw).toBe(raw);
    expect(scope.isDone()).toBe(true);
  });

  it('keeps a signed body that is not JSON verbatim and acknowledges it', async () => {
    const { adapter } = makeFacebook();
    const body = '{"object":"page","entry":[{"id":"1001"';
    const result = await handle(adapter, post(body));
    expect(result.response.status).toBe(200);
    expect(only(result.events)).toMatchObject({ type: 'unrecognized', raw: body });
  });
});

describe('Facebook webhook: feed verbs', () => {
  it('add → a new comment, with the post text fetched for context', async () => {
    const scope = expectPostLookup();
    const { adapter } = makeFacebook();
    const body = fixture('webhook-comment-add.json');
    const event = only((await handle(adapter, post(body))).events);
    expect(event).toEqual({
      type: 'comment',
      comment: {
        platform: 'facebook',
        page: { platformPageId: '1001', name: undefined },
        post: {
          platformPostId: '1001_2002',
          text: 'Road closure on Last Chance Gulch tonight from 7 pm for water main repairs.',
          url: 'https://www.facebook.com/1001/posts/2002',
          createdAt: '2026-11-24T09:00:00.000Z',
        },
        platformCommentId: '2002_3001',
        parentPlatformId: undefined,
        author: { id: '24680', name: 'Pat Resident' },
        text: 'Why was the road closed for six hours?',
        createdAt: '2026-11-24T11:55:00.000Z',
        raw: body,
        source: 'webhook',
        hiddenOnPlatform: undefined,
      },
    });
    expect(scope.isDone()).toBe(true);
  });

  it('add of a reply → a comment with its parent comment', async () => {
    const scope = expectPostLookup();
    const { adapter } = makeFacebook();
    const event = only((await handle(adapter, post(fixture('webhook-reply-add.json')))).events);
    expect(event.type === 'comment' && event.comment.parentPlatformId).toBe('2002_3001');
    expect(scope.isDone()).toBe(true);
  });

  it('edited → the same comment with its new text (a new version)', async () => {
    const scope = expectPostLookup();
    const { adapter } = makeFacebook();
    const event = only(
      (await handle(adapter, post(fixture('webhook-comment-edited.json')))).events,
    );
    expect(event).toMatchObject({
      type: 'comment',
      comment: {
        platformCommentId: '2002_3001',
        text: 'Why was the road closed for six hours? Nobody posted a detour.',
      },
    });
    expect(scope.isDone()).toBe(true);
  });

  it('remove → deleted', async () => {
    const { adapter } = makeFacebook();
    const body = fixture('webhook-comment-remove.json');
    expect(only((await handle(adapter, post(body))).events)).toEqual({
      type: 'deleted',
      platform: 'facebook',
      platformCommentId: '2002_3001',
      raw: body,
      source: 'webhook',
    });
  });

  it('hide and unhide → platform state changes', async () => {
    const { adapter } = makeFacebook();
    const hide = only((await handle(adapter, post(fixture('webhook-comment-hide.json')))).events);
    expect(hide).toMatchObject({
      type: 'platform_state',
      platformCommentId: '2002_3001',
      hidden: true,
    });
    const unhide = only(
      (await handle(adapter, post(fixture('webhook-comment-unhide.json')))).events,
    );
    expect(unhide).toMatchObject({
      type: 'platform_state',
      platformCommentId: '2002_3001',
      hidden: false,
    });
  });

  it('a hide that confirms civicmod’s own hide is not recorded as a change outside civicmod', async () => {
    const scope = graph()
      .get(`${V}/2002_3001`)
      .query(withToken({ fields: 'id,can_hide,is_hidden' }))
      .reply(200, { id: '2002_3001', can_hide: true, is_hidden: false })
      .post(`${V}/2002_3001`, 'is_hidden=true')
      .query(withToken())
      .reply(200, { success: true });
    const { adapter } = makeFacebook();
    await adapter.apply({
      actionId: 1,
      kind: 'hide',
      platformCommentId: '2002_3001',
      platformPageId: '1001',
      reason: 'test',
      clause: 'J.3 obscenity',
    });
    const echo = only((await handle(adapter, post(fixture('webhook-comment-hide.json')))).events);
    expect(echo).toMatchObject({ type: 'unrecognized' });
    expect(echo.type === 'unrecognized' && echo.note).toContain("civicmod's own hide");
    expect(scope.isDone()).toBe(true);
  });

  it('an unknown verb or item is kept verbatim as unrecognized', async () => {
    const { adapter } = makeFacebook();
    const verbBody = fixture('webhook-comment-unknown-verb.json');
    expect(only((await handle(adapter, post(verbBody))).events)).toEqual({
      type: 'unrecognized',
      platform: 'facebook',
      note: 'comment verb "block"',
      raw: verbBody,
      source: 'webhook',
    });
    const reaction = fixture('webhook-reaction.json');
    expect(only((await handle(adapter, post(reaction))).events)).toMatchObject({
      type: 'unrecognized',
      note: 'feed item "reaction" verb "add"',
      raw: reaction,
    });
  });

  it('a batch keeps each change apart, learns post text from a post change, and keeps other pages’ changes', async () => {
    const { adapter } = makeFacebook();
    // No post lookup: the status change in the same batch carried the post's text.
    const { events } = await handle(adapter, post(fixture('webhook-batch.json')));
    expect(events.map((e) => e.type)).toEqual(['unrecognized', 'comment', 'unrecognized']);
    const comment = events[1];
    expect(comment?.type === 'comment' && comment.comment.post?.text).toBe(
      'Lost dog found near Hill Park. Call dispatch to claim.',
    );
    const raw = comment?.type === 'comment' ? (JSON.parse(comment.comment.raw) as unknown) : null;
    expect(raw).toMatchObject({
      object: 'page',
      entry: [{ id: '1001', changes: [{ value: { comment_id: '2003_4001' } }] }],
    });
    expect(JSON.stringify(raw)).not.toContain('Lost dog');
    expect(events[2]).toMatchObject({
      note: 'change for page 9999, which is not FACEBOOK_PAGE_ID',
    });
  });
});

describe('Facebook webhook: post text', () => {
  it('fetches a post once and reuses it for the next comments', async () => {
    const scope = expectPostLookup();
    const { adapter } = makeFacebook();
    await handle(adapter, post(fixture('webhook-comment-add.json')));
    const second = only((await handle(adapter, post(fixture('webhook-reply-add.json')))).events);
    expect(second.type === 'comment' && second.comment.post?.text).toContain('Road closure');
    expect(scope.isDone()).toBe(true);
  });

  it('stores the comment without post text when the lookup fails, and does not hammer Graph', async () => {
    const scope = graph()
      .get(`${V}/1001_2002`)
      .query(true)
      .reply(500, {
        error: { message: 'An unknown error occurred', code: 1, type: 'OAuthException' },
      });
    const { adapter, logs } = makeFacebook();
    const first = only((await handle(adapter, post(fixture('webhook-comment-add.json')))).events);
    expect(first).toMatchObject({ type: 'comment', comment: { platformCommentId: '2002_3001' } });
    expect(first.type === 'comment' && first.comment.post?.text).toBeUndefined();
    // Within the back-off the next comment on that post does not try again.
    const second = only((await handle(adapter, post(fixture('webhook-reply-add.json')))).events);
    expect(second.type).toBe('comment');
    expect(scope.isDone()).toBe(true);
    expect(logs.some((l) => String(l.msg).includes('stored without it'))).toBe(true);
    expect(logsAreClean(logs)).toBe(true);
  });

  it('stores the comment without post text when the lookup times out', async () => {
    const scope = graph()
      .get(`${V}/1001_2002`)
      .query(true)
      .delay(300)
      .reply(200, fixtureJson('graph-post.json'));
    const { adapter } = makeFacebook({}, { lookupTimeoutMs: 50 });
    const started = Date.now();
    const event = only((await handle(adapter, post(fixture('webhook-comment-add.json')))).events);
    expect(Date.now() - started).toBeLessThan(250);
    expect(event.type === 'comment' && event.comment.post?.text).toBeUndefined();
    expect(scope.isDone()).toBe(true);
  });
});
