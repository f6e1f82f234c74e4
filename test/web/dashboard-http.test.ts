/**
 * The dashboard over HTTP, without a browser: sign-in, sessions, CSRF, rate limiting, secure
 * headers, and the server-side role checks of every kind of route.
 */
import { afterEach, expect, it, beforeEach } from 'vitest';
import { FakeAdapter } from '../helpers/fake-adapter.js';
import {
  HttpClient,
  makeDashboardApp,
  TEST_PASSWORD,
  type DashboardTestApp,
} from '../helpers/dashboard.js';
import { forEachBackend, type BackendName } from '../helpers/backends.js';
import { incomingComment } from '../helpers/index.js';

let t: DashboardTestApp | undefined;
/** The backend of the suite running now (set before each test by forEachBackend's suite). */
let backend: BackendName = 'sqlite';
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

async function setup(options: Parameters<typeof makeDashboardApp>[0] = {}) {
  const fb = new FakeAdapter('facebook');
  t = await makeDashboardApp({ backend, adapters: [fb], ...options });
  return { fb, t };
}

async function queued(app: DashboardTestApp, text = 'You are an idiot.', overrides = {}) {
  const outcome = await app.app.pipeline.handle({
    type: 'comment',
    comment: incomingComment({ text, ...overrides }),
  });
  await app.app.executor.idle();
  return outcome.commentId as number;
}

async function signedIn(
  app: DashboardTestApp,
  username: string,
  role: Parameters<DashboardTestApp['addUser']>[1],
) {
  await app.addUser(username, role, { displayName: `${username} (${role})` });
  const client = new HttpClient(app.url);
  const res = await client.login(username);
  expect(res.status).toBe(303);
  return client;
}

forEachBackend('dashboard: signing in', (name) => {
  beforeEach(() => {
    backend = name;
  });
  it('shows how to create the first admin when there is no account', async () => {
    const { t } = await setup();
    const client = new HttpClient(t.url);
    const page = await client.get('/login');
    expect(page.status).toBe(200);
    expect(page.text).toContain('npx civicmod user add NAME --role admin');
  });

  it('sends logged-out requests to sign in: HTML is redirected, JSON gets 401', async () => {
    const { t } = await setup();
    const client = new HttpClient(t.url);
    for (const path of [
      '/queue',
      '/comments/1',
      '/escalations',
      '/reports',
      '/admin/users',
      '/pages/1/settings',
    ]) {
      const res = await client.get(path);
      expect(res.status, path).toBe(303);
      expect(res.location).toBe(`/login?next=${encodeURIComponent(path)}`);
    }
    const json = await client.get('/queue/items.json', { accept: 'application/json' });
    expect(json.status).toBe(401);
    expect(JSON.parse(json.text)).toMatchObject({ error: 'Sign in first.' });
    const post = await client.post('/comments/1/decide', { form: { decision: 'approve' } });
    expect(post.status).toBe(303);
    expect(post.location).toMatch(/^\/login/);
  });

  it('sets an HttpOnly, SameSite=Strict session cookie, not Secure on plain http', async () => {
    const { t } = await setup();
    await t.addUser('casey', 'content_manager');
    const client = new HttpClient(t.url);
    const res = await client.login('casey');
    expect(res.status).toBe(303);
    expect(res.location).toBe('/');
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('civicmod_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    expect((await client.get('/')).location).toBe('/queue');
  });

  it('marks the cookie Secure (and __Host-) when COOKIE_SECURE or an https PUBLIC_URL says so', async () => {
    const envs: Record<string, string>[] = [
      { COOKIE_SECURE: 'true' },
      { PUBLIC_URL: 'https://civicmod.example.gov' },
    ];
    for (const env of envs) {
      const app = await makeDashboardApp({ backend, env });
      try {
        await app.addUser('casey', 'content_manager');
        const res = await new HttpClient(app.url).login('casey');
        const cookie = res.headers
          .getSetCookie()
          .find((c) => c.startsWith('__Host-civicmod_session='));
        expect(cookie).toMatch(/Secure/);
        expect(res.headers.get('strict-transport-security')).toMatch(/max-age/);
      } finally {
        await app.cleanup();
      }
    }
  });

  it('refuses a sign-in form without its CSRF token', async () => {
    const { t } = await setup();
    await t.addUser('casey', 'content_manager');
    const res = await new HttpClient(t.url).post('/login', {
      form: { username: 'casey', password: TEST_PASSWORD },
    });
    expect(res.status).toBe(403);
  });

  it('rate-limits failed sign-ins per username with a clear 429', async () => {
    const { t } = await setup();
    await t.addUser('casey', 'content_manager');
    const client = new HttpClient(t.url);
    for (let i = 0; i < 5; i++) {
      const res = await client.login('casey', 'wrong password attempt');
      expect(res.status).toBe(401);
      expect(res.text).toContain('do not match an active account');
    }
    const locked = await client.login('casey', TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(locked.text).toMatch(/Too many failed sign-ins .* Try again in 15 minutes/);
  });

  it('lets at most 5 of 60 simultaneous guesses reach the password check, the right one included', async () => {
    const { t } = await setup();
    await t.addUser('casey', 'content_manager');
    const guesses = Array.from({ length: 60 }, (_, i) =>
      new HttpClient(t.url).login('casey', i === 30 ? TEST_PASSWORD : `wrong guess number ${i}`),
    );
    const answers = await Promise.all(guesses);
    const checked = answers.filter((r) => r.status !== 429);
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(answers.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(55);
  });

  it('ends the session at sign-out (the row is deleted) and after SESSION_TTL_HOURS', async () => {
    let now = Date.parse('2026-11-24T09:00:00Z');
    const { t } = await setup({ now: () => new Date(now), env: { SESSION_TTL_HOURS: '2' } });
    const client = await signedIn(t, 'casey', 'content_manager');
    expect((await client.get('/queue')).status).toBe(200);
    now += 2 * 3_600_000 + 1;
    expect((await client.get('/queue')).status).toBe(303);

    const again = new HttpClient(t.url);
    await again.login('casey');
    const csrf = await again.csrf('/queue');
    expect(await t.db.sql('SELECT COUNT(*) AS n FROM sessions')).toEqual([{ n: 1 }]);
    const out = await again.post('/logout', { form: { _csrf: csrf } });
    expect(out.location).toBe('/login?signed_out=1');
    expect(await t.db.sql('SELECT COUNT(*) AS n FROM sessions')).toEqual([{ n: 0 }]);
    expect((await again.get('/queue')).status).toBe(303);
  });

  it('sends secure headers: a strict CSP with no inline script, no framing, no referrer, no caching', async () => {
    const { t } = await setup();
    const res = await new HttpClient(t.url).get('/login');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.text).not.toMatch(/<script>|<script [^>]*>[^<]|\son[a-z]+=/i);
  });
});

forEachBackend('dashboard: CSRF and roles on every state-changing request', (name) => {
  beforeEach(() => {
    backend = name;
  });
  it('refuses a POST without the CSRF token, or with a wrong one, and accepts the right one', async () => {
    const { t, fb } = await setup();
    const id = await queued(t);
    const client = await signedIn(t, 'casey', 'content_manager');
    const body = { decision: 'hide', reasonCode: 'personal_attack' };
    expect((await client.post(`/comments/${id}/decide`, { json: body })).status).toBe(403);
    expect((await client.post(`/comments/${id}/decide`, { form: body })).status).toBe(403);
    expect(
      (
        await client.post(`/comments/${id}/decide`, {
          json: body,
          headers: { 'x-csrf-token': 'nope' },
        })
      ).status,
    ).toBe(403);
    expect(fb.calls).toHaveLength(0);
    const csrf = await client.csrf('/queue');
    const ok = await client.post(`/comments/${id}/decide`, {
      json: body,
      headers: { 'x-csrf-token': csrf },
    });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.text)).toMatchObject({ ok: true, message: 'Hide requested on Facebook.' });
    await t.app.executor.idle();
    expect(fb.calls.map((c) => c.kind)).toEqual(['hide']);
  });

  it('refuses cross-site requests outright', async () => {
    const { t } = await setup();
    const id = await queued(t);
    const client = await signedIn(t, 'casey', 'content_manager');
    const csrf = await client.csrf('/queue');
    const res = await client.post(`/comments/${id}/decide`, {
      form: { _csrf: csrf, decision: 'approve', reasonCode: 'not_a_violation' },
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(res.status).toBe(403);
  });

  it('lets a records clerk read a comment but never act on it, nor open the queue', async () => {
    const { t, fb } = await setup();
    const id = await queued(t);
    const clerk = await signedIn(t, 'robin', 'records_clerk');
    expect((await clerk.get('/queue')).status).toBe(403);
    expect((await clerk.get('/escalations')).status).toBe(403);
    const record = await clerk.get(`/comments/${id}`);
    expect(record.status).toBe(200);
    expect(record.text).not.toContain('class="decide"');
    expect(record.text).toContain('Your role can read this comment but not act on it.');
    const csrf = /<meta name="csrf-token" content="([^"]+)"/.exec(record.text)?.[1] ?? '';
    expect(csrf).not.toBe('');
    for (const [path, body] of [
      [`/comments/${id}/decide`, { _csrf: csrf, decision: 'hide', reasonCode: 'personal_attack' }],
      [
        '/queue/bulk',
        { _csrf: csrf, decision: 'hide', reasonCode: 'personal_attack', commentIds: String(id) },
      ],
      ['/pages/1/settings', { _csrf: csrf, note: 'x' }],
      ['/admin/users', { _csrf: csrf, username: 'x' }],
    ] as const) {
      expect((await clerk.post(path, { form: body })).status, path).toBe(403);
    }
    expect(fb.calls).toHaveLength(0);
    expect((await t.db.store.comments.get(id))?.reviewState).toBe('queued');
  });

  it('leaves escalations to the Chief or designee', async () => {
    const { t } = await setup();
    const id = await queued(t, 'I will hurt you');
    const casey = await signedIn(t, 'casey', 'content_manager');
    const csrf = await casey.csrf('/queue');
    const esc = await casey.post(`/comments/${id}/decide`, {
      json: { decision: 'escalate', reasonCode: 'threat' },
      headers: { 'x-csrf-token': csrf },
    });
    expect(esc.status).toBe(200);
    const refused = await casey.post(`/comments/${id}/decide`, {
      json: { decision: 'approve', reasonCode: 'not_a_violation' },
      headers: { 'x-csrf-token': csrf },
    });
    expect(refused.status).toBe(403);
    const chief = await signedIn(t, 'lee', 'chief');
    const page = await chief.get('/escalations');
    expect(page.status).toBe(200);
    expect(page.text).toContain(`id="item-${id}"`);
    const decided = await chief.post(`/comments/${id}/decide`, {
      json: { decision: 'approve', reasonCode: 'not_a_violation' },
      headers: { 'x-csrf-token': await chief.csrf('/escalations') },
    });
    expect(decided.status).toBe(200);
    expect((await t.db.store.comments.get(id))?.reviewState).toBe('closed');
  });

  it('refuses decisions that make no sense for the comment, with a reason', async () => {
    const { t } = await setup();
    const id = await queued(t, 'fuck you');
    expect((await t.db.store.comments.get(id))?.state).toBe('hidden');
    const casey = await signedIn(t, 'casey', 'content_manager');
    const res = await casey.post(`/comments/${id}/decide`, {
      json: { decision: 'approve', reasonCode: 'not_a_violation' },
      headers: { 'x-csrf-token': await casey.csrf('/queue') },
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).error).toMatch(/restore it to make it visible/);
  });

  it('applies a bulk decision to each selected comment through the review service', async () => {
    const { t } = await setup();
    const a = await queued(t, 'idiot one');
    const b = await queued(t, 'idiot two');
    const casey = await signedIn(t, 'casey', 'content_manager');
    const res = await casey.post('/queue/bulk', {
      json: { commentIds: [a, b, 9999], decision: 'approve', reasonCode: 'protected_criticism' },
      headers: { 'x-csrf-token': await casey.csrf('/queue') },
    });
    expect(res.status).toBe(200);
    const body = JSON.parse(res.text) as { done: number; failed: number };
    expect(body).toMatchObject({ done: 2, failed: 1 });
    for (const id of [a, b]) {
      const log = await t.db.store.actions.forComment(id);
      expect(log.at(-1)).toMatchObject({
        kind: 'approve',
        actor: expect.stringMatching(/^user:\d+$/),
        clause: 'J.3',
      });
    }
  });

  it('lets only the Chief or the admin change page settings, recording each change', async () => {
    const { t } = await setup();
    await queued(t);
    const form = {
      autoHide_obscenity: 'on',
      hide_obscenity: '0.95',
      hide_spam: '0.9',
      queue_obscenity: '0.5',
      queue_personal_attack: '0.6',
      queue_off_topic: '0.5',
      queue_threat: '0.4',
      queue_personal_info: '0.5',
      note: 'Spam filter too eager on event announcements',
    };
    const casey = await signedIn(t, 'casey', 'content_manager');
    expect((await casey.get('/pages/1/settings')).status).toBe(200);
    expect(
      (await casey.post('/pages/1/settings', { form: { ...form, _csrf: await casey.csrf() } }))
        .status,
    ).toBe(403);
    const chief = await signedIn(t, 'lee', 'chief');
    const saved = await chief.post('/pages/1/settings', {
      form: { ...form, _csrf: await chief.csrf() },
    });
    expect(saved.status).toBe(303);
    const page = await t.db.store.pages.get(1);
    expect(JSON.parse(page?.settingsJson ?? '{}')).toMatchObject({
      autoHide: { obscenity: true, spam: false },
      queueThreshold: { threat: 0.4, personal_attack: 0.6 },
    });
    const [change] = await t.db.sql(
      "SELECT actor, reason, clause FROM action_log WHERE kind = 'settings_change'",
    );
    expect(change).toMatchObject({ reason: form.note, clause: 'I.3' });
    const bad = await chief.post('/pages/1/settings', {
      form: { ...form, queue_threat: '7', _csrf: await chief.csrf() },
    });
    expect(bad.status).toBe(400);
    const admin = await signedIn(t, 'root', 'admin');
    expect(
      (await admin.post('/pages/1/settings', { form: { ...form, _csrf: await admin.csrf() } }))
        .status,
    ).toBe(303);
  });

  it("keeps the I.1 authorisation to the Chief; the admin confirms the page's statements", async () => {
    const { t } = await setup();
    await queued(t);
    const admin = await signedIn(t, 'root', 'admin');
    const csrf = await admin.csrf();
    expect((await admin.post('/pages/1/compliance/I.1', { form: { _csrf: csrf } })).status).toBe(
      403,
    );
    expect(
      (await admin.post('/pages/1/compliance/J.2', { form: { _csrf: csrf, note: 'About' } }))
        .status,
    ).toBe(303);
    const chief = await signedIn(t, 'lee', 'chief');
    expect(
      (await chief.post('/pages/1/compliance/I.1', { form: { _csrf: await chief.csrf() } })).status,
    ).toBe(303);
    const page = await chief.get('/pages/1/compliance');
    expect(page.text).toContain('2 of 7 confirmed');
    expect(page.text).toMatch(/Opinions expressed by visitors to this page/);
    expect(page.text).not.toMatch(/inappropriate/);
  });

  it('lets only the admin manage accounts; a new account can sign in', async () => {
    const { t } = await setup();
    const casey = await signedIn(t, 'casey', 'content_manager');
    expect((await casey.get('/admin/users')).status).toBe(403);
    const admin = await signedIn(t, 'root', 'admin');
    const added = await admin.post('/admin/users', {
      form: {
        _csrf: await admin.csrf('/admin/users'),
        username: 'dana',
        displayName: 'Dana Reyes',
        role: 'records_clerk',
        discordUserId: '',
        password: 'another long password',
        passwordAgain: 'another long password',
      },
    });
    expect(added.status).toBe(303);
    expect((await new HttpClient(t.url).login('dana', 'another long password')).status).toBe(303);
  });
});

forEachBackend('dashboard: untrusted text', (name) => {
  beforeEach(() => {
    backend = name;
  });
  it('renders comment text, author names and post text as text everywhere', async () => {
    const { t } = await setup();
    const id = await queued(
      t,
      `idiot <script>alert(1)</script><img src=x onerror="alert(2)"> javascript:alert(3)`,
      {
        author: { id: 'evil', name: '<b onmouseover=alert(4)>Mallory</b>' },
        post: { platformPostId: 'p', text: '<iframe src="javascript:alert(5)">' },
      },
    );
    const casey = await signedIn(t, 'casey', 'content_manager');
    for (const path of ['/queue', `/comments/${id}`]) {
      const page = await casey.get(path);
      expect(page.status).toBe(200);
      expect(page.text).not.toContain('<script>alert');
      expect(page.text).not.toContain('<img src=x');
      expect(page.text).not.toContain('<b onmouseover');
      expect(page.text).not.toContain('<iframe');
      expect(page.text).not.toMatch(/href="javascript:/);
      expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(page.text).toContain('&lt;b onmouseover=alert(4)&gt;Mallory&lt;/b&gt;');
    }
    const json = await casey.get('/queue/items.json?after=0', { accept: 'application/json' });
    const body = JSON.parse(json.text) as {
      items: { author: string; segments: { text: string }[] }[];
    };
    expect(body.items[0]?.author).toBe('<b onmouseover=alert(4)>Mallory</b>');
  });

  it('shows direction overrides in names and text as visible markers, never applies them', async () => {
    const { t } = await setup();
    const id = await queued(t, 'you idiot \u202etxet desrever\u202c end', {
      author: { id: 'rlo', name: 'Bob \u202eevil' },
    });
    const casey = await signedIn(t, 'casey', 'content_manager');
    for (const path of ['/queue', `/comments/${id}`]) {
      const page = await casey.get(path);
      expect(page.text).not.toContain('\u202e');
      expect(page.text).toContain('[U+202E]txet desrever[U+202C]');
      expect(page.text).toContain('Bob [U+202E]evil');
    }
  });
});

forEachBackend('dashboard: pages and reports say what is true', (name) => {
  beforeEach(() => {
    backend = name;
  });
  it('says a page whose platform is not connected is not running, and shows no precision before any review', async () => {
    const { t } = await setup();
    await t.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({ platform: 'youtube', text: 'fuck you' }),
    });
    await t.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({ text: 'fuck you' }),
    });
    await t.app.executor.idle();
    const chief = await signedIn(t, 'robin', 'chief');
    const pages = await chief.get('/pages');
    expect(pages.status).toBe(200);
    expect(pages.text).toContain('Not connected');
    expect(pages.text).toContain('Running');
    const reports = await chief.get('/reports');
    expect(reports.text).toContain('No reviews yet');
    expect(reports.text).not.toContain('100%</strong>');
    // The administrator manages pages but does not review: no Queue link that would answer 403.
    const admin = await signedIn(t, 'ada', 'admin');
    const adminPages = await admin.get('/pages');
    expect(adminPages.status).toBe(200);
    expect(adminPages.text).not.toContain('href="/queue');
    expect((await admin.get('/queue')).status).toBe(403);
  });

  it('names the language of a Spanish comment on its queue card', async () => {
    const { t } = await setup();
    await queued(t, 'Eres un idiot, cállate por favor');
    const casey = await signedIn(t, 'casey', 'content_manager');
    const queue = await casey.get('/queue');
    expect(queue.text).toContain('<span class="language">Spanish</span>');
    const json = await casey.get('/queue/items.json?after=0', { accept: 'application/json' });
    expect(JSON.parse(json.text).items[0].languageLabel).toBe('Spanish');
  });
});
