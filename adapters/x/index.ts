/**
 * The X adapter's factory: enabled by the department's user id and either an access token or
 * the refresh-token pair that keeps one fresh.
 */
import { ConfigError } from '../../src/errors.js';
import type { AdapterFactory } from '../index.js';
import { XAdapter } from './adapter.js';

export { XAdapter } from './adapter.js';

export const X_ENABLED_BY =
  'X_USER_ID with X_CLIENT_ID and X_REFRESH_TOKEN (or X_ACCESS_TOKEN alone, which lasts two hours)';

export const createXAdapter: AdapterFactory = ({ config, secrets, logger }) => {
  const refreshParts = [config.X_CLIENT_ID, secrets.X_REFRESH_TOKEN];
  const anyCredential =
    secrets.X_ACCESS_TOKEN !== undefined || refreshParts.some((v) => v !== undefined);
  if (config.X_USER_ID === undefined && !anyCredential) return null;
  if (config.X_USER_ID === undefined || !anyCredential) {
    throw new ConfigError(
      'X is partly configured: set X_USER_ID (the numeric id of the department account) and ' +
        'X_CLIENT_ID with X_REFRESH_TOKEN (see .env.example and the README, X), or clear the X_ variables.',
    );
  }
  if (refreshParts.some((v) => v !== undefined) && refreshParts.some((v) => v === undefined)) {
    throw new ConfigError(
      'X: a refresh token needs both X_CLIENT_ID and X_REFRESH_TOKEN (X_CLIENT_SECRET too for a ' +
        'confidential client); see the README, X.',
    );
  }
  const refresh =
    config.X_CLIENT_ID !== undefined && secrets.X_REFRESH_TOKEN !== undefined
      ? {
          clientId: config.X_CLIENT_ID,
          clientSecret: secrets.X_CLIENT_SECRET,
          refreshToken: secrets.X_REFRESH_TOKEN,
        }
      : undefined;
  return new XAdapter({
    userId: config.X_USER_ID,
    apiUrl: config.X_API_URL,
    credentials: { accessToken: secrets.X_ACCESS_TOKEN, refresh },
    pollIntervalMs: config.X_POLL_SECONDS * 1000,
    logger: logger.child({ platform: 'x' }),
  });
};
