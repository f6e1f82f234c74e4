import { describe, expect, it } from 'vitest';
import { allMatches } from '../../moderation/matches.js';
import {
  compileRequirement,
  describe as show,
  requirementOf,
  satisfies,
} from '../../moderation/prefilter.js';

describe('requirementOf', () => {
  it('reads the literal words every match holds, around spaces, boundaries and options', () => {
    const rule =
      /\b(?:solution|answer)\s+(?:to|for)\s+(?:the|our)\s+(?:\w+\s+){0,2}?problem\s+is\s+(?:a\s+)?(?:gasoline|bullets?)\b/g;
    expect(show(requirementOf(rule))).toBe(
      '("problem" AND ("solution" OR "answer") AND ("the" OR "our") AND ("gasoline" OR "bullet"))',
    );
    const text = 'the solution to the housing problem is a bullet';
    expect(rule.test(text)).toBe(true);
    rule.lastIndex = 0;
    expect(satisfies(requirementOf(rule), text)).toBe(true);
    expect(satisfies(requirementOf(rule), 'the answer to the housing question is zoning')).toBe(
      false,
    );
  });

  it('requires one branch or another of an alternation, and nothing of an optional part', () => {
    expect(show(requirementOf(/\bkill\s+(?:him|her)\b|\bshoot\w*\s+up\b/g))).toBe(
      '(("kill" AND ("him" OR "her")) OR "shoot")',
    );
    expect(requirementOf(/(?:gonna\s+)?kill|x/g)).toBe(true);
    expect(show(requirementOf(/burn(?:ed)?\s+down/g))).toBe('("burn" AND "down")');
  });

  it('follows small character classes and optional letters into the words they spell', () => {
    expect(show(requirementOf(/\bcops?\b/g))).toBe('"cop"');
    expect(show(requirementOf(/\bdeput(?:y|ies)\b/g))).toBe('("deputy" OR "deputies")');
    expect(show(requirementOf(/\bm[ae]n\s+down\b/g))).toBe('("down" AND ("man" OR "men"))');
  });

  it('requires what a positive lookaround looks for, and nothing of a negative one', () => {
    // A lookaround consumes nothing, but a match means the text holds what a positive one found.
    expect(show(requirementOf(/(?<=\bhope\s)nothing\s+burns/g))).toBe(
      '("nothing" AND "burns" AND "hope")',
    );
    expect(show(requirementOf(/(?<=\bhope\s)\w+/g))).toBe('"hope"');
    expect(show(requirementOf(/\bguy\s+(?=above|below\b)/g))).toBe(
      '("guy" AND ("above" OR "below"))',
    );
    expect(satisfies(requirementOf(/\bguy\s+(?=above|below\b)/g), 'the guy above')).toBe(true);
    expect(satisfies(requirementOf(/\bguy\s+(?=above|below\b)/g), 'the guy who')).toBe(false);
    expect(show(requirementOf(/\bguy\s+(?!above)/g))).toBe('"guy"');
    expect(show(requirementOf(/(?<!\bhope\s)nothing/g))).toBe('"nothing"');
  });

  it('requires nothing of what it does not follow', () => {
    // Case-insensitive patterns match literals in any case.
    expect(requirementOf(/kill/gi)).toBe(true);
    // Repetition that may be absent, wide classes, backreferences.
    expect(requirementOf(/(?:kill)*/g)).toBe(true);
    expect(requirementOf(/[a-z]+/g)).toBe(true);
    expect(requirementOf(/(\w+)\s+\1/g)).toBe(true);
    // Too short to filter anything.
    expect(requirementOf(/\bto\b/g)).toBe(true);
  });

  it('reads astral characters and unicode patterns', () => {
    expect(show(requirementOf(/🔫🔫🔫/gu))).toBe('"🔫🔫🔫"');
    expect(satisfies(requirementOf(/🔫🔫🔫/gu), 'a 🔫🔫🔫 b')).toBe(true);
    expect(satisfies(requirementOf(/🔫🔫🔫/gu), 'a 🔫🔫 b')).toBe(false);
  });

  it('reads a text scanned before anew when a rule files new words, and tells texts apart', () => {
    // The scan of a text is kept while the rules are tested over it; a rule compiled after the
    // scan brings words the scan did not look for, and must not find them missing.
    const first = compileRequirement(requirementOf(/\bshoot\b/g));
    const text = 'i will shoot the messenger and then ambush the zebra';
    expect(first?.(text)).toBe(true);
    const later = compileRequirement(requirementOf(/\b(?:ambush|zebra)\s+the\b/g));
    expect(later?.(text)).toBe(true);
    expect(later?.('i will shoot the messenger')).toBe(false);
    // Texts in turn, as the engine tests them: each answer is about its own text.
    for (let i = 0; i < 3; i++) {
      expect(first?.('no violence here')).toBe(false);
      expect(first?.(text)).toBe(true);
    }
  });

  it('never turns away a text the pattern matches (random patterns and texts)', () => {
    // The guarantee the engine relies on: skipping a pattern never loses a match.
    const random = seeded(20261206);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
    const word = (): string =>
      Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(['a', 'b', 'c'])).join('');
    const atom = (depth: number): string => {
      const r = random();
      if (depth > 2 || r < 0.35) return word();
      if (r < 0.45) return pick(['[ab]', '[a-c]', '[^a]', '\\s', '.', '\\w', '\\b', ' ', '(?:)']);
      if (r < 0.5) return `(?<=${seq(depth + 1)})`;
      if (r < 0.55) return `(?=${seq(depth + 1)})`;
      if (r < 0.58) return `(?!${seq(depth + 1)})`;
      if (r < 0.6) return `(?<!${seq(depth + 1)})`;
      if (r < 0.65) return `(${seq(depth + 1)})\\1`;
      return `(?:${seq(depth + 1)}|${seq(depth + 1)}${random() < 0.3 ? '|' : ''})`;
    };
    const quantified = (depth: number): string => {
      const q = pick(['', '', '', '?', '*', '+', '{0,2}', '{2}', '{1,3}', '??']);
      const a = atom(depth);
      // Assertions cannot be quantified on their own: a group around them can.
      return q !== '' && /^(?:\(\?<?[=!]|\\b)/.test(a) ? `(?:${a})${q}` : a + q;
    };
    const seq = (depth: number): string =>
      Array.from({ length: 1 + Math.floor(random() * 3) }, () => quantified(depth)).join('');
    const text = (): string =>
      Array.from({ length: Math.floor(random() * 8) }, () =>
        pick(['a', 'b', 'c', ' ', 'ab', 'abc', 'cab']),
      ).join('');
    let checked = 0;
    let filtered = 0;
    for (let i = 0; i < 3_000; i++) {
      const source = seq(0);
      const pattern = new RegExp(source, 'g');
      const requirement = requirementOf(pattern);
      for (let j = 0; j < 40; j++) {
        const t = text();
        const matches = [...t.matchAll(pattern)];
        if (!satisfies(requirement, t)) {
          filtered++;
          expect(matches, `/${source}/ on "${t}"`).toEqual([]);
        }
        // allMatches, which uses the requirement, finds what matchAll finds.
        expect(allMatches(pattern, t).map((m) => [m.index, m[0]])).toEqual(
          matches.map((m) => [m.index, m[0]]),
        );
        checked++;
      }
    }
    expect(checked).toBe(120_000);
    // The property is not tested vacuously: many texts were turned away.
    expect(filtered).toBeGreaterThan(10_000);
  });
});

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
