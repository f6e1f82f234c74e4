/**
 * The records figures on a large generated store: search p95 and the time to export 100,000
 * records, using the records area's own measurements (bench/records.ts) on a store made by
 * bench/generate-store.ts. The store is cached under bench/.cache/ (git-ignored), keyed by its
 * size, the generator's source and the schema, so a rerun starts measuring at once.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS } from '../src/store/migrations.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { repoRoot } from './corpus.js';
import { generateStore } from './generate-store.js';
import { measureExport, measureSearch, measureStorage, sqliteQuery } from './records.js';

export interface RecordsFigures {
  store_comments: number;
  store_bytes_per_comment: number;
  store_generated_s: number | null;
  search_queries: number;
  search_p50_ms: number;
  search_p95_ms: number;
  search_max_ms: number;
  export_records: number;
  export_s: number;
  export_100k_s: number;
}

export function cacheDir(): string {
  const dir = join(repoRoot(), 'bench', '.cache');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Path of the cached store of `comments` comments, generating it when missing or stale. */
export async function cachedStore(
  comments: number,
  log: (message: string) => void,
): Promise<{ path: string; generatedSeconds: number | null }> {
  const generator = readFileSync(join(repoRoot(), 'bench', 'generate-store.ts'));
  const key = createHash('sha256')
    .update(generator)
    .update(String(MIGRATIONS.length))
    .digest('hex')
    .slice(0, 12);
  const dir = cacheDir();
  const path = join(dir, `store-${comments}-${key}.db`);
  if (existsSync(path)) return { path, generatedSeconds: null };
  // Older generations of the same size are stale now.
  for (const f of readdirSync(dir))
    if (f.startsWith(`store-${comments}-`)) rmSync(join(dir, f), { force: true });
  log(`generating a store of ${comments.toLocaleString('en')} comments (cached for next time)...`);
  const partial = `${path}.partial`;
  const result = await generateStore(partial, comments);
  for (const suffix of ['-wal', '-shm']) rmSync(partial + suffix, { force: true });
  // Renamed only once complete: an interrupted generation is never taken for a good cache.
  renameSync(partial, path);
  return { path, generatedSeconds: result.seconds };
}

export async function benchRecords(options: {
  comments: number;
  exportRecords: number;
  log: (message: string) => void;
}): Promise<RecordsFigures> {
  const { path, generatedSeconds } = await cachedStore(options.comments, options.log);
  const store = openSqliteStore(path);
  try {
    const storage = await measureStorage(store);
    options.log('searching...');
    const search = await measureSearch(store, sqliteQuery(store));
    options.log(`exporting ${options.exportRecords.toLocaleString('en')} records...`);
    const exported = await measureExport(
      store,
      sqliteQuery(store),
      tmpdir(),
      options.exportRecords,
    );
    return {
      store_comments: storage.comments,
      store_bytes_per_comment: storage.bytesPerComment,
      store_generated_s: generatedSeconds,
      search_queries: search.queries,
      search_p50_ms: search.p50Ms,
      search_p95_ms: search.p95Ms,
      search_max_ms: search.maxMs,
      export_records: exported.records,
      export_s: exported.seconds,
      // Scaled only when --quick exports fewer: a full run measures 100,000 exactly.
      export_100k_s: (exported.seconds * 100_000) / Math.max(1, exported.records),
    };
  } finally {
    store.close();
  }
}
