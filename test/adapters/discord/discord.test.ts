import { DiscordAPIError, RateLimitError } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { DiscordAdapter, type DiscordAdapterOptions } from '../../../adapters/discord/adapter.js';
import { discordErrorToPlatformError } from '../../../adapters/discord/client.js';
import { createDiscordAdapter } from '../../../adapters/discord/index.js';
import type { PlatformActionRequest } from '../../../adapters/types.js';
import { PlatformError } from '../../../src/errors.js';
import { createLogger } from '../../../src/logger.js';
import { makeTestApp, makeTestConfig, type TestApp } from '../../helpers/index.js';
import { makeAdapterContext } from '../helpers.js';
import {
  ANNOUNCEMENTS,
  discordMessage,
  FakeDiscordGateway,
  GENERAL,
  GUILD,
  settle,
  snowflake,
  waitFor,
} from './fake-gateway.js';

function makeAdapter(gateway: FakeDiscordGateway, overrides: Partial<DiscordAdapterOptions> = {}) {
  return new DiscordAdapter({
    gateway,
    guildId: GUILD,
    channelIds: [GENERAL, ANNOUNCEMENTS],
    notifyAuthor: false,
    logger: createLogger({ level: 'silent' }),
    catchUpRetryMs: 5,
    ...overrides,
  });
}

function action(overrides: Partial<PlatformActionRequest> = {}): PlatformActionRequest {
  return {
    actionId: 7,
    kind: 'hide',
    platformCommentId: '0',
    platformPageId: GENERAL,
    reason: 'Personal attack on another person: told the sergeant about it',
    clause: 'J.3 personal attack',
    ...overrides,
  };
}

let t: TestApp | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

describe('Discord adapter: messages', () => {
  it("stores members' messages in monitored channels, in order, and moves the channel cursor", async () => {
    const gateway = new FakeDiscordGateway();
    const adapter = makeAdapter(gateway);
    const rec = makeAdapterContext();
    await adapter.start(rec.context);
    expect(gateway.connected).toBe(true);

    const question = gateway.post(discordMessage({ content: 'When does the closure end?' }));
    const reply = gateway.post(
      discordMessage({
        content: '@maria_r it ends at 6 am',
        replyToId: question.id,
        author: { id: '1200000000000000043', username: 'tomk', globalName: null, bot: false },
      }),
    );
    // Not members' comments, or not ours to watch:
    gateway.post(
      discordMessage({ author: { id: '1', username: 'civicmod', globalName: null, bot: true } }),
    );
    gateway.post(discordMessage({ webhookId: '1100000000000000900' }));
    gateway.post(discordMessage({ system: true, content: '' }));
    gateway.post(discordMessage({ channelId: '1100000000000000555' }));
    gateway.post(discordMessage({ guildId: '1100000000000000777' }));
    await settle();

    const comments = rec.comments();
    expect(comments.map((c) => c.platformCommentId)).toEqual([question.id, reply.id]);
    expect(comments[1]).toEqual({
      platform: 'discord',
      page: { platformPageId: GENERAL, name: '#general' },
      post: {
        platformPostId: GENERAL,
        text: 'Questions for the Helena Police Department. Emergencies: call 911.',
        url: `https://discord.com/channels/${GUILD}/${GENERAL}`,
      },
      platformCommentId: reply.id,
      parentPlatformId: question.id,
      author: { id: '1200000000000000043', name: '@tomk' },
      text: '@maria_r it ends at 6 am',
      createdAt: '2026-11-23T18:00:00.000Z',
      raw: reply.raw,
      source: 'gateway',
    });
    expect(comments[0]?.author.name).toBe('Maria R (@maria_r)');
    // Skipped messages after the last stored one do not move the cursor: only fetched history does.
    expect(rec.cursors.get(`channel:${GENERAL}`)).toBe(reply.id);
  });

  it('stores an edit as a new version without moving the cursor, and an author deletion as a deletion', async () => {
    const gateway = new FakeDiscordGateway();
    const adapter = makeAdapter(gateway);
    const rec = makeAdapterContext();
    await adapter.start(rec.context);
    const first = gateway.post(discordMessage({ content: 'The detour is a mess' }));
    const second = gateway.post(discordMessage({ content: 'Thanks for the update' }));
    gateway.emit('messageUpdate', {
      ...first,
      content: 'The detour is fine now',
      editedAt: '2026-11-23T18:05:00.000Z',
    });
    gateway.emit('messageDelete', {
      id: second.id,
      channelId: GENERAL,
      guildId: GUILD,
      raw: '{"id":"x"}',
    });
    await settle();
    expect(rec.events.map((e) => e.type)).toEqual(['comment', 'comment', 'comment', 'deleted']);
    expect(rec.comments()[2]).toMatchObject({
      platformCommentId: first.id,
      text: 'The detour is fine now',
    });
    expect(rec.events[3]).toEqual({
      type: 'deleted',
      platform: 'discord',
      platformCommentId: second.id,
      raw: '{"id":"x"}',
      source: 'gateway',
    });
    expect(rec.cursors.get(`channel:${GENERAL}`)).toBe(second.id);
  });

  it('catches up on history after the stored cursor when it (re)connects, page by page', async () => {
    const gateway = new FakeDiscordGateway();
    const known = gateway.postWhileAway(discordMessage());
    const missed = Array.from({ length: 150 }, (_, i) =>
      gateway.postWhileAway(discordMessage({ content: `missed ${i}` })),
    );
    const adapter = makeAdapter(gateway, { channelIds: [GENERAL] });
    const rec = makeAdapterContext({ cursors: { [`channel:${GENERAL}`]: known.id } });
    await adapter.start(rec.context);
    gateway.emit('ready');
    await settle(400);
    expect(
      gateway.calls.filter((c) => c.method === 'fetchMessagesAfter').map((c) => c.args[1]),
    ).toEqual([known.id, missed[99]?.id]);
    expect(rec.comments().map((c) => c.text)).toEqual(missed.map((m) => m.content));
    expect(rec.cursors.get(`channel:${GENERAL}`)).toBe(missed[149]?.id);

    // A resumed session replays events, but a catch-up is cheap and finds nothing new.
    gateway.emit('resumed');
    await settle();
    expect(rec.comments()).toHaveLength(150);
  });

  it('reads the latest messages the first time a channel is seen', async () => {
    const gateway = new FakeDiscordGateway();
    const older = Array.from({ length: 5 }, () => gateway.postWhileAway(discordMessage()));
    const adapter = makeAdapter(gateway, { channelIds: [GENERAL], firstBackfill: 3 });
    const rec = makeAdapterContext();
    await adapter.start(rec.context);
    gateway.emit('ready');
    await settle();
    expect(rec.comments().map((c) => c.platformCommentId)).toEqual(older.slice(2).map((m) => m.id));
    expect(rec.cursors.get(`channel:${GENERAL}`)).toBe(older[4]?.id);
  });

  it('never moves the cursor past a message it failed to store, and re-reads it on the retry', async () => {
    const gateway = new FakeDiscordGateway();
    const adapter = makeAdapter(gateway, { channelIds: [GENERAL] });
    let failures = 1;
    const rec = makeAdapterContext({
      failIngest: (event) =>
        event.type === 'comment' && event.comment.text === 'lost?' && failures-- > 0,
    });
    await adapter.start(rec.context);
    const ok = gateway.post(discordMessage({ content: 'first' }));
    await settle();
    const lost = gateway.post(discordMessage({ content: 'lost?' }));
    gateway.post(discordMessage({ content: 'after' }));
    await settle();
    // Stored "after", but the cursor stays before the failed one.
    expect(rec.cursors.get(`channel:${GENERAL}`)).toBe(ok.id);
    await new Promise((r) => setTimeout(r, 20));
    await settle();
    expect(rec.comments().map((c) => c.text)).toEqual(['first', 'after', 'lost?', 'after']);
    expect(rec.cursors.get(`channel:${GENERAL}`)).not.toBe(lost.id);
    expect(BigInt(rec.cursors.get(`channel:${GENERAL}`) ?? '0')).toBeGreaterThan(BigInt(lost.id));
    await adapter.stop();
  });

  it('keeps trying to connect in the background when Discord cannot be reached at start-up', async () => {
    const gateway = new FakeDiscordGateway().failNext(
      'connect',
      new PlatformError('discord', 'discord: could not connect: ECONNREFUSED', { retryable: true }),
    );
    const adapter = makeAdapter(gateway);
    const rec = makeAdapterContext();
    await adapter.start(rec.context);
    expect(gateway.connected).toBe(false);
    expect(rec.pauses).toEqual([]);
    // The retry is scheduled; stop() cancels it cleanly.
    await adapter.stop();
    expect(gateway.calls.filter((c) => c.method === 'connect')).toHaveLength(1);
  });

  it('pauses the page when Discord refuses the token, without failing start-up', async () => {
    const gateway = new FakeDiscordGateway().failNext(
      'connect',
      new PlatformError('discord', 'discord: Discord refused the bot token', {
        retryable: false,
        pausePage: true,
      }),
    );
    const rec = makeAdapterContext();
    await makeAdapter(gateway).start(rec.context);
    expect(rec.pauses).toEqual(['discord: Discord refused the bot token']);
  });
});

describe('Discord adapter: hiding is deleting', () => {
  it('deletes the message with an audit-log reason, and ignores the echo of its own deletion', async () => {
    const gateway = new FakeDiscordGateway();
    const adapter = makeAdapter(gateway);
    const rec = makeAdapterContext();
    await adapter.start(rec.context);
    const message = gateway.post(discordMessage({ content: 'you are all idiots' }));
    await settle();
    const result = await adapter.apply(action({ platformCommentId: message.id }));
    await settle();
    expect(result).toEqual({ deleted: true });
    expect(gateway.deleted).toEqual([
      {
        channelId: GENERAL,
        messageId: message.id,
        reason: 'civicmod action 7: J.3 personal attack',
      },
    ]);
    // The gateway echoed the deletion; it is civicmod's own, not the author's.
    expect(rec.events.map((e) => e.type)).toEqual(['comment']);
    // Deleting again (a retry after a crash) is harmless.
    expect(await adapter.apply(action({ platformCommentId: message.id }))).toEqual({
      deleted: false,
      note: 'already deleted on Discord',
    });
  });

  it('deletes without telling anyone itself: the removal notice is a separate, recorded step', async () => {
    const gateway = new FakeDiscordGateway();
    const adapter = makeAdapter(gateway, { notifyAuthor: true });
    await adapter.start(makeAdapterContext().context);
    const first = gateway.postWhileAway(discordMessage());
    expect(await adapter.apply(action({ platformCommentId: first.id }))).toEqual({ deleted: true });
    expect(gateway.directMessages).toEqual([]);
    // DISCORD_NOTIFY_AUTHOR=true turns notices on for channels with no setting of their own.
    expect(adapter.defaultNotice).toMatchObject({ enabled: true });
    expect(makeAdapter(new FakeDiscordGateway()).defaultNotice).toBeUndefined();
  });

  it('sends the notice as a DM with no mentions; a closed inbox is an error the notice records', async () => {
    const gateway = new FakeDiscordGateway();
    const adapter = makeAdapter(gateway, { notifyAuthor: true });
    await adapter.start(makeAdapterContext().context);
    const text = 'Your message in #general was removed (J.3 personal attack). Appeal at /appeal';
    expect(
      await adapter.sendNotice({
        platformCommentId: '1300000000000000001',
        platformPageId: '1100000000000000001',
        authorId: '1200000000000000042',
        text,
      }),
    ).toEqual({ sent: true });
    const [dm] = gateway.directMessages;
    expect(dm?.userId).toBe('1200000000000000042');
    expect(dm?.message.content).toBe(text);
    expect(dm?.message.allowedMentions).toEqual({ parse: [] });

    gateway.failNext(
      'sendDirectMessage',
      new PlatformError('discord', 'Cannot send messages to this user', { retryable: false }),
    );
    await expect(
      adapter.sendNotice({
        platformCommentId: '1300000000000000002',
        platformPageId: '1100000000000000001',
        authorId: '1200000000000000042',
        text,
      }),
    ).rejects.toThrow(/Cannot send messages/);
    await expect(
      adapter.sendNotice({ platformCommentId: 'x', platformPageId: 'y', authorId: null, text }),
    ).rejects.toThrow(/not on record/);
  });

  it('refuses an unhide, which Discord cannot do, and passes delete failures on', async () => {
    const gateway = new FakeDiscordGateway();
    const adapter = makeAdapter(gateway);
    const rec = makeAdapterContext();
    await adapter.start(rec.context);
    const unhide = (await adapter
      .apply(action({ kind: 'unhide' }))
      .catch((e: unknown) => e)) as PlatformError;
    expect(unhide).toBeInstanceOf(PlatformError);
    expect(unhide.retryable).toBe(false);
    expect(unhide.message).toContain("kept in civicmod's record");

    gateway.failNext(
      'deleteMessage',
      new PlatformError('discord', 'HTTP 503', { retryable: true }),
    );
    const message = gateway.postWhileAway(discordMessage());
    const failed = (await adapter
      .apply(action({ platformCommentId: message.id }))
      .catch((e: unknown) => e)) as PlatformError;
    expect(failed.retryable).toBe(true);
    // The failed deletion is not remembered as civicmod's: a later author deletion still counts.
    gateway.emit('messageDelete', {
      id: message.id,
      channelId: GENERAL,
      guildId: GUILD,
      raw: '{}',
    });
    await settle();
    expect(rec.events).toEqual([
      {
        type: 'deleted',
        platform: 'discord',
        platformCommentId: message.id,
        raw: '{}',
        source: 'gateway',
      },
    ]);
  });

  it('in the whole app: strong obscenity is deleted and recorded, and the deletion echo changes nothing', async () => {
    const gateway = new FakeDiscordGateway();
    const adapter = makeAdapter(gateway);
    t = makeTestApp({ adapters: [adapter] });
    await t.app.start();
    const message = gateway.post(discordMessage({ content: 'fuck you and this detour' }));
    await waitFor(() => gateway.deleted.length > 0);
    await t.app.executor.idle();
    await settle();
    expect(gateway.deleted.map((d) => d.messageId)).toEqual([message.id]);
    const comment = await t.db.store.comments.findByPlatformId('discord', message.id);
    expect(comment?.state).toBe('hidden');
    const actions = await t.db.store.actions.forComment(comment?.id as number);
    expect(actions.map((a) => [a.kind, a.phase])).toEqual([
      ['hide', 'requested'],
      ['hide', 'completed'],
    ]);
    expect(actions[1]?.platformResult).toEqual({ deleted: true });
    // The page is the channel, and its policy is Discord's: spam is not removed automatically.
    expect(adapter.defaultPolicy).toEqual({ autoHide: { spam: false } });
    expect(
      (await t.db.store.pages.list()).map((p) => [p.platform, p.platformPageId, p.name]),
    ).toEqual([['discord', GENERAL, '#general']]);
  });
});

describe('Discord adapter: configuration and errors', () => {
  it('is off unless configured, and says what is missing', () => {
    const logger = createLogger({ level: 'silent' });
    expect(createDiscordAdapter({ ...makeTestConfig(), logger })).toBeNull();
    expect(() =>
      createDiscordAdapter({ ...makeTestConfig({ DISCORD_TOKEN: 'token' }), logger }),
    ).toThrow(/DISCORD_GUILD_ID/);
    expect(() =>
      createDiscordAdapter({
        ...makeTestConfig({ DISCORD_TOKEN: 'token', DISCORD_GUILD_ID: GUILD }),
        logger,
      }),
    ).toThrow(/DISCORD_CHANNEL_IDS/);
    const adapter = createDiscordAdapter({
      ...makeTestConfig({
        DISCORD_TOKEN: 'token',
        DISCORD_GUILD_ID: GUILD,
        DISCORD_CHANNEL_IDS: `${GENERAL}, ${ANNOUNCEMENTS}`,
      }),
      logger,
    });
    expect(adapter?.capabilities).toMatchObject({
      hide: true,
      unhide: false,
      hideIsReversible: false,
    });
    expect(adapter?.capabilities.hideMeans).toBe(
      "deleted on Discord; the original is kept in civicmod's record",
    );
  });

  it('turns discord.js errors into PlatformError that says whether to retry', () => {
    const api = (status: number, code: number, message: string) =>
      new DiscordAPIError({ code, message }, code, status, 'DELETE', '/channels/1/messages/2', {});
    const token = discordErrorToPlatformError(api(401, 0, '401: Unauthorized'), 'delete a message');
    expect([token.pausePage, token.retryable]).toEqual([true, false]);
    expect(token.message).toContain('DISCORD_TOKEN');
    const permission = discordErrorToPlatformError(
      api(403, 50013, 'Missing Permissions'),
      'delete a message',
    );
    expect([permission.pausePage, permission.retryable]).toEqual([false, false]);
    expect(permission.message).toContain('Manage Messages');
    expect(discordErrorToPlatformError(api(502, 0, 'Bad Gateway'), 'x').retryable).toBe(true);
    expect(discordErrorToPlatformError(api(404, 10003, 'Unknown Channel'), 'x').retryable).toBe(
      false,
    );
    const limited = discordErrorToPlatformError(
      new RateLimitError({
        timeToReset: 2000,
        limit: 5,
        method: 'DELETE',
        hash: 'h',
        url: '/x',
        route: '/x',
        majorParameter: '1',
        global: false,
        retryAfter: 2000,
        sublimitTimeout: 0,
        scope: 'user',
      }),
      'x',
    );
    expect([limited.retryable, limited.retryAfterMs]).toEqual([true, 2000]);
    const invalid = Object.assign(new Error('An invalid token was provided.'), {
      code: 'TokenInvalid',
    });
    expect(discordErrorToPlatformError(invalid, 'connect').pausePage).toBe(true);
    expect(discordErrorToPlatformError(new Error('ECONNRESET'), 'x').retryable).toBe(true);
    expect(snowflake()).toMatch(/^\d+$/);
  });
});
