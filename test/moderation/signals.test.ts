/**
 * The lexical signals one step beyond what they were built from: obscenity spelled by sound, in
 * emoji or reversed with a direction override; generic spam (prizes, loans, adult bait, crypto,
 * premium-rate numbers); counter-speech. Every sentence here was written for these tests; both
 * sides are asserted: what must be caught and what must be left alone.
 */
import { describe, expect, it } from 'vitest';
import { createModerator } from '../../moderation/index.js';
import {
  DISGUISE_KINDS,
  LOOK_ALIKES,
  NOT_PII,
  ON_TOPIC_COMMENTS,
  PII_KINDS,
  SPAM_KINDS,
  SPAM_POST,
  UNRELATED_CHATTER,
} from '../../scripts/handwritten-signals.js';
import {
  LEGIT_ROUND_1,
  LEGIT_ROUND_2,
  LEGIT_ROUND_3,
  SPAM_ROUND_1,
  SPAM_ROUND_2,
  SPAM_ROUND_3,
  SPAM_ROUND_4,
  LEGIT_ROUND_4,
  SPAM_ROUND_5,
  LEGIT_ROUND_5,
  SPAM_ROUND_6,
  SPAM_ROUND_7,
  LEGIT_ROUND_7,
  SPAM_ROUND_8,
  SPAM_ROUND_9,
  LEGIT_ROUND_9,
  SPAM_ROUND_10,
  SPAM_ROUND_11,
  SPAM_ROUND_12,
  SPAM_ROUND_13,
  SPAM_ROUND_14,
  SPAM_ROUND_15,
  SPAM_ROUND_16,
  SPAM_ROUND_17,
  SPAM_ROUND_18,
  SPAM_ROUND_19,
  SPAM_ROUND_20,
  LEGIT_ROUND_20,
  LEGIT_ROUND_19,
  LEGIT_AFTER_ROUND_19,
  SPAM_ROUND_21,
  LEGIT_ROUND_21,
  LEGIT_AFTER_ROUND_21,
  SPAM_ROUND_22,
  LEGIT_ROUND_22,
  SPAM_ROUND_23,
  LEGIT_ROUND_23,
  LEGIT_AFTER_ROUND_23,
  SPAM_ROUND_24,
  LEGIT_ROUND_24,
  SPAM_ROUND_25,
  LEGIT_ROUND_25,
  SPAM_ROUND_26,
  LEGIT_ROUND_26,
  SPAM_ROUND_27,
  LEGIT_ROUND_27,
  SPAM_ROUND_28,
  LEGIT_ROUND_28,
  LEGIT_ROUND_10,
  LEGIT_ROUND_11,
  LEGIT_ROUND_12,
  LEGIT_ROUND_13,
  LEGIT_ROUND_14,
  LEGIT_ROUND_15,
  LEGIT_ROUND_16,
  LEGIT_ROUND_17,
  LEGIT_ROUND_18,
  LEGIT_ROUND_8,
  LEGIT_AFTER_ROUND_7,
  LEGIT_ROUND_6,
  RESIDENTS_WITH_NUMBERS_6,
  SPANISH_SPAM_ROUND,
  SPANISH_SPAM_ROUND_2,
  SPANISH_LEGIT_ROUND_2,
  SPANISH_SPAM_ROUND_3,
  SPANISH_SPAM_ROUND_4,
  SPANISH_LEGIT_ROUND_4,
  SPANISH_LEGIT_ROUND_3,
  SPANISH_SPAM_ROUND_5,
  SPANISH_LEGIT_ROUND_5,
  SPANISH_SPAM_ROUND_6,
  SPANISH_LEGIT_ROUND_6,
  CHATTER_BLIND_5,
  CHATTER_BLIND_6,
  CHATTER_BLIND_7,
  CHATTER_BLIND_8,
  CHATTER_BLIND_9,
  CHATTER_BLIND_10,
  CHATTER_BLIND_11,
  CHATTER_BLIND_POST_11,
  ON_TOPIC_BLIND_11,
  CHATTER_BLIND_12,
  CHATTER_BLIND_POST_12,
  ON_TOPIC_BLIND_12,
  CHATTER_BLIND_POST_13,
  ON_TOPIC_BLIND_13,
  CHATTER_BLIND_14,
  CHATTER_BLIND_15,
  CHATTER_BLIND_POST_15,
  ON_TOPIC_BLIND_15,
  CHATTER_BLIND_16,
  CHATTER_BLIND_POST_16,
  ON_TOPIC_BLIND_16,
  CHATTER_BLIND_17,
  CHATTER_BLIND_POST_17,
  ON_TOPIC_BLIND_17,
  CHATTER_BLIND_POST_14,
  ON_TOPIC_BLIND_14,
  CRITICISM_UNDER_POST_14,
  CRITICISM_UNDER_POST_13,
  CHATTER_BLIND_POST_10,
  ON_TOPIC_BLIND_10,
  CHATTER_BLIND_POST_9,
  ON_TOPIC_BLIND_9,
  CHATTER_BLIND_POST_8,
  ON_TOPIC_BLIND_8,
  CHATTER_BLIND_POST_5,
  CHATTER_BLIND_POST_6,
  CHATTER_BLIND_POST_7,
  ON_TOPIC_BLIND_5,
  ON_TOPIC_BLIND_6,
  ON_TOPIC_BLIND_7,
  ON_TOPIC_WITH_SUBJECT_WORDS,
  NOT_PII_ROUND_2,
  PII_ROUND_2,
  PII_ROUND_3,
  NOT_PII_ROUND_3,
  PII_ROUND_4,
  NOT_PII_ROUND_4,
  LOOK_ALIKES_ROUND_2,
  OBSCENITY_ROUND_2,
  OBSCENITY_ROUND_3,
  LOOK_ALIKES_ROUND_3,
  OBSCENITY_ROUND_4,
  LOOK_ALIKES_ROUND_4,
  LOOK_ALIKES_ROUND_5,
  OBSCENITY_ROUND_5,
  LOOK_ALIKES_ROUND_6,
  OBSCENITY_ROUND_6,
  OBSCENITY_ROUND_7,
  LOOK_ALIKES_ROUND_7,
  OBSCENITY_BLIND_316,
  LOOK_ALIKES_BLIND_316,
  ON_TOPIC_WITH_MONEY_4,
  SPAM_POST_4,
  SPAM_UNDER_POST_4,
} from '../../scripts/handwritten-signals.js';

const moderator = createModerator();
const classify = (text: string, post?: string) =>
  moderator.classify({ text, ...(post !== undefined ? { context: { post } } : {}) });
const obscene = (text: string): boolean => classify(text).flags.includes('obscenity');

describe('obscenity spelled by sound', () => {
  it.each([
    ['that was fkn stupid', 'fkn'],
    ['phuk this town', 'phuk'],
    ['fawk off already', 'fawk'],
    ['sheeit, look at that', 'sheeit'],
    ['shiat, missed the bus again', 'shiat'],
    ['what a biyatch', 'biyatch'],
    ['shut up beeyotch', 'beeyotch'],
    ['you azzhole', 'azzhole'],
    ['such a dikhead move', 'dikhead'],
    ['fxck that noise', 'fxck'],
    ['total kunt', 'kunt'],
    ['that ruling is pure bullshyt', 'bullshyt'],
    ['sit down, coksucka', 'coksucka'],
    ['stfu you mothafuker', 'mothafuker'],
    ['what a motherfuker', 'motherfuker'],
    ['get lost fukr', 'fukr'],
    // 0.7.19: "sh" said as "sch" or "zh", "oo" for "u", a vowel or the first letter doubled.
    ['I do not give a zhit', 'zhit'],
    ['that ruling is bullschit', 'bullschit'],
    ['that guy is a shythead', 'shythead'],
    ['oh ffoock, missed the bus', 'ffoock'],
    ['what a dicc', 'dicc'],
    ['stop being a pusy', 'pusy'],
    ['what an asschole', 'asschole'],
    ['what the diick', 'diick'],
    ['stop being a sshithead', 'sshithead'],
  ])('flags "%s" with "%s" as evidence, for a person (never hidden)', (text, word) => {
    const verdict = classify(text);
    expect(verdict.flags).toContain('obscenity');
    const reason = verdict.reasons.find((r) => r.category === 'obscenity');
    expect(reason?.evidence.map((e) => e.text)).toContain(word);
    // Decoded spellings are a person's decision, like "f*ck": never hidden automatically.
    expect(
      verdict.reasons.filter((r) => r.category === 'obscenity' && r.label === 'strong obscenity'),
    ).toEqual([]);
  });

  it.each([
    'he was cocksure about the verdict',
    'the mudflats by the marina are closed for the season',
    'my mother fixed the sink, the muffin shop owner helped',
    'the cook sucked the marrow out of the bone',
    'the bull sheet at the rodeo office lists every rider',
    'the sheet metal shop on Fifth',
    'shiatsu massage at the rec center',
    'a fox crossed the road by the school',
    'please fax the form to the records office',
    'we had a batch of cookies at the fundraiser',
    'the duck pond is frozen',
    'the FAQ on the city site answers this',
    'faking a 911 call is a crime',
    'a fork in the road',
    'the dock by the river',
    'bitcoin is not a phone',
    'the Fuchs family moved here',
    'focus on the budget',
    // 0.7.19: words the new spellings would otherwise read ("Faux News" was flagged as "fuck").
    'Faux News lies about the protest again',
    'a faux leather jacket was stolen from the car',
    'Jamie Foxx was filming downtown',
    'the Shiite community center hosts the vigil',
    'you cannot serve God and Mammon',
    'the deck of the bridge is cracked',
    'dice and cards at the senior center',
    'the posse rode out at dawn',
    'Cumm Inn on Route 9 was robbed',
  ])('leaves "%s" alone', (text) => {
    expect(obscene(text)).toBe(false);
  });
});

describe('obscenity in emoji and behind direction overrides', () => {
  it('reads the middle finger emoji, any skin tone, as an obscene gesture with evidence', () => {
    for (const text of ['🖕', 'this council 🖕🏽', 'ok 🖕🏿🖕']) {
      const verdict = classify(text);
      expect(verdict.flags).toContain('obscenity');
      const reason = verdict.reasons.find((r) => r.label === 'obscene gesture (emoji)');
      expect(reason?.evidence.length).toBeGreaterThan(0);
      for (const e of reason?.evidence ?? []) expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(verdict.action).toBe('queue');
    }
    expect(obscene('thank you 👍🙏')).toBe(false);
  });

  it('reads text reversed with a right-to-left override in the order a reader sees it', () => {
    // Shown on screen as "fuck you": the override reverses the letters after it.
    const text = 'ok \u202euoy kcuf\u202c then';
    const verdict = classify(text);
    expect(verdict.flags).toContain('obscenity');
    const evidence = verdict.reasons.flatMap((r) => r.evidence);
    for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(evidence.some((e) => e.text === 'kcuf')).toBe(true);
    // The same letters with no override are not a word.
    expect(obscene('ok uoy kcuf then')).toBe(false);
  });
});

describe('counter-speech', () => {
  it.each([
    'Calling her a whore is disgusting and you should be ashamed.',
    'Somebody commented "fuck you cop" on the last post, that is not ok.',
    'Telling a neighbour to shut up is not an argument.',
  ])('never hides "%s"', (text) => {
    expect(classify(text, 'Road closure on Elm Street').action).not.toBe('hide');
  });

  it('still hides the same words aimed by the commenter', () => {
    expect(classify('fuck you', 'Road closure on Elm Street').action).toBe('hide');
  });

  it('reads a victim’s report of a slur as a report, not as the commenter’s slur', () => {
    for (const text of [
      'A man called my daughter a whore outside the school',
      'They called us faggots at the gas station last night',
    ]) {
      expect(classify(text, 'Road closure on Elm Street').flags, text).toEqual([]);
    }
    // The commenter's own use stays flagged.
    expect(classify('I called my cousin a whore', 'Road closure on Elm Street').flags).toContain(
      'obscenity',
    );
  });
});

describe('generic spam', () => {
  const POST = 'Road work on Main Street starts Monday; expect delays near the library.';
  it.each([
    'Congratulations! You have won a $1000 Walmart gift card. Click here to claim: bit.ly/x9w2',
    'URGENT your mobile number has been awarded a £2000 prize. Call 09061701461 now',
    'Text WIN to 87121 to claim your prize, £1.50/msg',
    'Bad credit? Payday loans approved in minutes, apply now at quickcash-loans.biz',
    'Hot singles in your area want to meet you tonight, click the link in my bio',
    'New token presale is live, 100x guaranteed, join now on telegram t.me/moonpump',
  ])('hides "%s" as spam', (text) => {
    const verdict = classify(text, POST);
    expect(verdict.flags).toContain('off_topic');
    expect(verdict.action).toBe('hide');
    expect(verdict.reasons.find((r) => r.category === 'off_topic')?.label).toMatch(/^spam: /);
  });

  it.each([
    'Will the library parking lot stay open during the work?',
    'Details on the detour are at https://www.cityofexample.gov/roadwork',
    'Thanks for the heads up, I will take 5th Street instead',
    'My son won the science fair at the library, congratulations to all the kids!',
    'The city council approved the road budget last night: https://www.example-news.com/council',
    'Call the non-emergency line at 555-123-4567 if you see a crash',
  ])('does not hide "%s"', (text) => {
    expect(classify(text, POST).action).not.toBe('hide');
  });
});

describe('spam with no post to judge it against (a message, an import without posts)', () => {
  it('queues a pitch that gives only a number to call, with the number as evidence', () => {
    const text =
      'Had your phone 11 months? You are entitled to a new camera phone. Call 08000 123 456';
    const verdict = moderator.classify({ text });
    expect(verdict.flags).toContain('off_topic');
    const reason = verdict.reasons.find((r) => r.category === 'off_topic');
    expect(reason?.evidence.map((e) => e.text)).toContain('08000 123 456');
  });

  it('hides a revenue-sharing number pitched at the reader, with the number as evidence', () => {
    const text = 'Please call 0871 240 2779 immediately, an urgent message is waiting for you';
    const verdict = moderator.classify({ text });
    expect(verdict.action).toBe('hide');
    const reason = verdict.reasons.find((r) => r.category === 'off_topic');
    expect(reason?.label).toMatch(/^spam: /);
    expect(reason?.evidence.map((e) => e.text)).toContain('0871 240 2779');
  });

  it('queues, never hides, a number to call beside a sum, with both as evidence', () => {
    for (const text of [
      'Double mins and 1000 texts for £10. Ring 07700 900461 to upgrade',
      'I owe you 20 dollars, call me on 07946 746291',
    ]) {
      const verdict = moderator.classify({ text });
      expect(verdict.action, text).not.toBe('hide');
      const reason = verdict.reasons.find((r) => r.category === 'off_topic');
      if (reason !== undefined) expect(reason.evidence.length, text).toBeGreaterThan(0);
    }
    const pitch = moderator.classify({
      text: 'Double mins and 1000 texts for £10. Ring 07700 900461 to upgrade',
    });
    expect(pitch.flags).toContain('off_topic');
    expect(
      pitch.reasons.find((r) => r.category === 'off_topic')?.evidence.map((e) => e.text),
    ).toEqual(['£10', '07700 900461']);
  });

  it.each([
    'Hey mum, can you call me back on 07946 746291 when you land',
    'I owe you £20 for the pizza, will pay you tomorrow',
    'Ring me on 0207 946 0958 after 6, the car is fixed',
  ])('leaves a private message with a number or a sum alone: "%s"', (text) => {
    expect(moderator.classify({ text }).flags).not.toContain('off_topic');
  });
});

describe('a comment longer than the classifiers read', () => {
  it('says where classification stopped and queues it for a person', () => {
    const text = 'Thank you for the update. '.repeat(2000);
    const verdict = classify(text);
    expect(verdict.problems).toEqual([
      `classified the first 20,000 of ${text.length.toLocaleString('en-US')} characters: a person must read the rest`,
    ]);
    expect(verdict.action).toBe('queue');
  });
});

describe('signals by kind (scripts/handwritten-signals.ts, as npm run eval reports them)', () => {
  const rate = (sentences: readonly string[], category: 'personal_info' | 'obscenity') =>
    sentences.filter((text) => moderator.classify({ text }).flags.includes(category)).length /
    sentences.length;

  it('finds every kind of personal information at 90% or more, and no date, time or price', () => {
    for (const k of PII_KINDS)
      expect(rate(k.sentences, 'personal_info'), k.kind).toBeGreaterThanOrEqual(0.9);
    expect(rate(NOT_PII, 'personal_info')).toBe(0);
  });

  it('finds every kind of disguised obscenity at 95% or more, and no look-alike', () => {
    for (const k of DISGUISE_KINDS)
      expect(rate(k.sentences, 'obscenity'), k.kind).toBeGreaterThanOrEqual(0.95);
    expect(rate(LOOK_ALIKES, 'obscenity')).toBe(0);
  });
});

describe('off-topic under a department post', () => {
  const POST = 'Road work on Main Street starts Monday; expect delays near the library.';
  it('sends a chain letter to a person, never hides it', () => {
    const verdict = classify(
      'Share this with 10 friends in the next hour or you will have seven years of bad luck!',
      POST,
    );
    expect(verdict.flags).toContain('off_topic');
    expect(verdict.action).toBe('queue');
    expect(verdict.reasons.find((r) => r.category === 'off_topic')?.label).toBe(
      'off-topic: chain letter',
    );
  });

  it('leaves a resident asking others to pass on the closure alone', () => {
    expect(
      classify('Please share this with your neighbours, the road is closed Monday', POST).flags,
    ).not.toContain('off_topic');
  });
});

describe('generic spam under a department post', () => {
  it.each(SPAM_KINDS.map((k) => [k.kind, k] as const))('flags every %s', (_kind, k) => {
    for (const text of k.sentences) {
      expect(classify(text, SPAM_POST).flags, text).toContain('off_topic');
    }
  });

  it('hides at least 60% of them, and names the pitch with its evidence', () => {
    const all = SPAM_KINDS.flatMap((k) => k.sentences);
    const hidden = all.map((t) => classify(t, SPAM_POST)).filter((v) => v.action === 'hide');
    expect(hidden.length / all.length).toBeGreaterThanOrEqual(0.6);
    for (const v of hidden) {
      const reason = v.reasons.find((r) => r.category === 'off_topic');
      expect(reason?.label).toMatch(/^spam: /);
      expect(reason?.evidence.length).toBeGreaterThan(0);
    }
  });

  it('queues a scam that uses a word of the page’s topics, never hides it', () => {
    const v = classify(
      'Text WIN to 80082 for your chance at free concert tickets! Msg&data rates apply.',
      SPAM_POST,
    );
    expect(v.flags).toContain('off_topic');
    expect(v.action).toBe('queue');
  });

  it.each(ON_TOPIC_COMMENTS)('leaves "%s" unflagged', (text) => {
    expect(classify(text, SPAM_POST).flags).toEqual([]);
  });
});

describe('unrelated chatter under a department post', () => {
  it('sends chatter about the writer’s own life to a person, never hides it, with evidence', () => {
    const verdicts = UNRELATED_CHATTER.map((t) => classify(t, SPAM_POST));
    const flagged = verdicts.filter((v) => v.flags.includes('off_topic'));
    expect(flagged.length / verdicts.length).toBeGreaterThanOrEqual(0.75);
    for (const v of flagged) {
      expect(v.action).toBe('queue');
      expect(v.reasons.find((r) => r.category === 'off_topic')?.evidence.length).toBeGreaterThan(0);
    }
  });

  it.each([
    'Happy birthday to the officer who helped my dad last week!',
    'Does anyone know a good way to report a broken streetlight?',
  ])('leaves "%s" alone: it is about the page', (text) => {
    expect(classify(text, SPAM_POST).flags).not.toContain('off_topic');
  });

  it('queues talk of music, sport, food or games under a public post, naming the subject', () => {
    const post = 'Officers will close Elm Street for the water main repair on Tuesday.';
    for (const [text, subject] of [
      ['Their new album drops Friday and every song slaps', 'music'],
      ['The Dodgers pitcher was robbed of a no-hitter last night', 'sport'],
      ['Trying a new sushi recipe tonight, wish me luck', 'food and cooking'],
      ['Stayed up till 3 playing Minecraft with my brother', 'video games'],
    ] as const) {
      const v = moderator.classify({ text, context: { post } });
      expect(v.flags, text).toContain('off_topic');
      expect(v.action, text).toBe('queue');
      const reason = v.reasons.find((r) => r.category === 'off_topic');
      expect(reason?.label, text).toBe(`off-topic: about ${subject}, unrelated to the post`);
      expect(reason?.evidence.length, text).toBeGreaterThan(0);
    }
  });

  it('does not read a critic’s or a witness’s words as another subject', () => {
    const post = 'Officers will close Elm Street for the water main repair on Tuesday.';
    for (const text of [
      'This is not a movie, people could get hurt out there',
      'Another episode of nobody planning ahead',
      'Nails all over the shoulder near the work zone, watch your tires',
      'Stop gaming the overtime on these closures',
    ]) {
      expect(moderator.classify({ text, context: { post } }).flags, text).not.toContain(
        'off_topic',
      );
    }
  });

  it('leaves the same subjects alone under a post about them, or a post that is not public', () => {
    const concert = 'The police band plays its summer concert in the park Friday; bring a chair.';
    const v = moderator.classify({
      text: 'Hope they play my favourite song again',
      context: { post: concert },
    });
    expect(v.flags).toEqual([]);
    const title = 'Summer Vibes - Official Music Video';
    expect(
      moderator.classify({ text: 'This album is their best work', context: { post: title } }).flags,
    ).not.toContain('off_topic');
  });

  it('judges nothing as chatter without the post', () => {
    expect(classify('Happy birthday to my beautiful daughter Kayla!').flags).toEqual([]);
  });
});

describe('spam signals without a post: scam addresses, phishing, income claims, warnings', () => {
  const offTopic = (text: string) =>
    moderator.classify({ text }).reasons.find((r) => r.category === 'off_topic');

  it('hides a sum beside a scam-looking address, with the whole address and the sum as evidence', () => {
    const text = 'Your refund of $318.40 is ready, claim it at tax-refund-portal.info';
    expect(moderator.classify({ text }).action).toBe('hide');
    expect(offTopic(text)?.evidence.map((e) => e.text)).toEqual(
      expect.arrayContaining(['$318.40', 'tax-refund-portal.info']),
    );
  });

  it('hides phishing that sends the reader off the government sites, not to them', () => {
    expect(
      moderator.classify({
        text: 'Your package could not be delivered, reschedule at parcel-track-now.net',
      }).action,
    ).toBe('hide');
    expect(
      moderator.classify({
        text: 'To get outage alerts, verify your account at alerts.cityofexample.gov',
      }).action,
    ).not.toBe('hide');
  });

  it('queues an address that reads like a scam when nothing else is there to hide it on', () => {
    const reason = offTopic('Look what I found lol secure-login-update.net');
    expect(reason?.label).toBe('off-topic: link looks like a scam');
    expect(reason?.evidence.map((e) => e.text)).toEqual(['secure-login-update.net']);
  });

  it('reads a claim of earnings as a money pitch, and a price as a price', () => {
    expect(
      moderator.classify({ text: 'I earn $600 a day from my phone, comment INFO to learn how' })
        .action,
    ).toBe('hide');
    expect(
      moderator.classify({
        text: 'Rent here went up to $1,900 a month, comment INFO if yours did too',
      }).action,
    ).not.toBe('hide');
  });

  it('queues, never hides, something for sale with a way to answer', () => {
    const verdict = moderator.classify({ text: 'Stroller for sale, barely used, $80, message me' });
    expect(verdict.flags).toContain('off_topic');
    expect(verdict.action).not.toBe('hide');
    expect(offTopic('Stroller for sale, barely used, $80, message me')?.label).toBe(
      'off-topic: looks like a sales pitch',
    );
  });

  it.each([
    'Heads up: scammers are texting "you have won a $500 gift card, click here to claim". Do not click it',
    'Is this legit? Someone messaged me saying I won a free iPhone and to reply YES to 44123',
    'There is a fake website, dmv-refund-portal.com, asking for your card details',
  ])('leaves a resident warning of a scam alone, though it quotes one: "%s"', (text) => {
    const verdict = moderator.classify({ text });
    expect(verdict.action).not.toBe('hide');
    expect(verdict.flags).not.toContain('off_topic');
  });

  it('still hides the "recovery expert" who follows a scam', () => {
    expect(
      moderator.classify({
        text: 'I lost $20k to a scam until recovery expert Mr. Cole got my money back, text him on WhatsApp +1 555 202 9911',
      }).action,
    ).toBe('hide');
  });

  it('does not read a promotion phrase across a comma', () => {
    expect(
      moderator.classify({ text: 'We loved the free bike safety check, my kids learned a lot' })
        .flags,
    ).not.toContain('off_topic');
  });
});

describe('chain letters and chatter under a department post (0.6.3)', () => {
  const POST =
    'Officers will be at Jefferson Park on Sunday for a free car seat check. No appointment needed.';
  const underPost = (text: string) => moderator.classify({ text, context: { post: POST } });

  it.each([
    'Forward this to 7 friends before midnight or lose your luck for a year',
    'Instagram is going to start charging for photos, repost this now',
    'Only 3% of people can solve this, share if you can',
    'Comment 4 and see what happens to your name',
    'Every like gives this puppy a meal',
    'My puppy just chewed through my new shoes lol',
    'Looking for a good plumber, my sink is leaking everywhere',
  ])('queues "%s", never hides it', (text) => {
    const verdict = underPost(text);
    expect(verdict.flags).toContain('off_topic');
    expect(verdict.action).toBe('queue');
  });

  it.each([
    'Please share this with everyone you know, the park is a great spot',
    'Is the seat check also for booster seats?',
    'My daughter took her first steps in that park, love it there',
    'Share if you can, a lot of parents do not know about this',
  ])('leaves "%s" alone', (text) => {
    expect(underPost(text).flags).not.toContain('off_topic');
  });
});

describe('local advertising under a department post (0.6.3)', () => {
  const POST =
    'The Westside precinct will hold a town hall on Monday at 6 p.m. to discuss the new parking rules.';
  const underPost = (text: string) => moderator.classify({ text, context: { post: POST } });

  it.each([
    'Roof leaking? Free estimates all week, message me',
    'Grand opening of our bakery Friday, first cupcake on us',
    'Now hiring dishwashers, apply in person at Luigi’s',
    'Vote for my cousin in the karaoke contest please!',
    'Does anybody want to carpool to the airport on Sunday?',
  ])('queues "%s", never hides it', (text) => {
    const verdict = underPost(text);
    expect(verdict.flags).toContain('off_topic');
    expect(verdict.action).toBe('queue');
  });

  it.each([
    'Will the new parking rules apply to Sundays too?',
    'The department is hiring officers, is that on the agenda?',
    'Free estimates of how many tickets they will write, lol',
    'Thanks, I will be there after work',
  ])('leaves "%s" alone', (text) => {
    expect(underPost(text).flags).not.toContain('off_topic');
  });
});

describe('offers residents also write about are never hidden on their words alone (0.6.3)', () => {
  it.each([
    'Book your flu shot at cvs.com before the rush',
    'Grand opening of the new library branch Saturday, details at library.org',
    'Gas is at the lowest price in months at the Shell on 5th, gasbuddy.com',
    'Vote for my daughter’s school in the recycling contest: greenschools.org/vote',
  ])('does not hide "%s"', (text) => {
    expect(moderator.classify({ text }).action).not.toBe('hide');
  });

  it('queues local advertising with a link as local advertising', () => {
    const reason = moderator
      .classify({ text: 'Grand opening Saturday at our salon, book at shinesalon.com' })
      .reasons.find((r) => r.category === 'off_topic');
    expect(reason?.label).toBe('off-topic: looks like local advertising');
  });

  it('still hides a discount code with a shop link', () => {
    expect(
      moderator.classify({ text: 'Mattresses half price, use code SLEEP50 at mattressking.com' })
        .action,
    ).toBe('hide');
  });
});

describe('generic spam without a post, the six handwritten rounds', () => {
  const share = (list: readonly string[], test: (v: ReturnType<typeof classify>) => boolean) =>
    list.filter((t) => test(classify(t))).length / list.length;

  it.each([
    ['round 1', SPAM_ROUND_1, LEGIT_ROUND_1],
    ['round 2', SPAM_ROUND_2, LEGIT_ROUND_2],
    ['round 3', SPAM_ROUND_3, LEGIT_ROUND_3],
    ['round 4', SPAM_ROUND_4, LEGIT_ROUND_4],
  ] as const)(
    '%s: spam flagged and mostly hidden, ordinary comments never hidden',
    (_, spam, legit) => {
      expect(share(spam, (v) => v.flags.includes('off_topic'))).toBeGreaterThanOrEqual(0.9);
      expect(share(spam, (v) => v.action === 'hide')).toBeGreaterThanOrEqual(0.75);
      expect(share(legit, (v) => v.action === 'hide')).toBe(0);
      expect(share(legit, (v) => v.flags.includes('off_topic'))).toBeLessThanOrEqual(0.05);
    },
  );

  it('round 5, new families of spam: most flagged, more than half hidden, ordinary comments never flagged', () => {
    expect(share(SPAM_ROUND_5, (v) => v.flags.includes('off_topic'))).toBeGreaterThanOrEqual(0.8);
    expect(share(SPAM_ROUND_5, (v) => v.action === 'hide')).toBeGreaterThanOrEqual(0.6);
    expect(share(LEGIT_ROUND_5, (v) => v.flags.length > 0)).toBe(0);
  });

  it('round 7: job, rental and charity scams flagged, most hidden; residents reporting them never flagged, a raffle by CashApp never hidden', () => {
    expect(share(SPAM_ROUND_7, (v) => v.flags.includes('off_topic'))).toBeGreaterThanOrEqual(0.9);
    expect(share(SPAM_ROUND_7, (v) => v.action === 'hide')).toBeGreaterThanOrEqual(0.6);
    expect(share(LEGIT_ROUND_7, (v) => v.flags.length > 0)).toBe(0);
    for (const text of LEGIT_AFTER_ROUND_7)
      expect(classify(text, SPAM_POST).action, text).not.toBe('hide');
    // Under the post as well as alone.
    expect(
      SPAM_ROUND_7.filter((t) => classify(t, SPAM_POST).flags.includes('off_topic')).length,
    ).toBe(20);
    expect(
      classify(
        'Help children in need this holiday, donate via CashApp $HopeKids2025, every dollar counts',
      ).action,
    ).toBe('queue');
  });

  it('round 8: most of a new round hidden on first contact; residents with numbers, links and prices never flagged', () => {
    expect(share(SPAM_ROUND_8, (v) => v.flags.includes('off_topic'))).toBeGreaterThanOrEqual(0.9);
    expect(share(SPAM_ROUND_8, (v) => v.action === 'hide')).toBeGreaterThanOrEqual(0.8);
    expect(share(LEGIT_ROUND_8, (v) => v.flags.length > 0)).toBe(0);
    for (const text of LEGIT_ROUND_8) expect(classify(text, SPAM_POST).flags, text).toEqual([]);
    // Tarot by phone is a trade sold to strangers: a person judges it, it is not hidden.
    const tarot = SPAM_ROUND_8.find((t) => t.includes('Tarot')) ?? '';
    expect(classify(tarot).action).toBe('queue');
    expect(classify(tarot).flags).toContain('off_topic');
  });

  it('round 9: a sure model hides under a post too; spelled links, spells and swaps; residents never hidden', () => {
    expect(share(SPAM_ROUND_9, (v) => v.flags.includes('off_topic'))).toBeGreaterThanOrEqual(0.85);
    expect(share(SPAM_ROUND_9, (v) => v.action === 'hide')).toBeGreaterThanOrEqual(0.7);
    const underPost = SPAM_ROUND_9.map((t) => classify(t, SPAM_POST));
    expect(underPost.filter((v) => v.flags.includes('off_topic')).length).toBeGreaterThanOrEqual(
      38,
    );
    expect(underPost.filter((v) => v.action === 'hide').length).toBeGreaterThanOrEqual(28);
    for (const text of LEGIT_ROUND_9) {
      expect(classify(text).action, text).not.toBe('hide');
      expect(classify(text, SPAM_POST).action, text).not.toBe('hide');
    }
    expect(share(LEGIT_ROUND_9, (v) => v.flags.includes('off_topic'))).toBe(0);
    // A link spelled out is a link beside a pitch, and only there.
    expect(classify('Get 500 Instagram followers for $5, visit growfast dot net').action).toBe(
      'hide',
    );
    expect(classify('You can find the form at springfieldpd dot org under records').flags).toEqual(
      [],
    );
    // Follow-back alone is no hide: "FOLLOW ME AND I WILL FOLLOW BACK" beside a political view.
    expect(
      classify('Conservatives must stand united! Follow me and I will follow back').action,
    ).not.toBe('hide');
    // A giveaway by a resident or the department is not a prize scam.
    expect(
      classify(
        'The fire department is giving away free smoke detectors, details at springfieldfd.org',
      ).action,
    ).not.toBe('hide');
  });

  it('rounds 11 and 12 (0.7.2): generic spam flagged, most of it hidden; residents in the same words never flagged', () => {
    expect(share(SPAM_ROUND_11, (v) => v.flags.includes('off_topic'))).toBe(1);
    expect(share(SPAM_ROUND_11, (v) => v.action === 'hide')).toBeGreaterThanOrEqual(0.75);
    expect(share(LEGIT_ROUND_11, (v) => v.flags.includes('off_topic'))).toBe(0);
    expect(share(LEGIT_ROUND_11, (v) => v.action === 'hide')).toBe(0);
    expect(share(SPAM_ROUND_12, (v) => v.flags.includes('off_topic'))).toBeGreaterThanOrEqual(0.9);
    expect(share(LEGIT_ROUND_12, (v) => v.flags.length > 0)).toBe(0);
    // A civic sign-up with few places left is not an income pitch.
    expect(
      classify('There are only 5 spots left for the citizens academy, sign up at the city website.')
        .flags,
    ).toEqual([]);
  });

  it('rounds 13 and 14 (0.7.3): new kinds of spam flagged and hidden; residents in the same words never flagged', () => {
    expect(share(SPAM_ROUND_13, (v) => v.flags.includes('off_topic'))).toBe(1);
    expect(share(SPAM_ROUND_13, (v) => v.action === 'hide')).toBeGreaterThanOrEqual(0.9);
    expect(share(LEGIT_ROUND_13, (v) => v.flags.length > 0)).toBe(0);
    // Kept blind: the first-contact figures are the floor.
    expect(share(SPAM_ROUND_14, (v) => v.flags.includes('off_topic'))).toBeGreaterThanOrEqual(
      8 / 15,
    );
    expect(share(SPAM_ROUND_14, (v) => v.action === 'hide')).toBeGreaterThanOrEqual(7 / 15);
    expect(share(LEGIT_ROUND_14, (v) => v.flags.length > 0)).toBe(0);
    // Round 15 (0.7.4): every kind flagged, half hidden; residents in the same words never.
    expect(share(SPAM_ROUND_15, (v) => v.flags.includes('off_topic'))).toBe(1);
    expect(share(SPAM_ROUND_15, (v) => v.action === 'hide')).toBeGreaterThanOrEqual(0.5);
    expect(share(LEGIT_ROUND_15, (v) => v.flags.length > 0)).toBe(0);
    // Round 16, kept blind: the first-contact figures are the floor and the ceiling.
    expect(share(SPAM_ROUND_16, (v) => v.flags.includes('off_topic'))).toBeGreaterThanOrEqual(
      10 / 15,
    );
    expect(share(SPAM_ROUND_16, (v) => v.action === 'hide')).toBeGreaterThanOrEqual(9 / 15);
    expect(share(LEGIT_ROUND_16, (v) => v.flags.length > 0)).toBeLessThanOrEqual(1 / 8);
    expect(share(LEGIT_ROUND_16, (v) => v.action === 'hide')).toBe(0);
    // Round 17 (0.7.5): every kind flagged, most hidden; residents in the same words at most
    // queued once.
    expect(share(SPAM_ROUND_17, (v) => v.flags.includes('off_topic'))).toBe(1);
    expect(share(SPAM_ROUND_17, (v) => v.action === 'hide')).toBeGreaterThanOrEqual(17 / 20);
    expect(share(LEGIT_ROUND_17, (v) => v.flags.length > 0)).toBeLessThanOrEqual(1 / 20);
    expect(share(LEGIT_ROUND_17, (v) => v.action === 'hide')).toBe(0);
    // Round 18, kept blind: the first-contact figures are the floor and the ceiling.
    expect(share(SPAM_ROUND_18, (v) => v.flags.includes('off_topic'))).toBeGreaterThanOrEqual(
      10 / 15,
    );
    expect(share(SPAM_ROUND_18, (v) => v.action === 'hide')).toBeGreaterThanOrEqual(8 / 15);
    expect(share(LEGIT_ROUND_18, (v) => v.flags.length > 0)).toBe(0);
    // Round 19 (0.7.6): 16 flagged and 12 hidden on first contact; 19 and 19 after its change.
    expect(share(SPAM_ROUND_19, (v) => v.flags.includes('off_topic'))).toBeGreaterThanOrEqual(
      19 / 20,
    );
    expect(share(SPAM_ROUND_19, (v) => v.action === 'hide')).toBeGreaterThanOrEqual(19 / 20);
    expect(share(LEGIT_ROUND_19, (v) => v.flags.length > 0)).toBe(0);
    for (const post of [undefined, SPAM_POST])
      for (const text of LEGIT_AFTER_ROUND_19)
        expect(classify(text, post).action, `${text} under ${post ?? 'no post'}`).not.toBe('hide');
    // Round 20, kept blind: the first-contact figures are the floor and the ceiling.
    expect(share(SPAM_ROUND_20, (v) => v.flags.includes('off_topic'))).toBeGreaterThanOrEqual(
      8 / 15,
    );
    expect(share(SPAM_ROUND_20, (v) => v.action === 'hide')).toBeGreaterThanOrEqual(5 / 15);
    expect(share(LEGIT_ROUND_20, (v) => v.flags.length > 0)).toBe(0);
    // Round 21 (0.7.10): 18 flagged and 15 hidden on first contact; 20 and 18 after its change.
    expect(share(SPAM_ROUND_21, (v) => v.flags.includes('off_topic'))).toBe(1);
    expect(share(SPAM_ROUND_21, (v) => v.action === 'hide')).toBeGreaterThanOrEqual(18 / 20);
    expect(share(LEGIT_ROUND_21, (v) => v.flags.includes('off_topic'))).toBe(0);
    expect(share(LEGIT_ROUND_21, (v) => v.action === 'hide')).toBe(0);
    for (const text of LEGIT_AFTER_ROUND_21) {
      expect(classify(text).flags, text).not.toContain('off_topic');
      expect(classify(text).action, text).not.toBe('hide');
    }
    // Round 22, kept blind: the first-contact figures are the floor and the ceiling.
    expect(share(SPAM_ROUND_22, (v) => v.flags.includes('off_topic'))).toBeGreaterThanOrEqual(
      12 / 15,
    );
    expect(share(SPAM_ROUND_22, (v) => v.action === 'hide')).toBeGreaterThanOrEqual(8 / 15);
    expect(share(LEGIT_ROUND_22, (v) => v.flags.length > 0)).toBe(0);
    // Round 23 (0.7.11): 15 flagged and 11 hidden on first contact; 20 and 19 after its change.
    expect(share(SPAM_ROUND_23, (v) => v.flags.includes('off_topic'))).toBe(1);
    expect(share(SPAM_ROUND_23, (v) => v.action === 'hide')).toBeGreaterThanOrEqual(19 / 20);
    expect(share(LEGIT_ROUND_23, (v) => v.flags.length > 0)).toBe(0);
    for (const text of LEGIT_AFTER_ROUND_23) {
      expect(classify(text).flags, text).not.toContain('off_topic');
      expect(classify(text).action, text).not.toBe('hide');
    }
    // Round 24, kept blind: the first-contact figures are the floor and the ceiling.
    expect(share(SPAM_ROUND_24, (v) => v.flags.includes('off_topic'))).toBeGreaterThanOrEqual(
      6 / 10,
    );
    expect(share(SPAM_ROUND_24, (v) => v.action === 'hide')).toBeGreaterThanOrEqual(4 / 10);
    expect(share(LEGIT_ROUND_24, (v) => v.flags.length > 0)).toBe(0);
    // Round 25 (0.7.14): 20 flagged and 14 hidden on first contact; 17 hidden after its change
    // (a resident's car, console and firewood for sale stay with a person).
    expect(share(SPAM_ROUND_25, (v) => v.flags.includes('off_topic'))).toBe(1);
    expect(share(SPAM_ROUND_25, (v) => v.action === 'hide')).toBeGreaterThanOrEqual(17 / 20);
    expect(share(LEGIT_ROUND_25, (v) => v.flags.length > 0)).toBe(0);
    // Round 26, kept blind: the first-contact figures are the floor and the ceiling.
    expect(share(SPAM_ROUND_26, (v) => v.flags.includes('off_topic'))).toBeGreaterThanOrEqual(
      7 / 10,
    );
    expect(share(SPAM_ROUND_26, (v) => v.action === 'hide')).toBeGreaterThanOrEqual(6 / 10);
    expect(share(LEGIT_ROUND_26, (v) => v.flags.length > 0)).toBeLessThanOrEqual(1 / 10);
    expect(share(LEGIT_ROUND_26, (v) => v.action === 'hide')).toBe(0);
    // Round 27 (0.7.18), kept blind: the same.
    expect(share(SPAM_ROUND_27, (v) => v.flags.includes('off_topic'))).toBeGreaterThanOrEqual(
      9 / 10,
    );
    expect(share(SPAM_ROUND_27, (v) => v.action === 'hide')).toBeGreaterThanOrEqual(6 / 10);
    expect(share(LEGIT_ROUND_27, (v) => v.flags.length > 0)).toBeLessThanOrEqual(3 / 10);
    expect(share(LEGIT_ROUND_27, (v) => v.action === 'hide')).toBe(0);
    // Round 28 (0.7.19), kept blind: the same; none of its residents' comments is off-topic.
    expect(share(SPAM_ROUND_28, (v) => v.flags.includes('off_topic'))).toBe(1);
    expect(share(SPAM_ROUND_28, (v) => v.action === 'hide')).toBeGreaterThanOrEqual(6 / 10);
    expect(share(LEGIT_ROUND_28, (v) => v.flags.includes('off_topic'))).toBe(0);
    expect(share(LEGIT_ROUND_28, (v) => v.flags.length > 0)).toBeLessThanOrEqual(1 / 10);
    expect(share(LEGIT_ROUND_28, (v) => v.action === 'hide')).toBe(0);
    // Residents asking about a crypto scheme or telling of one are not selling it (0.7.14).
    for (const text of [
      "Is the new Binance listing for that token legit? My nephew says liquidity locked means it's safe and it's about to 100x.",
      'My son lost money in a presale that promised 1000x and a Binance listing. Can you investigate?',
      'My uncle keeps texting me about a bitcoin doubling program and a presale that will 100x, how do I get him to stop?',
    ]) {
      expect(classify(text).action, text).not.toBe('hide');
    }
    // A wallet to send to is hidden, with its address as evidence; a resident asking about one
    // is not.
    const wallet = classify(
      'Donate to the shelter fund: send BTC to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT',
    );
    expect(wallet.action).toBe('hide');
    expect(wallet.reasons.flatMap((r) => r.evidence.map((e) => e.text))).toContain(
      '1BoatSLRHtKNngkdXEeobR76b53LETtpyT',
    );
    expect(
      classify(
        'A man at the door asked me to send bitcoin to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT for my grandson, is this a scam?',
      ).action,
    ).not.toBe('hide');
    expect(
      classify(
        'My old Facebook business account has been locked, message me at my new one facebook.com/jane.doe.2',
      ).action,
    ).not.toBe('hide');
    // A resident's own account, locked: not the phisher's "your account has been locked".
    expect(
      classify(
        'My Facebook account has been locked, message me at my new one facebook.com/jane.doe.2',
      ).action,
    ).not.toBe('hide');
    // A page's closure threatened, with a link, is hidden; a resident warning of it is not.
    expect(
      classify(
        'Your page has violated our community standards and will be disabled in 24 hours. Appeal here: meta-support-review.com/appeal',
      ).action,
    ).toBe('hide');
    expect(
      classify(
        "Someone commented that our page will be disabled and to appeal at a link. Scam alert, don't click it!",
      ).flags,
    ).toEqual([]);
  });

  it('round 10: paid surveys, romance openers, hackers for hire and keto gummies; residents in the same words never flagged', () => {
    expect(share(SPAM_ROUND_10, (v) => v.flags.includes('off_topic'))).toBeGreaterThanOrEqual(0.9);
    expect(share(SPAM_ROUND_10, (v) => v.action === 'hide')).toBeGreaterThanOrEqual(0.75);
    expect(share(LEGIT_ROUND_10, (v) => v.flags.length > 0)).toBe(0);
    // Naming a government, one scam phrase with a link is queued for a person, never hidden;
    // since 0.7.6, two of them and a way to act on them (a stimulus check "with your SSN" at a
    // site that is not the government's) are hidden, and an official address still is not.
    const stimulus = SPAM_ROUND_10.find((t) => t.includes('stimulus')) ?? '';
    expect(classify(stimulus).action).toBe('hide');
    expect(classify('Government stimulus check available, apply now at irs.gov').action).not.toBe(
      'hide',
    );
    expect(
      classify('The city got a government grant for the park that we never have to pay back!')
        .action,
    ).not.toBe('hide');
  });

  it('round 6: the robocall, the 419 letter and the coin pump hidden; warnings quoting them never flagged', () => {
    expect(share(SPAM_ROUND_6, (v) => v.flags.includes('off_topic'))).toBe(1);
    expect(share(SPAM_ROUND_6, (v) => v.action === 'hide')).toBeGreaterThanOrEqual(0.85);
    expect(share(LEGIT_ROUND_6, (v) => v.flags.length > 0)).toBe(0);
    // A sale by a resident, with no link or number to answer: a person judges it.
    expect(
      classify(
        'Brand new PS5 bundle still in box, $300 cash, pick up downtown, serious buyers only',
      ).action,
    ).toBe('queue');
  });

  it("never hides a resident's own message with a number in it (found in review of round 6)", () => {
    for (const text of RESIDENTS_WITH_NUMBERS_6)
      expect(classify(text).action, text).not.toBe('hide');
  });

  it('reads a role address as an office, not as personal information', () => {
    expect(classify('forwarded it to reportphishing@apwg.org like your post said').flags).toEqual(
      [],
    );
    expect(classify('write to john.doe@gmail.com about it').flags).toContain('personal_info');
  });

  it('hides the scam that follows a scam, written to its victims, and reads an e-mail as a contact', () => {
    const v = classify(
      'Lost money to a fake investment? Funds recovery expert, write to agent.tom@fastmail.com',
    );
    expect(v.action).toBe('hide');
    expect(
      classify('Email me at dana.k@gmail.com if you found a grey cat near Elm St').action,
    ).not.toBe('hide');
  });

  it('reads a phone number written with parentheses, and not an IP address', () => {
    const v = classify('Selling my iPhone 14, barely used, $300, WhatsApp +1 (312) 555-0147');
    expect(v.action).toBe('hide');
    expect(classify('Fine by me. 67.170.215.166').flags).toEqual([]);
  });
});

describe('Spanish generic spam', () => {
  it('is flagged and mostly hidden', () => {
    const verdicts = SPANISH_SPAM_ROUND.map((t) => classify(t));
    expect(verdicts.filter((v) => v.flags.includes('off_topic')).length).toBe(
      SPANISH_SPAM_ROUND.length,
    );
    expect(verdicts.filter((v) => v.action === 'hide').length).toBeGreaterThanOrEqual(8);
  });

  it('round 2: mostly flagged and hidden, ordinary comments never flagged', () => {
    const verdicts = SPANISH_SPAM_ROUND_2.map((t) => classify(t));
    expect(verdicts.filter((v) => v.flags.includes('off_topic')).length).toBeGreaterThanOrEqual(9);
    expect(verdicts.filter((v) => v.action === 'hide').length).toBeGreaterThanOrEqual(8);
    for (const text of SPANISH_LEGIT_ROUND_2) expect(classify(text).flags, text).toEqual([]);
  });

  it('round 5 (0.7.8): all but one flagged, most hidden, residents never flagged', () => {
    const verdicts = SPANISH_SPAM_ROUND_5.map((t) => classify(t));
    expect(verdicts.filter((v) => v.flags.includes('off_topic')).length).toBe(14);
    expect(verdicts.filter((v) => v.action === 'hide').length).toBeGreaterThanOrEqual(9);
    for (const text of SPANISH_LEGIT_ROUND_5) expect(classify(text).flags, text).toEqual([]);
  });

  it.each([
    // Residents' and the department's notices in the words of spam, with a number to call.
    'Responde si viste algo, la policía busca testigos del choque en la avenida Juárez, llama al 81 1234 5678.',
    'Quedan lugares disponibles para el curso de manejo defensivo, informes al 55 2222 3333.',
    'La entrada del mercado ha sido bloqueada por la obra, pregunten al 55 1111 2222.',
    'Encontramos una cartera en el parque, reclámala en la estación con tu identificación, tel 33 4444 5555.',
  ])('never hides the Spanish notice "%s"', (text) => {
    expect(classify(text).action).not.toBe('hide');
  });

  it('round 6 (0.7.8, blind): as measured once, nothing of the residents flagged', () => {
    const verdicts = SPANISH_SPAM_ROUND_6.map((t) => classify(t));
    expect(verdicts.filter((v) => v.flags.includes('off_topic')).length).toBeGreaterThanOrEqual(3);
    for (const text of SPANISH_LEGIT_ROUND_6) expect(classify(text).flags, text).toEqual([]);
  });

  it('round 4 (0.7.2): all flagged, most hidden, residents in the same words never flagged', () => {
    const verdicts = SPANISH_SPAM_ROUND_4.map((t) => classify(t));
    expect(verdicts.filter((v) => v.flags.includes('off_topic')).length).toBe(10);
    expect(verdicts.filter((v) => v.action === 'hide').length).toBeGreaterThanOrEqual(8);
    for (const text of SPANISH_LEGIT_ROUND_4) expect(classify(text).flags, text).toEqual([]);
  });

  it('round 3: all flagged, most hidden, the scam warnings beside them never flagged', () => {
    const verdicts = SPANISH_SPAM_ROUND_3.map((t) => classify(t));
    expect(verdicts.filter((v) => v.flags.includes('off_topic')).length).toBe(10);
    expect(verdicts.filter((v) => v.action === 'hide').length).toBeGreaterThanOrEqual(8);
    for (const text of SPANISH_LEGIT_ROUND_3) expect(classify(text).flags, text).toEqual([]);
  });

  it('leaves Spanish questions about fines, raffles and lost items alone', () => {
    for (const text of [
      '¿Dónde puedo pagar la multa en línea? El enlace no sirve',
      'Gané la rifa de la escuela, ¡gracias a los organizadores!',
      'Perdí mi cartera cerca del mercado, si alguien la encuentra escríbame por inbox',
    ]) {
      expect(classify(text).action).not.toBe('hide');
    }
  });
});

describe('leisure chatter rounds 5 to 7, and on-topic comments that name leisure subjects', () => {
  const flagged = (list: readonly string[], post: string) =>
    list.filter((t) => classify(t, post).flags.includes('off_topic')).length;

  it('flags about half the chatter and at most one on-topic comment per round', () => {
    expect(flagged(CHATTER_BLIND_5, CHATTER_BLIND_POST_5)).toBeGreaterThanOrEqual(6);
    expect(flagged(CHATTER_BLIND_6, CHATTER_BLIND_POST_6)).toBeGreaterThanOrEqual(6);
    expect(flagged(ON_TOPIC_BLIND_5, CHATTER_BLIND_POST_5)).toBeLessThanOrEqual(1);
    expect(flagged(ON_TOPIC_BLIND_6, CHATTER_BLIND_POST_6)).toBe(0);
    expect(flagged(CHATTER_BLIND_7, CHATTER_BLIND_POST_7)).toBeGreaterThanOrEqual(4);
    expect(flagged(ON_TOPIC_BLIND_7, CHATTER_BLIND_POST_7)).toBe(0);
    expect(flagged(CHATTER_BLIND_8, CHATTER_BLIND_POST_8)).toBeGreaterThanOrEqual(8);
    expect(flagged(ON_TOPIC_BLIND_8, CHATTER_BLIND_POST_8)).toBe(0);
    expect(flagged(CHATTER_BLIND_9, CHATTER_BLIND_POST_9)).toBeGreaterThanOrEqual(10);
    expect(flagged(ON_TOPIC_BLIND_9, CHATTER_BLIND_POST_9)).toBe(0);
    expect(flagged(CHATTER_BLIND_10, CHATTER_BLIND_POST_10)).toBeGreaterThanOrEqual(11);
    expect(flagged(CHATTER_BLIND_11, CHATTER_BLIND_POST_11)).toBeGreaterThanOrEqual(3);
    expect(flagged(ON_TOPIC_BLIND_11, CHATTER_BLIND_POST_11)).toBe(0);
    expect(flagged(ON_TOPIC_BLIND_10, CHATTER_BLIND_POST_10)).toBe(0);
    expect(flagged(CHATTER_BLIND_12, CHATTER_BLIND_POST_12)).toBeGreaterThanOrEqual(9);
    expect(flagged(ON_TOPIC_BLIND_12, CHATTER_BLIND_POST_12)).toBe(0);
    expect(flagged(ON_TOPIC_BLIND_13, CHATTER_BLIND_POST_13)).toBe(0);
    expect(flagged(CHATTER_BLIND_14, CHATTER_BLIND_POST_14)).toBeGreaterThanOrEqual(18);
    expect(flagged(ON_TOPIC_BLIND_14, CHATTER_BLIND_POST_14)).toBe(0);
    expect(flagged(CHATTER_BLIND_15, CHATTER_BLIND_POST_15)).toBeGreaterThanOrEqual(17);
    expect(flagged(ON_TOPIC_BLIND_15, CHATTER_BLIND_POST_15)).toBe(0);
    expect(flagged(CHATTER_BLIND_16, CHATTER_BLIND_POST_16)).toBeGreaterThanOrEqual(17);
    expect(flagged(ON_TOPIC_BLIND_16, CHATTER_BLIND_POST_16)).toBe(0);
    expect(flagged(CHATTER_BLIND_17, CHATTER_BLIND_POST_17)).toBeGreaterThanOrEqual(7);
    expect(flagged(ON_TOPIC_BLIND_17, CHATTER_BLIND_POST_17)).toBe(0);
  });

  it('reads thanks and good wishes as answering the page, and criticism in the same words as criticism', () => {
    expect(
      classify('Stay safe out there, thank you for your service', CHATTER_BLIND_POST_14).flags,
    ).toEqual([]);
    for (const text of CRITICISM_UNDER_POST_14) {
      expect(classify(text, CHATTER_BLIND_POST_14).flags, text).toEqual([]);
    }
    // A plug that thanks in advance is still a plug.
    expect(
      classify('Please become my first subscriber. Thank you.', CHATTER_BLIND_POST_14).flags,
    ).toContain('off_topic');
  });

  it('never calls harsh criticism of the department off-topic, in words that name neither the post nor the police', () => {
    for (const text of CRITICISM_UNDER_POST_13) {
      expect(classify(text, CHATTER_BLIND_POST_13).flags, text).not.toContain('off_topic');
    }
  });

  it('flags at most one on-topic comment that names a guitar, a cookbook or a cruise', () => {
    const wrong = ON_TOPIC_WITH_SUBJECT_WORDS.filter(([post, text]) =>
      classify(text, post).flags.includes('off_topic'),
    );
    expect(wrong.length).toBeLessThanOrEqual(1);
  });
});

describe('personal information, round 2', () => {
  it('finds every identifier and none of the other numbers', () => {
    for (const text of PII_ROUND_2) expect(classify(text).flags, text).toContain('personal_info');
    for (const text of NOT_PII_ROUND_2) {
      expect(classify(text).flags, text).not.toContain('personal_info');
    }
  });

  it('finds round 3, flags none of its dates and case numbers, and hides none of it as spam', () => {
    for (const text of PII_ROUND_3) {
      const verdict = classify(text);
      expect(verdict.flags, text).toContain('personal_info');
      expect(
        verdict.reasons.some((r) => r.label.startsWith('spam')),
        text,
      ).toBe(false);
    }
    for (const text of NOT_PII_ROUND_3) expect(classify(text).flags, text).toEqual([]);
  });

  it('round 4: card, bank, passport, licence and national numbers of four countries; never dates, fines or case numbers', () => {
    for (const text of PII_ROUND_4) expect(classify(text).flags, text).toContain('personal_info');
    for (const text of NOT_PII_ROUND_4) expect(classify(text).flags, text).toEqual([]);
  });

  it('still reads a home address given near a public place as personal', () => {
    expect(classify('He lives at 22 Birch Lane, near the library').flags).toContain(
      'personal_info',
    );
  });
});

describe('creative obscenity, round 2', () => {
  it('flags the spellings of listed words and none of the look-alikes', () => {
    const flagged = OBSCENITY_ROUND_2.filter((t) => obscene(t));
    expect(flagged.length).toBeGreaterThanOrEqual(14);
    for (const text of LOOK_ALIKES_ROUND_2) expect(obscene(text), text).toBe(false);
  });

  it('reads "sht" as the word with its vowel dropped, but not "shtetl"', () => {
    expect(obscene('what a piece of sht')).toBe(true);
    expect(obscene('The shtetl exhibit opens Monday')).toBe(false);
  });
});

describe('obscenity with its vowels dropped, round 7 (0.7.17)', () => {
  it('reads "btch", "pssy", "bllsht" as the words, and no abbreviation as one', () => {
    // ("bastrd" reads as "bastard", a mild word: flagged only as mild words are.)
    for (const text of ['stop being a btch', 'what a pssy', 'this is bllsht', 'you dckhead']) {
      expect(obscene(text), text).toBe(true);
    }
    // Other words a vowel or two away, and short words that keep a vowel.
    for (const text of [
      'Botch the job and the butch haircut',
      'The shool bus was late',
      'Whrs the meeting tonight?',
      'Salts and slts for the road',
      'no estas en tu casa... psis',
    ]) {
      expect(obscene(text), text).toBe(false);
    }
    const flagged = OBSCENITY_ROUND_7.filter((t) => obscene(t));
    expect(flagged.length).toBeGreaterThanOrEqual(100);
    for (const text of LOOK_ALIKES_ROUND_7) expect(obscene(text), text).toBe(false);
    expect(OBSCENITY_BLIND_316.filter((t) => obscene(t)).length).toBeGreaterThanOrEqual(5);
    for (const text of LOOK_ALIKES_BLIND_316) expect(obscene(text), text).toBe(false);
  });
});

describe('creative obscenity, round 6 (0.7.5)', () => {
  it('flags all but the mild words and the euphemism, and none of the look-alikes', () => {
    expect(OBSCENITY_ROUND_6.filter((t) => !obscene(t))).toEqual([
      'stfu nobody asked',
      'dumbazz drivers everywhere',
      'kiss my @ss',
      "this town is f'd up",
      'what a b@stard',
    ]);
    for (const text of LOOK_ALIKES_ROUND_6) expect(classify(text).flags, text).toEqual([]);
  });

  it('reads the abbreviations of the strong word as the word', () => {
    for (const text of ["mf'er cut me off on main street", 'mfer you better move']) {
      expect(classify(text).flags, text).toContain('obscenity');
    }
    // "MF" alone is a format, a grade, a frequency: left alone.
    expect(classify('Shot on MF film, printed at the library').flags).toEqual([]);
  });
});

describe('creative obscenity, round 5 (0.7.2)', () => {
  it('flags all but the dropped-vowel "cnt", and none of the look-alikes', () => {
    expect(OBSCENITY_ROUND_5.filter((t) => !obscene(t))).toEqual(['you dumb cnt']);
    for (const text of LOOK_ALIKES_ROUND_5) expect(classify(text).flags, text).toEqual([]);
  });
});

describe('creative obscenity, round 4', () => {
  it('flags all but the euphemism, the mild acronym and the mild insult, and none of the look-alikes', () => {
    expect(OBSCENITY_ROUND_4.filter((t) => obscene(t)).length).toBeGreaterThanOrEqual(17);
    expect(OBSCENITY_ROUND_4.filter((t) => obscene(t))).not.toContain(
      'eff this, the permit office is closed again',
    );
    expect(obscene('\u202Ekcuf siht\u202C')).toBe(true);
    for (const text of LOOK_ALIKES_ROUND_4) expect(classify(text).flags, text).toEqual([]);
  });
});

describe('creative obscenity, round 3', () => {
  it('flags every spelling, as obscenity all but the mild ones, and none of the look-alikes', () => {
    expect(OBSCENITY_ROUND_3.filter((t) => classify(t).flags.length === 0)).toEqual([]);
    expect(OBSCENITY_ROUND_3.filter((t) => obscene(t)).length).toBeGreaterThanOrEqual(18);
    for (const text of LOOK_ALIKES_ROUND_3) expect(classify(text).flags, text).toEqual([]);
  });
});

describe('spam under a department post, round 4', () => {
  it('flags nearly all of it, hides most, and leaves on-topic talk of money alone', () => {
    const verdicts = SPAM_UNDER_POST_4.map((t) => classify(t, SPAM_POST_4));
    expect(verdicts.filter((v) => v.flags.length > 0).length).toBeGreaterThanOrEqual(14);
    expect(verdicts.filter((v) => v.action === 'hide').length).toBeGreaterThanOrEqual(12);
    for (const text of ON_TOPIC_WITH_MONEY_4)
      expect(classify(text, SPAM_POST_4).flags, text).toEqual([]);
  });
});

describe('a resident sharing with their followers or about their children is no pitch (0.7.3)', () => {
  it.each([
    'My two cute girls loved the demo, pics at myphotos.com/abc',
    'Shared this to my followers https://youtube.com/watch?v=abc',
  ])('leaves "%s" up', (text) => {
    expect(classify(text).action).not.toBe('hide');
  });
});
