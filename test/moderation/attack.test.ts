/**
 * J.3 personal attack. The sentences here are written for these tests (none comes from a
 * dataset). The first block uses the shipped model; the second a tiny hand-made model, so the
 * targeting rules are tested whatever the training data teaches.
 */
import { describe, expect, it } from 'vitest';
import { attackClassifier, createAttackClassifier } from '../../moderation/attack.js';
import { createModerator, type ClassifyInput } from '../../moderation/index.js';
import { wordFeatureIndex, type FeatureSpec } from '../../moderation/model/features.js';
import type { LinearModel } from '../../moderation/model/linear.js';
import { prepareText } from '../../moderation/normalize.js';

const moderator = createModerator();
const POST = 'Officers arrested a suspect after a burglary on Main Street last night.';

function verdict(text: string, context: ClassifyInput['context'] = {}) {
  return moderator.classify({ text, context });
}

describe('personal attack: criticism of the department is never a personal attack', () => {
  const criticism = [
    'The cops in this town are corrupt thugs and the chief is a liar',
    'You guys are a disgrace to the badge',
    'ACAB',
    'defund this useless department',
    'pigs',
    'Your officers are bullies and liars',
    'The mayor is a spineless clown who protects bad cops',
    'Officer Daniels is a liar and should be fired',
    "Y'all are pathetic. Do your jobs.",
    'All of you are cowards hiding behind a badge',
    'What a bunch of clowns running this city',
    'You are a disgrace to the uniform',
    'Shame on you. You people should resign.',
  ];
  for (const text of criticism) {
    for (const context of [{}, { post: POST }]) {
      it(`does not flag "${text}"${context.post ? ' under a post' : ''}`, () => {
        const v = verdict(text, context);
        expect(v.flags).not.toContain('personal_attack');
        expect(v.flags).not.toContain('off_topic');
        expect(v.scores.personal_attack).toBeLessThan(0.5);
      });
    }
  }
});

describe('personal attack: insults aimed at a participant', () => {
  it('flags "you\'re a moron, Karen" in a reply, queues it, never hides it', () => {
    const text = "you're a moron, Karen";
    const v = verdict(text, { post: POST, parent: 'I think the officers did a fine job.' });
    expect(v.flags).toContain('personal_attack');
    expect(v.action).toBe('queue');
    const reason = v.reasons.find((r) => r.category === 'personal_attack');
    expect(reason?.clause).toBe('J.3 personal attack');
    expect(reason?.label).toBe('insult aimed at another commenter');
    const texts = reason?.evidence.map((e) => e.text) ?? [];
    expect(texts).toContain('moron');
    expect(texts).toContain('Karen');
    for (const e of reason?.evidence ?? []) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('points evidence into the original text when characters before it change length', () => {
    const text = '🙄🙄 Ｙｏｕ are a MORON, Karen';
    const v = verdict(text, { parent: 'Crime is down this year.' });
    const reason = v.reasons.find((r) => r.category === 'personal_attack');
    expect(reason).toBeDefined();
    for (const e of reason?.evidence ?? []) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(reason?.evidence.map((e) => e.text)).toContain('MORON');
  });

  it('flags insults at a mentioned user and at the person addressed', () => {
    expect(verdict('@dave_r shut up, you stupid idiot').flags).toContain('personal_attack');
    expect(verdict('You are so stupid it hurts', { parent: 'Cops are heroes' }).flags).toContain(
      'personal_attack',
    );
  });

  it('leaves disagreement alone', () => {
    const v = verdict('I disagree with you, the officers acted lawfully', {
      parent: 'That arrest was wrong',
    });
    expect(v.flags).toEqual([]);
  });

  it('reads words that judge views or conduct as criticism, unless an insult comes with them', () => {
    const parent = { parent: 'The council voted 5-2 for the new budget.' };
    for (const text of [
      'You are a big liar.',
      'You hypocrite, you said the opposite last week',
      'You are so biased it is not even funny',
    ]) {
      const v = verdict(text, parent);
      expect(v.flags, text).not.toContain('personal_attack');
    }
    expect(verdict("you're a racist moron", parent).flags).toContain('personal_attack');
  });

  it('does not take a denied insult for one, nor a reaction aimed at no one', () => {
    const parent = { parent: 'The chief spoke at the vigil tonight.' };
    for (const text of [
      "You aren't a coward for asking questions.",
      "He isn't stupid, he just disagrees with the mayor.",
      '@rosa_m Disgusting!!',
      'Crazy... absolutely crazy.',
      'This is so sad and sick.',
    ]) {
      expect(verdict(text, parent).flags, text).not.toContain('personal_attack');
    }
    // The same words said of the person addressed still are.
    for (const text of ['You are sick in the head.', "You're not smart, you're a moron."]) {
      expect(verdict(text, parent).flags, text).toContain('personal_attack');
    }
  });

  it('never marks a personal attack for hiding', () => {
    const signals = attackClassifier.classify(
      { text: 'you worthless idiot', context: { parent: 'hello' } },
      prepareText('you worthless idiot'),
    );
    expect(signals.every((s) => !s.autoHide)).toBe(true);
  });
});

describe('personal attack: disguised insults', () => {
  it.each(['you are a s1mpleton', 'what an 1d10t you are', 'you are a m.o.r.o.n'])(
    'reads "%s" as the insult it spells, with evidence in the original spelling',
    (text) => {
      const v = verdict(text, { parent: 'I think the officers did a fine job.' });
      expect(v.flags).toContain('personal_attack');
      const evidence = v.reasons.find((r) => r.category === 'personal_attack')?.evidence ?? [];
      const insult = evidence.find((e) => /\d|\./.test(e.text));
      expect(insult, JSON.stringify(evidence)).toBeDefined();
      for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    },
  );
});

describe('personal attack: targeting rules (hand-made model)', () => {
  // A model that knows two insults and nothing else, so only the targeting rules decide.
  const spec: FeatureSpec = { bits: 14, bigrams: false, charMin: 0, charMax: 0, addressWindow: 0 };
  const weights = new Float32Array(1 << spec.bits);
  for (const word of ['idiot', 'idiots', 'moron']) weights[wordFeatureIndex(word, spec)] = 6;
  const model: LinearModel = { spec, bias: -1, weights };
  const classifier = createAttackClassifier(model);
  const score = (text: string, context: ClassifyInput['context'] = {}): number =>
    classifier.classify({ text, context }, prepareText(text))[0]?.score ?? 0;

  it('scores an insult of the person addressed above the queue threshold', () => {
    expect(score('you idiot')).toBeGreaterThanOrEqual(0.5);
    expect(score('what an idiot', { parent: 'some comment' })).toBeGreaterThanOrEqual(0.5);
    expect(score('Maria is a moron')).toBeGreaterThanOrEqual(0.5);
  });

  it('flags an insult said straight to someone even when the model never learned the word', () => {
    const parent = { parent: 'Parking on Elm is two hours now.' };
    for (const text of [
      'Listen here, you absolute dimwit.',
      'You really are a total buffoon.',
      'Shut up dumbass',
      'What a doofus you are.',
      'Losers like you never read the sign.',
      'your a numbskull',
      'Your mom is a dimwit',
      'Nice try, doofus.',
    ]) {
      expect(score(text, parent), text).toBeGreaterThanOrEqual(0.5);
    }
    // Not said to anyone, denied, or said to the department under its post, or to a group.
    expect(score('That buffoon of a mayor', parent)).toBeLessThan(0.5);
    expect(score("You aren't a dimwit", parent)).toBeLessThan(0.5);
    expect(score('My mom is a dimwit magnet, she says', parent)).toBeLessThan(0.5);
    expect(score('You are total buffoons', { post: 'New parking rules.' })).toBeLessThan(0.5);
    expect(score('you guys are buffoons')).toBeLessThan(0.5);
  });

  it('keeps insults of the institution and its officials below it', () => {
    expect(score('the chief is an idiot')).toBeLessThan(0.5);
    expect(score('Officer Smith is a moron')).toBeLessThan(0.5);
    expect(score('you guys are idiots')).toBeLessThan(0.5);
    expect(score('you cops are idiots')).toBeLessThan(0.5);
    // "you" in a sentence that names the department speaks to the department.
    expect(score('You are an idiot, chief')).toBeLessThan(0.5);
  });

  it('tells "you idiots" (a group) from "your mom\'s an idiot" (a person)', () => {
    expect(score('you idiots')).toBeLessThan(0.5);
    expect(score("your mom's an idiot")).toBeGreaterThanOrEqual(0.5);
  });

  it('reads a top-level "you" under the department\'s post as the department', () => {
    expect(score('you idiot', { post: POST })).toBeLessThan(0.5);
    expect(score('@mike_r you idiot', { post: POST })).toBeGreaterThanOrEqual(0.5);
    expect(score('Karen, you idiot', { post: POST })).toBeGreaterThanOrEqual(0.5);
    expect(score('you idiot', { post: POST, parent: 'a comment' })).toBeGreaterThanOrEqual(0.5);
  });

  it('does not take an opening "Seriously," or "Wow," for a name', () => {
    expect(score('Seriously, you idiot', { post: POST })).toBeLessThan(0.5);
    expect(score('Wow you idiot', { post: POST })).toBeLessThan(0.5);
  });

  it('keeps unaddressed insults under a post, and plural ones, below it', () => {
    expect(score('idiot', { post: POST })).toBeLessThan(0.5);
    expect(score('idiots')).toBeLessThan(0.5);
  });

  it('reads an order ("Stop…", "Don\'t…") as spoken to someone, resolved like "you"', () => {
    const text = "Then don't talk, idiot";
    const [signal] = classifier.classify({ text, context: {} }, prepareText(text));
    expect(signal?.label).toBe('insult aimed at the person addressed');
    expect(signal?.evidence.map((e) => e.text)).toEqual(["don't", 'idiot']);
    // Under the department's post, an order answers the department: criticism.
    expect(score('Stop lying, idiot', { post: POST })).toBeLessThan(0.5);
    expect(score('Stop lying, idiot', { post: POST, parent: 'x' })).toBeGreaterThanOrEqual(0.5);
    // Not an order: a sentence that only mentions stopping.
    const [plain] = classifier.classify(
      { text: 'I saw him stop, idiot', context: {} },
      prepareText('I saw him stop, idiot'),
    );
    expect(plain?.label).not.toBe('insult aimed at the person addressed');
  });

  it('reads "you" in a reply as the other commenter even when the department is named', () => {
    expect(
      score('You are an idiot, the police did their job', { parent: 'x' }),
    ).toBeGreaterThanOrEqual(0.5);
  });
});

describe('insults at a commenter, one step beyond the list (0.6.3)', () => {
  const moderator = createModerator();
  const attacked = (text: string) => moderator.classify({ text }).flags.includes('personal_attack');

  it.each([
    'Imagine being that dumb on a public page.',
    'lol ur iq must be 12',
    'Sit down, you lazy bum.',
    'Nobody wants your take, clown.',
    'Cry harder, snowflake.',
  ])('flags "%s"', (text) => {
    expect(attacked(text)).toBe(true);
  });

  it.each([
    'Imagine being that lucky, she won the raffle twice!',
    'Your IQ test results are confidential, the school said.',
    'You absolute star, thanks for the ride.',
    'The chief is a clown and this department is a circus.',
    'We had snowflakes falling during the parade, beautiful.',
  ])('leaves "%s" alone', (text) => {
    expect(attacked(text)).toBe(false);
  });
});

describe('how someone feels is not what they are (0.6.3)', () => {
  const moderator = createModerator();
  it.each([
    'If you scroll past this without typing Amen, God will know you are ashamed of him',
    "You're scared to ask the council, I get it.",
    'You must be so tired after that shift, thank you.',
  ])('does not flag "%s"', (text) => {
    expect(moderator.classify({ text }).flags).not.toContain('personal_attack');
  });
});

describe('stock insults that name no insulting word (0.6.3)', () => {
  const moderator = createModerator();
  const attacked = (text: string) => moderator.classify({ text }).flags.includes('personal_attack');

  it.each([
    'Was u dropped on ur head or what',
    'Your mother must be really embarrassed by you.',
    'Even your own friends can’t stand you.',
    'Nobody here likes you, just leave.',
    'You argue like a five year old.',
    'Total waste of oxygen, honestly.',
    "I've seen smarter houseplants than you.",
    'Go back to kindergarten and learn to read.',
    'You are clearly out of your depth here.',
    'Nice argument, genius, dumbo, whatever you are.',
  ])('flags "%s"', (text) => {
    expect(attacked(text)).toBe(true);
  });

  it.each([
    'Your parents must be so proud of you, congratulations!',
    'Even your dog would love this park.',
    'Nobody asked you to work the holiday, and you did anyway, thank you.',
    'You look like your dad in that photo!',
    'The old fire station is a waste of space, turn it into a park.',
    "You're a wizard at this, the form took me two minutes.",
  ])('leaves "%s" alone', (text) => {
    expect(attacked(text)).toBe(false);
  });
});

describe('review of the 0.6.3 stock insults: what they must leave alone', () => {
  const moderator = createModerator();
  it.each([
    'Kids go back to school Monday, please slow down in the school zones.',
    'My son will go back to school next week after his surgery.',
    'This app is as useful as a Swiss army knife for reporting potholes.',
    'You smell like fresh cookies, officer, what did you bring?',
    'You look like a child in that old academy photo!',
    'You know the old lot on Elm is a waste of space, build a park.',
  ])('does not flag "%s"', (text) => {
    expect(moderator.classify({ text }).flags).not.toContain('personal_attack');
  });
});

describe('words of intensity beside praise (0.6.3)', () => {
  const moderator = createModerator();
  const attacked = (text: string) => moderator.classify({ text }).flags.includes('personal_attack');

  it('reads them as praise when the comment praises', () => {
    expect(attacked("You're crazy, that was an incredible catch, congrats!")).toBe(false);
    expect(attacked("You're a beast on the field, thank you coach")).toBe(false);
  });

  it('reads them as insults without praise', () => {
    expect(attacked("You're insane.")).toBe(true);
    expect(attacked('You are a monster and everyone knows it')).toBe(true);
  });
});

describe('a rejection of quoted abuse, and what it says of the reader (0.6.4)', () => {
  const moderator = createModerator();
  const flags = (text: string) => moderator.classify({ text }).flags;

  it('does not read condemnation of a quotation as an insult of the reader', () => {
    expect(flags('Typing "refugees deserve to drown" is vile and you should be ashamed.')).toEqual(
      [],
    );
    expect(flags('When you call immigrants "animals" you are spreading hate.')).toEqual([]);
    expect(flags('"Get raped" is not a joke.')).toEqual([]);
    expect(flags('Sick of seeing "dumb whore" under posts by female deputies.')).toEqual([]);
  });

  it('still reads an insult of the reader beside a quotation', () => {
    expect(flags('You wrote "back the blue"? You are vile, you pathetic idiot.')).toContain(
      'personal_attack',
    );
    expect(flags('Nice "apology", you lying snake.')).toContain('personal_attack');
  });

  it('reads "you\'re gonna …" as what the reader will do, not what they are', () => {
    expect(flags("You're gonna adore the new splash pad")).toEqual([]);
    expect(flags('you are about to see the best fireworks in the county')).toEqual([]);
    expect(flags("You're gonna cry like the little moron you are")).toContain('personal_attack');
  });
});

describe("insults in the internet's words, and thanks said to someone (0.6.4)", () => {
  const moderator = createModerator();
  const attacked = (text: string) => moderator.classify({ text }).flags.includes('personal_attack');

  it('reads them as insults of the reader', () => {
    expect(attacked('Log off, you sad little incel')).toBe(true);
    expect(attacked('You have the attention span of a goldfish')).toBe(true);
    expect(attacked('Touch some grass, loser')).toBe(true);
    expect(attacked("You couldn't pour water out of a boot")).toBe(true);
  });

  it('reads thanks and pride as kind, and an insult beside them as an insult', () => {
    expect(attacked('Your dad must be so proud of you, congrats on the badge')).toBe(false);
    expect(attacked('Thank you, you and your partner saved my son')).toBe(false);
    expect(attacked('Thanks for nothing, you useless idiot')).toBe(true);
  });

  it('leaves ordinary uses of the words alone', () => {
    expect(attacked('The kids can touch grass at the new park, finally no more mud')).toBe(false);
    expect(attacked('You have the patience of a saint, Officer Kim')).toBe(false);
  });
});

describe('what the reader is doing or is stuck with is not what they are (0.6.4)', () => {
  const moderator = createModerator();
  const attacked = (text: string) => moderator.classify({ text }).flags.includes('personal_attack');

  it('does not read a situation or an act after "you are" as an insult', () => {
    expect(attacked('After the deductible you are stuck with paying 30% of the bill')).toBe(false);
    expect(attacked('You are bleaching the evidence photos, they look washed out')).toBe(false);
  });

  it('still reads adjectives of character in "-ing" as insults', () => {
    expect(attacked('You are so boring and pathetic')).toBe(true);
  });
});

describe('who the reader is, said plainly (0.6.4)', () => {
  const moderator = createModerator();
  const attacked = (text: string) => moderator.classify({ text }).flags.includes('personal_attack');

  it('is not an insult', () => {
    expect(attacked('You are a tenant, so call the landlord first.')).toBe(false);
    expect(attacked("You're an agnostic, I remember.")).toBe(false);
    expect(attacked('You are a conservative and that is fine.')).toBe(false);
  });

  it('is still an insult with an insulting word or an unkind predicate', () => {
    expect(attacked('You are a conservative moron.')).toBe(true);
    expect(attacked('You are a fraud.')).toBe(true);
    expect(attacked('You are a joke.')).toBe(true);
  });
});

describe('indirect speech and reported clauses (0.6.4)', () => {
  const moderator = createModerator();
  const flags = (text: string) => moderator.classify({ text }).flags;

  it('reads what someone else said or thinks as reported, not said', () => {
    expect(flags('When he said immigrants are animals I walked out.')).toEqual([]);
    expect(flags('Stop calling disabled people stupid.')).toEqual([]);
    expect(flags('I report anyone who says gay people should be beaten.')).toEqual([]);
  });

  it("still reads the commenter's own insults and threats", () => {
    expect(flags('I said you are worthless and I meant it')).toContain('personal_attack');
    expect(flags('Anyone who thinks otherwise is a moron')).toContain('personal_attack');
    expect(flags('Anyone who says that deserves a bullet')).toContain('threat');
    expect(flags('I will kill anyone who says that')).toContain('threat');
  });
});

describe('a word between "you" and its verb (0.6.8)', () => {
  const moderator = createModerator();
  const attacked = (text: string) => moderator.classify({ text }).flags.includes('personal_attack');

  // "you really are a …" was read by the model alone, which learnt the shape from insults.
  it.each([
    'you really are a kind teacher',
    'You sir are a generous neighbour.',
    'you truly are the most thoughtful nurse I know',
    'You honestly are a gentle coach, thank you.',
    'you guys are the best, thanks for the help',
    'you really seem like a caring officer',
  ])('leaves the compliment "%s" alone', (text) => {
    expect(attacked(text)).toBe(false);
  });

  it.each([
    'you really are a pathetic loser',
    'you sir are an idiot',
    'you really seem like a moron',
  ])('still flags "%s"', (text) => {
    expect(attacked(text)).toBe(true);
  });
});

describe('a named place is where the person is (0.6.8)', () => {
  const moderator = createModerator();
  const attacked = (text: string) => moderator.classify({ text }).flags.includes('personal_attack');

  it.each(["you're the dumbest person in Lewis and Clark County", "you're the town idiot"])(
    'flags "%s"',
    (text) => {
      expect(attacked(text)).toBe(true);
    },
  );

  it.each([
    'you are the most corrupt sheriff in Lewis and Clark County',
    'You are the worst police department in Jefferson County',
    'the town council is a joke',
  ])('leaves the criticism "%s" alone', (text) => {
    expect(moderator.classify({ text }).flags).toEqual([]);
  });
});

describe('an insulting word said of a thing is no personal attack (0.6.9)', () => {
  const moderator = createModerator();
  const attack = (text: string) =>
    moderator.classify({ text }).reasons.find((r) => r.category === 'personal_attack');

  it.each([
    'this new towing policy is idiotic',
    'what a stupid ordinance',
    'the dumbest budget decision in years',
    "that's so dumb, the light is red for five minutes",
  ])('leaves "%s" alone and says why', (text) => {
    expect(attack(text)).toBeUndefined();
    const signal = attackClassifier.classify({ text }, prepareText(text))[0];
    expect(signal?.label).toMatch(/judges a thing/);
  });

  it.each([
    'this guy is so dumb',
    'what a stupid man',
    'you are a stupid law breaker',
    'your comment is the dumbest thing I read all week',
    'this is a very stupid person',
  ])('still flags "%s", aimed at a person', (text) => {
    expect(attack(text)).toBeDefined();
  });
});

describe('a vocative with describing words no list holds (0.7.9)', () => {
  const attack = (text: string) =>
    moderator
      .classify({ text, context: { parent: 'An earlier comment.' } })
      .flags.includes('personal_attack');

  it.each([
    'Nobody asked for your opinion, you attention-starved clown.',
    'Sit down, you pompous windbag.',
    'Nice try, you sad little blowhard!',
  ])('flags "%s"', (text) => {
    expect(attack(text)).toBe(true);
  });

  it.each([
    // A description, a verb, or a "you" that is not the one named.
    'Thanks, you guys clown around at every parade and the kids love it.',
    'Yes, you would make a great troll in the school play.',
    'You and the clown at the birthday party were the highlight of the day.',
    'Thank you, you were a clown at the fundraiser and the kids loved it.',
  ])('does not flag "%s"', (text) => {
    expect(attack(text)).toBe(false);
  });
});

describe('stock insults: reeking, lowering the IQ, trash like you, unable to read (0.7.10)', () => {
  const attack = (text: string) =>
    moderator
      .classify({ text, context: { parent: 'An earlier comment.' } })
      .flags.includes('personal_attack');

  it.each([
    'You stink of cheap beer and bad decisions.',
    'You lower the average IQ of every thread you touch.',
    'Your take belongs in the garbage, just like you.',
    'You seriously cannot read, can you?',
    'You have the backbone of a wet noodle.',
  ])('flags "%s"', (text) => {
    expect(attack(text)).toBe(true);
  });

  it.each([
    'You have the charm of a movie star, Sergeant, the kids loved you.',
    "If you can't read, the library has free adult literacy classes on Tuesdays.",
    "You can't read the plates from that distance, the camera is too far.",
    'Recycle it or put it in the garbage, just like you do at home.',
    'The average IQ of the test group drops after sleep deprivation, you can read the study.',
  ])('does not flag "%s"', (text) => {
    expect(attack(text)).toBe(false);
  });
});

describe('an insult that names a place or a body is aimed at the person (0.7.10)', () => {
  const attack = (text: string) =>
    moderator
      .classify({ text, context: { parent: 'An earlier comment.' } })
      .flags.includes('personal_attack');

  it.each([
    "You're the worst driver in this county.",
    'You are easily the biggest idiot on this police page.',
    "You're the laziest bum in this town, get a job.",
  ])('flags "%s"', (text) => {
    expect(attack(text)).toBe(true);
  });

  it.each([
    "You're the laziest cop on this police page.",
    'This is the dumbest post on this police page.',
    "You're the best dispatcher on this police page, thank you.",
    'This department is the worst in the county.',
  ])('does not flag "%s"', (text) => {
    expect(attack(text)).toBe(false);
  });
});

describe('said of someone as an officer, harsh words are criticism, in a reply too (0.7.10)', () => {
  const reply = (text: string) =>
    moderator.classify({ text, context: { parent: 'An earlier comment.' } }).flags;

  it.each([
    "You're a terrible cop.",
    'You are the worst officer in this department.',
    "You're the laziest deputy in the whole county, do your job.",
  ])('does not read "%s" as a personal attack', (text) => {
    expect(reply(text)).not.toContain('personal_attack');
  });

  it.each(["You're a terrible person.", "You're the laziest bum in this town, get a job."])(
    'still reads "%s" as one',
    (text) => {
      expect(reply(text)).toContain('personal_attack');
    },
  );
});

describe('swearing as an exclamation is obscenity, aimed at nobody (0.7.11)', () => {
  const flags = (text: string) => moderator.classify({ text }).flags;

  it.each([
    "Holy shit, I didn't know the pool was closing for the winter.",
    'That fireworks show was so fucking good!!',
    'What the fuck happened on Route 9 this morning?',
    'I went fucking crazy at the bake sale, no regrets.',
  ])('reads "%s" as obscenity, not a personal attack', (text) => {
    const found = flags(text);
    expect(found).toContain('obscenity');
    expect(found).not.toContain('personal_attack');
  });

  it.each([
    'Fuck you, Gary.',
    'fuck off and mind your own business',
    'you little shit',
    'Gary, you are shit.',
    "you're a piece of shit",
    'Shut up, shit for brains.',
  ])('still reads "%s" as aimed at someone', (text) => {
    expect(flags(text)).toContain('personal_attack');
  });
});

describe('"you\'re a badass" praises (0.7.11, found probing friendly slang)', () => {
  const reply = (text: string) =>
    moderator.classify({ text, context: { parent: 'An earlier comment.' } }).flags;

  it.each([
    "You're a badass, officer, thanks for pulling my kid out of the water",
    "You're a badass",
  ])('does not read "%s" as a personal attack', (text) => {
    expect(reply(text)).not.toContain('personal_attack');
  });

  it.each(["you're a badass idiot", "you're a dumbass"])('still reads "%s" as one', (text) => {
    expect(reply(text)).toContain('personal_attack');
  });
});

describe('personal attack: no kind reading survives a strong word or "thanks for nothing" (0.7.18)', () => {
  const attack = (text: string): boolean =>
    moderator.classify({ text }).flags.includes('personal_attack');

  it('reads thanks, a plain statement or "in a word" beside the insult as the insult', () => {
    for (const text of [
      'You are, in a word, a cunt.',
      'In other words, you are a moron.',
      'Thanks for nothing. Fuck you too.',
      'I know you are her sidekick, fucktard.',
      'Think again, you no brained idiot.',
      'Rot in hell, lowlife. Thanks for nothing.',
    ]) {
      expect(attack(text), text).toBe(true);
    }
  });

  it('still reads a swear word that only intensifies praise as praise', () => {
    for (const text of [
      'Thanks man, you are a fucking hero.',
      'I know you are a fucking genius at this.',
      "You're a fucking legend, thank you officer.",
      'No idiot would park there.',
      'Thanks for nothing, officer, the response time was an hour.',
    ]) {
      expect(attack(text), text).toBe(false);
    }
  });
});

describe('stock sayings with "you", "fool" or a mouth in them insult no one (0.7.19)', () => {
  const attacked = (text: string) => verdict(text).flags.includes('personal_attack');

  it('leaves the sayings alone, as civil tweets of the MD-Agreement set wrote them', () => {
    for (const text of [
      "@user From your mouth to God's ear.",
      'Fool me once, shame on you; fool me twice... #MAGA',
      "So you're damned if you do, damned if you don't.",
    ]) {
      expect(attacked(text), text).toBe(false);
    }
  });

  it('still reads an insult said beside them', () => {
    for (const text of [
      "From your mouth to God's ears, you idiot.",
      'Fool me once, shame on you, you lying moron.',
    ]) {
      expect(attacked(text), text).toBe(true);
    }
  });
});

describe('round 357: a brain on one cell, and a slur rejected as no argument (0.7.24)', () => {
  it('reads a brain running on one cell as an insult, and a battery on one cell as nothing', () => {
    expect(verdict('Your brain is clearly running on one cell.').flags).toContain(
      'personal_attack',
    );
    expect(verdict('your mind must be running on two neurons').flags).toContain('personal_attack');
    expect(verdict('The battery is running on one cell.').flags).toEqual([]);
  });

  it('reads "calling women … doesn\'t make your point stronger" as rejecting the word', () => {
    expect(
      verdict("Calling women bitches in the comments doesn't make your point stronger.").flags,
    ).toEqual([]);
  });
});
