/**
 * Pretrained word vectors (GloVe 6B 100-d, a compact int8 subset written by `npm run vectors`)
 * and what the models make of them.
 *
 * A linear model over the mean of a comment's word vectors is, word by word, one number: the
 * dot product of the model's vector weights with the word's vector. So the vectors are read
 * once, each model's vector weights are folded into a word → number table at load (a few ms),
 * and scoring a comment costs one Map lookup per word, not 100 multiplications.
 *
 * File format (little-endian): the 8 bytes "CMVEC01\n"; uint32 word count, uint32 dimensions,
 * uint32 byte length of the word list; the words in UTF-8, one per line; padding to 4 bytes;
 * float32 scale per word; int8 values, word after word. A value is int8 × scale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './file.js';

export const VECTORS_FILE = 'vectors.bin';
const MAGIC = 'CMVEC01\n';

export interface WordVectors {
  readonly dims: number;
  readonly words: readonly string[];
  /** Word → row. */
  readonly index: ReadonlyMap<string, number>;
  /** Dequantized rows, `dims` floats per word. */
  readonly matrix: Float32Array;
}

export function encodeVectors(
  words: readonly string[],
  dims: number,
  matrix: Float32Array,
): Buffer {
  const list = Buffer.from(words.join('\n'), 'utf8');
  const headerLength = MAGIC.length + 12;
  const pad = (4 - ((headerLength + list.length) % 4)) % 4;
  const out = Buffer.alloc(headerLength + list.length + pad + words.length * (4 + dims));
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(words.length, 8);
  out.writeUInt32LE(dims, 12);
  out.writeUInt32LE(list.length, 16);
  list.copy(out, headerLength);
  let at = headerLength + list.length + pad;
  const scalesAt = at;
  at += words.length * 4;
  for (let w = 0; w < words.length; w++) {
    let max = 0;
    for (let d = 0; d < dims; d++) max = Math.max(max, Math.abs(matrix[w * dims + d] ?? 0));
    const scale = max === 0 ? 1 : max / 127;
    out.writeFloatLE(scale, scalesAt + w * 4);
    for (let d = 0; d < dims; d++) {
      out.writeInt8(Math.round((matrix[w * dims + d] ?? 0) / scale), at + w * dims + d);
    }
  }
  return out;
}

export function decodeVectors(bytes: Buffer, source = 'vectors'): WordVectors {
  if (bytes.length < 20 || bytes.toString('latin1', 0, 8) !== MAGIC) {
    throw new Error(`${source}: not a civicmod word-vector file (run \`npm run vectors\`)`);
  }
  const count = bytes.readUInt32LE(8);
  const dims = bytes.readUInt32LE(12);
  const listLength = bytes.readUInt32LE(16);
  const headerLength = MAGIC.length + 12;
  const pad = (4 - ((headerLength + listLength) % 4)) % 4;
  const scalesAt = headerLength + listLength + pad;
  const valuesAt = scalesAt + count * 4;
  if (bytes.length !== valuesAt + count * dims) {
    throw new Error(`${source}: truncated or damaged (expected ${valuesAt + count * dims} bytes)`);
  }
  const words = bytes.toString('utf8', headerLength, headerLength + listLength).split('\n');
  if (words.length !== count) throw new Error(`${source}: word list does not match its count`);
  const matrix = new Float32Array(count * dims);
  const values = new Int8Array(bytes.buffer, bytes.byteOffset + valuesAt, count * dims);
  for (let w = 0; w < count; w++) {
    const scale = bytes.readFloatLE(scalesAt + w * 4);
    for (let d = 0; d < dims; d++) matrix[w * dims + d] = (values[w * dims + d] ?? 0) * scale;
  }
  const index = new Map<string, number>();
  words.forEach((word, i) => index.set(word, i));
  return { dims, words, index, matrix };
}

let shipped: WordVectors | undefined;

/** The shipped vectors, `data/models/vectors.bin`, read once per process on first use. */
export function loadVectors(): WordVectors {
  if (shipped !== undefined) return shipped;
  const path = join(packageRoot(), 'data', 'models', VECTORS_FILE);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new Error(
      `cannot read the word vectors at ${path} (${(err as Error).message}); run \`npm run vectors\``,
      { cause: err },
    );
  }
  shipped = decodeVectors(bytes, path);
  return shipped;
}

/** The row of a token's word, trying the part before an apostrophe ("you're" → "you"). */
export function vectorRow(vectors: WordVectors, word: string): number | undefined {
  const row = vectors.index.get(word);
  if (row !== undefined) return row;
  const apostrophe = word.indexOf("'");
  return apostrophe > 0 ? vectors.index.get(word.slice(0, apostrophe)) : undefined;
}

/** Mean of the vectors of the given words (those GloVe knows); zeros when it knows none. */
export function meanVector(vectors: WordVectors, words: readonly string[]): Float32Array {
  const out = new Float32Array(vectors.dims);
  let n = 0;
  for (const word of words) {
    const row = vectorRow(vectors, word);
    if (row === undefined) continue;
    n++;
    const base = row * vectors.dims;
    for (let d = 0; d < vectors.dims; d++) out[d] = (out[d] ?? 0) + (vectors.matrix[base + d] ?? 0);
  }
  if (n > 0) for (let d = 0; d < vectors.dims; d++) out[d] = (out[d] ?? 0) / n;
  return out;
}

/**
 * A model's vector weights folded into one number per word: what the word adds to the mean that
 * the model reads. Scoring a comment is then the mean of its known words' numbers.
 */
export function wordScores(vectors: WordVectors, weights: ArrayLike<number>): Map<string, number> {
  const out = new Map<string, number>();
  const dims = vectors.dims;
  vectors.words.forEach((word, row) => {
    let dot = 0;
    for (let d = 0; d < dims; d++) dot += (weights[d] ?? 0) * (vectors.matrix[row * dims + d] ?? 0);
    out.set(word, dot);
  });
  return out;
}

/** Rank below which a word counts as common English (the vectors list words by frequency). */
const COMMON_RANK = 20_000;

/** Whether a word is among the most frequent words of the shipped vectors. */
export function isCommonWord(word: string): boolean {
  const row = loadVectors().index.get(word);
  return row !== undefined && row < COMMON_RANK;
}
