/**
 * OAuth 2.0 user-context access for the X API. An access token from the authorisation-code
 * flow lasts two hours, so a bot that keeps running needs a refresh token (scope
 * `offline.access`). X rotates refresh tokens: each refresh returns a new one and retires the
 * old, so the newest is stored (through the adapter's cursors) before it is used, and an
 * operator who re-authorises and puts a new X_REFRESH_TOKEN in .env takes over again.
 *
 * Without a refresh token, X_ACCESS_TOKEN is used as it is until X refuses it; then the page is
 * paused with what to do.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { PlatformError } from '../../src/errors.js';
import { PlatformHttpClient } from '../shared/http.js';
import type { CursorAccess } from '../types.js';
import { problemSchema, tokenSchema } from './schemas.js';

export interface XCredentials {
  accessToken?: string | undefined;
  refresh?:
    { clientId: string; clientSecret?: string | undefined; refreshToken: string } | undefined;
}

/** Where the newest refresh token is kept, with a fingerprint of the .env value it came from. */
const STORED_KEY = 'oauth';
const storedSchema = z.object({ refreshToken: z.string().min(1), fromEnv: z.string() });
const EXPIRY_MARGIN_MS = 60_000;

const fingerprint = (value: string) => createHash('sha256').update(value).digest('hex');

export class XAccessTokens {
  private token: { value: string; expiresAt: number } | undefined;
  private refreshing: Promise<string> | undefined;
  private readonly http: PlatformHttpClient;
  private cursors: CursorAccess | undefined;

  constructor(
    private readonly options: {
      apiUrl: string;
      credentials: XCredentials;
      now?: () => number;
      timeoutMs?: number;
      sleep?: (ms: number) => Promise<void>;
    },
  ) {
    const { accessToken } = options.credentials;
    // A given access token is used first; its lifetime is unknown, so it lasts until refused.
    if (accessToken) this.token = { value: accessToken, expiresAt: Number.POSITIVE_INFINITY };
    this.http = new PlatformHttpClient({
      platform: 'x',
      baseUrl: options.apiUrl,
      timeoutMs: options.timeoutMs,
      sleep: options.sleep,
      interpretError: (status, body) => {
        if (status !== 400 && status !== 401) return undefined;
        const parsed = problemSchema.safeParse(body);
        const code = parsed.success ? (parsed.data.error ?? parsed.data.title) : undefined;
        return new PlatformError(
          'x',
          `x: X refused the refresh token (${code ?? `HTTP ${status}`}). Authorise civicmod ` +
            'again (see README, X), put the new refresh token in X_REFRESH_TOKEN and restart.',
          { retryable: false, pausePage: true, status },
        );
      },
    });
  }

  /** Gives the token store (the adapter's cursors); called from the adapter's start(). */
  attach(cursors: CursorAccess): void {
    this.cursors = cursors;
  }

  get canRefresh(): boolean {
    return this.options.credentials.refresh !== undefined;
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  async get(): Promise<string> {
    if (this.token && this.token.expiresAt - EXPIRY_MARGIN_MS > this.now()) return this.token.value;
    if (!this.canRefresh) throw this.expired();
    this.refreshing ??= this.refresh().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  /** X refused the access token: refresh at the next get(), or explain what to set. */
  invalidate(): void {
    this.token = undefined;
  }

  expired(): PlatformError {
    return new PlatformError(
      'x',
      'x: X refused the access token (OAuth 2.0 user tokens last two hours). Set X_CLIENT_ID ' +
        'and X_REFRESH_TOKEN (see README, X) so civicmod can renew it, then restart.',
      { retryable: false, pausePage: true, status: 401 },
    );
  }

  private async currentRefreshToken(fromEnv: string): Promise<string> {
    const json = await this.cursors?.get(STORED_KEY);
    if (!json) return fromEnv;
    try {
      const stored = storedSchema.parse(JSON.parse(json));
      // A different value in .env means the operator re-authorised: theirs wins.
      return stored.fromEnv === fingerprint(fromEnv) ? stored.refreshToken : fromEnv;
    } catch {
      return fromEnv;
    }
  }

  private async refresh(): Promise<string> {
    const refresh = this.options.credentials.refresh;
    if (!refresh) throw this.expired();
    const refreshToken = await this.currentRefreshToken(refresh.refreshToken);
    const form: Record<string, string> = {
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      client_id: refresh.clientId,
    };
    // Confidential clients authenticate with HTTP Basic; public clients send only client_id.
    const headers: Record<string, string> = refresh.clientSecret
      ? {
          authorization: `Basic ${Buffer.from(`${refresh.clientId}:${refresh.clientSecret}`).toString('base64')}`,
        }
      : {};
    const { data } = await this.http.post('/2/oauth2/token', {
      form,
      headers,
      schema: tokenSchema,
      // Not retried here: a refresh that reached X may already have retired the old token.
      attempts: 1,
    });
    if (data.refresh_token && data.refresh_token !== refreshToken) {
      await this.cursors?.set(
        STORED_KEY,
        JSON.stringify({
          refreshToken: data.refresh_token,
          fromEnv: fingerprint(refresh.refreshToken),
        }),
      );
    }
    this.token = { value: data.access_token, expiresAt: this.now() + data.expires_in * 1000 };
    return data.access_token;
  }
}
