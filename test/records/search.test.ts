import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateStore } from '../../bench/generate-store.js';
import { InputError } from '../../src/errors.js';
import { parseRecordsFilter, toFtsQuery } from '../../src/records/search.js';
import { SqliteActionLog } from '../../src/store/sqlite/actions.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/index.js';
import { SqliteRecordsStore } from '../../src/store/sqlite/records.js';
import type { RecordsFilter, RecordsStore, Store } from '../../src/store/types.js';
import { forEachBackend, openBackend } from '../helpers/backends.js';
import { testPgUrl } from '../helpers/postgres.js';
import type { PostgresStore } from '../../src/store/postgres/index.js';
import { makeClock, seedMixed, type Seeded } from './fixtures.js';

let db: { store: Store; cleanup(): unknown } | undefined;
afterEach(async () => {
  await db?.cleanup();
  db = undefined;
});

async function allIds(records: RecordsStore, filter: RecordsFilter, limit = 50): Promise<number[]> {
  const ids: number[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await records.search(filter, { limit, cursor });
    ids.push(...page.hits.map((h) => h.commentId));
    if (page.nextCursor === null) return ids;
    cursor = page.nextCursor;
  }
}

forEachBackend('records search', (backend) => {
  let seeded: Seeded;
  const setup = async () => {
    const clock = makeClock();
    const opened = await openBackend(backend, { now: () => clock.now });
    db = opened;
    seeded = await seedMixed(opened, clock);
    return opened.store.records;
  };

  it('finds hidden, removed and author-deleted comments and every version', async () => {
    const records = await setup();
    expect(await allIds(records, { state: 'hidden' })).toEqual([seeded.hidden]);
    expect(await allIds(records, { state: 'removed' })).toEqual([seeded.removed]);
    expect(await allIds(records, { state: 'deleted_by_author' })).toEqual([seeded.deletedByAuthor]);
    // The phone number is only in the first version, edited away since.
    expect(await allIds(records, { query: seeded.phone })).toEqual([seeded.edited]);
    expect(await allIds(records, { query: '"call me"' })).toEqual([seeded.edited]);
  });

  it('filters by date, platform, page, author, category, action and actor, newest first', async () => {
    const records = await setup();
    const march = { from: '2026-03-01T00:00:00.000Z', until: '2026-04-01T00:00:00.000Z' };
    expect(await allIds(records, { ...march, platform: 'facebook' })).toEqual([
      seeded.deletedByAuthor,
      seeded.removed,
      seeded.hidden,
      seeded.hostile,
      seeded.edited,
    ]);
    expect(await allIds(records, { page: 'ig-1' })).toEqual([seeded.instagram]);
    expect(await allIds(records, { author: 'dana whitfield' })).toEqual([seeded.edited]);
    expect(await allIds(records, { author: 'a-3' })).toEqual([seeded.removed]);
    expect(await allIds(records, { category: 'personal_info' })).toEqual([seeded.edited]);
    expect(await allIds(records, { action: 'remove' })).toEqual([seeded.removed]);
    expect(await allIds(records, { actor: 'user:3' })).toEqual([seeded.edited]);
    expect(await allIds(records, { query: '"road closure"', platform: 'facebook' })).toEqual([
      seeded.edited,
      seeded.february,
    ]);
    // A phrase matches adjacent words only; a prefix matches word starts; author names count.
    expect(await allIds(records, { query: '"closure road"' })).toEqual([]);
    expect(await allIds(records, { query: 'foll*' })).toEqual([seeded.hidden]);
    expect(await allIds(records, { query: 'whitfield' })).toEqual([seeded.edited]);
    // A word among a category's comments (on PostgreSQL one index answers both, migration 13):
    // the category is the comment's, whichever version holds the word, decided before or after
    // the version was stored.
    expect(await allIds(records, { query: 'road', category: 'personal_info' })).toEqual([
      seeded.edited,
    ]);
    expect(await allIds(records, { query: seeded.phone, category: 'personal_info' })).toEqual([
      seeded.edited,
    ]);
    expect(await allIds(records, { query: 'followers', category: 'off_topic' })).toEqual([
      seeded.hidden,
    ]);
    expect(await allIds(records, { query: 'road', category: 'off_topic' })).toEqual([]);
    expect(
      await allIds(records, { query: 'foll*', category: 'off_topic', state: 'hidden' }),
    ).toEqual([seeded.hidden]);
  });

  it('pages without skipping or repeating', async () => {
    const records = await setup();
    const one = await allIds(records, {}, 1);
    const all = await allIds(records, {}, 100);
    expect(one).toEqual(all);
    expect(new Set(all).size).toBe(7);
    await expect(records.search({}, { limit: 10, cursor: 'not-a-cursor' })).rejects.toThrow(
      InputError,
    );
  });

  it('treats quotes, operators and SQL in the search box as text, never as syntax', async () => {
    const records = await setup();
    const hostile = [
      '"',
      '""',
      '"unterminated phrase',
      'AND',
      'OR NOT',
      'road OR closure',
      'NEAR(road closure, 2)',
      'text:road',
      '{text author}:road',
      '*',
      '^road',
      'road*',
      '(',
      ')',
      '-road',
      '+road',
      "'; DROP TABLE comments; --",
      'road\u0000closure',
      '"road" AND "closure" OR',
      'à la café 🚓',
      'x'.repeat(500),
    ];
    for (const query of hostile) {
      await expect(records.search({ query }, { limit: 10 })).resolves.toBeDefined();
      await expect(records.count({ query })).resolves.toBeTypeOf('number');
    }
    expect(await db?.store.comments.count()).toBe(7);
    // Operators are words: "road OR closure" needs both "road", "or" and "closure".
    expect(await allIds(records, { query: 'road OR closure' })).toEqual([]);
    expect(toFtsQuery('NEAR(a b)')).toBe('"NEAR(a" "b)"');
    expect(toFtsQuery('say "hi ""there')).toBe('"say" "hi " "there"');
    expect(toFtsQuery('"""')).toBeNull();
    expect(toFtsQuery('shoot*')).toBe('"shoot" *');
  });

  it('refuses a bad filter with a message naming the field', () => {
    expect(() => parseRecordsFilter({ from: '2026-02-30' })).toThrow(/from: must be a date/);
    expect(() => parseRecordsFilter({ platform: 'myspace' })).toThrow(/platform: must be one of/);
    expect(() => parseRecordsFilter({ state: 'gone' })).toThrow(/state/);
    expect(() => parseRecordsFilter({ actor: 'admin' })).toThrow(/actor: must be system or user/);
    expect(() => parseRecordsFilter({ from: '2026-03-02', to: '2026-03-01' })).toThrow(/before/);
    expect(() => parseRecordsFilter({ request: 'seven' })).toThrow(/request/);
    expect(() => parseRecordsFilter({ colour: 'red' })).toThrow(/unknown filter "colour"/);
    expect(parseRecordsFilter({ from: '2026-03-01', to: '2026-03-31', query: '  ' })).toEqual({
      from: '2026-03-01T00:00:00.000Z',
      until: '2026-04-01T00:00:00.000Z',
    });
  });
});

/**
 * The search planner picks among several plans by cheap counts; every plan must return exactly
 * what a brute-force evaluation of the filter returns, in the same order. A generated store and
 * small drive limits force each plan.
 */
describe('records search plans agree with a brute-force reference', () => {
  let dir: string;
  let store: SqliteStore;
  interface Ref {
    id: number;
    platform: string;
    page: string;
    post: string | null;
    authorId: string | null;
    authorName: string | null;
    createdAt: string;
    state: string;
    versions: string[];
    categories: Set<string>;
    kinds: Set<string>;
    actors: Set<string>;
  }
  let refs: Ref[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'civicmod-plan-'));
    await generateStore(join(dir, 'gen.db'), 1500);
    store = openSqliteStore(join(dir, 'gen.db'));
    const q = <T>(sql: string) => store.db.prepare(sql).all() as T[];
    const byId = new Map<number, Ref>();
    for (const c of q<Omit<Ref, 'versions' | 'categories' | 'kinds' | 'actors'>>(
      `SELECT c.id, c.platform, p.platform_page_id AS page, po.platform_post_id AS post,
         c.author_id AS authorId, c.author_name AS authorName, c.created_at AS createdAt, c.state
       FROM comments c JOIN pages p ON p.id = c.page_id LEFT JOIN posts po ON po.id = c.post_id`,
    )) {
      byId.set(c.id, {
        ...c,
        versions: [],
        categories: new Set(),
        kinds: new Set(),
        actors: new Set(),
      });
    }
    for (const v of q<{ commentId: number; text: string }>(
      'SELECT comment_id AS commentId, text FROM comment_versions ORDER BY seq',
    )) {
      byId.get(v.commentId)?.versions.push(v.text);
    }
    for (const d of q<{ commentId: number; flags: string }>(
      'SELECT comment_id AS commentId, flags_json AS flags FROM decisions',
    )) {
      for (const f of JSON.parse(d.flags) as string[]) byId.get(d.commentId)?.categories.add(f);
    }
    for (const a of q<{ commentId: number; kind: string; actor: string }>(
      'SELECT comment_id AS commentId, kind, actor FROM action_log WHERE comment_id IS NOT NULL',
    )) {
      byId.get(a.commentId)?.kinds.add(a.kind);
      byId.get(a.commentId)?.actors.add(a.actor);
    }
    refs = [...byId.values()];
  });
  afterAll(() => {
    store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // unicode61 on ASCII text: lower-cased runs of letters and digits.
  const tokens = (s: string) => s.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const hasTerm = (hay: string[], term: { words: string[]; prefix: boolean }) => {
    for (let i = 0; i + term.words.length <= hay.length; i++) {
      const ok = term.words.every((w, j) => {
        const t = hay[i + j] ?? '';
        return term.prefix && j === term.words.length - 1 ? t.startsWith(w) : t === w;
      });
      if (ok) return true;
    }
    return false;
  };
  const reference = (f: RecordsFilter): number[] => {
    const terms = [...(f.query ?? '').matchAll(/"([^"]*)"?|([^\s"]+)/g)]
      .map((m) => {
        const raw = m[1] ?? m[2] ?? '';
        const prefix = m[2] !== undefined && raw.endsWith('*');
        return { words: tokens(raw), prefix };
      })
      .filter((t) => t.words.length > 0);
    return refs
      .filter(
        (r) =>
          (f.from === undefined || r.createdAt >= f.from) &&
          (f.until === undefined || r.createdAt < f.until) &&
          (f.platform === undefined || r.platform === f.platform) &&
          (f.page === undefined || r.page === f.page) &&
          (f.post === undefined || r.post === f.post) &&
          (f.author === undefined ||
            r.authorId === f.author ||
            r.authorName?.toLowerCase() === f.author.toLowerCase()) &&
          (f.state === undefined || r.state === f.state) &&
          (f.category === undefined || r.categories.has(f.category)) &&
          (f.action === undefined || r.kinds.has(f.action)) &&
          (f.actor === undefined || r.actors.has(f.actor)) &&
          (terms.length === 0 ||
            r.versions.some((text) => {
              const t = tokens(text);
              const a = tokens(r.authorName ?? '');
              return terms.every((term) => hasTerm(t, term) || hasTerm(a, term));
            })),
      )
      .sort((a, b) =>
        a.createdAt === b.createdAt ? b.id - a.id : a.createdAt < b.createdAt ? 1 : -1,
      )
      .map((r) => r.id);
  };

  it('for every plan, on random filters, page by page', async () => {
    let seed = 42;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
    const sample = () => pick(refs);
    const months = ['2023-06', '2024-01', '2024-11', '2025-05', '2026-02'];
    const fields: (() => RecordsFilter)[] = [
      () => {
        const m = pick(months);
        return { from: `${m}-01T00:00:00.000Z`, until: `${m}-20T00:00:00.000Z` };
      },
      () => ({ from: sample().createdAt }),
      () => ({ until: sample().createdAt }),
      () => ({ platform: sample().platform as RecordsFilter['platform'] }),
      () => ({ page: sample().page }),
      () => ({ post: sample().post ?? 'p1' }),
      () => ({ author: sample().authorId ?? '' }),
      () => ({ author: (sample().authorName ?? '').toUpperCase() }),
      () => ({ state: pick(['visible', 'hidden', 'removed', 'deleted_by_author'] as const) }),
      () => ({ category: pick(['obscenity', 'personal_attack', 'off_topic', 'threat']) }),
      () => ({ action: pick(['hide', 'remove', 'approve', 'queue', 'author_deleted']) }),
      () => ({ actor: pick(['system', 'user:1', 'user:2', 'user:5']) }),
      () => ({ query: pick(['police', 'the', 'thank', 'lawsuit', 'moose', 'smith']) }),
      () => ({ query: pick(['"thank you"', '"body camera"', 'police the', 'shoot*', 'edit']) }),
    ];
    const filters: RecordsFilter[] = [{}];
    for (let i = 0; i < 70; i++) {
      const f: RecordsFilter = {};
      const n = 1 + Math.floor(rand() * 3);
      for (let j = 0; j < n; j++) Object.assign(f, pick(fields)());
      filters.push(f);
    }
    const actions = new SqliteActionLog(store.db, store.writer, store.now, store.chain);
    const stores = [1, 40, 4000].map(
      (limit) =>
        new SqliteRecordsStore(store.db, store.writer, store.now, actions, store.chain, limit),
    );
    let nonEmpty = 0;
    for (const filter of filters) {
      const expected = reference(filter);
      if (expected.length > 0) nonEmpty++;
      for (const records of stores) {
        const first = await records.search(filter, { limit: 20 });
        expect(
          first.hits.map((h) => h.commentId),
          JSON.stringify(filter),
        ).toEqual(expected.slice(0, 20));
        expect(await allIds(records, filter, 97), JSON.stringify(filter)).toEqual(expected);
      }
      expect(await store.records.count(filter, 100_000)).toBe(expected.length);
    }
    expect(nonEmpty).toBeGreaterThan(30);
  });
});

describe('records search by language', () => {
  it('finds the comments read as Spanish, and refuses a language it does not know', async () => {
    const { makeTestApp, incomingComment } = await import('../helpers/index.js');
    const t = makeTestApp();
    try {
      await t.app.start();
      const es = await t.app.pipeline.handle({
        type: 'comment',
        comment: incomingComment({ text: 'La calle está cerrada otra vez, ¿hasta cuándo?' }),
      });
      await t.app.pipeline.handle({
        type: 'comment',
        comment: incomingComment({ text: 'The road is closed again, until when?' }),
      });
      const { searchRecords } = await import('../../src/records/search.js');
      const page = await searchRecords(t.db.store, parseRecordsFilter({ language: 'es' }));
      expect(page.hits.map((h) => h.commentId)).toEqual([es.commentId]);
      expect(() => parseRecordsFilter({ language: 'fr' })).toThrow(/language: must be en/);
    } finally {
      await t.cleanup();
    }
  });
});

/**
 * PostgreSQL's search drives from the smallest id set, or from the comment's own columns, or
 * walks by date, by exact counts up to a limit: with the limit lowered, every plan must return
 * the same pages as the default on the mixed records.
 */
describe.skipIf(testPgUrl() === null)('records search plans on PostgreSQL agree', () => {
  it('returns the same pages whichever plan drives', async () => {
    const clock = makeClock();
    const opened = await openBackend('postgres', { now: () => clock.now });
    db = opened;
    await seedMixed(opened, clock);
    const pg = opened.store as PostgresStore;
    const { PgRecordsStore } = await import('../../src/store/postgres/records.js');
    const filters: RecordsFilter[] = [
      {},
      { state: 'hidden' },
      { query: 'road' },
      { query: 'road', platform: 'facebook' },
      { query: 'road', state: 'visible' },
      { category: 'personal_info', platform: 'facebook' },
      { category: 'personal_info', query: 'road' },
      { category: 'off_topic', query: 'foll*', state: 'hidden' },
      { actor: 'system', from: '2026-03-01T00:00:00.000Z' },
      { action: 'hide', query: 'buy' },
      { author: 'a-1', query: '"road closure"' },
      { requestId: 1 },
    ];
    const reference = pg.records;
    for (const limit of [0, 1, 2, 4]) {
      const records = new PgRecordsStore(
        pg.db,
        () => clock.now,
        // Not used by searches.
        undefined as never,
        undefined as never,
        limit,
      );
      for (const filter of filters) {
        expect(await allIds(records, filter, 2), JSON.stringify({ limit, filter })).toEqual(
          await allIds(reference, filter, 2),
        );
      }
    }
  });
});
