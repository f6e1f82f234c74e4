/**
 * Appeals (issue 19): an author appeals on the public page without signing in; the appeal is
 * stored and answered with a receipt; it appears for the Chief of Police or designee with the
 * comment; restoring it asks the platform once and records the decision.
 */
import { afterEach, expect, it, beforeEach } from 'vitest';
import { FakeAdapter } from '../helpers/fake-adapter.js';
import { HttpClient, makeDashboardApp, type DashboardTestApp } from '../helpers/dashboard.js';
import { forEachBackend, type BackendName } from '../helpers/backends.js';
import { incomingComment } from '../helpers/index.js';

let t: DashboardTestApp | undefined;
/** The backend of the suite running now (set before each test by forEachBackend's suite). */
let backend: BackendName = 'sqlite';
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

async function setup(env: Record<string, string> = {}) {
  const fb = new FakeAdapter('facebook');
  t = await makeDashboardApp({ backend, adapters: [fb], env });
  const outcome = await t.app.pipeline.handle({
    type: 'comment',
    comment: incomingComment({ platformCommentId: '1234567890_987654321', text: 'fuck this' }),
  });
  await t.app.executor.idle();
  return { fb, t, commentId: outcome.commentId as number };
}

async function appeal(client: HttpClient, form: Record<string, string>) {
  const page = await client.get('/appeal');
  expect(page.status).toBe(200);
  const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
  return client.post('/appeal', { form: { _csrf: token, ...form } });
}

async function signedIn(
  app: DashboardTestApp,
  username: string,
  role: 'chief' | 'content_manager',
) {
  await app.addUser(username, role, { displayName: `${username} (${role})` });
  const client = new HttpClient(app.url);
  expect((await client.login(username)).status).toBe(303);
  return client;
}

forEachBackend('appeals', (name) => {
  beforeEach(() => {
    backend = name;
  });
  it('takes an appeal without sign-in, the Chief restores it, the platform is asked once', async () => {
    const { fb, t, commentId } = await setup();
    expect((await t.db.store.comments.get(commentId))?.state).toBe('hidden');

    const author = new HttpClient(t.url);
    const sent = await appeal(author, {
      comment: 'https://www.facebook.com/civicpd/posts/1234567890?comment_id=987654321',
      reason: 'I was quoting the sign at the protest, not swearing at anyone.',
      contact: 'pat@example.org',
    });
    expect(sent.status).toBe(200);
    const receipt = /id="receipt">(A-[A-Z0-9]{10})</.exec(sent.text)?.[1];
    expect(receipt).toBeDefined();
    const stored = await t.db.store.appeals.list('open', 10);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ receipt, commentId, contact: 'pat@example.org' });

    // Content managers do not decide appeals (I.3); the Chief or designee does.
    const manager = await signedIn(t, 'cm', 'content_manager');
    expect((await manager.get('/appeals')).status).toBe(403);
    const chief = await signedIn(t, 'chief', 'chief');
    const list = await chief.get('/appeals');
    expect(list.status).toBe(200);
    expect(list.text).toContain(receipt);
    expect(list.text).toContain('I was quoting the sign at the protest');
    expect(list.text).toContain('fuck this');
    expect(list.text).toContain('pat@example.org');
    expect(list.text).toMatch(/due <strong>\d{4}-\d\d-\d\d<\/strong>/);

    const hidesBefore = fb.calls.length;
    const csrf = await chief.csrf('/appeals');
    const decided = await chief.post(`/appeals/${stored[0]?.id}/decide`, {
      form: {
        _csrf: csrf,
        outcome: 'restored',
        reason: 'Quoting a sign is not obscenity aimed at anyone.',
      },
    });
    expect(decided.status).toBe(303);
    await t.app.executor.idle();
    const unhides = fb.calls.slice(hidesBefore).filter((c) => c.kind === 'unhide');
    expect(unhides).toHaveLength(1);
    expect(unhides[0]?.platformCommentId).toBe('1234567890_987654321');
    expect((await t.db.store.comments.get(commentId))?.state).toBe('visible');
    expect(await t.db.store.appeals.get(stored[0]?.id ?? 0)).toMatchObject({
      status: 'restored',
      decisionReason: 'Quoting a sign is not obscenity aimed at anyone.',
    });
    const log = await t.db.store.actions.forComment(commentId);
    expect(log.map((a) => a.kind)).toEqual(
      expect.arrayContaining(['appeal_received', 'appeal_decided', 'unhide']),
    );
    expect(log.find((a) => a.kind === 'appeal_decided')?.clause).toMatch(/^I\.3/);

    // The author learns the decision from the receipt, on any platform.
    const status = await author.get(`/appeal/status?receipt=${receipt}`);
    expect(status.status).toBe(200);
    expect(status.text).toContain('Your appeal was granted: the comment is restored.');
    expect(status.text).toContain('Quoting a sign is not obscenity aimed at anyone.');
    const unknown = await author.get('/appeal/status?receipt=A-ZZZZZZZZZZ');
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('There is no appeal with that receipt number');

    // Decided once: a second decision is refused, and nothing more is asked of the platform.
    const again = await chief.post(`/appeals/${stored[0]?.id}/decide`, {
      form: { _csrf: csrf, outcome: 'upheld', reason: 'changed my mind' },
    });
    expect(again.status).toBe(400);
    expect(again.text).toContain('already decided');
    await t.app.executor.idle();
    expect(fb.calls.slice(hidesBefore).filter((c) => c.kind === 'unhide')).toHaveLength(1);

    // The author's words are in the public record with the comment; how to reach them is not.
    const received = log.find((a) => a.kind === 'appeal_received');
    expect(received?.details).toMatchObject({
      receipt,
      appeal: expect.stringContaining('quoting the sign'),
    });
    expect(JSON.stringify(log)).not.toContain('pat@example.org');

    // Reports: by category and by who hid it, with the overturn rate.
    const reports = await chief.get('/reports?days=7');
    expect(reports.text).toContain('Appeals, by category and by who hid the comment');
    expect(reports.text).toMatch(/civicmod \(automatic\)\s*<\/td>\s*<td>1<\/td>\s*<td>1<\/td>/);

    // The appeal, as submitted, is sealed in the evidence chain.
    const evidence = await t.db.store.evidence.verify();
    expect(evidence.ok && evidence.byKind.appeal).toBe(1);
  });

  it('refuses a form without its token, says what is wrong, and limits each address', async () => {
    const { t } = await setup({ APPEALS_PER_HOUR: '2' });
    const author = new HttpClient(t.url);
    const forged = await author.post('/appeal', {
      form: { comment: 'x', reason: 'restore it please, now' },
    });
    expect(forged.status).toBe(403);

    const short = await appeal(author, { comment: '987654321', reason: 'pls' });
    expect(short.status).toBe(400);
    expect(short.text).toContain('Say in a sentence or two why');
    expect(short.text).toContain('value="987654321"'); // what was typed is kept

    for (let i = 0; i < 2; i++) {
      const ok = await appeal(author, {
        comment: 'no such comment',
        reason: `reason number ${i} for it`,
      });
      expect(ok.status).toBe(200);
      expect(ok.text).toContain('could not match the link');
    }
    const limited = await appeal(author, {
      comment: '987654321',
      reason: 'one more appeal, please',
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3600');
    expect(limited.text).toContain('Too many appeals from this address');
    expect(await t.db.store.appeals.list('open', 10)).toHaveLength(2);
  });

  it('speaks Spanish on /appeal?lang=es: the form, its errors and the receipt', async () => {
    const { t } = await setup();
    const author = new HttpClient(t.url);
    const page = await author.get('/appeal?lang=es');
    expect(page.text).toContain('Apelar un comentario ocultado');
    expect(page.text).toContain('días hábiles');
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
    const short = await author.post('/appeal', {
      form: { _csrf: token, lang: 'es', comment: '987654321', reason: 'no' },
    });
    expect(short.status).toBe(400);
    expect(short.text).toContain('Explique en una o dos oraciones');
    const again = await author.get('/appeal?lang=es');
    const token2 = /name="_csrf" value="([^"]+)"/.exec(again.text)?.[1] ?? '';
    const ok = await author.post('/appeal', {
      form: {
        _csrf: token2,
        lang: 'es',
        comment: '987654321',
        reason: 'Mi comentario criticaba al departamento, no insultaba a nadie.',
      },
    });
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('Recibimos su apelación');
    expect(ok.text).toMatch(/id="receipt">A-[A-Z0-9]{10}</);
  });
});
