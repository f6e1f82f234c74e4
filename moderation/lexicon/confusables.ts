/**
 * Look-alike characters that Unicode compatibility folding (NFKC/NFKD) leaves alone, mapped to
 * the Latin letter a reader sees. Hand-compiled from the Cyrillic, Greek, Armenian, IPA and
 * small-capital rows of Unicode's confusables.txt (UTS #39), keeping only letters that are used
 * to disguise English words; a compact table is enough because normalization only needs the
 * shapes of a-z, and it loads in microseconds (the `confusables` package maps ~6,000 pairs).
 *
 * Every entry maps one UTF-16 unit to one ASCII letter, so folding never moves offsets.
 * Homoglyph folding is applied by normalize.ts only where the text is Latin (see there), so that
 * genuine Russian or Greek text is not turned into English-looking nonsense.
 */
const PAIRS: readonly (readonly [string, string])[] = [
  // Cyrillic, upper- and lower-case forms (upper case first: "В" looks like B, "в" like a small B).
  ['АаӐӑӒӓ', 'a'],
  ['ВвЬьЪъ', 'b'],
  ['СсϹϲ', 'c'],
  ['Ԁԁ', 'd'],
  ['ЕеЁёЄє', 'e'],
  ['Һһ', 'h'],
  ['НнҢңӉӊ', 'h'],
  ['ІіЇїӀӏ', 'i'],
  ['Јј', 'j'],
  ['КкҚқҜҝ', 'k'],
  ['Мм', 'm'],
  ['Пп', 'n'],
  ['ОоӦӧ', 'o'],
  ['Рр', 'p'],
  ['Ԛԛ', 'q'],
  ['Гг', 'r'],
  ['Ѕѕ', 's'],
  ['Тт', 't'],
  ['Цц', 'u'],
  ['Ѵѵ', 'v'],
  ['Ԝԝ', 'w'],
  ['ХхҲҳ', 'x'],
  ['УуҮү', 'y'],
  // Greek.
  ['Αα', 'a'],
  ['Ββ', 'b'],
  ['Εε', 'e'],
  ['Ζ', 'z'],
  ['Ηη', 'h'],
  ['Ιιϊ', 'i'],
  ['Κκ', 'k'],
  ['Μ', 'm'],
  ['μ', 'u'],
  ['Ν', 'n'],
  ['ν', 'v'],
  ['Οοσ', 'o'],
  ['Ρρ', 'p'],
  ['Ττ', 't'],
  ['Υυϋ', 'u'],
  ['Χχ', 'x'],
  ['γ', 'y'],
  ['ω', 'w'],
  // Armenian.
  ['օ', 'o'],
  ['ս', 'u'],
  ['հ', 'h'],
  ['ո', 'n'],
  ['ց', 'g'],
  // Latin letters that are not decomposable but read as a plain letter.
  ['ɑα', 'a'],
  ['ƅ', 'b'],
  ['ɗđð', 'd'],
  ['ƒ', 'f'],
  ['ɡɢ', 'g'],
  ['ħ', 'h'],
  ['ıɩɪ', 'i'],
  ['ĸᴋ', 'k'],
  ['łƚʟ', 'l'],
  ['ɴ', 'n'],
  ['øɵᴏ', 'o'],
  ['ʀ', 'r'],
  ['ꜱ', 's'],
  ['ŧᴛ', 't'],
  ['ᴜ', 'u'],
  ['ᴠ', 'v'],
  ['ᴡ', 'w'],
  ['ʏ', 'y'],
  ['ᴢƶ', 'z'],
  // Small capitals used by "fancy text" generators.
  ['ᴀ', 'a'],
  ['ʙ', 'b'],
  ['ᴄ', 'c'],
  ['ᴅ', 'd'],
  ['ᴇ', 'e'],
  ['ꜰ', 'f'],
  ['ʜ', 'h'],
  ['ᴊ', 'j'],
  ['ᴍ', 'm'],
  ['ᴘ', 'p'],
];

/** Look-alike → Latin letter, keyed by UTF-16 code unit. */
export const HOMOGLYPHS: ReadonlyMap<number, string> = new Map(
  PAIRS.flatMap(([chars, letter]) => [...chars].map((c) => [c.charCodeAt(0), letter] as const)),
);

/**
 * Characters that compatibility folding keeps as they are but that mean one plain character:
 * typographic apostrophes (so "don’t" tokenizes like "don't"), dashes and minus signs (so
 * "s–h–i–t" and "555–1234" split like their ASCII forms), and ligatures NFKD leaves whole.
 * Unlike HOMOGLYPHS these apply everywhere, whatever the script.
 */
export const PUNCTUATION_FOLDS: ReadonlyMap<number, string> = new Map([
  [0x2018, "'"],
  [0x2019, "'"],
  [0x201b, "'"],
  [0x02bc, "'"],
  [0x2032, "'"],
  [0xff07, "'"],
  [0x2010, '-'],
  [0x2011, '-'],
  [0x2012, '-'],
  [0x2013, '-'],
  [0x2014, '-'],
  [0x2015, '-'],
  [0x2212, '-'],
  [0xfe63, '-'],
  [0xff0d, '-'],
  [0x00df, 'ss'],
  [0x00e6, 'ae'],
  [0x00c6, 'ae'],
  [0x0153, 'oe'],
  [0x0152, 'oe'],
  [0x00fe, 'th'],
  [0x00de, 'th'],
]);
