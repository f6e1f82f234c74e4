/**
 * HTML as typed tagged templates: html`<p>${text}</p>` escapes every interpolated value, except
 * values that are themselves the result of html`` (SafeHtml). There is deliberately no "raw"
 * escape hatch: the only way to put markup on a page is to write it in a template literal here
 * in the source, so comment text, author names and post text (all untrusted) can only ever
 * arrive as text.
 *
 * Why this and not eta (also installed): eta's templates are separate files that TypeScript
 * does not check (a misspelt field renders as empty), that `tsc` does not copy into dist/, and
 * that offer `<%~ %>` to print unescaped. Tagged templates are ordinary TypeScript: the compiler
 * checks every field and every helper's types, escaping is the only behaviour, and a page is a
 * function that can be unit-tested.
 *
 * Rules for templates: quote every attribute value (`class="${x}"`, never `class=${x}`); never
 * interpolate into `on*` attributes, `<script>` or `<style>`; URLs from outside go through
 * `safeHttpUrl` before they reach an `href`.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Direction controls in untrusted text (a right-to-left override reverses what follows it on
 * screen: "‮kcuf" reads as a word it is not) are shown, never applied: each becomes a visible
 * marker such as "[U+202E]". Embeddings, overrides, isolates and marks alike.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const HAS_BIDI_CONTROL = new RegExp(BIDI_CONTROLS.source);

export function showBidiControls(text: string): string {
  // Most text holds none: a test is a quarter of the cost of a replace that finds nothing, and an
  // export runs this on every field of every record.
  if (!HAS_BIDI_CONTROL.test(text)) return text;
  return text.replace(
    BIDI_CONTROLS,
    (ch) => `[U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`,
  );
}

export function escapeHtml(text: string): string {
  return showBidiControls(text).replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** Markup written in this codebase's templates, safe to put on a page as is. */
export class SafeHtml {
  readonly #markup: string;

  /** Only `html` and `joinHtml` can make one: the token is private to this module. */
  constructor(markup: string, token: typeof CONSTRUCT) {
    if (token !== CONSTRUCT) throw new Error('SafeHtml is made only by html``');
    this.#markup = markup;
  }

  toString(): string {
    return this.#markup;
  }
}

const CONSTRUCT = Symbol('SafeHtml');

/** What a template accepts: text (escaped), numbers, markup, lists of these; nothing for null/undefined/false. */
export type HtmlValue =
  SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map((v: HtmlValue) => render(v)).join('');
  if (typeof value === 'number') return String(value);
  return escapeHtml(value as string);
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out, CONSTRUCT);
}

export function joinHtml(parts: readonly HtmlValue[], separator: HtmlValue = ''): SafeHtml {
  const sep = render(separator);
  return new SafeHtml(
    parts
      .map(render)
      .filter((p) => p !== '')
      .join(sep),
    CONSTRUCT,
  );
}

/**
 * The URL when it is an absolute http(s) URL, else null: a `javascript:` or `data:` URL from a
 * platform payload must never become a link.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
