/**
 * J.3 personal attack: an insult aimed at a person (another commenter, a named individual).
 *
 * Two parts, and both must agree before a comment is flagged:
 *  1. a statistical model (`data/models/personal_attack.json`, trained by `npm run train` on
 *     insults aimed at conversation participants and individually targeted insults) says how
 *     insulting the wording is, and which words make it so;
 *  2. targeting cues say at whom the insulting words are aimed: the person addressed ("you",
 *     "ur", a reply to another comment), an @mention, a name, "he"/"she" — or the department,
 *     its officers and officials, which is criticism, not a personal attack.
 *
 * The criticism guard (J.3 personal attack; Tanner v. Ziegenhorn): when the insulting words are
 * aimed at the institution or at officials in their role, or at nobody in particular, the score
 * stays below the queue threshold, however harsh the words. Nothing here ever hides a comment:
 * a personal attack goes to a person (policy.ts).
 */
import { cueIndex, featuresOf, SECOND_PERSON } from './model/features.js';
import { loadModel } from './model/file.js';
import { logitWith, sigmoid, tokenContributions, type LinearModel } from './model/linear.js';
import { INSULT_WORDS } from './lexicon/insults.js';
import { OBSCENITY_LEXICON } from './lexicon/obscenity.js';
import { AIMED_AT } from './obscenity.js';
import { ES_EXPLETIVES } from './lexicon/es/obscenity.js';
import {
  addressCues,
  KIND,
  UNKIND,
  mentionedTokens,
  reportedQuoteTokens,
  kinPredicates,
  youArePredicates,
  predicateAfter,
  youOfBeen,
  FEELINGS,
  ING_ADJECTIVES,
  NOT_SAID_OF_YOU,
  type Predicate,
} from './speech.js';
import { allMatches } from './matches.js';
import { polarity } from './meaning.js';
import { TOKEN_MENTION, TOKEN_WORD, tokensOf, tokenWords, type Tokens } from './model/tokenize.js';
import type { Classifier, ClassifyInput, Evidence, PreparedText, Signal } from './types.js';

export const ATTACK_MODEL_NAME = 'personal_attack';

/** The words that address the reader, which a rejection of quoted words may use freely. */
const ADDRESS_WORDS = new Set('you your yours yourself yourselves u ur ya'.split(' '));
/** Words that condemn what was said rather than insult whoever is addressed. */
const CONDEMNATION_WORDS = new Set(
  `disgusting vile shameful ashamed hateful despicable appalling horrible awful gross sick
  sickening unacceptable deplorable revolting repugnant abhorrent evil wrong hurtful cruel
  ugly garbage trash`.split(/\s+/),
);

/**
 * The institution and officials in their role. These words are never evidence of an attack: the
 * list exists only to recognise criticism, so that it is protected (the guard below).
 */
const INSTITUTION = new Set([
  'police',
  'policeman',
  'policemen',
  'policewoman',
  'cop',
  'cops',
  'officer',
  'officers',
  'deputy',
  'deputies',
  'trooper',
  'troopers',
  'sheriff',
  "sheriff's",
  'sheriffs',
  'detective',
  'detectives',
  'sergeant',
  'sgt',
  'lieutenant',
  'lt',
  'captain',
  'capt',
  'chief',
  'commissioner',
  'department',
  'dept',
  'pd',
  'precinct',
  'agency',
  'badge',
  'uniform',
  'mayor',
  'council',
  'councilman',
  'councilwoman',
  'councilmember',
  'alderman',
  'city',
  'town',
  'county',
  'government',
  'govt',
  'gov',
  'administration',
  'governor',
  'senator',
  'congressman',
  'congresswoman',
  'president',
  'judge',
  'prosecutor',
  'da',
  'officials',
  'official',
  'leadership',
  'authorities',
  'enforcement',
  // A part of the department (0.7.5): "your traffic unit is run by idiots".
  'unit',
  'units',
  'division',
  'bureau',
  'dispatch',
  'union',
  // Who speaks for the department (round 126); the staff who run its page are named by
  // phrases (STAFF_REFERENCE).
  'pio',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  // "All cops are bastards" names its target: the police.
  'acab',
  '1312',
]);

/** "you guys", "you all", "you people": the page or a crowd is addressed, not one person. */
const GROUP_AFTER_YOU = new Set(['guys', 'all', 'people', 'folks', 'lot', 'lots', 'ppl']);
const GROUP_ADDRESS = new Set(["y'all", 'yall', "ya'll", 'yalls']);
/** Words ending in "s" that are not plural nouns. */
const NOT_PLURAL = new Set(
  'this thus his hers its yours ours theirs was has does is always sometimes perhaps unless yes plus bus gas whereas besides towards afterwards'.split(
    ' ',
  ),
);
const BARE_YOU = new Set([
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
  'yr',
  'thou',
]);
const THIRD_PERSON = new Set([
  'he',
  'she',
  'him',
  'her',
  'his',
  'hers',
  "he's",
  "she's",
  'himself',
  'herself',
]);
/** Each word's part in finding a target, one lookup per token: the sets above, as bits. */
const ROLE_YOU = 1;
const ROLE_GROUP = 2;
const ROLE_INSTITUTION = 4;
const ROLE_THIRD = 8;
/** Never the insult itself (insultingTokens). */
const ROLE_TARGET_WORD = ROLE_YOU | ROLE_INSTITUTION | ROLE_THIRD;
const ROLES = new Map<string, number>();
for (const [set, role] of [
  [BARE_YOU, ROLE_YOU],
  [GROUP_ADDRESS, ROLE_GROUP],
  [INSTITUTION, ROLE_INSTITUTION],
  [THIRD_PERSON, ROLE_THIRD],
] as const) {
  for (const word of set) ROLES.set(word, (ROLES.get(word) ?? 0) | role);
}

/** Handles that belong to the institution: "@CityPD", "@SheriffJones". */
const INSTITUTION_HANDLE = /(pd|police|sheriff|dept|department|mayor|city|county|gov|chief|cop)/;

/**
 * Highest score a guarded comment (criticism, or nobody targeted) can get: below the default
 * queue threshold (0.5) and any a page would sensibly set.
 */
const GUARDED_MAX = 0.3;
/** From this score on, the signal carries its evidence and label. */
const EXPLAIN_FROM = 0.3;
/**
 * Below this model probability nothing can reach the explanation or the guard, so the targeting
 * analysis is skipped: most comments stop here.
 */
const ANALYSIS_FLOOR = 0.3;

type CueKind = 'you' | 'mention' | 'name' | 'commenter' | 'third' | 'institution' | 'group';
type Target =
  | 'participant'
  | 'person'
  | 'institution'
  | 'none'
  | 'mention'
  | 'compliment'
  | 'negated'
  | 'reaction'
  | 'judgment'
  | 'thing';

interface Cue {
  token: number;
  kind: CueKind;
}

export interface AttackAnalysis {
  /** The model's logit for the wording alone. */
  logit: number;
  target: Target;
  reply: boolean;
  insultTokens: number[];
  targetCues: Cue[];
}

function isPersonCue(kind: CueKind): boolean {
  return (
    kind === 'you' ||
    kind === 'mention' ||
    kind === 'name' ||
    kind === 'commenter' ||
    kind === 'third'
  );
}

/**
 * Another commenter pointed at in the third person, as an @mention points: "the guy above",
 * "this commenter", "the lady who replied to me", "whoever wrote that comment", "everyone
 * liking that comment" (round 126: 36 of 150 such insults were flagged on first contact). Never
 * an officer or official ("the officer who replied" is criticism); "whoever runs this page" is
 * the department's staff (STAFF_REFERENCE).
 */
const COMMENTER_REFERENCE = new RegExp(
  String.raw`\b(?:(?:the|that|this|these|those)\s+(?:(?:previous|last|first|other|original)\s+)?(?:guy|guys|dude|dudes|person|people|lady|ladies|woman|women|man|men|gal|fella|fellow|individual|user|account|commenter|commentor|commenters|poster|posters|replier|troll|clown|genius)\s+(?=above|below|up\s+there|before\s+me|in\s+(?:the|this)\s+(?:comments|thread|replies)|(?:who|that)\s+(?:replied|responded|commented|posted|wrote\s+(?:that|this)|said\s+that|liked)|defending|arguing|replying|commenting|responding|agreeing)|(?:the|this|that)\s+(?:previous|last|first|other)\s+(?:commenter|commentor|poster|person|guy|replier)\b|(?:this|that|the)\s+(?:commenter|commentor|poster)\b|whoever\s+(?=replied|responded|commented|(?:wrote|posted)\s+(?:that|this)\s+(?:comment|reply)|said\s+that)|everyone\s+(?=(?:liking|who\s+liked|agreeing\s+with)\s+(?:that|this)\s+(?:comment|reply)))`,
  'g',
);

/**
 * Sentence and clause number of each token. A sentence ends at . ! ? ; or a line break; a clause
 * also at a comma or colon ("You are an idiot, the police did their job": two clauses).
 */
function segments(tokens: Tokens): { sentence: Int32Array; clause: Int32Array } {
  const sentence = new Int32Array(tokens.count);
  const clause = new Int32Array(tokens.count);
  let s = 0;
  let c = 0;
  for (let t = 1; t < tokens.count; t++) {
    const from = tokens.ends[t - 1] ?? 0;
    const to = tokens.starts[t] ?? 0;
    let newSentence = false;
    let newClause = false;
    for (let i = from; i < to; i++) {
      const code = tokens.text.charCodeAt(i);
      if (code === 46 || code === 33 || code === 63 || code === 59 || code === 10)
        newSentence = true;
      else if (code === 44 || code === 58) newClause = true;
    }
    if (newSentence) s++;
    if (newSentence || newClause) c++;
    sentence[t] = s;
    clause[t] = c;
  }
  return { sentence, clause };
}

function gapHas(tokens: Tokens, from: number, to: number, code: number): boolean {
  for (let i = from; i < to; i++) if (tokens.text.charCodeAt(i) === code) return true;
  return false;
}

/** Sentence openers that are capitalised and followed by "you" or a comma without being names. */
const OPENERS = new Set(
  (
    'wow yes yeah no nope ok okay well oh hey hi lol lmao dude sir madam man bro look listen ' +
    'please sorry thanks thank again also so and but now see honestly seriously what why how ' +
    'if when then god jesus omg damn bless'
  ).split(' '),
);

/**
 * A name: a capitalised word in the original ("Karen", not "KAREN" or "I") inside a sentence,
 * or opening one when it addresses someone ("Karen, you…", "Karen you…").
 */
function isName(tokens: Tokens, t: number, prepared: PreparedText, sentence: Int32Array): boolean {
  const start = tokens.starts[t] ?? 0;
  const end = tokens.ends[t] ?? 0;
  if (end - start < 2) return false;
  const at = prepared.originalOffset(start);
  const first = prepared.original.charCodeAt(at);
  const second = prepared.original.charCodeAt(at + 1);
  // ASCII only: names in other scripts are not told apart by case here.
  if (!(first >= 65 && first <= 90 && second >= 97 && second <= 122)) return false;
  if (t > 0 && sentence[t] === sentence[t - 1]) return true;
  const word = tokens.words[t] ?? '';
  if (OPENERS.has(word) || word.endsWith('ly') || t + 1 >= tokens.count) return false;
  const comma = gapHas(tokens, end, tokens.starts[t + 1] ?? end, 44);
  return comma || SECOND_PERSON.has(tokens.words[t + 1] ?? '');
}

/**
 * Verbs that open an imperative sentence: "Stop acting like a …", "Lick it clean, …", "Don't
 * watch it, loser". An order is spoken to someone, so it addresses a person as "you" does (and is
 * resolved the same way: under the department's post, to the department).
 */
const IMPERATIVES = new Set(
  (
    'stop quit shut get go grow learn read try keep take eat lick suck kiss bite piss screw ' +
    "leave crawl sit cry wake educate don't dont never"
  ).split(' '),
);
/** Words that may come before the verb of an order: "then don't…", "just shut up…". */
const IMPERATIVE_LEAD = new Set(['then', 'just', 'so', 'now', 'please', 'and', 'or', 'oh']);

/** The token of the verb, when the sentence starting at token `t` is an order. */
function imperativeAt(words: readonly string[], tokens: Tokens, t: number): number | undefined {
  let v = t;
  while (v < tokens.count && v < t + 2 && IMPERATIVE_LEAD.has(words[v] ?? '')) v++;
  if (tokens.kinds[v] !== TOKEN_WORD || !IMPERATIVES.has(words[v] ?? '')) return undefined;
  // "don't you dare", "get you a…": the "you" that follows is a cue of its own.
  return SECOND_PERSON.has(words[v + 1] ?? '') ? undefined : v;
}

/**
 * A word after a reference to a commenter that says what follows is about someone else: another
 * subject or a saying ("the guy above says the chief is a moron").
 */
function notTheCommenter(word: string): boolean {
  return INSTITUTION.has(word) || OTHER_SUBJECT.has(word);
}
const OTHER_SUBJECT = new Set(
  'he she they we i you it his her their says said thinks think claims claimed believes argues argued calls called'.split(
    ' ',
  ),
);

const BE_AFTER_SUBJECT = new Set(['is', 'was', 'are', 'were']);

/** Nouns after an insult word that make it describe a thing ("a moron magnet") (round 126). */
const COMPOUND_HEADS = new Set(
  'magnet magnets detector detectors repellent radar whisperer whisperers filter'.split(' '),
);

/**
 * The staff who run the department's page, named by what they do there: "whoever runs this page",
 * "whoever wrote this press release", "the mods here", "the page admin", "your social media
 * team" (round 126). Insulting them is criticism of the department, as insulting an officer is.
 * Not "this page" alone ("the dumbest person on this page" is a commenter) nor an "admin" of
 * another site.
 */
const STAFF_REFERENCE = new RegExp(
  String.raw`\b(?:(?:whoever|the\s+(?:person|people|guy|idiot|idiots|clown|clowns|folks|one|ones|moron|morons))\s+(?:who\s+|that\s+)?(?:runs?|running|manages?|managing|writes?|writing|moderates?|moderating|posts?|posting|controls?|controlling)\s+(?:this|the|your)\s+(?:page|account|feed|site)\b|whoever\s+(?:wrote|posted|approved|drafted)\s+(?:this|the|that)\s+(?:press\s+release|post|statement|announcement|update)\b|(?:the|this|your)\s+(?:page\s+)?(?:admins?|moderators?|mods)\s+(?:here|of\s+this\s+page|on\s+this\s+page|of\s+this\s+account)\b|the\s+page\s+(?:admins?|moderators?|mods|owners?|managers?|runners?)\b|(?:the|your)\s+(?:social\s+media|media|pr|comms|communications)\s+(?:team|person|guy|people|department|office|staff)\b)`,
  'g',
);

/** The first token of each reference to the page's staff (STAFF_REFERENCE). */
function staffCues(tokens: Tokens, cues: Cue[]): void {
  if (
    !/\b(?:page|account|feed|site|release|post|statement|announcement|update|admins?|moderators?|mods|team|staff)\b/.test(
      tokens.text,
    )
  )
    return;
  for (const m of allMatches(STAFF_REFERENCE, tokens.text)) {
    const t = tokenAt(tokens, m.index);
    if (t !== undefined) cues.push({ token: t, kind: 'institution' });
  }
}

/** The first token of each reference to another commenter (COMMENTER_REFERENCE). */
function commenterCues(tokens: Tokens, cues: Cue[]): void {
  if (
    !/\b(?:above|below|there|before|comments|thread|replies|who|that|defending|arguing|replying|commenting|responding|agreeing|previous|last|first|other|commenters?|commentor|posters?|whoever|everyone)\b/.test(
      tokens.text,
    )
  )
    return;
  for (const m of allMatches(COMMENTER_REFERENCE, tokens.text)) {
    const t = tokenAt(tokens, m.index);
    if (t !== undefined) cues.push({ token: t, kind: 'commenter' });
  }
}

/** The token that starts at `offset`, if any. */
function tokenAt(tokens: Tokens, offset: number): number | undefined {
  for (let t = 0; t < tokens.count; t++) {
    if ((tokens.starts[t] ?? -1) === offset) return t;
    if ((tokens.starts[t] ?? 0) > offset) return undefined;
  }
  return undefined;
}

/** Finds who the comment addresses or talks about, token by token. */
function findCues(
  tokens: Tokens,
  prepared: PreparedText,
  sentence: Int32Array,
  insult: ReadonlySet<number>,
  contributions: Float64Array,
  commenters: readonly Cue[],
): Cue[] {
  const cues: Cue[] = [];
  const words = tokenWords(tokens);
  const references: Cue[] = [...commenters];
  staffCues(tokens, references);
  for (let t = 0; t < tokens.count; t++) {
    if (t === 0 || sentence[t] !== sentence[t - 1]) {
      const verb = imperativeAt(words, tokens, t);
      if (verb !== undefined) cues.push({ token: verb, kind: 'you' });
    }
    const kind = tokens.kinds[t];
    if (kind === TOKEN_MENTION) {
      const handle = words[t] ?? '';
      cues.push({
        token: t,
        kind: INSTITUTION_HANDLE.test(handle) && handle !== '@user' ? 'institution' : 'mention',
      });
      continue;
    }
    if (kind !== TOKEN_WORD) continue;
    const word = words[t] ?? '';
    const role = ROLES.get(word) ?? 0;
    if ((role & ROLE_YOU) !== 0) {
      const next = words[t + 1] ?? '';
      const before = t > 1 ? (words[t - 2] ?? '') : '';
      const previous = t > 1 ? (words[t - 1] ?? '') : '';
      // "you guys", "you all", "you pigs", "all of you": a group (on this page, the department).
      // Only the pronoun can address a group ("you clowns"); "your officers" is a possessive.
      const pronoun = word === 'you' || word === 'u' || word === 'ya' || word === 'ye';
      const plural = pronoun && (contributions[t + 1] ?? 0) > 0 && isPlural(next);
      if (
        GROUP_AFTER_YOU.has(next) ||
        plural ||
        (previous === 'of' && (before === 'all' || before === 'each')) ||
        (before === 'of' && previous === 'you')
      ) {
        cues.push({ token: t, kind: 'group' });
      } else cues.push({ token: t, kind: 'you' });
    } else if ((role & ROLE_GROUP) !== 0) {
      cues.push({ token: t, kind: 'group' });
    } else if ((role & ROLE_INSTITUTION) !== 0) {
      // "the worst driver in this county", "the dumbest man in the city": a place named as
      // where the person is, not whom the words are aimed at.
      if (!locative(words, t) && !insultCompound(words, t)) {
        cues.push({ token: t, kind: 'institution' });
      }
    } else if ((role & ROLE_THIRD) !== 0) {
      cues.push({ token: t, kind: 'third' });
    } else if (!insult.has(t) && isName(tokens, t, prepared, sentence)) {
      // "Officer Smith", "Chief Brown": an official named in their role.
      const title = words[t - 1] ?? '';
      const titled =
        INSTITUTION.has(title) &&
        !gapHas(tokens, tokens.ends[t - 1] ?? 0, tokens.starts[t] ?? 0, 44);
      cues.push({ token: t, kind: titled ? 'institution' : 'name' });
    }
  }
  // In the order of the text, so the nearest cue wins a tie as it always has.
  return references.length === 0
    ? cues
    : [...references, ...cues].sort((a, b) => a.token - b.token);
}

/**
 * A "you are …" predicate this unkind by its words' meaning (speech.ts polarity) is aimed at the
 * person: the model's logit is raised to at least UNKIND_LOGIT (a flag at the default threshold,
 * so a person looks). Never for words that judge views or conduct ("you are wrong", "you're a
 * liar", "you are biased"): those are disagreement and criticism, as in the insult list.
 */
const UNKIND_PREDICATE = -2.5;
const UNKIND_LOGIT = 0.4;
const JUDGMENT_WORDS = new Set(
  (
    'wrong mistaken incorrect misinformed misguided uninformed biased racist racists liar liars ' +
    'lying hypocrite hypocrites hypocritical corrupt bigot bigoted fascist fascists coward ' +
    'cowards sexist homophobic partisan naive confused delusional dishonest unfair ' +
    'irresponsible reckless negligent unprofessional thug thugs criminal criminals incompetent ' +
    'clown clowns joke fraud frauds disgrace failure shill hack sheep jerk guilty unwilling ' +
    'responsible complicit traitor traitors treasonous democrat democrats republican ' +
    'republicans liberal liberals conservative conservatives socialist socialists communist ' +
    'communists leftist leftists dem dems gop lie lies mess disaster tyrant tyrants dictator ' +
    'dictators authoritarian'
  ).split(' '),
);

/**
 * "you are forcing people", "you're sending your child", "you are spreading lies": a verb in the
 * progressive with its object says what the person does, which is for criticism to judge, not
 * what the person is. An "-ing" word at the end of its clause is an adjective ("you are
 * disgusting") and still counts.
 */
function describesAnAct(tokens: Tokens, words: readonly string[], first: number): boolean {
  const word = words[first] ?? '';
  if (!word.endsWith('ing') || word.length < 6) return false;
  const next = first + 1;
  if (next >= tokens.count || tokens.kinds[next] !== TOKEN_WORD) return false;
  const gap = tokens.text.slice(tokens.ends[first] ?? 0, tokens.starts[next] ?? 0);
  return !/[.!?;,\n]/.test(gap);
}

/** Words that make the "you" of a clause anyone at all ("if you're mad…", "when you are sick"). */
const GENERIC_OPENERS = new Set(['if', 'when', 'whenever', 'unless', 'once', 'until', 'whether']);

/** The "you" before `first` opens a conditional or general clause: nobody in particular. */
function genericYou(tokens: Tokens, words: readonly string[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 8; k--) {
    const gap = tokens.text.slice(tokens.ends[k] ?? 0, tokens.starts[k + 1] ?? 0);
    if (/[.!?;\n]/.test(gap)) return false;
    if (GENERIC_OPENERS.has(words[k] ?? '')) return true;
  }
  return false;
}

/** Who someone is as an official: not a place ("you're the town idiot" is an insult). */
const OFFICER_ROLES = new Set(
  (
    'cop cops officer officers policeman policemen policewoman deputy deputies trooper troopers ' +
    'sheriff sheriffs detective detectives sergeant sgt lieutenant captain chief commissioner ' +
    'mayor councilman councilwoman councilmember judge prosecutor dispatcher warden marshal ' +
    'constable ranger'
  ).split(' '),
);

/**
 * Superlatives of unkind words the vectors read too mildly to count alone: "you're the laziest
 * bum in this town", "the creepiest guy on this page" (0.7.10, round 79). Not "worst" or
 * "weirdest", which friends say ("you're the worst, I love you").
 */
const UNKIND_SUPERLATIVES = new Set(
  (
    'rudest laziest meanest nastiest ugliest dumbest stupidest dimmest creepiest smelliest ' +
    'fattest sleaziest trashiest grossest whiniest lamest'
  ).split(' '),
);

const PLACES = new Set(['city', 'town', 'county', 'state', 'country', 'precinct']);
/** Where a comment sits: "on this police page", "in the sheriff's comments" (0.7.10). */
const PAGE_NOUNS = new Set([
  'page',
  'post',
  'posts',
  'comments',
  'comment',
  'section',
  'thread',
  'forum',
  'group',
  'feed',
  'site',
  'website',
]);
const ON_A_PAGE = new Set(['on', 'in', 'of', 'under', 'across']);
const LOCATIVE_PREPOSITIONS = new Set(['in', 'of', 'around', 'across', 'throughout', 'from']);
const SHAMES = new Set([
  'embarrassment',
  'disgrace',
  'shame',
  'joke',
  'menace',
  'insult',
  'burden',
]);
const PLACE_DETERMINERS = new Set(['this', 'the', 'our', 'my', 'your', 'whole', 'entire', 'damn']);

/**
 * A place word after "in / of (this / the whole) …", or the department's page, post or comments
 * after "on / in (this) …": where the person is, not whom the words are aimed at.
 */
function locative(words: readonly string[], t: number): boolean {
  // "the biggest idiot on this police page": the department's page is where the person is.
  if (PAGE_NOUNS.has(words[t + 1] ?? '')) {
    let k = t - 1;
    while (k >= 0 && k >= t - 3 && PLACE_DETERMINERS.has(words[k] ?? '')) k--;
    // Not when the one judged is an officer: "the laziest cop on this police page" is criticism.
    let role = false;
    for (let j = Math.max(0, k - 6); j < k; j++) role ||= INSTITUTION.has(words[j] ?? '');
    if (ON_A_PAGE.has(words[k] ?? '') && !role) return true;
  }
  if (!PLACES.has(words[t] ?? '')) return false;
  let k = t - 1;
  while (k >= 0 && k >= t - 3 && PLACE_DETERMINERS.has(words[k] ?? '')) k--;
  if (LOCATIVE_PREPOSITIONS.has(words[k] ?? '')) return true;
  // "an embarrassment to this whole town", "a disgrace to the county": the person shames the
  // place (0.6.9).
  if (words[k] === 'to' && SHAMES.has(words[k - 1] ?? '')) return true;
  // A named place: "in Lewis and Clark County", "of Jefferson County" (0.6.8): up to three words
  // of its name between the preposition and the place word.
  for (let j = t - 1; j >= 0 && j >= t - 4; j--) {
    const w = words[j] ?? '';
    if (j < t - 1 && LOCATIVE_PREPOSITIONS.has(w)) return true;
    if (PLACES.has(w) || INSTITUTION.has(w)) return false;
  }
  return false;
}

/** "the town idiot", "the village drunk": a place word that is part of the insult's noun. */
function insultCompound(words: readonly string[], t: number): boolean {
  return PLACES.has(words[t] ?? '') && INSULT_WORDS.has(words[t + 1] ?? '');
}

/** The tokens that make the wording insulting: the largest positive contributions. */
function insultingTokens(tokens: Tokens, contributions: Float64Array): number[] {
  let max = 0;
  for (let t = 0; t < tokens.count; t++) max = Math.max(max, contributions[t] ?? 0);
  if (max <= 0) return [];
  const words = tokenWords(tokens);
  const picked: number[] = [];
  for (let t = 0; t < tokens.count; t++) {
    if ((contributions[t] ?? 0) < max * 0.35) continue;
    const word = tokens.kinds[t] === TOKEN_WORD ? (words[t] ?? '') : '';
    // Target words are never the insult, whatever weight the data gave them.
    if (((ROLES.get(word) ?? 0) & ROLE_TARGET_WORD) !== 0) continue;
    picked.push(t);
  }
  picked.sort((a, b) => (contributions[b] ?? 0) - (contributions[a] ?? 0));
  return picked.slice(0, 4).sort((a, b) => a - b);
}

/** "pigs", "thugs", "idiots": a plural noun insults a group. */
function isPlural(word: string): boolean {
  return (
    word.length > 3 &&
    word.endsWith('s') &&
    !word.endsWith('ss') &&
    !word.endsWith('us') &&
    !word.includes("'") &&
    !NOT_PLURAL.has(word)
  );
}

/** The nearest cue to token t, preferring its own clause, then its own sentence. */
function nearestCue(
  t: number,
  cues: readonly Cue[],
  sentence: Int32Array,
  clause: Int32Array,
): Cue | undefined {
  let best: Cue | undefined;
  let bestDistance = Infinity;
  for (const cue of cues) {
    const sameSentence = sentence[cue.token] === sentence[t];
    const sameClause = clause[cue.token] === clause[t];
    const distance = Math.abs(cue.token - t) + (sameClause ? 0 : 100) + (sameSentence ? 0 : 1000);
    if (distance < bestDistance) {
      best = cue;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Insults that name what a person is ("moron", "idiot", "dumbass", "stupid"), from the insult
 * lexicon less the words that also judge conduct. Said straight to someone ("you moron", "you
 * really are a complete idiot", "shut up idiot", "what a fool you are", "losers like you"),
 * they are an insult whatever the model learned from its data: the model's logit is raised to
 * ADDRESSED_LOGIT. Whom "you" means is still decided below (under the department's post, the
 * department: criticism; "you idiots": a group).
 */
const ADDRESSED_INSULTS = new Set(
  (
    'idiot moron imbecile cretin dimwit halfwit nitwit dumbass retard tard loser fool scumbag ' +
    'lowlife dirtbag douche douchebag jackass buffoon simpleton ignoramus numbskull dunce ' +
    'doofus twit prat prick tosser bellend knobhead dickhead asshole arsehole bitch cunt twat ' +
    'motherfucker fucker fuckface fuckwit stupid dumb retarded brainless braindead worthless ' +
    'ugly creep weirdo psycho lunatic troll idiots morons imbeciles losers fools retards ' +
    'clown clowns donkey bum hick snowflake muppet numpty pillock plonker wanker weasel dingus ' +
    'trolls pervert dumbo rat rats snake maggot maggots parasite leech cockroach neckbeard ' +
    'neckbeards incel incels simp simps cuck cucks bootlicker bootlickers embarrassment ' +
    'dipshit dipshits shithead shitheads dumbfuck dickwad turd dense windbag windbags blowhard ' +
    'blowhards gasbag'
  ).split(' '),
);
/** Words allowed between "you" and the insult: "you are such a complete fucking idiot". */
const INSULT_MODIFIERS = new Set(
  (
    'a an such so really truly just complete total absolute utter fucking freaking frigging ' +
    'effing real big little stupid ignorant dumb pathetic sad fat worthless lying old damn ' +
    'bloody useless miserable sorry ugly brainless clueless lazy filthy dirty disgusting worthless'
  ).split(' '),
);
const ADDRESSED_LOGIT = 1;
const YOU_FORMS = new Set(['you', 'u', 'ya', "you're", 'youre', 'ur', 'yer']);

const KIN = new Set(
  'mom mum mother mama momma dad father sister brother wife husband girlfriend boyfriend'.split(
    ' ',
  ),
);

/** "your mom is a …", "your sister must be a …", "ur mom's a …": the insult is the reader's. */
function kinIs(words: readonly string[], k: number): boolean {
  const w = words[k] ?? '';
  let kin = -1;
  if (w === 'is' || w === 'was') kin = k - 1;
  else if (w === 'be' && words[k - 1] === 'must') kin = k - 2;
  else if (w.endsWith("'s") && KIN.has(w.slice(0, -2))) kin = k;
  const word = (words[kin] ?? '').replace(/'s$/, '');
  const owner = words[kin - 1] ?? '';
  return KIN.has(word) && (owner === 'your' || owner === 'ur' || owner === 'yo' || owner === 'ya');
}

/**
 * An insult spoken to someone by name-calling at the end of a sentence, after a comma ("Nice
 * try, dumbass." "Get lost, troll"): the vocative, with nothing after it in the sentence.
 */
function vocative(tokens: Tokens, k: number, t: number): boolean {
  if (k < 0 || t - k > 2) return false;
  const before = tokens.text.slice(tokens.ends[k] ?? 0, tokens.starts[k + 1] ?? 0);
  if (!before.includes(',')) return false;
  const after = tokens.text.slice(tokens.ends[t] ?? 0, tokens.starts[t + 1] ?? tokens.text.length);
  if (t + 1 >= tokens.count || /[.!?\n]/.test(after)) return true;
  // Between commas, a name for the person ("Keep talking, dumbo, you're…"), not a word in a list
  // ("cheap, dumb, and lazy").
  return after.includes(',') && !INSULT_ADJECTIVES.has(tokens.words[t] ?? '');
}

/**
 * The vocative with describing words no list holds: "Nobody asked, you attention-starved
 * clown.", "Sit down, you pompous windbag." (0.7.9, round 68): "you" opens the clause, one or two
 * describing words follow, and the insult closes it. Not "you were a clown", "you and the clown".
 */
function describedVocative(
  tokens: Tokens,
  words: readonly string[],
  k: number,
  t: number,
): boolean {
  // A name for the reader, not a description ("you sound stupid"): the insult is a noun.
  if (INSULT_ADJECTIVES.has(words[t] ?? '') || words[t] === 'dense') return false;
  for (let j = k - 1; j >= k - 2 && j >= 0; j--) {
    if (words[j] !== 'you' && words[j] !== 'u') continue;
    for (let m = j + 1; m <= k; m++) {
      if (tokens.kinds[m] !== TOKEN_WORD || NOT_DESCRIBING.has(words[m] ?? '')) return false;
    }
    const opens =
      j === 0 ||
      /[,;:!?.\n]/.test(tokens.text.slice(tokens.ends[j - 1] ?? 0, tokens.starts[j] ?? 0));
    const after = tokens.text.slice(
      tokens.ends[t] ?? 0,
      tokens.starts[t + 1] ?? tokens.text.length,
    );
    const closes = t + 1 >= tokens.count || /[,;:!?.\n]/.test(after);
    return opens && closes;
  }
  return false;
}

/** Words that make "you … <insult>" something other than a name for the reader. */
const NOT_DESCRIBING = new Set(
  (
    'a an the is are was were be been being am my your his her our their its this that these ' +
    'those of in on at to for with and or but not no nor like as than who which what where when ' +
    'how why just if so too very guys all both would will can could should must might may do ' +
    "does did have has had 'll 'd gonna wanna gotta always never ever also still really sound " +
    'sounds look looks seem seems act acts smell smells feel feels talk talks think thinks'
  ).split(' '),
);

/** Words that hail the reader: "hey", "yo", "listen". */
const HAILS = new Set(['hey', 'yo', 'oi', 'listen', 'look']);

function sentenceStart(tokens: Tokens, t: number): boolean {
  return (
    t === 0 || /[.!?\n]/.test(tokens.text.slice(tokens.ends[t - 1] ?? 0, tokens.starts[t] ?? 0))
  );
}

/** Insulting words that describe rather than name, never a vocative between commas. */
const INSULT_ADJECTIVES = new Set(
  'stupid dumb retarded brainless braindead worthless ugly'.split(' '),
);

/**
 * Stock insults that name no insulting word: "your IQ is room temperature", "were you dropped on
 * your head as a baby?", "even your dog doesn't like you", "you type like a drunk toddler", "a
 * waste of space", "as useful as a screen door on a submarine", "I've met smarter rocks than
 * you", "go back to school", "nobody here can stand you", "out of your depth".
 */
interface StockInsult {
  /** Words of which the comment must hold one for the pattern to be tried. */
  gate: readonly string[];
  pattern: RegExp;
}

const insult = (gate: string, source: string): StockInsult => ({
  gate: gate.split(' '),
  pattern: new RegExp(source),
});

const STOCK_INSULTS: readonly StockInsult[] = [
  insult(
    'iq',
    String.raw`\b(?:your|ur|yo)\s+iq\s+(?:is|must\s+be|=|of)\s+(?:room\s+temperature|lower\s+than|below|single\s+digits?|in\s+the\s+single\s+digits|\d{1,2}\b)`,
  ),
  insult(
    'dropped',
    String.raw`\b(?:(?:were|was)\s+(?:you|u)|(?:you|u)\s+(?:must\s+have|must've|musta|were|got)(?:\s+been)?)\s+dropped\s+on\s+(?:your|ur)\s+head`,
  ),
  // 0.6.9 (blind 101): "the reading comprehension of a toddler", "your brain must be running on
  // dial-up", "nobody cares about your opinion".
  insult(
    'iq brain brains intelligence comprehension span maturity age logic',
    String.raw`\b(?:iq|brain|brains|intelligence|reading\s+comprehension|comprehension|attention\s+span|maturity|mental\s+age|logic|critical\s+thinking(?:\s+skills)?)\s+of\s+(?:a|an)\s+(?:\w+\s+)?(?:toddler|child|kindergartner|kindergartener|(?:five|5|four|4|three|3)[\s-]*year[\s-]*old|goldfish|potato|rock|brick|houseplant|squirrel|parking\s+cone|doorknob|sponge|turnip|fruit\s+fly|gnat|hamster)\b(?<=\b(?:you|your|ur|u|you've|youve|you're|youre)\b[^.!?\n]{0,40}?\bof\s+(?:a|an)\s+(?:\w+\s+)?[a-z0-9\s-]+)`,
  ),
  insult(
    'running',
    String.raw`\b(?:your|ur)\s+(?:brain|brain\s+cell|only\s+brain\s+cell|last\s+brain\s+cell|mind)\s+(?:must\s+be|is|'s)\s+(?:clearly\s+|obviously\s+|definitely\s+|still\s+)?running\s+on\s+(?:dial-?up|fumes|windows\s+95|a\s+potato|(?:one|a\s+single|two|half\s+a|a\s+half)\s+(?:brain\s+)?(?:cells?|neurons?|braincells?))\b`,
  ),
  insult(
    'cares',
    String.raw`\b(?:nobody|no\s+one|no1|noone)\s+cares\s+(?:about\s+)?(?:what\s+)?(?:you|your|u|ur)\b(?!\s+(?:were\s+)?(?:hurt|injured|safe|ok|okay|alright))`,
  ),
  insult(
    'ashamed embarrassed disappointed',
    String.raw`\b(?:your|ur)\s+(?:parents|mom|mother|dad|father|family)\s+must\s+be\s+(?:so\s+|really\s+|very\s+)?(?:ashamed|embarrassed|disappointed)\b`,
  ),
  insult(
    'even',
    String.raw`\beven\s+(?:your|ur)\s+(?:own\s+)?(?:dog|cat|mom|mother|dad|father|family|wife|husband|kids|friends)\s+(?:doesn't|don't|does\s+not|do\s+not|can't|cannot)\s+(?:like|love|stand)\s+(?:you|u)\b`,
  ),
  insult(
    'stand likes wants cares asked',
    String.raw`\b(?:no\s*one|nobody)\s+(?:\w+\s+){0,3}?(?:can\s+stand|likes|wants|cares\s+about|asked)\s+(?:you|u)(?=\s*(?:[.!?,;]|$))`,
  ),
  insult(
    'type write talk sound act think argue spell',
    String.raw`\b(?:you|u)\s+(?:type|write|talk|sound|act|think|argue|spell)\s+like\s+(?:a|an)\s+(?:\w+\s+)?(?:toddler|child|drunk|idiot|moron|monkey|chimp|caveman|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)[\s-]*(?:year|yr)[\s-]*old)\b`,
  ),
  insult(
    'smell',
    String.raw`\b(?:you|u)\s+smell\s+like\s+(?:an?\s+|the\s+)?(?:landfill|garbage|trash|shit|crap|ass|sewage|sewer|dumpster|rotten|wet\s+dog|feet|piss|skunk|pig)\b`,
  ),
  insult('waste', String.raw`\bwaste\s+of\s+(?:oxygen|skin|a\s+human|carbon)\b`),
  insult(
    'waste',
    String.raw`\b(?:you|u|you're|youre|ur)\s+(?:are\s+|r\s+)?(?:such\s+)?(?:an?\s+)?(?:\w+\s+)?waste\s+of\s+(?:space|air)\b`,
  ),
  insult(
    'useful',
    String.raw`\bas\s+useful\s+as\s+(?:an?\s+)?(?:screen\s+door|chocolate\s+teapot|tits\s+on|fart\s+in|handbrake\s+on|ashtray\s+on|a\s+chocolate\s+teapot)`,
  ),
  insult(
    'smarter',
    String.raw`\b(?:met|seen|known)\s+smarter\s+(?:rocks|bricks|potatoes|dogs|toddlers|houseplants|plants|trees|fish)\s+than\s+(?:you|u)\b`,
  ),
  insult(
    'school kindergarten preschool grade',
    String.raw`(?:\bgo(?<=(?:^|[.!?\n]\s*)go)|\b(?:you|u)\s+(?:should|need\s+to|oughta|gotta|better)\s+go)\s+back\s+to\s+(?:school|kindergarten|preschool|first\s+grade)\b[^.!?\n]{0,6}?(?:\s*,?\s*(?:you|u)\s+(?:clearly\s+)?(?:failed|can't|cannot|don't|obviously)|\s+and\s+learn|\s+because\s+(?:you|u))`,
  ),
  insult(
    'depth',
    String.raw`\b(?:you're|you\s+are|youre|ur)\s+(?:way\s+|clearly\s+|so\s+)?out\s+of\s+(?:your|ur)\s+depth\b`,
  ),
  // 0.6.4 (blind 23): "cope and seethe", "ok boomer", "touch grass", "you have the IQ of a
  // potato", "couldn't find your way out of a paper bag".
  insult(
    'seethe boomer grass',
    String.raw`\bcope\s+and\s+seethe\b|\bok(?:ay)?\s+boomer\b|\b(?:go\s+)?touch(?<=(?:^|[.!?\n]\s*)(?:go\s+)?touch)\s+(?:some\s+)?grass\b`,
  ),
  insult(
    'iq brain brains intelligence brainpower attention personality spine backbone skills manners range',
    String.raw`\b(?:you|u)(?:\s+(?:have|got|possess)|'ve\s+got|\s+have\s+got)\s+the\s+(?:iq|brains?|intelligence|brain\s*power|attention\s+span|personality|spine|backbone|social\s+skills|manners|emotional\s+range)\s+of\s+(?:(?:a|an)\s+(?:\w+\s+)?\w+|(?:wet|soggy|stale|damp)\s+\w+)`,
  ),
  // 0.6.5 (blind 39): "…, genius." after a rebuke, "typical snowflake", "your mom should have
  // swallowed you", "your parents must regret having you", "a sad little man", "are you always
  // this dense", "take your meds and log off".
  insult(
    'genius einstein sherlock smart smartguy smartass smartpants rocket brainiac mastermind professor',
    String.raw`,\s*(?:genius|einstein|sherlock|smart\s*(?:guy|ass|pants)|rocket\s+scientist|brainiac|mastermind|professor)(?<=(?:\b(?:no|not|never|wrong|clue|idea|obviously|nice\s+(?:try|grammar|spelling|logic|reading|one)|great\s+(?:spelling|grammar|logic))\b|n't\b)[^.!?\n]*,\s*(?:genius|einstein|sherlock|smart\s*(?:guy|ass|pants)|rocket\s+scientist|brainiac|mastermind|professor))\s*(?:[.!?]|$)`,
  ),
  insult(
    'typical',
    String.raw`\btypical(?<=(?:^|[.!?\n]\s*)typical)\s+(?:\w+\s+)?(?:snowflake|libtard|leftard|karen|troll|shill|bootlicker|moron|idiot|clown|sheeple|npc|cuck|simp|incel|boomer|loser)s?\b`,
  ),
  insult(
    'swallowed aborted pulled used kept',
    String.raw`\b(?:your|ur|yo)\s+(?:mom|mother|mum|mama|momma|dad|father|parents|old\s+(?:man|lady))\s+(?:should|shoulda|should've)\s+(?:have\s+|of\s+)?(?:swallowed|aborted|pulled\s+out|used\s+(?:a\s+)?(?:condom|protection)|kept\s+(?:her|their)\s+legs\s+closed)`,
  ),
  insult(
    'regret hate ashamed',
    String.raw`\b(?:your|ur)\s+(?:parents|mom|mother|dad|father|family)\s+(?:must|probably|surely|definitely)\s+(?:regret|hate|be\s+ashamed\s+of)\s+(?:having|raising|you)\b`,
  ),
  insult(
    'little old',
    String.raw`\b(?:you're|you\s+are|youre|ur|u\s+r|such\s+a|what\s+a|you)\s+(?:\w+\s+)?(?:sad|pathetic|pitiful|miserable|bitter|angry|lonely)\s+(?:little|old)\s+(?:man|boy|person|troll|creature|woman|girl|keyboard\s+warrior)\b`,
  ),
  insult(
    'hug love hold',
    String.raw`\b(?:did|didn't)\s+(?:your|ur)\s+(?:mom|mother|mommy|dad|father|daddy|parents)\s+(?:not\s+)?(?:hug|love|hold)\s+(?:you|u)\s+enough\b`,
  ),
  insult(
    'dense stupid dumb thick slow clueless ignorant obtuse gullible daft dim dull brainless retarded',
    String.raw`\bare\s+(?:you|u)\s+(?:always|usually|normally|naturally|really|actually|just|born)\s+(?:this|that|so)\s+(?:dense|stupid|dumb|thick|slow|clueless|ignorant|obtuse|gullible|daft|dim|dull|brainless|retarded)\b`,
  ),
  insult(
    'meds medication pills',
    String.raw`\b(?:take|go\s+take)\s+(?:your|ur)\s+(?:meds|medication|pills)\s*(?:,\s*|and\s+|then\s+)+(?:log\s+off|calm\s+down|go\s+to\s+bed|get\s+off|stop\s+posting|relax|go\s+away|shut\s+up)|\bdid\s+(?:you|u|someone|somebody)\s+forget\s+(?:to\s+take\s+)?(?:your|ur|his|her)\s+meds\b|\boff\s+(?:your|ur|his|her|their)\s+meds\b(?<=\b(?:you|u|someone|somebody|he|she|they)(?:\s+(?:is|are|was|were|r)|'s|'re)?\s+(?:\w+\s+)?off\s+(?:your|ur|his|her|their)\s+meds)`,
  ),
  // 0.6.5 (blind 51): "nobody would miss you", "you must be fun at parties", "a walking red
  // flag", "your brain cell is lonely", "a face only a mother could love", "proof that evolution
  // can go backwards", "I left my crayons at home", "as sharp as a bowling ball", "your parents
  // raised a clown", "the human equivalent of a participation trophy".
  insult(
    'miss',
    String.raw`\b(?:no\s*one|nobody)\s+(?:would|will|'d|is\s+gonna|is\s+going\s+to)\s+miss\s+(?:you|u)\b`,
  ),
  insult(
    'parties party',
    String.raw`\b(?:you|u)\s+must\s+be\s+(?:so\s+much\s+|a\s+lot\s+of\s+|real\s+)?(?:fun|a\s+blast|a\s+delight|a\s+joy)\s+at\s+(?:parties|a\s+party|dinner\s+parties)`,
  ),
  insult(
    'walking',
    String.raw`\b(?:you're|you\s+are|youre|ur|u\s+r)\s+(?:a|an)\s+walking\s+(?:red\s+flag|disaster|dumpster\s+fire|trash\s+fire|joke|cliche|stereotype|embarrassment|advertisement\s+for\s+\w+)`,
  ),
  insult(
    'cell cells',
    String.raw`\b(?:your|ur)\s+(?:only\s+|one\s+|last\s+|single\s+|two\s+)?brain\s+cells?\s+(?:is|are|must\s+be|feels?|gets?)\b`,
  ),
  insult('mother', String.raw`\bface\s+only\s+a\s+mother\s+could\s+love\b`),
  // 0.6.6 (blind 78): "what a clown show of a human being you are", "did you even finish
  // middle school?", "typical trailer park trash comment".
  insult(
    'human person man woman',
    String.raw`\bwhat\s+(?:a|an)\s+(?:clown\s+show|joke|waste|disgrace|sorry\s+excuse|poor\s+excuse|pathetic\s+excuse|sad\s+excuse|piece\s+of\s+(?:garbage|trash|shit|crap|work))\s+(?:of|for)\s+(?:a\s+)?(?:human\s+being|person|man|woman|human)\b`,
  ),
  insult(
    'school elementary grade kindergarten',
    String.raw`\bdid\s+(?:you|u)\s+even\s+(?:finish|graduate|pass|go\s+to|make\s+it\s+through)\s+(?:middle\s+school|high\s+school|elementary(?:\s+school)?|the\s+(?:third|fourth|fifth|sixth|eighth)\s+grade|kindergarten|grade\s+school)\b`,
  ),
  insult('trash', String.raw`\b(?:trailer\s+(?:park\s+)?trash|white\s+trash)\b`),
  // 0.6.6 (blind 59): a commenter, not an officer, hides behind a keyboard.
  insult(
    'hiding',
    String.raw`\b(?:you're|you\s+are|youre|ur|u\s+r)\s+(?:a|an|just\s+a|nothing\s+but\s+a)\s+(?:\w+\s+){0,2}?(?:cowards?|trolls?|losers?|clowns?|jokes?|keyboard\s+warriors?|bully|bullies)\s+hiding\s+behind\s+(?:a|your|ur|that|the)\s+(?:keyboard|screen|computer|phone|fake\s+(?:name|profile|account)|burner\s+account|anonymous\s+account)`,
  ),
  insult(
    'evolution',
    String.raw`\b(?:proof|evidence)\s+that\s+evolution\s+(?:can\s+go|goes|went|runs|can\s+run|works)\s+(?:backwards?|in\s+reverse)\b`,
  ),
  insult(
    'crayons',
    String.raw`\b(?:left|forgot)\s+my\s+crayons\b|\bexplain\s+it\s+to\s+(?:you|u)\s+(?:with|using|in)\s+crayons\b`,
  ),
  insult(
    'bowling brick rock marble spoon sack box doorknob potato bag',
    String.raw`\b(?:you're|you\s+are|youre|ur|u\s+r)\s+(?:about\s+)?as\s+(?:sharp|bright|smart|quick|useful|interesting)\s+as\s+(?:a\s+)?(?:bowling\s+ball|brick|rock|marble|spoon|sack\s+of\s+\w+|box\s+of\s+rocks|doorknob|potato|bag\s+of\s+hammers)\b`,
  ),
  insult(
    'raised',
    String.raw`\b(?:your|ur)\s+(?:parents|mom|mother|dad|father|mama|family)\s+raised\s+(?:a|an)\s+(?:\w+\s+)?(?:clown|idiot|moron|fool|loser|brat|monster|coward|snowflake|disappointment|failure|joke)\b`,
  ),
  insult(
    'equivalent version',
    String.raw`\b(?:you're|you\s+are|youre|ur|u\s+r)\s+the\s+(?:human|living|walking)\s+(?:equivalent|version)\s+of\s+(?:a|an)\s+(?:participation\s+trophy|wet\s+\w+|headache|migraine|hangover|traffic\s+jam|parking\s+ticket|root\s+canal|nail\s+on\s+a\s+chalkboard|stubbed\s+toe|dumpster\s+fire|speed\s+bump|typo|clown)\b`,
  ),
  insult(
    'bag boot',
    String.raw`\b(?:couldn't|could\s+not|can't|cannot)\s+(?:find\s+(?:your|ur)\s+way\s+out\s+of|pour\s+(?:water|piss)\s+out\s+of)\s+(?:a|an)\s+(?:wet\s+)?(?:paper\s+bag|boot)\b`,
  ),
  // 0.7.3 (blind 146, insults with no insulting word, written after 0.7.2 and run once: 11 of
  // 20, 0 of 15 twins): "going through life that dense", "even your own kids are embarrassed by
  // you", "talking to you is like talking to a brick wall", "stop reproducing", "your face could
  // curdle milk", "you peaked in high school", "the only thing you've ever contributed is carbon
  // dioxide", "how do you even tie your shoes", "smarter comments from a toaster", "you look
  // like you smell like…".
  insult(
    'dense stupid dumb thick slow clueless ignorant obtuse gullible daft dim dull brainless',
    String.raw`\b(?:go|going|get|getting|make\s+it|live|living|walk|walking)\s+through\s+(?:life|the\s+day|each\s+day|the\s+world)\s+(?:being\s+)?(?:this|that|so)\s+(?:dense|stupid|dumb|thick|slow|clueless|ignorant|obtuse|gullible|daft|dim|dull|brainless)\b`,
  ),
  insult(
    'embarrassed ashamed',
    String.raw`\b(?:your|ur)\s+(?:own\s+)?(?:kids|children|son|daughter|mom|mother|dad|father|parents|family|wife|husband|dog|friends)\s+(?:are|is|must\s+be|were|was|'re|'s)\s+(?:so\s+|probably\s+|deeply\s+)?(?:embarrassed|ashamed)\s+(?:by|of)\s+(?:you|u)\b`,
  ),
  insult(
    'wall',
    String.raw`\btalking\s+to\s+(?:you|u)\s+(?:is|was|'s)\s+like\s+talking\s+to\s+(?:a|an)\s+(?:brick\s+|stone\s+|concrete\s+)?wall\b`,
  ),
  insult(
    'reproduce reproducing procreate procreating',
    String.raw`\b(?:stop|quit|never|don't|do\s+not|please\s+don't)\s+(?:ever\s+)?(?:reproduc(?:e|ing)|procreat(?:e|ing))\b|\b(?:you|u|people\s+like\s+(?:you|u))\s+(?:should(?:n't|\s+not|\s+never)|must\s+never)\s+(?:be\s+allowed\s+to\s+)?(?:reproduce|procreate)\b`,
  ),
  insult(
    'face',
    String.raw`\b(?:your|ur)\s+face\s+(?:could|would|can|will|might)\s+(?:curdle|crack\s+a\s+mirror|stop\s+a\s+clock|break\s+a\s+mirror|sour\s+milk|scare\s+(?:a|the|small)\s+\w+|frighten\s+\w+)\b`,
  ),
  insult(
    'peaked',
    String.raw`\b(?:you|u)\s+(?:clearly\s+|obviously\s+|must\s+have\s+|definitely\s+)?(?:peaked|have\s+peaked|'ve\s+peaked)\s+in\s+(?:high\s+school|middle\s+school|junior\s+high|college|(?:the\s+)?(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+grade|kindergarten|grade\s+school)\b(?!\s*\?)`,
  ),
  insult(
    'contributed contribute added produced given',
    String.raw`\bthe\s+only\s+thing\s+(?:you|u)(?:'ve|\s+have|\s+ever|'ve\s+ever|\s+have\s+ever)?\s+(?:ever\s+)?(?:contributed|contribute|added|produced|given)\b[^.!?\n]{0,30}?\b(?:is|was|are)\s+(?:carbon\s+dioxide|co2|hot\s+air|noise|oxygen\s+theft|nothing)\b`,
  ),
  insult(
    'shoes dress breathe feed',
    String.raw`\bhow\s+do\s+(?:you|u)\s+even\s+(?:tie\s+(?:your|ur)\s+(?:own\s+)?shoes|dress\s+(?:yourself|urself)|remember\s+to\s+breathe|feed\s+(?:yourself|urself))\b`,
  ),
  insult(
    'toaster rock potato brick houseplant goldfish parrot cookie hamster',
    String.raw`\bsmarter\s+(?:comments?|things|arguments?|conversations?|posts?|takes?|ideas?|thoughts?|opinions?)\s+(?:from|out\s+of|coming\s+from)\s+(?:a|an|my)\s+(?:toaster|rock|potato|brick|houseplant|goldfish|parrot|fortune\s+cookie|hamster)\b`,
  ),
  insult(
    'smell stink reek',
    String.raw`\b(?:you|u)\s+look\s+like\s+(?:you|u)\s+(?:smell|stink|reek)\b(?!\s+(?:like\s+)?(?:good|nice|great|amazing|fresh|cookies|flowers|roses|heaven|vanilla|coffee|cinnamon|sunshine|baby\s+powder))`,
  ),
  // 0.7.10 (round 74): "you reek of desperation", "every time you comment the average IQ of
  // this page drops", "thrown in the trash where it belongs, like you", "you really can't read,
  // can you".
  insult(
    'reek stink stank',
    String.raw`\b(?:you|u)\s+(?:absolutely\s+|just\s+|really\s+)?(?:reek|stink|stank)\s+of\b`,
  ),
  insult(
    'iq',
    String.raw`\b(?:the\s+)?(?:average\s+|collective\s+)?iq\s+(?:of\s+[^.!?\n]{1,30}?\s+)?(?:drops?|dropped|plummets?|falls?|goes\s+down|sinks?|lowers?)\b(?<=\b(?:you|u|your|ur)\b[^.!?\n]{0,60}?iq\b[^.!?\n]*)|\b(?:you|u)\s+(?:\w+\s+)?(?:lower|lowers|lowered|drop|drag|drags)\s+(?:the\s+)?(?:average\s+|collective\s+)?iq\b`,
  ),
  insult(
    'trash garbage dumpster toilet sewer gutter landfill',
    String.raw`\b(?:trash|garbage|dumpster|toilet|sewer|gutter|landfill)\b[^.!?\n]{0,40}?,?\s*(?:just\s+)?like\s+(?:you|u)\s*(?:[.!?]|$)`,
  ),
  insult(
    'read spell count',
    String.raw`(?<!\b(?:if|when|because|since|unless|whether|even\s+if)\s+)\b(?:you|u)\s+(?:really\s+|honestly\s+|seriously\s+|clearly\s+|obviously\s+|actually\s+|just\s+|literally\s+)?(?:can't|cannot|cant|can\s+not)\s+(?:read|spell|count)(?=\s*(?:[.!?,;]|$|\s+(?:can\s+(?:you|u)|huh|do\s+(?:you|u)|at\s+all|to\s+save\s+(?:your|ur)\s+life|for\s+shit)))`,
  ),
];

/**
 * The first stock insult in a comment (the leftmost; at one place, the first in the list), or
 * null. Only the shapes whose words the comment holds are tried: one pattern of forty tried at
 * every character cost more than the rest of the attack classifier.
 */
function stockInsult(text: string, words: readonly string[]): RegExpExecArray | null {
  let opened: Uint8Array | undefined;
  for (const w of words) {
    const shapes = STOCK_INSULTS_BY_WORD.get(w);
    if (shapes === undefined) continue;
    opened ??= new Uint8Array(STOCK_INSULTS.length);
    for (const i of shapes) opened[i] = 1;
  }
  if (opened === undefined) return null;
  let first: RegExpExecArray | null = null;
  for (let i = 0; i < STOCK_INSULTS.length; i++) {
    if (opened[i] !== 1) continue;
    const m = STOCK_INSULTS[i]?.pattern.exec(text) ?? null;
    if (m !== null && (first === null || m.index < first.index)) first = m;
  }
  return first;
}

/** Gate word → the stock insults it opens (indexes into STOCK_INSULTS). */
const STOCK_INSULTS_BY_WORD = new Map<string, number[]>();
STOCK_INSULTS.forEach(({ gate }, i) => {
  for (const w of gate) STOCK_INSULTS_BY_WORD.set(w, [...(STOCK_INSULTS_BY_WORD.get(w) ?? []), i]);
});

/** The token of an insult said straight to someone, or undefined. */
function addressedInsult(
  tokens: Tokens,
  words: readonly string[],
  commenters: readonly Cue[] = [],
): number | undefined {
  const stock = stockInsult(tokens.text, words);
  // A stock shape said with praise and no insult word is a compliment: "you have the personality
  // of a golden retriever, everyone loves you".
  const praised =
    stock !== null &&
    praises(words, tokens.text) &&
    !words.some((w) => INSULT_WORDS.has(w) || ADDRESSED_INSULTS.has(w));
  if (stock !== null && !praised) {
    for (let t = 0; t < tokens.count; t++) {
      if ((tokens.starts[t] ?? 0) >= stock.index) return t;
    }
  }
  for (let t = 0; t < tokens.count; t++) {
    if (tokens.kinds[t] !== TOKEN_WORD || !ADDRESSED_INSULTS.has(words[t] ?? '')) continue;
    // "a moron magnet", "an idiot detector": the word describes what the thing draws or finds.
    if (COMPOUND_HEADS.has(words[t + 1] ?? '')) continue;
    let k = t - 1;
    while (k >= 0 && k >= t - 4 && INSULT_MODIFIERS.has(words[k] ?? '')) k--;
    const w = words[k] ?? '';
    const before = words[k - 1] ?? '';
    let you = -1;
    if (YOU_FORMS.has(w)) you = k;
    // "Imagine being this stupid": the reader is the one imagined.
    else if ((w === 'this' || w === 'that') && before === 'being' && words[k - 2] === 'imagine')
      you = k;
    else if ((w === 'are' || w === 'r') && (before === 'you' || before === 'u')) you = k - 1;
    else if ((w === 'are' || w === 'r') && (words[k - 2] === 'you' || words[k - 2] === 'u')) {
      you = k - 2; // "you really are a moron"
    } else if (w === 'your' && (words[k + 1] === 'a' || words[k + 1] === 'an')) you = k;
    // "You have always been a clown", "you'll always be a loser" (round 119).
    else if (youOfBeen(words, k) >= 0) you = youOfBeen(words, k);
    else if (w === 'up' && before === 'shut') you = k;
    else if (words[t + 1] === 'you' && (words[t + 2] === 'are' || words[t + 2] === 'r'))
      you = t + 1;
    else if (words[t + 1] === 'like' && (words[t + 2] === 'you' || words[t + 2] === 'yourself')) {
      you = t + 2;
    } else if (kinIs(words, k)) you = k;
    else if (vocative(tokens, k, t)) you = t;
    // Not when the comment praises the one it names (praises: "we love you", "never change").
    else if (describedVocative(tokens, words, k, t) && !praises(words, tokens.text)) you = t;
    // Hailed by it at the start of a sentence: "Hey dipshit, read the article".
    else if (HAILS.has(w) && k === t - 1 && sentenceStart(tokens, k)) you = t;
    // "The guy above is a total moron", "this commenter must be an idiot" (round 126).
    if (you < 0 && (BE_AFTER_SUBJECT.has(w) || (w === 'be' && before === 'must'))) {
      const subject = commenters.find(
        (c) =>
          c.token < k &&
          k - c.token <= 10 &&
          !words.slice(c.token + 1, k).some((x) => notTheCommenter(x)),
      );
      if (subject !== undefined) you = subject.token;
    }
    if (you < 0 || k < t - 5) continue;
    // The clause must hold both: "you know, the idiot who…" is not addressed.
    const from = Math.min(you, t);
    const to = Math.max(you, t);
    const gap = tokens.text.slice(tokens.ends[from] ?? 0, tokens.starts[to] ?? 0);
    if (/[.!?;\n]/.test(gap)) continue;
    if (genericYou(tokens, words, you)) continue;
    return t;
  }
  return undefined;
}

/**
 * A noun the polarity reads unkind, described by a plain word before it: "a night owl", "an early
 * riser", "a light sleeper". The vectors of such nouns come mostly from their other senses (an
 * owl, a sleeper train), and a describing word that is neither unkind nor a word of insult
 * ("total", "stupid") says the phrase names a habit, not a fault. A noun of the insult lexicons
 * stays an insult whatever describes it ("a night troll") (0.7.0).
 */
function describedNoun(words: readonly string[], p: Predicate): boolean {
  if (p.tokens.length < 2) return false;
  // A noun phrase: "a night owl", not "too lazy".
  const article = words[(p.tokens[0] ?? 0) - 1];
  if (article !== 'a' && article !== 'an') return false;
  const of = polarity().of;
  const last = p.tokens[p.tokens.length - 1] ?? -1;
  const head = words[last] ?? '';
  if (INSULT_WORDS.has(head) || ADDRESSED_INSULTS.has(head) || LEXICON_WORDS.has(head)) {
    return false;
  }
  if ((of.get(head) ?? 0) > UNKIND_PREDICATE) return false;
  // The phrase ends at the noun: "a weak minded social reject" goes on past the three words read.
  const next = words[last + 1];
  if (next !== undefined && !PHRASE_AFTER.has(next)) return false;
  return p.tokens.slice(0, -1).every((t) => {
    const w = words[t] ?? '';
    const read = of.get(w);
    // An unknown describing word ("a rino stain") says nothing of a habit.
    return (
      read !== undefined &&
      read > UNKIND &&
      !INSULT_MODIFIERS.has(w) &&
      !INSULT_WORDS.has(w) &&
      !MILD_UNKIND.has(w) &&
      !LEXICON_WORDS.has(w)
    );
  });
}

/** Words that may follow a noun phrase that has ended: "a night owl and proud of it". */
const PHRASE_AFTER = new Set(
  'and but like who too so at in on around since for i if when yet or'.split(' '),
);

/**
 * Mild words of character the polarity places only a little below neutral, but which judge the
 * person ("a rude man", "a weird guy", "a bitter old lady").
 */
const MILD_UNKIND = new Set(
  'rude mean weird weak crazy petty bitter selfish sketchy smug nosy bossy whiny creepy shady cheap fake lousy sorry'.split(
    ' ',
  ),
);

/**
 * No word of the predicate reads unkind: below -0.5 the polarity of ordinary words is often noise
 * of the news text the vectors were trained on ("motivated", "loud", "soft", "hearted" sit between
 * -0.5 and -1), so only a word of MILD_UNKIND counts there (0.7.0).
 */
function kindEnough(words: readonly string[], p: Predicate): boolean {
  if (p.min > -0.5) return true;
  return p.min > -1 && !p.tokens.some((t) => MILD_UNKIND.has(words[t] ?? ''));
}

/**
 * Words of intensity that praise when praise is near ("you're insane, that was an amazing
 * rescue", "you're a monster on the court, great game"), and the praise that says so.
 */
const INTENSITY = new Set(
  'insane crazy nuts sick wild mad unreal ridiculous beast monster animal savage killer madman'.split(
    ' ',
  ),
);
const PRAISE = new Set(
  (
    'amazing awesome great incredible congrats congratulations thank thanks love proud legend ' +
    'hero best brilliant impressive fantastic wonderful bravo respect'
  ).split(' '),
);

/**
 * A skill praised in the words of intensity (0.7.4): "a monster in the kitchen", "a shark in
 * negotiations", "a dangerous chess player", "a killer saxophonist". Not "a menace on the road"
 * or "a dangerous driver": those judge how someone behaves towards others.
 */
const SKILL_PRAISE = new Set([
  ...INTENSITY,
  'shark',
  'machine',
  'wizard',
  'demon',
  'terror',
  'force',
]);
const SKILL_ADJECTIVES = new Set(
  'dangerous lethal deadly scary ruthless vicious wicked sick nasty savage fierce killer mean'.split(
    ' ',
  ),
);
const SKILL_DOMAINS = new Set(
  (
    'kitchen court courts field ice mound pitch track grill stage floor dancefloor ring mat pool ' +
    'lanes course garden classroom courtroom negotiations negotiation board keyboard mic ' +
    'microphone slopes table karaoke bench trails trail diamond gridiron rink links greens ' +
    'chessboard guitar drums piano sax saxophone bass violin oven smoker griddle'
  ).split(' '),
);
const PLAYER_NOUNS = new Set(
  (
    'player players opponent negotiator competitor debater pitcher hitter batter shooter striker ' +
    'goalie goalkeeper bowler cook baker chef dancer singer guitarist drummer pianist ' +
    'saxophonist violinist rapper defender linebacker closer quarterback'
  ).split(' '),
);
function praisedSkill(words: readonly string[], p: Predicate): boolean {
  const last = p.tokens[p.tokens.length - 1] ?? -2;
  const head = words[last] ?? '';
  if (SKILL_PRAISE.has(head)) {
    const next = words[last + 1];
    if (next === 'in' || next === 'on' || next === 'behind' || next === 'with') {
      const a = words[last + 2] ?? '';
      const b = words[last + 3] ?? '';
      return SKILL_DOMAINS.has(a) || SKILL_DOMAINS.has(b);
    }
    return false;
  }
  return (
    PLAYER_NOUNS.has(head) &&
    p.tokens.slice(0, -1).some((t) => SKILL_ADJECTIVES.has(words[t] ?? '')) &&
    p.tokens
      .slice(0, -1)
      .every((t) => SKILL_ADJECTIVES.has(words[t] ?? '') || !INSULT_WORDS.has(words[t] ?? ''))
  );
}

/**
 * A trait that teases beside kind words in the same phrase: "a stubborn, loyal friend", "a
 * stubborn but kind man" (0.7.4). The predicate may end at the comma or "but": the kind words
 * after it are read too.
 */
function teasedKindly(words: readonly string[], p: Predicate): boolean {
  if (!p.tokens.some((t) => TEASING.has(words[t] ?? ''))) return false;
  const of = polarity().of;
  const fair = (w: string): boolean =>
    TEASING.has(w) || !(INSULT_WORDS.has(w) || MILD_UNKIND.has(w) || (of.get(w) ?? 0) <= UNKIND);
  if (!p.tokens.every((t) => fair(words[t] ?? ''))) return false;
  // Tokens carry no commas: "a stubborn, loyal friend" reads "stubborn loyal friend". After the
  // trait: a kind describing word, then a person ("friend", "old man"), and nothing else.
  let i = (p.tokens[p.tokens.length - 1] ?? -2) + 1;
  // The trait did someone good ("you are stubborn as a mule about seatbelts and it saved my son",
  // "you're a nerd about it and we love you for it") (0.7.6).
  if (BENEFIT.test(words.slice(i).join(' ')) && !words.some((w) => INSULT_WORDS.has(w)))
    return true;
  if (['but', 'and', 'yet'].includes(words[i] ?? '')) i++;
  let kind = false;
  for (const end = i + 3; i < end && i < words.length; i++) {
    const w = words[i] ?? '';
    if (KIND_HEADS.has(w)) return kind;
    if (!fair(w) || PHRASE_AFTER.has(w) || !of.has(w)) return false;
    if ((of.get(w) ?? 0) >= KIND) kind = true;
  }
  return false;
}

/**
 * What a teased trait did for the commenter: it saved or helped someone of theirs, they love or
 * are grateful for it. Not "it helps nobody", "I would love to see you fired", "thanks for nothing".
 */
const BENEFIT =
  /\b(?:it|that|which|this|you)\s+(?:\w+\s+)?(?:saved|helped)\s+(?:my|our|us|me|lives|a\s+life|so\s+many)\b|\b(?:we|i)\s+(?:\w+\s+)?(?:love|loved|appreciate|appreciated)\s+(?:you|it|that)\b|\b(?:we're|i'm|we\s+are|i\s+am)\s+(?:so\s+)?grateful\b/;

/** Who a kind phrase may be about: "a stubborn, loyal friend", "a stubborn but kind old man". */
const KIND_HEADS = new Set(
  (
    'friend friends man woman guy gal lady soul person heart neighbour neighbor dad father mom ' +
    'mother son daughter kid boss leader officer teacher colleague brother sister grandpa grandma ' +
    'partner husband wife coach mentor human being'
  ).split(' '),
);

/** A verb's "-ing" form that is not an adjective of character (speech.ts ING_ADJECTIVES). */
function doingNotBeing(word: string): boolean {
  return word.length > 5 && word.endsWith('ing') && !ING_ADJECTIVES.has(word);
}

/**
 * Who a person is: faith, origin, orientation, politics, age, disability, service. Said of the
 * reader ("you are an atheist", "you're a liberal"), they state, they do not insult, whatever
 * the word vectors make of them.
 */
const IDENTITY = new Set(
  `atheist atheists muslim muslims christian christians jewish jew jews catholic catholics hindu
  buddhist sikh mormon agnostic gay lesbian lesbians bisexual transgender trans queer black white
  asian latino latina hispanic mexican immigrant immigrants refugee refugees democrat democrats
  republican republicans liberal liberals conservative conservatives socialist socialists
  libertarian independent disabled deaf blind autistic veteran veterans old young teenager
  elderly senior retiree widow widower renter homeowner landlord tenant fan fans supporter
  supporters member members graduate alum alumni native resident residents vegetarian vegan`.split(
    /\s+/,
  ),
);

/** Stock sayings that insult no one, though "you", "fool" or "mouth" are in them. */
const STOCK_SAYING = new RegExp(
  String.raw`\bfrom\s+(?:your|ur|his|her|their|my)\s+(?:lips|mouth)\s+to\s+god'?s\s+ears?\b|\bfool\s+me\s+(?:once|twice)(?:\W+shame\s+on\s+(?:you|me))?|\bdamn(?:ed)?\s+if\s+(?:you|we|they|i)\s+do(?:\W+(?:and\s+)?damn(?:ed)?\s+if\s+(?:you|we|they|i)\s+don'?t)?\b`,
  'g',
);

/** Stock phrases of praise: "a breath of fresh air", "a ray of sunshine", "a pillar of the community". */
const COMPLIMENT_IDIOM =
  /\b(?:(?:a|such\s+a)\s+)?(?:breath\s+of\s+fresh\s+air|sight\s+for\s+sore\s+eyes|ray\s+of\s+(?:sunshine|light|hope)|pillar\s+of\s+(?:the|our|this)\s+community|credit\s+to\s+(?:the|your|this|our)\s+\w+|salt\s+of\s+the\s+earth|diamond\s+in\s+the\s+rough|force\s+for\s+good|blessing\s+to)\b|\b(?:a|such\s+a|what\s+a|an\s+absolute|a\s+real|a\s+total)\s+(?:lifesaver|life\s+saver|hoot|gem|keeper|peach|doll|delight|godsend|rockstar|rock\s+star|treasure|sweetheart|saint|class\s+act|ray\s+of\s+light|joy|gift|good\s+egg|smart\s+cookie|tough\s+cookie|good\s+sport|stand-?up\s+guy)\b/;

/**
 * A short comment whose every "you are" predicate is one word, neither kind nor unkind by its
 * meaning (or a word of identity), that ends its sentence and is no "what a …!" exclamation.
 */
function plainStatement(
  tokens: Tokens,
  words: readonly string[],
  predicates: readonly Predicate[],
  namedIdentity: (p: Predicate) => boolean,
): boolean {
  if (predicates.length === 0 || tokens.count > 14) return false;
  return predicates.every((p) => {
    // "You are a Packers fan?": a name before a word of identity (0.7.5).
    if (namedIdentity(p) && statementEnds(tokens, words, p.tokens[1] ?? -1)) return true;
    const t = p.tokens[0] ?? -1;
    const word = words[t] ?? '';
    return (
      p.tokens.length === 1 &&
      words[t - 2] !== 'what' &&
      statementEnds(tokens, words, t) &&
      (IDENTITY.has(word) ||
        (polarity().of.get(word) !== undefined && p.min > -0.5 && p.max < KIND))
    );
  });
}

/** Words that may follow a plain statement of who someone is: "…, right?", "… and that's fine". */
const AFTER_STATEMENT = new Set("and so but right i aren't arent too yes remember".split(' '));

/** The predicate at token t ends its sentence, or is followed by a word of AFTER_STATEMENT. */
function statementEnds(tokens: Tokens, words: readonly string[], t: number): boolean {
  if (t + 1 >= tokens.count) return true;
  const gap = tokens.text.slice(tokens.ends[t] ?? 0, tokens.starts[t + 1] ?? 0);
  return /[.!?\n]/.test(gap) || AFTER_STATEMENT.has(words[t + 1] ?? '');
}

/** Greetings and gestures of care sent to someone's family: "tell your mom I said hi". */
const KIND_GESTURES = new Set(
  'card cards flowers hi hello best wishes love birthday condolences prayers sympathy regards gift welcome'.split(
    ' ',
  ),
);

/** Thanks, pride and congratulation: said to someone, they are not said against them. */
const GRATITUDE = new Set(
  'proud congrats congratulations thank thanks grateful bless blessed bravo well-deserved hug hugs'.split(
    ' ',
  ),
);
/** Thanks said to insult, never gratitude: "thanks for nothing" (0.7.18). */
const THANKS_FOR_NOTHING = /\bthank(?:s|\s+you)\s+for\s+nothing\b/i;

/** The predicate is a word of intensity, and the comment praises. */
function intensePraise(words: readonly string[], predicate: readonly number[]): boolean {
  if (!predicate.some((t) => INTENSITY.has(words[t] ?? ''))) return false;
  return words.some((w) => PRAISE.has(w));
}

/** Rude words that praise: "you're a badass". */
const PRAISE_SLANG = new Set(['badass', 'badasses']);

/** Words that tease as often as they insult, and read friendly beside praise or affection. */
const TEASING = new Set(
  'stubborn nerd nerds geek geeks weirdo weirdos menace goof goofball dork dorks character rascal troublemaker nut odd oddball freak beast monster animal savage madman nutcase'.split(
    ' ',
  ),
);
/** Affection or praise said in a phrase rather than a word. */
const AFFECTION =
  /\b(?:everyone\s+loves\s+(?:you|u)|adores?\s+(?:you|u|ya)|(?:our|my)\s+favou?rite|never\s+change|got\s+it\s+done|pulled\s+it\s+off|made\s+it\s+work|in\s+the\s+best\s+way|i\s+love\s+(?:it|that|you|this)|love\s+you|great\s+(?:game|job|work|match)|well\s+played|good\s+game|(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:so\s+|totally\s+|all\s+)?here\s+for\s+(?:it|this|that)|keep\s+them\s+coming|never\s+stop|you\s+(?:got|get|finally\s+got)\s+(?:that|the|it|this|our|those|these)\s+(?:[a-z]+\s+){0,3}?(?:done|installed|fixed|passed|built|approved|funded|repaired|paved|painted|cleaned|open|opened)(?:\s+(?:installed|fixed|built|painted|done))?)\b/;
/** The comment praises, in a word ("great", "thanks") or a phrase ("never change"). */
function praises(words: readonly string[], text: string): boolean {
  return words.some((w) => PRAISE.has(w)) || AFFECTION.test(text);
}
/** A trait the writer says they share: "a night owl like me", "a Cowboys fan? Me too." */
const SHARED =
  /\b(?:like\s+me|like\s+us|just\s+like\s+me|me\s+too|same\s+here|so\s+am\s+i|so\s+are\s+we|me\s+neither)\b/;
/** The obscenity lexicon's strong words: no reading of kindness survives one. */
const STRONG_WORDS: ReadonlySet<string> = new Set(
  OBSCENITY_LEXICON.filter((e) => e.tier === 'strong').map((e) => e.word),
);

/**
 * A strong word that is not only an intensifier: "fuck you", "cunt", "fucktard", not the
 * "fucking" of "you're a fucking legend". No reading of kindness, thanks or a plain statement
 * survives one ("Thanks! Fuck you too", "I know you are her pimp, fucktard") (0.7.18).
 */
function strongNotIntensifying(word: string): boolean {
  return STRONG_WORDS.has(word) && !INTENSIFYING.has(word);
}

/** Every word of the obscenity lexicon, whatever its tier. */
const LEXICON_WORDS: ReadonlySet<string> = new Set(OBSCENITY_LEXICON.map((e) => e.word));

/** Slurs: a comment with one is never read as mere criticism. */
const SLURS: ReadonlySet<string> = new Set(
  OBSCENITY_LEXICON.filter((e) => e.tier === 'slur').map((e) => e.word),
);

/** Words that deny what follows: "you aren't a racist", "he isn't stupid", "never a coward". */
const NEGATORS = new Set(
  (
    "not isn't isnt aren't arent wasn't wasnt weren't werent ain't aint never can't cant " +
    "won't wont wouldn't wouldnt couldn't couldnt shouldn't shouldnt no"
  ).split(' '),
);

/**
 * The insulting word is denied: a negator among the three words before it, in its clause ("you
 * aren't a racist before a cop", "he isn't stupid"). Saying what someone is not is not an
 * insult. "Don't be an idiot" is still an order with an insult in it: "don't" is not a negator
 * here.
 */
function negated(words: readonly string[], clause: Int32Array, t: number): boolean {
  for (let k = t - 1; k >= 0 && k >= t - 3; k--) {
    if (clause[k] !== clause[t]) return false;
    const word = words[k] ?? '';
    // "No idiot would do that" negates; "No you idiot", "no, you're the clown" answer back
    // (0.7.12): "no" before the person it then insults is a reply, not a negation.
    if (word === 'no' && ANSWERED.has(words[k + 1] ?? '')) continue;
    // "you no brained idiot", "a no-good bum", "no-talent hack": "no" makes a compound
    // adjective of the insult, it negates nothing (0.7.18).
    if (word === 'no' && NO_COMPOUND.has(words[k + 1] ?? '')) continue;
    if (NEGATORS.has(word)) return true;
  }
  return false;
}

/** "You sound like you had…": a linking verb and "like" before a clause about the person. */
const OBSERVED =
  /^(?:you|u)\s+(?:sound|look|seem)s?\s+like\s+(?:you|u|ya|you've|youve|you're|youre|you'd|youd)\s+(?!are\b|r\b|re\b|'re\b)/i;

/** Words that make a compound adjective with "no" before an insult: "no brained", "no-good". */
const NO_COMPOUND = new Set(
  'brain brained brains good talent life class name neck account mind minded'.split(' '),
);

/** Who "no" answers when it is a reply and not a negation ("No you idiot"). */
const ANSWERED = new Set("you u you're youre ur ya he she they he's she's they're no".split(' '));

/**
 * Things, not people: what an insulting adjective may judge without insulting anyone ("this
 * policy is idiotic", "the dumbest rule ever", "these movies are so dumb"). Nouns, read only after
 * an insulting adjective or before "is / are", and none said of people ("joke", "disgrace") or
 * common as a verb there ("call", "move", "answer").
 */
const THINGS = new Set(
  (
    'policy policies rule rules law laws idea ideas decision decisions proposal proposals ' +
    'ordinance ordinances bill bills ruling rulings statement statements response responses ' +
    'excuse excuses logic reasoning argument arguments question questions comment comments ' +
    'article articles headline headlines video videos movie movies film films song songs book ' +
    'books game games app apps website websites site sites system systems program programs ' +
    'ticket tickets fines fees tax taxes budget budgets process design campaign speech story ' +
    'stories survey thread meeting meetings event events parade intersection roundabout road ' +
    'roads detour detours traffic parking thing things situation requirement requirements ' +
    'restriction restrictions mandate mandates curfew curfews procedure procedures wording ' +
    'slogan logo poll polls statistic statistics comparison analogy opinion opinions theory ' +
    'theories narrative agenda priorities spending contract contracts ad ads commercial tweet ' +
    'tweets meme memes take claim claims remark remarks rhetoric notion view views post posts'
  ).split(' '),
);
/** Insulting words that describe: only these may judge the thing named after them. */
const JUDGING_ADJECTIVES = new Set(
  (
    'stupid stupidest dumb dumbest idiotic moronic ridiculous pathetic silly silliest useless ' +
    'worthless ignorant asinine absurd braindead brainless lame retarded disgusting despicable ' +
    'shitty crappy garbage trash trashy insane crazy foolish ludicrous laughable pointless dumbass ' +
    'imbecilic clueless mindless senseless idiotically ridiculously'
  ).split(' '),
);
/** Words between an insulting adjective and the thing it judges, or the copula and the word. */
const DEGREE = new Set(
  (
    'so very really pretty just totally completely absolutely fucking freaking damn kinda super ' +
    'too utterly incredibly truly beyond most the a an such simply plain downright honestly ' +
    'frankly literally'
  ).split(' '),
);
const PERSON_HEAD =
  /(?:ers?|ors?|ists?|ians?|man|men|guys?|person|people|woman|women|heads?|admins?|mods?|boys?|girls?|kids?)$/;
const NOT_PERSON_HEAD = new Set(
  (
    'ever never over after under other either neither whether however whatever whenever wherever ' +
    'together rather later sooner better worse faster bigger longer matter for or nor door floor ' +
    'her there here were where mirror error honor humor terror major minor'
  ).split(' '),
);
function personHead(word: string): boolean {
  return PERSON_HEAD.test(word) && !NOT_PERSON_HEAD.has(word);
}
const SECOND_PERSON_WORDS = new Set(
  "you your yours yourself u ur ya you're youre ya'll y'all yall".split(' '),
);
const COPULAS = new Set(['is', 'are', 'was', 'were', "'s", 'seems', 'sounds', 'looks']);
const THING_PRONOUNS = new Set(['this', 'that', 'it', 'which']);
/** What may follow a predicate that ends its clause: "this is dumb and fake", "that's stupid tho". */
const AFTER_PREDICATE = new Set(
  'and but or to tho though lol lmao af imo honestly anyway too as'.split(' '),
);

/**
 * An insulting adjective right before a thing: "stupid policy", "the dumbest rule ever". Without
 * `sentence`, the words are taken as one sentence (a predicate's).
 */
function beforeAThing(words: readonly string[], t: number, sentence?: Int32Array): boolean {
  if (!JUDGING_ADJECTIVES.has(words[t] ?? '')) return false;
  const within = (k: number): boolean =>
    k < words.length && (sentence === undefined || sentence[k] === sentence[t]);
  for (let k = t + 1; k <= t + 2 && within(k); k++) {
    const w = words[k] ?? '';
    // Not the first word of a person's name: "law breaker", "game player", "site admin".
    if (THINGS.has(w)) return !within(k + 1) || !personHead(words[k + 1] ?? '');
    if (w !== 'ass' && w !== 'new' && w !== 'little' && w !== 'old') return false;
  }
  return false;
}

/**
 * The insulting word at t judges a thing: "stupid policy", "the dumbest rule", "this policy is
 * idiotic", "that's so dumb". A pronoun subject must end its clause with the word ("this is
 * dumb.", not "this is a very stupid person").
 */
/** A sentence whose subject is a saying: it opens with "saying", "calling", "claiming"… */
const SAYING_GERUNDS = new Set(
  'saying calling claiming suggesting telling posting writing chanting tweeting comparing wishing'.split(
    ' ',
  ),
);

function saysFirst(words: readonly string[], sentence: Int32Array, k: number): boolean {
  let first = k;
  while (first > 0 && sentence[first - 1] === sentence[k]) first--;
  return SAYING_GERUNDS.has(words[first] ?? '');
}

function judgesAThing(
  tokens: Tokens,
  words: readonly string[],
  sentence: Int32Array,
  t: number,
): boolean {
  // "your comment is the dumbest thing I've read", "a brain-dead response from you": the thing is
  // the reader's, and the words are aimed at them through it.
  for (let k = 0; k < tokens.count; k++) {
    if (sentence[k] === sentence[t] && SECOND_PERSON_WORDS.has(words[k] ?? '')) return false;
  }
  if (beforeAThing(words, t, sentence)) return true;
  // "racist" in "that claim is racist garbage": it judges what the next word judges.
  if (
    (JUDGMENT_WORDS.has(words[t] ?? '') || JUDGING_ADJECTIVES.has(words[t] ?? '')) &&
    sentence[t + 1] === sentence[t] &&
    JUDGING_ADJECTIVES.has(words[t + 1] ?? '')
  ) {
    return judgesAThing(tokens, words, sentence, t + 1);
  }
  // "it is, bitch", "dirt roads were a bitch": a noun of insult is not a judgement of the thing.
  if (!JUDGING_ADJECTIVES.has(words[t] ?? '')) return false;
  const s = sentence[t];
  let k = t - 1;
  // "is racist garbage", "is ignorant trash": a judging word before the noun modifies it.
  while (
    k >= 0 &&
    sentence[k] === s &&
    (DEGREE.has(words[k] ?? '') ||
      JUDGMENT_WORDS.has(words[k] ?? '') ||
      JUDGING_ADJECTIVES.has(words[k] ?? ''))
  )
    k--;
  if (k < 0 || sentence[k] !== s) return false;
  const w = words[k] ?? '';
  // "this app is garbage and so stupid": the second word of one predicate.
  if ((w === 'and' || w === 'or') && k > 0) return judgesAThing(tokens, words, sentence, k - 1);
  let pronoun: boolean;
  if (w === "that's" || w === 'thats' || w === "it's") pronoun = true;
  else if (COPULAS.has(w) && sentence[k - 1] === s) {
    const subject = words[k - 1] ?? '';
    if (THINGS.has(subject)) pronoun = false;
    else if (THING_PRONOUNS.has(subject)) pronoun = true;
    // "Saying all … are … is racist garbage": the subject is what was said (0.7.2).
    else if (saysFirst(words, sentence, k)) pronoun = false;
    else return false;
  } else return false;
  if (!pronoun) return true;
  // The predicate ends here: the end of the sentence, a comma, or a word of AFTER_PREDICATE.
  if (t + 1 >= tokens.count || sentence[t + 1] !== s) return true;
  const gap = tokens.text.slice(tokens.ends[t] ?? 0, tokens.starts[t + 1] ?? 0);
  return /[,;:]/.test(gap) || AFTER_PREDICATE.has(words[t + 1] ?? '');
}

/**
 * Words of reaction to what happened ("Sick!!", "Disgusting.", "Hypocrisy!", "this is crazy"):
 * they judge an event or a view, and are aimed at a person only when the sentence says so ("you
 * are sick"), through "you", "he"/"she" or a name.
 */
const REACTIONS = new Set(
  (
    'sick crazy insane ridiculous absurd sad shameful shame disgrace disgraceful outrageous ' +
    'unbelievable terrible horrible awful gross nuts wild hypocrisy stupidity insanity idiocy ' +
    'madness nonsense bullshit bs ugh wtf smh lame cringe cringey yikes'
  ).split(' '),
);
const REACTION_STEMS = ['disgust', 'ridicul', 'outrag', 'shameful', 'pathetic', 'appall'];

/**
 * Swearing as an exclamation or an intensifier ("Holy shit, I didn't know", "I went fucking
 * crazy", "so damn good"): obscenity (flagged as such), aimed at nobody unless the sentence
 * names someone. Not "fuck you", "fuck off", "shit for brains", "piece of shit". The lexicon's
 * expletives and the words that aim them (obscenity.ts), with the milder swearing and the nouns
 * that make an insult of it ("shit head", "fuck face").
 */
const EXCLAMATIONS = new Set([
  // English ones: a Spanish expletive is read by the Spanish attack reading (es/attack.ts).
  ...OBSCENITY_LEXICON.filter((e) => e.expletive === true && !ES_EXPLETIVES.has(e.word)).map(
    (e) => e.word,
  ),
  ...'shit effing damn damned goddamn crap freaking frigging friggin hell bloody'.split(' '),
]);
const AIMED_AFTER = new Set([
  ...AIMED_AT,
  ..."him her them em 'em head heads face for brains bag".split(' '),
]);
/** Words before a swear word that make it said of someone: "bale is shit", "you little shit". */
const AIMED_BEFORE = new Set("of little is are was were you're youre ur he's she's".split(' '));
function exclaimed(tokens: Tokens, words: readonly string[], t: number): boolean {
  if (!EXCLAMATIONS.has(words[t] ?? '') || AIMED_BEFORE.has(words[t - 1] ?? '')) return false;
  if (AIMED_AFTER.has(words[t + 1] ?? '')) return false;
  // "Fuck @mike", "fuck <user>": said to a user.
  const after = tokens.text.slice(tokens.ends[t] ?? 0).trimStart();
  return !after.startsWith('@') && !after.startsWith('<');
}

/**
 * A swear word that only intensifies the words after it ("so fucking sorry", "he's fucking
 * sexy", "how the fuck do you have orange beef"): said of no one even when the sentence says
 * "you", as long as nothing after it is aimed ("fuck you", "shut the fuck up" are not this). An
 * insulting word beside it ("you fucking idiot") is read for itself.
 */
const INTENSIFYING = new Set([
  ...[...EXCLAMATIONS].filter((w) => w.endsWith('ing') || w.endsWith('in')),
  ...'damn damned goddamn bloody'.split(' '),
]);
const WH_WORDS = new Set('how why where when what'.split(' '));
const ADDRESSED_NEAR = new Set([...SECOND_PERSON, ..."you're youre ya yo ye own".split(' ')]);
const ARTICLES = new Set('a an such'.split(' '));
const THE_SWEARS = new Set('fuck fck fuk hell heck'.split(' '));
function intensifies(tokens: Tokens, words: readonly string[], t: number): boolean {
  const word = words[t] ?? '';
  const next = words[t + 1];
  const gap = tokens.text.slice(tokens.ends[t] ?? 0, tokens.starts[t + 1] ?? 0);
  const sameClause = next !== undefined && /^\s+$/.test(gap) && /^[a-z]/.test(next);
  if (INTENSIFYING.has(word)) {
    // Not when it is said of the person addressed ("you are so damned unattractive", "ur a
    // fucking half breed", "cut your damn hair", "I fucking hate you"): the words around it
    // say who it is aimed at, whatever the model made of them.
    const around = [words[t - 3], words[t - 2], words[t - 1], words[t + 2]];
    return (
      sameClause &&
      exclaimed(tokens, words, t) &&
      !around.some((w) => w !== undefined && (ADDRESSED_NEAR.has(w) || AIMED_AT.has(w))) &&
      !ARTICLES.has(words[t - 1] ?? '')
    );
  }
  // "How the fuck do you…", "why thefuck you…" ("you" is who is asked, not whom it is aimed
  // at): unless what it asks is what is wrong with someone.
  const asks =
    (THE_SWEARS.has(word) && words[t - 1] === 'the' && WH_WORDS.has(words[t - 2] ?? '')) ||
    (word === 'thefuck' && WH_WORDS.has(words[t - 1] ?? ''));
  if (!asks || !sameClause) return false;
  const rest = words.slice(t + 1, t + 8);
  return !rest.includes('wrong') && !rest.includes('problem');
}

function isReaction(word: string): boolean {
  return REACTIONS.has(word) || REACTION_STEMS.some((stem) => word.startsWith(stem));
}

/** The model's view of the wording plus the target analysis. */
export function analyzeAttack(
  model: LinearModel,
  input: ClassifyInput,
  prepared: PreparedText,
  options: { always?: boolean } = {},
): AttackAnalysis {
  const tokens = tokensOf(prepared);
  const features = featuresOf(prepared, tokens, model.spec);
  let z = logitWith(
    model,
    features,
    attackCues(tokens).map((c) => cueIndex(c, model.spec)),
  );
  // What "you are …" says of the person by its words' meaning, for insults the model never saw
  // ("you're the worst driver in this county", "you are a cretinous little man").
  // "You sound like / look like / seem …" is read for kindness only (a compliment below): read
  // as unkind it would also catch rude but civil replies ("u sound stupid") the model leaves.
  const predicates = youArePredicates(tokens);
  // And of another commenter named in the third person ("the guy above is a moron"), as of "you".
  const commenters: Cue[] = [];
  commenterCues(tokens, commenters);
  for (const c of commenters) {
    const p = predicateAfter(tokens, c.token, notTheCommenter);
    if (p !== undefined) predicates.push(p);
  }
  const words = tokenWords(tokens);
  // A name before a word of identity, "a Packers fan", "a Raiders supporter" (0.7.5): the name's
  // word says nothing of the person ("packers" reads unkind by its vectors).
  const namedIdentity = (p: Predicate): boolean => {
    const [name, identity] = p.tokens;
    if (p.tokens.length !== 2 || name === undefined || identity === undefined) return false;
    const word = words[name] ?? '';
    if (!IDENTITY.has(words[identity] ?? '') || INSULT_WORDS.has(word) || SLURS.has(word))
      return false;
    const at = prepared.originalOffset(tokens.starts[name] ?? 0);
    return /^[A-Z][a-z]/.test(prepared.original.slice(at, at + 2));
  };
  const unkind = predicates.find(
    (p) =>
      !p.linked &&
      !namedIdentity(p) &&
      (p.min <= UNKIND_PREDICATE ||
        // Not of an officer: "you're the laziest cop on this page" is criticism.
        (p.tokens.some((t) => UNKIND_SUPERLATIVES.has(words[t] ?? '')) &&
          !p.tokens.some((t) => INSTITUTION.has(words[t] ?? '')))) &&
      // How they feel is not what they are: "you are ashamed of him", "you're scared to ask".
      !FEELINGS.has(words[p.tokens[0] ?? -1] ?? '') &&
      !NOT_SAID_OF_YOU.has(words[p.tokens[0] ?? -1] ?? '') &&
      // What they are doing, not what they are: "you are posting…", "you are bleaching".
      !doingNotBeing(words[p.tokens[0] ?? -1] ?? '') &&
      // Who they are is not an insult: "you are an atheist", "you're a liberal".
      !p.tokens.every((t) => IDENTITY.has(words[t] ?? '')) &&
      // "what a stupid policy": a thing, not the person (0.6.9).
      !p.tokens.some((t) => beforeAThing(words, t)) &&
      !describedNoun(words, p) &&
      // A skill praised: "you're a beast at this", "an animal at the gym".
      words[(p.tokens[p.tokens.length - 1] ?? -2) + 1] !== 'at' &&
      !intensePraise(words, p.tokens) &&
      !p.tokens.some((t) => JUDGMENT_WORDS.has(words[t] ?? '')) &&
      !describesAnAct(tokens, words, p.tokens[0] ?? 0) &&
      !genericYou(tokens, words, p.tokens[0] ?? 0),
  );
  if (unkind !== undefined) z = Math.max(z, UNKIND_LOGIT);
  const addressed = addressedInsult(tokens, words, commenters);
  if (addressed !== undefined) z = Math.max(z, ADDRESSED_LOGIT);
  const reply = input.context?.parent !== undefined && input.context.parent.trim() !== '';
  const quiet: AttackAnalysis = {
    logit: z,
    target: 'none',
    reply,
    insultTokens: [],
    targetCues: [],
  };
  // Teasing with affection, or a trait the writer shares: "you're a weirdo in the best way, never
  // change", "a menace on the pickleball court, great game!", "a night owl like me".
  const said = [...(unkind?.tokens ?? []), ...(addressed === undefined ? [] : [addressed])];
  // Praise in a rude word: "you're a badass, officer", "you absolute badass" (0.7.11; the model
  // reads the "ass" in it).
  const praisedRudely = (t: number): boolean => PRAISE_SLANG.has(words[t] ?? '');
  if (
    words.some((w) => PRAISE_SLANG.has(w)) &&
    said.every((t) => praisedRudely(t) || INSULT_MODIFIERS.has(words[t] ?? '')) &&
    !words.some(
      (w) =>
        !PRAISE_SLANG.has(w) &&
        (SLURS.has(w) || STRONG_WORDS.has(w) || INSULT_WORDS.has(w) || ADDRESSED_INSULTS.has(w)),
    )
  ) {
    return { ...quiet, target: 'compliment' };
  }
  if (
    said.length > 0 &&
    !words.some(
      (w) => SLURS.has(w) || STRONG_WORDS.has(w) || (INSULT_WORDS.has(w) && !TEASING.has(w)),
    ) &&
    ((said.some((t) => TEASING.has(words[t] ?? '')) &&
      said.every((t) => TEASING.has(words[t] ?? '') || INSULT_MODIFIERS.has(words[t] ?? '')) &&
      praises(words, tokens.text)) ||
      (SHARED.test(tokens.text) &&
        said.every((t) => {
          const w = words[t] ?? '';
          return TEASING.has(w) || !(ADDRESSED_INSULTS.has(w) || INSULT_WORDS.has(w));
        })))
  ) {
    return { ...quiet, target: 'compliment' };
  }
  if (!options.always && sigmoid(z) < ANALYSIS_FLOOR) return quiet;
  // Which words made the score.
  const contributions = tokenContributions(model.weights, features);
  const insultTokens = insultingTokens(tokens, contributions);
  if (addressed !== undefined && !insultTokens.includes(addressed)) {
    insultTokens.push(addressed);
    insultTokens.sort((a, b) => a - b);
  }
  if (unkind !== undefined && !insultTokens.some((t) => unkind.tokens.includes(t))) {
    insultTokens.push(...unkind.tokens.filter((t) => (contributions[t] ?? 0) >= 0));
    insultTokens.sort((a, b) => a - b);
  }
  // "You sound like you had a great time", "you look like you've been busy": "like" opens what
  // the person did, not what they are likened to. With no insulting word and no word of
  // unkind meaning ("you look like you smell like cabbage"), nothing is said of them (a
  // likening is "you sound like an idiot", read as before).
  if (
    OBSERVED.test(tokens.text) &&
    words.every((w) => (polarity().of.get(w) ?? 0) > -3) &&
    !words.some(
      (w) => SLURS.has(w) || STRONG_WORDS.has(w) || ADDRESSED_INSULTS.has(w) || INSULT_WORDS.has(w),
    ) &&
    unkind === undefined
  ) {
    return { ...quiet, target: 'none', insultTokens };
  }
  // A stock saying with "you", "fool" or a mouth in it that insults no one: "from your mouth to
  // God's ear", "fool me once, shame on you", "damned if you do" (0.7.19; civil tweets of the
  // MD-Agreement set were queued). Nothing outside the saying insults either.
  const sayings = allMatches(STOCK_SAYING, tokens.text);
  if (sayings.length > 0) {
    const spans = sayings.map((m) => [m.index, m.index + m[0].length] as const);
    const outside = words.filter(
      (_, t) => !spans.some(([a, b]) => (tokens.starts[t] ?? 0) >= a && (tokens.ends[t] ?? 0) <= b),
    );
    if (
      !outside.some(
        (w) =>
          INSULT_WORDS.has(w) || SLURS.has(w) || STRONG_WORDS.has(w) || ADDRESSED_INSULTS.has(w),
      )
    )
      return { ...quiet, target: 'none', insultTokens };
  }
  // Teasing the model read as an insult, beside affection: "you are a dork and we love you" (0.6.9).
  if (
    addressed === undefined &&
    words.some((w) => TEASING.has(w)) &&
    !words.some(
      (w) =>
        SLURS.has(w) ||
        STRONG_WORDS.has(w) ||
        ADDRESSED_INSULTS.has(w) ||
        (INSULT_WORDS.has(w) && !TEASING.has(w)),
    ) &&
    AFFECTION.test(tokens.text)
  ) {
    return { ...quiet, target: 'compliment', insultTokens };
  }
  // Words are not acts (counter-speech): every insulting word is named, reported or quoted in
  // order to reject it ("calling someone an idiot is not ok", "he called me a moron and I
  // reported it").
  if (insultTokens.length > 0) {
    const mentioned = mentionedTokens(tokens);
    const quoted = reportedQuoteTokens(tokens);
    // Around a quotation it rejects, the commenter's own words of condemnation ("saying '…' is
    // disgusting and you should be ashamed") and the "you" they address are not the insult;
    // "you are disgusting" still is.
    const aboutAQuote = quoted.includes(1);
    const saidOfYou = new Set(predicates.flatMap((p) => p.tokens));
    const aimed = aboutAQuote
      ? insultTokens.filter((t) => {
          const w = words[t] ?? '';
          return !(ADDRESS_WORDS.has(w) || (CONDEMNATION_WORDS.has(w) && !saidOfYou.has(t)));
        })
      : insultTokens;
    if (aimed.every((t) => mentioned[t] === 1 || quoted[t] === 1)) {
      return { ...quiet, target: 'mention', insultTokens };
    }
  }
  // A compliment shaped like an insult: "you are a kind neighbour", "you're a gracious host",
  // and (0.7.5) of the reader's own: "your mother is a kind woman" (the model knows "your
  // mother" mostly from insults). Every predicate said of "you" or of the reader's family reads
  // kind by its words' meaning, and no insult word is used.
  const saidOfYours =
    addressed === undefined ? [...predicates, ...kinPredicates(tokens)] : predicates;
  if (
    addressed === undefined &&
    saidOfYours.length > 0 &&
    saidOfYours.every(
      (p) =>
        (kindEnough(words, p) && p.max >= KIND) ||
        // A skill praised: "you're a beast at this", "an animal at the gym".
        words[(p.tokens[p.tokens.length - 1] ?? -2) + 1] === 'at' ||
        intensePraise(words, p.tokens) ||
        praisedSkill(words, p) ||
        teasedKindly(words, p),
    ) &&
    !tokenWords(tokens).some((w) => INSULT_WORDS.has(w) || strongNotIntensifying(w))
  ) {
    return { ...quiet, target: 'compliment' };
  }
  // Three more readings of kindness, none with a word of insult: thanks or pride said to someone
  // ("your mother must be so proud of you": the model knows "your mother" mostly from insults),
  // praise in a stock phrase ("you're a breath of fresh air"), and a plain statement of who the
  // reader is ("You are a renter.", "I know you are an atheist.").
  if (
    addressed === undefined &&
    !words.some(
      (w) =>
        INSULT_WORDS.has(w) || SLURS.has(w) || ADDRESSED_INSULTS.has(w) || strongNotIntensifying(w),
    ) &&
    (COMPLIMENT_IDIOM.test(tokens.text) ||
      (unkind === undefined &&
        ((words.some((w) => GRATITUDE.has(w)) && !THANKS_FOR_NOTHING.test(tokens.text)) ||
          plainStatement(tokens, words, predicates, namedIdentity))))
  ) {
    return { ...quiet, target: 'compliment' };
  }
  // The words the model weighs are only "your" and a relative, beside a kind gesture ("I'll make
  // sure your mother gets a card", "tell your mom I said hi"): it learned "your mother" from
  // insults, and nothing here insults (0.7.5). Without the gesture, "like your mom" stays the
  // model's.
  if (
    addressed === undefined &&
    unkind === undefined &&
    insultTokens.length > 0 &&
    words.some((w) => KIND_GESTURES.has(w) || GRATITUDE.has(w)) &&
    insultTokens.every((t) => ADDRESS_WORDS.has(words[t] ?? '') || KIN.has(words[t] ?? '')) &&
    !words.some(
      (w) => INSULT_WORDS.has(w) || SLURS.has(w) || STRONG_WORDS.has(w) || ADDRESSED_INSULTS.has(w),
    )
  ) {
    return { ...quiet, target: 'none', insultTokens };
  }
  const { sentence, clause } = segments(tokens);
  if (insultTokens.length > 0 && insultTokens.every((t) => negated(words, clause, t))) {
    return { ...quiet, target: 'negated', insultTokens };
  }
  // The word that weighs most judges views or conduct ("racist", "liar", "hypocrite", "biased")
  // and no word of the comment insults the person as such: disagreement and criticism, however
  // sharp (J.3 keeps them; the insult lexicon leaves these words out for the same reason).
  if (insultTokens.length > 0 && addressed === undefined) {
    let strongest = insultTokens[0] ?? 0;
    for (const t of insultTokens) {
      if ((contributions[t] ?? 0) > (contributions[strongest] ?? 0)) strongest = t;
    }
    const word = words[strongest] ?? '';
    if (JUDGMENT_WORDS.has(word) && !words.some((w) => INSULT_WORDS.has(w) || SLURS.has(w))) {
      return { ...quiet, target: 'judgment', insultTokens };
    }
  }
  // Insulting words that judge a thing and nobody ("this policy is idiotic", "the dumbest rule
  // ever"): criticism of what was decided or made, not of a person (0.6.9).
  if (
    insultTokens.length > 0 &&
    addressed === undefined &&
    unkind === undefined &&
    predicates.every((p) => p.min > -0.5 || p.tokens.some((t) => beforeAThing(words, t))) &&
    !words.some((w) => SLURS.has(w) || STRONG_WORDS.has(w)) &&
    insultTokens.every((t) => judgesAThing(tokens, words, sentence, t))
  ) {
    return { ...quiet, target: 'thing', insultTokens };
  }
  const cues = findCues(
    tokens,
    prepared,
    sentence,
    new Set(insultTokens),
    contributions,
    commenters,
  );
  // An insult said straight to someone with no "you" in sight (the vocative "Nice try, dumbass.")
  // is spoken to the person addressed, resolved as "you" is.
  if (addressed !== undefined && !cues.some((c) => sentence[c.token] === sentence[addressed])) {
    cues.push({ token: addressed, kind: 'you' });
  }
  if (insultTokens.length > 0 && insultTokens.every((t) => intensifies(tokens, words, t))) {
    return { ...quiet, target: 'reaction', insultTokens };
  }
  if (
    insultTokens.length > 0 &&
    insultTokens.every((t) => isReaction(words[t] ?? '') || exclaimed(tokens, words, t))
  ) {
    const sentences = new Set(insultTokens.map((t) => sentence[t] ?? 0));
    const aimed = cues.some(
      (c) =>
        (c.kind === 'you' || c.kind === 'third' || c.kind === 'name') &&
        sentences.has(sentence[c.token] ?? 0),
    );
    if (!aimed) return { ...quiet, target: 'reaction', insultTokens };
  }
  // Whom "you" and "he" mean (J.3 personal attack guard). In a reply, "you" is the other
  // commenter. A top-level comment under the department's post speaks to the department ("you
  // should be ashamed", "you are pathetic") and about the people in its post; only an @mention
  // or a name points at someone else there. Without the post, a top-level "you" or "he" in a
  // sentence that names the department means the department or its officials.
  const post = input.context?.post;
  const underPost = !reply && post !== undefined && post.trim() !== '';
  const institutionSentences = new Set<number>();
  const namedSentences = new Set<number>();
  for (const c of cues) {
    if (c.kind === 'institution' || c.kind === 'group') {
      institutionSentences.add(sentence[c.token] ?? 0);
    } else if (c.kind === 'mention' || c.kind === 'name' || c.kind === 'commenter') {
      namedSentences.add(sentence[c.token] ?? 0);
    }
  }
  // "You're a terrible cop", "you are the worst officer in this department": said of someone as
  // an officer it is criticism, however harsh, in a reply too (0.7.10).
  const asAnOfficer = new Set(
    predicates
      .filter((p) => p.tokens.some((t) => OFFICER_ROLES.has(words[t] ?? '')))
      .map((p) => sentence[p.tokens[0] ?? 0] ?? 0),
  );
  const resolve = (cue: Cue): CueKind => {
    if (cue.kind === 'you' && asAnOfficer.has(sentence[cue.token] ?? 0)) return 'institution';
    if (reply || (cue.kind !== 'you' && cue.kind !== 'third')) return cue.kind;
    const s = sentence[cue.token] ?? 0;
    if (institutionSentences.has(s)) return 'institution';
    // "@mike you are an idiot", "Karen, you are a cow": the named person is addressed.
    if (underPost && !namedSentences.has(s)) return 'institution';
    return cue.kind;
  };
  let person = 0;
  let institution = 0;
  const targetCues: Cue[] = [];
  for (const t of insultTokens) {
    const cue = nearestCue(t, cues, sentence, clause);
    if (cue === undefined) continue;
    if (isPersonCue(resolve(cue))) {
      person++;
      if (!targetCues.includes(cue)) targetCues.push(cue);
    } else institution++;
  }
  if (insultTokens.length === 0) {
    // The wording is insulting through how it addresses someone ("you're naive"): whoever is
    // addressed is the target.
    const cue = cues.find((c) => isPersonCue(resolve(c)));
    if (cue !== undefined) {
      person++;
      targetCues.push(cue);
    } else if (cues.length > 0) institution++;
  }
  let target: Target;
  if (person > 0 && person >= institution) {
    target = reply || targetCues.some((c) => c.kind === 'you') ? 'participant' : 'person';
  } else if (institution > 0) target = 'institution';
  else if (reply) {
    // Insulting words aimed at nobody named, in a reply: they answer the other commenter.
    target = 'participant';
  } else {
    // Top level, nobody named. Under a department post ("pigs", "what idiots", "liar") the words
    // answer the post: criticism. Without a post, a lone singular insult ("fucking idiot!")
    // is aimed at someone; plural ones ("thugs", "clowns") at a group.
    let plural = false;
    for (let t = 0; t < tokens.count && !plural; t++) {
      plural = (contributions[t] ?? 0) > 0 && isPlural(tokenWords(tokens)[t] ?? '');
    }
    target = underPost || plural || insultTokens.length === 0 ? 'none' : 'person';
  }
  if (target === 'participant' || target === 'person') {
    // Show every way the comment points at the person in the insult's sentences, not just the
    // nearest: "you're" and "Karen" in "you're a moron, Karen".
    const insultSentences = new Set(insultTokens.map((t) => sentence[t] ?? 0));
    for (const c of cues) {
      if (targetCues.length >= 4) break;
      if (
        !targetCues.includes(c) &&
        isPersonCue(resolve(c)) &&
        insultSentences.has(sentence[c.token] ?? 0)
      ) {
        targetCues.push(c);
      }
    }
  }
  return { logit: z, target, reply, insultTokens, targetCues };
}

/**
 * How much surer (in logits) the model must be when the insult is aimed at someone who is
 * neither addressed nor named: "he", "she", or a lone insult with no cue. That person is rarely
 * in the conversation and often a public figure, and insulting public figures is not a J.3
 * personal attack (in the insults data such comments are labelled 0). Measured by 5-fold
 * cross-validation of the whole classifier: the precision of these "person" flags was below
 * 40%, and this margin raised insults F1 by about 0.01 while fewer civil comments were flagged.
 */
const UNNAMED_PERSON_MARGIN = 1;

/** The final score of an analysis; `shift` moves the model's operating point (calibration). */
export function attackScore(analysis: AttackAnalysis, shift = 0): number {
  if (
    analysis.target === 'institution' ||
    analysis.target === 'none' ||
    analysis.target === 'mention' ||
    analysis.target === 'compliment' ||
    analysis.target === 'negated' ||
    analysis.target === 'reaction' ||
    analysis.target === 'judgment' ||
    analysis.target === 'thing'
  ) {
    return Math.min(sigmoid(analysis.logit + shift), GUARDED_MAX);
  }
  const unnamed =
    analysis.target === 'person' &&
    !analysis.targetCues.some(
      (c) => c.kind === 'mention' || c.kind === 'name' || c.kind === 'commenter',
    );
  return sigmoid(analysis.logit + shift - (unnamed ? UNNAMED_PERSON_MARGIN : 0));
}

function label(analysis: AttackAnalysis): string {
  const kinds = new Set(analysis.targetCues.map((c) => c.kind));
  if (analysis.reply) return 'insult aimed at another commenter';
  if (kinds.has('you')) return 'insult aimed at the person addressed';
  if (kinds.has('commenter')) return 'insult aimed at another commenter';
  if (kinds.has('mention')) return 'insult aimed at a mentioned user';
  if (kinds.has('name')) return 'insult aimed at a named person';
  return 'insult aimed at a person';
}

function evidenceOf(analysis: AttackAnalysis, prepared: PreparedText): Evidence[] {
  const tokens = tokensOf(prepared);
  const picked = new Set<number>([
    ...analysis.insultTokens,
    ...analysis.targetCues.map((c) => c.token),
  ]);
  return [...picked]
    .sort((a, b) => a - b)
    .map((t) => prepared.evidence(tokens.starts[t] ?? 0, tokens.ends[t] ?? 0));
}

/** Builds the classifier around a model (the shipped one, or a cross-validation fold's). */
export function createAttackClassifier(model: LinearModel | (() => LinearModel)): Classifier {
  let loaded: LinearModel | undefined = typeof model === 'function' ? undefined : model;
  const get = (): LinearModel => (loaded ??= (model as () => LinearModel)());
  return {
    name: 'personal-attack',
    classify(input, prepared): Signal[] {
      const analysis = analyzeAttack(get(), input, prepared);
      const score = attackScore(analysis);
      const aimed = analysis.target === 'participant' || analysis.target === 'person';
      const explained = aimed && score >= EXPLAIN_FROM;
      return [
        {
          category: 'personal_attack',
          score,
          evidence: explained ? evidenceOf(analysis, prepared) : [],
          label: explained
            ? label(analysis)
            : analysis.target === 'institution'
              ? 'criticism of the department or officials (not a personal attack)'
              : analysis.target === 'mention'
                ? 'insult named, reported or quoted to reject it (not a personal attack)'
                : analysis.target === 'compliment'
                  ? 'kind words addressed to a person (not a personal attack)'
                  : analysis.target === 'negated'
                    ? 'insulting word denied ("you are not a …"; not a personal attack)'
                    : analysis.target === 'reaction'
                      ? 'a reaction to what happened, aimed at no one (not a personal attack)'
                      : analysis.target === 'judgment'
                        ? 'judges views or conduct ("racist", "liar"): criticism, not a personal attack'
                        : analysis.target === 'thing'
                          ? 'judges a thing, not a person ("this policy is idiotic"; not a personal attack)'
                          : 'no personal attack',
          // J.3 personal attack: always a person's decision, never hidden automatically.
          autoHide: false,
        },
      ];
    },
  };
}

/**
 * The cue features the personal-attack model reads beside the words: what a "you are …"
 * predicate says of the person by its words' meaning (speech.ts, from word vectors). Training
 * (scripts/training.ts) appends the same cues.
 */
export function attackCues(tokens: Tokens): string[] {
  return addressCues(tokens, describedNoun);
}

/** The shipped classifier: loads `data/models/personal_attack.json` on first use. */
export const attackClassifier: Classifier = createAttackClassifier(() =>
  loadModel(ATTACK_MODEL_NAME),
);
