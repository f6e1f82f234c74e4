import { describe, expect, it } from 'vitest';
import { PollLoop } from '../../adapters/shared/poll-loop.js';
import { createCapturedLogger } from '../../src/logger.js';

describe('PollLoop', () => {
  it('polls again after a failure, never overlaps, and stops when told to', async () => {
    const { logger, lines } = createCapturedLogger();
    let calls = 0;
    let active = 0;
    let overlapped = false;
    const loop = new PollLoop({
      name: 'test',
      intervalMs: 1,
      logger,
      poll: async () => {
        calls++;
        if (active > 0) overlapped = true;
        active++;
        await new Promise((r) => setTimeout(r, 2));
        active--;
        if (calls === 1) throw new Error('HTTP 503');
        return calls >= 3 ? 'stop' : undefined;
      },
    });
    loop.start();
    await new Promise((r) => setTimeout(r, 100));
    await loop.stop();
    expect(calls).toBe(3);
    expect(overlapped).toBe(false);
    expect(lines.map((l) => l.msg)).toEqual([
      'poll failed; trying again later',
      'polling stopped until the credentials are fixed and civicmod is restarted',
    ]);
  });
});
