/**
 * What every long-running command needs: configuration (from the environment and `.env`), a
 * logger and the store: PostgreSQL when DATABASE_URL is set, else the SQLite file CIVICMOD_DB.
 * Created once per process.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chainKeySource, loadConfig, loadDotEnv, type LoadedConfig } from '../config.js';
import { createLogger, terminalDestination, type Logger } from '../logger.js';
import { ConfigError, InputError } from '../errors.js';
import { loadChainKey } from '../store/chain-key.js';
import { openPostgresStore } from '../store/postgres/index.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/types.js';
import { assertWritable } from '../store/writable.js';

export interface Runtime extends LoadedConfig {
  logger: Logger;
  store: Store;
  /** Which backend holds the records: 'sqlite' (CIVICMOD_DB) or 'postgres' (DATABASE_URL). */
  backend: 'sqlite' | 'postgres';
}

/**
 * `existing`: commands that read records (export, audit, retention, backup) refuse a store that
 * is not there, rather than creating an empty one and reporting on nothing: the default path is
 * relative to the current folder, and "0 comments exported" from the wrong folder looks like a
 * result. `writable`: commands that write (start) refuse a store they cannot write, at once,
 * rather than running and refusing every comment.
 */
export async function openRuntime(
  options: { logLevel?: string; existing?: boolean; writable?: boolean } = {},
): Promise<Runtime> {
  loadDotEnv();
  const loaded = loadConfig(process.env);
  // Readable lines on a terminal, JSON lines for machines (logger.ts).
  const logger = createLogger(
    { level: options.logLevel ?? loaded.config.LOG_LEVEL },
    process.stdout.isTTY ? terminalDestination(process.stdout) : undefined,
  );
  const url = loaded.secrets.DATABASE_URL;
  if (url !== undefined) {
    // PostgreSQL: no SQLite file is opened or created. Every process on the database must seal
    // the evidence chain with the same key, so there is no key made up on the spot.
    const source = chainKeySource(loaded);
    if (loadChainKey(source, false) === null) {
      throw new ConfigError(
        'Invalid configuration:\n  CIVICMOD_CHAIN_KEY: with DATABASE_URL, give every civicmod process the same evidence-chain key, ' +
          'in CIVICMOD_CHAIN_KEY or in a file named by CIVICMOD_CHAIN_KEY_FILE (make one with: ' +
          `node -e "console.log(require('crypto').randomBytes(32).toString('hex'))"), and keep it with your secrets` +
          (source.file === undefined ? '.' : ` (${source.file} does not exist).`),
      );
    }
    const store = await openPostgresStore(url, { chainKey: source });
    return { ...loaded, logger, store, backend: 'postgres' };
  }
  const path = loaded.config.CIVICMOD_DB;
  if (options.existing === true && path !== ':memory:' && !existsSync(path)) {
    throw new InputError(
      `There is no civicmod database at ${resolve(path)}. Run this in the folder civicmod runs from, ` +
        'or set CIVICMOD_DB to the database file.',
    );
  }
  if (options.writable === true && path !== ':memory:') assertWritable(path);
  const store = openSqliteStore(path, { chainKey: chainKeySource(loaded) });
  return { ...loaded, logger, store, backend: 'sqlite' };
}
