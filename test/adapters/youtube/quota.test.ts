import { describe, expect, it } from 'vitest';
import { nextPacificMidnight, pacificDay, QuotaTracker } from '../../../adapters/youtube/quota.js';

describe('YouTube quota', () => {
  it('resets at midnight Pacific, through both daylight-saving changes', () => {
    // Standard time (UTC-8) and daylight time (UTC-7).
    expect(nextPacificMidnight(new Date('2026-11-23T20:00:00Z')).toISOString()).toBe(
      '2026-11-24T08:00:00.000Z',
    );
    expect(nextPacificMidnight(new Date('2026-07-01T12:00:00Z')).toISOString()).toBe(
      '2026-07-02T07:00:00.000Z',
    );
    // 1 am on the day clocks spring forward, and 1:30 am on the day they fall back.
    expect(nextPacificMidnight(new Date('2026-03-08T09:00:00Z')).toISOString()).toBe(
      '2026-03-09T07:00:00.000Z',
    );
    expect(nextPacificMidnight(new Date('2026-11-01T08:30:00Z')).toISOString()).toBe(
      '2026-11-02T08:00:00.000Z',
    );
    // 23:30 UTC on the 23rd is still the 23rd in Pacific time; 08:30 UTC on the 24th is the 24th.
    expect(pacificDay(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-23');
    expect(pacificDay(new Date('2026-11-24T08:30:00Z'))).toBe('2026-11-24');
  });

  it('keeps a reserve for moderation, spreads polling over the day, and starts afresh each day', () => {
    let now = new Date('2026-11-23T20:00:00Z'); // noon Pacific
    const quota = new QuotaTracker({ dailyLimit: 10_000, now: () => now });
    expect(quota.reserve).toBe(3000);
    // 7,000 units over the 72 ten-minute polls left today.
    expect(quota.pollBudget(600_000)).toBe(97);
    quota.spend(6990);
    expect(quota.canPoll(10)).toBe(true);
    expect(quota.canPoll(11)).toBe(false);
    expect(quota.canModerate(3010)).toBe(true);
    expect(quota.canModerate(3011)).toBe(false);
    now = new Date('2026-11-24T08:00:01Z'); // just after midnight Pacific
    expect(quota.used).toBe(0);
    expect(quota.canPoll(7000)).toBe(true);
  });

  it('remembers what was spent today across a restart, and ignores yesterday', () => {
    const now = () => new Date('2026-11-23T20:00:00Z');
    const quota = new QuotaTracker({ dailyLimit: 10_000, now });
    quota.restore(JSON.stringify({ day: '2026-11-23', used: 1234 }));
    expect(quota.used).toBe(1234);
    const fresh = new QuotaTracker({ dailyLimit: 10_000, now });
    fresh.restore(JSON.stringify({ day: '2026-11-22', used: 9999 }));
    fresh.restore('not json');
    fresh.restore(JSON.stringify({ day: 5 }));
    expect(fresh.used).toBe(0);
    fresh.exhaust();
    expect(fresh.canModerate(1)).toBe(false);
    expect(fresh.msUntilReset()).toBe(12 * 3600_000);
  });
});
