/**
 * Threats go to a person (I.3), never hidden by the bot; idioms, news and criticism of police
 * violence are not threats. The texts here were written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { createModerator } from '../../moderation/index.js';
import { prepareText } from '../../moderation/normalize.js';
import { ruleSources, threatClassifier } from '../../moderation/threat.js';

const moderator = createModerator();
const threat = (text: string) => threatClassifier.classify({ text }, prepareText(text));

const THREATS: [text: string, label: string][] = [
  ['I will kill you', 'threat of violence'],
  ["I'm going to shoot you if you come back", 'threat of violence'],
  ['Im gonna stab that cop', 'threat of violence'],
  ['imma beat your ass', 'threat of violence'],
  ["I'll beat you to death", 'threat of violence'],
  ['We will kill every officer in that station', 'threat of violence'],
  ['I will find you.', 'threat of violence'],
  ["I'll hunt you down", 'threat of violence'],
  ["I'm going to burn your house down", 'threat of violence'],
  ['I will blow up the precinct', 'threat of violence'],
  ['gonna put a bullet in your head', 'threat of violence'],
  ["I'll slit your throat", 'threat of violence'],
  ["I'll k1ll you", 'threat of violence'],
  ['There is a bomb in the police station', 'bomb threat'],
  ['I planted a bomb at city hall', 'bomb threat'],
  ['I know where you live', 'intimidation'],
  ['We know where your kids go to school', 'intimidation'],
  ["You're a dead man", 'intimidation'],
  ['You will die.', 'intimidation'],
  ['Better watch your back', 'intimidation'],
  ['Your days are numbered', 'intimidation'],
  ['Someone should shoot that cop', 'call for violence'],
  ['somebody needs to kill the chief', 'call for violence'],
  ['Those officers should be shot', 'call for violence'],
  ['he deserves a bullet', 'call for violence'],
  ['Kill them all.', 'call for violence'],
  ['Shoot every cop you see', 'call for violence'],
  ['Just burn the station down', 'call for violence'],
  ['I will come to your house and kill you', 'threat of violence'],
  ["I'll break your neck", 'threat of violence'],
  ['gonna kill him', 'threat of violence'],
  ["next time I see you, you're dead", 'intimidation'],
  ['I hope someone shoots you', 'call for violence'],
  ['kys', 'telling someone to die'],
  ['go kill yourself', 'telling someone to die'],
  // Incitement against groups, plain and coded.
  ['Start executing the communists in that town', 'call for violence'],
  ['String up every senator who voted for it', 'call for violence'],
  ['Somebody should run those marchers over with a truck', 'call for violence'],
  ['Drop a bomb on them during their parade', 'call for violence'],
  ['Toss all the refugees into the ovens', 'call for violence'],
  ['Day of the rope is coming for the globalists', 'call for violence'],
  ['free helicopter rides for every socialist', 'call for violence'],
  ['The final solution for the migrants is the firing squad', 'call for violence'],
  ['Let them starve in the camps', 'call for violence'],
  ['Nah, shoot every one of those invaders', 'call for violence'],
  ['Put a bullet in all those traitors', 'threat of violence'],
  // Threats in a talk-page register, and harm wished on someone's family.
  ["I'm going to track down your IP address", 'threat of violence'],
  ['You had better pray we never meet you offline', 'intimidation'],
  ['Get ready to meet your maker, moderator', 'intimidation'],
  ["You'll pay for that with your blood", 'intimidation'],
  ["I'll make sure he never walks again", 'intimidation'],
  ["I'll kick your teeth in", 'threat of violence'],
  ["I'm gonna mess you up", 'threat of violence'],
  ['I will ram my boot down your throat', 'threat of violence'],
  ['I hope your kids get cancer', 'wishing death or harm on someone'],
  ['Wishing a painful death upon you', 'wishing death or harm on someone'],
  ['The next atheist I see is getting a bullet', 'threat of violence'],
  ["I'd happily strangle every one of those bankers", 'threat of violence'],
  ['Old people should be put down like dogs', 'call for violence'],
  ['ur gonna die bitch', 'intimidation'],
  ['Go jump off a bridge', 'telling someone to die'],
  ["I'd love to punch your face", 'threat of violence'],
  ['Would be a shame if something happened to your family', 'intimidation'],
  ['Nice car. Be a real shame if it caught fire one night', 'intimidation'],
];

const NOT_THREATS = [
  // Idioms.
  "You're killing it, great job",
  'This heat is killing me',
  'Shoot me a message when you can',
  "I'll shoot you an email with the details",
  'I need a shot of espresso',
  'We are going to kill it at the fundraiser',
  "I'm going to shoot some hoops later",
  'I could murder a burger right now',
  'Kill them with kindness',
  'Break a leg tonight!',
  "I'm dying of laughter",
  'Watch your back out there, stay safe and thank you',
  "I'll beat you at chess any day",
  'We are coming for your seat in November',
  "I'll end the meeting early",
  // News and reports of police shootings, and criticism of them.
  'The officer shot the man in the back',
  'Police shot and killed a 19-year-old last night',
  'Cops are going to kill someone if nothing changes',
  'If you are Black in this town they will shoot you',
  'How many more people have to die before you change?',
  'Another shooting downtown, two people injured',
  'They murdered him and called it procedure',
  'The killer cops should be fired and charged',
  'Every one of those officers should be in prison',
  'If you wait for the cops you will die.',
  'A bomb threat closed the school today',
  'The bomb squad responded to the call',
  'Someone should investigate this department',
  'He should be executed according to the law? No, he should get a fair trial',
  'Prosecute the killer cops.',
  "I'm going to sue you for this",
  'We will vote you out',
  'So do y’all deserve to die?',
  'What would he do... shoot him?',
  "You're dead wrong about the budget",
  'You are dead to me',
  'You can always sleep when you are dead!',
  'Gonna kill it today',
  "I'm going to break your heart",
  "We'll go to the store and kill some time",
  // Group words beside violence, said of what happened or against it.
  'The deputies let him die in that cell and nobody was charged',
  "Don't let them starve, open the shelter tonight",
  'They want to let us run them over with trade deals',
  'Put him in the gas chamber? The state abolished it in 2019',
  'The drone strike dropped a bomb on a wedding, and the city marched against it',
  'My grandmother was sent to the gas chambers and survived',
  'Officers started shooting the protesters with rubber bullets at 9 pm',
  'Take up arms? No. Take up a pen and write the council.',
  'When you meet your maker you will answer for this budget',
  'We pay for this with our taxes, not with our lives',
  "I'll make sure you get the forms before Friday",
  'They keep shoving this ordinance down our throats',
  'I hope your family has a wonderful holiday',
  'She hoped for a peaceful death at home, surrounded by family',
  "I'll track down the receipt for you",
  'The next officer I meet gets a handshake and a thank you',
  'The vet said our old dog had to be put down',
  "I'd love to kill it at the talent show",
  'We would love to shoot you a message about the meeting',
  "You're going to die laughing at this video",
  'Go jump in the pool, it is hot out',
  'It would be a shame if the library closed early',
  "What a shame if they cancel the parade, it's tradition",
];

describe('threats', () => {
  it.each(THREATS)('queues "%s" as %s', (text, label) => {
    const signals = threat(text);
    expect(signals.map((s) => s.label)).toContain(label);
    for (const s of signals) {
      expect(s.category).toBe('threat');
      expect(s.score).toBeGreaterThanOrEqual(0.5);
      expect(s.autoHide).toBe(false);
      for (const e of s.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
    const verdict = moderator.classify({ text });
    expect(verdict.flags).toContain('threat');
    // I.3: a threat is a person's decision; only an obscenity in it could ever hide it.
    if (!verdict.flags.includes('obscenity')) expect(verdict.action).toBe('queue');
  });

  it.each(NOT_THREATS)('does not flag "%s"', (text) => {
    // The model may show its view below the queue threshold; nothing reaches it.
    for (const s of threat(text)) expect(s.score).toBeLessThan(0.5);
    expect(moderator.classify({ text }).flags).not.toContain('threat');
  });

  it('points the evidence at the threatening words', () => {
    const text = 'Nice post. I WILL KILL YOU tomorrow';
    expect(threat(text)[0]?.evidence).toEqual([{ start: 11, end: 26, text: 'I WILL KILL YOU' }]);
  });
});

describe('veiled and idiomatic threats (0.6.3)', () => {
  const threat = (text: string) =>
    createModerator()
      .classify({ text })
      .reasons.find((r) => r.category === 'threat');

  it.each([
    'Go ahead, say that again, and watch what happens.',
    "Keep running your mouth and you'll find out what happens.",
    'Snitches like you end up in the river.',
    'That deputy is going home in a body bag.',
    'Block me before I unalive you.',
    'Give me ten minutes alone with that judge and a crowbar.',
    'I hope somebody strangles you in your sleep.',
    'We know what car you drive, officer.',
    "I'm stabbing him tonight.",
    "You'll be sleeping with the fishes, rat.",
    'Mark my words, your family will pay in blood.',
    "I'll be at city hall with my AR-15 and I won't stop until they're all dead.",
  ])('flags "%s" for a person, with evidence', (text) => {
    const reason = threat(text);
    expect(reason).toBeDefined();
    expect(reason?.evidence.length).toBeGreaterThan(0);
  });

  it.each([
    'The victim left in a body bag and the officer walked free.',
    "I'm shooting photos at the parade tomorrow.",
    "I'm coming to the meeting with my gun permit questions.",
    'Give me five minutes alone with the mayor to talk about the potholes.',
    'We need to kill this levy before it passes.',
    'Someone cut the brake lines on my truck last night, please patrol Elm St.',
    'People like you end up running for office someday.',
    'Keep talking to your neighbors and see what happens when you work together.',
    'Try it and see what happens, the new app works great.',
  ])('leaves "%s" alone', (text) => {
    expect(threat(text)).toBeUndefined();
  });
});

describe('harm promised to the reader, in the street’s words (0.6.3)', () => {
  const threat = (text: string) =>
    createModerator()
      .classify({ text })
      .reasons.find((r) => r.category === 'threat');

  it.each([
    'you finna get popped, watch',
    'talk to the cops again and your whole crew gets it',
    'Your truck is gonna go up in flames tonight.',
    "I'll catch him slipping one of these days.",
    'Got a round with your name on it, deputy.',
    'That snitch is a marked man, he knows it.',
    'Just wait till we get our hands on him.',
    "We'll make them wish they were never born.",
    'People are going to get killed out there and it will be you.',
    'Would be sad if you vanished one day. We can arrange that.',
    'You better be scared, very scared.',
    "I'll pull up on you after your shift.",
    "We'll find out where you live, don't worry.",
  ])('flags "%s" for a person', (text) => {
    expect(threat(text)).toBeDefined();
  });

  it.each([
    "You're going to get shot down in the primary, just watch.",
    'You will get dropped from the team if you skip practice again.',
    'Your house is going to burn if you leave candles lit like that.',
    'He is a walking target for every lawyer in the county.',
    'Wait till I get my hands on the budget numbers.',
    "Catch you at the meeting, we'll talk then.",
    "I'll pull up the report number and send it to you.",
    'You should be afraid of what this ordinance does to renters.',
  ])('leaves "%s" alone', (text) => {
    expect(threat(text)).toBeUndefined();
  });
});

describe('veiled threats against officials (0.6.3)', () => {
  const threat = (text: string) =>
    createModerator()
      .classify({ text })
      .reasons.find((r) => r.category === 'threat');

  it.each([
    'The sheriff should check under his truck every morning.',
    'Some more dead pigs and they will listen.',
    "You won't live to see your pension, officer.",
    'Put the council members’ heads on spikes.',
    'Warn the detective to watch his back.',
    'That precinct will not know what hit it.',
    'Those deputies should be picked off one by one.',
    "He deserves what's coming to him, and it's coming soon.",
    'Not so tough without that badge, are you?',
    'Your daughter plays alone in the yard, right?',
    "I'm locked and loaded, see you at the station.",
    "We'll drag him out of his cruiser.",
  ])('flags "%s" for a person', (text) => {
    expect(threat(text)).toBeDefined();
  });

  it.each([
    'My grandmother won’t live to see the new library, she is 97 and very sick.',
    'The team will not know what hit them on Friday night.',
    'Those weeds should be picked off one by one before they spread.',
    'The trash should be taken out every Tuesday.',
    'He deserves what is coming: a fair trial.',
    'I want his head on a platter for this budget.',
    'Check your car carefully for recalls.',
    'My son walks home alone, is Oak Street safe?',
  ])('leaves "%s" alone', (text) => {
    expect(threat(text)).toBeUndefined();
  });
});

describe('menace by omen (0.6.3)', () => {
  const threat = (text: string) =>
    createModerator()
      .classify({ text })
      .reasons.find((r) => r.category === 'threat');

  it.each([
    "I wouldn't show up to the precinct tomorrow if I were you.",
    'Stay home Friday if I were you, deputy.',
    'Be careful checking your mailbox, officer.',
    "You won't make it out alive next time.",
    'Enjoy your final days on this earth.',
    "Tick tock, Sergeant Miller, we're coming.",
    'We are coming for you and your kids.',
    'Got a bullet here and your name is written on it.',
    "You'll be sorry when you're bleeding in a ditch.",
    "I'm gonna be outside your window at 3am.",
    "Next time I swear somebody's getting popped.",
    'That mouth is going to land you six feet under.',
    'They are going to put the chief in the dirt.',
  ])('flags "%s" for a person', (text) => {
    expect(threat(text)).toBeDefined();
  });

  it.each([
    "I wouldn't drive on Route 9 tonight if I were you, it's flooded.",
    'Be careful opening your mail, there is a phishing letter going around.',
    "You won't make it home in time if you take the bridge.",
    'Enjoy your last day of school, kids!',
    'Tick tock, the deadline for comments is Friday.',
    'Your name is on the list for the community meeting.',
    "I'll be outside the courthouse at 9 with a sign.",
    'Someone is going to get hurt at that crossing, please add a light.',
    'We will beat the rush if we leave early.',
    'This job is going to put the chief in an early grave, poor guy.',
  ])('leaves "%s" alone', (text) => {
    expect(threat(text)).toBeUndefined();
  });
});

describe('incitement read from half of the Gab calls for violence (0.6.3)', () => {
  const threat = (text: string) =>
    createModerator()
      .classify({ text })
      .reasons.find((r) => r.category === 'threat');

  it.each([
    'Destroy the synagogues now.',
    'If every one of them were shot the problem would go away.',
    'Maybe we get lucky and the senator gets shot.',
    'Somebody needs to end that lying bitch.',
    'Chop him up and toss him in the river.',
    'Those rioters should be euthanized.',
    'Should be tarred and feathered, all of them.',
    'Sink that boat before it lands.',
  ])('flags "%s" for a person', (text) => {
    expect(threat(text)).toBeDefined();
  });

  it.each([
    'They should not be shot for protesting.',
    'Should be shot on film, honestly, the colors were amazing.',
    'The city wants to demolish the old church building.',
    'If all the potholes were fixed the problem would go away.',
    'Someone needs to end this madness at city hall.',
    'We need to end this war on police.',
    'Chop the onions up before the chili cook-off.',
  ])('leaves "%s" alone', (text) => {
    expect(threat(text)).toBeUndefined();
  });
});

describe('harsh criticism in violent words is not a threat (0.6.3)', () => {
  const threat = (text: string) =>
    createModerator()
      .classify({ text })
      .reasons.find((r) => r.category === 'threat');

  it.each([
    'Tear the whole rotten establishment down and start over.',
    'Watch your back, sheriff, the recall petition has 10,000 signatures.',
    'Half of this council should be wiped off the ballot in May.',
  ])('leaves "%s" alone', (text) => {
    expect(threat(text)).toBeUndefined();
  });

  it('still flags the bare warning and the burning of a place', () => {
    expect(threat('Watch your back, sheriff.')).toBeDefined();
    expect(threat('Burn the precinct down tonight.')).toBeDefined();
  });
});

describe('street words for killing (0.6.3)', () => {
  const threat = (text: string) =>
    createModerator()
      .classify({ text })
      .reasons.find((r) => r.category === 'threat');

  it.each([
    "I'm gonna murk him when he gets out",
    'we finna pop that cop',
    'somebody gotta smoke this rat',
    "you're getting domed, watch",
    'u r dead meat, deputy',
    'come outside and see what happens',
  ])('flags "%s" for a person', (text) => {
    expect(threat(text)).toBeDefined();
  });

  it.each([
    "I'm gonna smoke you in the race on Saturday",
    'Going to shoot my shot at the sergeant exam',
    'She killed that audition, so proud',
    'I nearly died of embarrassment at the meeting',
    "I'll pop you a message after lunch",
    "You're getting shot down at the council again, I bet",
  ])('leaves "%s" alone', (text) => {
    expect(threat(text)).toBeUndefined();
  });
});

describe('review of the 0.6.3 threat rules: what they must leave alone', () => {
  const threat = (text: string) =>
    createModerator()
      .classify({ text })
      .reasons.find((r) => r.category === 'threat');

  it.each([
    "I'm shooting tonight at the game, photos up tomorrow.",
    'Delete it before I delete you from the group chat lol',
    'Officers leave in body bags every year, support them.',
    'A few more dead cops and the city will finally fund body armor.',
    'Tell the rookies to watch their backs out there, stay safe.',
    'Do your kids walk home alone? The crossing guard is gone.',
    "I wouldn't go outside tomorrow if I were you, the roads will be icy.",
    "You won't make it home tonight with this snow, stay put.",
    "You'll regret skipping the helmet when you're bleeding on the sidewalk.",
    "One more speeding car and I swear someone's getting killed on this street.",
    "You'll end up six feet under if you keep driving drunk.",
    'This job is going to put the chief in the grave.',
    "I'll light you up in the comments, mayor, you earned it.",
    'Somebody should smoke this brisket for the block party.',
    "You'll get shot down by the council again.",
  ])('leaves "%s" alone', (text) => {
    expect(threat(text)).toBeUndefined();
  });
});

describe('threats against groups and bodily harm, widened (0.6.4)', () => {
  const threat = (text: string) =>
    createModerator()
      .classify({ text })
      .reasons.find((r) => r.category === 'threat');

  it.each([
    "I'm going to torture the next Somali family that moves onto my street.",
    'I will snap the neck of any reporter who comes to my door.',
    'Refugees like them should be tortured and drowned.',
    "Let's go hunt some protesters after the rally.",
    'Round up the journalists and shoot them.',
    'Every Haitian who parks on my lawn is getting a bullet.',
    "I'll beat her until she can't stand.",
    "Next time you cross me I'm smashing your skull in.",
    "I'm taking my rifle to Tuesday's town hall meeting.",
    'They brought guns, and not everyone is making it home tonight.',
    "I'd happily pull the trigger on those senators.",
    "you'll bleed for what you did",
    "It's hunting season on liberals now.",
    'The only answer for traitors like him is a rope.',
    'I will make those Muslims suffer.',
  ])('flags "%s" for a person', (text) => {
    const reason = threat(text);
    expect(reason).toBeDefined();
    expect(reason?.evidence.length).toBeGreaterThan(0);
  });

  it.each([
    "I'm going to welcome the next Somali family that moves onto my street.",
    'I will snap a photo of any reporter who comes to my door.',
    "Let's go hunt for Easter eggs with the officers at the park.",
    'Round up the kids and take them to the fire station open house.',
    "I'm taking my rifle to the station to turn it in at the buyback.",
    'Every driver who parks on my lawn is getting a ticket.',
    "I'll make the defense suffer on Friday, go Tigers!",
    "They should hang the chief's portrait in the lobby.",
    "I'm going to drown my kids in sunscreen before the parade.",
    "You'll bleed less if you press the gauze hard, first-aid class tonight.",
    "I'd happily pull the trigger on the new bike-lane plan.",
    "It's open season on potholes this week.",
    "you're gonna love the new playground",
    "I'm breaking in my new boots at the 5k tomorrow.",
  ])('leaves "%s" alone', (text) => {
    expect(threat(text)).toBeUndefined();
  });
});

describe('menace with no violent verb (0.6.4)', () => {
  const threat = (text: string) =>
    createModerator()
      .classify({ text })
      .reasons.find((r) => r.category === 'threat');

  it.each([
    "u won't live to see thanksgiving",
    'Savor your last hours, rat.',
    'Say goodbye to your kneecaps.',
    'Your kids are gonna pay for what you did.',
    "He'll be found floating in the canal.",
    "We'll show you what real pain feels like.",
    'What that judge deserves is a rope.',
    'Better start digging your grave.',
    'Your house will burn with your family inside.',
    "I'll sink this blade into your neck.",
    'I will find you and everyone you care about.',
    'I hope somebody sends you to the ICU.',
    'Those officers deserve to be dragged through the streets.',
  ])('flags "%s" for a person', (text) => {
    expect(threat(text)).toBeDefined();
  });

  it.each([
    "You won't see the new year fireworks from the bridge, it's closed.",
    'Enjoy your last days on the beat, Sergeant, happy retirement!',
    'Say goodbye to your family before deployment, the chaplain is there.',
    'Your kids will pay less at the pool this summer.',
    'You will be found a seat by the ushers.',
    'The video will show you what police brutality looks like.',
    'All the shelter needs is a new roof.',
    'The mayor is digging his own grave with this budget.',
    'The bonfire burned for hours with the whole town watching.',
    "I'll put the knife in the dishwasher.",
    'You better hope we never get another winter like that.',
  ])('leaves "%s" alone', (text) => {
    expect(threat(text)).toBeUndefined();
  });
});

describe('wishes on officers, images of the dead, fire with people inside (0.6.4)', () => {
  const threat = (text: string) =>
    createModerator()
      .classify({ text })
      .reasons.find((r) => r.category === 'threat');

  it.each([
    "He'll get what's coming, and it'll be a rope.",
    'I pray every deputy on that squad gets shot.',
    'Someone should do to the governor what Booth did to Lincoln.',
    "If we catch that detective alone he's getting jumped.",
    "They'll carry him out of the station in a body bag.",
    "They'll need to scrape up what's left of him.",
    "We'll splatter the sidewalk with his brains.",
    'Torch the precinct with all the officers inside.',
    'Bring molotovs for the vans and anyone inside them.',
  ])('flags "%s" for a person', (text) => {
    expect(threat(text)).toBeDefined();
  });

  it.each([
    "You'll get what's coming: a rebate in April.",
    'I pray every deputy on that squad gets home safe.',
    'Someone should do for downtown what they did for the riverfront.',
    "If we catch that detective at the fair he's getting a funnel cake.",
    'They carried the old files out of the station in boxes.',
    "What's left of the old mill is coming down next week.",
    "We'll paint the sidewalk with chalk art for the festival.",
    'The barn burned with all the hay inside.',
    "I'm loading up the van with food bank donations, see you Saturday.",
  ])('leaves "%s" alone', (text) => {
    expect(threat(text)).toBeUndefined();
  });
});

describe('menace on a police page (0.6.4, blind 24)', () => {
  const threat = (text: string) =>
    createModerator()
      .classify({ text })
      .reasons.find((r) => r.category === 'threat');

  it.each([
    'I found where you live, see you real soon',
    "Let's see how tough you are without the uniform",
    'I know which daycare your son goes to',
    "You won't be so cocky with a broken jaw",
    'Whoever towed my car is going home in a body bag',
    "I'm sharpening my knife for those deputies",
    'The sergeant has 24 hours before we come for him',
    "He's lucky I wasn't strapped",
    "They'll never find your body",
    'I will stab anyone who touches my truck',
  ])('flags "%s" for a person', (text) => {
    expect(threat(text)).toBeDefined();
  });

  it.each([
    'I know which daycare your son goes to, mine goes there too!',
    "You won't be so tired with a good night's sleep",
    'The kids came out in a bag race at the picnic',
    'I sharpened my knives for the chili cook-off',
    'The city has 24 hours before the deadline to respond',
    "You're lucky I had my wallet, the deli doesn't take cards",
    'Police found the body of a missing hiker on Sunday',
  ])('leaves "%s" alone', (text) => {
    expect(threat(text)).toBeUndefined();
  });
});

describe('threats in chat spelling (0.6.4)', () => {
  const threat = (text: string) =>
    createModerator()
      .classify({ text })
      .reasons.find((r) => r.category === 'threat');

  it('reads them as the words they stand for, with evidence in the words written', () => {
    const reason = threat('yo i wil kil u tonite');
    expect(reason).toBeDefined();
    expect(reason?.evidence.map((e) => e.text).join(' ')).toContain('kil u');
    expect(threat('someone shud shoot that cop')).toBeDefined();
    expect(threat('u r goin 2 die')).toBeDefined();
  });

  it('leaves chat-spelled harmless sentences alone', () => {
    expect(threat('i wil call u 2morrow')).toBeUndefined();
    expect(threat('ill brake for the school bus')).toBeUndefined();
    expect(threat('2 people were hurt in the crash on 5th')).toBeUndefined();
  });
});

describe('threats a police page gets (0.6.4, blind 34)', () => {
  const threat = (text: string) =>
    createModerator()
      .classify({ text })
      .reasons.find((r) => r.category === 'threat');

  it.each([
    "You'll learn what a bat can do to a windshield",
    'We know where you jog, Deputy.',
    "That'll be the last arrest you ever make",
    'The judge is a dead man',
    "Next time it's a bomb.",
    "I've got a few bullets saved for you",
    'Keep lying and see if you still have a jaw next week',
  ])('flags "%s" for a person', (text) => {
    expect(threat(text)).toBeDefined();
  });

  it.each([
    "You'll learn what a good mechanic can do for a windshield",
    'We know where you park is a mess, the lot needs paint',
    'This will be the last parade of the season',
    "Next time it's a potluck, bring a dish",
    "I'll be waiting outside your house to pick you up at six.",
  ])('leaves "%s" alone', (text) => {
    expect(threat(text)).toBeUndefined();
  });
});

describe('a threat quoted after "quoting" is reported, not made (0.6.8)', () => {
  const moderator = createModerator();
  const flags = (text: string) => moderator.classify({ text }).flags;

  it('reads the quotation as reported', () => {
    expect(
      flags(
        'Quoting the caller: "I\'m going to shoot up the school." Please take these seriously.',
      ),
    ).not.toContain('threat');
  });

  it('still reads the same words unquoted', () => {
    expect(flags("I'm going to shoot up the school.")).toContain('threat');
  });
});

describe('a negated subject is no call for violence (0.6.8)', () => {
  const moderator = createModerator();
  const flags = (text: string) => moderator.classify({ text }).flags;

  it.each([
    'No immigrant should ever be killed for who they are.',
    'No Muslim deserves to be shot.',
    'I think that no police officer should ever get shot on duty.',
  ])('leaves "%s" alone', (text) => {
    expect(flags(text)).not.toContain('threat');
  });

  it.each([
    'No, Muslims deserve to be shot.',
    'No mercy, immigrants should be killed.',
    'No immigrant should be killed, but every Muslim should be shot.',
  ])('still flags "%s"', (text) => {
    expect(flags(text)).toContain('threat');
  });
});

describe('a doubled consonant in chat spelling (0.6.8)', () => {
  const moderator = createModerator();
  it('reads "stabb" as "stab" in a threat, and nowhere else', () => {
    expect(moderator.classify({ text: "I'm gonna stabb you" }).flags).toContain('threat');
    expect(moderator.classify({ text: 'the stabb wound healed' }).flags).toEqual([]);
  });
});

describe('promised regret and an insult after "die" (0.6.8)', () => {
  const moderator = createModerator();
  const threat = (text: string) => moderator.classify({ text }).flags.includes('threat');

  it.each([
    'YOU ARE GOING TO DIE YOU STUPID ADMIN',
    'You will regret banning me. I promise you that.',
    "You'll regret crossing me",
    "you'll regret this, I swear",
  ])('flags "%s"', (text) => {
    expect(threat(text)).toBe(true);
  });

  it.each([
    "you'll regret not citing that",
    "you'll regret this haircut lol",
    'You will regret it, I promise, the traffic downtown is awful',
    'If you skip the vaccine you will regret it, I promise',
  ])('leaves "%s" alone', (text) => {
    expect(threat(text)).toBe(false);
  });
});

describe('threats in comment-section words (0.6.9)', () => {
  const moderator = createModerator();
  const threat = (text: string) =>
    moderator.classify({ text }).reasons.find((r) => r.category === 'threat');

  it.each([
    ['covid should take every one of those protesters', 'wishing someone dead'],
    ['get your rifles boys, time to take out the trash', 'call for violence'],
    ['ship them back or shoot them', 'call for violence'],
    ['your kids wont be safe after what you posted', 'intimidation'],
    ["we're coming for you tonight", 'intimidation'],
    ["you'll end up in a body bag", 'intimidation'],
    ['just drink bleach', 'telling someone to die'],
  ])('flags "%s" as %s, for a person', (text, label) => {
    const reason = threat(text);
    expect(reason?.label).toBe(label);
    expect(moderator.classify({ text }).action).toBe('queue');
  });

  it.each([
    'covid took my neighbour in the spring, get vaccinated',
    'grab your rifles boys, deer season opens at dawn',
    "your kids won't be safe if the city cuts the crossing guards",
    "we're coming for you in the election, mayor",
    'if you keep speeding on that curve you will end up in a ditch',
    "you won't walk again for a month after knee surgery",
    'the president told people to drink bleach',
  ])('does not flag "%s"', (text) => {
    expect(threat(text)).toBeUndefined();
  });
});

describe('violence denied as a right (0.7.8)', () => {
  const moderator = createModerator();
  const flagged = (text: string) => moderator.classify({ text }).flags.includes('threat');

  it.each([
    "Someone cutting you off doesn't mean you get to run them off the road.",
    'A bad call by the umpire does not give anyone the right to beat him in the parking lot.',
  ])('does not flag "%s"', (text) => {
    expect(flagged(text)).toBe(false);
  });

  it.each([
    "That doesn't mean I won't run you off the road.",
    "I'm going to run you off the road.",
  ])('still flags "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });
});

describe('stock veiled threats, and the same phrases talked about (0.7.9)', () => {
  const moderator = createModerator();
  const threat = (text: string) => moderator.classify({ text }).flags.includes('threat');

  it.each([
    "You'll regret the day you wrote me that ticket.",
    "You have no idea who you're messing with.",
    'Better hope we never meet off duty.',
    "You won't see it coming.",
    'Your wife should start thinking about what to wear to a funeral.',
    'Tell your family goodbye while you still can.',
    'Payback is coming for every one of you at that station.',
    // Said, not talked about: "is the only solution" names no phrase.
    'Death to cops is the only solution.',
    'Hang the chief is what I say.',
  ])('flags "%s"', (text) => {
    expect(threat(text)).toBe(true);
  });

  it.each([
    'Watch your back on the ice this morning, the bridge is glazed.',
    '"I know where you live" is a horror movie I never finished.',
    'Sleep with one eye open is how I describe having a newborn.',
    "You'll regret not getting your flu shot.",
    "We're planning a surprise party for the sergeant, you won't see it coming.",
    "I'm coming for your title next season, you won't see it coming.",
    'Payback for all those volunteer hours: free pancakes Saturday.',
  ])('does not flag "%s"', (text) => {
    expect(threat(text)).toBe(false);
  });
});

describe('incitement against groups: vigilantes, calls to arms, problems solved by weapons (0.7.10)', () => {
  const moderator = createModerator();
  const threat = (text: string) => moderator.classify({ text }).flags.includes('threat');

  it.each([
    "If the county won't move the campers, we'll handle it with our rifles.",
    'Go to the shelter tonight and show them what happens to their kind.',
    'Grab your shotguns and clean out the camp by the river.',
    'Grab a noose and meet at the jail, he is not making it to trial.',
    'Any immigrant found on our farm is going to be six feet under.',
    'The gang problem would be fixed overnight with a few rounds of buckshot.',
    "I'd give anything to see those protesters get run over.",
  ])('flags "%s"', (text) => {
    expect(threat(text)).toBe(true);
  });

  it.each([
    "If the city won't fix the potholes, we'll do it with a few bags of asphalt.",
    'Show them what happens to plastic bottles when they end up in the ocean.',
    'Grab your rifles and head to the range, the qualification class starts at 9.',
    'Grab your torches and meet at the courthouse for the candlelight vigil.',
    'Any gopher caught in my yard is getting buried, they ruined my garden.',
    'Any package found on my porch is getting returned to the sender.',
    'The parking problem would be fixed with one bullet point in the new ordinance.',
    'The rat problem was solved with some traps and a cat.',
    "I'd pay good money to see the mayor get voted out.",
    'Grab a rope and meet at the park for the tug of war.',
  ])('does not flag "%s"', (text) => {
    expect(threat(text)).toBe(false);
  });
});

describe('veiled threats at officers in ordinary words (0.7.10)', () => {
  const moderator = createModerator();
  const threat = (text: string) => moderator.classify({ text }).flags.includes('threat');

  it.each([
    'Nice truck, Deputy. Be a shame if something happened to it.',
    "It would be awful if the chief's house burned down while he was asleep.",
    "Keep it up and you'll find out what happens at night.",
    "That officer won't be on patrol for long, or breathing.",
    "Somebody should check whether the sheriff's brakes still work.",
    'We know what time your shift ends, deputy.',
    'Nice badge. It would look great on a tombstone.',
    'People like Officer Hale tend to go missing around here.',
    "You can't hide behind that uniform forever, we'll meet when you're off duty.",
  ])('flags "%s"', (text) => {
    expect(threat(text)).toBe(true);
  });

  it.each([
    "That's a nice old oak by the library. It would be a shame if something happened to it in the storm.",
    "You'll find out what happens in the dark when you watch the documentary about owls.",
    "We know what time your shift ends, so we'll have lunch ready for the whole squad.",
    'People like you tend to disappear from the comments when the facts come out.',
    'Your car would look better with a few holes in it patched, the rust is bad.',
    'The engraving will look nice on a headstone, the monument shop does great work.',
    "We'll talk when you're off duty, coach wants the team photos.",
    "I'd hate for your daughter to walk home alone in this storm, can someone pick her up?",
  ])('does not flag "%s"', (text) => {
    expect(threat(text)).toBe(false);
  });
});

describe('a threat quoted after a verb of saying is reported, quotation marks or not (0.7.10)', () => {
  const moderator = createModerator();
  const threat = (text: string) => moderator.classify({ text }).flags.includes('threat');

  it.each([
    'People who say "all cops should be executed" are not helping anyone.',
    'Anyone who says “refugees should be drowned” should be ashamed.',
  ])('does not flag "%s"', (text) => {
    expect(threat(text)).toBe(false);
  });

  it.each(['All cops should be executed.', '"All cops should be executed," I say.'])(
    'still flags "%s"',
    (text) => {
      expect(threat(text)).toBe(true);
    },
  );
});

describe('direct threats in varied grammar, and the reports and warnings beside them (0.7.10)', () => {
  const moderator = createModerator();
  const threat = (text: string) => moderator.classify({ text }).flags.includes('threat');

  it.each([
    'You and your partner will be found in a ditch.',
    'Those protesters are going to get run over if they block our street again.',
    'Cops like you get shot in parking lots, remember that.',
  ])('flags "%s"', (text) => {
    expect(threat(text)).toBe(true);
  });

  it.each([
    "My neighbor's house burned down with the family inside and nobody has been charged.",
    "I'll be waiting outside your house with a casserole tonight, welcome to the block!",
    'Pedestrians are going to get run over if they cross the road by the school, we need a light.',
    'Officers like you get hurt on these calls all the time, stay safe out there.',
    'Kids are going to get hurt if they stand on our fence, please tell them.',
  ])('does not flag "%s"', (text) => {
    expect(threat(text)).toBe(false);
  });
});

describe('threats against groups, and the same words reported, denounced or asked to stop (0.7.10)', () => {
  const moderator = createModerator();
  const threat = (text: string) => moderator.classify({ text }).flags.includes('threat');

  it.each([
    'If I ever meet one of those protesters, they are dead.',
    'Refugees should all be executed.',
  ])('flags "%s"', (text) => {
    expect(threat(text)).toBe(true);
  });

  it.each([
    'I hate it when people say refugees should be burned alive.',
    'Statements like "immigrants need to be wiped out" are vile.',
    'It is time to stop killing trans people.',
    "If I ever see that movie again, it's dead to me.",
  ])('does not flag "%s"', (text) => {
    expect(threat(text)).toBe(false);
  });
});

describe('threats spelled with digits or drawn out (0.7.10)', () => {
  const moderator = createModerator();
  const threat = (text: string) => moderator.classify({ text }).flags.includes('threat');

  it.each(['All of them should be ex3cuted.', "I'll keeeeel you", 'Death 2 all those ppl'])(
    'flags "%s"',
    (text) => {
      expect(threat(text)).toBe(true);
    },
  );

  it.each(['D1e Hard is the best Christmas movie', "I'll keeeeel over if this heat keeps up lol"])(
    'does not flag "%s"',
    (text) => {
      expect(threat(text)).toBe(false);
    },
  );
});

describe('a warning and a game, read by older rules as threats (0.7.10, found writing near-misses)', () => {
  const moderator = createModerator();
  const threat = (text: string) => moderator.classify({ text }).flags.includes('threat');

  it.each([
    "You will end up in the river if you kayak past the dam, it's closed.",
    "I'd pay good money to watch the Cowboys get beaten by the Eagles.",
  ])('does not flag "%s"', (text) => {
    expect(threat(text)).toBe(false);
  });

  it('still flags the menace in the same words', () => {
    expect(threat('You will end up in the river, snitch.')).toBe(true);
  });
});

describe('a threat with a question tagged on is still a threat (0.7.11, found in the read-over)', () => {
  const flagged = (text: string) => moderator.classify({ text }).flags.includes('threat');

  it.each([
    'I will kill you, got it?',
    "I'm going to shoot you, understand?",
    'I will put a bullet in your head, you hear me?',
    'I will put a bullet in him, does that scare you?',
    "I'll put a bullet in you, can't stop me",
    'put a bullet in his calf and watch him crawl',
  ])('flags "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'He should be executed? No, he should get a fair trial.',
    'Should he be hanged, ok?',
    'He broke in and slit the throats of the guards, the documentary said.',
    'The contractor missed the deadline, should have finished the job in May.',
    'He put a bullet in the deer at 200 yards, clean shot.',
  ])('does not flag "%s"', (text) => {
    expect(flagged(text)).toBe(false);
  });
});

describe('weapons in emoji are read as the words they stand for (0.7.11)', () => {
  const verdictOf = (text: string) => moderator.classify({ text });

  it.each([
    ['I will 🔪 you', '🔪'],
    ['gays should all be ⚰️', '⚰️'],
    ['🔫🔫 the chief', '🔫🔫'],
  ])('flags "%s" with the emoji as evidence', (text, emoji) => {
    const verdict = verdictOf(text);
    expect(verdict.flags).toContain('threat');
    const evidence = verdict.reasons
      .filter((r) => r.category === 'threat')
      .flatMap((r) => r.evidence.map((e) => e.text));
    expect(evidence.some((e) => e.includes(emoji))).toBe(true);
  });

  it.each(['this chili is 🔥', 'gonna 🔥 up the grill Saturday', "I'm so 💀 at this"])(
    'leaves "%s" alone',
    (text) => {
      expect(verdictOf(text).flags).not.toContain('threat');
    },
  );
});

describe('"burn it all down" is an idiom of politics, not arson (0.7.11, found probing criticism)', () => {
  const flagged = (text: string) => moderator.classify({ text }).flags.includes('threat');

  it.each([
    'Burn it all down, defund the police',
    'burn everything down and start over, this council is hopeless',
  ])('does not flag "%s"', (text) => {
    expect(flagged(text)).toBe(false);
  });

  it.each(['burn it all down with them inside', 'burn the station down'])(
    'still flags "%s"',
    (text) => {
      expect(flagged(text)).toBe(true);
    },
  );
});

describe('"you\'re killing us with these fines" is a complaint (0.7.11, found probing criticism)', () => {
  const flagged = (text: string) => moderator.classify({ text }).flags.includes('threat');

  it.each([
    "You're killing us with these fines.",
    "They're killing us slowly with these taxes",
    "you're killing us, stop shooting people",
  ])('does not flag "%s"', (text) => {
    expect(flagged(text)).toBe(false);
  });

  it('still flags "I\'m killing you tonight"', () => {
    expect(flagged("I'm killing you tonight")).toBe(true);
  });
});

describe('the reader found and menaced (round 125)', () => {
  it('opens the rule for each way of saying so, "took pictures" too', () => {
    for (const text of [
      'I took pictures of your house. Sleep tight.',
      'I traced your IP, expect a visit.',
      'Found out where you work, I will be outside.',
    ]) {
      expect(moderator.classify({ text }).flags, text).toContain('threat');
    }
    // Among neighbours: no menace.
    expect(
      moderator.classify({
        text: 'We took photos of your house for the porch contest, see you soon!',
      }).flags,
    ).not.toContain('threat');
  });
});

describe("a rule's gate words hold the words of its matches", () => {
  // Found by running every rule on every handwritten and dataset sentence whatever its gate
  // words: these matched with none of their rule's gate words in the comment, so never ran.
  it('opens the rules of "pays for it", "run over" and "brakes"; a possessive opens no harmless twin', () => {
    for (const text of [
      'Give my brother his car back by tonight or your wife pays for it.',
      'I hope every protester gets run over',
      'Hope your brakes work, councilman.',
    ]) {
      expect(moderator.classify({ text }).flags, text).toContain('threat');
    }
    for (const text of [
      'Posting "I hope every protester gets run over" is not free speech, it\'s incitement.',
      "We're coming for your family's famous chili recipe at the cookoff.",
    ]) {
      expect(moderator.classify({ text }).flags, text).not.toContain('threat');
    }
  });
});

describe("menace at the reader's family and belongings (round 130)", () => {
  it("flags harm named to what is the reader's, possessives too", () => {
    for (const text of [
      "Keep it up and your mother's house burns next.",
      "Your wife's car would burn real nice, officer.",
      "Or your son's family pays the price.",
      'Tell your kids to watch their back.',
      "I'd hate for something bad to happen to your house!",
    ]) {
      expect(moderator.classify({ text }).flags, text).toContain('threat');
    }
  });
  it('not a warning of a danger, a turn in line or a holiday missed', () => {
    for (const text of [
      "I'd hate for something bad to happen to your daughter's car, so please get that recall fixed.",
      'Keep it up and your kids are next to get the honor roll award!',
      'Your house would burn real fast with those space heaters, please be careful.',
      "Shame if your daughter didn't make it home for Thanksgiving, the flights are a mess.",
      "Tell your son to watch his back on the ice, the pond isn't frozen through.",
    ]) {
      expect(moderator.classify({ text }).flags, text).not.toContain('threat');
    }
  });
});

describe('violence suffered or witnessed, told by the victim or the witness (0.7.19)', () => {
  const flagged = (text: string) => moderator.classify({ text }).flags.includes('threat');

  it.each([
    // A civil tweet of the MD-Agreement set (no annotator called it offensive), queued before.
    'Today I watched cops hurt innocent people again. They were not protecting us, they tear gassed us and shot rubber bullets at us.',
    'The deputy beat me in the back of the car and nobody cares.',
    'They shot rubber bullets at us at the protest last night.',
    'I saw the officer shoot him in the back.',
    'We watched the cops beat a kid on 5th street.',
  ])('does not flag "%s"', (text) => {
    expect(flagged(text)).toBe(false);
  });

  it.each([
    "Shoot me and I'll shoot you first.",
    'I saw him and I will kill him.',
    "I watched you leave, next time I'll shoot you.",
    'We saw the cops, we should kill them all.',
    'They gassed us, so we will burn the station down.',
  ])('still flags "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });
});

describe('contractions in the threat rules (0.7.20)', () => {
  const flagged = (text: string) => moderator.classify({ text }).flags.includes('threat');

  // A rule's words after a space ("they\s+(?:will|'ll)") never met "they'll": the contraction is
  // written against its word, and is read so now.
  it.each([
    "You're on borrowed time, Deputy.",
    "We'll burn this city down street by street until the last cop is gone.",
    "You're getting stomped next time I see you.",
    "You'll get popped, snitch.",
    "You'll get bodied tonight.",
    // In a group with groups inside it.
    "Keep it up and your mother's house'll burn next.",
  ])('reads a contraction written against its word: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  // "'em" and "'til" follow a space: rewriting them as attached contractions lost these.
  it.each(["Deport 'em or shoot 'em.", "Gather 'em up and burn 'em."])(
    'still reads "\'em" after a space: "%s"',
    (text) => {
      expect(flagged(text)).toBe(true);
    },
  );
});

describe('words run together, in hashtags and lines typed without spaces (0.7.21)', () => {
  it('reads "#KillAllCops" as its words, with the hashtag as written for evidence', () => {
    const v = createModerator().classify({ text: 'So true. #KillAllCops' });
    expect(v.flags).toContain('threat');
    const evidence = v.reasons.flatMap((r) => r.evidence.map((e) => e.text));
    // Read by two rules, with and without its '#': shown once, as written.
    expect(evidence).toEqual(['#KillAllCops']);
  });

  it.each([
    '#hangthemall',
    'i will killallthecops',
    '#ShootTheChief',
    'friday #executethejudge',
    'yourenext',
    'I k n o w w h e r e y o u l i v e',
    'k i l l a l l c o p s',
  ])('flags "%s"', (text) => {
    expect(threat(text).length).toBeGreaterThan(0);
  });

  it.each([
    '#DefundThePolice',
    '#skillset',
    '#killingit',
    'a few rounds of buckshot at the range',
    'the deathtrap intersection on 5th needs a light',
    '#gasprices are killing me',
    '#nextdoorneighbours',
    'U S A U S A U S A',
    'w h a t a g r e a t d a y',
  ])('leaves "%s" alone', (text) => {
    expect(
      threat(text).filter((s) => s.label !== 'violent wording aimed at people (threat model)'),
    ).toEqual([]);
    expect(createModerator().classify({ text }).flags).not.toContain('threat');
  });
});

describe('civil political speech read as a threat by a rule (0.7.21, from the civil sets)', () => {
  it.each([
    'People keep wishing sickness or death to other people online, we are a sick nation.',
    'You will soon be voted out of the senate, your days are numbered.',
    "I've been watching you tube since I've been sick.",
    'sounds engineered to me! conspiracy theorists have fun with that one',
    'Keep calm and vote Democrat. Well, your democracy did just die, but keep fighting.',
    'GOP to America: drop dead',
    'Plus some of you are gonna die. Coronavirus will be happy to kill any of you.',
  ])('leaves "%s" alone', (text) => {
    expect(threat(text).filter((s) => !s.label.includes('threat model'))).toEqual([]);
  });

  it.each([
    'Death to all cops.',
    'Your days are numbered, officer.',
    "I've been watching you, Detective.",
    'The boys in cell block C are going to have fun with this one',
    'Just die already.',
    'Drop dead, pig.',
    'You are gonna die tonight, officer.',
  ])('still flags "%s"', (text) => {
    expect(threat(text).length).toBeGreaterThan(0);
  });
});

describe("a rule's gate words hold the words of its matches (0.7.21 audit)", () => {
  // Every rule run on every handwritten and dataset sentence whatever its gate words: the street
  // words rule lists "dropped" and "jumped" but was never opened by them, and round 144's
  // goodbyes rule lost "wills" and "peace" from its gate.
  it.each([
    'u going to get dropped',
    'Everyone at the vigil better make their peace first.',
    'Everyone at the parade better update their wills.',
  ])('flags "%s"', (text) => {
    expect(threat(text).length).toBeGreaterThan(0);
  });

  it('not peace made with a loss', () => {
    const text = 'Everyone at the vigil better make their peace with the loss.';
    expect(threat(text).filter((s) => !s.label.includes('threat model'))).toEqual([]);
  });
});

describe('no rule opens with a far-reaching lookbehind (0.7.22)', () => {
  // A lookbehind that opens a pattern is tried at every position of every comment the rule runs
  // on; one that looks back across 120 or 240 characters costs milliseconds a comment. Eight
  // rules of 0.7.22 written that way cost 13% of the classifier's throughput until their context
  // was matched forwards instead.
  const leading = (source: string): string | undefined => {
    if (!/^\(\?<[=!]/.test(source)) return undefined;
    let depth = 0;
    for (let i = 0; i < source.length; i++) {
      const c = source[i];
      if (c === '\\') i++;
      else if (c === '[') {
        while (source[++i] !== ']') if (source[i] === '\\') i++;
      } else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return source.slice(0, i + 1);
    }
    return source;
  };

  const reachesFar = (source: string): boolean => {
    const lb = leading(source);
    if (lb === undefined) return false;
    const bound = Math.max(0, ...[...lb.matchAll(/\{\d*,(\d+)\}/g)].map((m) => Number(m[1])));
    return bound > 20 || /\[\\s\\S\]|\[\^[^\]]*\][*+]/.test(lb);
  };

  it('every leading lookbehind reaches back a few words at most', () => {
    expect(ruleSources().filter(reachesFar)).toEqual([]);
  });

  it('tells a far-reaching lookbehind from a short one', () => {
    expect(reachesFar(String.raw`(?<=\bofficer\b[^\n]{0,240})\bnoted\b`)).toBe(true);
    expect(reachesFar(String.raw`(?<=\bvote\b[\s\S]{0,9})\bbox\b`)).toBe(true);
    expect(reachesFar(String.raw`(?<=\bvote\b[^.]*)\bbox\b`)).toBe(true);
    expect(reachesFar(String.raw`(?<=^|[.!?\n]\s*)shame\s+if`)).toBe(false);
    expect(reachesFar(String.raw`\bofficer\b[^\n]{0,240}?\bnoted\b`)).toBe(false);
  });
});

describe("0.7.22's exceptions read only what they mean (read over)", () => {
  // The Molotov rule's report words took any "was" in the comment, and the firing-squad rule's
  // death-penalty words any "bill" or "court": a threat beside either was dropped.
  it.each([
    'The last protest was a joke. Molotovs at the precinct tonight, bring friends.',
    'Firing squads for every traitor in Congress who passed this bill.',
  ])('flags "%s"', (text) => {
    expect(threat(text).length).toBeGreaterThan(0);
  });

  it.each([
    'Two molotovs were thrown at the precinct last night, police say.',
    'Bring back the firing squad for convicted child killers, the legislature should pass the bill.',
  ])('leaves "%s" alone', (text) => {
    expect(threat(text).filter((s) => !s.label.includes('threat model'))).toEqual([]);
  });
});
