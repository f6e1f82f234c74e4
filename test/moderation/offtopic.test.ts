/**
 * J.3 off-topic. Sentences written for these tests; none comes from a dataset.
 */
import { describe, expect, it } from 'vitest';
import { createModerator, type ClassifyInput } from '../../moderation/index.js';
import { createOffTopicClassifier, offTopicClassifier } from '../../moderation/offtopic.js';
import type { LinearModel } from '../../moderation/model/linear.js';
import type { FeatureSpec } from '../../moderation/model/features.js';
import { prepareText } from '../../moderation/normalize.js';

const moderator = createModerator();
const POST =
  'Main Street is closed between 4th and 6th after a crash this morning. Please use Oak Avenue.';

function verdict(text: string, context: ClassifyInput['context'] = { post: POST }) {
  return moderator.classify({ text, context });
}

describe('off-topic: unmistakable spam is hidden', () => {
  const spam = [
    'Check out my channel!! subscribe http://bit.ly/x',
    'Earn $500 a day working from home! WhatsApp +1 555 123 4567',
    'I made $3000 this week trading bitcoin with an expert, DM me to learn how',
    'Giveaway! Win a free iPhone, click the link in bio',
    'Please subscribe to my YouTube channel, I post new videos every week',
    'Hot singles in your area tonight, best price, order now at www.meetnow.xyz',
  ];
  for (const text of spam) {
    it(`hides "${text}"`, () => {
      const v = verdict(text);
      expect(v.flags).toContain('off_topic');
      expect(v.action).toBe('hide');
      const reason = v.reasons.find((r) => r.category === 'off_topic');
      expect(reason?.label).toMatch(/^spam: /);
      expect(reason?.clause).toBe('J.3 off-topic');
      for (const e of reason?.evidence ?? []) expect(text.slice(e.start, e.end)).toBe(e.text);
    });
  }

  it('hides spam without a post too, and shows the link as evidence', () => {
    const text = 'Check out my channel!! subscribe http://bit.ly/x';
    const v = verdict(text, {});
    expect(v.action).toBe('hide');
    const evidence = v.reasons.find((r) => r.category === 'off_topic')?.evidence ?? [];
    expect(evidence.map((e) => e.text)).toContain('http://bit.ly/x');
  });

  it('marks for hiding only with a promotion rule or phrase behind the score', () => {
    const text = 'https://example.org/a/b/c';
    const [signal] = offTopicClassifier.classify(
      { text, context: { post: POST } },
      prepareText(text),
    );
    expect(signal?.autoHide).toBe(false);
  });
});

describe('off-topic: comments about the page, the post or the conversation are on topic', () => {
  const onTopic = [
    'The cops in this town are corrupt thugs and the chief is a liar',
    'defund this useless department',
    'Is Oak Avenue open both ways?',
    'Thank you officers for your service!',
    'Praying for everyone hurt in the crash',
    'Here is the news story https://news.example.com/2024/police-crash-main-street',
    'How much did the new patrol cars cost taxpayers? $2 million?',
    'The city should invest more in crosswalks instead',
    'You guys suck',
    'You should be ashamed of yourselves',
    'Please come to the city council meeting tonight, agenda at www.springfield.gov',
  ];
  for (const text of onTopic) {
    it(`does not flag "${text}"`, () => {
      const v = verdict(text);
      expect(v.flags).not.toContain('off_topic');
      expect(v.action).not.toBe('hide');
    });
  }

  it('does not call a reply unrelated because it does not repeat the post', () => {
    const v = verdict('Thank you for sharing your story', {
      post: POST,
      parent: 'My brother was in that crash.',
    });
    expect(v.flags).not.toContain('off_topic');
  });

  it('does not judge chatter as unrelated without the post', () => {
    expect(verdict('Anyone know a good pizza place around here?', {}).flags).toEqual([]);
  });
});

describe('money news is not spam', () => {
  it.each([
    'Record profits again: the company made $2 billion this year https://news.example.com/profits',
    'The state announced a $1.5 billion investment in new jobs https://example.org/investment',
  ])('never hides "%s"', (text) => {
    expect(verdict(text).action).not.toBe('hide');
  });

  it('still hides an investment pitch that asks to be contacted', () => {
    const v = verdict(
      'Make 5000 dollars a week with bitcoin investment, DM me on WhatsApp +1 555 123 4567',
    );
    expect(v.action).toBe('hide');
    expect(v.reasons[0]?.label).toMatch(/^spam/);
  });
});

describe('leisure chatter under a department post, by subject (0.6.4)', () => {
  const moderator = createModerator();
  const offTopic = (text: string, post: string) =>
    moderator.classify({ text, context: { post } }).flags.includes('off_topic');
  const post =
    'The police department will host a free car seat check on Saturday at the Westside fire station.';

  it('flags a comment with two words of one subject that names nothing of the page', () => {
    expect(offTopic('Tried a new risotto recipe with saffron and parmesan cheese', post)).toBe(
      true,
    );
    expect(offTopic('Booked a cruise with sightseeing stops in Nassau!', post)).toBe(true);
    expect(offTopic('My crochet group is knitting hats for a craft fair', post)).toBe(true);
  });

  it('needs two words of a subject: one could be anything', () => {
    expect(offTopic('I will come after my yoga class, around noon', post)).toBe(false);
  });

  it('leaves reports and answers alone whatever they name', () => {
    const burglary = 'Burglary alert: homes on Birch Lane were broken into on Tuesday.';
    expect(offTopic('They took my guitar and my signed album collection', burglary)).toBe(false);
    expect(offTopic('Congratulations! Enjoy the cruise and the sightseeing', post)).toBe(false);
    expect(offTopic('The yoga and cardio music from the gym is loud until midnight', post)).toBe(
      false,
    );
  });
});

describe('off-topic: channel swaps and the share button (0.7.0)', () => {
  it('hides a subscription swap with a link, whatever the post', () => {
    const v = verdict('Subscribe to my channel and I will subscribe back! youtube.com/c/xyzbeats');
    expect(v.action).toBe('hide');
    expect(v.reasons.find((r) => r.category === 'off_topic')?.label).toMatch(/^spam: channel/);
  });

  it("queues the share button's words under an unrelated post, and never hides them", () => {
    const v = verdict('Check out this video on YouTube: https://youtu.be/q7x9k2');
    expect(v.flags).toContain('off_topic');
    expect(v.action).toBe('queue');
    expect(v.reasons.find((r) => r.category === 'off_topic')?.label).toBe(
      'off-topic: a shared video, unrelated to the post',
    );
    // The same words sharing footage of an arrest under the post about it: no hide either.
    const arrest = verdict(
      'Check out this video on YouTube: https://youtu.be/abc123 this is the officer who shoved my son',
      { post: 'Officers arrested two suspects after a pursuit on Route 9 last night.' },
    );
    expect(arrest.action).not.toBe('hide');
  });

  it("does not read a request for the department's alerts as a plug", () => {
    const v = verdict('Subscribe me to the newsletter please, the link on the site is broken.');
    expect(v.action).not.toBe('hide');
  });
});

describe('off-topic: billed text services and crisis lines (0.7.0)', () => {
  it('hides a premium-rate number or a text-to short code beside a sum of money', () => {
    for (const text of [
      'Urgent! Your number was picked. Call 09061234567 now, £2000 awaits you. 150ppm',
      'Text PLAY to 85222 to enter this week, only £1.50 a week, 16+',
    ]) {
      const v = verdict(text, {});
      expect(v.action, text).toBe('hide');
    }
  });

  it('never flags a crisis line or 911, with or without a post', () => {
    for (const text of [
      "If you're struggling tonight, text HOME to 741741, it's free and confidential.",
      'If you or someone you love is in crisis, call or text 988.',
      'Call 911 for emergencies and 311 for non-emergencies',
    ]) {
      expect(verdict(text, {}).flags, text).toEqual([]);
      expect(verdict(text).flags, text).toEqual([]);
    }
  });
});

describe('off-topic: billed text services and offers with a number, whatever the model learned', () => {
  // A model that knows no word, so only the rules decide (0.7.18): the spam model trained
  // without the SMS set flagged 44% of its spam; these rules are what carries across.
  const spec: FeatureSpec = { bits: 10, bigrams: false, charMin: 0, charMax: 0, addressWindow: 0 };
  const blank: LinearModel = { spec, bias: -4, weights: new Float32Array(1 << spec.bits) };
  const classifier = createOffTopicClassifier(blank);
  const signal = (text: string) => classifier.classify({ text }, prepareText(text))[0];

  it("hides a premium-rate price or number beside a short code or a billed service's fine print", () => {
    for (const text of [
      'Fancy a chat with local girls tonight? Txt GIRLS to 69123 now, 150p/msg, 18+ only.',
      'Your number was picked! Call 09050001234 now, calls 150ppm, PO Box 4471 LS1.',
      'Get 3 new ringtones every week! Send TONES to 80432, £3/wk sub, T&Cs apply.',
    ]) {
      expect(signal(text)?.autoHide, text).toBe(true);
      // Said to staff as what it is (the dating bait as such), not as a call to click.
      expect(signal(text)?.label, text).toMatch(
        /^spam: (?:premium-rate number or short code|adult or dating bait)$/,
      );
    }
  });

  it('hides a premium-rate number asked to be called, not a British non-emergency line', () => {
    expect(signal('Someone has a crush on you! Call 09061234567 to find out who.')?.autoHide).toBe(
      true,
    );
    expect(signal('Psychic Sandra answers every question, dial 1-900-555-0142.')?.autoHide).toBe(
      true,
    );
    expect(signal('Report it on the non-emergency line, call 0845 123 4567.')?.autoHide).toBe(
      false,
    );
  });

  it('queues an offer with a number to call or text, never hides it on that alone', () => {
    for (const text of [
      'FREE holiday for 2 to Spain! Call 0800 123 4567 to claim before Friday.',
      'Half price line rental offer this month, text DEAL to 84025.',
    ]) {
      const s = signal(text);
      expect(s?.score, text).toBeGreaterThanOrEqual(0.5);
      expect(s?.autoHide, text).toBe(false);
      expect(s?.label).toBe('off-topic: an offer with a number to call or text');
      for (const e of s?.evidence ?? []) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('leaves a city alert sign-up, a crisis line and the price of jail calls unhidden', () => {
    for (const text of [
      "Text SAFE to 67283 for the county's emergency alerts. Msg & data rates may apply. Reply STOP to opt out.",
      "If you're in crisis, text HOME to 741741, it's free and confidential.",
      "Jail calls cost $1.50 per minute and families can't afford it, call your rep at 202-555-0143.",
    ]) {
      expect(signal(text)?.autoHide, text).toBe(false);
    }
    // A number and a prize word with no call to make: a lost cat's reward.
    expect(
      signal('Lost cat since Friday, reward for anyone who finds her, 617 555 0134')?.label,
    ).not.toBe('off-topic: an offer with a number to call or text');
  });
});

describe('off-topic: a keyword in capitals to reply with (0.7.19)', () => {
  // A model that knows no word: only the rules decide, as for SMS spam scored by models trained
  // without any.
  const spec: FeatureSpec = { bits: 10, bigrams: false, charMin: 0, charMax: 0, addressWindow: 0 };
  const blank: LinearModel = { spec, bias: -4, weights: new Float32Array(1 << spec.bits) };
  const classifier = createOffTopicClassifier(blank);
  const signal = (text: string) => classifier.classify({ text }, prepareText(text))[0];

  it('queues an offer or a price answered by a keyword, with the keyword as evidence', () => {
    for (const [text, keyword] of [
      ['Had your phone 11 months? The latest models are all FREE, TEXT YES for a callback.', 'YES'],
      ['Block Breaker deluxe is here, buy it for just £5 by replying GET.', 'GET'],
    ] as const) {
      const s = signal(text);
      expect(s?.score, text).toBeGreaterThanOrEqual(0.5);
      expect(s?.autoHide, text).toBe(false);
      expect(s?.label, text).toBe('off-topic: an offer with a keyword to reply with');
      expect(s?.evidence.map((e) => e.text)).toContain(keyword);
      for (const e of s?.evidence ?? []) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('hides a sum to win or claim by a short code or a keyword, and says which', () => {
    for (const [text, label] of [
      [
        'Think you are smart? Win £200 this week in our weekly quiz, text PLAY to 85222 now!',
        'spam: premium-rate number or short code',
      ],
      [
        'Your entry won 2nd prize. Reply CLAIM to collect your $300 today.',
        'spam: prize or lottery pitch',
      ],
    ] as const) {
      expect(signal(text)?.autoHide, text).toBe(true);
      expect(signal(text)?.label, text).toBe(label);
    }
  });

  it('reads no keyword in a comment written in capitals, nor a question put to residents', () => {
    for (const text of [
      'TEXT YES IF YOU AGREE THE CHIEF SHOULD RESIGN, WIN THIS FIGHT, $500 FINES ARE A JOKE',
      'Reply YES if you want the council to spend $2 million on body cameras.',
    ]) {
      expect(signal(text)?.score ?? 0, text).toBeLessThan(0.5);
    }
  });
});

describe("off-topic: crime tip lines and public alert sign-ups are the page's business (0.7.19)", () => {
  it('never flags or hides them, whatever number, code or reward they give', () => {
    for (const text of [
      'Anyone with information can text TIP to 274637, tips that lead to an arrest may earn a cash reward of up to $1,000',
      'Call Crimestoppers anonymously on 0800 555 111, you could get a reward',
      'Sign up for free city alerts: text ALERTS to 888777. Reply STOP to opt out.',
    ]) {
      for (const context of [{}, { post: POST }]) {
        expect(verdict(text, context).flags, text).not.toContain('off_topic');
      }
    }
    // A tip line's reward "to claim" was hidden as spam before 0.7.19; its phone number is still
    // shown to a person as personal information (any formatted number is).
    const v = verdict(
      "If you have information call the tip line at 555-123-4567, there's a $5,000 reward to claim",
      {},
    );
    expect(v.flags).not.toContain('off_topic');
    expect(v.action).not.toBe('hide');
  });

  it("leaves residents' notices with numbers, sums, rewards and sign-ups to them", () => {
    // Written for 0.7.19 and run once: two were queued as off-topic (a lost wallet's reward with
    // a number to call, the DMV's line "open till 5"), and under a post about a found wallet two
    // more (a petition for a stop light, a car-seat check); none was hidden.
    const notices = [
      'The department is hiring! Starting pay $62,000, apply at joinpd.org before March 1.',
      'Free gun locks at the front desk, no questions asked, just stop by.',
      'Coffee with a Cop this Saturday 9am at Main Street Bakery, free donuts for the kids!',
      'Please donate to the family of the officer killed last week: gofundme.com/f/officer-ruiz-family',
      "Text 911 if you can't call, it works in our county now.",
      'Win a ride-along! Enter the raffle at the National Night Out booth, tickets $5, proceeds go to the PAL.',
      'Lost my wallet on Elm St, $50 reward, call me 555-201-8844',
      'The DMV customer line is 1-800-777-0133, open till 5.',
      'Sign the petition for a stop light at 5th and Pine: change.org/p/stoplight-5th-pine',
      "We're collecting toys for Shop with a Cop, drop off at any fire station or Venmo @CityPAL",
      'Free self-defense class for women at the rec center, register at cityrec.gov/classes',
      'Reply here if you want to join the neighborhood watch, we meet Tuesdays.',
      'My son won the essay contest about police and community, so proud! $100 savings bond.',
      'Blood drive at the precinct Friday, donors get a free t-shirt, sign up at redcrossblood.org',
      'Anyone know if the auction of seized cars is still on? I want to bid on the Tahoe.',
      'Looking for work, 10 years security experience, text me if your company is hiring 555-0198',
      'Cash rewards for tips on the hit and run, call 555-TIPS or text TIPS to 888777',
      'Join us for the 5K fundraiser for the K9 unit, $25 entry, register at k9run.org',
      'Free car seat checks every Thursday at Station 4, call 555-0155 to book a slot.',
      'Does anyone have the number for animal control? The stray on Oak is back, call 555-0133?',
    ];
    for (const text of notices) {
      expect(verdict(text, {}).flags, text).not.toContain('off_topic');
      expect(verdict(text).action, text).not.toBe('hide');
    }
  });

  it('still hides a pitch that calls itself an alert', () => {
    expect(
      verdict('Emergency alert: you won a $500 gift card, claim now at bit.ly/xyz', {}).action,
    ).toBe('hide');
  });
});

describe('off-topic: a link and little else under a post it shares nothing with (0.7.18)', () => {
  const spec: FeatureSpec = { bits: 10, bigrams: false, charMin: 0, charMax: 0, addressWindow: 0 };
  const blank: LinearModel = { spec, bias: -4, weights: new Float32Array(1 << spec.bits) };
  const classifier = createOffTopicClassifier(blank);
  const signal = (text: string) =>
    classifier.classify({ text, context: { post: POST } }, prepareText(text))[0];

  it('queues it for a person, never hides it', () => {
    for (const text of [
      'please like : http://www.bubbleblog.net/9277547-peace-and-love',
      'plz ^^ https://www.tsu.co/SomeUser',
    ]) {
      const s = signal(text);
      expect(s?.score, text).toBeGreaterThanOrEqual(0.5);
      expect(s?.autoHide, text).toBe(false);
      expect(s?.label).toBe('off-topic: a link unrelated to the post');
    }
  });

  it("leaves a link about the post, a question and a shared source to the post's readers", () => {
    for (const text of [
      'Main Street crash https://imgur.com/a/xyz',
      'Is this the same car? https://imgur.com/a/xyz',
      "Here's the footage https://youtu.be/abc123",
    ]) {
      expect(signal(text)?.score ?? 0, text).toBeLessThan(0.5);
    }
  });
});
