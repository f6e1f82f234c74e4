import { afterEach, expect, it, beforeEach } from 'vitest';
import type { ReviewChannel } from '../../src/app.js';
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

/** An adapter whose platform cannot undo a hide, so it narrows the automatic policy. */
class CautiousAdapter extends FakeAdapter {
  readonly defaultPolicy = { autoHide: { obscenity: false } };
}

forEachBackend('pipeline hooks for platforms and review channels', (name) => {
  beforeEach(() => {
    backend = name;
  });
  it("applies an adapter's policy defaults, and a page's own settings still win", async () => {
    const adapter = new CautiousAdapter('discord');
    t = await openTestApp(backend, { adapters: [adapter] });
    await t.app.start();
    const first = await t.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({ platform: 'discord', text: 'fuck you' }),
    });
    expect(first.action).toBe('queue');

    const page = (await t.db.store.pages.list())[0];
    await t.db.store.pages.setSettings(
      page?.id as number,
      JSON.stringify({ autoHide: { obscenity: true } }),
    );
    const second = await t.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({ platform: 'discord', text: 'fuck off' }),
    });
    expect(second.action).toBe('hide');
    await t.app.executor.idle();
    expect(adapter.calls.map((c) => c.kind)).toEqual(['hide']);
  });

  it('tells every review channel about a queued comment, and a failing one changes nothing', async () => {
    const seen: number[] = [];
    const broken: ReviewChannel = {
      queued() {
        throw new Error('discord is down');
      },
    };
    const adapter = new CautiousAdapter('discord');
    t = await openTestApp(backend, {
      adapters: [adapter],
      reviewChannels: () => [broken, { queued: (id) => seen.push(id) }],
    });
    const queued = await t.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({ platform: 'discord', text: 'shit' }),
    });
    const allowed = await t.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({ platform: 'discord', text: 'Thanks for the update.' }),
    });
    expect(queued.action).toBe('queue');
    expect(allowed.action).toBe('allow');
    expect(seen).toEqual([queued.commentId]);
    expect((await t.db.store.comments.get(queued.commentId as number))?.reviewState).toBe('queued');
  });

  it('shows a comment again in the review channels when the platform refuses the hide', async () => {
    const seen: number[] = [];
    const adapter = new FakeAdapter('facebook').failNext(
      new PlatformError('facebook', 'this comment cannot be hidden (can_hide is false)', {
        retryable: false,
      }),
    );
    t = await openTestApp(backend, {
      adapters: [adapter],
      reviewChannels: () => [{ queued: (id) => seen.push(id) }],
    });
    await t.app.start();
    const hidden = await t.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({ platform: 'facebook', text: 'fuck off' }),
    });
    expect(hidden.action).toBe('hide');
    expect(seen).toEqual([]);
    await t.app.executor.idle();
    // The bot could not act: the comment is back in the queue, and Discord is told so.
    expect((await t.db.store.comments.get(hidden.commentId as number))?.reviewState).toBe('queued');
    expect(seen).toEqual([hidden.commentId]);
  });
});
