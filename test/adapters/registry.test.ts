import { describe, expect, it } from 'vitest';
import { ADAPTERS, createEnabledAdapters } from '../../adapters/index.js';
import { createLogger } from '../../src/logger.js';
import { makeTestConfig } from '../helpers/index.js';

describe('the adapter list', () => {
  it('lists Discord, YouTube, X and Bluesky, each off until configured', () => {
    expect(ADAPTERS.map((a) => a.platform)).toEqual(
      expect.arrayContaining(['discord', 'youtube', 'x', 'bluesky']),
    );
    const logger = createLogger({ level: 'silent' });
    expect(createEnabledAdapters({ ...makeTestConfig(), logger })).toEqual([]);
    const enabled = createEnabledAdapters({
      ...makeTestConfig({
        DISCORD_TOKEN: 'token',
        DISCORD_GUILD_ID: '1100000000000000001',
        DISCORD_REVIEW_CHANNEL_ID: '1100000000000000199',
        YOUTUBE_CHANNEL_ID: 'UCx',
        YOUTUBE_CLIENT_ID: 'id',
        YOUTUBE_CLIENT_SECRET: 'secret',
        YOUTUBE_REFRESH_TOKEN: 'refresh',
        X_USER_ID: '1',
        X_ACCESS_TOKEN: 'access',
        BLUESKY_HANDLE: 'hpd.bsky.social',
        BLUESKY_APP_PASSWORD: 'app-password',
      }),
      logger,
    });
    expect(enabled.map((a) => a.platform)).toEqual(['discord', 'youtube', 'x', 'bluesky']);
  });
});
