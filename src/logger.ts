/**
 * The one place loggers are created. Log an object first and a short message second:
 * `logger.info({ commentId }, 'comment hidden')`. Tokens, secrets, cookies and authorization
 * headers are redacted here, centrally, whatever object they arrive in.
 */
import { pino, type Logger, type DestinationStream } from 'pino';

export type { Logger } from 'pino';

const REDACTED_PATHS = [
  'secrets',
  '*.secrets',
  'token',
  '*.token',
  'accessToken',
  '*.accessToken',
  'access_token',
  '*.access_token',
  'appSecret',
  '*.appSecret',
  'password',
  '*.password',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'headers.cookie',
  'headers["x-hub-signature-256"]',
  'req.headers.authorization',
  'req.headers.cookie',
  'cookie',
  '*.cookie',
];

export function createLogger(
  options: { level?: string; name?: string } = {},
  destination?: DestinationStream,
): Logger {
  return pino(
    {
      name: options.name ?? 'civicmod',
      level: options.level ?? 'info',
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      // Tokens sometimes travel in URLs (Graph API `access_token=`): scrub them from messages too.
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((a) => (typeof a === 'string' ? scrubSecretsInText(a) : a));
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}

const LEVELS: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};

/**
 * On a terminal, one short readable line per log entry ("12:04:31 WARN could not reach Graph
 * (platform=facebook)") instead of JSON, so the start banner is not buried in JSON; anywhere
 * else (a service manager, a file, a pipe) JSON lines, for machines.
 */
export function terminalDestination(out: NodeJS.WritableStream): DestinationStream {
  return {
    write(line: string) {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        const { level, time, msg, ...rest } = entry;
        for (const key of ['pid', 'hostname', 'name']) delete rest[key];
        const when = new Date(typeof time === 'number' ? time : Date.now())
          .toTimeString()
          .slice(0, 8);
        const extra = Object.entries(rest)
          .filter(([, v]) => v !== undefined && typeof v !== 'object')
          .map(([k, v]) => `${k}=${String(v)}`)
          .join(' ');
        out.write(
          `${when} ${LEVELS[Number(level)] ?? String(level)} ${String(msg ?? '')}${extra ? ` (${extra})` : ''}\n`,
        );
      } catch {
        out.write(line);
      }
    },
  };
}

/** Removes `access_token=...` style query values and bearer tokens from free text. */
export function scrubSecretsInText(text: string): string {
  return text
    .replace(
      /(access_token|client_secret|refresh_token|appsecret_proof)=[^&\s"']+/gi,
      '$1=[redacted]',
    )
    .replace(/Bearer\s+[A-Za-z0-9._~+/=-]+/g, 'Bearer [redacted]');
}

/** A logger that keeps its lines in memory, for tests that assert on what was logged. */
export function createCapturedLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream: DestinationStream = {
    write(line: string) {
      lines.push(JSON.parse(line) as Record<string, unknown>);
    },
  };
  return { logger: createLogger({ level: 'debug' }, stream), lines };
}
