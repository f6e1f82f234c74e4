/**
 * Reports, in Spanish, of one person calling another a name: "un señor le dijo «pinche vieja» a
 * la cajera", "unos muchachos le dicen maricón al hijo de la vecina", "mi exesposo me dice puta
 * delante de mis hijos" (0.7.10, round 70). As in English (speech.ts, reportedNameCalling), the
 * telling is rejection enough: someone else's words, told to the page or to the police.
 *
 * Spanish marks the caller in the verb, so the reading is narrower than the English one: a
 * third-person form of a verb of saying or calling ("dijo", "le grita", "la llamó", "le han
 * dicho"), after the object pronoun of whoever was called ("le", "la", "me"...). Not the
 * commenter's own ("le dije", "yo le decía"), an order or a wish ("díganle", "hay que decirle",
 * "que le digan": no indicative form), the reader ("te dice …": as in English, a name someone
 * gives the reader is not counter-speech), everyone's ("todo el mundo le dice …", the
 * commenter's insinuation) or one the commenter agrees with ("… y tiene razón", "porque lo es").
 */
import { TOKEN_WORD, tokenWords, type Tokens } from '../model/tokenize.js';
import type { PreparedText } from '../types.js';
import { ES_INSULTS } from '../lexicon/es/insults.js';
import { ES_SWEARING } from '../lexicon/es/obscenity.js';

const list = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** The cheap test before the tokens are read: an object pronoun, then a verb of saying. */
export const ES_REPORT_CUE =
  /\b(?:le|les|lo|la|los|las|me|nos)\s+(?:(?:ha|han|habia|habian|hubiera)\s+)?(?:dij|dic|dec|grit|llam|escrib|insult)/;

/**
 * Third-person indicative forms (accents folded), which only someone else can be the subject
 * of. "decia", "gritaba", "llamaba" are also the first person: with "yo" before them they are
 * the commenter's (ambiguous, below).
 */
const THIRD_PERSON = list(`
  dijo dijeron dice dicen decia decian
  grita gritan grito gritaron gritaba gritaban
  llama llaman llamo llamaron llamaba llamaban
  escribe escriben escribio escribieron escribia escribian
  insulta insultan insulto insultaron insultaba insultaban
`);
/**
 * Folded, these are also the first person present ("le grito", "la llamo": I shout, I call): a
 * report only when the comment wrote the accent ("gritó", "llamó").
 */
const ACCENTED_ONLY = list('grito llamo insulto');
/** The imperfect is the first person as well: the commenter's when "yo" says so. */
const IMPERFECT = /(?:ia|ian|aba|aban)$/;
/** "le ha dicho", "le han gritado": the perfect, with a third-person auxiliary. */
const AUXILIARY = list('ha han habia habian');
const PARTICIPLE = list('dicho gritado llamado escrito insultado');
/** Whoever was called, as an object pronoun before the verb. Not "te": the reader. */
const CALLED = list('le les lo la los las me nos');
/** "Lo/la llamó …", "la insultó": these verbs take the one called as a direct object. */
const DIRECT = /^(?:llam|insult)/;
/** Everyone calling someone a name is the commenter's own insinuation, not a report. */
const EVERYONE = list('todos todas mundo nadie');
const TIMES = list('dias noches mananas tardes semanas anos veces');
/** A first-person subject before the verb: the commenter's own words. */
const FIRST_PERSON = list('yo nosotros nosotras');
/** The words that end the name: the commenter's own clause begins ("y es…", "pero…"). */
const CLAUSE_WORDS = list('pero porque aunque cuando mientras pues');
const AFTER_AND = list(`
  es era fue son eran tiene tenia tienen se le lo la yo el ella ellos eso nadie nos me todos con
  si no ya luego despues
`);

/**
 * The commenter agrees with the name: "y tiene (toda la) razón", "porque lo es", "se lo merece".
 */
const AGREES =
  /\b(?:tiene|tienen|tenia|tenian|tuvo)\s+(?:(?:toda\s+la|mucha|bien\s+de|la)\s+)?razon|(?:es|era)\s+(?:verdad|cierto)|con\s+razon|se\s+lo\s+merec|porque\s+(?:lo|la)\s+es|(?:y|que)\s+(?:si\s+)?lo\s+es\b|yo\s+tambien|no\s+se\s+equivoc|ni\s+mentira/;

const BREAK = /[.!?;:\n¿¡]/;

/** The first word of a name: an insult, a word of the lexicon, or what begins one. */
const NAME_START = list(`
  pinche pinches hijo hija hijos hijas vieja viejo viejas viejos maldito maldita malditos
  malditas grandisimo grandisima pedazo bola vete chinga chingate
`);

function startsName(word: string): boolean {
  return NAME_START.has(word) || ES_INSULTS.has(word) || ES_SWEARING.has(word);
}

/**
 * Whether the token starting at a normalized offset is in the name one person is reported
 * calling another in Spanish, or undefined when the comment reports no such thing.
 */
export function spanishReportedNameCalling(
  tokens: Tokens,
  prepared: PreparedText,
): ((start: number) => boolean) | undefined {
  if (!ES_REPORT_CUE.test(tokens.text) || AGREES.test(tokens.text)) return undefined;
  // The obscenity and attack classifiers both ask, of the same tokens: read them once.
  if (READ.has(tokens)) return READ.get(tokens);
  const reported = readReports(tokens, prepared);
  READ.set(tokens, reported);
  return reported;
}

const READ = new WeakMap<Tokens, ((start: number) => boolean) | undefined>();

function readReports(
  tokens: Tokens,
  prepared: PreparedText,
): ((start: number) => boolean) | undefined {
  const words = tokenWords(tokens);
  const gap = (k: number): string =>
    tokens.text.slice(tokens.ends[k - 1] ?? 0, tokens.starts[k] ?? 0);
  const marked = new Set<number>();
  for (let t = 1; t < tokens.count; t++) {
    let verb = t;
    let w = words[t] ?? '';
    const pronoun = t - 1;
    if (AUXILIARY.has(w) && PARTICIPLE.has(words[t + 1] ?? '')) {
      verb = t + 1;
      w = words[verb] ?? '';
    } else if (!THIRD_PERSON.has(w)) continue;
    if (!CALLED.has(words[pronoun] ?? '') || BREAK.test(gap(t))) continue;
    // "lo/la/los/las" is whoever was called only for llamar and insultar ("la llamó pendeja");
    // before "dijo" it is what was said ("lo dijo").
    if (['lo', 'la', 'los', 'las'].includes(words[pronoun] ?? '') && !DIRECT.test(w)) continue;
    if (ACCENTED_ONLY.has(w)) {
      const at = prepared.originalOffset(tokens.starts[verb] ?? 0);
      const written = prepared.original.slice(at, at + w.length + 2).toLowerCase();
      if (!/[óÓ]/.test(written)) continue;
    }
    // The clause before the pronoun: who speaks.
    let everyone = false;
    let first = false;
    for (let j = pronoun - 1; j >= 0; j--) {
      if (BREAK.test(gap(j + 1)) || gap(j + 1).includes(',')) break;
      const b = words[j] ?? '';
      // "todos los días le dicen …" is when, not who.
      everyone ||= EVERYONE.has(b) && !TIMES.has(words[j + 2] ?? '');
      first ||= FIRST_PERSON.has(b);
    }
    // "yo vi cuando le dijo …" is a witness; "yo le decía …" the commenter.
    if (everyone || (first && IMPERFECT.test(w))) continue;
    // The name: quoted right after the verb ('le dijo "pinche vieja pendeja"'), or insulting
    // words straight after it ("le gritó maricón", "le dicen gorda asquerosa"). Not reported
    // speech ("me dijo que …", "me dijo me vale …"): English judges a quotation as written.
    const quoted = /["“«]/.test(gap(verb + 1));
    if (!quoted && !startsName(words[verb + 1] ?? '')) continue;
    for (let j = verb + 1; j < Math.min(tokens.count, verb + (quoted ? 9 : 6)); j++) {
      const between = gap(j);
      if (j > verb + 1 && (BREAK.test(between) || /["”»]/.test(between))) break;
      const b = words[j] ?? '';
      if (!quoted && j > verb + 1) {
        if (between.includes(',') && !startsName(b)) break;
        if (CLAUSE_WORDS.has(b) || b === 'que') break;
        if ((b === 'y' || b === 'e') && AFTER_AND.has(words[j + 1] ?? '')) break;
      }
      if (tokens.kinds[j] === TOKEN_WORD) marked.add(tokens.starts[j] ?? 0);
    }
  }
  if (marked.size === 0) return undefined;
  return (start) => marked.has(start);
}
