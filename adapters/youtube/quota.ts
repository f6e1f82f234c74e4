/**
 * The YouTube Data API daily quota: 10,000 units by default, reset at midnight Pacific time
 * (https://developers.google.com/youtube/data/determine_quota_cost). A list call costs 1 unit,
 * `comments.setModerationStatus` 50. Every call is counted before it is made, because Google
 * charges failed calls too.
 *
 * Polling may spend the quota only down to a reserve kept for moderation, so a busy day of
 * polling can never leave civicmod unable to hide an obscene comment. What polling may spend is
 * spread over the polls left in the Pacific day, so a quiet morning leaves more for the evening.
 */
import { z } from 'zod';

/** Share of the daily quota kept for moderation calls (3,000 of 10,000 = 60 calls of up to 50 ids). */
export const MODERATION_RESERVE_SHARE = 0.3;

export const QUOTA_COST = {
  list: 1,
  setModerationStatus: 50,
} as const;

const PACIFIC = 'America/Los_Angeles';

const snapshotSchema = z.object({ day: z.string(), used: z.number().int().min(0) });
export type QuotaSnapshot = z.infer<typeof snapshotSchema>;

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: PACIFIC,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const clockFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: PACIFIC,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The Pacific calendar day of an instant, as YYYY-MM-DD. */
export function pacificDay(at: Date): string {
  return dayFormat.format(at);
}

/** Milliseconds the Pacific wall clock is ahead of UTC at an instant (negative: -7 or -8 hours). */
function pacificOffsetMs(at: Date): number {
  const parts = Object.fromEntries(
    clockFormat.formatToParts(at).map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  const wall = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant of the next midnight in Pacific time (daylight saving time included). */
export function nextPacificMidnight(at: Date): Date {
  const [y, m, d] = pacificDay(at).split('-').map(Number) as [number, number, number];
  const wallMidnight = Date.UTC(y, m - 1, d + 1);
  // The offset at midnight can differ from now's (DST changes at 2 am): correct with the offset
  // at the first guess, which is right except within an hour of a change, then once more.
  let guess = wallMidnight - pacificOffsetMs(at);
  guess = wallMidnight - pacificOffsetMs(new Date(guess));
  return new Date(guess);
}

export class QuotaTracker {
  private day: string;
  private usedUnits = 0;

  constructor(
    private readonly options: {
      dailyLimit: number;
      now?: () => Date;
      reserveShare?: number;
    },
  ) {
    this.day = pacificDay(this.now());
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /** Units kept for moderation; polling never spends into them. */
  get reserve(): number {
    return Math.floor(
      this.options.dailyLimit * (this.options.reserveShare ?? MODERATION_RESERVE_SHARE),
    );
  }

  get used(): number {
    this.rollOver();
    return this.usedUnits;
  }

  private rollOver(): void {
    const today = pacificDay(this.now());
    if (today !== this.day) {
      this.day = today;
      this.usedUnits = 0;
    }
  }

  /** Whether polling may spend `units` now without touching the moderation reserve. */
  canPoll(units: number): boolean {
    return this.used + units <= this.options.dailyLimit - this.reserve;
  }

  /** Whether a moderation call may spend `units` now (the whole remaining quota). */
  canModerate(units: number): boolean {
    return this.used + units <= this.options.dailyLimit;
  }

  spend(units: number): void {
    this.rollOver();
    this.usedUnits += units;
  }

  /** Google said the quota is gone (another app on the same project, a miscount): believe it. */
  exhaust(): void {
    this.rollOver();
    this.usedUnits = Math.max(this.usedUnits, this.options.dailyLimit);
  }

  msUntilReset(): number {
    const now = this.now();
    return Math.max(1000, nextPacificMidnight(now).getTime() - now.getTime());
  }

  /**
   * Units one poll may spend: what polling has left today, spread over the polls left before
   * the reset (at least 1 when anything is left, so a long interval still polls).
   */
  pollBudget(pollIntervalMs: number): number {
    const left = this.options.dailyLimit - this.reserve - this.used;
    if (left <= 0) return 0;
    const pollsLeft = Math.max(1, Math.ceil(this.msUntilReset() / pollIntervalMs));
    return Math.max(1, Math.floor(left / pollsLeft));
  }

  snapshot(): QuotaSnapshot {
    this.rollOver();
    return { day: this.day, used: this.usedUnits };
  }

  /** Restores what was spent earlier today (after a restart); a snapshot of another day is ignored. */
  restore(json: string | null): void {
    if (json === null) return;
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      return;
    }
    const parsed = snapshotSchema.safeParse(value);
    if (!parsed.success) return;
    this.rollOver();
    if (parsed.data.day === this.day) this.usedUnits = Math.max(this.usedUnits, parsed.data.used);
  }
}
