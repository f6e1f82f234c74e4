/**
 * Normalization: evasion is undone, ordinary text is left alone, and every offset maps back to
 * what the commenter wrote (evidence must always point into the original text).
 */
import { describe, expect, it } from 'vitest';
import { disguises, prepareText, tokens, words } from '../../moderation/normalize.js';

/** The original text behind the first token equal to `word`, via the evidence map. */
function originalOf(text: string, word: string): string | undefined {
  const prepared = prepareText(text);
  const tok = tokens(prepared).find((t) => t.text === word);
  return tok === undefined ? undefined : prepared.evidence(tok.start, tok.end).text;
}

describe('prepareText: Unicode evasion', () => {
  it.each([
    ['fullwidth', 'ｆｕｃｋ'],
    ['mathematical bold', '𝐟𝐮𝐜𝐤'],
    ['mathematical fraktur', '𝔣𝔲𝔠𝔨'],
    ['mathematical script', '𝓯𝓾𝓬𝓴'],
    ['circled', 'ⓕⓤⓒⓚ'],
    ['negative squared', '🅵🆄🅲🅺'],
    ['zero-width space', 'f\u200bu\u200bc\u200bk'],
    ['joiners and bidi marks', 'f\u200du\u200ec\u202a\u2066k'],
    ['soft hyphen and BOM', 'fu\u00adc\ufeffk'],
    ['combining marks', 'f\u0336u\u0336c\u0336k\u0336'],
    ['diacritics', 'fúçk'],
    ['Cyrillic look-alikes', 'fuсk'],
    ['Greek look-alikes', 'fυcκ'],
    ['upper case', 'FUCK'],
  ])('folds %s to the plain word and maps it back to the original', (_name, written) => {
    const text = `oh ${written}!`;
    expect(originalOf(text, 'fuck')).toBe(text.slice(3, 3 + written.length));
  });

  it('folds a word written entirely in look-alikes when the comment is otherwise Latin', () => {
    expect(prepareText('what ѕһіт is this').normalized).toBe('what shit is this');
  });

  it('leaves genuine Russian and Greek text alone', () => {
    expect(prepareText('Привет, как дела? сок').normalized).toBe('привет, как дела? сок');
    expect(prepareText('Καλημέρα κόσμε').normalized).not.toMatch(/[a-z]/);
  });

  it('does not glue symbols such as ™ or emoji onto words', () => {
    const prepared = prepareText('Brand™ rocks😀ok');
    expect(tokens(prepared).map((t) => t.text)).toEqual(['brand', 'rocks', 'ok']);
  });

  it('keeps typographic apostrophes inside words', () => {
    expect(tokens(prepareText('Don’t you dare')).map((t) => t.text)).toEqual([
      "don't",
      'you',
      'dare',
    ]);
  });
});

describe('prepareText: disguised words', () => {
  it.each([
    ['sh1t', 'shit', 'leet'],
    ['a$$hole', 'asshole', 'leet'],
    ['f*ck', 'fuck', 'leet'],
    ['f**k', 'fuck', 'leet'],
    ['sh-t', 'shit', 'leet'],
    ['$h!t', 'shit', 'leet'],
    ['f u c k', 'fuck', 'joined'],
    ['f.u.c.k', 'fuck', 'joined'],
    ['s-h-i-t', 'shit', 'joined'],
    ['f_u_c_k', 'fuck', 'joined'],
    ['f. u. c. k.', 'fuck', 'joined'],
    ['s h 1 t', 'shit', 'leet'],
    ['f*u*c*k', 'fuck', 'leet'],
    ['f/u/c/k', 'fuck', 'joined'],
    ['f🔥u🔥c🔥k', 'fuck', 'joined'],
    ['5h17', 'shit', 'leet'],
  ])('decodes %s into %s and records it as %s', (written, word, kind) => {
    const text = `well ${written} then`;
    const prepared = prepareText(text);
    const tok = tokens(prepared).find((t) => t.text === word);
    expect(tok, prepared.normalized).toBeDefined();
    if (tok === undefined) return;
    expect(prepared.evidence(tok.start, tok.end).text).toBe(written.replace(/\.$/, ''));
    expect(disguises(prepared)).toEqual([{ start: tok.start, end: tok.end, kind }]);
  });

  it('decodes a disguise inside a run of spaced letters but not the words around it', () => {
    expect(prepareText('what a f u c k i n g mess').normalized).toBe('what a fucking mess');
  });

  it('joins a spaced-out compound of a stem no ordinary word contains', () => {
    expect(prepareText('F U C K T H E M').normalized).toBe('fuckthem');
    expect(prepareText('C O C K T A I L S A U C E').normalized).toBe('c o c k t a i l s a u c e');
  });

  it('decodes disguised insult and threat words for the other classifiers', () => {
    expect(prepareText('you 1d10t').normalized).toBe('you idiot');
    expect(prepareText('i will k1ll').normalized).toBe('i will kill');
  });

  it.each([
    'covid-19',
    'the 4th of July',
    'meet at 10am',
    'serial F4G-9X2 and A55',
    'x86_64 build',
    'mp3 and b4',
    '40.7128, -74.0060',
    'case #2023-1456',
    'j0hn@example.com',
    'I am a U S citizen',
    'h3ll0 w0rld',
    'p a s s',
    'c o c k t a i l',
    'l33t n00b r2d2',
    '5 * 3 = 15',
    'well-known face-to-face',
    '#BlackLivesMatter @USER',
  ])('leaves %s as it is (no lexicon word behind it)', (text) => {
    const prepared = prepareText(text);
    expect(prepared.normalized).toBe(text.toLowerCase());
    expect(disguises(prepared)).toEqual([]);
  });

  it('joins a hyphenated benign word so its parts are not read alone', () => {
    expect(tokens(prepareText('cock-tail party')).map((t) => t.text)).toEqual([
      'cocktail',
      'party',
    ]);
  });
});

describe('prepareText: offsets', () => {
  it('maps every token of arbitrary mixed text inside the original', () => {
    const samples = [
      'Ｈｅｌｌｏ 𝐰𝐨𝐫𝐥𝐝 — it’s f\u200bu\u200bc\u200bk sh1t 👍🏽 ok',
      'Zalgo: h̸̢e̴̛l̷l̶o̵ and 🅰🅱 and ⒜⒝',
      'mixed сок and fuсk, ﬁne ligature, ß and æ',
      's h 1 t and a$$ and f*ck and f.u.c.k',
    ];
    for (const text of samples) {
      const prepared = prepareText(text);
      expect(prepared.toOriginal).toHaveLength(prepared.normalized.length + 1);
      expect(prepared.toOriginal[prepared.normalized.length]).toBe(text.length);
      for (let i = 0; i <= prepared.normalized.length; i++) {
        expect(prepared.originalOffset(i)).toBe(prepared.toOriginal[i]);
      }
      for (const t of tokens(prepared)) {
        const e = prepared.evidence(t.start, t.end);
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeGreaterThan(e.start);
        expect(e.end).toBeLessThanOrEqual(text.length);
        expect(e.text).toBe(text.slice(e.start, e.end));
      }
    }
  });

  it('includes the combining marks that follow the last letter of a span', () => {
    const text = 'shit\u0301\u0301 ok';
    const prepared = prepareText(text);
    const tok = tokens(prepared)[0];
    expect(tok?.text).toBe('shit');
    expect(prepared.evidence(tok?.start ?? 0, tok?.end ?? 0).text).toBe('shit\u0301\u0301');
  });

  it('clamps spans outside the text', () => {
    const prepared = prepareText('abc');
    expect(prepared.evidence(-5, 99)).toEqual({ start: 0, end: 3, text: 'abc' });
    expect(prepared.evidence(3, 3)).toEqual({ start: 3, end: 3, text: '' });
  });

  it('shares one tokenization and word set between classifiers', () => {
    const prepared = prepareText('Kill the lights, kill the noise');
    expect(tokens(prepared)).toBe(tokens(prepared));
    expect([...words(prepared)]).toEqual(['kill', 'the', 'lights', 'noise']);
  });
});

describe('threat words stretched (0.7.2)', () => {
  it.each([
    ["I'm going to kiiiill you", 'kill', 'kiiiill'],
    ['I will shoooot you', 'shoot', 'shoooot'],
    ['you should diiie', 'die', 'diiie'],
    ['you should diiie.', 'die', 'diiie'],
    ['"I will kiiill you!"', 'kill', 'kiiill'],
  ])('reads "%s" with "%s", evidence on what was written', (text, word, written) => {
    const prepared = prepareText(text);
    expect(prepared.normalized).toContain(word);
    const at = prepared.normalized.indexOf(word);
    expect(prepared.evidence(at, at + word.length).text).toBe(written);
  });

  it.each(['shoot', 'killing', 'still', 'shot', 'deed', 'sooo tired', 'hanggging out'])(
    'leaves "%s" as written',
    (text) => {
      expect(prepareText(text).normalized).toBe(text);
    },
  );
});
