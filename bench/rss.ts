/**
 * Peak memory of `civicmod start` holding a large store: the built command in a child process
 * with CIVICMOD_DB pointing at the generated store, while it answers /healthz, the review queue
 * and records searches, signed in as a content manager and as a records clerk. The figure is
 * the process's high-water mark of resident memory (VmHWM in /proc/PID/status), which includes
 * every spike between samples. The baseline is the same process on an empty database.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HttpClient } from '../test/helpers/dashboard.js';
import { CLI, processMemory, startCivicmod, type RunningCivicmod } from './child.js';

export interface RssFigures {
  peak_rss_mb: number;
  rss_after_mb: number;
  idle_rss_mb: number;
  rss_requests: number;
}

const PASSWORD = 'bench password, long enough for the policy';
const SEARCHES = [
  'query=police',
  'query=%22body+camera%22',
  'query=lawsuit',
  'query=arrest*',
  'state=hidden',
  'state=deleted_by_author',
  'category=personal_attack',
  'platform=facebook&category=obscenity',
  'action=remove',
  'query=thank+you&state=visible',
  'from=2025-01-01&to=2025-01-31',
  '',
];

/** Creates a dashboard account on the database (or leaves the existing one). */
function ensureUser(db: string, cwd: string, name: string, role: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'user', 'add', name, '--role', role], {
      cwd,
      env: { PATH: process.env.PATH ?? '', CIVICMOD_DB: db, LOG_LEVEL: 'warn' },
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('close', (code) =>
      code === 0 || /already/i.test(err)
        ? resolve()
        : reject(new Error(`civicmod user add ${name} failed: ${err}`)),
    );
    child.stdin.end(`${PASSWORD}\n`);
  });
}

/** The high-water mark so far, sampled now. */
function hwm(running: RunningCivicmod): number {
  return processMemory(running.child.pid as number)?.hwmMb ?? Number.NaN;
}

async function expectOk(result: Promise<{ status: number }>, what: string): Promise<void> {
  const { status } = await result;
  if (status !== 200) throw new Error(`${what} answered ${status}`);
}

export async function benchRss(options: { store: string }): Promise<RssFigures> {
  const cwd = mkdtempSync(join(tmpdir(), 'civicmod-bench-rss-'));
  try {
    // Baseline: the same command on an empty database.
    const idle = await startCivicmod(
      { CIVICMOD_DB: join(cwd, 'empty.db'), LOG_LEVEL: 'warn' },
      { cwd },
    );
    for (let i = 0; i < 5; i++) await expectOk(fetch(`${idle.url}/healthz`), '/healthz');
    const idleMb = hwm(idle);
    await idle.stop();

    await ensureUser(options.store, cwd, 'bench-reviewer', 'content_manager');
    await ensureUser(options.store, cwd, 'bench-clerk', 'records_clerk');
    const running = await startCivicmod({ CIVICMOD_DB: options.store, LOG_LEVEL: 'warn' }, { cwd });
    let requests = 0;
    try {
      const count = async (p: Promise<void>) => {
        await p;
        requests++;
      };
      for (let i = 0; i < 10; i++)
        await count(expectOk(fetch(`${running.url}/healthz`), '/healthz'));
      const reviewer = new HttpClient(running.url);
      const login = await reviewer.login('bench-reviewer', PASSWORD);
      if (login.status !== 302 && login.status !== 303)
        throw new Error(`sign-in answered ${login.status}`);
      for (let i = 0; i < 5; i++) {
        await count(expectOk(reviewer.get('/queue'), '/queue'));
        await count(expectOk(reviewer.get('/queue/items.json'), '/queue/items.json'));
      }
      const clerk = new HttpClient(running.url);
      const clerkLogin = await clerk.login('bench-clerk', PASSWORD);
      if (clerkLogin.status !== 302 && clerkLogin.status !== 303)
        throw new Error(`sign-in answered ${clerkLogin.status}`);
      for (let round = 0; round < 3; round++)
        for (const search of SEARCHES)
          await count(expectOk(clerk.get(`/records?${search}`), `/records?${search}`));
      return {
        peak_rss_mb: hwm(running),
        rss_after_mb: processMemory(running.child.pid as number)?.rssMb ?? Number.NaN,
        idle_rss_mb: idleMb,
        rss_requests: requests,
      };
    } finally {
      await running.stop();
    }
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}
