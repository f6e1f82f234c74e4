/**
 * Hashed sparse features for the linear models: word unigrams, word pairs, character n-grams
 * inside words, and named cue features supplied by a classifier (e.g. "the comment shares words
 * with the post"). Links, @mentions and numbers are reduced to their kind, so a model never
 * learns a particular address or handle.
 */
import {
  combine,
  hashString,
  mix32,
  SEED_BIGRAM,
  SEED_CHAR,
  SEED_CUE,
  SEED_WORD,
  SEED_ADDRESS,
} from './hash.js';
import { INSULT_WORDS } from '../lexicon/insults.js';
import { OBSCENITY_LEXICON } from '../lexicon/obscenity.js';
import { TOKEN_WORD, type Tokens } from './tokenize.js';

/** What a model's features are; stored in the model file so scoring uses what training used. */
export interface FeatureSpec {
  /** The weight table has 2^bits entries. */
  bits: number;
  /** Word pairs as well as single words. */
  bigrams: boolean;
  /** Character n-grams of words padded with a boundary mark, lengths min..max; 0 = none. */
  charMin: number;
  charMax: number;
  /**
   * Words up to this many tokens after a second-person word ("you", "your", "ur"...) also count
   * as "addressed" features, so the model can tell "you are a moron" from "a moron" (0 = off).
   */
  addressWindow: number;
  /**
   * Word classes from the lexicons as features: "an insult word" (lexicon/insults.ts) and each
   * obscenity tier, each also marked "addressed" when a second-person word stands within
   * LEXICON_BEFORE words before it or LEXICON_AFTER after it ("you … idiot", "idiots like you").
   * They let the model generalise from the insults it has seen to the rare ones it has not.
   * Absent (older model files) means off.
   */
  lexicon?: boolean;
}

/**
 * The "addressed" window of lexicon features, in words: "you are such a moron" (after),
 * "morons like you" (before).
 */
const LEXICON_AFTER = 4;
const LEXICON_BEFORE = 2;

/**
 * The feature set both shipped models use (personal attack and spam), so one extraction per
 * comment serves both: word uni- and bigrams, character 3- to 5-grams, words after "you".
 */
export const TEXT_FEATURES: FeatureSpec = {
  bits: 18,
  bigrams: true,
  charMin: 3,
  charMax: 5,
  addressWindow: 3,
  lexicon: true,
};

/** The features of one text: `count` table indices, each of value 1/sqrt(count). */
export interface Features {
  readonly count: number;
  readonly indices: Int32Array;
  /**
   * Features are emitted token by token: those of token t end at `tokenEnds[t]` (a word pair
   * and an "addressed" feature belong to their last word). Empty when not kept (training).
   */
  readonly tokenEnds: Int32Array;
  /** Every feature has this value, so long and short texts score alike. */
  readonly value: number;
}

const KIND_HASH = [
  hashString('<word>', SEED_WORD),
  hashString('<mention>', SEED_WORD),
  hashString('<url>', SEED_WORD),
  hashString('<number>', SEED_WORD),
];

const BOUNDARY = 32; // the padding mark of character n-grams: a space
const RIGHT_QUOTE = 0x2019;

/** Code unit used for hashing: the typographic apostrophe counts as the plain one. */
function unit(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c === RIGHT_QUOTE ? 39 : c;
}

function wordHash(text: string, start: number, end: number): number {
  let h = (0x811c9dc5 ^ SEED_WORD) >>> 0;
  for (let i = start; i < end; i++) {
    h ^= unit(text, i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The unfinalized hash standing for token `i` in word and pair features. */
export function tokenHash(tokens: Tokens, i: number): number {
  const kind = tokens.kinds[i] ?? TOKEN_WORD;
  if (kind !== TOKEN_WORD) return KIND_HASH[kind] ?? 0;
  return wordHash(tokens.text, tokens.starts[i] ?? 0, tokens.ends[i] ?? 0);
}

/** Hash of a named cue feature, e.g. "cue:link". */
export function cueIndex(name: string, spec: FeatureSpec): number {
  let hash = cueHashes.get(name);
  if (hash === undefined) {
    hash = hashString(name, SEED_CUE);
    cueHashes.set(name, hash);
  }
  return hash & ((1 << spec.bits) - 1);
}
/** Cue names are a handful of constants: hash each once. */
const cueHashes = new Map<string, number>();

/** Second-person words: how a comment addresses someone directly (J.3 personal attack). */
export const SECOND_PERSON: ReadonlySet<string> = new Set([
  'you',
  'your',
  "you're",
  'youre',
  'u',
  'ur',
  'ya',
  'yourself',
  'yours',
  "you've",
  "you'll",
  "you'd",
  'thou',
]);

/** First letters of the second-person words (y, u, t): most tokens are told apart unhashed. */
const SECOND_PERSON_FIRST = new Uint8Array(0x10000);
for (const word of SECOND_PERSON) SECOND_PERSON_FIRST[word.charCodeAt(0)] = 1;

function isSecondPerson(word: string): boolean {
  return SECOND_PERSON_FIRST[word.charCodeAt(0)] === 1 && SECOND_PERSON.has(word);
}

/** Hashes of the lexicon word classes, one per class. */
const CLASS_INSULT = hashString('lex:insult', SEED_CUE);
const CLASS_TIER = {
  strong: hashString('lex:obscenity:strong', SEED_CUE),
  moderate: hashString('lex:obscenity:moderate', SEED_CUE),
  slur: hashString('lex:obscenity:slur', SEED_CUE),
  mild: hashString('lex:obscenity:mild', SEED_CUE),
};
const NO_CLASSES: readonly number[] = [];

/**
 * Every listed word with its classes: the insult words and the obscenity lexicon's words as
 * written (its decoding of stretched, compound and disguised spellings is the obscenity
 * classifier's; the tokens here are already normalized). Built once.
 */
const WORD_CLASSES = new Map<string, number[]>();
for (const word of INSULT_WORDS) WORD_CLASSES.set(word, [CLASS_INSULT]);
for (const entry of OBSCENITY_LEXICON) {
  const classes = WORD_CLASSES.get(entry.word) ?? [];
  if (!classes.includes(CLASS_TIER[entry.tier])) classes.push(CLASS_TIER[entry.tier]);
  WORD_CLASSES.set(entry.word, classes);
}

/**
 * The first two letters of the listed words, as a table: most words are told apart by one array
 * read, without hashing the word for a map lookup.
 */
const first2 = (word: string): number =>
  ((word.charCodeAt(0) & 0x7f) << 7) | (word.charCodeAt(1) & 0x7f);
const LISTED_FIRST2 = new Uint8Array(1 << 14);
for (const word of WORD_CLASSES.keys()) LISTED_FIRST2[first2(word)] = 1;

/** The lexicon classes of a word (J.3): insult word, obscenity tier, both or none. */
function lexiconClasses(word: string): readonly number[] {
  if (LISTED_FIRST2[first2(word)] !== 1) return NO_CLASSES;
  return WORD_CLASSES.get(word) ?? NO_CLASSES;
}

function secondPersonAt(tokens: Tokens, t: number): boolean {
  return (
    t < tokens.count && tokens.kinds[t] === TOKEN_WORD && isSecondPerson(tokens.words[t] ?? '')
  );
}

/** Writes the features of a text into `indices` in one fixed order, token by token. */
function walk(
  tokens: Tokens,
  spec: FeatureSpec,
  indices: Int32Array,
  tokenEnds: Int32Array | null,
): number {
  const mask = (1 << spec.bits) - 1;
  const text = tokens.text;
  let k = 0;
  let previous = 0;
  let addressedUntil = -1;
  let lastYou = -Infinity;
  for (let t = 0; t < tokens.count; t++) {
    const h = tokenHash(tokens, t);
    if (spec.addressWindow > 0) {
      if (t <= addressedUntil) indices[k++] = combine(SEED_ADDRESS, h, SEED_ADDRESS) & mask;
      if (tokens.kinds[t] === TOKEN_WORD && isSecondPerson(tokens.words[t] ?? '')) {
        addressedUntil = t + spec.addressWindow;
      }
    }
    indices[k++] = mix32(h) & mask;
    if (spec.lexicon === true && tokens.kinds[t] === TOKEN_WORD) {
      const classes = lexiconClasses(tokens.words[t] ?? '');
      if (classes.length > 0) {
        let addressed = t - lastYou <= LEXICON_AFTER;
        for (let a = 1; a <= LEXICON_BEFORE && !addressed; a++)
          addressed = secondPersonAt(tokens, t + a);
        for (const c of classes) {
          indices[k++] = mix32(c) & mask;
          if (addressed) indices[k++] = combine(SEED_ADDRESS, c, SEED_ADDRESS) & mask;
        }
      }
      if (isSecondPerson(tokens.words[t] ?? '')) lastYou = t;
    }
    if (spec.bigrams && t > 0) indices[k++] = combine(previous, h, SEED_BIGRAM) & mask;
    previous = h;
    if (spec.charMax > 0 && tokens.kinds[t] === TOKEN_WORD) {
      // Character n-grams of " word ": they carry misspellings, inflections and joined words
      // ("youre", "idiots", "stupidity") that whole-word features miss. One pass per start
      // position: the hash grows a character at a time and is emitted at each length.
      const s = tokens.starts[t] ?? 0;
      const padded = (tokens.ends[t] ?? 0) - s + 2;
      for (let p = 0; p + spec.charMin <= padded; p++) {
        let ch = (0x811c9dc5 ^ SEED_CHAR) >>> 0;
        const stop = Math.min(padded, p + spec.charMax);
        for (let q = p; q < stop; q++) {
          const c = q === 0 || q === padded - 1 ? BOUNDARY : unit(text, s + q - 1);
          ch = Math.imul(ch ^ c, 0x01000193);
          if (q - p + 1 >= spec.charMin) indices[k++] = mix32(ch >>> 0) & mask;
        }
      }
    }
    if (tokenEnds !== null) tokenEnds[t] = k;
  }
  return k;
}

/** An upper bound of the number of features of a text. */
function capacityOf(tokens: Tokens, spec: FeatureSpec): number {
  // A word can be in two lexicon classes, each also "addressed": 4 features more at most.
  let capacity = tokens.count * (2 + spec.addressWindow + (spec.lexicon === true ? 4 : 0)) + 1;
  if (spec.charMax > 0) {
    const lengths = spec.charMax - spec.charMin + 1;
    for (let t = 0; t < tokens.count; t++) {
      if (tokens.kinds[t] === TOKEN_WORD) {
        capacity += ((tokens.ends[t] ?? 0) - (tokens.starts[t] ?? 0) + 2) * lengths;
      }
    }
  }
  return capacity;
}

/** The features of a text, plus named cue features appended after the text's own. */
export function extractFeatures(
  tokens: Tokens,
  spec: FeatureSpec,
  cues: readonly string[] = [],
): Features {
  const indices = new Int32Array(capacityOf(tokens, spec) + cues.length);
  const tokenEnds = new Int32Array(tokens.count);
  let count = walk(tokens, spec, indices, tokenEnds);
  for (const cue of cues) indices[count++] = cueIndex(cue, spec);
  return { count, indices, tokenEnds, value: count > 0 ? 1 / Math.sqrt(count) : 0 };
}

/** The same features in an array of their exact size, for holding many texts while training. */
export function compactFeatures(features: Features): Features {
  return {
    count: features.count,
    indices: features.indices.slice(0, features.count),
    tokenEnds: new Int32Array(0),
    value: features.value,
  };
}

/** Exposed for tests: the same table index a word token gets. */
export function wordFeatureIndex(word: string, spec: FeatureSpec): number {
  return mix32(wordHash(word, 0, word.length)) & ((1 << spec.bits) - 1);
}

function sameSpec(a: FeatureSpec, b: FeatureSpec): boolean {
  return (
    a === b ||
    (a.bits === b.bits &&
      a.bigrams === b.bigrams &&
      a.charMin === b.charMin &&
      a.charMax === b.charMax &&
      a.addressWindow === b.addressWindow &&
      (a.lexicon === true) === (b.lexicon === true))
  );
}

let scratch = new Int32Array(4096);

// One slot, as for tokens: both models score the same comment one after the other.
let lastPrepared: object | undefined;
let lastSpec: FeatureSpec | undefined;
let lastFeatures: Features | undefined;

/**
 * The features of a prepared text, computed once per text and spec: the personal-attack and
 * spam models share them.
 */
export function featuresOf(prepared: object, tokens: Tokens, spec: FeatureSpec): Features {
  if (
    prepared === lastPrepared &&
    lastFeatures !== undefined &&
    lastSpec !== undefined &&
    sameSpec(lastSpec, spec)
  ) {
    return lastFeatures;
  }
  // The one cached text's indices live in a buffer reused from text to text: classifying
  // allocates no table of features (extractFeatures, for training, still does).
  const capacity = capacityOf(tokens, spec);
  if (scratch.length < capacity) scratch = new Int32Array(Math.max(capacity, scratch.length * 2));
  const tokenEnds = new Int32Array(tokens.count);
  const count = walk(tokens, spec, scratch, tokenEnds);
  const features = {
    count,
    indices: scratch,
    tokenEnds,
    value: count > 0 ? 1 / Math.sqrt(count) : 0,
  };
  lastPrepared = prepared;
  lastSpec = spec;
  lastFeatures = features;
  return features;
}
