/**
 * The record store's interface. The pipeline, the adapters' runner and the web app speak only
 * to these interfaces; SQL stays inside `src/store/sqlite/*`. Methods are async so that a
 * PostgreSQL backend (for an agency that outgrows one machine, or a county serving many
 * departments) can implement the same interface; each method is one atomic unit of work.
 */
import type { EvidenceHead, EvidenceVerification } from './evidence.js';
import type { Membership, Role } from '../review/permissions.js';

/** Platforms civicmod knows. Adding one touches its adapter folder and this list. */
export const PLATFORMS = ['facebook', 'instagram', 'x', 'youtube', 'discord', 'bluesky'] as const;
export type Platform = (typeof PLATFORMS)[number];

export function isPlatform(value: unknown): value is Platform {
  return typeof value === 'string' && (PLATFORMS as readonly string[]).includes(value);
}

/** What the public sees of a comment on the platform. */
export type CommentState = 'visible' | 'hidden' | 'removed' | 'deleted_by_author';
/** Where a comment stands with the people who review it. */
export type ReviewState = 'none' | 'queued' | 'escalated' | 'closed';
/** How a version of a comment reached us. */
export type IngestSource = 'webhook' | 'poll' | 'gateway' | 'import';

/** A comment as an adapter (or an import file) reports it, platform-neutral. */
export interface IncomingComment {
  platform: Platform;
  page: { platformPageId: string; name?: string | undefined };
  post?:
    | {
        platformPostId: string;
        text?: string | undefined;
        url?: string | undefined;
        createdAt?: string | undefined;
      }
    | undefined;
  platformCommentId: string;
  parentPlatformId?: string | undefined;
  author: { id?: string | undefined; name?: string | undefined };
  text: string;
  /** ISO 8601. */
  createdAt: string;
  /** The payload exactly as received (JSON text or the original line), kept with its SHA-256. */
  raw: string;
  source: IngestSource;
  /** The platform reports the comment as already hidden (someone hid it there). */
  hiddenOnPlatform?: boolean | undefined;
}

export interface IngestResult {
  commentId: number;
  versionId: number;
  pageId: number;
  postId: number | null;
  /** new: first time seen; edited: the text changed and a version was added; unchanged: nothing written. */
  change: 'new' | 'edited' | 'unchanged';
  /** Whether the current version already has a decision (false after a crash between the two). */
  decided: boolean;
  state: CommentState;
  /**
   * A new comment's classification context, read in the transaction that stored it (in a burst
   * that saves a read transaction per comment). Absent for an edit or a comment seen before:
   * read it with `CommentStore.context`.
   */
  context?: ClassificationContext;
}

/** What the classifier reads about a comment besides its text. */
export interface ClassificationContext {
  /** With the page's moderation settings. */
  page: PageRow;
  postText: string | null;
  /** The text of the comment it replies to, when that one is stored. */
  parentText: string | null;
}

export interface CommentRow {
  id: number;
  platform: Platform;
  platformCommentId: string;
  pageId: number;
  postId: number | null;
  parentPlatformId: string | null;
  authorId: string | null;
  authorName: string | null;
  createdAt: string;
  firstSeenAt: string;
  state: CommentState;
  reviewState: ReviewState;
  currentVersionId: number | null;
  lastDecisionId: number | null;
  updatedAt: string;
}

export interface CommentVersionRow {
  id: number;
  commentId: number;
  seq: number;
  text: string;
  textSha256: string;
  rawPayload: string;
  rawSha256: string;
  source: IngestSource;
  observedAt: string;
}

export interface PageRow {
  id: number;
  /** The agency the page belongs to (migration 012; 1, "default", in a deployment of one). */
  agencyId: number;
  platform: Platform;
  platformPageId: string;
  name: string | null;
  settingsJson: string | null;
  pausedReason: string | null;
  createdAt: string;
}

export interface PostRow {
  id: number;
  pageId: number;
  platformPostId: string;
  text: string | null;
  url: string | null;
  createdAt: string | null;
  firstSeenAt: string;
}

/** A comment with what the reviewers and the classifier need around it. */
export interface CommentContext {
  comment: CommentRow;
  text: string;
  page: PageRow;
  post: PostRow | null;
  parentText: string | null;
}

export interface DecisionInput {
  commentId: number;
  versionId: number;
  classifierVersion: string;
  action: 'allow' | 'queue' | 'hide';
  flags: readonly string[];
  scores: Readonly<Record<string, number>>;
  reasons: readonly unknown[];
  /** The language the classifiers read the version in ('en', 'es', 'mixed', 'und'); null before 0.6.0. */
  language?: string | null;
}

export interface DecisionRow extends DecisionInput {
  id: number;
  decidedAt: string;
}

/**
 * Kinds of action. Platform actions (hide, unhide, remove) are requested then completed or
 * failed; the rest are recorded in one row.
 */
export const PLATFORM_ACTION_KINDS = ['hide', 'unhide', 'remove'] as const;
export type PlatformActionKind = (typeof PLATFORM_ACTION_KINDS)[number];
export type RecordedActionKind =
  | 'queue'
  | 'approve'
  | 'escalate'
  | 'author_deleted'
  | 'platform_state'
  | 'page_paused'
  | 'settings_change'
  | 'note'
  | (string & {});
export type ActionKind = PlatformActionKind | RecordedActionKind;

export type ActionPhase = 'requested' | 'completed' | 'failed' | 'recorded';

export function isPlatformActionKind(kind: string): kind is PlatformActionKind {
  return (PLATFORM_ACTION_KINDS as readonly string[]).includes(kind);
}

/** `system` for the bot, `user:<id>` for a person. */
export type Actor = 'system' | `user:${number}`;

export interface ActionInput {
  kind: ActionKind;
  commentId?: number | null;
  pageId?: number | null;
  platform?: Platform | null;
  actor: Actor;
  /** Why, in words a records clerk can read out. Required: every action has a reason. */
  reason: string;
  /** The policy clause, e.g. "J.3 obscenity"; null only for actions no clause governs. */
  clause: string | null;
  decisionId?: number | null;
  details?: Record<string, unknown> | null;
}

export interface ActionLogRow {
  id: number;
  actionId: number;
  phase: ActionPhase;
  kind: ActionKind;
  commentId: number | null;
  pageId: number | null;
  platform: Platform | null;
  actor: Actor;
  reason: string;
  clause: string | null;
  decisionId: number | null;
  details: Record<string, unknown> | null;
  platformResult: unknown;
  at: string;
  prevHash: string;
  hash: string;
}

/** A platform action that was requested and has not completed (nor failed for good). */
export interface PendingAction {
  actionId: number;
  kind: PlatformActionKind;
  commentId: number;
  platform: Platform;
  platformCommentId: string;
  platformPageId: string;
  requestedAt: string;
  attempts: number;
  actor: Actor;
  reason: string;
  clause: string | null;
}

export interface CommentStore {
  /**
   * Stores the comment before anything else is done with it. Idempotent: the same platform
   * comment with the same text writes nothing; a changed text adds a version; a comment seen
   * again after an author deletion is still one comment.
   */
  ingest(comment: IncomingComment): Promise<IngestResult>;
  /** The author deleted it on the platform: state changes, every version is kept. */
  markDeletedByAuthor(
    platform: Platform,
    platformCommentId: string,
    raw: string,
    source: IngestSource,
  ): Promise<{ commentId: number } | null>;
  get(commentId: number): Promise<CommentRow | null>;
  findByPlatformId(platform: Platform, platformCommentId: string): Promise<CommentRow | null>;
  /**
   * Visible comments of a platform posted since `sinceIso`, with ids above `afterId`, oldest
   * id first: the ones a deletion check asks the platform about.
   */
  recentVisible(
    platform: Platform,
    sinceIso: string,
    afterId: number,
    limit: number,
  ): Promise<{ id: number; platformCommentId: string }[]>;
  versions(commentId: number): Promise<CommentVersionRow[]>;
  context(commentId: number): Promise<CommentContext | null>;
  decisions(commentId: number): Promise<DecisionRow[]>;
  /** Stores a decision and, in the same transaction, the review state it implies. */
  recordDecision(decision: DecisionInput): Promise<DecisionRow>;
  setReviewState(commentId: number, reviewState: ReviewState): Promise<void>;
  count(): Promise<number>;
}

export interface ActionLog {
  /** Writes phase 'requested' before the platform is called. Returns the action id. */
  request(action: ActionInput): Promise<ActionLogRow>;
  /** Writes phase 'completed' and moves the comment to the state the action produces. */
  complete(actionId: number, platformResult: unknown): Promise<ActionLogRow>;
  /** Writes phase 'failed'. A retryable failure leaves the action pending. */
  fail(actionId: number, error: string, retryable: boolean): Promise<ActionLogRow>;
  /** A one-row action (approve, escalate, a deletion seen, a settings change). */
  record(action: ActionInput): Promise<ActionLogRow>;
  pending(platform?: Platform): Promise<PendingAction[]>;
  /**
   * Those of the given actions that are still pending, in the order given. The executor asks
   * this for each action it is about to deliver: one indexed look-up per action, where
   * `pending()` reads every platform action ever requested.
   */
  pendingByIds(actionIds: readonly number[]): Promise<PendingAction[]>;
  forComment(commentId: number): Promise<ActionLogRow[]>;
  /**
   * Comments alerted at or before `before` (ISO time) that no person has acted on since, and
   * that were not alerted again already: the alerts to repeat to the second list.
   */
  unacknowledgedAlerts(before: string): Promise<number[]>;
  count(): Promise<number>;
  /** The newest entry's id and hash (null for an empty log): the head of the chain. */
  head(): Promise<{ id: number; hash: string } | null>;
  /** The hash of entry `id`, or undefined when there is no such entry. */
  hashOf(id: number): Promise<string | undefined>;
  /**
   * Claims the delivery of action `actionId` for `worker` until `until` (ISO): true when it was
   * free, its claim had run out by `now`, or `worker` already held it; false when another
   * worker holds it. One statement, so two workers claiming at once cannot both get it.
   */
  claim(
    actionId: number,
    worker: string,
    now: string,
    until: string,
    /** A claim to take over whatever its time: a worker known to be dead. */
    replacing?: string,
  ): Promise<boolean>;
  /** Who holds the claim on action `actionId` (run out or not), if anyone ever claimed it. */
  claimant(actionId: number): Promise<string | undefined>;
}

/** A page's removal-notice setting (migration 010). */
export interface PageNotice {
  enabled: boolean;
  template: string;
  /** For comments in Spanish; null: the built-in Spanish text. */
  templateEs: string | null;
  updatedBy: Actor;
  updatedAt: string;
}

export interface PageStore {
  get(pageId: number): Promise<PageRow | null>;
  find(platform: Platform, platformPageId: string): Promise<PageRow | null>;
  /** Every page, or only those of the given agencies. */
  list(agencyIds?: readonly number[]): Promise<PageRow[]>;
  /** Moves a page (its comments, queue and records with it) to another agency. */
  setAgency(pageId: number, agencyId: number): Promise<void>;
  setSettings(pageId: number, settingsJson: string | null): Promise<void>;
  setPaused(pageId: number, reason: string | null): Promise<void>;
  /** The page's removal-notice setting, or null when never set (off). */
  notice(pageId: number): Promise<PageNotice | null>;
  setNotice(
    pageId: number,
    notice: { enabled: boolean; template: string; templateEs?: string | null },
    actor: Actor,
  ): Promise<void>;
}

/** An agency of the deployment (migration 012): a police department, a sheriff's office. */
export interface AgencyRow {
  id: number;
  /** Short, unique, case-insensitive: what the command line and exports name it by. */
  slug: string;
  name: string;
  createdAt: string;
}

/** The agency every page, account, request and hold belongs to until told otherwise. */
export const DEFAULT_AGENCY_ID = 1;

export interface AgencyStore {
  list(): Promise<AgencyRow[]>;
  get(agencyId: number): Promise<AgencyRow | null>;
  /** Case-insensitive. */
  findBySlug(slug: string): Promise<AgencyRow | null>;
  /** Throws InputError when the slug is taken. */
  create(agency: { slug: string; name: string }): Promise<AgencyRow>;
  rename(agencyId: number, name: string): Promise<void>;
}

export interface CursorStore {
  get(platform: Platform, key: string): Promise<string | null>;
  set(platform: Platform, key: string, value: string): Promise<void>;
}

/** The whole store. Areas added by later work (accounts, public records) hang off it too. */
export type AppealStatus = 'open' | 'restored' | 'upheld';

/** The clause under which appeals are decided: the Chief or designee has the final say. */
export const APPEAL_CLAUSE = 'I.3 Chief/designee decision (appeal)';

/** An appeal from the public against a hidden or removed comment (issue 19, I.3). */
export interface AppealRow {
  id: number;
  /** Given to the author to quote; unguessable. */
  receipt: string;
  /** What the author typed to name the comment. */
  commentRef: string;
  /** The comment it matched, or null when it matched none (a person reads the reference). */
  commentId: number | null;
  reason: string;
  /** How to reach the author, when they gave it: personal information, never exported. */
  contact: string | null;
  receivedAt: string;
  /** YYYY-MM-DD. */
  dueOn: string;
  status: AppealStatus;
  decidedBy: Actor | null;
  decidedAt: string | null;
  decisionReason: string | null;
}

export interface NewAppeal {
  commentRef: string;
  commentId: number | null;
  reason: string;
  contact: string | null;
  dueOn: string;
  /** A keyed hash of the submitter's address, for the per-address limit only. */
  addressHash: string;
}

export interface AppealCounts {
  received: number;
  open: number;
  overdue: number;
  restored: number;
  upheld: number;
}

/** Appeals by the category the comment was flagged for and by who hid it (reports). */
export interface AppealBreakdownRow {
  /** A flag of the comment's last decision; 'none' when it had none. */
  category: string;
  /** Who hid or removed the comment before the appeal: the bot, a person, or not on record. */
  hiddenBy: 'bot' | 'person' | 'unknown';
  received: number;
  restored: number;
  upheld: number;
  open: number;
}

export interface AppealStore {
  /** Submissions from this address since `since` (ISO time), for the per-address limit. */
  submissionsSince(addressHash: string, since: string): Promise<number>;
  /** The comment whose platform id is one of `candidates`, or null. */
  findComment(candidates: readonly string[]): Promise<number | null>;
  /** Stores the appeal and its action-log entry in one transaction. */
  create(appeal: NewAppeal): Promise<AppealRow>;
  get(id: number): Promise<AppealRow | null>;
  /** The appeal with this receipt, or null. */
  byReceipt(receipt: string): Promise<AppealRow | null>;
  /**
   * Open ones by due date; decided ones newest first. With `agencyIds`, only appeals against
   * comments on those agencies' pages (an appeal that matched no comment belongs to none).
   */
  list(
    which: 'open' | 'decided',
    limit: number,
    agencyIds?: readonly number[],
  ): Promise<AppealRow[]>;
  forComment(commentId: number): Promise<AppealRow[]>;
  /** Records the decision (once) and its action-log entry, in one transaction. */
  decide(
    id: number,
    outcome: 'restored' | 'upheld',
    reason: string,
    actor: Actor,
  ): Promise<AppealRow>;
  counts(today: string, agencyIds?: readonly number[]): Promise<AppealCounts>;
  /** Appeals received since `sinceIso`, by category and by who hid the comment. */
  breakdown(sinceIso: string, agencyIds?: readonly number[]): Promise<AppealBreakdownRow[]>;
}

export interface EvidenceStore {
  head(): Promise<EvidenceHead>;
  verify(onProgress?: (checked: number, total: number) => void): Promise<EvidenceVerification>;
  /** The MAC of entry `seq`, or undefined when there is no such entry. */
  macOf(seq: number): Promise<string | undefined>;
}

export interface Store {
  readonly comments: CommentStore;
  readonly actions: ActionLog;
  readonly pages: PageStore;
  /** The agencies of the deployment (migration 012). */
  readonly agencies: AgencyStore;
  readonly cursors: CursorStore;
  /** Public records: search, requests, redactions, legal holds, retention, audit (J.4, I.3). */
  readonly records: RecordsStore;
  /** Dashboard accounts (migration 002). */
  readonly users: UserStore;
  readonly sessions: SessionStore;
  readonly loginAttempts: LoginAttemptStore;
  readonly compliance: ComplianceStore;
  /** Read side of the review dashboard: the queue, its context, reports. */
  readonly dashboard: DashboardQueries;
  readonly reports: ReportQueries;
  /** The keyed evidence chain over versions, decisions, actions and redactions (evidence.ts). */
  readonly evidence: EvidenceStore;
  /** Appeals from the public (migration 009). */
  readonly appeals: AppealStore;
  /**
   * Stores a decision and, in the same transaction, the action it leads to (a hide requested
   * of the platform, or a one-row record such as 'queue'), so a crash can never leave a
   * decision to hide without its requested action.
   */
  decide(
    decision: DecisionInput,
    followUp?: { phase: 'requested' | 'recorded'; action: Omit<ActionInput, 'decisionId'> },
  ): Promise<{
    decision: DecisionRow;
    action: ActionLogRow | null;
    /**
     * The version was already decided (a concurrent copy decided it first): `decision` is
     * that decision, and nothing was written.
     */
    duplicate: boolean;
  }>;
  /** Keeps a platform event that did not map to a comment (unknown verbs), verbatim. */
  keepRawEvent(event: {
    platform: Platform;
    source: IngestSource;
    note: string;
    raw: string;
  }): Promise<void>;
  /** Integrity and size figures for /healthz and the bench. */
  health(): Promise<{
    ok: boolean;
    schemaVersion: number;
    comments: number;
    /** The store's file and folder can be written. */
    writable: boolean;
    /** Free bytes on the store's disk (null when unknown). */
    freeBytes: number | null;
  }>;
  close(): void;
}

// --- Dashboard accounts, sessions, compliance and the review dashboard's read side -----------

/** A dashboard account. Accounts are disabled, never deleted: the action log names them. */
export interface UserRow {
  id: number;
  username: string;
  displayName: string;
  /** The role in the account's first agency, for display; permissions come from `agencies`. */
  role: Role;
  /** Each agency the account works for and its role there, by agency id; never empty. */
  agencies: Membership[];
  /** `scrypt$N$r$p$salt$hash` (src/accounts/passwords.ts). */
  passwordHash: string;
  discordUserId: string | null;
  createdAt: string;
  disabledAt: string | null;
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  discordUserId?: string | null | undefined;
  /** The agencies the account works for with `role`; the default agency when not given. */
  agencyIds?: readonly number[] | undefined;
}

export interface UserStore {
  /** Throws InputError when the username or Discord id is already taken. */
  create(user: NewUser): Promise<UserRow>;
  get(userId: number): Promise<UserRow | null>;
  /** Case-insensitive. */
  findByUsername(username: string): Promise<UserRow | null>;
  /** The account linked to a Discord user (the review channel); disabled accounts included. */
  findByDiscordId(discordUserId: string): Promise<UserRow | null>;
  list(): Promise<UserRow[]>;
  /** Accounts that are not disabled. */
  countActive(): Promise<number>;
  /** Disabling also ends every session of the account, in the same transaction. */
  setDisabled(userId: number, disabled: boolean): Promise<void>;
  /** Sets the role in every agency the account works for. */
  setRole(userId: number, role: Role): Promise<void>;
  /**
   * Replaces the account's agencies and roles. Throws InputError when the list is empty, names
   * an agency twice or an agency that does not exist.
   */
  setAgencies(userId: number, memberships: readonly Membership[]): Promise<void>;
  /** A new password ends every session of the account, in the same transaction. */
  setPasswordHash(userId: number, passwordHash: string): Promise<void>;
  /** Display names by id, to show `user:N` actors as people. */
  displayNames(userIds: readonly number[]): Promise<Map<number, string>>;
}

export interface SessionRow {
  tokenSha256: string;
  userId: number;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
}

export interface SessionStore {
  create(session: {
    tokenSha256: string;
    userId: number;
    csrfToken: string;
    expiresAt: string;
  }): Promise<SessionRow>;
  /** The session and its account, whatever their state: the caller checks expiry and disabling. */
  find(tokenSha256: string): Promise<{ session: SessionRow; user: UserRow } | null>;
  touch(tokenSha256: string): Promise<void>;
  delete(tokenSha256: string): Promise<void>;
  deleteExpired(nowIso: string): Promise<number>;
}

export interface LoginAttemptStore {
  /**
   * In one write transaction: counts the failures since `since` (per username and address,
   * per username, per address; a username's count restarts after its last success) and, when
   * all are under `limits`, records this attempt as a failure and returns its id. Otherwise
   * records nothing and returns the oldest counted failure of the limit reached (when the lock
   * lifts). Concurrent claims are serialized, so no more than a limit's worth pass.
   */
  claim(input: {
    username: string;
    ip: string;
    at: string;
    since: string;
    limits: { perUsernameAndIp: number; perUsername: number; perIp: number };
  }): Promise<{ attemptId: number | null; oldest: string | null }>;
  /** The claimed attempt's password was right. */
  markSucceeded(attemptId: number): Promise<void>;
  /** An administrator's unlock: a success row for the username from no address. */
  unlock(username: string, at: string): Promise<void>;
  prune(beforeIso: string): Promise<void>;
}

export interface ComplianceConfirmation {
  pageId: number;
  item: string;
  confirmedAt: string;
  confirmedBy: number;
  confirmedByName: string;
  note: string | null;
}

export interface ComplianceStore {
  confirm(entry: {
    pageId: number;
    item: string;
    userId: number;
    note?: string | null;
  }): Promise<void>;
  /** The latest confirmation of each item of a page. */
  latest(pageId: number): Promise<ComplianceConfirmation[]>;
}

/** What the review queue lists. Every field is optional except the review states. */
export interface QueueFilter {
  reviewStates: readonly ReviewState[];
  pageId?: number | undefined;
  platform?: Platform | undefined;
  /** A category flagged by the comment's latest decision. */
  category?: string | undefined;
  state?: CommentState | undefined;
  /** Comments first seen at or after this time. */
  seenSince?: string | undefined;
  /** Only comments with a larger id (the queue's "new since" poll). */
  afterId?: number | undefined;
  /** Only comments on pages of these agencies (undefined: every agency). */
  agencyIds?: readonly number[] | undefined;
}

/** A comment in the queue with what a reviewer needs to judge it. */
export interface QueueItemRow {
  comment: CommentRow;
  text: string;
  page: PageRow;
  post: PostRow | null;
  decision: DecisionRow | null;
  /** The latest action on the comment (the bot's hide, an escalation), if any. */
  lastAction: ActionLogRow | null;
}

/** A comment shown as context: the thread above, the author's earlier comments. */
export interface ContextComment {
  id: number;
  platformCommentId: string;
  authorName: string | null;
  text: string;
  createdAt: string;
  state: CommentState;
}

export interface DashboardQueries {
  /** Oldest first (the order comments arrived), at most `limit`. */
  queue(filter: QueueFilter, limit: number): Promise<QueueItemRow[]>;
  queueCount(filter: QueueFilter): Promise<number>;
  /** One comment in the queue's shape, whatever its review state. */
  queueItem(commentId: number): Promise<QueueItemRow | null>;
  /** The comments above this one in its thread, the top first, at most `maxDepth`. */
  thread(commentId: number, maxDepth: number): Promise<ContextComment[]>;
  /** The author's earlier comments on the same page, newest first. */
  authorHistory(commentId: number, limit: number): Promise<ContextComment[]>;
  /** Which of these comments are still in one of the review states (and on those agencies' pages). */
  stillIn(
    commentIds: readonly number[],
    reviewStates: readonly ReviewState[],
    agencyIds?: readonly number[],
  ): Promise<number[]>;
  /**
   * The newest posts with comments, for the records search's post picker: the platform id,
   * when it was posted (or first seen), its page and the start of its text.
   */
  recentPosts(
    limit: number,
    agencyIds?: readonly number[],
  ): Promise<
    { platformPostId: string; createdAt: string; pageName: string | null; text: string | null }[]
  >;
  /** Page-level action-log rows (settings changes), newest first. */
  pageActions(pageId: number, kinds: readonly string[], limit: number): Promise<ActionLogRow[]>;
}

export interface ReportFilter {
  sinceIso: string;
  pageId?: number | undefined;
  /** Only pages of these agencies (undefined: every agency). */
  agencyIds?: readonly number[] | undefined;
}

export interface ReportQueries {
  /** Comments flagged per day and category (from each comment's first decision). */
  flagsByDay(filter: ReportFilter): Promise<{ day: string; category: string; n: number }[]>;
  /** Actions per day: kind and whether the bot or a person took them. */
  actionsByDay(
    filter: ReportFilter,
  ): Promise<{ day: string; kind: string; byPerson: boolean; n: number }[]>;
  /** Per page: comments seen, flagged, hidden by the bot, hidden and restored by people. */
  byPage(filter: ReportFilter): Promise<
    {
      pageId: number;
      platform: Platform;
      name: string | null;
      /** Names a page that has no name of its own. */
      platformPageId: string;
      comments: number;
      flagged: number;
      botHides: number;
      personHides: number;
      restores: number;
    }[]
  >;
  /** Seconds from a comment's arrival to the first decision a person made on it. */
  secondsToHumanDecision(filter: ReportFilter): Promise<number[]>;
  /**
   * The bot's hides grouped by the clause they cited (J.3 obscenity, J.3 off-topic): how many,
   * how many a person later restored, how many a person confirmed by hiding again.
   */
  botHideOutcomes(
    filter: ReportFilter,
  ): Promise<{ clause: string; hidden: number; restored: number; kept: number }[]>;
}

// --- Public records (J.4 public disclosure, I.3 retention) -------------------------------------

/**
 * What a records search, an export, an attachment to a request or a filter-scoped legal hold
 * selects. Every field is optional; the given ones must all match. Hidden, removed,
 * author-deleted and purged comments are all included: nothing is left out of a records answer.
 */
export interface RecordsFilter {
  /** Comments created on the platform at or after this instant (ISO 8601). */
  from?: string | undefined;
  /** Comments created before this instant (ISO 8601, exclusive). */
  until?: string | undefined;
  platform?: Platform | undefined;
  /** The platform's id of the page. */
  page?: string | undefined;
  /** The platform's id of the post. */
  post?: string | undefined;
  /** The author's platform id, or display name (whole name, any case). */
  author?: string | undefined;
  state?: CommentState | undefined;
  /** A category some decision flagged on the comment (obscenity, personal_attack, ...). */
  category?: string | undefined;
  /** The language the comment's latest decision read it in ('en', 'es', 'mixed', 'und'). */
  language?: string | undefined;
  /** The comment has an action of this kind (hide, unhide, remove, approve, ...). */
  action?: string | undefined;
  /** The comment has an action by this actor (`system` or `user:<id>`). */
  actor?: string | undefined;
  /** Words and "quoted phrases" (a trailing * matches a prefix), searched in every version and the author's name. */
  query?: string | undefined;
  /** Only the comments attached to this records request. */
  requestId?: number | undefined;
  /**
   * Only comments on pages of these agencies (undefined: every agency). Set by the server from
   * the clerk's agencies, never from the form; kept in a legal hold's filter, so a hold placed
   * from a search holds that agency's comments only.
   */
  agencyIds?: readonly number[] | undefined;
}

/** One search result: enough to recognise the comment and choose it for a request. */
export interface RecordsHit {
  commentId: number;
  platform: Platform;
  platformCommentId: string;
  platformPageId: string;
  pageName: string | null;
  platformPostId: string | null;
  authorId: string | null;
  authorName: string | null;
  createdAt: string;
  state: CommentState;
  /** Set when the retention purge has reduced the comment to a tombstone. */
  purgedAt: string | null;
  /** The current version's text; null for a tombstone. */
  text: string | null;
  versions: number;
}

export interface RecordsPage {
  /** Newest first (created_at, then id). */
  hits: RecordsHit[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface RecordsCommentRow extends CommentRow {
  purgedAt: string | null;
}

/** A redaction: a span of one version withheld from a request's export. */
export interface RedactionRow {
  id: number;
  requestId: number;
  versionId: number;
  commentId: number;
  /** UTF-16 offsets into the version's text, end exclusive. */
  start: number;
  end: number;
  /** The exemption that allows withholding it, as it will be printed. */
  exemption: string;
  createdBy: Actor;
  createdAt: string;
  withdrawnBy: Actor | null;
  withdrawnAt: string | null;
}

/** Everything the record holds about one comment, in the order it happened. */
export interface CommentRecord {
  comment: RecordsCommentRow;
  page: PageRow;
  post: PostRow | null;
  /** Every version, the original first. Empty for a tombstone. */
  versions: CommentVersionRow[];
  decisions: DecisionRow[];
  actions: ActionLogRow[];
  /** The redactions in force for the request being answered (none for a filter export). */
  redactions: RedactionRow[];
}

export type RecordsRequestStatus = 'open' | 'closed';

export interface RecordsRequestRow {
  id: number;
  /** The agency whose records the request is answered from. */
  agencyId: number;
  requester: string;
  /** YYYY-MM-DD */
  receivedOn: string;
  description: string;
  /** YYYY-MM-DD */
  dueOn: string | null;
  status: RecordsRequestStatus;
  createdBy: Actor;
  createdAt: string;
  closedBy: Actor | null;
  closedAt: string | null;
  items: number;
}

export interface NewRecordsRequest {
  /** The default agency when not given. */
  agencyId?: number | undefined;
  requester: string;
  receivedOn: string;
  description: string;
  dueOn?: string | null | undefined;
}

export interface NewRedaction {
  requestId: number;
  versionId: number;
  start: number;
  end: number;
  exemption: string;
}

/** Comments chosen by id, or every comment a filter matches. */
export type RecordsSelection = { commentIds: readonly number[] } | { filter: RecordsFilter };

export interface LegalHoldRow {
  id: number;
  /** The agency whose clerk placed it. */
  agencyId: number;
  name: string;
  matter: string;
  /** Null when the hold lists comments; otherwise it holds every comment matching the filter. */
  filter: RecordsFilter | null;
  /** How many comments the hold lists (0 for a filter hold). */
  comments: number;
  placedBy: Actor;
  placedAt: string;
  releasedBy: Actor | null;
  releasedAt: string | null;
  releaseReason: string | null;
}

export interface NewLegalHold {
  /** The default agency when not given. */
  agencyId?: number | undefined;
  name: string;
  matter: string;
  scope: RecordsSelection;
}

/** The last entry of the action log: printed by `audit verify` and in every export manifest. */
export interface ActionLogHead {
  count: number;
  id: number | null;
  /** The genesis hash (64 zeros) for an empty log. */
  hash: string;
}

/** A consistent view of the record for an export: nothing written after it was taken shows. */
export interface RecordsSnapshot {
  readonly takenAt: string;
  readonly head: ActionLogHead;
  /** The evidence chain's head at the same moment. */
  readonly evidence: EvidenceHead;
  count(filter: RecordsFilter): Promise<number>;
  /** Full records in search order, a batch at a time, so memory stays flat. */
  records(
    filter: RecordsFilter,
    options?: { redactionsFor?: number },
  ): AsyncIterable<CommentRecord[]>;
  close(): void;
}

/** I.3: how long each state is kept, in days since the comment's last activity. */
export type RetentionSchedule = Readonly<Record<CommentState, number>>;

export interface RetentionCandidate {
  commentId: number;
  platform: Platform;
  platformCommentId: string;
  state: CommentState;
  /** The latest of its creation, its last change and its last action. */
  lastActivity: string;
  /** What keeps it despite its age; empty when it is due for purging. */
  blockedBy: { kind: 'legal_hold' | 'records_request'; id: number; name: string }[];
}

export interface PurgeBatch {
  comments: number;
  byState: Record<CommentState, number>;
  versions: number;
  decisions: number;
  redactions: number;
  /** The action-log entry that records this batch. */
  actionLogId: number;
}

export type ChainVerification =
  | { ok: true; count: number; head: ActionLogHead }
  | {
      ok: false;
      /** Entries checked before the first problem. */
      checked: number;
      /** The id of the first entry that was changed, removed or moved. */
      entryId: number;
      problem: 'changed' | 'removed' | 'reordered';
      detail: string;
    };

export interface RecordsStore {
  search(
    filter: RecordsFilter,
    page: { limit: number; cursor?: string | undefined },
  ): Promise<RecordsPage>;
  /** How many comments match, counting no further than `cap`. */
  count(filter: RecordsFilter, cap?: number): Promise<number>;
  record(commentId: number, options?: { redactionsFor?: number }): Promise<CommentRecord | null>;
  snapshot(): Promise<RecordsSnapshot>;

  createRequest(request: NewRecordsRequest, actor: Actor): Promise<RecordsRequestRow>;
  getRequest(requestId: number): Promise<RecordsRequestRow | null>;
  /** With `agencyIds`, only those agencies' requests. */
  listRequests(
    status?: RecordsRequestStatus,
    agencyIds?: readonly number[],
  ): Promise<RecordsRequestRow[]>;
  /** A closed request no longer blocks retention. */
  closeRequest(requestId: number, actor: Actor): Promise<RecordsRequestRow>;
  /** Attaches comments to an open request; returns how many were not attached before. */
  attach(requestId: number, selection: RecordsSelection, actor: Actor): Promise<number>;
  detach(requestId: number, commentId: number, actor: Actor): Promise<void>;
  /** The span must lie inside the version's text and the version must belong to an attached comment. */
  addRedaction(redaction: NewRedaction, actor: Actor): Promise<RedactionRow>;
  /** Withdrawn, not deleted: the history of what was withheld stays on record. */
  withdrawRedaction(redactionId: number, actor: Actor): Promise<RedactionRow>;
  redactions(requestId: number): Promise<RedactionRow[]>;
  getRedaction(redactionId: number): Promise<RedactionRow | null>;

  placeHold(hold: NewLegalHold, actor: Actor): Promise<LegalHoldRow>;
  releaseHold(holdId: number, reason: string, actor: Actor): Promise<LegalHoldRow>;
  /** With `agencyIds`, only those agencies' holds. */
  listHolds(agencyIds?: readonly number[]): Promise<LegalHoldRow[]>;
  getHold(holdId: number): Promise<LegalHoldRow | null>;

  /** Comments past their retention period, from id `after` on, held ones included with why. */
  expired(
    schedule: RetentionSchedule,
    page: { after: number; limit: number },
  ): Promise<{ candidates: RetentionCandidate[]; next: number | null }>;
  /** Expired, unblocked comments that would be purged (for the progress bar). */
  countPurgeable(schedule: RetentionSchedule): Promise<number>;
  /**
   * Purges up to `limit` expired, unblocked comments in one transaction and logs it (counts
   * only). Returns null when nothing is left to purge.
   */
  purgeExpired(schedule: RetentionSchedule, limit: number): Promise<PurgeBatch | null>;

  head(): Promise<ActionLogHead>;
  /** Walks the hash chain from the first entry; reports the first one that does not hold. */
  verifyActionLog(
    onProgress?: (checked: number, total: number) => void,
  ): Promise<ChainVerification>;
  /** Logs an export (its manifest's SHA-256 and counts) in the action log. */
  logExport(details: Record<string, unknown>, actor: Actor): Promise<ActionLogRow>;
}
