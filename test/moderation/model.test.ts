import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTACK_MODEL_NAME } from '../../moderation/attack.js';
import { ES_ATTACK_MODEL_NAME } from '../../moderation/es/attack.js';

import {
  compactFeatures,
  extractFeatures,
  wordFeatureIndex,
  type FeatureSpec,
} from '../../moderation/model/features.js';
import { fromModelFile, loadModel, packageRoot, toModelFile } from '../../moderation/model/file.js';
import {
  logit,
  naiveBayesScale,
  trainLogistic,
  type TrainingExample,
} from '../../moderation/model/linear.js';
import {
  TOKEN_MENTION,
  TOKEN_NUMBER,
  TOKEN_URL,
  TOKEN_WORD,
  tokenize,
  tokenText,
} from '../../moderation/model/tokenize.js';
import { SPAM_MODEL_NAME } from '../../moderation/offtopic.js';

const SPEC: FeatureSpec = { bits: 12, bigrams: true, charMin: 3, charMax: 4, addressWindow: 2 };

function kinds(text: string): [string, number][] {
  const t = tokenize(text);
  return Array.from({ length: t.count }, (_, i) => [tokenText(t, i), t.kinds[i] ?? -1]);
}

describe('tokenize', () => {
  it('finds words with inner apostrophes, mentions, links and numbers', () => {
    expect(kinds("you're @dave_1 see http://x.co/a?b=1 or 911!")).toEqual([
      ["you're", TOKEN_WORD],
      ['@dave_1', TOKEN_MENTION],
      ['see', TOKEN_WORD],
      ['http://x.co/a?b=1', TOKEN_URL],
      ['or', TOKEN_WORD],
      ['911', TOKEN_NUMBER],
    ]);
  });

  it('treats bare domains and the datasets placeholders as links and mentions', () => {
    expect(kinds('visit bit.ly/abc. @user url <user>')).toEqual([
      ['visit', TOKEN_WORD],
      ['bit.ly/abc', TOKEN_URL],
      ['@user', TOKEN_MENTION],
      ['url', TOKEN_URL],
      ['<user>', TOKEN_MENTION],
    ]);
  });

  it('does not take a sentence ending for a domain', () => {
    expect(kinds('the end.of story').map(([w]) => w)).toEqual(['the', 'end', 'of', 'story']);
  });
});

describe('features', () => {
  it('are the same for the same text and differ with the words', () => {
    const a = extractFeatures(tokenize('you are a fool'), SPEC);
    const b = extractFeatures(tokenize('you are a fool'), SPEC);
    const c = extractFeatures(tokenize('you are a friend'), SPEC);
    expect([...a.indices.slice(0, a.count)]).toEqual([...b.indices.slice(0, b.count)]);
    expect([...a.indices.slice(0, a.count)]).not.toEqual([...c.indices.slice(0, c.count)]);
    expect(a.value).toBeCloseTo(1 / Math.sqrt(a.count));
  });

  it('hash the typographic apostrophe like the plain one', () => {
    expect(wordFeatureIndex('you’re', SPEC)).toBe(wordFeatureIndex("you're", SPEC));
  });
});

describe('lexicon features (J.3 personal attack)', () => {
  // Words only: what the model learns about one insult can reach another through its class alone.
  const WORDS: FeatureSpec = { bits: 14, bigrams: false, charMin: 0, charMax: 0, addressWindow: 0 };
  const LEXICON: FeatureSpec = { ...WORDS, lexicon: true };
  const featureSet = (text: string, spec: FeatureSpec): Set<number> => {
    const f = extractFeatures(tokenize(text), spec);
    return new Set(f.indices.slice(0, f.count));
  };
  const added = (text: string): number =>
    extractFeatures(tokenize(text), LEXICON).count - extractFeatures(tokenize(text), WORDS).count;

  it('add a class feature for an insult word, and an "addressed" one near a second-person word', () => {
    expect(added('what a simpleton')).toBe(1);
    expect(added('you are such a simpleton')).toBe(2);
    expect(added('simpletons like you')).toBe(2);
    // Obscenity tiers are classes too: "asshole" is an insult word and vulgar (two classes).
    expect(added('you asshole')).toBe(4);
    expect(added('you are a good neighbour')).toBe(0);
  });

  it('are absent from a model file that does not ask for them (older files)', () => {
    expect(added('you simpleton') > 0).toBe(true);
    expect(featureSet('you simpleton', { ...WORDS, lexicon: false })).toEqual(
      featureSet('you simpleton', WORDS),
    );
  });

  it('let a model recognise an insult it never saw, from insults it did', () => {
    const seen = ['idiot', 'moron', 'imbecile', 'dimwit', 'buffoon', 'nitwit'];
    const ordinary = ['neighbour', 'resident', 'friend', 'driver', 'parent', 'voter'];
    const examples = (spec: FeatureSpec): TrainingExample[] =>
      Array.from({ length: 240 }, (_, i) => {
        const positive = i % 2 === 0;
        const word = (positive ? seen : ordinary)[(i >> 1) % 6] ?? '';
        return {
          features: compactFeatures(extractFeatures(tokenize(`you are a ${word}`), spec)),
          label: positive ? 1 : 0,
          weight: 1,
        } satisfies TrainingExample;
      });
    const options = { alpha: 0.3, beta: 1, l1: 0, l2: 1, epochs: 4, seed: 7 };
    const withLexicon = trainLogistic(examples(LEXICON), LEXICON, options);
    const without = trainLogistic(examples(WORDS), WORDS, options);
    const score = (model: typeof without, text: string): number =>
      logit(model, extractFeatures(tokenize(text), model.spec));
    // "simpleton" and "citizen" never occur in training.
    expect(score(withLexicon, 'you are a simpleton')).toBeGreaterThan(0);
    expect(score(withLexicon, 'you are a citizen')).toBeLessThan(0);
    expect(score(without, 'you are a simpleton')).toBeCloseTo(
      score(without, 'you are a citizen'),
      6,
    );
  });
});

/** A small, made-up training set: "bad" words make a positive, "good" words a negative. */
function syntheticExamples(): TrainingExample[] {
  const bad = ['awful', 'horrid', 'vile', 'rotten'];
  const good = ['lovely', 'kind', 'fine', 'great'];
  const filler = ['day', 'street', 'city', 'weather', 'park', 'news'];
  const out: TrainingExample[] = [];
  for (let i = 0; i < 200; i++) {
    const positive = i % 3 === 0;
    const pick = positive ? bad : good;
    const text = `${pick[i % 4]} ${filler[i % 6]} ${filler[(i * 7) % 6]} ${pick[(i >> 2) % 4]}`;
    out.push({
      features: compactFeatures(extractFeatures(tokenize(text), SPEC)),
      label: positive ? 1 : 0,
      weight: 1,
    });
  }
  return out;
}

describe('trainLogistic', () => {
  it('is deterministic: the same data gives the same model file, byte for byte', () => {
    const options = { alpha: 0.3, beta: 1, l1: 0.1, l2: 1, epochs: 4, seed: 7 };
    const first = trainLogistic(
      syntheticExamples(),
      SPEC,
      options,
      naiveBayesScale(syntheticExamples(), SPEC.bits),
    );
    const second = trainLogistic(
      syntheticExamples(),
      SPEC,
      options,
      naiveBayesScale(syntheticExamples(), SPEC.bits),
    );
    expect(JSON.stringify(toModelFile('t', 'test', first))).toBe(
      JSON.stringify(toModelFile('t', 'test', second)),
    );
    const otherSeed = trainLogistic(syntheticExamples(), SPEC, { ...options, seed: 8 });
    expect(JSON.stringify(toModelFile('t', 'test', otherSeed))).not.toBe(
      JSON.stringify(toModelFile('t', 'test', first)),
    );
  });

  it('learns the synthetic rule', () => {
    const model = trainLogistic(syntheticExamples(), SPEC);
    const score = (text: string): number => logit(model, extractFeatures(tokenize(text), SPEC));
    expect(score('vile weather horrid')).toBeGreaterThan(0);
    expect(score('lovely weather kind')).toBeLessThan(0);
  });

  it('scores every feature with a non-zero weight, whatever the table around it holds', () => {
    // Sparse weights at the edges of the bitmap's 32-bit words, where an off-by-one would show.
    const weights = new Float32Array(1 << SPEC.bits);
    for (const [i, w] of [
      [0, 0.5],
      [31, -0.25],
      [32, 2],
      [63, 1],
      [4095, -3],
    ] as const) {
      weights[i] = w;
    }
    const model = { spec: SPEC, bias: 0.1, weights };
    const indices = Int32Array.from([0, 1, 31, 32, 33, 63, 4095, 4094, 0]);
    const features = { count: 8, indices, tokenEnds: new Int32Array(0), value: 0.5 };
    // The ninth index is past `count`: never scored.
    expect(logit(model, features)).toBeCloseTo(0.1 + (0.5 - 0.25 + 2 + 1 - 3) * 0.5, 10);
    // Another table is another model, with its own bitmap.
    const other = { ...model, weights: weights.map((w, i) => (i === 1 ? 4 : w)) };
    expect(logit(other, features)).toBeCloseTo(logit(model, features) + 4 * 0.5, 10);
  });

  it('round-trips through the model file format with weights rounded to 1e-4', () => {
    const model = trainLogistic(syntheticExamples(), SPEC);
    const file = toModelFile('t', 'test', model);
    const back = fromModelFile(JSON.parse(JSON.stringify(file)) as typeof file);
    expect(back.bias).toBe(file.bias);
    for (let i = 0; i < model.weights.length; i++) {
      expect(back.weights[i]).toBeCloseTo(model.weights[i] ?? 0, 4);
    }
    expect(file.size).toBe(file.values.length);
  });
});

describe('model files', () => {
  it('finds the package root from sources and from a built folder alike', () => {
    const root = packageRoot();
    expect(packageRoot(join(root, 'dist', 'moderation', 'model'))).toBe(root);
    const fake = mkdtempSync(join(tmpdir(), 'civicmod-root-'));
    mkdirSync(join(fake, 'dist', 'moderation'), { recursive: true });
    writeFileSync(join(fake, 'package.json'), '{}');
    expect(packageRoot(join(fake, 'dist', 'moderation'))).toBe(fake);
  });

  it('loads the shipped models, small and non-trivial', () => {
    for (const name of [ATTACK_MODEL_NAME, SPAM_MODEL_NAME]) {
      const model = loadModel(name);
      let nonZero = 0;
      for (const w of model.weights) if (w !== 0) nonZero++;
      expect(nonZero).toBeGreaterThan(1000);
      expect(model.weights.length).toBe(1 << model.spec.bits);
    }
  });

  it('says how to rebuild a missing model', () => {
    expect(() => loadModel('no-such-model')).toThrow(/npm run train/);
  });

  it('keeps the margin a model asks when nobody is pointed at, and rejects one that is not a number', () => {
    const model = { ...trainLogistic(syntheticExamples(), SPEC), unaimedMargin: 0.25 };
    const file = toModelFile('t', 'test', model);
    expect(fromModelFile(JSON.parse(JSON.stringify(file)) as typeof file).unaimedMargin).toBe(0.25);
    const plain = toModelFile('t', 'test', trainLogistic(syntheticExamples(), SPEC));
    expect('unaimedMargin' in plain).toBe(false);
    expect(fromModelFile(plain).unaimedMargin).toBeUndefined();
    expect(() => fromModelFile({ ...file, unaimedMargin: 'wide' as unknown as number })).toThrow(
      /unaimedMargin/,
    );
  });

  it('ships the Spanish attack model with the margin training chose for it', () => {
    const margin = loadModel(ES_ATTACK_MODEL_NAME).unaimedMargin;
    expect(margin).toBeGreaterThanOrEqual(0);
    expect(margin).toBeLessThanOrEqual(1);
  });

  it('rejects a file of another format', () => {
    const file = { ...toModelFile('t', 'x', trainLogistic([], SPEC)), format: 'other' };
    expect(() => fromModelFile(file as unknown as ReturnType<typeof toModelFile>)).toThrow(
      /format/,
    );
  });
});
