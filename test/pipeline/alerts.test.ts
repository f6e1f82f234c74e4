/**
 * Threat alerts (issue 19): a threat posts a Slack/Teams-compatible JSON alert to
 * ALERT_WEBHOOK_URL (a real HTTP server on loopback) within a second, and the alert and its
 * outcome are in the action log; an ordinary comment alerts no one; a failed delivery is
 * recorded, and the comment is queued all the same.
 */
import { createServer, type Server } from 'node:http';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it, beforeEach } from 'vitest';
import { DiscordAdapter } from '../../adapters/discord/adapter.js';
import { createLogger } from '../../src/logger.js';
import { FakeDiscordGateway, GENERAL, GUILD } from '../adapters/discord/fake-gateway.js';
import { FakeAdapter } from '../helpers/fake-adapter.js';
import { incomingComment, type TestApp } from '../helpers/index.js';
import {
  forEachBackend,
  openTestApp,
  type BackendName,
  type BackendUnderTest,
} from '../helpers/backends.js';

let t: TestApp<BackendUnderTest> | undefined;
/** The backend of the suite running now (set before each test by forEachBackend's suite). */
let backend: BackendName = 'sqlite';
let server: Server | undefined;
afterEach(async () => {
  await t?.cleanup();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

function receiver(): Promise<{ url: string; bodies: unknown[] }> {
  const bodies: unknown[] = [];
  return new Promise((resolve) => {
    server = createServer((req, res) => {
      let data = '';
      req.on('data', (c: Buffer) => (data += c.toString('utf8')));
      req.on('end', () => {
        bodies.push(JSON.parse(data));
        res.writeHead(200).end('ok');
      });
    });
    server.listen(0, '127.0.0.1', () => {
      const { port } = server?.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/hook`, bodies });
    });
  });
}

async function until(condition: () => boolean | Promise<boolean>, ms: number): Promise<number> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
  return Date.now() - started;
}

forEachBackend('threat alerts', (name) => {
  beforeEach(() => {
    backend = name;
  });
  it('posts a threat to the webhook within a second and records the alert', async () => {
    const hook = await receiver();
    t = await openTestApp(backend, {
      adapters: [new FakeAdapter('facebook')],
      env: { ALERT_WEBHOOK_URL: hook.url },
    });
    await t.app.start();
    const threat = await t.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({ text: 'I know where you live and I will hurt you.' }),
    });
    const calm = await t.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({ text: 'Thanks for the road closure update.' }),
    });
    const waited = await until(() => hook.bodies.length >= 1, 1000);
    expect(waited).toBeLessThan(1000);
    const body = hook.bodies[0] as {
      text: string;
      civicmod: { commentId: number; categories: string[] };
    };
    expect(body.text).toMatch(/^civicmod: Threat of violence on facebook/);
    expect(body.civicmod).toMatchObject({ commentId: threat.commentId, categories: ['threat'] });
    const store = t.db.store;
    await until(
      async () =>
        (await store.actions.forComment(threat.commentId as number)).some(
          (a) => a.kind === 'alert',
        ),
      1000,
    );
    const alert = (await store.actions.forComment(threat.commentId as number)).find(
      (a) => a.kind === 'alert',
    );
    expect(alert).toMatchObject({ actor: 'system', clause: 'I.3', phase: 'recorded' });
    expect(alert?.details).toMatchObject({ channel: 'webhook', ok: true, status: 200 });
    expect(
      (await store.actions.forComment(calm.commentId as number)).some((a) => a.kind === 'alert'),
    ).toBe(false);
    expect(hook.bodies).toHaveLength(1);
  });

  it('records a failed delivery and queues the comment all the same', async () => {
    t = await openTestApp(backend, {
      env: { ALERT_WEBHOOK_URL: 'http://127.0.0.1:9/nothing-listens-here' },
    });
    await t.app.start();
    const threat = await t.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({ text: 'Someone should shoot that judge.' }),
    });
    expect(threat.action).toBe('queue');
    const store = t.db.store;
    await until(
      async () =>
        (await store.actions.forComment(threat.commentId as number)).some(
          (a) => a.kind === 'alert',
        ),
      6000,
    );
    const alert = (await store.actions.forComment(threat.commentId as number)).find(
      (a) => a.kind === 'alert',
    );
    expect(alert?.details).toMatchObject({ channel: 'webhook', ok: false });
    expect(alert?.reason).toMatch(/failed/);
  });

  it('e-mails a threat through a real SMTP server on loopback within a second, and the webhook too', async () => {
    const mails: { to: string[]; data: string }[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (c: Buffer) => (data += c.toString('utf8')));
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
    try {
      const { port } = smtp.server.address() as AddressInfo;
      const hook = await receiver();
      t = await openTestApp(backend, {
        env: {
          ALERT_WEBHOOK_URL: hook.url,
          ALERT_SMTP_URL: `smtp://127.0.0.1:${port}`,
          ALERT_EMAIL_FROM: 'civicmod@pd.example.gov',
          ALERT_EMAIL_TO: 'duty-sergeant@pd.example.gov, watch@pd.example.gov',
        },
      });
      await t.app.start();
      const threat = await t.app.pipeline.handle({
        type: 'comment',
        comment: incomingComment({ text: 'There is a bomb in the police station.' }),
      });
      const waited = await until(() => mails.length >= 1 && hook.bodies.length >= 1, 1000);
      expect(waited).toBeLessThan(1000);
      expect(mails[0]?.to).toEqual(['duty-sergeant@pd.example.gov', 'watch@pd.example.gov']);
      expect(mails[0]?.data).toMatch(/Subject: civicmod: Threat of violence on facebook/);
      const store = t.db.store;
      await until(
        async () =>
          (await store.actions.forComment(threat.commentId as number)).filter(
            (a) => a.kind === 'alert',
          ).length === 2,
        2000,
      );
      const channels = (await store.actions.forComment(threat.commentId as number))
        .filter((a) => a.kind === 'alert')
        .map((a) => (a.details as { channel: string; ok: boolean }).channel)
        .sort();
      expect(channels).toEqual(['e-mail', 'webhook']);
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});

forEachBackend('alerts nobody acknowledged', (name) => {
  beforeEach(() => {
    backend = name;
  });
  it('are sent again to the second list once, after ALERT_REPEAT_MINUTES; a person acting stops it', async () => {
    const first = await receiver();
    const secondBodies: unknown[] = [];
    const second = createServer((req, res) => {
      let data = '';
      req.on('data', (c: Buffer) => (data += c.toString('utf8')));
      req.on('end', () => {
        secondBodies.push(JSON.parse(data));
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((r) => second.listen(0, '127.0.0.1', () => r()));
    const secondUrl = `http://127.0.0.1:${(second.address() as AddressInfo).port}/hook`;
    try {
      t = await openTestApp(backend, {
        adapters: [new FakeAdapter('facebook')],
        env: {
          ALERT_WEBHOOK_URL: first.url,
          ALERT_REPEAT_WEBHOOK_URL: secondUrl,
          ALERT_REPEAT_MINUTES: '10',
        },
      });
      const app = t.app;
      const store = t.db.store;
      const ignored = await app.pipeline.handle({
        type: 'comment',
        comment: incomingComment({ text: 'I will hurt you, officer, you are next.' }),
      });
      const seen = await app.pipeline.handle({
        type: 'comment',
        comment: incomingComment({ text: 'I will hurt you and your family.' }),
      });
      await until(() => first.bodies.length >= 2, 2000);
      await until(
        async () =>
          (await store.actions.forComment(seen.commentId as number)).some(
            (a) => a.kind === 'alert',
          ),
        2000,
      );
      // A person acknowledges one of them on the dashboard.
      await store.actions.record({
        kind: 'alert_acknowledged',
        commentId: seen.commentId as number,
        actor: 'user:1',
        reason: 'Alert acknowledged',
        clause: 'I.3',
      });
      // Not yet: ten minutes have not passed.
      expect(await app.repeatAlerts(new Date(Date.now() + 5 * 60_000))).toBe(0);
      expect(await app.repeatAlerts(new Date(Date.now() + 11 * 60_000))).toBe(1);
      await until(() => secondBodies.length >= 1, 1000);
      const body = secondBodies[0] as {
        text: string;
        civicmod: { commentId: number; repeat: boolean };
      };
      expect(body.text).toMatch(/NOT ACKNOWLEDGED after 10 minutes/);
      expect(body.civicmod).toMatchObject({ commentId: ignored.commentId, repeat: true });
      // Once only, and on record.
      expect(await app.repeatAlerts(new Date(Date.now() + 30 * 60_000))).toBe(0);
      const log = await store.actions.forComment(ignored.commentId as number);
      expect(log.filter((a) => a.kind === 'alert' && a.details?.repeat === true)).toHaveLength(1);
    } finally {
      await new Promise<void>((r) => second.close(() => r()));
    }
  });
});

forEachBackend('alerts in a Discord channel', (name) => {
  beforeEach(() => {
    backend = name;
  });
  it('posts a threat in ALERT_DISCORD_CHANNEL_ID through the bot, with no mention resolved, and records it', async () => {
    const gateway = new FakeDiscordGateway();
    const discord = new DiscordAdapter({
      gateway,
      guildId: GUILD,
      channelIds: [GENERAL],
      notifyAuthor: false,
      logger: createLogger({ level: 'silent' }),
    });
    t = await openTestApp(backend, {
      adapters: [new FakeAdapter('facebook'), discord],
      env: { ALERT_DISCORD_CHANNEL_ID: '1100000000000000777' },
    });
    const threat = await t.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({ text: 'I know where you live @everyone and I will hurt you.' }),
    });
    await until(() => gateway.sent.length >= 1, 1000);
    expect(gateway.sent[0]?.channelId).toBe('1100000000000000777');
    expect(gateway.sent[0]?.message.content).toMatch(/^civicmod: Threat of violence on facebook/);
    expect(gateway.sent[0]?.message.allowedMentions).toEqual({ parse: [] });
    const store = t.db.store;
    await until(
      async () =>
        (await store.actions.forComment(threat.commentId as number)).some(
          (a) => a.kind === 'alert' && a.details?.channel === 'Discord',
        ),
      1000,
    );
  });

  it('refuses to start with ALERT_DISCORD_CHANNEL_ID but no Discord, saying what to set', async () => {
    await expect(
      openTestApp(backend, { env: { ALERT_DISCORD_CHANNEL_ID: '1100000000000000777' } }),
    ).rejects.toThrow(/ALERT_DISCORD_CHANNEL_ID is set but Discord is not configured/);
  });
});
