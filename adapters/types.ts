/**
 * The interface every platform adapter implements. Adapters speak to their platform and turn
 * what it sends into platform-neutral IngestEvents; they never touch the database. The runner
 * (src/pipeline) stores, classifies, records and asks the adapter to act.
 */
import type { PolicySettings } from '../moderation/index.js';
import type { Logger } from '../src/logger.js';
import type {
  IncomingComment,
  IngestSource,
  Platform,
  PlatformActionKind,
} from '../src/store/types.js';

/** What arrives from a platform, before anything is done with it. */
export type IngestEvent =
  | { type: 'comment'; comment: IncomingComment }
  | {
      /** The author (or the platform) deleted the comment: state changes, versions are kept. */
      type: 'deleted';
      platform: Platform;
      platformCommentId: string;
      raw: string;
      source: IngestSource;
      /** How the deletion was seen, for the record ("not returned when re-read at …"). */
      seenBy?: string;
    }
  | {
      /** Someone hid or unhid the comment on the platform itself (not through civicmod). */
      type: 'platform_state';
      platform: Platform;
      platformCommentId: string;
      hidden: boolean;
      raw: string;
      source: IngestSource;
    }
  | {
      /** Anything else the platform sent (an unknown webhook verb): logged and kept verbatim. */
      type: 'unrecognized';
      platform: Platform;
      note: string;
      raw: string;
      source: IngestSource;
    };

export interface AdapterCapabilities {
  hide: boolean;
  unhide: boolean;
  delete: boolean;
  reply: boolean;
  /** Can a hide be undone on the platform? (Discord: no, a hide there is a delete.) */
  hideIsReversible: boolean;
  /** What "hide" means on this platform, in words for the README and the dashboard. */
  hideMeans: string;
  /**
   * How the page can tell an author privately that their comment was hidden (removal notices,
   * issue 19), with the platform's limits in words; absent when the platform offers no private
   * channel (a public reply would broadcast the removal, so none is ever sent).
   */
  privateNotice?: { channel: string; limits: string; windowDays: number };
}

/** A removal notice to the author of a comment, through the platform's private channel. */
export interface AuthorNotice {
  platformCommentId: string;
  platformPageId: string;
  /** The author's platform id, as stored with the comment (Discord sends the DM to it). */
  authorId: string | null;
  text: string;
}

/** A platform action the runner asks the adapter to carry out. */
export interface PlatformActionRequest {
  actionId: number;
  kind: PlatformActionKind;
  platformCommentId: string;
  platformPageId: string;
  reason: string;
  clause: string | null;
}

/** The platform's answer, stored in the action log as `platform_result`. */
export type PlatformActionResult = Record<string, unknown>;

export interface WebhookRequest {
  method: 'GET' | 'POST';
  query: Record<string, string | undefined>;
  headers: Record<string, string | undefined>;
  /** The body exactly as received: signatures are computed over these bytes. */
  rawBody: Buffer;
}

export interface WebhookResponse {
  status: number;
  body?: string;
  contentType?: string;
}

/** What a webhook handler returns: the HTTP answer and the events to store before answering. */
export interface WebhookResult {
  response: WebhookResponse;
  events: IngestEvent[];
}

/** Key-value cursor storage for an adapter's own position (the runner persists it). */
export interface CursorAccess {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
}

/** What the runner hands an adapter when it starts. */
export interface AdapterContext {
  /** Stores (and classifies, and acts on) one event; resolves once it is durably stored. */
  ingest(event: IngestEvent): Promise<void>;
  cursors: CursorAccess;
  logger: Logger;
  /** Tells the operator the page needs them (expired token, revoked permission). */
  pause(reason: string): Promise<void>;
}

/**
 * A platform's own defaults for the policy settings, over DEFAULT_POLICY; a page's stored
 * settings still win. Only ever narrower: used to stop automatic actions a platform cannot
 * undo (Discord, where a hide is a delete).
 */
export interface PolicyDefaults {
  autoHide?: Partial<PolicySettings['autoHide']>;
}

export interface PlatformAdapter {
  readonly platform: Platform;
  readonly capabilities: AdapterCapabilities;
  /** Policy defaults for this platform's pages (see PolicyDefaults); absent = DEFAULT_POLICY. */
  readonly defaultPolicy?: PolicyDefaults;
  /**
   * Starts what keeps comments flowing: a gateway connection, a polling loop. Resolves once
   * started; the loops themselves run until stop().
   */
  start(context: AdapterContext): Promise<void>;
  stop(): Promise<void>;
  /**
   * Carries out a hide / unhide / remove. Throws PlatformError (retryable or not, or pausing the
   * page) when the platform refuses; resolves with the platform's answer otherwise.
   */
  apply(action: PlatformActionRequest): Promise<PlatformActionResult>;
  /**
   * Which of these comments the platform still has (deletion checks, issue 19: a periodic
   * re-read where the platform sends no deletion event). Ids it no longer returns are deleted;
   * throws PlatformError when it cannot tell (then nothing is concluded).
   */
  existing?(platformCommentIds: readonly string[]): Promise<Set<string>>;
  /** How many ids one `existing` call may be given. */
  readonly existingBatch?: number;
  /**
   * The removal notice of a page with no notice setting of its own (Discord: on when
   * DISCORD_NOTIFY_AUTHOR=true); absent: off.
   */
  readonly defaultNotice?: { enabled: boolean; template: string };
  /**
   * Posts an alert for the people on duty in a channel of the platform (Discord:
   * ALERT_DISCORD_CHANNEL_ID); absent where the platform has no staff channel.
   */
  postAlert?(channelId: string, text: string): Promise<void>;
  /** Sends a removal notice privately (capabilities.privateNotice); throws PlatformError. */
  sendNotice?(notice: AuthorNotice): Promise<PlatformActionResult>;
  /** Platforms that push (Meta, X): mounted at POST/GET /webhooks/<platform>. */
  webhook?: {
    /**
     * Verifies (signature, handshake) before parsing anything; returns the HTTP answer and the
     * events to ingest (none for a refused or handshake request). May be async: an adapter can
     * fetch context the push lacks (Facebook sends no post text) before the events are stored;
     * a synchronous handler still satisfies this.
     */
    handle(request: WebhookRequest): WebhookResult | Promise<WebhookResult>;
  };
}
