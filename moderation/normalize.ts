/**
 * Text preparation shared by every classifier: lower-cases and applies Unicode compatibility
 * folding one code point at a time, keeping for every character of the result the offset in the
 * original it came from, so evidence always points at what the commenter actually wrote.
 */
import type { Evidence, PreparedText } from './types.js';

export function prepareText(original: string): PreparedText {
  let normalized = '';
  const toOriginal: number[] = [];
  for (let i = 0; i < original.length;) {
    const cp = original.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const folded = String.fromCodePoint(cp).normalize('NFKC').toLowerCase();
    for (let k = 0; k < folded.length; k++) toOriginal.push(i);
    normalized += folded;
    i += width;
  }
  toOriginal.push(original.length);
  return {
    original,
    normalized,
    toOriginal,
    evidence(start: number, end: number): Evidence {
      const s = toOriginal[start] ?? original.length;
      // The end maps to the start of the character after the span's last one.
      const lastStart = toOriginal[Math.max(start, end - 1)] ?? s;
      const cp = original.codePointAt(lastStart) ?? 0;
      const e = Math.max(s, lastStart + (cp > 0xffff ? 2 : 1));
      return {
        start: s,
        end: Math.min(e, original.length),
        text: original.slice(s, Math.min(e, original.length)),
      };
    },
  };
}
