/**
 * Lookups over the obscenity lexicon, built once at module load: one Map for whole words, one
 * keyed by the word with repeated letters squeezed ("fuuuck" → "fuck"), and lists by length
 * for wildcard spellings ("f*ck"). A comment's tokens are each looked up once; results are
 * memoized because comment vocabulary repeats heavily. No per-word regular expressions (that is
 * what makes `bad-words` slow).
 */
import { INSULT_WORDS } from './insults.js';
import {
  ALLOWED_WORDS,
  DECODE_ONLY_WORDS,
  STRETCHED_THREAT_WORDS,
  INFIX_STEMS,
  OBSCENITY_LEXICON,
  PHRASES,
  PREFIX_STEMS,
  SUFFIX_STEMS,
  type LexiconEntry,
  type Tier,
} from './obscenity.js';

export type { LexiconEntry, Tier };
export { ALLOWED_WORDS, INFIX_STEMS };

/** How a token matched: as listed, with letters stretched ("shiiit"), or as a compound ("shitstain"). */
export type MatchVia = 'exact' | 'stretched' | 'compound';

export interface LexiconHit {
  readonly entry: LexiconEntry;
  readonly via: MatchVia;
}

const EXACT = new Map<string, LexiconEntry>();
const BY_SQUEEZED = new Map<string, LexiconEntry[]>();
for (const entry of OBSCENITY_LEXICON) {
  if (EXACT.has(entry.word)) continue;
  EXACT.set(entry.word, entry);
  const squeezed = squeeze(entry.word);
  BY_SQUEEZED.set(squeezed, [...(BY_SQUEEZED.get(squeezed) ?? []), entry]);
}
/** First word → second word → entry, for the two-word expressions ("blow job"). */
const PHRASE_INDEX = new Map<string, Map<string, LexiconEntry>>();
for (const [phrase, tier] of PHRASES) {
  const [first = '', second = ''] = phrase.split(' ');
  const seconds = PHRASE_INDEX.get(first) ?? new Map<string, LexiconEntry>();
  seconds.set(second, { word: phrase, tier });
  PHRASE_INDEX.set(first, seconds);
}

/**
 * Decode targets that are not obscenities: the threat words and the insult words, so that
 * "1d10t", "m.o.r.o.n" or "s1mpleton" reach the personal-attack model as the words they spell.
 */
const DECODE_ONLY = new Set([...DECODE_ONLY_WORDS, ...INSULT_WORDS]);

/** Squeezed form → the threat words it squeezes from ("kil" → kill; "shot" → shot, shoot). */
const STRETCHED_INDEX = new Map<string, string[]>();

/**
 * The threat word a plain, stretched spelling repeats the letters of ("kiiill" → "kill",
 * "shoooot" → "shoot"), the longest when several fit; undefined for the words themselves.
 */
export function stretchedThreatWord(token: string): string | undefined {
  const candidates = STRETCHED_INDEX.get(squeeze(token));
  if (candidates === undefined || candidates.includes(token)) return undefined;
  let best: string | undefined;
  for (const word of candidates) {
    if (stretches(token, word) && (best === undefined || word.length > best.length)) best = word;
  }
  return best;
}

/** "aaabbc" → "abc". */
export function squeeze(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) if (word[i] !== word[i - 1]) out += word[i];
  return out;
}

/** True when `token` is `word` with some letters repeated more ("fuuuck" from "fuck", not "as" from "ass"). */
export function stretches(token: string, word: string): boolean {
  if (token.length <= word.length) return false;
  let t = 0;
  let w = 0;
  while (t < token.length && w < word.length) {
    const ch = word[w];
    if (token[t] !== ch) return false;
    let tr = 0;
    let wr = 0;
    while (token[t] === ch) {
      t++;
      tr++;
    }
    while (word[w] === ch) {
      w++;
      wr++;
    }
    if (tr < wr) return false;
  }
  return t === token.length && w === word.length;
}

function hasRepeat(word: string): boolean {
  for (let i = 1; i < word.length; i++) if (word[i] === word[i - 1]) return true;
  return false;
}

/**
 * Whether the letters `token` repeats beyond `word` (which it stretches) are vowels or its first
 * letter: "diick", "asshoole", "sshithead", not "Mammon" or "Cumm".
 */
function stretchedAtVowelOrStart(token: string, word: string): boolean {
  let t = 0;
  let w = 0;
  while (t < token.length && w < word.length) {
    const ch = word[w] ?? '';
    const start = t;
    while (token[t] === ch) t++;
    const runStart = w;
    while (word[w] === ch) w++;
    if (t - start > w - runStart && start > 0 && !isVowel(ch)) return false;
  }
  return true;
}

/**
 * A listed word written with letters repeated ("fuuuck", "shiiit"). A letter merely doubled
 * counts for strong obscenity ("fuuck"), and for vulgar words when the doubled letter is a vowel
 * or the first ("diick", "asshoole", "sshithead"; 0.7.19): names and ordinary words double the
 * consonants of vulgar words and the letters of slurs ("Mammon", "Cumm Inn", "Pollack",
 * "Coonss") far more often than anyone disguises them so.
 */
function stretchedEntry(word: string): LexiconEntry | undefined {
  if (!hasRepeat(word)) return undefined;
  const tripled = /(.)\1\1/.test(word);
  for (const entry of BY_SQUEEZED.get(squeeze(word)) ?? []) {
    if (!stretches(word, entry.word)) continue;
    if (tripled || entry.tier === 'strong') return entry;
    if (entry.tier === 'moderate' && stretchedAtVowelOrStart(word, entry.word)) return entry;
  }
  return undefined;
}

/** A listed word, as written or stretched; never a compound. What a disguise may decode to. */
export function lookupListed(word: string): LexiconEntry | undefined {
  return EXACT.get(word) ?? stretchedEntry(word);
}

/**
 * Numeric keys of four letters, so that the common case, an ordinary word, is rejected by a few
 * integer Set lookups without allocating or hashing strings.
 */
function key4(word: string, at: number): number {
  return (
    ((word.charCodeAt(at) * 128 + word.charCodeAt(at + 1)) * 128 + word.charCodeAt(at + 2)) * 128 +
    word.charCodeAt(at + 3)
  );
}
const PREFIX_KEYS = new Set(PREFIX_STEMS.map((stem) => key4(stem, 0)));
const SUFFIX_KEYS = new Set(SUFFIX_STEMS.map((stem) => key4(stem, stem.length - 4)));

/** A hash of a word with its repeated letters squeezed, computed without building the string. */
function squeezedHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c !== word.charCodeAt(i - 1)) h = (h * 31 + c) | 0;
  }
  return h;
}
const SQUEEZED_HASHES = new Set([...BY_SQUEEZED.keys()].map(squeezedHash));

/** Listed words, phrase starts and allowed words shorter than four letters. */
const SHORT = new Set<string>();
/** key4 of the first four letters of every listed word, phrase start, allowed word and stem. */
const FIRST4 = new Set<number>();
for (const word of [...EXACT.keys(), ...PHRASE_INDEX.keys(), ...ALLOWED_WORDS, ...PREFIX_STEMS]) {
  if (word.length < 4) SHORT.add(word);
  else FIRST4.add(key4(word, 0));
}

/**
 * First two and last two characters of FIRST4 and SUFFIX_KEYS, folded to 7 bits each: a 16 KB
 * table that answers "no" for most words before a Set is probed. Collisions only cost a probe.
 */
const key2 = (a: number, b: number): number => ((a & 0x7f) << 7) | (b & 0x7f);
const FIRST2 = new Uint8Array(1 << 14);
const LAST2 = new Uint8Array(1 << 14);
for (const word of [...EXACT.keys(), ...PHRASE_INDEX.keys(), ...ALLOWED_WORDS, ...PREFIX_STEMS]) {
  if (word.length >= 4) FIRST2[key2(word.charCodeAt(0), word.charCodeAt(1))] = 1;
}
for (const stem of SUFFIX_STEMS) {
  const n = stem.length;
  LAST2[key2(stem.charCodeAt(n - 4), stem.charCodeAt(n - 3))] = 1;
}

/**
 * False when the token cannot match anything in the lexicon (as a word, the start of a phrase,
 * a compound, a possessive or a stretched spelling). One pass over the characters and a few
 * integer lookups: most tokens of most comments stop here, before any string is hashed.
 */
export function mightMatch(word: string): boolean {
  const n = word.length;
  if (n < 4) return SHORT.has(word);
  let repeat = false;
  let triple = false;
  let previous = -1;
  let before = -1;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    // Infix stems all contain "ck"; a possessive may hide a short word ("ass's").
    if ((c === 107 && previous === 99) || c === 39) return true;
    if (c === previous) {
      repeat = true;
      if (c === before) triple = true;
    }
    before = previous;
    previous = c;
  }
  if (FIRST2[key2(word.charCodeAt(0), word.charCodeAt(1))] === 1 && FIRST4.has(key4(word, 0))) {
    return true;
  }
  if (
    LAST2[key2(word.charCodeAt(n - 4), word.charCodeAt(n - 3))] === 1 &&
    SUFFIX_KEYS.has(key4(word, n - 4))
  ) {
    return true;
  }
  if (!repeat) return false;
  return triple || SQUEEZED_HASHES.has(squeezedHash(word));
}

function compoundEntry(word: string): LexiconEntry | undefined {
  if (word.length < 5) return undefined;
  let stem: string | undefined;
  if (PREFIX_KEYS.has(key4(word, 0))) stem = PREFIX_STEMS.find((s) => word.startsWith(s));
  if (stem === undefined && SUFFIX_KEYS.has(key4(word, word.length - 4))) {
    stem = SUFFIX_STEMS.find((s) => word.endsWith(s));
  }
  if (stem === undefined && word.includes('ck')) stem = INFIX_STEMS.find((s) => word.includes(s));
  if (stem === undefined || ALLOWED_WORDS.has(word)) return undefined;
  // A stem that is not itself listed ("cocksuck") takes the tier of strong obscenity.
  const tier: Tier = EXACT.get(stem)?.tier ?? 'strong';
  // "absofuckinglutely", "#fuck12", "#fucktrump": the f-word's compounds are exclamations.
  return INFIX_STEMS.includes(stem) ? { word, tier, expletive: true } : { word, tier };
}

/**
 * The lexicon entry a token matches, if any (J.3 obscenity): whole words, possessives
 * ("shit's"), stretched letters and compounds of the stems that never occur in ordinary words.
 * Tokens come from `tokens()` in normalize.ts (lower case, evasion undone).
 */
export function lookupWord(word: string): LexiconHit | undefined {
  const exact = EXACT.get(word);
  if (exact !== undefined) return { entry: exact, via: 'exact' };
  if (ALLOWED_WORDS.has(word)) return undefined;
  const apostrophe = word.indexOf("'");
  if (apostrophe > 0) return lookupWord(word.slice(0, apostrophe));
  const compound = compoundEntry(word);
  if (compound !== undefined) return { entry: compound, via: 'compound' };
  if (!hasRepeat(word)) return undefined;
  if (SQUEEZED_HASHES.has(squeezedHash(word))) {
    const stretched = stretchedEntry(word);
    if (stretched !== undefined) return { entry: stretched, via: 'stretched' };
  }
  // A stretched compound ("shiiiitstain"): only with a run of three or more, so that ordinary
  // double letters never squeeze into a stem.
  if (/(.)\1\1/.test(word)) {
    const squeezed = squeeze(word);
    const entry = compoundEntry(squeezed);
    if (entry !== undefined && !ALLOWED_WORDS.has(squeezed)) {
      return { entry: { word, tier: entry.tier }, via: 'stretched' };
    }
  }
  return undefined;
}

/** The two-word expression starting with `first` and continuing with `second`, if listed. */
export function lookupPhrase(first: string, second: string): LexiconEntry | undefined {
  return PHRASE_INDEX.get(first)?.get(second);
}

/**
 * Words a disguised spelling may decode to: the listed words in preference order, then
 * DECODE_ONLY_WORDS. Indexed by length and by the first plain letter of the spelling and its
 * position (0-2), as [word, form compared], so that checking a chunk like "@user" or "sh1t"
 * against the lexicon touches a handful of words, not every word of that length.
 */
const DECODABLE = [...EXACT.keys(), ...[...DECODE_ONLY].filter((word) => !EXACT.has(word))];
const MAX_INDEXED_POSITION = 2;
const DECODE_INDEX = new Map<number, (readonly [string, string])[]>();
const SQUEEZED_DECODE_INDEX = new Map<number, (readonly [string, string])[]>();

const decodeKey = (length: number, position: number, letter: number): number =>
  (length * (MAX_INDEXED_POSITION + 2) + position) * 32 + (letter & 31);

function addDecodable(
  index: Map<number, (readonly [string, string])[]>,
  word: string,
  form: string,
): void {
  const add = (key: number): void => {
    const list = index.get(key);
    if (list === undefined) index.set(key, [[word, form]]);
    else list.push([word, form]);
  };
  // Position MAX_INDEXED_POSITION + 1 holds every word of that length, for spellings whose
  // first plain letter comes later ("$$$hit" is not worth a bucket of its own).
  add(decodeKey(form.length, MAX_INDEXED_POSITION + 1, 0));
  for (let p = 0; p <= MAX_INDEXED_POSITION && p < form.length; p++) {
    add(decodeKey(form.length, p, form.charCodeAt(p)));
  }
}
for (const word of DECODABLE) {
  addDecodable(DECODE_INDEX, word, word);
  addDecodable(SQUEEZED_DECODE_INDEX, word, squeeze(word));
}

/**
 * The words a disguised spelling may decode to (normalize.ts pass 3), as [word, form to compare
 * with the spelling], given the spelling's length and its first plain (undisguised) letter and
 * that letter's position, or position -1 when it has none in the first three characters. Being
 * a decode target flags nothing by itself.
 */
export function decodeCandidates(
  length: number,
  position: number,
  letter: number,
  squeezed = false,
): readonly (readonly [string, string])[] {
  const index = squeezed ? SQUEEZED_DECODE_INDEX : DECODE_INDEX;
  const key =
    position < 0 || position > MAX_INDEXED_POSITION
      ? decodeKey(length, MAX_INDEXED_POSITION + 1, 0)
      : decodeKey(length, position, letter);
  return index.get(key) ?? [];
}

/**
 * Spellings by sound (J.3 obscenity): "phuk", "fawk", "fkn", "sheeit", "biyatch", "azzhole",
 * "kunt", "dikhead". Each family is one anchored pattern for the way the word is said, and
 * decodes to a listed word only (never a flag by itself: the obscenity classifier grades a
 * sound-alike like a decoded spelling, flagged for a person, never hidden automatically).
 *
 * Guards: a token that is itself a common English word ("sheet", "fox", "batch", "dock") is
 * never decoded; the caller passes that test (`isCommonWord`, the 20,000 most frequent words of
 * the shipped word vectors), so the rule holds for words no one thought to list.
 */
const SOUND_ALIKE: readonly (readonly [RegExp, string])[] = [
  // fuck: f/ph, any vowel sound or none, k/ck/q/x/kk; "fkn", "fking" (the vowels dropped).
  [/^(?:f+|ph)(?:u|o|aw|au|ou|oo|uh|v|x)*(?:k|ck|q|kk|cc|x)+$/, 'fuck'],
  [/^(?:f|ph)(?:u|o|aw|au|ou|oo|uh|v|x)*(?:k|ck|q|kk|cc|x)+(?:in|ing|in'|n|ng)$/, 'fucking'],
  [/^(?:f|ph)(?:u|o|aw|au|ou|oo|uh|v|x)*(?:k|ck|q|kk|cc|x)+(?:er|a|ah|r)s?$/, 'fucker'],
  // motherfucker: "mothafuker", "motherfuker", "muthafukka", "mudafuka".
  [
    /^m(?:o|u)(?:th|d|dd|f)(?:er|a|ah|uh|ur)?(?:f|ph)(?:u|o|a)*(?:k|ck|q|kk|cc|x)+(?:er|a|ah|uh|as|az|ers|r)?s?$/,
    'motherfucker',
  ],
  [/^(?:f|ph)(?:u|o|aw|au|ou|oo|uh|v|x)*(?:k|ck|q|kk|cc|x)+(?:ed|d|t)$/, 'fucked'],
  [/^fcuk(?:ing|in|ed|er|s)?$/, 'fuck'],
  // shit: "sheeit", "shiet", "shyt", "sheit", "shiat", "sht" (the vowel dropped); "sh" said as
  // "sch" or "zh" ("schit", "zhit", 0.7.19).
  [/^(?:sh|sch|zh)(?:e+i+|i+e+|i+a+|y+|e+y+|ee+|ii+)?t+(?:e|s)?$/, 'shit'],
  [/^(?:sch|zh)i+t+s?$/, 'shit'],
  // shithead: "shythead", "schithead" (0.7.19).
  [/^(?:sh|sch|zh)(?:i+|y+|ee+|e+i+)t+heads?$/, 'shithead'],
  // bullshit: "bullsheet", "bullshyt", "bullshiet", "bullschit", "bullzhit".
  [/^bull(?:s|sh|sch|zh)(?:e+i+|i+e+|y+|ee+|ea+|i+)t+s?$/, 'bullshit'],
  // cocksucker: "cocksukka", "coksucker", "cawksucka".
  [/^c(?:o|a|aw|au)(?:ck|k|c)+s(?:u|oo)(?:ck|k|kk|c)+(?:a|ah|er|uh|ar)s?$/, 'cocksucker'],
  // bitch: "biatch", "biyatch", "beeyotch", "biotch", "byatch".
  [/^b(?:i|e|y)+(?:a|o|e)?y?(?:a|o|e)?tch(?:es|ez|s)?$/, 'bitch'],
  // ass and asshole: "azzhole", "azhole", "a$$hole" is leet (normalize.ts).
  [/^a(?:s|z)+c?h(?:o+|oe)le?s?$/, 'asshole'],
  [/^azz+$/, 'ass'],
  // cunt: "kunt", "kunts".
  [/^k+u+n+t+s?$/, 'cunt'],
  // dick: "dik", "dikhead".
  [/^di+k+s?$/, 'dick'],
  // "dicc", "dicck", "deeck" (0.7.19; "deck" and "dice" are common words, never decoded).
  [/^d(?:i+|ee+)(?:cc+|cck+)s?$/, 'dick'],
  [/^dee+ck+s?$/, 'dick'],
  // pussy said as written: "pusy", "poossy", "pussee" (0.7.19).
  [/^p(?:u+|oo+)s+(?:y|ie|ee)s?$/, 'pussy'],
  [/^di+k+heads?$/, 'dickhead'],
  // dumbass: "dumbazz", "dumazz".
  [/^dumb?a(?:s|z)*z(?:s|z)*$/, 'dumbass'],
];

/** A first-letter gate: only tokens starting with one of these can be a sound-alike. */
const SOUND_ALIKE_FIRST = new Set(['f', 'p', 's', 'b', 'a', 'k', 'd', 'c', 'm', 'z']);

/**
 * A cheap test before the patterns (this runs for most tokens of most comments): each family
 * needs its first letters and one telling letter further on.
 */
function mightSoundAlike(word: string): boolean {
  switch (word.charCodeAt(0)) {
    case 102: // f
    case 112: // p(h), p(u)ss(y)
      return /[kqx]/.test(word) || word.includes('cc') || word.includes('s', 2);
    case 115: // s(h), s(ch)
      return (
        word.charCodeAt(1) === 104 || (word.charCodeAt(1) === 99 && word.charCodeAt(2) === 104)
      );
    case 122: // z(h)
      return word.charCodeAt(1) === 104;
    case 98: // b
      return word.includes('tch') || word.startsWith('bull');
    case 99: // c
      return word.includes('s') && (word.includes('k') || word.includes('c', 2));
    case 97: // a
      return word.includes('z') || word.includes('sh') || word.includes('sch');
    case 107: // k
      return word.includes('nt');
    case 100: // d
      return (
        ((word.charCodeAt(1) === 105 || word.charCodeAt(1) === 101) &&
          (word.includes('k') || word.includes('cc'))) ||
        word.startsWith('dum')
      );
    case 109: // m(other)
      return /[kqx]/.test(word) && /f|ph/.test(word);
    default:
      return false;
  }
}

/** The listed word a spelling sounds like, if any; `isCommonWord` guards ordinary English. */
export function lookupSoundAlike(
  word: string,
  isCommonWord: (word: string) => boolean,
): LexiconEntry | undefined {
  if (word.length < 3 || word.length > 12 || !SOUND_ALIKE_FIRST.has(word[0] ?? ''))
    return undefined;
  if (!mightSoundAlike(word)) return undefined;
  if (EXACT.has(word) || ALLOWED_WORDS.has(word)) return undefined;
  for (const [pattern, target] of SOUND_ALIKE) {
    if (!pattern.test(word)) continue;
    const entry = EXACT.get(target);
    if (entry === undefined || isCommonWord(word)) return undefined;
    return entry;
  }
  return undefined;
}

/**
 * Obscenities written with vowels left out ("btch", "pssy", "bastrd", "bllsht", "dckhead",
 * "asshle"; round 129: most of the composed disguises missed were so). The token, repeated letters
 * squeezed, must be the word with one vowel or more deleted and nothing else changed, its first
 * letter kept: "botch" and "butch" are not "bitch", "shool" is not "asshole". At least four letters
 * as written and three squeezed ("cnt", "sht" stay abbreviations), not a common word of the shipped
 * vectors ("pens" is not "penis"), under six letters only with no vowel left ("btch", not "psis")
 * or four consonants kept ("chnga"), one word only. The words are a chosen few, the ones people
 * shorten so (Spanish ones since 0.7.24: "pndejo", "chnga"; not "chingas" or "culeros", whose
 * skeletons are chat's "chngs" for changes and "clrs" for colors): read against the whole lexicon,
 * the datasets' "Blck" became "bollock", a Dutch "BNer" a slur, "mfrs" (manufacturers) a swear.
 */
const VOWEL_DROPPED = new Map<string, LexiconEntry[]>();
const VOWEL_DROP_TARGETS: ReadonlySet<string> = new Set(
  `bitch bitches bitching bitchy pussy pussies bastard bullshit asshole assholes dickhead
  dickheads jackass jackasses dumbass dumbasses motherfucker motherfuckers motherfucking shithead
  shitheads shitty cocksucker cocksuckers dipshit horseshit fucker
  fuckers fucking fucked
  pendejo pendeja pendejos pendejas chinga chingada chingado chingar chingate cabron cabrona
  cabrones culero culera`.split(/\s+/),
);
for (const entry of OBSCENITY_LEXICON) {
  if (!VOWEL_DROP_TARGETS.has(entry.word)) continue;
  const key = consonants(squeeze(entry.word));
  if (key.length < 3) continue;
  const list = VOWEL_DROPPED.get(key) ?? [];
  if (!list.some((e) => e.word === entry.word)) list.push(entry);
  VOWEL_DROPPED.set(key, list);
}

const VOWEL_DROP_FIRST: ReadonlySet<string> = new Set(
  [...VOWEL_DROP_TARGETS].map((w) => w[0] ?? ''),
);

function isVowel(c: string): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
}

function consonants(word: string): string {
  let out = '';
  for (const c of word) if (!isVowel(c)) out += c;
  return out;
}

/** Whether `short` is `long` with one vowel or more deleted and nothing else changed. */
function vowelsDeleted(short: string, long: string): boolean {
  if (short.length >= long.length) return false;
  let j = 0;
  for (let i = 0; i < long.length; i++) {
    const c = long[i] ?? '';
    if (j < short.length && short[j] === c) j++;
    else if (!isVowel(c)) return false;
  }
  return j === short.length;
}

export function lookupVowelDropped(
  word: string,
  isCommonWord: (word: string) => boolean,
): LexiconEntry | undefined {
  // Runs for most tokens of most comments: the targets' first letters turn most away at once.
  if (word.length < 4 || word.length > 16 || !VOWEL_DROP_FIRST.has(word[0] ?? '')) return undefined;
  if (!/^[a-z]+$/.test(word)) return undefined;
  const squeezed = squeeze(word);
  // A short word that keeps a vowel is more often another word ("psis" in Spanish chat), unless
  // four consonants or more carry it ("chnga", 0.7.24).
  if (word.length < 6 && /[aeiou]/.test(word) && consonants(squeezed).length < 4) return undefined;
  if (squeezed.length < 3) return undefined;
  const candidates = VOWEL_DROPPED.get(consonants(squeezed));
  if (candidates === undefined) return undefined;
  if (EXACT.has(word) || ALLOWED_WORDS.has(word) || isCommonWord(word)) return undefined;
  const fits = candidates.filter(
    (e) => e.word[0] === word[0] && vowelsDeleted(squeezed, squeeze(e.word)),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

for (const word of STRETCHED_THREAT_WORDS) {
  const key = squeeze(word);
  STRETCHED_INDEX.set(key, [...(STRETCHED_INDEX.get(key) ?? []), word]);
}
