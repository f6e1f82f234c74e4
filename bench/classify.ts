/**
 * Classification throughput on one core: civicmod's moderator against the common baseline,
 * `bad-words`' `isProfane`, on the same comments in the same process.
 */
import { spawnSync } from 'node:child_process';
import { Filter } from 'bad-words';
import { createModerator, type Moderator } from '../moderation/index.js';
import { seededRandom, type Corpus } from './corpus.js';
import { interleavedThroughput, percentile, throughput } from './stats.js';

export interface ClassifyFigures {
  classify_per_s: number;
  /** The first pass over the sample: every comment new, every rule run for the first time. */
  classify_first_pass_per_s: number;
  badwords_per_s: number;
  classify_vs_badwords: number;
  classify_texts: number;
}

export function benchClassify(
  corpus: Corpus,
  seconds: number,
  moderator: Moderator = createModerator(),
): ClassifyFigures {
  const filter = new Filter();
  // One shuffled sample for both, so each sees the same mix of datasets and lengths even though
  // the slower one gets through fewer of them.
  const random = seededRandom(7);
  const sample = [...corpus.texts]
    .map((t) => ({ t, key: random() }))
    .sort((a, b) => a.key - b.key)
    .slice(0, 20_000)
    .map(({ t }) => t);
  const inputs = sample.map((t) => ({ text: t.text, context: { post: t.post } }));
  const texts = sample.map((t) => t.text);
  const classify = (input: (typeof inputs)[number]) => moderator.classify(input).action !== 'allow';
  const profane = (text: string) => filter.isProfane(text);

  // The first pass, timed on its own: what a freshly started civicmod does with its first
  // comments, each rule compiled the first time a comment may match it. It is the warm-up too:
  // the steady figure below is over comments all seen once, as a running civicmod's are.
  const first = throughput(inputs, classify, 0, 0, inputs.length);
  // Bad-words' warm-up: lets V8 optimize it before anything is timed.
  throughput(texts, profane, Math.min(2, Math.max(0.3, seconds / 3)));

  // Alternating rounds: load from other processes during the run weighs on both alike.
  const { a: ours, b: theirs } = interleavedThroughput(
    { items: inputs, fn: classify },
    { items: texts, fn: profane },
    seconds,
  );
  return {
    classify_per_s: ours,
    classify_first_pass_per_s: first.perSecond,
    badwords_per_s: theirs,
    classify_vs_badwords: ours / theirs,
    classify_texts: texts.length,
  };
}

export interface StartupFigures {
  cli_classify_ms: number;
  node_start_ms: number;
}

/**
 * Start-up of the command line: `civicmod classify` on one line of JSON, from spawn to exit
 * (loading the code and both models, classifying, printing), against a bare `node` that does
 * nothing, measured alternately in the same run. Median of `runs`.
 */
export function benchStartup(cli: string, runs = 7): StartupFigures {
  const line = `${JSON.stringify({ id: '1', text: 'You are a clown, read the policy.' })}\n`;
  const env = { PATH: process.env.PATH ?? '', DOTENV_CONFIG_QUIET: 'true' };
  const timed = (args: string[], input: string): number => {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { input, env, encoding: 'utf8' });
    const ms = performance.now() - start;
    if (result.status !== 0) {
      throw new Error(`${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
    }
    return ms;
  };
  const ours: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < runs; i++) {
    ours.push(timed([cli, 'classify'], line));
    bare.push(timed(['-e', ''], ''));
  }
  return { cli_classify_ms: percentile(ours, 50), node_start_ms: percentile(bare, 50) };
}
