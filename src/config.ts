/**
 * Configuration, read once at start-up from an `env` object (process.env in production, a plain
 * object in tests) and validated by one schema. A bad value stops start-up with a message that
 * names the variable and says what to do; nothing else in the code reads process.env.
 *
 * Secrets (tokens, app secrets, passwords) are kept apart from the loggable config so that a
 * `logger.info(config)` can never leak one.
 */
import { defaultKeyFile, type ChainKeySource } from './store/chain-key.js';
import { z } from 'zod';
import { ConfigError } from './errors.js';

const port = z.coerce
  .number({ message: 'must be a TCP port number between 0 and 65535' })
  .int()
  .min(0)
  .max(65535, 'must be a TCP port number between 0 and 65535');
const positiveInt = z.coerce
  .number({ message: 'must be a whole number above 0' })
  .int('must be a whole number above 0')
  .positive('must be a whole number above 0');
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const url = z.url({ message: 'must be an absolute URL such as https://example.org' });
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));
const idList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  );

/** Every variable civicmod reads, with its default. `.env.example` documents the same list. */
const envSchema = z.object({
  // Core
  CIVICMOD_DB: z.string().min(1).default('data/civicmod.db'),
  // PostgreSQL instead of the SQLite file (src/store/postgres/): postgres://user:password@host/db,
  // or postgres:///db?host=/run/postgresql for a Unix socket. A secret: it may hold a password.
  DATABASE_URL: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()))
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
      message:
        'must be a PostgreSQL URL such as postgres://civicmod:PASSWORD@db.example.org/civicmod (or unset it to use the SQLite file CIVICMOD_DB)',
    }),
  // The evidence chain's key (src/store/chain-key.ts): the key itself (hex or base64, 32 bytes
  // or more), or a file holding it. Default: CIVICMOD_DB with .chain-key appended, created on
  // first use.
  CIVICMOD_CHAIN_KEY: optionalText,
  CIVICMOD_CHAIN_KEY_FILE: optionalText,
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(3000),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  PUBLIC_URL: url.optional(),
  // Dashboard sessions
  SESSION_TTL_HOURS: positiveInt.default(12),
  COOKIE_SECURE: bool.optional(),
  // Retention (I.3: removed content is retained under the records-retention schedule)
  RETENTION_VISIBLE_DAYS: positiveInt.default(730),
  RETENTION_HIDDEN_DAYS: positiveInt.default(1095),
  RETENTION_REMOVED_DAYS: positiveInt.default(1095),
  RETENTION_DELETED_BY_AUTHOR_DAYS: positiveInt.default(730),
  // Action delivery to platforms
  ACTION_RETRY_MAX_SECONDS: positiveInt.default(300),
  // How long a process's claim on a platform action lasts (src/pipeline/executor.ts): with several
  // processes on one PostgreSQL database, another takes over a dead one's actions after this.
  ACTION_CLAIM_SECONDS: positiveInt.default(60),
  // Platform actions delivered at once, per platform (src/pipeline/executor.ts). Each delivery
  // waits for two commits (its claim and its outcome), so in a burst the number in flight, not
  // the platform, sets how fast hides keep up: at 4, a 10,000-comment burst's hides finished
  // seconds after its last comment; at 32 they keep pace (docs/benchmarks.md). The platforms'
  // own limits are hourly quotas, answered by pausing and retrying, whatever this is set to.
  ACTION_CONCURRENCY: z.coerce
    .number({ message: 'must be a whole number from 1 to 256' })
    .int('must be a whole number from 1 to 256')
    .min(1, 'must be a whole number from 1 to 256')
    .max(256, 'must be a whole number from 1 to 256')
    .default(32),
  // Comments classified on this many worker threads (src/pipeline/classify-threads.ts) while the
  // main thread answers webhooks and writes the store: for bursts on a machine with cores to
  // spare. 0 (the default): on the main thread. Each thread holds its own models (about 110 MB).
  CIVICMOD_CLASSIFY_THREADS: z.coerce
    .number({ message: 'must be a whole number from 0 to 16' })
    .int('must be a whole number from 0 to 16')
    .min(0, 'must be a whole number from 0 to 16')
    .max(16, 'must be a whole number from 0 to 16')
    .default(0),
  // Scheduled backups by civicmod start (src/store/backup.ts): into BACKUP_DIR every
  // BACKUP_EVERY_HOURS, keeping the newest BACKUP_KEEP. Empty BACKUP_DIR: none.
  BACKUP_DIR: optionalText,
  BACKUP_EVERY_HOURS: positiveInt.default(24),
  BACKUP_KEEP: positiveInt.default(14),
  // Appeals (issue 19): the Chief or designee decides within this many business days (Mon-Fri);
  // one address may file at most APPEALS_PER_HOUR appeals an hour.
  APPEAL_DUE_BUSINESS_DAYS: positiveInt.default(10),
  APPEALS_PER_HOUR: positiveInt.default(5),
  // Deletion checks (issue 19): where a platform sends no deletion event (Instagram, YouTube,
  // Bluesky), comments posted in the last DELETION_CHECK_DAYS are asked about again every
  // DELETION_CHECK_MINUTES; one the platform no longer has is recorded as deleted.
  DELETION_CHECK_DAYS: positiveInt.default(7),
  DELETION_CHECK_MINUTES: positiveInt.default(60),
  // Threat alerts (issue 19): a Slack/Teams-compatible JSON webhook for threats and personal
  // information, sent at once; empty: none.
  ALERT_WEBHOOK_URL: z.preprocess((v) => (v === '' ? undefined : v), url.optional()),
  // E-mail alerts through the department's SMTP server: smtp://user:pass@host:587 (or smtps://).
  ALERT_SMTP_URL: z.preprocess((v) => (v === '' ? undefined : v), url.optional()),
  // An alert no person has acknowledged (any decision on the comment, or "Acknowledge" on its
  // page) within ALERT_REPEAT_MINUTES is sent again to a second list: ALERT_REPEAT_WEBHOOK_URL
  // and/or ALERT_REPEAT_EMAIL_TO (through ALERT_SMTP_URL). Neither set: no repeat.
  ALERT_REPEAT_MINUTES: positiveInt.default(15),
  // Alerts also posted in this Discord channel (the Discord adapter must be configured).
  ALERT_DISCORD_CHANNEL_ID: optionalText,
  ALERT_REPEAT_WEBHOOK_URL: z.preprocess((v) => (v === '' ? undefined : v), url.optional()),
  ALERT_REPEAT_EMAIL_TO: optionalText,
  ALERT_EMAIL_FROM: optionalText,
  /** Comma-separated addresses. */
  ALERT_EMAIL_TO: optionalText,
  // Facebook Page and Instagram (Meta Graph API)
  FACEBOOK_PAGE_ID: optionalText,
  FACEBOOK_PAGE_TOKEN: optionalText,
  FACEBOOK_APP_SECRET: optionalText,
  FACEBOOK_VERIFY_TOKEN: optionalText,
  FACEBOOK_GRAPH_URL: url.default('https://graph.facebook.com'),
  FACEBOOK_GRAPH_VERSION: z
    .string()
    .regex(/^v\d+\.\d+$/, 'must look like v23.0')
    .default('v23.0'),
  FACEBOOK_BACKFILL_DAYS: positiveInt.default(7),
  FACEBOOK_POLL_SECONDS: positiveInt.default(300),
  INSTAGRAM_ACCOUNT_ID: optionalText,
  INSTAGRAM_TOKEN: optionalText,
  INSTAGRAM_POLL_SECONDS: positiveInt.default(300),
  // Discord
  DISCORD_TOKEN: optionalText,
  DISCORD_GUILD_ID: optionalText,
  DISCORD_CHANNEL_IDS: idList,
  DISCORD_REVIEW_CHANNEL_ID: optionalText,
  /** Slugs of the agencies whose queued comments the review channel shows; empty: every agency. */
  DISCORD_REVIEW_AGENCIES: idList,
  DISCORD_NOTIFY_AUTHOR: bool.default(false),
  // YouTube Data API v3
  YOUTUBE_CHANNEL_ID: optionalText,
  YOUTUBE_CLIENT_ID: optionalText,
  YOUTUBE_CLIENT_SECRET: optionalText,
  YOUTUBE_REFRESH_TOKEN: optionalText,
  YOUTUBE_API_URL: url.default('https://www.googleapis.com'),
  YOUTUBE_OAUTH_URL: url.default('https://oauth2.googleapis.com'),
  YOUTUBE_DAILY_QUOTA: positiveInt.default(10000),
  YOUTUBE_POLL_SECONDS: positiveInt.default(600),
  // X API v2
  X_USER_ID: optionalText,
  X_ACCESS_TOKEN: optionalText,
  // OAuth 2.0 user access tokens last two hours: a refresh token (offline.access) keeps X connected.
  X_CLIENT_ID: optionalText,
  X_CLIENT_SECRET: optionalText,
  X_REFRESH_TOKEN: optionalText,
  X_API_URL: url.default('https://api.x.com'),
  X_POLL_SECONDS: positiveInt.default(300),
  // Bluesky
  BLUESKY_HANDLE: optionalText,
  BLUESKY_APP_PASSWORD: optionalText,
  BLUESKY_SERVICE: url.default('https://bsky.social'),
  BLUESKY_POLL_SECONDS: positiveInt.default(300),
});

type Env = z.infer<typeof envSchema>;

/** Names of the variables that hold secrets: never logged, never shown in the dashboard. */
export const SECRET_VARIABLES = [
  'FACEBOOK_PAGE_TOKEN',
  'FACEBOOK_APP_SECRET',
  'FACEBOOK_VERIFY_TOKEN',
  'INSTAGRAM_TOKEN',
  'DISCORD_TOKEN',
  'YOUTUBE_CLIENT_SECRET',
  'YOUTUBE_REFRESH_TOKEN',
  'X_ACCESS_TOKEN',
  'X_CLIENT_SECRET',
  'X_REFRESH_TOKEN',
  'BLUESKY_APP_PASSWORD',
  'CIVICMOD_CHAIN_KEY',
  'DATABASE_URL',
] as const satisfies readonly (keyof Env)[];

export type SecretName = (typeof SECRET_VARIABLES)[number];
export type Secrets = { readonly [K in SecretName]: string | undefined };
export type Config = Readonly<Omit<Env, SecretName>>;

export interface LoadedConfig {
  config: Config;
  secrets: Secrets;
}

/**
 * Parses and validates the environment. Throws a ConfigError listing every bad variable, each
 * with what is wrong and what to do, so an operator fixes them all in one go.
 */
export function loadConfig(env: Record<string, string | undefined>): LoadedConfig {
  // An empty value (`PUBLIC_URL=` as in .env.example) means "use the default".
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '(unknown)');
      // A secret's value is never echoed: a mistyped DATABASE_URL may still hold a password.
      const got = (SECRET_VARIABLES as readonly string[]).includes(name)
        ? 'value not shown: a secret'
        : `got ${JSON.stringify(env[name] ?? '')}`;
      return `  ${name}: ${issue.message} (${got}); fix it in .env or the environment, see .env.example`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const all = parsed.data;
  if (all.DATABASE_URL !== undefined && all.BACKUP_DIR !== undefined) {
    throw new ConfigError(
      'Invalid configuration:\n  BACKUP_DIR: scheduled backups copy the SQLite file; with DATABASE_URL the records live in ' +
        "PostgreSQL: back them up with the database's own tools (pg_dump, or base backups with WAL archiving) " +
        'and unset BACKUP_DIR (docs/postgresql.md).',
    );
  }
  const secrets = {} as Record<SecretName, string | undefined>;
  const config: Record<string, unknown> = { ...all };
  for (const name of SECRET_VARIABLES) {
    secrets[name] = all[name];
    delete config[name];
  }
  return { config: config as Config, secrets };
}

/**
 * Loads `.env` from the working directory into process.env when it exists (existing variables
 * win), using Node's own parser.
 */
export function loadDotEnv(path = '.env'): void {
  try {
    process.loadEnvFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

/**
 * Where the evidence chain's key comes from under this configuration. On PostgreSQL there is no
 * default file: several processes, maybe on several machines, extend one chain, so they must be
 * given the same key (CIVICMOD_CHAIN_KEY or CIVICMOD_CHAIN_KEY_FILE); `openRuntime` says so.
 */
export function chainKeySource(loaded: LoadedConfig): ChainKeySource {
  return {
    key: loaded.secrets.CIVICMOD_CHAIN_KEY,
    file:
      loaded.config.CIVICMOD_CHAIN_KEY_FILE ??
      (loaded.secrets.DATABASE_URL === undefined
        ? defaultKeyFile(loaded.config.CIVICMOD_DB)
        : undefined),
  };
}
