/**
 * J.3 obscenity: a whole-word, severity-tiered lexicon classifier (moderation/lexicon).
 *
 * Each token of the normalized text is looked up once. Whole-word matching is what keeps
 * Scunthorpe, cocktail, therapist or Dickens from ever matching; the lexicon's guards handle the
 * words that are obscene in one sense and ordinary in another ("Dick Smith", "cum laude",
 * "pussy willow", a garden "hoe").
 *
 * Scores, against the default policy (queue at 0.5, hide at 0.9 where auto-hide is allowed):
 * - strong obscenity, as written or disguised only in ways that still show every letter
 *   (fullwidth or mathematical letters, homoglyphs, zero-width characters, stretched letters,
 *   letters split by spaces, dots or dashes): 0.95, auto-hide eligible. What a reader sees is
 *   the word itself, letter for letter, so hiding it is the same decision as hiding the plain
 *   word, and these foldings do not create matches in ordinary text (pass 3 of normalize.ts
 *   only joins letters into lexicon words).
 * - strong obscenity found only by decoding digits or symbols ("sh1t", "f*ck", "a$$hole"):
 *   0.85, flagged for a person, never hidden automatically. A decoded substitution is where
 *   word filters produce false positives (DOMAIN.md: "F4G" in IDs, coordinates), and a
 *   self-censored "f*ck" is what newspapers print; a person decides.
 * - the f-word as an exclamation or intensifier ("what the fuck", "fucking ridiculous", "FUCK"):
 *   0.85, flagged for a person, never hidden automatically ("get the fuck off", "shut the fuck
 *   up" included: "the fuck" intensifies the phrase around it); only aimed at someone ("fuck
 *   you", "fuck off", "go fuck yourself") is it hidden like the rest of strong obscenity. Used that
 *   way it mostly intensifies whatever the comment says, and a comment that says "tear gas on
 *   peaceful protesters, absolutely fucking ridiculous" is criticism a person must weigh
 *   (Cohen v. California: the same word in political speech), not a keyword to hide.
 * - moderate (vulgar) 0.65 and slurs 0.7: flagged, never hidden automatically.
 * - mild ("damn", "hell", "crap", "bastard"): 0.25, below every default threshold; never flagged
 *   on its own and never hidden.
 */
import {
  lookupPhrase,
  lookupSoundAlike,
  lookupVowelDropped,
  lookupWord,
  mightMatch,
  type LexiconEntry,
  type Tier,
} from './lexicon/index.js';
import { ES_AIMED_AT, ES_EXPLETIVES } from './lexicon/es/obscenity.js';
import { spanishReportedNameCalling } from './es/report.js';
import { tokensOf } from './model/tokenize.js';
import { isCommonWord } from './model/vectors.js';
import { disguises, tokens, type Disguise, type Token } from './normalize.js';
import {
  CONDEMNING,
  NAMED_WORD,
  inNameCalling,
  reportedNameCalling,
  inReportedQuote,
  namedAsWord,
  usedAsMention,
  VICTIM_REPORT,
} from './speech.js';
import type { Classifier, PreparedText, Signal } from './types.js';

interface Grade {
  score: number;
  label: string;
  autoHide: boolean;
}

const PLAIN: Record<Tier, Grade> = {
  strong: { score: 0.95, label: 'strong obscenity', autoHide: true },
  moderate: { score: 0.65, label: 'vulgar language', autoHide: false },
  slur: { score: 0.7, label: 'slur', autoHide: false },
  mild: { score: 0.25, label: 'mild language', autoHide: false },
};

/** The f-word as an exclamation or intensifier, not aimed at anyone: see the comment at the top. */
const EXCLAIMED: Grade = {
  score: 0.85,
  label: 'strong obscenity (exclamation, not aimed at anyone)',
  autoHide: false,
};

/**
 * Words are not acts: obscenity quoted or named in a comment that rejects it ('I was told to "go
 * fuck yourself", that is unacceptable', "calling the victim a whore is wrong") is the
 * commenter's counter-speech, not their obscenity: scored below the queue threshold with this
 * label, never hidden. It needs both the frame (a quotation with a reporting word outside it, or
 * "call/called someone a …") and a word of rejection ("not ok", "wrong", "reported"): a quote
 * alone ("my friend said 'fuck you'") is still judged as written.
 */
/** Named as a word, neither used nor rejected: 'learned the word "…" from a video'. */
const NAMED: Grade = {
  score: 0.45,
  label: 'obscenity named as a word',
  autoHide: false,
};

/**
 * Strong obscenity inside a quotation the comment reports without rejecting it ('yelling "go …
 * yourself" at a crossing guard is not the flex you think it is'): someone else's words, for a
 * person to judge, never hidden automatically.
 */
const QUOTED: Grade = {
  score: 0.85,
  label: 'strong obscenity (quoted from someone else)',
  autoHide: false,
};

/**
 * Strong obscenity as the name in someone being called it ("calling a woman a … is funny to
 * them?", "someone called you a … in traffic"), without a word that rejects it: a mention or a
 * report, for a person to judge, never hidden automatically.
 */
const NAME_CALLING: Grade = {
  score: 0.85,
  label: 'strong obscenity (named in a report of name-calling)',
  autoHide: false,
};

/** A calling verb: the cheap test before reportedNameCalling reads the tokens. */
const CALLING = /\bcall(?:s|ed|ing)?\b/;

const REPORTED: Grade = {
  score: 0.45,
  label: 'obscenity quoted or named to reject it (counter-speech)',
  autoHide: false,
};

/**
 * The words after an expletive that aim it at the person addressed: "fuck you", "fuck off",
 * "fuck your …". Not "him", "her" or "them": like "fuck the police", those are about someone
 * (often an officer or an official), and a person weighs them.
 */
export const AIMED_AT: ReadonlySet<string> = new Set([
  ..."you u ya yah yall y'all yourself yourselves your ur yo off thee".split(' '),
  // Spanish: "chinga tu madre", "vete a la verga"... (lexicon/es/obscenity.ts)
  ...ES_AIMED_AT,
]);

/** The Spanish words that aim a Spanish expletive at the person addressed. */
const ES_AIMED_SET = new Set(ES_AIMED_AT);

/** "hijo de puta": the words before "puta" that aim it at a person. */
const CHILD_OF = new Set(['hijo', 'hija', 'hijos', 'hijas', 'hijo(a)']);
/** "te va a cargar la chingada": the verbs by which it comes for someone. */
const CARRY = new Set(['cargar', 'carga', 'cargue', 'llevar', 'lleva', 'lleve']);
/** "vete a la verga", "váyanse a la chingada": an order to go, aimed at whoever is told. */
const GO_AWAY = new Set(['vete', 'vayase', 'vayanse', 'largate', 'larguense', 'valla', 'vaya']);

/** Spanish exclamations that insult when said of the reader's own: "tu puta madre". */
const AIMED_BY_YOURS = new Set(['puta madre', 'chingada madre']);
const YOURS = new Set(['tu', 'tus']);

/** Expletives that are also names for a person: "puta", "puto". */
const NAMED_TO = new Set(['puta', 'puto', 'putas', 'putos']);
/** Orders to the reader that make the name beside them said to the reader. */
const TOLD = new Set([
  ...GO_AWAY,
  'callate',
  'callese',
  'callense',
  'calla',
  'muerete',
  'pudrete',
  'ubicate',
]);

/**
 * The word at i stands where a form of address does: after "pinche" or a comma, and before the
 * clause ends. Not first in the comment: "¡Puta, cállate, me asustaste!" opens with an
 * exclamation as often as with a name, and a hide must be sure.
 */
function addressedAt(toks: readonly Token[], i: number, text: string): boolean {
  const tok = toks[i];
  if (tok === undefined || i === 0) return false;
  const before = text.slice(toks[i - 1]?.end ?? 0, tok.start);
  const after = text.slice(tok.end, toks[i + 1]?.start ?? text.length);
  const opens = before.includes(',') || toks[i - 1]?.text === 'pinche';
  const closes = i === toks.length - 1 || /[,.!?;:]/.test(after);
  return opens && closes;
}

/**
 * Whether a Spanish expletive at token i is aimed at someone by the words around it (the words
 * before it, and from 0.7.23 an order to the reader beside a name).
 */
function aimedBySpanishFrame(toks: readonly Token[], i: number, text: string): boolean {
  const prev = toks[i - 1]?.text ?? '';
  const prev2 = toks[i - 2]?.text ?? '';
  if (prev === 'de' && CHILD_OF.has(prev2)) return true;
  // "Pinche puta, cállate": a name said to someone told to shut up or leave in the same breath,
  // in the place of a form of address (the comment's edge, or set off by a comma), not before a
  // noun ("cállate, que la puta lluvia no para").
  if (NAMED_TO.has(toks[i]?.text ?? '') && addressedAt(toks, i, text)) {
    for (let k = Math.max(0, i - 4); k <= i + 4 && k < toks.length; k++) {
      if (k !== i && TOLD.has(toks[k]?.text ?? '')) return true;
    }
  }
  for (let k = Math.max(0, i - 3); k < i; k++) if (GO_AWAY.has(toks[k]?.text ?? '')) return true;
  // "te va a cargar la chingada", "que te lleve la verga": the expletive comes for the reader.
  if (prev === 'la' && CARRY.has(prev2)) {
    for (let k = Math.max(0, i - 6); k < i - 2; k++) {
      if (['te', 'les', 'lo', 'la', 'los'].includes(toks[k]?.text ?? '')) return true;
    }
  }
  return false;
}

/** Found only by decoding digits or symbols: see the comment at the top. */
const DECODED: Record<Tier, Grade> = {
  strong: { score: 0.85, label: 'obscenity (disguised)', autoHide: false },
  moderate: { score: 0.6, label: 'vulgar language', autoHide: false },
  slur: { score: 0.65, label: 'slur', autoHide: false },
  mild: { score: 0.2, label: 'mild language', autoHide: false },
};

export const obscenityClassifier: Classifier = {
  name: 'obscenity-lexicon',
  classify(_input, prepared) {
    const toks = tokens(prepared);
    let found: Found | undefined;
    let words: Set<string> | undefined;
    let mention: ((start: number) => boolean) | undefined;
    /** Whether the comment rejects words it quotes or names: read once, at the first hit. */
    let rejects: boolean | undefined;
    /** Whether it names a word as a word ("the word …"), and which tokens it names. */
    let names: boolean | undefined;
    let named: ((start: number) => boolean) | undefined;
    /** Which tokens sit in a quotation the comment reports. */
    let quoted: ((start: number) => boolean) | undefined;
    let calling: ((start: number) => boolean) | undefined;
    /** Whether a calling verb is there at all, and the names one person is told calling another. */
    let calls: boolean | undefined;
    let thirdParty: ((start: number) => boolean) | undefined;
    /** The same in Spanish ("le dijo … a la cajera"): read once, at the first hit not mild. */
    let spanishReport: ((start: number) => boolean) | undefined;
    for (let i = 0; i < toks.length; i++) {
      const tok = toks[i] as Token;
      if (!mightMatch(tok.text)) {
        // Spelled by sound ("phuk", "fkn", "sheeit", "biyatch") or with vowels left out ("btch",
        // "bllsht"): graded as a decoded spelling.
        const sound =
          lookupSoundAlike(tok.text, isCommonWord) ?? lookupVowelDropped(tok.text, isCommonWord);
        if (sound !== undefined) {
          const exclaimed = sound.expletive === true && !AIMED_AT.has(toks[i + 1]?.text ?? '');
          found = add(found, prepared, sound.tier, tok.start, tok.end, {
            exclaimed,
            soundAlike: true,
          });
        }
        continue;
      }
      const next = toks[i + 1];
      const phrase = next === undefined ? undefined : lookupPhrase(tok.text, next.text);
      if (phrase !== undefined && next !== undefined) {
        // "me cago en tu puta madre": the exclamation said of the reader's own is strong, and
        // aimed (0.7.23; "tu puta voz", "soy tu puta fan" intensify, and stay the word's).
        const yours = YOURS.has(toks[i - 1]?.text ?? '') && AIMED_BY_YOURS.has(phrase.word);
        found = add(found, prepared, yours ? 'strong' : phrase.tier, tok.start, next.end);
        i++;
        continue;
      }
      const hit = lookupWord(tok.text);
      if (hit === undefined) {
        const sound =
          lookupSoundAlike(tok.text, isCommonWord) ?? lookupVowelDropped(tok.text, isCommonWord);
        if (sound !== undefined) {
          const exclaimed = sound.expletive === true && !AIMED_AT.has(toks[i + 1]?.text ?? '');
          found = add(found, prepared, sound.tier, tok.start, tok.end, {
            exclaimed,
            soundAlike: true,
          });
        }
        continue;
      }
      const { entry } = hit;
      if (entry.notWith !== undefined) {
        words ??= new Set(toks.map((t) => base(t.text)));
        if (entry.notWith.some((w) => words?.has(w))) continue;
      }
      if (isOrdinaryUse(entry, toks, i, prepared)) continue;
      // "Fuck off" is aimed; "get the fuck off my timeline" is "get off" said louder.
      // A Spanish expletive is aimed by Spanish words only: "ptm ya no hay agua" is "damn, no
      // water again" ("ya" is "already", not the English "ya").
      const aimers = ES_EXPLETIVES.has(entry.word) ? ES_AIMED_SET : AIMED_AT;
      const exclaimed =
        entry.expletive === true &&
        !aimedBySpanishFrame(toks, i, prepared.normalized) &&
        (toks[i - 1]?.text === 'the' || !aimers.has(toks[i + 1]?.text ?? ''));
      if (
        entry.tier !== 'mild' &&
        (rejects ??=
          CONDEMNING.test(prepared.normalized) || VICTIM_REPORT.test(prepared.normalized))
      ) {
        mention ??= usedAsMention(tokensOf(prepared));
      }
      // One person reported calling another the name (0.7.9): someone else's words, told.
      if (entry.tier !== 'mild' && (calls ??= CALLING.test(prepared.normalized))) {
        thirdParty ??= reportedNameCalling(tokensOf(prepared));
      }
      if (entry.tier !== 'mild') {
        spanishReport ??= spanishReportedNameCalling(tokensOf(prepared), prepared) ?? NOWHERE;
      }
      const reported =
        (mention !== undefined && mention(tok.start)) ||
        (thirdParty !== undefined && thirdParty(tok.start)) ||
        (spanishReport !== undefined && spanishReport(tok.start));
      if (!reported && entry.tier !== 'mild' && (names ??= NAMED_WORD.test(prepared.normalized))) {
        named ??= namedAsWord(tokensOf(prepared));
        if (named(tok.start)) {
          found = add(found, prepared, entry.tier, tok.start, tok.end, { as: NAMED });
          continue;
        }
      }
      if (!reported && entry.tier === 'strong') {
        quoted ??= inReportedQuote(tokensOf(prepared));
        if (quoted(tok.start)) {
          found = add(found, prepared, entry.tier, tok.start, tok.end, { capped: QUOTED });
          continue;
        }
        calling ??= inNameCalling(tokensOf(prepared));
        if (calling(tok.start)) {
          found = add(found, prepared, entry.tier, tok.start, tok.end, { capped: NAME_CALLING });
          continue;
        }
      }
      found = add(found, prepared, entry.tier, tok.start, tok.end, {
        exclaimed,
        as: reported ? REPORTED : undefined,
      });
    }
    // Obscene gestures in emoji (🖕, any skin tone): the f-word's gesture, graded as its
    // exclamation (flagged for a person, never hidden automatically).
    const signals = found === undefined ? [] : [...found.byLabel.values()];
    const text = prepared.normalized;
    let gesture: Signal | undefined;
    for (let at = text.indexOf(MIDDLE_FINGER); at >= 0; at = text.indexOf(MIDDLE_FINGER, at + 2)) {
      const tone = text.codePointAt(at + 2) ?? 0;
      const end = at + 2 + (tone >= 0x1f3fb && tone <= 0x1f3ff ? 2 : 0);
      if (gesture === undefined) {
        gesture = {
          category: 'obscenity',
          score: EXCLAIMED.score,
          evidence: [],
          label: 'obscene gesture (emoji)',
          autoHide: false,
        };
        signals.push(gesture);
      }
      gesture.evidence.push(prepared.evidence(at, end));
    }
    return signals;
  },
};

const MIDDLE_FINGER = '\u{1F595}';

/** No token is in a reported name: the answer once a comment has been read and has none. */
const NOWHERE = (): boolean => false;

/** What a comment's tokens matched so far: one signal per label, with every piece of evidence. */
interface Found {
  byLabel: Map<string, Signal>;
  /** The spans decoded from digits or symbols, which grade lower (see the top). */
  decoded: readonly Disguise[];
}

function add(
  found: Found | undefined,
  prepared: PreparedText,
  tier: Tier,
  start: number,
  end: number,
  how: {
    exclaimed?: boolean;
    /** Spelled by sound: graded as a decoded spelling. */
    soundAlike?: boolean;
    /** The grade, whatever the tier: reported or named rather than used. */
    as?: Grade | undefined;
    /** The grade in place of one that would be hidden: someone else's words, for a person. */
    capped?: Grade | undefined;
  } = {},
): Found {
  const state = found ?? {
    byLabel: new Map<string, Signal>(),
    decoded: disguises(prepared).filter((d) => d.kind === 'leet'),
  };
  let g = how.soundAlike === true ? DECODED[tier] : grade(tier, start, end, state.decoded);
  // Decoded from symbols, it is graded lower already ("obscenity (disguised)").
  if (how.exclaimed === true && g === PLAIN.strong) g = EXCLAIMED;
  if (how.as !== undefined) g = how.as;
  else if (how.capped !== undefined && g.autoHide) g = how.capped;
  const evidence = prepared.evidence(start, end);
  const signal = state.byLabel.get(g.label);
  if (signal === undefined) {
    state.byLabel.set(g.label, {
      category: 'obscenity',
      score: g.score,
      evidence: [evidence],
      label: g.label,
      autoHide: g.autoHide,
    });
  } else {
    signal.evidence.push(evidence);
    if (g.score > signal.score) {
      state.byLabel.set(g.label, { ...signal, score: g.score, autoHide: g.autoHide });
    }
  }
  return state;
}

function grade(
  tier: Tier,
  start: number,
  end: number,
  decoded: readonly { start: number; end: number }[],
): Grade {
  const wasDecoded = decoded.some((d) => d.start < end && d.end > start);
  return wasDecoded ? DECODED[tier] : PLAIN[tier];
}

/** A token without its possessive or contraction ("hell's" → "hell"). */
function base(word: string): string {
  const apostrophe = word.indexOf("'");
  return apostrophe > 0 ? word.slice(0, apostrophe) : word;
}

const ALLOW_PATTERNS = new Map<string, { words: string[]; at: number }[]>();

function allowPatterns(entry: LexiconEntry): { words: string[]; at: number }[] {
  let patterns = ALLOW_PATTERNS.get(entry.word);
  if (patterns === undefined) {
    patterns = (entry.allowIn ?? []).map((phrase) => {
      const words = phrase.split(' ');
      return { words, at: words.indexOf('_') };
    });
    ALLOW_PATTERNS.set(entry.word, patterns);
  }
  return patterns;
}

/** The lexicon's guards: the word used in its ordinary sense or as a name. */
function isOrdinaryUse(
  entry: LexiconEntry,
  toks: readonly Token[],
  i: number,
  prepared: PreparedText,
): boolean {
  if (entry.onlyNear !== undefined) {
    const near = [toks[i - 1], toks[i + 1]].map((t) => (t === undefined ? '' : base(t.text)));
    if (!near.some((w) => entry.onlyNear?.includes(w))) return true;
  }
  for (const { words, at } of allowPatterns(entry)) {
    let all = true;
    for (let k = 0; k < words.length && all; k++) {
      if (k === at) continue;
      const t = toks[i - at + k];
      all = t !== undefined && base(t.text) === words[k];
    }
    if (all) return true;
  }
  const tok = toks[i] as Token;
  if (entry.latinCum === true) {
    // "kitchen-cum-diner": Latin "with" between two hyphenated words.
    const text = prepared.normalized;
    if (text[tok.start - 1] === '-' || text[tok.end] === '-') return true;
  }
  return entry.name === true && looksLikeName(toks, i, prepared);
}

/**
 * "Dick Smith", "Moby Dick", "Cumming, Georgia" or a mid-sentence "Dick": a title-case word next
 * to another title-case word, or capitalized where a sentence does not start. A sentence-initial
 * "Dick." alone, or "DICK" in capitals, is read as the word.
 */
function looksLikeName(toks: readonly Token[], i: number, prepared: PreparedText): boolean {
  const tok = toks[i] as Token;
  const written = prepared.evidence(tok.start, tok.end);
  if (!isTitleCase(written.text)) return false;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (next !== undefined && isTitleCase(prepared.evidence(next.start, next.end).text)) return true;
  if (prev !== undefined && isTitleCase(prepared.evidence(prev.start, prev.end).text)) return true;
  return !startsSentence(prepared.original, written.start);
}

function isTitleCase(word: string): boolean {
  const first = word[0] ?? '';
  if (first === first.toLowerCase()) return false;
  const rest = word.slice(1);
  return rest !== rest.toUpperCase() && rest === rest.toLowerCase();
}

function startsSentence(original: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const ch = original[i] ?? '';
    if (ch === ' ' || ch === '\t' || ch === '"' || ch === "'" || ch === '(') continue;
    return ch === '.' || ch === '!' || ch === '?' || ch === '\n' || ch === ':';
  }
  return true;
}
