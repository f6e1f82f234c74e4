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
import { endianness } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from './file.js';

export const VECTORS_FILE = 'vectors.bin';
const MAGIC = 'CMVEC01\n';

export interface WordVectors {
  readonly dims: number;
  readonly words: readonly string[];
  /** Word → row. */
  readonly index: ReadonlyMap<string, number>;
  /**
   * Dequantized rows, `dims` floats per word: decoded on first access (50,000 × 100 values, about
   * 90 ms), which the engine never needs at run time; `row` decodes one.
   */
  readonly matrix: Float32Array;
  /** One dequantized row, the same floats `matrix` holds for it. */
  row(row: number): Float32Array;
}

/**
 * The per-word scales, little-endian float32s: viewed in place where the machine is
 * little-endian and the offset aligned (a word at a time took a sixth of the load), read one by
 * one otherwise. The same float32 values either way.
 */
function readScales(bytes: Buffer, at: number, count: number): Float32Array {
  const offset = bytes.byteOffset + at;
  if (endianness() === 'LE' && offset % 4 === 0) {
    return new Float32Array(bytes.buffer, offset, count);
  }
  const scales = new Float32Array(count);
  for (let w = 0; w < count; w++) scales[w] = bytes.readFloatLE(at + w * 4);
  return scales;
}

/** Word → number, for the words the vectors know (a Map, or a table computed word by word). */
export interface WordLookup {
  get(word: string): number | undefined;
  has(word: string): boolean;
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
  const values = new Int8Array(bytes.buffer, bytes.byteOffset + valuesAt, count * dims);
  const scales = readScales(bytes, scalesAt, count);
  // A value is int8 × scale rounded to a float32, as a Float32Array stores it.
  const decode = (w: number, out: Float32Array, at: number): void => {
    const scale = scales[w] ?? 0;
    for (let d = 0; d < dims; d++) out[at + d] = (values[w * dims + d] ?? 0) * scale;
  };
  const index = new Map<string, number>();
  words.forEach((word, i) => index.set(word, i));
  let matrix: Float32Array | undefined;
  return {
    dims,
    words,
    index,
    get matrix(): Float32Array {
      if (matrix === undefined) {
        matrix = new Float32Array(count * dims);
        for (let w = 0; w < count; w++) decode(w, matrix, w * dims);
      }
      return matrix;
    },
    row(row: number): Float32Array {
      const out = new Float32Array(dims);
      if (matrix !== undefined) out.set(matrix.subarray(row * dims, (row + 1) * dims));
      else decode(row, out, 0);
      return out;
    },
  };
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
export function wordScores(vectors: WordVectors, weights: ArrayLike<number>, bias = 0): WordLookup {
  return new LazyWordScores(vectors, weights, bias);
}

/**
 * `bias + weights · vector` of a word, computed the first time the word is asked for (0.7.11):
 * folding every one of the 50,000 words at load cost start-up about 50 ms per table, and a comment
 * asks for a dozen words. The sum runs in the same order as before, so every score is the same.
 */
class LazyWordScores implements WordLookup {
  readonly #known = new Map<string, number>();
  readonly #weights: Float64Array;

  constructor(
    private readonly vectors: WordVectors,
    weights: ArrayLike<number>,
    private readonly bias: number,
  ) {
    this.#weights = Float64Array.from({ length: vectors.dims }, (_, d) => weights[d] ?? 0);
  }

  has(word: string): boolean {
    return this.vectors.index.has(word);
  }

  get(word: string): number | undefined {
    const known = this.#known.get(word);
    if (known !== undefined) return known;
    const row = this.vectors.index.get(word);
    if (row === undefined) return undefined;
    const values = this.vectors.row(row);
    let z = this.bias;
    for (let d = 0; d < values.length; d++) z += (this.#weights[d] ?? 0) * (values[d] ?? 0);
    this.#known.set(word, z);
    return z;
  }
}

/** Rank below which a word counts as common English (the vectors list words by frequency). */
const COMMON_RANK = 20_000;

/** Whether a word is among the most frequent words of the shipped vectors. */
export function isCommonWord(word: string): boolean {
  const row = loadVectors().index.get(word);
  return row !== undefined && row < COMMON_RANK;
}
