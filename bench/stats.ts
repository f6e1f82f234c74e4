/**
 * Small measurement helpers shared by the benchmark sections.
 */

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

/** Rounds to a few significant digits so the JSON and the table stay readable. */
export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const factor = 10 ** Math.max(0, digits - 1 - magnitude);
  return Math.round(value * factor) / factor;
}

/**
 * Calls `fn` on successive items for about `seconds`, checking the clock only every `stride`
 * calls so that reading the clock does not dominate fast functions. Returns calls per second.
 */
export function throughput<T>(
  items: readonly T[],
  fn: (item: T) => unknown,
  seconds: number,
  stride = 64,
): { perSecond: number; calls: number; seconds: number } {
  if (items.length === 0) throw new Error('throughput needs at least one item');
  const budget = seconds * 1000;
  const start = performance.now();
  let calls = 0;
  let index = 0;
  let elapsed: number;
  // A sink the optimizer cannot prove unused, so the calls are not removed.
  let sink = 0;
  do {
    for (let k = 0; k < stride; k++) {
      if (fn(items[index] as T)) sink++;
      index = index + 1 === items.length ? 0 : index + 1;
    }
    calls += stride;
    elapsed = performance.now() - start;
  } while (elapsed < budget);
  if (sink < 0) throw new Error('unreachable');
  return { perSecond: (calls * 1000) / elapsed, calls, seconds: elapsed / 1000 };
}

/** Runs `worker` over 0..count-1 with at most `concurrency` calls in flight. */
export async function runPool(
  count: number,
  concurrency: number,
  worker: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, count) }, async () => {
    while (next < count) {
      const index = next++;
      await worker(index);
    }
  });
  await Promise.all(lanes);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
