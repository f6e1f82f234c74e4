import { describe, expect, it } from 'vitest';
import { html, joinHtml, safeHttpUrl } from '../../src/web/html.js';
import { splitByEvidence, type StoredReason } from '../../src/web/queue-view.js';

describe('html templates', () => {
  it('escapes every interpolated string, in text and in attributes', () => {
    const evil = `<img src=x onerror="alert(1)"> & 'q'`;
    expect(html`<p title="${evil}">${evil}</p>`.toString()).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;q&#39;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;q&#39;</p>',
    );
  });

  it('keeps nested templates as markup, flattens lists and drops null, undefined and false', () => {
    const items = ['<a>', 'b'].map((x) => html`<li>${x}</li>`);
    // prettier-ignore
    const list = html`<ul>${items}${null}${undefined}${false}${0}</ul>`;
    expect(list.toString()).toBe('<ul><li>&lt;a&gt;</li><li>b</li>0</ul>');
    expect(joinHtml([html`<b>1</b>`, '<2>', null], ', ').toString()).toBe('<b>1</b>, &lt;2&gt;');
  });

  it('lets only absolute http(s) URLs through', () => {
    expect(safeHttpUrl('https://www.facebook.com/123')).toBe('https://www.facebook.com/123');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<script>')).toBeNull();
    expect(safeHttpUrl('/relative')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});

describe('evidence highlighting', () => {
  const reason = (label: string, evidence: StoredReason['evidence']): StoredReason => ({
    category: 'obscenity',
    clause: 'J.3 obscenity',
    label,
    evidence,
  });

  it('splits the text into plain and marked pieces', () => {
    const text = 'what the fuck is this shit';
    expect(
      splitByEvidence(text, [
        reason('strong obscenity', [
          { start: 9, end: 13, text: 'fuck' },
          { start: 22, end: 26, text: 'shit' },
        ]),
      ]),
    ).toEqual([
      { text: 'what the ', mark: null },
      { text: 'fuck', mark: 'strong obscenity' },
      { text: ' is this ', mark: null },
      { text: 'shit', mark: 'strong obscenity' },
    ]);
  });

  it('merges overlapping spans and drops spans that do not match the text', () => {
    const text = 'I will hurt you tomorrow';
    expect(
      splitByEvidence(text, [
        reason('threat', [{ start: 2, end: 11, text: 'will hurt' }]),
        reason('intimidation', [{ start: 7, end: 15, text: 'hurt you' }]),
        reason('stale', [{ start: 0, end: 4, text: 'nope' }]),
        reason('out of range', [{ start: 20, end: 99, text: 'x' }]),
      ]),
    ).toEqual([
      { text: 'I ', mark: null },
      { text: 'will hurt you', mark: 'threat, intimidation' },
      { text: ' tomorrow', mark: null },
    ]);
  });

  it('never splits a surrogate pair', () => {
    const text = 'a😀b';
    const [first, second] = splitByEvidence(text, [
      reason('x', [{ start: 1, end: 2, text: text.slice(1, 2) }]),
    ]);
    expect(first).toEqual({ text: 'a', mark: null });
    expect(second).toEqual({ text: '😀', mark: 'x' });
  });

  it('returns the whole text when nothing is flagged, even an empty one', () => {
    expect(splitByEvidence('', [])).toEqual([{ text: '', mark: null }]);
  });
});
