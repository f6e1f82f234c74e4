/**
 * J.3 obscenity. A first, whole-word lexicon classifier; strong words may be auto-hidden, mild
 * ones ("damn", "hell", "crap") never are.
 */
import type { Classifier, Signal } from './types.js';

const STRONG = [
  'fuck',
  'fucking',
  'fucker',
  'motherfucker',
  'shit',
  'bullshit',
  'cunt',
  'cock',
  'pussy',
  'asshole',
];
const MILD = ['damn', 'hell', 'crap', 'ass', 'piss', 'bastard', 'bitch'];

const WORD = /[\p{L}\p{N}']+/gu;

export const obscenityClassifier: Classifier = {
  name: 'obscenity-lexicon',
  classify(_input, prepared) {
    const signals: Signal[] = [];
    for (const m of prepared.normalized.matchAll(WORD)) {
      const word = m[0];
      const strong = STRONG.includes(word);
      if (!strong && !MILD.includes(word)) continue;
      signals.push({
        category: 'obscenity',
        score: strong ? 0.95 : 0.3,
        evidence: [prepared.evidence(m.index, m.index + word.length)],
        label: strong ? 'strong obscenity' : 'mild language',
        autoHide: strong,
      });
    }
    return signals;
  },
};
