/**
 * `npm run eval`: how well the whole moderator does on the shared datasets, cross-validated, next
 * to the two common word filters (`bad-words`, the `obscenity` package) measured in the same run.
 *
 * Cross-validation: every row of every dataset gets a fold from a hash of its id. For fold k the
 * statistical models are trained (with the same recipe as `npm run train`, including its inner
 * calibration) on every row outside fold k, civil rows included, and the full moderator (all
 * classifiers, the default policy) classifies the rows of fold k. No row is ever scored by a
 * model that saw it. Folds run in child processes, two at a time by default.
 *
 * Label mappings (positive vs negative; rows not named are not counted):
 *  - obscenity: OLID `subtask_b` UNT (untargeted profanity) vs `subtask_a` NOT; Davidson class 0/1
 *    (hate, offensive) vs 2 (neither).
 *  - personal attack: insults-train `insult` 1 vs 0 (insults aimed at a participant); OLID
 *    `subtask_c` IND vs everything else in OLID.
 *  - OLID level A: OFF vs NOT, predicted OFF when obscenity, personal attack or threat is flagged;
 *    macro-F1 over the two classes, as in OffensEval 2019.
 *  - off-topic/spam: YouTube `spam` 1 vs 0, the video title given as the post.
 *  - civil: MD-Agreement rows with 0 offensive votes (tweets about police, protests, elections),
 *    MUPID rows neither impolite nor intolerant; the share flagged (any category) and hidden.
 *
 *   npm run eval [-- --datasets DIR] [--json FILE] [--folds N] [--jobs N] [--no-baselines]
 *                   [--no-cv | --cv-only | --spanish-only]
 *
 * --no-cv skips the in-distribution folds; --cv-only skips the leave-one-dataset-out headline
 * (a quicker check of a change while developing; never a result to report alone).
 */
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CLASSIFIER_VERSION,
  createModerator,
  DEFAULT_CLASSIFIERS,
  type Category,
  type Moderator,
} from '../moderation/index.js';
import { createSpanishClassifier, spanishClassifier } from '../moderation/es/index.js';
import { readSpanish, trainSpanishAttack, type SpanishRow } from './training-es.js';
import { packageRoot } from '../moderation/model/file.js';
import {
  DATASET_FILES,
  defaultDatasetDir,
  lookedAt,
  readDatasets,
  type DatasetRow,
} from './datasets.js';
import { HANDWRITTEN } from './handwritten.js';
import {
  DISGUISE_KINDS,
  LOOK_ALIKES,
  LOOK_ALIKES_ROUND,
  LOOK_ALIKES_ROUND_2,
  OBSCENITY_ROUND,
  OBSCENITY_ROUND_2,
  OBSCENITY_ROUND_3,
  LOOK_ALIKES_ROUND_3,
  OBSCENITY_ROUND_4,
  LOOK_ALIKES_ROUND_4,
  LOOK_ALIKES_ROUND_5,
  OBSCENITY_ROUND_5,
  LOOK_ALIKES_ROUND_6,
  OBSCENITY_ROUND_6,
  OBSCENITY_ROUND_7,
  LOOK_ALIKES_ROUND_7,
  OBSCENITY_BLIND_316,
  LOOK_ALIKES_BLIND_316,
  NOT_PII,
  NOT_PII_ROUND,
  NOT_PII_ROUND_2,
  PII_ROUND,
  PII_ROUND_2,
  PII_ROUND_3,
  NOT_PII_ROUND_3,
  PII_ROUND_4,
  NOT_PII_ROUND_4,
  CHATTER_BLIND,
  CHATTER_BLIND_2,
  CHATTER_BLIND_POST,
  CHATTER_BLIND_POST_2,
  CHATTER_BLIND_3,
  CHATTER_BLIND_4,
  CHATTER_BLIND_POST_4,
  CHATTER_BLIND_5,
  CHATTER_BLIND_6,
  CHATTER_BLIND_7,
  CHATTER_BLIND_8,
  CHATTER_BLIND_9,
  CHATTER_BLIND_10,
  CHATTER_BLIND_11,
  CHATTER_BLIND_POST_11,
  ON_TOPIC_BLIND_11,
  CHATTER_BLIND_12,
  CHATTER_BLIND_POST_12,
  ON_TOPIC_BLIND_12,
  CHATTER_BLIND_13,
  CHATTER_BLIND_14,
  CHATTER_BLIND_15,
  CHATTER_BLIND_POST_15,
  ON_TOPIC_BLIND_15,
  CHATTER_BLIND_16,
  CHATTER_BLIND_POST_16,
  ON_TOPIC_BLIND_16,
  CHATTER_BLIND_17,
  CHATTER_BLIND_POST_17,
  ON_TOPIC_BLIND_17,
  CHATTER_BLIND_POST_14,
  ON_TOPIC_BLIND_14,
  CHATTER_BLIND_POST_13,
  ON_TOPIC_BLIND_13,
  CHATTER_BLIND_POST_10,
  ON_TOPIC_BLIND_10,
  CHATTER_BLIND_POST_9,
  ON_TOPIC_BLIND_9,
  CHATTER_BLIND_POST_8,
  ON_TOPIC_BLIND_8,
  CHATTER_BLIND_POST_5,
  CHATTER_BLIND_POST_6,
  CHATTER_BLIND_POST_7,
  ON_TOPIC_BLIND_4,
  ON_TOPIC_BLIND_5,
  ON_TOPIC_BLIND_6,
  ON_TOPIC_BLIND_7,
  ON_TOPIC_WITH_SUBJECT_WORDS,
  CHATTER_BLIND_POST_3,
  ON_TOPIC_BLIND_3,
  ON_TOPIC_BLIND,
  ON_TOPIC_BLIND_2,
  ON_TOPIC_COMMENTS,
  PII_KINDS,
  SPAM_KINDS,
  SPAM_ROUND_1,
  SPAM_ROUND_2,
  SPAM_ROUND_3,
  SPAM_ROUND_4,
  LEGIT_ROUND_4,
  SPAM_ROUND_5,
  SPAM_ROUND_6,
  SPAM_ROUND_7,
  SPAM_ROUND_8,
  SPAM_ROUND_9,
  SPAM_ROUND_10,
  SPAM_ROUND_11,
  SPAM_ROUND_12,
  SPAM_ROUND_13,
  SPAM_ROUND_14,
  SPAM_ROUND_15,
  SPAM_ROUND_16,
  SPAM_ROUND_17,
  SPAM_ROUND_18,
  SPAM_ROUND_19,
  SPAM_ROUND_20,
  SPAM_ROUND_21,
  SPAM_ROUND_22,
  SPAM_ROUND_23,
  SPAM_ROUND_24,
  SPAM_ROUND_25,
  SPAM_ROUND_26,
  SPAM_ROUND_27,
  SPAM_ROUND_28,
  LEGIT_ROUND_5,
  LEGIT_ROUND_6,
  LEGIT_ROUND_7,
  LEGIT_ROUND_8,
  LEGIT_ROUND_9,
  LEGIT_ROUND_10,
  LEGIT_ROUND_11,
  LEGIT_ROUND_12,
  LEGIT_ROUND_13,
  LEGIT_ROUND_14,
  LEGIT_ROUND_15,
  LEGIT_ROUND_16,
  LEGIT_ROUND_17,
  LEGIT_ROUND_18,
  LEGIT_ROUND_19,
  LEGIT_ROUND_20,
  LEGIT_ROUND_21,
  LEGIT_ROUND_22,
  LEGIT_ROUND_23,
  LEGIT_ROUND_24,
  LEGIT_ROUND_25,
  LEGIT_ROUND_26,
  LEGIT_ROUND_27,
  LEGIT_ROUND_28,
  SPAM_POST_4,
  SPAM_UNDER_POST_4,
  ON_TOPIC_WITH_MONEY_4,
  SPANISH_LEGIT_ROUND,
  SPANISH_SPAM_ROUND,
  SPANISH_SPAM_ROUND_2,
  SPANISH_LEGIT_ROUND_2,
  SPANISH_SPAM_ROUND_3,
  SPANISH_SPAM_ROUND_4,
  SPANISH_LEGIT_ROUND_4,
  SPANISH_LEGIT_ROUND_3,
  SPANISH_SPAM_ROUND_5,
  SPANISH_LEGIT_ROUND_5,
  SPANISH_SPAM_ROUND_6,
  SPANISH_LEGIT_ROUND_6,
  LEGIT_ROUND_1,
  LEGIT_ROUND_2,
  LEGIT_ROUND_3,
  SPAM_POST,
  UNRELATED_CHATTER,
} from './handwritten-signals.js';
import {
  foldOf,
  FOLDS,
  isCivil,
  isCleanForThreat,
  moderatorFor,
  prepareRows,
  trainModels,
  type PreparedRow,
} from './training.js';

const FLAG_BITS: Record<Category, number> = {
  obscenity: 1,
  personal_attack: 2,
  off_topic: 4,
  threat: 8,
  personal_info: 16,
};

/** What the moderator decided for one row, compactly: [row index, flag bits, hidden 0/1]. */
type RowResult = [number, number, number];

/**
 * One training run: `cv:K` trains on every row outside fold K and scores fold K (in-distribution
 * figures); `lodo:NAME` trains on every dataset but NAME and scores NAME (the headline:
 * cross-dataset); `all` trains on every row and scores the handwritten sentences.
 */
type RunName = string;

interface WorkerMessage {
  run: RunName;
  results: RowResult[];
  /** For the `all` run: per handwritten group, [flagged, hidden] per sentence. */
  handwritten?: [number, number][][];
  seconds: number;
}

/** The datasets each left out in turn; every row belongs to exactly one. */
const LODO_SETS = DATASET_FILES;

function bitsOf(verdict: { flags: readonly Category[] }): number {
  let bits = 0;
  for (const f of verdict.flags) bits |= FLAG_BITS[f];
  return bits;
}

/** Child process: trains and scores the runs it is given, one message per run. */
function runWorker(runs: RunName[], dir: string, foldCount: number): void {
  const rows = readDatasets(dir);
  const prepared = prepareRows(rows);
  for (const run of runs) {
    const started = performance.now();
    const [kind, arg] = run.split(':') as [string, string | undefined];
    const tested = (r: PreparedRow): boolean =>
      kind === 'cv'
        ? foldOf(r.row.id, foldCount) === Number(arg)
        : kind === 'lodo'
          ? r.row.dataset === arg
          : false;
    const moderator = moderatorFor(trainModels(prepared.filter((r) => !tested(r))));
    const results: RowResult[] = [];
    prepared.forEach((r, index) => {
      if (!tested(r)) return;
      const verdict = moderator.classify(r.input);
      results.push([index, bitsOf(verdict), verdict.action === 'hide' ? 1 : 0]);
    });
    const message: WorkerMessage = { run, results, seconds: (performance.now() - started) / 1000 };
    if (kind === 'all') {
      message.handwritten = HANDWRITTEN.map((g) =>
        g.sentences.map((text) => {
          const verdict = moderator.classify({
            text,
            ...(g.reply === true ? { context: { parent: 'an earlier comment' } } : {}),
          });
          return [bitsOf(verdict), verdict.action === 'hide' ? 1 : 0];
        }),
      );
    }
    process.send?.(message);
  }
}

// ---------------------------------------------------------------------------------------------
// Metrics

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

interface Prf {
  precision: number;
  recall: number;
  f1: number;
  n: number;
}

function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, n: c.tp + c.fp + c.fn + c.tn };
}

function count(
  rows: readonly DatasetRow[],
  label: (row: DatasetRow) => boolean | null,
  predicted: (index: number) => boolean,
): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  rows.forEach((row, i) => {
    const y = label(row);
    if (y === null) return;
    const p = predicted(i);
    if (p && y) c.tp++;
    else if (p) c.fp++;
    else if (y) c.fn++;
    else c.tn++;
  });
  return c;
}

function macroF1(c: Counts): number {
  const positive = prf(c).f1;
  const negative = prf({ tp: c.tn, fp: c.fn, fn: c.fp, tn: c.tp }).f1;
  return (positive + negative) / 2;
}

function rate(
  rows: readonly DatasetRow[],
  select: (r: DatasetRow) => boolean,
  hit: (i: number) => boolean,
): { rate: number; n: number } {
  let n = 0;
  let k = 0;
  rows.forEach((row, i) => {
    if (!select(row)) return;
    n++;
    if (hit(i)) k++;
  });
  return { rate: n === 0 ? 0 : k / n, n };
}

const LABELS = {
  obscenityOlid: (r: DatasetRow): boolean | null =>
    r.dataset !== 'olid-train'
      ? null
      : r.labels.subtask_b === 'UNT'
        ? true
        : r.labels.subtask_a === 'NOT'
          ? false
          : null,
  obscenityDavidson: (r: DatasetRow): boolean | null =>
    r.dataset !== 'davidson' ? null : r.labels.class !== 2,
  obscenityJigsaw: (r: DatasetRow): boolean | null =>
    r.dataset !== 'jigsaw-dev'
      ? null
      : r.labels.obscene === 1
        ? true
        : isCleanForThreat(r)
          ? false
          : null,
  attackInsults: (r: DatasetRow): boolean | null =>
    r.dataset !== 'insults-train' ? null : r.labels.insult === 1,
  attackOlid: (r: DatasetRow): boolean | null =>
    r.dataset !== 'olid-train' ? null : r.labels.subtask_c === 'IND',
  attackJigsaw: (r: DatasetRow): boolean | null =>
    r.dataset !== 'jigsaw-dev' ? null : r.labels.insult === 1,
  olidA: (r: DatasetRow): boolean | null =>
    r.dataset !== 'olid-train' ? null : r.labels.subtask_a === 'OFF',
  spamYoutube: (r: DatasetRow): boolean | null =>
    r.dataset !== 'youtube-spam-dev' ? null : r.labels.spam === 1,
  spamYoutubeUnread: (r: DatasetRow): boolean | null =>
    r.dataset !== 'youtube-spam-dev' || lookedAt(r.id) ? null : r.labels.spam === 1,
  spamSms: (r: DatasetRow): boolean | null =>
    r.dataset !== 'sms-spam-dev' ? null : r.labels.label === 'spam',
  spamSmsUnread: (r: DatasetRow): boolean | null =>
    r.dataset !== 'sms-spam-dev' || lookedAt(r.id) ? null : r.labels.label === 'spam',
  threatJigsaw: (r: DatasetRow): boolean | null =>
    r.dataset !== 'jigsaw-dev'
      ? null
      : r.labels.threat === 1
        ? true
        : isCleanForThreat(r)
          ? false
          : null,
  threatGab: (r: DatasetRow): boolean | null =>
    r.dataset !== 'threats-dev'
      ? null
      : r.labels.class_of_hate === 3
        ? true
        : isCleanForThreat(r)
          ? false
          : null,
};

const CIVIL_SETS = {
  'MD-Agreement civil (police, protests, elections)': (r: DatasetRow): boolean =>
    r.dataset === 'md-agreement-dev' && isCivil(r),
  'MUPID civil political': (r: DatasetRow): boolean => r.dataset === 'mupid-train' && isCivil(r),
  'Wikipedia comments, every label 0': (r: DatasetRow): boolean =>
    r.dataset === 'jigsaw-dev' && isCleanForThreat(r),
  'SMS, not spam (private chat)': (r: DatasetRow): boolean =>
    r.dataset === 'sms-spam-dev' && r.labels.label === 'ham',
};

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

function fmt(p: Prf): string {
  return `P ${p.precision.toFixed(3)}  R ${p.recall.toFixed(3)}  F1 ${p.f1.toFixed(3)}  (n ${p.n})`;
}

/** Figures of the engine before this version, measured on the same splits (scripts/eval-baseline.json). */
interface Baseline {
  version: string;
  metrics: Record<string, number>;
}

function readBaseline(root: string): Baseline | undefined {
  const path = join(root, 'scripts', 'eval-baseline.json');
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileSync(path, 'utf8')) as Baseline;
}

/**
 * Spanish (issue 16), scored on rows the Spanish model did not see: cross-dataset (trained on
 * OffendES, scored on MEX-A3T, and the reverse) and 5 held-out folds of both. OffendES: OFP
 * (offensive, aimed at a person) is a personal attack; NO must not be flagged for abuse.
 * MEX-A3T: "aggressive" is broader than J.3 (vulgar criticism of politicians), so any abuse
 * flag counts, and the figure is reported, not a target.
 */
function reportSpanish(
  dir: string,
  out: (s?: string) => void,
  fig: (name: string, value: number, asPct?: boolean) => string,
): void {
  const esDir = join(dir, 'es');
  if (!existsSync(esDir)) {
    out(`Spanish: skipped (no ${esDir})`);
    return;
  }
  const rows = readSpanish(dir);
  /** Scores `tested` with the whole moderator, the Spanish model trained on `trained`. */
  const run = (
    trained: readonly SpanishRow[],
    tested: readonly SpanishRow[],
  ): { verdicts: ReturnType<Moderator['classify']>[] } => {
    const { model } = trainSpanishAttack(trained);
    const spanish = createSpanishClassifier(model);
    const moderator = createModerator({
      classifiers: DEFAULT_CLASSIFIERS.map((c) => (c === spanishClassifier ? spanish : c)),
    });
    return { verdicts: tested.map((r) => moderator.classify({ text: r.text })) };
  };
  const score = (
    tested: readonly SpanishRow[],
    verdicts: ReturnType<Moderator['classify']>[],
    label: (r: SpanishRow) => boolean | null,
    hit: (v: ReturnType<Moderator['classify']>) => boolean,
  ): Prf => {
    const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    tested.forEach((r, i) => {
      const y = label(r);
      if (y === null) return;
      const v = verdicts[i];
      const p = v !== undefined && hit(v);
      if (p && y) c.tp++;
      else if (p) c.fp++;
      else if (y) c.fn++;
      else c.tn++;
    });
    return prf(c);
  };
  const attack = (v: ReturnType<Moderator['classify']>): boolean =>
    v.flags.includes('personal_attack');
  const abuse = (v: ReturnType<Moderator['classify']>): boolean =>
    v.flags.includes('personal_attack') ||
    v.flags.includes('obscenity') ||
    v.flags.includes('threat');
  // What J.3 removes of "aggressive" (the dataset README: vulgar swearing at no one is obscenity,
  // flagged, not an attack).
  const aimed = (v: ReturnType<Moderator['classify']>): boolean =>
    v.flags.includes('personal_attack') || v.flags.includes('threat');
  const ofp = (r: SpanishRow): boolean | null =>
    r.dataset !== 'offendes'
      ? null
      : r.labels.label === 'OFP'
        ? true
        : r.labels.label === 'NO'
          ? false
          : null;
  const aggressive = (r: SpanishRow): boolean | null =>
    r.dataset !== 'mexa3t' ? null : r.labels.aggressive === 1;
  const offendes = rows.filter((r) => r.dataset === 'offendes');
  const mexa3t = rows.filter((r) => r.dataset === 'mexa3t');
  out('== Spanish (OffendES and MEX-A3T, es/; the Spanish model trained as npm run train does) ==');
  out(
    '   0.5.0 read no Spanish (its figures, beside each, are of the English classifiers on Spanish text).',
  );
  const toMex = run(offendes, mexa3t);
  const toOff = run(mexa3t, offendes);
  const a = score(offendes, toOff.verdicts, ofp, attack);
  const b = score(mexa3t, toMex.verdicts, aggressive, abuse);
  const b2 = score(mexa3t, toMex.verdicts, aggressive, aimed);
  out('  cross-dataset (trained on the other set):');
  out(
    `    OffendES OFP vs NO, personal attack       ${fmt(a)}   F1 ${fig('es.cross.offendes.f1', a.f1)}`,
  );
  out(
    `    MEX-A3T aggressive, any abuse flag        ${fmt(b)}   F1 ${fig('es.cross.mexa3t.f1', b.f1)}`,
  );
  out(
    `    MEX-A3T aggressive, attack or threat      ${fmt(b2)}   F1 ${fig('es.cross.mexa3t.aimed.f1', b2.f1)}`,
  );
  // Held-out part of each: 5 folds by row id, trained on the other folds of both sets.
  const verdicts: ReturnType<Moderator['classify']>[] = new Array(rows.length);
  for (let k = 0; k < 5; k++) {
    const fold = (r: SpanishRow): number => foldOf(`${r.id}#es-eval`, 5);
    const tested = rows.filter((r) => fold(r) === k);
    const result = run(
      rows.filter((r) => fold(r) !== k),
      tested,
    );
    let n = 0;
    rows.forEach((r, i) => {
      if (fold(r) === k) verdicts[i] = result.verdicts[n++] as ReturnType<Moderator['classify']>;
    });
  }
  const c = score(rows, verdicts, ofp, attack);
  const d = score(rows, verdicts, aggressive, abuse);
  const d2 = score(rows, verdicts, aggressive, aimed);
  out('  held-out folds (5-fold, both sets trained on):');
  out(
    `    OffendES OFP vs NO, personal attack       ${fmt(c)}   F1 ${fig('es.cv.offendes.f1', c.f1)}`,
  );
  out(
    `    MEX-A3T aggressive, any abuse flag        ${fmt(d)}   F1 ${fig('es.cv.mexa3t.f1', d.f1)}`,
  );
  out(
    `    MEX-A3T aggressive, attack or threat      ${fmt(d2)}   F1 ${fig('es.cv.mexa3t.aimed.f1', d2.f1)}`,
  );
  let no = 0;
  let noHidden = 0;
  let noe = 0;
  let noeFlagged = 0;
  rows.forEach((r, i) => {
    const v = verdicts[i];
    if (r.dataset !== 'offendes' || v === undefined) return;
    if (r.labels.label === 'NO') {
      no++;
      if (v.action === 'hide') noHidden++;
    } else if (r.labels.label === 'NOE') {
      noe++;
      if (v.flags.includes('obscenity')) noeFlagged++;
    }
  });
  out(
    `    OffendES NO rows hidden ${fig('es.offendes.no.hidden', noHidden / Math.max(1, no), true)} (n ${no}); NOE (expletives, no attack) flagged as obscenity ${fig('es.offendes.noe.obscenity', noeFlagged / Math.max(1, noe), true)} (n ${noe})`,
  );
}

/** A metric key from a kind's name. */
export function kindKey(kind: string): string {
  return kind.replace(/[^a-z]+/gi, '-').toLowerCase();
}

/**
 * The lexical signals by kind, on sentences written for it (scripts/handwritten-signals.ts):
 * personal information by kind of identifier and the dates that must not be, obscenity by kind
 * of disguise and the look-alikes that must stay clean. Development sentences: not trained on,
 * but seen while the patterns were written.
 */
function reportSignals(
  out: (s?: string) => void,
  fig: (name: string, value: number, asPct?: boolean) => string,
): void {
  const moderator = createModerator();
  const rate = (sentences: readonly string[], category: Category): number =>
    sentences.filter((text) => moderator.classify({ text }).flags.includes(category)).length /
    sentences.length;
  out('== Signals by kind (handwritten, scripts/handwritten-signals.ts; development sentences) ==');
  out('  personal information, recall by kind:');
  for (const k of PII_KINDS) {
    out(
      `    ${k.kind.padEnd(40)} ${fig(`sig.pii.${kindKey(k.kind)}`, rate(k.sentences, 'personal_info'), true)} of ${k.sentences.length}`,
    );
  }
  out(
    `    dates, times, prices, case numbers flagged   ${fig('sig.notpii', rate(NOT_PII, 'personal_info'), true)} of ${NOT_PII.length} (want 0)`,
  );
  out(
    `    every kind, one round (written first)    ${fig('sig.pii-round', rate(PII_ROUND, 'personal_info'), true)} of ${PII_ROUND.length}`,
  );
  out(
    `    its dates, prices and case numbers flagged   ${fig('sig.notpii-round', rate(NOT_PII_ROUND, 'personal_info'), true)} of ${NOT_PII_ROUND.length} (want 0)`,
  );
  out(
    `    every kind, round 2 (written first)      ${fig('sig.pii-round-2', rate(PII_ROUND_2, 'personal_info'), true)} of ${PII_ROUND_2.length}`,
  );
  out(
    `    its dates, prices and case numbers flagged   ${fig('sig.notpii-round-2', rate(NOT_PII_ROUND_2, 'personal_info'), true)} of ${NOT_PII_ROUND_2.length} (want 0)`,
  );
  out(
    `    every kind, round 3 (written first)      ${fig('sig.pii-round-3', rate(PII_ROUND_3, 'personal_info'), true)} of ${PII_ROUND_3.length}`,
  );
  out(
    `    its dates, prices and case numbers flagged   ${fig('sig.notpii-round-3', rate(NOT_PII_ROUND_3, 'personal_info'), true)} of ${NOT_PII_ROUND_3.length} (want 0)`,
  );
  out(
    `    every kind, round 4 (written first)      ${fig('sig.pii-round-4', rate(PII_ROUND_4, 'personal_info'), true)} of ${PII_ROUND_4.length}`,
  );
  out(
    `    its dates, prices and case numbers flagged   ${fig('sig.notpii-round-4', rate(NOT_PII_ROUND_4, 'personal_info'), true)} of ${NOT_PII_ROUND_4.length} (want 0)`,
  );
  out('  disguised obscenity, recall by kind of disguise:');
  for (const k of DISGUISE_KINDS) {
    out(
      `    ${k.kind.padEnd(40)} ${fig(`sig.disguise.${kindKey(k.kind)}`, rate(k.sentences, 'obscenity'), true)} of ${k.sentences.length}`,
    );
  }
  out(
    `    look-alike ordinary words flagged          ${fig('sig.lookalikes', rate(LOOK_ALIKES, 'obscenity'), true)} of ${LOOK_ALIKES.length} (want 0)`,
  );
  out(
    `    creative spellings, one round (written first) ${fig('sig.obscenity-round', rate(OBSCENITY_ROUND, 'obscenity'), true)} of ${OBSCENITY_ROUND.length} (4 are by design not obscenity)`,
  );
  out(
    `    its look-alike words and names flagged     ${fig('sig.lookalikes-round', rate(LOOK_ALIKES_ROUND, 'obscenity'), true)} of ${LOOK_ALIKES_ROUND.length} (want 0)`,
  );
  out(
    `    creative spellings, round 2 (written first) ${fig('sig.obscenity-round-2', rate(OBSCENITY_ROUND_2, 'obscenity'), true)} of ${OBSCENITY_ROUND_2.length} (6 are by design not obscenity)`,
  );
  out(
    `    its look-alike words and names flagged     ${fig('sig.lookalikes-round-2', rate(LOOK_ALIKES_ROUND_2, 'obscenity'), true)} of ${LOOK_ALIKES_ROUND_2.length} (want 0)`,
  );
  out(
    `    creative spellings, round 3 (written first) ${fig('sig.obscenity-round-3', rate(OBSCENITY_ROUND_3, 'obscenity'), true)} of ${OBSCENITY_ROUND_3.length} (2 are by design not obscenity)`,
  );
  out(
    `    its look-alike words and names flagged     ${fig('sig.lookalikes-round-3', rate(LOOK_ALIKES_ROUND_3, 'obscenity'), true)} of ${LOOK_ALIKES_ROUND_3.length} (want 0)`,
  );
  out(
    `    creative spellings, round 4 (written first) ${fig('sig.obscenity-round-4', rate(OBSCENITY_ROUND_4, 'obscenity'), true)} of ${OBSCENITY_ROUND_4.length} (3 are by design not obscenity)`,
  );
  out(
    `    its look-alike words and names flagged     ${fig('sig.lookalikes-round-4', rate(LOOK_ALIKES_ROUND_4, 'obscenity'), true)} of ${LOOK_ALIKES_ROUND_4.length} (want 0)`,
  );
  out(
    `    creative spellings, round 5 (written first) ${fig('sig.obscenity-round-5', rate(OBSCENITY_ROUND_5, 'obscenity'), true)} of ${OBSCENITY_ROUND_5.length} (first contact 90%; "cnt" is left alone)`,
  );
  out(
    `    its look-alike words and names flagged     ${fig('sig.lookalikes-round-5', rate(LOOK_ALIKES_ROUND_5, 'obscenity'), true)} of ${LOOK_ALIKES_ROUND_5.length} (want 0)`,
  );
  out(
    `    creative spellings, round 6 (written first) ${fig('sig.obscenity-round-6', rate(OBSCENITY_ROUND_6, 'obscenity'), true)} of ${OBSCENITY_ROUND_6.length} (first contact 75%; 4 are mild by design, "f'd up" a euphemism)`,
  );
  out(
    `    its look-alike words and names flagged     ${fig('sig.lookalikes-round-6', rate(LOOK_ALIKES_ROUND_6, 'obscenity'), true)} of ${LOOK_ALIKES_ROUND_6.length} (want 0)`,
  );
  out(
    `    composed disguises, round 7 (run once first) ${fig('sig.obscenity-round-7', rate(OBSCENITY_ROUND_7, 'obscenity'), true)} of ${OBSCENITY_ROUND_7.length} (first contact 55%: 83 of 150)`,
  );
  out(
    `    its abbreviations and look-alikes flagged  ${fig('sig.lookalikes-round-7', rate(LOOK_ALIKES_ROUND_7, 'obscenity'), true)} of ${LOOK_ALIKES_ROUND_7.length} (want 0)`,
  );
  out(
    `    disguises written after round 7 (blind 316) ${fig('sig.obscenity-blind-316', rate(OBSCENITY_BLIND_316, 'obscenity'), true)} of ${OBSCENITY_BLIND_316.length}; abbreviations flagged ${fig('sig.lookalikes-blind-316', rate(LOOK_ALIKES_BLIND_316, 'obscenity'), true)} of ${LOOK_ALIKES_BLIND_316.length} (want 0)`,
  );
  // The share of `list` passing `test`, each sentence a comment on `post` (or on none).
  type Verdict = ReturnType<typeof moderator.classify>;
  const shareOf = (list: readonly string[], test: (v: Verdict) => boolean, post?: string): number =>
    list.filter((text) =>
      test(moderator.classify({ text, ...(post === undefined ? {} : { context: { post } }) })),
    ).length / list.length;
  // Comments on a department post (a road closure for a parade).
  const share = (list: readonly string[], test: (v: Verdict) => boolean) =>
    shareOf(list, test, SPAM_POST);
  out('  spam under a department post, by kind: flagged off-topic / hidden:');
  for (const k of SPAM_KINDS) {
    const key = `sig.spam.${kindKey(k.kind)}`;
    out(
      `    ${k.kind.padEnd(40)} ${fig(
        `${key}.flagged`,
        share(k.sentences, (v) => v.flags.includes('off_topic')),
        true,
      )} / ${fig(
        `${key}.hidden`,
        share(k.sentences, (v) => v.action === 'hide'),
        true,
      )} of ${k.sentences.length}`,
    );
  }
  // Each round: chatter that should be flagged off-topic and comments that should not be flagged
  // at all, under one department post.
  const round = (
    name: string,
    key: string,
    post: string,
    chatter: readonly string[],
    onTopic: readonly string[],
  ): void => {
    const under = (list: readonly string[], test: (v: Verdict) => boolean) =>
      shareOf(list, test, post);
    const chatterLabel = `unrelated chatter flagged${name === '' ? ' off-topic' : ` (${name})`}`;
    const onTopicLabel = `on-topic comments flagged (any${name === '' ? '' : `, ${name}`})`;
    out(
      `    ${chatterLabel.padEnd(44)}${fig(
        `sig.chatter${key}`,
        under(chatter, (v) => v.flags.includes('off_topic')),
        true,
      )} of ${chatter.length}`,
    );
    out(
      `    ${onTopicLabel.padEnd(44)}${fig(
        `sig.ontopic${key}`,
        under(onTopic, (v) => v.flags.length > 0),
        true,
      )} of ${onTopic.length} (want 0)`,
    );
  };
  round('', '', SPAM_POST, UNRELATED_CHATTER, ON_TOPIC_COMMENTS);
  // Blind: another post, sentences written before the chatter rule was run on them.
  round('blind', '-blind', CHATTER_BLIND_POST, CHATTER_BLIND, ON_TOPIC_BLIND);
  // Second round: a traffic advisory, sentences written before the 0.6.2 topic lists (by their
  // author, so not blind: see handwritten-signals.ts).
  round('round 2', '-blind-2', CHATTER_BLIND_POST_2, CHATTER_BLIND_2, ON_TOPIC_BLIND_2);
  // Third round: a bike safety event, chatter and chain letters (see handwritten-signals.ts).
  round('round 3', '-blind-3', CHATTER_BLIND_POST_3, CHATTER_BLIND_3, ON_TOPIC_BLIND_3);
  // Fourth round: a community meeting, local advertising and chatter.
  round('round 4', '-blind-4', CHATTER_BLIND_POST_4, CHATTER_BLIND_4, ON_TOPIC_BLIND_4);
  // Fifth to seventh rounds (0.6.4): leisure chatter, before and after the subjects from word
  // vectors (see handwritten-signals.ts for their first-contact figures).
  round('round 5', '-blind-5', CHATTER_BLIND_POST_5, CHATTER_BLIND_5, ON_TOPIC_BLIND_5);
  round('round 6', '-blind-6', CHATTER_BLIND_POST_6, CHATTER_BLIND_6, ON_TOPIC_BLIND_6);
  round('round 7', '-blind-7', CHATTER_BLIND_POST_7, CHATTER_BLIND_7, ON_TOPIC_BLIND_7);
  round('round 8', '-blind-8', CHATTER_BLIND_POST_8, CHATTER_BLIND_8, ON_TOPIC_BLIND_8);
  round('round 9', '-blind-9', CHATTER_BLIND_POST_9, CHATTER_BLIND_9, ON_TOPIC_BLIND_9);
  round('round 10', '-blind-10', CHATTER_BLIND_POST_10, CHATTER_BLIND_10, ON_TOPIC_BLIND_10);
  round(
    'round 11 (blind)',
    '-blind-11',
    CHATTER_BLIND_POST_11,
    CHATTER_BLIND_11,
    ON_TOPIC_BLIND_11,
  );
  round('round 12', '-blind-12', CHATTER_BLIND_POST_12, CHATTER_BLIND_12, ON_TOPIC_BLIND_12);
  round(
    'round 13 (blind)',
    '-blind-13',
    CHATTER_BLIND_POST_13,
    CHATTER_BLIND_13,
    ON_TOPIC_BLIND_13,
  );
  round('round 14', '-blind-14', CHATTER_BLIND_POST_14, CHATTER_BLIND_14, ON_TOPIC_BLIND_14);
  round('round 15', '-blind-15', CHATTER_BLIND_POST_15, CHATTER_BLIND_15, ON_TOPIC_BLIND_15);
  round('round 16', '-blind-16', CHATTER_BLIND_POST_16, CHATTER_BLIND_16, ON_TOPIC_BLIND_16);
  round(
    'round 17 (blind)',
    '-blind-17',
    CHATTER_BLIND_POST_17,
    CHATTER_BLIND_17,
    ON_TOPIC_BLIND_17,
  );
  const namedSubjects = ON_TOPIC_WITH_SUBJECT_WORDS.filter(([post, text]) =>
    moderator.classify({ text, context: { post } }).flags.includes('off_topic'),
  ).length;
  out(
    `    ${'on-topic comments naming leisure subjects'.padEnd(44)}${namedSubjects} of ${ON_TOPIC_WITH_SUBJECT_WORDS.length} flagged off-topic (want 0)`,
  );
  // Generic spam and ordinary comments without a post (a message, an import): three rounds, each
  // run once before being used (their blind figures are in handwritten-signals.ts).
  out(
    `  spam under a catalytic-converter post (round 4, written first): any flag / hidden ${fig(
      'sig.spam-post-4.flagged',
      shareOf(SPAM_UNDER_POST_4, (v) => v.flags.length > 0, SPAM_POST_4),
      true,
    )} / ${fig(
      'sig.spam-post-4.hidden',
      shareOf(SPAM_UNDER_POST_4, (v) => v.action === 'hide', SPAM_POST_4),
      true,
    )} of ${SPAM_UNDER_POST_4.length}; on-topic talk of money flagged ${fig(
      'sig.spam-post-4.ontopic',
      shareOf(ON_TOPIC_WITH_MONEY_4, (v) => v.flags.length > 0, SPAM_POST_4),
      true,
    )} of ${ON_TOPIC_WITH_MONEY_4.length} (want 0)`,
  );
  out('  spam without a post: flagged off-topic / hidden:');
  const alone = (list: readonly string[], test: (v: Verdict) => boolean) => shareOf(list, test);
  for (const [name, spam, legit] of [
    ['round 1', SPAM_ROUND_1, LEGIT_ROUND_1],
    ['round 2', SPAM_ROUND_2, LEGIT_ROUND_2],
    ['round 3', SPAM_ROUND_3, LEGIT_ROUND_3],
    ['round 4', SPAM_ROUND_4, LEGIT_ROUND_4],
    ['round 5', SPAM_ROUND_5, LEGIT_ROUND_5],
    ['round 6', SPAM_ROUND_6, LEGIT_ROUND_6],
    ['round 7', SPAM_ROUND_7, LEGIT_ROUND_7],
    ['round 8', SPAM_ROUND_8, LEGIT_ROUND_8],
    ['round 9', SPAM_ROUND_9, LEGIT_ROUND_9],
    ['round 10', SPAM_ROUND_10, LEGIT_ROUND_10],
    ['round 11', SPAM_ROUND_11, LEGIT_ROUND_11],
    ['round 12', SPAM_ROUND_12, LEGIT_ROUND_12],
    ['round 13', SPAM_ROUND_13, LEGIT_ROUND_13],
    ['round 14 (blind)', SPAM_ROUND_14, LEGIT_ROUND_14],
    ['round 15', SPAM_ROUND_15, LEGIT_ROUND_15],
    ['round 16 (blind)', SPAM_ROUND_16, LEGIT_ROUND_16],
    ['round 17', SPAM_ROUND_17, LEGIT_ROUND_17],
    ['round 18 (blind)', SPAM_ROUND_18, LEGIT_ROUND_18],
    ['round 19', SPAM_ROUND_19, LEGIT_ROUND_19],
    ['round 20 (blind)', SPAM_ROUND_20, LEGIT_ROUND_20],
    ['round 21', SPAM_ROUND_21, LEGIT_ROUND_21],
    ['round 22 (blind)', SPAM_ROUND_22, LEGIT_ROUND_22],
    ['round 23', SPAM_ROUND_23, LEGIT_ROUND_23],
    ['round 24 (blind)', SPAM_ROUND_24, LEGIT_ROUND_24],
    ['round 25', SPAM_ROUND_25, LEGIT_ROUND_25],
    ['round 26 (blind)', SPAM_ROUND_26, LEGIT_ROUND_26],
    ['round 27 (blind)', SPAM_ROUND_27, LEGIT_ROUND_27],
    ['round 28 (blind)', SPAM_ROUND_28, LEGIT_ROUND_28],
    ['Spanish round', SPANISH_SPAM_ROUND, SPANISH_LEGIT_ROUND],
    ['Spanish round 2', SPANISH_SPAM_ROUND_2, SPANISH_LEGIT_ROUND_2],
    ['Spanish round 3', SPANISH_SPAM_ROUND_3, SPANISH_LEGIT_ROUND_3],
    ['Spanish round 4', SPANISH_SPAM_ROUND_4, SPANISH_LEGIT_ROUND_4],
    ['Spanish round 5', SPANISH_SPAM_ROUND_5, SPANISH_LEGIT_ROUND_5],
    ['Spanish round 6 (blind)', SPANISH_SPAM_ROUND_6, SPANISH_LEGIT_ROUND_6],
  ] as const) {
    const key = `sig.spam-alone-${name.replace(' ', '-')}`;
    out(
      `    ${`spam (${name})`.padEnd(40)} ${fig(
        `${key}.flagged`,
        alone(spam, (v) => v.flags.includes('off_topic')),
        true,
      )} / ${fig(
        `${key}.hidden`,
        alone(spam, (v) => v.action === 'hide'),
        true,
      )} of ${spam.length}`,
    );
    out(
      `    ${`ordinary comments (${name})`.padEnd(40)} ${fig(
        `${key}.legit-flagged`,
        alone(legit, (v) => v.flags.includes('off_topic')),
        true,
      )} / ${fig(
        `${key}.legit-hidden`,
        alone(legit, (v) => v.action === 'hide'),
        true,
      )} of ${legit.length} (want 0)`,
    );
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      datasets: { type: 'string' },
      json: { type: 'string' },
      folds: { type: 'string' },
      jobs: { type: 'string' },
      'no-cv': { type: 'boolean' },
      'cv-only': { type: 'boolean' },
      'spanish-only': { type: 'boolean' },
      worker: { type: 'string' },
    },
  });
  const root = packageRoot();
  const dir = values.datasets ?? defaultDatasetDir(root);
  const foldCount = values.folds !== undefined ? Number(values.folds) : FOLDS;
  if (values.worker !== undefined) {
    runWorker(values.worker.split(','), dir, foldCount);
    return;
  }
  const started = performance.now();
  if (values['spanish-only'] === true) {
    const lines: string[] = [];
    reportSpanish(
      dir,
      (l = '') => lines.push(l),
      (_n, v, asPct) => (asPct === true ? pct(v) : v.toFixed(3)),
    );
    process.stdout.write(lines.join('\n') + '\n');
    return;
  }
  const rows = readDatasets(dir);
  const runs: RunName[] = [
    'all',
    ...(values['cv-only'] === true ? [] : LODO_SETS.map((d) => `lodo:${d}` as const)),
    ...(values['no-cv'] === true ? [] : Array.from({ length: foldCount }, (_, k) => `cv:${k}`)),
  ];
  const jobs = Math.max(1, Math.min(runs.length, Number(values.jobs ?? 2)));
  process.stderr.write(
    `eval: ${rows.length} rows, ${runs.length} training runs in ${jobs} processes\n`,
  );
  const lodoFlags = new Int32Array(rows.length).fill(-1);
  const lodoHidden = new Uint8Array(rows.length);
  const cvFlags = new Int32Array(rows.length).fill(-1);
  const cvHidden = new Uint8Array(rows.length);
  let handwritten: [number, number][][] = [];
  const script = fileURLToPath(import.meta.url);
  const children = Array.from({ length: jobs }, (_, j) => {
    const mine = runs.filter((_, i) => i % jobs === j);
    const child = fork(
      script,
      ['--worker', mine.join(','), '--datasets', dir, '--folds', String(foldCount)],
      { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
    );
    child.on('message', (m: WorkerMessage) => {
      const cv = m.run.startsWith('cv:');
      for (const [i, bits, hide] of m.results) {
        (cv ? cvFlags : lodoFlags)[i] = bits;
        (cv ? cvHidden : lodoHidden)[i] = hide;
      }
      if (m.handwritten !== undefined) handwritten = m.handwritten;
      process.stderr.write(`eval: ${m.run} done in ${m.seconds.toFixed(0)} s\n`);
    });
    return new Promise<void>((resolve, reject) => {
      child.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`eval process exited with ${code}`)),
      );
    });
  });
  await Promise.all(children);
  const missing = values['cv-only'] === true ? -1 : lodoFlags.findIndex((f) => f < 0);
  if (missing >= 0) throw new Error(`row ${rows[missing]?.id} was not scored by any run`);

  const baseline = readBaseline(root);
  const metrics: Record<string, number> = {};
  const lines: string[] = [];
  const out = (s = ''): void => {
    lines.push(s);
  };
  /** A figure with its name, and the baseline's beside it. */
  const fig = (name: string, value: number, asPct = false): string => {
    metrics[name] = value;
    const show = (v: number): string => (asPct ? pct(v) : v.toFixed(3));
    const before = baseline?.metrics[name];
    return `${show(value)}${before !== undefined ? ` (before ${show(before)})` : ''}`;
  };

  const report = (tag: 'lodo' | 'cv', flags: Int32Array, hidden: Uint8Array): void => {
    const has = (bit: number) => (i: number) => ((flags[i] ?? 0) & bit) !== 0;
    const any = (i: number): boolean => (flags[i] ?? 0) > 0;
    const hiddenAt = (i: number): boolean => hidden[i] === 1;
    const offensive = (i: number): boolean =>
      ((flags[i] ?? 0) & (FLAG_BITS.obscenity | FLAG_BITS.personal_attack | FLAG_BITS.threat)) !==
      0;
    const prfOf = (label: (r: DatasetRow) => boolean | null, hit: (i: number) => boolean): Prf =>
      prf(count(rows, label, hit));
    const line = (title: string, name: string, p: Prf): void => {
      out(`  ${title.padEnd(44)} ${fmt(p)}   F1 ${fig(`${tag}.${name}.f1`, p.f1)}`);
      metrics[`${tag}.${name}.recall`] = p.recall;
      metrics[`${tag}.${name}.precision`] = p.precision;
    };

    out(
      'Threat of violence (I.3: always to a person)    target recall >= 75% at <= 1% clean flagged',
    );
    for (const [title, name, label] of [
      ['Wikipedia threats (vs clean rows)', 'threat.jigsaw', LABELS.threatJigsaw],
      ['Gab calls for violence (vs non-hate posts)', 'threat.gab', LABELS.threatGab],
    ] as const) {
      const p = prfOf(label, has(FLAG_BITS.threat));
      const clean = rate(rows, (r) => label(r) === false, has(FLAG_BITS.threat));
      out(
        `  ${title.padEnd(44)} recall ${fig(`${tag}.${name}.recall`, p.recall, true)}, clean flagged ${fig(`${tag}.${name}.clean`, clean.rate, true)} (n ${p.n})`,
      );
      // Rules were written from the misses of one half of each (split by a hash of the row id:
      // Gab's at 0.6.3-0.6.5, Wikipedia's at 0.7.4); the other half was never read.
      const unread = rate(rows, (r) => label(r) === true && !lookedAt(r.id), has(FLAG_BITS.threat));
      out(
        `    the half never read (rules written from the other)  recall ${fig(`${tag}.${name}.unread`, unread.rate, true)} (n ${unread.n})`,
      );
    }
    const allClean = rate(rows, (r) => isCleanForThreat(r), has(FLAG_BITS.threat));
    out(
      `  every clean row of every set: threat flagged ${fig(`${tag}.threat.clean`, allClean.rate, true)} (n ${allClean.n})`,
    );
    out('');
    out('Personal attack (J.3)                            target F1 >= 0.80 on each set');
    line(
      'insults aimed at participants (Impermium)',
      'attack.insults',
      prfOf(LABELS.attackInsults, has(FLAG_BITS.personal_attack)),
    );
    line(
      'Wikipedia insults (incl. of third parties)',
      'attack.jigsaw',
      prfOf(LABELS.attackJigsaw, has(FLAG_BITS.personal_attack)),
    );
    line(
      'OLID targeted at an individual',
      'attack.olid',
      prfOf(LABELS.attackOlid, has(FLAG_BITS.personal_attack)),
    );
    out('');
    out('Obscenity (J.3)                                  target F1 >= 0.85');
    line(
      'Davidson hate+offensive vs neither',
      'obscenity.davidson',
      prfOf(LABELS.obscenityDavidson, has(FLAG_BITS.obscenity)),
    );
    line(
      'Wikipedia obscene vs clean',
      'obscenity.jigsaw',
      prfOf(LABELS.obscenityJigsaw, has(FLAG_BITS.obscenity)),
    );
    line(
      'OLID untargeted profanity vs NOT',
      'obscenity.olid',
      prfOf(LABELS.obscenityOlid, has(FLAG_BITS.obscenity)),
    );
    out('');
    out(
      'Spam / off-topic (J.3)                           target: flagged >= 80%, hidden >= 60%, ham hidden <= 0.2%',
    );
    for (const [title, name, label] of [
      ['YouTube comments (video title as the post)', 'spam.youtube', LABELS.spamYoutube],
      // At 0.7.11, 50 of this half's spam rows that were flagged but not hidden were printed
      // while looking for what the hiding rules miss, before spam round 23 was written: the
      // half is no longer unread, and its figure is no longer held out.
      [
        '  the other half (0.7.0 read the first; 0.7.11 read 50 of its spam rows)',
        'spam.youtubeUnread',
        LABELS.spamYoutubeUnread,
      ],
      ['SMS messages (no post)', 'spam.sms', LABELS.spamSms],
      ['  the half never read (0.7.0 read the other)', 'spam.smsUnread', LABELS.spamSmsUnread],
    ] as const) {
      const flagged = prfOf(label, has(FLAG_BITS.off_topic));
      const hid = prfOf(label, (i) => hiddenAt(i) && has(FLAG_BITS.off_topic)(i));
      const hamHidden = rate(rows, (r) => label(r) === false, hiddenAt);
      out(
        `  ${title.padEnd(44)} flagged ${fig(`${tag}.${name}.flagged`, flagged.recall, true)} (P ${flagged.precision.toFixed(3)}), hidden ${fig(`${tag}.${name}.hidden`, hid.recall, true)}, legitimate hidden ${fig(`${tag}.${name}.hamHidden`, hamHidden.rate, true)}`,
      );
    }
    out('');
    const olidCounts = count(rows, LABELS.olidA, offensive);
    out(
      `OLID level A macro-F1 (secondary: "offensive" includes rude criticism J.3 keeps): ${fig(`${tag}.olidA`, macroF1(olidCounts))}`,
    );
    out('');
    out('Viewpoint neutrality and clean text        flagged (any)        hidden');
    for (const [name, select] of Object.entries(CIVIL_SETS)) {
      const flagged = rate(rows, select, any);
      const hid = rate(rows, select, hiddenAt);
      const key = name.split(' ')[0]?.toLowerCase() ?? name;
      out(
        `  ${name.padEnd(50)} ${fig(`${tag}.civil.${key}.flagged`, flagged.rate, true).padEnd(22)} ${fig(`${tag}.civil.${key}.hidden`, hid.rate, true)}  (n ${flagged.n})`,
      );
      const per = (Object.keys(FLAG_BITS) as Category[])
        .map((c) => [c, rate(rows, select, has(FLAG_BITS[c])).rate] as const)
        .filter(([, r]) => r > 0)
        .map(([c, r]) => `${c} ${pct(r)}`)
        .join(', ');
      out(`  ${''.padEnd(50)} by category: ${per || '-'}`);
    }
  };

  out(
    `civicmod ${CLASSIFIER_VERSION}: ${rows.length} rows of ${DATASET_FILES.length} datasets, default policy`,
  );
  if (baseline !== undefined)
    out(`"before": ${baseline.version}, measured the same way (scripts/eval-baseline.json)`);
  out('');
  if (values['cv-only'] !== true) {
    out(
      '== Headline: leave-one-dataset-out (each set scored by models trained on every other set) ==',
    );
    out('');
    report('lodo', lodoFlags, lodoHidden);
    out('');
  }
  out('== Handwritten sentences (scripts/handwritten.ts; models trained on every set) ==');
  out(
    '   "blind" groups were written after the last rule change and not looked at while changing them;',
  );
  out(
    '   "seen" ones were written blind and then looked at during a later change: no longer blind.',
  );
  HANDWRITTEN.forEach((g, gi) => {
    const results = handwritten[gi] ?? [];
    const bit = g.category === 'any' ? -1 : FLAG_BITS[g.category];
    let flagged = 0;
    let hid = 0;
    for (const [bits, hide] of results) {
      if (bit === -1 ? bits !== 0 : (bits & bit) !== 0) flagged++;
      if (hide === 1) hid++;
    }
    const n = results.length;
    const key = `hand.${g.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
    const want = g.flagged ? 'want all' : 'want none';
    out(
      `  ${(g.seenBlind === true ? `${g.name}, seen` : g.name).padEnd(72)} ${g.category === 'any' ? 'any flag' : g.category} ${fig(`${key}.flagged`, n === 0 ? 0 : flagged / n, true)} of ${n} (${want}), hidden ${fig(`${key}.hidden`, n === 0 ? 0 : hid / n, true)}`,
    );
  });
  out('');
  reportSignals(out, fig);
  out('');
  reportSpanish(dir, out, fig);
  if (values['no-cv'] !== true) {
    out('');
    out(
      `== In-distribution: ${foldCount}-fold cross-validation over every set (rows of the same sets trained on; not a headline) ==`,
    );
    out('');
    report('cv', cvFlags, cvHidden);
  }
  const seconds = (performance.now() - started) / 1000;
  out('');
  out(`eval took ${seconds.toFixed(0)} s`);
  process.stdout.write(lines.join('\n') + '\n');
  if (values.json !== undefined) {
    writeFileSync(
      values.json,
      JSON.stringify(
        { version: CLASSIFIER_VERSION, seconds, rows: rows.length, metrics },
        null,
        2,
      ) + '\n',
    );
  }
}

main().catch((err: unknown) => {
  process.stderr.write(
    `eval: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = 1;
});
