import { afterEach, expect, it, beforeEach } from 'vitest';
import { PlatformError } from '../../src/errors.js';
import { FakeAdapter } from '../helpers/fake-adapter.js';
import { incomingComment, type TestApp } from '../helpers/index.js';
import {
  forEachBackend,
  openTestApp,
  type BackendName,
  type BackendUnderTest,
} from '../helpers/backends.js';

let t: TestApp<BackendUnderTest>;
/** The backend of the suite running now (set before each test by forEachBackend's suite). */
let backend: BackendName = 'sqlite';
afterEach(async () => t?.cleanup());

forEachBackend('pipeline', (name) => {
  beforeEach(() => {
    backend = name;
  });
  it('stores, decides and hides strong obscenity through the adapter, recording both phases', async () => {
    const fb = new FakeAdapter('facebook');
    t = await openTestApp(backend, { adapters: [fb] });
    await t.app.start();
    const outcome = await t.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({ text: 'fuck you, what is this' }),
    });
    expect(outcome.action).toBe('hide');
    await t.app.executor.idle();
    expect(fb.calls).toHaveLength(1);
    expect(fb.calls[0]?.kind).toBe('hide');
    const commentId = outcome.commentId as number;
    const actions = await t.db.store.actions.forComment(commentId);
    expect(actions.map((a) => [a.kind, a.phase, a.actor, a.clause])).toEqual([
      ['hide', 'requested', 'system', 'J.3 obscenity'],
      ['hide', 'completed', 'system', 'J.3 obscenity'],
    ]);
    expect(actions[0]?.reason).toContain('fuck');
    expect((await t.db.store.comments.get(commentId))?.state).toBe('hidden');
    const [decision] = await t.db.store.comments.decisions(commentId);
    expect(decision?.flags).toEqual(['obscenity']);
    expect(actions[0]?.decisionId).toBe(decision?.id);
  });

  it('leaves civil criticism of the police visible and writes no action', async () => {
    const fb = new FakeAdapter('facebook');
    t = await openTestApp(backend, { adapters: [fb] });
    await t.app.start();
    const outcome = await t.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({
        text: 'The chief should resign. This department keeps failing the people it serves.',
      }),
    });
    await t.app.executor.idle();
    expect(outcome.action).toBe('allow');
    expect(fb.calls).toHaveLength(0);
    expect(await t.db.store.actions.forComment(outcome.commentId as number)).toEqual([]);
  });

  it('does not classify or act twice when the same comment arrives again', async () => {
    const fb = new FakeAdapter('facebook');
    t = await openTestApp(backend, { adapters: [fb] });
    await t.app.start();
    const c = incomingComment({ text: 'fuck you' });
    await t.app.pipeline.handle({ type: 'comment', comment: c });
    const again = await t.app.pipeline.handle({ type: 'comment', comment: c });
    await t.app.executor.idle();
    expect(again.change).toBe('unchanged');
    expect(fb.calls).toHaveLength(1);
    expect(await t.db.store.comments.decisions(again.commentId as number)).toHaveLength(1);
  });

  it('retries a platform 5xx and completes once the platform recovers', async () => {
    const fb = new FakeAdapter('facebook').failNext(
      new PlatformError('facebook', 'HTTP 500', { retryable: true }),
      new PlatformError('facebook', 'HTTP 503', { retryable: true }),
    );
    t = await openTestApp(backend, { adapters: [fb] });
    await t.app.start();
    const outcome = await t.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({ text: 'fuck off' }),
    });
    await t.app.executor.idle();
    expect(fb.calls).toHaveLength(3);
    const phases = (await t.db.store.actions.forComment(outcome.commentId as number)).map(
      (a) => a.phase,
    );
    expect(phases).toEqual(['requested', 'failed', 'failed', 'completed']);
  });

  it('sends a comment the platform refused to hide back to a person', async () => {
    const fb = new FakeAdapter('facebook').failNext(
      new PlatformError('facebook', 'can_hide is false', { retryable: false }),
    );
    t = await openTestApp(backend, { adapters: [fb] });
    await t.app.start();
    const outcome = await t.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({ text: 'fuck you' }),
    });
    await t.app.executor.idle();
    const comment = await t.db.store.comments.get(outcome.commentId as number);
    expect(comment?.state).toBe('visible');
    expect(comment?.reviewState).toBe('queued');
    expect(await t.db.store.actions.pending()).toHaveLength(0);
  });

  it('keeps actions requested while no adapter runs, and delivers them after a restart with one', async () => {
    t = await openTestApp(backend);
    await t.app.start();
    const outcome = await t.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({ text: 'fuck you' }),
    });
    await t.app.executor.idle();
    expect(await t.db.store.actions.pending()).toHaveLength(1);
    await t.app.stop();

    const { createApp } = await import('../../src/app.js');
    const { createModerator } = await import('../../moderation/index.js');
    const { makeTestConfig } = await import('../helpers/index.js');
    const fb = new FakeAdapter('facebook');
    const { config, secrets } = makeTestConfig();
    const second = createApp({
      config,
      secrets,
      store: t.db.store,
      logger: (await import('../../src/logger.js')).createLogger({ level: 'silent' }),
      moderator: createModerator(),
      adapters: [fb],
    });
    await second.start();
    await second.executor.idle();
    await second.stop();
    expect(fb.calls.map((c) => c.kind)).toEqual(['hide']);
    expect((await t.db.store.comments.get(outcome.commentId as number))?.state).toBe('hidden');
  });

  it('records an author deletion and keeps an unknown event verbatim', async () => {
    t = await openTestApp(backend);
    const c = incomingComment({ platformCommentId: 'del-1' });
    const { commentId } = await t.app.pipeline.handle({ type: 'comment', comment: c });
    await t.app.pipeline.handle({
      type: 'deleted',
      platform: 'facebook',
      platformCommentId: 'del-1',
      raw: '{"verb":"remove"}',
      source: 'webhook',
    });
    await t.app.pipeline.handle({
      type: 'unrecognized',
      platform: 'facebook',
      note: 'verb "wobble"',
      raw: '{"verb":"wobble"}',
      source: 'webhook',
    });
    const actions = await t.db.store.actions.forComment(commentId as number);
    expect(actions.map((a) => a.kind)).toEqual(['author_deleted']);
    const kept = await t.db.sql('SELECT note, raw_payload FROM raw_events');
    expect(kept).toEqual([{ note: 'verb "wobble"', raw_payload: '{"verb":"wobble"}' }]);
  });
});
