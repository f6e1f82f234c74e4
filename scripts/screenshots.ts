/**
 * Seeds a demo database and captures the dashboard screenshots in docs/screenshots/ (the
 * README shows them). Everything runs on loopback with stand-in platforms; the comments go
 * through the real pipeline and moderator, and every decision through ReviewService.
 *
 *   npx tsx scripts/screenshots.ts
 *
 * Needs Chromium at /usr/bin/chromium (Debian's `chromium` package), or CHROMIUM=/path.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type {
  AdapterCapabilities,
  PlatformActionRequest,
  PlatformActionResult,
  PlatformAdapter,
} from '../adapters/types.js';
import { createModerator } from '../moderation/index.js';
import { createAccount } from '../src/accounts/accounts.js';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { ReviewService, reviewerOf } from '../src/review/service.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import type { IncomingComment, Platform } from '../src/store/types.js';
import { dashboardRouters } from '../src/web/dashboard.js';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
const PASSWORD = 'demo password for screenshots';

/** A stand-in platform that accepts every hide and restore, as a connected page would. */
function demoPlatform(platform: Platform, hideMeans: string): PlatformAdapter {
  const capabilities: AdapterCapabilities = {
    hide: true,
    unhide: true,
    delete: false,
    reply: false,
    hideIsReversible: true,
    hideMeans,
  };
  return {
    platform,
    capabilities,
    async start() {},
    async stop() {},
    async apply(action: PlatformActionRequest): Promise<PlatformActionResult> {
      return { success: true, id: action.platformCommentId };
    },
  };
}

const HOUR = 3_600_000;
const now = Date.now();
let seq = 0;

function comment(c: {
  platform?: Platform;
  page?: string;
  pageName?: string;
  post: { id: string; text: string };
  id?: string;
  parent?: string;
  author: [string, string];
  text: string;
  hoursAgo: number;
}): IncomingComment {
  seq++;
  const id = c.id ?? `demo-${seq}`;
  return {
    platform: c.platform ?? 'facebook',
    page: { platformPageId: c.page ?? 'helena-pd', name: c.pageName ?? 'Helena Police Department' },
    post: { platformPostId: c.post.id, text: c.post.text },
    platformCommentId: id,
    parentPlatformId: c.parent,
    author: { id: c.author[0], name: c.author[1] },
    text: c.text,
    createdAt: new Date(now - c.hoursAgo * HOUR).toISOString(),
    raw: JSON.stringify({ id, message: c.text, from: { id: c.author[0], name: c.author[1] } }),
    source: 'webhook',
  };
}

const ROAD = {
  id: 'post-road',
  text: 'Road closure: Last Chance Gulch between 6th Ave and Lawrence St is closed tonight from 7 pm to 5 am for water main repairs. Please use Park Ave.',
};
const HIRING = {
  id: 'post-hiring',
  text: 'We are hiring patrol officers and dispatchers. Applications are open until December 15 at helenamt.gov/jobs.',
};
const COFFEE = {
  id: 'post-coffee',
  text: 'Thank you to everyone who joined us for Coffee with a Cop at the Walking Mall this morning!',
};

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'civicmod-demo-'));
  const store = openSqliteStore(join(dir, 'demo.db'));
  const { config, secrets } = loadConfig({ HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent' });
  const app = createApp({
    config,
    secrets,
    store,
    logger: createLogger({ level: 'silent' }),
    moderator: createModerator(),
    adapters: [
      demoPlatform('facebook', 'hidden from everyone except the author and their friends'),
      demoPlatform('instagram', 'hidden from everyone except the author'),
    ],
    routers: (core) => dashboardRouters(core),
  });
  const { url } = await app.start();
  const by = { actor: 'system', via: 'cli' } as const;
  const casey = await createAccount(
    store,
    { username: 'casey', displayName: 'Casey Morgan', role: 'content_manager', password: PASSWORD },
    by,
  );
  await createAccount(
    store,
    { username: 'lee', displayName: 'Chief Dana Lee', role: 'chief', password: PASSWORD },
    by,
  );

  const ingest = async (c: IncomingComment) => {
    const outcome = await app.pipeline.handle({ type: 'comment', comment: c });
    return outcome.commentId as number;
  };
  // Earlier comments by the same people, so the queue shows an author's history.
  await ingest(
    comment({
      post: HIRING,
      author: ['u-ray', 'Ray Holt'],
      text: 'Your officers ticketed me for parking in my own driveway. Unbelievable.',
      hoursAgo: 70,
    }),
  );
  await ingest(
    comment({
      post: HIRING,
      author: ['u-ray', 'Ray Holt'],
      text: 'Maybe hire people who know the law this time.',
      hoursAgo: 50,
    }),
  );
  // Criticism of the department: stays visible, never queued.
  await ingest(
    comment({
      post: ROAD,
      author: ['u-jo', 'Jo Alvarez'],
      text: 'Third closure this month. The city keeps failing the people who live downtown, and the department knows it.',
      hoursAgo: 9,
    }),
  );
  await ingest(
    comment({
      post: ROAD,
      id: 'tina-1',
      author: ['u-tina', 'Tina Brooks'],
      text: 'Why is it always at night? Some of us work the night shift and need that road.',
      hoursAgo: 8,
    }),
  );
  const threat = await ingest(
    comment({
      post: ROAD,
      parent: 'tina-1',
      author: ['u-ray', 'Ray Holt'],
      text: 'Tell Officer Daniels I know where you live and I will hurt you if I get another ticket.',
      hoursAgo: 6,
    }),
  );
  const sworn = await ingest(
    comment({
      post: ROAD,
      author: ['u-sam', 'Sam Whitaker'],
      text: 'fuck you and your closures, this city cannot fix a single road',
      hoursAgo: 5,
    }),
  );
  await ingest(
    comment({
      post: ROAD,
      author: ['u-kim', 'Kim Nguyen'],
      text: 'The guy who broke into my car is Mark Jensen, he lives at 1412 Oak St, call him at 406-555-0134 and tell him to give my stuff back.',
      hoursAgo: 3,
    }),
  );
  await ingest(
    comment({
      platform: 'instagram',
      page: 'helenapolice',
      pageName: 'helenapolice',
      post: COFFEE,
      author: ['u-ana', 'أنا كريم'],
      text: 'شكرا! Great event, see you next month.',
      hoursAgo: 2,
    }),
  );
  await ingest(
    comment({
      platform: 'instagram',
      page: 'helenapolice',
      pageName: 'helenapolice',
      post: COFFEE,
      author: ['u-lou', 'Lou Parker'],
      text: 'You useless idiots could not find a stolen bike if it was parked in your lobby, and I will hurt you if you ticket me again.',
      hoursAgo: 1,
    }),
  );
  await app.executor.idle();

  // The bot's hide of an edited comment, restored by a person: a full record to show.
  await ingest(
    comment({
      post: ROAD,
      id: 'demo-sam-edit',
      author: ['u-sam', 'Sam Whitaker'],
      text: 'closed AGAIN? fuck off',
      hoursAgo: 4,
    }),
  );
  await app.executor.idle();
  const edited = await ingest({
    ...comment({
      post: ROAD,
      id: 'demo-sam-edit',
      author: ['u-sam', 'Sam Whitaker'],
      text: 'what the heck, closed AGAIN? Is there a detour for the bus?',
      hoursAgo: 4,
    }),
    source: 'poll',
  });
  await app.executor.idle();
  const review = new ReviewService(store, app.executor);
  const reviewer = reviewerOf(casey);
  await review.decide(reviewer, {
    commentId: edited,
    decision: 'restore',
    reasonCode: 'hidden_in_error',
    note: 'Edited to remove the obscenity; the question about the detour is on topic.',
  });
  await app.executor.idle();
  // A Spanish comment, read as Spanish and queued (the card names the language).
  await ingest(
    comment({
      post: ROAD,
      author: ['u-memo', 'Memo Ruiz'],
      text: 'Oye pendejo, la calle sigue cerrada y nadie dice nada',
      hoursAgo: 1,
    }),
  );
  await app.executor.idle();
  const swornRef = (await store.comments.get(sworn))?.platformCommentId ?? '';
  void threat;

  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
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
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
    await page.goto(`${url}/login`);
    await page.fill('input[name=username]', 'casey');
    await page.fill('input[name=password]', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL(/\/queue/);
    // The first card current, with a decision started from the keyboard.
    await page.keyboard.press('e');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, 'queue.png') });
    await page.goto(`${url}/comments/${edited}`);
    await page.screenshot({ path: join(OUT, 'comment.png'), fullPage: true });
    // The public appeal page, as the author of the hidden comment fills it in (no sign-in).
    const author = await browser.newPage({ viewport: { width: 900, height: 900 } });
    await author.goto(`${url}/appeal`);
    await author.fill('input[name=comment]', swornRef);
    await author.fill(
      'textarea[name=reason]',
      'I was angry about the closures, not swearing at anyone in particular. The point about the roads stands.',
    );
    await author.fill('input[name=contact]', 'sam.whitaker@example.org');
    await author.screenshot({ path: join(OUT, 'appeal.png'), fullPage: true });
    await author.click('button[type=submit]');
    await author.waitForSelector('#receipt');
    await author.close();
    // The Chief's Appeals page.
    const chief = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
    await chief.goto(`${url}/login`);
    await chief.fill('input[name=username]', 'lee');
    await chief.fill('input[name=password]', PASSWORD);
    await chief.click('button[type=submit]');
    await chief.waitForURL(/\/(queue|escalations)/);
    await chief.goto(`${url}/appeals`);
    await chief.screenshot({ path: join(OUT, 'appeals.png'), fullPage: true });
    await chief.close();
    process.stdout.write(`Screenshots written to ${OUT}\n`);
  } finally {
    await browser.close();
    await app.stop();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
