/**
 * The DiscordGateway on discord.js: the gateway connection with the intents civicmod needs
 * (Guilds, GuildMessages, and the privileged MessageContent, without which message text arrives
 * empty), and the REST calls it makes. discord.js queues REST calls under Discord's rate limits
 * itself; what still fails is turned into PlatformError here, so the rest of civicmod sees one
 * kind of error for every platform. Tests use a fake at the DiscordGateway boundary instead.
 */
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  HTTPError,
  MessageFlags,
  Partials,
  RateLimitError,
  RESTJSONErrorCodes,
  Routes,
  type ButtonInteraction,
  type Message,
  type OmitPartialGroupDMChannel,
  type PartialMessage,
} from 'discord.js';
import { PlatformError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import type {
  DiscordDeletion,
  DiscordGateway,
  DiscordGatewayListeners,
  DiscordMessageData,
  OutgoingMessage,
} from './gateway.js';

const STYLES = {
  primary: ButtonStyle.Primary,
  secondary: ButtonStyle.Secondary,
  success: ButtonStyle.Success,
  danger: ButtonStyle.Danger,
} as const;

/** Turns what discord.js throws into PlatformError: retryable or not, pausing for a bad token. */
export function discordErrorToPlatformError(err: unknown, what: string): PlatformError {
  if (err instanceof PlatformError) return err;
  const where = `discord: could not ${what}`;
  if (err instanceof DiscordAPIError) {
    const status = err.status;
    if (status === 401) {
      return new PlatformError(
        'discord',
        `${where}: Discord refused the bot token. Reset it in the Developer Portal, set DISCORD_TOKEN and restart.`,
        { retryable: false, pausePage: true, status },
      );
    }
    if (
      err.code === RESTJSONErrorCodes.MissingPermissions ||
      err.code === RESTJSONErrorCodes.MissingAccess
    ) {
      return new PlatformError(
        'discord',
        `${where}: the bot lacks a permission (${err.message}). Give its role View Channel, Read ` +
          'Message History, Send Messages and Manage Messages in the monitored and review channels.',
        { retryable: false, status },
      );
    }
    return new PlatformError(
      'discord',
      `${where}: ${err.message} (HTTP ${status}, code ${err.code})`,
      {
        retryable: status >= 500 || status === 429,
        status,
      },
    );
  }
  if (err instanceof RateLimitError) {
    return new PlatformError('discord', `${where}: rate limited`, {
      retryable: true,
      retryAfterMs: err.retryAfter,
      status: 429,
    });
  }
  if (err instanceof HTTPError) {
    return new PlatformError('discord', `${where}: HTTP ${err.status}`, {
      retryable: err.status >= 500 || err.status === 429,
      status: err.status,
    });
  }
  const message = err instanceof Error ? err.message : String(err);
  // discord.js names login failures by code; these need the operator, not a retry.
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'TokenInvalid' || code === 'DisallowedIntents') {
    return new PlatformError(
      'discord',
      `${where}: ${message}. ${code === 'DisallowedIntents' ? 'Turn on the Message Content intent for the bot in the Developer Portal' : 'Set a valid DISCORD_TOKEN'}, then restart.`,
      { retryable: false, pausePage: true },
    );
  }
  return new PlatformError('discord', `${where}: ${message}`, { retryable: true, cause: err });
}

function isUnknownMessage(err: unknown): boolean {
  return err instanceof DiscordAPIError && err.code === RESTJSONErrorCodes.UnknownMessage;
}

/** discord.js objects hold bigints in places; the record keeps them as strings. */
function serialise(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

function toMessageData(message: Message): DiscordMessageData {
  const channel = message.channel;
  return {
    id: message.id,
    channelId: message.channelId,
    guildId: message.guildId,
    channelName: 'name' in channel && typeof channel.name === 'string' ? channel.name : null,
    channelTopic: 'topic' in channel && typeof channel.topic === 'string' ? channel.topic : null,
    author: {
      id: message.author.id,
      username: message.author.username,
      globalName: message.author.globalName,
      bot: message.author.bot,
    },
    content: message.content,
    createdAt: message.createdAt.toISOString(),
    editedAt: message.editedAt?.toISOString() ?? null,
    replyToId: message.reference?.messageId ?? null,
    system: message.system,
    webhookId: message.webhookId,
    raw: serialise(message.toJSON()),
  };
}

function toComponents(message: OutgoingMessage) {
  if (message.buttons.length === 0) return [];
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
    message.buttons.map((b) =>
      new ButtonBuilder().setCustomId(b.customId).setLabel(b.label).setStyle(STYLES[b.style]),
    ),
  );
  return [row];
}

export class DiscordJsGateway implements DiscordGateway {
  private readonly client: Client;
  private readonly listeners: {
    [E in keyof DiscordGatewayListeners]: DiscordGatewayListeners[E][];
  } = {
    ready: [],
    resumed: [],
    messageCreate: [],
    messageUpdate: [],
    messageDelete: [],
    buttonPress: [],
  };

  constructor(
    private readonly token: string,
    private readonly logger: Logger,
  ) {
    this.client = new Client({
      intents: [
        GatewayIntentBits.Guilds,
        GatewayIntentBits.GuildMessages,
        // Privileged: turn it on for the bot in the Developer Portal, or every text is empty.
        GatewayIntentBits.MessageContent,
      ],
      // Deletions and edits of messages sent before the bot started arrive as partials.
      partials: [Partials.Message, Partials.Channel],
    });
    this.wire();
  }

  on<E extends keyof DiscordGatewayListeners>(
    event: E,
    listener: DiscordGatewayListeners[E],
  ): void {
    this.listeners[event].push(listener);
  }

  private emit<E extends keyof DiscordGatewayListeners>(
    event: E,
    ...args: Parameters<DiscordGatewayListeners[E]>
  ): void {
    for (const listener of this.listeners[event]) {
      try {
        (listener as (...a: Parameters<DiscordGatewayListeners[E]>) => void)(...args);
      } catch (err) {
        this.logger.error({ err, event }, 'discord: a listener failed');
      }
    }
  }

  private wire(): void {
    const { client } = this;
    // ShardReady fires on the first connection and whenever a new session replaces a lost one.
    client.on(Events.ShardReady, () => this.emit('ready'));
    client.on(Events.ShardResume, () => this.emit('resumed'));
    client.on(Events.MessageCreate, (message) => {
      if (message.inGuild()) this.emit('messageCreate', toMessageData(message));
    });
    client.on(Events.MessageUpdate, (_old, updated) => {
      void this.complete(updated).then((message) => {
        if (message?.inGuild()) this.emit('messageUpdate', toMessageData(message));
      });
    });
    client.on(Events.MessageDelete, (message) =>
      this.emit('messageDelete', this.deletion(message)),
    );
    client.on(Events.MessageBulkDelete, (messages) => {
      for (const message of messages.values()) this.emit('messageDelete', this.deletion(message));
    });
    client.on(Events.InteractionCreate, (interaction) => {
      if (interaction.isButton()) this.emit('buttonPress', this.press(interaction));
    });
    client.on(Events.Error, (err) => this.logger.error({ err }, 'discord: client error'));
    client.on(Events.ShardDisconnect, (event) =>
      this.logger.warn({ code: event.code }, 'discord: gateway disconnected; reconnecting'),
    );
  }

  /** An edit of a message sent before the bot started arrives partial: fetch the rest. */
  private async complete(
    message: OmitPartialGroupDMChannel<Message | PartialMessage>,
  ): Promise<Message | null> {
    if (!message.partial) return message;
    try {
      return await message.fetch();
    } catch (err) {
      this.logger.warn({ err, messageId: message.id }, 'discord: could not read an edited message');
      return null;
    }
  }

  private deletion(message: Message | PartialMessage): DiscordDeletion {
    return {
      id: message.id,
      channelId: message.channelId,
      guildId: message.guildId,
      raw: serialise({ id: message.id, channel_id: message.channelId, guild_id: message.guildId }),
    };
  }

  private press(
    interaction: ButtonInteraction,
  ): Parameters<DiscordGatewayListeners['buttonPress']>[0] {
    return {
      customId: interaction.customId,
      userId: interaction.user.id,
      userName: interaction.user.username,
      channelId: interaction.channelId,
      messageId: interaction.message.id,
      acknowledge: async () => {
        await interaction.deferUpdate();
      },
      updateMessage: async (message) => {
        await interaction.editReply({
          content: message.content,
          components: toComponents(message),
          allowedMentions: message.allowedMentions,
        });
      },
      replyPrivately: async (text) => {
        await interaction.followUp({
          content: text,
          flags: MessageFlags.Ephemeral,
          allowedMentions: { parse: [] },
        });
      },
    };
  }

  async connect(): Promise<void> {
    try {
      await this.client.login(this.token);
    } catch (err) {
      throw discordErrorToPlatformError(err, 'connect');
    }
  }

  async disconnect(): Promise<void> {
    await this.client.destroy();
  }

  private async textChannel(channelId: string) {
    const channel = await this.client.channels.fetch(channelId);
    if (!channel?.isTextBased() || !('messages' in channel) || !('send' in channel)) {
      throw new PlatformError(
        'discord',
        `discord: channel ${channelId} is not a text channel the bot can see (check DISCORD_CHANNEL_IDS and the bot's permissions)`,
        { retryable: false },
      );
    }
    return channel;
  }

  private async rest<T>(what: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (err) {
      throw discordErrorToPlatformError(err, what);
    }
  }

  fetchMessagesAfter(
    channelId: string,
    afterId: string,
    limit: number,
  ): Promise<DiscordMessageData[]> {
    return this.rest('read channel history', async () => {
      const channel = await this.textChannel(channelId);
      const messages = await channel.messages.fetch({ after: afterId, limit, cache: false });
      return sortOldestFirst([...messages.values()].map(toMessageData));
    });
  }

  fetchLatestMessages(channelId: string, limit: number): Promise<DiscordMessageData[]> {
    return this.rest('read channel history', async () => {
      const channel = await this.textChannel(channelId);
      const messages = await channel.messages.fetch({ limit, cache: false });
      return sortOldestFirst([...messages.values()].map(toMessageData));
    });
  }

  deleteMessage(channelId: string, messageId: string, reason: string): Promise<'deleted' | 'gone'> {
    return this.rest('delete a message', async () => {
      try {
        // Through REST directly: it carries an audit-log reason, which MessageManager.delete does not.
        await this.client.rest.delete(Routes.channelMessage(channelId, messageId), { reason });
        return 'deleted' as const;
      } catch (err) {
        if (isUnknownMessage(err)) return 'gone' as const;
        throw err;
      }
    });
  }

  sendDirectMessage(userId: string, message: OutgoingMessage): Promise<void> {
    return this.rest('send a direct message', async () => {
      const user = await this.client.users.fetch(userId);
      await user.send({ content: message.content, allowedMentions: message.allowedMentions });
    });
  }

  sendMessage(channelId: string, message: OutgoingMessage): Promise<{ id: string }> {
    return this.rest('post to the review channel', async () => {
      const channel = await this.textChannel(channelId);
      const sent = await channel.send({
        content: message.content,
        components: toComponents(message),
        allowedMentions: message.allowedMentions,
      });
      return { id: sent.id };
    });
  }

  editMessage(channelId: string, messageId: string, message: OutgoingMessage): Promise<void> {
    return this.rest('update a review message', async () => {
      const channel = await this.textChannel(channelId);
      await channel.messages.edit(messageId, {
        content: message.content,
        components: toComponents(message),
        allowedMentions: message.allowedMentions,
      });
    });
  }
}

function sortOldestFirst(messages: DiscordMessageData[]): DiscordMessageData[] {
  return messages.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
}
