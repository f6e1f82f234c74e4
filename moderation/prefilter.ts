/**
 * What text a pattern needs before it can match, read from the pattern itself, so the engine
 * does not run a rule of thousands of characters over a comment that holds none of its words.
 *
 * The engine's rules are large alternations, and V8 tries each of them at every position of a
 * comment: a rule that cannot match still costs tens of microseconds. Most comments hold none of
 * a rule's literal words ("solution" … "problem", "swinging from", "off the road"). This reads
 * each pattern once (with `@eslint-community/regexpp`, the parser ESLint checks regexes with) into
 * a condition on substrings, the method of RE2's prefilter and of trigram code search: an AND of
 * ORs of literal strings that every match must contain. A comment that lacks them cannot match,
 * and the pattern is not run. The condition is conservative by construction: whatever the reading
 * does not follow (negative lookarounds, character classes, repetition, backreferences,
 * case-insensitive flags) requires nothing, so a pattern is only ever skipped when it could not
 * have matched.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** A condition on the text: true, a literal it must contain, or an AND / OR of conditions. */
export type Requirement =
  | true
  | { readonly lit: string }
  | { readonly and: readonly Requirement[] }
  | { readonly or: readonly Requirement[] };

/**
 * What a piece of a pattern matches: `exact`, when known, is every string it can match (a few
 * at most); `need` is what any of its matches must contain, or, beside `exact`, what the text
 * must hold besides (a positive lookaround's words: it matches the empty string).
 */
interface Info {
  readonly exact?: ReadonlySet<string> | undefined;
  readonly need: Requirement;
}

/** Beyond this many strings, a piece's exact strings are folded into a condition. */
const MAX_EXACT = 24;
/** A literal shorter than this filters nothing worth an `includes` ("a", "to"). */
const MIN_LITERAL = 3;
/** A character class of at most this many characters is read as its characters. */
const MAX_CLASS = 4;

const ANY: Info = { need: true };
const EMPTY_STRING: ReadonlySet<string> = new Set(['']);
const EMPTY: Info = { exact: EMPTY_STRING, need: true };

/** The condition every match of `pattern` satisfies (`true` when nothing is required). */
export function requirementOf(pattern: RegExp): Requirement {
  // A case-insensitive pattern matches literals in any case: nothing is required of the text.
  if (pattern.ignoreCase) return true;
  let ast: AST.Pattern;
  try {
    ast = new RegExpParser().parsePattern(pattern.source, 0, pattern.source.length, {
      unicode: pattern.unicode,
      unicodeSets: pattern.flags.includes('v'),
    });
  } catch {
    return true;
  }
  return needOf(disjunction(ast.alternatives));
}

/** Whether a text holds what a requirement asks for. */
export type TextTest = (text: string) => boolean;

/** A requirement as one function, built once: `undefined` when it asks for nothing. */
export function compileRequirement(requirement: Requirement): TextTest | undefined {
  if (requirement === true) return undefined;
  const holds = compile(requirement);
  return (text) => {
    scan(text);
    return holds(found, generation);
  };
}

/** Whether `text` holds what `requirement` asks for (compiled each time: for tests and one-offs). */
export function satisfies(requirement: Requirement, text: string): boolean {
  return compileRequirement(requirement)?.(text) ?? true;
}

/** A requirement on the text last scanned: the marks of the literals and the scan's generation. */
type Held = (marks: Uint32Array, generation: number) => boolean;

/**
 * A requirement as one expression over the marks of its literals, compiled by V8 like any function,
 * rather than a closure for each part (a call each, as dear as the search it replaced). The source
 * is made of literal numbers and operators only, never of a pattern's or a comment's text.
 */
function compile(requirement: Exclude<Requirement, true>): Held {
  return new Function('m', 'g', `return ${expression(requirement)};`) as Held;
}

function expression(requirement: Exclude<Requirement, true>): string {
  if ('lit' in requirement) {
    // The scan finds literals by their first three characters; a shorter one asks for nothing.
    return requirement.lit.length < 3 ? 'true' : `m[${literalId(requirement.lit)}]===g`;
  }
  const all = 'and' in requirement;
  const parts = (all ? requirement.and : requirement.or).map((r) =>
    r === true ? 'true' : expression(r),
  );
  return `(${parts.join(all ? '&&' : '||')})`;
}

/**
 * Which of the rules' literals a text holds, found in one pass over the text instead of a search
 * for each. A rule's condition is often an OR of hundreds of words ("officer", "deputy", "sergeant"
 * …), and `includes` costs about 20 ns a word even on a short comment: the conditions of the 15
 * rules a comment reaches took 27 µs a comment searched one by one, 15 µs with the scan (5,000 of
 * the bench's comments replayed, 2026-12-07). Every literal any rule needs is filed under a hash of
 * its first three characters (literals are at least three long); a scan hashes each three
 * characters of the text and compares the literals filed there at that position, so a text is read
 * once whatever the number of rules and words, and each condition is then a few array reads. The
 * rules are tested over the same few texts in turn, so the last text scanned is remembered; a
 * literal filed after the scan (a rule read for the first time) starts a new scan.
 */
const LITERALS: string[] = [];
const LITERAL_IDS = new Map<string, number>();
const START_BITS = 16;
/** Literal ids by the hash of their first three characters. */
const BY_START: (number[] | undefined)[] = new Array<number[] | undefined>(1 << START_BITS);
/** The generation of the last scan in which each literal was found. */
let found = new Uint32Array(1024);
let generation = 0;
let scanned: string | undefined;
let scannedLiterals = 0;

function literalId(lit: string): number {
  let id = LITERAL_IDS.get(lit);
  if (id !== undefined) return id;
  id = LITERALS.length;
  LITERALS.push(lit);
  LITERAL_IDS.set(lit, id);
  const start = startOf(lit, 0);
  (BY_START[start] ??= []).push(id);
  if (id >= found.length) {
    const grown = new Uint32Array(found.length * 2);
    grown.set(found);
    found = grown;
  }
  return id;
}

function startOf(text: string, at: number): number {
  const h =
    Math.imul(text.charCodeAt(at), 0x9e3779b1) ^
    Math.imul(text.charCodeAt(at + 1), 0x85ebca6b) ^
    Math.imul(text.charCodeAt(at + 2), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & ((1 << START_BITS) - 1);
}

function scan(text: string): void {
  if (text === scanned && scannedLiterals === LITERALS.length) return;
  scanned = text;
  scannedLiterals = LITERALS.length;
  generation = (generation + 1) >>> 0;
  if (generation === 0) {
    // Wrapped after four billion scans: an old mark could read as new.
    found.fill(0);
    generation = 1;
  }
  for (let i = 0; i + 2 < text.length; i++) {
    const ids = BY_START[startOf(text, i)];
    if (ids === undefined) continue;
    for (const id of ids) if (text.startsWith(LITERALS[id] ?? '', i)) found[id] = generation;
  }
}

/** The literals of a requirement, for tests and for reading what a rule waits for. */
export function describe(requirement: Requirement): string {
  if (requirement === true) return 'true';
  if ('lit' in requirement) return JSON.stringify(requirement.lit);
  if ('and' in requirement) return `(${requirement.and.map(describe).join(' AND ')})`;
  return `(${requirement.or.map(describe).join(' OR ')})`;
}

function needOf(info: Info): Requirement {
  return info.exact !== undefined ? anyOf(info.exact) : info.need;
}

/** A set of strings as a condition (one of them is found); one too short to filter makes it true. */
function anyOf(strings: ReadonlySet<string>): Requirement {
  const all = [...strings];
  if (all.some((s) => s.length < MIN_LITERAL)) return true;
  // A string that contains a shorter one is implied by it: keep the shorter.
  const kept = all.filter((a) => !all.some((b) => b.length < a.length && a.includes(b)));
  return or(kept.map((lit) => ({ lit })));
}

function and(parts: readonly Requirement[]): Requirement {
  const kept: Requirement[] = [];
  for (const p of parts) {
    if (p === true) continue;
    if (typeof p === 'object' && 'and' in p) kept.push(...p.and);
    else kept.push(p);
  }
  if (kept.length === 0) return true;
  // The longest literals first: they are the rarest, so a text that lacks one is turned away
  // after the fewest searches ("problem" before "the").
  kept.sort((a, b) => weight(b) - weight(a));
  return kept.length === 1 ? (kept[0] as Requirement) : { and: kept };
}

/** How likely a part is to turn a text away: a literal's length; a compound part comes last. */
function weight(part: Requirement): number {
  return typeof part === 'object' && 'lit' in part ? part.lit.length : 0;
}

function or(parts: readonly Requirement[]): Requirement {
  const kept: Requirement[] = [];
  for (const p of parts) {
    if (p === true) return true;
    if ('or' in p) kept.push(...p.or);
    else kept.push(p);
  }
  if (kept.length === 0) return true;
  return kept.length === 1 ? (kept[0] as Requirement) : { or: kept };
}

function disjunction(alternatives: readonly AST.Alternative[]): Info {
  const infos = alternatives.map(sequence);
  if (infos.every((i) => i.exact !== undefined)) {
    const all = new Set<string>();
    for (const i of infos) for (const s of i.exact ?? []) all.add(s);
    if (all.size <= MAX_EXACT) return { exact: all, need: true };
  }
  return { need: or(infos.map(needOf)) };
}

/** A concatenation: exact strings multiply while they stay few; the rest is ANDed. */
function sequence(alternative: AST.Alternative): Info {
  const needs: Requirement[] = [];
  let exact: Set<string> | undefined = new Set(['']);
  const flush = (): void => {
    if (exact !== undefined) needs.push(anyOf(exact));
    exact = undefined;
  };
  for (const element of alternative.elements) {
    const info = elementInfo(element);
    // A lookaround matches nothing (its exact string is empty) and requires what it looks for.
    if (info.exact !== undefined && info.need !== true) needs.push(info.need);
    if (info.exact !== undefined) {
      if (exact === undefined) {
        exact = new Set(info.exact);
        continue;
      }
      if (exact.size * info.exact.size <= MAX_EXACT) {
        const next = new Set<string>();
        for (const a of exact) for (const b of info.exact) next.add(a + b);
        exact = next;
        continue;
      }
      // Too many strings: what came before is a condition, and this piece starts anew.
      flush();
      exact = new Set(info.exact);
      continue;
    }
    flush();
    needs.push(info.need);
  }
  if (needs.length === 0) return { exact, need: true };
  flush();
  return { need: and(needs) };
}

function elementInfo(element: AST.Element): Info {
  switch (element.type) {
    case 'Character':
      return { exact: new Set([String.fromCodePoint(element.value)]), need: true };
    case 'Assertion':
      // \b, ^, $ and lookarounds consume nothing. What a positive lookaround looks for is in the
      // text whenever the pattern matches ("guy\s+(?=above|below)" needs "above" or "below");
      // what a negative one looks for is required of nothing.
      if ((element.kind === 'lookahead' || element.kind === 'lookbehind') && !element.negate) {
        return { exact: EMPTY_STRING, need: needOf(disjunction(element.alternatives)) };
      }
      return EMPTY;
    case 'Group':
      // A group that changes flags (`(?i:…)`) matches other cases: nothing is required.
      if (element.modifiers !== null) return ANY;
      return disjunction(element.alternatives);
    case 'CapturingGroup':
      return disjunction(element.alternatives);
    case 'CharacterClass':
      return classInfo(element);
    case 'Quantifier':
      return quantified(element);
    default:
      // Character sets (\s, \w, \d, ., \p{…}), backreferences, set expressions.
      return ANY;
  }
}

function classInfo(node: AST.CharacterClass): Info {
  if (node.negate) return ANY;
  const chars = new Set<string>();
  for (const e of node.elements) {
    if (e.type === 'Character') chars.add(String.fromCodePoint(e.value));
    else if (e.type === 'CharacterClassRange' && e.max.value - e.min.value < MAX_CLASS)
      for (let c = e.min.value; c <= e.max.value; c++) chars.add(String.fromCodePoint(c));
    else return ANY;
    if (chars.size > MAX_CLASS) return ANY;
  }
  return chars.size === 0 ? ANY : { exact: chars, need: true };
}

function quantified(node: AST.Quantifier): Info {
  const inner = elementInfo(node.element);
  if (node.min === 0) {
    // x? is x or nothing; x* and x{0,n} require nothing.
    if (node.max === 1 && inner.exact !== undefined && inner.exact.size < MAX_EXACT)
      return { exact: new Set([...inner.exact, '']), need: true };
    return EMPTY_OR_MORE;
  }
  if (node.min === 1 && node.max === 1) return inner;
  // At least once: whatever one repetition needs.
  return { need: needOf(inner) };
}

/** Optional text of unknown shape: it may match the empty string, so it requires nothing. */
const EMPTY_OR_MORE: Info = { need: true };
