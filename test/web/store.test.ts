import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { IncomingComment } from '../../src/store/types.js';
import { incomingComment, makeTestDb, type TestDb } from '../helpers/index.js';

let db: TestDb | undefined;
afterEach(() => db?.cleanup());

const newUser = {
  username: 'casey',
  displayName: 'Casey Morgan',
  role: 'content_manager' as const,
  passwordHash: 'scrypt$1024$8$1$c2FsdA==$aGFzaA==',
};

async function comment(store: TestDb['store'], overrides: Partial<IncomingComment>) {
  return store.comments.ingest(incomingComment(overrides));
}

describe('accounts store (migration 002)', () => {
  it('migrates a fresh database in memory', () => {
    const store = openSqliteStore(':memory:');
    const tables = store.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((r) => (r as { name: string }).name);
    expect(tables).toEqual(
      expect.arrayContaining(['users', 'sessions', 'login_attempts', 'page_compliance']),
    );
    store.close();
  });

  it('keeps usernames unique whatever their case, and Discord ids unique', async () => {
    db = makeTestDb();
    const user = await db.store.users.create({ ...newUser, discordUserId: '123456789012345678' });
    await expect(db.store.users.create({ ...newUser, username: 'CASEY' })).rejects.toThrow(
      /already an account named/,
    );
    await expect(
      db.store.users.create({ ...newUser, username: 'other', discordUserId: '123456789012345678' }),
    ).rejects.toThrow(/already linked/);
    expect((await db.store.users.findByDiscordId('123456789012345678'))?.id).toBe(user.id);
    expect((await db.store.users.findByUsername('Casey'))?.id).toBe(user.id);
    expect(await db.store.users.displayNames([user.id, user.id, 999])).toEqual(
      new Map([[user.id, 'Casey Morgan']]),
    );
  });

  it('refuses a role outside the four', () => {
    db = makeTestDb();
    expect(() =>
      db?.store.db
        .prepare(
          "INSERT INTO users (username, display_name, role, password_hash, created_at) VALUES ('x', 'x', 'root', 'h', 'now')",
        )
        .run(),
    ).toThrow(/CHECK constraint/);
  });

  it('keeps every compliance confirmation and shows the latest per item', async () => {
    db = makeTestDb();
    const user = await db.store.users.create(newUser);
    const { pageId } = await comment(db.store, {});
    await db.store.compliance.confirm({ pageId, item: 'J.2', userId: user.id, note: 'About' });
    await db.store.compliance.confirm({
      pageId,
      item: 'J.2',
      userId: user.id,
      note: 'Pinned post',
    });
    await db.store.compliance.confirm({ pageId, item: 'J.4', userId: user.id });
    const latest = await db.store.compliance.latest(pageId);
    expect(latest.map((c) => [c.item, c.note, c.confirmedByName])).toEqual([
      ['J.2', 'Pinned post', 'Casey Morgan'],
      ['J.4', null, 'Casey Morgan'],
    ]);
    expect(db.store.db.prepare('SELECT COUNT(*) AS n FROM page_compliance').get()).toEqual({
      n: 3,
    });
  });
});

describe('dashboard queries', () => {
  it('lists the queue oldest first with filters, the thread above and the author history', async () => {
    db = makeTestDb();
    const s = db.store;
    const root = await comment(s, {
      platformCommentId: 'root',
      text: 'Is the road open?',
      author: { id: 'a', name: 'Ann' },
    });
    const reply = await comment(s, {
      platformCommentId: 'reply',
      parentPlatformId: 'root',
      text: 'Ask the idiots at the station',
      author: { id: 'b', name: 'Bob' },
    });
    const later = await comment(s, {
      platformCommentId: 'later',
      parentPlatformId: 'reply',
      text: 'Bob again',
      author: { id: 'b', name: 'Bob' },
      createdAt: '2026-12-01T00:00:00.000Z',
    });
    const other = await comment(s, {
      platform: 'instagram',
      page: { platformPageId: 'ig' },
      platformCommentId: 'ig1',
      text: 'hello',
    });
    for (const [c, flags] of [
      [reply, ['personal_attack']],
      [later, ['threat']],
      [other, ['personal_attack']],
    ] as const) {
      await s.comments.recordDecision({
        commentId: c.commentId,
        versionId: c.versionId,
        classifierVersion: 't',
        action: 'queue',
        flags,
        scores: {},
        reasons: [],
      });
    }
    const all = await s.dashboard.queue({ reviewStates: ['queued'] }, 10);
    expect(all.map((i) => i.comment.platformCommentId)).toEqual(['reply', 'later', 'ig1']);
    expect(await s.dashboard.queueCount({ reviewStates: ['queued'] })).toBe(3);
    const attacks = await s.dashboard.queue(
      { reviewStates: ['queued'], category: 'personal_attack', platform: 'facebook' },
      10,
    );
    expect(attacks.map((i) => i.comment.platformCommentId)).toEqual(['reply']);
    const after = await s.dashboard.queue(
      { reviewStates: ['queued'], afterId: reply.commentId },
      10,
    );
    expect(after.map((i) => i.comment.platformCommentId)).toEqual(['later', 'ig1']);
    expect((await s.dashboard.thread(later.commentId, 5)).map((c) => c.text)).toEqual([
      'Is the road open?',
      'Ask the idiots at the station',
    ]);
    expect((await s.dashboard.authorHistory(later.commentId, 5)).map((c) => c.text)).toEqual([
      'Ask the idiots at the station',
    ]);
    await s.comments.setReviewState(reply.commentId, 'closed');
    expect(
      await s.dashboard.stillIn([reply.commentId, later.commentId, root.commentId], ['queued']),
    ).toEqual([later.commentId]);
  });

  it("counts the bot's hides and how many people restored or kept", async () => {
    db = makeTestDb();
    const s = db.store;
    const hideAndMaybe = async (then: 'restore' | 'keep' | 'none') => {
      const c = await comment(s, {});
      const { action } = await s.decide(
        {
          commentId: c.commentId,
          versionId: c.versionId,
          classifierVersion: 't',
          action: 'hide',
          flags: ['obscenity'],
          scores: { obscenity: 0.95 },
          reasons: [],
        },
        {
          phase: 'requested',
          action: {
            kind: 'hide',
            commentId: c.commentId,
            platform: 'facebook',
            actor: 'system',
            reason: 'strong obscenity',
            clause: 'J.3 obscenity',
          },
        },
      );
      if (action) await s.actions.complete(action.actionId, {});
      if (then === 'none') return;
      await s.actions.request({
        kind: then === 'restore' ? 'unhide' : 'hide',
        commentId: c.commentId,
        platform: 'facebook',
        actor: 'user:1',
        reason: 'review',
        clause: 'J.3',
      });
    };
    await hideAndMaybe('restore');
    await hideAndMaybe('keep');
    await hideAndMaybe('none');
    await hideAndMaybe('none');
    const since = '2000-01-01T00:00:00.000Z';
    expect(await s.reports.botHideOutcomes({ sinceIso: since })).toEqual([
      { clause: 'J.3 obscenity', hidden: 4, restored: 1, kept: 1 },
    ]);
    const delays = await s.reports.secondsToHumanDecision({ sinceIso: since });
    expect(delays).toHaveLength(2);
    expect(delays.every((d) => d >= 0 && d < 60)).toBe(true);
    const [page] = await s.reports.byPage({ sinceIso: since });
    expect(page).toMatchObject({
      comments: 4,
      flagged: 4,
      botHides: 4,
      personHides: 1,
      restores: 1,
    });
  });
});
