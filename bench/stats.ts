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
 * `from` is the item to start at, and `next` where a following call should carry on, so that
 * measurements split into rounds still go through the items in order.
 */
export function throughput<T>(
  items: readonly T[],
  fn: (item: T) => unknown,
  seconds: number,
  from = 0,
  stride = 64,
): { perSecond: number; calls: number; seconds: number; next: number } {
  if (items.length === 0) throw new Error('throughput needs at least one item');
  const budget = seconds * 1000;
  const start = performance.now();
  let calls = 0;
  let index = from % items.length;
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
  return { perSecond: (calls * 1000) / elapsed, calls, seconds: elapsed / 1000, next: index };
}

/**
 * Two throughputs, each measured for `seconds` in all, in alternating rounds, so that a change in
 * the machine's load during the run (other processes on a shared machine) weighs on both alike
 * and their ratio stays meaningful.
 */
export function interleavedThroughput<A, B>(
  a: { items: readonly A[]; fn: (item: A) => unknown },
  b: { items: readonly B[]; fn: (item: B) => unknown },
  seconds: number,
  rounds = 10,
): { a: number; b: number } {
  const slice = seconds / rounds;
  const totals = { a: { calls: 0, seconds: 0, next: 0 }, b: { calls: 0, seconds: 0, next: 0 } };
  for (let round = 0; round < rounds; round++) {
    const ra = throughput(a.items, a.fn, slice, totals.a.next);
    const rb = throughput(b.items, b.fn, slice, totals.b.next);
    totals.a = {
      calls: totals.a.calls + ra.calls,
      seconds: totals.a.seconds + ra.seconds,
      next: ra.next,
    };
    totals.b = {
      calls: totals.b.calls + rb.calls,
      seconds: totals.b.seconds + rb.seconds,
      next: rb.next,
    };
  }
  return { a: totals.a.calls / totals.a.seconds, b: totals.b.calls / totals.b.seconds };
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
