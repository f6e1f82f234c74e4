/**
 * Access tokens for the YouTube Data API from a long-lived OAuth refresh token (Google's
 * "offline" access). An access token lasts about an hour; it is refreshed a minute before it
 * expires, and at once when the API says it is no longer valid. A refused refresh token
 * (revoked, expired after six months unused, or from an app still in "testing") pauses the page:
 * only an operator can fix it.
 */
import { PlatformError } from '../../src/errors.js';
import { PlatformHttpClient } from '../shared/http.js';
import { oauthErrorSchema, tokenSchema } from './schemas.js';

export interface GoogleCredentials {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
}

/** Refresh this long before the stated expiry, so a call never carries a token about to lapse. */
const EXPIRY_MARGIN_MS = 60_000;

export class GoogleAccessTokens {
  private token: { value: string; expiresAt: number } | undefined;
  private refreshing: Promise<string> | undefined;
  private readonly http: PlatformHttpClient;

  constructor(
    private readonly options: {
      oauthUrl: string;
      credentials: GoogleCredentials;
      now?: () => number;
      timeoutMs?: number;
      sleep?: (ms: number) => Promise<void>;
    },
  ) {
    this.http = new PlatformHttpClient({
      platform: 'youtube',
      baseUrl: options.oauthUrl,
      timeoutMs: options.timeoutMs,
      sleep: options.sleep,
      interpretError: (status, body) => {
        const parsed = oauthErrorSchema.safeParse(body);
        const code = parsed.success ? parsed.data.error : undefined;
        // invalid_grant: the refresh token was revoked or expired; invalid_client: wrong id/secret.
        if (code === 'invalid_grant' || code === 'invalid_client' || status === 401) {
          return new PlatformError(
            'youtube',
            `youtube: Google refused the OAuth credentials (${code ?? `HTTP ${status}`}). ` +
              'Create a new refresh token (see README, YouTube) and set YOUTUBE_CLIENT_ID, ' +
              'YOUTUBE_CLIENT_SECRET and YOUTUBE_REFRESH_TOKEN, then restart civicmod.',
            { retryable: false, pausePage: true, status },
          );
        }
        return undefined;
      },
    });
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** A valid access token; concurrent callers share one refresh. */
  async get(): Promise<string> {
    if (this.token && this.token.expiresAt - EXPIRY_MARGIN_MS > this.now()) return this.token.value;
    this.refreshing ??= this.refresh().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  /** Forgets the current token (the API answered 401): the next get() refreshes. */
  invalidate(): void {
    this.token = undefined;
  }

  private async refresh(): Promise<string> {
    const { credentials } = this.options;
    const { data } = await this.http.post('/token', {
      form: {
        grant_type: 'refresh_token',
        client_id: credentials.clientId,
        client_secret: credentials.clientSecret,
        refresh_token: credentials.refreshToken,
      },
      schema: tokenSchema,
      // A token request changes nothing on Google's side: safe to retry on 5xx.
      attempts: 3,
    });
    this.token = { value: data.access_token, expiresAt: this.now() + data.expires_in * 1000 };
    return data.access_token;
  }
}
