/**
 * How the shipped models are trained from the shared datasets: which rows, which labels, which
 * weights, which features. `scripts/train.ts` runs it on every row and writes the models;
 * `scripts/eval.ts` runs the very same recipe once per cross-validation fold.
 *
 * Label mappings (J.3; see data/models/CARD.md):
 *  - personal_attack = an insult aimed at a person. Positive: insults-train `insult` 1 (insults
 *    aimed at a conversation participant) and OLID `subtask_c` IND (targeted insult of an
 *    individual). Negative: insults-train 0, OLID `subtask_a` NOT, Davidson "neither", the civil
 *    rows of MD-Agreement (0 offensive votes) and MUPID (neither impolite nor intolerant).
 *    OLID untargeted profanity and insults of groups are left out: they are not personal attacks,
 *    but the wording can be the same, so calling them negatives would teach the wrong thing.
 *  - spam = YouTube Spam Collection `spam`, judged with the video title as the post; the civil
 *    and non-offensive rows of the other datasets are extra negatives (ordinary conversation,
 *    including links and mentions, is not spam).
 */
import {
  attackClassifier,
  attackCues,
  attackScore,
  analyzeAttack,
  createAttackClassifier,
  type AttackAnalysis,
} from '../moderation/attack.js';
import { createModerator, DEFAULT_CLASSIFIERS, type Moderator } from '../moderation/index.js';
import {
  createThreatClassifier,
  harmlessFrame,
  threatClassifier,
  threatRuleSignals,
} from '../moderation/threat.js';
import {
  compactFeatures,
  extractFeatures,
  TEXT_FEATURES,
  type FeatureSpec,
  type Features,
} from '../moderation/model/features.js';
import { hashString } from '../moderation/model/hash.js';
import {
  naiveBayesScale,
  trainLogistic,
  withThresholdAtHalf,
  type LinearModel,
  type TrainOptions,
  type TrainingExample,
} from '../moderation/model/linear.js';
import { tokensOf } from '../moderation/model/tokenize.js';
import { prepareText } from '../moderation/normalize.js';
import {
  analyzeOffTopic,
  createOffTopicClassifier,
  offTopicClassifier,
  offTopicResult,
  spamFeatures,
  type OffTopicAnalysis,
} from '../moderation/offtopic.js';
import {
  threatCues,
  threatModelOf,
  wordTokens,
  analyzeThreat,
} from '../moderation/threat-model.js';
import { loadVectors, meanVector } from '../moderation/model/vectors.js';
import type { ClassifyInput, PreparedText } from '../moderation/types.js';
import type { DatasetRow } from './datasets.js';
import { writtenThreatRows } from './threat-sentences.js';

export const FOLDS = 5;
const FOLD_SEED = 0x5eed;

/** The fold of a row: a hash of its id, so it never depends on file order. */
export function foldOf(id: string, folds = FOLDS): number {
  return hashString(id, FOLD_SEED) % folds;
}

/** Both models read the same features, so a comment's features are extracted once. */
export const ATTACK_FEATURES: FeatureSpec = TEXT_FEATURES;
export const SPAM_FEATURES: FeatureSpec = TEXT_FEATURES;
export const THREAT_FEATURES: FeatureSpec = TEXT_FEATURES;

export const THREAT_TRAINING: TrainOptions = {
  alpha: 0.2,
  beta: 1,
  l1: 0.3,
  l2: 1,
  epochs: 8,
  seed: 20240603,
  denseDims: 100,
  denseL2: 0.01,
};

/** Threat rows of the real sets weigh this much: they are few, and the behaviour I.3 names. */
export const THREAT_POSITIVE_WEIGHT = 8;
/** The written sentences (both sides) weigh this much. */
export const WRITTEN_WEIGHT = 1;
/** Gab hate posts that call for no violence: negatives, but near the line and noisy. */
export const GAB_HATE_NEGATIVE_WEIGHT = 0.5;
/** The pseudo-dataset of the sentences written for the threat model. */
export const WRITTEN = 'written-threats';

export const ATTACK_TRAINING: TrainOptions = {
  alpha: 0.3,
  beta: 1,
  l1: 0.5,
  l2: 1,
  epochs: 6,
  seed: 20240601,
};

export const SPAM_TRAINING: TrainOptions = {
  alpha: 0.3,
  beta: 1,
  l1: 0.2,
  l2: 1,
  epochs: 8,
  seed: 20240602,
};

/**
 * Insult rows count four times: they are exactly the behaviour J.3 names (cross-validated, 4
 * beat 2 by about 0.005 insults F1 with the same civil flag rate).
 */
export const INSULTS_WEIGHT = 4;
/** Conversation rows as spam negatives weigh less than the labelled YouTube comments. */
export const SPAM_NEGATIVE_WEIGHT = 0.1;

export function isCivil(row: DatasetRow): boolean {
  const l = row.labels;
  if (row.dataset === 'md-agreement-dev') return l.offensive_votes === 0;
  if (row.dataset === 'mupid-train') return l.impoliteness === 0 && l.intolerance === 0;
  return false;
}

/** The personal-attack training label of a row, or null when the row does not teach it. */
export function attackLabel(row: DatasetRow): 0 | 1 | null {
  const l = row.labels;
  switch (row.dataset) {
    case 'insults-train':
      return l.insult === 1 ? 1 : 0;
    case 'olid-train':
      if (l.subtask_c === 'IND') return 1;
      return l.subtask_a === 'NOT' ? 0 : null;
    case 'davidson':
      return l.class === 2 ? 0 : null;
    case 'md-agreement-dev':
    case 'mupid-train':
      return isCivil(row) ? 0 : null;
    case 'jigsaw-dev':
      // Wikipedia insults, of participants mostly; every-label-0 rows are the negatives.
      return row.labels.insult === 1 ? 1 : isCleanForThreat(row) ? 0 : null;
    default:
      return null;
  }
}

export function spamLabel(row: DatasetRow): 0 | 1 | null {
  if (row.dataset === 'youtube-spam-dev') return row.labels.spam === 1 ? 1 : 0;
  if (row.dataset === 'sms-spam-dev') return row.labels.label === 'spam' ? 1 : 0;
  // Ordinary comments of the other sources: clean Wikipedia talk, Gab posts that are not hate.
  if (row.dataset === 'jigsaw-dev' || row.dataset === 'threats-dev') {
    return isCleanForThreat(row) ? 0 : null;
  }
  if (isCivil(row)) return 0;
  if (row.dataset === 'olid-train' && row.labels.subtask_a === 'NOT') return 0;
  if (row.dataset === 'insults-train' && row.labels.insult === 0) return 0;
  return null;
}

/**
 * The threat label of a row (I.3 threat of violence), or null when the row does not teach it.
 * Positive: Wikipedia `threat` = 1; Gab `class_of_hate` 3 (violence: threats, calls for and
 * glorification of violence; noisy). Negative: the other rows of both, and ordinary comments
 * of the other sets (civil political tweets, OLID NOT, SMS and YouTube messages, insult-free
 * comments): none of these threaten anyone.
 */
export function threatLabel(row: DatasetRow): 0 | 1 | null {
  const l = row.labels;
  switch (row.dataset) {
    case 'jigsaw-dev':
      return l.threat === 1 ? 1 : 0;
    case 'threats-dev':
      return l.class_of_hate === 3 ? 1 : 0;
    case 'olid-train':
      return l.subtask_a === 'NOT' ? 0 : null;
    case 'insults-train':
      return l.insult === 0 ? 0 : null;
    case 'davidson':
      return l.class === 2 ? 0 : null;
    case 'sms-spam-dev':
    case 'youtube-spam-dev':
      return 0;
    case 'md-agreement-dev':
    case 'mupid-train':
      return isCivil(row) ? 0 : null;
    default:
      return null;
  }
}

/**
 * A clean comment for the threat operating point: nothing in it is toxic or hateful by its
 * labels (Wikipedia rows with every label 0, Gab non-hate, civil tweets, SMS, OLID NOT).
 */
export function isCleanForThreat(row: DatasetRow): boolean {
  const l = row.labels;
  switch (row.dataset) {
    case 'jigsaw-dev':
      return (
        l.toxic === 0 &&
        l.severe_toxic === 0 &&
        l.obscene === 0 &&
        l.threat === 0 &&
        l.insult === 0 &&
        l.identity_hate === 0
      );
    case 'threats-dev':
      return l.hate_non_hate === 1;
    case 'sms-spam-dev':
      return l.label === 'ham';
    case 'olid-train':
      return l.subtask_a === 'NOT';
    default:
      return isCivil(row);
  }
}

/** A row ready for training: its text prepared once, its features computed once. */
export interface PreparedRow {
  row: DatasetRow;
  input: ClassifyInput;
  prepared: PreparedText;
  attack: 0 | 1 | null;
  spam: 0 | 1 | null;
  threat: 0 | 1 | null;
  attackFeatures?: Features;
  spamFeatures?: Features;
  threatFeatures?: Features;
  /** Mean word vector, for the models that read meaning. */
  dense?: Float32Array;
}

export function prepareRows(rows: readonly DatasetRow[]): PreparedRow[] {
  return rows.map((row) => {
    const input: ClassifyInput = {
      text: row.text,
      ...(row.context?.post !== undefined ? { context: { post: row.context.post } } : {}),
    };
    const prepared = prepareText(row.text);
    const attack = attackLabel(row);
    const spam = spamLabel(row);
    const threat = row.dataset === WRITTEN ? (row.labels.threat as 0 | 1) : threatLabel(row);
    const out: PreparedRow = { row, input, prepared, attack, spam, threat };
    if (threat !== null) {
      const tokens = tokensOf(prepared);
      out.dense = meanVector(loadVectors(), wordTokens(tokens));
      out.threatFeatures = compactFeatures(
        extractFeatures(tokens, THREAT_FEATURES, threatCues(tokens)),
      );
    }
    if (attack !== null) {
      const tokens = tokensOf(prepared);
      out.attackFeatures = compactFeatures(
        extractFeatures(tokens, ATTACK_FEATURES, attackCues(tokens)),
      );
    }
    if (spam !== null) {
      out.spamFeatures = compactFeatures(spamFeatures(SPAM_FEATURES, input, prepared).features);
    }
    return out;
  });
}

function f1(scores: readonly number[], labels: readonly (0 | 1)[], threshold = 0.5): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < scores.length; i++) {
    const flagged = (scores[i] ?? 0) >= threshold;
    if (flagged && labels[i] === 1) tp++;
    else if (flagged) fp++;
    else if (labels[i] === 1) fn++;
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** Candidate shifts of the operating point, coarse to keep calibration fast. */
const SHIFTS = Array.from({ length: 41 }, (_, i) => Math.round((-2 + i * 0.1) * 100) / 100);

/**
 * Picks the logit shift at which the whole classifier (model and rules) does best on the target
 * rows, judged on rows the model was not trained on (inner folds). Returns the shift; the caller
 * folds it into the bias so the policy's 0.5 threshold is that operating point.
 */
export interface OperatingPoint {
  /** Logit shift folded into the bias. */
  shift: number;
  /** F1 on the target rows of the inner held-out folds at that shift. */
  f1: number;
  /** Share of civil held-out rows at or above 0.5. */
  civilRate: number;
}

function bestShift<A>(
  held: { analysis: A; label: 0 | 1; target: boolean; civil: boolean }[],
  score: (analysis: A, shift: number) => number,
  maxCivilRate: number,
): OperatingPoint {
  const points: OperatingPoint[] = [];
  for (const shift of SHIFTS) {
    const scores: number[] = [];
    const labels: (0 | 1)[] = [];
    let civil = 0;
    let civilFlagged = 0;
    for (const h of held) {
      const s = score(h.analysis, shift);
      if (h.target) {
        scores.push(s);
        labels.push(h.label);
      }
      if (h.civil) {
        civil++;
        if (s >= 0.5) civilFlagged++;
      }
    }
    const civilRate = civil > 0 ? civilFlagged / civil : 0;
    if (civilRate > maxCivilRate) continue;
    points.push({ shift, f1: f1(scores, labels), civilRate });
  }
  // Within F1_TOLERANCE of the best F1 the differences are noise (a few rows of the inner
  // folds): the most conservative of those shifts (the fewest flags) is taken, so that a small
  // change elsewhere in the classifier does not swing the operating point.
  const top = Math.max(-1, ...points.map((p) => p.f1));
  return points.find((p) => p.f1 >= top - F1_TOLERANCE) ?? { shift: 0, f1: -1, civilRate: 0 };
}

/** F1 differences this small between operating points are treated as ties. */
const F1_TOLERANCE = 0.005;

function examplesOf(
  rows: readonly PreparedRow[],
  pick: (r: PreparedRow) => {
    features: Features | undefined;
    label: 0 | 1 | null;
    weight: number;
    dense?: Float32Array | undefined;
  },
): TrainingExample[] {
  const out: TrainingExample[] = [];
  for (const r of rows) {
    const { features, label, weight, dense } = pick(r);
    if (features !== undefined && label !== null) {
      out.push({ features, label, weight, ...(dense !== undefined ? { dense } : {}) });
    }
  }
  return out;
}

function fitAttack(rows: readonly PreparedRow[]): LinearModel {
  const examples = examplesOf(rows, (r) => ({
    features: r.attackFeatures,
    label: r.attack,
    weight: r.row.dataset === 'insults-train' ? INSULTS_WEIGHT : 1,
  }));
  const scale = naiveBayesScale(examples, ATTACK_FEATURES.bits);
  return trainLogistic(examples, ATTACK_FEATURES, ATTACK_TRAINING, scale);
}

function fitSpam(rows: readonly PreparedRow[]): LinearModel {
  const examples = examplesOf(rows, (r) => ({
    features: r.spamFeatures,
    label: r.spam,
    weight:
      r.row.dataset === 'youtube-spam-dev' || r.row.dataset === 'sms-spam-dev'
        ? 1
        : SPAM_NEGATIVE_WEIGHT,
  }));
  const scale = naiveBayesScale(examples, SPAM_FEATURES.bits);
  return trainLogistic(examples, SPAM_FEATURES, SPAM_TRAINING, scale);
}

function fitThreat(rows: readonly PreparedRow[]): LinearModel {
  const examples: TrainingExample[] = [];
  for (const r of rows) {
    if (r.threatFeatures === undefined || r.threat === null) continue;
    const weight =
      r.row.dataset === WRITTEN
        ? WRITTEN_WEIGHT
        : r.threat === 1
          ? THREAT_POSITIVE_WEIGHT
          : r.row.dataset === 'threats-dev' && r.row.labels.hate_non_hate === 2
            ? GAB_HATE_NEGATIVE_WEIGHT
            : 1;
    examples.push({
      features: r.threatFeatures,
      label: r.threat,
      weight,
      ...(r.dense !== undefined ? { dense: r.dense } : {}),
    });
  }
  const scale = naiveBayesScale(examples, THREAT_FEATURES.bits);
  return trainLogistic(examples, THREAT_FEATURES, THREAT_TRAINING, scale);
}

let writtenPrepared: PreparedRow[] | undefined;

/** The written threat sentences, prepared once per process; always training rows, never scored. */
export function writtenRows(): PreparedRow[] {
  writtenPrepared ??= prepareRows(
    writtenThreatRows().map((w, i) => ({
      id: `written-${i}`,
      text: w.text,
      labels: { threat: w.label, kind: w.kind },
      source: 'scripts/threat-sentences.ts',
      dataset: WRITTEN,
    })),
  );
  return writtenPrepared;
}

/**
 * Threat operating point: the shift with the highest recall of held-out threat rows while at
 * most this share of held-out clean comments is flagged (issue target: 1%; kept below, so the
 * rules' own flags fit too).
 */
const MAX_CLEAN_THREAT_RATE = 0.004;

interface HeldThreat {
  z: number;
  label: 0 | 1;
  clean: boolean;
  /** Civil political and police-critical rows: the viewpoint-neutrality constraint. */
  civil: boolean;
  rule: boolean;
  harmless: boolean;
}

/**
 * At most this share of the civil police-critical and political rows may get a threat flag:
 * tighter than the clean rows overall, because that is where violent words are reported and
 * criticised ("cops kill people", "he was shot in the back") and where a false flag costs most.
 */
const MAX_CIVIL_THREAT_RATE = 0.002;

function bestThreatShift(held: HeldThreat[]): OperatingPoint {
  let best: OperatingPoint = { shift: -4, f1: -1, civilRate: 0 };
  for (let i = 0; i <= 80; i++) {
    const shift = Math.round((-4 + i * 0.1) * 100) / 100;
    let clean = 0;
    let cleanFlagged = 0;
    let civil = 0;
    let civilFlagged = 0;
    let pos = 0;
    let hit = 0;
    for (const h of held) {
      const flagged = h.rule || (!h.harmless && h.z + shift >= 0);
      if (h.civil) {
        civil++;
        if (flagged) civilFlagged++;
      }
      if (h.clean) {
        clean++;
        if (flagged) cleanFlagged++;
      }
      if (h.label === 1) {
        pos++;
        if (flagged) hit++;
      }
    }
    const rate = clean > 0 ? cleanFlagged / clean : 0;
    if (rate > MAX_CLEAN_THREAT_RATE) continue;
    if (civil > 0 && civilFlagged / civil > MAX_CIVIL_THREAT_RATE) continue;
    const recall = pos > 0 ? hit / pos : 0;
    // "f1" holds the recall here: the figure this point is chosen by.
    if (recall > best.f1 + 1e-9) best = { shift, f1: recall, civilRate: rate };
  }
  return best;
}

const INNER_FOLDS = 3;
/** Calibration keeps the civil rows' flag rate under this (target: 5% for all categories). */
const MAX_CIVIL_FLAG_RATE = 0.015;

export interface TrainedModels {
  attack: LinearModel;
  spam: LinearModel;
  threat: LinearModel;
  threatPoint: OperatingPoint;
  threatRows: Record<string, number>;
  /** The operating points chosen by inner cross-validation, for the data card. */
  attackPoint: OperatingPoint;
  spamPoint: OperatingPoint;
  /** Rows each model was trained on, per dataset. */
  attackRows: Record<string, number>;
  spamRows: Record<string, number>;
}

/**
 * Trains both models on `rows`: inner cross-validation picks each operating point, then a final
 * fit on all of `rows` gets that point folded into its bias.
 */
export function trainModels(
  rows: readonly PreparedRow[],
  log: (m: string) => void = () => {},
): TrainedModels {
  const attackHeld: { analysis: AttackAnalysis; label: 0 | 1; target: boolean; civil: boolean }[] =
    [];
  const spamHeld: { analysis: OffTopicAnalysis; label: 0 | 1; target: boolean; civil: boolean }[] =
    [];
  const threatHeld: HeldThreat[] = [];
  // The attack operating point is chosen on insults at participants (Impermium); when that set
  // is the one left out, on Wikipedia's insults. Without a target every point scored F1 0 and
  // the most conservative one was taken: Impermium's own cross-dataset figure was measured at
  // that degenerate point until 0.7.4.
  const attackTarget = rows.some((r) => r.row.dataset === 'insults-train')
    ? 'insults-train'
    : 'jigsaw-dev';
  for (let k = 0; k < INNER_FOLDS; k++) {
    const inner = (r: PreparedRow): number => foldOf(`${r.row.id}#inner`, INNER_FOLDS);
    const train = rows.filter((r) => inner(r) !== k);
    const held = rows.filter((r) => inner(r) === k);
    const attack = fitAttack(train);
    const spam = fitSpam(train);
    const threat = threatModelOf(fitThreat([...train, ...writtenRows()]));
    for (const r of held) {
      if (r.threat === null) continue;
      threatHeld.push({
        z: analyzeThreat(threat, r.input, r.prepared).logit,
        label: r.threat,
        clean: isCleanForThreat(r.row),
        // The classifier around the model: what the rules flag whatever the model says, and
        // the frames in which the model's view never reaches the queue (threat.ts).
        civil: isCivil(r.row),
        rule: threatRuleSignals(r.prepared).some((x) => x.score >= 0.5),
        harmless: harmlessFrame(r.prepared.normalized),
      });
    }
    for (const r of held) {
      if (r.attack !== null) {
        attackHeld.push({
          analysis: analyzeAttack(attack, r.input, r.prepared, { always: true }),
          label: r.attack,
          target: r.row.dataset === attackTarget,
          civil: isCivil(r.row),
        });
      }
      if (r.spam !== null) {
        spamHeld.push({
          analysis: analyzeOffTopic(spam, r.input, r.prepared),
          label: r.spam,
          target: r.row.dataset === 'youtube-spam-dev' || r.row.dataset === 'sms-spam-dev',
          civil: isCivil(r.row),
        });
      }
    }
    log(`  inner fold ${k + 1}/${INNER_FOLDS} trained`);
  }
  const attackPoint = bestShift(attackHeld, attackScore, MAX_CIVIL_FLAG_RATE);
  const spamPoint = bestShift(spamHeld, (a, s) => offTopicResult(a, s).score, MAX_CIVIL_FLAG_RATE);
  const attack = withShift(fitAttack(rows), attackPoint.shift);
  const spam = withShift(fitSpam(rows), spamPoint.shift);
  const threatPoint = bestThreatShift(threatHeld);
  const threat = withShift(fitThreat([...rows, ...writtenRows()]), threatPoint.shift);
  const count = (label: (r: PreparedRow) => 0 | 1 | null): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const r of rows) if (label(r) !== null) out[r.row.dataset] = (out[r.row.dataset] ?? 0) + 1;
    return out;
  };
  return {
    attack,
    spam,
    threat,
    threatPoint,
    threatRows: { ...count((r) => r.threat), [WRITTEN]: writtenRows().length },
    attackPoint,
    spamPoint,
    attackRows: count((r) => r.attack),
    spamRows: count((r) => r.spam),
  };
}

function withShift(model: LinearModel, shift: number): LinearModel {
  // A shift s means: flag where sigmoid(logit + s) >= 0.5, i.e. threshold sigmoid(-s).
  return withThresholdAtHalf(model, 1 / (1 + Math.exp(shift)));
}

/** The whole moderator with a training run's models in place of the shipped ones. */
export function moderatorFor(trained: TrainedModels): Moderator {
  const attack = createAttackClassifier(trained.attack);
  const offTopic = createOffTopicClassifier(trained.spam);
  const threat = createThreatClassifier(threatModelOf(trained.threat));
  return createModerator({
    classifiers: DEFAULT_CLASSIFIERS.map((c) =>
      c === attackClassifier
        ? attack
        : c === offTopicClassifier
          ? offTopic
          : c === threatClassifier
            ? threat
            : c,
    ),
  });
}
