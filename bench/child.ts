/**
 * Running the built `civicmod` as a child process, the way an operator runs it, for the
 * sections that measure it from outside: webhook-to-hide latency and peak memory; and the
 * built moderation engine, for the classify section.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as moderation from '../moderation/index.js';
import { repoRoot } from './corpus.js';

type ModerationModule = typeof moderation;

export const CLI = join(repoRoot(), 'dist', 'src', 'cli', 'main.js');

/**
 * Compiles dist/ from the current source (incremental, so quick when nothing changed). A type
 * error elsewhere does not stop the bench as long as tsc emitted the command line.
 */
export function ensureBuilt(log: (message: string) => void): void {
  try {
    execFileSync(
      process.execPath,
      ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'],
      {
        cwd: repoRoot(),
        stdio: 'pipe',
      },
    );
  } catch (err) {
    const output = String((err as { stdout?: Buffer }).stdout ?? '');
    if (!existsSync(CLI)) throw new Error(`npm run build failed:\n${output}`, { cause: err });
    log(`warning: the build reported errors; measuring what it emitted:\n${output.slice(0, 800)}`);
  }
}

/** A module as compiled into dist/ (call `ensureBuilt` first), e.g. `src/app.js`. */
export async function loadBuilt<T>(relative: string): Promise<T> {
  const path = join(repoRoot(), 'dist', ...relative.split('/'));
  return (await import(pathToFileURL(path).href)) as T;
}

/** The moderation engine as compiled into dist/ (call `ensureBuilt` first). */
export function loadBuiltModerator(): Promise<ModerationModule> {
  return loadBuilt<ModerationModule>('moderation/index.js');
}

export interface RunningCivicmod {
  child: ChildProcess;
  url: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Sends SIGTERM and waits for it to exit (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

/** Starts `civicmod start` and resolves once it prints the address it listens on. */
export function startCivicmod(
  env: Record<string, string>,
  options: { cwd: string; timeoutMs?: number },
): Promise<RunningCivicmod> {
  return new Promise((resolve, reject) => {
    // BENCH_CHILD_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" profiles the child (node refuses
    // --cpu-prof in NODE_OPTIONS).
    const nodeArgs = (process.env.BENCH_CHILD_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
    const child = spawn(process.execPath, [...nodeArgs, CLI, 'start'], {
      cwd: options.cwd,
      env: {
        PATH: process.env.PATH ?? '',
        DOTENV_CONFIG_QUIET: 'true',
        HOST: '127.0.0.1',
        PORT: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Only the start of the output is kept: a long run at LOG_LEVEL=info prints a line per hide.
    let out = '';
    const keep = (d: string) => {
      if (out.length < 64 * 1024) out += d;
    };
    let exited = false;
    const exit = new Promise<void>((r) =>
      child.once('exit', () => {
        exited = true;
        r();
      }),
    );
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`civicmod start did not come up:\n${out}`));
    }, options.timeoutMs ?? 60_000);
    let url: string | undefined;
    const onData = (d: string) => {
      keep(d);
      const match = url === undefined ? /running at (http:\/\/\S+)/.exec(out) : null;
      if (match?.[1]) {
        url = match[1];
        clearTimeout(timer);
        resolve({
          child,
          url,
          output: () => out,
          async stop(graceMs = 10_000) {
            if (exited) return;
            child.kill('SIGTERM');
            const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
            await exit;
            clearTimeout(killer);
          },
        });
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (url === undefined) reject(new Error(`civicmod start exited with ${code}:\n${out}`));
    });
  });
}

/** A process's memory from /proc (Linux): resident now and its high-water mark, in MiB. */
export function processMemory(pid: number): { rssMb: number; hwmMb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}

/** CPU seconds (user + system) a process has used so far (Linux /proc; clock ticks of 1/100 s). */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}
