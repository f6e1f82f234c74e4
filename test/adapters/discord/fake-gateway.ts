/**
 * A fake Discord at the adapter's boundary (discord.js REST goes through undici, which nock
 * cannot see). It records every call, serves channel history from memory, lets a test emit
 * gateway events and press buttons, and can fail the next call of any method.
 */
import type {
  DiscordButtonPress,
  DiscordDeletion,
  DiscordGateway,
  DiscordGatewayListeners,
  DiscordMessageData,
  OutgoingMessage,
} from '../../../adapters/discord/gateway.js';

export const GUILD = '1100000000000000001';
export const GENERAL = '1100000000000000101';
export const ANNOUNCEMENTS = '1100000000000000102';
export const REVIEW = '1100000000000000199';

let nextId = 1300000000000000000n;
/** A new snowflake, later than every one before it. */
export function snowflake(): string {
  nextId += 1000n;
  return nextId.toString();
}

export function discordMessage(overrides: Partial<DiscordMessageData> = {}): DiscordMessageData {
  const id = overrides.id ?? snowflake();
  const base: DiscordMessageData = {
    id,
    channelId: GENERAL,
    guildId: GUILD,
    channelName: 'general',
    channelTopic: 'Questions for the Helena Police Department. Emergencies: call 911.',
    author: { id: '1200000000000000042', username: 'maria_r', globalName: 'Maria R', bot: false },
    content: 'When does the Last Chance Gulch closure end?',
    createdAt: '2026-11-23T18:00:00.000Z',
    editedAt: null,
    replyToId: null,
    system: false,
    webhookId: null,
    raw: '',
  };
  const message = { ...base, ...overrides };
  return { ...message, raw: overrides.raw ?? JSON.stringify({ id, content: message.content }) };
}

export interface FakePress extends DiscordButtonPress {
  acknowledged: boolean;
  updates: OutgoingMessage[];
  privateReplies: string[];
}

type Method =
  | 'connect'
  | 'fetchMessagesAfter'
  | 'fetchLatestMessages'
  | 'deleteMessage'
  | 'sendDirectMessage'
  | 'sendMessage'
  | 'editMessage';

export class FakeDiscordGateway implements DiscordGateway {
  readonly history = new Map<string, DiscordMessageData[]>();
  readonly calls: { method: Method; args: unknown[] }[] = [];
  readonly sent: { channelId: string; id: string; message: OutgoingMessage }[] = [];
  readonly edited: { channelId: string; messageId: string; message: OutgoingMessage }[] = [];
  readonly deleted: { channelId: string; messageId: string; reason: string }[] = [];
  readonly directMessages: { userId: string; message: OutgoingMessage }[] = [];
  connected = false;
  /** Echo a deletion on the gateway, as Discord does, when a message is deleted. */
  echoDeletions = true;
  private readonly failures = new Map<Method, unknown[]>();
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

  failNext(method: Method, ...errors: unknown[]): this {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...errors]);
    return this;
  }

  private record(method: Method, ...args: unknown[]): void {
    this.calls.push({ method, args });
    const queued = this.failures.get(method);
    if (queued && queued.length > 0) throw queued.shift();
  }

  on<E extends keyof DiscordGatewayListeners>(
    event: E,
    listener: DiscordGatewayListeners[E],
  ): void {
    this.listeners[event].push(listener);
  }

  emit<E extends keyof DiscordGatewayListeners>(
    event: E,
    ...args: Parameters<DiscordGatewayListeners[E]>
  ): void {
    for (const listener of this.listeners[event])
      (listener as (...a: Parameters<DiscordGatewayListeners[E]>) => void)(...args);
  }

  /** A member posts: kept in history and sent over the gateway. */
  post(message: DiscordMessageData): DiscordMessageData {
    const list = this.history.get(message.channelId) ?? [];
    list.push(message);
    this.history.set(message.channelId, list);
    this.emit('messageCreate', message);
    return message;
  }

  /** A message posted while the bot was disconnected: in history only. */
  postWhileAway(message: DiscordMessageData): DiscordMessageData {
    const list = this.history.get(message.channelId) ?? [];
    list.push(message);
    this.history.set(message.channelId, list);
    return message;
  }

  press(customId: string, userId: string, channelId = REVIEW): FakePress {
    const press: FakePress = {
      customId,
      userId,
      userName: `user-${userId}`,
      channelId,
      messageId: this.sent.at(-1)?.id ?? snowflake(),
      acknowledged: false,
      updates: [],
      privateReplies: [],
      acknowledge: async () => {
        press.acknowledged = true;
      },
      updateMessage: async (message) => {
        press.updates.push(message);
      },
      replyPrivately: async (text) => {
        press.privateReplies.push(text);
      },
    };
    this.emit('buttonPress', press);
    return press;
  }

  async connect(): Promise<void> {
    this.record('connect');
    this.connected = true;
  }

  async disconnect(): Promise<void> {
    this.connected = false;
  }

  async fetchMessagesAfter(channelId: string, afterId: string, limit: number) {
    this.record('fetchMessagesAfter', channelId, afterId, limit);
    return (this.history.get(channelId) ?? [])
      .filter((m) => BigInt(m.id) > BigInt(afterId))
      .slice(0, limit);
  }

  async fetchLatestMessages(channelId: string, limit: number) {
    this.record('fetchLatestMessages', channelId, limit);
    return (this.history.get(channelId) ?? []).slice(-limit);
  }

  async deleteMessage(channelId: string, messageId: string, reason: string) {
    this.record('deleteMessage', channelId, messageId, reason);
    const list = this.history.get(channelId) ?? [];
    const index = list.findIndex((m) => m.id === messageId);
    if (index < 0) return 'gone' as const;
    list.splice(index, 1);
    this.deleted.push({ channelId, messageId, reason });
    if (this.echoDeletions) {
      const deletion: DiscordDeletion = {
        id: messageId,
        channelId,
        guildId: GUILD,
        raw: JSON.stringify({ id: messageId }),
      };
      this.emit('messageDelete', deletion);
    }
    return 'deleted' as const;
  }

  async sendDirectMessage(userId: string, message: OutgoingMessage) {
    this.record('sendDirectMessage', userId, message);
    this.directMessages.push({ userId, message });
  }

  async sendMessage(channelId: string, message: OutgoingMessage) {
    this.record('sendMessage', channelId, message);
    const id = snowflake();
    this.sent.push({ channelId, id, message });
    return { id };
  }

  async editMessage(channelId: string, messageId: string, message: OutgoingMessage) {
    this.record('editMessage', channelId, messageId, message);
    this.edited.push({ channelId, messageId, message });
  }
}

/** Lets queued promise chains (the adapter's per-channel queues) run. */
export async function settle(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setImmediate(r));
}

/** Waits until `check` holds (the pipeline writes and delivers asynchronously). */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 3000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('waitFor: condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}
