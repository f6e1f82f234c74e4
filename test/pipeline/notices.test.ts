/**
 * Removal notices (issue 19): a hide on Facebook sends the author one Private Reply (through
 * nock, shaped as Meta documents it) with the page's text and the clause; a second hide of the
 * same comment sends none; a comment older than Meta's 7-day window gets none and the record
 * says why; a page with notices off sends nothing.
 */
import nock from 'nock';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ReviewService } from '../../src/review/service.js';
import { GRAPH, PAGE_ID, V, makeFacebook, withToken } from '../adapters/facebook/setup.js';
import { incomingComment, testReviewer, type TestApp } from '../helpers/index.js';
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

const fb = () => nock(GRAPH);

function hideCalls(id: string, times: number) {
  fb()
    .get(`${V}/${id}`)
    .query(withToken({ fields: 'id,can_hide,is_hidden' }))
    .times(times)
    .reply(200, { id, can_hide: true, is_hidden: false });
  fb()
    .post(`${V}/${id}`, (body: Record<string, string>) => body.is_hidden !== undefined)
    .query(withToken())
    .times(times)
    .reply(200, { success: true });
}

async function pageWithNotices(enabled: boolean) {
  const { adapter } = makeFacebook();
  t = await openTestApp(backend, { adapters: [adapter] });
  const page = { platformPageId: PAGE_ID, name: 'Helena Police Department' };
  // A first, ordinary comment creates the page; then its notice is set as the Chief would.
  await t.app.pipeline.handle({
    type: 'comment',
    comment: incomingComment({ page, platformCommentId: '2002_1' }),
  });
  const pageId = (await t.db.store.pages.find('facebook', PAGE_ID))?.id as number;
  await t.db.store.pages.setNotice(
    pageId,
    {
      enabled,
      template:
        'Your comment on {page} was hidden under the policy ({clause}). Appeal at {appeal_url}',
    },
    'user:1',
  );
  return { page, app: t.app, store: t.db.store };
}

forEachBackend('removal notices', (name) => {
  beforeEach(() => {
    backend = name;
  });
  it('sends one private reply with the text and the clause; a second hide sends none', async () => {
    const { page, app, store } = await pageWithNotices(true);
    hideCalls('2002_3001', 2);
    fb()
      .post(`${V}/2002_3001`, () => true)
      .query(withToken())
      .reply(200, { success: true }); // the restore between the two hides
    fb()
      .get(`${V}/2002_3001`)
      .query(withToken({ fields: 'id,can_hide,is_hidden' }))
      .reply(200, { id: '2002_3001', can_hide: true, is_hidden: true });
    const sent: unknown[] = [];
    const messages = fb()
      .post(`${V}/${PAGE_ID}/messages`, (body: unknown) => {
        sent.push(body);
        return true;
      })
      .query(withToken())
      .reply(200, { recipient_id: '7001', message_id: 'm_abc' });

    const { commentId } = await app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({
        page,
        platformCommentId: '2002_3001',
        text: 'fuck you all',
        createdAt: new Date().toISOString(),
      }),
    });
    await app.executor.idle();
    expect(messages.isDone()).toBe(true);
    expect(sent).toEqual([
      {
        recipient: { comment_id: '2002_3001' },
        message: {
          text: expect.stringMatching(
            /^Your comment on Helena Police Department was hidden under the policy \(J\.3 obscenity\)\. Appeal at \/appeal$/,
          ),
        },
      },
    ]);
    const id = commentId as number;
    let notices = (await store.actions.forComment(id)).filter((a) => a.kind === 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.details).toMatchObject({ ok: true, result: { message_id: 'm_abc' } });

    // A person restores it, then hides it again: Meta allows one message per comment.
    const review = new ReviewService(store, app.executor);
    const chief = testReviewer(1, 'chief', 'Chief');
    await review.decide(chief, {
      commentId: id,
      decision: 'restore',
      reasonCode: 'hidden_in_error',
    });
    await app.executor.idle();
    await review.decide(chief, { commentId: id, decision: 'hide', reasonCode: 'obscenity' });
    await app.executor.idle();
    notices = (await store.actions.forComment(id)).filter((a) => a.kind === 'notice');
    expect(notices).toHaveLength(1);
    expect((await store.comments.get(id))?.state).toBe('hidden');
  });

  it('sends none after Meta’s 7-day window, and says so; none at all when the page has them off', async () => {
    const { page, app, store } = await pageWithNotices(true);
    hideCalls('2002_4001', 1);
    const old = await app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({
        page,
        platformCommentId: '2002_4001',
        text: 'fuck you all',
        createdAt: new Date(Date.now() - 9 * 86_400_000).toISOString(),
      }),
    });
    await app.executor.idle();
    const notice = (await store.actions.forComment(old.commentId as number)).find(
      (a) => a.kind === 'notice',
    );
    expect(notice?.reason).toMatch(/only within 7 days of the comment/);
    expect(notice?.details).toMatchObject({ ok: false, tooLate: true });

    const pageId = (await store.pages.find('facebook', PAGE_ID))?.id as number;
    await store.pages.setNotice(pageId, { enabled: false, template: 'x' }, 'user:1');
    hideCalls('2002_5001', 1);
    const off = await app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({
        page,
        platformCommentId: '2002_5001',
        text: 'fuck you all',
        createdAt: new Date().toISOString(),
      }),
    });
    await app.executor.idle();
    expect((await store.comments.get(off.commentId as number))?.state).toBe('hidden');
    expect(
      (await store.actions.forComment(off.commentId as number)).some((a) => a.kind === 'notice'),
    ).toBe(false);
  });

  it('writes to an author who wrote in Spanish in Spanish, with the Spanish appeal page', async () => {
    const { page, app, store } = await pageWithNotices(true);
    hideCalls('2002_6001', 1);
    const sent: { message: { text: string } }[] = [];
    fb()
      .post(`${V}/${PAGE_ID}/messages`, (body: { message: { text: string } }) => {
        sent.push(body);
        return true;
      })
      .query(withToken())
      .reply(200, { recipient_id: '7002', message_id: 'm_es' });
    const { commentId } = await app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({
        page,
        platformCommentId: '2002_6001',
        text: 'chinga tu madre, pendejo',
        createdAt: new Date().toISOString(),
      }),
    });
    await app.executor.idle();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.message.text).toMatch(
      /^El departamento ocultó su comentario en Helena Police Department/,
    );
    expect(sent[0]?.message.text).toMatch(/apelar en \/appeal\?lang=es$/);
    const notice = (await store.actions.forComment(commentId as number)).find(
      (a) => a.kind === 'notice',
    );
    expect(notice?.details).toMatchObject({ ok: true, language: 'es' });
  });
});
