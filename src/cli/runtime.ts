/**
 * What every long-running command needs: configuration (from the environment and `.env`), a
 * logger and the store. Created once per process.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chainKeySource, loadConfig, loadDotEnv, type LoadedConfig } from '../config.js';
import { InputError } from '../errors.js';
import { createLogger, terminalDestination, type Logger } from '../logger.js';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/index.js';
import { assertWritable } from '../store/writable.js';

export interface Runtime extends LoadedConfig {
  logger: Logger;
  store: SqliteStore;
}

/**
 * `existing`: commands that read records (export, audit, retention, backup) refuse a store that
 * is not there, rather than creating an empty one and reporting on nothing: the default path is
 * relative to the current folder, and "0 comments exported" from the wrong folder looks like a
 * result. `writable`: commands that write (start) refuse a store they cannot write, at once,
 * rather than running and refusing every comment.
 */
export function openRuntime(
  options: { logLevel?: string; existing?: boolean; writable?: boolean } = {},
): Runtime {
  loadDotEnv();
  const loaded = loadConfig(process.env);
  const path = loaded.config.CIVICMOD_DB;
  if (options.existing === true && path !== ':memory:' && !existsSync(path)) {
    throw new InputError(
      `There is no civicmod database at ${resolve(path)}. Run this in the folder civicmod runs from, ` +
        'or set CIVICMOD_DB to the database file.',
    );
  }
  if (options.writable === true && path !== ':memory:') assertWritable(path);
  // Readable lines on a terminal, JSON lines for machines (logger.ts).
  const logger = createLogger(
    { level: options.logLevel ?? loaded.config.LOG_LEVEL },
    process.stdout.isTTY ? terminalDestination(process.stdout) : undefined,
  );
  const store = openSqliteStore(path, { chainKey: chainKeySource(loaded) });
  return { ...loaded, logger, store };
}
