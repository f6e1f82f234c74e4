/**
 * Records search (J.4: everything posted is subject to public disclosure, so a records clerk
 * must be able to find all of it): the filter a clerk types into the dashboard or passes to
 * `civicmod export`, validated at the boundary, and the keyword syntax turned into a safe FTS5
 * query.
 */
import { z } from 'zod';
import { InputError } from '../errors.js';
import { PLATFORMS, type RecordsFilter, type RecordsPage, type Store } from '../store/types.js';

export const COMMENT_STATES = ['visible', 'hidden', 'removed', 'deleted_by_author'] as const;

/** Longest keyword text accepted: a search box, not a document. */
const MAX_QUERY_LENGTH = 500;
const MAX_TERMS = 32;

/** One term of a keyword search: a word or a "quoted phrase", and whether it is a prefix. */
export interface SearchTerm {
  text: string;
  prefix: boolean;
}

/**
 * What a person typed, as search terms: every word and every "quoted phrase" is one term, to be
 * matched as plain text (never as an operator); a word ending in * is a prefix (`shoot*`). Terms
 * with no letter or digit are dropped; at most MAX_TERMS are kept. Each backend turns the terms
 * into its own query (`toFtsQuery` for SQLite, src/store/postgres/records.ts for PostgreSQL).
 */
export function searchTerms(text: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  // Control characters (a NUL in particular) have no place in a search and could end the
  // expression early inside the database.
  const input = text.replace(/\p{Cc}/gu, ' ');
  const pattern = /"([^"]*)"?|([^\s"]+)/gu;
  for (const match of input.matchAll(pattern)) {
    const phrase = match[1];
    let word = match[2];
    let prefix = false;
    if (word !== undefined && word.length > 1 && word.endsWith('*')) {
      word = word.replace(/\*+$/u, '');
      prefix = true;
    }
    const body = phrase ?? word ?? '';
    // A term with no letter or digit tokenizes to nothing; drop it rather than match nothing.
    if (!/[\p{L}\p{N}]/u.test(body)) continue;
    terms.push({ text: body, prefix });
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/**
 * Turns what a person typed into an FTS5 MATCH expression that can neither fail to parse nor
 * use FTS5 operators: every term becomes an FTS5 string (double quotes doubled), so AND, OR,
 * NOT, NEAR, parentheses, column filters, ^ and stray quotes are just text. Terms are ANDed.
 * Returns null when nothing searchable is left (only punctuation): the search then matches no
 * comment.
 */
export function toFtsQuery(text: string): string | null {
  const terms = searchTerms(text).map(
    (t) => `"${t.text.replaceAll('"', '""')}"${t.prefix ? ' *' : ''}`,
  );
  return terms.length === 0 ? null : terms.join(' ');
}

/** Dates as people type them (2026-03-31) or full ISO 8601 instants. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function parseInstant(value: string, endOfDay: boolean): string | null {
  if (DATE_ONLY.test(value)) {
    const ms = Date.parse(`${value}T00:00:00.000Z`);
    if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value) return null;
    // A "to" date includes the whole day: stop before the next midnight (UTC).
    return new Date(endOfDay ? ms + 86_400_000 : ms).toISOString();
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

const blankToUndefined = (v: unknown) =>
  typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v;

const optionalText = (max: number) =>
  z.preprocess(
    blankToUndefined,
    z.string().max(max, `must be at most ${max} characters`).optional(),
  );

const dateField = (endOfDay: boolean) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined) return undefined;
        const instant = parseInstant(v, endOfDay);
        if (instant === null) {
          ctx.addIssue({
            code: 'custom',
            message:
              'must be a date such as 2026-03-31 or an ISO 8601 time such as 2026-03-31T14:00:00Z',
          });
          return z.NEVER;
        }
        return instant;
      }),
  );

/**
 * The filter as it arrives from a form or the command line (strings), validated. `to` is the
 * last day included. Unknown fields are refused, so a misspelt flag is not silently ignored.
 */
const recordsFilterFields = z
  .object({
    from: dateField(false),
    to: dateField(true),
    platform: z.preprocess(
      blankToUndefined,
      z.enum(PLATFORMS, { message: `must be one of ${PLATFORMS.join(', ')}` }).optional(),
    ),
    page: optionalText(200),
    post: optionalText(200),
    author: optionalText(200),
    state: z.preprocess(
      blankToUndefined,
      z.enum(COMMENT_STATES, { message: `must be one of ${COMMENT_STATES.join(', ')}` }).optional(),
    ),
    category: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^[a-z_]{1,40}$/, 'must be a category name such as personal_attack')
        .optional(),
    ),
    action: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^[a-z_]{1,40}$/, 'must be an action kind such as hide, remove or approve')
        .optional(),
    ),
    language: z.preprocess(
      blankToUndefined,
      z
        .enum(['en', 'es', 'mixed', 'und'], {
          message: 'must be en (English), es (Spanish), mixed (both) or und (undetermined)',
        })
        .optional(),
    ),
    actor: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^(system|user:\d{1,12})$/, 'must be system or user:<id>')
        .optional(),
    ),
    query: optionalText(MAX_QUERY_LENGTH),
    request: z.preprocess(
      blankToUndefined,
      z.coerce
        .number()
        .int('must be a request number')
        .positive('must be a request number')
        .optional(),
    ),
  })
  .strict();

/** The filter's field names, as the dashboard's form and `civicmod export`'s flags name them. */
export const RECORDS_FILTER_FIELDS = Object.keys(
  recordsFilterFields.shape,
) as readonly (keyof z.infer<typeof recordsFilterFields>)[];

export const recordsFilterInput = recordsFilterFields.refine(
  (f) => f.from === undefined || f.to === undefined || f.from < f.to,
  {
    message: '"from" must be on or before "to"',
    path: ['from'],
  },
);

export type RecordsFilterInput = z.input<typeof recordsFilterInput>;

/** Validates a filter from a form or flags; throws InputError naming every bad field. */
export function parseRecordsFilter(input: Record<string, unknown>): RecordsFilter {
  const parsed = recordsFilterInput.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown filter ${issue.keys.map((k) => `"${k}"`).join(', ')}`
        : `${String(issue.path[0] ?? 'filter')}: ${issue.message}`,
    );
    throw new InputError(`Invalid search: ${lines.join('; ')}.`);
  }
  const f = parsed.data;
  const filter: RecordsFilter = {};
  if (f.from !== undefined) filter.from = f.from;
  if (f.to !== undefined) filter.until = f.to;
  if (f.platform !== undefined) filter.platform = f.platform;
  if (f.page !== undefined) filter.page = f.page;
  if (f.post !== undefined) filter.post = f.post;
  if (f.author !== undefined) filter.author = f.author;
  if (f.state !== undefined) filter.state = f.state;
  if (f.category !== undefined) filter.category = f.category;
  if (f.action !== undefined) filter.action = f.action;
  if (f.language !== undefined) filter.language = f.language;
  if (f.actor !== undefined) filter.actor = f.actor;
  if (f.query !== undefined) filter.query = f.query;
  if (f.request !== undefined) filter.requestId = f.request;
  return filter;
}

/** The filter in words, for the export's HTML header and the dashboard. */
export function describeFilter(filter: RecordsFilter): string {
  const parts: string[] = [];
  if (filter.from !== undefined) parts.push(`created from ${filter.from}`);
  if (filter.until !== undefined) parts.push(`created before ${filter.until}`);
  if (filter.platform !== undefined) parts.push(`platform ${filter.platform}`);
  if (filter.page !== undefined) parts.push(`page ${filter.page}`);
  if (filter.post !== undefined) parts.push(`post ${filter.post}`);
  if (filter.author !== undefined) parts.push(`author ${filter.author}`);
  if (filter.state !== undefined) parts.push(`state ${filter.state}`);
  if (filter.category !== undefined) parts.push(`category ${filter.category}`);
  if (filter.action !== undefined) parts.push(`action ${filter.action}`);
  if (filter.language !== undefined) parts.push(`language ${filter.language}`);
  if (filter.actor !== undefined) parts.push(`actor ${filter.actor}`);
  if (filter.query !== undefined) parts.push(`text matching ${JSON.stringify(filter.query)}`);
  if (filter.requestId !== undefined) parts.push(`attached to records request ${filter.requestId}`);
  if (filter.agencyIds !== undefined) {
    parts.push(
      `${filter.agencyIds.length === 1 ? 'agency' : 'agencies'} ${filter.agencyIds.join(', ')}`,
    );
  }
  return parts.length === 0 ? 'every comment' : parts.join('; ');
}

export const SEARCH_PAGE_SIZE = 50;

/** One page of results, newest first. */
export async function searchRecords(
  store: Pick<Store, 'records'>,
  filter: RecordsFilter,
  cursor?: string,
  limit = SEARCH_PAGE_SIZE,
): Promise<RecordsPage> {
  return store.records.search(filter, { limit, cursor });
}
