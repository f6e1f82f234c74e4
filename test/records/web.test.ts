/**
 * The records pages over HTTP: only the `records` permission reaches them, every change needs
 * the session's CSRF token, bad input changes nothing, and a request's bundle downloads with
 * the hashes its manifest states and without the redacted words.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, beforeEach } from 'vitest';
import type { ExportManifest } from '../../src/records/export.js';
import { HttpClient, makeDashboardApp, type DashboardTestApp } from '../helpers/dashboard.js';
import { forEachBackend, type BackendName } from '../helpers/backends.js';
import { incomingComment } from '../helpers/index.js';

let t: DashboardTestApp | undefined;
/** The backend of the suite running now (set before each test by forEachBackend's suite). */
let backend: BackendName = 'sqlite';
let dir: string | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const PHONE = '406-555-0199';

async function setup() {
  dir = mkdtempSync(join(tmpdir(), 'civicmod-records-web-'));
  // Bundles go beside CIVICMOD_DB: point it at the temporary folder.
  t = await makeDashboardApp({ backend, env: { CIVICMOD_DB: join(dir, 'civicmod.db') } });
  const app = t;
  const ingest = async (text: string, id: string) => {
    const outcome = await app.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({ platformCommentId: id, text }),
    });
    await app.app.executor.idle();
    return outcome.commentId as number;
  };
  const withPhone = await ingest(`Road closure again? Call me at ${PHONE} when it reopens.`, 'w1');
  const insult = await ingest('You are an idiot.', 'w2');
  await app.addUser('clerk', 'records_clerk');
  await app.addUser('manager', 'content_manager');
  const clerk = new HttpClient(app.url);
  expect((await clerk.login('clerk')).status).toBe(303);
  const manager = new HttpClient(app.url);
  expect((await manager.login('manager')).status).toBe(303);
  return { app, clerk, manager, withPhone, insult };
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The file's bytes as sent (Response.text() would drop the CSV's byte-order mark). */
async function download(client: HttpClient, path: string): Promise<Buffer> {
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const res = await fetch(client.base + path, { headers: { cookie } });
  expect(res.status, path).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

forEachBackend('records pages', (name) => {
  beforeEach(() => {
    backend = name;
  });
  it('are reachable only with the records permission', async () => {
    const { app, clerk, manager } = await setup();
    const anonymous = new HttpClient(app.url);
    for (const path of ['/records', '/records/requests', '/records/holds']) {
      expect((await anonymous.get(path)).location, path).toBe(
        `/login?next=${encodeURIComponent(path)}`,
      );
      expect((await manager.get(path)).status, path).toBe(403);
      expect((await clerk.get(path)).status, path).toBe(200);
    }
    const token = await manager.csrf('/queue');
    const post = await manager.post('/records/requests', {
      form: { _csrf: token, requester: 'X', receivedOn: '2026-03-01', description: 'x' },
    });
    expect(post.status).toBe(403);
    expect(await app.db.store.records.listRequests()).toEqual([]);
    // The clerk's landing page is the records search.
    expect((await clerk.get('/')).location).toBe('/records');
  });

  it('searches every comment, treating operators and quotes as words', async () => {
    const { clerk, withPhone, insult } = await setup();
    const found = await clerk.get('/records?query=closure');
    expect(found.status).toBe(200);
    expect(found.text).toContain(`href="/comments/${withPhone}"`);
    expect(found.text).not.toContain(`href="/comments/${insult}"`);
    for (const query of ['"', 'NEAR(road', 'a OR', "'; DROP TABLE comments; --", '*']) {
      const res = await clerk.get(`/records?query=${encodeURIComponent(query)}`);
      expect(res.status, query).toBe(200);
    }
    const bad = await clerk.get('/records?from=2026-02-30');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('from: must be a date');
  });

  it('opens a request, attaches, redacts, exports and downloads a verifiable bundle', async () => {
    const { app, clerk, withPhone, insult } = await setup();
    const store = app.db.store;
    const token = await clerk.csrf('/records');

    // Bad input is refused and stores nothing; a missing CSRF token is refused too.
    const bad = await clerk.post('/records/requests', {
      form: { _csrf: token, requester: 'Reporter', receivedOn: '2026-02-30', description: 'x' },
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('That date does not exist.');
    const forged = await clerk.post('/records/requests', {
      form: { requester: 'Reporter', receivedOn: '2026-03-01', description: 'x' },
    });
    expect(forged.status).toBe(403);
    expect(await store.records.listRequests()).toEqual([]);

    const opened = await clerk.post('/records/requests', {
      form: {
        _csrf: token,
        requester: 'Helena Independent Record',
        receivedOn: '2026-03-15',
        dueOn: '2026-03-25',
        description: 'Comments about the road closure',
      },
    });
    expect(opened.status).toBe(303);
    const [request] = await store.records.listRequests();
    expect(opened.location).toMatch(new RegExp(`^/records/requests/${request?.id}`));
    const requestId = request?.id ?? 0;

    const attached = await clerk.post('/records/attach', {
      form: {
        _csrf: token,
        targetRequest: String(requestId),
        commentIds: [String(withPhone), String(insult)],
      },
    });
    expect(attached.status).toBe(303);
    expect((await store.records.getRequest(requestId))?.items).toBe(2);

    // "Attach every result": the search's own "request" filter field (empty here) travels with
    // the form and must not be read as the request to attach to.
    const second = await store.records.createRequest(
      { requester: 'A resident', receivedOn: '2026-03-16', description: 'Everything' },
      'user:1',
    );
    const everything = await clerk.post('/records/attach', {
      form: {
        _csrf: token,
        request: '',
        platform: 'facebook',
        targetRequest: String(second.id),
        all: '1',
      },
    });
    expect(everything.status).toBe(303);
    const [counted] = (await app.db.sql(
      "SELECT COUNT(*) AS n FROM comments WHERE platform = 'facebook'",
    )) as { n: number }[];
    const facebook = counted?.n ?? 0;
    expect(facebook).toBeGreaterThan(0);
    expect((await store.records.getRequest(second.id))?.items).toBe(facebook);
    expect(everything.location).toContain(encodeURIComponent(`${facebook} comments attached.`));

    const [version] = await store.comments.versions(withPhone);
    const itemPath = `/records/requests/${requestId}/items/${withPhone}`;
    const missing = await clerk.post(`${itemPath}/redactions`, {
      form: {
        _csrf: token,
        versionId: String(version?.id),
        text: 'not in the text',
        exemption: 'MCA 2-6-1003',
      },
    });
    expect(missing.status).toBe(400);
    expect(await store.records.redactions(requestId)).toEqual([]);
    const redacted = await clerk.post(`${itemPath}/redactions`, {
      form: {
        _csrf: token,
        versionId: String(version?.id),
        text: PHONE,
        exemption: 'MCA 2-6-1003 personal information',
        everyVersion: '1',
      },
    });
    expect(redacted.status).toBe(303);
    expect(await store.records.redactions(requestId)).toHaveLength(1);
    const preview = await clerk.get(itemPath);
    expect(preview.text).toContain('[REDACTED: MCA 2-6-1003 personal information]');
    expect(preview.text).not.toContain(PHONE);

    const exported = await clerk.post(`/records/requests/${requestId}/export`, {
      form: { _csrf: token },
    });
    expect(exported.status).toBe(303);
    const bundle = exported.location ?? '';
    expect(bundle).toMatch(/^\/records\/exports\/request-\d+-\d{8}T\d{6}Z$/);
    expect((await clerk.get(bundle)).status).toBe(200);
    const manifestRes = await clerk.get(`${bundle}/manifest.json`);
    expect(manifestRes.headers.get('content-disposition')).toMatch(/^attachment;/);
    const manifest = JSON.parse(manifestRes.text) as ExportManifest;
    expect(manifest.counts.comments).toBe(2);
    for (const file of manifest.files) {
      const bytes = await download(clerk, `${bundle}/${file.name}`);
      expect(sha256(bytes), file.name).toBe(file.sha256);
      expect(bytes.toString('utf8'), file.name).not.toContain(PHONE);
    }
    // The store still holds the original words.
    expect((await store.comments.versions(withPhone))[0]?.text).toContain(PHONE);

    // Only bundle names and the four file names are served.
    for (const path of [
      '/records/exports/..%2F..%2Fcivicmod.db',
      `${bundle}/..%2F..%2Fcivicmod.db`,
      `${bundle}/passwd`,
      '/records/exports/request-1-20260101T000000Z/records.csv',
    ]) {
      expect((await clerk.get(path)).status, path).toBe(404);
    }

    const closed = await clerk.post(`/records/requests/${requestId}/close`, {
      form: { _csrf: token },
    });
    expect(closed.status).toBe(303);
    expect((await store.records.getRequest(requestId))?.status).toBe('closed');
  });

  it('places and releases legal holds, by comment and by search', async () => {
    const { app, clerk, withPhone } = await setup();
    const token = await clerk.csrf('/records/holds');
    const bad = await clerk.post('/records/holds', {
      form: { _csrf: token, name: 'Doe v. City', matter: '26-CV-1', commentIds: 'seven' },
    });
    expect(bad.status).toBe(400);
    const placed = await clerk.post('/records/holds', {
      form: { _csrf: token, name: 'Doe v. City', matter: '26-CV-1', commentIds: `${withPhone}` },
    });
    expect(placed.status).toBe(303);
    const bySearch = await clerk.post('/records/holds/from-search', {
      form: { _csrf: token, name: 'Claim 12', matter: 'Notice of claim', query: 'closure' },
    });
    expect(bySearch.status).toBe(303);
    const holds = await app.db.store.records.listHolds();
    expect(holds.map((h) => [h.name, h.comments, h.filter])).toEqual([
      ['Claim 12', 0, { query: 'closure' }],
      ['Doe v. City', 1, null],
    ]);
    const page = await clerk.get('/records/holds');
    expect(page.text).toContain('Every comment matching: text matching');
    const released = await clerk.post(`/records/holds/${holds[1]?.id}/release`, {
      form: { _csrf: token, reason: 'Case settled, counsel’s instruction' },
    });
    expect(released.status).toBe(303);
    expect((await app.db.store.records.getHold(holds[1]?.id ?? 0))?.releasedAt).not.toBeNull();
  });

  it('shows a purged comment as what remains of it', async () => {
    const { app, clerk } = await setup();
    const outcome = await app.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({ platformCommentId: 'old', text: 'Thanks for the update' }),
    });
    const id = outcome.commentId as number;
    // Back-date it (comments has no append-only trigger; its action log stays untouched).
    await app.db.sql(
      `UPDATE comments SET created_at = '2020-01-01T00:00:00.000Z', first_seen_at = '2020-01-01T00:00:00.000Z', updated_at = '2020-01-01T00:00:00.000Z', review_state = 'none' WHERE id = ${id}`,
    );
    const purged = await app.db.store.records.purgeExpired(
      { visible: 1000, hidden: 1000, removed: 1000, deleted_by_author: 1000 },
      10,
    );
    expect(purged?.comments).toBe(1);
    const found = await clerk.get('/records?from=2019-01-01&to=2020-12-31');
    expect(found.text).toContain(`href="/records/comments/${id}"`);
    const page = await clerk.get(`/records/comments/${id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Purged under the retention schedule');
    expect(page.text).not.toContain('Thanks for the update');
  });
});
