/**
 * How words are used, not which words: the frames that decide whether insulting or violent words
 * are an act of the commenter or something the commenter mentions, reports, quotes or rejects,
 * and what a comment says of the person it addresses.
 *
 * - Mention: "calling someone an idiot is not ok", "he called me a moron and I reported it",
 *   "words like 'scumbag' add nothing", "telling a woman to shut up is not an argument": the
 *   insult is named, not aimed (counter-speech). Not a mention: "I'm calling you an idiot", "you
 *   called me a liar, you moron" (the second insult stands outside the frame).
 * - Quotation with a reporting or condemning word outside the quotes: 'he wrote "I will kill
 *   you" on my car'.
 * - The predicate of "you are (a / so / such / the most) …": its words' polarity, from word
 *   vectors (meaning.ts), tells "you are a gracious host" from "you are a cretinous host".
 *
 * Pure functions of the tokens: no model, no state.
 */
import { polarity } from './meaning.js';
import { TOKEN_WORD, tokenWords, type Tokens } from './model/tokenize.js';
import type { WordLookup } from './model/vectors.js';
import { allMatches } from './matches.js';

const list = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

const CALL_VERBS = list(`
  call calls called calling name names named naming label labels labeled labelled labeling
  labelling
`);
const TELL_VERBS = list('tell tells told telling');
const CALL_OBJECTS = list(`
  woman man girl boy guy person lady kid teen teenager
  someone somebody anyone anybody people everyone everybody others me him her them us my his
  their our a an the this that those these other another women men kids children someone's
  victims victim son daughter wife husband mother father mom dad friend friends neighbor
  neighbour neighbors neighbours commenters commenter person
  trans gay gays lesbian lesbians black white muslim muslims jew jews jewish immigrant immigrants
  refugee refugees disabled mexican mexicans asian asians girls boys cops officers police
  migrants latinos christians
`);
/** Subjects of a clause told to someone: "told my wife she was …", "told me I'm …". */
const REPORTED_SUBJECT = list("she he i we they i'm im she's he's they're we're");
/** Verbs of saying and thinking whose clause is reported when someone else is the subject. */
const SAID = list('said says saying claimed claims claiming thinks thinking believes believing');
/** "the word …", "slurs like …", "insults such as …": what follows is named, not used. */
const MENTION_NOUNS = list('word words term terms slur slurs insult insults name-calling');
/**
 * A mention noun in a phrase of discourse, naming no word: "in a word", "in other words", "a
 * word of advice", "in terms of", "my word" (0.7.18).
 */
function inDiscoursePhrase(words: readonly string[], t: number): boolean {
  const before = words[t - 1] ?? '';
  return (
    (words[t - 2] === 'in' && (before === 'a' || before === 'one' || before === 'other')) ||
    words[t + 1] === 'of' ||
    before === 'my'
  );
}
const FIRST_PERSON_SUBJECT = list("i i'm im i've ive we we're were");
const PASSIVE = list('be been being get gets got getting are were is was');
const READER = list("you u ya your ur you're youre");
/** Someone else calling the reader a name: "someone called you a …", "they call you …". */
const OTHERS_SUBJECT = list(`
  he she they someone somebody anyone anybody people guy man woman lady kid kids dude who
  everyone everybody nobody he's she's they've they'd
`);

/**
 * For each token, whether it sits in a mention frame: the complement of "call/called/calling
 * (someone/me/him…) (a/an) …", of "tell/told (someone) to …", or after "words like", "slurs such
 * as", "the word". "I'm calling you a …" is an act, not a mention. `callingOnly`: the frames of
 * "call/called/calling … a …" alone, where "calling you a …" with no one else named as the caller
 * is not a frame either (it may be the commenter's).
 */
export function mentionedTokens(tokens: Tokens, callingOnly = false): Uint8Array {
  const words = tokenWords(tokens);
  const out = new Uint8Array(tokens.count);
  for (let t = 0; t < tokens.count; t++) {
    if (tokens.kinds[t] !== TOKEN_WORD) continue;
    const w = words[t] ?? '';
    let from = -1;
    if (callingOnly && !CALL_VERBS.has(w)) continue;
    if (CALL_VERBS.has(w) || TELL_VERBS.has(w)) {
      // Who calls? "I call you / I'm calling you" is the commenter's own insult.
      let k = t + 1;
      let you = false;
      while (k < tokens.count && k <= t + 3 && CALL_OBJECTS.has(words[k] ?? '')) k++;
      if (words[k] === 'you' || words[k] === 'u' || words[k] === 'ya') {
        you = true;
        k++;
      }
      const subject = words[t - 1] ?? '';
      const subject2 = words[t - 2] ?? '';
      const mine = FIRST_PERSON_SUBJECT.has(subject) || FIRST_PERSON_SUBJECT.has(subject2);
      if (you && mine) continue;
      // "do you prefer to be called a …?", "you deserve to be called …": aimed at the reader.
      if (callingOnly && PASSIVE.has(words[t - 1] ?? '')) {
        let reader = false;
        for (let j = Math.max(0, t - 6); j < t - 1; j++) reader ||= READER.has(words[j] ?? '');
        if (reader) continue;
      }
      if (
        you &&
        callingOnly &&
        !OTHERS_SUBJECT.has(words[t - 1] ?? '') &&
        !OTHERS_SUBJECT.has(words[t - 2] ?? '')
      )
        continue;
      if (k === t + 1 && !you) continue; // "call out", "name it": no object, no frame
      // "told my wife she was a worthless …", "told me that I'm a …": what was said, reported
      // by someone it was said to (0.7.1, blind 117); "I told him he's a …" is the commenter's.
      const reported =
        !mine &&
        (words[k] === 'that'
          ? REPORTED_SUBJECT.has(words[k + 1] ?? '')
          : REPORTED_SUBJECT.has(words[k] ?? ''));
      if (TELL_VERBS.has(w) && words[k] !== 'to' && !reported) continue;
      from = k;
    } else if (
      SAID.has(w) &&
      !FIRST_PERSON_SUBJECT.has(words[t - 1] ?? '') &&
      // "anyone who thinks otherwise is a moron": the insult is the main clause's.
      words[t - 1] !== 'who' &&
      words[t - 1] !== 'that'
    ) {
      // Indirect speech: "when you said women are worthless", "anyone who thinks they are
      // animals". What follows is reported, not said by the commenter ("I said you are…" is).
      from = words[t + 1] === 'that' ? t + 2 : t + 1;
    } else if (MENTION_NOUNS.has(w) && !inDiscoursePhrase(words, t)) {
      const next = words[t + 1] ?? '';
      from = next === 'like' ? t + 2 : next === 'such' && words[t + 2] === 'as' ? t + 3 : t + 1;
    }
    if (from < 0) continue;
    // The frame covers the next few words, up to the end of the clause.
    for (let k = from; k < Math.min(tokens.count, from + 5); k++) {
      const gap = tokens.text.slice(tokens.ends[k - 1] ?? 0, tokens.starts[k] ?? 0);
      if (k > from && /[.!?;,\n]/.test(gap)) break;
      out[k] = 1;
    }
  }
  return out;
}

/** Paired straight or curly quotes, as [start, end) spans of the text. */
export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const re = /["“”]([^"“”]{2,300})["“”]|(?<![\p{L}\p{N}])'([^'\n]{2,300})'(?![\p{L}\p{N}])/gu;
  for (const m of allMatches(re, text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/**
 * Words that report or condemn what someone said, looked for outside the quotes; a quotation named
 * as someone's threat ('the threat "we know where your family lives" was sent', 0.7.13), not one
 * the commenter announces ('this is a threat: "…"').
 */
export const REPORTING =
  /\b(?:wrote|write|writes|writing|said|says|saying|told|tells|telling|posted|posts|posting|commented|comments|called|calls|calling|yelled|yelling|yells|screamed|screaming|screams|shouted|shouting|shouts|chant|chants|chanted|chanting|texted|messaged|threatened|hears?|heard|hearing|spray-painted|scrawled|scratched|carved|etched|keyed|painted|sprayed|printing|printed|prints|reported|report|reporting|quote|quoted|quoting|(?:the|that|his|her|their)\s+(?:\w+\s+)?threats?\b(?!\s*:)|dijo|dijeron|gritó|grito|gritaron|escribió|escribio|escribieron|llamó|llamo|llamaron|reporté|denuncié|denuncie|disgusting|unacceptable|not\s+ok(?:ay)?|wrong|ashamed|shame|crime|illegal|adds?\s+nothing|no\s+place|does\s+not\s+belong|doesn't\s+belong)\b/;

/**
 * "tell" and "say" report someone else's words, not the commenter's own: 'nobody should ever tell
 * a trans person "…"', 'when you say "…"'; not 'I say "…"' or 'let me tell you "…"'.
 */
const REPORTING_OTHERS =
  /(?<!\b(?:i|we|i'll|ill|we'll|let\s+me|lemme|i\s+just|i\s+will|we\s+will)\s+)\b(?:tell|say|think|thinks|thinking|believe|believes|believing)\b/;

/** Whether the text outside its quoted spans reports or condemns. */
export function reportsOutsideQuotes(text: string, quoted: readonly [number, number][]): boolean {
  let outside = text;
  for (const [a, b] of [...quoted].reverse())
    outside = outside.slice(0, a) + ' ' + outside.slice(b);
  return REPORTING.test(outside) || REPORTING_OTHERS.test(outside) || CONDEMNING.test(outside);
}

/** Verbs whose object, up to a quotation, belongs to what is reported: 'say black people "…"'. */
const SAY_VERBS = list('say says said saying call calls called calling claim claims claiming');

/**
 * Tokens inside a quotation, when the comment reports or condemns what is quoted, and the few
 * words between a verb of saying and the quotation it opens ('when you say black people "should
 * go back…"', 'calling immigrants "rats"').
 */
export function reportedQuoteTokens(tokens: Tokens): Uint8Array {
  const out = new Uint8Array(tokens.count);
  const quoted = quotedSpans(tokens.text);
  if (quoted.length === 0 || !reportsOutsideQuotes(tokens.text, quoted)) return out;
  const words = tokenWords(tokens);
  for (let t = 0; t < tokens.count; t++) {
    const s = tokens.starts[t] ?? 0;
    if (quoted.some(([a, b]) => s > a && s < b)) out[t] = 1;
  }
  for (const [a] of quoted) {
    let first = 0;
    while (first < tokens.count && (tokens.starts[first] ?? 0) < a) first++;
    for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
      const gap = tokens.text.slice(tokens.ends[k] ?? 0, tokens.starts[k + 1] ?? a);
      if (/[.!?;\n]/.test(gap)) break;
      if (SAY_VERBS.has(words[k] ?? '')) {
        for (let j = k + 1; j < first; j++) out[j] = 1;
        break;
      }
    }
  }
  return out;
}

const SECOND = list('you u ya ye');
/** "you sound like a …", "you seem …", "you look like a …": a predicate said of the reader. */
const LINKING = list('sound sounds look looks seem seems appear');
const BE = list('are r were is');
const YOU_ARE_ONE = list("you're youre ur yer");
/**
 * One word between "you" and its verb that leaves the predicate said of the reader: an adverb
 * ("you really are a kind teacher", "you truly seem…") or who is addressed ("you sir are…",
 * "you guys are…", "you two were…").
 */
const BETWEEN_YOU_AND_VERB = list(`
  really truly certainly definitely surely sure honestly genuinely clearly obviously always still
  also too just absolutely totally indeed actually simply seriously literally sir madam maam
  ma'am guys folks all both two people lot
`);
/** Words that open or qualify a predicate without carrying its meaning. */
const FILLER = list(`
  a an the such so very really truly quite one of most more just always also still such
  genuinely incredibly absolutely totally completely utterly pretty real being been little
  big whole entire only ever kind sort bit
`);
/**
 * Roles, trades and callings: nouns that say what someone does, never how good they are at it.
 * Their polarity comes from the contexts the word vectors saw them in ("juror" sits near "trial"
 * and "verdict": -3.4; "umpire" -2.5, "cop" -2.8), so a kind word before them read unkind: "you
 * are a great umpire", "the best juror" (blind 86). Read as of no polarity when it is negative;
 * the adjective says the rest.
 */
const ROLE_NOUNS = list(`
  juror jurors umpire umpires referee referees ref refs cop cops officer officers deputy trooper
  sheriff marshal constable detective sergeant lieutenant captain commander chief dispatcher
  jailer warden bailiff guard inspector investigator agent ranger lifeguard firefighter fireman
  paramedic medic emt nurse doctor surgeon dentist pharmacist therapist counselor counsellor
  psychologist psychiatrist vet veterinarian midwife caregiver caretaker nanny babysitter teacher
  tutor professor principal coach trainer instructor librarian lawyer attorney prosecutor
  defender judge magistrate clerk cashier janitor custodian plumber electrician mechanic trucker
  driver roofer bartender waitress waiter server barber hairdresser stylist accountant auditor
  banker broker realtor landlord landlady tenant contractor landscaper carpenter welder miner
  farmer rancher fisherman butcher baker chef cook soldier marine sailor airman veteran chaplain
  rabbi imam priest pastor minister reverend nun monk deacon pitcher catcher goalie quarterback
  linebacker striker player politician senator mayor councilman councilwoman councillor alderman
  commissioner superintendent governor legislator representative delegate official bureaucrat
  reporter journalist editor photographer publisher columnist blogger anchor host moderator admin
  volunteer organizer organiser activist advocate witness voter resident taxpayer citizen
  neighbor neighbour landowner homeowner renter commuter cyclist pedestrian motorist conductor
  engineer programmer developer scientist researcher analyst designer architect builder mailman
  postman courier
`);
const PREDICATE_END = list(`
  and or but who that which to for in of with at on because if when than as like from about
  by this it i my me we our
`);

/**
 * Words after "you are" that make it an auxiliary, not a predicate: "you're gonna love this",
 * "you are about to see", "you are able to…". What the reader will do, not what they are.
 */
export const NOT_SAID_OF_YOU = list(`
  gonna going goin gon gna finna gotta bout about supposed allowed able welcome invited free due set
  meant expected required asked stuck trapped forced obligated screwed doomed eligible entitled
  covered insured responsible aware
`);

/**
 * Words ending in "-ing" that are adjectives of character ("you are boring", "you're
 * disgusting"); any other "-ing" after "you are" is what the reader is doing ("you are posting",
 * "you are bleaching"), not what they are.
 */
export const ING_ADJECTIVES = list(`
  boring disgusting annoying embarrassing revolting sickening insulting irritating disappointing
  exhausting appalling nauseating infuriating tiring pathetic frightening loathing unappealing
  unwitting unthinking uncaring unloving unforgiving condescending patronizing patronising
  demeaning degrading whining whinging lying cheating backstabbing moaning bumbling fawning
  amazing charming loving caring interesting inspiring outstanding understanding promising
  fascinating stunning welcoming accommodating entertaining refreshing
`);

export interface Predicate {
  /** Content tokens of the predicate ("kind", "neighbour"). */
  tokens: number[];
  /** Lowest and highest polarity among them (0 when none is known). */
  min: number;
  max: number;
  /** Said with "sound / look / seem (like)" rather than "are". */
  linked: boolean;
}

/** The predicates of "you are / you're / what a … you are" in the comment. */
export function youArePredicates(tokens: Tokens): Predicate[] {
  const words = tokenWords(tokens);
  let of: WordLookup | undefined;
  const out: Predicate[] = [];
  for (let t = 0; t < tokens.count; t++) {
    const w = words[t] ?? '';
    // Runs for every comment: words that cannot open a predicate are skipped by one character.
    const c = w.charCodeAt(0);
    if (c !== 121 /* y */ && c !== 117 /* u */ && c !== 119 /* w */) continue;
    let start: number;
    let linked = false;
    // "you really are …", "you sir are …": the word between is skipped.
    const gap = SECOND.has(w) && BETWEEN_YOU_AND_VERB.has(words[t + 1] ?? '') ? 1 : 0;
    if (YOU_ARE_ONE.has(w)) start = t + 1;
    else if (SECOND.has(w) && BE.has(words[t + 1 + gap] ?? '')) start = t + 2 + gap;
    else if (SECOND.has(w) && LINKING.has(words[t + 1 + gap] ?? '')) {
      start = words[t + 2 + gap] === 'like' ? t + 3 + gap : t + 2 + gap;
      linked = true;
    } else if (w === 'what' && (words[t + 1] === 'a' || words[t + 1] === 'an')) start = t + 2;
    else start = perfectOrFuture(words, t);
    if (start < 0) continue;
    of ??= polarity().of;
    const p = predicateAt(tokens, words, start, linked, of);
    if (p !== undefined) out.push(p);
  }
  return out;
}

/**
 * "You have always been …", "you've been …", "you will always be …" (round 119): where the
 * predicate starts, or -1. Only a noun phrase or a word that is no participle follows: "you have
 * been warned", "you've been smoking" say what was done, not what someone is.
 */
function perfectOrFuture(words: readonly string[], t: number): number {
  const w = words[t] ?? '';
  let k = -1;
  let verb = '';
  if (w === "you've" || w === 'youve') [k, verb] = [t + 1, 'been'];
  else if (w === "you'll" || w === 'youll') [k, verb] = [t + 1, 'be'];
  else if (SECOND.has(w) && words[t + 1] === 'have') [k, verb] = [t + 2, 'been'];
  else if (SECOND.has(w) && words[t + 1] === 'will') [k, verb] = [t + 2, 'be'];
  if (k < 0) return -1;
  const steady = STEADY.has(words[k] ?? '');
  if (steady) k++;
  if (words[k] !== verb) return -1;
  // The future only as what someone will always be: "you'll be sore tomorrow", "you'll be dead
  // tired after the marathon" foretell, they do not insult.
  if (verb === 'be' && !steady) return -1;
  const next = words[k + 1] ?? '';
  if (!NOUN_PHRASE_START.has(next) && (/(?:ed|en|ing)$/.test(next) || PARTICIPLES.has(next)))
    return -1;
  return k + 1;
}
const STEADY = list('always still forever really truly just simply clearly obviously certainly');

/**
 * The "you" of "you have (always) been" or "you will always be" whose "been" or "be" is at `k`,
 * or -1 (the insult lexicon's reading of "you have always been a clown", round 119): the same
 * reading as the predicates', from the other end.
 */
export function youOfBeen(words: readonly string[], k: number): number {
  if (words[k] !== 'been' && words[k] !== 'be') return -1;
  for (let j = Math.max(0, k - 3); j < k; j++) if (perfectOrFuture(words, j) === k + 1) return j;
  return -1;
}
const NOUN_PHRASE_START = list('a an the such one so nothing');
/** Participles without "-ed": "you've been caught in the crossfire", "you've been told". */
const PARTICIPLES = list(`
  caught taught told given done seen made left hit hurt sent brought bought thought found kept
  lost held paid said heard put set shot stuck struck led fed met read run won spent built dealt
  felt meant slept swept let cut got gone come become had
`);

/** The predicate's words from `start`: up to three content words, to the clause's end. */
/**
 * What is said of a subject named before token `from`, within its sentence: "the guy above is a
 * moron" → "moron", "this commenter must be a halfwit", "whoever replied sounds like a troll"
 * (round 126). The verb is the first "is", "are", "was", "must be" or "sounds (like)" after the
 * subject, at most ten words on, unless another subject comes first (`stops`: "the guy above
 * says the chief is a moron").
 */
export function predicateAfter(
  tokens: Tokens,
  from: number,
  stops: (word: string) => boolean,
): Predicate | undefined {
  const words = tokenWords(tokens);
  for (let t = from + 1; t < tokens.count && t <= from + 10; t++) {
    const gap = tokens.text.slice(tokens.ends[t - 1] ?? 0, tokens.starts[t] ?? 0);
    if (/[.!?;\n]/.test(gap)) return undefined;
    const w = words[t] ?? '';
    if (stops(w)) return undefined;
    let start = -1;
    let linked = false;
    if (w === 'is' || w === 'are' || w === 'was' || w === 'were') start = t + 1;
    else if (w === 'must' && words[t + 1] === 'be') start = t + 2;
    else if (LINKING.has(w)) {
      start = words[t + 1] === 'like' ? t + 2 : t + 1;
      linked = true;
    }
    if (start >= 0) return predicateAt(tokens, words, start, linked, polarity().of);
  }
  return undefined;
}

function predicateAt(
  tokens: Tokens,
  words: readonly string[],
  start: number,
  linked: boolean,
  of: WordLookup,
): Predicate | undefined {
  const picked: number[] = [];
  let min = 0;
  let max = 0;
  for (let k = start; k < tokens.count && k < start + 6; k++) {
    const gap = tokens.text.slice(tokens.ends[k - 1] ?? 0, tokens.starts[k] ?? 0);
    if (k > start && /[.!?;,\n]/.test(gap)) break;
    const word = words[k] ?? '';
    if (tokens.kinds[k] !== TOKEN_WORD) break;
    if (FILLER.has(word)) continue;
    if (PREDICATE_END.has(word) || SECOND.has(word) || YOU_ARE_ONE.has(word)) break;
    if (word === 'not' || word === "n't" || word === 'no' || word === 'never') {
      return undefined; // "you are not a kind person": the polarity no longer says what is meant
    }
    const stem = word.replace(/'.*$/, ''); // "cop's wife": the possessive's word
    const read = of.get(word) ?? of.get(stem);
    const role = ROLE_NOUNS.has(word) || ROLE_NOUNS.has(stem);
    const p = read !== undefined && read < 0 && role ? undefined : read;
    picked.push(k);
    if (p !== undefined) {
      min = Math.min(min, p);
      max = Math.max(max, p);
    }
    if (picked.length >= 3) break;
  }
  return picked.length > 0 ? { tokens: picked, min, max, linked } : undefined;
}

/** The reader's family: "your mother is a kind woman" says something of the reader's own. */
const KIN_OF_YOURS = list(`
  mom mum mother mama momma dad father sister brother wife husband girlfriend boyfriend son
  daughter grandma grandpa grandmother grandfather kids children family aunt uncle
`);
const YOUR = list('your ur yo yer');

/**
 * The predicates of "your mother is / was / must be …" (0.7.5). Only the readings of kindness
 * use them (attack.ts): the model's cues stay those of "you are …".
 */
export function kinPredicates(tokens: Tokens): Predicate[] {
  const words = tokenWords(tokens);
  let of: WordLookup | undefined;
  const out: Predicate[] = [];
  for (let t = 0; t + 2 < tokens.count; t++) {
    if (!YOUR.has(words[t] ?? '') || !KIN_OF_YOURS.has(words[t + 1] ?? '')) continue;
    const verb = words[t + 2] ?? '';
    let start = -1;
    if (verb === 'is' || verb === 'was' || verb === 'are' || verb === 'were') start = t + 3;
    else if (verb === 'must' && words[t + 3] === 'be') start = t + 4;
    // Only a description that says what they are ("a kind woman", "so polite"), not where they
    // are or what they do ("your wife is hip deep in…", "your mom is old too").
    if (start < 0 || !KIN_PREDICATE_OPENERS.has(words[start] ?? '')) continue;
    of ??= polarity().of;
    const p = predicateAt(tokens, words, start, false, of);
    if (p !== undefined) out.push(p);
  }
  return out;
}
const KIN_PREDICATE_OPENERS = list('a an such so very really truly one the always quite genuinely');

/**
 * Words of how someone feels, not what they are: "you are ashamed of him", "you're scared to
 * ask", "you must be so tired". Said of a person, they judge nobody.
 */
export const FEELINGS: ReadonlySet<string> = new Set(
  (
    'ashamed afraid scared sorry sad tired upset worried nervous lonely confused hurt ' +
    'frustrated disappointed embarrassed anxious depressed exhausted stressed bored heartbroken'
  ).split(' '),
);

/** Polarity below which a predicate word reads as insulting, above which as kind. */
export const UNKIND = -1.5;
export const KIND = 1.5;

/**
 * Cue features for the personal-attack model: what is said of the person addressed. `describes`
 * marks the predicates that name a habit rather than judge (attack.ts `describedNoun`).
 */
export function addressCues(
  tokens: Tokens,
  describes: (words: readonly string[], p: Predicate) => boolean = () => false,
): string[] {
  const cues: string[] = [];
  let words: readonly string[] | undefined;
  for (const p of youArePredicates(tokens)) {
    // The model was trained on "you are …" predicates only (not "you sound like …").
    if (p.linked) continue;
    // A habit named by a plain word and a noun ("a night owl"): neither kind nor unkind (0.7.0).
    words ??= tokenWords(tokens);
    if (describes(words, p)) {
      cues.push('a:you-are:neutral');
      continue;
    }
    if (p.min <= -3) cues.push('a:you-are:unkind-strong');
    else if (p.min <= UNKIND) cues.push('a:you-are:unkind');
    else if (p.max >= KIND) cues.push('a:you-are:kind');
    else cues.push('a:you-are:neutral');
  }
  return cues;
}

/**
 * Words that reject what was said: counter-speech, not a report alone ('if your answer is "round
 * them up", you are the problem', 0.7.13).
 */
export const CONDEMNING =
  /\b(?:when\s+did\s+it\s+become\s+(?:normal|ok(?:ay)?|acceptable|cool|funny)|(?:don'?t|do\s+not|never|quit|stop)\s+call(?:ing)?\s+(?:my|our|her|him|them|people|someone|anyone|anybody|women|girls|a\s+(?:woman|man|girl|boy|kid|child|teen))|knock\s+it\s+off|(?:is|are)\s+not\s+(?:a\s+)?words?\s+for|tired\s+of|sick\s+of|fed\s+up\s+with|not\s+ok(?:ay)?|unacceptable|(?<!\b(?:not|isn't|isnt|aren't|arent|wasn't|wasnt|ain't|aint|never)\s+)wrong|disgusting|shameful|ashamed|shame|reported|report\s+it|no\s+place|does\s*n[o']t\s+belong|do\s*n[o']t\s+belong|adds?\s+nothing|stop|never\s+ok(?:ay)?|not\s+an?\s+argument|is\s+not\s+acceptable|please\s+don't|uncalled\s+for|out\s+of\s+line|(?:no\s*one|nobody)\s+deserves|hate\s+crimes?|bigotry|bigoted|cruel|not\s+(?:free\s+speech|a\s+prank|a\s+joke|pranks|jokes|funny|cool)|(?:doesn't|does\s+not|don't|do\s+not)\s+help|(?:doesn't|does\s+not|don't|do\s+not|won't|will\s+not)\s+make\s+(?:your|ur|you|the|their|his|her)\s+(?:\w+\s+)?(?:points?|arguments?|case|comments?|side|opinions?)\s+(?:any\s+)?(?:stronger|better|right|valid|smarter|more\s+\w+)|no\s+excuse|inappropriate|(?:don't|do\s+not)\s+think\s+(?:that's|that\s+is|it's|it\s+is)\s+(?:appropriate|ok(?:ay)?|right)|bullying|harass(?:ment|ing)|(?:has|needs?|have)\s+to\s+stop|must\s+stop|(?:no\s*one|nobody)\s+should\s+(?:ever\s+)?be\s+called|(?:it'?s|is|that'?s)\s+a\s+slur|sexist|racist|racism|homophobic|transphobic|misogyn\w*|hateful|hurtful|harmful|hurts?\s+(?:people|kids|children|others|someone|everyone|real\s+people)|words\s+(?:can\s+)?hurt|(?:is|was|that'?s|(?:you|u)(?:'re|\s+are|\s+r)|youre|ur)\s+(?:the|a|part\s+of\s+the)\s+(?:real\s+)?problem|investigat\w*|look\s+into\s+(?:this|it)|(?:file|filed|filing)\s+a\s+(?:police\s+)?report|needs?\s+to\s+act|please\s+(?:remove|delete|take\s+(?:it|this)\s+down)|(?:fired|arrested|suspended|expelled|charged|banned|kicked\s+out|sued)\s+for|(?:can|could)\s+(?:you|u)\s+(?:ban|block|remove)|please\s+(?:ban|block)|ban\s+(?:him|her|them)|like\s+(?:it'?s|its|it\s+is)\s+(?:nothing|no\s+big\s+deal|normal|okay|ok|fine)|is\s+(?:that|this|it)\s+(?:allowed|legal|ok(?:ay)?|appropriate|acceptable)(?=\s*\?)|(?:called|call|calling|dialed|dialled)\s+(?:911|the\s+(?:police|cops|sheriff|non-emergency\s+line))|(?:speak|speaks|spoke)\s+(?:up|out)|stand\s+up\s+(?:to|for|against)|step(?:ped)?\s+in\b|intervene[ds]?|who\s+(?:does|says|writes|would\s+(?:do|say|write))\s+(?:that|this|something\s+like\s+that)|what\s+kind\s+of\s+(?:person|people|human|monster)|how\s+dare|say\s+something|(?:silence|staying\s+silent)\s+is\s+how|cruelty|not\s+a\s+protest|zero\s+tolerance|reporting\s+(?:this|it|him|her|them|that)|(?:take|took|takes|taking)\s+a\s+report|(?:paint|painted|painting|clean|cleaned|cleaning|scrub|scrubbed|wash|washed)\s+(?:it|this|that)\s+(?:over|off|up)\b|paint(?:ed|ing)?\s+over\b|(?:take|pull|tear)\s+(?:it|that|this|them)\s+down\b|find\s+(?:out\s+)?(?:who|whoever|the\s+(?:person|people|guy|man|woman|kids?|driver))\s+(?:did|does|wrote|painted|sprayed|said|is\s+doing)|please\s+send\s+(?:someone|somebody|an?\s+officer|a\s+deputy)|(?:anyone|anybody|whoever|someone|somebody|people|adults?)\b[^.!?\n]{0,80}\bneeds?\s+(?:help|therapy|to\s+grow\s+up)|embarrassing|do\s+better|vile|despicable|abhorrent|appalling|horrifying|monstrous|reporting\s+(?:a|an|the|some|these|those)\b|(?:i'm|im|i\s+am|we're|we\s+are|i\s+was|we\s+were)\s+(?:so\s+|really\s+|very\s+)?(?:scared|afraid|terrified|frightened)|is\s+(?:that|this|it)\s+(?:a\s+)?(?:noise\s+|code\s+)?(?:violation|crime|against\s+the\s+law)(?=\s*\?))\b/;

/** The commenter saying it: "I'm yelling", "we told him", "I will say". */
const OWN_SAYING =
  /\b(?:i|we)(?:'m|'ll|'d|'ve|\s+am|\s+are|\s+will|\s+would|\s+just|\s+always|\s+then|\s+have|\s+had)?\s+(?:\w+\s+)?(?:yell|yells|yelled|yelling|tell|told|telling|say|said|saying|scream|screamed|screaming|shout|shouted|shouting|chant|chanted|chanting|write|wrote|writing|text|texted|call|called|calling|reply|replied)\b/;

/**
 * Whether the token starting at a normalized offset is inside a quotation the comment reports
 * ('yelling "…" at a crossing guard'), whether or not it rejects it: such words are someone
 * else's, for a person to judge, never hidden automatically (0.7.7, blind 192).
 */
export function inReportedQuote(tokens: Tokens): (start: number) => boolean {
  // "I'm yelling '…' at every …", "I told my neighbor '…' and I meant it": the commenter's own.
  if (OWN_SAYING.test(tokens.text)) return () => false;
  return atTokenStart(tokens, reportedQuoteTokens(tokens));
}

/**
 * Whether a token marked in any of `marks` (one flag per token) starts at a normalized offset:
 * how the obscenity classifier, which walks the normalized text, asks about the token readings.
 */
function atTokenStart(tokens: Tokens, ...marks: Uint8Array[]): (start: number) => boolean {
  const starts = new Set<number>();
  for (let t = 0; t < tokens.count; t++) {
    if (marks.some((m) => m[t] === 1)) starts.add(tokens.starts[t] ?? 0);
  }
  return (start) => starts.has(start);
}

/** The commenter agrees with the name someone was called. */
const AGREES_WITH_NAME =
  /\b(?:(?:they|he|she|everyone|everybody|people|we)(?:'re|'s|\s+(?:are|is|were|was))\s+(?:not\s+wrong|right)|(?:he|she|they)(?:'re|'s|\s+(?:are|is|were|was))\s+(?:\w+\s+)?(?:one|ones)|deserved?|rightly|true|accurate|agree|facts|spot\s+on|so\s+do\s+i|me\s+too|(?:because|cause|cuz|and)\s+(?:you|u|ya)\s+(?:are|r|really\s+are)|(?:you're|youre|you\s+are|ur)\s+(?:one|exactly\s+that))\b/;

/**
 * Whether the token starting at a normalized offset is the name in someone being called it
 * ("calling a woman a …", "someone called you a … in traffic", "calling people … online"),
 * whether or not the comment rejects it: a report or a mention of name-calling, for a person
 * to judge, never hidden automatically (0.7.8, round 60). "I'm calling you a …" and "calling you
 * a …" with no one else as the caller are not: they may be the commenter's own.
 */
export function inNameCalling(tokens: Tokens): (start: number) => boolean {
  // "Everyone calls you a … behind your back, and they're right": the commenter's too.
  if (AGREES_WITH_NAME.test(tokens.text)) return () => false;
  return atTokenStart(tokens, mentionedTokens(tokens, true));
}

/** Words between a subject and its verb that leave the subject in place ("kept calling"). */
const BEFORE_CALL = list(`
  keep keeps kept started starts start began begin just then even also literally actually
  always still often again was were is are got get gets been being heard seen caught overheard
  allegedly reportedly repeatedly openly loudly basically lowkey highkey finally only getting
`);
/**
 * Before the verb: intent, an order, a wish, a refusal or a gerund of unknown subject, not a
 * report ("should call", "let's call", "never call", "for calling").
 */
const CALL_INTENT = list(`
  should must will 'll gonna going to would 'd can could might may please let's lets shall
  wanna want wants need needs ought and or but gotta gone finna bout better of have 've be
  never not no don't dont do doesn't didn't didnt can't cant cannot won't wont ima imma i'ma
  for by about after before without from at on in with like so
`);
/** After the verb, no one called: "calls from …", "called it …", "called out …". */
const NOT_CALLED = list('from to for on at in with about back out up off it so');
/** The one called, as a pronoun ("called him …") or the start of a noun phrase ("the …"). */
const CALLED_PRONOUNS = list('him her them me us');
const CALLED_HEADS = list(
  'his my our their the that this these those some every each one another other any',
);
/** Everyone calling someone a name is the commenter's own insinuation, not a report. */
const EVERYONE = list('everyone everybody all whole most world internet');
/** Who "call" (the plain form) may report: "they call her …", "kids at school call him …". */
const PLURAL_CALLERS = list('they people folks kids guys fans teens neighbors neighbours');

/**
 * The words of a name one person is reported calling another (not the reader): "a driver called
 * the crossing guard a …", "her ex calls her a … in front of the kids", "the suspect was heard
 * calling the victim a …" (0.7.9, round 64). As in a victim's report (VICTIM_REPORT), the
 * telling is rejection enough: someone else's words about someone else. Not the commenter's own
 * calling ("I called the mayor a …", "we should call him a …", "call him a …", "lowkey called
 * him a …"), not a name given the reader ("everyone calls you a …"), not everyone's ("the whole
 * town calls him a …": an insinuation), not "called a …" with no one called (a phone call, a
 * passive), and not when the commenter agrees (AGREES_WITH_NAME). Marks the few words after the
 * one called, within the clause.
 */
export function reportedNameCalling(tokens: Tokens): (start: number) => boolean {
  if (AGREES_WITH_NAME.test(tokens.text)) return () => false;
  const words = tokenWords(tokens);
  const gapBefore = (k: number): string =>
    tokens.text.slice(tokens.ends[k - 1] ?? 0, tokens.starts[k] ?? 0);
  const clauseBreak = (k: number): boolean => /[.!?;,:\n"“”]/.test(gapBefore(k));
  const marked = new Uint8Array(tokens.count);
  for (let t = 1; t + 2 < tokens.count; t++) {
    const w = words[t] ?? '';
    if (w !== 'called' && w !== 'calls' && w !== 'calling' && w !== 'call') continue;
    // The one called: someone, not the reader, in the same clause, then the name.
    const object = words[t + 1] ?? '';
    if (READER.has(object) || NOT_CALLED.has(object) || clauseBreak(t + 1)) continue;
    if (tokens.kinds[t + 1] !== TOKEN_WORD) continue;
    // "is called …", "got called …", "is also called …": a passive names a thing or tells who
    // was called, not who called (a victim's report is VICTIM_REPORT's).
    let passive = false;
    for (let j = t - 1; j >= 0 && BEFORE_CALL.has(words[j] ?? ''); j--) {
      passive ||= w === 'called' && PASSIVE.has(words[j] ?? '');
    }
    if (passive) continue;
    // The caller: the first word before the verb that is not an auxiliary or adverb.
    let k = t - 1;
    while (k > 0 && BEFORE_CALL.has(words[k] ?? '') && !clauseBreak(k + 1)) k--;
    if (clauseBreak(k + 1) || tokens.kinds[k] !== TOKEN_WORD) continue;
    const subject = words[k] ?? '';
    if (FIRST_PERSON_SUBJECT.has(subject) || READER.has(subject) || CALL_INTENT.has(subject))
      continue;
    // "they'll call him …", "she'd call her …": intent; "kept calling …" with no one before it.
    if (/'(?:ll|d|ve)$/.test(subject) || BEFORE_CALL.has(subject)) continue;
    if (subject === 'me' || subject === 'us' || subject === 'let' || subject === "y'all") continue;
    // "call": a report only of several callers ("they call her …"), not an order ("somebody
    // call him …").
    if (w === 'call' && !PLURAL_CALLERS.has(subject) && !/[^s]s$/.test(subject)) continue;
    // Everyone, anywhere in the clause before the verb ("everyone in this town calls …").
    let everyone = false;
    for (let j = t - 1; j >= 0; j--) {
      everyone ||= EVERYONE.has(words[j] ?? '');
      if (clauseBreak(j)) break;
    }
    if (everyone) continue;
    // "… and we called him a …", "you guys call him a …", "you females calling them …": the
    // commenter or the reader just before the subject's place.
    const before = words[k - 1] ?? '';
    if ((FIRST_PERSON_SUBJECT.has(before) || READER.has(before)) && !clauseBreak(k)) continue;
    // The name, after the one called: "called him …", "called the crossing guard a …", "called
    // Shatner a …". Not the one called ("called the … an asked": the word is the commenter's),
    // and nothing when no one is called ("a game called stop being a …").
    let name = -1;
    if (CALLED_PRONOUNS.has(object)) name = t + 2;
    else if (CALLED_HEADS.has(object) || object === 'a' || object === 'an') {
      for (let j = t + 2; j <= t + 5 && j < tokens.count && !clauseBreak(j); j++) {
        if (words[j] === 'a' || words[j] === 'an') {
          name = j + 1;
          break;
        }
      }
      if (name < 0 && CALLED_HEADS.has(object)) name = t + 3;
    } else if (words[t + 2] === 'a' || words[t + 2] === 'an') name = t + 3;
    if (name < 0) continue;
    // The name may open a quotation ('called our mail carrier a "lazy …"').
    for (let j = name; j < Math.min(tokens.count, name + 4); j++) {
      if (j === name ? /[.!?;,:\n]/.test(gapBefore(j)) : clauseBreak(j)) break;
      marked[j] = 1;
    }
  }
  return atTokenStart(tokens, marked);
}

/**
 * "the word", "that term", "this slur", "what … means", "using … as an insult": a word named as
 * a word (namedAsWord).
 */
export const NAMED_WORD =
  /\b(?:the|that|this)\s+(?:word|term|slur)\b|\b(?:means|mean|meant)\b|\bas\s+an?\s+(?:insult|slur|swear\s*word|curse\s*word|put-?down)\b|["“][^"”\s]{1,20}["”]\s+(?:is|was|are|were|still|being|getting|gets|got|always)\b/;

/** "using … as an insult": the verbs, and what the word is used as. */
const USE_VERBS = list('using use uses used');
const USED_AS = list('insult slur swear curse put-down putdown');
const ADVERBS_BEFORE_MEAN = list('even really actually exactly literally');

/**
 * Whether the token starting at a normalized offset is named as a word: one of the two words
 * after "the word", "that term", "this slur" ('learned the word "…" from a video', 'the term
 * "bad …"'), the word asked about ('what "…" means') or said to be used as an insult ('using
 * "…" as an insult'), whatever the comment thinks of it (0.7.7, round 56). Narrower than usedAsMention,
 * which needs the comment to reject what it names: "nothing says arrogant … like" is not named.
 */
export function namedAsWord(tokens: Tokens): (start: number) => boolean {
  const words = tokenWords(tokens);
  const named = new Set<number>();
  for (let t = 0; t + 2 < tokens.count; t++) {
    const w = words[t] ?? '';
    if (w !== 'the' && w !== 'that' && w !== 'this') continue;
    const noun = words[t + 1] ?? '';
    if (noun !== 'word' && noun !== 'term' && noun !== 'slur') continue;
    for (let k = t + 2; k < Math.min(tokens.count, t + 4); k++) {
      const gap = tokens.text.slice(tokens.ends[k - 1] ?? 0, tokens.starts[k] ?? 0);
      if (k > t + 2 && /[.!?;,\n]/.test(gap)) break;
      named.add(tokens.starts[k] ?? 0);
    }
  }
  // 'asking what "…" means', 'what does … mean', 'using "…" as an insult' (0.7.10, round 73).
  for (let t = 2; t < tokens.count; t++) {
    const w = words[t] ?? '';
    if (w === 'means' || w === 'mean' || w === 'meant') {
      // "what does … even mean": the word before an adverb.
      const at = ADVERBS_BEFORE_MEAN.has(words[t - 1] ?? '') ? t - 2 : t - 1;
      const what =
        words[at - 1] === 'what' || (words[at - 1] === 'does' && words[at - 2] === 'what');
      if (what) named.add(tokens.starts[at] ?? 0);
    } else if (w === 'as' && (words[t + 1] === 'a' || words[t + 1] === 'an')) {
      if (USED_AS.has(words[t + 2] ?? '') && USE_VERBS.has(words[t - 2] ?? '')) {
        named.add(tokens.starts[t - 1] ?? 0);
      }
    }
  }
  // A quoted word said to be said: 'why is "…" still being said by officers on bodycam?',
  // '"…" was shouted at the game' (0.7.11).
  for (let t = 0; t + 2 < tokens.count; t++) {
    const before = t === 0 ? tokens.text.slice(0, tokens.starts[0] ?? 0) : gapOf(tokens, t);
    const after = gapOf(tokens, t + 1);
    if (!/["“]\s*$/.test(before) || !/^\s*["”]/.test(after)) continue;
    let k = t + 1;
    while (k < Math.min(tokens.count, t + 4) && AUXILIARIES.has(words[k] ?? '')) k++;
    if (k > t + 1 && SAID_VERBS.has(words[k] ?? '')) named.add(tokens.starts[t] ?? 0);
  }
  return (start) => named.has(start);
}

/** The text between token t - 1 and token t. */
function gapOf(tokens: Tokens, t: number): string {
  return tokens.text.slice(tokens.ends[t - 1] ?? 0, tokens.starts[t] ?? 0);
}
const AUXILIARIES = list('is was are were be been being still getting gets got always');
const SAID_VERBS = list('said used shouted yelled screamed allowed tolerated written thrown');

/** Someone close to the commenter: "my son", "my elderly neighbor". */
const KIN = String.raw`my\s+(?:\w+\s+)?(?:son|daughter|kid|kids|child|children|wife|husband|mom|mother|dad|father|brother|sister|friend|friends|family|partner|boyfriend|girlfriend|neighbor|neighbour|grandson|granddaughter|grandma|grandmother|grandpa|grandfather|niece|nephew|coworker|classmate)`;

/**
 * The commenter reports being called a name, or someone close to them being called one
 * ("someone called my son a …", "they called me a … at the store", "my son came home crying
 * because a kid called him a …"), or words screamed, said or sent at them ('a man screamed "…"
 * at my wife'): a victim's report is rejection enough, with no word of condemnation. Not when
 * the commenter did the calling ("I called my brother a …").
 */
export const VICTIM_REPORT = new RegExp(
  [
    String.raw`(?<!\b(?:i|we|i\s+just|we\s+just)\s+)\b(?:called|calls|calling|named|labeled|labelled)\s+(?:me|us|${KIN})\b`,
    // "my son came home crying because a kid called him a …": him or her is the kin named first.
    String.raw`\b${KIN}\b[^.!?\n]{0,80}?\b(?:called|calling|calls|named|labeled|labelled)\s+(?:him|her|them)\b`,
    // "a man screamed '…' at my wife", "he texted '…' to my daughter".
    String.raw`(?<!\b(?:i|we|i'm|im|we're)\s+)\b(?:screamed|yelled|shouted|hollered|texted|wrote|sent|said|spat|growled|screaming|yelling|shouting|hollering|texting|sending|screams|yells|shouts|texts)\b[^.!?\n]{0,80}?\b(?:at|to)\s+(?:me|us|${KIN})\b`,
    // Words shouted at someone else, quoted by a bystander: "they shouted '…' at the
    // landscaping crew", "the man in the van yelled '…' at the crossing guard" (0.7.9, blinds
    // 198 and 202); not "I yelled …", "you yelled …" or "yelled …" with no one before it.
    // Chanted too, and at people named by what they are: 'kids at the high school chant "…" at
    // Latino students' (0.7.14, round 105).
    String.raw`(?<![\w'])(?!(?:i|we|you|u|and|to|im|ima|imma|ill|just|then|kept|keep)\b)[a-z']+\s+(?:just\s+|then\s+|kept\s+|keep\s+)?(?:screamed|yelled|shouted|hollered|spat|growled|screaming|yelling|shouting|chant|chants|chanted|chanting|scream|screams|yell|yells|shout|shouts)\s+["“][^"”\n]{1,80}["”]\s+at\s+(?:(?:the|a|an|that|this|those|these|some|our|their)\s+|[a-z-]+\s+(?:students|kids|children|people|neighbou?rs|workers|families|women|men|girls|boys|players|fans|customers|shoppers|residents|classmates|teammates|officers|cops)\b)`,
    // "an account keeps messaging my sister '…' every night" (0.7.8, round 60).
    String.raw`(?<!\b(?:i|we|i'm|im|we're)\s+(?:keep\s+|kept\s+)?)\b(?:messaging|messaged|messages|dming|dm'ing|dmed|dm'd|emailing|emailed|emails|texting|texted|texts)\s+(?:me|us|${KIN})\b`,
    // "the guy told my wife 'I'll kill you, …' and drove off": words said to someone close, aimed
    // at them by a "you" inside the quotation (0.7.0); not 'he told me "beans are a …"'.
    String.raw`(?<!\b(?:i|we|i\s+just|we\s+just)\s+)\b(?:told|tells|telling|threatened|warned)\s+(?:me|us|${KIN})\b[^"“\n]{0,30}["“][^"”\n]{0,80}?\b(?:you|your|you're|youre|ya|u)\b`,
    // "he told my wife she was a worthless …", "told me I'm a …": said to someone close, told by
    // them (0.7.1, blind 117).
    String.raw`(?<!\b(?:i|we|i\s+just|we\s+just)\s+)\b(?:told|tells|telling)\s+(?:me|us|${KIN})\s+(?:that\s+)?(?:she|he|i|we|they)(?:\s+(?:was|were|is|are|am)|'s|'re|'m)\b(?![^.!?\n]*\b(?:(?:he|she|they)\s+(?:is|was|are|were|'s|'re)\s+(?:one|right)|deserved?|rightly|true|accurate|agree|facts|spot\s+on)\b)`,
    // One person calling another a name, told by the commenter: "he called her a … in front of
    // everyone", "she labeled them …" (0.6.9); not "I called her a …", and not when the commenter
    // agrees ("… and honestly he is one").
    String.raw`\b(?:he|she|they|someone|somebody)\s+(?:just\s+|then\s+|even\s+|also\s+|literally\s+)?(?:called|named|labeled|labelled)\s+(?:him|her|them)\s+(?:a|an)\b(?![^.!?\n]*\b(?:(?:he|she|they)\s+(?:is|was|are|were|'s|'re)\s+(?:one|right)|deserved?|rightly|true|accurate|agree|facts|spot\s+on)\b)`,
    // Spanish: "me dijeron '…' en la tienda", "nos gritaron …", "le gritaron a mi hijo …" (0.6.8).
    String.raw`\b(?:me|nos)\s+(?:dijo|dijeron|gritó|grito|gritaron|llamó|llamo|llamaron|escribió|escribio|escribieron|insultó|insulto|insultaron)\b|\ba\s+mi\s+(?:hijo|hija|mamá|mama|madre|papá|papa|padre|esposa|esposo|hermano|hermana|abuela|abuelo|vecino|vecina)\b[^.!?\n]{0,40}?\b(?:le\s+)?(?:dijeron|gritaron|llamaron|insultaron)\b`,
    // "I was called a …", "my grandfather was called a … in the fields" (0.6.8).
    String.raw`\b(?:i|we|${KIN})\s+(?:was|were|got|gets|get|is|are|has\s+been|have\s+been|had\s+been|keeps?\s+getting)\s+(?:called|named|labeled|labelled)\b|\b(?:i've|ive|we've|i'd|we'd)\s+been\s+(?:called|named|labeled|labelled)\b`,
    // "Being called a … at work every day is why I left" (0.7.7, round 56): said of the
    // experience; "being called a … is what you deserve" is not a report.
    String.raw`^\s*being\s+(?:called|named|labeled|labelled)\b(?![^.!?\n]*\b(?:deserve|deserves|deserved|earned|fits?|accurate|true)\b)`,
    // Someone else's graffiti on a public wall: "somebody spray-painted '…' on the side of the
    // community center" (0.7.9, blind 202); not "I painted '…' on …".
    String.raw`(?<!\b(?:i|we|i've|ive|we've|i'd|we'd|im|i'm)\s+(?:just\s+|then\s+|also\s+)?)(?<![\w-])(?:spray-painted|painted|sprayed|scratched|carved|scrawled|etched|wrote)\s+["“][^"”\n]{1,80}["”]\s+(?:on|onto|across)\s+(?:the|a|an)\s+`,
    // "someone left a note on my car saying '…'", "they painted '…' on our garage" (0.6.8).
    String.raw`(?<!\b(?:i|we|i've|ive|we've|i'd|we'd|im|i'm)\s+(?:just\s+|then\s+|also\s+)?)(?<![\w-])(?:left|put|stuck|taped|wrote|spray-painted|painted|sprayed|scratched|carved|keyed)\b[^.!?\n]{0,80}?\b(?:on|into|onto)\s+(?:my|our)\s+(?:[\w']+\s+)?(?:car|truck|house|home|door|garage|fence|mailbox|windshield|window|locker|desk|porch|lawn|yard|wall|shop|store|business)\b`,
  ].join('|'),
);

/**
 * Whether the token starting at a normalized offset is named, reported or quoted rather than
 * used: inside a mention frame or a reported quotation. Built once per text, on first need.
 */
export function usedAsMention(tokens: Tokens): (start: number) => boolean {
  return atTokenStart(tokens, mentionedTokens(tokens), reportedQuoteTokens(tokens));
}
