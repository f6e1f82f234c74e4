/**
 * The disk fills up. The database is size-limited (PRAGMA max_page_count on civicmod's own
 * connection, so this test assembles the real app in-process: real SQLite file, real HTTP
 * server on loopback, the real Facebook adapter against a fake Graph API). A webhook that
 * cannot be stored gets a 503 with a clear message, so the platform resends it; nothing is
 * half-written; and when space returns, the resent comments are stored once and every hide is
 * delivered once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEnabledAdapters } from '../../adapters/index.js';
import { createModerator } from '../../moderation/index.js';
import { createApp, type App } from '../../src/app.js';
import { createCapturedLogger } from '../../src/logger.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/index.js';
import type { FakeGraph } from '../helpers/fake-graph.js';
import { makeTestConfig } from '../helpers/index.js';
import {
  commentWebhook,
  facebookEnv,
  fakeGraph,
  integrityProblems,
  NO_PROBLEMS,
  scalar,
  tempDir,
  waitFor,
  type TempDir,
  type Webhook,
} from './support.js';
import { postWebhook } from '../helpers/fake-graph.js';
import { APP_SECRET } from './support.js';

let dir: TempDir | undefined;
let graph: FakeGraph | undefined;
let app: App | undefined;
let store: SqliteStore | undefined;
afterEach(async () => {
  await app?.stop();
  store?.close();
  await graph?.close();
  dir?.cleanup();
});

async function send(url: string, webhook: Webhook): Promise<{ status: number; body: string }> {
  const response = await postWebhook(url, 'facebook', webhook.body, APP_SECRET);
  return { status: response.status, body: await response.text() };
}

describe('a full disk', () => {
  it('answers 503 with a clear message, writes nothing partial, and recovers when space returns', async () => {
    dir = tempDir('disk-full');
    graph = await fakeGraph();
    store = openSqliteStore(dir.db);
    const { logger, lines } = createCapturedLogger();
    const { config, secrets } = makeTestConfig(facebookEnv(graph, dir.db));
    app = createApp({
      config,
      secrets,
      store,
      logger,
      moderator: createModerator(),
      adapters: createEnabledAdapters({ config, secrets, logger }),
      executor: { retryBaseMs: 20, retryMaxMs: 200 },
    });
    const { url } = await app.start();
    const webhook = (i: number) =>
      commentWebhook(
        `42_${300000 + i}`,
        i % 4 === 0 ? `fuck you, again ${i}` : `Please fix the light at 5th and Main ${i}`,
      );

    for (let i = 0; i < 20; i++) expect((await send(url, webhook(i))).status).toBe(200);

    // The disk has room for a few more pages, then none.
    const pages = Number(store.db.pragma('page_count', { simple: true }));
    store.db.pragma(`max_page_count = ${pages + 12}`);
    const refused: Webhook[] = [];
    let accepted = 20;
    for (let i = 20; i < 400 && refused.length < 25; i++) {
      const answer = await send(url, webhook(i));
      if (answer.status === 200) accepted++;
      else {
        expect(answer.status).toBe(503);
        expect(answer.body).toMatch(/The database is full/);
        refused.push(webhook(i));
      }
    }
    expect(refused).toHaveLength(25);
    expect(accepted).toBeGreaterThan(20);
    expect(lines.some((l) => /database is full/.test(JSON.stringify(l)))).toBe(true);
    // Nothing half-written: every stored comment has its version, every decision its comment.
    const db = dir.db;
    expect(integrityProblems(db)).toEqual(NO_PROBLEMS);
    // A refused comment is either not stored or stored without a decision, never decided:
    // the resend decides it.
    const decisionsOf = (w: Webhook) =>
      scalar(
        db,
        `SELECT COUNT(*) FROM decisions d JOIN comments c ON c.id = d.comment_id
         WHERE c.platform_comment_id = ?`,
        w.commentId,
      );
    expect(refused.map(decisionsOf)).toEqual(refused.map(() => 0));
    // The health check keeps answering while the disk is full.
    expect((await fetch(`${url}/healthz`)).status).toBe(200);

    // Space returns; the platform resends what it was refused.
    store.db.pragma('max_page_count = 1073741823');
    for (const w of refused) expect((await send(url, w)).status).toBe(200);
    for (let i = 400; i < 410; i++) expect((await send(url, webhook(i))).status).toBe(200);

    expect(refused.map(decisionsOf)).toEqual(refused.map(() => 1));
    const total = accepted + refused.length + 10;
    expect(scalar(db, 'SELECT COUNT(*) FROM comments')).toBe(total);
    expect(scalar(db, 'SELECT COUNT(*) FROM comment_versions')).toBe(total);
    expect(scalar(db, 'SELECT COUNT(*) FROM decisions')).toBe(total);
    const obscene = scalar(db, "SELECT COUNT(*) FROM decisions WHERE action = 'hide'");
    expect(obscene).toBeGreaterThan(0);
    await waitFor(
      'every hide to be delivered',
      () =>
        scalar(
          db,
          "SELECT COUNT(*) FROM action_log WHERE kind = 'hide' AND phase = 'completed'",
        ) === obscene,
    );
    expect(scalar(db, "SELECT COUNT(*) FROM comments WHERE state = 'hidden'")).toBe(obscene);
    expect(integrityProblems(db)).toEqual(NO_PROBLEMS);
  }, 60_000);
});
