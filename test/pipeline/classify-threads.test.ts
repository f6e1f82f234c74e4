import { afterEach, expect, it } from 'vitest';
import { createModerator, DEFAULT_POLICY } from '../../moderation/index.js';
import { createCapturedLogger } from '../../src/logger.js';
import { ClassifyThreads } from '../../src/pipeline/classify-threads.js';
import { FakeAdapter } from '../helpers/fake-adapter.js';
import { incomingComment, makeTestApp, type TestApp } from '../helpers/index.js';

const moderator = createModerator();
const TEXTS = [
  'Thank you for keeping the road closure updates coming.',
  'fuck you, what is this',
  'I know where you live and I will burn your house down.',
  'You are a pathetic excuse for a human being.',
  'Win a FREE iPhone! Claim your prize now at http://bit.ly/win-now',
  'Eres un pendejo y te voy a matar.',
  'The chief should resign. This department keeps failing the people it serves.',
  'My SSN is 123-45-6789, please help me get my report.',
];

let threads: ClassifyThreads | undefined;
let t: TestApp | undefined;
afterEach(async () => {
  await threads?.close();
  threads = undefined;
  await t?.cleanup();
  t = undefined;
});

async function untilReady(pool: ClassifyThreads, count: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (pool.readyCount() < count) {
    if (Date.now() > deadline) throw new Error('the classification threads did not start');
    await new Promise((r) => setTimeout(r, 20));
  }
}

it('gives on worker threads the verdicts the main thread gives, under any page settings', async () => {
  const { logger } = createCapturedLogger();
  threads = new ClassifyThreads(2, moderator, logger);
  await untilReady(threads, 2);
  const noAutoHide = { ...DEFAULT_POLICY, autoHide: { obscenity: false, spam: false } };
  for (const settings of [DEFAULT_POLICY, noAutoHide]) {
    const inputs = TEXTS.map((text) => ({ text, context: { post: 'Road closure tonight.' } }));
    const threaded = await Promise.all(inputs.map((input) => threads!.classify(input, settings)));
    expect(threaded).toEqual(inputs.map((input) => moderator.classify(input, settings)));
  }
});

it('classifies on the main thread what it is asked before its threads are up, and while closing', async () => {
  const { logger } = createCapturedLogger();
  threads = new ClassifyThreads(1, moderator, logger);
  const input = { text: TEXTS[1] as string };
  // Asked at once: no thread has loaded its models yet.
  expect(await threads.classify(input, DEFAULT_POLICY)).toEqual(moderator.classify(input));
  await untilReady(threads, 1);
  const pending = TEXTS.map((text) => threads!.classify({ text }, DEFAULT_POLICY));
  await threads.close();
  // Whatever the closed thread still held was finished here, none lost.
  expect(await Promise.all(pending)).toEqual(TEXTS.map((text) => moderator.classify({ text })));
  expect(await threads.classify(input, DEFAULT_POLICY)).toEqual(moderator.classify(input));
});

it('never lets a thread of another classifier version decide', async () => {
  const { logger, lines } = createCapturedLogger();
  const other = createModerator({ version: 'civicmod-test-other' });
  threads = new ClassifyThreads(1, other, logger);
  // Start-up does not wait out its timeout for a thread that will never be ready.
  const started = Date.now();
  await threads.whenReady(60_000);
  expect(Date.now() - started).toBeLessThan(20_000);
  const deadline = Date.now() + 30_000;
  while (!lines.some((l) => String(l.msg).includes('another classifier version'))) {
    if (Date.now() > deadline) throw new Error('the version was never compared');
    await new Promise((r) => setTimeout(r, 20));
  }
  await new Promise((r) => setTimeout(r, 200));
  expect(threads.readyCount()).toBe(0);
  const verdict = await threads.classify({ text: TEXTS[0] as string }, DEFAULT_POLICY);
  expect(verdict).toEqual(other.classify({ text: TEXTS[0] as string }));
});

it('says so when a thread cannot classify a comment, and fails it as the main thread would', async () => {
  const { logger, lines } = createCapturedLogger();
  threads = new ClassifyThreads(1, moderator, logger);
  await untilReady(threads, 1);
  // Not text: the moderator throws on it, in the thread and again on the main thread.
  const bad = { text: 42 as unknown as string };
  let mainError: unknown;
  try {
    moderator.classify(bad);
  } catch (err) {
    mainError = err;
  }
  expect(mainError).toBeInstanceOf(Error);
  await expect(threads.classify(bad, DEFAULT_POLICY)).rejects.toThrow((mainError as Error).message);
  const line = lines.find((l) => String(l.msg).includes('could not classify a comment'));
  expect(line?.threadError).toBe((mainError as Error).message);
  // An input that cannot be sent to a thread (a function in it) is classified here instead.
  const unsendable = { text: TEXTS[2] as string, context: { post: 'Road work.' }, extra: () => 1 };
  expect(await threads.classify(unsendable, DEFAULT_POLICY)).toEqual(
    moderator.classify({ text: TEXTS[2] as string, context: { post: 'Road work.' } }),
  );
  // The thread still answers afterwards.
  const input = { text: TEXTS[3] as string };
  expect(await threads.classify(input, DEFAULT_POLICY)).toEqual(moderator.classify(input));
});

it('runs the pipeline with CIVICMOD_CLASSIFY_THREADS: stored first, decided and hidden as on one thread', async () => {
  const fb = new FakeAdapter('facebook');
  t = makeTestApp({ adapters: [fb], env: { CIVICMOD_CLASSIFY_THREADS: '1' } });
  await t.app.start();
  const outcomes = await Promise.all(
    TEXTS.map((text) =>
      t!.app.pipeline.handle({ type: 'comment', comment: incomingComment({ text }) }),
    ),
  );
  await t.app.executor.idle();
  expect(outcomes.map((o) => o.action)).toEqual(
    TEXTS.map(
      (text) =>
        moderator.classify({
          text,
          context: {
            post: 'Road closure on Last Chance Gulch tonight from 7 pm.',
            page: 'Helena Police Department',
          },
        }).action,
    ),
  );
  expect(fb.calls.map((c) => c.kind)).toEqual(
    outcomes.filter((o) => o.action === 'hide').map(() => 'hide'),
  );
  for (const o of outcomes) {
    const [decision] = await t.db.store.comments.decisions(o.commentId as number);
    expect(decision?.classifierVersion).toBe(moderator.version);
  }
  await t.app.stop();
  // Every comment was classified by the thread, none on the main thread.
  expect(t.logs.find((l) => l.msg === 'classification threads stopped')).toMatchObject({
    threads: TEXTS.length,
    here: 0,
  });
});

it('refuses a thread count it cannot use, with the setting named', () => {
  expect(() => makeTestApp({ env: { CIVICMOD_CLASSIFY_THREADS: '-1' } })).toThrow(
    /CIVICMOD_CLASSIFY_THREADS/,
  );
  expect(() => makeTestApp({ env: { CIVICMOD_CLASSIFY_THREADS: 'two' } })).toThrow(
    /CIVICMOD_CLASSIFY_THREADS/,
  );
});
