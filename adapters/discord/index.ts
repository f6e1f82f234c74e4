/**
 * The Discord adapter's factory: enabled by the bot token and the department's server id. The
 * monitored channels and the review channel are both optional: a department can use Discord
 * only to review the other platforms' queue.
 */
import { ConfigError } from '../../src/errors.js';
import type { AdapterFactory } from '../index.js';
import { DiscordAdapter } from './adapter.js';
import { DiscordJsGateway } from './client.js';

export { DiscordAdapter } from './adapter.js';

export const DISCORD_ENABLED_BY =
  'DISCORD_TOKEN and DISCORD_GUILD_ID, with DISCORD_CHANNEL_IDS and/or DISCORD_REVIEW_CHANNEL_ID';

export const createDiscordAdapter: AdapterFactory = ({ config, secrets, logger }) => {
  const token = secrets.DISCORD_TOKEN;
  const guildId = config.DISCORD_GUILD_ID;
  if (token === undefined && guildId === undefined) return null;
  if (token === undefined || guildId === undefined) {
    throw new ConfigError(
      `Discord is partly configured: set ${token === undefined ? 'DISCORD_TOKEN' : 'DISCORD_GUILD_ID'} ` +
        'as well (see .env.example and the README, Discord), or clear the DISCORD_ variables.',
    );
  }
  if (config.DISCORD_CHANNEL_IDS.length === 0 && config.DISCORD_REVIEW_CHANNEL_ID === undefined) {
    throw new ConfigError(
      'Discord: set DISCORD_CHANNEL_IDS (channels to moderate) and/or DISCORD_REVIEW_CHANNEL_ID ' +
        '(where people review the queue); with neither, the bot would have nothing to do.',
    );
  }
  const child = logger.child({ platform: 'discord' });
  return new DiscordAdapter({
    gateway: new DiscordJsGateway(token, child),
    guildId,
    channelIds: config.DISCORD_CHANNEL_IDS,
    notifyAuthor: config.DISCORD_NOTIFY_AUTHOR,
    logger: child,
  });
};
