/**
 * Webhook receipt → platform hide call, end to end: the built `civicmod start` on 127.0.0.1
 * with the real Facebook adapter pointed (FACEBOOK_GRAPH_URL) at a fake Graph API in this
 * process, fed signed Page `feed` webhooks. Both timestamps are taken in this process with the
 * same clock: just before a webhook is sent, and when the fake Graph API receives the hide.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createModerator } from '../moderation/index.js';
import {
  facebookCommentWebhook,
  postWebhook,
  startFakeGraph,
  type FakeGraph,
} from '../test/helpers/fake-graph.js';
import { processCpuSeconds, startCivicmod } from './child.js';
import { generatedTexts, type CorpusText } from './corpus.js';
import { percentile, runPool, sleep } from './stats.js';

const PAGE_ID = '1001';
const POST_ID = '1001_42';
const APP_SECRET = 'bench-app-secret';
/** Comments sent, and hidden, before anything is measured. */
const WARM_UP = 20;

export interface HideFigures {
  hide_p50_ms: number;
  hide_p99_ms: number;
  hide_max_ms: number;
  hide_samples: number;
  /** CPU civicmod used per comment in the steady phase: its own cost, apart from the machine's load. */
  civicmod_cpu_ms_per_comment: number;
  steady_rate_per_s: number;
  webhook_ack_p50_ms: number;
  webhook_ack_p99_ms: number;
  burst_comments: number;
  burst_hides: number;
  burst_in_flight: number;
  burst_ack_per_s: number;
  burst_hide_p50_ms: number;
  burst_hide_p99_ms: number;
  burst_last_hide_s: number;
  /** CPU seconds civicmod used from the burst's first webhook to its last hide. */
  burst_civicmod_cpu_s: number;
  /** CPU seconds this process (the platform's side: sending the webhooks, the fake Graph API) used meanwhile. */
  burst_sender_cpu_s: number;
}

/**
 * Generated comments sorted by what the moderator does with them, `hide` of those it hides and
 * `other` of the rest: the mix is set by the verdicts, whatever the lexicon hides today.
 */
function textsByVerdict(
  hides: (text: string) => boolean,
  hideCount: number,
  otherCount: number,
): { hide: CorpusText[]; other: CorpusText[] } {
  const hide: CorpusText[] = [];
  const other: CorpusText[] = [];
  for (let seed = 11; hide.length < hideCount || other.length < otherCount; seed++) {
    for (const t of generatedTexts(5_000, seed, 2)) {
      if (hides(t.text)) {
        if (hide.length < hideCount) hide.push(t);
      } else if (other.length < otherCount) other.push(t);
    }
    if (seed > 1_000) throw new Error('the moderator hides none of the generated comments');
  }
  return { hide, other };
}

interface Sent {
  commentId: string;
  sentAt: number;
  ackMs?: number;
  status?: number;
}

function webhookFor(commentId: string, text: string, i: number): string {
  return facebookCommentWebhook({
    pageId: PAGE_ID,
    postId: POST_ID,
    commentId,
    message: text,
    from: { id: String(5000 + (i % 997)), name: `Resident ${i % 997}` },
  });
}

async function send(url: string, sent: Sent, body: string): Promise<void> {
  const response = await postWebhook(url, 'facebook', body, APP_SECRET);
  await response.arrayBuffer();
  sent.ackMs = performance.now() - sent.sentAt;
  sent.status = response.status;
}

/** Waits until the fake Graph API has received a hide for each of `ids`, or gives up. */
async function hidesFor(
  graph: FakeGraph,
  ids: ReadonlySet<string>,
  timeoutMs: number,
): Promise<Map<string, number>> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const seen = new Map<string, number>();
    for (const call of graph.hideCalls()) {
      const id = call.path.replace(/^\//, '');
      if (ids.has(id) && !seen.has(id)) seen.set(id, call.receivedAt);
    }
    if (seen.size === ids.size || performance.now() > deadline) return seen;
    await sleep(50);
  }
}

function latencies(sent: readonly Sent[], hides: Map<string, number>): number[] {
  const out: number[] = [];
  for (const s of sent) {
    const at = hides.get(s.commentId);
    if (at !== undefined) out.push(at - s.sentAt);
  }
  return out;
}

export async function benchHideLatency(options: {
  steadySeconds: number;
  steadyRate: number;
  burstComments: number;
  burstInFlight: number;
  /** More environment for civicmod start (DATABASE_URL for the PostgreSQL section). */
  env?: Record<string, string>;
}): Promise<HideFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'civicmod-bench-hide-'));
  const graph = await startFakeGraph({ pageId: PAGE_ID, token: 'bench-page-token' });
  graph.posts.set(POST_ID, {
    message: 'Road closure on Last Chance Gulch tonight from 7 pm.',
    created_time: new Date().toISOString(),
  });
  const civicmod = await startCivicmod(
    {
      CIVICMOD_DB: join(dir, 'civicmod.db'),
      FACEBOOK_PAGE_ID: PAGE_ID,
      FACEBOOK_PAGE_TOKEN: 'bench-page-token',
      FACEBOOK_APP_SECRET: APP_SECRET,
      FACEBOOK_VERIFY_TOKEN: 'bench-verify',
      FACEBOOK_GRAPH_URL: graph.url,
      FACEBOOK_POLL_SECONDS: '3600',
      // What an operator runs: one log line per action, written to a pipe.
      LOG_LEVEL: 'info',
      ...options.env,
    },
    { cwd: dir },
  );
  const moderator = createModerator();
  const steadyCount = Math.round(options.steadySeconds * options.steadyRate);
  const pools = textsByVerdict(
    (text) => moderator.classify({ text }).action === 'hide',
    WARM_UP + steadyCount + Math.ceil(options.burstComments / 10),
    options.burstComments,
  );
  try {
    // Steady state, not start-up: let the adapter's first poll finish (no Graph calls for a
    // second) and warm up every code path with a few comments that are not measured.
    let seen = -1;
    while (graph.calls.length !== seen) {
      seen = graph.calls.length;
      await sleep(1000);
    }
    const warmUp = pools.hide.slice(0, WARM_UP).map((t, i) => ({
      commentId: `42_${90000 + i}`,
      text: t.text,
    }));
    await Promise.all(
      warmUp.map((w, i) =>
        send(
          civicmod.url,
          { commentId: w.commentId, sentAt: performance.now() },
          webhookFor(w.commentId, w.text, i),
        ),
      ),
    );
    await hidesFor(graph, new Set(warmUp.map((w) => w.commentId)), 30_000);

    // Steady: every comment needs a hide (the worst case for the action queue), sent on a
    // fixed schedule whatever the answers do.
    const steadyTexts = pools.hide.slice(WARM_UP, WARM_UP + steadyCount);
    const steady: Sent[] = [];
    const inFlight: Promise<void>[] = [];
    const pid = civicmod.child.pid as number;
    const cpuBefore = processCpuSeconds(pid);
    const start = performance.now();
    for (let i = 0; i < steadyTexts.length; i++) {
      const due = start + (i * 1000) / options.steadyRate;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      const commentId = `42_${100000 + i}`;
      const body = webhookFor(commentId, (steadyTexts[i] as { text: string }).text, i);
      const s: Sent = { commentId, sentAt: performance.now() };
      steady.push(s);
      inFlight.push(send(civicmod.url, s, body));
    }
    await Promise.all(inFlight);
    const steadyIds = new Set(steady.map((s) => s.commentId));
    const steadyHides = await hidesFor(graph, steadyIds, 30_000);
    const cpuPerComment = ((processCpuSeconds(pid) - cpuBefore) * 1000) / steady.length;
    const steadyLatency = latencies(steady, steadyHides);
    const acks = steady.map((s) => s.ackMs ?? Number.NaN);
    const refused = steady.filter((s) => s.status !== 200).length;
    if (refused > 0 || steadyHides.size !== steadyIds.size)
      throw new Error(
        `steady phase: ${refused} webhooks refused, ${steadyIds.size - steadyHides.size} hides missing`,
      );

    // Burst: a viral post. About one comment in ten needs a hide; the platform delivers many
    // webhooks at once.
    const burstHideTexts = pools.hide.slice(WARM_UP + steadyCount);
    const burstTexts = Array.from({ length: options.burstComments }, (_, i) =>
      i % 10 === 9 ? (burstHideTexts.pop() as CorpusText) : (pools.other[i] as CorpusText),
    );
    const burst: Sent[] = burstTexts.map((_, i) => ({
      commentId: `42_${2000000 + i}`,
      sentAt: 0,
    }));
    const bodies = burstTexts.map((t, i) => webhookFor((burst[i] as Sent).commentId, t.text, i));
    const burstIds = new Set(
      burst
        .filter(
          (_, i) =>
            moderator.classify({ text: (burstTexts[i] as { text: string }).text }).action ===
            'hide',
        )
        .map((s) => s.commentId),
    );
    const burstCpuBefore = processCpuSeconds(pid);
    const benchCpuBefore = process.cpuUsage();
    const burstStart = performance.now();
    await runPool(burst.length, options.burstInFlight, async (i) => {
      const s = burst[i] as Sent;
      s.sentAt = performance.now();
      await send(civicmod.url, s, bodies[i] as string);
    });
    const burstAcked = performance.now() - burstStart;
    const burstRefused = burst.filter((s) => s.status !== 200).length;
    const burstHides = await hidesFor(graph, burstIds, 120_000);
    if (burstRefused > 0 || burstHides.size !== burstIds.size)
      throw new Error(
        `burst: ${burstRefused} webhooks refused, ${burstIds.size - burstHides.size} hides missing`,
      );
    const burstLatency = latencies(burst, burstHides);
    const lastHide = Math.max(...burstHides.values()) - burstStart;
    const burstCpu = processCpuSeconds(pid) - burstCpuBefore;
    const benchCpu = process.cpuUsage(benchCpuBefore);

    return {
      hide_p50_ms: percentile(steadyLatency, 50),
      hide_p99_ms: percentile(steadyLatency, 99),
      hide_max_ms: Math.max(...steadyLatency),
      hide_samples: steadyLatency.length,
      civicmod_cpu_ms_per_comment: cpuPerComment,
      steady_rate_per_s: options.steadyRate,
      webhook_ack_p50_ms: percentile(acks, 50),
      webhook_ack_p99_ms: percentile(acks, 99),
      burst_comments: burst.length,
      burst_hides: burstIds.size,
      burst_in_flight: options.burstInFlight,
      burst_ack_per_s: (burst.length * 1000) / burstAcked,
      burst_hide_p50_ms: percentile(burstLatency, 50),
      burst_hide_p99_ms: percentile(burstLatency, 99),
      burst_last_hide_s: lastHide / 1000,
      burst_civicmod_cpu_s: burstCpu,
      burst_sender_cpu_s: (benchCpu.user + benchCpu.system) / 1e6,
    };
  } finally {
    await civicmod.stop();
    await graph.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
