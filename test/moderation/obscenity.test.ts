/**
 * J.3 obscenity: disguised strong obscenity is caught (issue 3: ≥ 95% recall), benign
 * look-alike words never are (zero flags), mild words are never flagged or hidden, and no
 * police-critical word is ever obscenity (Tanner v. Ziegenhorn: "pig", "copper", "jerk").
 * The texts here were written for these tests.
 */
import { INSULT_WORDS } from '../../moderation/lexicon/insults.js';
import { describe, expect, it } from 'vitest';
import { createModerator } from '../../moderation/index.js';
import {
  ALLOWED_WORDS,
  DECODE_ONLY_WORDS,
  OBSCENITY_LEXICON,
  PHRASES,
} from '../../moderation/lexicon/obscenity.js';
import { prepareText } from '../../moderation/normalize.js';
import { obscenityClassifier } from '../../moderation/obscenity.js';
import type { Signal } from '../../moderation/types.js';

const moderator = createModerator();

function obscenity(text: string): Signal[] {
  return obscenityClassifier.classify({ text }, prepareText(text));
}
const topScore = (text: string): number => Math.max(0, ...obscenity(text).map((s) => s.score));
const flagged = (text: string): boolean => moderator.classify({ text }).flags.includes('obscenity');

// ---------------------------------------------------------------------------------------------
// The programmatic disguise generator: every way issue 3 names, applied to strong words.

const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const SYMBOL: Record<string, string> = { a: '@', i: '!', s: '$', o: '0' };
const CYRILLIC: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  i: 'і',
  s: 'ѕ',
  j: 'ј',
  h: 'һ',
  k: 'к',
};
const GREEK: Record<string, string> = {
  a: 'α',
  o: 'ο',
  i: 'ι',
  k: 'κ',
  u: 'υ',
  t: 'τ',
  p: 'ρ',
  e: 'ε',
};
/** Mathematical alphanumeric alphabets: [name, code point of "a", letters Unicode placed elsewhere]. */
const MATH: [string, number, Record<string, number>][] = [
  ['bold', 0x1d41a, {}],
  ['italic', 0x1d44e, { h: 0x210e }],
  ['bold italic', 0x1d482, {}],
  ['script', 0x1d4b6, { e: 0x212f, g: 0x210a, o: 0x2134 }],
  ['bold script', 0x1d4ea, {}],
  ['fraktur', 0x1d51e, {}],
  ['double-struck', 0x1d552, {}],
  ['bold fraktur', 0x1d586, {}],
  ['sans-serif bold', 0x1d5ee, {}],
  ['monospace', 0x1d68a, {}],
];

const mapLetters = (word: string, f: (c: string, i: number) => string): string =>
  [...word].map(f).join('');
const replaceAt = (word: string, i: number, by: string): string =>
  word.slice(0, i) + by + word.slice(i + 1);

function disguise(word: string): [kind: string, text: string][] {
  const out: [string, string][] = [];
  const vowel = [...word].findIndex((c) => 'aeiou'.includes(c));
  const leet = mapLetters(word, (c) => LEET[c] ?? c);
  if (leet !== word) out.push(['leet', leet], ['leet upper', leet.toUpperCase()]);
  const firstLeet = [...word].findIndex((c) => LEET[c] !== undefined);
  if (firstLeet >= 0)
    out.push(['leet one', replaceAt(word, firstLeet, LEET[word[firstLeet] ?? ''] ?? '')]);
  const symbols = mapLetters(word, (c) => SYMBOL[c] ?? c);
  if (symbols !== word) out.push(['symbols', symbols]);
  if (vowel >= 0) {
    out.push(['asterisk', replaceAt(word, vowel, '*')]);
    out.push(['asterisk upper', replaceAt(word, vowel, '*').toUpperCase()]);
    out.push(['stretched', replaceAt(word, vowel, (word[vowel] ?? '').repeat(5))]);
    out.push(['diacritic', word.slice(0, vowel + 1) + '\u0301' + word.slice(vowel + 1)]);
  }
  out.push(['spaced', [...word].join(' ')]);
  out.push(['double spaced', [...word].join('  ')]);
  out.push(['leet spaced', [...leet].join(' ')]);
  out.push(['dotted', [...word].join('.')]);
  out.push(['dot space', [...word].join('. ') + '.']);
  out.push(['dashed', [...word].join('-')]);
  out.push(['underscored', [...word].join('_')]);
  out.push(['star separated', [...word].join('*')]);
  out.push(['non-breaking spaces', [...word].join('\u00a0')]);
  out.push(['cyrillic', mapLetters(word, (c) => CYRILLIC[c] ?? c)]);
  const firstCyrillic = [...word].findIndex((c) => CYRILLIC[c] !== undefined);
  if (firstCyrillic >= 0) {
    out.push([
      'cyrillic one',
      replaceAt(word, firstCyrillic, CYRILLIC[word[firstCyrillic] ?? ''] ?? ''),
    ]);
  }
  out.push(['greek', mapLetters(word, (c) => GREEK[c] ?? c)]);
  out.push(['zero-width space', [...word].join('\u200b')]);
  out.push(['zero-width joiner', [...word].join('\u200d')]);
  out.push(['soft hyphen', [...word].join('\u00ad')]);
  out.push(['word joiner', word.slice(0, 1) + '\u2060' + word.slice(1)]);
  out.push([
    'cyrillic + zero-width',
    [...mapLetters(word, (c) => CYRILLIC[c] ?? c)].join('\u200b'),
  ]);
  out.push([
    'fullwidth',
    mapLetters(word, (c) => String.fromCharCode(c.charCodeAt(0) - 0x61 + 0xff41)),
  ]);
  for (const [name, base, holes] of MATH) {
    out.push([
      name,
      mapLetters(word, (c) => String.fromCodePoint(holes[c] ?? base + c.charCodeAt(0) - 0x61)),
    ]);
  }
  out.push([
    'circled',
    mapLetters(word, (c) => String.fromCharCode(0x24d0 + c.charCodeAt(0) - 0x61)),
  ]);
  out.push(['upper', word.toUpperCase()]);
  out.push(['alternating case', mapLetters(word, (c, i) => (i % 2 === 1 ? c.toUpperCase() : c))]);
  out.push(['punctuated', `"${word}!!"`]);
  out.push(['hashtag', `#${word}`]);
  out.push(['emoji', `${word}🤬`]);
  return out;
}

const STRONG_WORDS = [
  'fuck',
  'fucking',
  'fucker',
  'fucked',
  'motherfucker',
  'motherfucking',
  'clusterfuck',
  'fuckwit',
  'shit',
  'shitty',
  'bullshit',
  'shithead',
  'horseshit',
  'dipshit',
  'shite',
  'cunt',
  'cunts',
  'cock',
  'cocksucker',
  'dick',
  'dickhead',
  'dickwad',
  'pussy',
  'asshole',
  'assholes',
  'arsehole',
  'twat',
  'wank',
  'wanker',
  'whore',
  'whores',
  'slut',
  'sluts',
  'blowjob',
  'handjob',
  'cumshot',
  'jizz',
  'twats',
  'pussies',
  'cocks',
];

describe('disguised strong obscenity (issue 3: ≥ 95% recall)', () => {
  const cases = STRONG_WORDS.flatMap((word) =>
    disguise(word).flatMap(([kind, text]) => [
      { word, kind, text },
      { word, kind, text: `you are such a ${text} honestly` },
    ]),
  );

  it(`flags at least 95% of ${cases.length} disguised spellings, and at least 90% of each kind`, () => {
    const missed = cases.filter((c) => !flagged(c.text));
    expect(missed.length / cases.length).toBeLessThanOrEqual(0.05);
    const kinds = new Set(cases.map((c) => c.kind));
    for (const kind of kinds) {
      const ofKind = cases.filter((c) => c.kind === kind);
      const missedOfKind = missed.filter((c) => c.kind === kind);
      expect(
        missedOfKind.length / ofKind.length,
        `${kind}: ${JSON.stringify(missedOfKind.slice(0, 5))}`,
      ).toBeLessThanOrEqual(0.1);
    }
  });

  it('points the evidence at the disguised spelling in the original', () => {
    for (const [, written] of disguise('shit')) {
      const text = `well ${written} indeed`;
      const evidence = obscenity(text).flatMap((s) => s.evidence);
      expect(evidence.length, written).toBeGreaterThan(0);
      for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
      // The span covers the disguised letters, whatever punctuation wraps them.
      expect(
        evidence.some((e) => written.includes(e.text) && e.text.length >= 4),
        written,
      ).toBe(true);
    }
  });

  it('hides what still shows every letter, and queues what had to be decoded from symbols', () => {
    const hide = [
      'FUCK YOU',
      'ｆｕｃｋ you',
      '𝐟𝐮𝐜𝐤 off',
      'fuсk you',
      'f\u200buck you',
      'fuuuuck you',
      'f u c k you',
      'f-u-c-k off',
      'ｃｕｎｔ',
      'c u n t',
    ];
    for (const text of hide) expect(moderator.classify({ text }).action, text).toBe('hide');
    for (const text of ['f*ck', 'fu(k', 'c*nt']) {
      const verdict = moderator.classify({ text });
      expect(verdict.action, text).toBe('queue');
      expect(verdict.reasons[0]?.label, text).toBe('obscenity (disguised)');
    }
    // Vulgar words stay queued however they are written.
    for (const text of ['sh1t', 'a$$hole', 'c0ck']) {
      const verdict = moderator.classify({ text });
      expect(verdict.action, text).toBe('queue');
      expect(verdict.flags, text).toContain('obscenity');
    }
  });
});

/** Ordinary words, names and places that contain a profane run, or that lists get wrong. */
const BENIGN = [
  'Scunthorpe United won on Saturday',
  'Penistone is in South Yorkshire',
  'Essex Police shared the appeal',
  'Sussex and Middlesex are counties',
  'cocktail hour at the community centre',
  'the pilot was in the cockpit',
  'a peacock wandered onto Main Street',
  'Councilman Hancock spoke at the meeting',
  'shiitake mushrooms and Shitake soup',
  'my therapist recommended it',
  'the assassin in the movie',
  'a classic car show',
  'he plays bass guitar',
  'the passage was blocked',
  'reading Dickens at the library',
  'what the dickens is going on',
  'Dick Smith was at the meeting',
  'I met Dick at the fair',
  'Moby Dick is a long book',
  'Philip K. Dick wrote that',
  'Dick Van Dyke movies',
  'a butterfly garden',
  'a careful analysis of the data',
  'grapefruit juice',
  'a traffic specialist',
  'Sexual assault awareness month starts today',
  'Matsushita electric',
  'the cumulative total',
  'under the circumstances',
  'please document the incident',
  'the Titanic exhibit',
  'a tufted titmouse at the feeder',
  'a garden hoe and a rake',
  "Hell's Kitchen is on TV",
  'Hello everyone',
  'a shell on the beach',
  'Shellfish allergy',
  'summa cum laude graduate',
  'magna cum laude',
  'a kitchen-cum-dining room',
  'Cumming, Georgia',
  'pussy willow in bloom',
  'our pussy cat is lost',
  'cock-a-doodle-doo',
  'a cock and bull story',
  'tit for tat',
  'a blue tit nested there',
  'a booby trap was found',
  'Homo sapiens evolved',
  'Spic and Span cleaner',
  'a chink in the armor',
  'our Maine Coon cat',
  'flame retardant materials',
  'a pin prick of light',
  'prick up your ears',
  'a niggardly budget',
  'he let out a snigger',
  'Montenegro and Niger',
  'Arsenal won again',
  'Cumberbatch starred in it',
  'a cockroach in the kitchen',
  'the cockatoo talks',
  'a Cockney accent',
  'a shuttlecock in badminton',
  'Hitchcock films',
  'Clitheroe Castle',
  'the Wankel engine',
  'Twatt in Orkney',
  'Fukushima and Fukuoka',
  'a holiday in Phuket',
  'my shitzu puppy',
  'assess the asset and assume nothing',
  'a sextant and a sexton',
  'Uranus is a planet',
  'cocksure attitude',
  'Van Dyke Road',
  'Offa’s Dyke path',
  'the fag end of the day',
  'the gangbanger was arrested',
  'the crapshoot of elections',
  'a skyscraper downtown',
  'scrap metal',
  'tw// mentions of death',
  'why work for EMS making $17/h',
  'AC/DC and and/or',
  'Guess Who!😂# #MAGA',
  'gobbledy gook to me',
  'The cock crowed at dawn on the farm',
  'our bitch had eight puppies',
  'blue tits at the feeder',
  'I bought a new hoe',
  'the dyke protects the town from flooding',
  'my truck’s tranny is slipping',
];

describe('benign look-alike words (issue 3: zero flags)', () => {
  it(`has at least 60 look-alikes in the list (${BENIGN.length})`, () => {
    expect(BENIGN.length).toBeGreaterThanOrEqual(60);
  });

  it.each(BENIGN)('never flags %s', (text) => {
    expect(topScore(text)).toBeLessThan(0.5);
    const verdict = moderator.classify({ text });
    expect(verdict.flags).not.toContain('obscenity');
    expect(verdict.action).not.toBe('hide');
  });
});

/** Police-critical words: protected criticism, never obscenity (Tanner v. Ziegenhorn). */
const POLICE_CRITICAL = [
  'pig',
  'pigs',
  'cop',
  'cops',
  'copper',
  'coppers',
  'jerk',
  'jerks',
  'corrupt',
  'fascist',
  'thug',
  'thugs',
  'acab',
  '1312',
  'murderer',
  'murderers',
  'liar',
  'coward',
  'killer cops',
  'oink oink',
  'police state',
  'jackboots',
  'bastards',
];

describe('viewpoint neutrality of the lexicon', () => {
  it('lists no police-critical or political term, in any tier, phrase or decode target', () => {
    const forbidden =
      /pig|cop(?:s|per)?\b|jerk|corrupt|fascis|thug|acab|1312|police|officer|sheriff|murder|liar|coward|nazi|commie|tyrant|bastards/;
    const listed = [
      ...OBSCENITY_LEXICON.map((e) => e.word),
      ...PHRASES.map(([p]) => p),
      ...DECODE_ONLY_WORDS.filter((w) => w !== 'murder'),
      ...ALLOWED_WORDS,
    ];
    expect(listed.filter((w) => forbidden.test(w))).toEqual([]);
  });

  it('keeps police, political and conduct-judging words out of the insult word list too', () => {
    // The insult list feeds the personal-attack model only; words of criticism stay out of it.
    const forbidden =
      /pig|cop(?:s|per)?\b|jerk|corrupt|fascis|thug|acab|1312|police|officer|sheriff|murder|liar|coward|nazi|commie|tyrant|bastard|racis|bigot|hypocri|shill|hack|sheep|clown|traitor|criminal/;
    expect([...INSULT_WORDS].filter((w) => forbidden.test(w))).toEqual([]);
  });

  it.each(POLICE_CRITICAL)('never gives any obscenity score to "%s", however disguised', (word) => {
    for (const text of [word, `${word}!!`, word.toUpperCase(), [...word].join(' ')]) {
      expect(obscenity(text), text).toEqual([]);
    }
    for (const [, text] of disguise(word.replace(/\d/g, '')))
      expect(obscenity(text), text).toEqual([]);
  });

  it('gives "all cops are bastards" no obscenity score at all', () => {
    expect(obscenity('All cops are bastards')).toEqual([]);
    expect(moderator.classify({ text: 'All cops are bastards' }).flags).not.toContain('obscenity');
  });
});

describe('tiers', () => {
  it.each([
    'damn',
    'hell',
    'crap',
    'ass',
    'piss',
    'suck',
    'bastard',
    'bloody',
    'what the hell',
    'this sucks',
  ])('never flags or hides the mild "%s"', (text) => {
    const signals = obscenity(text);
    expect(signals.length).toBeGreaterThan(0);
    for (const s of signals) {
      expect(s.score).toBeLessThan(0.5);
      expect(s.autoHide).toBe(false);
      expect(s.label).toBe('mild language');
    }
  });

  it.each([
    'fuck you',
    'fuck off',
    'go fuck yourself',
    'you cunt',
    'what a motherfucker',
    'cocksucker',
  ])('auto-hides the strong "%s"', (text) => {
    const [signal] = obscenity(text);
    expect(signal).toMatchObject({ score: 0.95, autoHide: true, label: 'strong obscenity' });
    expect(moderator.classify({ text }).action).toBe('hide');
  });

  it.each([
    'FUCK',
    'what the fuck',
    'fuck this',
    'absolutely fucking ridiculous, tear gas on a peaceful protest',
    'fuck, I miss baseball',
    "it's fucked up that we still have to post this",
    'if that is what worries you, get the fuck off my timeline',
    'absofuckinglutely',
    '#fuck12',
    'fuck them, they lied about the stop',
    'fuck the police',
    'fuuuuck',
  ])(
    'flags the f-word as an exclamation or intensifier in "%s" and leaves it to a person',
    (text) => {
      const [signal] = obscenity(text);
      expect(signal).toMatchObject({
        score: 0.85,
        autoHide: false,
        label: 'strong obscenity (exclamation, not aimed at anyone)',
      });
      const verdict = moderator.classify({ text });
      expect(verdict.action).toBe('queue');
      expect(verdict.flags).toContain('obscenity');
    },
  );

  it.each([
    'bitch please',
    'you tosser',
    'porno',
    'bollocks to that',
    // The "shit" family and vulgar insults go to a person, never hidden automatically.
    'total bullshit',
    'shithead',
    'holy shit',
    'you asshole',
    's-h-i-t',
  ])('grades "%s" by its tier', (text) => {
    const signals = obscenity(text);
    if (text === 'porno') {
      expect(signals.every((s) => s.score < 0.5)).toBe(true);
    } else {
      expect(signals[0]).toMatchObject({ label: 'vulgar language', autoHide: false });
      expect(signals[0]?.score).toBeGreaterThanOrEqual(0.5);
    }
  });

  it.each(['nigger', 'faggot', 'kike', 'wetback', 'you retard', 'f4ggot'])(
    'queues the slur "%s" for a person',
    (text) => {
      const [signal] = obscenity(text);
      expect(signal?.label).toBe('slur');
      expect(signal?.score).toBeGreaterThanOrEqual(0.5);
      expect(signal?.autoHide).toBe(false);
      expect(moderator.classify({ text }).action).not.toBe('hide');
    },
  );

  it('reads "Dick" as a name next to another name or mid-sentence, and as the word otherwise', () => {
    expect(flagged('you dick')).toBe(true);
    expect(flagged('Stop being a dick.')).toBe(true);
    expect(flagged('Dick.')).toBe(true);
    expect(flagged('Dick Smith called')).toBe(false);
    expect(flagged('I spoke with Dick yesterday')).toBe(false);
  });

  it('reads "hoe" as slang only where a neighbouring word shows it', () => {
    expect(flagged('that hoe lied to me')).toBe(true);
    expect(flagged('these hoes are not loyal')).toBe(true);
    expect(flagged('I bought a new hoe')).toBe(false);
    expect(flagged('garden hoes on sale')).toBe(false);
  });

  it('gives one reason per label with every span, pointing into the original', () => {
    const text = 'FUCK you, fuck off, and f*ck.';
    const signals = obscenity(text);
    const strong = signals.find((s) => s.label === 'strong obscenity');
    expect(strong?.evidence).toEqual([
      { start: 0, end: 4, text: 'FUCK' },
      { start: 10, end: 14, text: 'fuck' },
    ]);
    const decoded = signals.find((s) => s.label === 'obscenity (disguised)');
    expect(decoded?.evidence).toEqual([{ start: 24, end: 28, text: 'f*ck' }]);
  });

  it('keeps the README example', () => {
    const verdict = moderator.classify({ text: 'fuck you' });
    expect(verdict.action).toBe('hide');
    expect(verdict.reasons[0]?.evidence).toEqual([{ start: 0, end: 4, text: 'fuck' }]);
  });
});

describe('a victim reports the slur in the passive, or left on their property (0.6.8)', () => {
  const moderator = createModerator();
  const flags = (text: string) => moderator.classify({ text }).flags;

  it.each([
    'My grandfather was called a "wetback" in the fields. We don\'t forget that.',
    'I got called a cunt at the DMV today for asking a question.',
    'Someone left a note on my car saying "dyke". The police report number is 24-3381.',
  ])('leaves "%s" alone', (text) => {
    expect(flags(text)).toEqual([]);
  });

  it.each([
    'you were called a cunt because you are one',
    'I left a note on my neighbor\'s car saying "fuck you"',
  ])('still judges "%s" as written', (text) => {
    expect(flags(text)).toContain('obscenity');
  });
});

describe('asking to ban the writer, or a firing for the word, rejects it (0.6.8)', () => {
  const moderator = createModerator();
  const verdict = (text: string) => moderator.classify({ text });

  it.each([
    'Some guy in the comments keeps calling the chief a "cunt". Can you ban him?',
    'He got fired for calling his coworker a "spic", good.',
    'It\'s 2026 and people still say "retard" like it\'s nothing.',
    'I\'ve been called a "dyke" at that bar twice now. Is there anything the police can do?',
  ])('leaves "%s" alone', (text) => {
    expect(verdict(text).flags).toEqual([]);
  });

  it.each(['can you ban this cunt', "like it's nothing, fuck you"])('still hides "%s"', (text) => {
    expect(verdict(text).action).toBe('hide');
  });
});

describe("words yelled at the commenter's children, and one person calling another a name, are reported (0.6.9)", () => {
  const moderator = createModerator();

  it.each([
    'my neighbor keeps yelling "fuck you" at my kids, can officers help',
    'he called her a bitch in front of everyone and laughed',
    'teach your kids that words like "faggot" are not jokes',
  ])('neither hides nor queues "%s"', (text) => {
    expect(moderator.classify({ text }).flags).toEqual([]);
  });

  it.each([
    'fuck you, my neighbor was right to yell at your kids',
    'i\'m yelling "fuck you" at every cop i see',
    'she called him a cunt and honestly he is one',
    // "is that allowed?" asks about a report; asked of one's own words, it rejects nothing.
    'is it ok to say the mayor is a cunt? because she is',
  ])('still hides "%s"', (text) => {
    expect(moderator.classify({ text }).action).toBe('hide');
  });
});

describe('abuse said to someone close to the commenter, quoted in a report (0.7.0)', () => {
  const moderator = createModerator();

  it("neither hides nor queues a threat quoted as said to the commenter's wife", () => {
    const text =
      'The guy at the gas station told my wife "I\'ll kill you, bitch" and drove off. Plate was KXT-4412.';
    expect(moderator.classify({ text }).flags).toEqual([]);
  });

  it.each([
    // The commenter's own words, or a quote aimed at nobody in it, are judged as written.
    ['I told my neighbor "fuck you" and I meant it.', 'hide'],
    ['I told my wife "you\'re a stupid bitch" and she left me, lol.', 'queue'],
    ['Agronomist once told me "beans are a bitch, they do whatever they want"', 'queue'],
  ] as const)('still judges "%s" as written', (text, action) => {
    expect(moderator.classify({ text }).action).toBe(action);
  });
});

describe('abuse said to someone close to the commenter, told without quotes (0.7.1)', () => {
  const moderator = createModerator();

  it.each([
    'He told my wife she was a worthless bitch and I have it on camera. What do I do?',
    'My neighbor told me I was a lying bitch because I called about the dog.',
  ])('neither hides nor queues "%s"', (text) => {
    expect(moderator.classify({ text }).flags).toEqual([]);
  });

  it.each([
    // The commenter telling it of their own words, or agreeing with it, is judged as written.
    'I told my brother he was a moron for buying that truck.',
    'He told my wife she was a worthless bitch, and honestly she is one.',
  ])('still flags "%s"', (text) => {
    expect(moderator.classify({ text }).flags.length).toBeGreaterThan(0);
  });
});

describe('strong words quoted from someone else, named as words, or rejected in new words (0.7.7)', () => {
  const moderator = createModerator();
  const action = (text: string) => moderator.classify({ text }).action;

  it.each([
    // Quoted from someone else with nothing said of it: a person judges, nothing is hidden.
    'My coworker kept saying "fuck this place" all shift, the manager heard it too.',
  ])('queues, never hides, "%s"', (text) => {
    expect(action(text)).toBe('queue');
    const reason = moderator.classify({ text }).reasons.find((r) => r.category === 'obscenity');
    expect(reason?.label).toBe('strong obscenity (quoted from someone else)');
  });

  it.each([
    'My nephew came home saying the word "cunt" and I have no idea where he heard it.',
    'Being called a bitch by strangers online is why I deleted my old account.',
    'If your coworker calls a customer a cunt, say something.',
    'Screaming "fuck you" at a volunteer is not a protest, it is cruelty.',
    'Anyone who calls a teenager a dumb bitch in a comment section needs help.',
  ])('neither hides nor queues "%s"', (text) => {
    expect(moderator.classify({ text }).flags).toEqual([]);
  });

  it.each([
    // The commenter's own words, in quotes or not, and the same words used rather than named.
    ['I\'m saying it again to the HOA board: "fuck you".', 'hide'],
    ['Being called a bitch is what you deserve after that stunt.', 'queue'],
    ['Nothing says arrogant retard like your last comment.', 'queue'],
    ['You needs help, you dumb cunt.', 'hide'],
  ] as const)('still judges "%s" as written', (text, expected) => {
    expect(action(text)).toBe(expected);
  });
});

describe('strong words named in a report of name-calling, rejected or not (0.7.8)', () => {
  const moderator = createModerator();
  const verdict = (text: string) => moderator.classify({ text });

  it.each([
    'Just because someone called you a motherfucker in traffic does not make you right.',
    'Calling people cunts online and then crying about free speech when you get banned, classic.',
  ])('queues, never hides, "%s"', (text) => {
    const v = verdict(text);
    expect(v.action).toBe('queue');
    const reason = v.reasons.find((r) => r.category === 'obscenity');
    expect(reason?.label).toBe('strong obscenity (named in a report of name-calling)');
    expect(reason?.evidence.length).toBe(1);
  });

  it.each([
    // Aimed at the reader, by the commenter, or agreed with: hidden as written.
    "I'm calling you a cunt because that's what you are.",
    'Calling you a cunt would be an insult to cunts.',
    'Everyone calls you a motherfucker behind your back, and they are right.',
    'Do you prefer to be called a cunt or a twat?',
    'You absolute fucking cunt.',
  ])('still hides "%s"', (text) => {
    expect(verdict(text).action).toBe('hide');
  });

  it('keeps a disguised word graded as disguised inside a report of name-calling', () => {
    const v = verdict('Stop calling them f***ing morons.');
    expect(v.action).not.toBe('hide');
    expect(v.reasons.map((r) => r.label)).not.toContain(
      'strong obscenity (named in a report of name-calling)',
    );
  });

  it.each([
    'Reporting this: an account keeps messaging my sister "you fat slut" every night.',
    'Our youth league has zero tolerance: a player who calls an opponent a "pussy" sits out.',
    'The graffiti on the underpass says "kill all fags". Can the city paint over it?',
  ])('reads the rejection in "%s" (nothing flagged as obscenity)', (text) => {
    expect(verdict(text).flags).not.toContain('obscenity');
  });
});

describe('one person reported calling another a name: the telling is the rejection (0.7.9)', () => {
  const moderator = createModerator();
  const verdict = (text: string) => moderator.classify({ text });

  it.each([
    'A driver called the crossing guard a stupid bitch this morning. Please put an officer there.',
    'Her ex calls her a worthless cunt in front of the kids.',
    'The suspect was heard calling the victim a faggot during the assault.',
    'Two teens called an old man a retarded fuck outside the library.',
    'LeVar Burton called Shatner a bitch on live TV.',
    'I will never understand people who think calling a woman a cunt is funny. It is not.',
  ])('flags no obscenity in "%s"', (text) => {
    const v = verdict(text);
    expect(v.flags).not.toContain('obscenity');
    expect(v.action).not.toBe('hide');
  });

  it.each([
    // The commenter's own, an order, an intent, everyone's, the reader's, or agreed with.
    'I called the mayor a cunt at the meeting and I would do it again.',
    'Call him a motherfucker to his face, he deserves it.',
    "Let's all call the new councilman a worthless cunt until he quits.",
    'We should call every one of them a faggot till they leave.',
    'Somebody call that councilman a motherfucker to his face.',
    'You guys should call the chief a fucking pussy every time he posts.',
    'Everyone in this town calls the mayor a whore and honestly so do I.',
    'Somebody finally called the chief a fucking pussy, because he is one.',
    'Everybody calls you a stupid bitch and they are right.',
    // No one called: a passive that names a thing, a game's name, "so-called".
    'My truck is called the Beast because bitches love it.',
    "Let's play a game called stop being a lil bitch.",
    'Still better than these so called bad bitches.',
    // The name is the one called: "called the … an asked" keeps the commenter's word.
    'My sister called the chinks an asked if they were open.',
    // Agreement: "not wrong" agrees, it does not reject (blind 202).
    "My brother called the chief a cunt and he's not wrong.",
    'Everyone who works at that precinct is a fucking pussy and I will say it to their faces.',
    "I'm going to call that deputy a motherfucker every time I see him.",
    'I yelled "fuck you, pig" at the deputy and I would do it again.',
    'I spray-painted "fuck the cops" on the side of the station.',
    'I\'m yelling "fuck you, pig" at the deputy the next time I see him.',
    'I\'ve painted "fuck the cops" on the overpass twice now.',
  ])('still flags the words of "%s"', (text) => {
    expect(verdict(text).flags).toContain('obscenity');
  });

  it.each([
    'The man in the blue van yelled "move, you stupid bitch" at the school crossing guard.',
    // Queued by 0.7.7 (a quotation reported without rejection); a bystander's report since 0.7.9.
    'Some kid on a bike yelled "motherfucker" at the bus driver this morning.',
    'Somebody spray-painted "fuck the gays" on the side of the community center again.',
    'There is a sign on the overpass that says "hang all the cunts in city hall". Can someone take it down?',
    'When did it become normal to call the cashier a bitch for asking to see ID?',
    'Somebody keyed "FAG" into my brother\'s car door outside the library.',
  ])('reads "%s" as someone else\'s words, reported (nothing flagged as obscenity)', (text) => {
    expect(verdict(text).flags).not.toContain('obscenity');
  });

  it('queues, never hides, a strong word quoted as printed on something', () => {
    const v = verdict('Printing "cunt" on a bumper sticker and parking by a school is a choice.');
    expect(v.action).toBe('queue');
  });
});

describe('a word asked about, used as an insult, or quoted from a sign, a note or a song (0.7.10)', () => {
  const moderator = createModerator();
  const verdict = (text: string) => moderator.classify({ text });

  it.each([
    'My son asked me what "faggot" means after the bus ride home. What do I tell him?',
    'What does "cunt" even mean in Australia, my cousin says it like hello.',
    'Using "retard" as an insult is embarrassing, do better.',
    'Somebody on the neighborhood app called the mail carrier a "lazy spic" and nobody removed it.',
    'A note under my wiper said "die faggot die". I am scared to go to my car.',
    'Reporting a truck downtown with a flag that says "fuck your feelings" next to a swastika.',
    'The house on Pine plays "fuck the police" at full volume every night, is that a noise violation?',
  ])('flags no obscenity in "%s"', (text) => {
    const v = verdict(text);
    expect(v.flags).not.toContain('obscenity');
    expect(v.action).not.toBe('hide');
  });

  it.each([
    'Do better, you stupid cunt.',
    "I'm not scared of you, you fucking coward.",
    'Is that a crime now, you fucking pig?',
    'Call him a "worthless cunt" to his face, everyone.',
    'He called her a "stupid bitch" and honestly she is one.',
  ])('still flags "%s": the commenter\'s own words', (text) => {
    expect(verdict(text).flags).toContain('obscenity');
  });
});
