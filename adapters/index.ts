/**
 * The one explicit list of platform adapters, in the order they start. Each factory returns
 * null when its platform is not configured, so `civicmod start` runs with none of them.
 * Adding a platform touches its own folder and this list.
 */
import type { Config, Secrets } from '../src/config.js';
import type { Logger } from '../src/logger.js';
import { BLUESKY_ENABLED_BY, createBlueskyAdapter } from './bluesky/index.js';
import { createDiscordAdapter, DISCORD_ENABLED_BY } from './discord/index.js';
import { createFacebookAdapter } from './facebook/adapter.js';
import { createInstagramAdapter } from './instagram/adapter.js';
import { createXAdapter, X_ENABLED_BY } from './x/index.js';
import { createYouTubeAdapter, YOUTUBE_ENABLED_BY } from './youtube/index.js';
import type { PlatformAdapter } from './types.js';

export interface AdapterFactoryDeps {
  config: Config;
  secrets: Secrets;
  logger: Logger;
}

export type AdapterFactory = (deps: AdapterFactoryDeps) => PlatformAdapter | null;

/** Every adapter civicmod ships, with the variables that enable it (for the start-up hint). */
export const ADAPTERS: readonly { platform: string; enabledBy: string; create: AdapterFactory }[] =
  [
    // Meta Graph API. Webhooks need FACEBOOK_APP_SECRET too; without it they poll only.
    {
      platform: 'facebook',
      enabledBy:
        'FACEBOOK_PAGE_ID and FACEBOOK_PAGE_TOKEN (webhooks also need FACEBOOK_APP_SECRET and FACEBOOK_VERIFY_TOKEN)',
      create: (deps) => createFacebookAdapter(deps),
    },
    {
      platform: 'instagram',
      enabledBy:
        'INSTAGRAM_ACCOUNT_ID and INSTAGRAM_TOKEN (webhooks also need FACEBOOK_APP_SECRET and FACEBOOK_VERIFY_TOKEN)',
      create: (deps) => createInstagramAdapter(deps),
    },
    // Gateway connection; also carries the review channel, so it starts before the pollers.
    { platform: 'discord', enabledBy: DISCORD_ENABLED_BY, create: createDiscordAdapter },
    // Polling on a daily quota (no push for comments).
    { platform: 'youtube', enabledBy: YOUTUBE_ENABLED_BY, create: createYouTubeAdapter },
    // Polling recent search (7-day window) per department conversation.
    { platform: 'x', enabledBy: X_ENABLED_BY, create: createXAdapter },
    // Polling the author feed and threads; hides through the threadgate.
    { platform: 'bluesky', enabledBy: BLUESKY_ENABLED_BY, create: createBlueskyAdapter },
  ];

export function createEnabledAdapters(deps: AdapterFactoryDeps): PlatformAdapter[] {
  const enabled: PlatformAdapter[] = [];
  for (const entry of ADAPTERS) {
    const adapter = entry.create(deps);
    if (adapter) enabled.push(adapter);
  }
  return enabled;
}
