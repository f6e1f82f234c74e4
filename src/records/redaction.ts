/**
 * The redaction rule, in one place (J.4 records; a clerk's redaction decision must hold in
 * everything disclosed). Every export path (CSV, JSON Lines, HTML, and anything added later)
 * builds its output from `discloseRecord` (export.ts), which ends here.
 *
 * A redaction names a span of one version's text. The words of that span are withheld from
 * every place the record repeats them, not only from the version text: other versions, the
 * classifier's evidence and labels, the action log's reasons and details (the bot's reason
 * quotes the words it matched), platform answers, the author's name. The stored record is never
 * changed; only what is disclosed.
 *
 * A hash is withheld wherever the hashed content held redacted words: a SHA-256 of a short value
 * (a phone number) inside an otherwise known entry can be found by trying every value. That
 * covers an action-log entry's hash and the next entry's `prevHash`, which repeats it.
 */

export interface RedactionSpan {
  versionId: number;
  start: number;
  end: number;
  exemption: string;
}

/** The marker that stands where words were withheld. */
export function redactionMarker(exemptions: readonly string[]): string {
  return `[REDACTED: ${exemptions.join('; ')}]`;
}

/**
 * The withheld words of a record: the text of every redacted span, each with its exemptions,
 * longest first (so "555-123-4567" is replaced before a shorter span inside it).
 */
export function withheldWords(
  versions: readonly { id: number; text: string }[],
  redactions: readonly RedactionSpan[],
): { words: string; exemptions: string[] }[] {
  const byWords = new Map<string, Set<string>>();
  for (const r of redactions) {
    const text = versions.find((v) => v.id === r.versionId)?.text ?? '';
    const words = text.slice(r.start, r.end).trim();
    if (words === '') continue;
    const set = byWords.get(words) ?? new Set<string>();
    set.add(r.exemption);
    byWords.set(words, set);
  }
  return [...byWords.entries()]
    .map(([words, exemptions]) => ({ words, exemptions: [...exemptions] }))
    .sort((a, b) => b.words.length - a.words.length);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A scrubber for one record: replaces every occurrence of the withheld words (case-insensitive,
 * any run of spaces between them) in a string. Returns the same function shape for records with
 * nothing withheld, doing nothing.
 */
export function scrubberFor(
  withheld: readonly { words: string; exemptions: string[] }[],
): (text: string) => string {
  if (withheld.length === 0) return (text) => text;
  const patterns = withheld.map(({ words, exemptions }) => ({
    re: new RegExp(
      words
        .split(/\s+/)
        .map((w) => escapeRegExp(w))
        .join('\\s+'),
      'giu',
    ),
    marker: redactionMarker(exemptions),
  }));
  return (text) => {
    let out = text;
    for (const { re, marker } of patterns) out = out.replace(re, marker);
    return out;
  };
}

/**
 * Every string inside `value` scrubbed (objects and arrays walked, keys kept). Reports whether
 * anything changed, so the caller knows which hashes to withhold.
 */
export function scrubDeep<T>(
  value: T,
  scrub: (text: string) => string,
): { value: T; changed: boolean } {
  let changed = false;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const out = scrub(v);
      if (out !== v) changed = true;
      return out;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, inner] of Object.entries(v as Record<string, unknown>)) out[k] = walk(inner);
      return out;
    }
    return v;
  };
  const out = walk(value) as T;
  return { value: out, changed };
}
