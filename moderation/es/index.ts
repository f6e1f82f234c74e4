/**
 * The Spanish classifiers (threats, personal attacks), run on comments read as Spanish or
 * code-switched (language.ts). Obscenity and spam need no classifier of their own: the Spanish
 * lexicon (lexicon/es/obscenity.ts) and promotion phrases (offtopic.ts) are part of the shared
 * ones. Reasons are labelled in English, the dashboard's language, and quote the Spanish words.
 */
import { languageOf, readsSpanish } from '../language.js';
import { loadModel } from '../model/file.js';
import { sigmoid, type LinearModel } from '../model/linear.js';
import type { Classifier } from '../types.js';
import {
  ES_ATTACK_MODEL_NAME,
  spanishAttackSignals,
  spanishModelSignal,
  spanishModelView,
} from './attack.js';
import { spanishThreatSignals } from './threat.js';

/** Builds the Spanish classifier around an attack model (the shipped one, or an eval run's). */
export function createSpanishClassifier(model: LinearModel | (() => LinearModel)): Classifier {
  let loaded: LinearModel | undefined = typeof model === 'function' ? undefined : model;
  const get = (): LinearModel => (loaded ??= (model as () => LinearModel)());
  return {
    name: 'spanish',
    classify(input, prepared) {
      if (!readsSpanish(languageOf(prepared))) return [];
      const view = spanishModelView(get(), prepared);
      const signals = [
        ...spanishThreatSignals(prepared),
        ...spanishAttackSignals(prepared, sigmoid(view.z)),
      ];
      const model = spanishModelSignal(view, input);
      if (model !== undefined) signals.push(model);
      return signals;
    },
  };
}

/** The shipped classifier: `data/models/personal_attack_es.json`, loaded on first use. */
export const spanishClassifier: Classifier = createSpanishClassifier(() =>
  loadModel(ES_ATTACK_MODEL_NAME),
);
