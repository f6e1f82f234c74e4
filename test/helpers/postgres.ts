/**
 * A throwaway PostgreSQL cluster for the tests that run the store against both backends.
 *
 * The global setup starts one (initdb and pg_ctl from Debian's `postgresql`, as the `postgres`
 * user when the tests run as root, since initdb refuses root) in a temporary folder, listening
 * only on a Unix socket there, and stops it and deletes the folder at the end. With
 * CIVICMOD_TEST_PG_URL set, that server is used instead (its user must be able to create
 * databases). Without either, the PostgreSQL runs are skipped and the setup says so in one line.
 *
 * Each test file gets a database of its own (`freshDatabase`), so files run in parallel.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Set by the global setup for the test workers: the admin URL, or why there is none. */
export const PG_URL_ENV = 'CIVICMOD_TEST_PG_URL';
export const PG_SKIP_ENV = 'CIVICMOD_TEST_PG_SKIPPED';

function findPgBin(): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir !== '' && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')))
      return dir;
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const dir = join(root, v, 'bin');
    if (existsSync(join(dir, 'initdb'))) return dir;
  }
  return null;
}

/**
 * Starts the cluster (or takes CIVICMOD_TEST_PG_URL) and returns a function that stops it.
 * Never throws: a cluster that cannot start skips the PostgreSQL runs with the reason.
 * `durable`: commits flushed to disk as in production (the bench); tests skip the flushes.
 */
export function startTestCluster(options: { durable?: boolean } = {}): () => void {
  if (process.env[PG_URL_ENV]) return () => undefined;
  const bin = findPgBin();
  if (bin === null) {
    skip("PostgreSQL is not installed here (no initdb); .ci/run installs Debian's postgresql");
    return () => undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'civicmod-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => {
    const [file, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]]
      : [join(bin, cmd), args];
    execFileSync(file, argv, { stdio: 'pipe', timeout: 60_000 });
  };
  try {
    if (asRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
      chownSync(dir, uid, gid);
    }
    const data = join(dir, 'data');
    run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale']);
    // Only the socket in the folder; a test cluster needs no durability, so no flushes.
    const fast = options.durable
      ? ''
      : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off';
    const opts = `-k ${dir} -c listen_addresses='' -c max_connections=200${fast}`;
    run('pg_ctl', ['-D', data, '-o', opts, '-l', join(dir, 'server.log'), '-w', 'start']);
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    const detail = (err as { stderr?: Buffer }).stderr?.toString().trim().split('\n').at(-1);
    skip(`the test cluster did not start (${detail ?? (err as Error).message})`);
    return () => undefined;
  }
  process.env[PG_URL_ENV] = `postgresql://postgres@/postgres?host=${encodeURIComponent(dir)}`;
  return () => {
    try {
      run('pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

function skip(reason: string): void {
  process.env[PG_SKIP_ENV] = reason;
  console.warn(`PostgreSQL runs of the store tests skipped: ${reason}.`);
}

/** The admin URL of the test server, or null when the PostgreSQL runs are skipped. */
export function testPgUrl(): string | null {
  return process.env[PG_URL_ENV] ?? null;
}

/** Creates an empty database on the test server and returns its URL and a function to drop it. */
export async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = testPgUrl();
  if (admin === null) throw new Error(`no test PostgreSQL: ${process.env[PG_SKIP_ENV] ?? 'unset'}`);
  const name = `civicmod_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return {
    // The same server and user, another database: the path of the URL is the database's name.
    url: admin.replace(/^(postgres(?:ql)?:\/\/[^/]*\/)[^?]*/, `$1${name}`),
    async drop() {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
