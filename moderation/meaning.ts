/**
 * Word meaning from pretrained vectors, for what our labelled data is too small to teach.
 *
 * Polarity of a word said of a person: "you are a kind neighbour", "you're a gracious host" are
 * compliments shaped like insults ("you are a …"); a model over words only knows the words it
 * saw. A logistic regression over the GloVe vectors of the seed words below gives every word of
 * the vector file a polarity (negative = insulting, positive = kind or neutral), so "gracious"
 * reads kind and "cretinous" insulting without either being in any list. Fitted on the seeds
 * by `npm run train`, which writes the direction to data/models/polarity.json (read at load:
 * fitting it took about half of a one-line `civicmod classify`'s meaning work); the seeds are
 * ours, written for this purpose, never rows of a dataset.
 *
 * Used only to keep a compliment from being flagged as a personal attack (attack.ts); never to
 * flag, queue or hide anything by itself. No word for police, officials or political views is
 * a seed on either side: criticism is handled by the criticism guard, not by polarity.
 */
import { readFileSync } from 'node:fs';
import { INSULT_WORDS } from './lexicon/insults.js';
import { modelPath } from './model/file.js';
import { loadVectors, wordScores, type WordLookup, type WordVectors } from './model/vectors.js';

const words = (list: string): string[] => list.trim().split(/\s+/);

/** Seed words of each pole. */
export const MEANING_SEEDS = {
  kind: words(`
    kind nice good great wonderful talented brave gracious generous helpful caring thoughtful
    smart wise honest hardworking dedicated amazing awesome beautiful lovely sweet gentle patient
    friendly decent inspiring inspiration hero heroes angel blessing gem treasure sweetheart
    friend friends neighbour neighbor nurse teacher doctor mother father parent volunteer
    citizen leader professional asset champion star legend genius saint darling pleasure credit
    delight joy blessed grateful brilliant clever capable skilled gifted excellent fantastic
    marvelous superb outstanding remarkable admirable respectful considerate compassionate
    loving loyal faithful trustworthy reliable responsible polite courteous humble modest
    cheerful positive supportive encouraging fair charming pleasant warm welcoming hospitable
    courageous strong resilient funny hilarious creative artist writer musician singer dancer
    chef cook farmer carpenter plumber electrician mechanic engineer scientist student scholar
    nurse physician surgeon paramedic firefighter volunteer coach mentor tutor librarian
    grandmother grandfather grandma grandpa mom dad sister brother daughter son aunt uncle
    cousin husband wife partner teammate colleague host guest resident taxpayer voter member
    person human man woman guy girl boy kid adult veteran driver worker neighbour
    sunshine rockstar superstar sweetie honey beauty natural expert pro master wizard
    `),
  insulting: [
    ...INSULT_WORDS,
    ...words(`
    cretinous imbecilic halfwitted brainless mindless witless vile despicable loathsome
    repulsive revolting hideous disgusting pathetic worthless useless hopeless incompetent
    ignorant dense thick dim slow foolish idiotic asinine ridiculous ludicrous absurd
    contemptible pitiful miserable wretched lousy rotten nasty filthy sleazy slimy creepy
    obnoxious insufferable annoying irritating arrogant pompous smug condescending
    disgrace embarrassment failure fraud joke clown waste nobody nuisance pest
    leech bloodsucker snake weasel cow dog hag witch harpy shrew
    bully degenerate deviant sicko freakshow lowlife
    `),
  ],
} as const;

export interface Polarity {
  /** Word → polarity logit: below 0 insulting, above 0 kind or neutral. */
  readonly of: WordLookup;
}

/** The polarity direction over the vectors' dimensions: `bias + weights · vector`. */
export interface PolarityFit {
  weights: number[];
  bias: number;
}

/** The file `npm run train` writes the fitted direction to (data/models). */
export const POLARITY_MODEL_NAME = 'polarity';

/** Every word of the vectors scored along a fitted direction. */
export function fitPolarity(vectors: WordVectors, fit = fitPolarityWeights(vectors)): Polarity {
  // Every word of the vectors has a polarity, computed when a comment first asks for it.
  return { of: wordScores(vectors, fit.weights, fit.bias) };
}

/**
 * Fits the polarity direction on the seeds (L2-regularised logistic regression, plain gradient
 * descent, fixed start: deterministic).
 */
export function fitPolarityWeights(vectors: WordVectors): PolarityFit {
  const dims = vectors.dims;
  const rows: { values: Float32Array; y: number }[] = [];
  for (const w of new Set(MEANING_SEEDS.kind)) {
    const row = vectors.index.get(w);
    if (row !== undefined && !INSULT_WORDS.has(w)) rows.push({ values: vectors.row(row), y: 1 });
  }
  for (const w of new Set(MEANING_SEEDS.insulting)) {
    const row = vectors.index.get(w);
    if (row !== undefined) rows.push({ values: vectors.row(row), y: 0 });
  }
  const weights = new Float64Array(dims);
  let bias = 0;
  const rate = 0.5;
  const l2 = 1e-3;
  for (let epoch = 0; epoch < 300; epoch++) {
    const grad = new Float64Array(dims);
    let gradBias = 0;
    for (const { values, y } of rows) {
      let z = bias;
      for (let d = 0; d < dims; d++) z += (weights[d] ?? 0) * (values[d] ?? 0);
      const g = 1 / (1 + Math.exp(-z)) - y;
      gradBias += g;
      for (let d = 0; d < dims; d++) grad[d] = (grad[d] ?? 0) + g * (values[d] ?? 0);
    }
    bias -= (rate * gradBias) / rows.length;
    for (let d = 0; d < dims; d++) {
      weights[d] =
        (weights[d] ?? 0) - rate * ((grad[d] ?? 0) / rows.length + l2 * (weights[d] ?? 0));
    }
  }
  return { weights: Array.from(weights), bias };
}

let shipped: Polarity | undefined;

/**
 * A polarity direction as `npm run train` writes it, checked: a weight per dimension and a bias,
 * every one a finite number (a NaN would score every word NaN without a word of warning).
 */
export function parsePolarityFit(text: string, dims: number): PolarityFit {
  const file = JSON.parse(text) as Partial<PolarityFit> | null;
  const weights = file?.weights;
  if (!Array.isArray(weights) || weights.length !== dims) {
    throw new Error(
      `${Array.isArray(weights) ? weights.length : 'no'} weights for ${dims} dimensions`,
    );
  }
  if (!weights.every((w) => typeof w === 'number' && Number.isFinite(w))) {
    throw new Error('a weight is not a finite number');
  }
  if (typeof file?.bias !== 'number' || !Number.isFinite(file.bias)) {
    throw new Error('no finite bias');
  }
  return { weights, bias: file.bias };
}

/**
 * The polarity of the shipped vectors, along the direction `npm run train` fitted (the same
 * doubles, so the same scores as fitting it here); fitted here when the file is missing.
 */
export function polarity(): Polarity {
  if (shipped !== undefined) return shipped;
  const vectors = loadVectors();
  let fit: PolarityFit | undefined;
  const path = modelPath(POLARITY_MODEL_NAME);
  try {
    fit = parsePolarityFit(readFileSync(path, 'utf8'), vectors.dims);
  } catch (err) {
    // No file (a checkout from before it was written): fit it here, as `npm run train` does.
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new Error(
        `cannot read the word polarity at ${path} (${(err as Error).message}); run \`npm run train\``,
        { cause: err },
      );
    }
  }
  shipped = fitPolarity(vectors, fit);
  return shipped;
}
