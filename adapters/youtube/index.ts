/**
 * The YouTube adapter's factory: enabled when the channel and its OAuth credentials are set.
 */
import { ConfigError } from '../../src/errors.js';
import type { AdapterFactory } from '../index.js';
import { YouTubeAdapter } from './adapter.js';

export { YouTubeAdapter } from './adapter.js';

export const YOUTUBE_ENABLED_BY =
  'YOUTUBE_CHANNEL_ID, YOUTUBE_CLIENT_ID, YOUTUBE_CLIENT_SECRET and YOUTUBE_REFRESH_TOKEN';

export const createYouTubeAdapter: AdapterFactory = ({ config, secrets, logger }) => {
  const values = {
    YOUTUBE_CHANNEL_ID: config.YOUTUBE_CHANNEL_ID,
    YOUTUBE_CLIENT_ID: config.YOUTUBE_CLIENT_ID,
    YOUTUBE_CLIENT_SECRET: secrets.YOUTUBE_CLIENT_SECRET,
    YOUTUBE_REFRESH_TOKEN: secrets.YOUTUBE_REFRESH_TOKEN,
  };
  const missing = Object.entries(values)
    .filter(([, v]) => v === undefined)
    .map(([k]) => k);
  if (missing.length === 4) return null;
  if (missing.length > 0) {
    throw new ConfigError(
      `YouTube is partly configured: set ${missing.join(', ')} as well (see .env.example and ` +
        'the README, YouTube), or clear the YOUTUBE_ variables to run without it.',
    );
  }
  const { YOUTUBE_CHANNEL_ID, YOUTUBE_CLIENT_ID, YOUTUBE_CLIENT_SECRET, YOUTUBE_REFRESH_TOKEN } =
    values as Record<keyof typeof values, string>;
  return new YouTubeAdapter({
    channelId: YOUTUBE_CHANNEL_ID,
    apiUrl: config.YOUTUBE_API_URL,
    oauthUrl: config.YOUTUBE_OAUTH_URL,
    credentials: {
      clientId: YOUTUBE_CLIENT_ID,
      clientSecret: YOUTUBE_CLIENT_SECRET,
      refreshToken: YOUTUBE_REFRESH_TOKEN,
    },
    dailyQuota: config.YOUTUBE_DAILY_QUOTA,
    pollIntervalMs: config.YOUTUBE_POLL_SECONDS * 1000,
    logger: logger.child({ platform: 'youtube' }),
  });
};
