/**
 * Small helpers shared by the PostgreSQL store modules.
 */
import type { Client, Pool, Queryable } from './database.js';
import { transaction } from './database.js';

/**
 * A SQLite column list (`platform_page_id AS platformPageId, …`) for PostgreSQL, which folds
 * unquoted names to lower case: the aliases are quoted so rows keep their camelCase keys, and the
 * one column named after a keyword (`end`) is quoted.
 */
export function pgColumns(columns: string): string {
  return columns.replace(/\bAS (\w+)/g, 'AS "$1"');
}

/**
 * PostgreSQL's text cannot hold the NUL character, and comment text is untrusted input that may
 * (SQLite keeps it as is). A string that holds one is stored as NUL_MARK followed by its JSON
 * encoding; so is a string that already begins with NUL_MARK (a private-use character), so that
 * reading back is never ambiguous. Every parameter and every value read goes through this pair,
 * in `one`, `all` and `exec`: the store's callers, and the evidence digests, see the text as it
 * arrived. Equality still works (the encoding is a function of the text); a full-text search
 * sees the JSON form of such a text.
 */
const NUL_MARK = '\uE000';

export function encodeText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (!value.includes('\u0000') && !value.startsWith(NUL_MARK)) return value;
  return NUL_MARK + JSON.stringify(value);
}

export function decodeText(value: unknown): unknown {
  if (typeof value !== 'string' || !value.startsWith(NUL_MARK)) return value;
  return JSON.parse(value.slice(NUL_MARK.length)) as string;
}

function decodeRow(row: Record<string, unknown>): Record<string, unknown> {
  for (const key in row) {
    const v = row[key];
    if (typeof v === 'string' && v.startsWith(NUL_MARK)) row[key] = decodeText(v);
  }
  return row;
}

/** Runs a statement; returns its rows (decoded) and the number of rows it changed. */
export async function exec(
  db: Queryable,
  text: string,
  values: unknown[] = [],
): Promise<{ rows: Record<string, unknown>[]; rowCount: number }> {
  const result = await db.query(text, values.map(encodeText));
  return { rows: result.rows.map(decodeRow), rowCount: result.rowCount ?? 0 };
}

/** Runs a statement whose rows come back as arrays (decoded). */
export async function execArrays(
  db: Queryable,
  text: string,
  values: unknown[] = [],
): Promise<unknown[][]> {
  const result = await db.query({ text, values: values.map(encodeText), rowMode: 'array' });
  return (result.rows as unknown[][]).map((row) => row.map(decodeText));
}

/** The first row, or undefined. */
export async function one<T>(
  db: Queryable,
  text: string,
  values: unknown[] = [],
): Promise<T | undefined> {
  return (await exec(db, text, values)).rows[0] as T | undefined;
}

/** Every row. */
export async function all<T>(db: Queryable, text: string, values: unknown[] = []): Promise<T[]> {
  return (await exec(db, text, values)).rows as T[];
}

/** The pool, and transactions on it: what every module of the store is given. */
export class PgDb {
  constructor(readonly pool: Pool) {}

  /** Runs `fn` in one transaction after taking the advisory `locks` (database.ts LOCKS). */
  write<T>(fn: (client: Client) => Promise<T>, locks: readonly number[] = []): Promise<T> {
    return transaction(this.pool, fn, locks);
  }
}
