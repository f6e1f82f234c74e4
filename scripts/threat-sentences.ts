/**
 * Sentences written for training the threat model (I.3: threats go to a person), because
 * threats are scarce in every public dataset (54 in the Wikipedia set, 252 noisy ones in the Gab
 * set). Composed from parts, both sides on purpose:
 *  - threats of every kind: first, second and third person; wishes of death; calls to kill,
 *    hang, shoot or execute a person or a group; bombs and arson; intimidation ("you're next",
 *    "I know where you live", "you'll regret this");
 *  - as many harmless sentences built from the same words: negation ("no one deserves to die"),
 *    reports of violence, including by police ("the officer shot him"), counter-speech that
 *    quotes a threat to condemn it, casual idiom ("I'll kill it at the gym"), ordinary plans
 *    ("I'm going to hug my neighbour tomorrow"), and harsh criticism of police and officials.
 *
 * Training only. The handwritten sentences that measure the model (scripts/handwritten.ts) are
 * written separately and never composed from these parts. Deterministic: a seeded generator
 * picks the combinations.
 */
import { seededRandom } from '../moderation/model/linear.js';

export interface WrittenRow {
  text: string;
  label: 0 | 1;
  /** What the sentence stands for, for the data card's counts. */
  kind: string;
}

const GROUPS = [
  'immigrants',
  'muslims',
  'jews',
  'christians',
  'liberals',
  'conservatives',
  'democrats',
  'republicans',
  'cops',
  'protesters',
  'journalists',
  'politicians',
  'refugees',
  'foreigners',
  'gays',
  'women',
  'migrants',
  'leftists',
  'traitors',
  'these people',
  'those animals',
  'blacks',
  'whites',
  'mexicans',
  'the homeless',
  'lawyers',
  'judges',
];

const PEOPLE = [
  'you',
  'him',
  'her',
  'them',
  'your whole family',
  'every one of you',
  'all of you',
  'that judge',
  'the mayor',
  'that cop',
  'the chief',
  'your kids',
  'you and your family',
  'that reporter',
  'my neighbor',
  'the officer',
  'that bitch',
  'this guy',
  'the governor',
  'the senator',
];

const I_WILL = [
  'I will',
  "I'll",
  'I am going to',
  "I'm gonna",
  'I am about to',
  'I want to',
  'I swear I will',
  'we will',
  "we're going to",
  'imma',
  'I promise I will',
  "I can't wait to",
  'I would love to',
  'I plan to',
  'me and my boys will',
  'one day I will',
];

const HARM = [
  'kill',
  'shoot',
  'stab',
  'murder',
  'hang',
  'execute',
  'strangle',
  'behead',
  'slaughter',
  'beat the shit out of',
  'hurt',
  'burn',
  'bury',
  'gut',
  'slit the throat of',
  'put a bullet in',
  'break the neck of',
  'run over',
  'blow the head off',
  'torture',
  'choke',
  'lynch',
  'gun down',
  'skin',
  'decapitate',
  'cut up',
  'end',
  'destroy',
  'smash the skull of',
  'set fire to',
  'drown',
];

const PASSIVE = [
  'shot',
  'hanged',
  'hung',
  'executed',
  'killed',
  'lynched',
  'gassed',
  'burned alive',
  'put down',
  'exterminated',
  'wiped out',
  'beheaded',
  'shot on sight',
  'lined up and shot',
  'strung up',
  'drowned',
  'tortured',
  'eliminated',
  'put against a wall',
  'stabbed',
  'beaten to death',
  'murdered',
  'gunned down',
  'hunted down',
  'slaughtered',
];

const TAIL = [
  '',
  '.',
  '!',
  ' tonight',
  ' when I find you',
  ' if you show up again',
  ' one day',
  ' with my bare hands',
  ' and nobody will find the body',
  ', you piece of shit',
  ' soon',
  '!!!',
  ' I swear',
  ' and I mean it',
];

const PLACES = [
  'the station',
  'the precinct',
  'city hall',
  'your office',
  'the school',
  'the mosque',
  'the church',
  'the synagogue',
  'the courthouse',
  'the parade',
  'the rally',
  'your house',
  'the police department',
  'the mall',
];

/** Harmless verbs and completions in the same frames as the threats. */
const BENIGN = [
  'help',
  'thank',
  'call',
  'visit',
  'hug',
  'support',
  'meet',
  'invite',
  'pay',
  'hire',
  'vote for',
  'listen to',
  'protect',
  'feed',
  'teach',
  'welcome',
  'forgive',
  'remember',
  'follow',
  'interview',
  'sue',
  'vote out',
  'fire',
  'arrest',
  'investigate',
  'recall',
  'report',
];
const WELL = [
  'welcomed',
  'respected',
  'protected',
  'heard',
  'treated fairly',
  'thanked',
  'paid more',
  'fired',
  'arrested',
  'investigated',
  'held accountable',
  'charged',
  'voted out',
  'recalled',
  'prosecuted',
  'promoted',
  'honored',
  'ashamed',
  'banned from the page',
];
const DESERVED = ['a raise', 'better', 'an apology', 'credit', 'a medal', 'a day off', 'the award'];
const FEEL = [
  'feel better soon',
  'have a great day',
  'enjoy the parade',
  'get home safe',
  'find your dog',
  'win',
  'get the job',
  'recover quickly',
  'read this',
];
const KNOW = ['work', 'live, we are neighbours', 'go to church', 'shop', 'stand on this'];
const PLACES_2 = ['holland', 'town', 'the county', 'the north end', 'ohio'];
const NOUNS = ['step', 'language', 'speed', 'weight', 'diet', 'kids at the pool'];
const THINGS = ['seat', 'parking spot', 'lost wallet', 'box', 'sale', 'fundraiser'];
const TAIL_2 = ['', '.', '!', ' tomorrow', ' this week', ' soon', ' and I mean it', ' for sure'];

const INSULTS = [
  'you idiot',
  'bitch',
  'you scumbag',
  'loser',
  'you pig',
  'asshole',
  'you moron',
  '',
];

/** Threat templates; {P} a person, {G} a group, {H} harm, {V} a passive, {L} a place, {I} I-will, {T} a tail, {X} an insult. */
const THREATS: readonly string[] = [
  '{I} {H} {P}{T}',
  '{I} {H} {P}{T}',
  '{I} {H} every {G1} I see{T}',
  '{I} {H} all {G}{T}',
  'someone should {H} {P}',
  'somebody needs to {H} {P}',
  'someone needs to put a bullet in {P}',
  'people should {H} {G}',
  'we need to {H} all {G}',
  '{G} should be {V}',
  '{G} should all be {V}',
  'all {G} must be {V}',
  '{P} should be {V}',
  '{P} deserves to be {V}',
  '{P} needs to be {V}',
  '{G} deserve to be {V}',
  '{G} deserve to die',
  '{P} deserves a bullet',
  'I hope you die{T}',
  'I hope you die {X}',
  'I hope you get {V}',
  'I hope someone shoots {P}',
  'I hope somebody kills {P}',
  'I wish someone would {H} {P}',
  'hope you get cancer and die',
  'die {X}',
  'go die in a fire {X}',
  'kill yourself {X}',
  'go kill yourself',
  'the world would be better if you were dead',
  'you should be {V}',
  'you deserve to be {V}',
  'you all deserve to die',
  'kill all {G}',
  'kill every last one of {G}',
  'death to {G}',
  'death to all {G}',
  'exterminate the {G}',
  'round up the {G} and shoot them',
  'the only good {G1} is a dead {G1}',
  'time to start hanging {G}',
  'grab your guns, it is time to take care of {G}',
  'gas the {G}',
  'nuke them all',
  'burn their houses down',
  'hang them all',
  'hang them from the nearest tree',
  'line them up and shoot them',
  'shoot them on sight',
  'let them drown',
  'it is time for a purge of {G}',
  'we will wipe {G} off the map',
  '{G} will pay in blood',
  'there will be blood',
  'I know where you live{T}',
  'I know where you live {X}',
  'I know where your kids go to school',
  'we know where you work',
  'I know where you sleep',
  "you're next",
  'you are next {X}',
  'watch your back {X}',
  "you'll regret this",
  'you will regret the day you were born',
  'you will pay for this',
  'sleep with one eye open',
  'your days are numbered',
  'it would be a shame if something happened to your family',
  'nice house, would be a shame if it burned down',
  "I'm coming for you",
  'we are coming for you and your family',
  "you won't see it coming",
  'you better hope I never see you on the street',
  "next time you won't be so lucky",
  "you're a dead man",
  'enjoy your last days',
  'I have your address',
  'they will find you in a ditch',
  "I'll be waiting outside {L} for you",
  "there's a bomb in {L}",
  'there is a bomb at {L}',
  'I am going to blow up {L}',
  "I'll blow up {L}",
  'I planted a device at {L}',
  '{L} will go up in flames tomorrow',
  'someone should bomb {L}',
  "I'll burn down {L}",
  "I'm going to shoot up {L}",
  'we will burn {L} to the ground',
  'bring a gun to {L} tomorrow and start shooting',
  'I will make you suffer',
  'you will die screaming',
  'I will find you and {H} you',
  'I will hunt you down',
  'say that to my face and see what happens',
  'keep talking and you will end up in the hospital',
  'one more word and I will break your jaw',
  'I will come to your house and {H} you',
  'wait until I catch you alone',
  // Incitement and glorification of violence against groups.
  'hope they all hang',
  'hope all the {G} hang some day soon',
  "I can't wait to watch {G} be slaughtered",
  'let them all starve',
  'let the {G} burn',
  '{G} convert or die',
  'the day of the rope is coming for {G}',
  'kill em all',
  'kill em all, only way to deal with {G}',
  'shoot this scum dead',
  '{G} need to be totally destroyed, and all who support them',
  '{G} need to be wiped off the face of the earth',
  'time to slay the {G}',
  'nuke them until they glow',
  'drop a bomb on their neighborhood',
  'it is open season on {G}',
  'lock and load, it is time to deal with {G}',
  'the streets will run red with the blood of {G}',
  'start the civil war with {G}',
  'sink their boats and let them drown',
  'knock out every {G1} you see',
  'we should start shooting {G}',
  'send {G} to the gas chambers',
  '{G} belong in ovens',
  'make {G} afraid to leave their homes',
  'beat up every {G1} you see',
  'punch a {G1} in the face today',
  'somebody should burn down their houses with them inside',
  'when the shooting starts, {G} go first',
  'I would gladly pull the trigger on {G}',
  'a rope and a tree for every {G1}',
  'the only solution for {G} is a bullet',
  '{G} need to be dealt with permanently',
  'we will hunt {G} down one by one',
  'line the {G} up against a wall',
  'throw them off a bridge',
];

/** Harmless sentences with the same words: negation, reports, counter-speech, idiom, plans, criticism. */
const HARMLESS: readonly [string, string][] = [
  ['negation', 'no one should be {V}'],
  ['negation', 'nobody deserves to be {V}'],
  ['negation', 'nobody deserves to die'],
  ['negation', 'no one deserves to die like that'],
  ['negation', 'I would never {H} anyone'],
  ['negation', 'I do not want anyone to get hurt'],
  ['negation', 'we must not let {G} be {V}'],
  ['negation', 'no one should be shot over a traffic stop'],
  ['negation', 'nobody should have to fear being shot by police'],
  ['negation', 'I hope nobody gets hurt tonight'],
  ['negation', 'I hope no one dies in this heat'],
  ['negation', 'no one should ever threaten to {H} {P}'],
  ['negation', '{G} should not be {V} for who they are'],
  ['negation', 'I never said anyone should be {V}'],
  ['negation', 'please, nobody {H} anyone, stay peaceful'],
  ['report', 'the officer {Hed} him'],
  ['report', 'police said the suspect {Hed} a man outside the bar'],
  ['report', 'the suspect threatened to {H} {P}'],
  ['report', 'he threatened to {H} his neighbor and was arrested'],
  ['report', 'a man was {V} on Main Street last night'],
  ['report', 'my cousin was {V} last year'],
  ['report', 'the cop shot an unarmed man'],
  ['report', 'officers executed a search warrant this morning'],
  ['report', 'the suspect was arrested after he threatened to shoot up the school'],
  ['report', 'a bomb threat was called in to {L}'],
  ['report', 'the bomb squad cleared {L} this afternoon'],
  ['report', 'police are investigating a shooting near {L}'],
  ['report', 'the deputy killed a dog during the raid'],
  ['report', 'two people were killed in the crash'],
  ['report', 'he told me he would kill me and I called the police'],
  ['report', 'she said she was going to {H} me, so I filed a report'],
  ['report', 'they {Hed} him in front of his kids'],
  ['report', 'the video shows officers beating a teenager'],
  ['report', 'a woman was {V} in her home, police said'],
  ['report', 'the man who {Hed} my brother got ten years'],
  ['counter', 'saying "{I} {H} you" is a threat and should be reported'],
  ['counter', 'threatening to {H} people is never ok'],
  ['counter', 'whoever wrote "hang them all" should be ashamed'],
  ['counter', 'people who say {G} should be {V} are sick'],
  ['counter', 'calls to {H} {G} have no place here'],
  ['counter', 'someone posted that {G} deserve to die, that is disgusting'],
  ['counter', 'I reported the comment that said "{Y}"'],
  ['counter', 'writing "{Y}" is a crime, please report it'],
  ['idiom', "I'll kill it at the gym tomorrow"],
  ['idiom', 'this traffic is killing me'],
  ['idiom', 'shoot me a message when you get in'],
  ['idiom', "we'll find a way"],
  ['idiom', "I'm dying to know what happened"],
  ['idiom', 'that was a killer deal'],
  ['idiom', 'I could murder a burger right now'],
  ['idiom', 'break a leg tonight'],
  ['idiom', "you're going to kill it tomorrow"],
  ['idiom', 'my feet are killing me'],
  ['idiom', 'she killed that performance'],
  ['idiom', 'we will crush this fundraiser'],
  ['idiom', 'I am going to shoot some hoops after work'],
  ['idiom', "we'll hang out later"],
  ['idiom', "I'll hang the picture in the hallway"],
  ['idiom', "I'll beat you at chess next time"],
  ['idiom', "I'll find you a seat"],
  ['idiom', "I'm going to shoot photos at {L}"],
  ['idiom', 'we will execute the plan next week'],
  ['idiom', 'the movie bombed at the box office'],
  ['idiom', 'this heat is going to kill my garden'],
  ['idiom', 'that joke killed me'],
  ['idiom', "I'm dead, this is hilarious"],
  ['idiom', 'you are killing me with these puns'],
  ['idiom', 'I will destroy you at trivia night'],
  ['idiom', 'we are going to blow up the internet with this video'],
  ['idiom', 'my phone died again'],
  ['plan', "I'm going to hug my neighbor tomorrow"],
  ['plan', 'I will call you tomorrow'],
  ['plan', 'we will see you at the meeting'],
  ['plan', "I'm going to report this to the chief"],
  ['plan', "I'll vote you out"],
  ['plan', "we'll be at city hall on Tuesday"],
  ['plan', "I'm going to file a complaint"],
  ['plan', 'I will sue the department'],
  ['plan', "we're coming to the council meeting"],
  ['plan', "I'll see you in court"],
  ['plan', "I'm going to the station to file a report"],
  ['plan', 'I know where you work, I walk past it every day'],
  ['plan', 'we will be watching how you vote'],
  ['plan', 'I will find out who did this and tell the police'],
  ['plan', 'I will end my subscription'],
  ['plan', 'we are going to protest at {L} peacefully'],
  ['plan', 'I am going to bring cookies to {L}'],
  ['plan', 'I want to thank {P}'],
  ['plan', 'I will pray for {P}'],
  ['criticism', 'cops kill people every day'],
  ['criticism', 'police are going to kill someone with these tactics'],
  ['criticism', 'stop shooting unarmed people'],
  ['criticism', 'the police executed him in cold blood'],
  ['criticism', 'this department murders people and gets away with it'],
  ['criticism', 'how many more will be shot by your officers'],
  ['criticism', 'you killed an innocent man'],
  ['criticism', 'your officers beat a teenager'],
  ['criticism', 'police brutality kills'],
  ['criticism', 'they choked him to death'],
  ['criticism', 'the chief should be fired'],
  ['criticism', 'the officer should be prosecuted for murder'],
  ['criticism', 'he should be in prison'],
  ['criticism', 'those officers should be locked up'],
  ['criticism', 'the mayor should resign'],
  ['criticism', 'that cop should lose his badge'],
  ['criticism', 'you should be ashamed of yourselves'],
  ['criticism', 'your department is a disgrace'],
  ['criticism', 'the sheriff needs to be voted out'],
  ['criticism', 'defund the police'],
  ['criticism', 'these cops are thugs with badges'],
  ['criticism', 'the city is killing small businesses with these fees'],
  ['criticism', 'your policies are destroying this town'],
  ['criticism', '{G} are being {V} and you do nothing'],
  ['neutral', '{G} in our city held a food drive'],
  ['neutral', '{G} deserve fair treatment'],
  ['neutral', 'protecting {G} matters'],
  ['neutral', 'I have many friends who are {G}'],
  ['neutral', 'all {G} are welcome at the meeting'],
  ['neutral', 'the {G} I know are good people'],
  ['neutral', 'thank you for protecting us'],
  ['neutral', 'great job by the officers today'],
  ['neutral', 'stay safe out there'],
  ['neutral', 'watch your step on the ice'],
  ['neutral', 'you are next in line'],
  ['neutral', 'who is next?'],
  ['neutral', 'I live where you live, same street'],
  // The same frames as the threats with a harmless verb or object: what makes a threat is the
  // violence, not "I will", "hope you", "someone should" or "you live".
  ['frame', '{I} {B} {P}{T2}'],
  ['frame', '{I} {B} {P}{T2}'],
  ['frame', '{I} {B} every {G1} I meet'],
  ['frame', 'someone should {B} {P}'],
  ['frame', 'somebody needs to {B} {P}'],
  ['frame', 'people should {B} {G}'],
  ['frame', 'we need to {B} all {G}'],
  ['frame', '{G} should be {W}'],
  ['frame', '{G} should all be {W}'],
  ['frame', 'all {G} must be {W}'],
  ['frame', '{P} should be {W}'],
  ['frame', '{P} deserves to be {W}'],
  ['frame', '{G} deserve to be {W}'],
  ['frame', '{P} deserves {D}'],
  ['frame', 'I hope you {F}'],
  ['frame', 'hope you {F}'],
  ['frame', 'I hope someone {Bs} {P}'],
  ['frame', 'I wish someone would {B} {P}'],
  ['frame', 'you should be {W}'],
  ['frame', 'you deserve to be {W}'],
  ['frame', 'I know where you {K}'],
  ['frame', 'you live in {L2}?'],
  ['frame', 'we know you {K}'],
  ['frame', "you're next in line for {D}"],
  ['frame', 'watch your {N}'],
  ['frame', "you'll love this"],
  ['frame', 'you will pay less for this next year'],
  ['frame', "I'm coming to {L}"],
  ['frame', 'we are coming for the meeting'],
  ['frame', 'there is a {E} in {L}'],
  ['frame', "I'll be waiting outside {L} for you, text me"],
  ['frame', 'I will find you a {E}'],
  ['frame', 'I would hope so'],
  ['frame', 'that is gonna hurt the budget'],
  ['frame', 'low blow, lol'],
  ['frame', 'the world would be better if you ran for mayor'],
  ['frame', 'you will regret missing this'],
  ['frame', 'enjoy your {D}'],
  ['frame', 'hope they all {F}'],
  ['frame', "I can't wait to watch {G} {F}"],
  ['frame', 'let them all {B} us'],
  ['frame', '{G} need to be {W}'],
  ['frame', 'time to {B} the {G}'],
  ['frame', 'we should start {B}ing {G}'],
  ['frame', 'we will {B} {G} one by one'],
  ['frame', 'the only solution for {G} is {D}'],
  ['frame', 'make {G} feel {W}'],
  ['frame', 'when the meeting starts, {G} go first'],
  ['report', 'a man punched a {G1} in the face and was arrested'],
  ['report', 'someone burned down a house on my street'],
  ['report', '{G} were attacked at the rally last night'],
  ['counter', 'people calling to shoot {G} should be banned'],
  ['counter', 'the post saying {G} should hang was reported to police'],
  ['criticism', 'arrest them all and prosecute them'],
  ['criticism', 'prosecute the officers who did this'],
  ['criticism', 'close the borders and deport illegal immigrants'],
];

/** Past tenses of the harm verbs, for reports ("the officer shot him"). */
const PAST: Record<string, string> = {
  kill: 'killed',
  shoot: 'shot',
  stab: 'stabbed',
  murder: 'murdered',
  hang: 'hanged',
  execute: 'executed',
  strangle: 'strangled',
  choke: 'choked',
  beat: 'beat',
  hurt: 'hurt',
  burn: 'burned',
  torture: 'tortured',
  drown: 'drowned',
  'run over': 'ran over',
  'gun down': 'gunned down',
};

function fill(template: string, random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const group = pick(GROUPS);
  const singular = group.endsWith('s') ? group.slice(0, -1) : group;
  const pastVerb = pick(Object.keys(PAST));
  return template
    .replace(/\{I\}/g, () => pick(I_WILL))
    .replace(/\{H\}/g, () => pick(HARM))
    .replace(/\{Hed\}/g, () => PAST[pastVerb] ?? 'killed')
    .replace(/\{P\}/g, () => pick(PEOPLE))
    .replace(/\{G1\}/g, singular)
    .replace(/\{G\}/g, group)
    .replace(/\{V\}/g, () => pick(PASSIVE))
    .replace(/\{L\}/g, () => pick(PLACES))
    .replace(/\{T\}/g, () => pick(TAIL))
    .replace(/\{X\}/g, () => pick(INSULTS))
    .replace(/\{Bs\}/g, () => {
      const b = pick(BENIGN);
      const [verb, ...rest] = b.split(' ');
      return [`${verb ?? b}s`, ...rest].join(' ');
    })
    .replace(/\{B\}/g, () => pick(BENIGN))
    .replace(/\{W\}/g, () => pick(WELL))
    .replace(/\{D\}/g, () => pick(DESERVED))
    .replace(/\{F\}/g, () => pick(FEEL))
    .replace(/\{K\}/g, () => pick(KNOW))
    .replace(/\{L2\}/g, () => pick(PLACES_2))
    .replace(/\{N\}/g, () => pick(NOUNS))
    .replace(/\{E\}/g, () => pick(THINGS))
    .replace(/\{T2\}/g, () => pick(TAIL_2))
    .replace(/\{Y\}/g, () => fill(pick(THREATS.slice(0, 20)), random))
    .replace(/\s+/g, ' ')
    .trim();
}

function style(text: string, random: () => number): string {
  const r = random();
  if (r < 0.15) return text.toUpperCase();
  if (r < 0.55) return text.charAt(0).toUpperCase() + text.slice(1) + (random() < 0.5 ? '.' : '');
  return text;
}

/** The written rows: `perTemplate` variants of each template, duplicates dropped. */
export function writtenThreatRows(perTemplate = 12, seed = 0x7e7e): WrittenRow[] {
  const random = seededRandom(seed);
  const seen = new Set<string>();
  const out: WrittenRow[] = [];
  const add = (text: string, label: 0 | 1, kind: string): void => {
    const key = text.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ text, label, kind });
  };
  for (const t of THREATS) {
    for (let i = 0; i < perTemplate; i++) add(style(fill(t, random), random), 1, 'threat');
  }
  for (const [kind, t] of HARMLESS) {
    for (let i = 0; i < perTemplate; i++) add(style(fill(t, random), random), 0, kind);
  }
  return out;
}
