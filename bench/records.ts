/**
 * Records benchmarks (issue 7): search latency over a mix of filter and keyword queries, the
 * time to export 100,000 records, and the database's size per comment. `npm run bench` calls
 * these on a store made by `generateStore`; each returns plain figures.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { recordsExport } from '../src/records/export.js';
import type { SqliteStore } from '../src/store/sqlite/index.js';
import type { RecordsFilter, Store } from '../src/store/types.js';

/** Runs SQL that both backends read the same way (no parameters), for the samples below. */
export type Query = (sql: string) => Promise<Record<string, unknown>[]>;

/** The `Query` of a SQLite store. */
export const sqliteQuery =
  (store: SqliteStore): Query =>
  async (sql) =>
    store.db.prepare(sql).all() as Record<string, unknown>[];

export interface SearchFigures {
  queries: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** The slowest run of each kind of query, to show where the time goes. */
  slowestByKind: Record<string, number>;
}

export interface ExportFigures {
  records: number;
  /** Wall-clock time. */
  seconds: number;
  /** CPU time of this process (user + system): steadier than wall time on a shared machine. */
  cpuSeconds: number;
  recordsPerSecond: number;
  /** Bytes of the four files together. */
  bytes: number;
}

export interface StorageFigures {
  comments: number;
  bytes: number;
  bytesPerComment: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] ?? 0;
}

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON_WORDS = ['police', 'thank', 'people', 'city', 'officers', 'community', 'safe'];
const RARE_WORDS = ['lawsuit', 'fentanyl', 'taser', 'moose', 'graffiti', 'robbery', 'overdose'];
const PHRASES = [
  '"body camera"',
  '"road closure"',
  '"thank you"',
  '"last chance"',
  '"free speech"',
];
const PREFIXES = ['shoot*', 'arrest*', 'camera*', 'protest*'];

/**
 * Runs `rounds` rounds of a fixed mix of searches (first pages of 50, as the dashboard shows)
 * with parameters drawn from the data, after one warm-up round, and reports latencies.
 */
export async function measureSearch(
  store: Pick<Store, 'records'>,
  query: Query,
  rounds = 10,
): Promise<SearchFigures> {
  const rand = rng(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const [top] = await query('SELECT COALESCE(MAX(id), 0) AS "maxId" FROM comments');
  const maxId = Number(top?.maxId ?? 0);
  const ids = Array.from({ length: 200 }, () => 1 + Math.floor(rand() * maxId));
  const sample = (await query(
    `SELECT c.author_id AS "authorId", c.author_name AS "authorName", p.platform_page_id AS page,
       po.platform_post_id AS post, c.created_at AS "createdAt"
     FROM comments c JOIN pages p ON p.id = c.page_id LEFT JOIN posts po ON po.id = c.post_id
     WHERE c.id IN (${ids.join(', ')}) AND c.author_id IS NOT NULL ORDER BY c.id`,
  )) as {
    authorId: string;
    authorName: string;
    page: string;
    post: string | null;
    createdAt: string;
  }[];
  if (sample.length === 0) throw new Error('the store has no comments to search');
  const month = (at: string): Pick<RecordsFilter, 'from' | 'until'> => {
    const d = new Date(at);
    const from = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
    const until = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
    return { from: from.toISOString(), until: until.toISOString() };
  };
  const kinds: Record<string, () => RecordsFilter> = {
    everything: () => ({}),
    month: () => month(pick(sample).createdAt),
    platformHidden: () => ({
      platform: pick(['facebook', 'instagram', 'x'] as const),
      state: 'hidden',
    }),
    pageMonth: () => {
      const s = pick(sample);
      return { page: s.page, ...month(s.createdAt) };
    },
    page: () => ({ page: pick(sample).page }),
    post: () => ({ post: pick(sample).post ?? 'p1' }),
    authorId: () => ({ author: pick(sample).authorId }),
    authorName: () => ({ author: pick(sample).authorName.toLowerCase() }),
    category: () => ({ category: pick(['personal_attack', 'obscenity', 'threat', 'off_topic']) }),
    removed: () => ({ action: 'remove' }),
    actor: () => ({ actor: `user:${1 + Math.floor(rand() * 12)}` }),
    deletedByAuthor: () => ({ state: 'deleted_by_author' }),
    rareWord: () => ({ query: pick(RARE_WORDS) }),
    commonWord: () => ({ query: pick(COMMON_WORDS) }),
    phrase: () => ({ query: pick(PHRASES) }),
    prefix: () => ({ query: pick(PREFIXES) }),
    twoWords: () => ({ query: `${pick(COMMON_WORDS)} ${pick(RARE_WORDS)}` }),
    wordHidden: () => ({ query: pick(COMMON_WORDS), state: 'hidden' }),
    wordMonth: () => ({
      query: pick([...COMMON_WORDS, ...RARE_WORDS]),
      ...month(pick(sample).createdAt),
    }),
    wordAuthor: () => ({ query: pick(COMMON_WORDS), author: pick(sample).authorId }),
    wordCategory: () => ({ query: pick(RARE_WORDS), category: 'personal_attack' }),
    categoryPlatformMonth: () => ({
      category: 'personal_attack',
      platform: 'facebook',
      ...month(pick(sample).createdAt),
    }),
  };
  const timings: number[] = [];
  const slowestByKind: Record<string, number> = {};
  for (let round = 0; round <= rounds; round++) {
    for (const [kind, make] of Object.entries(kinds)) {
      const filter = make();
      const started = process.hrtime.bigint();
      const page = await store.records.search(filter, { limit: 50 });
      // The second page too, now and then: paging must be as fast as the first page.
      if (round % 3 === 2 && page.nextCursor !== null) {
        await store.records.search(filter, { limit: 50, cursor: page.nextCursor });
      }
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (round === 0) continue; // warm-up
      timings.push(ms);
      slowestByKind[kind] = Math.max(slowestByKind[kind] ?? 0, Math.round(ms * 10) / 10);
    }
  }
  const sorted = [...timings].sort((a, b) => a - b);
  const round1 = (n: number) => Math.round(n * 10) / 10;
  return {
    queries: timings.length,
    p50Ms: round1(percentile(sorted, 50)),
    p95Ms: round1(percentile(sorted, 95)),
    maxMs: round1(sorted[sorted.length - 1] ?? 0),
    slowestByKind,
  };
}

/**
 * Exports the newest `records` comments (a date range chosen to match that many) into a fresh
 * folder under `outDir`, and reports how long it took. The bundle is deleted afterwards.
 */
export async function measureExport(
  store: Pick<Store, 'records' | 'users'>,
  query: Query,
  outDir: string,
  records = 100_000,
): Promise<ExportFigures> {
  const [boundary] = (await query(
    `SELECT created_at AS at FROM comments ORDER BY created_at DESC LIMIT 1 OFFSET ${Math.max(0, Math.floor(records) - 1)}`,
  )) as { at: string }[];
  const filter: RecordsFilter = boundary ? { from: boundary.at } : {};
  const dir = join(mkdtempSync(join(outDir, 'civicmod-export-bench-')), 'bundle');
  try {
    const started = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const result = await recordsExport(store, { filter, outDir: dir, actor: 'system' });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const used = process.cpuUsage(cpu);
    const bytes =
      result.manifest.files.reduce((n, f) => n + f.bytes, 0) +
      statSync(join(dir, 'manifest.json')).size;
    return {
      records: result.manifest.counts.comments,
      seconds: Math.round(seconds * 100) / 100,
      cpuSeconds: Math.round((used.user + used.system) / 1e4) / 100,
      recordsPerSecond: Math.round(result.manifest.counts.comments / seconds),
      bytes,
    };
  } finally {
    rmSync(join(dir, '..'), { recursive: true, force: true });
  }
}

/** The database file (with its write-ahead log) per stored comment. */
export async function measureStorage(store: SqliteStore): Promise<StorageFigures> {
  const comments = await store.comments.count();
  const path = store.db.name;
  const size = (p: string) => {
    try {
      return statSync(p).size;
    } catch {
      return 0;
    }
  };
  const bytes = size(path) + size(`${path}-wal`);
  return { comments, bytes, bytesPerComment: Math.round(bytes / Math.max(1, comments)) };
}
