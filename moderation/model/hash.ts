/**
 * Feature hashing. The statistical models never keep a vocabulary: every feature (a word, a
 * word pair, a character n-gram, a cue) is hashed into a fixed-size weight table, so a model file
 * is a sparse list of weights and scoring a comment allocates no strings.
 *
 * FNV-1a over UTF-16 code units with the murmur3 finalizer: fast, and identical on every
 * platform (only 32-bit integer arithmetic), which the deterministic training relies on.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Distinct seeds keep the feature families apart in the shared table. */
export const SEED_WORD = 0x1f3d5b79;
export const SEED_BIGRAM = 0x2a6c8e04;
export const SEED_CHAR = 0x3b7d9f15;
export const SEED_CUE = 0x4c8ea026;
export const SEED_ADDRESS = 0x5d9fb137;

/** murmur3 fmix32: spreads the bits so `hash & mask` uses the whole table. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Unfinalized FNV-1a of `text[start, end)`, started from `seed`. */
export function fnvRange(text: string, start: number, end: number, seed: number): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Hash of a whole string in a family, finalized. */
export function hashString(text: string, seed: number): number {
  return mix32(fnvRange(text, 0, text.length, seed));
}

/** Order-sensitive combination of two token hashes (for word pairs). */
export function combine(a: number, b: number, seed: number): number {
  return mix32((Math.imul(a ^ seed, FNV_PRIME) ^ b) >>> 0);
}
