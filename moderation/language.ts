/**
 * Which language a comment is in, of the ones civicmod judges: English, Spanish, both
 * (code-switched: "that cop es un pendejo"), or undetermined (too short, or neither).
 *
 * A comment is short and informal, and only two languages are judged, so the question is narrow:
 * how much of it is made of each language's function words and common words, plus the letters
 * and marks only Spanish uses (ñ, ¿, ¡, accented vowels). A general detector (a 100-language
 * model) answers a broader question less reliably on 5-word comments and costs more per comment
 * than the rest of the engine; this one is a Map lookup per token. Measured in `npm run eval`
 * (Spanish rows as Spanish, English rows as English).
 *
 * Computed once per prepared text and shared by every classifier (a WeakMap keyed by it).
 */
import { tokensOf, TOKEN_WORD, tokenWords } from './model/tokenize.js';
import type { PreparedText } from './types.js';

export type Language = 'en' | 'es' | 'mixed' | 'und';

const list = (s: string): string[] => s.trim().split(/\s+/);

/** Words that are frequent in one language and rare in the other (accents folded). */
const SPANISH = new Set(
  list(`
  de la que el en y los se del las por un para con una su al lo como mas pero sus le ya este
  si porque esta entre cuando muy sin sobre tambien me hasta hay donde quien desde todo nos
  durante todos uno les ni contra otros ese eso ante ellos esto antes algunos unos yo otro
  otras otra tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas algo
  nosotros mi mis tu te ti tus ellas usted ustedes eres es soy esta estas estan somos son fue
  era ser tiene tienen hace hacer puede pueden porque pues asi aqui alla ahora siempre nunca
  bien mal gracias hola buenos buenas dias noches favor policia policias gente calle ciudad
  gobierno jefe alcalde oficial oficiales agente agentes seguridad vida muerte casa carro
  tambien solo cada donde cuando despues mejor peor mismo misma todas ellos vamos voy vas va
  quiero quieres tengo tienes dijo dice digo hay habia fueron estaba estaban pinche wey guey
  neta chido verdad nomas ahorita todavia entonces mientras aunque
`),
);
const ENGLISH = new Set(
  list(`
  the and of to in is it that for you was on are with as his they be at one have this from by
  hot word but what some we can out other were all there when up use your how said an each she
  which do their time if will way about many then them write would like so these her long make
  thing see him two has look more day could go come did number sound no most people my over
  know water than call first who may down side been now find any new work part take get place
  made live where after back little only round man year came show every good me give our under
  just why should really think police cops officer chief city road street thanks thank please
  not dont don't can't im i'm it's that's what's there's
`),
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
    const inEs = SPANISH.has(w);
    const inEn = ENGLISH.has(w);
    // Words both lists share ("me", "no") count for neither.
    if (inEs && !inEn) es++;
    else if (inEn && !inEs) en++;
  }
  if (SPANISH_MARKS.test(prepared.original)) es += 2;
  let language: Language;
  if (es === 0 && en === 0) language = 'und';
  else if (es >= 2 && en >= 2 && Math.min(es, en) / Math.max(es, en) >= 0.3) language = 'mixed';
  else language = es > en ? 'es' : 'en';
  cache.set(prepared, language);
  return language;
}

/** Whether Spanish resources should read the comment. */
export function readsSpanish(language: Language): boolean {
  return language === 'es' || language === 'mixed';
}
