/**
 * The moderation engine: runs every classifier on a comment and turns their signals into a
 * verdict through the page's policy. Pure: no database, no network, no clock.
 */
import { attackClassifier } from './attack.js';
import { obscenityClassifier } from './obscenity.js';
import { offTopicClassifier } from './offtopic.js';
import { personalInfoClassifier } from './pii.js';
import { isJudged, languageOf, type Language } from './language.js';
import { prepareText } from './normalize.js';
import { threatClassifier } from './threat.js';
import { spanishClassifier } from './es/index.js';
import { decide, DEFAULT_POLICY, type PolicySettings } from './policy.js';
import type { Classifier, ClassifyInput, Signal, Verdict } from './types.js';

export * from './types.js';
export { languageName, languageOf, type Language } from './language.js';
export {
  DEFAULT_POLICY,
  parsePolicySettings,
  policySettingsSchema,
  type PolicySettings,
} from './policy.js';

/** Bumped whenever a lexicon, model or rule changes what a comment scores; stored with every decision. */
export const CLASSIFIER_VERSION = 'civicmod-0.7.24';

/**
 * The classifiers of the pipeline, in the order their reasons are listed. Each is isolated: one
 * that throws sends the comment to a person instead of deciding without it.
 */
export const DEFAULT_CLASSIFIERS: readonly Classifier[] = [
  // J.3 obscenity
  obscenityClassifier,
  // J.3 personal attack (model + targeting cues + criticism guard; never hidden by the bot)
  attackClassifier,
  // J.3 off-topic (spam rules + model + topic guard; only unmistakable spam may be hidden)
  offTopicClassifier,
  // I.3 human decision: threats (never hidden by the bot)
  threatClassifier,
  // I.3 human decision: personal information (never hidden by the bot)
  personalInfoClassifier,
  // Spanish threats (I.3) and personal attacks (J.3), on comments read as Spanish (never hide)
  spanishClassifier,
];

/** Beyond this many characters a comment is classified on its start and always seen by a person. */
export const MAX_CLASSIFIED_CHARS = 20_000;

export interface ModeratorVerdict extends Verdict {
  /** Classifiers that failed or limits that were hit; a non-empty list forces at least 'queue'. */
  problems: string[];
  /** The language the comment was read in (language.ts). */
  language: Language;
}

export interface Moderator {
  readonly version: string;
  classify(input: ClassifyInput, settings?: PolicySettings): ModeratorVerdict;
}

export function createModerator(
  options: { classifiers?: readonly Classifier[]; version?: string } = {},
): Moderator {
  const classifiers = options.classifiers ?? DEFAULT_CLASSIFIERS;
  return {
    version: options.version ?? CLASSIFIER_VERSION,
    classify(input, settings = DEFAULT_POLICY) {
      const problems: string[] = [];
      let text = input.text;
      if (text.length > MAX_CLASSIFIED_CHARS) {
        // Said on the card and in the record: a person must know what was not read.
        problems.push(
          `classified the first ${MAX_CLASSIFIED_CHARS.toLocaleString('en-US')} of ${text.length.toLocaleString('en-US')} characters: a person must read the rest`,
        );
        text = text.slice(0, MAX_CLASSIFIED_CHARS);
      }
      const prepared = prepareText(text);
      const classified = text === input.text ? input : { ...input, text };
      const signals: Signal[] = [];
      for (const classifier of classifiers) {
        try {
          for (const signal of classifier.classify(classified, prepared)) signals.push(signal);
        } catch (err) {
          problems.push(`classifier ${classifier.name} failed: ${(err as Error).message}`);
        }
      }
      const verdict = decide(signals, settings);
      const language = languageOf(prepared);
      let action = verdict.action;
      // A language civicmod does not judge: never hidden by the bot; queued when the page asks.
      if (!isJudged(language)) {
        if (action === 'hide') {
          action = 'queue';
          problems.push(
            `written in a language civicmod does not judge (${language}): never hidden automatically, a person decides`,
          );
        } else if (action === 'allow' && settings.otherLanguages === 'queue') {
          action = 'queue';
          problems.push(
            `written in a language civicmod does not judge (${language}); this page sends such comments to a person`,
          );
        }
      }
      // Fail towards a person, never towards hiding.
      if (problems.length > 0 && action === 'allow') action = 'queue';
      return { ...verdict, action, problems, language };
    },
  };
}
