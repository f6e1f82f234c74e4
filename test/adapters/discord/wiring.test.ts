import { afterEach, describe, expect, it, vi } from 'vitest';
import { DiscordAdapter } from '../../../adapters/discord/adapter.js';
import { DiscordReviewChannel } from '../../../adapters/discord/review.js';
import { createCapturedLogger, createLogger } from '../../../src/logger.js';
import {
  agencyReviewChannel,
  discordReviewChannels,
  reviewerByDiscordId,
} from '../../../src/review/desk.js';
import { FakeAdapter } from '../../helpers/fake-adapter.js';
import {
  incomingComment,
  makeTestApp,
  makeTestDb,
  type TestApp,
  type TestDb,
} from '../../helpers/index.js';
import { FakeDiscordGateway, GENERAL, GUILD, REVIEW } from './fake-gateway.js';

let db: TestDb | undefined;
let t: TestApp | undefined;
afterEach(async () => {
  db?.cleanup();
  await t?.cleanup();
  db = undefined;
  t = undefined;
});

describe('Discord review wiring', () => {
  it('finds the reviewer linked to a Discord account, and refuses a disabled one', async () => {
    db = makeTestDb();
    const jane = await db.store.users.create({
      username: 'jdoe',
      displayName: 'Jane Doe',
      role: 'content_manager',
      passwordHash: 'scrypt$test',
      discordUserId: '1200000000000000100',
    });
    const gone = await db.store.users.create({
      username: 'former',
      displayName: 'Former Manager',
      role: 'content_manager',
      passwordHash: 'scrypt$test',
      discordUserId: '1200000000000000101',
    });
    await db.store.users.setDisabled(gone.id, true);
    const find = reviewerByDiscordId(db.store);
    const found = await find('1200000000000000100');
    expect(found).toMatchObject({ userId: jane.id, role: 'content_manager', name: 'Jane Doe' });
    // Their roles, agency by agency: content manager of the default agency only.
    expect(found?.access.canIn(1, 'moderate')).toBe(true);
    expect(found?.access.canIn(2, 'moderate')).toBe(false);
    expect(await find('1200000000000000101')).toBeNull();
    expect(await find('1200000000000000999')).toBeNull();
  });

  it('opens the review channel only when Discord runs and a review channel is configured', () => {
    const discord = new DiscordAdapter({
      gateway: new FakeDiscordGateway(),
      guildId: GUILD,
      channelIds: [GENERAL],
      notifyAuthor: false,
      logger: createLogger({ level: 'silent' }),
    });
    t = makeTestApp({ env: { DISCORD_REVIEW_CHANNEL_ID: REVIEW } });
    expect(discordReviewChannels([new FakeAdapter('facebook')], t.app)).toEqual([]);
    const [channel] = discordReviewChannels([discord], t.app);
    expect(channel).toBeInstanceOf(DiscordReviewChannel);
  });

  it('opens none without DISCORD_REVIEW_CHANNEL_ID', async () => {
    t = makeTestApp();
    const discord = new DiscordAdapter({
      gateway: new FakeDiscordGateway(),
      guildId: GUILD,
      channelIds: [GENERAL],
      notifyAuthor: false,
      logger: createLogger({ level: 'silent' }),
    });
    expect(discordReviewChannels([discord], t.app)).toEqual([]);
  });
});

describe('the review channel of some agencies only (DISCORD_REVIEW_AGENCIES)', () => {
  it("tells the channel of its agencies' comments only, and of none when a slug is unknown", async () => {
    db = makeTestDb();
    const store = db.store;
    const a = await store.comments.ingest(
      incomingComment({ page: { platformPageId: 'pg-a', name: 'A' } }),
    );
    const b = await store.comments.ingest(
      incomingComment({ page: { platformPageId: 'pg-b', name: 'B' } }),
    );
    const north = await store.agencies.create({ slug: 'north', name: 'North PD' });
    await store.pages.setAgency((await store.pages.find('facebook', 'pg-b'))!.id, north.id);
    const told: number[] = [];
    const inner = { queued: (id: number) => told.push(id) };
    const { logger, lines } = createCapturedLogger();
    const channel = agencyReviewChannel(inner, store, ['NORTH'], logger);
    channel.queued(a.commentId);
    channel.queued(b.commentId);
    await vi.waitFor(() => expect(told).toEqual([b.commentId]));
    await new Promise((r) => setTimeout(r, 20));
    expect(told).toEqual([b.commentId]);

    const typo = agencyReviewChannel(inner, store, ['nort'], logger);
    typo.queued(b.commentId);
    await vi.waitFor(() =>
      expect(lines.some((l) => String(l.msg).includes('does not exist'))).toBe(true),
    );
    expect(told).toEqual([b.commentId]);
  });
});
