/**
 * The Bluesky adapter's factory: enabled by the department's handle and an app password.
 */
import { ConfigError } from '../../src/errors.js';
import type { AdapterFactory } from '../index.js';
import { BlueskyAdapter } from './adapter.js';

export { BlueskyAdapter } from './adapter.js';

export const BLUESKY_ENABLED_BY = 'BLUESKY_HANDLE and BLUESKY_APP_PASSWORD';

export const createBlueskyAdapter: AdapterFactory = ({ config, secrets, logger }) => {
  const handle = config.BLUESKY_HANDLE;
  const appPassword = secrets.BLUESKY_APP_PASSWORD;
  if (handle === undefined && appPassword === undefined) return null;
  if (handle === undefined || appPassword === undefined) {
    throw new ConfigError(
      `Bluesky is partly configured: set ${handle === undefined ? 'BLUESKY_HANDLE' : 'BLUESKY_APP_PASSWORD'} ` +
        'as well (see .env.example and the README, Bluesky), or clear both.',
    );
  }
  return new BlueskyAdapter({
    service: config.BLUESKY_SERVICE,
    handle,
    appPassword,
    pollIntervalMs: config.BLUESKY_POLL_SECONDS * 1000,
    logger: logger.child({ platform: 'bluesky' }),
  });
};
