/**
 * Policy: turns classifier signals into allow / queue / hide, per page.
 *
 * Viewpoint neutrality is built into the shape of the settings: only obscenity and spam can
 * ever be hidden without a person, because they are the high-confidence, viewpoint-neutral
 * signals. Personal attacks, threats, personal information and ordinary off-topic comments
 * always go to a person (J.3 leaves the judgment to content managers, I.2/I.3 to the Chief or
 * designee), however a page is configured.
 */
import { z } from 'zod';
import {
  CATEGORIES,
  CLAUSES,
  type Category,
  type Reason,
  type Signal,
  type Verdict,
} from './types.js';

const score = z.number().min(0).max(1);

export const policySettingsSchema = z
  .object({
    /** Which viewpoint-neutral signals may be hidden automatically. */
    autoHide: z.object({ obscenity: z.boolean(), spam: z.boolean() }).strict(),
    /** A category at or above this score is flagged, and a flagged comment goes to the queue. */
    queueThreshold: z
      .object(
        Object.fromEntries(CATEGORIES.map((c) => [c, score])) as Record<Category, typeof score>,
      )
      .strict(),
    /** An auto-hide-eligible signal at or above this score is hidden. */
    hideThreshold: z.object({ obscenity: score, spam: score }).strict(),
    /**
     * Comments in a language civicmod does not judge (not English or Spanish): left up
     * ('allow', the default) or sent to a person ('queue'). Never hidden automatically.
     */
    otherLanguages: z.enum(['allow', 'queue']).optional(),
  })
  .strict();

export type PolicySettings = z.infer<typeof policySettingsSchema>;

export const DEFAULT_POLICY: PolicySettings = {
  autoHide: { obscenity: true, spam: true },
  queueThreshold: {
    obscenity: 0.5,
    personal_attack: 0.5,
    off_topic: 0.5,
    threat: 0.5,
    personal_info: 0.5,
  },
  hideThreshold: { obscenity: 0.9, spam: 0.9 },
};

/**
 * Reads per-page settings stored as JSON over the defaults (DEFAULT_POLICY, or a platform's own
 * defaults when given). Throws a readable error when a value is out of range, so a bad settings
 * form never silently changes what the bot hides.
 */
export function parsePolicySettings(
  json: string | null | undefined,
  defaults: PolicySettings = DEFAULT_POLICY,
): PolicySettings {
  if (json === null || json === undefined || json === '') return defaults;
  const raw = JSON.parse(json) as Partial<PolicySettings>;
  return policySettingsSchema.parse({
    autoHide: { ...defaults.autoHide, ...raw.autoHide },
    queueThreshold: { ...defaults.queueThreshold, ...raw.queueThreshold },
    hideThreshold: { ...defaults.hideThreshold, ...raw.hideThreshold },
    ...((raw.otherLanguages ?? defaults.otherLanguages)
      ? { otherLanguages: raw.otherLanguages ?? defaults.otherLanguages }
      : {}),
  });
}

function mayAutoHide(signal: Signal, settings: PolicySettings): boolean {
  if (!signal.autoHide) return false;
  // J.3 obscenity: strong obscenity only (the classifier marks mild words never-autoHide).
  if (signal.category === 'obscenity') {
    return settings.autoHide.obscenity && signal.score >= settings.hideThreshold.obscenity;
  }
  // J.3 off-topic: only unmistakable spam; other off-topic comments go to a person.
  if (signal.category === 'off_topic') {
    return settings.autoHide.spam && signal.score >= settings.hideThreshold.spam;
  }
  return false;
}

/**
 * Merges signals (several per category possible) into the verdict the contract promises. Runs
 * for every comment: plain loops over the five categories, no intermediate arrays.
 */
export function decide(
  signals: readonly Signal[],
  settings: PolicySettings = DEFAULT_POLICY,
): Verdict {
  const scores: Record<Category, number> = {
    obscenity: 0,
    personal_attack: 0,
    off_topic: 0,
    threat: 0,
    personal_info: 0,
  };
  for (const s of signals) if (s.score > scores[s.category]) scores[s.category] = s.score;
  const flags: Category[] = [];
  for (const c of CATEGORIES) if (scores[c] >= settings.queueThreshold[c]) flags.push(c);
  const reasons: Reason[] = [];
  let hide = false;
  for (const category of flags) {
    for (const s of signals) {
      if (s.category !== category) continue;
      if (mayAutoHide(s, settings)) hide = true;
      if (s.score < settings.queueThreshold[category]) continue;
      reasons.push({ category, clause: CLAUSES[category], label: s.label, evidence: s.evidence });
    }
  }
  const action = hide ? 'hide' : flags.length > 0 ? 'queue' : 'allow';
  for (const c of CATEGORIES) scores[c] = Math.round(scores[c] * 1000) / 1000;
  return { action, flags, scores, reasons };
}
