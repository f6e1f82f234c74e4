/**
 * What every long-running command needs: configuration (from the environment and `.env`), a
 * logger and the store. Created once per process.
 */
import { loadConfig, loadDotEnv, type LoadedConfig } from '../config.js';
import { createLogger, type Logger } from '../logger.js';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/index.js';

export interface Runtime extends LoadedConfig {
  logger: Logger;
  store: SqliteStore;
}

export function openRuntime(options: { logLevel?: string } = {}): Runtime {
  loadDotEnv();
  const loaded = loadConfig(process.env);
  const logger = createLogger({ level: options.logLevel ?? loaded.config.LOG_LEVEL });
  const store = openSqliteStore(loaded.config.CIVICMOD_DB);
  return { ...loaded, logger, store };
}
