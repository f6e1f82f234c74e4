/**
 * The boundary between civicmod and Discord: the handful of gateway events and REST calls the
 * adapter and the review channel use, as plain data. discord.js implements it in client.ts; the
 * tests use a fake. (discord.js talks REST through undici, which nock cannot see, so the
 * boundary is here rather than at HTTP.)
 *
 * Every method that calls Discord throws PlatformError on failure: retryable for 5xx, rate
 * limits and network errors, pausing the page for a refused token.
 */

export interface DiscordAuthor {
  id: string;
  username: string;
  /** The display name the member chose, when set. */
  globalName: string | null;
  bot: boolean;
}

/** A message in a guild text channel, mapped from discord.js by the client. */
export interface DiscordMessageData {
  id: string;
  channelId: string;
  guildId: string | null;
  channelName: string | null;
  /** The channel's topic: the nearest thing Discord has to the post a comment answers. */
  channelTopic: string | null;
  author: DiscordAuthor;
  content: string;
  /** ISO 8601. */
  createdAt: string;
  editedAt: string | null;
  /** The message this one replies to (Discord's message reference). */
  replyToId: string | null;
  /** Joins, pins, boosts: Discord's own notices, not a member's words. */
  system: boolean;
  webhookId: string | null;
  /** The message as discord.js received it, serialised, for the record. */
  raw: string;
}

export interface DiscordDeletion {
  id: string;
  channelId: string;
  guildId: string | null;
  raw: string;
}

export interface ReviewButton {
  customId: string;
  label: string;
  style: 'primary' | 'secondary' | 'success' | 'danger';
}

/** A message civicmod posts. No mention in it may ever ping anyone. */
export interface OutgoingMessage {
  content: string;
  buttons: readonly ReviewButton[];
  allowedMentions: { parse: [] };
}

/** A person pressed a button on one of civicmod's messages. */
export interface DiscordButtonPress {
  customId: string;
  userId: string;
  userName: string;
  channelId: string;
  messageId: string;
  /** Acknowledges at once: Discord drops a press not answered within three seconds. */
  acknowledge(): Promise<void>;
  /** Replaces the pressed message (after acknowledge). */
  updateMessage(message: OutgoingMessage): Promise<void>;
  /** A reply only the person who pressed sees. */
  replyPrivately(text: string): Promise<void>;
}

export interface DiscordGatewayListeners {
  /** Connected with a new session (first start, or a reconnect that lost the old session). */
  ready: () => void;
  /** Reconnected and resumed the old session: Discord replays what was missed. */
  resumed: () => void;
  messageCreate: (message: DiscordMessageData) => void;
  messageUpdate: (message: DiscordMessageData) => void;
  messageDelete: (deletion: DiscordDeletion) => void;
  buttonPress: (press: DiscordButtonPress) => void;
}

export interface DiscordGateway {
  on<E extends keyof DiscordGatewayListeners>(event: E, listener: DiscordGatewayListeners[E]): void;
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  /** Up to `limit` (at most 100) messages after `afterId`, oldest first. */
  fetchMessagesAfter(
    channelId: string,
    afterId: string,
    limit: number,
  ): Promise<DiscordMessageData[]>;
  /** The newest `limit` (at most 100) messages, oldest first. */
  fetchLatestMessages(channelId: string, limit: number): Promise<DiscordMessageData[]>;
  /** 'gone' when it was already deleted (a hide is idempotent). */
  deleteMessage(channelId: string, messageId: string, reason: string): Promise<'deleted' | 'gone'>;
  sendDirectMessage(userId: string, message: OutgoingMessage): Promise<void>;
  sendMessage(channelId: string, message: OutgoingMessage): Promise<{ id: string }>;
  editMessage(channelId: string, messageId: string, message: OutgoingMessage): Promise<void>;
}
