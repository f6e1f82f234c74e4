/**
 * The dashboard in real Chromium (Debian's, driven by playwright-core): signing in, the
 * keyboard-driven queue, hiding and restoring through a fake platform, escalating and deciding
 * as the Chief, hostile comment text, and the server refusing what a role may not do.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/review/permissions.js';
import type { IncomingComment } from '../../src/store/types.js';
import { makeDashboardApp, TEST_PASSWORD, type DashboardTestApp } from '../helpers/dashboard.js';
import { FakeAdapter } from '../helpers/fake-adapter.js';
import { incomingComment } from '../helpers/index.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

let browser: Browser;
let t: DashboardTestApp | undefined;
let fb: FakeAdapter;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install -y chromium`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close();
  await t?.cleanup();
  t = undefined;
});

async function setup(): Promise<DashboardTestApp> {
  fb = new FakeAdapter('facebook');
  t = await makeDashboardApp({ adapters: [fb] });
  await t.addUser('casey', 'content_manager', { displayName: 'Casey Morgan' });
  await t.addUser('lee', 'chief', { displayName: 'Chief Dana Lee' });
  await t.addUser('robin', 'records_clerk', { displayName: 'Robin Clerk' });
  return t;
}

async function ingest(app: DashboardTestApp, overrides: Partial<IncomingComment>): Promise<number> {
  const outcome = await app.app.pipeline.handle({
    type: 'comment',
    comment: incomingComment(overrides),
  });
  await app.app.executor.idle();
  return outcome.commentId as number;
}

/** A fresh browser session; every page fails the test on a JavaScript dialog or error. */
async function session(app: DashboardTestApp): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/status of 40[13]/.test(msg.text()))
      problems.push(`console: ${msg.text()}`);
  });
  page.setDefaultTimeout(5000);
  void app;
  return { page, problems };
}

async function signIn(
  app: DashboardTestApp,
  username: string,
  path = '/queue',
): Promise<{ page: Page; problems: string[] }> {
  const s = await session(app);
  await s.page.goto(app.url + path);
  await s.page.waitForURL(/\/login\?next=/);
  await s.page.fill('input[name=username]', username);
  await s.page.fill('input[name=password]', TEST_PASSWORD);
  await s.page.press('input[name=password]', 'Enter');
  await s.page.waitForURL(app.url + path);
  return s;
}

function actionRows(app: DashboardTestApp, commentId: number) {
  return app.db.store.actions
    .forComment(commentId)
    .then((rows) => rows.map((r) => [r.kind, r.phase, r.actor, r.clause]));
}

async function userId(app: DashboardTestApp, username: string, role: Role): Promise<string> {
  const user = await app.db.store.users.findByUsername(username);
  expect(user?.role).toBe(role);
  return `user:${user?.id}`;
}

describe('dashboard in Chromium', () => {
  it('sends a logged-out visitor to sign in and back to the page asked for', async () => {
    const app = await setup();
    const { page, problems } = await session(app);
    await page.goto(`${app.url}/comments/1`);
    expect(page.url()).toBe(`${app.url}/login?next=%2Fcomments%2F1`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Sign in to civicmod');
    await page.goto(`${app.url}/queue`);
    await page.fill('input[name=username]', 'casey');
    await page.fill('input[name=password]', TEST_PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL(`${app.url}/queue`);
    expect(problems).toEqual([]);
  });

  it('works through the queue with the keyboard: move, approve, hide, then restore, with every platform call and log row', async () => {
    const app = await setup();
    const first = await ingest(app, { text: 'You idiot, read the sign.' });
    const second = await ingest(app, { text: 'What an idiot plan.' });
    const third = await ingest(app, { text: 'Another idiot detour.' });
    const casey = await userId(app, 'casey', 'content_manager');
    const { page, problems } = await signIn(app, 'casey');

    await expect(page.locator('.item.current').getAttribute('data-id')).resolves.toBe(
      String(first),
    );
    await page.keyboard.press('j');
    await expect(page.locator('.item.current').getAttribute('data-id')).resolves.toBe(
      String(second),
    );
    await page.keyboard.press('k');
    await expect(page.locator('.item.current').getAttribute('data-id')).resolves.toBe(
      String(first),
    );

    // a: approve, the reason preset chosen for it, Enter submits and moves on.
    await page.keyboard.press('a');
    await expect(page.locator(`#item-${first} select[name=reasonCode]`).inputValue()).resolves.toBe(
      'not_a_violation',
    );
    await page.keyboard.press('Enter');
    await page.locator(`#item-${first}`).waitFor({ state: 'detached' });
    await expect(page.locator('.item.current').getAttribute('data-id')).resolves.toBe(
      String(second),
    );
    expect(await actionRows(app, first)).toEqual([
      ['queue', 'recorded', 'system', 'J.3 personal attack'],
      ['approve', 'recorded', casey, 'J.3'],
    ]);

    // h: hide; the flag's preset reason is chosen; 2 picks the second fitting reason instead.
    await page.keyboard.press('h');
    await expect(
      page.locator(`#item-${second} select[name=reasonCode]`).inputValue(),
    ).resolves.toBe('personal_attack');
    // Focus is not in the reason list: letters typed next change nothing there.
    await expect(page.evaluate('document.activeElement.tagName')).resolves.toBe('BUTTON');
    await page.keyboard.press('n');
    await page.keyboard.press('p');
    await expect(
      page.locator(`#item-${second} select[name=reasonCode]`).inputValue(),
    ).resolves.toBe('personal_attack');
    await page.keyboard.press('1');
    await expect(
      page.locator(`#item-${second} select[name=reasonCode]`).inputValue(),
    ).resolves.toBe('obscenity');
    await page.keyboard.press('2');
    await expect(
      page.locator(`#item-${second} select[name=reasonCode]`).inputValue(),
    ).resolves.toBe('personal_attack');
    await page.keyboard.press('Enter');
    await page.locator(`#item-${second}`).waitFor({ state: 'detached' });
    await expect(page.locator('.item.current').getAttribute('data-id')).resolves.toBe(
      String(third),
    );
    await app.app.executor.idle();
    expect(fb.calls.map((c) => [c.kind, c.platformCommentId, c.reason, c.clause])).toEqual([
      [
        'hide',
        (await app.db.store.comments.get(second))?.platformCommentId,
        'Personal attack on another person',
        'J.3 personal attack',
      ],
    ]);
    expect(await actionRows(app, second)).toEqual([
      ['queue', 'recorded', 'system', 'J.3 personal attack'],
      ['hide', 'requested', casey, 'J.3 personal attack'],
      ['hide', 'completed', casey, 'J.3 personal attack'],
    ]);
    expect((await app.db.store.comments.get(second))?.state).toBe('hidden');
    await expect(page.locator('#queue-total').textContent()).resolves.toBe('1');
    // The top bar's count follows it, without a reload.
    await expect(page.locator('.count[data-count="queue"]').textContent()).resolves.toBe('1');

    // Restore it from its record: r, the preset "Hidden in error", Enter.
    await page.goto(`${app.url}/comments/${second}`);
    await expect(page.locator('.record-facts').textContent()).resolves.toMatch(
      /Hidden on Facebook since/,
    );
    await page.keyboard.press('r');
    await expect(page.locator('form.decide select[name=reasonCode]').inputValue()).resolves.toBe(
      'hidden_in_error',
    );
    await page
      .locator('form.decide input[name=note]')
      .fill('Criticism of a plan, not of a person.');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await app.app.executor.idle();
    expect(fb.calls.map((c) => c.kind)).toEqual(['hide', 'unhide']);
    expect((await actionRows(app, second)).slice(3)).toEqual([
      ['unhide', 'requested', casey, 'J.3'],
      ['unhide', 'completed', casey, 'J.3'],
    ]);
    expect((await app.db.store.comments.get(second))?.state).toBe('visible');
    await page.reload();
    const actionsTable = await page.locator('.actions-table').textContent();
    expect(actionsTable).toContain('Casey Morgan');
    expect(actionsTable).toContain('Hidden in error: Criticism of a plan, not of a person.');
    expect(problems).toEqual([]);
  });

  it('decides a selection in bulk, and shows new comments without a reload', async () => {
    const app = await setup();
    const a = await ingest(app, { text: 'idiot one' });
    const b = await ingest(app, { text: 'idiot two' });
    const c = await ingest(app, { text: 'idiot three' });
    const { page, problems } = await signIn(app, 'casey');
    await page.keyboard.press('x');
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    await expect(page.locator('#selected-count').textContent()).resolves.toBe('2');
    await page.keyboard.press('a');
    await expect(page.locator('#bulk-form select[name=reasonCode]').inputValue()).resolves.toBe(
      'not_a_violation',
    );
    await page.keyboard.press('Enter');
    await page.locator(`#item-${a}`).waitFor({ state: 'detached' });
    await page.locator(`#item-${b}`).waitFor({ state: 'detached' });
    expect(await page.locator(`#item-${c}`).count()).toBe(1);
    for (const id of [a, b])
      expect((await app.db.store.comments.get(id))?.reviewState).toBe('closed');

    const fresh = await ingest(app, {
      text: 'Late idiot remark',
      author: { id: 'late', name: 'Late Arrival' },
    });
    const card = page.locator(`#item-${fresh}`);
    await card.waitFor();
    await expect(card.locator('.author').first().textContent()).resolves.toBe('Late Arrival');
    await expect(card.locator('mark').textContent()).resolves.toBe('idiot');
    await expect(page.locator('#queue-total').textContent()).resolves.toBe('2');
    expect(problems).toEqual([]);
  });

  it('escalates as a content manager and lets the Chief decide it', async () => {
    const app = await setup();
    const id = await ingest(app, { text: 'Tell the sergeant I will hurt you all.' });
    const casey = await signIn(app, 'casey');
    await casey.page.keyboard.press('e');
    await expect(
      casey.page.locator(`#item-${id} select[name=reasonCode]`).inputValue(),
    ).resolves.toBe('threat');
    await casey.page.keyboard.press('Enter');
    await casey.page.locator(`#item-${id}`).waitFor({ state: 'detached' });
    expect((await app.db.store.comments.get(id))?.reviewState).toBe('escalated');

    // The content manager sees it among escalated comments, but is not offered a decision.
    await casey.page.goto(`${app.url}/queue?review=escalated`);
    await expect(casey.page.locator(`#item-${id} .locked`).textContent()).resolves.toMatch(
      /only they decide/,
    );
    expect(await casey.page.locator(`#item-${id} form.decide`).count()).toBe(0);

    const chief = await signIn(app, 'lee', '/escalations');
    await expect(chief.page.locator('nav [data-count=escalations]').textContent()).resolves.toBe(
      '1',
    );
    await chief.page.keyboard.press('h');
    await expect(
      chief.page.locator(`#item-${id} select[name=reasonCode]`).inputValue(),
    ).resolves.toBe('threat');
    await chief.page.keyboard.press('Enter');
    await chief.page.locator(`#item-${id}`).waitFor({ state: 'detached' });
    await expect(chief.page.locator('#queue-empty').isVisible()).resolves.toBe(true);
    await app.app.executor.idle();
    expect(fb.calls.map((c) => c.kind)).toEqual(['hide']);
    const lee = await userId(app, 'lee', 'chief');
    const caseyId = await userId(app, 'casey', 'content_manager');
    expect(await actionRows(app, id)).toEqual([
      ['queue', 'recorded', 'system', 'I.3 human decision (threat)'],
      ['escalate', 'recorded', caseyId, 'I.3 Chief/designee decision (threat)'],
      ['hide', 'requested', lee, 'I.3 Chief/designee decision (threat)'],
      ['hide', 'completed', lee, 'I.3 Chief/designee decision (threat)'],
    ]);
    await chief.page.goto(`${app.url}/comments/${id}`);
    const table = await chief.page.locator('.actions-table').textContent();
    expect(table).toContain('Casey Morgan');
    expect(table).toContain('Chief Dana Lee');
    expect([...casey.problems, ...chief.problems]).toEqual([]);
  });

  it('shows hostile comment text as text and runs none of it, on the server-rendered and script-built cards', async () => {
    const app = await setup();
    const payload =
      'idiot <script>window.__pwned = 1; alert(1)</script><img src=x onerror="window.__pwned = 2; alert(2)"> ' +
      '<a href="javascript:window.__pwned=3">click me</a> javascript:alert(3) https://example.org/x';
    const hostile: Partial<IncomingComment> = {
      text: payload,
      author: { id: 'mallory', name: '<img src=x onerror="window.__pwned = 4">Mallory\u202E' },
      post: { platformPostId: 'p-evil', text: '<svg onload="window.__pwned = 5">Post</svg>' },
    };
    const served = await ingest(app, hostile);
    const { page, problems } = await signIn(app, 'casey');
    const built = await ingest(app, { ...hostile, platformCommentId: 'evil-2' });
    await page.locator(`#item-${built}`).waitFor();

    for (const id of [served, built]) {
      const card = page.locator(`#item-${id}`);
      await expect(card.locator('blockquote.text').innerText()).resolves.toBe(payload);
      await expect(card.locator('.item-title .author').innerText()).resolves.toContain(
        '<img src=x onerror=',
      );
      await expect(card.locator('.post-text').innerText()).resolves.toBe(
        '<svg onload="window.__pwned = 5">Post</svg>',
      );
      expect(
        await card.locator('img, script, svg, a[href^="javascript:"], blockquote a').count(),
      ).toBe(0);
    }
    await page.goto(`${app.url}/comments/${served}`);
    await expect(page.locator('.version-text').first().innerText()).resolves.toBe(payload);
    expect(
      await page.locator('main img, main script:not([src]), a[href^="javascript:"]').count(),
    ).toBe(0);
    expect(
      await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned),
    ).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('collapses a 50 kB comment to a short card until "Show all" is opened, on the queue and the record', async () => {
    const app = await setup();
    const long = `You idiot. ${'The detour on Main Street is a mess again today. '.repeat(1050)}`;
    expect(long.length).toBeGreaterThan(50_000);
    const id = await ingest(app, { text: long });
    const { page, problems } = await signIn(app, 'casey');
    await page.setViewportSize({ width: 1280, height: 800 });
    const card = page.locator(`#item-${id}`);
    const collapsed = await card.boundingBox();
    expect(collapsed?.height ?? Infinity).toBeLessThan(1500);
    await card.locator('details.show-all > summary').click();
    const open = await card.boundingBox();
    expect(open?.height ?? 0).toBeGreaterThan(3000);
    await page.goto(`${app.url}/comments/${id}`);
    const version = page.locator('.version-text').first();
    expect((await version.boundingBox())?.height ?? Infinity).toBeLessThan(1500);
    expect(problems).toEqual([]);
  });

  it('shows every button with a colour that differs from what is behind it, on every page a role uses', async () => {
    const app = await setup();
    const id = await ingest(app, { text: 'Call me at 406-555-0187, you idiot' });
    const store = app.db.store;
    const request = await store.records.createRequest(
      { requester: 'A resident', receivedOn: '2026-11-02', description: 'My comments' },
      'user:3',
    );
    await store.records.attach(request.id, { commentIds: [id] }, 'user:3');
    const [version] = await store.comments.versions(id);
    const start = version?.text.indexOf('406') ?? 0;
    await store.records.addRedaction(
      {
        requestId: request.id,
        versionId: version?.id ?? 0,
        start,
        end: start + 12,
        exemption: 'personal information',
      },
      'user:3',
    );
    // Text colour against the first opaque background up the tree; both as "r,g,b".
    const invisible = `(() => {
      const rgb = (c) => (c.match(/[\\d.]+/g) || []).slice(0, 4).map(Number);
      const out = [];
      for (const b of document.querySelectorAll('button, a.button, input[type=submit]')) {
        if (b.offsetParent === null) continue;
        let bg = null;
        for (let n = b; n; n = n.parentElement) {
          const v = rgb(getComputedStyle(n).backgroundColor);
          if (v.length === 3 || (v.length === 4 && v[3] > 0.5)) { bg = v.slice(0, 3); break; }
        }
        bg = bg || [255, 255, 255];
        const fg = rgb(getComputedStyle(b).color).slice(0, 3);
        const diff = Math.abs(fg[0] - bg[0]) + Math.abs(fg[1] - bg[1]) + Math.abs(fg[2] - bg[2]);
        if (diff < 150) out.push((b.textContent || '').trim() + ' ' + fg + ' on ' + bg);
      }
      return out;
    })()`;
    const robin = await signIn(app, 'robin', `/records/requests/${request.id}`);
    await expect(robin.page.locator('button', { hasText: 'Detach' }).count()).resolves.toBe(1);
    await expect(robin.page.locator('button', { hasText: 'Withdraw' }).count()).resolves.toBe(0);
    await robin.page.goto(`${app.url}/records/requests/${request.id}/items/${id}`);
    await expect(robin.page.locator('button', { hasText: 'Withdraw' }).count()).resolves.toBe(1);
    for (const path of [
      `/records/requests/${request.id}`,
      `/records/requests/${request.id}/items/${id}`,
      '/records',
    ]) {
      await robin.page.goto(app.url + path);
      await expect(robin.page.evaluate(invisible), path).resolves.toEqual([]);
    }
    const casey = await signIn(app, 'casey');
    for (const path of ['/queue', `/comments/${id}`, '/pages', '/reports']) {
      await casey.page.goto(app.url + path);
      await expect(casey.page.evaluate(invisible), path).resolves.toEqual([]);
    }
  });

  it('fits a phone: no page scrolls sideways at 390 px, wide tables scroll in their own box', async () => {
    const app = await setup();
    const id = await ingest(app, { text: 'You are an idiot and the worst driver in this county' });
    await ingest(app, { text: 'fuck this road closure' });
    await app.db.store.appeals.create({
      commentRef: String(id),
      commentId: id,
      reason: 'I was describing his driving, not insulting him. '.repeat(4),
      contact: 'someone-with-a-rather-long-address@example.org',
      dueOn: '2026-12-18',
      addressHash: 'test',
    });
    // What sticks out past the right edge, named (empty when the page fits).
    const fits = `(() => {
      if (document.documentElement.scrollWidth <= window.innerWidth + 1) return [];
      const out = [];
      for (const e of document.body.querySelectorAll('*')) {
        const r = e.getBoundingClientRect();
        if (r.right > window.innerWidth + 1 && !e.parentElement?.closest('.table-wrap')) {
          out.push(e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + ' ' + Math.round(r.right));
        }
      }
      // Something inside a table's scroll box escaped it (a positioned label): name the page.
      return out.length > 0 ? out.slice(0, 8) : ['page ' + document.documentElement.scrollWidth + ' px wide'];
    })()`;
    const phone = async (username: string | null, paths: string[]) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(5000);
      if (username !== null) {
        await page.goto(`${app.url}/login`);
        await page.fill('input[name=username]', username);
        await page.fill('input[name=password]', TEST_PASSWORD);
        await page.press('input[name=password]', 'Enter');
        await page.waitForLoadState();
      }
      for (const path of paths) {
        await page.goto(app.url + path);
        await expect(page.evaluate(fits), `${username ?? 'public'} ${path}`).resolves.toEqual([]);
      }
    };
    await phone(null, ['/appeal', '/appeal?lang=es', '/appeal/status?receipt=A-ZZZZZZZZZZ']);
    await phone('casey', ['/queue', `/comments/${id}`, '/pages', '/reports', '/pages/1/settings']);
    await phone('lee', ['/escalations', '/appeals']);
    await phone('robin', ['/records', '/records/requests', '/records/holds']);
  });

  it('attaches every search result to a records request: N results, N attached', async () => {
    const app = await setup();
    for (let i = 0; i < 7; i++) await ingest(app, { text: `Road question number ${i}` });
    const request = await app.db.store.records.createRequest(
      { requester: 'A reporter', receivedOn: '2026-11-02', description: 'Everything in November' },
      'user:3',
    );
    const { page, problems } = await signIn(app, 'robin', '/records?platform=facebook');
    const results = await page.locator('table input[name=commentIds]').count();
    expect(results).toBe(7);
    await page.selectOption('select[name=targetRequest]', String(request.id));
    await Promise.all([
      page.waitForURL(new RegExp(`/records/requests/${request.id}`)),
      page.click('button[name=all]'),
    ]);
    await expect(page.locator('body').textContent()).resolves.toContain('7 comments attached.');
    expect((await app.db.store.records.getRequest(request.id))?.items).toBe(results);
    expect(problems).toEqual([]);
  });

  it('shows a right-to-left override as a marker, never applies it, on the server-rendered and script-built cards', async () => {
    const app = await setup();
    await ingest(app, {
      text: 'you idiot \u202etxet desrever\u202c end',
      author: { id: 'rlo', name: 'Bob \u202eevil' },
    });
    const { page, problems } = await signIn(app, 'casey');
    const shown = await page.locator('.item').first().innerText();
    expect(shown).toContain('[U+202E]txet desrever[U+202C]');
    expect(shown).toContain('Bob [U+202E]evil');
    expect(shown).not.toContain('\u202e');
    // A comment arriving while the queue is open is built in the browser, the same way.
    await ingest(app, { text: 'another idiot \u202ehello' });
    await page.locator('.item.new').first().waitFor({ timeout: 10_000 });
    const built = await page.locator('.item.new').first().innerText();
    expect(built).toContain('[U+202E]hello');
    expect(built).not.toContain('\u202e');
    expect(problems).toEqual([]);
  });

  it('redacts words through the records pages, and the exported bundle holds them in no file', async () => {
    const app = await setup();
    const phone = '406-555-0142';
    const id = await ingest(app, {
      text: `He lives on my street, call him at ${phone} and tell him`,
      author: { id: 'a-9', name: 'Neighbour' },
    });
    const request = await app.db.store.records.createRequest(
      { requester: 'A resident', receivedOn: '2026-11-02', description: 'Comments about me' },
      'user:3',
    );
    await app.db.store.records.attach(request.id, { commentIds: [id] }, 'user:3');
    const { page, problems } = await signIn(
      app,
      'robin',
      `/records/requests/${request.id}/items/${id}`,
    );
    await page.fill('input[name=text]', phone);
    await page.fill('input[name=exemption]', 'personal information');
    await Promise.all([page.waitForLoadState('load'), page.click('button:has-text("Redact")')]);
    await expect(page.locator('body').textContent()).resolves.toContain(
      '[REDACTED: personal information]',
    );
    await page.goto(`${app.url}/records/requests/${request.id}`);
    await Promise.all([
      page.waitForURL(/\/records\/exports\//),
      page.click(`form[action="/records/requests/${request.id}/export"] button`),
    ]);
    const name = decodeURIComponent(page.url().split('/records/exports/')[1] ?? '');
    // Every file of the bundle, downloaded through the dashboard: no byte holds the number.
    for (const file of ['manifest.json', 'records.csv', 'records.html', 'records.jsonl']) {
      const answer = await page.request.get(`${app.url}/records/exports/${name}/${file}`);
      expect(answer.status(), file).toBe(200);
      const bytes = await answer.body();
      expect(bytes.length, file).toBeGreaterThan(0);
      expect(bytes.includes(Buffer.from(phone)), file).toBe(false);
      expect(bytes.toString('utf8').replace(/\D/g, ''), file).not.toContain(
        phone.replace(/\D/g, ''),
      );
    }
    expect(problems).toEqual([]);
  });

  it('never lets a records clerk hide: no control in the page and a 403 for a direct POST with a valid token', async () => {
    const app = await setup();
    const id = await ingest(app, { text: 'You idiot.' });
    const { page } = await signIn(app, 'robin', `/comments/${id}`);
    expect(await page.locator('form.decide, input[name=decision], .choice').count()).toBe(0);
    await expect(page.locator('.locked').textContent()).resolves.toMatch(
      /can read this comment but not act/,
    );
    await page.keyboard.press('h');
    await expect(page.locator('#toast').textContent()).resolves.toMatch(/cannot decide/);
    // The page's own token, sent the way the page's script sends it.
    const token = (await page.locator('meta[name="csrf-token"]').getAttribute('content')) ?? '';
    expect(token).toHaveLength(43);
    const status = await page.evaluate(
      async ({ commentId, csrf }) => {
        const res = await fetch(`/comments/${commentId}/decide`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Accept: 'application/json',
            'X-CSRF-Token': csrf,
          },
          body: JSON.stringify({ decision: 'hide', reasonCode: 'personal_attack' }),
        });
        return res.status;
      },
      { commentId: id, csrf: token },
    );
    expect(status).toBe(403);
    const queue = await page.goto(`${app.url}/queue`);
    expect(queue?.status()).toBe(403);
    await app.app.executor.idle();
    expect(fb.calls).toEqual([]);
    expect((await app.db.store.comments.get(id))?.state).toBe('visible');
  });

  it('refuses a POST without the CSRF token, from a signed-in page', async () => {
    const app = await setup();
    const id = await ingest(app, { text: 'You idiot.' });
    const { page } = await signIn(app, 'casey');
    const result = await page.evaluate(async (commentId) => {
      const res = await fetch(`/comments/${commentId}/decide`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ decision: 'hide', reasonCode: 'personal_attack' }),
      });
      return { status: res.status, body: (await res.json()) as { error: string } };
    }, id);
    expect(result.status).toBe(403);
    expect(result.body.error).toMatch(/security check failed/);
    expect(fb.calls).toEqual([]);
    expect((await app.db.store.comments.get(id))?.reviewState).toBe('queued');
  });
});
