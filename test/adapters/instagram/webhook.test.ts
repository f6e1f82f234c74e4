import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestEvent, WebhookRequest } from '../../../adapters/types.js';
import { signWebhook } from '../../helpers/fake-graph.js';
import {
  ACCOUNT_ID,
  APP_SECRET,
  V,
  VERIFY_TOKEN,
  fixture,
  fixtureJson,
  graph,
  makeInstagram,
  withToken,
} from './setup.js';

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

/** `signature` null sends none. */
function post(
  body: string,
  signature: string | null = signWebhook(body, APP_SECRET),
): WebhookRequest {
  return {
    method: 'POST',
    query: {},
    headers: signature === null ? {} : { 'x-hub-signature-256': signature },
    rawBody: Buffer.from(body, 'utf8'),
  };
}

async function handle(
  adapter: ReturnType<typeof makeInstagram>['adapter'],
  request: WebhookRequest,
) {
  if (!adapter.webhook) throw new Error('webhook not configured');
  return adapter.webhook.handle(request);
}

function expectCaptionLookup() {
  return graph()
    .get(`${V}/18000000000000001`)
    .query(withToken({ fields: 'id,caption,timestamp,permalink,comments_count' }))
    .reply(200, fixtureJson('graph-media.json'));
}

function only(events: IngestEvent[]): IngestEvent {
  expect(events).toHaveLength(1);
  return events[0] as IngestEvent;
}

describe('Instagram webhook', () => {
  it('answers the handshake with the shared verify token, and refuses a wrong one', async () => {
    const { adapter } = makeInstagram();
    const ok = await handle(adapter, {
      method: 'GET',
      query: { 'hub.mode': 'subscribe', 'hub.verify_token': VERIFY_TOKEN, 'hub.challenge': '42' },
      headers: {},
      rawBody: Buffer.alloc(0),
    });
    expect(ok.response).toMatchObject({ status: 200, body: '42' });
    const wrong = await handle(adapter, {
      method: 'GET',
      query: { 'hub.mode': 'subscribe', 'hub.verify_token': 'nope', 'hub.challenge': '42' },
      headers: {},
      rawBody: Buffer.alloc(0),
    });
    expect(wrong.response.status).toBe(403);
  });

  it('refuses unsigned and wrongly signed bodies with 401', async () => {
    const { adapter, logs } = makeInstagram();
    const body = fixture('webhook-comment.json');
    expect((await handle(adapter, post(body, null))).response.status).toBe(401);
    expect((await handle(adapter, post(body, signWebhook(body, 'other')))).response.status).toBe(
      401,
    );
    const reserialized = JSON.stringify(JSON.parse(body));
    expect(
      (await handle(adapter, post(body, signWebhook(reserialized, APP_SECRET)))).response.status,
    ).toBe(401);
    expect(logs.filter((l) => String(l.msg).startsWith('webhook refused'))).toHaveLength(3);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('maps a comment, with the caption fetched for context', async () => {
    const scope = expectCaptionLookup();
    const { adapter } = makeInstagram();
    const body = fixture('webhook-comment.json');
    const result = await handle(adapter, post(body));
    expect(result.response.status).toBe(200);
    expect(only(result.events)).toEqual({
      type: 'comment',
      comment: {
        platform: 'instagram',
        page: { platformPageId: ACCOUNT_ID, name: undefined },
        post: {
          platformPostId: '18000000000000001',
          text: 'Road closure on Last Chance Gulch tonight from 7 pm.',
          url: 'https://www.instagram.com/p/DAbCdEf/',
          createdAt: '2026-11-24T09:00:00.000Z',
        },
        platformCommentId: '17900000000000001',
        parentPlatformId: undefined,
        author: { id: '6100000000000001', name: 'helena_local' },
        text: 'When will the road reopen?',
        createdAt: '2026-11-24T11:55:00.000Z',
        raw: body,
        source: 'webhook',
      },
    });
    expect(scope.isDone()).toBe(true);
  });

  it('maps a reply with its parent, reusing the cached caption', async () => {
    const scope = expectCaptionLookup();
    const { adapter } = makeInstagram();
    await handle(adapter, post(fixture('webhook-comment.json')));
    const reply = only((await handle(adapter, post(fixture('webhook-reply.json')))).events);
    expect(reply).toMatchObject({
      type: 'comment',
      comment: { platformCommentId: '17900000000000002', parentPlatformId: '17900000000000001' },
    });
    expect(reply.type === 'comment' && reply.comment.post?.text).toContain('Road closure');
    expect(scope.isDone()).toBe(true);
  });

  it('stores the comment without the caption when the lookup fails', async () => {
    const scope = graph().get(`${V}/18000000000000001`).query(true).reply(503, 'unavailable');
    const { adapter } = makeInstagram();
    const event = only((await handle(adapter, post(fixture('webhook-comment.json')))).events);
    expect(event.type === 'comment' && event.comment.post).toEqual({
      platformPostId: '18000000000000001',
    });
    expect(scope.isDone()).toBe(true);
  });

  it('keeps other fields, other accounts and unparseable bodies verbatim', async () => {
    const { adapter } = makeInstagram();
    const mention = fixture('webhook-mention.json');
    expect(only((await handle(adapter, post(mention))).events)).toMatchObject({
      type: 'unrecognized',
      note: 'instagram field "mentions"',
      raw: mention,
    });
    const other = fixture('webhook-comment.json').replace(
      '"17841400000000001"',
      '"17841499999999999"',
    );
    expect(only((await handle(adapter, post(other))).events)).toMatchObject({
      type: 'unrecognized',
    });
    const broken = '{"object":"instagram",';
    expect(only((await handle(adapter, post(broken))).events)).toMatchObject({
      type: 'unrecognized',
      raw: broken,
    });
  });

  it('accepts an entry that carries field/value itself', async () => {
    const scope = expectCaptionLookup();
    const { adapter } = makeInstagram();
    const body = JSON.stringify({
      object: 'instagram',
      entry: [
        {
          id: ACCOUNT_ID,
          time: 1795521300,
          field: 'comments',
          value: { id: '17900000000000007', text: 'hello', media: { id: '18000000000000001' } },
        },
      ],
    });
    expect(only((await handle(adapter, post(body))).events)).toMatchObject({
      type: 'comment',
      comment: { platformCommentId: '17900000000000007', text: 'hello' },
    });
    expect(scope.isDone()).toBe(true);
  });
});
