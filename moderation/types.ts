/**
 * The moderation contract. Everything in moderation/ is pure: no database, no network, no
 * clock. The caller (the pipeline, the classify CLI, the eval) decides what to do with a verdict.
 */

/** Categories civicmod judges. J.3 names the first three; threats and personal information go to a person (I.3). */
export const CATEGORIES = [
  'obscenity',
  'personal_attack',
  'off_topic',
  'threat',
  'personal_info',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** The policy clause each category cites, written where it is enforced. */
export const CLAUSES: Record<Category, string> = {
  obscenity: 'J.3 obscenity',
  personal_attack: 'J.3 personal attack',
  off_topic: 'J.3 off-topic',
  // Not removable by the bot on their own authority: the Chief or designee decides (I.3).
  threat: 'I.3 human decision (threat)',
  personal_info: 'I.3 human decision (personal information)',
};

export type ModerationAction = 'allow' | 'queue' | 'hide';

export interface ClassifyInput {
  text: string;
  context?: {
    /** The text of the post the comment replies to: off-topic is judged against it. */
    post?: string | undefined;
    /** The page's name or statement of purpose. */
    page?: string | undefined;
    /** The comment this one replies to, when it is a reply. */
    parent?: string | undefined;
  };
}

/** A span of the ORIGINAL text (UTF-16 offsets, end exclusive) and the text it covers. */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

/**
 * What one classifier found. `autoHide` marks a high-confidence, viewpoint-neutral signal
 * (strong obscenity, unmistakable spam); only those may ever be hidden without a person, and
 * only when the page's settings allow it.
 */
export interface Signal {
  category: Category;
  /** 0..1 */
  score: number;
  evidence: Evidence[];
  /** A short, human-readable why: "strong obscenity", "spam: link with sales pitch". */
  label: string;
  autoHide: boolean;
}

export interface Reason {
  category: Category;
  clause: string;
  label: string;
  evidence: Evidence[];
}

export interface Verdict {
  action: ModerationAction;
  flags: Category[];
  scores: Record<Category, number>;
  reasons: Reason[];
}

/** A classifier: a pure function of the text and its context. */
export interface Classifier {
  readonly name: string;
  classify(input: ClassifyInput, prepared: PreparedText): Signal[];
}

/** Normalized forms of the text computed once and shared by every classifier. */
export interface PreparedText {
  readonly original: string;
  /** Lower-cased, evasion-undone text used for matching. */
  readonly normalized: string;
  /** For each UTF-16 index of `normalized`, the index in `original` it came from. */
  readonly toOriginal: readonly number[];
  /** The index in `original` that index `i` of `normalized` came from (no table is built). */
  originalOffset(i: number): number;
  /** Maps a [start, end) span of `normalized` back to an Evidence of the original. */
  evidence(start: number, end: number): Evidence;
}
