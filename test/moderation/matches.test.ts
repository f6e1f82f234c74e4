import { describe, expect, it } from 'vitest';
import { allMatches } from '../../moderation/matches.js';

describe('allMatches', () => {
  const texts = ['kill the bill, kill it, no kill', '', 'no match here', 'kill'];

  it.each(texts)('finds what String.prototype.matchAll finds in "%s"', (text) => {
    const pattern = /\bkill\b/g;
    const ours = allMatches(pattern, text).map((m) => [m.index, m[0]]);
    const theirs = [...text.matchAll(/\bkill\b/g)].map((m) => [m.index, m[0]]);
    expect(ours).toEqual(theirs);
  });

  it('leaves the pattern ready for the next text, even when a match was found', () => {
    const pattern = /a/g;
    expect(allMatches(pattern, 'banana')).toHaveLength(3);
    expect(pattern.lastIndex).toBe(0);
    expect(allMatches(pattern, 'a')).toHaveLength(1);
  });

  it('moves past empty matches, by a whole code point with the u flag', () => {
    expect(allMatches(/x*/g, 'ab').map((m) => m.index)).toEqual([0, 1, 2]);
    const emoji = '🔫a';
    expect(allMatches(/(?:)/gu, emoji).map((m) => m.index)).toEqual(
      [...emoji.matchAll(/(?:)/gu)].map((m) => m.index),
    );
  });

  it('collects every match before any is used, so the same pattern can be used again inside', () => {
    const pattern = /\d/g;
    const outer = allMatches(pattern, '1 2 3');
    const inner = outer.map((m) => allMatches(pattern, `${m[0]}${m[0]}`).length);
    expect(outer.map((m) => m[0])).toEqual(['1', '2', '3']);
    expect(inner).toEqual([2, 2, 2]);
  });

  it("finds the same matches on a large rule's first run, compiled ahead on a long text", () => {
    // Over 1,000 characters of source: the first run compiles it on a text of its own first.
    const words = Array.from({ length: 250 }, (_, i) => `w${i.toString(36)}x`);
    const source = String.raw`\b(?:${words.join('|')}|kill)\s+(?:the|them|you)\b`;
    expect(source.length).toBeGreaterThan(1_000);
    const text = 'kill them all, w1x you, w2xthe, “kill the” bill'; // two-byte: curly quotes
    const theirs = [...text.matchAll(new RegExp(source, 'g'))].map((m) => [m.index, m[0]]);
    const pattern = new RegExp(source, 'g');
    expect(allMatches(pattern, text).map((m) => [m.index, m[0]])).toEqual(theirs);
    expect(pattern.lastIndex).toBe(0);
    expect(allMatches(pattern, text.slice(0, 14)).map((m) => m[0])).toEqual(['kill them']);
    expect(theirs.map((m) => m[1])).toEqual(['kill them', 'w1x you', 'kill the']);
  });

  it('refuses a pattern without the g flag, as matchAll does', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(/global/);
  });
});
