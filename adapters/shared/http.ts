/**
 * The HTTP client every REST adapter uses: time-outs, retries with exponential back-off and
 * jitter for 429 and 5xx, `Retry-After`, JSON parsing and schema validation at the boundary,
 * and errors that say what to do without ever containing a token.
 *
 * Reads (GET) are retried here; platform actions are retried by the executor, which records
 * each attempt in the action log.
 */
import type { ZodType } from 'zod';
import { PlatformError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import type { Platform } from '../../src/store/types.js';

export interface HttpResponse<T> {
  status: number;
  headers: Headers;
  data: T;
}

export interface RequestOptions<T> {
  query?: Record<string, string | number | boolean | undefined>;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as application/x-www-form-urlencoded. */
  form?: Record<string, string>;
  headers?: Record<string, string>;
  /** Validates the parsed body; a mismatch is a PlatformError naming the path. */
  schema?: ZodType<T>;
  /** Attempts for this request (default: 3 for GET, 1 otherwise). */
  attempts?: number;
}

export interface HttpClientOptions {
  platform: Platform;
  baseUrl: string;
  /** Added to every request (authorization). Never logged. */
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  /** Query parameters added to every request (Graph API `access_token`). Never logged. */
  secretQuery?: () => Record<string, string>;
  timeoutMs?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  logger?: Logger;
  /** Waits between retries; tests pass an instant one. */
  sleep?: (ms: number) => Promise<void>;
  /**
   * Turns a non-2xx answer into the platform's own meaning (Meta error 190 = expired token:
   * pause the page). Returns undefined to use the default rules.
   */
  interpretError?: (status: number, body: unknown, headers: Headers) => PlatformError | undefined;
  /** Called with every response's headers (rate-limit usage headers). */
  onResponse?: (headers: Headers, status: number) => void;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Seconds or an HTTP date, as Retry-After allows. */
export function retryAfterMs(headers: Headers): number | undefined {
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

export class PlatformHttpClient {
  constructor(private readonly options: HttpClientOptions) {}

  get<T>(path: string, options: RequestOptions<T> = {}): Promise<HttpResponse<T>> {
    return this.request('GET', path, options);
  }

  post<T>(path: string, options: RequestOptions<T> = {}): Promise<HttpResponse<T>> {
    return this.request('POST', path, options);
  }

  async request<T>(
    method: string,
    path: string,
    options: RequestOptions<T> = {},
  ): Promise<HttpResponse<T>> {
    const attempts = options.attempts ?? (method === 'GET' ? 3 : 1);
    let lastError: PlatformError | undefined;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        return await this.once(method, path, options);
      } catch (err) {
        if (
          !(err instanceof PlatformError) ||
          !err.retryable ||
          err.pausePage ||
          attempt === attempts
        )
          throw err;
        lastError = err;
        const base = this.options.retryBaseMs ?? 500;
        const max = this.options.retryMaxMs ?? 30_000;
        const backoff = Math.min(max, base * 2 ** (attempt - 1));
        const delay = err.retryAfterMs ?? Math.round(backoff * (0.5 + Math.random() * 0.5));
        this.options.logger?.warn(
          {
            platform: this.options.platform,
            method,
            path,
            attempt,
            delayMs: delay,
            error: err.message,
          },
          'platform request failed; retrying',
        );
        await (this.options.sleep ?? defaultSleep)(delay);
      }
    }
    throw lastError ?? new Error('unreachable');
  }

  private async once<T>(
    method: string,
    path: string,
    options: RequestOptions<T>,
  ): Promise<HttpResponse<T>> {
    const { platform } = this.options;
    const url = new URL(
      path.replace(/^\//, ''),
      this.options.baseUrl.endsWith('/') ? this.options.baseUrl : `${this.options.baseUrl}/`,
    );
    for (const [k, v] of Object.entries(options.query ?? {}))
      if (v !== undefined) url.searchParams.set(k, String(v));
    for (const [k, v] of Object.entries(this.options.secretQuery?.() ?? {}))
      url.searchParams.set(k, v);
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...(await this.options.headers?.()),
      ...options.headers,
    };
    let body: string | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(options.form).toString();
    }
    // What we say in errors and logs: method and path, never the query (tokens travel there).
    const where = `${method} ${url.pathname}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers,
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
      });
    } catch (err) {
      const timedOut =
        (err as Error).name === 'TimeoutError' || (err as Error).name === 'AbortError';
      throw new PlatformError(
        platform,
        `${platform} ${where}: ${timedOut ? 'timed out' : `network error (${(err as Error).message})`}`,
        {
          retryable: true,
          cause: err,
        },
      );
    }
    this.options.onResponse?.(response.headers, response.status);
    const text = await response.text();
    let parsed: unknown = undefined;
    let parseFailed = false;
    if (text !== '') {
      try {
        parsed = JSON.parse(text);
      } catch {
        parseFailed = true;
      }
    }
    if (!response.ok) {
      const interpreted = this.options.interpretError?.(response.status, parsed, response.headers);
      if (interpreted) throw interpreted;
      const retryable =
        response.status === 429 || response.status >= 500 || response.status === 408;
      throw new PlatformError(
        platform,
        `${platform} ${where}: HTTP ${response.status}${describeBody(parsed)}`,
        {
          retryable,
          retryAfterMs: retryAfterMs(response.headers),
          status: response.status,
        },
      );
    }
    if (parseFailed) {
      // A half-delivered or proxy-mangled body: trying again later usually helps.
      throw new PlatformError(platform, `${platform} ${where}: the response was not valid JSON`, {
        retryable: true,
      });
    }
    if (options.schema) {
      const checked = options.schema.safeParse(parsed);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        throw new PlatformError(
          platform,
          `${platform} ${where}: unexpected response shape (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'})`,
          { retryable: false },
        );
      }
      return { status: response.status, headers: response.headers, data: checked.data };
    }
    return { status: response.status, headers: response.headers, data: parsed as T };
  }
}

function describeBody(body: unknown): string {
  if (body && typeof body === 'object') {
    const error = (body as { error?: { message?: unknown } | string }).error;
    if (typeof error === 'string') return `: ${error.slice(0, 200)}`;
    if (error && typeof error.message === 'string') return `: ${error.message.slice(0, 200)}`;
  }
  return '';
}
