/**
 * A small, allocation-light tokenizer over `PreparedText.normalized` (already lower-cased and
 * folded). It finds words, @mentions, links and numbers with one pass over the characters and
 * keeps each token's span in the normalized text, so a classifier can turn any token back into
 * evidence in the original text with `prepared.evidence(start, end)`.
 *
 * The model features are computed from these tokens both when training and when classifying,
 * so any change here changes what the shipped models mean: retrain (`npm run train`) after it.
 */

export const TOKEN_WORD = 0;
export const TOKEN_MENTION = 1;
export const TOKEN_URL = 2;
export const TOKEN_NUMBER = 3;
export type TokenKind =
  typeof TOKEN_WORD | typeof TOKEN_MENTION | typeof TOKEN_URL | typeof TOKEN_NUMBER;

/** Tokens as parallel arrays: token `i` covers `text.slice(starts[i], ends[i])`. */
export interface Tokens {
  readonly text: string;
  readonly count: number;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly kinds: readonly TokenKind[];
  /** The text of each token, the typographic apostrophe read as the plain one. */
  readonly words: readonly string[];
}

// Character classes, computed once per UTF-16 code unit and cached: 1 = part of a word.
const CLASS_UNKNOWN = 0;
const CLASS_WORD = 1;
const CLASS_OTHER = 2;
const charClass = new Uint8Array(0x10000);
const LETTER_OR_NUMBER = /^[\p{L}\p{M}\p{N}]$/u;

function isWordChar(code: number): boolean {
  let c = charClass[code] ?? CLASS_OTHER;
  if (c === CLASS_UNKNOWN) {
    const ascii =
      (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
    const word =
      ascii ||
      code === 95 ||
      (code >= 0x80 &&
        (code < 0xd800 || code > 0xdfff) &&
        LETTER_OR_NUMBER.test(String.fromCharCode(code)));
    c = word ? CLASS_WORD : CLASS_OTHER;
    charClass[code] = c;
  }
  return c === CLASS_WORD;
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const AT = 64;
const DOT = 46;
const SLASH = 47;

/** Top-level domains common enough in spam to treat `word.tld` as a link without a scheme. */
const LINK_TLDS = new Set([
  'com',
  'net',
  'org',
  'ly',
  'io',
  'co',
  'info',
  'biz',
  'me',
  'tv',
  'gl',
  'be',
  'us',
  'xyz',
  'ru',
  'cc',
  'site',
  'online',
  'shop',
  'club',
  'live',
  'store',
  'app',
  'top',
  'vip',
  'click',
  'link',
  'gov',
  'edu',
  'uk',
  'ca',
  'mx',
  // Cheap registrations that scams favour.
  'help',
  'pro',
  'fun',
  'win',
  'bid',
  'loan',
  'icu',
  'buzz',
  'cam',
  'sbs',
  'cfd',
  'tk',
  'bet',
  'casino',
  'poker',
  'vegas',
]);

/** Punctuation that ends a sentence rather than a link: . , ! ? ) */
const TRAILING = new Set([46, 44, 33, 63, 41]);

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0;
}

function startsWithAt(text: string, i: number, prefix: string): boolean {
  return text.startsWith(prefix, i);
}

export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const kinds: TokenKind[] = [];
  const words: string[] = [];
  const push = (start: number, end: number, kind: TokenKind, word: string): void => {
    starts.push(start);
    ends.push(end);
    kinds.push(kind);
    words.push(word);
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    // Links with a scheme or www.: everything up to the next space.
    if (
      (code === 104 /* h */ &&
        (startsWithAt(text, i, 'http://') || startsWithAt(text, i, 'https://'))) ||
      (code === 119 /* w */ && startsWithAt(text, i, 'www.'))
    ) {
      let j = i;
      while (j < n && !isSpace(text.charCodeAt(j))) j++;
      push(i, j, TOKEN_URL, text.slice(i, j));
      i = j;
      continue;
    }
    if (code === 60 /* < */ && startsWithAt(text, i, '<user>')) {
      push(i, i + 6, TOKEN_MENTION, '<user>');
      i += 6;
      continue;
    }
    const mention = code === AT && i + 1 < n && isWordChar(text.charCodeAt(i + 1));
    if (!mention && !isWordChar(code)) {
      i++;
      continue;
    }
    let j = mention ? i + 1 : i;
    let letters = 0;
    let curly = false;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (isWordChar(c)) {
        if (c < 48 || c > 57) letters++;
        j++;
      } else if (
        (c === APOSTROPHE || c === RIGHT_QUOTE) &&
        !mention &&
        j + 1 < n &&
        isWordChar(text.charCodeAt(j + 1))
      ) {
        if (c === RIGHT_QUOTE) curly = true;
        j++;
      } else break;
    }
    // A bare domain ("bit.ly/abc", "example.com") is a link.
    if (!mention && j + 2 < n && text.charCodeAt(j) === DOT) {
      let k = j + 1;
      while (k < n && k - j <= 8 && isWordChar(text.charCodeAt(k))) k++;
      const after = k < n ? text.charCodeAt(k) : 32;
      if (
        k > j + 1 &&
        (after === SLASH || isSpace(after) || !isWordChar(after)) &&
        LINK_TLDS.has(text.slice(j + 1, k))
      ) {
        while (k < n && !isSpace(text.charCodeAt(k))) k++;
        // Trailing sentence punctuation is not part of the link.
        while (k > j + 1 && TRAILING.has(text.charCodeAt(k - 1))) k--;
        push(i, k, TOKEN_URL, text.slice(i, k));
        i = k;
        continue;
      }
    }
    const word = curly ? text.slice(i, j).replaceAll('\u2019', "'") : text.slice(i, j);
    let kind: TokenKind = mention ? TOKEN_MENTION : letters === 0 ? TOKEN_NUMBER : TOKEN_WORD;
    if (kind === TOKEN_MENTION) {
      if (word === '@link') kind = TOKEN_URL;
    } else if (word === 'url') kind = TOKEN_URL;
    push(i, j, kind, word);
    i = j;
  }
  return { text, count: starts.length, starts, ends, kinds, words };
}

/** The text of token `i`. */
export function tokenText(tokens: Tokens, i: number): string {
  return tokens.text.slice(tokens.starts[i] ?? 0, tokens.ends[i] ?? 0);
}

// One slot, not a WeakMap: the classifiers of one comment run one after another on the same
// prepared text, and a one-slot cache costs the garbage collector nothing.
let lastPrepared: object | undefined;
let lastTokens: Tokens | undefined;

/**
 * The tokens of a prepared text, computed once and shared by the classifiers that need them
 * (personal attack and off-topic both read them).
 */
export function tokensOf(prepared: { readonly normalized: string }): Tokens {
  if (prepared === lastPrepared && lastTokens !== undefined) return lastTokens;
  const tokens = tokenize(prepared.normalized);
  lastPrepared = prepared;
  lastTokens = tokens;
  return tokens;
}

/** The text of every token (kept for readability at call sites). */
export function tokenWords(tokens: Tokens): readonly string[] {
  return tokens.words;
}
