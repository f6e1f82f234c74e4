/**
 * Which language a comment is in: English, Spanish, both (code-switched: "that cop es un
 * pendejo"), another language (its ISO 639-1 code: 'fr', 'pt', 'vi'…), or undetermined (too
 * short, or neither).
 *
 * English and Spanish: a comment is short and informal, so the question is narrow: how much of
 * it is made of each language's function words and common words, plus the letters and marks
 * only Spanish uses (ñ, ¿, ¡, accented vowels). A Map lookup per token. Measured in `npm run
 * eval` (Spanish rows as Spanish, English rows as English).
 *
 * Other languages: when the two word lists recognise less than a third of a comment's words, a
 * general detector is asked, ELD (`eld`, Apache-2.0, its smallest n-gram database: 60 languages).
 * Measured on 800 English and 800 Spanish dataset comments and 36 short comments in 12 other
 * languages spoken in US cities (French, Portuguese, German, Vietnamese, Tagalog, Chinese,
 * Arabic, Russian, Somali, Haitian Creole, Italian, Korean): ELD 98.0% / 96.1% / 100%, 25,000
 * comments/s; tinyld 93.9% / 87.8% / 97.2%, 4,700/s; franc-min 84.8% / 85.8% / 94.4%, 5,600/s.
 * It is asked only about the few comments the lists do not cover, so the engine's speed is
 * unchanged for English and Spanish. Its database is a 1 MB module that costs about 0.4 s and
 * 90 MB to load, so it is loaded the first time a comment needs it (0.7.11), not at start:
 * `civicmod classify` on one English line no longer waits for it.
 *
 * Computed once per prepared text and shared by every classifier (a WeakMap keyed by it).
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { eld as Eld } from 'eld/extrasmall';
import { ENGLISH, SPANISH } from './common-words.js';
import { ES_INSULTS } from './lexicon/es/insults.js';
import { ES_MODERATE, ES_SLUR, ES_STRONG } from './lexicon/es/obscenity.js';
import { tokensOf, TOKEN_WORD, tokenWords } from './model/tokenize.js';
import type { PreparedText } from './types.js';

/** 'en', 'es', 'mixed', 'und', or the ISO 639-1 code of another language. */
export type Language = 'en' | 'es' | 'mixed' | 'und' | (string & {});

/** Whether civicmod judges comments in this language (English, Spanish, or both). */
export function isJudged(language: Language): boolean {
  return language === 'en' || language === 'es' || language === 'mixed' || language === 'und';
}

/** Fewer words than this are never sent to the general detector: too short to tell. */
const MIN_WORDS_FOR_DETECTOR = 3;
/** The general detector's answer is taken only when its top language scores this much… */
const DETECTOR_MIN_SCORE = 0.5;
/** …and this much more than English or Spanish. */
const DETECTOR_MARGIN = 0.05;

const list = (s: string): string[] => s.trim().split(/\s+/);

/**
 * Spanish insults and obscenities are Spanish words too: the lexicon's, the attack list's, and
 * words of criticism and mockery those lists leave out on purpose ("payaso", "mentiroso"), which
 * are still Spanish. A comment of one or two words is most often exactly that ("Golfa", "sube
 * video joputa", "Callese vieja piruja"), and without them the lists knew none of its words: it
 * was read as undetermined, so the Spanish classifiers never saw it (8% of OffendES comments
 * aimed at a person, 1% of its other comments). Words English uses as well ("animal") stay out.
 */
const SPANISH_ABUSE = new Set(
  [
    ...ES_INSULTS,
    ...ES_STRONG,
    ...ES_MODERATE,
    ...ES_SLUR,
    ...list(`
    payaso payasa payasos falsa falso loca loco vieja viejo cerda cerdo marrana golfa ridicula
    ridiculo ratera ratero maldita maldito infeliz engreida engreido desgraciado desgraciada
    envidiosa envidioso mentiroso mentirosa guarra guarro calvo calva piruja pelele bocachancla
    joputa hijoputa culia cacho
  `),
    // Wishes and threats are Spanish words too, and chat writes the function words around them
    // in letters the lists do not know ("ojala t mueras", "k te maten") (0.7.14, round 107).
    ...list(`
    ojala mueras muera mueran muere maten matar mato matamos matarte quemar kemar quemo
    balazo balazos plomazo plomo tiro tiros bives vives
  `),
  ].filter((w) => !ENGLISH.has(w) && w !== 'animal'),
);

/** Letters and marks written only in Spanish among the two. */
const SPANISH_MARKS = /[ñÑ¿¡áéíóúÁÉÍÓÚü]/;

const cache = new WeakMap<PreparedText, Language>();

export function languageOf(prepared: PreparedText): Language {
  const cached = cache.get(prepared);
  if (cached !== undefined) return cached;
  const tokens = tokensOf(prepared);
  const words = tokenWords(tokens);
  let es = 0;
  let en = 0;
  for (let t = 0; t < tokens.count; t++) {
    if (tokens.kinds[t] !== TOKEN_WORD) continue;
    const w = words[t] ?? '';
    const inEs = SPANISH.has(w) || SPANISH_ABUSE.has(w);
    const inEn = ENGLISH.has(w);
    // Words both lists share ("me", "no") count for neither.
    if (inEs && !inEn) es++;
    else if (inEn && !inEs) en++;
  }
  let wordCount = 0;
  for (let t = 0; t < tokens.count; t++) if (tokens.kinds[t] === TOKEN_WORD) wordCount++;
  // Words the two lists know, before the accents count: Vietnamese or Portuguese letters are not
  // Spanish words.
  const known = es + en;
  if (SPANISH_MARKS.test(prepared.original)) es += 2;
  let language: Language;
  if (es === 0 && en === 0) language = 'und';
  else if (es >= 2 && en >= 2 && Math.min(es, en) / Math.max(es, en) >= 0.3) language = 'mixed';
  else language = es > en ? 'es' : 'en';
  // The general detector, for comments the lists hardly cover, and for Spanish-looking ones of
  // four words or more with no English word (Portuguese, Italian and Catalan share many of
  // Spanish's function words; an English word means code-switching, read as both).
  if (
    wordCount >= MIN_WORDS_FOR_DETECTOR &&
    (known * 3 < wordCount || (language === 'es' && en === 0 && wordCount >= 4))
  ) {
    const other = otherLanguage(prepared.original);
    // Half the words distinctly Spanish: only a neighbour of Spanish can be what it is instead
    // ("Vete a dormir, borracho" is not Dutch, whatever four words suggest to the detector).
    const spanishAtHeart = language === 'es' && es >= 2 && es * 2 >= wordCount;
    if (other !== undefined && (!spanishAtHeart || SPANISH_NEIGHBOURS.has(other))) {
      language = other;
    }
  }
  cache.set(prepared, language);
  return language;
}

let detector: typeof Eld | undefined;

/**
 * ELD, loaded on first use. `classify` is synchronous, so the module is required (Node 20.19 and
 * later load an ES module this way); its path is resolved as `import` would resolve it.
 */
function generalDetector(): typeof Eld {
  if (detector === undefined) {
    const require = createRequire(import.meta.url);
    const path = fileURLToPath(import.meta.resolve('eld/extrasmall'));
    detector = (require(path) as { eld: typeof Eld }).eld;
  }
  return detector;
}

/** A language other than English and Spanish, when the general detector is sure of it. */
function otherLanguage(text: string): string | undefined {
  const result = generalDetector().detect(text);
  const code = result.language;
  if (!code || code === 'en' || code === 'es') return undefined;
  const scores = result.getScores();
  const score = scores[code] ?? 0;
  // Sure of it, and surer than of English or Spanish: on 4,000 Spanish dataset comments, 1.4%
  // are taken for another language at this margin (measured; 2.4% with none).
  const margin = Math.max(scores.es ?? 0, scores.en ?? 0) + DETECTOR_MARGIN;
  return score >= DETECTOR_MIN_SCORE && score >= margin ? code : undefined;
}

/**
 * Languages close enough to Spanish that the Spanish lexicons still read them (they share the
 * common obscenities): what they find goes to a person, never hidden (the language is not judged).
 */
const SPANISH_NEIGHBOURS = new Set(['pt', 'it', 'ca', 'gl']);

/** Whether Spanish resources should read the comment. */
export function readsSpanish(language: Language): boolean {
  return language === 'es' || language === 'mixed' || SPANISH_NEIGHBOURS.has(language);
}

/** Made on first use: building it at start-up cost `civicmod classify` several milliseconds. */
let display: Intl.DisplayNames | undefined;

/** A language's name in English, for people: "Spanish", "English and Spanish", "Portuguese". */
export function languageName(language: Language): string {
  switch (language) {
    case 'en':
      return 'English';
    case 'es':
      return 'Spanish';
    case 'mixed':
      return 'English and Spanish';
    case 'und':
      return 'undetermined language';
    default:
      try {
        display ??= new Intl.DisplayNames(['en'], { type: 'language' });
        return display.of(language) ?? language;
      } catch {
        return language;
      }
  }
}
