import { afterEach, describe, expect, it } from 'vitest';
import { DiscordAdapter } from '../../../adapters/discord/adapter.js';
import { escapeAndFit, escapeDiscordText } from '../../../adapters/discord/format.js';
import type { Classifier } from '../../../moderation/index.js';
import { createModerator } from '../../../moderation/index.js';
import { createApp, type App } from '../../../src/app.js';
import { createCapturedLogger } from '../../../src/logger.js';
import { createReviewDesk } from '../../../src/review/desk.js';
import { ReviewService, type Reviewer } from '../../../src/review/service.js';
import { FakeAdapter } from '../../helpers/fake-adapter.js';
import {
  incomingComment,
  makeTestConfig,
  makeTestDb,
  testReviewer,
  type TestDb,
} from '../../helpers/index.js';
import { FakeDiscordGateway, GENERAL, GUILD, REVIEW, settle, waitFor } from './fake-gateway.js';

/**
 * A stand-in classifier, so these tests do not depend on the real lexicons: "idiot" is a
 * personal attack (queued for a person, never hidden automatically).
 */
const attackClassifier: Classifier = {
  name: 'test-attack',
  classify(input) {
    const at = input.text.indexOf('idiot');
    if (at < 0) return [];
    return [
      {
        category: 'personal_attack',
        score: 0.9,
        label: 'Personal attack',
        autoHide: false,
        evidence: [{ start: at, end: at + 5, text: 'idiot' }],
      },
    ];
  },
};

const DISCORD_IDS = {
  manager: '1200000000000000100',
  clerk: '1200000000000000101',
  chief: '1200000000000000102',
  stranger: '1200000000000000199',
};
const PEOPLE: Record<string, Reviewer> = {
  [DISCORD_IDS.manager]: testReviewer(7, 'content_manager', 'Jane Doe'),
  [DISCORD_IDS.clerk]: testReviewer(8, 'records_clerk', 'Rob Clerk'),
  [DISCORD_IDS.chief]: testReviewer(9, 'chief', 'Chief Hill'),
};

interface Harness {
  app: App;
  db: TestDb;
  gateway: FakeDiscordGateway;
  facebook: FakeAdapter;
  lookups: string[];
}

let h: Harness | undefined;
afterEach(async () => {
  await h?.app.stop();
  h?.db.cleanup();
  h = undefined;
});

async function harness(options: { start?: boolean } = {}): Promise<Harness> {
  const db = makeTestDb();
  const { logger } = createCapturedLogger();
  const { config, secrets } = makeTestConfig();
  const gateway = new FakeDiscordGateway();
  const facebook = new FakeAdapter('facebook');
  const discord = new DiscordAdapter({
    gateway,
    guildId: GUILD,
    channelIds: [GENERAL],
    notifyAuthor: false,
    logger,
  });
  const lookups: string[] = [];
  const app = createApp({
    config,
    secrets,
    store: db.store,
    logger,
    moderator: createModerator({ classifiers: [attackClassifier] }),
    adapters: [facebook, discord],
    executor: { retryBaseMs: 5, retryMaxMs: 50 },
    reviewChannels: (core) => [
      discord.openReviewChannel(
        REVIEW,
        createReviewDesk({
          store: core.store,
          review: new ReviewService(core.store, core.executor),
          findUserByDiscordId: async (id) => {
            lookups.push(id);
            return PEOPLE[id] ?? null;
          },
        }),
      ),
    ],
  });
  if (options.start !== false) await app.start();
  h = { app, db, gateway, facebook, lookups };
  return h;
}

async function queueFacebookComment(x: Harness, text: string) {
  const outcome = await x.app.pipeline.handle({
    type: 'comment',
    comment: incomingComment({ text, author: { id: 'fb-42', name: 'Pat **Bold**' } }),
  });
  expect(outcome.action).toBe('queue');
  await waitFor(() => x.gateway.sent.length > 0);
  return outcome.commentId as number;
}

describe('Discord review channel: posting the queue', () => {
  it('posts a queued comment from any platform as plain text, with context, flags and buttons', async () => {
    const x = await harness();
    const commentId = await queueFacebookComment(
      x,
      '@everyone the sergeant is an idiot **really** <@123> # heading [link](http://spam.example)',
    );
    const [post] = x.gateway.sent;
    expect(post?.channelId).toBe(REVIEW);
    expect(post?.message.allowedMentions).toEqual({ parse: [] });
    const content = post?.message.content ?? '';
    expect(content).toContain('**Queued for review** · Facebook · Helena Police Department');
    expect(content).toContain('**Post:** Road closure on Last Chance Gulch tonight from 7 pm\\.');
    expect(content).toContain('**Author:** Pat \\*\\*Bold\\*\\*');
    expect(content).toContain('**Flags:** Personal attack (J\\.3 personal attack): "idiot"');
    // The comment cannot ping, link, format or mention anyone.
    expect(content).toContain(
      '\\@everyone the sergeant is an idiot \\*\\*really\\*\\* \\<\\@123\\> \\# heading \\[link\\]\\(http\\:\\/\\/spam\\.example\\)',
    );
    expect(content).not.toMatch(/(^|[^\\])@everyone/);
    expect(content).toContain(`civicmod comment #${commentId}`);
    expect(post?.message.buttons).toEqual([
      { customId: `civicmod:approve:${commentId}`, label: 'Approve', style: 'success' },
      { customId: `civicmod:hide:${commentId}`, label: 'Hide', style: 'danger' },
      { customId: `civicmod:escalate:${commentId}`, label: 'Escalate', style: 'secondary' },
    ]);
  });

  it('waits for Discord to connect, retries a failed post, and edits its message when the comment is queued again', async () => {
    const x = await harness({ start: false });
    x.gateway.failNext('sendMessage', new Error('HTTP 503'));
    const first = await x.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({ platformCommentId: 'fb-edit', text: 'you idiot' }),
    });
    await settle();
    expect(x.gateway.sent).toHaveLength(0); // not connected yet
    await x.app.start();
    await waitFor(() => x.gateway.sent.length === 1, 10_000);
    expect(x.gateway.calls.filter((c) => c.method === 'sendMessage')).toHaveLength(2);

    await x.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({ platformCommentId: 'fb-edit', text: 'you total idiot' }),
    });
    await waitFor(() => x.gateway.edited.length === 1);
    expect(x.gateway.sent).toHaveLength(1);
    expect(x.gateway.edited[0]?.messageId).toBe(x.gateway.sent[0]?.id);
    expect(x.gateway.edited[0]?.message.content).toContain('you total idiot');
    expect(first.commentId).toBeGreaterThan(0);
  }, 20_000);

  it('offers no Hide button when nothing was flagged to cite', async () => {
    const x = await harness();
    const long = 'a'.repeat(30_000); // too long to classify whole: queued with a problem, no flag
    const outcome = await x.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({ text: long }),
    });
    expect(outcome.action).toBe('queue');
    await waitFor(() => x.gateway.sent.length === 1);
    const message = x.gateway.sent[0]?.message;
    expect(message?.buttons.map((b) => b.label)).toEqual(['Approve', 'Escalate']);
    expect(message?.content.length).toBeLessThanOrEqual(2000);
    expect(message?.content).toContain('cut; full text in civicmod');
    expect(message?.content).toContain('**Why:** Queued for a person');
  });
});

describe('Discord review channel: buttons', () => {
  it('refuses a press from a Discord account linked to no civicmod user, and changes nothing', async () => {
    const x = await harness();
    const commentId = await queueFacebookComment(x, 'the sergeant is an idiot');
    const press = x.gateway.press(`civicmod:hide:${commentId}`, DISCORD_IDS.stranger);
    await waitFor(() => press.privateReplies.length > 0);
    expect(press.acknowledged).toBe(true);
    expect(press.privateReplies[0]).toContain('not linked to a civicmod account');
    expect(press.updates).toEqual([]);
    const actions = await x.db.store.actions.forComment(commentId);
    expect(actions.map((a) => a.kind)).toEqual(['queue']);
    expect(x.facebook.calls).toEqual([]);
  });

  it('refuses a records clerk, whose role does not moderate', async () => {
    const x = await harness();
    const commentId = await queueFacebookComment(x, 'the sergeant is an idiot');
    const press = x.gateway.press(`civicmod:approve:${commentId}`, DISCORD_IDS.clerk);
    await waitFor(() => press.privateReplies.length > 0);
    expect(press.privateReplies[0]).toContain('Records clerks cannot do this');
    expect((await x.db.store.actions.forComment(commentId)).map((a) => a.kind)).toEqual(['queue']);
    expect((await x.db.store.comments.get(commentId))?.reviewState).toBe('queued');
  });

  it("records a content manager's Hide with their user id, hides it on the platform, and shows who decided", async () => {
    const x = await harness();
    const commentId = await queueFacebookComment(x, 'the sergeant is an idiot');
    const press = x.gateway.press(`civicmod:hide:${commentId}`, DISCORD_IDS.manager);
    await waitFor(() => press.updates.length > 0);
    await x.app.executor.idle();
    expect(x.lookups).toEqual([DISCORD_IDS.manager]);

    const actions = await x.db.store.actions.forComment(commentId);
    expect(actions.map((a) => [a.kind, a.phase, a.actor])).toEqual([
      ['queue', 'recorded', 'system'],
      ['hide', 'requested', 'user:7'],
      ['hide', 'completed', 'user:7'],
    ]);
    expect(actions[1]).toMatchObject({
      reason: 'Personal attack on another person',
      clause: 'J.3 personal attack',
      details: { reasonCode: 'personal_attack', reviewer: 'Jane Doe', reviewState: 'queued' },
    });
    // The platform hide was requested of the comment's own platform, through the executor.
    expect(x.facebook.calls.map((c) => [c.kind, c.actionId])).toEqual([
      ['hide', actions[1]?.actionId],
    ]);
    expect((await x.db.store.comments.get(commentId))?.state).toBe('hidden');

    const updated = press.updates[0];
    expect(updated?.content).toContain('**Hidden** by Jane Doe (Content manager)');
    expect(updated?.buttons).toEqual([]);
    expect(updated?.allowedMentions).toEqual({ parse: [] });

    // A second press (someone else, a moment later) decides nothing twice.
    const late = x.gateway.press(`civicmod:approve:${commentId}`, DISCORD_IDS.chief);
    await waitFor(() => late.privateReplies.length > 0);
    expect(late.privateReplies[0]).toContain('already decided');
    expect(late.updates[0]?.content).toContain('**Hidden** by Jane Doe');
    expect(await x.db.store.actions.forComment(commentId)).toHaveLength(3);
  });

  it('escalates to the Chief or designee, whom only they may then decide', async () => {
    const x = await harness();
    const commentId = await queueFacebookComment(x, 'the sergeant is an idiot');
    const escalate = x.gateway.press(`civicmod:escalate:${commentId}`, DISCORD_IDS.manager);
    await waitFor(() => escalate.updates.length > 0);
    expect(escalate.updates[0]?.content).toContain('**Escalated: for the Chief or designee**');
    expect(escalate.updates[0]?.content).toContain('by Jane Doe (Content manager)');
    expect(escalate.updates[0]?.buttons.map((b) => b.label)).toEqual(['Approve', 'Hide']);

    const manager = x.gateway.press(`civicmod:approve:${commentId}`, DISCORD_IDS.manager);
    await waitFor(() => manager.privateReplies.length > 0);
    expect(manager.privateReplies[0]).toContain('decide_escalation');

    const chief = x.gateway.press(`civicmod:approve:${commentId}`, DISCORD_IDS.chief);
    await waitFor(() => chief.updates.length > 0);
    expect(chief.updates[0]?.content).toContain(
      '**Approved** by Chief Hill (Chief of Police or designee)',
    );
    const actions = await x.db.store.actions.forComment(commentId);
    expect(actions.map((a) => [a.kind, a.actor])).toEqual([
      ['queue', 'system'],
      ['escalate', 'user:7'],
      ['approve', 'user:9'],
    ]);
    expect((await x.db.store.comments.get(commentId))?.reviewState).toBe('closed');
  });

  it('ignores buttons that are not civicmod review buttons in the review channel', async () => {
    const x = await harness();
    const other = x.gateway.press('poll:vote:1', DISCORD_IDS.manager);
    const elsewhere = x.gateway.press('civicmod:approve:1', DISCORD_IDS.manager, GENERAL);
    await settle();
    expect([other.acknowledged, elsewhere.acknowledged]).toEqual([false, false]);
    expect(x.lookups).toEqual([]);
  });
});

describe('Discord text escaping', () => {
  it('shows every character as written and cuts on a character boundary', () => {
    expect(
      escapeDiscordText('*a* _b_ ~~c~~ `d` ||e|| > f\n# g\n- h\n1. i :smile: @here <#1>'),
    ).toBe(
      '\\*a\\* \\_b\\_ \\~\\~c\\~\\~ \\`d\\` \\|\\|e\\|\\| \\> f\n\\# g\n\\- h\n1\\. i \\:smile\\: \\@here \\<\\#1\\>',
    );
    // Discord renders a backslash before any punctuation as the punctuation itself; other
    // characters pass untouched.
    expect(escapeDiscordText('Thank you, officers 👮 — très bien')).toBe(
      'Thank you\\, officers 👮 — très bien',
    );
    const cut = escapeAndFit('👮👮👮👮', 6, '…');
    expect(cut).toBe('👮👮…');
    expect(escapeAndFit('****', 5, '…')).toBe('\\*\\*…');
  });
});
