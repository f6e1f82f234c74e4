/**
 * A sparse linear (logistic) model over hashed features, and its trainer.
 *
 * The trainer is FTRL-Proximal (McMahan et al., "Ad Click Prediction: a View from the
 * Trenches", KDD 2013): per-coordinate learning rates like AdaGrad, with L1 that drives most
 * weights to exactly zero, so the shipped model files stay small. It is written here rather than
 * taken from `natural` because that library's logistic regression does not finish on a few
 * thousand texts and its Bayes classifier scores a few hundred texts a second.
 *
 * Deterministic by construction: examples are visited in a fixed order shuffled by a seeded
 * generator, arithmetic is IEEE double throughout, and saved weights are rounded.
 */
import type { FeatureSpec, Features } from './features.js';

export interface LinearModel {
  readonly spec: FeatureSpec;
  readonly bias: number;
  /** 2^spec.bits weights; most are zero. */
  readonly weights: Float32Array;
  /**
   * Weights over the mean of the comment's word vectors (moderation/model/vectors.ts), when the
   * model reads meaning as well as words; folded into a word → number table at load.
   */
  readonly dense?: Float32Array;
  /**
   * How much surer (in logits) the model must be when its classifier finds nobody the words are
   * aimed at, chosen with the operating point (the Spanish attack model, 0.7.5).
   */
  readonly unaimedMargin?: number;
}

/**
 * One bit per weight, set where the weight is not zero. Most features of a comment have a zero
 * weight (L1 keeps a tenth of the table or less); the bitmap (32 KB for 2^18 weights) stays in
 * cache where the 1 MB table does not, so zeros are skipped without touching the table. Adding a
 * zero changes no sum, so scores are exactly those of the plain loop.
 */
const nonzeroBitmaps = new WeakMap<Float32Array, Uint32Array>();

function nonzeroOf(weights: Float32Array): Uint32Array {
  let bits = nonzeroBitmaps.get(weights);
  if (bits === undefined) {
    bits = new Uint32Array((weights.length + 31) >>> 5);
    for (let i = 0; i < weights.length; i++) {
      if ((weights[i] ?? 0) !== 0) bits[i >>> 5] = (bits[i >>> 5] ?? 0) | (1 << (i & 31));
    }
    nonzeroBitmaps.set(weights, bits);
  }
  return bits;
}

/** The sum of the weights of the feature indices `indices[from..end)`. */
function weightSum(weights: Float32Array, indices: Int32Array, end: number, from = 0): number {
  const nonzero = nonzeroOf(weights);
  let sum = 0;
  for (let k = from; k < end; k++) {
    const i = indices[k] ?? 0;
    if (((nonzero[i >>> 5] ?? 0) & (1 << (i & 31))) !== 0) sum += weights[i] ?? 0;
  }
  return sum;
}

/**
 * How much each token contributed to the logit (cue features aside), for picking evidence: the
 * weights of its own features (its word, its character n-grams, the pair it ends).
 */
export function tokenContributions(weights: Float32Array, features: Features): Float64Array {
  const ends = features.tokenEnds;
  const contributions = new Float64Array(ends.length);
  let k = 0;
  for (let t = 0; t < ends.length; t++) {
    const end = ends[t] ?? k;
    contributions[t] = weightSum(weights, features.indices, end, k) * features.value;
    k = end;
  }
  return contributions;
}

export function logit(model: LinearModel, features: Features): number {
  const sum = weightSum(model.weights, features.indices, features.count);
  return model.bias + sum * features.value;
}

/**
 * The logit of a text's features plus extra feature indices (cue features), scored exactly as if
 * the extras had been extracted with the text: every feature weighs 1/sqrt(total count).
 */
export function logitWith(
  model: LinearModel,
  features: Features,
  extra: readonly number[],
): number {
  const w = model.weights;
  let sum = weightSum(w, features.indices, features.count);
  for (const i of extra) sum += w[i] ?? 0;
  const count = features.count + extra.length;
  return model.bias + (count > 0 ? sum / Math.sqrt(count) : 0);
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export interface TrainingExample {
  readonly features: Features;
  readonly label: 0 | 1;
  /** Importance of the example (class and dataset balance). */
  readonly weight: number;
  /** The mean word vector of the text, for a model with dense weights. */
  readonly dense?: Float32Array;
}

export interface TrainOptions {
  alpha: number;
  beta: number;
  l1: number;
  l2: number;
  epochs: number;
  seed: number;
  /** Dimensions of the examples' dense vectors (0 or absent: none). */
  denseDims?: number;
  /** L2 of the dense weights (default: l2). */
  denseL2?: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  alpha: 0.1,
  beta: 1,
  l1: 0.5,
  l2: 1,
  epochs: 6,
  seed: 20240601,
};

/** mulberry32: a tiny seeded generator, so the visiting order is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rounds to 4 decimals so the same training gives the same bytes and tiny weights vanish. */
export function roundWeight(w: number): number {
  const r = Math.round(w * 10_000) / 10_000;
  return r === 0 ? 0 : r; // no negative zero in the file
}

export function trainLogistic(
  examples: readonly TrainingExample[],
  spec: FeatureSpec,
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
  scale?: Float64Array,
): LinearModel {
  const dim = 1 << spec.bits;
  const denseDims = options.denseDims ?? 0;
  // Dense weights live after the hashed table, at dim + d, with no L1 (every dimension counts).
  const z = new Float64Array(dim + denseDims);
  // sqrt of the summed squared gradients per coordinate (FTRL's n_i, kept as its root).
  const root = new Float64Array(dim + denseDims);
  const { alpha, beta, l2 } = options;
  const denseL2 = options.denseL2 ?? l2;
  const weightOf = (i: number): number => {
    const zi = z[i] ?? 0;
    const l1 = i >= dim ? 0 : options.l1;
    if (zi <= l1 && zi >= -l1) return 0;
    return (
      -(zi - (zi > 0 ? l1 : -l1)) / ((beta + (root[i] ?? 0)) / alpha + (i >= dim ? denseL2 : l2))
    );
  };
  const denseWeights = new Float64Array(denseDims);
  let biasZ = 0;
  let biasN = 0;
  const order = examples.map((_, i) => i);
  const random = seededRandom(options.seed);
  const current = new Float64Array(256);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const tmp = order[i] ?? 0;
      order[i] = order[j] ?? 0;
      order[j] = tmp;
    }
    for (const e of order) {
      const ex = examples[e];
      if (ex === undefined) continue;
      const f = ex.features;
      const ws = f.count <= current.length ? current : new Float64Array(f.count);
      const bias = -biasZ / ((beta + Math.sqrt(biasN)) / alpha);
      let sum = 0;
      for (let k = 0; k < f.count; k++) {
        const i = f.indices[k] ?? 0;
        const w = weightOf(i);
        ws[k] = w;
        sum += scale ? w * (scale[i] ?? 0) : w;
      }
      let denseSum = 0;
      const dense = ex.dense;
      if (dense !== undefined) {
        for (let d = 0; d < denseDims; d++) {
          const w = weightOf(dim + d);
          denseWeights[d] = w;
          denseSum += w * (dense[d] ?? 0);
        }
      }
      const p = sigmoid(Math.max(-35, Math.min(35, bias + sum * f.value + denseSum)));
      const g = (p - ex.label) * ex.weight;
      const bsigma = (Math.sqrt(biasN + g * g) - Math.sqrt(biasN)) / alpha;
      biasZ += g - bsigma * bias;
      biasN += g * g;
      const g0 = g * f.value;
      for (let k = 0; k < f.count; k++) {
        const i = f.indices[k] ?? 0;
        const gi = scale ? g0 * (scale[i] ?? 0) : g0;
        const before = root[i] ?? 0;
        const after = Math.sqrt(before * before + gi * gi);
        z[i] = (z[i] ?? 0) + gi - ((after - before) / alpha) * (ws[k] ?? 0);
        root[i] = after;
      }
      if (dense !== undefined) {
        for (let d = 0; d < denseDims; d++) {
          const i = dim + d;
          const gi = g * (dense[d] ?? 0);
          const before = root[i] ?? 0;
          const after = Math.sqrt(before * before + gi * gi);
          z[i] = (z[i] ?? 0) + gi - ((after - before) / alpha) * (denseWeights[d] ?? 0);
          root[i] = after;
        }
      }
    }
  }
  const weights = new Float32Array(dim);
  for (let i = 0; i < dim; i++)
    weights[i] = roundWeight(weightOf(i) * (scale ? (scale[i] ?? 0) : 1));
  const bias = roundWeight(-biasZ / ((beta + Math.sqrt(biasN)) / alpha));
  if (denseDims === 0) return { spec, bias, weights };
  const dense = new Float32Array(denseDims);
  for (let d = 0; d < denseDims; d++) dense[d] = roundWeight(weightOf(dim + d));
  return { spec, bias, weights, dense };
}

/** Moves the bias so that a logit of `threshold` (a probability) becomes 0.5. */
export function withThresholdAtHalf(model: LinearModel, threshold: number): LinearModel {
  const shift = Math.log(threshold / (1 - threshold));
  return { ...model, bias: roundWeight(model.bias - shift) };
}

/**
 * Naive-Bayes log-count ratios per table index (Wang & Manning 2012, "NBSVM"): scaling the
 * features by them before the logistic regression weighs discriminative n-grams up front, which
 * helps on small data. The scale is folded into the saved weights, so scoring costs nothing more.
 */
export function naiveBayesScale(
  examples: readonly TrainingExample[],
  bits: number,
  smoothing = 1,
): Float64Array {
  const dim = 1 << bits;
  const pos = new Float64Array(dim);
  const neg = new Float64Array(dim);
  let posTotal = 0;
  let negTotal = 0;
  for (const ex of examples) {
    const counts = ex.label === 1 ? pos : neg;
    for (let k = 0; k < ex.features.count; k++) {
      const i = ex.features.indices[k] ?? 0;
      counts[i] = (counts[i] ?? 0) + ex.weight;
    }
    if (ex.label === 1) posTotal += ex.weight * ex.features.count;
    else negTotal += ex.weight * ex.features.count;
  }
  const scale = new Float64Array(dim);
  const pNorm = posTotal + smoothing * dim;
  const nNorm = negTotal + smoothing * dim;
  for (let i = 0; i < dim; i++) {
    scale[i] = Math.log(
      ((pos[i] ?? 0) + smoothing) / pNorm / (((neg[i] ?? 0) + smoothing) / nNorm),
    );
  }
  return scale;
}
