/**
 * The Graph API client Facebook and Instagram share: the shared HTTP client (retries, back-off,
 * Retry-After, schema validation) with Meta's base URL and version, the token sent as the
 * `access_token` query (kept out of every message by `secretQuery`), `appsecret_proof`, the
 * usage-header throttle, and Graph error codes turned into what civicmod does about them.
 */
import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { PlatformError } from '../../src/errors.js';
import { scrubSecretsInText, type Logger } from '../../src/logger.js';
import type { Platform } from '../../src/store/types.js';
import { PlatformHttpClient, retryAfterMs, type RequestOptions } from '../shared/http.js';
import type { GraphUsageThrottle } from './usage.js';

/** Meta's error body: `{"error":{"message","type","code","error_subcode","fbtrace_id"}}`. */
export const graphErrorSchema = z.object({
  error: z
    .object({
      message: z.string().optional(),
      type: z.string().optional(),
      code: z.number().optional(),
      error_subcode: z.number().optional(),
      is_transient: z.boolean().optional(),
      fbtrace_id: z.string().optional(),
    })
    .loose(),
});

/** Expired, revoked or invalidated access token (OAuthException); 102 is the older session code. */
const TOKEN_CODES = new Set([190, 102]);
/** Rate limits: app (4), user (17), page (32), custom (613), Business Use Case (80001–80014). */
function isRateLimitCode(code: number): boolean {
  return (
    code === 4 || code === 17 || code === 32 || code === 613 || (code >= 80001 && code <= 80014)
  );
}
/** Permission errors: the token lacks a permission or the Page role lacks the task. */
function isPermissionCode(code: number): boolean {
  return code === 10 || (code >= 200 && code <= 299);
}

export interface GraphErrorContext {
  platform: Platform;
  /** The operator message for an expired or revoked token (what to do, in their words). */
  tokenExpiredMessage: string;
  /** Values never to repeat in a message (the token, the app secret). */
  secrets: readonly string[];
  throttle?: GraphUsageThrottle | undefined;
}

function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret !== '') out = out.split(secret).join('[redacted]');
  return scrubSecretsInText(out).slice(0, 300);
}

/**
 * Turns a Graph error answer into a PlatformError that says what happens next: 190 pauses the
 * page (a person must create a new token), rate limits wait, transient errors retry, permission
 * and missing-object errors go back to a person.
 */
export function interpretGraphError(
  context: GraphErrorContext,
  status: number,
  body: unknown,
  headers: Headers,
): PlatformError {
  const { platform } = context;
  const parsed = graphErrorSchema.safeParse(body);
  const error = parsed.success ? parsed.data.error : undefined;
  const code = error?.code;
  const label = `Graph error ${code ?? 'without code'}${error?.error_subcode ? `/${error.error_subcode}` : ''}`;
  const said = error?.message ? `: ${scrub(error.message, context.secrets)}` : '';
  const retryAfter = retryAfterMs(headers);
  if (code !== undefined && TOKEN_CODES.has(code)) {
    return new PlatformError(platform, `${context.tokenExpiredMessage} (${label})`, {
      retryable: false,
      pausePage: true,
      status,
    });
  }
  if (status === 429 || (code !== undefined && isRateLimitCode(code))) {
    const regain = context.throttle?.current()?.regainMs;
    const wait = retryAfter ?? regain;
    context.throttle?.block(wait);
    return new PlatformError(
      platform,
      `${platform}: Meta rate limit reached (${label}); waiting before trying again`,
      { retryable: true, retryAfterMs: wait ?? context.throttle?.blockedForMs(), status },
    );
  }
  if (code !== undefined && isPermissionCode(code)) {
    return new PlatformError(
      platform,
      `${platform}: the token lacks a permission or the Page role lacks the task for this (${label}${said}); check the app's permissions (README 'Platforms')`,
      { retryable: false, status },
    );
  }
  if (code === 100 && error?.error_subcode === 33) {
    return new PlatformError(
      platform,
      `${platform}: the object no longer exists or cannot be reached with this token, e.g. deleted by its author (${label})`,
      { retryable: false, status, gone: true },
    );
  }
  const retryable =
    status === 429 ||
    status === 408 ||
    status >= 500 ||
    error?.is_transient === true ||
    code === 1 ||
    code === 2;
  return new PlatformError(platform, `${platform}: HTTP ${status}, ${label}${said}`, {
    retryable,
    retryAfterMs: retryAfter,
    status,
  });
}

export interface GraphClientOptions {
  platform: Platform;
  /** FACEBOOK_GRAPH_URL, e.g. https://graph.facebook.com */
  graphUrl: string;
  /** FACEBOOK_GRAPH_VERSION, e.g. v23.0 */
  version: string;
  token: string;
  /** When set, every call carries `appsecret_proof` (required when "Require App Secret" is on). */
  appSecret?: string | undefined;
  tokenExpiredMessage: string;
  logger: Logger;
  throttle: GraphUsageThrottle;
  sleep?: ((ms: number) => Promise<void>) | undefined;
  timeoutMs?: number | undefined;
  retryBaseMs?: number | undefined;
  retryMaxMs?: number | undefined;
}

export function createGraphClient(options: GraphClientOptions): PlatformHttpClient {
  const proof =
    options.appSecret === undefined
      ? undefined
      : createHmac('sha256', options.appSecret).update(options.token).digest('hex');
  const secretQuery: Record<string, string> = { access_token: options.token };
  if (proof !== undefined) secretQuery.appsecret_proof = proof;
  const errorContext: GraphErrorContext = {
    platform: options.platform,
    tokenExpiredMessage: options.tokenExpiredMessage,
    secrets: [options.token, options.appSecret ?? '', proof ?? ''],
    throttle: options.throttle,
  };
  return new PlatformHttpClient({
    platform: options.platform,
    baseUrl: `${options.graphUrl.replace(/\/+$/, '')}/${options.version}/`,
    secretQuery: () => secretQuery,
    timeoutMs: options.timeoutMs,
    retryBaseMs: options.retryBaseMs,
    retryMaxMs: options.retryMaxMs,
    logger: options.logger,
    sleep: options.sleep,
    interpretError: (status, body, headers) =>
      interpretGraphError(errorContext, status, body, headers),
    onResponse: (headers) => options.throttle.observe(headers),
  });
}

/** Graph ids are digits, joined by `_` for posts and comments; anything else never reaches a path. */
export const graphIdSchema = z.string().regex(/^\d+(_\d+)*$/, 'not a Graph object id');

export function isGraphId(value: string): boolean {
  return graphIdSchema.safeParse(value).success;
}

/** Cursor paging: `paging.cursors.after`, and `paging.next` present only when there is more. */
export const graphPagingSchema = z
  .object({
    cursors: z.object({ before: z.string().optional(), after: z.string().optional() }).optional(),
    next: z.string().optional(),
    previous: z.string().optional(),
  })
  .optional();

export function graphListSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), paging: graphPagingSchema });
}

export type GraphPaging = z.infer<typeof graphPagingSchema>;

/**
 * The query for the next page, or undefined at the end. `next` is the documented end signal
 * (`cursors.after` is present on the last page too). We never fetch `next` itself: it names
 * graph.facebook.com and carries the token, where we want FACEBOOK_GRAPH_URL and our own
 * token handling; so the cursor, or the time-based `until`/`since` of `next`, is reused instead.
 */
export function nextPageQuery(paging: GraphPaging): Record<string, string> | undefined {
  if (!paging?.next) return undefined;
  if (paging.cursors?.after) return { after: paging.cursors.after };
  let next: URL;
  try {
    next = new URL(paging.next);
  } catch {
    return undefined;
  }
  const query: Record<string, string> = {};
  for (const key of ['after', 'until', 'since', '__paging_token', 'offset']) {
    const value = next.searchParams.get(key);
    if (value !== null) query[key] = value;
  }
  return Object.keys(query).length > 0 ? query : undefined;
}

export interface ListPagesOptions<T> {
  query: Record<string, string | number | undefined>;
  schema: z.ZodType<{ data: T[]; paging?: GraphPaging }>;
  /** Called before each page (the throttle's slow-down, the stop check). */
  beforePage?: () => Promise<boolean>;
  /** Returns true to stop after this page (older than what we need). */
  stopAfter?: (page: T[]) => boolean;
  /** Safety bound: a runaway paging loop must not spend the rate budget. */
  maxPages?: number;
}

/** Reads a list edge page by page, yielding each page's items. */
export async function* listPages<T>(
  client: PlatformHttpClient,
  path: string,
  options: ListPagesOptions<T>,
): AsyncGenerator<T[]> {
  let extra: Record<string, string> = {};
  const maxPages = options.maxPages ?? 200;
  for (let page = 0; page < maxPages; page++) {
    if (options.beforePage && !(await options.beforePage())) return;
    const request: RequestOptions<{ data: T[]; paging?: GraphPaging }> = {
      query: { ...options.query, ...extra },
      schema: options.schema,
    };
    const { data } = await client.get(path, request);
    yield data.data;
    if (options.stopAfter?.(data.data)) return;
    const next = nextPageQuery(data.paging);
    if (!next) return;
    extra = next;
  }
}

/** Graph times: ISO 8601 with `+0000` in API answers, Unix seconds in webhooks. */
export function graphTime(value: string | number | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') {
    // Some Meta payloads use milliseconds; seconds would put this before 2001.
    const ms = value > 1e12 ? value : value * 1000;
    return new Date(ms).toISOString();
  }
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString();
}

/** Unix seconds, as Graph's `since`/`until` take them. */
export function unixSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}
