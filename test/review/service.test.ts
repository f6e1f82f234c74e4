import { DEFAULT_POLICY } from '../../moderation/index.js';
import { afterEach, expect, it } from 'vitest';
import { ReviewService, type Reviewer } from '../../src/review/service.js';
import { can, ROLES } from '../../src/review/permissions.js';
import { FakeAdapter } from '../helpers/fake-adapter.js';
import {
  forEachBackend,
  openTestApp,
  type BackendName,
  type BackendUnderTest,
} from '../helpers/backends.js';
import { incomingComment, testReviewer, type TestApp } from '../helpers/index.js';

let t: TestApp<BackendUnderTest>;
afterEach(async () => t?.cleanup());

const manager: Reviewer = testReviewer(1, 'content_manager', 'Casey Manager');
const chief: Reviewer = testReviewer(2, 'chief', 'Chief Lee');
const clerk: Reviewer = testReviewer(3, 'records_clerk', 'Robin Clerk');

async function setup(backend: BackendName) {
  const fb = new FakeAdapter('facebook');
  t = await openTestApp(backend, { adapters: [fb] });
  await t.app.start();
  const service = new ReviewService(t.db.store, t.app.executor);
  const { commentId } = await t.app.pipeline.handle({
    type: 'comment',
    comment: incomingComment({ text: 'Does anyone know if the Main St detour is still on?' }),
  });
  return { fb, service, commentId: commentId as number };
}

forEachBackend('review service', (backend) => {
  it('hides and restores through the platform, recording the person, reason and clause', async () => {
    const { fb, service, commentId } = await setup(backend);
    await service.decide(manager, {
      commentId,
      decision: 'hide',
      reasonCode: 'spam',
      note: 'repeated ad',
    });
    await t.app.executor.idle();
    expect((await t.db.store.comments.get(commentId))?.state).toBe('hidden');
    await service.decide(manager, {
      commentId,
      decision: 'restore',
      reasonCode: 'hidden_in_error',
    });
    await t.app.executor.idle();
    expect(fb.calls.map((c) => c.kind)).toEqual(['hide', 'unhide']);
    const log = await t.db.store.actions.forComment(commentId);
    expect(log.map((a) => [a.kind, a.phase, a.actor])).toEqual([
      ['hide', 'requested', 'user:1'],
      ['hide', 'completed', 'user:1'],
      ['unhide', 'requested', 'user:1'],
      ['unhide', 'completed', 'user:1'],
    ]);
    expect(log[0]?.reason).toBe('Spam or commercial promotion: repeated ad');
    expect(log[0]?.clause).toBe('J.3 off-topic');
    expect((await t.db.store.comments.get(commentId))?.state).toBe('visible');
  });

  it('lets only the Chief or designee decide an escalated comment', async () => {
    const { service, commentId } = await setup(backend);
    await service.decide(manager, { commentId, decision: 'escalate', reasonCode: 'needs_chief' });
    expect((await t.db.store.comments.get(commentId))?.reviewState).toBe('escalated');
    await expect(
      service.decide(manager, { commentId, decision: 'approve', reasonCode: 'not_a_violation' }),
    ).rejects.toThrow(/Content managers cannot/);
    await service.decide(chief, {
      commentId,
      decision: 'approve',
      reasonCode: 'protected_criticism',
    });
    expect((await t.db.store.comments.get(commentId))?.reviewState).toBe('closed');
  });

  it('refuses a records clerk, a reason that does not fit, and "other" without a note', async () => {
    const { fb, service, commentId } = await setup(backend);
    await expect(
      service.decide(clerk, { commentId, decision: 'hide', reasonCode: 'obscenity' }),
    ).rejects.toThrow(/cannot/);
    await expect(
      service.decide(manager, { commentId, decision: 'hide', reasonCode: 'not_a_violation' }),
    ).rejects.toThrow(/not a reason to hide/);
    await expect(
      service.decide(manager, { commentId, decision: 'hide', reasonCode: 'other', note: '  ' }),
    ).rejects.toThrow(/note/);
    await t.app.executor.idle();
    expect(fb.calls).toHaveLength(0);
    expect(await t.db.store.actions.forComment(commentId)).toEqual([]);
  });

  it('records page settings changes, and cannot be configured to auto-hide personal attacks', async () => {
    const { service } = await setup(backend);
    const [page] = await t.db.store.pages.list();
    const pageId = page?.id as number;
    const settings = {
      autoHide: { obscenity: true, spam: false },
      queueThreshold: {
        obscenity: 0.5,
        personal_attack: 0.6,
        off_topic: 0.5,
        threat: 0.5,
        personal_info: 0.5,
      },
      hideThreshold: { obscenity: 0.9, spam: 0.95 },
    };
    await expect(service.updatePageSettings(manager, pageId, settings, 'x')).rejects.toThrow(
      /cannot/,
    );
    await expect(
      service.updatePageSettings(
        chief,
        pageId,
        { ...settings, autoHide: { ...settings.autoHide, personal_attack: true } },
        'x',
      ),
    ).rejects.toThrow(/Settings not saved/);
    // The first change records the defaults in force as "before", so only what changed differs.
    const action = await service.updatePageSettings(
      chief,
      pageId,
      settings,
      'Spam wave is over',
      DEFAULT_POLICY,
    );
    expect(action.kind).toBe('settings_change');
    expect(action.details).toMatchObject({ before: DEFAULT_POLICY, after: settings });
    expect(JSON.parse((await t.db.store.pages.get(pageId))?.settingsJson ?? 'null')).toEqual(
      settings,
    );
  });

  it('grants moderation to content managers and the Chief only', () => {
    expect(ROLES.filter((r) => can(r, 'moderate'))).toEqual(['content_manager', 'chief']);
    expect(ROLES.filter((r) => can(r, 'records'))).toEqual(['records_clerk']);
  });
});
