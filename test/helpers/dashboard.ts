/**
 * The whole app with its dashboard on loopback, for the dashboard's HTTP and browser tests:
 * a deterministic classifier (so these tests do not move when the real lexicons change), cheap
 * password hashing, a fast queue poll, and a small cookie-keeping HTTP client.
 */
import { join } from 'node:path';
import type { PlatformAdapter } from '../../adapters/types.js';
import { createModerator, type Classifier, type Signal } from '../../moderation/index.js';
import { createAccount } from '../../src/accounts/accounts.js';
import type { ScryptParams } from '../../src/accounts/passwords.js';
import { createApp, type App } from '../../src/app.js';
import { createCapturedLogger } from '../../src/logger.js';
import type { Role } from '../../src/review/permissions.js';
import type { UserRow } from '../../src/store/types.js';
import { dashboardRouters } from '../../src/web/dashboard.js';
import { openBackend, type BackendName, type BackendUnderTest } from './backends.js';
import { makeTestConfig } from './index.js';

/** 2^10 instead of 2^15: the same code path, a thousandth of the memory and time. */
export const FAST_SCRYPT: ScryptParams = { N: 2 ** 10, r: 8, p: 1 };

export const TEST_PASSWORD = 'correct horse battery staple';

const RULES: { pattern: RegExp; signal: Omit<Signal, 'evidence'> }[] = [
  {
    pattern: /\bfuck\w*/gi,
    signal: { category: 'obscenity', score: 0.95, label: 'strong obscenity', autoHide: true },
  },
  {
    pattern: /\bidiot\b/gi,
    signal: {
      category: 'personal_attack',
      score: 0.8,
      label: 'insult aimed at a person',
      autoHide: false,
    },
  },
  {
    pattern: /\bhurt you\b/gi,
    signal: { category: 'threat', score: 0.9, label: 'threat of violence', autoHide: false },
  },
];

/** Flags fixed words, with evidence spans of the original text. */
export const testClassifier: Classifier = {
  name: 'dashboard-test',
  classify(input) {
    const signals: Signal[] = [];
    for (const { pattern, signal } of RULES) {
      for (const m of input.text.matchAll(pattern)) {
        signals.push({
          ...signal,
          evidence: [{ start: m.index, end: m.index + m[0].length, text: m[0] }],
        });
      }
    }
    return signals;
  },
};

export interface DashboardTestApp {
  app: App;
  db: BackendUnderTest;
  url: string;
  logs: Record<string, unknown>[];
  addUser(
    username: string,
    role: Role,
    options?: { displayName?: string; password?: string },
  ): Promise<UserRow>;
  cleanup(): Promise<void>;
}

export async function makeDashboardApp(
  options: {
    adapters?: PlatformAdapter[];
    env?: Record<string, string>;
    now?: () => Date;
    /** The store's backend (helpers/backends.ts); SQLite by default. */
    backend?: BackendName;
  } = {},
): Promise<DashboardTestApp> {
  const db = await openBackend(options.backend ?? 'sqlite');
  const { logger, lines } = createCapturedLogger();
  // Export bundles go beside CIVICMOD_DB: the test's own folder, never the checkout's data/.
  const { config, secrets } = makeTestConfig({
    CIVICMOD_DB: join(db.dir, 'civicmod.db'),
    ...options.env,
  });
  const app = createApp({
    config,
    secrets,
    store: db.store,
    logger,
    moderator: createModerator({ classifiers: [testClassifier], version: 'dashboard-test-1' }),
    adapters: options.adapters ?? [],
    routers: (core) =>
      dashboardRouters(core, { scrypt: FAST_SCRYPT, queuePollMs: 300, now: options.now }),
    executor: { retryBaseMs: 5, retryMaxMs: 50 },
  });
  const { url } = await app.start();
  return {
    app,
    db,
    url,
    logs: lines,
    addUser(username, role, o = {}) {
      return createAccount(
        db.store,
        {
          username,
          displayName: o.displayName ?? username,
          role,
          password: o.password ?? TEST_PASSWORD,
        },
        { actor: 'system', via: 'cli' },
        FAST_SCRYPT,
      );
    },
    async cleanup() {
      await app.stop();
      await db.cleanup();
    },
  };
}

export interface HttpResult {
  status: number;
  headers: Headers;
  text: string;
  location: string | null;
}

/** fetch with a cookie jar and no automatic redirects, as a browser session would behave. */
export class HttpClient {
  readonly cookies = new Map<string, string>();

  constructor(readonly base: string) {}

  private remember(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (!pair || eq < 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(
    method: string,
    path: string,
    options: {
      form?: Record<string, string | string[]>;
      json?: unknown;
      headers?: Record<string, string>;
    } = {},
  ): Promise<HttpResult> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    }
    let body: string | undefined;
    if (options.form) {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(options.form)) {
        for (const value of Array.isArray(v) ? v : [v]) params.append(k, value);
      }
      body = params.toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
    } else if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['content-type'] = 'application/json';
      headers.accept ??= 'application/json';
    }
    const res = await fetch(this.base + path, { method, headers, body, redirect: 'manual' });
    this.remember(res);
    return {
      status: res.status,
      headers: res.headers,
      text: await res.text(),
      location: res.headers.get('location'),
    };
  }

  get(path: string, headers?: Record<string, string>): Promise<HttpResult> {
    return this.request('GET', path, { headers });
  }

  post(
    path: string,
    options: {
      form?: Record<string, string | string[]>;
      json?: unknown;
      headers?: Record<string, string>;
    },
  ): Promise<HttpResult> {
    return this.request('POST', path, options);
  }

  /** Signs in through the login form (with its own CSRF token). */
  async login(username: string, password = TEST_PASSWORD): Promise<HttpResult> {
    const page = await this.get('/login');
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
    return this.post('/login', { form: { _csrf: token, username, password, next: '/' } });
  }

  /** The session's CSRF token, read from a page's meta tag. */
  async csrf(path = '/pages'): Promise<string> {
    const page = await this.get(path);
    return /<meta name="csrf-token" content="([^"]*)"/.exec(page.text)?.[1] ?? '';
  }
}
