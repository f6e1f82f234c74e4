/**
 * Meta's rate-limit usage headers, and the throttle that slows our reads before a limit is hit.
 *
 * Page tokens fall under Business Use Case limits, app and user tokens under Platform limits
 * (https://developers.facebook.com/docs/graph-api/overview/rate-limiting/); the per-Page formula
 * that used `page_engaged_users` is gone (deprecated 2024), so the headers are the only honest
 * measure. Each carries percentages of the limit used; at 100% every call fails until the
 * window rolls on, and Meta can extend the block, so we slow down well before.
 *
 * Only polling waits: it can always run later. Platform actions (a hide) are never slowed
 * below 100%, because a hide is what the budget is kept for; at 100% they are handed back to
 * the executor as retryable so they wait in the action log instead of burning calls.
 */
import { z } from 'zod';
import type { Logger } from '../../src/logger.js';

/** Usage is in percent of the limit. Below this we never wait. */
export const SLOW_DOWN_AT_PERCENT = 75;
/** The longest wait before one read while under 100%. */
const MAX_SLOW_DOWN_MS = 60_000;
/** When Meta says we are at 100% but not for how long. */
const DEFAULT_BLOCK_MS = 5 * 60_000;

const percent = z.number().finite().nonnegative();
/** `X-App-Usage` and `X-Page-Usage`: `{"call_count":28,"total_time":25,"total_cputime":25}`. */
const flatUsageSchema = z
  .object({
    call_count: percent.optional(),
    total_time: percent.optional(),
    total_cputime: percent.optional(),
    /** Minutes (X-Page-Usage and BUC). */
    estimated_time_to_regain_access: percent.optional(),
  })
  .loose();
/** `X-Business-Use-Case-Usage`: `{"<business-object-id>":[{"type":"pages","call_count":…,…}]}`. */
const bucUsageSchema = z.record(z.string(), z.array(flatUsageSchema));

export interface UsageReading {
  /** The highest percentage any header reports. */
  percent: number;
  /** Meta's estimate of when access returns, when it gave one. */
  regainMs: number | undefined;
  /** Which header reported the highest percentage (for the log). */
  header: string;
}

function readFlat(value: z.infer<typeof flatUsageSchema>): {
  percent: number;
  regainMs: number | undefined;
} {
  const pct = Math.max(value.call_count ?? 0, value.total_time ?? 0, value.total_cputime ?? 0);
  const minutes = value.estimated_time_to_regain_access;
  return { percent: pct, regainMs: minutes && minutes > 0 ? minutes * 60_000 : undefined };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Reads the three usage headers; undefined when none is present (absence is not zero usage). */
export function readUsageHeaders(headers: Headers): UsageReading | undefined {
  let best: UsageReading | undefined;
  const consider = (header: string, pct: number, regainMs: number | undefined) => {
    if (!best || pct > best.percent) best = { percent: pct, regainMs, header };
    else if (regainMs !== undefined && (best.regainMs ?? 0) < regainMs) best.regainMs = regainMs;
  };
  for (const header of ['x-app-usage', 'x-page-usage']) {
    const raw = headers.get(header);
    if (raw === null) continue;
    const parsed = flatUsageSchema.safeParse(parseJson(raw));
    if (!parsed.success) continue;
    const { percent: pct, regainMs } = readFlat(parsed.data);
    consider(header, pct, regainMs);
  }
  const buc = headers.get('x-business-use-case-usage');
  if (buc !== null) {
    const parsed = bucUsageSchema.safeParse(parseJson(buc));
    if (parsed.success) {
      for (const entries of Object.values(parsed.data)) {
        for (const entry of entries) {
          const { percent: pct, regainMs } = readFlat(entry);
          consider('x-business-use-case-usage', pct, regainMs);
        }
      }
    }
  }
  return best;
}

/**
 * How long to wait before the next read at a given usage: nothing below 75%, then doubling
 * every 5 points (1 s at 75%, 8 s at 90%, about 28 s at 99%), so a busy hour spreads our polls
 * out instead of running into the wall.
 */
export function slowDownMs(pct: number): number {
  if (pct < SLOW_DOWN_AT_PERCENT) return 0;
  return Math.min(MAX_SLOW_DOWN_MS, Math.round(1000 * 2 ** ((pct - SLOW_DOWN_AT_PERCENT) / 5)));
}

export interface UsageThrottleOptions {
  platform: string;
  logger: Logger;
  sleep: (ms: number) => Promise<void>;
  now?: () => number;
}

export class GraphUsageThrottle {
  private usage: UsageReading | undefined;
  private blockedUntil = 0;
  private loggedLevel = 0;

  constructor(private readonly options: UsageThrottleOptions) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** Called with every response's headers. */
  observe(headers: Headers): void {
    const reading = readUsageHeaders(headers);
    if (!reading) return;
    this.usage = reading;
    if (reading.percent >= 100) this.block(reading.regainMs);
    const level =
      reading.percent >= 100 ? 3 : reading.percent >= 90 ? 2 : reading.percent >= 75 ? 1 : 0;
    if (level !== this.loggedLevel) {
      this.loggedLevel = level;
      const log = level >= 2 ? this.options.logger.warn : this.options.logger.info;
      log.call(
        this.options.logger,
        { platform: this.options.platform, usagePercent: reading.percent, header: reading.header },
        level === 0
          ? 'Graph API usage back to normal'
          : 'Graph API usage is high: polling slows down to stay under the limit',
      );
    }
  }

  /** Meta refused a call for rate (error 4, 17, 32, 613, 80001…): nothing but waiting helps. */
  block(ms: number | undefined): void {
    this.blockedUntil = Math.max(this.blockedUntil, this.now() + (ms ?? DEFAULT_BLOCK_MS));
  }

  /** Milliseconds until calls can be made again; 0 when not at the limit. */
  blockedForMs(): number {
    return Math.max(0, this.blockedUntil - this.now());
  }

  /** The wait before the next read: the block if there is one, else the slow-down for usage. */
  readDelayMs(): number {
    const blocked = this.blockedForMs();
    if (blocked > 0) return blocked;
    return this.usage ? slowDownMs(Math.min(this.usage.percent, 99.99)) : 0;
  }

  /** Waits as long as the usage asks before a poll read. */
  async beforeRead(): Promise<void> {
    const delay = this.readDelayMs();
    if (delay > 0) await this.options.sleep(delay);
  }

  current(): UsageReading | undefined {
    return this.usage;
  }
}
