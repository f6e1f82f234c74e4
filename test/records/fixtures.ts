/**
 * A mixed set of comments for the records tests: every state, edits, decisions with flags and
 * evidence, platform and person actions, several platforms and dates, and texts that try to
 * break a spreadsheet or a web page.
 */
import { incomingComment, makeTestDb, type TestDb } from '../helpers/index.js';
import type { IncomingComment, Store } from '../../src/store/types.js';

export interface Clock {
  now: Date;
  set(iso: string): void;
}

export function makeClock(iso = '2026-03-01T12:00:00.000Z'): Clock {
  const clock = {
    now: new Date(iso),
    set(value: string) {
      clock.now = new Date(value);
    },
  };
  return clock;
}

export function makeRecordsDb(clock: Clock): TestDb {
  return makeTestDb({ now: () => clock.now });
}

export interface Seeded {
  /** A Facebook comment, edited once; its first version carries a phone number. */
  edited: number;
  hidden: number;
  removed: number;
  deletedByAuthor: number;
  /** Facebook, outside the March date range. */
  february: number;
  /** Instagram, inside the range. */
  instagram: number;
  /** Text and author that try formula injection and HTML injection. */
  hostile: number;
  phone: string;
}

async function ingest(
  db: { store: Store },
  clock: Clock,
  at: string,
  overrides: Partial<IncomingComment>,
) {
  clock.set(at);
  return db.store.comments.ingest(incomingComment({ createdAt: at, ...overrides }));
}

export async function seedMixed(db: { store: Store }, clock: Clock): Promise<Seeded> {
  const { store } = db;
  const phone = '406-555-0199';
  const firstText = `The officer at the road closure was rude. Call me at ${phone}.`;
  const at = firstText.indexOf(phone);
  const e = await ingest(db, clock, '2026-03-02T10:00:00.000Z', {
    platformCommentId: 'fb-edited',
    author: { id: 'a-1', name: 'Dana Whitfield' },
    text: firstText,
  });
  const d1 = await store.comments.recordDecision({
    commentId: e.commentId,
    versionId: e.versionId,
    classifierVersion: 'test-1',
    action: 'queue',
    flags: ['personal_info'],
    scores: { personal_info: 0.9 },
    reasons: [
      {
        category: 'personal_info',
        clause: 'I.3 human decision (personal information)',
        label: 'phone number',
        evidence: [{ start: at, end: at + phone.length, text: phone }],
      },
    ],
  });
  await store.actions.record({
    kind: 'queue',
    commentId: e.commentId,
    actor: 'system',
    reason: 'personal information',
    clause: 'I.3 human decision (personal information)',
    decisionId: d1.id,
  });
  clock.set('2026-03-02T11:00:00.000Z');
  const e2 = await store.comments.ingest(
    incomingComment({
      platformCommentId: 'fb-edited',
      createdAt: '2026-03-02T10:00:00.000Z',
      author: { id: 'a-1', name: 'Dana Whitfield' },
      text: 'The officer at the road closure was rude. Edited: number removed.',
      raw: '{"edited":true}',
    }),
  );
  await store.comments.recordDecision({
    commentId: e.commentId,
    versionId: e2.versionId,
    classifierVersion: 'test-1',
    action: 'allow',
    flags: [],
    scores: {},
    reasons: [],
  });
  await store.actions.record({
    kind: 'approve',
    commentId: e.commentId,
    actor: 'user:3',
    reason: 'criticism of an officer is within the policy',
    clause: null,
  });

  const h = await ingest(db, clock, '2026-03-05T09:30:00.000Z', {
    platformCommentId: 'fb-hidden',
    author: { id: 'a-2', name: 'Spam Bot' },
    text: 'Buy cheap followers now at example.test',
  });
  const hd = await store.comments.recordDecision({
    commentId: h.commentId,
    versionId: h.versionId,
    classifierVersion: 'test-1',
    action: 'hide',
    flags: ['off_topic'],
    scores: { off_topic: 0.99 },
    reasons: [],
  });
  const hideReq = await store.actions.request({
    kind: 'hide',
    commentId: h.commentId,
    platform: 'facebook',
    actor: 'system',
    reason: 'unmistakable spam',
    clause: 'J.3 off-topic',
    decisionId: hd.id,
  });
  await store.actions.complete(hideReq.actionId, { success: true });

  const r = await ingest(db, clock, '2026-03-10T15:00:00.000Z', {
    platformCommentId: 'fb-removed',
    author: { id: 'a-3', name: 'Angry Neighbor' },
    text: 'I will find where you live officer',
  });
  const removeReq = await store.actions.request({
    kind: 'remove',
    commentId: r.commentId,
    platform: 'facebook',
    actor: 'user:2',
    reason: 'a threat, decided by the Chief',
    clause: 'I.3 human decision (threat)',
  });
  await store.actions.complete(removeReq.actionId, { success: true });

  const del = await ingest(db, clock, '2026-03-12T08:00:00.000Z', {
    platformCommentId: 'fb-deleted',
    author: { id: 'a-4', name: 'Second Thoughts' },
    text: 'Never mind, I was wrong about the body camera footage',
  });
  await store.comments.markDeletedByAuthor('facebook', 'fb-deleted', '{}', 'webhook');
  await store.actions.record({
    kind: 'author_deleted',
    commentId: del.commentId,
    platform: 'facebook',
    actor: 'system',
    reason: 'the author deleted the comment on the platform',
    clause: null,
  });

  const feb = await ingest(db, clock, '2026-02-20T12:00:00.000Z', {
    platformCommentId: 'fb-february',
    author: { id: 'a-5', name: 'Early Bird' },
    text: 'February comment about the road closure',
  });

  const ig = await ingest(db, clock, '2026-03-03T12:00:00.000Z', {
    platform: 'instagram',
    page: { platformPageId: 'ig-1', name: 'helenapolice' },
    platformCommentId: 'ig-1',
    author: { id: 'i-1', name: 'Insta Person' },
    text: 'Great work at the road closure',
  });

  const hostile = await ingest(db, clock, '2026-03-04T12:00:00.000Z', {
    platformCommentId: 'fb-hostile',
    author: { id: 'a-6', name: '@SUM(1+1)' },
    text: '=HYPERLINK("http://evil.test","click") <script>alert(1)</script>',
  });
  clock.set('2026-03-20T00:00:00.000Z');
  return {
    edited: e.commentId,
    hidden: h.commentId,
    removed: r.commentId,
    deletedByAuthor: del.commentId,
    february: feb.commentId,
    instagram: ig.commentId,
    hostile: hostile.commentId,
    phone,
  };
}
