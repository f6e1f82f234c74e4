/**
 * Several agencies in one deployment (issue 20): a person of agency A reaches nothing of agency
 * B through the dashboard. Every route that names a page, comment, request, redaction, hold,
 * export, appeal or account of B answers 403 or 404 and changes nothing; every list (queue,
 * escalations, pages, reports, appeals, records search, requests, holds, accounts, the home
 * page's counts) leaves B out. The same people see their own agency's things, so the refusals
 * are not a dashboard that refuses everything.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createAccount } from '../../src/accounts/accounts.js';
import type { Role } from '../../src/review/permissions.js';
import { reviewerOf } from '../../src/review/service.js';
import { ReviewService } from '../../src/review/service.js';
import { forEachBackend, type BackendName } from '../helpers/backends.js';
import {
  FAST_SCRYPT,
  HttpClient,
  makeDashboardApp,
  TEST_PASSWORD,
  type DashboardTestApp,
} from '../helpers/dashboard.js';
import { FakeAdapter } from '../helpers/fake-adapter.js';
import { incomingComment } from '../helpers/index.js';

let t: DashboardTestApp | undefined;
let backend: BackendName = 'sqlite';
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

/** Words that appear only in agency B's comments and names, to find any leak in a page. */
const B_MARK = 'bravoleak';

async function world() {
  const fb = new FakeAdapter('facebook');
  t = await makeDashboardApp({ backend, adapters: [fb] });
  const app = t;
  const store = app.db.store;
  const comment = async (page: string, id: string, text: string) => {
    const outcome = await app.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({
        platformCommentId: id,
        text,
        page: { platformPageId: page, name: page === 'page-b' ? `North ${B_MARK}` : 'Helena PD' },
        post: { platformPostId: `post-${page}`, text: 'Road closure tonight.' },
        author: { id: `author-${id}`, name: page === 'page-b' ? `Bo ${B_MARK}` : 'Al Alpha' },
      }),
    });
    await app.app.executor.idle();
    return outcome.commentId as number;
  };
  const a1 = await comment('page-a', 'a1', 'You are an idiot, alphaword.');
  const b1 = await comment('page-b', 'b1', `You are an idiot, ${B_MARK}.`);
  const b2 = await comment('page-b', 'b2', `fuck off ${B_MARK}`); // hidden by the bot
  const b3 = await comment('page-b', 'b3', `I will hurt you ${B_MARK}`);

  // Agency B: North PD, with page-b; page-a stays in the default agency (A).
  const north = await store.agencies.create({ slug: 'north', name: 'North PD' });
  const pageA = (await store.pages.find('facebook', 'page-a'))!;
  const pageB = (await store.pages.find('facebook', 'page-b'))!;
  await store.pages.setAgency(pageB.id, north.id);

  const add = (username: string, role: Role, agencyIds?: number[]) =>
    createAccount(
      store,
      { username, displayName: `${username} ${role}`, role, password: TEST_PASSWORD, agencyIds },
      { actor: 'system', via: 'cli' },
      FAST_SCRYPT,
    );
  const people = {
    manager: await add('a-manager', 'content_manager'),
    chief: await add('a-chief', 'chief'),
    clerk: await add('a-clerk', 'records_clerk'),
    admin: await add('a-admin', 'admin'),
  };
  const bChief = await add(`b-chief`, 'chief', [north.id]);
  const bClerk = await add(`b-clerk`, 'records_clerk', [north.id]);
  const bManager = await add(`b-manager-${B_MARK}`, 'content_manager', [north.id]);

  // B's escalation, request with a redaction, hold, export and appeal.
  const review = new ReviewService(store, app.app.executor);
  await review.decide(reviewerOf(bChief), {
    commentId: b3,
    decision: 'escalate',
    reasonCode: 'needs_chief',
  });
  const requestB = await store.records.createRequest(
    {
      agencyId: north.id,
      requester: `Reporter ${B_MARK}`,
      receivedOn: '2026-12-01',
      description: 'x',
    },
    `user:${bClerk.id}`,
  );
  await store.records.attach(requestB.id, { commentIds: [b1] }, `user:${bClerk.id}`);
  const b1Version = (await store.comments.versions(b1))[0]!;
  const redaction = await store.records.addRedaction(
    { requestId: requestB.id, versionId: b1Version.id, start: 0, end: 3, exemption: 'privacy' },
    `user:${bClerk.id}`,
  );
  const holdB = await store.records.placeHold(
    { agencyId: north.id, name: `Claim ${B_MARK}`, matter: 'm', scope: { commentIds: [b1] } },
    `user:${bClerk.id}`,
  );
  const appealB = await store.appeals.create({
    commentRef: 'b2',
    commentId: b2,
    reason: `Please restore ${B_MARK}`,
    contact: null,
    dueOn: '2026-12-31',
    addressHash: 'h',
  });
  const bClerkClient = new HttpClient(app.url);
  expect((await bClerkClient.login('b-clerk')).status).toBe(303);
  const exported = await bClerkClient.post(`/records/requests/${requestB.id}/export`, {
    form: { _csrf: await bClerkClient.csrf('/records/requests') },
  });
  expect(exported.status).toBe(303);
  const bundleB = exported.location!.split('/').pop()!;

  // A's own request, for attaching B's comment to it.
  const requestA = await store.records.createRequest(
    { requester: 'Reporter A', receivedOn: '2026-12-01', description: 'y' },
    `user:${people.clerk.id}`,
  );
  return {
    fb,
    app,
    store,
    north,
    pageA,
    pageB,
    a1,
    b1,
    b2,
    b3,
    people,
    bChief,
    bClerk,
    bManager,
    requestA,
    requestB,
    redaction,
    holdB,
    appealB,
    bundleB,
    bClerkClient,
  };
}

async function signedIn(app: DashboardTestApp, username: string): Promise<HttpClient> {
  const client = new HttpClient(app.url);
  expect((await client.login(username)).status).toBe(303);
  return client;
}

/** What agency B's records look like now: nothing of it may change under A's requests. */
async function snapshotB(w: Awaited<ReturnType<typeof world>>) {
  const s = w.store;
  return JSON.stringify({
    comments: await Promise.all([w.b1, w.b2, w.b3].map((id) => s.comments.get(id))),
    actions: await Promise.all([w.b1, w.b2, w.b3].map((id) => s.actions.forComment(id))),
    page: await s.pages.get(w.pageB.id),
    notice: await s.pages.notice(w.pageB.id),
    compliance: await s.compliance.latest(w.pageB.id),
    request: await s.records.getRequest(w.requestB.id),
    requestA: await s.records.getRequest(w.requestA.id),
    redactions: await s.records.redactions(w.requestB.id),
    holds: await s.records.listHolds(),
    appeal: await s.appeals.get(w.appealB.id),
    users: (await s.users.list()).map((u) => ({ ...u, passwordHash: u.passwordHash.length })),
  });
}

forEachBackend('several agencies: nothing of agency B reaches a person of agency A', (name) => {
  beforeEach(() => {
    backend = name;
  });

  it('answers 403 or 404 on every route naming one of B’s things, and changes nothing', async () => {
    const w = await world();
    const before = await snapshotB(w);
    const b = w;
    const gets = [
      `/comments/${b.b1}`,
      `/comments/${b.b3}`,
      `/records/comments/${b.b1}`,
      `/pages/${b.pageB.id}/settings`,
      `/pages/${b.pageB.id}/compliance`,
      `/records/requests/${b.requestB.id}`,
      `/records/requests/${b.requestB.id}/items/${b.b1}`,
      `/records/exports/${b.bundleB}`,
      `/records/exports/${b.bundleB}/records.csv`,
      `/records/exports/${b.bundleB}/manifest.json`,
    ];
    const posts: [string, Record<string, string>][] = [
      [`/comments/${b.b1}/decide`, { decision: 'hide', reasonCode: 'personal_attack' }],
      [`/comments/${b.b3}/decide`, { decision: 'approve', reasonCode: 'not_a_violation' }],
      [`/comments/${b.b1}/acknowledge`, {}],
      [`/pages/${b.pageB.id}/settings`, { note: 'changed' }],
      [`/pages/${b.pageB.id}/notice`, { enabled: 'on', template: 'Removed.', template_es: '' }],
      [`/pages/${b.pageB.id}/compliance/I.1`, { note: 'x' }],
      ['/records/attach', { targetRequest: String(b.requestB.id), commentIds: String(b.a1) }],
      ['/records/attach', { targetRequest: String(b.requestA.id), commentIds: String(b.b1) }],
      [
        `/records/requests/${b.requestB.id}/items/${b.b1}/redactions`,
        { versionId: '1', text: 'You', exemption: 'x' },
      ],
      [`/records/redactions/${b.redaction.id}/withdraw`, {}],
      [`/records/requests/${b.requestB.id}/detach`, { commentId: String(b.b1) }],
      [`/records/requests/${b.requestB.id}/close`, {}],
      [`/records/requests/${b.requestB.id}/export`, {}],
      [`/records/holds/${b.holdB.id}/release`, { reason: 'done' }],
      ['/records/holds', { name: 'n', matter: 'm', commentIds: String(b.b1) }],
      [`/appeals/${b.appealB.id}/decide`, { outcome: 'restored', reason: 'ok' }],
      [`/admin/users/${b.bManager.id}/role`, { role: 'chief' }],
      [
        `/admin/users/${b.bManager.id}/password`,
        { password: 'a new long password 1', passwordAgain: 'a new long password 1' },
      ],
      [`/admin/users/${b.bManager.id}/disable`, {}],
      [`/admin/users/${b.bChief.id}/enable`, {}],
    ];
    const home = { manager: '/queue', chief: '/queue', clerk: '/records', admin: '/admin/users' };
    for (const [role, who] of Object.entries(w.people)) {
      const client = await signedIn(w.app, who.username);
      const csrf = await client.csrf(home[role as keyof typeof home]);
      expect(csrf, who.username).not.toBe('');
      for (const path of gets) {
        const res = await client.get(path);
        expect([403, 404], `${who.username} GET ${path}`).toContain(res.status);
        expect(res.text, `${who.username} GET ${path}`).not.toContain(B_MARK);
      }
      for (const [path, form] of posts) {
        const res = await client.post(path, { form: { _csrf: csrf, ...form } });
        expect([403, 404], `${who.username} POST ${path}`).toContain(res.status);
        expect(res.text, `${who.username} POST ${path}`).not.toContain(B_MARK);
      }
      // A bulk decision names comments one by one: B's is "not found", and nothing is done.
      const bulk = await client.post('/queue/bulk', {
        json: { decision: 'hide', reasonCode: 'personal_attack', commentIds: [b.b1] },
        headers: { 'x-csrf-token': csrf },
      });
      if (bulk.status === 200) {
        expect(JSON.parse(bulk.text)).toMatchObject({
          done: 0,
          results: [{ commentId: b.b1, ok: false, message: `There is no comment ${b.b1}.` }],
        });
      } else {
        expect([403, 404]).toContain(bulk.status);
      }
    }
    await w.app.app.executor.idle();
    expect(w.fb.calls.map((c) => [c.kind, c.platformCommentId])).toEqual([['hide', 'b2']]);
    expect(await snapshotB(w)).toBe(before);
    // The same requests on A's own things go through: the refusals above are about agency B.
    const manager = await signedIn(w.app, w.people.manager.username);
    const ok = await manager.post(`/comments/${w.a1}/decide`, {
      form: {
        _csrf: await manager.csrf('/queue'),
        decision: 'hide',
        reasonCode: 'personal_attack',
      },
    });
    expect(ok.status).toBe(303);
    const clerk = await signedIn(w.app, w.people.clerk.username);
    const attached = await clerk.post('/records/attach', {
      form: {
        _csrf: await clerk.csrf('/records'),
        targetRequest: String(w.requestA.id),
        commentIds: String(w.a1),
      },
    });
    expect(attached.status).toBe(303);
    await w.app.app.executor.idle();
    expect(w.fb.calls.map((c) => c.platformCommentId)).toEqual(['b2', 'a1']);
  });

  it('leaves B out of every list, while A’s people see A and B’s people see B', async () => {
    const w = await world();
    const lists: [keyof typeof w.people, string][] = [
      ['manager', '/queue'],
      ['manager', '/queue?review=escalated'],
      ['manager', '/queue/items.json?ids=' + [w.a1, w.b1, w.b3].join(',')],
      ['manager', '/pages'],
      ['manager', '/reports'],
      ['chief', '/escalations'],
      ['chief', '/appeals'],
      ['chief', '/reports'],
      ['clerk', `/records?query=idiot`],
      ['clerk', `/records?state=hidden`],
      ['clerk', '/records'],
      ['clerk', '/records/requests'],
      ['clerk', '/records/holds'],
      ['admin', '/admin/users'],
      ['admin', '/pages'],
    ];
    const clients = new Map<string, HttpClient>();
    for (const [role, path] of lists) {
      const username = w.people[role].username;
      const client = clients.get(username) ?? (await signedIn(w.app, username));
      clients.set(username, client);
      const res = await client.get(path);
      expect(res.status, `${role} ${path}`).toBe(200);
      expect(res.text, `${role} ${path}`).not.toContain(B_MARK);
    }
    // The counts beside the navigation count A's comments only (B has one queued, one escalated).
    const manager = clients.get('a-manager')!;
    const nav = (await manager.get('/pages')).text;
    expect(nav).toMatch(/data-count="queue">1</);
    const chiefNav = (await clients.get('a-chief')!.get('/pages')).text;
    expect(chiefNav).not.toMatch(/data-count="escalations">[1-9]/);
    expect(chiefNav).not.toMatch(/data-count="appeals">[1-9]/);
    // The JSON poll does not say whether B's comments are still queued.
    const poll = JSON.parse((await manager.get(`/queue/items.json?ids=${w.b1},${w.b3}`)).text);
    expect(poll.gone).toEqual([w.b1, w.b3]);
    expect(poll.total).toBe(1);
    // A's own comment is reachable by A's people.
    expect((await manager.get(`/comments/${w.a1}`)).status).toBe(200);
    expect((await manager.get('/queue')).text).toContain('alphaword');
    const clerk = clients.get('a-clerk')!;
    expect((await clerk.get('/records?query=alphaword')).text).toContain('alphaword');

    // B's people see B's comment, request and export, and not A's.
    const bManager = await signedIn(w.app, w.bManager.username);
    const queue = await bManager.get('/queue');
    expect(queue.text).toContain(B_MARK);
    expect(queue.text).not.toContain('alphaword');
    expect((await bManager.get(`/comments/${w.b1}`)).status).toBe(200);
    expect([403, 404]).toContain((await bManager.get(`/comments/${w.a1}`)).status);
    const bClerk = w.bClerkClient;
    expect((await bClerk.get(`/records/requests/${w.requestB.id}`)).status).toBe(200);
    expect((await bClerk.get(`/records/exports/${w.bundleB}/records.csv`)).status).toBe(200);
    const search = await bClerk.get('/records?query=idiot');
    expect(search.text).toContain(B_MARK);
    expect(search.text).not.toContain('alphaword');
    expect([403, 404]).toContain((await bClerk.get(`/records/requests/${w.requestA.id}`)).status);
  });

  it('scopes the store: a request, a hold and an export of one agency never take in another’s comments', async () => {
    const w = await world();
    const s = w.store;
    // Attaching by search from A's request takes A's comments only.
    const added = await s.records.attach(
      w.requestA.id,
      { filter: { query: 'idiot' } },
      `user:${w.people.clerk.id}`,
    );
    expect(added).toBe(1);
    const items = await s.records.search({ requestId: w.requestA.id }, { limit: 10 });
    expect(items.hits.map((h) => h.commentId)).toEqual([w.a1]);
    await expect(
      s.records.attach(w.requestA.id, { commentIds: [w.b1] }, `user:${w.people.clerk.id}`),
    ).rejects.toThrow(/No comment of this request's agency has id/);
    // A hold placed on a search by A's clerk holds A's comments only, however broad the search.
    const hold = await s.records.placeHold(
      { name: 'A claim', matter: 'm', scope: { filter: { query: 'idiot' } } },
      `user:${w.people.clerk.id}`,
    );
    expect(hold.agencyId).toBe(1);
    // Every comment decided and past its period (a day in the future), to see what holds each.
    for (const id of [w.a1, w.b1]) await s.comments.setReviewState(id, 'closed');
    const far = { visible: -1, hidden: -1, removed: -1, deleted_by_author: -1 };
    const { candidates } = await s.records.expired(far, { after: 0, limit: 100 });
    const heldBy = (id: number) =>
      candidates.find((c) => c.commentId === id)?.blockedBy.map((x) => x.id) ?? [];
    expect(heldBy(w.a1)).toContain(hold.id);
    expect(heldBy(w.b1)).not.toContain(hold.id);
    expect(heldBy(w.b1)).toContain(w.holdB.id);
    // Records searches and counts with agencies given.
    expect(await s.records.count({ agencyIds: [w.north.id] })).toBe(3);
    expect(await s.records.count({ agencyIds: [1] })).toBe(1);
    expect(await s.records.count({ agencyIds: [1], query: B_MARK })).toBe(0);
    expect((await s.records.listRequests(undefined, [w.north.id])).map((r) => r.id)).toEqual([
      w.requestB.id,
    ]);
  });

  it('keeps an account’s agencies and roles, and refuses a list it cannot have', async () => {
    const w = await world();
    const s = w.store;
    const user = await s.users.findByUsername('b-clerk');
    expect(user?.agencies).toEqual([{ agencyId: w.north.id, role: 'records_clerk' }]);
    await s.users.setAgencies(user!.id, [
      { agencyId: 1, role: 'content_manager' },
      { agencyId: w.north.id, role: 'records_clerk' },
    ]);
    const after = await s.users.get(user!.id);
    expect(after?.agencies).toEqual([
      { agencyId: 1, role: 'content_manager' },
      { agencyId: w.north.id, role: 'records_clerk' },
    ]);
    expect(after?.role).toBe('content_manager');
    await expect(s.users.setAgencies(user!.id, [])).rejects.toThrow(/at least one agency/);
    await expect(s.users.setAgencies(user!.id, [{ agencyId: 99, role: 'chief' }])).rejects.toThrow(
      /no agency 99/,
    );
    expect((await s.users.get(user!.id))?.agencies).toHaveLength(2);
    await expect(s.agencies.create({ slug: 'NORTH', name: 'again' })).rejects.toThrow(
      /already an agency/,
    );
    // One person, two roles: manager of A's queue, clerk of B's records, and no more.
    const both = await signedIn(w.app, 'b-clerk');
    expect((await both.get('/queue')).text).not.toContain(B_MARK);
    expect((await both.get(`/comments/${w.a1}`)).status).toBe(200);
    expect((await both.get(`/records/requests/${w.requestB.id}`)).status).toBe(200);
    expect([403, 404]).toContain((await both.get(`/records/requests/${w.requestA.id}`)).status);
    expect((await both.get('/records?query=idiot')).text).not.toContain('alphaword');
  });
});
