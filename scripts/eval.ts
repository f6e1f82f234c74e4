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
 */
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { attackClassifier, createAttackClassifier } from '../moderation/attack.js';
import { createModerator, DEFAULT_CLASSIFIERS, type Category } from '../moderation/index.js';
import { packageRoot } from '../moderation/model/file.js';
import { createOffTopicClassifier, offTopicClassifier } from '../moderation/offtopic.js';
import { defaultDatasetDir, readDatasets, type DatasetRow } from './datasets.js';
import { foldOf, FOLDS, isCivil, prepareRows, trainModels } from './training.js';

const FLAG_BITS: Record<Category, number> = {
  obscenity: 1,
  personal_attack: 2,
  off_topic: 4,
  threat: 8,
  personal_info: 16,
};

/** What the moderator decided for one row, compactly: [row index, flag bits, hidden 0/1]. */
type RowResult = [number, number, number];

interface WorkerMessage {
  fold: number;
  results: RowResult[];
  seconds: number;
}

/** Child process: trains and scores the folds it is given, sends one message per fold. */
function runWorker(folds: number[], dir: string, foldCount: number): void {
  const rows = readDatasets(dir);
  const prepared = prepareRows(rows);
  for (const fold of folds) {
    const started = performance.now();
    const trained = trainModels(prepared.filter((r) => foldOf(r.row.id, foldCount) !== fold));
    const attack = createAttackClassifier(trained.attack);
    const offTopic = createOffTopicClassifier(trained.spam);
    const moderator = createModerator({
      classifiers: DEFAULT_CLASSIFIERS.map((c) =>
        c === attackClassifier ? attack : c === offTopicClassifier ? offTopic : c,
      ),
    });
    const results: RowResult[] = [];
    prepared.forEach((r, index) => {
      if (foldOf(r.row.id, foldCount) !== fold) return;
      const verdict = moderator.classify(r.input);
      let bits = 0;
      for (const f of verdict.flags) bits |= FLAG_BITS[f];
      results.push([index, bits, verdict.action === 'hide' ? 1 : 0]);
    });
    const message: WorkerMessage = {
      fold,
      results,
      seconds: (performance.now() - started) / 1000,
    };
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
  attackInsults: (r: DatasetRow): boolean | null =>
    r.dataset !== 'insults-train' ? null : r.labels.insult === 1,
  attackOlid: (r: DatasetRow): boolean | null =>
    r.dataset !== 'olid-train' ? null : r.labels.subtask_c === 'IND',
  olidA: (r: DatasetRow): boolean | null =>
    r.dataset !== 'olid-train' ? null : r.labels.subtask_a === 'OFF',
  spam: (r: DatasetRow): boolean | null =>
    r.dataset !== 'youtube-spam-dev' ? null : r.labels.spam === 1,
};

const CIVIL_SETS = {
  'MD-Agreement civil (police, protests, elections)': (r: DatasetRow): boolean =>
    r.dataset === 'md-agreement-dev' && isCivil(r),
  'MUPID civil political': (r: DatasetRow): boolean => r.dataset === 'mupid-train' && isCivil(r),
};

interface Report {
  folds: number;
  seconds: number;
  rows: number;
  civicmod: Record<string, unknown>;
  baselines: Record<string, Record<string, unknown>>;
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

function fmt(p: Prf): string {
  return `P ${p.precision.toFixed(3)}  R ${p.recall.toFixed(3)}  F1 ${p.f1.toFixed(3)}  (n ${p.n})`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      datasets: { type: 'string' },
      json: { type: 'string' },
      folds: { type: 'string' },
      jobs: { type: 'string' },
      'no-baselines': { type: 'boolean' },
      worker: { type: 'string' },
    },
  });
  const root = packageRoot();
  const dir = values.datasets ?? defaultDatasetDir(root);
  const foldCount = values.folds !== undefined ? Number(values.folds) : FOLDS;
  if (values.worker !== undefined) {
    runWorker(values.worker.split(',').map(Number), dir, foldCount);
    return;
  }
  const started = performance.now();
  const rows = readDatasets(dir);
  const jobs = Math.max(1, Math.min(foldCount, Number(values.jobs ?? 2)));
  process.stderr.write(
    `eval: ${rows.length} rows, ${foldCount} folds in ${jobs} processes (each fold trains 4 times)\n`,
  );

  // Folds in child processes; the baselines run here meanwhile.
  const flags = new Int32Array(rows.length).fill(-1);
  const hidden = new Uint8Array(rows.length);
  const script = fileURLToPath(import.meta.url);
  const children = Array.from({ length: jobs }, (_, j) => {
    const mine = Array.from({ length: foldCount }, (_, f) => f).filter((f) => f % jobs === j);
    const child = fork(
      script,
      ['--worker', mine.join(','), '--datasets', dir, '--folds', String(foldCount)],
      {
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      },
    );
    child.on('message', (m: WorkerMessage) => {
      for (const [i, bits, hide] of m.results) {
        flags[i] = bits;
        hidden[i] = hide;
      }
      process.stderr.write(
        `eval: fold ${m.fold + 1}/${foldCount} done in ${m.seconds.toFixed(0)} s\n`,
      );
    });
    return new Promise<void>((resolve, reject) => {
      child.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`fold process exited with ${code}`)),
      );
    });
  });

  const baselines: Record<string, { flagged: Uint8Array; seconds: number }> = {};
  if (!values['no-baselines']) {
    const { Filter } = await import('bad-words');
    const { RegExpMatcher, englishDataset, englishRecommendedTransformers } =
      await import('obscenity');
    const matcher = new RegExpMatcher({
      ...englishDataset.build(),
      ...englishRecommendedTransformers,
    });
    const filter = new Filter();
    const run = (name: string, test: (text: string) => boolean): void => {
      const t = performance.now();
      const flagged = new Uint8Array(rows.length);
      rows.forEach((r, i) => {
        flagged[i] = test(r.text) ? 1 : 0;
      });
      baselines[name] = { flagged, seconds: (performance.now() - t) / 1000 };
      process.stderr.write(`eval: baseline ${name} done\n`);
    };
    run('obscenity (RegExpMatcher, englishDataset)', (t) => matcher.hasMatch(t));
    // bad-words is slow (a few hundred texts a second): it runs while the folds train.
    run('bad-words (isProfane)', (t) => filter.isProfane(t));
  }
  await Promise.all(children);
  const missing = flags.findIndex((f) => f < 0);
  if (missing >= 0) throw new Error(`row ${rows[missing]?.id} was not scored by any fold`);

  const has = (bit: number) => (i: number) => ((flags[i] ?? 0) & bit) !== 0;
  const any = (i: number): boolean => (flags[i] ?? 0) !== 0;
  const offensive = (i: number): boolean =>
    ((flags[i] ?? 0) & (FLAG_BITS.obscenity | FLAG_BITS.personal_attack | FLAG_BITS.threat)) !== 0;
  const hiddenAt = (i: number): boolean => hidden[i] === 1;

  const lines: string[] = [];
  const out = (s = ''): void => {
    lines.push(s);
  };
  const civicmod: Record<string, unknown> = {};

  out(`civicmod ${foldCount}-fold cross-validated on ${rows.length} rows (default policy)`);
  out('');
  out('Obscenity (J.3)                                  target F1 >= 0.85');
  const obsOlid = prf(count(rows, LABELS.obscenityOlid, has(FLAG_BITS.obscenity)));
  const obsDav = prf(count(rows, LABELS.obscenityDavidson, has(FLAG_BITS.obscenity)));
  out(`  OLID untargeted profanity vs NOT   ${fmt(obsOlid)}`);
  out(`  Davidson hate+offensive vs neither ${fmt(obsDav)}`);
  civicmod.obscenity = { olid: obsOlid, davidson: obsDav };

  out('');
  out('Personal attack (J.3)                            target F1 >= 0.75 on insults');
  const paIns = prf(count(rows, LABELS.attackInsults, has(FLAG_BITS.personal_attack)));
  const paOlid = prf(count(rows, LABELS.attackOlid, has(FLAG_BITS.personal_attack)));
  out(`  insults aimed at participants      ${fmt(paIns)}`);
  out(`  OLID targeted at an individual     ${fmt(paOlid)}`);
  civicmod.personal_attack = { insults: paIns, olid: paOlid };

  out('');
  const olidCounts = count(rows, LABELS.olidA, offensive);
  const olidMacro = macroF1(olidCounts);
  out(
    `OLID level A macro-F1 (OFF = obscenity, personal attack or threat flagged): ${olidMacro.toFixed(3)}   target >= 0.80`,
  );
  out(`  OFF ${fmt(prf(olidCounts))}`);
  civicmod.olidA = { macroF1: olidMacro, off: prf(olidCounts) };

  out('');
  out('Off-topic / spam (J.3), post text given          target F1 >= 0.93');
  const spamFlag = prf(count(rows, LABELS.spam, has(FLAG_BITS.off_topic)));
  const spamHide = prf(count(rows, LABELS.spam, (i) => hiddenAt(i) && has(FLAG_BITS.off_topic)(i)));
  out(`  flagged off-topic                  ${fmt(spamFlag)}`);
  out(`  auto-hidden as spam                ${fmt(spamHide)}`);
  civicmod.off_topic = { flagged: spamFlag, hidden: spamHide };

  out('');
  out('Civil rows                        flagged (any)  auto-hidden   by category flagged');
  out('  targets: civil criticism <= 5% flagged and 0 hidden; civil political <= 1% hidden');
  const civil: Record<string, unknown> = {};
  for (const [name, select] of Object.entries(CIVIL_SETS)) {
    const flagged = rate(rows, select, any);
    const hid = rate(rows, select, hiddenAt);
    const per = Object.fromEntries(
      (Object.keys(FLAG_BITS) as Category[]).map((c) => [
        c,
        rate(rows, select, has(FLAG_BITS[c])).rate,
      ]),
    );
    const perText = Object.entries(per)
      .filter(([, r]) => r > 0)
      .map(([c, r]) => `${c} ${pct(r)}`)
      .join(', ');
    // Only obscenity and spam can hide; say which one did.
    const hiddenBy = {
      obscenity: rate(rows, select, (i) => hiddenAt(i) && has(FLAG_BITS.obscenity)(i)).rate,
      off_topic: rate(rows, select, (i) => hiddenAt(i) && has(FLAG_BITS.off_topic)(i)).rate,
    };
    out(
      `  ${name.padEnd(50)} ${pct(flagged.rate).padStart(6)} ${pct(hid.rate).padStart(12)}   ${perText || '-'}  (n ${flagged.n})`,
    );
    out(
      `  ${''.padEnd(50)} hidden with an obscenity flag ${pct(hiddenBy.obscenity)}, with an off-topic flag ${pct(hiddenBy.off_topic)}`,
    );
    civil[name] = {
      n: flagged.n,
      flagged: flagged.rate,
      hidden: hid.rate,
      byCategory: per,
      hiddenBy,
    };
  }
  civicmod.civil = civil;

  const baselineReport: Record<string, Record<string, unknown>> = {};
  for (const [name, b] of Object.entries(baselines)) {
    const hit = (i: number): boolean => b.flagged[i] === 1;
    const oOlid = prf(count(rows, LABELS.obscenityOlid, hit));
    const oDav = prf(count(rows, LABELS.obscenityDavidson, hit));
    const aIns = prf(count(rows, LABELS.attackInsults, hit));
    const oa = macroF1(count(rows, LABELS.olidA, hit));
    out('');
    out(
      `Baseline: ${name} (a filter: flagged = hidden), ${((b.seconds * 1e6) / rows.length).toFixed(0)} µs/text`,
    );
    out(`  obscenity, OLID                    ${fmt(oOlid)}`);
    out(`  obscenity, Davidson                ${fmt(oDav)}`);
    out(`  insults (as personal attack)       ${fmt(aIns)}`);
    out(`  OLID level A macro-F1              ${oa.toFixed(3)}`);
    const civ: Record<string, number> = {};
    for (const [cname, select] of Object.entries(CIVIL_SETS)) {
      const r = rate(rows, select, hit);
      out(`  ${cname.padEnd(34)} ${pct(r.rate)} flagged and hidden`);
      civ[cname] = r.rate;
    }
    baselineReport[name] = {
      obscenity: { olid: oOlid, davidson: oDav },
      insults: aIns,
      olidAMacroF1: oa,
      civilHidden: civ,
      microsecondsPerText: (b.seconds * 1e6) / rows.length,
    };
  }
  const seconds = (performance.now() - started) / 1000;
  out('');
  out(`eval took ${seconds.toFixed(0)} s`);
  process.stdout.write(lines.join('\n') + '\n');
  if (values.json !== undefined) {
    const report: Report = {
      folds: foldCount,
      seconds,
      rows: rows.length,
      civicmod,
      baselines: baselineReport,
    };
    writeFileSync(values.json, JSON.stringify(report, null, 2) + '\n');
  }
}

main().catch((err: unknown) => {
  process.stderr.write(
    `eval: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = 1;
});
