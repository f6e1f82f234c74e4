import { compileRequirement, requirementOf, type TextTest } from './prefilter.js';

/**
 * Every match of a global pattern in a text, as `String.prototype.matchAll` gives them, without
 * its cost: `matchAll` clones the pattern on every call (the specification's species
 * constructor), and for the engine's rules, thousands of characters each, the clone costs a
 * hundred times the search (5 µs against 0.05 µs for a 7,700-character pattern on a short
 * comment, measured on Node 20). The pattern's `lastIndex` is left at 0.
 *
 * A pattern is not run at all on a text that lacks the literal words every match of it holds
 * (prefilter.ts): most of the engine's rules cannot match most comments.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new Error(`allMatches needs a global pattern: /${pattern.source}/`);
  const found: RegExpExecArray[] = [];
  const mayMatch = testFor(pattern);
  if (mayMatch !== undefined && !mayMatch(text)) return found;
  if (!COMPILED.has(pattern)) compileNow(pattern);
  pattern.lastIndex = 0;
  try {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      found.push(m);
      // An empty match moves on by one character (a code point with the u or v flag).
      if (m[0].length === 0) pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern);
    }
  } finally {
    pattern.lastIndex = 0;
  }
  return found;
}

/**
 * V8 runs a regular expression's first execution in its bytecode interpreter and compiles it to
 * machine code on the second. For the engine's rules, thousands of characters each, the bytecode
 * is the dear part (up to a megabyte for one rule): the 567 threat rules took about 2 s to reach
 * bytecode and 0.5 s more to reach machine code on their first two comments, against 0.44 s
 * straight to machine code (measured on Node 20), so a freshly started civicmod classified its
 * first 20,000 comments at half its later speed. V8 compiles straight to machine code when the
 * first text is at least 1,000 characters long (its `kTierUpForSubjectLengthValue`), so a large
 * rule's first run is on such a text, of a character no rule matches, and returns nothing. Were
 * V8 to drop the shortcut, the rule would be compiled as before: only the time differs.
 */
const COMPILED = new WeakSet<RegExp>();
const LARGE_PATTERN = 1_000;
const LONG_TEXT = '\u0001'.repeat(1_000);

function compileNow(pattern: RegExp): void {
  COMPILED.add(pattern);
  if (pattern.source.length < LARGE_PATTERN) return;
  pattern.lastIndex = 0;
  pattern.exec(LONG_TEXT);
  pattern.lastIndex = 0;
}

function nextIndex(text: string, index: number, pattern: RegExp): number {
  if (!(pattern.unicode || pattern.flags.includes('v')) || index + 1 >= text.length)
    return index + 1;
  const c = text.charCodeAt(index);
  return c >= 0xd800 && c <= 0xdbff ? index + 2 : index + 1;
}

/**
 * Each pattern's test, read once per pattern object (and once per source, for regex literals
 * inside functions, a new object on every call); `null` when the pattern requires nothing. The
 * sources are the engine's own, never a comment's, so the map stays the size of the code.
 */
const TESTS = new WeakMap<RegExp, TextTest | null>();
const TESTS_BY_SOURCE = new Map<string, TextTest | null>();

function testFor(pattern: RegExp): TextTest | undefined {
  let found = TESTS.get(pattern);
  if (found === undefined) {
    const key = `${pattern.flags}/${pattern.source}`;
    found = TESTS_BY_SOURCE.get(key);
    if (found === undefined) {
      found = compileRequirement(requirementOf(pattern)) ?? null;
      TESTS_BY_SOURCE.set(key, found);
    }
    TESTS.set(pattern, found);
  }
  return found ?? undefined;
}
