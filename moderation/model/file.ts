/**
 * Model files: `data/models/<name>.json`, written by `npm run train` and read once per process.
 *
 * Weights are stored sparsely as sorted, delta-encoded table indices and integer values in units
 * of 1e-4, which keeps a file to a few hundred KB and parses in milliseconds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureSpec } from './features.js';
import { roundWeight, type LinearModel } from './linear.js';

export const MODEL_FORMAT = 'civicmod-linear-1';
const UNIT = 10_000;

export interface ModelFile {
  format: typeof MODEL_FORMAT;
  name: string;
  /** What the model predicts, for people reading the file. */
  description: string;
  spec: FeatureSpec;
  bias: number;
  /** Number of non-zero weights. */
  size: number;
  /** Sorted table indices, each stored as the difference from the previous one. */
  indexDeltas: number[];
  /** The weights times 10,000, rounded. */
  values: number[];
  /** Weights over the mean word vector (moderation/model/vectors.ts), times 10,000. */
  dense?: number[];
  /** LinearModel.unaimedMargin, when the model has one. */
  unaimedMargin?: number;
}

export function toModelFile(name: string, description: string, model: LinearModel): ModelFile {
  const indexDeltas: number[] = [];
  const values: number[] = [];
  let last = 0;
  for (let i = 0; i < model.weights.length; i++) {
    const v = Math.round(roundWeight(model.weights[i] ?? 0) * UNIT);
    if (v === 0) continue;
    indexDeltas.push(i - last);
    values.push(v);
    last = i;
  }
  return {
    format: MODEL_FORMAT,
    name,
    description,
    spec: model.spec,
    bias: roundWeight(model.bias),
    size: values.length,
    indexDeltas,
    values,
    ...(model.dense !== undefined
      ? { dense: [...model.dense].map((w) => Math.round(roundWeight(w) * UNIT)) }
      : {}),
    ...(model.unaimedMargin !== undefined ? { unaimedMargin: model.unaimedMargin } : {}),
  };
}

export function fromModelFile(file: ModelFile): LinearModel {
  if (file.format !== MODEL_FORMAT) {
    throw new Error(`model ${file.name}: format "${String(file.format)}" is not ${MODEL_FORMAT}`);
  }
  if (file.indexDeltas.length !== file.values.length) {
    throw new Error(`model ${file.name}: index and value lists differ in length`);
  }
  const weights = new Float32Array(1 << file.spec.bits);
  let index = 0;
  for (let k = 0; k < file.values.length; k++) {
    index += file.indexDeltas[k] ?? 0;
    if (index >= weights.length) throw new Error(`model ${file.name}: index out of range`);
    weights[index] = (file.values[k] ?? 0) / UNIT;
  }
  if (file.unaimedMargin !== undefined && !Number.isFinite(file.unaimedMargin)) {
    throw new Error(`model ${file.name}: unaimedMargin is not a number`);
  }
  return {
    spec: file.spec,
    bias: file.bias,
    weights,
    ...(file.dense !== undefined ? { dense: Float32Array.from(file.dense, (v) => v / UNIT) } : {}),
    ...(file.unaimedMargin !== undefined ? { unaimedMargin: file.unaimedMargin } : {}),
  };
}

/**
 * The package root: the nearest folder above this module holding package.json. Works from the
 * sources (moderation/model/) and from the build (dist/moderation/model/) alike.
 */
export function packageRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
}

export function modelPath(name: string): string {
  return join(packageRoot(), 'data', 'models', `${name}.json`);
}

/** Reads `data/models/<name>.json`; throws with the path when it is missing or malformed. */
export function loadModel(name: string): LinearModel {
  const path = modelPath(name);
  let file: ModelFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as ModelFile;
  } catch (err) {
    throw new Error(
      `cannot read the ${name} model at ${path} (${(err as Error).message}); run \`npm run train\``,
      { cause: err },
    );
  }
  return fromModelFile(file);
}
