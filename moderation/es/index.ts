/**
 * The Spanish classifiers (threats, personal attacks), run on comments read as Spanish or
 * code-switched (language.ts). Obscenity and spam need no classifier of their own: the Spanish
 * lexicon (lexicon/es/obscenity.ts) and promotion phrases (offtopic.ts) are part of the shared
 * ones. Reasons are labelled in English, the dashboard's language, and quote the Spanish words.
 */
import { languageOf, readsSpanish } from '../language.js';
import type { Classifier } from '../types.js';
import { spanishAttackSignals } from './attack.js';
import { spanishThreatSignals } from './threat.js';

export const spanishClassifier: Classifier = {
  name: 'spanish',
  classify(_input, prepared) {
    if (!readsSpanish(languageOf(prepared))) return [];
    return [...spanishThreatSignals(prepared), ...spanishAttackSignals(prepared)];
  },
};
