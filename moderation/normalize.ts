/**
 * Text preparation shared by every classifier: undoes the ways people disguise words while
 * keeping, for every character of the result, where it came from in the original, so evidence
 * always points at what the commenter actually wrote.
 *
 * Three passes, cheapest first:
 * 1. Unicode: compatibility forms (fullwidth, mathematical and circled letters, ligatures) are
 *    folded with NFKD, diacritics and other combining marks, zero-width, joiner and bidi
 *    characters are dropped, and the text is lower-cased. Plain ASCII skips all of it.
 * 2. Homoglyphs: Cyrillic, Greek and other look-alikes become the Latin letter a reader sees,
 *    but only in Latin text: a word is folded when it has a Latin letter, or when the comment
 *    contains no letter of another script that could not be a disguise. Real Russian or Greek
 *    is left alone.
 * 3. Disguised words: leetspeak and symbols ("sh1t", "a$$hole", "f*ck") and letters split by
 *    spaces, dots, dashes or underscores ("f u c k", "s-h-i-t") are decoded only when the
 *    decoded word is in the lexicon (moderation/lexicon). That is what keeps IDs, coordinates,
 *    "4th", "mp3" or "F4G" in a serial number from ever turning into words (DOMAIN.md: the
 *    classic false positives of leet decoding and joining).
 *
 * Stretched letters ("fuuuuck") are left as written; the lexicon lookup matches them.
 */
import { HOMOGLYPHS, PUNCTUATION_FOLDS } from './lexicon/confusables.js';
import {
  ALLOWED_WORDS,
  decodeCandidates,
  INFIX_STEMS,
  squeeze,
  stretchedThreatWord,
} from './lexicon/index.js';
import type { Evidence, PreparedText } from './types.js';

/** A word of the normalized text: letters and digits, with inner apostrophes ("don't"). */
export interface Token {
  /** [start, end) in `PreparedText.normalized`; map to the original with `prepared.evidence`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * How a span of the normalized text was revealed by pass 3: `joined` when its letters were
 * written apart ("f u c k", "s-h-i-t"), `leet` when some were substituted by digits or symbols
 * ("sh1t", "f*ck"). Unicode folding and homoglyphs are not recorded: what a reader sees there
 * is the word itself.
 */
export type DisguiseKind = 'joined' | 'leet';

export interface Disguise {
  readonly start: number;
  readonly end: number;
  readonly kind: DisguiseKind;
}

/**
 * The prepared text. Besides the PreparedText contract (types.ts) it keeps what pass 3 decoded
 * and the tokens, so that every classifier shares one tokenization. Offsets of plain ASCII text
 * map one to one, so no offset arrays are built for it until someone reads `toOriginal`.
 */
class Prepared implements PreparedText {
  readonly original: string;
  readonly normalized: string;
  readonly disguises: readonly Disguise[];
  tokens: readonly Token[] | undefined;
  words: ReadonlySet<string> | undefined;
  /** Original start and end offsets of each unit of `normalized`; null when the map is identity. */
  readonly #starts: readonly number[] | null;
  readonly #ends: readonly number[] | null;
  #toOriginal: readonly number[] | undefined;

  constructor(original: string, decoded: Decoded) {
    this.original = original;
    this.normalized = decoded.text;
    this.disguises = decoded.disguises;
    this.#starts = decoded.starts;
    this.#ends = decoded.ends;
  }

  get toOriginal(): readonly number[] {
    if (this.#toOriginal === undefined) {
      const n = this.normalized.length;
      const map = new Array<number>(n + 1);
      for (let i = 0; i < n; i++) map[i] = this.#starts?.[i] ?? i;
      map[n] = this.original.length;
      this.#toOriginal = map;
    }
    return this.#toOriginal;
  }

  originalOffset(i: number): number {
    if (i >= this.normalized.length) return this.original.length;
    return this.#starts?.[i] ?? i;
  }

  /** Maps a [start, end) span of `normalized` to the original text it came from. */
  evidence(start: number, end: number): Evidence {
    const length = this.normalized.length;
    const s = Math.max(0, Math.min(start, length));
    const e = Math.max(s, Math.min(end, length));
    let from = s < length ? (this.#starts?.[s] ?? s) : this.original.length;
    // The end is where the original of the span's last character ends, which also covers
    // the combining marks and variation selectors that followed it.
    let to = e > s ? Math.max(from, this.#ends?.[e - 1] ?? e) : from;
    if (this.original.includes(RLO)) {
      // Text shown right to left was put in display order: a span's original characters are
      // the lowest start to the highest end of its units, whatever their order.
      for (let i = s; i < e; i++) {
        from = Math.min(from, this.#starts?.[i] ?? i);
        to = Math.max(to, this.#ends?.[i] ?? i + 1);
      }
    }
    return { start: from, end: to, text: this.original.slice(from, to) };
  }
}

export function prepareText(original: string): PreparedText {
  const folded = isPlainAscii(original) ? foldAscii(original) : foldUnicode(original);
  if (original.includes(RLO)) readAsDisplayed(original, folded);
  return new Prepared(original, revealDisguises(folded));
}

/**
 * The word tokens of a prepared text, computed once per text and shared by every classifier
 * that asks. Offsets are in `prepared.normalized`.
 */
export function tokens(prepared: PreparedText): readonly Token[] {
  if (!(prepared instanceof Prepared)) return tokenize(prepared.normalized);
  prepared.tokens ??= tokenize(prepared.normalized);
  return prepared.tokens;
}

/** The distinct token texts of a prepared text, computed once: for quick "does it mention X" gates. */
export function words(prepared: PreparedText): ReadonlySet<string> {
  if (!(prepared instanceof Prepared)) return new Set(tokens(prepared).map((t) => t.text));
  if (prepared.words === undefined) {
    const set = new Set<string>();
    for (const t of tokens(prepared)) set.add(t.text);
    prepared.words = set;
  }
  return prepared.words;
}

/** The spans pass 3 decoded (empty for a PreparedText not made by `prepareText`). */
export function disguises(prepared: PreparedText): readonly Disguise[] {
  return prepared instanceof Prepared ? prepared.disguises : [];
}

// ---------------------------------------------------------------------------------------------
// Direction overrides: text is read in the order a reader sees it.

/** RIGHT-TO-LEFT OVERRIDE: what follows, up to POP DIRECTIONAL FORMATTING or the line's end, is shown reversed. */
const RLO = '\u202e';
const PDF = 0x202c;

/**
 * "\u202ekcuf uoy" is shown as "you fuck": the override reverses the characters after it on
 * screen. Each overridden run of the folded text is put in display order (the characters of one
 * code point kept together), so every classifier reads what people see; the offsets move with
 * the characters, so evidence still points at what was written. Nested overrides and
 * embeddings are read as one level: enough for the trick, which is one override.
 */
function readAsDisplayed(original: string, folded: Folded): void {
  const n = folded.text.length;
  const starts = folded.starts ?? Array.from({ length: n }, (_, i) => i);
  const ends = folded.ends ?? Array.from({ length: n }, (_, i) => i + 1);
  const runs: [number, number][] = [];
  for (let i = original.indexOf(RLO); i >= 0; i = original.indexOf(RLO, i + 1)) {
    let j = i + 1;
    while (j < original.length && original.charCodeAt(j) !== PDF && original[j] !== '\n') j++;
    runs.push([i + 1, j]);
  }
  const chars = folded.text.split('');
  for (const [from, to] of runs) {
    let a = 0;
    while (a < n && (starts[a] ?? 0) < from) a++;
    let b = a;
    while (b < n && (starts[b] ?? 0) < to) b++;
    // Groups of units from one code point, reversed as groups.
    const groups: number[][] = [];
    for (let k = a; k < b; k++) {
      const last = groups[groups.length - 1];
      if (last !== undefined && starts[last[0] ?? 0] === starts[k]) last.push(k);
      else groups.push([k]);
    }
    const order = groups.reverse().flat();
    const text = order.map((k) => chars[k] ?? '');
    const s2 = order.map((k) => starts[k] ?? 0);
    const e2 = order.map((k) => ends[k] ?? 0);
    for (let k = a; k < b; k++) {
      chars[k] = text[k - a] ?? '';
      starts[k] = s2[k - a] ?? 0;
      ends[k] = e2[k - a] ?? 0;
    }
  }
  folded.text = chars.join('');
  folded.starts = starts;
  folded.ends = ends;
}

// ---------------------------------------------------------------------------------------------
// Pass 1 and 2: Unicode folding and homoglyphs.

interface Folded {
  text: string;
  /** Original start offset of each UTF-16 unit of `text`; null when unit i came from i. */
  starts: number[] | null;
  /** Original end offset of each unit of `text` (exclusive); null when it is start + 1. */
  ends: number[] | null;
}

function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7e) return false;
  return true;
}

function foldAscii(original: string): Folded {
  return { text: original.toLowerCase(), starts: null, ends: null };
}

interface CodePointFold {
  /** What the code point becomes ('' when dropped). */
  out: string;
  /** The same with homoglyphs replaced by Latin letters, when that differs. */
  alt: string | undefined;
  /** A letter of another script that no table maps to Latin (genuine foreign text). */
  foreign: boolean;
  /** A dropped combining mark or variation selector belongs to the character before it. */
  attach: boolean;
}

/**
 * Characters with no visible width that are used to split words invisibly: zero-width space,
 * joiners and non-joiners, direction marks and embeddings/isolates, word joiner and invisible
 * operators, BOM, soft hyphen, Mongolian vowel separator, Hangul fillers, and tag characters.
 */
function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0xfeff ||
    cp === 0x00ad ||
    cp === 0x034f ||
    cp === 0x061c ||
    cp === 0x180e ||
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x3164 ||
    cp === 0xffa0 ||
    (cp >= 0xe0000 && cp <= 0xe007f)
  );
}

const MARK = /^[\p{Mn}\p{Me}]$/u;
const MARKS = /[\p{Mn}\p{Me}]/gu;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}\p{Zs}]$/u;
const NOT_ALNUM = /[^\p{L}\p{N}]/gu;
const LETTER = /\p{L}/u;
const LATIN = /^[a-z\u00c0-\u024f\u1e00-\u1eff]$/;

const FOLDS = new Map<number, CodePointFold>();

function foldCodePoint(cp: number): CodePointFold {
  const cached = FOLDS.get(cp);
  if (cached !== undefined) return cached;
  const fold = computeFold(cp);
  if (FOLDS.size < 50_000) FOLDS.set(cp, fold);
  return fold;
}

function computeFold(cp: number): CodePointFold {
  const ch = String.fromCodePoint(cp);
  if (isInvisible(cp)) return { out: '', alt: undefined, foreign: false, attach: false };
  // Variation selectors and combining marks (diacritics, "zalgo", enclosing circles).
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef) || MARK.test(ch)) {
    return { out: '', alt: undefined, foreign: false, attach: true };
  }
  const punctuation = PUNCTUATION_FOLDS.get(cp);
  if (punctuation !== undefined)
    return { out: punctuation, alt: undefined, foreign: false, attach: false };
  // Negative circled and negative squared Latin capitals (🅐, 🅰): NFKD leaves them whole.
  if ((cp >= 0x1f150 && cp <= 0x1f169) || (cp >= 0x1f170 && cp <= 0x1f189)) {
    const letter = String.fromCharCode(0x61 + ((cp - 0x1f150) % 0x20));
    return { out: letter, alt: undefined, foreign: false, attach: false };
  }
  const homoglyph = HOMOGLYPHS.get(cp);
  if (homoglyph !== undefined) {
    return { out: ch.toLowerCase(), alt: homoglyph, foreign: false, attach: false };
  }
  const decomposed = ch.normalize('NFKD');
  if (!LETTER_OR_NUMBER.test(ch)) {
    // A symbol: only an enclosed letter or digit (ⓐ, ⒜, 🄰, ①) folds, to that one character;
    // "™" → "tm" would glue letters onto the word before it.
    const inner = decomposed.replace(NOT_ALNUM, '');
    const out = inner.length === 1 ? inner.toLowerCase() : ch;
    return { out, alt: undefined, foreign: false, attach: false };
  }
  let out = decomposed.toLowerCase().normalize('NFKD').replace(MARKS, '');
  if (out === '') out = ch.toLowerCase();
  let alt = '';
  let foreign = false;
  for (const c of out) {
    const code = c.charCodeAt(0);
    const mapped = HOMOGLYPHS.get(code) ?? PUNCTUATION_FOLDS.get(code);
    alt += mapped ?? c;
    if (mapped === undefined && code > 0x7f && LETTER.test(c) && !LATIN.test(c)) foreign = true;
  }
  return { out, alt: alt === out ? undefined : alt, foreign, attach: false };
}

function foldUnicode(original: string): Folded {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  // Units that have a homoglyph reading, as [index in text, Latin letter].
  const alts: [number, string][] = [];
  let foreign = false;
  for (let i = 0; i < original.length;) {
    const c = original.charCodeAt(i);
    if (c < 0x80) {
      text += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : original[i];
      starts.push(i);
      ends.push(i + 1);
      i++;
      continue;
    }
    const cp = original.codePointAt(i) ?? c;
    const width = cp > 0xffff ? 2 : 1;
    const fold = foldCodePoint(cp);
    if (fold.out === '') {
      if (fold.attach && ends.length > 0) ends[ends.length - 1] = i + width;
    } else {
      // A multi-unit result whose alternative is not the same length (never, by construction
      // of the tables) would misalign; the guard keeps offsets honest regardless.
      const alt =
        fold.alt !== undefined && fold.alt.length === fold.out.length ? fold.alt : undefined;
      for (let k = 0; k < fold.out.length; k++) {
        if (alt !== undefined && alt[k] !== fold.out[k]) alts.push([text.length + k, alt[k] ?? '']);
        starts.push(i);
        ends.push(i + width);
      }
      text += fold.out;
      if (fold.foreign) foreign = true;
    }
    i += width;
  }
  if (alts.length > 0) text = applyHomoglyphs(text, alts, foreign);
  return { text, starts, ends };
}

const isAsciiLetter = (c: number): boolean => c >= 0x61 && c <= 0x7a;

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

function isWordUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);
  // Astral letters are rare after folding (mathematical letters became ASCII); emoji are not
  // letters and must not glue onto the word beside them.
  if (c >= 0xdc00 && c <= 0xdfff)
    return i > 0 && isWordUnit(text, i - 1) && text.charCodeAt(i - 1) >= 0xd800;
  const cp = text.codePointAt(i) ?? c;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

function applyHomoglyphs(text: string, alts: [number, string][], foreign: boolean): string {
  const chars = text.split('');
  for (const [index, letter] of alts) {
    if (foreign && !wordHasLatinLetter(text, index)) continue;
    chars[index] = letter;
  }
  return chars.join('');
}

function wordHasLatinLetter(text: string, index: number): boolean {
  let a = index;
  let b = index;
  while (a > 0 && isWordUnit(text, a - 1)) a--;
  while (b < text.length && isWordUnit(text, b)) b++;
  for (let i = a; i < b; i++) if (isAsciiLetter(text.charCodeAt(i))) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Pass 3: leetspeak, symbols and split letters, decoded only into lexicon words.

/** What a digit or symbol can stand for inside a disguised word; `?` is "any letter". */
const LEET: ReadonlyMap<string, readonly string[]> = new Map([
  ['0', ['o']],
  ['1', ['i', 'l']],
  ['3', ['e']],
  ['4', ['a']],
  ['5', ['s']],
  ['6', ['g', 'b']],
  ['7', ['t']],
  ['8', ['b']],
  ['9', ['g']],
  ['@', ['a', '?']],
  ['$', ['s', '?']],
  ['!', ['i', 'l', '?']],
  ['|', ['i', 'l']],
  ['+', ['t']],
  ['(', ['c']],
  ['<', ['c']],
  ['€', ['e']],
  ['¢', ['c']],
  ['*', ['?']],
  ['#', ['?']],
  ['%', ['?']],
  ['?', ['?']],
  ['^', ['?']],
]);

/** ASCII characters that split the letters of a word ("s-h-i-t", "f.u.c.k", "f_u_c_k", "f/u/c/k"). */
const SEPARATORS = new Set(['.', '-', '_', '~', '/', '\\']);
/** Punctuation trimmed from the ends of a chunk before it is decoded. */
const EDGE = new Set([...'.,;:!?"\'()[]{}<>*_~-/\\#']);
/** Punctuation a one-letter piece may carry in a spaced-out word ("f. u. c. k."). */
const PIECE_EDGE = new Set([...'.,;:*_~-']);

const MAX_DECODE_LENGTH = 30;

interface Decoded extends Folded {
  disguises: Disguise[];
}

interface Edit {
  /** [start, end) of the folded text that is replaced. */
  start: number;
  end: number;
  /** Indices (in the folded text) of the units kept, in order, and what each becomes. */
  keep: number[];
  chars: string;
  kind: DisguiseKind | undefined;
}

const isSpace = (c: number): boolean =>
  c <= 0x20 ||
  (c >= 0x80 &&
    (c === 0x85 ||
      c === 0xa0 ||
      c === 0x3000 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f));

function revealDisguises(folded: Folded): Decoded {
  const { text } = folded;
  const n = text.length;
  let edits: Edit[] | undefined;
  // A run of one-letter pieces separated by spaces ("f u c k"), as indices of the letters.
  let run: number[] = [];
  for (let i = 0; i < n;) {
    let c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    // Find the chunk's end, noting whether it is a plain word (the common case, skipped).
    let end = i;
    let plain = true;
    while (end < n) {
      c = text.charCodeAt(end);
      if (isSpace(c)) break;
      if (!isAsciiLetter(c) && c !== 0x27) plain = false;
      end++;
    }
    const piece = plain && end - i > 1 ? NOT_A_PIECE : pieceOf(text, i, end);
    if (piece >= 0) run.push(piece);
    else if (piece !== BRIDGE) {
      // A bridge (a lone dash or dot between spaced letters, "f - u - c - k") keeps the run going.
      if (run.length > 0) {
        const joined = run.length >= 3 ? joinPieces(text, run) : undefined;
        if (joined !== undefined) (edits ??= []).push(joined);
        run = [];
      }
      const edit = plain
        ? stretchedChunk(text, i, end)
        : (decodeChunk(text, i, end) ?? stretchedWithin(text, i, end));
      if (edit !== undefined) (edits ??= []).push(edit);
    }
    i = end;
  }
  if (run.length >= 3) {
    const joined = joinPieces(text, run);
    if (joined !== undefined) (edits ??= []).push(joined);
  }
  if (edits === undefined) return { text, starts: folded.starts, ends: folded.ends, disguises: [] };
  return applyEdits(folded, edits);
}

const BRIDGE = -2;
const NOT_A_PIECE = -1;

/** The index of the single letter (or leet character) a chunk stands for, BRIDGE or NOT_A_PIECE. */
function pieceOf(text: string, start: number, end: number): number {
  if (end - start === 1) {
    const ch = text[start] ?? '';
    if (isAsciiLetter(ch.charCodeAt(0)) || LEET.has(ch)) return start;
    return SEPARATORS.has(ch) || ch === '*' ? BRIDGE : NOT_A_PIECE;
  }
  let a = start;
  let b = end;
  while (a < b && PIECE_EDGE.has(text[a] ?? '')) a++;
  while (b > a && PIECE_EDGE.has(text[b - 1] ?? '')) b--;
  if (a === b) return BRIDGE;
  if (b - a === 1) {
    const ch = text[a] ?? '';
    if (isAsciiLetter(ch.charCodeAt(0)) || LEET.has(ch)) return a;
  }
  return NOT_A_PIECE;
}

/**
 * Joins a run of spaced pieces when the whole run (or the run without a leading or trailing
 * "a"/"i", which are words of their own) spells a lexicon word.
 */
function joinPieces(text: string, run: number[]): Edit | undefined {
  const first = text[run[0] ?? 0];
  const last = text[run[run.length - 1] ?? 0];
  const trimStart = first === 'a' || first === 'i' ? 1 : 0;
  const trimEnd = last === 'a' || last === 'i' ? 1 : 0;
  const spans: [number, number][] = [[0, run.length]];
  if (trimStart) spans.push([1, run.length]);
  if (trimEnd) spans.push([0, run.length - 1]);
  if (trimStart && trimEnd) spans.push([1, run.length - 1]);
  const candidates = spans
    .filter(([a, b]) => b - a >= 3)
    .map(([a, b]) => {
      const keep = run.slice(a, b);
      return { keep, written: keep.map((k) => text[k]).join('') };
    })
    // Leet only ever decodes inside something that has letters: "5 5 1 7" stays digits.
    .filter(({ written }) => /[a-z]/.test(written));
  const edit = (keep: number[], written: string, word: string): Edit => ({
    start: keep[0] ?? 0,
    end: (keep[keep.length - 1] ?? 0) + 1,
    keep,
    chars: word,
    kind: word === written ? 'joined' : 'leet',
  });
  for (const { keep, written } of candidates) {
    const word = decodeWord(written);
    if (word !== undefined) return edit(keep, written, word);
  }
  // A spaced-out compound of a stem no ordinary word contains ("f u c k t h e m") joins too,
  // without a leading or trailing "a" or "i" if there is one.
  for (const { keep, written } of candidates.reverse()) {
    if (/^[a-z]+$/.test(written) && INFIX_STEMS.some((stem) => written.includes(stem))) {
      return edit(keep, written, written);
    }
  }
  return undefined;
}

/** First letters of the threat words (lexicon STRETCHED_THREAT_WORDS): a cheap gate. */
const STRETCH_FIRST = new Set(['k', 'd', 's', 'b', 'm', 'h', 'l', 'e', 'r']);

/** A stretched threat word with punctuation around it ("diiie.", "(kiiill)"). */
function stretchedWithin(text: string, start: number, end: number): Edit | undefined {
  let a = start;
  let b = end;
  while (a < b && !isAsciiLetter(text.charCodeAt(a))) a++;
  while (b > a && !isAsciiLetter(text.charCodeAt(b - 1))) b--;
  for (let k = a; k < b; k++) if (!isAsciiLetter(text.charCodeAt(k))) return undefined;
  return a === start && b === end ? undefined : stretchedChunk(text, a, b);
}

/**
 * A plain word that stretches a threat word ("kiiill", "diiie"), read as the word: each letter of
 * the word keeps a letter of its run (the first run its first letters, the last its last, so the
 * evidence spans what was written).
 */
function stretchedChunk(text: string, start: number, end: number): Edit | undefined {
  if (end - start < 4 || end - start > 24 || !STRETCH_FIRST.has(text[start] ?? ''))
    return undefined;
  let repeated = false;
  for (let k = start + 1; k < end && !repeated; k++) repeated = text[k] === text[k - 1];
  if (!repeated) return undefined;
  const written = text.slice(start, end);
  const word = stretchedThreatWord(written);
  if (word === undefined) return undefined;
  const keep: number[] = [];
  let t = start;
  let w = 0;
  while (w < word.length) {
    const ch = word[w];
    let wr = 0;
    while (word[w] === ch) {
      w++;
      wr++;
    }
    const from = t;
    while (t < end && text[t] === ch) t++;
    const first = from === start;
    for (let r = 0; r < wr; r++) keep.push(first ? from + r : t - wr + r);
  }
  return { start, end, keep, chars: word, kind: 'leet' };
}

/** Decodes one whitespace-delimited chunk ("a$$hole!", "s-h-i-t", "sh*t"), if it is a disguised word. */
function decodeChunk(text: string, start: number, end: number): Edit | undefined {
  let a = start;
  let b = end;
  // Punctuation, hashtag signs and emoji around a word are not part of it ("#fuck", "Who!😂").
  const isEdge = (i: number): boolean =>
    EDGE.has(text[i] ?? '') || (text.charCodeAt(i) >= 0x80 && isSeparator(text, i));
  while (a < b && isEdge(a)) a++;
  while (b > a && isEdge(b - 1)) b--;
  const edit = decodeCore(text, a, b);
  if (edit !== undefined || (text[a - 1] !== '*' && text[b] !== '*')) return edit;
  // "*sshole", "sh**": the hidden letters were trimmed with the punctuation.
  while (a > start && text[a - 1] === '*') a--;
  while (b < end && text[b] === '*') b++;
  return decodeCore(text, a, b);
}

function decodeCore(text: string, a: number, b: number): Edit | undefined {
  if (b - a < 2 || b - a > MAX_DECODE_LENGTH) return undefined;
  let letters = 0;
  let substitutes = 0;
  let separators = 0;
  for (let i = a; i < b; i++) {
    const ch = text[i] ?? '';
    if (isAsciiLetter(ch.charCodeAt(0))) letters++;
    else if (ch === "'") continue;
    else if (isSeparator(text, i)) separators++;
    else if (LEET.has(ch)) substitutes++;
    // Anything else (":", "=", "&", other scripts) is not a disguised English word.
    else return undefined;
  }
  if (letters === 0 || substitutes + separators === 0) return undefined;
  const core = text.slice(a, b);
  // An e-mail address is personal information to report, not a word to decode.
  if (separators > 0 && core.includes('@')) return undefined;
  // Offsets of the kept units are only computed for a hit (most chunks are not disguises).
  const where = (keep: (i: number) => boolean): number[] => {
    const kept: number[] = [];
    for (let i = a; i < b; i++) if (keep(i)) kept.push(i);
    return kept;
  };
  const spell = (indices: number[]): string => indices.map((i) => text[i]).join('');
  const all = where(() => true);

  if (separators > 0) {
    const kept = where((i) => !isSeparator(text, i));
    const written = spell(kept);
    // "cock-tail" or "Scunt-horpe" joined is a benign word: join it so its parts are not read alone.
    if (substitutes === 0 && ALLOWED_WORDS.has(written)) {
      return { start: a, end: b, keep: kept, chars: written, kind: undefined };
    }
    const joined = decodeWord(written);
    if (joined !== undefined) {
      const kind = joined === written ? 'joined' : 'leet';
      return { start: a, end: b, keep: kept, chars: joined, kind };
    }
    // "sh-t": a hyphen standing for a hidden letter (not a slash: "tw//" is "trigger warning").
    if (!core.includes('-')) return undefined;
    const wild = decodeWord(all.map((i) => (text[i] === '-' ? '?' : text[i])).join(''));
    if (wild !== undefined) return { start: a, end: b, keep: all, chars: wild, kind: 'leet' };
    return undefined;
  }
  const decoded = decodeWord(core);
  if (decoded !== undefined) return { start: a, end: b, keep: all, chars: decoded, kind: 'leet' };
  // "f*u*c*k": the symbols were separators, not letters.
  const lettersOnly = core.replace(WILDCARD_CHARS, '');
  if (lettersOnly.length < core.length) {
    const word = decodeWord(lettersOnly);
    const kept = where((i) => !WILDCARD_ONLY.has(text[i] ?? ''));
    if (word !== undefined) return { start: a, end: b, keep: kept, chars: word, kind: 'leet' };
  }
  return undefined;
}

/**
 * A character that splits the letters of a word: ".", "-", "_", "~", "/", "\\", or an emoji or
 * other symbol ("f🔥u🔥c🔥k"). Letters of other scripts are not separators.
 */
function isSeparator(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return SEPARATORS.has(text[i] ?? '');
  if (c >= 0xd800 && c <= 0xdfff) return !isWordUnit(text, i);
  return c >= 0x2000 && c !== 0x20ac && !isWordUnit(text, i);
}

const WILDCARD_CHARS = /[*#%?^]/g;
const WILDCARD_ONLY = new Set(['*', '#', '%', '?', '^']);

/**
 * The lexicon word a written form decodes to, letter for letter (so offsets stay aligned), or
 * undefined. Instead of enumerating the readings of every digit and symbol, it scans the few
 * lexicon words of the same length and checks that each written character is that letter or
 * can stand for it: one pass, no allocation for the chunks that are not disguises (most).
 * Stretched disguises ("sh1111t", "a$$hole") are compared with repeated letters squeezed and
 * decoded back to full length.
 */
function decodeWord(written: string): string | undefined {
  // Three characters with a digit are as likely a code ("F4G", "A55") as a word.
  if (written.length <= 3 && /\d/.test(written)) return undefined;
  let plain = 0;
  for (let i = 0; i < written.length; i++) if (isAsciiLetter(written.charCodeAt(i))) plain++;
  if (plain === 0) return undefined;
  const direct = bestFit(written, candidatesFor(written, false), plain);
  if (direct !== undefined) return direct[0];
  if (!/(.)\1/.test(written)) return undefined;
  const squeezed = squeeze(written);
  const found = bestFit(squeezed, candidatesFor(squeezed, true), plain);
  if (found === undefined) return undefined;
  // Spread the decoded letters back over the written runs: "sh1111t" → "shiiiit".
  const letters = found[1];
  let out = '';
  let k = -1;
  for (let i = 0; i < written.length; i++) {
    if (i === 0 || written[i] !== written[i - 1]) k++;
    out += letters[k] ?? '';
  }
  return out;
}

/** The lexicon words worth comparing with a spelling: same length, same first plain letter. */
function candidatesFor(written: string, squeezed: boolean): readonly (readonly [string, string])[] {
  for (let p = 0; p < written.length && p < 3; p++) {
    const c = written.charCodeAt(p);
    if (isAsciiLetter(c)) return decodeCandidates(written.length, p, c, squeezed);
  }
  return decodeCandidates(written.length, -1, 0, squeezed);
}

/**
 * The first candidate ([word, form to compare]) the written form fits without guessing, else
 * the first it fits with wildcards. Self-censoring keeps most of the word: "f*ck", "f**k",
 * "sh*t", "a**hole" are read; "f***" (more stars than plain letters) or a 3-letter "f*g" are not.
 */
function bestFit(
  written: string,
  candidates: readonly (readonly [string, string])[],
  plainLetters: number,
): readonly [string, string] | undefined {
  let withWildcards: readonly [string, string] | undefined;
  for (const pair of candidates) {
    const wild = fit(written, pair[1]);
    if (wild === 0) return pair;
    // A wildcard reading needs two plain letters at least ("$17h" is a wage, not "bitch").
    const credible = written.length >= 4 && plainLetters >= 2 && wild <= plainLetters;
    if (wild > 0 && withWildcards === undefined && credible) {
      withWildcards = pair;
    }
  }
  return withWildcards;
}

/**
 * For each character code, the letters (a bit per letter, a = bit 0) a digit or symbol may stand
 * for, with bit 26 for "any letter". Typed lookups keep the lexicon scan cheap: it runs for every
 * @mention and #hashtag.
 */
const ANY_LETTER = 1 << 26;
const SUBSTITUTES = new Int32Array(0x2100); // up to "€" (U+20AC)
for (const [ch, options] of LEET) {
  let mask = 0;
  for (const o of options) mask |= o === '?' ? ANY_LETTER : 1 << (o.charCodeAt(0) - 0x61);
  SUBSTITUTES[ch.charCodeAt(0)] = mask;
}

/** How many characters of `written` had to be read as wildcards to spell `target`; -1 if it cannot. */
function fit(written: string, target: string): number {
  if (written.length !== target.length) return -1;
  let wild = 0;
  for (let i = 0; i < written.length; i++) {
    const w = written.charCodeAt(i);
    const t = target.charCodeAt(i);
    if (w === t) continue;
    const mask = SUBSTITUTES[w] ?? 0;
    if (mask === 0) return -1;
    if ((mask & (1 << (t - 0x61))) !== 0) continue;
    if ((mask & ANY_LETTER) === 0) return -1;
    wild++;
  }
  return wild;
}

function applyEdits(folded: Folded, edits: Edit[]): Decoded {
  const { text, starts, ends } = folded;
  const startOf = (i: number): number => (starts === null ? i : (starts[i] ?? 0));
  const endOf = (i: number): number => (ends === null ? i + 1 : (ends[i] ?? 0));
  let out = '';
  const outStarts: number[] = [];
  const outEnds: number[] = [];
  const found: Disguise[] = [];
  let pos = 0;
  const copy = (to: number): void => {
    out += text.slice(pos, to);
    for (let i = pos; i < to; i++) {
      outStarts.push(startOf(i));
      outEnds.push(endOf(i));
    }
  };
  for (const edit of edits) {
    copy(edit.start);
    const from = out.length;
    out += edit.chars;
    for (const k of edit.keep) {
      outStarts.push(startOf(k));
      outEnds.push(endOf(k));
    }
    if (edit.kind !== undefined) found.push({ start: from, end: out.length, kind: edit.kind });
    pos = edit.end;
  }
  copy(text.length);
  return { text: out, starts: outStarts, ends: outEnds, disguises: found };
}

// ---------------------------------------------------------------------------------------------
// Tokens.

function tokenize(text: string): Token[] {
  const result: Token[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const word = i < text.length && isWordUnit(text, i);
    if (word) {
      if (start < 0) start = i;
      continue;
    }
    // An apostrophe between two word characters belongs to the word ("don't", "shit's").
    if (start >= 0 && text[i] === "'" && i + 1 < text.length && isWordUnit(text, i + 1)) continue;
    if (start >= 0) {
      result.push({ start, end: i, text: text.slice(start, i) });
      start = -1;
    }
  }
  return result;
}
