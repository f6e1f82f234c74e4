import { describe, expect, it } from 'vitest';
import { GraphUsageThrottle, readUsageHeaders, slowDownMs } from '../../../adapters/meta/usage.js';
import { createCapturedLogger } from '../../../src/logger.js';

function headers(values: Record<string, string>): Headers {
  return new Headers(values);
}

describe('Meta usage headers', () => {
  it('reads X-App-Usage, X-Page-Usage and X-Business-Use-Case-Usage, keeping the highest', () => {
    expect(
      readUsageHeaders(
        headers({ 'X-App-Usage': '{"call_count":28,"total_time":25,"total_cputime":25}' }),
      ),
    ).toEqual({
      percent: 28,
      regainMs: undefined,
      header: 'x-app-usage',
    });
    expect(
      readUsageHeaders(
        headers({
          'X-App-Usage': '{"call_count":10,"total_time":5,"total_cputime":5}',
          'X-Page-Usage': '{"call_count":5,"total_time":61,"total_cputime":3}',
          'X-Business-Use-Case-Usage': JSON.stringify({
            '1001': [
              {
                type: 'pages',
                call_count: 40,
                total_cputime: 2,
                total_time: 3,
                estimated_time_to_regain_access: 0,
              },
              {
                type: 'pages',
                call_count: 12,
                total_cputime: 2,
                total_time: 3,
                estimated_time_to_regain_access: 4,
              },
            ],
          }),
        }),
      ),
    ).toEqual({ percent: 61, regainMs: 240_000, header: 'x-page-usage' });
  });

  it('treats missing or malformed headers as no information, not as zero', () => {
    expect(readUsageHeaders(headers({}))).toBeUndefined();
    expect(readUsageHeaders(headers({ 'X-App-Usage': 'not json' }))).toBeUndefined();
    expect(
      readUsageHeaders(headers({ 'X-Business-Use-Case-Usage': '{"1001":"x"}' })),
    ).toBeUndefined();
  });

  it('slows down from 75%, doubling every 5 points, never past a minute', () => {
    expect(slowDownMs(0)).toBe(0);
    expect(slowDownMs(74.9)).toBe(0);
    expect(slowDownMs(75)).toBe(1000);
    expect(slowDownMs(80)).toBe(2000);
    expect(slowDownMs(90)).toBe(8000);
    expect(slowDownMs(99)).toBeLessThan(30_000);
    expect(slowDownMs(200)).toBe(60_000);
  });

  it('at 100% blocks for Meta’s estimate, then reads again', async () => {
    let now = 0;
    const sleeps: number[] = [];
    const sleep = async (ms: number) => {
      sleeps.push(ms);
    };
    const throttle = new GraphUsageThrottle({
      platform: 'facebook',
      logger: createCapturedLogger().logger,
      sleep,
      now: () => now,
    });
    throttle.observe(
      headers({
        'X-Business-Use-Case-Usage': JSON.stringify({
          '1001': [
            {
              type: 'pages',
              call_count: 100,
              total_cputime: 1,
              total_time: 1,
              estimated_time_to_regain_access: 2,
            },
          ],
        }),
      }),
    );
    expect(throttle.blockedForMs()).toBe(120_000);
    await throttle.beforeRead();
    expect(sleeps).toEqual([120_000]);
    now = 120_000;
    expect(throttle.blockedForMs()).toBe(0);
    throttle.observe(headers({ 'X-App-Usage': '{"call_count":20}' }));
    expect(throttle.readDelayMs()).toBe(0);
  });
});
