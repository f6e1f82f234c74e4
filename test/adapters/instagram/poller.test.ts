import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INSTAGRAM_TOKEN_EXPIRED } from '../../../adapters/instagram/adapter.js';
import { IG_POLL_CURSOR_KEY } from '../../../adapters/instagram/poller.js';
import type { IngestEvent } from '../../../adapters/types.js';
import {
  ACCOUNT_ID,
  NOW,
  V,
  fixtureJson,
  graph,
  logsAreClean,
  makeInstagram,
  withToken,
} from './setup.js';

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

const MEDIA_FIELDS = 'id,caption,timestamp,permalink,comments_count';
const REPLY_FIELDS = 'id,text,timestamp,username,from,hidden,parent_id';
const COMMENT_FIELDS = `${REPLY_FIELDS},replies{${REPLY_FIELDS}}`;

function comments(events: IngestEvent[]) {
  return events.flatMap((e) => (e.type === 'comment' ? [e.comment] : []));
}

describe('Instagram polling', () => {
  it('reads media of the look-back across pages, their comments, expanded and paged replies', async () => {
    const scope = graph()
      .get(`${V}/${ACCOUNT_ID}/media`)
      .query(withToken({ fields: MEDIA_FIELDS, limit: '50' }))
      .reply(200, fixtureJson('graph-media-page1.json'))
      .get(`${V}/${ACCOUNT_ID}/media`)
      .query(withToken({ fields: MEDIA_FIELDS, after: 'QVFIUm1lZAGlhMg' }))
      .reply(200, fixtureJson('graph-media-page2.json'))
      .get(`${V}/${ACCOUNT_ID}/media`)
      .query(withToken({ after: 'QVFIUm1lZAGlhMw' }))
      .reply(200, {
        // Entirely older than the look-back: paging ends here although `next` is present.
        data: [
          { id: '18000000000000004', timestamp: '2026-09-01T00:00:00+0000', comments_count: 4 },
        ],
        paging: {
          cursors: { after: 'QVFIUm1lZAGlhNA' },
          next: 'https://graph.facebook.com/v23.0/x?after=QVFIUm1lZAGlhNA',
        },
      })
      .get(`${V}/18000000000000001/comments`)
      .query(withToken({ fields: COMMENT_FIELDS, limit: '50' }))
      .reply(200, fixtureJson('graph-comments.json'))
      .get(`${V}/17900000000000003/replies`)
      .query(withToken({ fields: REPLY_FIELDS, limit: '50' }))
      .reply(200, fixtureJson('graph-replies.json'));
    const { adapter, context, events, cursors } = makeInstagram();
    await adapter.start(context);

    const summary = await adapter.pollOnce();

    expect(summary).toEqual({ media: 2, comments: 5, complete: true });
    const ingested = comments(events);
    expect(
      ingested.map((c) => [c.platformCommentId, c.parentPlatformId, c.hiddenOnPlatform]),
    ).toEqual([
      ['17900000000000001', undefined, false],
      ['17900000000000002', '17900000000000001', false],
      ['17900000000000003', undefined, true],
      ['17900000000000004', '17900000000000003', false],
      ['17900000000000005', '17900000000000003', false],
    ]);
    expect(ingested[0]).toMatchObject({
      platform: 'instagram',
      page: { platformPageId: ACCOUNT_ID },
      post: {
        platformPostId: '18000000000000001',
        text: 'Road closure on Last Chance Gulch tonight from 7 pm.',
      },
      author: { id: '6100000000000001', name: 'helena_local' },
      createdAt: '2026-11-24T11:55:00.000Z',
      source: 'poll',
    });
    // A reply without `from` still names its author by username.
    expect(ingested[3]?.author).toEqual({ id: undefined, name: 'ari' });
    expect(cursors.get(IG_POLL_CURSOR_KEY)).toBe(new Date(NOW).toISOString());
    expect(scope.isDone()).toBe(true);
  });

  it('slows down on high usage and retries 429 and 500', async () => {
    const scope = graph()
      .get(`${V}/${ACCOUNT_ID}/media`)
      .query(true)
      .reply(
        429,
        { error: { message: 'Application request limit reached', code: 4 } },
        { 'Retry-After': '1' },
      )
      .get(`${V}/${ACCOUNT_ID}/media`)
      .query(true)
      .reply(500, {
        error: { message: 'Please retry your request later.', code: 2, is_transient: true },
      })
      .get(`${V}/${ACCOUNT_ID}/media`)
      .query(true)
      .reply(
        200,
        {
          data: [
            { id: '18000000000000001', timestamp: '2026-11-24T09:00:00+0000', comments_count: 1 },
          ],
        },
        {
          'X-Business-Use-Case-Usage': JSON.stringify({
            [ACCOUNT_ID]: [
              {
                type: 'instagram',
                call_count: 80,
                total_cputime: 1,
                total_time: 1,
                estimated_time_to_regain_access: 0,
              },
            ],
          }),
        },
      )
      .get(`${V}/18000000000000001/comments`)
      .query(true)
      .reply(200, { data: [] });
    const { adapter, context, sleeps, logs } = makeInstagram();
    await adapter.start(context);
    expect((await adapter.pollOnce()).complete).toBe(true);
    expect(sleeps[0]).toBe(1000);
    expect(sleeps[1]).toBeGreaterThanOrEqual(100);
    // 80% → 2 s before the comments read.
    expect(sleeps[2]).toBe(2000);
    expect(logsAreClean(logs)).toBe(true);
    expect(scope.isDone()).toBe(true);
  });

  it('an expired token (190) pauses the account and stops polling', async () => {
    const scope = graph()
      .get(`${V}/${ACCOUNT_ID}`)
      .query(withToken({ fields: 'id,username' }))
      .reply(400, fixtureJson('graph-error-190.json'));
    const { adapter, context, pauses, logs } = makeInstagram({}, { poll: true });
    await adapter.start(context);
    await vi.waitFor(() => expect(pauses).toHaveLength(1));
    expect(pauses[0]).toBe(`${INSTAGRAM_TOKEN_EXPIRED} (Graph error 190/463)`);
    await adapter.stop();
    expect(logsAreClean(logs)).toBe(true);
    expect(scope.isDone()).toBe(true);
  });
});
