/**
 * Classification throughput on one core: civicmod's moderator against the common baseline,
 * `bad-words`' `isProfane`, on the same comments in the same process.
 */
import { Filter } from 'bad-words';
import { createModerator, type Moderator } from '../moderation/index.js';
import { seededRandom, type Corpus } from './corpus.js';
import { interleavedThroughput, throughput } from './stats.js';

export interface ClassifyFigures {
  classify_per_s: number;
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

  // Warm-up: lets V8 optimize both before anything is timed.
  const warm = Math.min(2, Math.max(0.3, seconds / 3));
  throughput(inputs, classify, warm);
  throughput(texts, profane, warm);

  // Alternating rounds: load from other processes during the run weighs on both alike.
  const { a: ours, b: theirs } = interleavedThroughput(
    { items: inputs, fn: classify },
    { items: texts, fn: profane },
    seconds,
  );
  return {
    classify_per_s: ours,
    badwords_per_s: theirs,
    classify_vs_badwords: ours / theirs,
    classify_texts: texts.length,
  };
}
