/** Shared set-up of the Instagram adapter tests. */
import { readFileSync } from 'node:fs';
import nock from 'nock';
import {
  InstagramAdapter,
  type InstagramAdapterSettings,
} from '../../../adapters/instagram/adapter.js';
import type { MetaAdapterOptions } from '../../../adapters/meta/polling.js';
import { makeAdapterContext } from '../helpers.js';

export const GRAPH = 'https://graph.test';
export const V = '/v23.0';
export const ACCOUNT_ID = '17841400000000001';
export const TOKEN = 'EAAGinstagramTOKENsecret';
export const APP_SECRET = 'shared-meta-app-secret';
export const VERIFY_TOKEN = 'verify-token-123';
/** 2026-11-24T12:00:00Z */
export const NOW = 1795521600_000;

export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

export function fixtureJson(name: string): Record<string, unknown> {
  return JSON.parse(fixture(name)) as Record<string, unknown>;
}

export function withToken(expected: Record<string, string> = {}) {
  return (query: Record<string, unknown>) =>
    query.access_token === TOKEN &&
    typeof query.appsecret_proof === 'string' &&
    Object.entries(expected).every(([k, v]) => query[k] === v);
}

export function makeInstagram(
  settings: Partial<InstagramAdapterSettings> = {},
  options: MetaAdapterOptions = {},
) {
  const recording = makeAdapterContext();
  const sleeper = advancingSleep(NOW);
  const adapter = new InstagramAdapter(
    {
      accountId: ACCOUNT_ID,
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

export function logsAreClean(logs: Record<string, unknown>[]): boolean {
  const text = JSON.stringify(logs);
  return !text.includes(TOKEN) && !text.includes(APP_SECRET);
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
