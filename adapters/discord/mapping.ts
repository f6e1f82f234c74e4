/**
 * Discord messages → platform-neutral comments. Each monitored channel is a "page" (an action
 * needs the channel to reach a message, and a department may want different settings for an
 * announcements channel and a general one); the channel topic stands in for the post.
 */
import { z } from 'zod';
import type { IncomingComment } from '../../src/store/types.js';
import type { DiscordDeletion, DiscordMessageData } from './gateway.js';

const snowflake = z.string().regex(/^\d{1,20}$/, 'a Discord id (snowflake)');

/** What the client hands over is checked before it reaches the pipeline. */
export const messageDataSchema = z.object({
  id: snowflake,
  channelId: snowflake,
  guildId: snowflake.nullable(),
  channelName: z.string().nullable(),
  channelTopic: z.string().nullable(),
  author: z.object({
    id: snowflake,
    username: z.string(),
    globalName: z.string().nullable(),
    bot: z.boolean(),
  }),
  content: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  editedAt: z.iso.datetime({ offset: true }).nullable(),
  replyToId: snowflake.nullable(),
  system: z.boolean(),
  webhookId: snowflake.nullable(),
  raw: z.string(),
});

export const deletionSchema = z.object({
  id: snowflake,
  channelId: snowflake,
  guildId: snowflake.nullable(),
  raw: z.string(),
});

export function messageUrl(guildId: string, channelId: string, messageId?: string): string {
  return `https://discord.com/channels/${guildId}/${channelId}${messageId ? `/${messageId}` : ''}`;
}

export function toIncomingComment(message: DiscordMessageData, guildId: string): IncomingComment {
  const channel = message.channelName ? `#${message.channelName}` : undefined;
  const name = message.author.globalName
    ? `${message.author.globalName} (@${message.author.username})`
    : `@${message.author.username}`;
  return {
    platform: 'discord',
    page: { platformPageId: message.channelId, name: channel },
    post: {
      platformPostId: message.channelId,
      text: message.channelTopic ?? undefined,
      url: messageUrl(guildId, message.channelId),
    },
    platformCommentId: message.id,
    parentPlatformId: message.replyToId ?? undefined,
    author: { id: message.author.id, name },
    text: message.content,
    createdAt: message.createdAt,
    raw: message.raw,
    source: 'gateway',
  };
}

/** Snowflakes grow with time; compared as numbers because they outgrow 2^53. */
export function isAfter(a: string, b: string | null | undefined): boolean {
  return b === null || b === undefined || BigInt(a) > BigInt(b);
}

export type { DiscordDeletion };
