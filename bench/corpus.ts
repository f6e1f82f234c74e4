/**
 * Comment texts for the benchmarks and the fault tests: the development datasets in
 * ../shared/datasets when they are there (real comments, real lengths), otherwise generated
 * ones with a fixed seed. Dataset rows are only read here, never written anywhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding civicmod's package.json, whether run from bench/ or dist/bench/. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      const { name } = JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string };
      if (name === 'civicmod') return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the civicmod folder (package.json)');
    dir = parent;
  }
}

export interface CorpusText {
  text: string;
  /** The post the comment answers, when the dataset has one (off-topic is judged against it). */
  post?: string | undefined;
}

export interface Corpus {
  texts: CorpusText[];
  /** Where the texts came from, for the report. */
  source: string;
}

/** Deterministic pseudo-random numbers (mulberry32), so generated corpora are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CIVIL = [
  'Thank you for keeping the road closure updates coming.',
  'Is the station lobby open on Saturday mornings?',
  'Great turnout at the community safety night, thanks officers.',
  'The chief should resign. This department keeps failing the people it serves.',
  'Why did it take forty minutes for anyone to answer my call last night?',
  'Please post the budget numbers for overtime, taxpayers deserve to know.',
  'My neighbour found a lost dog near 5th and Main, who should we call?',
  'This is the third time this month the speed trap has been on our street.',
  'Appreciate the quick response to the crash on Highway 12.',
  'Body cameras should be on at all times, no exceptions.',
];
const MILD = ['damn', 'hell', 'crap'];
/** Strong obscenity aimed at someone: what the default policy hides automatically. */
const STRONG = ['Fuck you', 'Fuck off', 'Go fuck yourself'];
const FILLER = [
  'tonight',
  'again',
  'seriously',
  'downtown',
  'the mayor',
  'city council',
  'the new policy',
  'last week',
  'on Main Street',
  'everyone',
];

/**
 * `count` generated comments: mostly civil or critical, some with mild words, and about one in
 * `obsceneEvery` with strong obscenity (which the policy hides automatically).
 */
export function generatedTexts(count: number, seed = 1, obsceneEvery = 10): CorpusText[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const out: CorpusText[] = [];
  for (let i = 0; i < count; i++) {
    let text = pick(CIVIL);
    const extra = Math.floor(random() * 4);
    for (let k = 0; k < extra; k++) text += ` ${pick(FILLER)}`;
    if (i % obsceneEvery === obsceneEvery - 1) text = `${pick(STRONG)}, ${text}`;
    else if (random() < 0.1) text = `${text} ${pick(MILD)}`;
    out.push({ text, post: 'Road closure on Last Chance Gulch tonight from 7 pm.' });
  }
  return out;
}

/** The folder of development datasets, if present (CIVICMOD_DATASETS overrides). */
export function datasetsDir(): string | undefined {
  const dir = process.env.CIVICMOD_DATASETS ?? resolve(repoRoot(), '..', 'shared', 'datasets');
  return existsSync(dir) ? dir : undefined;
}

/** Real comment texts from the datasets (every `text` field), or generated ones if absent. */
export function loadCorpus(max = 200_000): Corpus {
  const dir = datasetsDir();
  if (dir) {
    const texts: CorpusText[] = [];
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .sort();
    for (const file of files) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        if (texts.length >= max || line.trim() === '') continue;
        try {
          const row = JSON.parse(line) as { text?: unknown; context?: { post?: unknown } };
          if (typeof row.text !== 'string') continue;
          const post = typeof row.context?.post === 'string' ? row.context.post : undefined;
          texts.push({ text: row.text, post });
        } catch {
          // A broken dataset line is not the benchmark's business: skip it.
        }
      }
    }
    if (texts.length > 0) return { texts, source: `${texts.length} texts from ${dir}` };
  }
  const texts = generatedTexts(20_000);
  return { texts, source: `${texts.length} generated texts (no datasets folder)` };
}

/**
 * English and Spanish comments, half each, interleaved (issue 16: throughput with language
 * identification on a mixed corpus): the English ones from `loadCorpus`, the Spanish ones from
 * the datasets' `es/` folder. Null when there is no Spanish folder.
 */
export function loadMixedCorpus(english: Corpus, max = 20_000): Corpus | null {
  const dir = datasetsDir();
  const es = dir ? join(dir, 'es') : undefined;
  if (!es || !existsSync(es)) return null;
  const spanish: CorpusText[] = [];
  for (const file of readdirSync(es)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(join(es, file), 'utf8').split('\n')) {
      if (spanish.length >= max / 2 || line.trim() === '') continue;
      try {
        const row = JSON.parse(line) as { text?: unknown };
        if (typeof row.text === 'string') spanish.push({ text: row.text, post: undefined });
      } catch {
        // skipped, as in loadCorpus
      }
    }
  }
  if (spanish.length === 0) return null;
  const random = seededRandom(11);
  const englishSample = [...english.texts]
    .map((t) => ({ t, key: random() }))
    .sort((a, b) => a.key - b.key)
    .slice(0, spanish.length)
    .map(({ t }) => t);
  const texts: CorpusText[] = [];
  for (let i = 0; i < spanish.length; i++) {
    const e = englishSample[i];
    if (e) texts.push(e);
    texts.push(spanish[i] as CorpusText);
  }
  return { texts, source: `${texts.length} texts, half English, half Spanish` };
}

/** One line of a `civicmod import` file for comment number `i`. */
export function importRecord(i: number, text: string, post = 'post-1'): Record<string, string> {
  return {
    platform: 'facebook',
    page_id: 'page-1',
    post_id: post,
    post_text: 'Road closure on Last Chance Gulch tonight from 7 pm.',
    comment_id: `c${i}`,
    author_id: `a${i % 997}`,
    author_name: `Resident ${i % 997}`,
    text,
    created_at: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
  };
}
