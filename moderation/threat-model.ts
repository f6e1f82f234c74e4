/**
 * Threats (I.3), the statistical half: a model of what the words mean, beside the precise rules
 * of threat.ts. The rules know a few dozen exact shapes; the model knows that "execute", "hang",
 * "gas" and "put down" are violent when said of people, from three things:
 *  - the words and character n-grams of the comment (the features the other models read);
 *  - the mean of its words' GloVe vectors, folded into one number per word (model/vectors.ts),
 *    so a violent word it never saw in training still counts;
 *  - cue features that say how the words are arranged: a violent word near a person or a group,
 *    after "I will / I'm going to", after "should be / deserve", a wish ("hope … die"), and the
 *    frames that make the same words harmless: negation ("no one should be shot"), reports
 *    ("the officer shot him", "threatened to"), quotation.
 *
 * Trained (scripts/training.ts) on the threat rows of the Wikipedia and Gab sets and on
 * sentences written for it on both sides (scripts/threat-sentences.ts); its operating point is
 * chosen so that at most a fraction of a percent of clean comments is flagged. A threat is never
 * hidden by the bot: the model only sends a comment to a person.
 */
import { extractFeatures, featuresOf, cueIndex } from './model/features.js';
import { loadModel } from './model/file.js';
import { logitWith, sigmoid, tokenContributions, type LinearModel } from './model/linear.js';
import { TOKEN_WORD, tokensOf, tokenWords, type Tokens } from './model/tokenize.js';
import { loadVectors, wordScores, type WordLookup, type WordVectors } from './model/vectors.js';
import type { ClassifyInput, Evidence, PreparedText } from './types.js';

export const THREAT_MODEL_NAME = 'threat';

const list = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Words of violence done to someone (stems and their common forms). */
export const VIOLENT_WORDS = list(`
  kill kills killed killing murder murders murdered murdering shoot shoots shooting shot
  stab stabs stabbed stabbing hang hangs hanged hanging hung lynch lynched lynching execute
  executed executing execution behead beheaded beheading slaughter slaughtered butcher
  strangle strangled choke choked torture tortured burn burned burnt drown drowned bury buried
  gas gassed exterminate exterminated extermination massacre massacred annihilate eradicate
  wipe genocide bomb bombs bombed bombing blow explode nuke bullet bullets rope noose gun guns
  rifle die dies dead death deaths slit gut gutted decapitate beat beaten hurt harm bleed
  assassinate assassinated eliminate eliminated purge exterminating destroy gunned strung
  slain slay gallows guillotine lynched
`);

/** The people or groups violence can be aimed at. */
const TARGET_WORDS = list(`
  you u ya y'all yall him her them em 'em everyone everybody all every each those these that
  your his their family kids children wife husband people
`);
const FIRST_PERSON = list("i i'm im i'll ill we we'll we're imma ima i'ma me");
const FUTURE = list("will 'll gonna going wanna want plan shall would gotta finna about");
const OUGHT = list('should must need needs deserve deserves ought gotta better');
const WISH = list('hope wish pray may');
const NEGATION = list(
  "no not never nobody none nothing don't dont doesn't didn't won't wouldn't shouldn't can't cannot without",
);
const REPORT = list(`
  was were been said says told threatened threatening threat threats reported arrested charged
  police officer officers cop cops deputy suspect victim investigating investigation news
  allegedly according video footage yesterday ago last
`);
const CONDEMN = list(
  'disgusting sick wrong ok okay unacceptable shameful report reported condemn crime',
);

/** A window of this many words around a violent word is read for its arrangement. */
const NEAR = 4;

/** The cue features of a comment's arrangement of violent words. */
export function threatCues(tokens: Tokens): string[] {
  const words = tokenWords(tokens);
  const cues = new Set<string>();
  const text = tokens.text;
  if (/["“”«»]/.test(text)) cues.add('t:quote');
  for (let t = 0; t < tokens.count; t++) {
    if (tokens.kinds[t] !== TOKEN_WORD || !VIOLENT_WORDS.has(words[t] ?? '')) continue;
    cues.add('t:violent');
    let target = false;
    let first = false;
    let future = false;
    let ought = false;
    let wish = false;
    let negated = false;
    let report = false;
    let condemn = false;
    for (let k = Math.max(0, t - NEAR - 2); k <= Math.min(tokens.count - 1, t + NEAR); k++) {
      const w = words[k] ?? '';
      if (k > t && TARGET_WORDS.has(w)) target = true;
      if (k < t) {
        if (FIRST_PERSON.has(w)) first = true;
        if (FUTURE.has(w)) future = true;
        if (OUGHT.has(w)) ought = true;
        if (WISH.has(w)) wish = true;
        if (NEGATION.has(w)) negated = true;
      }
      if (REPORT.has(w)) report = true;
      if (CONDEMN.has(w)) condemn = true;
    }
    if (target) cues.add('t:violent+target');
    if (first && future) cues.add('t:i-will+violent');
    if (first && future && target) cues.add('t:i-will+violent+target');
    if (ought) cues.add('t:ought+violent');
    if (wish) cues.add('t:wish+violent');
    if (negated) cues.add('t:negated');
    if (report) cues.add('t:report');
    if (condemn) cues.add('t:condemn');
  }
  return [...cues];
}

/**
 * The mean word score of the word tokens that have one; 0 when none has (no list is built:
 * this runs for every comment with a violent word).
 */
export function tokenMeanScore(scores: WordLookup, tokens: Tokens): number {
  const words = tokenWords(tokens);
  let sum = 0;
  let n = 0;
  for (let t = 0; t < tokens.count; t++) {
    if (tokens.kinds[t] !== TOKEN_WORD) continue;
    const word = words[t] ?? '';
    let s = scores.get(word);
    if (s === undefined) {
      const apostrophe = word.indexOf("'");
      if (apostrophe > 0) s = scores.get(word.slice(0, apostrophe));
    }
    if (s === undefined) continue;
    sum += s;
    n++;
  }
  return n === 0 ? 0 : sum / n;
}

/** The words of the word tokens, for the vector mean. */
export function wordTokens(tokens: Tokens): string[] {
  const words = tokenWords(tokens);
  const out: string[] = [];
  for (let t = 0; t < tokens.count; t++)
    if (tokens.kinds[t] === TOKEN_WORD) out.push(words[t] ?? '');
  return out;
}

/** A threat model with its word table (vector weights folded per word). */
export interface ThreatModel {
  readonly linear: LinearModel;
  readonly wordScore: WordLookup;
}

export function threatModelOf(
  linear: LinearModel,
  vectors: WordVectors = loadVectors(),
): ThreatModel {
  return {
    linear,
    wordScore: linear.dense === undefined ? new Map() : wordScores(vectors, linear.dense),
  };
}

export interface ThreatAnalysis {
  logit: number;
  /** Tokens whose words made the score, for evidence. */
  tokens: number[];
}

export function analyzeThreat(
  model: ThreatModel,
  _input: ClassifyInput,
  prepared: PreparedText,
): ThreatAnalysis {
  const tokens = tokensOf(prepared);
  const features = featuresOf(prepared, tokens, model.linear.spec);
  const cues = threatCues(tokens);
  const extra = cues.map((c) => cueIndex(c, model.linear.spec));
  let z = logitWith(model.linear, features, extra) + tokenMeanScore(model.wordScore, tokens);
  // A threat is often one sentence of a longer comment, and the words around it dilute the
  // mean: a sentence with a violent word is also scored alone, and the higher score counts.
  if (sigmoid(z) >= SENTENCE_FLOOR && sigmoid(z) < 0.5)
    z = Math.max(z, sentenceLogit(model, tokens));
  if (sigmoid(z) < 0.3) return { logit: z, tokens: [] };
  // Evidence: the tokens that added most (their words' weights plus their meaning).
  const contributions = tokenContributions(model.linear.weights, features);
  const all = tokenWords(tokens);
  let n = 0;
  for (let t = 0; t < tokens.count; t++) if (tokens.kinds[t] === TOKEN_WORD) n++;
  n = Math.max(1, n);
  for (let t = 0; t < tokens.count; t++) {
    if (tokens.kinds[t] !== TOKEN_WORD) continue;
    contributions[t] = (contributions[t] ?? 0) + (model.wordScore.get(all[t] ?? '') ?? 0) / n;
  }
  let max = 0;
  for (let t = 0; t < tokens.count; t++) max = Math.max(max, contributions[t] ?? 0);
  const picked: number[] = [];
  for (let t = 0; t < tokens.count; t++) {
    if (max > 0 && (contributions[t] ?? 0) >= max * 0.4) picked.push(t);
  }
  picked.sort((a, b) => (contributions[b] ?? 0) - (contributions[a] ?? 0));
  return { logit: z, tokens: picked.slice(0, 4).sort((a, b) => a - b) };
}

/** Comments scoring below this as a whole are not scored sentence by sentence. */
const SENTENCE_FLOOR = 0.02;

/** The highest logit of a single sentence holding a violent word (-Infinity when none). */
function sentenceLogit(model: ThreatModel, tokens: Tokens): number {
  let best = -Infinity;
  let start = 0;
  const words = tokenWords(tokens);
  for (let t = 0; t <= tokens.count; t++) {
    const end =
      t === tokens.count ||
      (t > start &&
        /[.!?\n]/.test(tokens.text.slice(tokens.ends[t - 1] ?? 0, tokens.starts[t] ?? 0)));
    if (!end) continue;
    if (start === 0 && t === tokens.count) break; // one sentence: already scored whole
    let violent = false;
    for (let k = start; k < t && !violent; k++) violent = VIOLENT_WORDS.has(words[k] ?? '');
    if (violent) {
      const sub: Tokens = {
        text: tokens.text,
        count: t - start,
        starts: tokens.starts.slice(start, t),
        ends: tokens.ends.slice(start, t),
        kinds: tokens.kinds.slice(start, t),
        words: words.slice(start, t),
      };
      const features = extractFeatures(sub, model.linear.spec, threatCues(sub));
      const z = logitWith(model.linear, features, []) + tokenMeanScore(model.wordScore, sub);
      best = Math.max(best, z);
    }
    start = t;
  }
  return best;
}

export function threatEvidence(analysis: ThreatAnalysis, prepared: PreparedText): Evidence[] {
  const tokens = tokensOf(prepared);
  return analysis.tokens.map((t) => prepared.evidence(tokens.starts[t] ?? 0, tokens.ends[t] ?? 0));
}

/** The shipped threat model, `data/models/threat.json`, with the shipped vectors. */
export function loadThreatModel(): ThreatModel {
  return threatModelOf(loadModel(THREAT_MODEL_NAME));
}
