/** Shared set-up of the Facebook adapter tests: one Page, one token, fixtures read as bytes. */
import { readFileSync } from 'node:fs';
import nock from 'nock';
import {
  FacebookAdapter,
  type FacebookAdapterSettings,
} from '../../../adapters/facebook/adapter.js';
import type { MetaAdapterOptions } from '../../../adapters/meta/polling.js';
import { makeAdapterContext } from '../helpers.js';

export const GRAPH = 'https://graph.test';
export const V = '/v23.0';
export const PAGE_ID = '1001';
export const TOKEN = 'EAAGfacebookPAGEtokenSECRET';
export const APP_SECRET = 'facebook-app-secret';
export const VERIFY_TOKEN = 'verify-token-123';
/** 2026-11-24T12:00:00Z */
export const NOW = 1795521600_000;

export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

export function fixtureJson(name: string): Record<string, unknown> {
  return JSON.parse(fixture(name)) as Record<string, unknown>;
}

/** The query every Graph call carries: our token (and its appsecret_proof). */
export function withToken(expected: Record<string, string> = {}) {
  return (query: Record<string, unknown>) =>
    query.access_token === TOKEN &&
    typeof query.appsecret_proof === 'string' &&
    Object.entries(expected).every(([k, v]) => query[k] === v);
}

export function makeFacebook(
  settings: Partial<FacebookAdapterSettings> = {},
  options: MetaAdapterOptions = {},
) {
  const recording = makeAdapterContext();
  const sleeper = advancingSleep(NOW);
  const adapter = new FacebookAdapter(
    {
      pageId: PAGE_ID,
      token: TOKEN,
      appSecret: APP_SECRET,
      verifyToken: VERIFY_TOKEN,
      graphUrl: GRAPH,
      graphVersion: 'v23.0',
      backfillDays: 7,
      pollSeconds: 300,
      ...settings,
    },
    recording.context.logger,
    { sleep: sleeper.sleep, now: sleeper.now, poll: false, retryBaseMs: 100, ...options },
  );
  return { adapter, ...recording, sleeps: sleeper.sleeps };
}

export function graph() {
  return nock(GRAPH);
}

/** Nothing in the logs may carry the token or the app secret (or its proof). */
export function logsAreClean(logs: Record<string, unknown>[]): boolean {
  const text = JSON.stringify(logs);
  return (
    !text.includes(TOKEN) && !text.includes(APP_SECRET) && !/appsecret_proof=[0-9a-f]/.test(text)
  );
}

/**
 * Records requested sleeps and returns at once (retries and throttling made instant), moving a
 * fake clock forward by each sleep so that waits which depend on time still end.
 */
export function advancingSleep(startMs: number) {
  const sleeps: number[] = [];
  let clock = startMs;
  return {
    sleeps,
    now: () => clock,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      clock += ms;
    },
  };
}
