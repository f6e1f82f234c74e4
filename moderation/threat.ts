/**
 * Threats (I.3: never removed on the bot's own authority; always a person's decision). A few
 * precompiled, high-precision patterns over the normalized text:
 * - first-person intent: "I'm going to shoot you", "we will find you and...", "imma kill him";
 * - intimidation: "I know where you live", "watch your back", "you're a dead man";
 * - calls for violence: "someone should shoot that cop", "they should be hanged", "kill them all";
 * - bomb threats: "there is a bomb in the station", "I'll blow up the precinct";
 * - telling someone to kill themselves.
 *
 * Each pattern needs a violent act AND a person (or an occupied place) as its object, in the
 * first person, the imperative or a call to others. That is what keeps out idioms ("killing
 * it", "this heat is killing me", "shoot me a message", "a shot of espresso") and, above all,
 * reports and criticism of police violence ("the officer shot the man", "cops are going to
 * kill someone"): those are third-person statements about what happened or will happen, not
 * threats, and the department's critics must never be flagged for describing them.
 */
import { sigmoid } from './model/linear.js';
import { loadVectors } from './model/vectors.js';
import { quotedSpans, reportsOutsideQuotes } from './speech.js';
import { prepareText, tokens } from './normalize.js';
import {
  analyzeThreat,
  loadThreatModel,
  threatEvidence,
  type ThreatModel,
} from './threat-model.js';
import type { Classifier, Evidence, PreparedText, Signal } from './types.js';
import { allMatches } from './matches.js';

/**
 * An alternation of words regrouped by first letter ("(?:cops?|chief|kids?)" becomes
 * "(?:c(?:ops?|hief)|k(?:ids?))"): the same matches, in the same order of preference, but the
 * engine tries one branch per letter instead of every word at every word boundary (the lists
 * below have two hundred words; the rules that start with them ran 10-30 times slower).
 * Every alternative must start with a plain letter.
 */
function byFirstLetter(source: string): string {
  if (!source.startsWith('(?:') || !source.endsWith(')')) throw new Error(`not a group: ${source}`);
  const groups = new Map<string, string[]>();
  for (const alternative of topLevelAlternatives(source.slice(3, -1))) {
    const first = alternative[0] ?? '';
    if (!/^[a-z]$/.test(first))
      throw new Error(`byFirstLetter needs letters first: ${alternative}`);
    const group = groups.get(first) ?? [];
    group.push(alternative.slice(1));
    groups.set(first, group);
  }
  return `(?:${[...groups].map(([first, rests]) => `${first}(?:${rests.join('|')})`).join('|')})`;
}

const PERSON_NOUN = byFirstLetter(
  String.raw`(?:officers?|cops?|pigs?|chief|mayor|sheriffs?|deput(?:y|ies)|detectives?|sergeants?|sgt|lieutenants?|captains?|commissioners?|judges?|prosecutors?|da|attorneys?|alderm[ae]n|supervisors?|governor|president|senators?|council(?:man|woman|member)s?|dispatchers?|troopers?|agents?|police(?:m[ae]n)?|m[ae]n|wom[ae]n|guys?|dudes?|lad(?:y|ies)|kids?|children|bitch(?:es)?|bastards?|fuckers?|motherfuckers?|snitch(?:es)?|rats?|witness(?:es)?|protesters?|people|folks|cunts?|assholes?|neighbou?rs?|famil(?:y|ies)|wife|husband|boyfriend|girlfriend|son|daughter|mom|mother|dad|father|baby|brother|sister|n[i1]gg(?:a|er)s?|f[a@]gg?ots?|traitors?|immigrants?|illegals?|migrants?|refugees?|foreigners?|muslims?|moslems?|jews?|christians?|gays?|liberals?|libtards?|conservatives?|democrats?|republicans?|leftists?|commies?|communists?|socialists?|antifa|blacks?|whites?|mexicans?|journalists?|reporters?|politicians?|infidels?|heretics?|invaders?|globalists?|rioters?|looters?|nazis?|fascists?|asians?|arabs?|africans?|hispanics?|latinos?|somalis?|haitians?|palestinians?|israelis?|zionists?|kikes?|trannys?|trannies|queers?|homos?|dems?|lefties|leftys?|vermin|savages?|scum|homeless|criminals?|thugs?|aliens?|catholics?|hindus?|sikhs?|atheists?|feminists?|boomers?|cultists?|persons?|groomers?|pedos?|pedophiles?|paedophiles?|rookies?|admins?|moderators?|mods|commenters?|trolls?|employees?|clerks?|nurses?|doctors?|teachers?|jurors?|lawyers?|landlords?|strangers?|lesbians?|transgenders?|gypsies|chinese|indians?|pakistanis?|koreans?|cubans?|russians?)`,
);

const BODY_OR_KIN = String.raw`(?:ass|face|head|brains?|skull|throat|family|kids?|children|wife|husband|son|daughter|mom|mother|dad|father|baby)`;

/**
 * Things hunted down, finished off or got rid of "every last one of": "every one of the dead
 * links", "every last one of those weeds". After "every one of the", a word of these (or a word
 * before one of these) is no person.
 */
const THINGS = String.raw`(?:links?|typos?|errors?|mistakes?|articles?|pages?|edits?|references?|citations?|sources?|files?|weeds?|dandelions?|bugs?|tickets?|e-?mails?|boxes|books?|receipts?|photos?|pictures?|records?|documents?|forms?|potholes?|chores?|tasks?|items?|questions?|comments?|posts?|threads?|problems?|leads?|clues?|bills?|invoices?|cookies?|cupcakes?|pies?|levels?|bosses|zombies?|achievements?|trophies|cards?|coins?|leaves|stains?|lights|decorations?|ornaments?|wreaths?|flags?|banners?|signs?|posters?|flyers?|pictures?|paintings?)`;

/**
 * Institutions and what they run: "police departments need to be purged", "the union should be
 * gutted" say nothing of violence to a person (criticism the department must leave up).
 */
const INSTITUTION = String.raw`(?:departments?|dept|culture|systems?|unions?|force|agenc(?:y|ies)|leadership|budgets?|programs?|polic(?:y|ies)|academ(?:y|ies)|training|brass|administrations?|offices?|boards?|committees?|councils?|parties|party|institutions?|bureaus?|divisions?|units?|ranks)`;

/** A name of office said to its holder: "hope your brakes work, councilman". */
const OFFICE = String.raw`(?:officer|deputy|sergeant|sgt|detective|lieutenant|captain|chief|sheriff|judge|mayor|councilman|councilwoman|councilmember|commissioner|trooper|marshal|warden|cop|pig)`;

/** A person as the object of a violent verb. */
const PERSON = String.raw`(?:you(?:\s+all|\s+guys)?|u|ya|y'?all|yous|him|her|them|em|'em|everyone|everybody|whoever|(?:anyone|anybody|everyone)\s+who|all\s+of\s+(?:you|them|ya|u)|the\s+(?:whole\s+)?lot\s+of\s+(?:you|them|ya|em)|each\s+(?:one\s+)?of\s+(?:you|them|u|ya|y'?all|em|'em)|every\s+(?:last\s+|single\s+)?one\s+of\s+(?:you|them|ya|u|y'?all|em|'em|(?:those|these|the)\s+(?!${THINGS}\b)[a-z'-]+(?!\s+${THINGS}\b))|(?:your|ur|yo|his|her|their)\s+(?:whole\s+|entire\s+|fucking\s+|damn\s+)?${BODY_OR_KIN}|(?:the|that|this|those|these|every|all|some|a|an|any|another|more|your|ur)\s+(?:[a-z'-]+\s+){0,2}?${PERSON_NOUN}|(?:officer|ofc|sgt|sergeant|detective|deputy|chief|mayor|sheriff)\s+[a-z]+)`;

/**
 * People named by what they do ("those marchers", "the organizers", "these activists"): the
 * plural of an agent noun, for the calls against groups, whose lists can never be complete.
 */
/** Words that call people vermin or beasts (a literal pest is never among them: "rats", "roaches"). */
const DEHUMAN = String.raw`(?:parasites?|savages?|invaders?|subhumans?|sub-humans?|degenerates?|scum|filth|mongrels?|leeches|maggots|animals|beasts|cockroaches\s+like\s+them|creatures|untermensch)`;
/** Peoples and faiths, as the object of a war called for ("we must go to war with …"). */
const WAR_GROUPS = String.raw`(?:muslims|islam|jews|judaism|blacks|mexicans|immigrants|refugees|gays|christians|whites|arabs|asians|chinese|hispanics|latinos|migrants|catholics|hindus|sikhs|homosexuals|trans\s+people|somalis|africans)`;
const GROUP_LIKE = String.raw`(?:those|these|the|all\s+(?:the|those|these))\s+(?:[a-z'-]+\s+)?[a-z'-]+(?:ers|ors|ists|ians|ans|ites|ees)\b`;

/** An occupied place, the object of bombing, burning or "shooting up". */
/** Groups of people by faith, origin, orientation, politics or disability (and their slurs). */
const GROUP_NOUN = byFirstLetter(
  String.raw`(?:jews?|kikes?|muslims?|moslems?|muzzies|christians?|catholics?|hindus?|sikhs?|atheists?|gays?|gay\s+(?:people|men)|lesbians?|queers?|homos?|trans(?:\s+(?:people|folks|kids|women|men))?|transgenders?|trannys?|trannies|f[a@]gg?ots?|blacks?|black\s+(?:people|folks|men|kids)|whites?|white\s+people|n[i1]gg(?:a|er)s?|mexicans?|immigrants?|illegals?|migrants?|refugees?|foreigners?|asians?|arabs?|africans?|hispanics?|latinos?|somalis?|haitians?|palestinians?|israelis?|zionists?|chinese|indians?|pakistanis?|gypsies|roma|liberals?|conservatives?|democrats?|republicans?|leftists?|communists?|socialists?|feminists?|disabled(?:\s+(?:people|folks|kids))?)`,
);
/**
 * The groups of people a call for violence names as what it is done to (0.7.4): "run over the
 * protesters", "a bullet for every communist professor", "slit the throats of every imam".
 */
const GROUP_TARGET = String.raw`(?:${GROUP_NOUN}|illegals?|immigrants?|migrants?|refugees?|protesters?|journalists?|reporters?|professors?|pedos?|groomers?|gypsies|feminists?|communists?|commies|liberals?|leftists?|conservatives?|republicans?|democrats?|homeless|gangs?|gangbangers?|antifa|imams?|rabbis?|clerics?|(?:black\s+lives\s+matter|blm)\s+crowd)`;
const PLACE = String.raw`(?:city\s+hall|town\s+hall|police\s+headquarters|(?:the|your|ur|this|that|their|his|her)\s+(?:[a-z]+\s+)?(?:station|precinct|building|school|church|mosque|synagogue|temple|office|headquarters|hq|city\s+hall|courthouse|department|house|home|place|mall|event|parade|rally|cruiser|squad\s+car|library|hospital|bar|club|nightclub|clinic|concert|festival|market|store))`;

/** "shoot you a message", "burn you a copy", "kill them with kindness": not violence. */
const NOT_VIOLENT_AFTER = String.raw`(?!\s+(?:a|an|some|one|the|this)\s+(?:(?:quick|short|nice|kind|little|thank-you|thank\s+you|friendly|private)\s+)?(?:message|text|email|e-?mail|dm|pm|note|line|call|link|invite|invitation|reply|question|cd|copy|picture|pic|photo|video|check|deal|favou?r|break|slack|look|smile|wink|update|response|offer|bill|cards?|letter|gift|present|shout-?out|compliment|hug|high[\s-]five|postcard|bouquet|basket|cake|pie|cookies)|\s+with\s+kindness|\s+in\s+(?:compliments|love|kisses|hugs|praise|paperwork|work|emails|questions|gifts|candy|chocolate|attention)|\s+over\s+(?:the|an?)\s|['’]s\s+(?!(?:head|neck|throat|face|skull|brains?|family|kids?|children|wife|husband|son|daughter|ass)\b)|(?<=s)['’]\s+(?:portraits?|photos?|pictures?|paintings?|names?|flags?|banners?|signs?|posters?|awards?|medals?|plaques?|jerseys?|uniforms?|badges?|coats?|jackets?|hats?|certificates?|diplomas?|artwork|drawings?|calendars?|laundry|stockings)\b)`;

/**
 * An order or a call at the start of a clause (round 112): the comment's or a sentence's start,
 * "…, then", or "we should / someone needs to / time to / let's". Never a bare "and" or "just":
 * "they arrest him and shoot him", "cops just shoot people" report what police do. A comma
 * after a rallying cry starts an order too: "no mercy for the invaders, shoot them", "patriots,
 * …" (round 116).
 */
const ORDERED = String.raw`(?:^|[.!?;:\n]\s*|[,;]\s*(?:and\s+)?then\s+|,\s*(?<=\b(?:no\s+mercy(?:\s+(?:for|to)\s+[^,.!?\n]{1,40})?|enough\s+is\s+enough|enough\s+talk|(?:fellow\s+)?patriots|brothers)\s*,\s*)|\b(?:we|y'?all|you|people|someone|somebody|they|citizens|patriots)\s+(?:really\s+)?(?:should|must|need\s+to|gotta|ought\s+to|oughta|have\s+to)\s+(?:just\s+)?|\b(?:time\s+to|let'?s|i\s+say\s+we)\s+(?:just\s+)?)`;
/** People reviled for what they are said to be, as whom a killing or maiming is called for. */
const REVILED = String.raw`(?:traitors?|pedos?|pedophiles?|witch(?:es)?|hags?|scum(?:bags?)?|thugs?|punks?|creeps?|perverts?|criminals?|terrorists?|killers?|murderers?|rapists?|looters?|rioters?|monsters?|demons?)`;
/** Whom a killing is ordered for (round 112): a person, or a group or body by its name. */
const KILLED = String.raw`(?:${PERSON}|(?:the|that|this|those|these|all\s+(?:the|those|these)|every|each|some|our|their)\s+(?:[a-z'-]+\s+){0,2}?(?:${GROUP_TARGET}|${DEHUMAN}|${REVILED}|council|board|cabinet|senate|congress|jury))\b(?![^.!?\n]*\b(?:a|an)\s+(?:friendly\s+|quick\s+|big\s+|warm\s+)?(?:smile|wave|email|e-mail|text|message|note|look|call|invite|thank-you|thank\s+you)\b)`;
/** Origins, faiths and orientations said of a person (round 115): "a Jewish kid", "gay couple". */
const GROUP_ADJ = String.raw`(?:jewish|muslim|black|white|gay|lesbian|trans|transgender|queer|bisexual|asian|arab|mexican|cuban|haitian|somali|sudanese|nigerian|ethiopian|eritrean|syrian|iranian|iraqi|afghan|pakistani|indian|chinese|korean|vietnamese|filipino|japanese|polish|russian|ukrainian|puerto\s+rican|dominican|guatemalan|salvadoran|honduran|venezuelan|colombian|latino|latina|hispanic|african|immigrant|refugee|migrant|catholic|christian|hindu|sikh|buddhist|atheist|mormon|native|indigenous|roma|deaf|disabled|autistic|palestinian|israeli|turkish|kurdish|armenian|hmong|cambodian|jamaican|brazilian|peruvian|ecuadorian)`;
/**
 * A group named bare, as functional test suites name them (round 117): "women", "trans people",
 * "all Muslims", "every immigrant", "more refugees"; never a possessive ("women's basketball").
 */
const BARE_GROUP = String.raw`(?:(?:all\s+(?:the\s+|of\s+the\s+)?|any\s+|more\s+|some\s+|many\s+|every\s+(?:single\s+|last\s+)?)?(?:${GROUP_NOUN}|wom[ae]n|girls?|females?|disabled\s+people|the\s+disabled|cripples|retards)(?!['’]|\s+[a-z]+['’]))`;
/**
 * People marked by origin, faith or orientation (round 115): "those Cubans", "every Muslim at
 * that mosque", "the gay couple".
 */
const MARKED = String.raw`(?:(?:the|that|those|these|every|any|all|some|a|an|another)\s+(?:(?:first|next|last|other)\s+)?)?(?:(?=${GROUP_ADJ}\b)(?<=\b(?:the|that|those|these|every|any|some|a|an|another|first|next|last|other)\s+)${GROUP_ADJ}\b(?!\s+[a-z]+\s+(?:is|are|was|were)\b)|${GROUP_ADJ}\s+(?:kids?|children|famil(?:y|ies)|couples?|m[ae]n|wom[ae]n|guys?|girls?|boys?|teachers?|neighbou?rs?|people|folks|students?|workers?|owners?|community|lad(?:y|ies)|teens?|person)|${GROUP_ADJ}s|${GROUP_TARGET})`;
/** Any verb of an order (round 113), never a subject: "they found him in the lake" reports. */
const ANY_VERB = String.raw`(?!(?:they|he|she|we|i|you|it|cops|police|officers|someone|somebody|people|who|that|which|there|once|then)\b)[a-z]+\s+(?:(?:up|out|down|off|over|back|away)\s+)?`;
/** Whose body is broken, in a call to maim (round 113): "the cop's teeth", "that rat's body". */
/** Killing as a gerund, said of people (round 139): "executing the Jews", "wiping out them all". */
const REMEDY_GERUND = String.raw`killing|shooting|executing|hanging|lynching|gassing|exterminating|murdering|slaughtering|nuking|beheading|gunning\s+down|stringing\s+up|wiping\s+out`;
/** Whom a wish of death names (round 143): a pronoun, or an official or a reviled one by title. */
const WISHED_ON = String.raw`(?:you|u|him|her|them|(?:that|this|the|our)\s+(?:${OFFICE}|prosecutor|governor|senator|president|bastard|pig|animal|scum|monster|piece\s+of\s+\w+))`;
const MAIMED = String.raw`(?:(?:the|that|this|those|these|some|every|each)\s+(?:[a-z'-]+\s+){0,2}?(?:${PERSON_NOUN}|${GROUP_TARGET}|${DEHUMAN}|${REVILED}))`;
/**
 * A game, a kitchen or a story, where the verbs of round 112 kill nobody; or the answer to a
 * question of how injustice works ("How do you get away with murder? Kill a black woman.").
 */
const NOT_A_KILLING =
  /\bhow\s+(?:do|can|would|does)\s+(?:you|u|one|i|a\s+\w+)\b[^?]*\?|\b(?:game|match|playoffs?|season|league|tournament|polls?|election|ballot|votes?|debate|chess|fortnite|minecraft|call\s+of\s+duty|zombies?|movie|film|episode|novel|book|play|script|recipe|kitchen|cooking|chef|dnd|d&d|campaign)\b/;

const FIRST_PERSON = String.raw`\b(?:(?:i|we)(?:'d|\s+would)\s+(?:love|like|be\s+happy|be\s+glad)\s+to|(?:i|we)(?:'ll|\s+will|\s+shall|'d|\s+would)|(?:i'm|i\s+am|im|we're|we\s+are)\s+(?:gonna|going\s+to|about\s+to|finna|fixing\s+to|coming\s+to|planning\s+to|ready\s+to)|(?:i|we)\s+(?:gonna|finna|wanna|want\s+to|plan\s+to|intend\s+to|am\s+gonna)|imma|ima|i'ma|ill|(?:gonna|finna|bout\s+to|about\s+to)(?<=(?:^|[.!?\n]\s*)(?:gonna|finna|bout\s+to|about\s+to)))(?:\s+(?:just|really|personally|literally|fucking|gladly|happily|definitely|totally|go|come|and|then|straight\s+up)){0,2}`;
/**
 * Who calls for or intends what follows (round 117): "I will", "I want to", "someone needs to",
 * "we should", "time to", "my plan is to".
 */
const CALLER = String.raw`(?:${FIRST_PERSON}|\b(?:i|we)\s+(?:really\s+)?(?:want|wanna|would\s+love|'d\s+love|would\s+like|'d\s+like|can'?t\s+wait|plan|intend|mean)\s+to|\b(?:someone|somebody|some1|we|y'?all|people|you)\s+(?:really\s+)?(?:should|must|needs?\s+to|ought\s+to|oughta|gotta|has\s+to|have\s+to)|\b(?:time\s+to|let'?s|lets|let\s+us|i\s+say\s+we)|\b(?:my|our)\s+(?:plan|goal|mission|dream|wish)\s+is\s+to)(?:\s+(?:just|go|start|finally|personally))?`;
/**
 * Someone named or hailed by title (round 122): "chief", "officer", "Sergeant Cole", "Mr.
 * Mayor", "snitch", "lady". Not "son" or "honey": a parent's warnings are no menace.
 */
const VOCATIVE = String.raw`(?:(?:officer|ofc|chief|deputy|sheriff|detective|det|sergeant|sgt|lieutenant|lt|captain|capt|trooper|judge|councilman|councilwoman|councilmember|commissioner|mayor|mr\.?\s+mayor|madam\s+mayor)(?:\s+[a-z]+)?|snitch|rat|pig|piggy|copper|lady|buddy|pal|bud)`;
/** Someone or something of the reader's: "your house", "your wife's car", "ur son's dog". */
const KIN = String.raw`(?:family|wife|husband|kids?|children|daughters?|sons?|mom|mother|dad|father|girlfriend|boyfriend|brother|sister|grandma|grandmother|grandpa|parents|little\s+(?:girl|boy)|boy|girl|baby|life)`;
const BELONGING = String.raw`(?:house|home|car|truck|minivan|van|shop|store|restaurant|business|dog|cat|garage|(?:front\s+)?porch|place|apartment|trailer|barn|cruiser|boat)`;
const OWNED = String.raw`(?:your|ur|yo)\s+(?:${KIN}(?:['’]s|s['’])\s+)?(?:${KIN}|${BELONGING})`;

/** A body part of the person addressed or spoken of: "your face (in)", "every bone in his body". */
const BODY_HARMED = String.raw`(?:(?:off|out|in)\s+)?(?:(?:your|ur|yo|his|her|their)\s+(?:[a-z]+\s+)?(?:neck|legs?|arms?|jaw|face|skull|head|knees?|kneecaps?|teeth|tooth|spine|throat|eyes?|eyeballs?|fingers?|thumbs?|lights|nose|ribs|brains?|tongue|hands?|feet|foot|toes?|ears?|balls|nuts|guts|wrists?|ankles?|elbows?|collarbones?|liver|kidneys?|lungs?|scalp|lips?|dick|cock|heart(?=\s+out))(?:\s+(?:in|off|out|open))?|every\s+bone\s+in\s+(?:your|ur|his|her|their)\s+body)\b`;

const HARD_VERB = byFirstLetter(
  String.raw`(?:kill|murder|shoot|stab|cripple|maim|disfigure|slice\s+up|carve\s+up|cut\s+up|strangle|choke|behead|decapitate|hang|lynch|execute|slaughter|butcher|rape|slit|gut|hurt|harm|attack|assault|knife|snipe|assassinate|punch|run\s+over|pistol[\s-]whip|curb[\s-]stomp|exterminate|eradicate|purge|wipe\s+out|gun\s+down|mow\s+down|torture|maim|mutilate|dismember|disembowel|castrate|bludgeon|shank|beat\s+up|burn\s+alive|bury\s+alive|skin\s+alive|set\s+fire\s+to|drown|poison|suffocate|smother|electrocute|beat\s+the\s+(?:shit|crap|hell|fuck|living\s+daylights)\s+out\s+of)`,
);

/** Participles of violence done to people: "should be strung up", "would all be gassed". */
const PP_HARM = String.raw`(?:killed|shot\s+dead|shot(?!\s+(?:by|for|on|with|at|down)\b)|hanged|lynched|executed|stabbed|gassed|burned\s+alive|burnt\s+alive|burned\s+at\s+the\s+stake|burned(?=\s*(?:[.!,;]|$|\s+(?:tomorrow|today|alive|to\s+death)))|tortured|slaughtered|exterminated|murdered|beheaded|drowned(?!\s+out)|strung\s+up|hunted\s+(?:down|for\s+sport|like\s+(?:animals|dogs|deer|rats))|eradicated|purged|butchered|massacred|gunned\s+down|blown\s+up|bombed|nuked|set\s+on\s+fire|put\s+down|wiped\s+out|eliminated(?!\s+from)|beaten\s+to\s+death|dragged\s+(?:behind|from)\s+(?:a|the|my|his|their)\s+(?:truck|car|pickup|horse|bumper)|beaten(?=\s*(?:[.!,;]|$|\s+(?:tomorrow|today|up|senseless|bloody))))`;

/** Animals shot by hunters or put down by farmers and vets: "a bullet in the deer at 200 yards". */
const GAME = String.raw`(?:deer|bucks?|elk|moose|hogs?|boars?|coyotes?|turkeys?|bears?|steers?|horses?|cows?|bulls?|rabbits?|squirrels?|gophers?|groundhogs?|raccoons?|snakes?|rattlers?|rattlesnakes?|targets?|(?:tin|soda|beer|pop)\s+cans?|bottles?|pumpkins?|bullseye|bull's-eye|ten\s+ring)`;

/**
 * The one who fired, named in the third person just before the verb: "deputies put two rounds
 * into the engine block" reports a shooting, it calls for none (0.7.22).
 */
const REPORTED_SHOOTER = String.raw`(?<!\b(?:deputies|deputy|officers?|police|cops?|troopers?|agents?|he|she|they|suspects?|shooter|gunman|man|woman)\s+)`;
/** "Every last one of those invaders", "every one of them": a whole group named (0.7.22). */
const EVERY_ONE_OF = String.raw`every\s+(?:last\s+|single\s+)?one\s+of\s+(?:them|em|'em|you|(?:those|these|the)\s+(?:[a-z'-]+\s+)?[a-z'-]+)`;
/**
 * An official or officer named, the one a veiled threat is about (0.7.22): "the sergeant",
 * "officers", "the DA", "councilmen".
 */
const OFFICIAL = String.raw`(?:${OFFICE}|officers|cops|deputies|judges|detectives?|prosecutors?|da|district\s+attorney|lieutenant|councilm[ae]n|councilmember|governor|senator)`;
/** Groups people are born or believe into, by name (0.7.22): what "get rid of … for good" is said of. */
const BORN_OR_BELIEVED = String.raw`(?:jews?|muslims?|moslems?|christians?|catholics?|hindus?|sikhs?|gays?|lesbians?|queers?|trans\s+people|transgenders?|blacks?|black\s+people|whites?|white\s+people|mexicans?|immigrants?|illegals?|migrants?|refugees?|foreigners?|asians?|arabs?|africans?|hispanics?|latinos?|somalis?|haitians?|gypsies|roma|disabled(?:\s+people)?)`;
/**
 * Someone else's plan, told: "the city wants to", "the governor is trying to" (0.7.22). What
 * follows is a policy criticised, not the commenter's call.
 */
const THIRD_PARTY_PLAN = String.raw`(?<!\b(?:city|council|county|mayor|governor|state|government|department|police|cops|administration|they|he|she|it|who|which|that)\s+(?:\w+\s+)?(?:wants?|wanted|is\s+trying|are\s+trying|tries|tried|plans?|planned|is\s+planning|are\s+planning|is\s+going|are\s+going|intends?|promised|promises|vowed|vows)\s+to\s+)`;
const PLACE_VERB = String.raw`(?:bomb|blow\s+up|shoot\s+up|torch|burn\s+down|burn|firebomb)`;

/**
 * Dangers a warning names ("drive drunk and you'll end up six feet under", "keep climbing that
 * ladder and you'll get hurt, and badly"): beside them, the words of a threat are a warning.
 */
const DANGER = String.raw`(?:helmet|seat\s*belt|drunk|drinking|texting|speeding|driving|drive|overdose|drugs|heater|candles?|fireworks|wiring|grease|smoking|climb|climbing|ladder|ice|icy|street\s+sweeper|sweeper|snow\s*plows?|street\s+cleaning)`;
/** Words of planting and building: "put them in the ground… tulip bulbs", "the posts go in". */
/**
 * After "the hospital", "the cemetery": a word that makes it something of the place, not the place
 * ("I'll send you to the hospital website", "we'll put you in the cemetery cleanup crew").
 */
const NOT_THE_PLACE_ITSELF = String.raw`(?!['’]s|\s+(?:website|site|page|portal|volunteer\w*|cleanup|clean-up|crew|gift|parking|cafeteria|program|line|number|desk|office|board|committee|fund\w*|records?|staff|jobs?|shifts?|list|rotation|team))`;

/** Everyday hazards a warning names: "keep eating like that and you'll end up in the hospital". */
const HAZARD = String.raw`(?:eat\w*|diet|junk\s+food|smok\w*|vap\w*|drink\w*|doctor|cholesterol|sugar|heart|lungs|liver|lift\w*|spotter|harness|roof|workout|gym|sunscreen|seatbelt|sleep|stress\w*|exhaust\w*|overwork\w*|fatigue|tired|a\s+break|some\s+rest)`;

const PLANTING =
  /\b(?:bulbs?|seeds?|seedlings?|plants?|tulips?|daffodils?|garden\w*|trees?|saplings?|posts?|fence\w*|pipes?|cables?|wires?|roots?|potatoes|onions|garlic|shrubs?|bushes|frost|soil|compost)\b/;
/** Illness, injury and care: a victim's or a pet's condition, not menace ("won't survive the night, the doctors said"). */
const MEDICAL = String.raw`\b(?:doctors?|hospital|icu|critical\s+condition|injuries|surgery|prayers?|pray|praying|cancer|chemo|hospice|vigil|sick|illness|diagnos\w*|terminal|dementia|covid|kidney|tumou?r|vets?|veterinar\w*|old\s+age)\b`;
/** Kindness brought to someone's door: a card, flowers, a casserole, thanks. */
const KINDNESS = String.raw`\b(?:cards?|flowers|gifts?|thank\w*|get\s+well|congrat\w*|birthday|welcome|casserole|meals?|invitations?|wedding)\b`;
/** Elections, courts and audits: the reckoning politics and the law promise, not violence. */
/**
 * Knowing where someone lives or what they drive, said as neighbours and friends say it: "we
 * carpool with her", "we're in the same PTA", "from the RSVP", "you left your lights on"
 * (round 125).
 */
const BENIGN_KNOWING = new RegExp(
  String.raw`\b(?:carpool\w*|same\s+(?:pta|school|church|team|class|street|block|building|neighbou?rhood|bus\s+stop|gym)|neighbou?rs?|next\s+door|rsvp|sign-?up|fundraiser|potluck|casserole|cookies|block\s+party|flat\s+tire|(?:left|leave)\s+(?:your|ur)\s+(?:head)?lights\s+on|mail\s+(?:the|a|you)\s+(?:check|card|invite|invitation)|thank-?you\s+(?:card|note)|linkedin|conference|interview|(?:always|usually)\s+wave|patients?|customers?|clients?|(?:i|we)\s+(?:work|go|shop|eat|volunteer)\s+there|contest|decorat\w*|open\s+house|listing|for\s+sale|realtor|real\s+estate|(?:got|get|gets|made\s+it)\s+(?:there|home)\s+safe(?:ly)?|make\s+sure\s+(?:you|u)\s+(?:got|get|are|were|made)|check\s+on\s+(?:you|u)|tow\s+truck|deliver\w*|packages?|parcels?)\b`,
);
/** Kindness, or knowing someone's ways as friends do: such a comment is no menace. */
const KIND_OR_KNOWING = new RegExp(`${KINDNESS}|${BENIGN_KNOWING.source}`);
const ELECTORAL = String.raw`\b(?:election|elections|vote|voters|ballot|polls?|november|primary|primaries|midterms?|landslide|campaign|recall|court|jury|trial|audit|lawsuit)\b`;
/** A word for the suspect of an arrest post: "him", "this one", "scum like him", "his kind". */
const SUSPECT = String.raw`\b(?:him|his|this\s+one|that\s+one|that\s+guy|this\s+guy|his\s+kind|scum|creep|monster|animal|pedo|sicko|predator|suspect|(?:guys|people|men|trash|animals)\s+like\s+(?:this|that|him|them))\b`;
/** Surprises meant kindly or told of a story: "a surprise party, you'll never see it coming". */
const SURPRISE = String.raw`\b(?:surprise|party|birthday|gift|present|proposal|plot|twist|ending|finale|episode|movie|film|novel|book|season|spoiler|grandma|grandpa|nana|papa|pick\s+you\s+up)\b`;
const EOC = String.raw`(?=\s*(?:[.!?,;]|$|\s+and\s+(?:kill|shoot|stab|hurt|end|make|beat|gut|murder|slit|skin|rape|burn|bury)))`;

interface Rule {
  pattern: RegExp;
  score: number;
  label: string;
  /** Words of which the comment must contain at least one for the pattern to be tried. */
  gate: readonly string[];
  /** The rule is skipped when the comment also matches this (a supportive "stay safe"). */
  unless?: RegExp;
  /**
   * A match after "if" in the same sentence is a warning about the commenter's own safety
   * ("if you wait for them you'll die"), not a threat.
   */
  notAfterIf?: boolean;
  /** The rule's shape is a rhetorical question ("your kids walk home alone, don't they?"). */
  asks?: boolean;
}

const gate = (list: string): string[] => list.trim().split(/\s+/);

/**
 * A warning of a danger said as concern ("it would be terrible if something happened to your kids
 * on that road, please slow down", "a shame if she didn't make it to prom because of a drunk
 * driver"): the worry is about the road, the heat or the drink, not a menace.
 */
const WARNING_OF_A_DANGER = new RegExp(
  String.raw`\b(?:${DANGER}|${HAZARD}|road|roads|traffic|heat|cold|storm|flood\w*|slow\s+down|check\s+on|drunk\s+drivers?|crosswalk|intersection|sidewalk|stay\s+safe|be\s+safe|careful)\b`,
);

const VIOLENT =
  gate(`kill murder shoot stab cripple maim disfigure slice carve cut strangle choke behead decapitate hang lynch execute
  slaughter butcher rape slit gut hurt harm attack assault knife snipe assassinate punch run pistol
  curb beat exterminate eradicate purge wipe gun mow torture maim mutilate dismember disembowel
  castrate bludgeon shank burn bury skin set drown poison suffocate smother electrocute`);
const PLACE_VERBS = gate('bomb blow shoot torch burn firebomb');

const rule = (
  source: string,
  score: number,
  label: string,
  gateWords: readonly string[],
  options: { unless?: RegExp; notAfterIf?: boolean; asks?: boolean } = {},
): Rule => ({
  pattern: new RegExp(attachContractions(source), 'g'),
  score,
  label,
  gate: gateWords,
  ...options,
});

/** A contraction that attaches to the word before it; "'em" and "'til" follow a space. */
const ATTACHED = /^['’](?:ll|d|s|re|m|ve)(?![a-z])/;
const SPACE_THEN_GROUP = String.raw`\s+(?:`;
const HAS_CONTRACTION_ALTERNATIVE = /[(|]['’](?:ll|d|s|re|m|ve)(?![a-z])/;

/**
 * A contraction is written against its word: "they'll", "he'd", "we're". The rules often list it
 * among the words that follow a space ("they\s+(?:will|'ll|gonna)"), where it can never match;
 * such a group is rewritten so that the contractions follow with no space:
 * "(?:\s+(?:will|gonna)|(?:'ll))", and an optional one ("we\s+(?:will\s+|'ll\s+)?burn")
 * "(?:\s+(?:will\s+)?|(?:'ll\s+))". A repeated group is left as written (0.7.20).
 */
function attachContractions(source: string): string {
  // Most rules list no contraction as an alternative: nothing to read.
  if (!HAS_CONTRACTION_ALTERNATIVE.test(source)) return source;
  const groups = groupsOf(source);
  let out = '';
  let from = 0;
  for (;;) {
    const at = source.indexOf(SPACE_THEN_GROUP, from);
    if (at < 0) return out + source.slice(from);
    const paren = at + SPACE_THEN_GROUP.length - 3;
    const open = paren + 3;
    const close = groups.close[paren] ?? -1;
    if (close < 0) throw new Error(`unclosed group in a threat rule: ${source.slice(at, at + 40)}`);
    const after = source.slice(close + 1, close + 3);
    const optional = after.startsWith('?') && !after.startsWith('??');
    const repeated = /^[*+{?]/.test(after) && !optional;
    const cuts = [paren + 2, ...(groups.bars.get(paren) ?? []), close];
    const alternatives = cuts.slice(1).map((end, k) => source.slice((cuts[k] ?? 0) + 1, end));
    const attached = alternatives.filter((a) => ATTACHED.test(a));
    if (repeated || attached.length === 0 || attached.length === alternatives.length) {
      // Read on inside the group: a group within it may hold contractions.
      out += source.slice(from, open);
      from = open;
      continue;
    }
    const spaced = alternatives.filter((a) => !ATTACHED.test(a)).map(attachContractions);
    out +=
      source.slice(from, at) +
      String.raw`(?:\s+(?:${spaced.join('|')})${optional ? '?' : ''}|(?:${attached.map(attachContractions).join('|')}))`;
    from = close + 1 + (optional ? 1 : 0);
  }
}

/**
 * Every group of a pattern in one pass: the index of the parenthesis that closes each opening
 * one, and the "|" at each group's own level.
 */
function groupsOf(source: string): { close: Int32Array; bars: Map<number, number[]> } {
  const close = new Int32Array(source.length).fill(-1);
  const bars = new Map<number, number[]>();
  const stack: number[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') stack.push(i);
    else if (c === ')') {
      const opened = stack.pop();
      if (opened !== undefined) close[opened] = i;
    } else if (c === '|' && stack.length > 0) {
      const opened = stack[stack.length - 1] ?? 0;
      const list = bars.get(opened);
      if (list === undefined) bars.set(opened, [i]);
      else list.push(i);
    }
  }
  return { close, bars };
}

const RULES: readonly Rule[] = [
  // First-person intent against a person: "I'm going to shoot you", "we will kill every cop".
  rule(
    String.raw`${FIRST_PERSON}\s+${HARD_VERB}\s+${PERSON}\b${NOT_VIOLENT_AFTER}`,
    0.85,
    'threat of violence',
    VIOLENT,
  ),
  // "I'll beat you up / to death", "I'm gonna beat your ass".
  rule(
    String.raw`${FIRST_PERSON}\s+(?:beat|whoop|whup|whop|whip|stomp|kick|smack)\s+(?:${PERSON}\s+(?:up|down|to\s+death|half\s+to\s+death|senseless|to\s+a\s+pulp|black\s+and\s+blue|unconscious)|(?:your|ur|yo|his|her|their)\s+ass)\b|${FIRST_PERSON}\s+(?:fuck|mess|f\*ck)\s+(?:you|u|ya|him|her|them|y'?all)\s+up\b|${FIRST_PERSON}\s+(?:shove|stuff|ram|stick)\s+(?:[a-z']+\s+){1,3}?(?:down|up)\s+(?:your|ur|his|her)\s+(?:throat|ass)\b`,
    0.8,
    'threat of violence',
    gate('beat whoop whup whop whip stomp kick smack fuck mess shove stuff ram stick'),
  ),
  // "I'll break your neck", "rip your head off", "knock your teeth out", "break every bone in
  // your body".
  rule(
    String.raw`(?:${FIRST_PERSON}\s+|${FIRST_PERSON}\s+[a-z']+\b[^.!?\n]{0,40}?\band\s+(?:then\s+)?)(?:break|snap|bust|smash|cave(?:\s+in)?|rip|tear|knock|bash|punch|cut|kick|stomp|gouge|pull|chop|slice|crack|shatter|twist|carve|wring)\s+(?:both\s+|all\s+)?${BODY_HARMED}|(?:i'm|im|i\s+am|we're|we\s+are)\s+(?:breaking|snapping|busting|smashing|caving\s+in|ripping|tearing|knocking|bashing|punching|cutting|kicking|stomping|gouging|pulling|chopping|slicing|cracking|shattering|twisting|carving)\s+(?:both\s+|all\s+)?${BODY_HARMED}|${FIRST_PERSON}\s+knock\s+(?:you|u|ya|him|her|them|that\s+\w+)\s+(?:out\s+cold|unconscious|senseless|(?:the\s+fuck\s+)?out(?=\s*(?:[.!,;]|$)))|${FIRST_PERSON}\s+pull\s+the\s+trigger\s+on\s+${PERSON}\b(?!['’]|\s+(?:raises?|contracts?|budget|plan|deal|program|hiring|pay)\b)|${FIRST_PERSON}\s+(?:make\s+(?:your|ur|his|her)\s+life\s+(?:a\s+)?(?:living\s+)?hell\s+(?:and\s+)?(?:then\s+)?end\s+it|end\s+(?:your|ur|his|her)\s+(?:miserable\s+)?(?:existence|bloodline))\b`,
    0.8,
    'threat of violence',
    gate(
      'break snap bust smash cave rip tear knock bash punch cut kick stomp gouge pull chop slice crack shatter twist carve wring breaking snapping busting smashing caving ripping tearing knocking bashing punching cutting kicking stomping gouging pulling chopping slicing cracking shattering twisting carving trigger end',
    ),
  ),
  // "I'll break the legs of any refugee", "cut the throat of the first one I find", "beat him
  // until he can't walk", "won't save you when I burn your house down".
  rule(
    String.raw`${FIRST_PERSON}\s+(?:break|snap|cut|slit|crush|smash|rip\s+out|bash\s+in|cave\s+in)\s+the\s+(?:necks?|legs?|arms?|throats?|skulls?|heads?|knees?|spines?|faces?|hearts?|teeth)\s+(?:out\s+)?of\s+${PERSON}\b|${FIRST_PERSON}\s+(?:beat|stomp|kick|choke|strangle|stab|punch|hit)\s+(?:${PERSON}|y'?all)\s+(?:until|till|til|'til)\s+(?:he|she|they|you|u|it)\s+(?:can't|cant|cannot|can\s+not|won't|wont|(?:stops?|quits?)\s+breathing|bleeds?|dies?|is\s+dead|are\s+dead|passes\s+out)\b|\b(?:when|once|after|before)\s+(?:i|we)\s+${PLACE_VERB}\s+(?:your|ur|yo)\s+(?:house|home|car|truck|place|shop|store|business|church)\b`,
    0.8,
    'threat of violence',
    gate(
      'break snap cut slit crush smash rip bash cave beat stomp kick choke strangle stab punch hit bomb blow shoot torch burn firebomb',
    ),
  ),
  // "let's go hunt some immigrants", "round up the homeless and set them on fire", "any Mexican
  // who crosses my property is getting shot".
  rule(
    String.raw`\b(?:go|going|gonna|let's|lets|let\s+us|time\s+to|we\s+should|i\s+say\s+we)\s+(?:go\s+)?hunt(?:ing)?\s+(?:for\s+)?(?:down\s+)?(?:some\s+|more\s+|the\s+|those\s+|these\s+|all\s+the\s+)?(?:[a-z'-]+\s+)?${PERSON_NOUN}\b|\bround\s+(?:up\s+)?(?:them|em|'em|${PERSON})\s+(?:all\s+)?(?:up\s+)?and\s+(?:${HARD_VERB}|(?:set|light)\s+(?:them|em|'em)\s+on\s+fire|(?:burn|gas|shoot|hang|drown)\s+(?:them|em|'em))\b|\b(?:any|every|anyone|anybody|the\s+next|the\s+first)\s+(?:[a-z'-]+\s+){0,2}?(?:who|that)\s+(?!(?:is|are|was|were|gets?|got)\s)[a-z'-]+\b[^.!?\n]{0,50}?\b(?:is\s+getting|is\s+gonna\s+get|is\s+going\s+to\s+get|gets|will\s+get|'s\s+getting|is\s+catching|catches|will\s+catch)\s+(?:a\s+bullet|shot|stabbed|killed|lynched|hanged|beaten|capped|smoked|a\s+bat\s+to\s+the\s+head)\b(?!\s+(?:at|by\s+(?:the|a)\s+(?:camera|photographer)))`,
    0.75,
    'threat of violence',
    gate('hunt hunting round bullet shot stabbed killed lynched hanged beaten capped smoked bat'),
  ),
  // A weapon brought to where people gather, or an omen that someone will not leave it: "I'm
  // bringing my gun to the council meeting", "…and someone is not going home"; poison for a
  // group: "we should poison their water supply". Not a gun taken in for a buyback.
  rule(
    String.raw`\b(?:i'm|im|i\s+am|i'll|i\s+will|we're|we\s+are|we'll|gonna|going\s+to)\s+(?:bringing|bring|taking|take|carrying|carry|packing)\s+(?:my|a|our|the)\s+(?:[a-z]+\s+)?(?:gun|guns|rifle|ar|ar15|ak|ak47|pistol|glock|shotgun|piece|strap|heat|machete)\s+to\s+(?:the|your|ur|that|this|next|their|[a-z]+['’]s)\s+(?:[a-z]+\s+){0,2}?(?:meeting|station|precinct|school|rally|protest|event|parade|office|church|hearing|courthouse|city\s+hall|town\s+hall|vigil|march|mosque|synagogue)\b(?![^.!?\n]*\b(?:turn\s+(?:it|them)\s+in|turn\s+in|surrender|buy-?back|register|registration|safe\s+storage|inspection|inspect|drop\s+(?:it|them)\s+off|lock(?:ed)?\s+up|permit|safety\s+class))|\b(?:gun|guns|rifle|ar|ar15|pistol|glock|shotgun|piece|strap|armed|loaded|bullets?)\b[^.!?\n]{0,80}?\b(?:some(?:one|body)|not\s+every(?:one|body)|nobody|no\s+one)(?:'s|\s+is|\s+isn't|\s+is\s+not|\s+ain't|\s+won't\s+be|\s+will\s+not\s+be|\s+will\s+be)?\s+(?:not\s+)?(?:going|goin|gonna\s+go|coming|walking|making\s+it)\s+home\b|\b(?:we|someone|somebody|some1|they|i|people)\s+(?:should|need\s+to|needs\s+to|must|gotta|will|'ll|could|ought\s+to)\s+(?:just\s+)?poison\s+(?:their|the|all\s+their|those|these)\s+(?:[a-z]+\s+)?(?:water|food|wells?|water\s+supply|drinks?|coffee)\b`,
    0.8,
    'threat of violence',
    gate(
      'gun guns rifle ar ar15 ak ak47 pistol glock shotgun piece strap heat machete armed loaded bullet bullets poison',
    ),
  ),
  // Menace with no violent verb: "you won't see Christmas", "enjoy your last days", "say goodbye
  // to your family while you still can", "your family will pay for what you did", "you'll be
  // found in a ditch", "I'll show you what real violence looks like", "all he needs is a
  // bullet", "start digging your own grave".
  rule(
    String.raw`\b(?:you|u)(?:'ll|\s+will|\s+wont|\s+won't|\s+will\s+not|\s+ain't\s+gonna|\s+not\s+gonna)\s+(?:see|make\s+it\s+to|live\s+to\s+see|live\s+(?:till|until|to)|survive(?:\s+(?:till|until))?)\s+(?:christmas|thanksgiving|easter|the\s+new\s+year|new\s+year'?s?|tomorrow|the\s+weekend|next\s+(?:week|month|year)|another\s+(?:day|week|year|birthday)|your\s+(?:next\s+)?birthday|your\s+kids\s+grow\s+up|(?:mon|tues|wednes|thurs|fri|satur|sun)day|summer|spring|winter)\b(?!['’]|\s+(?:fireworks|parade|show|lights|display|from|at|on|in|if|game|sale|coming)\b)`,
    0.7,
    'intimidation',
    gate(
      'christmas thanksgiving easter tomorrow weekend birthday monday tuesday wednesday thursday friday saturday sunday summer spring winter year week month grow',
    ),
    { notAfterIf: true },
  ),
  rule(
    String.raw`\b(?:enjoy|savor|savour|cherish)\s+(?:your|ur)\s+last\s+(?:days?|hours?|weeks?|breaths?|moments|night|meal|shift|patrol|ride)\b(?<!\b(?:retire|retirement|retiring|retired|congrats|congratulations|thank|thanks|happy|proud)\b[^\n]*)(?!\s+(?:before|of|on|at|in|as|with)\b)(?![^.!?\n]*\b(?:retire|retirement|retiring|vacation|summer|school|job|office|term|shift|tour|contract)\b)(?![^\n]*\b(?:retire|retirement|retiring|retired|congrats|congratulations|farewell|well[\s-]+deserved)\b)`,
    0.7,
    'intimidation',
    gate('enjoy savor savour cherish'),
    { notAfterIf: true },
  ),
  rule(
    String.raw`\bsay\s+(?:goodbye|good-?bye|bye)\s+to\s+(?:(?:your|ur)\s+(?:family|kids|children|wife|husband|loved\s+ones|mom|mother|dad|father|daughter|son)\b(?=[^.!?\n]*\bwhile\s+(?:you|u)\s+(?:still\s+)?(?:can|have\s+(?:the\s+)?(?:chance|time))\b)|(?:your|ur)\s+(?:kneecaps|knees|legs|teeth|life)\b)`,
    0.7,
    'intimidation',
    gate('goodbye good-bye bye'),
    { notAfterIf: true },
  ),
  rule(
    String.raw`\b(?:your|ur)\s+(?:whole\s+)?(?:family|kids|children|wife|husband|mom|mother|dad|loved\s+ones|daughter|son)\s+(?:will|'ll|are\s+gonna|is\s+gonna|is\s+going\s+to|are\s+going\s+to|gonna)\s+pay\s+(?:for\s+(?:this|that|it|what\s+(?:you|u)(?:'ve)?\s+(?:did|done))|the\s+price)\b`,
    0.7,
    'intimidation',
    gate('pay'),
    { notAfterIf: true },
  ),
  rule(
    String.raw`\b(?:you|u|he|she|they|(?:your|ur|his|her)\s+(?:family|kids|wife|husband|children|son|daughter|mom|dad|parents|body))(?:'ll|\s+will|'re\s+gonna|\s+gonna|\s+are\s+going\s+to|\s+is\s+going\s+to|\s+is\s+gonna|\s+are\s+gonna)\s+be\s+found\s+(?:dead|floating|face\s*down|in\s+(?:a|the|some)\s+(?:ditch|river|lake|dumpster|trunk|woods|gutter|bag|landfill|canal|swamp|alley))\b`,
    0.7,
    'intimidation',
    gate('found'),
    { notAfterIf: true },
  ),
  rule(
    String.raw`\bshow\s+(?:you|u|him|her|them|y'?all)\s+what\s+(?:real\s+|true\s+)?(?:violence|pain|suffering|hurt|a\s+(?:real\s+)?beating)\s+(?:is|looks\s+like|feels\s+like|means)\b`,
    0.7,
    'intimidation',
    gate('violence pain suffering hurt beating'),
    { notAfterIf: true },
  ),
  rule(
    String.raw`\b(?:need|needs|deserve|deserves)\s+is\s+(?:a|one|the)\s+(?:bullet|rope|noose|beating|firing\s+squad)\b`,
    0.7,
    'intimidation',
    gate('bullet rope noose beating firing'),
    { notAfterIf: true },
  ),
  rule(
    String.raw`(?:(?<=^|[.!?\n]\s*)|\b(?:better|go|should)\s+)(?:start\s+)?dig(?:ging)?\s+(?:your|ur)\s+(?:own\s+)?graves?\b(?!\s+(?:with|by|politically|at\s+the))`,
    0.7,
    'intimidation',
    gate('dig digging'),
    { notAfterIf: true },
  ),

  // Blind 22 (0.6.4): "you'll get what's coming to you, and it's a bullet", "I hope the next
  // officer who pulls someone over gets his head blown off", "do to this mayor what they did to
  // Lincoln", "if I see that sergeant off duty he's getting stomped", "carrying you out in a
  // box", "dental records to identify what's left of you", "paint the walls with your brains",
  // "watch yourself… I got something for you", "shame if she didn't come home".
  rule(
    String.raw`\bwhat'?s\s+coming\b[^.!?\n]{0,30}?\bit(?:'s|\s+is|'ll\s+be|\s+will\s+be)\s+(?:a\s+|my\s+)?(?:bullet|rope|noose|knife|blade|bat|beating)\b`,
    0.75,
    'threat of violence',
    gate('bullet rope noose knife blade bat beating'),
  ),
  rule(
    String.raw`\b(?:hope|wish|pray)\s+(?:the\s+next|every|each|that|this|those|these|some)\s+(?:[a-z'-]+\s+){0,6}?(?:gets?|get)\s+(?:(?:his|her|their)\s+(?:head|brains?|face|skull)\s+(?:blown|shot|bashed|caved|kicked|smashed)\s+(?:off|out|in)|shot|killed|stabbed|murdered|lynched|hanged|run\s+over|beaten\s+to\s+death|ambushed(?!\s+(?:by|with)\s+(?:reporters|questions|the\s+press|the\s+media|journalists|fans|kids|surprise|a\s+surprise|confetti|paperwork|praise|hugs)))\b`,
    0.75,
    'threat of violence',
    gate('shot killed stabbed murdered lynched hanged blown run beaten ambushed'),
  ),
  rule(
    String.raw`\bdo\s+to\s+(?:this|that|the|our|him|her|them)\s+(?:[a-z'-]+\s+)?what\s+(?:they|someone|somebody|booth|oswald|he)\s+did\s+to\s+(?:lincoln|jfk|kennedy|mlk|caesar|mussolini|gaddafi|qaddafi|ceausescu|the\s+tsar)\b`,
    0.75,
    'threat of violence',
    gate('lincoln jfk kennedy mlk caesar mussolini gaddafi qaddafi ceausescu tsar'),
  ),
  rule(
    String.raw`\bif\s+(?:i|we)\s+(?:ever\s+)?(?:see|catch|find|meet)\b[^.!?\n]{0,40}?\b(?:he|she|they|you|u)(?:'s|\s+is|'re|\s+are|'ll|\s+will)\s+(?:getting|gonna\s+get|going\s+to\s+get|get|be)\s+(?:stomped|jumped|beat|beaten|shot|stabbed|smoked|popped|hurt|killed|dropped|knocked\s+out)\b`,
    0.75,
    'threat of violence',
    gate('stomped jumped beat beaten shot stabbed smoked popped hurt killed dropped knocked'),
  ),
  rule(
    String.raw`\bcarry(?:ing)?\s+(?:you|u|him|her|them)\s+out\b[^.!?\n]{0,40}?\bin\s+(?:a\s+)?(?:box|bag|body\s+bag|coffin|casket|pine\s+box)\b`,
    0.75,
    'threat of violence',
    gate('carry carrying'),
  ),
  rule(
    String.raw`\b(?:identify|find|bury|scrape\s+up)\s+what'?s\s+left\s+of\s+(?:you|u|him|her|them)\b`,
    0.75,
    'threat of violence',
    gate('identify bury scrape'),
  ),
  rule(
    String.raw`\b(?:paint|splatter|decorate)\s+(?:the\s+)?(?:walls?|floor|street|pavement|sidewalk|road)\s+with\s+(?:your|ur|his|her|their)\s+(?:brains?|blood|guts)\b`,
    0.75,
    'threat of violence',
    gate('brains brain blood guts'),
  ),
  rule(
    String.raw`\bwatch\s+(?:your|ur)\s*self\b[^.!?\n]{0,40}?\b(?:i|we)(?:'ve)?\s+(?:got|have)\s+something\s+for\s+(?:you|u|ya)\b`,
    0.75,
    'threat of violence',
    gate('yourself urself'),
  ),
  rule(
    String.raw`(?<=^|[.!?\n]\s*)(?:(?:it'?d|it\s+would)\s+be\s+a\s+)?shame\s+if\s+(?:she|he|they|your\s+\w+)\s+(?:didn't|did\s+not|never|couldn't|could\s+not)\s+(?:come|make\s+it|get)\s+home\b(?!\s+(?:for|in\s+time|by|before|from)\b)`,
    0.75,
    'threat of violence',
    gate('shame'),
  ),

  // Blind 24 (0.6.4): menace on a police page ("your address is public record… see you soon",
  // "no badge between us", "leaving in a bag", "sharpening my machete for when they come").
  rule(
    String.raw`\b(?:address|where\s+(?:you|u)\s+live|your\s+(?:house|home|place))\b[^\n]{0,80}?\bsee\s+(?:you|u|ya)\s+(?:soon|real\s+soon|tonight)\b(?!\s+(?:at|for|in|on)\s+(?:the|our|your|my|a)\b)`,
    0.7,
    'intimidation',
    gate('soon tonight'),
    // "… on the permit application, see you soon at the hearing" (round 125).
    { unless: KIND_OR_KNOWING },
  ),
  rule(
    String.raw`\bhow\s+(?:tough|brave|big|bad|strong|smug)\s+(?:you\s+are|you'?ll\s+be|you\s+really\s+are)\b[^.!?\n]{0,40}?\b(?:without|no)\s+(?:your\s+|a\s+|the\s+)?(?:badge|gun|uniform|vest|taser)\b`,
    0.7,
    'intimidation',
    gate('badge gun uniform vest taser'),
  ),
  rule(
    String.raw`\b(?:i|we)\s+know\s+(?:what|which|where)\s+(?:school|daycare|church|gym|job)\s+(?:your|ur)\s+(?:kids?|children|daughter|son|wife|husband|family)\s+(?:goes?|go|attends?|works?)(?:\s+to)?\b`,
    0.7,
    'intimidation',
    gate('school daycare church gym job'),
    {
      unless:
        /\b(?:together|same\s+(?:school|class|team)|(?:my\s+(?:son|daughter|kids?)|mine|ours)\s+(?:goes|go|is|are|attends)|congrat\w*|thank\w*|proud)\b/,
    },
  ),
  rule(
    String.raw`\b(?:won't|wont|will\s+not|wouldn't|not)\s+be\s+(?:so\s+)?(?:smug|tough|brave|cocky|funny|mouthy|smart|loud)\s+with\s+a\s+(?:broken|snapped|slit|cracked|bullet\s+in\s+(?:your|ur|the))\s*(?:neck|jaw|skull|throat|spine|head|face|back)?\b`,
    0.7,
    'intimidation',
    gate('smug tough brave cocky funny mouthy smart loud'),
  ),
  rule(
    String.raw`\bget\s+what\s+(?:they|you|he|she)\s+deserves?\b[^.!?\n]{0,40}?\b(?:i'll|i\s+will|we'll|we\s+will)\s+(?:be\s+there|help|make\s+sure)\b`,
    0.65,
    'intimidation',
    gate('deserve deserves'),
  ),
  rule(
    String.raw`\b(?:put|putting|puts|send|sending)\s+${PERSON}\s+six\s+feet\s+(?:deep|under)\b`,
    0.8,
    'threat of violence',
    gate('six'),
  ),
  rule(
    String.raw`\b(?:got|has|have)\s+(?:(?:\d+|twenty[-\s]four|forty[-\s]eight|one|two|three|a\s+few)\s+(?:hours|days|minutes|weeks)|a\s+(?:day|week)|(?:till|until|til|'til)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|midnight|noon|the\s+weekend|the\s+end\s+of\s+the\s+(?:day|week)))\s+(?:before|until|till)\s+(?:we|i|they|my\s+(?:boys|crew|brothers|friends))\s+(?:come|show\s+up|get|start\s+coming)\s+(?:for|to|after)\s+(?:him|her|you|them|your\s+(?:family|kids|wife|husband|house))\b`,
    0.7,
    'intimidation',
    // Round 117 widened it to "till Friday" and a crew; not a ride from the airport.
    gate(
      'hours days minutes weeks day week till until til monday tuesday wednesday thursday friday saturday sunday tomorrow tonight midnight noon weekend end',
    ),
    {
      unless:
        /\b(?:airport|land|landing|flight|pick(?:ing)?\s+(?:you\s+)?up|ride|text\s+me|call\s+me|furniture|couch|boxes|recycling|trash|donations?|keys?|package)\b/,
    },
  ),
  rule(
    String.raw`\bnext\s+time\b[^.!?\n]{0,40}?\bwill\s+be\s+(?:your|ur|his|her)\s+last(?=\s*(?:[.!]|$))`,
    0.7,
    'intimidation',
    gate('last'),
  ),
  rule(
    String.raw`\b(?:you're|you\s+are|youre|ur|he's|she's|they're)\s+lucky\s+(?:i|we)\s+(?:didn't|did\s+not|wasn't|was\s+not|weren't)\s+(?:have|had|carrying|packing|strapped|bring|brought)\b[^.!?\n]{0,20}?\b(?:piece|gun|strap|knife|blade|heat|glock|pistol|bat|machete)\b|\blucky\s+(?:i|we)\s+(?:wasn't|was\s+not|weren't)\s+(?:strapped|carrying|packing|armed)\b`,
    0.75,
    'intimidation',
    gate('lucky'),
  ),
  rule(
    String.raw`\b(?:leaving|leave|leaves|going\s+home|go\s+home|goes\s+home|coming\s+out|comes\s+out)\s+in\s+a\s+(?:bag|body\s+bag|box|coffin|casket|hearse)\b(?!\s+of)`,
    0.75,
    'threat of violence',
    gate('bag box coffin casket hearse'),
  ),
  rule(
    String.raw`\bsharpen(?:ing|ed)?\s+(?:my|the|a|our)\s+(?:machete|knife|knives|axe|blade|sword|hatchet)s?\s+for\s+(?:when\s+(?:they|you|the\s+\w+)\s+come|(?:the|those|these|that)\s+(?:[a-z'-]+\s+)?${PERSON_NOUN}|you|them|him|her)\b`,
    0.75,
    'threat of violence',
    gate('sharpen sharpening sharpened'),
  ),
  rule(
    String.raw`\ba\s+(?:bullet|round|shell)\s+(?:costs?|is)\b[^.!\n]{0,40}?\b(?:your|ur|his|her)\s+life\b`,
    0.75,
    'intimidation',
    gate('bullet round shell'),
  ),
  rule(
    String.raw`\b(?:find|found|pick\s+up|collect)\s+(?:all\s+)?(?:the\s+)?pieces\s+of\s+(?:you|u|him|her|them)\b|\b(?:won't|will\s+never|never|wont)\s+find\s+(?:your|ur|his|her)\s+body\b`,
    0.75,
    'threat of violence',
    gate('pieces body'),
  ),
  // Blind 34 (0.6.4): threats a police page gets ("you'll find out what a shotgun does to a
  // cruiser windshield", "next time it's bullets", "your kids grow up without a father").
  rule(
    String.raw`\b(?:find\s+out|see|learn)\s+what\s+(?:a|my|this|the)\s+(?:shotgun|gun|rifle|bullet|bat|knife|glock|ar|ak|molotov|machete)\s+(?:does|can\s+do|will\s+do)\s+to\b`,
    0.75,
    'threat of violence',
    gate('shotgun gun rifle bullet bat knife glock ar ak molotov machete'),
  ),
  rule(
    String.raw`\b(?:first\s+to\s+go|go(?:es)?\s+(?:down|up)|coming\s+down|burn|burns|blow|blows|explode|explodes)\b[^.!?\n]{0,40}?\bwith\s+(?:you|u|him|her|them|everyone|everybody)\s+(?:still\s+)?in(?:side)?(?:\s+it)?\b`,
    0.75,
    'threat of violence',
    gate('go goes coming burn burns blow blows explode explodes'),
  ),
  rule(
    String.raw`\b(?:i|we)(?:'ve|\s+have)?\s+(?:know|got|found(?:\s+out)?)\s+where\s+(?:you|u|he|she|they)\s+(?:park|parks|eat|eats|shop|shops|drink|drinks|jog|jogs|pray|prays|walk\s+(?:your|ur|his|her)\s+dog)\b(?!\s+(?:is|was|has|looks|needs))`,
    0.75,
    'intimidation',
    gate('park parks eat eats shop shops drink drinks jog jogs pray prays walk'),
  ),
  rule(
    String.raw`\bafraid\s+to\s+start\s+(?:their|his|her|your|ur)\s+(?:car|cars|truck|trucks|cruiser|cruisers|engine)\b`,
    0.75,
    'intimidation',
    gate('afraid'),
  ),
  rule(
    String.raw`\b(?:it'?ll|it\s+will|that'?ll|that\s+will|will|gonna)\s+be\s+the\s+last\s+(?:\w+\s+){0,3}?(?:you|u|he|she|they)\s+ever\s+(?:make|makes|do|does|see|sees|take|takes|write|writes|give|gives|pull|arrest|work)\b`,
    0.75,
    'intimidation',
    gate('last'),
  ),
  rule(
    String.raw`\b(?:i'll|i\s+will|we'll|we\s+will)\s+be\s+waiting\s+(?:for\s+(?:you|u)\s+)?(?:at|outside|in|by)\s+(?:the\s+end\s+of\s+)?(?:your|ur)\s+(?:driveway|house|home|door|car|work|job|street|place)\b(?=\s*(?:[.!]|$)|[^.!?\n]*\b(?:one\s+of\s+these\s+(?:nights|days)|tonight|alone|when\s+(?:you|u)\s+least\s+expect)\b)`,
    0.7,
    'intimidation',
    gate('waiting'),
    // "I'll be waiting outside your house with a casserole tonight, welcome to the block!"
    {
      unless: new RegExp(
        `${KINDNESS}|\\b(?:casseroles?|pie|cake|cookies|coffee|welcome|surprise|ride|carpool)\\b`,
      ),
    },
  ),
  rule(
    String.raw`\b(?:${PERSON_NOUN}|he|she|they)\s+(?:is|are|'s)\s+(?:a\s+)?dead\s+(?:m[ae]n|wom[ae]n|meat|cop|pig)\b`,
    0.75,
    'intimidation',
    gate('dead'),
  ),
  rule(
    String.raw`\bshame\s+if\b[^.!?\n]{0,60}?\bwith\s+(?:you|u|him|her|them|your\s+\w+)\s+(?:still\s+)?in(?:side)?\b`,
    0.75,
    'intimidation',
    gate('shame'),
  ),
  rule(
    String.raw`\bnext\s+time\s+(?:it'?s|it\s+will\s+be|it'?ll\s+be|it\s+is)\s+(?:bullets?|a\s+bullet|the\s+gun|lead|(?:a\s+)?(?:bat|knife|molotov|bomb))\b`,
    0.8,
    'threat of violence',
    gate('bullet bullets gun lead bat knife molotov bomb'),
  ),
  rule(
    String.raw`\b(?:some(?:one|body)|some1)\s+(?:is\s+|'s\s+)?(?:gonna|going\s+to|will|'ll)\s+${HARD_VERB}\s+${PERSON}\b[^.!?\n]{0,40}?\band\s+(?:i|we)\s+(?:won't|will\s+not|wont|ain't\s+gonna)\s+(?:cry|care|mind|be\s+sad)\b`,
    0.75,
    'call for violence',
    gate('cry care mind sad'),
  ),
  rule(
    String.raw`\bsee\s+if\s+(?:you|u)\s+still\s+have\s+(?:teeth|legs|a\s+face|fingers|kneecaps|a\s+jaw)\b`,
    0.75,
    'intimidation',
    gate('teeth legs face fingers kneecaps jaw'),
  ),
  rule(
    String.raw`\b(?:your|ur|his|her)\s+(?:kids?|children|son|daughter|family)\s+(?:will\s+|'ll\s+|are\s+gonna\s+|gonna\s+|is\s+gonna\s+|(?:are|is|'re)\s+going\s+to\s+|might\s+|could\s+)?grow(?:s|ing)?\s+up\s+without\s+(?:a|their|his|her)\s+(?:father|mother|dad|mom|parent|daddy|mommy)\b`,
    0.75,
    'intimidation',
    gate('grow grows growing'),
  ),
  rule(
    String.raw`\bwon'?t\s+be\s+the\s+only\s+one\s+(?:getting|to\s+get|who\s+gets)\s+(?:put\s+down|shot|buried|killed|hurt|stabbed)\b`,
    0.75,
    'intimidation',
    gate('only'),
  ),
  rule(
    String.raw`\b(?:got|have)\s+(?:\d+|a\s+few|some|plenty\s+of)\s+(?:rounds|bullets|shells)\s+(?:waiting|ready|saved|loaded)\s+(?:for|on)\s+(?:you|u|him|her|them|y'?all)\b`,
    0.8,
    'threat of violence',
    gate('rounds bullets shells'),
  ),
  // Blind 36 (0.6.4): veiled menace a police page gets ("you have to get lucky every day, we only
  // have to get lucky once", "hire a food taster", "a bullet with the commissioner's name
  // engraved on it", "someone will be reading your eulogy", "a closed casket").
  rule(
    String.raw`\b(?:you|y'?all)\s+have\s+to\s+(?:get|be)\s+lucky\s+every\s+(?:day|time)\b[^\n]{0,60}?\b(?:we|i)\s+(?:only\s+)?(?:have|need)\s+to\s+(?:get|be)\s+lucky\s+once\b`,
    0.75,
    'intimidation',
    gate('lucky'),
  ),

  rule(
    String.raw`\b(?:should|better|might\s+want\s+to|needs?\s+to)\s+(?:hire|get)\s+(?:a\s+)?food\s+taster\b`,
    0.7,
    'intimidation',
    gate('taster'),
  ),
  rule(
    String.raw`\b(?:some(?:one|body)|people|cops?|officers?)(?:'s|\s+is|\s+are|'re)\s+(?:getting|gonna\s+get|going\s+to\s+get)\s+(?:hurt|shot|killed|stabbed)\s+at\s+(?:city\s+hall|town\s+hall|the\s+(?:station|precinct|council|courthouse|meeting|hearing|rally))\b`,
    0.75,
    'threat of violence',
    gate('hurt shot killed stabbed'),
  ),
  rule(
    String.raw`\b(?:i've|i\s+have|we've|we\s+have)\s+been\s+watching\s+(?:the\s+|your\s+|ur\s+)?(?:station|precinct|house|home|you|family|kids|wife|husband)\b(?!['’]|\s*tube\b|\s+(?:play|grow|on\s+(?:tv|the\s+news|youtube)|speak|talk|testify)\b)`,
    0.7,
    'intimidation',
    gate('watching'),
    // A neighbour minding the house (0.7.5): "I've been watching your house while you're away".
    {
      unless:
        /\b(?:while\s+(?:you|they|he|she)|vacation|away|mail|plants|water\w*|house-?sit\w*|keys|grow\w*|proud|play\w*|games?|videos?|channel|stream\w*|tv|show)\b/,
    },
  ),
  rule(
    String.raw`\bmake\s+an?\s+example\s+(?:out\s+)?of\s+(?:the\s+next|every|any)\s+(?:[a-z'-]+\s+)?${PERSON_NOUN}`,
    0.7,
    'intimidation',
    gate('example'),
  ),
  rule(
    String.raw`\beat\s+(?:your|ur|his|her)\s+(?:own\s+)?(?:gun|pistol|glock|service\s+weapon|revolver)\b`,
    0.7,
    'telling someone to die',
    gate('eat'),
  ),
  rule(
    String.raw`\b(?:tragic|shame|pity|sad|terrible|awful)\s+if\b[^.!?\n]{0,60}?\bwith\s+(?:you|u|him|her|them)\s+(?:still\s+)?(?:in|on|inside|aboard)(?:\s+(?:it|them))?\b`,
    0.75,
    'intimidation',
    gate('tragic shame pity sad terrible awful'),
  ),
  rule(
    String.raw`\b(?:bullet|round|slug|shell)\s+with\s+(?:your|ur|his|her|their|the\s+[a-z]+['’]s|[a-z]+['’]s)\s+name\s+(?:engraved\s+|written\s+|carved\s+|scratched\s+)?on\s+it\b`,
    0.8,
    'threat of violence',
    gate('bullet round slug shell'),
  ),
  rule(
    String.raw`\b(?:can't\s+wait\s+to|gonna|going\s+to|i'll|i\s+will|we'll)\s+(?:piss|dance|spit|shit)\s+on\s+(?:your|ur|his|her|their)\s+grave\b`,
    0.7,
    'wishing death or harm on someone',
    gate('grave'),
  ),
  rule(
    String.raw`\b(?:will|'ll|gonna|going\s+to)\s+be\s+(?:reading|writing|giving|hearing)\s+(?:your|ur|his|her)\s+(?:eulogy|obituary|obit)\b`,
    0.75,
    'intimidation',
    gate('eulogy obituary obit'),
  ),
  rule(
    String.raw`\b(?:i'd|i\s+would|it'd|it\s+would)\s+(?:hate|be\s+a\s+shame|be\s+sad)\s+(?:for|if)\s+(?:your|ur)\s+(?:wife|husband|family|kids?|mom|mother|children)\s+(?:to\s+)?(?:get|got|gets|received?)\s+(?:a|that|the)\s+(?:phone\s+)?call\s+from\s+(?:the\s+)?(?:hospital|morgue|coroner|er)\b`,
    0.75,
    'intimidation',
    gate('call'),
  ),
  rule(
    String.raw`\bevery\s+dog\s+has\s+(?:its|his|her)\s+day\b[^.!?\n]{0,30}?\byours\s+is\s+coming\b`,
    0.7,
    'intimidation',
    gate('yours'),
  ),
  rule(
    String.raw`\b(?:need|needs|get|have|be)\s+a\s+closed[\s-]casket\b`,
    0.75,
    'threat of violence',
    gate('casket closed-casket'),
  ),
  // "light your car on fire with you in it", "I'll shove my knife into your gut".
  rule(
    String.raw`\b(?:on\s+fire|reduced\s+to\s+(?:rubble|ashes|ash)|razed|levell?ed|bulldozed|(?<!\b(?:house|home|apartment|building|church|mosque|synagogue|store|barn|trailer|place)\s+)burn(?:s|ed|ing)?(?:\s+down)?|torch(?:ed)?|light\s+(?:it|\w+\s+\w+)\s+(?:up|on\s+fire)|lit\s+up|shot\s+up|blow\s+(?:it\s+)?up|blown\s+up|explode|firebomb)\b[^.!?\n]{0,40}?\bwith\s+(?:you|u|him|her|them|y'?all|your\s+(?:family|kids|wife|husband)|(?:all\s+)?(?:the\s+|those\s+|these\s+|their\s+)?(?:worshipp?ers|congregation|congregants|faithful|occupants|families|residents)|(?:all\s+)?(?:the\s+|those\s+|these\s+)?${PERSON_NOUN})\s+(?:still\s+)?in(?:side)?\b|\b(?:gasoline|matches|molotovs?|lighter\s+fluid|accelerant)\b[^.!?\n]{0,60}?\b(?:whoever|anyone|anybody|everyone|everybody|whoever's)\s+(?:is\s+|'s\s+)?(?:in|inside)\s+(?:them|it|there)\b|${FIRST_PERSON}\s+(?:shove|stick|plunge|sink|jam|drive|ram|put|bury)\s+(?:my|a|this|the)\s+(?:knife|blade|shank|machete|sword|screwdriver|bullet|bullets|axe|hatchet)\b[^.!?\n]{0,30}?\b(?:in|into|through|between)\s+(?:your|ur|his|her|their|you|him)\b`,
    0.8,
    'threat of violence',
    gate(
      'fire rubble ashes ash razed leveled levelled bulldozed burn burns burned burning torch torched light lit blow blown explode firebomb knife blade shank machete sword screwdriver bullet bullets axe hatchet gasoline matches molotov molotovs fluid accelerant',
    ),
  ),
  // "I will come to your house and kill you".
  rule(
    String.raw`${FIRST_PERSON}\s+(?:come|go|drive|show\s+up|roll\s+up|wait)\b[^.!?\n]{0,40}?\band\s+${HARD_VERB}\s+${PERSON}\b${NOT_VIOLENT_AFTER}`,
    0.85,
    'threat of violence',
    VIOLENT,
  ),
  // "I will find you.", "I'll hunt you down", "I will end you". Not "we're coming for you":
  // in political comments that is about elections far more often than violence.
  rule(
    String.raw`${FIRST_PERSON}\s+(?:(?:end|hunt)\s+(?:you|u|ya|him|her|them)\s+and\s+(?:your|ur|his|her|their)\s+(?:whole\s+|entire\s+)?[a-z]+(?:\s+down)?${EOC}|(?:end|hunt)\s+(?:you|u|ya|him|her|them)\s+and\s+(?:every(?:one|body)|all)\s+(?:at|in|from|who\s+works?\s+(?:at|for))\s+(?:that|this|the|your|ur|his|her|their)\s+[a-z]+|(?:find|hunt|track|end)\s+(?:you|u|ya|y'?all|him|her|them)(?:\s+down)?(?:${EOC}|\s+and\s+(?:everyone|everybody|everything|all)\s+(?:you|u|he|she|they)\s+(?:love|loves|care\s+about|cares\s+about|hold\s+dear))|hunt\s+(?:you|u|ya|y'?all|him|her|them)\s+down\b|(?:hunt|track)\s+down\s+(?:${PERSON}|(?:your|ur)\s+(?:ip|address|home|house|family|kids))\b)`,
    0.75,
    'threat of violence',
    gate('find hunt track end'),
  ),
  // Arson, bombing or a shooting at a place: "I'll blow up the station".
  rule(
    String.raw`${FIRST_PERSON}\s+${PLACE_VERB}\s+${PLACE}`,
    0.9,
    'threat of violence',
    PLACE_VERBS,
  ),
  // "put a bullet in your head", "slit your throat".
  rule(
    String.raw`${REPORTED_SHOOTER}\b(?:put|pop|cap|stick|plant)\s+(?:a|one|two|some)\s+(?:bullets?|rounds?|slugs?|caps?)\s+(?:in|into|through|between)\s+(?:your|ur|yo|his|her|their|you|him|them|the|that|every|each|all|those|these)\b(?!\s+(?:[a-z]+\s+)?${GAME}\b)`,
    0.85,
    'threat of violence',
    gate('bullet bullets round rounds slug slugs cap caps'),
  ),
  // "put you in the ground", "put him in a body bag".
  rule(
    String.raw`\b(?:put|putting|send|sending)\s+(?:you|u|ya|him|her|them|y'?all)\s+(?:in|into|six\s+feet)\s+(?:the\s+ground|a\s+grave|the\s+grave|an?\s+(?:early\s+)?grave|a\s+coffin|a\s+casket|a\s+body\s+bag|the\s+morgue|under)\b|(?:${FIRST_PERSON}\s+(?:put|send)|\b(?:hope|wish|pray)\s+(?:someone|somebody|some1|they)\s+(?:puts?|sends?))\s+(?:you|u|ya|him|her|them|y'?all)\s+(?:in|into|to)\s+(?:a\s+wheelchair|the\s+hospital|(?:the\s+)?(?:icu|er)\b|intensive\s+care|a\s+coma|traction)${NOT_THE_PLACE_ITSELF}`,
    0.8,
    'threat of violence',
    gate(
      'ground grave coffin casket bag morgue under wheelchair hospital icu er intensive coma traction',
    ),
    {
      unless: PLANTING,
    },
  ),
  // "someone ought to string that judge up", "I want to see them gunned down".
  rule(
    String.raw`\b(?:some(?:one|body)|people|we|y'?all|they|i)\s+(?:should|ought\s+to|oughta|needs?\s+to|gotta|will|'ll|wanna|want\s+to)\s+string\s+(?:\w+\s+){0,3}?up\b`,
    0.8,
    'call for violence',
    gate('string'),
  ),
  rule(
    String.raw`\b(?:want|wanna|would\s+love|'d\s+love|can't\s+wait|cant\s+wait|hope)\s+to\s+see\s+(?:\w+\s+){1,6}?(?:in\s+(?:a\s+)?(?:body\s+bag|coffin|casket|pine\s+box|morgue\s+drawer)|gunned\s+down|shot\s+dead|shot(?!\s+(?:by|for|on|with|at|down)\b)|hanged|hung(?!\s+(?:out|up|over|around)\b)|executed|killed|lynched|slaughtered|beheaded|burned\s+alive|dead(?!\s+(?:wrong|serious|set|tired|last|on|right|center|centre|end|even|broke|quiet|silent|ahead|asleep)\b))\b`,
    0.75,
    'call for violence',
    gate(
      'gunned shot hanged hung executed killed lynched slaughtered beheaded burned dead bag coffin casket box drawer',
    ),
  ),
  // "take a bat to his skull", "I will end your life".
  rule(
    String.raw`\b(?:take|took|bring|put)\s+(?:a|my|the|this)\s+(?:baseball\s+)?(?:bat|knife|hammer|crowbar|pipe|machete|axe|brick|tire\s+iron)\s+to\s+(?:your|ur|his|her|their)\s+(?:skull|head|face|knees?|neck|throat)\b`,
    0.8,
    'threat of violence',
    gate('bat knife hammer crowbar pipe machete axe brick iron'),
  ),
  rule(
    String.raw`${FIRST_PERSON}\s+(?:(?:end|take)\s+(?:your|ur|his|her|their)\s+(?:life|lives|miserable\s+life)|(?:start|begin)\s+(?:shooting|killing|stabbing|cutting)(?!\s+(?:hoops|pool|baskets|videos?|photos?|film|the\s+(?:breeze|shit)|at\s+(?:targets|the\s+range)))|make\s+(?:${PERSON}|y'?all)\s+(?:bleed|suffer(?!\s+through)|scream\s+in\s+pain|beg\s+for\s+(?:mercy|your\s+life|his\s+life|her\s+life|their\s+lives))|make\s+sure\s+(?:${PERSON}|they|he|she)\s+(?:suffers?(?!\s+through)|bleeds?|dies?|never\s+walks?\s+again))\b`,
    0.85,
    'threat of violence',
    gate(
      'life lives shooting killing stabbing cutting bleed beg scream suffer suffers bleeds dies die walk walks',
    ),
  ),
  rule(
    String.raw`\b(?:slit|slits|slitting|cut|cuts|cutting)\s+(?:your|ur|his|her|their)\s+throats?\b`,
    0.85,
    'threat of violence',
    gate('throat throats'),
  ),
  // Bomb threats; "a bomb threat", "the bomb squad" are news, not threats.
  rule(
    String.raw`\b(?:there(?:'s|\s+is|\s+will\s+be)|i(?:'ve|\s+have)?\s+(?:planted|placed|put|left|hid)|we(?:'ve|\s+have)?\s+(?:planted|placed|put|left|hid))\s+(?:a|an|the)\s+(?:pipe\s+)?(?:bomb|explosive|ied|device)s?\b(?!\s+(?:threat|squad|scare|sniffing|dog|unit|technician|tech)s?)`,
    0.9,
    'bomb threat',
    gate('bomb bombs explosive explosives ied device devices'),
  ),
  // Intimidation.
  rule(
    String.raw`\b(?:i|we)(?:'ll|\s+will|\s+gonna|\s+can|\s+could|'m\s+gonna|\s+am\s+going\s+to|\s+already)?\s+(?:know|found(?:\s+out)?|find\s+out)\s+(?:(?:your|ur|his|her)\s+(?:real\s+|full\s+)?name\s+and\s+)?where\s+(?:(?:you|u|ya|he|she|they|your\s+(?:kids?|family|wife|husband|children|mom|mother|dad|parents))\s+(?:live|lives|sleep|sleeps|work|works|go(?:es)?\s+to\s+school|stay|stays)|(?:the|that|this|your|ur)\s+(?:[a-z'-]+\s+)?(?:moderator|mod|admin|${PERSON_NOUN})\s+(?:lives|sleeps|stays))\b`,
    0.85,
    'intimidation',
    gate('where'),
    { unless: BENIGN_KNOWING },
  ),
  rule(
    String.raw`\b(?:i|we)\s+(?:know|have|got)\s+(?:your|ur|his|her)\s+(?:home\s+)?address\b`,
    0.7,
    'intimidation',
    gate('address'),
    {
      unless: new RegExp(
        `${KINDNESS}|${BENIGN_KNOWING.source}|\\b(?:christmas\\s+cards?|mail\\s+(?:it|you)|send\\s+(?:it|you))\\b`,
      ),
    },
  ),
  rule(
    String.raw`\b(?:you|u|you're|youre|you\s+are|ur|u\s+r|you\s+r)\s+(?:a\s+)?dead\s+(?:m[ae]n|meat|wom[ae]n|bitch|pig|cop)\b`,
    0.8,
    'intimidation',
    gate('dead'),
  ),
  rule(
    String.raw`\b(?:(?:you|u)(?:'re|\s+are|\s+r|r)?|ur|youre|your)(?:'ll|\s+will|\s+gonna|\s+going\s+to)\s+(?:die|bleed|be\s+dead|get\s+(?:shot|stabbed|killed|capped|smoked)|be\s+(?:shot|stabbed|killed|buried)|never\s+see\s+it\s+coming|regret\s+the\s+day)(?:\s+(?:tonight|today|tomorrow|soon|slowly|this\s+week))?(?:${EOC}|\s+(?:bitch|fucker|motherfucker|asshole|loser|pig|punk|boy|cop)\b|\s+for\s+(?:this|that|it|what\s+(?:you|u)\s+did)\b(?!\s+(?:in|on|by)\s+(?:the\s+)?(?:reviews?|polls?|press|media|comments|ratings|elections?|market|game|playoffs|finals?)\b)|\s+(?:you|u|ya)\s+(?:[a-z]+\s+){0,2}?(?:bitch|fucker|motherfucker|asshole|loser|pig|punk|idiot|moron|admin|editor|troll|prick|bastard|cunt|scum|clown|cop)\b)`,
    0.7,
    'intimidation',
    gate('die bleed dead shot stabbed killed capped smoked buried coming regret'),
    // A prediction of disease is no menace: "some of you are gonna die, coronavirus will be happy
    // to kill any of you" (0.7.21, a civil tweet).
    {
      notAfterIf: true,
      unless: new RegExp(
        String.raw`${SURPRISE}|\b(?:coronavirus|covid(?:-?19)?|virus|pandemic|cancer|disease|flu|vaccines?|vaxx?|unvaccinated|overdose|smoking|cigarettes|obesity|heart\s+attack)\b`,
      ),
    },
  ),
  // "You're dead." but not "you're dead wrong", "you're dead to me" or "sleep when you're dead".
  rule(
    String.raw`(?<!\b(?:when|till|until|after|before|once)\s+)\b(?:you're|youre|you\s+are|ur)\s+(?:so\s+)?dead(?=\s*(?:[.!]|$))`,
    0.7,
    'intimidation',
    gate('dead'),
    { notAfterIf: true },
  ),
  rule(
    String.raw`\b(?:you're|youre|you\s+are|ur|u\s+r|(?:you|u)\s+(?:'ll|will|are\s+going\s+to|gonna)\s+be|(?:you|u)\s+(?:and\s+(?:your|ur|all\s+your)\s+(?:[a-z'-]+\s+)?[a-z'-]+|(?:[a-z'-]+\s+){0,2}?(?:${PERSON_NOUN}|${GROUP_NOUN})|all|guys|people|lot)\s+(?:are|r|will\s+be|'ll\s+be|gonna\s+be))\s+next(?=\s*(?:[.!]|$)|,\s*(?:[a-z'-]+\s+){0,2}?[a-z'-]+\s*(?:[.!]|$))`,
    0.65,
    'intimidation',
    gate('next'),
  ),
  rule(
    String.raw`\b(?:(?<!\b(?:i|we|they|he|she|i've|we've)\s+(?:\w+\s+)?|\b(?:you|u)\s+)sleep\s+with\s+one\s+eye\s+open|your\s+days\s+are\s+numbered)\b|\b(?:better|should|gonna\s+want\s+to)\s+(?:pray|hope)\s+(?:that\s+)?(?:i|we)\s+never\s+(?:(?:meet|see|find|catch|run\s+into)\s+(?:you|u)\b|find\s+out\s+(?:who|where)\s+(?:you|u)\s+(?:are|r|live|work)\b|cross\s+paths\b|meet\s+(?:in\s+person|face\s+to\s+face|irl)\b)|(?<!\b(?:when|until|till|before|after|once|if)\s+(?:you\s+|u\s+)?)\bmeet\s+(?:your|ur)\s+maker\b|\bpay\s+(?:for\s+(?:this|it|that)\s+)?(?:with\s+(?:your|ur|their|his|her)\s+(?:life|lives|blood)|in\s+blood)\b|\b(?:make\s+sure\s+(?:you|u|he|she|they)|(?:you|u)(?:'ll|\s+will|\s+won't|\s+gonna|'re\s+gonna|\s+are\s+going\s+to))\s+(?:never\s+(?:walks?|sees?(?:\s+(?:your|ur|his|her|their)\s+(?:kids?|children|family|wife|husband|son|daughter|mom|mother|dad|father))?|breathes?|wakes?\s+up|talks?)\s+again|(?:can't|won't)\s+walk)\b`,
    0.7,
    'intimidation',
    gate('eye numbered pray hope maker life lives blood again walk walks'),
    // What keeps one awake that is no one: "sleep with one eye open, the raccoons are back".
    {
      unless:
        /\b(?:raccoons?|coyotes?|bears?|skunks?|possums?|opossums?|mice|rats|bugs|mosquito(?:e?s)?|spiders?|roosters?|owls?|storms?|thunder|wind|tornado(?:e?s)?|snoring|toddlers?|newborns?|teething|vot(?:e|es|ed|ing|ers?)|election|senate|congress|ballot|polls|primary|reelection|re-election|impeach\w*|recall(?:ed)?|term\s+limits?)\b/,
    },
  ),
  // Supporters tell officers to "watch your six, stay safe": only the bare warning is queued.
  rule(
    String.raw`\b(?:better\s+)?watch\s+(?:your|ur|yo)\s+(?:back|six|ass)\b(?!\s+(?:out\s+there\s+)?(?:on|in)\s+(?:the\s+)?(?:ice|icy|roads?|stairs|steps|trails?|slopes?|bridges?|highway|water|snow|parking\s+lots?|heat|cold|crowds?|mall)\b)`,
    0.6,
    'intimidation',
    gate('watch'),
    {
      unless:
        /\b(?:stay|be)\s+safe\b|\bgod\s+bless\b|\bthank|\bpraying\b|\bprayers\b|\b(?:voters?|elections?|ballots?|polls|vote|recall|primary)\b|\b(?:range|qualification|qualifying|training|drills?|practice|scrimmage|game|match|tournament|paintball|airsoft)\b/,
    },
  ),
  // Calls on others to commit violence.
  rule(
    String.raw`\b(?:some(?:one|body|\s+one)|some1|people|we|y'?all|you\s+all|everyone|everybody|they|u\s+guys|you\s+guys|citizens)\s+(?:should|needs?\s+to|ought\s+to|oughta|gotta|has\s+to|have\s+to|must|better)\s+(?:just\s+|really\s+|finally\s+|go\s+)?(?:${HARD_VERB}|take\s+out|string\s+up|jump|ambush)\s+${PERSON}\b${NOT_VIOLENT_AFTER}`,
    0.8,
    'call for violence',
    [...VIOLENT, 'take', 'string', 'jump', 'ambush'],
  ),
  rule(
    String.raw`\b(?:some(?:one|body)|people|we|y'?all|everyone|they)\s+(?:should|needs?\s+to|ought\s+to|oughta|gotta|must)\s+(?:just\s+)?${PLACE_VERB}\s+${PLACE}`,
    0.85,
    'call for violence',
    PLACE_VERBS,
  ),
  // "Immigrants should be shot", "they all deserve to be hanged"; the people may be named with
  // "like that" ("women like that should be beaten", 0.7.13, round 97).
  rule(
    String.raw`(?:\b(?:he|she|him|her|they|you|u|y'?all|them|${PERSON_NOUN}|${GROUP_NOUN}|aliens?)(?:\s+like\s+(?:that|this|those|these|them|him|her|you|u))?\s+(?:(?!(?:and|or|but|if|when|because|not|never|no|who|that|[a-z]+n't|dont|doesnt|didnt|wont|cant|says?|saying|said|think|thinks|thinking|thought|claims?|claiming|believes?|believing|chants?|chanting|chanted|yell\w*|post(?:s|ed|ing)|wr(?:ote|ites?|iting)|tweet\w*|${INSTITUTION})\b)[a-z'-]+\s+){0,4}?(?:all\s+)?|(?<=^|[.!?\n]\s*))(?:should|needs?\s+to|deserves?\s+to|ought\s+to|oughta|gotta|has\s+to|have\s+to|must)\s+(?:all\s+)?(?:be|get)\s+(?:(?:publicly|slowly|immediately|summarily|brutally|painfully|quickly|promptly|personally|finally|rightfully|properly|rightly|literally|actually|really|just|simply)\s+)?(?:(?:lined\s+up|rounded\s+up|taken\s+out(?:side)?|dragged\s+out(?:side)?|locked\s+up|put\s+in\s+camps)(?:\s+(?:of|from|into|onto|to|in|through)\s+(?:the|their|his|her|a|an|our|this|that)\s+(?:[a-z]+\s+)?[a-z]+)?\s+and\s+(?:then\s+)?)?(?:shot|killed|euthanized|euthanised|tarr?ed\s+and\s+feathered|hanged|hung|lynched|murdered|stabbed|hunted(?:\s+like\s+(?:an?\s+)?(?:animals?|dogs?|rats?)|\s+for\s+sport)|fed\s+to\s+(?:the\s+)?(?:sharks|dogs|alligators|gators|pigs|lions|wolves|crocodiles)|stoned(?=\s*(?:[.!,;]|$|\s+to\s+death|\s+in\s+the\s+(?:street|square)))|strung\s+up|shot\s+dead|beaten(?:\s+to\s+death)?(?!\s+(?:at|in)\s+(?:(?:a|the|their\s+own|his\s+own|her\s+own)\s+)?(?:chess|checkers|cards|poker|trivia|scrabble|monopoly|games?|polls?|elections?|primary|primaries|debates?|races?|court|fortnite|tennis|golf|\w+ball|match(?:es)?)\b)|burned\s+alive|gunned\s+down|taken\s+out\s+back|executed|beheaded|exterminated|eradicated|gassed|wiped\s+out|purged|raped|tortured|maimed|mutilated|castrated|drowned|crucified|stoned\s+to\s+death|skinned\s+alive|buried\s+alive|set\s+on\s+fire|beaten\s+up|dragged\s+(?:behind\s+(?:a|the)\s+(?:truck|car|horse|pickup)|through\s+the\s+streets)|slaughtered|butchered|hunted\s+down|run\s+over(?!\s+with\b|\s+(?:by\s+)?(?:the\s+)?(?:budget|time|schedule|costs?|deadline)\b)|shot\s+on\s+sight|thrown\s+off\s+(?:a\s+|the\s+)?(?:buildings?|roofs?|rooftops?|bridges?|cliffs?)|put\s+down\s+like\s+(?:animals|dogs|a\s+dog|an\s+animal|rabid\s+dogs)|put\s+(?:up\s+)?against\s+(?:a|the)\s+wall)\b(?!\s+(?:down|of|off|out|up\s+to|by\s+(?:the|a)\s+(?:record|deadline|clock|time)|in\s+\d*k\b|on\s+(?:film|camera|video|location)|from\s+(?:above|below|a\s+drone)))`,
    0.7,
    'call for violence',
    gate(
      'shot fed hunted killed hanged hung lynched murdered stabbed strung beaten burned gunned taken executed beheaded exterminated gassed wiped purged thrown wall animals dogs dog animal euthanized euthanised tarred tared raped tortured maimed mutilated castrated drowned crucified stoned skinned buried set slaughtered butchered hunted dragged run eradicated',
    ),
  ),
  // "deserves a bullet", but not the rhetorical "so do y'all deserve to die?".
  rule(
    String.raw`\b(?:he|she|they|you|u|y'?all|them|${PERSON_NOUN})\s+(?:all\s+)?(?:deserves?|needs?)\s+(?:a\s+bullet|to\s+die|to\s+be\s+shot|a\s+rope|the\s+rope)\b(?!\s*\?)`,
    0.7,
    'call for violence',
    gate('bullet die shot rope'),
  ),
  // Imperatives at the start of a sentence: "Kill them all.", "Shoot every cop you see."; not a
  // question ("what would he do... shoot him?").
  rule(
    String.raw`(?:(?<=^|[.!?\n]\s*)(?:(?:no|nah|yes|yeah|ok|okay|hell\s+no)[,!]?\s+)?|\b(?:just|go|lets|let's|let\s+us|i\s+say\s+we|we\s+should|we\s+need\s+to)\s+)${HARD_VERB}\s+(?:them\s+all|em\s+all|'em\s+all|all\s+of\s+(?:them|em)|every\s+(?:last\s+|single\s+)?one\s+of\s+(?:them|(?:those|these|the)\s+(?!${THINGS}\b)[a-z'-]+(?!\s+${THINGS}\b))|him|her|them|(?:all|every|the|those|these|that|this|some|any)\s+(?:[a-z'-]+\s+){0,2}?${PERSON_NOUN})\b${NOT_VIOLENT_AFTER}(?!\s*\?)`,
    0.75,
    'call for violence',
    VIOLENT,
  ),
  rule(
    String.raw`(?:(?<=^|[.!?\n]\s*)|\b(?:just|go|lets|let's|let\s+us)\s+)${PLACE_VERB}\s+${PLACE}`,
    0.8,
    'call for violence',
    PLACE_VERBS,
  ),
  rule(
    String.raw`\b(?:hope|wish|pray)\s+(?:someone|somebody|some1|they|someone\s+finally)\s+(?:(?:shoots|kills|stabs|murders|hangs|lynches|beats|strangles|guts|slits|tortures)\s+(?:${PERSON}|${GROUP_LIKE}|(?:that|this|the|every|all)\s+(?:[a-z'-]+\s+){0,2}?(?:${GROUP_NOUN}|${DEHUMAN}|idiots?|morons?|clowns?|losers?|pricks?|jerks?|creeps?|freaks?|monsters?|animals?|pos|pieces?\s+of\s+(?:shit|crap|garbage|trash)))|runs?\s+(?:you|u|ya|him|her|them)\s+over)\b${NOT_VIOLENT_AFTER}`,
    0.65,
    'call for violence',
    gate('shoots kills stabs murders hangs lynches beats runs run strangles guts slits tortures'),
  ),
  rule(
    String.raw`\b(?:kill\s+(?:yo)?ur\s*self|kill\s+yourselves|kys|(?:go|please|just)\s+(?:jump\s+off\s+(?:a|the|some)\s+(?:bridge|cliff|building|roof)|play\s+in\s+(?:traffic|the\s+freeway)|drink\s+bleach|hang\s+(?:yo)?ur\s*self|slit\s+(?:your|ur)\s+wrists)|(?:go\s+)?(?:choke\s+on|eat)\s+(?:a|my|this)\s+(?:bullet|shotgun|gun)(?!['’])|(?<!\b(?:did|has|had|have|'ve|almost|nearly|will|would|gonna|to)\s+)(?:go|please|just|now)\s+(?:die|drop\s+dead)(?!\s+(?:for|of|laughing|trying|happy|gorgeous))|(?<!\b[a-z]+\s+to\s+[a-z]+:\s*)drop\s+dead(?=\s*(?:[.!,]|$|already|and))|die\s+(?:slowly|painfully|already|in\s+(?:a|the)\s+(?:fire|ditch|hole|gutter|gas\s+chamber))|(?:i\s+)?(?:hope|wish|pray)\s+(?:you|u|he|she|they)(?:\s+and\s+(?:your|ur|his|her|their)\s+(?:whole\s+|entire\s+)?(?:family|families|kids|children|wife|husband|mother|mom|father|dad|friends|loved\s+ones|kin))?\s+(?:die|dies|choke|chokes|burn|burns|rot\s+and\s+die|get\s+shot|gets\s+shot|get\s+killed|gets\s+killed|gets?\s+(?:raped|stabbed|run\s+over|beaten\s+to\s+death|cancer)|get\s+\w+\s+and\s+die|were\s+dead|was\s+dead)|(?:wish|hope|may)\s+(?:you|u)(?:\s+and\s+(?:your|ur)\s+\w+)?\s+(?:burn|burns)\s+alive|(?:hope|wish|pray)\s+(?:your|ur)\s+(?:house|home|family|kids?)\s+burns?\s+down\s+with\s+(?:you|u)\s+in(?:side)?|(?:wish|hope|pray)\s+(?:someone|somebody|some1)\s+would\s+(?:shoot|kill|stab|murder|hang)\s+(?:you|u|him|her|them))\b`,
    0.65,
    'telling someone to die',
    gate(
      'kill kys die dies dead burn burns choke chokes shoot shot bullet shotgun gun jump play drink hang slit raped stabbed run beaten cancer',
    ),
  ),
  // "I hope your family dies in a car crash", "wish your kids get cancer".
  rule(
    String.raw`\b(?:hope|hoping|wish|pray)\s+(?:that\s+)?(?:your|ur|his|her)\s+(?:whole\s+|entire\s+)?(?:family|kids?|children|wife|husband|mom|mother|mum|dad|father|baby|son|daughter|parents)\s+(?:dies?|gets?\s+(?:killed|shot|raped|cancer|murdered)|burns?(?:\s+alive)?|drowns?)\b|\b(?:wish(?:ing)?|hop(?:e|ing))\s+(?:a\s+)?(?:(?:slow|painful|horrible|agonizing|long)\s+(?:and\s+\w+\s+)?)?death\s+(?:on|upon|to|for)\s+(?:you|u|him|her|them|y'?all|your|ur)\b`,
    0.7,
    'wishing death or harm on someone',
    gate('die dies killed shot raped cancer murdered burn burns drown drowns death'),
  ),
  // The veiled threat: "would be a shame if something happened to your kids", "nice house you
  // have there… shame if it burned down".
  rule(
    String.raw`\b(?:(?:it'?d|it\s+would|would|it'?ll|it\s+will)\s+)?be\s+a\s+(?:real\s+|damn\s+)?shame\s+if\s+(?:something|anything|someone|somebody)\s+(?:bad\s+)?(?:happened|were\s+to\s+happen|was\s+to\s+happen|happens)\s+to\s+(?:you|u|him|her|them|your|ur|his|their|it(?<=\bnice\s+[^\n]{1,120}?to\s+it))\b|\bbe\s+a\s+(?:real\s+|damn\s+)?shame\s+if\s+(?:your|ur|they|he|she|it)\s+(?:\w+\s+)?(?:never\s+(?:made\s+it|arrived|came|got)\s+home|never\s+arrived|burned\s+down|burnt\s+down|caught\s+fire|got\s+hurt|went\s+missing|disappeared)\b|\bbe\s+a\s+(?:real\s+|damn\s+)?shame\s+if\s+(?:something|someone|somebody|anyone|anybody)\s+(?:(?:were|was)\s+to\s+)?(?:rearranged?|broke|break|smashed|smash|messed\s+up|mess\s+up|ruined|ruin|scarred|scar|cut|slashed|slash|carved\s+up)\s+(?:it|that|your|ur|his|her|those|them)\b(?<=\b(?:face|teeth|nose|smile|legs?|knees?|hands?|kids?|family|wife|husband|looks)\b[^.!?\n]{0,60})`,
    0.7,
    'intimidation',
    gate('shame'),
    // "a nice old oak … a shame if something happened to it in the storm" (0.7.10).
    { unless: WARNING_OF_A_DANGER },
  ),
  // "The next Mexican I see is getting a bullet", "the next cop I meet gets stabbed".
  rule(
    String.raw`\bthe\s+next\s+(?:[a-z'-]+\s+){1,3}?(?:i|we)\s+(?:see|meet|find|catch|spot)\s+(?:(?:is\s+getting|is\s+gonna\s+get|is\s+going\s+to\s+get|gets|will\s+get)\s+(?:a\s+bullet|shot|stabbed|killed|hurt|beaten|capped|smoked|lynched|hanged|(?:his|her|their)\s+(?:head|skull|throat)\s+\w+)|is\s+dead|dies|will\s+die|is\s+a\s+dead\s+(?:man|woman))\b`,
    0.75,
    'threat of violence',
    gate('next'),
  ),
  // Coded calls for violence against groups: "day of the rope", "free helicopter rides for
  // communists", "put them in the ovens", "open a hunting season on them", "take up arms against".
  rule(
    String.raw`\bday\s+of\s+(?:the\s+)?rope\b|\brope[\s,.!-]+tree[\s,.!-]+[a-z]+`,
    0.7,
    'call for violence',
    gate('rope'),
  ),
  rule(
    String.raw`\b(?:free\s+)?helicopter\s+rides?\s+(?:for|to)\b(?![^.!?\n]{0,40}\b(?:kids|children|families|family|fair|festival|event|open\s+house|community\s+day|tours?|tickets?|raffle|winners?|students|scouts|veterans|seniors|birthday|wedding|sightseeing|island|canyon)\b)|\b(?:deserves?|needs?|earned|gets?|getting|owed|due|give\s+(?:them|him|her|em|'em)|time\s+for)\s+(?:a\s+|another\s+)?(?:free\s+|one[\s-]way\s+|little\s+|long\s+|nice\s+long\s+)?helicopter\s+rides?\b(?![^.!?\n]{0,40}\b(?:kids|children|families|family|fair|festival|event|open\s+house|community\s+day|tours?|tickets?|raffle|winners?|students|scouts|veterans|seniors|birthday|wedding|sightseeing|island|canyon)\b)`,
    0.7,
    'call for violence',
    gate('helicopter'),
  ),
  rule(
    String.raw`\b(?:put|send|throw|shove|toss|push|march|back)\s+(?:them|em|'em|(?:all|those|these|every|the)\s+(?:[a-z'-]+\s+)?${PERSON_NOUN})\s+(?:all\s+)?(?:in|into|to)\s+(?:the\s+|a\s+)?(?:ovens?|gas\s+chambers?)\b`,
    0.7,
    'call for violence',
    gate('oven ovens chamber chambers'),
  ),
  rule(
    String.raw`\b(?:let's|lets|time\s+(?:for|to)|we\s+need|declare|open|start)\s+(?:an?\s+|the\s+)?(?:open|hunting)\s+season\s+on\b|\b(?:it'?s|it\s+is|its\s+now|it'?s\s+now)\s+(?:open|hunting)\s+season\s+on\s+(?:the\s+|all\s+)?(?:[a-z'-]+\s+)?${PERSON_NOUN}`,
    0.7,
    'call for violence',
    gate('season'),
  ),
  rule(
    String.raw`\btake\s+up\s+arms\s+against\s+(?:the\s+|these\s+|those\s+|all\s+|every\s+)?(?:[a-z'-]+\s+)?(?:${PERSON_NOUN}|${GROUP_NOUN}|${DEHUMAN}|them|tyrants?|traitors|invaders?|government|regime|state)\b`,
    0.7,
    'call for violence',
    gate('arms'),
  ),
  rule(
    String.raw`\b(?:justice|punishment|answer|reward|cure|solution|sentence)\s+for\s+(?:you|u|him|her|them|y'?all|(?:(?:those|these|the|all|every)\s+)?(?:[a-z'-]+\s+)?${PERSON_NOUN}(?:\s+like\s+(?:him|her|them|you|that|this))?)\s+(?:will\s+be|is|should\s+be|'s)\s+(?:a|the)\s+(?:rope|noose|bullet|firing\s+squad|lamppost|lamp\s+post|gallows|guillotine|tree)\b`,
    0.7,
    'call for violence',
    gate('rope noose bullet firing lamppost lamp gallows guillotine tree'),
  ),
  rule(
    String.raw`\bgo(?:ing)?\s+hunting\s+for\s+(?:some\s+|more\s+)?${PERSON_NOUN}`,
    0.7,
    'call for violence',
    gate('hunting'),
  ),
  rule(
    String.raw`\b(?:only\s+(?:solution|answer|cure|fix|language)|final\s+solution)\s+(?:for|to)\s+(?:the\s+)?(?:[a-z'-]+\s+){0,5}?(?:is|are)\s+(?:a\s+|the\s+)?(?:bullets?|rope|noose|genocide|extermination|ovens?|gas\s+chambers?|firing\s+squad)\b`,
    0.7,
    'call for violence',
    gate('bullets bullet rope noose genocide extermination oven ovens chamber chambers firing'),
  ),
  // Calls and orders against a group: "start executing the traitors", "drop a bomb on them",
  // "sink the boats", "somebody should run those protesters over", "let them drown".
  rule(
    String.raw`(?:(?<=^|[.!?\n]\s*)|\b(?:just|go|lets|let's|time\s+to|we\s+(?:should|need\s+to|must|gotta|have\s+to)|i\s+say\s+we|some(?:one|body)\s+(?:should|needs?\s+to|has\s+to|ought\s+to)|(?:citizens|people|patriots)\s+(?:should|need\s+to|must))\s+)(?:(?:start|begin|keep)\s+(?:shooting|killing|executing|hanging|lynching|gassing|stabbing|murdering|slaughtering|exterminating|burning|bombing)\s+(?:them|em|'em|${PERSON}|${GROUP_LIKE})|drop\s+(?:a|the|an|some)\s+(?:bombs?|nukes?|nuclear\s+bombs?|missiles?)\s+on\s+(?:them|em|'em|the|that|those|these|every|all|${PERSON_NOUN})|sink\s+(?:the|their|those|these|this|that|every|all)\s+(?:[a-z]+\s+)?(?:boats?|ships?|dinghies|rafts?)|run\s+(?:them|em|'em|${PERSON}|${GROUP_LIKE})\s+over(?=\s*(?:[.!,;]|$|\s+with\s+(?:a|an|my|your|the|our|their|his|her|some)\s+(?:[a-z]+\s+)?(?:truck|car|bus|van|suv|tractor|train|tank|bulldozer|steamroller|semi)s?\b))|string\s+(?:(?:them|em|'em|${PERSON})\s+up|up\s+(?:them|em|'em|${PERSON})))\b(?!\s*\?)`,
    0.75,
    'call for violence',
    gate(
      'shooting killing executing hanging lynching gassing stabbing murdering slaughtering exterminating burning bombing drop sink run string',
    ),
  ),
  rule(
    String.raw`(?<!\b(?:don't|dont|do\s+not|never|not)\s+)(?:(?<=^|[.!?\n]\s*)|\bjust\s+)let\s+(?:them|em|'em|${PERSON})\s+(?:all\s+)?(?:drown|starve|burn|die|rot)(?!\s+(?:it|the|this|that|down|out|off|of|for|in\s+(?:prison|jail|a\s+cell)))\b|\b(?:getting|get|gets)\s+(?:shot|killed|hanged|hung|lynched|gunned\s+down|run\s+over)\s+would\s+(?:end|solve|fix|stop|teach|help|sort)\b`,
    0.65,
    'call for violence',
    gate('drown starve burn die rot shot killed hanged hung lynched gunned run'),
  ),
  // Veiled and idiomatic threats: "delete your account before I delete you", "you'll be sleeping
  // with the fishes", "he's leaving in a body bag", "people like you end up in ditches", "give me
  // five minutes alone with him", "keep talking and see what happens", "come alone".
  rule(
    String.raw`${FIRST_PERSON}\s+(?:delete|unalive|off|waste|merc|dome)\s+(?:you|u|ya|him|her|them|y'?all)\b(?!\s+(?:from|off|on|in)\b)|\bbefore\s+(?:i|we)\s+(?:delete|unalive|end|kill|shoot|stab|off)\s+(?:you|u|ya)\b(?!\s+(?:from|off|on|in)\b)|\b(?:i'm|im|i\s+am|we're|we\s+are)\s+(?:(?:stabbing|shooting|strangling|gutting|murdering|knifing)\s+(?:you|u|ya|him|her|them|${PERSON})|killing\s+(?:you|u|ya))\b(?=\s*(?:[.!,;]|$|\s+(?:simple|period|no|just|and|i\s+swear|on\s+(?:god|my)|tonight|tomorrow|today|when|the\s+next|next)))`,
    0.75,
    'threat of violence',
    gate(
      'delete unalive waste merc dome shoot stab stabbing shooting strangling gutting murdering knifing killing',
    ),
  ),
  rule(
    String.raw`\bsleep(?:ing|s)?\s+with\s+the\s+fish(?:es)?\b|(?<!\b(?:many|more|how|every|most|few)\s+)\b(?:you|u|ya|he|she|they|${PERSON_NOUN})(?:(?:'ll|'s|'re)\s+(?:(?:be|gonna|going\s+to)\s+)*|\s+(?:(?:will|is|are|gonna|going\s+to|be)\s+)+)(?:be\s+)?(?:leaving|leave|going\s+home|go\s+home|coming\s+out|come\s+out|carried\s+out|ending\s+up|end\s+up|wind\s+up|winding\s+up)\s+in\s+(?:a\s+)?body\s+bags?\b|\b(?:people|folks|guys|snitches|rats|cops|pigs)\s+like\s+(?:you|u|him|her|them)\s+(?:always\s+|usually\s+|tend\s+to\s+|often\s+)?(?:end\s+up|ends\s+up|wind\s+up|turn\s+up|get\s+found)\s+(?:in\s+(?:a\s+|the\s+)?(?:ditch(?:es)?|rivers?|trunks?|dumpsters?|body\s+bags?|shallow\s+graves?|graves?|morgue)|dead|six\s+feet\s+under|missing)\b`,
    0.7,
    'intimidation',
    gate(
      'fish fishes bag bags ditch ditches river rivers trunk trunks dumpster dumpsters grave graves morgue dead under missing',
    ),
  ),
  rule(
    String.raw`\b(?:give\s+me|gimme|i\s+want|i\s+just\s+want|i'd\s+love|i\s+would\s+love|let\s+me\s+have|all\s+i\s+need\s+is)\s+(?:just\s+)?(?:five|5|ten|10|two|2|one|1|a\s+few|fifteen|15)\s+(?:minutes?|mins?)\s+alone\s+(?:in\s+a\s+room\s+)?with\s+(?:him|her|them|you|that|this|the|those|these|officer|deputy|the\s+chief)(?:[^.!?\n]{0,40}?\b(?:bat|knife|gun|hammer|crowbar|pipe|brass\s+knuckles|machete|axe|tire\s+iron)\b|[^.!?\n]{0,25}(?=\s*(?:[.!]|$)))`,
    0.7,
    'intimidation',
    gate('alone'),
  ),
  rule(
    String.raw`\b(?:keep\s+(?:talking|it\s+up|running\s+(?:your|ur)\s+mouth|pushing\s+(?:me|it)|testing\s+me|playing\s+(?:games|tough))|try\s+me|say\s+that\s+again|do\s+that\s+again|pull\s+up|come\s+outside)\s*,?\s*(?:and\s+)?(?:you'?ll\s+)?(?:see|watch|find\s+out)\s+what\s+happens\b|\b(?:waiting\s+for\s+(?:you|u)|meet\s+me)\b[^.!?\n]{0,60}?[,.!]?\s*(?:and\s+)?come\s+alone\b`,
    0.65,
    'intimidation',
    gate('happens alone'),
  ),
  // "I know which car is yours. Brake lines are easy to cut."
  rule(
    String.raw`\b(?:cut|snip|tamper\s+with|mess\s+with)\s+(?:your|ur|his|her|their)\s+brake\s*lines?\b|\bbrake\s*lines?\s+(?:are|is)\s+(?:so\s+)?(?:easy|simple)\s+to\s+(?:cut|snip)\b|\b(?:i|we)\s+know\s+(?:which|what)\s+(?:car|truck|house|one|vehicle)\s+(?:is\s+yours|you\s+drive)\b`,
    0.7,
    'intimidation',
    gate('brake brakes brakeline brakelines yours drive'),
    { unless: BENIGN_KNOWING },
  ),
  // Round 133 (0.7.20), from the misses of blind 326: a beating promised in the body's words
  // ("you're getting your teeth knocked out next time"), the officer pitied for coming to the
  // speaker's door, a home wished burning with its owner inside, and the first officer on the
  // speaker's land promised a grave.
  rule(
    String.raw`\b(?:you|u|ya|he|she|they)(?:'re|'s|\s+(?:are|is|will|gonna|going\s+to))?\s+(?:gonna\s+|going\s+to\s+)?(?:get|getting|have|having)\s+(?:your|ur|his|her|their)\s+(?:teeth|tooth|head|face|jaw|skull|legs?|arms?|knees?|kneecaps?|ribs|nose|neck|brains?|lights)\s+(?:knocked\s+(?:out|in|off|loose)|kicked\s+in|bashed\s+in|caved\s+in|smashed(?:\s+in)?|broken|busted(?:\s+open)?|blown\s+off|cracked|split\s+open)\b|\bi'?d\s+hate\s+to\s+be\s+the\s+(?:[a-z]+\s+)?(?:${PERSON_NOUN}|one|guy|person)\s+(?:who|that)\s+(?:knocks?|comes?|shows?\s+up|steps?|walks?|sets?\s+foot)\s+(?:on|to|at|onto|up\s+to|near|in)\s+(?:my|our)\s+(?:front\s+)?(?:door|property|porch|house|home|land|yard|driveway)\b|\b(?:hope|wish|pray|should|deserves?\s+to|ought\s+to)\b[^.!?\n]{0,60}?\b(?:goes|go|burns?|burn)\s+(?:up\s+in\s+(?:flames|smoke)|down)\s+with\s+(?:him|her|them|you|u|his\s+family|her\s+family|their\s+famil(?:y|ies)|the\s+(?:family|kids))\s+(?:still\s+)?(?:asleep\s+|sleeping\s+)?(?:inside|in\s+it|in\s+there|in\s+bed)\b|\b(?:the\s+)?(?:first|next|any|every)\s+(?:[a-z]+\s+)?(?:${PERSON_NOUN}|one|person|guy)\s+(?:who|that)\s+(?:comes?|steps?|sets?\s+foot|walks?|knocks?|shows?\s+up|trespasses)\b[^.!?\n]{0,40}?\b(?:gets?|is\s+getting|will\s+get|'ll\s+get|is\s+gonna\s+get)\s+(?:buried(?!\s+(?:in|under|with)\s+(?!(?:the|my|our|a)\s+(?:back\s*yard|yard|woods|desert|ground|dirt|field|swamp|basement)\b))|shot|killed|smoked|capped|dropped|put\s+down|carried\s+out|a\s+bullet|lead)\b`,
    0.75,
    'threat of violence',
    gate(
      'teeth tooth head face jaw skull leg legs arm arms knee knees kneecap kneecaps ribs nose neck brain brains lights hate flames smoke burn burns buried shot killed smoked capped dropped carried bullet lead',
    ),
    {
      unless:
        /\b(?:boxing|sparring|spar|match|game|season|football|hockey|rugby|mma|ufc|wrestling|practice|dentist|dental|orthodontist|surgery|doctor|hospital|paintball|laser\s+tag|water\s+balloons?|snowballs?)\b/,
    },
  ),
  // Round 135 (0.7.20), from the misses of blind 328: waiting for someone "and finish this",
  // "never sees another sunrise", "eat his gun", "how brave … when their houses are on fire", a
  // shooting or an attack offered as "the … treatment".
  rule(
    String.raw`\b(?:wait|waiting|be\s+waiting)\s+for\s+(?:you|u|him|her|them)\s+(?:outside|at|by|after|behind|in\s+front\s+of)\b[^.!?\n]{0,40}?\band\s+(?:finish|settle|end)\s+(?:this|it|things|you|him|her)\b(?:\s+(?:once\s+and\s+for\s+all|for\s+good|permanently))?(?=\s*(?:[.!]|$))|\bnever\s+(?:sees?|see|wake\s+up\s+to)\s+(?:another|one\s+more)\s+(?:sunrise|sunset|morning)\b|\b(?:make|makes|made|let|watch)\s+(?:you|u|him|her|them|(?:the|that|this)\s+(?:[a-z]+\s+)?${PERSON_NOUN})\s+eat\s+(?:(?:your|ur|his|her|their)\s+(?:own\s+)?(?:\w+\s+and\s+(?:then\s+)?(?:your|ur|his|her|their)\s+)?(?:gun|guns|pistol|shotgun|service\s+weapon|glock|barrel)|a\s+bullet(?!['’])|lead)\b|\b(?:eat|eats)\s+(?:a\s+bullet(?!['’])|(?:your|ur|his|her|their)\s+(?:own\s+)?(?:gun|pistol|shotgun|service\s+weapon|glock|barrel))\b|\bhow\s+(?:brave|tough|big|bad|cocky|smug|mouthy|funny)\b[^.!?\n]{0,40}?\bwhen\s+(?:their|your|ur|his|her)\s+(?:houses?|homes?|cars?|families|family|kids)\s+(?:are|is)\s+(?:on\s+fire|burning|in\s+flames|gone)\b|\b(?:give|giving|gave|deserves?|needs?|gets?|getting)\s+(?:them|em|'em|him|her|you|u|(?:those|these|the|that)\s+(?:[a-z]+\s+){0,4}?[a-z]+s?)\s+the\s+(?:kenosha|rittenhouse|charlottesville|christchurch|el\s+paso|kent\s+state|tiananmen|pinochet|kyle|waco|dresden|hiroshima)\s+treatment\b`,
    0.75,
    'threat of violence',
    gate(
      'finish settle end sunrise sunset morning eat eats brave tough big bad cocky smug mouthy funny treatment',
    ),
    {
      unless:
        /\b(?:game|match|season|playoffs?|debate|election|polls?|court|hearing\s+(?:is|was)|chess|argument|conversation|paperwork|homework|report|crow|words|humble\s+pie|hat|shoe)\b/,
    },
  ),
  // Veiled menace, read as a combination (0.7.20): in one sentence, someone addressed or named
  // (you, an officer or official by title), a time to come ("next time", "eventually", "when I get
  // out", "will"), and the furniture of a death or a maiming (a hospital bed, a ditch, last words,
  // crosshairs, ropes, a vest that will not be enough). Queued, never hidden; well-wishing,
  // medicine and weather read it away.
  rule(
    String.raw`(?<=^|[.!?\n]\s*)(?=[^.!?\n]*\b(?:you|u|ya|your|ur|y'?all|chief|sheriff|deputy|deputies|trooper|troopers|officer|officers|lieutenant|lt|sergeant|sgt|detective|mayor|judge|councilm[ae]n|councilwoman|prosecutor|da|cop|cops|pig|pigs)\b)(?=[^.!?\n]*\b(?:next\s+time|one\s+(?:day|night)|someday|eventually|soon|sooner\s+or\s+later|when\s+(?:i|we)\s+get\s+out|'ll|will|gonna|going\s+to|end\s+up|ends\s+up|start\s+(?:practicing|planning|writing|picking)|better\s+(?:start|get|watch|hope|pray)|need\s+more\s+than|won't\s+be\s+enough)\b)[^.!?\n]*?\b(?:(?:put|putting|send|sending|land|leave|leaving)\s+(?:[a-z'-]+\s+){1,3}?in(?:to)?\s+(?:the\s+|a\s+)?(?:hospital|icu|wheelchair)\b|(?<!\bnails?\s+)(?:in|into)\s+(?:the\s+|a\s+)?(?:ditch(?!\s+of)|grave|coffin|casket|body\s+bag|morgue)|face\s+down(?!\s+(?:in|on|into)\s+(?:your|ur|a|the|my|his|her|their)\s+(?:pillows?|bed|couch|sofa|plate|food|soup|cereal|books?|paperwork|work|desk|keyboard|phone))|six\s+feet\s+under|toe\s+tag|chalk\s+outline|last\s+(?:words|breath|prayers?|rites)|crosshairs(?!\s+of\b)|(?:more\s+than|a\s+better)\s+(?:a\s+)?(?:bullet[\s-]?proof\s+)?(?:vest|kevlar|helmet)|ropes?\s+ready|nooses?\s+ready|tombstone|headstone|eulogy|obituary|hearse)\b`,
    0.6,
    'veiled menace',
    gate(
      'hospital icu wheelchair ditch grave coffin casket bag morgue face feet tag outline words breath prayer prayers rites crosshairs vest kevlar helmet rope ropes noose nooses tombstone headstone eulogy obituary hearse',
    ),
    {
      unless:
        /\b(?:pray|praying|prayers?\s+(?:for|to|with|are)|get\s+well|recover(?:y|ing)?|heal(?:ing)?|speedy|thoughts|visit(?:ing)?|flowers|bless(?:ed|ings)?|doctors?|nurses?|surgery|covid|cancer|sick|illness|storm|hurricane|snow|ice|icy|rain|flood|weather|game|movie|film|episode|book|novel|video\s+game|halloween|costume|paintball|airsoft|diet|drunk|driving|seat\s*belt|helmet\s+law|motorcycle|bike|speeding|texting|job|work|stress|worry|worrying|overtime|shifts?|paperwork|early\s+grave)\b/,
    },
  ),
  // Where someone lives, said to be easy to find (round 325): "your address isn't hard to find,
  // snitch", "it wasn't hard to find where you live". Not a complaint that a page or a sign hides
  // an address.
  rule(
    String.raw`\b(?:your|ur)\s+(?:home\s+)?(?:address|house|home|kids'?\s+school)\s+(?:isn't|is\s+not|isnt|ain't|wasn't|was\s+not|wouldn't\s+be|won't\s+be)\s+(?:that\s+|very\s+|too\s+)?(?:hard|difficult|tough)\s+to\s+(?:find|track\s+down|look\s+up)\b|\b(?:it's|it\s+is|it\s+was|its)\s+(?:(?:not|n't)\s+(?:that\s+|very\s+)?(?:hard|difficult)|(?:real\s+|pretty\s+|very\s+)?easy)\s+to\s+find\s+(?:out\s+)?where\s+(?:you|u)\s+(?:live|sleep|park)\b|\b(?:it\s+)?(?:wasn't|was\s+not|isn't|is\s+not)\s+(?:that\s+|very\s+)?(?:hard|difficult)\s+to\s+find\s+(?:out\s+)?where\s+(?:you|u)\s+(?:live|sleep|park)\b`,
    0.7,
    'intimidation',
    gate('hard difficult tough easy'),
    {
      unless:
        /\b(?:website|site|page|directory|listed|bio|contact|map|maps|gps|sign|signs|signage|mailbox|numbers?\s+on|(?:the|our)\s+(?:precinct|station|headquarters|city\s+hall|courthouse|office)\s+is\s+(?:on|at|in|right))\b/,
    },
  ),
  // "I'm coming to your precinct with my AR… not leaving until you're all dead".
  rule(
    String.raw`\b(?:i'm|im|i\s+am|we're|we\s+are|i'll\s+be|we'll\s+be|i'll|i\s+will|we'll|we\s+will)\s+(?:coming|heading|going|showing\s+up|come|head|go|show\s+up)\s+(?:down\s+|over\s+)?to\s+(?:your|ur|the|that|this)\s+(?:[a-z]+\s+)?(?:precinct|station|house|home|office|school|work|job|meeting|church|building|city\s+hall|courthouse|event|rally)(?:\s+(?:tomorrow|tonight|today|soon|this\s+(?:morning|afternoon|evening|weekend)|next\s+week|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:in\s+the\s+)?(?:morning|afternoon)|at\s+(?:noon|midnight|\d{1,2}(?::\d\d)?\s*(?:am|pm)?))){0,2}\s+with\s+(?:my|a|an|our|some)\s+(?:ar|ar-?15|ak|ak-?47|gun|guns|rifle|rifles|shotgun|glock|pistol|piece|strap|knife|machete|bat)\b(?!\s+(?:permit|license|licence|safe|lock|question|concerns?|paperwork|registration))(?!\s+(?:for|to)\s+(?:the|a|an|our)\s+(?:[a-z]+\s+)?(?:raffle|auction|fundraiser|drive|buyback|display|demonstration|show|exhibit|game|team|donation|sale|repair|class|inspection|appraisal)\b)|\b(?:not\s+(?:leaving|stopping|going\s+to\s+stop|gonna\s+stop)|won't\s+(?:stop|leave|rest)|will\s+not\s+(?:stop|leave|rest))\b[^.!?\n]{0,20}?\buntil\s+(?:you're|you\s+are|youre|they're|they\s+are|he's|she's|y'?all\s+are|every\s+(?:one|last\s+one)\s+of\s+(?:you|them)\s+(?:is|are))\s+(?:all\s+)?dead\b`,
    0.8,
    'threat of violence',
    gate(
      'ar ar15 ak ak47 gun guns rifle rifles shotgun glock pistol piece strap knife machete bat dead',
    ),
  ),
  // Harm promised to the reader or their own, in the street's words: "u gon get smoked", "ur
  // whole family gets it", "your house is going to burn tonight", "catch you lacking", "a bullet
  // with your name on it", "a walking target", "wait till I get my hands on you", "I'll make you
  // wish you were never born", "it's going to be you", "I can arrange that".
  rule(
    String.raw`\b(?:you|u|ya)(?:'re\s+(?:(?:gonna|going\s+to|about\s+to|bout\s+to|finna)\s+)?|'ll\s+|\s+(?:(?:is|are|r|will|gon|gonna|going\s+to|finna|about\s+to|bout\s+to|gone)\s+)+)(?:get|be|getting)\s+(?:smoked|popped|capped|clapped|wacked|whacked|merked|bodied|dropped|stabbed|shot|jumped|stomped|curb[\s-]?stomped|shanked|shivved|beaten\s+(?:up|down|to\s+death)|beat\s+(?:up|down|to\s+death)|done\s+in|put\s+down|6\s+feet\s+deep|six\s+feet\s+deep)\b(?!\s+(?:down|out|up|at)\b)(?!\s+(?:in|at|by|on|for)\s+(?:the|a|an|this|that|tomorrow|tonight|court|trial|election|polls|primary|debate|game|race|final|match|november|midterms?)\b)(?![^.!?\n]*\bif\b)|\b(?:your|ur|his|her)\s+(?:whole\s+|entire\s+)?(?:family|kids?|children|wife|husband|mom|mother|dad|crew|boys)\s+(?:gets|get|is\s+getting|are\s+getting|will\s+get|gonna\s+get|going\s+to\s+get)\s+it\b|\b(?:your|ur)\s+(?:house|home|car|truck|shop|store|place|business|apartment)\s+(?:is\s+|'s\s+)?(?:going\s+to|gonna|will|'ll|finna)\s+(?:burn|go\s+up\s+in\s+(?:flames|smoke)|explode|blow\s+up|get\s+(?:burned|torched|firebombed|shot\s+up|blown\s+up))\b(?![^.!?\n]*\bif\b)|\bcatch\s+(?:you|u|ya|him|her|them|y'?all|(?:that|the|this|your|ur)\s+(?:[a-z]+\s+)?${PERSON_NOUN})\s+(?:lacking|lackin|slipping|slippin|alone|outside\s+(?:alone|one\s+day))\b(?![^.!?\n]*\b(?:ask|asking|talk|chat|speak|thank|thanks|question|questions|discuss|interview|autograph|photo|selfie)\b)(?![^.!?\n]*\b(?:bake\s+sale|party|fair|potluck|picnic|game|buffet|dessert|cookies|pie|karaoke|dance\s+floor|mistletoe)\b)|\b(?:a|my|one)\s+(?:bullet|round|slug|grave|coffin|body\s+bag|rope|noose)\s+with\s+(?:your|ur|his|her|their)\s+name\s+on\s+it\b|\b(?:is|are|'s|'re)\s+(?:a\s+)?(?:walking\s+target|marked\s+(?:man|woman|men|cop))(?!\s+for\b)|\b(?:wait|just\s+wait)\s+(?:till|until|'til|til)\s+(?:i|we)\s+(?:get\s+(?:my|our)\s+hands\s+on|catch)\s+(?:you|u|him|her|them|that\s+\w+)\b(?![^.!?\n]*\b(?:owe|coffee|lunch|beer|drinks?|hugs?|thank\w*|cookies|gifts?|treat|buy\s+(?:you|u)|high\s+five|autograph|selfie)\b)|\bmake\s+(?:you|u|him|her|them)\s+(?:wish|regret)\s+(?:you|u|he|she|they)\s+(?:were|was|had|'d)\s+never\s+(?:been\s+)?born\b|\b(?:get|gets|getting)\s+(?:hurt|killed|shot)[^.!?\n]{0,30}?\band\s+it(?:'s|\s+is|'ll|\s+will)\s+(?:going\s+to\s+|gonna\s+)?be\s+(?:you|u)\b|\b(?:disappear(?:ed|s)?|vanish(?:ed|es)?|went\s+missing|had\s+an\s+accident|died|dead|gone)\b[^\n]{0,50}?\b(?:i|we)\s+(?:can|could|will|'ll|would|'d\s+be\s+happy\s+to)\s+arrange\s+(?:that|it|this)\b|\b(?:you|u)\s+(?:should|better|had\s+better|'d\s+better)\s+be\s+(?:afraid|scared)(?:,?\s+(?:very\s+)+(?:afraid|scared))?(?=\s*(?:[.!]|$))`,
    0.7,
    'intimidation',
    gate(
      'smoked popped capped clapped wacked whacked merked bodied dropped jumped stabbed shot stomped curb-stomped curbstomped shanked shivved beaten beat burn explode blow burned torched firebombed lacking lackin slipping slippin alone outside bullet round slug grave coffin bag rope noose target marked hands catch born arrange afraid scared hurt killed flames family kids children wife husband mom mother dad crew boys',
    ),
  ),
  // "ima pull up on you", "slide on you and your boys".
  rule(
    String.raw`${FIRST_PERSON}\s+(?:pull\s+up\s+on|slide\s+(?:on|up\s+on)|run\s+up\s+on|roll\s+up\s+on)\s+(?:you|u|ya|him|her|them|y'?all|your|ur)\b`,
    0.65,
    'intimidation',
    gate('pull slide run roll'),
  ),
  // Threats a police page gets, veiled: "the chief better start his car carefully", "a few more
  // dead cops and they'll learn", "that judge won't live to see the trial", "I'd love to see his
  // head on a pike", "tell the mayor to watch his back", "the station won't know what hit it",
  // "officers who do this should be taken out one by one", "deserves what's coming, and it's
  // coming soon", "let's see how tough you are without your badge".
  rule(
    String.raw`\b(?:better|should|might\s+want\s+to|gonna\s+want\s+to)\s+start\s+(?:his|her|your|ur|their)\s+(?:car|truck|cruiser|engine)\s+(?:very\s+|real\s+)?carefully\b|\bcheck\s+under\s+(?:his|her|your|ur|their)\s+(?:car|truck|cruiser)\b(?![^.!?\n]*\b(?:cats?|kittens?|animals?|critters?|leaks?|oil|rust|catalytic|converters?|thieves|theft|trackers?|gps|airtags?)\b)|\b(?:a\s+few|some|more|enough)\s+(?:more\s+)?dead\s+(?:${PERSON_NOUN})\s+(?:and\s+)?(?:they'll|they\s+will|you'll|y'all\s+will|maybe\s+they'll|then\s+they'll)\s+(?:learn|listen|get\s+the\s+message|back\s+off|think\s+twice|stop|wake\s+up)\b|\b(?:that|this|the|you|u)\s+(?:(?:judge|cop|officer|chief|mayor|deputy|sheriff|detective|prosecutor|da|senator|governor|councilman|councilwoman|commissioner|trooper|sergeant|lieutenant|captain|pig)\s+)?(?:won't|will\s+not|ain't\s+gonna|isn't\s+going\s+to|is\s+not\s+going\s+to|wont)\s+live\s+to\s+see\b(?![^.!?\n]*\b(?:finished|built|completed|fixed|paved|opened|done|at\s+this\s+rate|lol|haha)\b)|\b(?:heads?)\s+on\s+(?:a\s+|the\s+)?(?:pikes?|spikes?)\b|\b(?:tell|warn)\s+(?:the\s+|that\s+|your\s+)?(?:[a-z]+\s+)?(?:to\s+)?(?:better\s+)?watch\s+(?:his|her|their)\s+(?:back|six)\b(?!\s+(?:on\s+the\s+(?:ice|field|court|slopes|trail|pond|ladder)|when\s+(?:he|she|they)\s+(?:lifts?|gardens?|shovels?|bends?)|in\s+the\s+(?:sun|gym|game|scrum))\b)|\b(?:station|precinct|department|city\s+hall|courthouse|school|church|office|headquarters|hq)\s+(?:won't|will\s+not|ain't\s+gonna|wont)\s+know\s+what\s+hit\s+(?:it|them)\b|\b(?:${PERSON_NOUN}|they|them|he|she|you|u)\b[^.!?\n]{0,30}?\b(?:should|need\s+to|needs\s+to|must|ought\s+to)\s+(?:all\s+)?be\s+(?:taken\s+out|picked\s+off|wiped\s+out)\s+(?:one\s+by\s+one|permanently|for\s+good|like\s+(?:dogs|animals|rats))\b|\bdeserves?\s+what'?s\s+coming\s+(?:to\s+(?:them|him|her|you|u|y'?all)\s*)?,?\s*(?:and\s+)?it'?s\s+coming\s+(?:soon|fast|tonight|quick)\b`,
    0.7,
    'intimidation',
    gate('carefully under dead live pike pikes spike spikes watch hit taken picked wiped coming'),
    // "Tell the rookies to watch their backs out there, stay safe": support, not a warning.
    { unless: /\b(?:stay|be)\s+safe\b|\bgod\s+bless\b|\bthank|\bpraying\b|\bprayers\b/ },
  ),
  rule(
    String.raw`(?<!\b(?:do|does|if|when|can|should|let|whether|make\s+sure)\s+)\b(?:your|ur)\s+(?:kids?|children|daughter|son|wife|husband|family|girlfriend|boyfriend)\s+(?:walks?|goes|go|gets?|plays?|stays?|is|are|sleeps?)\s+(?:home\s+)?alone\b|\b(?:how\s+tough|so\s+tough|tough\s+guy)\b[^.!?\n]{0,20}?\bwithout\s+(?:your|ur|the|that|his|her)\s+(?:badge|gun|uniform|vest|taser)\b`,
    0.65,
    'intimidation',
    gate('alone badge gun uniform vest taser'),
    { asks: true },
  ),
  rule(
    String.raw`${FIRST_PERSON}\s+(?:(?:make\s+(?:your|ur|his|her)\s+life\s+a\s+(?:living\s+)?hell|make\s+(?:you|him|her)\s+suffer)\b[^.!?\n]{0,30}?\b(?:end\s+(?:it|you|him|her)|kill\s+(?:you|him|her))|drag\s+(?:you|u|him|her|them)\s+out\s+of\s+(?:your|ur|his|her|their)\s+(?:house|home|car|bed|office|cruiser))\b|\b(?:i'm|im|we're|i\s+am|we\s+are)\s+(?:loading\s+up|locked\s+and\s+loaded|gearing\s+up|strapping\s+up)\b[^.!?\n]{0,40}?\b(?:station|precinct|cops|pigs|officers|deputies|city\s+hall|courthouse|(?:for|at|on|after)\s+(?:you|y'?all))\b`,
    0.75,
    'threat of violence',
    gate('hell suffer drag loading locked gearing strapping'),
  ),
  // Menace by omen, 0.6.3: "wouldn't come to work if I were you", "careful opening your mail",
  // "you won't make it home tonight", "your last week alive", "tick tock… we're coming",
  // "coming for you and your family", "your name is on it", "when you're bleeding on the
  // sidewalk", "I'll be outside your house at 2am", "one more ticket and someone's getting shot".
  rule(
    String.raw`\b(?:wouldn't|would\s+not|wouldnt|i'd\s+not)\s+(?:come|go|show\s+up|be)\s+(?:to\s+|at\s+|in\s+)?(?:work|school|church|the\s+\w+|outside|there)\b[^.!?\n]{0,25}?\bif\s+i\s+(?:were|was)\s+(?:you|u)\b(?![^.!?\n]*\b(?:ice|icy|snow|snowing|storm|rain|flood|flooded|flooding|roads?|traffic|weather|heat|cold|smoke|fog|tornado|hurricane|construction|closed)\b)|\bstay\s+(?:home|inside|away)\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)\s+if\s+i\s+(?:were|was)\s+(?:you|u)\b(?![^.!?\n]*\b(?:ice|icy|snow|snowing|storm|rain|flood|flooded|flooding|roads?|traffic|weather|heat|cold|smoke|fog|tornado|hurricane|construction|closed)\b)`,
    0.7,
    'intimidation',
    gate('were was'),
  ),
  rule(
    String.raw`\bcareful\s+(?:when\s+)?(?:opening|checking|starting)\s+(?:your|ur)\s+(?:mail|packages?|mailbox|front\s+door|car)\b(?![^.!?\n]*\b(?:scams?|phishing|fraud|recall|ice|icy)\b)|\b(?:you|u)\s+(?:won't|will\s+not|wont|ain't\s+gonna|aren't\s+gonna|are\s+not\s+going\s+to)\s+make\s+it\s+(?:home|out\s+alive|to\s+(?:morning|tomorrow|christmas|(?:your|ur)\s+\w+\s+birthday))\b(?!\s+(?:in\s+time|on\s+time|by|if|before))(?![^.!?\n]*\bif\b)(?![^.!?\n]*\b(?:ice|icy|snow|snowing|storm|rain|flood|flooded|flooding|roads?|traffic|weather|heat|cold|smoke|fog|tornado|hurricane|construction|closed)\b)|\b(?:your|ur)\s+(?:last|final)\s+(?:day|days|week|weeks|night|month|breath|christmas|birthday)s?\s+(?:alive|on\s+(?:this\s+)?earth|breathing)\b|\btick\s*,?\s*tock\b[^\n]{0,40}?\b(?:we're|we\s+are|i'm|i\s+am|im)\s+coming\b|\bcoming\s+for\s+(?:you|u)\s+and\s+(?:your|ur)\s+(?:family|kids|wife|husband|children)\b`,
    0.7,
    'intimidation',
    gate(
      'mail packages package mailbox door car make alive earth breathing tock tick family kids wife husband children',
    ),
  ),
  rule(
    String.raw`\b(?:gun|glock|rifle|pistol|bullet|round|shotgun|ar|piece|strap)\b[^.!?\n]{0,40}?\b(?:your|ur|his|her)\s+(?:name|badge\s+number|badge|address)\s+(?:is\s+|'s\s+)?(?:on|written\s+on|engraved\s+on)\s+it\b|\b(?:regret|sorry|learn)\b(?<!\b${DANGER}\b[^.!?\n]*)(?:(?!\b${DANGER}\b)[^.!?\n]){0,30}?\bwhen\s+(?:you're|you\s+are|youre|ur)\s+(?:bleeding|dying|lying\s+in\s+(?:a\s+)?(?:ditch|pool\s+of\s+blood)|in\s+(?:a\s+)?(?:body\s+bag|coffin))\b(?![^.!?\n]*\b${DANGER}\b)|${FIRST_PERSON}\s+be\s+(?:outside|in\s+front\s+of|waiting\s+outside)\s+(?:your|ur)\s+(?:house|home|door|place|window)\s+(?:at\s+)?(?:[1-4]\s*(?:am|a\.m\.)?|midnight|tonight)\b|\b(?:\bi\s+swear\b|\bone\s+more\s+\w+(?:\s+\w+)?\s+and\b|\bnext\s+(?:time|cop|officer)\b)[^.!?\n]{0,30}?\b(?:someone|somebody|some1)(?:'s|\s+is)\s+(?:getting|gonna\s+get|going\s+to\s+get)\s+(?:shot|stabbed|popped|capped|smoked)\b|\bend\s+(?:your|ur|his|her)\s+(?:career|job)\s+(?:and\s+)?(?:then\s+)?(?:your|ur|his|her)\s+life\b|\b(?:you|u|ur|you're|youre)\b(?<!\b${DANGER}\b[^.!?\n]*)[^.!?\n]{0,30}?\b(?:6|six)\s+f(?:ee|oo)t\s+(?:under|deep)\b(?![^.!?\n]*\bif\b)(?![^.!?\n]*\b${DANGER}\b)|\b(?:put|putting)\s+(?:${PERSON}|(?:one|some|a\s+few|two|three)\s+of\s+(?:them|you|y'?all))\s+(?:in|into)\s+(?:the\s+(?:ground|dirt)|a\s+body\s+bag|the\s+morgue)\b(?![^.!?\n]*\b(?:last\s+(?:week|month|year|night)|yesterday|ago|funeral|rest\s+in\s+peace|rip|memorial|service\s+was|bulbs?|seeds?|seedlings?|plants?|tulips?|daffodils?|garden\w*|trees?|saplings?|posts?|fence\w*|pipes?|cables?|roots?|shrubs?|bushes|frost|soil)\b)`,
    0.7,
    'intimidation',
    gate(
      'name badge address bleeding dying ditch blood bag coffin wheelchair outside front waiting shot stabbed hurt killed popped capped smoked career job feet foot under deep ground dirt grave morgue',
    ),
  ),
  // Incitement read in 0.6.3 from half of the Gab calls for violence (the other half kept out):
  // "destroy the mosques", "if all of them were killed the problem would go away", "maybe we get
  // lucky and she gets raped", "someone needs to end that … bitch", "chop him up".
  rule(
    String.raw`(?:(?<=^|[.!?\n]\s*)|\b(?:just|go|lets|let's|time\s+to|we\s+(?:should|need\s+to|must|gotta)|i\s+say\s+we|some(?:one|body)\s+(?:should|needs?\s+to))\s+)(?:destroy|raze|burn(?:\s+down)?|torch|bomb|blow\s+up|firebomb)\s+(?:the|their|all|every|those|these)\s+(?:\w+\s+)?(?:mosques?|synagogues?|churches|church|temples?|shelters?|clinics?)\b|\bif\s+(?:all|every|the)\s+(?:\w+\s+){0,3}?(?:were|was|got)\s+(?:killed|shot|exterminated|executed|gassed|hanged|wiped\s+out|deported\s+and\s+shot)\b[^.!?\n]{0,60}?\b(?:would|will|'d)\s+(?:go\s+away|end|be\s+solved|stop|disappear|be\s+(?:better|fixed|over))\b|\b(?:we|i)\s+get\s+lucky\s+and\s+(?:\w+\s+){1,2}?gets?\s+(?:raped|murdered|killed|shot|lynched|hanged)\b|\b(?:needs?\s+to|should|gotta|has\s+to|have\s+to)\s+(?:just\s+)?end\s+(?:that|this|him|her)\s+(?:[a-z'-]+\s+){0,3}?(?:bitch|bastard|cunt|fucker|traitor|scum|whore|kike|nigger|faggot)\b|(?:(?<=^|[.!?\n]\s*)|\b(?:just|go|lets|let's)\s+)chop\s+(?:him|her|them|em|'em|you|u)\s+up\b`,
    0.7,
    'call for violence',
    gate(
      'destroy raze burn torch bomb blow firebomb killed shot exterminated executed gassed hanged wiped deported lucky end chop eradicated purged hunted',
    ),
  ),
  // Menace by consequence, 0.6.5 (blind 37): "see what happens to you", "watch what happens to
  // your car tonight", "I'll be waiting for you… and I won't be alone", "pray I never find out
  // where you live", "you and your kids won't be safe", "a lesson he won't survive", "you'll be
  // eating through a straw", "you'll wish you were never born", "don't be surprised when your
  // house burns down". Warnings about a danger ("drive drunk and see what happens to you") are
  // not menace.
  rule(
    String.raw`\b(?:see|watch)\s+what\s+(?:happens|will\s+happen|'ll\s+happen)\s+to\s+(?:you|u|ya|(?:your|ur)\s+(?:car|truck|house|home|family|kids|children|wife|husband|dog|windows|tires|face|life|daughter|son|jaw|teeth|nose|legs|arms|head|skull|knees))\b(?<!\b${DANGER}\b[^.!?\n]*)(?![^.!?\n]*\b(?:${DANGER}|if)\b)|\b(?:i'll|i\s+will|we'll|we\s+will|ill)\s+be\s+waiting\s+for\s+(?:you|u|him|her|them|ya)\s+(?:[^.!?\n]{0,20}?\b)?(?:in\s+the\s+parking\s+(?:lot|garage)|outside|after\s+(?:your|ur|his|her)\s+(?:shift|work|class|meeting)|at\s+(?:your|ur|his|her)\s+(?:house|home|door|car|truck))\b[^.!?\n]{0,30}?\b(?:i|we)\s+(?:won't|will\s+not|wont)\s+be\s+(?:alone|unarmed|empty[\s-]handed)\b|\b(?:pray|(?:better|best)\s+hope)\s+(?:that\s+)?(?:i|we)\s+(?:never|don't|do\s+not|dont)\s+(?:find\s+out\s+where\s+(?:you|u)\s+live|find\s+(?:you|u)\b|catch\s+(?:you|u)\b|see\s+(?:you|u)\s+(?:in\s+person|alone|on\s+the\s+street|outside))|\b(?:you|u)\s+and\s+(?:your|ur)\s+(?:kids|family|wife|children|husband|daughter|son|loved\s+ones)\s+(?:won't|will\s+not|wont|aren't|are\s+not|ain't)\s+(?:gonna\s+|going\s+to\s+)?(?:be\s+)?safe\b(?=\s*(?:[.!,;]|$|anymore|any\s+longer|in\s+this\s+(?:town|city|county|state)|here\b|after\s+(?:this|tonight|today)|from\s+(?:me|us)|when\s+(?:i|we)|once\s+(?:i|we)))|\blesson\s+(?:he|she|you|they|u)\s+(?:won't|will\s+not|wont|can't|cannot)\s+(?:survive|live\s+through|walk\s+away\s+from|recover\s+from)\b(?!\s+(?:politically|financially|professionally|in\s+the\s+polls|at\s+the\s+polls|at\s+the\s+ballot))|\b(?:you|u|he|she|they)(?:'ll|\s+will|\s+gonna|'re\s+gonna|\s+are\s+gonna|'s\s+gonna|\s+is\s+gonna)\s+be\s+(?:eating|drinking|breathing|pissing|peeing|shitting)\s+(?:\w+\s+)?through\s+a\s+(?:straw|tube)\b(?<!\b(?:dentist|surgery|surgeon|wisdom|braces|procedure|operation)\b[^.!?\n]*)(?![^.!?\n]*\b(?:dentist|surgery|surgeon|wisdom|braces|procedure|operation|smoothie|milkshake)\b)|\b(?:you|u)(?:'ll|\s+will|'re\s+gonna|\s+are\s+gonna|'re\s+going\s+to|\s+are\s+going\s+to)\s+wish\s+(?:you|u)\s+(?:were|was|had)\s+never\s+(?:been\s+)?born\b|\b(?:when|once|by\s+the\s+time)\s+(?:i'm|im|i\s+am|we're|we\s+are)\s+(?:done|finished|through)\s+with\s+(?:you|u|him|her|them)\b(?=[^.!?\n]*\b(?:wish|beg|begging|crawl|crawling|unrecognizable|pieces|bleed|bleeding|hospital)\b)|\b(?:don't|do\s+not|dont)\s+be\s+surprised\s+(?:when|if)\s+(?:your|ur)\s+(?:house|home|car|truck|office|station|shop|store|business|kids?|family|wife|husband|daughter|son)\s+(?:\w+\s+)?(?:burns?(?:\s+down)?|blows?\s+up|catch(?:es)?\s+(?:on\s+)?fire|gets?\s+(?:torched|burned|shot(?:\s+up)?|firebombed|hurt|run\s+over)|goes?\s+up\s+in\s+flames|disappears?|goes?\s+missing|ends?\s+up\s+(?:dead|in\s+the\s+hospital))\b(?![^.!?\n]*\b(?:${DANGER}|if)\b)`,
    0.7,
    'intimidation',
    gate(
      'happens happen waiting pray hope safe lesson straw tube born done finished through surprised',
    ),
  ),
  // Wishes and calls: "I'd love to see you hanging from a lamppost", "bring rifles, aim for the
  // pigs".
  rule(
    String.raw`\b(?:see|watch|seeing|watching)\s+(?:you|u|him|her|(?:the|that|this|those|these|every|all)\s+(?:[a-z'-]+\s+)?(?:officers?|cops?|pigs?|chief|mayor|judges?|politicians?|traitors?|senators?|governor|president|council(?:man|woman|member)s?|sheriffs?|deput(?:y|ies)))\s+(?:hanging|hang|hung|swinging|swing|dangling|dangle)\s+(?:from|on)\s+(?:a|the|some)\s+(?:lamp\s*posts?|trees?|ropes?|nooses?|bridges?|cranes?|gallows|light\s*poles?|street\s*lights?|overpass)\b|\baim\b(?<!\b(?:games?|gaming|paintball|airsoft|range|targets?|deer|duck|hunting|camera|photos?|archery|laser\s+tag)\b[^.!?\n]*)\s+(?:for|at)\s+(?:the\s+)?(?:pigs|cops|officers|police|feds|deputies|(?:his|her|their|your|ur)\s+(?:heads?|chests?|faces?|hearts?|necks?)|(?:the\s+)?(?:head|chest|heart|neck))\b(?=\s*(?:[.!,;]|$|and\b|first\b|when\b|if\b|so\b))(?![^.!?\n]*\b(?:game|paintball|range|target|deer|duck|camera|shot\s+glass)\b)`,
    0.7,
    'call for violence',
    gate('hanging hang hung swinging swing dangling dangle aim'),
  ),
  // Incitement against groups in coded words, 0.6.5 (blind 38): "dealt with the old fashioned
  // way", "take out the trash, and I don't mean garbage", "cleanse this country of these
  // parasites", "when the shooting starts, the leftists will be the first to go", "load up,
  // it's almost time", "put down like rabid dogs", "a one-way helicopter ride", "a thousand of
  // them at the bottom of the ocean would be a good start", "mosques should be reduced to ashes",
  // "shoot looters on sight", "lock them in a room and set it on fire", "the streets will run
  // red with their blood", "send them to the camps", "treat them the way Pinochet did", "pile
  // them up and light the match". Policy, however harsh ("deport every one of them", "lock them
  // all up"), is not violence.
  // One rule per shape, each opened by its own rarest words.
  rule(
    String.raw`\b(?:them|em|'em|${PERSON}|${GROUP_LIKE}|(?:these|those|the|all)\s+(?:[a-z'-]+\s+)?${DEHUMAN})\s+(?:needs?\s+to|should|must|have\s+to|has\s+to|ought\s+to|deserves?\s+to|gotta|will)\s+be\s+dealt\s+with\s+(?:the\s+old[\s-]fashioned\s+way|permanently|with\s+(?:bullets|rope|lead|a\s+rope|fire))`,
    0.7,
    'call for violence',
    gate('dealt'),
  ),
  rule(
    String.raw`\btake\s+out\s+the\s+trash\b[^.!?\n]{0,25}?\b(?:and\s+)?(?:i|we)\s+(?:don't|do\s+not|dont)\s+mean\s+(?:the\s+)?(?:garbage|literal|literally|bags|bins|the\s+kind|trash\s+bags|garbage\s+bags)`,
    0.7,
    'call for violence',
    gate('trash'),
  ),
  rule(
    String.raw`\b(?:cleanse|purge|rid|clean|free)\s+(?:this|our|the)\s+(?:country|nation|city|land|streets|earth|world|planet|race|town|state)\s+of\s+(?:these|those|the|all|every|this|that)\s+(?:[a-z'-]+\s+)?(?:${PERSON_NOUN}|${DEHUMAN})`,
    0.7,
    'call for violence',
    gate('cleanse purge rid clean free'),
  ),
  rule(
    String.raw`\bwhen\s+the\s+(?:shooting|killing|hanging|hangings|war|civil\s+war|purge|boogaloo|revolution|day\s+of\s+(?:the\s+)?rope|bullets\s+fly)\s+(?:starts|begins|comes|start)\b[^.!?\n]{0,50}?\b(?:first|next)\s+(?:to\s+(?:go|die|hang|swing|be\s+shot)|against\s+the\s+wall|in\s+line|on\s+the\s+list)`,
    0.7,
    'call for violence',
    gate('shooting killing hanging hangings war purge boogaloo revolution rope bullets'),
  ),
  rule(
    String.raw`\b(?:load\s+up(?!\s+(?:the|your|my|our|on|a|some|with))|lock\s+and\s+load|locked\s+and\s+loaded|grab\s+your\s+(?:guns|rifles|ars|weapons))\b[^\n]{0,25}?\b(?:it's|its|it\s+is)\s+(?:almost\s+|nearly\s+|finally\s+)?time\b(?=\s*(?:[.!,;]|$))`,
    0.7,
    'call for violence',
    gate('load lock locked grab'),
  ),
  rule(
    String.raw`\bput\s+down\s+like\s+(?:the\s+)?(?:rabid\s+|mad\s+|sick\s+|diseased\s+)?(?:dogs|animals|rats|vermin|cattle|pigs|mutts)\b`,
    0.7,
    'call for violence',
    gate('dogs animals rats vermin cattle pigs mutts'),
  ),
  rule(
    String.raw`\b(?:one[\s-]way|free)\s+helicopter\s+rides?\b(?![^.!?\n]{0,40}\b(?:kids|children|families|family|fair|festival|event|open\s+house|community\s+day|tours?|tickets?|raffle|winners?|students|scouts|veterans|seniors|birthday|wedding|sightseeing|island|canyon)\b)`,
    0.7,
    'call for violence',
    gate('helicopter'),
  ),
  rule(
    String.raw`\b(?:of\s+them|${PERSON_NOUN})\s+at\s+the\s+bottom\s+of\s+(?:the\s+)?(?:ocean|sea|river|lake|bay)\b[^.!?\n]{0,30}?\bgood\s+start\b`,
    0.7,
    'call for violence',
    gate('bottom'),
  ),
  rule(
    String.raw`\b(?:mosques?|synagogues?|churches|temples?|gurdwaras?|their\s+(?:homes|houses|neighbou?rhoods|shops|businesses|places\s+of\s+worship|churches|mosques))\s+(?:should|need\s+to|must|ought\s+to|deserve\s+to|will)\s+(?:all\s+)?(?:be\s+)?(?:reduced\s+to\s+(?:ashes|rubble)|burned(?:\s+(?:down|to\s+the\s+ground))?|burnt|razed|bombed|torched|leveled|levelled|firebombed|wiped\s+off\s+the\s+map|blown\s+up)\b`,
    0.7,
    'call for violence',
    gate('ashes rubble burned burnt razed bombed torched leveled levelled firebombed map blown'),
  ),
  rule(
    String.raw`\bshoot(?<=(?:^|[.!?\n]\s*|\b(?:should|must|need\s+to|needs\s+to|gotta|just|to)\s+)shoot)\s+(?:all\s+|the\s+|these\s+|those\s+|every\s+)?(?:looters?|rioters?|protesters?|them|em|illegals?|invaders?|thugs?|criminals?|migrants?|immigrants?)\s+on\s+sight\b(?<!\b(?:ordered|orders?|policy|told|reports?|reportedly|claimed|said)\b[^.!?\n]*)`,
    0.7,
    'call for violence',
    gate('sight'),
  ),
  rule(
    String.raw`\block(?:ed|ing)?\s+(?:(?:them|em|'em|him|her|(?:these|those|the|all)\s+(?:[a-z'-]+\s+)?(?:${PERSON_NOUN}|${DEHUMAN}))\s+)?(?:up\s+)?in\s+(?:a|the|their)\s+(?:room|building|barn|church|mosque|synagogue|house|cage|box|shed)\s+and\s+(?:then\s+)?(?:the\s+(?:room|building|barn|church|mosque|synagogue|house|shed)\s+)?(?:set\s+(?:it\s+)?(?:on\s+fire|ablaze|alight)|burn(?:ed|t)?\s+(?:it|the\s+\w+)(?:\s+down)?|torch(?:ed)?\s+it|be\s+set\s+on\s+fire|set\s+on\s+fire)`,
    0.7,
    'call for violence',
    gate('ablaze alight fire burn burned burnt torch torched'),
  ),
  rule(
    String.raw`\b(?:streets?|rivers?|gutters?|sidewalks?|roads?)\s+(?:will|shall|should|gonna|are\s+going\s+to|need\s+to)\s+run\s+(?:red\s+)?with\s+(?:their|your|the|cop|pig|police|\w+)(?:'s)?\s+blood\b`,
    0.7,
    'call for violence',
    gate('blood'),
  ),
  rule(
    String.raw`\b(?:send|ship|put|throw|march)\s+(?:them|em|'em|every\s+(?:last\s+|single\s+)?one\s+of\s+them|all\s+of\s+them|(?:these|those|the|all)\s+(?:[a-z'-]+\s+)?(?:${PERSON_NOUN}|${DEHUMAN}))\s+(?:back\s+)?(?:to|in|into)\s+(?:the\s+)?(?:camps|gas\s+chambers?|concentration\s+camps?|death\s+camps?|labou?r\s+camps?)\b(?![^.!?\n]*\b(?:summer|kids|youth|sports|scouts?|day\s+camps?|soccer|basketball|camping|tents?)\b)`,
    0.7,
    'call for violence',
    gate('camps chamber chambers'),
  ),
  rule(
    String.raw`\b(?:should|must|need\s+to|gotta|let's|lets|time\s+to|i\s+say\s+we)\s+(?:treat|handle|deal\s+with|do)\s+(?:them|em|(?:these|those|the|all)\s+(?:[a-z'-]+\s+){0,2}?(?:${PERSON_NOUN}|${DEHUMAN}))\s+(?:the\s+way|like|what)\s+(?:pinochet|hitler|stalin|mao|pol\s+pot|the\s+nazis|duterte)\b`,
    0.7,
    'call for violence',
    gate('pinochet hitler stalin mao pol nazis duterte'),
  ),
  rule(
    String.raw`\bpile\s+(?:them|em|'em|the\s+bodies|their\s+bodies)\s+(?:up\s+)?and\s+(?:light|burn|set|torch|strike)\b`,
    0.7,
    'call for violence',
    gate('pile'),
  ),
  // Read in 0.6.5 from the development half of the Gab calls for violence (the other half kept
  // out): "the Hollywood pukes should be euthanized" (any plural subject, with the words done
  // only to people, never to animals), "he's due a swift execution", "thrown onto a wood pile
  // and the match is lit", "my weapons will make quick work of antifa".
  rule(
    String.raw`\b(?:the|these|those|all|all\s+(?:the|these|those))\s+(?:[a-z'-]+\s+){0,2}?(?!(?:dogs|cats|animals|pets|horses|bulls|pit\s*bulls|pitbulls|cows|chickens|coyotes|bears|rats|mice|birds|geese|deer|snakes|pests|termites|roaches)\b)[a-z'-]+s\s+(?:all\s+)?(?:should|need\s+to|deserve\s+to|ought\s+to|must|oughta)\s+(?:all\s+)?be\s+(?:euthanized|euthanised|hanged|lynched|beheaded|gassed|tortured|castrated|raped|crucified|stoned\s+to\s+death|skinned\s+alive|burned\s+alive|burnt\s+alive|buried\s+alive|shot\s+dead|gunned\s+down|strung\s+up|tarr?ed\s+and\s+feathered|lined\s+up\s+and\s+shot)\b|\b(?:is|he's|she's|hes|shes|they're|theyre|are|was|were)\s+(?:long\s+|over)?due\s+(?:for\s+)?(?:a|an|some)\s+(?:swift\s+|quick\s+|public\s+|speedy\s+|good\s+old[\s-]fashioned\s+)?(?:execution|hanging|lynching|bullet|firing\s+squad)\b|\b(?:thrown|throw|tossed|toss|tied|put)\s+(?:(?:them|em|'em|him|her)\s+)?(?:onto|on|to|into)\s+(?:a|the)\s+(?:wood\s*pile|pyre|funeral\s+pyre|bonfire|stake)\b[^.!?\n]{0,40}?\b(?:match|fire|lit|light|burn|burned|burnt|flames?)\b|\bmake\s+(?:quick|short)\s+work\s+of\s+(?:them|em|'em|(?:the|those|these|all|any|some)\s+)?(?:[a-z'-]+\s+)?(?:${PERSON_NOUN}|${DEHUMAN})\b(?<=\b(?:weapons?|ammo|guns?|rifles?|knife|knives|blades?|machete|bats?|shotgun|pistol|bullets?|meelee|melee)\b[^.!?\n]*)`,
    0.7,
    'call for violence',
    gate(
      'euthanized euthanised hanged lynched beheaded gassed tortured castrated raped crucified stoned skinned burned burnt buried dead gunned strung tarred tared lined due overdue pile woodpile pyre bonfire stake work',
    ),
  ),
  // Talk-page menace, 0.6.5 (blind 41): "I will come to your house and beat you senseless", "I'll
  // find you in real life", "you're going to get what's coming to you", "track your IP and come
  // for you", "enjoy your last days… as a living person", "you will be hurt, and badly", "if I
  // see you on the street you're done", "keep it up and you'll end up in a hospital bed", "your
  // days on this earth are numbered". Warnings of a danger are not menace.
  rule(
    String.raw`\b(?:come|go|drive|show\s+up)(?<=${FIRST_PERSON}\s+(?:come|go|drive|show\s+up))\s+(?:over\s+|round\s+|right\s+)?(?:to|at)\s+(?:your|ur|his|her|their)\s+(?:house|home|place|door|work|office|school|job)\s+(?:and\s+|to\s+)(?:then\s+)?(?:(?:${HARD_VERB}|beat|smack|slap|whoop|deck|knock)\s+(?:you|u|ya|him|her|them|${PERSON})|(?:break|snap|smash|cut|bash|cave\s+in)\s+${BODY_HARMED}|fuck\s+(?:you|u|him|her|them)\s+up)\b`,
    0.85,
    'threat of violence',
    gate('house home place door work office school job'),
  ),
  rule(
    String.raw`${FIRST_PERSON}\s+(?:find|track|hunt|come\s+for|come\s+after|get)\s+(?:you|u|ya|him|her)\s+(?:down\s+)?(?:in\s+real\s+life|irl|offline|in\s+person|in\s+the\s+real\s+world)\b|${FIRST_PERSON}\s+(?:[^.!?\n]{0,40}?\band\s+)?(?:come|coming)\s+(?:for\s+(?:you|u|ya)\s+(?:next|when\s+you\s+least\s+expect\s+it|one\s+of\s+these\s+days|eventually)\b|after\s+(?:you|u|ya)(?=\s*(?:[.!;]|$)))|${FIRST_PERSON}\s+(?:track|trace)\s+(?:your|ur)\s+(?:ip|address|location|house|home)\b[^.!?\n]{0,40}?\b(?:come|find|visit|pay\s+you\s+a\s+visit|show\s+up)\b`,
    0.8,
    'intimidation',
    gate('real irl offline person world come coming ip address location'),
  ),
  rule(
    String.raw`\b(?:you|u)(?:'re|\s+are|\s+r)?\s+(?:going\s+to|gonna|gunna|'ll|\s+will)\s+get\s+what(?:'s|\s+is)\s+coming\s+(?:to\s+(?:you|u|ya)|for\s+(?:you|u))\b(?![^.!?\n]*\b(?:karma|god|jesus|election|voters?|ballot|polls?|court|judge|jury|lawsuit|refunds?|checks?|cheques?|prizes?|raises?|bonus(?:es)?|gifts?|awards?|presents?|packages?|paychecks?|rewards?|promotions?|medals?|trophies|trophy|certificates?|thanks|congrat\w*)\b)(?<!\b(?:karma|god|jesus|election|voters?|ballot|polls?|court|judge|jury|lawsuit)\b[^.!?\n]*)`,
    0.65,
    'intimidation',
    gate('coming'),
  ),
  rule(
    String.raw`\b(?:your|ur)\s+last\s+(?:days?|weeks?|months?|hours?)\b[^.!?\n]{0,40}?\b(?:alive|as\s+a\s+living\s+(?:person|being|man|woman|soul)|breathing|on\s+this\s+earth|among\s+the\s+living)\b|\b(?:your|ur|his|her)\s+days\s+(?:on\s+this\s+(?:earth|planet)|alive|among\s+the\s+living|of\s+breathing)\s+are\s+(?:numbered|over|done)\b`,
    0.75,
    'intimidation',
    gate('alive living breathing earth planet'),
  ),
  rule(
    String.raw`\b(?:you|u)(?:'ll|\s+will|\s+are\s+going\s+to|'re\s+going\s+to|'re\s+gonna|\s+gonna|\s+r\s+gonna)\s+(?:be|get)\s+(?:hurt|harmed)\b\s*,?\s*(?:and\s+)?(?:badly|bad|real\s+bad|seriously|severely|i\s+promise|trust\s+me|count\s+on\s+it|mark\s+my\s+words)\b(?<!\b${DANGER}\b[^.!?\n]*)`,
    0.75,
    'intimidation',
    gate('hurt harmed'),
    { notAfterIf: true },
  ),
  rule(
    String.raw`\b(?:if|when|once|next\s+time|the\s+(?:moment|day|minute|second|first\s+time))\s+(?:i|we)\s+(?:ever\s+)?(?:see|find|catch|meet|spot)\s+(?:you|u|ya)\b[^.!?\n]{0,40}?\b(?:you're|you\s+are|youre|ur|u\s+r|you'll\s+be|you\s+will\s+be|you're\s+gonna\s+be)\s+(?:so\s+)?(?:done|dead|finished|toast|history|dead\s+meat)\b(?!\s+(?:with|for\s+the\s+day|early|shopping|eating))`,
    0.8,
    'intimidation',
    gate('done dead finished toast history meat'),
  ),
  rule(
    String.raw`\b(?:keep\s+(?:it\s+up|talking|pushing|running\s+your\s+mouth|this\s+up)|one\s+more\s+(?:word|time|post|comment|edit|revert))\b[^.!?\n]{0,20}?\b(?:you|u)(?:'ll|\s+will|'re\s+gonna|\s+are\s+gonna|'re\s+going\s+to|\s+are\s+going\s+to)\s+(?:end\s+up|wake\s+up|be)\s+(?:in\s+(?:a|the)\s+(?:hospital(?:\s+bed)?|morgue|grave|wheelchair|body\s+bag|ditch|coffin|icu|emergency\s+room|er)|dead(?!\s+(?:last|tired|wrong|broke|serious|set|on\s+time)\b)|six\s+feet\s+under)\b(?![^.!?\n]*\b(?:exhaustion|overwork|burnout|tired|sleep|rest|stress|diet|sugar)\b)(?<!\b${DANGER}\b[^.!?\n]*)`,
    0.8,
    'intimidation',
    gate('hospital morgue grave wheelchair bag ditch coffin icu emergency er dead six'),
  ),
  // Threats at officials a police page gets, 0.6.5 (blind 44): "won't survive the next protest",
  // "a taste of his own tear gas, with a brick", "at the council meeting with my rifle", "officers
  // who fired on protesters should be lined up and shot", "burn everyone in blue", "a little
  // accident with a Molotov", "pay the DA a visit at home, bring bats", "the commissioner's kids
  // go to Lincoln Elementary, just saying". Their twins are the same anger in politics: "won't
  // survive the next election", "should be fired and prosecuted", "we vote you out".
  rule(
    String.raw`\b(?:won't|will\s+not|wont|isn't\s+going\s+to|ain't\s+gonna|not\s+gonna)\s+(?:survive|make\s+it\s+(?:out|home)\s+(?:of|from))\s+(?:the\s+next|another|this|the)\s+(?:protest|rally|march|riot|encounter|night)\b`,
    0.7,
    'intimidation',
    gate('protest rally march riot encounter night'),
    {
      unless: new RegExp(`${MEDICAL}|\\b(?:fever|cold|storm|heat|frost|blizzard)\\b`),
    },
  ),
  rule(
    String.raw`\b(?:give|show|teach)\s+(?:him|her|them|you|${PERSON})\b[^.!?\n]{0,40}?,?\s+with\s+(?:a|my|some|this)\s+(?:brick|bat|bullet|knife|rock|crowbar|hammer|molotov|pipe|tire\s+iron|baseball\s+bat|machete)s?\b`,
    0.75,
    'threat of violence',
    gate('brick bat bullet knife rock crowbar hammer molotov pipe tire machete'),
  ),
  rule(
    String.raw`${FIRST_PERSON}\s+(?:be|show\s+up|come|go)\s+(?:at|to)\s+(?:the\s+|your\s+|ur\s+|his\s+|her\s+)?(?:next\s+)?(?:council\s+meeting|meeting|city\s+hall|station|precinct|courthouse|school\s+board(?:\s+meeting)?|town\s+hall|hearing|house|home|office|capitol|statehouse|state\s+house|legislature|polls|polling\s+place|rally|protest|march|parade)\b[^.!?\n]{0,20}?\bwith\s+(?:my|a|an|our)\s+(?:loaded\s+)?(?:rifle|gun|guns|ar|ar-15|ar15|shotgun|pistol|glock|weapons?|piece|ak|ak-47|machete)\b(?!\s+(?:license|licence|permit|registration|paperwork|safety|case|lock|buyback|receipt|questions?))`,
    0.8,
    'intimidation',
    gate('rifle gun guns ar ar-15 ar15 shotgun pistol glock weapon weapons piece ak ak-47 machete'),
  ),
  rule(
    String.raw`\b${PERSON_NOUN}\s+(?:who|that)\s+[^.!?\n]{0,50}?\s(?:should|must|deserves?\s+to|needs?\s+to|ought\s+to)\s+(?:all\s+)?be\s+(?:shot|hanged|hung|executed|killed|lynched|lined\s+up\s+and\s+shot|shot\s+dead|put\s+against\s+(?:a|the)\s+wall|beheaded|gassed|strung\s+up|burned\s+alive|gunned\s+down)\b(?!\s+(?:down|at\s+dawn\s+by\s+the\s+press))`,
    0.7,
    'call for violence',
    gate(
      'shot hanged hung executed killed lynched lined dead wall beheaded gassed strung burned gunned',
    ),
  ),
  rule(
    String.raw`\b(?:burn|kill|shoot|get|take\s+out|hang)\b[^.!?\n]{0,30}?\b(?:everyone|everybody|anyone|all|every\s+(?:one|last\s+one))\s+(?:in\s+(?:blue|uniform)|wearing\s+(?:a\s+)?(?:badge|uniform))\b|\bwe\s+(?:will\s+|'ll\s+|gonna\s+|are\s+going\s+to\s+)?burn\s+(?:this|the)\s+(?:city|town|precinct|station)\b(?!['’]s|\s+(?:budget|council|records|bridges|playbook|books))(?:\s+(?:down|to\s+the\s+ground))?`,
    0.75,
    'threat of violence',
    gate('blue uniform badge burn'),
  ),
  rule(
    String.raw`\b(?:your|ur|his|her|their|the)\s+(?:cruiser|squad\s+car|car|truck|house|home|station|precinct|office)\b[^.!?\n]{0,60}?\bmolotov|\bmolotov[^.!?\n]{0,60}?\b(?:your|ur|his|her|their)\s+(?:cruiser|squad\s+car|car|truck|house|home|station|precinct|office)\b`,
    0.8,
    'threat of violence',
    gate('molotov molotovs'),
    {
      unless:
        /\b(?:threw|thrown|tossed|hurled|was|were|arrested|suspects?|charged|last\s+night|yesterday|police\s+say|reported)\b/,
    },
  ),
  rule(
    String.raw`\bpay\s+(?:him|her|them|${PERSON})\s+a\s+(?:little\s+|friendly\s+)?visit\s+at\s+(?:home|(?:his|her|their|your)\s+(?:house|home|place))\b|\bpay\s+(?:him|her|them|${PERSON})\s+a\s+(?:little\s+)?visit\b[^.!?\n]{0,40}?\b(?:bring|with|grab)\s+(?:\w+\s+){0,3}?(?:bats?|guns?|rope|weapons?|crowbars?|pipes?|knives|machetes?|torches|pitchforks)\b`,
    0.75,
    'intimidation',
    gate('visit'),
  ),
  rule(
    String.raw`\b(?:${PERSON_NOUN}|his|her|your|ur|their)(?:'s)?\s+(?:kids|children|son|daughter|wife|husband|family)\s+(?:go|goes|attend|attends|walk|walks|live|lives|work|works|play|plays|drive|drives|park|parks|ride|rides)\b(?![^.!?\n]*\b(?:private|charter|public|boarding|out\s+of\s+(?:state|district|town)|prep|elite|fancy)\b)[^.!?\n]{0,40}?(?:[,.]|,?\s*right\s*\?)?\s*(?:just\s+saying|just\s+sayin|fyi|food\s+for\s+thought|think\s+about\s+(?:it|that)|keep\s+that\s+in\s+mind|remember\s+that|(?:would\s+|'d\s+)?be\s+a\s+shame)\b`,
    0.75,
    'intimidation',
    gate('saying sayin fyi thought think mind remember shame'),
  ),
  // A threat inside a longer complaint, 0.6.5 (blind 46): "you can't ban me from the street
  // outside your house", "light up the station with everyone in it", "he should watch his back
  // when he walks to his car at night".
  rule(
    String.raw`\b(?:can't|cannot|can\s+not)\s+(?:ban|block|stop|keep)\s+me\s+(?:from|out\s+of|off)\s+(?:the\s+)?(?:street|sidewalk|road|parking\s+lot|block|driveway)\s+(?:outside|in\s+front\s+of|by|near)\s+(?:your|ur|his|her)\s+(?:house|home|door|place|work|office)\b`,
    0.75,
    'intimidation',
    gate('street sidewalk road parking block driveway'),
  ),
  rule(
    String.raw`\b(?:light\s+up|burn(?:\s+down)?|torch|blow\s+up|bomb|firebomb|shoot\s+up)\s+(?:the|your|their|this|that)\s+(?:[a-z]+\s+)?(?:station|precinct|building|house|home|office|church|mosque|synagogue|school|hall|courthouse)\s+with\s+(?:everyone|everybody|them|all\s+of\s+them|the\s+\w+|you|him|her|y'?all)\s+(?:still\s+)?(?:in\s+it|inside)\b(?=\s*(?:[.!,;]|$))`,
    0.85,
    'threat of violence',
    gate('inside everyone everybody'),
  ),
  rule(
    String.raw`\b(?:should|better|gotta|needs?\s+to|had\s+better)\s+watch\s+(?:his|her|your|ur|their)\s+back\b(?=[^.!?\n]*\b(?:at\s+night|in\s+the\s+(?:dark|parking\s+(?:lot|garage))|walks?\s+(?:to|home)|walking\s+(?:to|home)|alone|when\s+(?:he|she|you|they)\s+(?:leave|leaves|walk|walks|gets?\s+home|goes\s+home)))`,
    0.75,
    'intimidation',
    gate('back'),
  ),
  // Talk-page menace in capitals and no punctuation, 0.6.5 (blind 48): "you better run because im
  // coming for you", "you are going to get your ass kicked so hard".
  rule(
    String.raw`\b(?:better|should|gonna\s+want\s+to)\s+run\b(?=\s*(?:[.!,;]|$|because|cause|cuz|'cause|now))[^.!?\n]{0,40}?\b(?:i'm|im|i\s+am|we're|we\s+are)\s+coming\s+(?:for|after)\s+(?:you|u|ya)\b(?!\s+(?:at|to|in|with|on)\b)|\b(?:i'm|im|i\s+am|we're|we\s+are)\s+coming\s+(?:for|after)\s+(?:you|u|ya)\b(?!\s+(?:at|to|in|with|on)\b)[^.!?\n]{0,20}?\b(?:better|should)\s+run\b(?=\s*(?:[.!,;]|$))`,
    0.8,
    'intimidation',
    gate('run'),
  ),
  rule(
    String.raw`\b(?:you|u)(?:'re|\s+are|'ll|\s+will|\s+r)?\s+(?:going\s+to\s+|gonna\s+|gunna\s+)?get\s+(?:your|ur)\s+(?:ass|butt|face|head|teeth|skull)\s+(?:kicked|beat|beaten|whooped|whipped|smashed|knocked\s+in|kicked\s+in|caved\s+in|bashed\s+in)\b(?![^.!?\n]*\b(?:game|match|court|field|league|tournament|election|polls?|chess|race|debate|trivia)\b)`,
    0.75,
    'intimidation',
    gate('kicked beat beaten whooped whipped smashed knocked caved bashed'),
  ),
  // Threats asked as questions, 0.6.5 (blind 50): "how would you like a bullet in your head?",
  // "do you want to die? keep talking", "want me to come over there and show you what a real
  // beating looks like?", "ever been stabbed? you might find out", "what if someone paid your
  // house a visit tonight?", "you think your badge will stop a bullet?", "do you know how easy
  // it is to find your address?", "wouldn't it be a shame if your cruiser caught fire?", "ready
  // to meet your maker?", "who's going to protect you when you're off duty?", "think you're safe
  // behind that desk?", "you want a war? you got one", weapons in emoji with "see you soon".
  // Questions otherwise ask (the rules above skip them); these shapes only threaten.
  rule(
    String.raw`\bhow\s+(?:would|'d)\s+(?:you|u)\s+like\s+(?:a|an|some)\s+(?:bullet|knife|blade|beating|bat|brick|hammer|crowbar)\s+(?:in|to|across|through|between)\s+(?:your|ur|the)\s+(?:head|face|skull|chest|gut|back|teeth|eyes|throat|knees?|legs?)\b|\bwant\s+me\s+to\s+come\s+(?:over\s+)?(?:there|here|to\s+your\s+(?:house|place|home))\s+and\s+(?:show\s+(?:you|u)\s+what\s+(?:a\s+)?(?:real\s+)?(?:beating|ass[\s-]?kicking|bullet|knife|pain)|(?:${HARD_VERB}|beat|smack|slap|whoop)\s+(?:you|u|ya))\b|\bever\s+been\s+(?:stabbed|shot|beaten|strangled|choked|pistol[\s-]whipped)\s*\?\s*(?:you|u)\s+(?:might|may|will|'ll|are\s+about\s+to|r\s+about\s+to)\s+(?:find\s+out|learn)\b|\bthink\s+(?:your|ur)\s+(?:badge|vest|uniform|gun|guns|lawyers?|bodyguards?)\s+(?:will|can|'ll|gonna|is\s+gonna)\s+(?:stop|protect\s+(?:you|u)\s+from|save\s+(?:you|u)\s+from)\s+(?:a\s+)?(?:bullet|bullets|knife|blade|me|us)\b`,
    0.8,
    'threat of violence',
    gate(
      'bullet knife blade beating bat brick hammer crowbar come ever badge vest uniform gun guns lawyer lawyers bodyguard bodyguards',
    ),
    { asks: true },
  ),
  rule(
    String.raw`\bdo\s+(?:you|u|ya)\s+want\s+to\s+die\s*\?\s*(?:keep|try|say|do|one\s+more)\b(?![^.!?\n]*\b${DANGER}\b)|\b(?:what\s+if|imagine\s+if|how\s+would\s+you\s+feel\s+if)\s+(?:someone|somebody|some1|we|i)\s+(?:paid|pays|came\s+to|showed\s+up\s+at|visited)\s+(?:your|ur)\s+(?:house|home|place|door|family)\b(?:\s+a\s+visit)?(?=[^.!?\n]*\b(?:tonight|at\s+night|late|while\s+you\s+(?:sleep|sleeps|slept|were\s+asleep)|when\s+you're\s+not\s+home)\b)(?![^.!?\n]*\b(?:check|inspect|deliver|fix|repair|donat\w*|welcome|smoke\s+detectors?)\b)|\bhow\s+easy\s+it\s+(?:is|was|would\s+be)\s+to\s+find\s+(?:your|ur)\s+(?:address|house|home|kids|family|car|wife|husband)\b|\b(?:wouldn't|would|it'd|it\s+would)\s+(?:it\s+)?be\s+a\s+(?:shame|pity)\s+if\s+(?:your|ur|his|her)\s+(?:\w+\s+){1,2}?(?:caught\s+fire|burned(?:\s+down)?|blew\s+up|got\s+(?:hurt|torched|burned|shot\s+up)|had\s+an\s+accident)\b|\bready\s+to\s+meet\s+(?:your|ur)\s+maker\b|\bwho(?:'s|\s+is)\s+(?:going\s+to|gonna)\s+protect\s+(?:you|u|your\s+(?:family|kids|wife|husband))\s+when\s+(?:you're|you\s+are|ur)\s+(?:off\s+duty|out\s+of\s+uniform)\b|\b(?:think|thinking)\s+(?:you're|you\s+are|ur)\s+safe\s+(?:behind|in|at)\s+(?:that|your|the)\s+(?:desk|badge|uniform)\b|\b(?:you|u|they)\s+want\s+(?:a\s+)?war\s*\?\s*(?:you|u|they)(?:'ve)?\s+got\s+(?:one|it)\b`,
    0.75,
    'intimidation',
    gate('die paid pays came showed visited easy shame pity maker protect safe war'),
    { asks: true },
  ),
  rule(
    String.raw`(?:🔫|🔪|💣|🪓)[^.!?\n]{0,20}?\b(?:see\s+(?:you|u|ya)\s+(?:soon|tonight|later)|you're\s+next|ur\s+next|watch\s+your\s+back|coming\s+for\s+(?:you|u))|(?:🔫|🔪|💣|🪓)(?<=\b(?:see\s+(?:you|u|ya)\s+(?:soon|tonight|later)|you're\s+next|ur\s+next|watch\s+your\s+back|coming\s+for\s+(?:you|u))\b[^.!?\n]{0,20}?(?:🔫|🔪|💣|🪓))`,
    0.75,
    'intimidation',
    gate('soon tonight later next back coming'),
    { asks: true, unless: /\b(?:class|cooking|chef|kitchen|bbq|range|hunting|camp|game|movie)\b/ },
  ),
  // Veiled menace, 0.6.5 (blind 53): "somebody is going to get hurt, and it won't be me",
  // "accidents happen to cops who…", "people disappear all the time around here", "this won't end
  // well for you… remember I said that", "there will be blood", "you'll see what I'm capable of",
  // "one day you'll be alone… and I'll be there", "his luck is about to run out".
  rule(
    String.raw`\b(?:some(?:one|body)|some1)(?:'s|\s+is)\s+(?:going\s+to|gonna)\s+get\s+(?:hurt|killed|shot)\b[^.!?\n]{0,15}?\b(?:and\s+)?it\s+(?:won't|will\s+not|ain't\s+gonna|isn't\s+gonna)\s+be\s+me\b|\baccidents\s+(?:happen|can\s+happen)\s+to\s+(?:${PERSON_NOUN}|people|those|anyone|anybody)\s+who\b|\b(?:this|it)\s+(?:won't|will\s+not|isn't\s+going\s+to|ain't\s+gonna)\s+end\s+well\s+for\s+(?:you|u|him|her)\b(?![^\n]*\b(?:voters?|election|polls?|vote|recall|lawsuit|court|sue|ballot|november|primary)\b)(?=[^\n]*\b(?:remember\s+(?:i\s+said\s+(?:that|this)|that)|mark\s+my\s+words|you've\s+been\s+warned|i\s+promise|count\s+on\s+it)\b)|\b(?:you'll|you\s+will|you're\s+gonna|you\s+are\s+going\s+to)\s+see\s+what\s+(?:i'm|i\s+am|we're|we\s+are)\s+capable\s+of\b|\b(?:you'll|you\s+will)\s+be\s+alone\b[^.!?\n]{0,40}?\b(?:i'll|i\s+will|we'll|we\s+will)\s+be\s+(?:there|waiting)\b|\b(?:his|her|your|ur|their)\s+luck\s+(?:is\s+(?:about\s+to|going\s+to|gonna)|will|'s\s+about\s+to)\s+run\s+out\b(?![^\n]*\b(?:election|polls?|vote|voters|november|primary|court|jury|indictment|lottery|casino|raffle)\b)`,
    0.7,
    'intimidation',
    gate('hurt accidents well capable alone luck'),
  ),
  rule(
    String.raw`\bthere\s+(?:will|'ll|is\s+going\s+to|is\s+gonna)\s+be\s+blood\b(?!\s+(?:tests?|drives?|work|pressure|sugar|donations?|samples?|banks?|screenings?))`,
    0.7,
    'intimidation',
    gate('blood'),
    {
      unless:
        /\b(?:movie|film|watch|watched|watching|oscar|day-lewis|anderson|drive|donors?|donate|donation|bank)\b/,
    },
  ),
  // Threats at protected groups, 0.6.6 (blind 54): "if I see one more refugee… I'll run him
  // over", "I'm driving my truck straight into the crowd", "should have their throats slit",
  // "belong at the end of a rope", "can't wait to start hunting Mexicans", "should be put down
  // like a sick dog", "break the legs of the next lesbian", "pull the trigger on a room full of
  // Haitians". Their twins: "I'll give him a ride", "driving my truck in the procession",
  // "hunting for Mexican food trucks", "pull a double shift for a room full of Haitian kids".
  rule(
    String.raw`${FIRST_PERSON}\s+run\s+(?:him|her|them|em|'em|you|u|ya|(?:the|that|those|these|every|any|some)\s+(?:[a-z'-]+\s+)?${PERSON_NOUN})\s+over\b(?!\s+(?:to|there|here|at|for|with|in|on)\b)`,
    0.75,
    'threat of violence',
    gate('over'),
  ),
  rule(
    String.raw`\b(?:drive|driving|plow|plowing|ram|ramming|steer|steering|floor(?:ing)?\s+it)\s+(?:my|a|the|our|this|his|her|their)?\s*(?:truck|car|van|suv|jeep|pickup|vehicle|bus|semi|tractor)\s+(?:straight\s+|right\s+|directly\s+|full\s+speed\s+)?(?:into|through)\s+(?:the|a|them|those|that|these|every|all|any)?\s*(?:[a-z'-]+\s+){0,2}?(?:crowds?|protesters|marchers|pedestrians|demonstrators)\b(?<!\b(?:drove|was\s+(?:driving|steering)|were\s+(?:driving|steering)|accidentally|nearly|almost|careful|dangerous|drunk|texting|speeding|brakes?|icy|ice)\b[^.!?\n]*)`,
    0.75,
    'threat of violence',
    gate('crowd crowds protesters marchers pedestrians demonstrators'),
  ),
  rule(
    String.raw`\b(?:should|need\s+to|needs\s+to|deserves?\s+to|ought\s+to|must|oughta)\s+(?:all\s+)?(?:have|get)\s+(?:their|his|her|your|ur)\s+(?:throats?\s+(?:slit|cut)|heads?\s+(?:cut\s+off|chopped\s+off|blown\s+off|caved\s+in|bashed\s+in|smashed\s+in)|necks?\s+(?:snapped|broken|wrung)|brains?\s+blown\s+out|skulls?\s+(?:crushed|bashed\s+in|caved\s+in)|legs?\s+broken|hands?\s+(?:cut|chopped|hacked)\s+off|fingers?\s+(?:cut|chopped)\s+off|tongues?\s+cut\s+out|eyes?\s+gouged\s+out)\b(?<!\b(?:nobody|no\s+one|noone|no-one|no\s+(?:person|human|child|kid|man|woman))\b[^.!?\n]*)`,
    0.75,
    'call for violence',
    gate('slit cut chopped hacked gouged blown caved bashed smashed snapped broken wrung crushed'),
  ),
  rule(
    String.raw`\b(?:belongs?|deserves?\s+to\s+be|should\s+(?:all\s+)?be|needs?\s+to\s+be)\s+(?:at\s+the\s+end\s+of\s+a\s+(?:rope|noose)|in\s+(?:a|the)\s+(?:noose|gas\s+chambers?|ovens|mass\s+graves?)|swinging\s+from\s+(?:a|the)\s+(?:tree|rope|lamp\s*post|lamppost|bridge|overpass|light\s+pole))\b`,
    0.75,
    'call for violence',
    gate('rope noose chamber chambers ovens graves grave swinging'),
  ),
  rule(
    String.raw`(?:${FIRST_PERSON}\s+(?:go\s+|start\s+)?|\b(?:let's|lets|let\s+us)\s+(?:go\s+)?|\bcan't\s+wait\s+to\s+(?:start\s+|go\s+)?|\btime\s+to\s+(?:start\s+|go\s+)?)(?:hunt|hunting)\s+(?:some\s+|more\s+|the\s+|those\s+|these\s+|all\s+(?:the\s+)?)?(?:[a-z'-]+\s+)?${PERSON_NOUN}(?<=s)\b|\b(?:open|hunting)\s+season\s+on\s+(?:the\s+|those\s+|these\s+|all\s+)?(?:[a-z'-]+\s+)?${PERSON_NOUN}\b`,
    0.75,
    'call for violence',
    gate('hunt hunting season'),
  ),
  rule(
    String.raw`\b(?:should|need\s+to|needs\s+to|deserves?\s+to|ought\s+to|must|oughta)\s+(?:all\s+)?be\s+put\s+down\s+like\s+(?:a|the)?\s*(?:sick\s+|rabid\s+|mad\s+|old\s+|lame\s+|mangy\s+)?(?:dogs?|animals?|horses?|cattle|pests?|vermin|mutts?|curs?)\b(?<!\b(?:nobody|no\s+one|noone|no-one|no\s+(?:person|human|child|kid|man|woman))\b[^.!?\n]*)`,
    0.75,
    'call for violence',
    gate('dog dogs animal animals horse horses cattle pest pests vermin mutt mutts cur curs'),
  ),
  rule(
    String.raw`${FIRST_PERSON}\s+(?:break|snap|smash|shatter|bust|crush)\s+(?:the|both)\s+(?:legs?|arms?|jaws?|necks?|knees?|skulls?|teeth|ribs|kneecaps?|fingers|faces?)\s+of\s+(?:(?:the\s+)?next\s+[a-z'-]+|any(?:one|body|\s+[a-z'-]+)|every(?:one|body|\s+[a-z'-]+)|${PERSON})\b`,
    0.8,
    'threat of violence',
    gate(
      'leg legs arm arms jaw jaws neck necks knee knees skull skulls teeth ribs kneecap kneecaps fingers face faces',
    ),
  ),
  rule(
    String.raw`\bpull\s+the\s+trigger\s+on\s+(?:(?:a|the)\s+(?:room|crowd|bus|church|bunch|group|class)(?:\s+full)?\s+of\s+|(?:the|those|these|all|some|every|any)\s+)?(?:[a-z'-]+\s+)?(?:${PERSON_NOUN}|you|u|ya|him|her|everyone|everybody|anyone|anybody)\b(?!['’])`,
    0.75,
    'threat of violence',
    gate('trigger'),
  ),
  // 0.6.6 (blind 55, threats at groups spelled as typed): "Death 2 all blacks", "Hitler was
  // right, finish the job on the jews". Not "death to the police state", "death to all
  // mosquitoes".
  rule(
    String.raw`(?<!\b(?:wish(?:es|ed|ing)?|wants?|wanting|hop(?:e|es|ed|ing)\s+for)\s+(?:\w+\s+(?:or|and)\s+)?)\bdeath\s+to\s+(?:all\s+|every\s+)?(?:the\s+|those\s+|these\s+)?(?:[a-z'-]+\s+)?${PERSON_NOUN}\b(?!['’]|\s+(?:state|brutality|violence|system|budget|unions?|immunity|department|culture|tactics|quotas?|raids?|policy|policies|agenda|ideology|party|regime|government)\b)`,
    0.75,
    'call for violence',
    gate('death'),
  ),
  rule(
    String.raw`\bfinish\s+(?:the\s+job|what\s+(?:hitler|the\s+nazis|he|they|was)\s+started)\s+(?:on|with)\s+(?:the\s+|all\s+(?:the\s+)?|those\s+|these\s+)?(?:[a-z'-]+\s+)?${GROUP_NOUN}\b|\bfinish\s+(?:the\s+job|what\s+(?:he|they|was|hitler|the\s+nazis)\s+started)\b(?<=\b(?:hitler|nazis?|third\s+reich|holocaust|reich)\b[^\n]*)`,
    0.75,
    'call for violence',
    gate('finish'),
  ),
  // Menace at officers and officials, 0.6.6 (blind 58): "my cousins know which patrol car is
  // yours. Enjoy the ride home", "in your best interest to keep a close eye on your children",
  // "no one in blue walks out alive", "my boys are gonna pay the sergeant a little visit", "the
  // judge… won't see Christmas", "the station learns what fear is", "that rookie is getting his
  // throat cut", "your badge won't stop a bullet", "first the chief, then his deputies, one by
  // one", "a scope and a clear view of the station's back door", "coming for the DA's family",
  // "enjoy their last day at Lincoln Elementary", "dental records to identify yourself", "tick
  // tock… your time is almost up", "an unexpected fire". Their twins say the same words of
  // waves, coat drives, petitions, summer break, lawyers and elections.
  rule(
    String.raw`\b(?:i|we|they|my\s+[a-z]+|our\s+[a-z]+)\s+(?:know|knows|found\s+out)\s+(?:which|what)\s+(?:patrol\s+car|squad\s+car|car|cruiser|truck|house|school|gym|route|bus\s+stop|daycare)\s+(?:is\s+yours|you\s+(?:drive|take|use|go\s+to|live\s+in)|your\s+(?:kids?|wife|husband|family)\s+(?:go\s+to|goes\s+to|use|uses|take|takes))\b`,
    0.7,
    'intimidation',
    gate('know knows found'),
    {
      unless: new RegExp(
        String.raw`\b(?:wave|waves|waved|say\s+hi|says\s+hi|love|loves|thank|thanks|proud|fan|fans|recogni[sz]e|compliment\w*)\b|${BENIGN_KNOWING.source}`,
      ),
    },
  ),
  rule(
    String.raw`\bin\s+(?:your|ur|his|her|their)\s+best\s+interest\s+to\s+(?:keep\s+(?:a\s+(?:close\s+)?|an\s+)?eye\s+on|watch(?:\s+over)?|look\s+after|protect|keep\s+track\s+of)\s+(?:your|ur|his|her|their)\s+(?:children|kids|family|wife|husband|daughters?|sons?|back|house|home)(?=\s*(?:[.!,;]|$|\s+(?:officer|deputy|sergeant|detective|chief|sheriff|judge|mayor)))`,
    0.7,
    'intimidation',
    gate('interest'),
  ),
  rule(
    String.raw`\b(?:no\s*one|nobody|none\s+of\s+(?:you|them|those\s+[a-z]+))\s+(?:in\s+(?:blue|uniform|that\s+(?:building|station|precinct|courthouse))|wearing\s+a\s+badge|(?:of\s+)?(?:the\s+)?${PERSON_NOUN})\s+(?:walks?|gets?|makes?\s+it|comes?|leaves?|will\s+(?:walk|get|make\s+it|come|leave))\s+out\s+(?:of\s+(?:there|here|it|the\s+[a-z]+)\s+)?alive\b`,
    0.75,
    'intimidation',
    gate('alive'),
  ),
  rule(
    String.raw`\b(?:my|our)\s+(?:boys|cousins|brothers|guys|friends|people|crew|homies|gang|club|family)\s+(?:are|r|will|'ll|is)\s+(?:gonna\s+|going\s+to\s+|about\s+to\s+)?(?:pay|paying)\s+(?:you|u|him|her|them|${PERSON})\s+a\s+(?:little\s+|friendly\s+|late[\s-]night\s+|special\s+|personal\s+|quick\s+|surprise\s+)?visit\b|\b(?:you'll|you\s+will|you're\s+gonna|you\s+are\s+going\s+to|he'll|she'll|he\s+will|she\s+will)\s+get\s+a\s+(?:little\s+|late[\s-]night\s+|special\s+|surprise\s+)?visit\s+from\s+(?:my|our)\s+(?:boys|cousins|brothers|guys|friends|people|crew|homies|gang|club)\b`,
    0.7,
    'intimidation',
    gate('visit'),
    {
      unless: new RegExp(
        `${KINDNESS}|\\b(?:bring\\w*|brought|cookies|pie|donat\\w*|celebrat\\w*|retire\\w*|coffee|hospital|dinner|lunch|brunch|bbq|party|church)\\b`,
      ),
    },
  ),
  rule(
    String.raw`\b(?:won't|will\s+not|wont|isn't\s+gonna|ain't\s+gonna|aren't\s+gonna|is\s+not\s+going\s+to|are\s+not\s+going\s+to)(?<=\b(?:you|u|ya|(?:the|that|this|your)\s+(?:[a-z'-]+\s+)?${PERSON_NOUN})\b[^.!?\n]{0,60})\s+(?:live\s+to\s+)?(?:see|make\s+it\s+to|survive\s+(?:till|until|to))\s+(?:christmas|thanksgiving|new\s+year'?s?|easter|the\s+(?:weekend|morning|new\s+year|end\s+of\s+the\s+(?:week|month|year))|next\s+(?:week|month|year|christmas|summer|birthday)|(?:his|her|your|their)\s+(?:next\s+)?birthday|another\s+(?:day|birthday|christmas|year))\b(?=\s*(?:[.!,;]|$|\s+(?:if|unless|i\s+promise|mark\s+my|trust\s+me|believe\s+me|remember|officer|deputy|sergeant|detective|chief|sheriff|judge|mayor)\b))`,
    0.7,
    'intimidation',
    gate('christmas thanksgiving easter weekend morning end next birthday another new year'),
    {
      unless: new RegExp(
        `${MEDICAL}|\\b(?:election|vote|voters|reelect\\w*|term|budget|raise|bonus|promotion|pension|paycheck|parole|released|sentence|prison|jail)\\b`,
      ),
    },
  ),
  rule(
    String.raw`\b(?:learns?|learn|find\s+out|finds\s+out|know|knows|will\s+know|gonna\s+know)\s+what\s+(?:real\s+|true\s+)?(?:fear|terror|pain|suffering)\s+(?:is|means|feels\s+like|looks\s+like|really\s+is)\b(?<=\b(?:tomorrow|tonight|soon|will|'ll|gonna|going\s+to|about\s+to|finally|when\s+i|when\s+we)\b[^.!?\n]{0,40})`,
    0.7,
    'intimidation',
    gate('fear terror pain suffering'),
    {
      unless:
        /\b(?:haunted|horror|movies?|films?|halloween|roller\s*coasters?|scary|rides?|dentist|shots?|vaccines?|gym|workout|leg\s+day|marathon|exam|finals|taxes)\b/,
    },
  ),
  rule(
    String.raw`\b(?:is|are|'s|'re|gonna|going\s+to|will|'ll)\s+(?:get(?:ting)?|have|having)\s+(?:his|her|their|your|ur)\s+(?:throats?\s+(?:cut|slit)|heads?\s+(?:blown|cut|chopped|knocked)\s+off|brains?\s+blown\s+out|skulls?\s+(?:cracked|caved\s+in|bashed\s+in)|legs?\s+broken|necks?\s+(?:snapped|broken))\b`,
    0.75,
    'threat of violence',
    gate('cut slit blown chopped knocked cracked caved bashed broken snapped'),
  ),
  rule(
    String.raw`\b(?:your|ur|that)\s+(?:badge|uniform|vest|gun|title|office|position|robe|gavel)\s+(?:won't|will\s+not|can't|cannot|wont|isn't\s+gonna|ain't\s+gonna|doesn't|does\s+not)\s+(?:stop|save|protect|help)\s+(?:you\s+(?:from|against)\s+)?(?:a|the|my|this|every|our)\s+(?:bullets?|knife|blade|rounds?|slug|bomb|fire)\b`,
    0.75,
    'intimidation',
    gate('bullet bullets knife blade round rounds slug bomb fire'),
    // "Your badge won't stop a bullet, so please wear the vest": concern (0.7.4).
    {
      unless: new RegExp(
        String.raw`${WARNING_OF_A_DANGER.source}|\b(?:wear|wearing|please|pray\w*)\b`,
      ),
    },
  ),
  rule(
    String.raw`\bfirst\s+(?:the\s+)?(?:[a-z'-]+\s+)?${PERSON_NOUN}\s*,?\s*(?:and\s+)?then\s+(?:the\s+|his\s+|her\s+|their\s+|all\s+(?:the\s+|his\s+|her\s+)?)?(?:[a-z'-]+\s+)?${PERSON_NOUN}\s*,?\s*(?:one\s+by\s+one|one\s+at\s+a\s+time|every\s+last\s+one)(?=\s*(?:[.!]|$))`,
    0.7,
    'intimidation',
    gate('one'),
  ),
  rule(
    String.raw`\b(?:i've\s+got|i\s+have|i\s+got|we've\s+got|we\s+have|got)\s+(?:a|my|an|our)\s+(?:scope|rifle\s+scope|sniper(?:\s+rifle)?|crosshairs?|rifle|ar|ar-15|ar15|deer\s+rifle)\b[^.!?\n]{0,30}?\b(?:clear\s+(?:view|shot|line\s+of\s+sight)|line\s+of\s+sight|perfect\s+view|perfect\s+shot|good\s+view|view)\s+(?:of|on|at|to)\s+(?:the|your|ur|his|her|their)\b`,
    0.75,
    'intimidation',
    gate('view shot sight'),
  ),
  rule(
    String.raw`\b(?:we're|we\s+are|i'm|i\s+am|im|they're|they\s+are|we'll\s+be|i'll\s+be)\s+coming\s+for\s+(?:your|ur|his|her|their|the\s+(?:[a-z'-]+\s+)?(?:[a-z]+['’]s))\s+(?:whole\s+)?(?:family|kids|children|wife|husband|house|home|daughters?|sons?|mother|mom|parents)\b(?!['’]s\s+(?!(?:house|home|place|door|doorstep|street|school|car|job|work)\b))`,
    0.75,
    'intimidation',
    gate(
      'family kids children wife husband house home daughter daughters son sons mother mom parents',
    ),
  ),
  rule(
    String.raw`\benjoy\s+(?:their|your|ur|his|her)\s+last\s+(?:day|days|night|nights|week|christmas|breath|breaths|moments?)\b(?!\s+(?:of|on\s+the\s+job|in\s+office|at\s+(?:work|the\s+office|camp|the\s+beach)|off|with)\b)`,
    0.7,
    'intimidation',
    gate('last'),
    {
      unless:
        /\b(?:retir\w*|congrat\w*|happy|miss\s+you|farewell|good\s+luck|well\s+deserved|graduat\w*|vacation|summer|break|holidays?|camp|semester|term|season|school\s+year|before|internship|job|shift\s+(?:at|with)|trip|cruise|honeymoon)\b/,
    },
  ),
  rule(
    String.raw`\bdental\s+records\s+to\s+identify\s+(?:you|u|ya|yourself|your\s+(?:body|corpse|remains)|what(?:'s|\s+is)\s+left\s+of\s+(?:you|u))\b`,
    0.75,
    'intimidation',
    gate('dental'),
  ),
  rule(
    String.raw`\btick[\s,.-]*tock\b[^\n]{0,60}?\b(?:your|ur|his|her)\s+(?:time|days?|clock)\s+(?:is|are)\s+(?:almost\s+|nearly\s+|running\s+|about\s+)?(?:up|out|done|over|numbered)\b`,
    0.7,
    'intimidation',
    gate('tock ticktock'),
    {
      unless: new RegExp(`${ELECTORAL}|\\b(?:term|resign\\w*|deadline|contract|lease|budget)\\b`),
    },
  ),
  rule(
    String.raw`\b(?:your|ur|his|her)\s+(?:house|home|car|cruiser|truck|place|station|office)\s+(?:is\s+going\s+to|is\s+gonna|will|might|may|could)\s+(?:have|catch|get|suffer)\s+(?:an?\s+)?(?:unexpected|little|mysterious|sudden|tragic|unfortunate|accidental|strange)\s+(?:fire|accident|explosion|gas\s+leak)\b`,
    0.7,
    'intimidation',
    gate('fire accident explosion leak'),
  ),
  // Warnings of violence to come at a school, a building or an event, and menace by what the
  // writer has or knows, 0.6.6 (blind 61): "don't send your kids to Jefferson High on Friday.
  // That's all I'm saying", "stay home if you value your life", "the city hall will blow sky high
  // on Monday", "bringing my dad's gun to school", "everyone who bullied me will pay", "I have
  // your plate, and I have friends", "a little surprise under the mayor's car, he'll find it when
  // he starts it", "next time it won't be words", "better wear their vests Monday", "I know your
  // daughter's bus stop", "watch what happens at the parade. Remember I told you first", "nobody
  // at that school is safe after what they did", "one more comment… I'm showing up at your job",
  // "bring body bags", "a list of names, and officer Grant is at the top", "pray your alarm
  // system works tonight", "when your car explodes". Their twins: coats, bake sales, photos for
  // a history project, the holiday market, a tow company, a thank-you card, ugly sweaters.
  rule(
    String.raw`\b(?:don'?t|do\s+not)\s+(?:send\s+(?:your|ur)\s+(?:kids|children|son|daughter|child)\s+to|go\s+to|come\s+to|be\s+at|show\s+up\s+at)\s+[^.!?\n]{1,40}?\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|this\s+weekend|next\s+week)\b(?=\s*[.!,]?\s*(?:(?:just\s+)?(?:that'?s\s+all\s+i'?m\s+saying|just\s+saying|you'?ve\s+been\s+warned|trust\s+me|i'?m\s+serious|consider\s+yourself(?:ves)?\s+warned|i\s+warned\s+you|remember\s+i\s+told\s+you)(?=\s*(?:[.!…]+\s*)?$)|$))`,
    0.7,
    'intimidation',
    gate('monday tuesday wednesday thursday friday saturday sunday tomorrow tonight weekend week'),
  ),
  rule(
    String.raw`\bif\s+(?:you|u|y'?all)\s+(?:value|love|care\s+about)\s+(?:your|ur)\s+(?:life|lives|family|kids|safety)\b|\bif\s+(?:you|u|y'?all|they|he|she)\s+(?:want|wants|wanna)\s+(?:to\s+)?(?:live|stay\s+alive|keep\s+breathing|see\s+tomorrow|see\s+another\s+day)\b(?!\s+(?:in|with|like|a|an|the|here|there|near|on|at|by|long|longer|happily|healthy|well|together|peacefully|free|off|without|next|abroad|somewhere|safely|normally|your|their|his|her|life|lives|through)\b)`,
    0.65,
    'intimidation',
    gate('value love care live alive breathing'),
    {
      unless:
        /\b(?:helmets?|seat\s*belts?|slow\s+down|drunk|texting|speed\w*|ice|icy|storm|hurricane|evacuat\w*|flood\w*|tornado|shelter|heat|wildfire|smoke\s+detectors?|carbon\s+monoxide|fentanyl|overdose|doctor|vaccin\w*|diet|exercise|smoking|quit|sunscreen|life\s+jackets?|lifeguard|rip\s+currents?|crosswalk|crossing|traffic|lights?|scams?|trails?|rivers?|lakes?|bridges?|cliffs?|avalanche|bears?|wildlife|currents?|out\s+of\s+order)\b/,
    },
  ),
  rule(
    String.raw`\b(?:city\s+hall|courthouse|station|precinct|police\s+station|school|mall|church|mosque|synagogue|temple|capitol|county\s+building|headquarters|hq|library|stadium|arena|clinic|hospital)(?:\s+(?:on|at|in|near|by)\s+[a-z0-9]+(?:\s+(?:street|st|avenue|ave|road|rd))?)?\s+(?:will\s+|is\s+going\s+to\s+|is\s+gonna\s+|gonna\s+)?(?:blow(?:s)?(?:\s+up|\s+sky\s+high)?|burns?(?:\s+down|\s+to\s+the\s+ground)?|go(?:es)?\s+up\s+in\s+(?:flames|smoke)|explodes?|explode|be\s+(?:bombed|torched|firebombed|blown\s+up|burned\s+down|reduced\s+to\s+(?:ashes|rubble)))\b(?!(?:\s+up|\s+down)?\s+(?:candles?|incense|sage|with\b|the\s+midnight\s+oil|calories))(?![^.!?\n]*\b(?:demolition|demolished|controlled|drill|fireworks|bonfire|bake\s+sale|movie|film|scene)\b)(?=[^.!?\n]{0,30}?\b(?:tonight|that\s+night|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|at\s+noon|at\s+midnight|soon|next\s+week|this\s+week(?:end)?|you'?ve\s+been\s+warned|mark\s+my\s+words)\b)`,
    0.8,
    'bomb threat',
    gate(
      'blow blows burn burns flames smoke explode explodes bombed torched firebombed blown burned reduced',
    ),
  ),
  rule(
    String.raw`\b(?:bring(?:ing)?|tak(?:e|ing))\s+(?:my|a|his|her|our|the|[a-z]+['’]s)\s+(?:[a-z]+['’]s\s+)?(?:loaded\s+)?(?:gun|guns|rifle|pistol|glock|ar|ar-15|ar15|shotgun|knife|bomb|weapon|weapons|piece|ak|ak-47)\s+to\s+(?:school|class|work|church|the\s+(?:school|office|meeting|council\s+meeting|game|parade|mall|church|station|precinct|protest|rally|courthouse))\b(?<=\b(?:i'?m|im|i\s+am|i'?ll|i\s+will|we'?re|we\s+are|we'?ll|gonna|going\s+to)\s+[^.!?\n]*)|\b(?:i'?m|im|i\s+am|we'?re|we\s+are|we'?ll|i'?ll)\s+(?:bringing|bring)\s+(?:our\s+|my\s+)?(?:guns|weapons|rifles|bats|knives|molotovs|ammo|pipe\s+bombs|ar-?15s)\s+(?:this\s+time|next\s+time|tomorrow|to\s+the\s+(?:protest|rally|march|meeting|station|precinct|council))\b`,
    0.8,
    'threat of violence',
    gate(
      'gun guns rifle pistol glock ar ar-15 ar15 shotgun knife bomb weapon weapons piece ak ak-47 rifles bats knives molotovs ammo bombs ar15s ar-15s',
    ),
    {
      unless:
        /\b(?:show|range|buyback|hunting|gunsmith|lesson|training|permit|license|safety\s+class|show\s+and\s+tell|water\s+guns?|nerf|toy|costume|props?)\b/,
    },
  ),
  rule(
    String.raw`\b(?:everyone|everybody|all\s+of\s+(?:you|them)|those|they|the\s+ones|anyone|whoever)\s+(?:who|that)\s+(?:ever\s+)?(?:bullied|hurt|wronged|laughed\s+at|mocked|fired|betrayed|arrested|ticketed|reported|snitched\s+on|crossed)\s+(?:me|us|my\s+[a-z]+)\s+(?:will|are\s+going\s+to|is\s+going\s+to|gonna|'ll)\s+(?:pay|regret\s+it|be\s+sorry|get\s+what'?s\s+coming)\b`,
    0.7,
    'intimidation',
    gate('pay regret sorry coming'),
  ),
  rule(
    String.raw`\b(?:i|we)\s+(?:have|got|know)\s+(?:your|ur)\s+(?:plate|license\s+plate|plate\s+number|address|home\s+address|name|picture|photo)\b[^.!?\n]{0,20}?\b(?:and\s+)?(?:i|we)\s+(?:have|got)\s+(?:friends|people|connections|a\s+gun|guns|cousins|brothers)\b`,
    0.7,
    'intimidation',
    gate('plate address name picture photo'),
    {
      unless: new RegExp(`${KINDNESS}|\\b(?:prayers?|christmas)\\b`),
    },
  ),
  rule(
    String.raw`\b(?:left|put|planted|placed|hid|hidden|taped|strapped)\s+(?:a\s+)?(?:little\s+|nice\s+|special\s+)?(?:surprise|present|gift|package|something|device)\s+(?:under|in|on|inside|beneath|behind)\s+(?:the\s+|your\s+|ur\s+|his\s+|her\s+)?(?:[a-z]+['’]s\s+)?(?:car|truck|cruiser|squad\s+car|house|porch|mailbox|office|desk|engine|hood|seat)\b[^.!?\n]{0,50}?\b(?:starts?\s+(?:it|the\s+(?:car|engine|truck))|turns?\s+the\s+key|ignition|boom|go(?:es)?\s+off)\b`,
    0.8,
    'bomb threat',
    gate('starts start key ignition boom off'),
  ),
  rule(
    String.raw`\bnext\s+time\s+(?:it\s+)?(?:won'?t|will\s+not|ain'?t\s+gonna|isn'?t\s+gonna)\s+be\s+(?:just\s+)?(?:words|a\s+warning|talk|a\s+comment|a\s+letter|a\s+note|a\s+rock|paint|eggs|a\s+brick\s+through\s+the\s+window)\b|\bthis\s+is\s+(?:your|ur)\s+(?:last|final|only)\s+warning\b(?=\s*[.!,]*\s*(?:next\s+time|or\s+else|after\s+this|i'?m\s+not\s+(?:joking|kidding|playing)|you'?ve\s+been\s+warned|don'?t\s+(?:test|make)\s+me))`,
    0.7,
    'intimidation',
    gate('words warning talk comment letter note rock paint eggs window'),
  ),
  rule(
    String.raw`\bbetter\s+(?:all\s+)?wear\s+(?:their|your|ur|his|her|a|some)\s+(?:bullet\s*proof\s+|kevlar\s+)?(?:vests?|kevlar|body\s+armou?r|helmets?)\b(?=[^.!?\n]{0,20}?\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|this\s+week(?:end)?|next\s+week|at\s+the\s+(?:parade|rally|protest|meeting))\b)`,
    0.7,
    'intimidation',
    gate('vest vests kevlar armor armour helmet helmets'),
    {
      unless:
        /\b(?:bikes?|biking|bicycles?|rides?|riding|rodeo|skat\w*|ski\w*|snowboard\w*|motorcycles?|scooters?|football|hockey|lacrosse|batting|construction|hard\s+hats?|life\s+jackets?|reflective|safety\s+vests?|high[- ]vis\w*)\b/,
    },
  ),
  rule(
    String.raw`\b(?:i|we)\s+know\s+(?:your|ur)\s+(?:[a-z]+['’]s\s+)?(?:bus\s+stop|school|route|schedule|classroom|daycare|address|work\s+schedule|shift|gym)(?=\s*(?:[.!,;]|$|\s+(?:karen|officer|deputy|sergeant|detective|chief|sheriff|judge|mayor|neighbou?r|buddy|pal|lady|sir|ma'am|bud|pig|cop)\b))`,
    0.75,
    'intimidation',
    gate('stop school route schedule classroom daycare address shift gym'),
  ),
  rule(
    String.raw`\bwatch\s+what\s+happens\s+(?:at|to|on|during|in)\s+(?:the|your|ur|that|this)\s+[a-z']+(?:\s+[a-z']+)?\s*[.!,;]*\s*(?:remember\s+(?:i|that\s+i)\s+told\s+you|you'?ve\s+been\s+warned|mark\s+my\s+words|just\s+wait|trust\s+me|i'?m\s+not\s+(?:joking|kidding)|don'?t\s+say\s+i\s+didn'?t\s+warn\s+you)`,
    0.7,
    'intimidation',
    gate('told warned words wait trust joking kidding warn'),
  ),
  rule(
    String.raw`\b(?:nobody|no\s+one|none\s+of\s+(?:you|them))\s+(?:at|in)\s+(?:that|this|the)\s+(?:school|office|station|precinct|building|department|church|store|house|courthouse|clinic)\s+(?:is|will\s+be|are)\s+safe\b(?=[^.!?\n]*\b(?:after\s+what|for\s+what|because\s+of\s+what|anymore|now)\b)`,
    0.7,
    'intimidation',
    gate('safe'),
  ),
  rule(
    String.raw`\b(?:i'?m|im|i\s+am|i'?ll|i\s+will|we'?re|we\s+are|we'?ll)\s+(?:be\s+)?(?:showing|show|coming|come|paying\s+(?:you\s+)?a\s+visit)\s+(?:up\s+)?(?:to|at)\s+(?:your|ur)\s+(?:job|work|house|home|door|office|kids'?\s+school|place|doorstep)\b(?!\s+(?:hours|party|potluck|open\s+house|meeting|event|fundraiser|hearing))(?<=\b(?:one\s+more|keep\s+(?:it\s+up|talking|posting|commenting)|again|next\s+time|if\s+(?:you|u)|try\s+(?:that|it)|do\s+that)\b[^\n]*)`,
    0.7,
    'intimidation',
    gate('job work house home door office school place doorstep'),
  ),
  rule(
    String.raw`\bbring\s+(?:the\s+|some\s+|extra\s+|plenty\s+of\s+|lots\s+of\s+)?body\s*bags\b|\b(?:you'?ll|you\s+will|they'?ll|they\s+will|y'?all\s+will)\s+need\s+(?:a\s+|more\s+|some\s+)?body\s*bags?\b`,
    0.75,
    'intimidation',
    gate('bodybags bag bags'),
  ),
  rule(
    String.raw`\b(?:i|we)\s+(?:have|got|made|keep|'ve\s+got|am\s+keeping|are\s+keeping)\s+(?:a|my|our)\s+(?:hit\s+)?list\b[^.!?\n]{0,40}?\b(?:is|are|'s)\s+(?:at\s+the\s+top|on\s+it|next|first|number\s+one)\b`,
    0.7,
    'intimidation',
    gate('list'),
    {
      unless:
        /\b(?:volunteer\w*|schedule|shifts?|sign[- ]?up|christmas|santa|grocery|shopping|guests?|invite\w*|wedding|party|thank\w*|nominat\w*|award|raffle|prayer|pray)\b/,
    },
  ),
  rule(
    String.raw`\bpray\s+(?:that\s+)?(?:your|ur)\s+(?:alarm(?:\s+system)?|locks?|doors?|dog|cameras?|gun|security(?:\s+system)?|deadbolt|windows?)\s+(?:works?|holds?|hold\s+up)\b`,
    0.7,
    'intimidation',
    gate('works work holds hold'),
  ),
  rule(
    String.raw`\bwhen\s+(?:your|ur|his|her)\s+(?:car|truck|house|home|cruiser|office|station|squad\s+car)\s+(?:explodes|blows\s+up|goes\s+up\s+in\s+flames|catches\s+(?:on\s+)?fire|burns(?:\s+down)?)\b`,
    0.7,
    'intimidation',
    gate('explodes blows flames catches burns'),
    {
      unless:
        /\b(?:smoke\s+detectors?|alarms?|extinguishers?|insurance|candles?|heaters?|batter(?:y|ies)|recall\w*|lithium|wiring|grease|dryer|fireplace|chimney)\b/,
    },
  ),
  // Harm to property, pets and family, doxxing and swatting, 0.6.6 (blind 62): "I'll slash every
  // tire on your cruiser", "a brick through your window… it might be me", "post your home address
  // and your kids' names", "I'll poison that K9 of yours", "you won't be walking away from it",
  // "the day… is the day that cop dies", "next time I see officer Ruiz, it's over for him",
  // "your cruiser gets keyed", "I'll swat your house", "picking your teeth up off the sidewalk",
  // "your wife should be careful going to the grocery store alone", "can't protect your family
  // 24/7, chief". Their twins report a slashed tire or a brick, warn about posting an address,
  // antifreeze, break-ins and stranger danger.
  rule(
    String.raw`${FIRST_PERSON}\s+(?:slash|cut|flatten|key|torch|burn|smash|bust|break|spray[\s-]?paint|vandalize|trash|blow\s+up|firebomb|set\s+fire\s+to|shoot\s+up)\s+(?:every\s+|all\s+|each\s+)?(?:(?:tire|tyre|window|windshield)s?\s+(?:on|of|in)\s+)?(?:(?:your|ur|his|her|their)\s+|(?:the|that)\s+[a-z]+['’]s\s+)(?:cruiser|car|truck|house|home|windows?|tires?|tyres?|windshield|squad\s+car|office|mailbox|garage|place|patrol\s+car)\b`,
    0.75,
    'threat of violence',
    gate(
      'cruiser car truck house home window windows tire tires tyre tyres windshield office mailbox garage place',
    ),
  ),
  rule(
    String.raw`\b(?:your|ur)\s+(?:cruiser|car|truck|house|home|windows?|tires?|squad\s+car|patrol\s+car)\s+(?:gets?|will\s+get|is\s+gonna\s+get|is\s+going\s+to\s+get|is\s+getting)\s+(?:keyed|slashed|smashed|torched|burned|burnt|trashed|egged|bricked|shot\s+up|firebombed)\b(?<=\b(?:keep|one\s+more|again|next\s+time|try\s+it|do\s+that)\b[^\n]*)`,
    0.7,
    'intimidation',
    gate('keyed slashed smashed torched burned burnt trashed egged bricked shot firebombed'),
  ),
  rule(
    String.raw`\b(?:put|throw|toss|chuck|send)\s+(?:a\s+)?(?:brick|rock|molotov|bottle|firebomb|cinder\s*block)\s+(?:through|into|at)\s+(?:your|ur|his|her|their)\s+(?:window|windshield|door|car|house|cruiser)\b(?<=\b(?:gonna|going\s+to|will|'ll|might|should|needs?\s+to|i'?m|we'?re)\b[^.!?\n]*)`,
    0.75,
    'intimidation',
    gate('brick rock molotov bottle firebomb cinder cinderblock'),
  ),
  rule(
    String.raw`${FIRST_PERSON}\s+(?:post|publish|share|leak|put\s+out|release|spread)\s+(?:your|ur|his|her|their)\s+(?:home\s+|house\s+)?(?:address|addresses|phone\s+numbers?|kids'?\s+names|children'?s\s+names|family'?s?\s+(?:names|address|photos)|wife'?s\s+(?:name|address|number|photos))\b|${FIRST_PERSON}\s+(?:dox|doxx|swat)\s+(?:you|u|him|her|them|your|ur|his|her|their)\b`,
    0.75,
    'intimidation',
    gate('address addresses number numbers names photos name dox doxx swat'),
  ),
  rule(
    String.raw`${FIRST_PERSON}\s+(?:poison|kill|shoot|stab|hurt|drown|run\s+over)\s+(?:that|your|ur|his|her|the)\s+(?:k-?9|k9s|dog|cat|horse|pet|puppy|canine|police\s+dog)\b(?!\s+(?:show|park|photos?|pictures?|food|treats?|house|bed|walker|groomer|trainer|training|license|tag|bowl|run|contest|parade|costume))`,
    0.7,
    'intimidation',
    gate('k9 k-9 k9s dog cat horse pet puppy canine'),
    { unless: new RegExp(`${MEDICAL}|\\b(?:heat|hot\\s+car)\\b`) },
  ),
  rule(
    String.raw`\b(?:your|ur)\s+(?:dog|k-?9|cat|horse|kids?|wife|husband|family|daughter|son)\s+(?:won'?t|isn'?t\s+gonna|ain'?t\s+gonna)\s+(?:make\s+it|survive|live)\s+(?:through|past|to|until|till)\s+(?:the\s+)?(?:week|weekend|month|night|christmas|summer|morning)\b`,
    0.7,
    'intimidation',
    gate("won't wont isn't ain't"),
    {
      unless: new RegExp(`${MEDICAL}|\\b(?:heat|hot\\s+car)\\b`),
    },
  ),
  rule(
    String.raw`\b(?:you|u)\s+(?:won'?t|will\s+not|ain'?t\s+gonna|aren'?t\s+gonna|are\s+not\s+gonna)\s+(?:be\s+)?(?:walk(?:ing)?|driv(?:e|ing)|com(?:e|ing))\s+(?:away|home|out)(?:\s+from\s+(?:it|that|this(?:\s+one)?))?(?=\s*(?:[.!,;]|$))`,
    0.7,
    'intimidation',
    gate("won't wont ain't aren't"),
  ),
  rule(
    String.raw`\bis\s+the\s+day\s+(?:that\s+|this\s+|the\s+)?(?:[a-z'-]+\s+)?(?:${PERSON_NOUN}|you|he|she|they|him)\s+(?:dies|die|pays|burns|gets\s+(?:shot|hurt|killed|what'?s\s+coming))\b(?!\s+(?:back|off|up|for|the|a|his|her|their|its|taxes|rent|attention|tribute|respects?|out))`,
    0.7,
    'intimidation',
    gate('dies die pays burns shot hurt killed coming'),
  ),
  rule(
    String.raw`\b(?:next\s+time|when|once|if)\s+(?:i|we)\s+(?:see|catch|find|meet|run\s+into)\s+(?:[a-z'-]+,?\s+){1,3}?(?:it'?s|it\s+is|he'?s|she'?s|they'?re|you'?re)\s+(?:so\s+)?(?:over|done|finished|curtains|lights\s+out)(?:\s+for\s+(?:him|her|them|you)|,?\s+(?:permanently|for\s+good|forever))\b`,
    0.7,
    'intimidation',
    gate('over done finished curtains lights permanently'),
  ),
  rule(
    String.raw`\b(?:you'?ll|you\s+will|you'?re\s+gonna|you\s+are\s+going\s+to|he'?ll|she'?ll|they'?ll)\s+(?:be\s+)?pick(?:ing)?\s+(?:up\s+)?(?:your|ur|his|her|their)\s+teeth\s+(?:up\s+)?(?:off|from|out\s+of)\b|\b(?:your|ur)\s+teeth\s+(?:will\s+be\s+)?(?:all\s+over|on)\s+the\s+(?:floor|sidewalk|ground|street|pavement)\b`,
    0.75,
    'threat of violence',
    gate('teeth'),
  ),
  rule(
    String.raw`\b(?:your|ur)\s+(?:wife|husband|kids?|children|daughter|son|family|mom|girlfriend|boyfriend)\s+(?:should|better|had\s+better|needs?\s+to|might\s+want\s+to|oughta)\s+be\s+(?:very\s+|extra\s+|real\s+)?careful\b[^.!?\n]{0,50}?(?=\s*(?:[.!]|$|,?\s*(?:officer|deputy|sergeant|detective|chief|sheriff|judge|mayor|pig|cop)\b))`,
    0.7,
    'intimidation',
    gate('careful'),
    {
      unless:
        /\b(?:break-?ins?|thie(?:f|ves)|scams?|ice|icy|storm|snow|traffic|construction|at\s+night|lately|reported|been\s+seeing|coyotes?|bears?|dogs?|heat|flood\w*|potholes?|speeders?|drunk|ladder|pool|water|stranger\s+danger)\b/,
    },
  ),
  rule(
    String.raw`\b(?:can'?t|cannot|can\s+not|won'?t\s+be\s+able\s+to)\s+(?:protect|watch|guard)\s+(?:your|ur)\s+(?:family|kids|wife|husband|children|house|home)\s+(?:24\/7|24-7|all\s+the\s+time|forever|every\s+minute|every\s+second|around\s+the\s+clock)(?=\s*(?:[.!]|$|,?\s*(?:officer|deputy|sergeant|detective|chief|sheriff|judge|mayor|pig|cop|buddy|pal)\s*[.!]*\s*$))`,
    0.7,
    'intimidation',
    gate('24 forever minute second clock time'),
  ),
  // Calls for violence against groups, 0.6.6 (blind 63): "time to take out the trash, starting
  // with the Mexicans", "the world would be better if someone gassed all the gypsies", "great
  // again by lynching a few", "every Asian I see… gets a knife in the gut", "time for a second
  // Holocaust", "somebody please run over those protesters".
  rule(
    String.raw`\btake\s+out\s+the\s+(?:trash|garbage)\b[^.!?\n]{0,30}?\b(?:starting\s+with|beginning\s+with|first|by\s+(?:trash|garbage)\s+i\s+mean)\s+(?:the\s+|those\s+|these\s+|all\s+(?:the\s+)?)?(?:[a-z'-]+\s+)?${PERSON_NOUN}\b`,
    0.7,
    'call for violence',
    gate('trash garbage'),
  ),
  rule(
    String.raw`\b(?:would\s+be\s+(?:a\s+)?better(?:\s+off)?(?:\s+place)?|wish)\s+if\s+(?:someone|somebody|some1|we|they|you)\s+(?:just\s+|finally\s+|would\s+)?(?:gassed|gas|killed|kill|shot|shoot|hanged|hang|hung|lynched|lynch|burned|burn|bombed|bomb|nuked|nuke|exterminated|exterminate|wiped\s+out|wipe\s+out|executed|execute)\s+(?:all\s+|every\s+)?(?:the\s+|those\s+|these\s+|of\s+the\s+)?(?:[a-z'-]+\s+)?${PERSON_NOUN}\b`,
    0.75,
    'call for violence',
    gate('better wish'),
  ),
  rule(
    String.raw`\bby\s+(?:lynching|hanging|shooting|killing|gassing|burning|executing|stabbing|beating)\s+(?:a\s+few|some|them|all\s+of\s+them|a\s+couple|every\s+one\s+of\s+them|those|these)\b(?!\s+(?:hoops|baskets|photos|pics|pictures|videos|pool|lights|signs|posters|flags|decorations|holiday\s+lights|more|games))`,
    0.7,
    'call for violence',
    gate('lynching hanging shooting killing gassing burning executing stabbing beating'),
  ),
  rule(
    String.raw`\b(?:gets?|getting|will\s+get|gonna\s+get|is\s+getting)\s+(?:a|my)\s+(?:knife|blade|bullet|bat|boot|brick|machete)\s+(?:in|to|through|across)\s+(?:the|their|his|her|your|ur)\s+(?:gut|guts|face|head|back|chest|skull|throat|neck|belly|stomach|ribs|teeth|heart)\b`,
    0.75,
    'threat of violence',
    gate('knife blade bullet bat boot brick machete'),
  ),
  rule(
    String.raw`\b(?:time\s+for|we\s+need|bring\s+(?:on|back)|ready\s+for|let'?s\s+have|give\s+us|overdue\s+for|due\s+for)\s+(?:a\s+|the\s+)?(?:second|another|new|2nd|round\s+two\s+of\s+the|sequel\s+to\s+the)\s+(?:holocaust|genocide|final\s+solution|kristallnacht|trail\s+of\s+tears|rwanda|ethnic\s+cleansing|pogrom|lynching\s+season)\b|\b(?:time\s+for|implement|bring\s+back)\s+the\s+final\s+solution\b`,
    0.75,
    'call for violence',
    gate('holocaust genocide solution kristallnacht tears rwanda cleansing pogrom season'),
  ),
  rule(
    String.raw`\b(?:some(?:one|body)|some1|y'?all)\s+(?:please\s+|just\s+|pls\s+)?(?:run\s+over|mow\s+down|plow\s+into|drive\s+into|drive\s+through)\s+(?:those|these|the|all\s+(?:the|those|these))\s+(?:[a-z'-]+\s+)?(?:${PERSON_NOUN}|protesters|marchers|pedestrians|demonstrators|crowd)\b`,
    0.75,
    'call for violence',
    gate("somebody someone some1 y'all yall"),
  ),
  // Calls to arms in the words of political forums, 0.6.6 (blind 64): "civil war is the only
  // answer. Lock and load, patriots", "the only cure for the leftist disease is lead", "do to the
  // Supreme Court what they did in Dallas in '63", "let God sort them out", "should swing from a
  // lamppost", "start stacking bodies", "the tree of liberty… starting with the governor", "fed
  // to the woodchipper", "every mosque should be a parking lot". Their twins vote, march with
  // signs, stack sandbags and hunt pythons.
  rule(
    String.raw`\block\s+(?:and|n|&|'n')\s+load\b(?=[^\n]*\b(?:patriots?|boys|brothers|war|civil\s+war|revolution|it'?s\s+time|time\s+has\s+come|tyrants?|traitors?)\b)|\block\s+(?:and|n|&|'n')\s+load\b(?<=\b(?:patriots?|boys|brothers|war|civil\s+war|revolution|it'?s\s+time|time\s+has\s+come|tyrants?|traitors?)\b[^\n]*)`,
    0.7,
    'call for violence',
    gate('load'),
  ),
  rule(
    String.raw`\b(?:cure|answer|solution|fix|medicine|remedy|treatment)\s+(?:for|to)\s+(?:the\s+|all\s+(?:the\s+)?)?[a-z'-]+(?:\s+[a-z'-]+)?\s+is\s+(?:more\s+)?(?:lead|hot\s+lead|bullets?|a\s+bullet|the\s+rope|rope|a\s+noose|the\s+gallows|a\s+firing\s+squad|hanging|a\s+hanging|execution|the\s+guillotine)\b(?!\s*-?\s*(?:abatement|pipes?|paint|testing|removal|poisoning|free|the\s+way|by\s+example|time|poisoned))`,
    0.7,
    'call for violence',
    gate('lead bullet bullets rope noose gallows squad hanging execution guillotine'),
  ),
  rule(
    String.raw`\bwhat\s+(?:they|he|oswald|booth|someone|somebody|ruby)\s+did\s+(?:in|to|at)\s+(?:dallas|jfk|kennedy|lincoln|ford'?s\s+theat(?:er|re)|mlk|memphis)\b(?=\s*(?:in\s+'?(?:19)?63|in\s+november(?:\s+'?(?:19)?63)?|in\s+1865|in\s+'?(?:19)?68)?\s*(?:[.!,;]|$))(?<=\bdo\s+(?:to\s+)?[^.!?\n]{0,60})`,
    0.75,
    'call for violence',
    gate('dallas jfk kennedy lincoln ford mlk memphis'),
  ),
  rule(
    String.raw`\blet\s+god\s+sort\s+(?:them|em|'em|it)\s+out\b(?<=\b(?:kill|shoot|nuke|bomb|round|gas|burn|hang|execute|slaughter|wipe|purge|exterminate|drop)\w*\b[^\n]*)`,
    0.7,
    'call for violence',
    gate('sort'),
  ),
  rule(
    String.raw`\b(?:should|will|gonna|deserves?\s+to|needs?\s+to|ought\s+to|must|oughta)\s+(?:all\s+)?swing\s+from\s+(?:a|the)\s+(?:lamp\s*post|lamppost|tree|rope|gallows|noose|bridge|overpass|light\s+pole|crane|rafters)\b`,
    0.75,
    'call for violence',
    gate('lamppost lamp post tree rope gallows noose bridge overpass pole crane rafters'),
  ),
  rule(
    String.raw`\b(?:start|time\s+to\s+start|let'?s\s+start|begin|gonna\s+start|we'?ll\s+start)\s+stacking\s+(?:bodies|corpses|them\s+up|the\s+bodies|skulls)\b`,
    0.75,
    'call for violence',
    gate('stacking'),
  ),
  rule(
    String.raw`\btree\s+of\s+liberty\b[^\n]{0,80}?\b(?:starting\s+with|beginning\s+with|first\s+up|first)\s+(?:the\s+)?(?:[a-z'-]+\s+)?(?:${PERSON_NOUN}|[a-z]+['’]s)\b(?<=\b(?:blood|water(?:ed|ing)?|refresh(?:ed|ing)?)\b[^\n]*)`,
    0.7,
    'call for violence',
    gate('liberty'),
  ),
  rule(
    String.raw`\b(?:should|needs?\s+to|deserves?\s+to|ought\s+to|must|oughta|gonna|will)\s+(?:all\s+)?(?:be\s+)?(?:fed|thrown|put|tossed|fed\s+feet\s+first)\s+(?:in|into|to|through)\s+(?:a|the)\s+(?:wood\s*chipper|woodchipper|meat\s+grinder|furnace|ovens?|incinerator|gas\s+chamber|volcano|shark\s+tank)\b`,
    0.75,
    'call for violence',
    gate('woodchipper wood chipper grinder furnace oven ovens incinerator chamber volcano shark'),
    {
      unless:
        /\b(?:logs?|branches|wood|trees?|brush|limbs|leaves|yard\s+waste|scraps?|pumpkins?|mulch|pizza|bread|cookies|turkey|casserole|documents|papers|files)\b/,
    },
  ),
  rule(
    String.raw`\b(?:every|all\s+(?:the\s+)?|each)\s+(?:mosques?|churches|church|synagogues?|temples?)\s+(?:in\s+[a-z]+(?:\s+[a-z]+)?\s+)?(?:should|needs?\s+to|will|gonna|deserves?\s+to)\s+(?:be\s+)?(?:turned\s+into\s+|become\s+)?(?:a\s+)?(?:parking\s+lot|crater|smoking\s+crater|sheet\s+of\s+glass|pile\s+of\s+(?:rubble|ash|ashes)|rubble|ashes)\b`,
    0.75,
    'call for violence',
    gate('lot crater glass rubble ash ashes'),
  ),
  // Menace between residents, 0.6.6 (blind 66): "bring a friend, you'll need him", "they'll be
  // scraping you off the pavement", "I'm coming over with a bat", "a shovel and a lot of empty
  // land", "careful who you mess with, accidents happen", "ten years for less than what I'm gonna
  // do to you", "or you'll leave in an ambulance", "lucky there's a screen between us".
  rule(
    String.raw`\bbring\s+(?:a\s+)?(?:friend|friends|backup|your\s+boys|help|a\s+medic|an\s+ambulance)\b[^.!?\n]{0,10}[,.]?\s*(?:you'?ll|you\s+will|you'?re\s+gonna|you\s+are\s+going\s+to)\s+need\s+(?:him|them|it|one|her)\b`,
    0.7,
    'intimidation',
    gate('need'),
  ),
  rule(
    String.raw`\bscrap(?:e|ing)\s+(?:you|u|him|her|them|what'?s\s+left\s+of\s+(?:you|him|her))\s+(?:up\s+)?off\s+(?:the|a)\s+(?:pavement|sidewalk|road|street|floor|ground|wall|asphalt)\b(?<=\b(?:keep|one\s+more|again|mouth|talk\w*|say|if\s+you|i'?ll|we'?ll|i\s+will|we\s+will)\b[^\n]*)`,
    0.75,
    'intimidation',
    gate('pavement sidewalk road street floor ground wall asphalt'),
    { unless: /\b(?:helmet|motorcycle|bike|ride|riding|speed\w*|drunk|texting|ice|icy)\b/ },
  ),
  rule(
    String.raw`\b(?:i'?m|im|i\s+am|we'?re|we\s+are|i'?ll\s+be|we'?ll\s+be)\s+(?:coming|going|driving|heading|walking)\s+(?:over|there|by|down|round|to\s+(?:your|ur)\s+(?:house|place|door|work|job))\s+with\s+(?:a|my|the|our|some)\s+(?:bat|baseball\s+bat|bats|gun|guns|rifle|shotgun|knife|machete|crowbar|tire\s+iron|pipe|axe|hatchet|glock|pistol)\b`,
    0.75,
    'threat of violence',
    gate(
      'bat bats gun guns rifle shotgun knife machete crowbar iron pipe axe hatchet glock pistol',
    ),
    {
      unless:
        /\b(?:game|games|gloves?|balls?|practice|team|little\s+league|softball|baseball|cricket|range|hunting|buyback|fix|repair|help|build)\b/,
    },
  ),
  rule(
    String.raw`\b(?:a|my|the)\s+shovel\s+and\s+(?:a\s+lot\s+of\s+|some\s+|plenty\s+of\s+|an\s+)?(?:empty\s+land|desert|woods|acres|backyard|swamp|tarps?|lime|bleach|acid|empty\s+field|hole\s+with\s+your\s+name)\b`,
    0.7,
    'intimidation',
    gate('land desert woods acres backyard swamp tarp tarps lime bleach acid field hole'),
  ),
  rule(
    String.raw`\b(?:careful|watch)\s+who\s+(?:you|u)\s+(?:mess|fuck|screw|play|deal|cross)\s+with\b[^\n]{0,40}?\b(?:accidents\s+happen|people\s+get\s+hurt|things\s+happen|just\s+saying|you'?ve\s+been\s+warned)\b`,
    0.7,
    'intimidation',
    gate('accidents hurt happen saying warned'),
  ),
  rule(
    String.raw`\b(?:years?|time|life)\s+for\s+(?:less|way\s+less|a\s+lot\s+less)\s+than\s+what\s+(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:gonna|going\s+to|about\s+to)\s+do\s+to\s+(?:you|u|him|her|them)\b|\bwait\s+(?:till|until)\s+(?:you|u)\s+see\s+what\s+(?:i'?m|i\s+am|we'?re)\s+(?:gonna|going\s+to)\s+do\s+to\s+(?:you|u)\b`,
    0.7,
    'intimidation',
    gate('less wait till until'),
  ),
  rule(
    String.raw`\bor\s+(?:you'?ll|you\s+will|you'?re\s+gonna|you\s+are\s+going\s+to)\s+(?:leave|go\s+home|end\s+up|be\s+leaving|be\s+going\s+home|ride\s+home|wake\s+up)\s+in\s+(?:an?\s+)?(?:ambulance|body\s*bag|coffin|hearse|wheelchair|stretcher|cast|icu)\b(?!\s+like\s+me)(?<!\b(?:potholes?|ice|icy|sidewalks?|roads?|helmet|seat\s*belt|drunk|speed\w*)\b[^\n]*)`,
    0.75,
    'intimidation',
    gate('ambulance body bodybag coffin hearse wheelchair stretcher cast icu'),
  ),
  rule(
    String.raw`\b(?:you'?re|you\s+are|ur|u\s+r)\s+(?:so\s+)?lucky\s+(?:there'?s|there\s+is|that\s+there'?s)\s+(?:a\s+)?(?:screen|keyboard|computer|internet|phone|distance|miles?|state\s+line)\s+between\s+us\b(?=\s*(?:[.!;]|$))`,
    0.7,
    'intimidation',
    gate('between'),
  ),
  // 0.6.6 (blind 67, mixed menace written last): "you won't live to testify", "your kids'
  // school is a soft target", "make the judge pay", "you'll be visiting your partner's grave",
  // "eating your meals through a tube when I'm done with you", "find your mother and make her
  // watch", "the day I get out, I'm coming straight for you", "nice house… shame if it burned",
  // "your photo as the target", "only a matter of time before somebody takes out the chief, and I
  // hope it's soon", "ask the last guy who crossed me".
  rule(
    String.raw`\b(?:you|u|he|she|they)\s+(?:won'?t|will\s+not|ain'?t\s+gonna|aren'?t\s+gonna|isn'?t\s+gonna)\s+live\s+(?:to|long\s+enough\s+to)\s+(?:testify|snitch|talk|tell\s+(?:anyone|anybody|the\s+(?:story|cops|police|judge))|retire|make\s+it\s+to\s+(?:court|trial)|see\s+(?:the\s+)?(?:trial|verdict|courtroom))\b`,
    0.75,
    'intimidation',
    gate('testify snitch talk tell retire court trial verdict courtroom'),
  ),
  rule(
    String.raw`\b(?:your|ur)\s+(?:(?:kids'?|children'?s|daughter'?s|son'?s|wife'?s|family'?s)\s+)?(?:school|house|home|church|car|daycare)\s+(?:is|would\s+be|makes|sure\s+is)\s+(?:a\s+|an\s+)?(?:soft|easy)\s+target\b(?!\s+for\b)`,
    0.7,
    'intimidation',
    gate('target'),
    {
      unless:
        /\b(?:levy|vote|security|officers?|sros?|funding|guards?|cameras|locks?|drill|fence|lock\s*down|audit|burglar\w*|thie(?:f|ves)|break-?ins?)\b/,
    },
  ),
  rule(
    String.raw`${FIRST_PERSON}\s+(?:[^.!?\n]{0,40}?\band\s+)?make\s+(?:him|her|them|you|u|${PERSON})\s+pay\b(?!\s+(?:for\s+(?:the|his|her|their|my|our)\s+(?:damages?|repairs?|bill|ticket|fine|lawyer|costs?|dinner|lunch|coffee|drinks?|fence|window|car)|back|the\s+(?:fine|bill|damages)|restitution|taxes|attention|rent|up))`,
    0.7,
    'intimidation',
    gate('pay'),
    {
      unless:
        /\b(?:sue|suing|court|lawsuit|lawyer|attorney|small\s+claims|insurance|vote|ballot|election|polls|recall|bill|invoice)\b/,
    },
  ),
  rule(
    String.raw`\b(?:you'?ll|you\s+will|you'?re\s+gonna|you\s+are\s+going\s+to)\s+be\s+(?:visiting|digging|standing\s+over|crying\s+over|burying|planning)\s+(?:your|ur)\s+(?:own\s+|partner'?s?\s+|wife'?s?\s+|husband'?s?\s+|kids'?\s+|son'?s?\s+|daughter'?s?\s+|family'?s?\s+)?(?:grave|graves|coffin|funeral|body|bodies)\b`,
    0.75,
    'intimidation',
    gate('grave graves coffin funeral body bodies'),
    {
      unless:
        /\b(?:memorial|cemetery|flowers|veterans?|grandma|grandpa|grandmother|grandfather|anniversary)\b/,
    },
  ),
  rule(
    String.raw`\b(?:eat|eating|drink|drinking|breathe|breathing)\s+(?:your\s+(?:meals|food|dinner)\s+)?through\s+a\s+(?:tube|straw|feeding\s+tube)\b(?=[^\n]*\bwhen\s+(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:done|finished|through)\b)`,
    0.75,
    'threat of violence',
    gate('tube straw'),
  ),
  rule(
    String.raw`${FIRST_PERSON}\s+find\s+(?:your|ur)\s+(?:mother|mom|wife|husband|kids|children|daughter|son|family|girlfriend|boyfriend|sister)\s+(?:and|&)\s+(?:make\s+(?:her|him|them|you)\s+(?:watch|pay|suffer|scream|beg)|${HARD_VERB})\b`,
    0.8,
    'intimidation',
    gate('watch pay suffer scream beg kill murder shoot stab rape hurt'),
  ),
  rule(
    String.raw`\b(?:the\s+day|when|once|as\s+soon\s+as|the\s+minute|the\s+second)\s+(?:i|we)\s+(?:get|am|'m|are|'re)\s+(?:out|released|free|paroled)\b[^.!?\n]{0,20}?\b(?:i'?m|i\s+am|i'?ll|i\s+will|we'?re|we'?ll)\s+(?:coming|going|heading)\s+(?:straight\s+|right\s+|directly\s+)?(?:for|after)\s+(?:you|u|him|her|them|your|ur)\b`,
    0.75,
    'intimidation',
    gate('coming going heading'),
  ),
  rule(
    String.raw`\bnice\s+(?:house|home|car|truck|family|kids|place|shop|store|business|dog)\s+(?:you'?ve\s+got|you\s+got|you\s+have|ya\s+got)(?:\s+there)?\b[^\n]{0,30}?\b(?:shame|pity)\s+if\s+(?:it|they|something|anything)\s+(?:burned|burnt|caught\s+fire|got\s+(?:torched|burned|hurt)|blew\s+up|happened|were\s+to\s+happen|went\s+missing)\b`,
    0.75,
    'intimidation',
    gate('shame pity'),
  ),
  rule(
    String.raw`\b(?:your|ur|his|her|the\s+(?:chief|mayor|sheriff|judge|officer|deputy)'?s)\s+(?:photo|picture|pic|face|mugshot|headshot)\s+(?:as\s+(?:the|my|a)\s+target|on\s+(?:the|my|a)\s+target)\b|\btarget\s+(?:practice\s+)?with\s+(?:your|ur|his|her)\s+(?:photo|picture|pic|face)\b`,
    0.75,
    'intimidation',
    gate('target'),
  ),
  rule(
    String.raw`\bmatter\s+of\s+time\s+(?:before|till|until)\s+(?:someone|somebody|some1)\s+(?:takes\s+out|shoots|kills|offs|snipes|caps|pops|whacks|stabs|runs\s+over)\s+(?:the\s+|that\s+|this\s+|your\s+)?(?:[a-z'-]+\s+)?(?:${PERSON_NOUN}|him|her|you)\b(?=[^\n]*\b(?:i\s+hope|hopefully|can'?t\s+wait|and\s+good|deserves?\s+it|i'?ll\s+(?:cheer|celebrate|laugh)|soon)\b)`,
    0.7,
    'call for violence',
    gate('time'),
  ),
  rule(
    String.raw`\bask\s+the\s+last\s+(?:guy|person|man|one|dude|cop|officer|woman|fool|idiot)\s+(?:who|that)\s+(?:crossed|messed\s+with|snitched\s+on|disrespected|tried\s+me|ratted\s+(?:me\s+)?out|talked\s+about|fucked\s+with|stole\s+from)\s*(?:me)?\b`,
    0.7,
    'intimidation',
    gate('last'),
  ),
  // Threats at protected groups without the common violent verbs, 0.6.6 (blind 72): "make sure
  // every immigrant… suffers", "pay with their lives", "the Jews will be slaughtered like cattle",
  // "hurt as many Muslims as I can", "trans people won't be safe… once we're done", "every gay bar
  // … is going to burn", "leaving in coffins", "we should finish them off", "make the Somalis
  // disappear", "someone will get hurt at the next Pride event, I'll make sure of it", "has it
  // coming, and soon", "I want to see blood in the streets", "will learn their lesson when I
  // catch them", "planning something for the mosque on Friday, stay tuned", "a day of reckoning
  // for every Jew", "should disappear, and I'm happy to help".
  rule(
    String.raw`${FIRST_PERSON}\s+(?:make\s+sure|see\s+to\s+it)\s+(?:that\s+)?(?:every|all|each|those|these|the)\s+(?:[a-z'-]+\s+){0,5}?(?:suffers?|pays?|bleeds?|dies?|gets?\s+hurt|never\s+walks?\s+again|regrets?\s+it|(?:is|are|gets?)\s+(?:beaten(?:\s+up)?|killed|murdered|hanged|hung|stabbed|raped|lynched|burned|attacked|tortured))\b(?!\s+(?:for\s+(?:the|their|his|her)\s+(?:damages?|repairs?|fines?|tickets?|taxes)|taxes|their\s+(?:fair\s+share|taxes|bills?|rent|fines?)|the\s+(?:fine|bill|fee)))`,
    0.7,
    'intimidation',
    gate(
      'suffer suffers pay pays bleed bleeds die dies hurt walk walks regret regrets beaten killed murdered hanged hung stabbed raped lynched burned attacked tortured',
    ),
  ),
  rule(
    String.raw`\b(?:will|gonna|going\s+to|shall)\s+be\s+(?:slaughtered|exterminated|butchered|massacred|gassed|lynched|hunted\s+down|wiped\s+out|rounded\s+up\s+and\s+(?:shot|killed|gassed|hanged))\b(?<=\b${GROUP_NOUN}\b[^.!?\n]{0,40})`,
    0.75,
    'call for violence',
    gate(
      'slaughtered exterminated butchered massacred gassed lynched hunted wiped rounded eradicated purged',
    ),
  ),
  rule(
    String.raw`${FIRST_PERSON}\s+${HARD_VERB}\s+as\s+many\s+(?:[a-z'-]+\s+)?(?:${GROUP_NOUN}|${PERSON_NOUN})\s+as\b`,
    0.8,
    'threat of violence',
    gate('many'),
  ),
  rule(
    String.raw`\b${GROUP_NOUN}\s+(?:won'?t|will\s+not|aren'?t\s+gonna|are\s+not\s+going\s+to)\s+be\s+safe\b(?=[^.!?\n]*\b(?:once\s+(?:we|i)|when\s+(?:we|i)|after\s+(?:we|i)|i\s+promise|mark\s+my\s+words|we'?ll\s+make\s+sure|i'?ll\s+make\s+sure)\b)`,
    0.75,
    'intimidation',
    gate('safe'),
  ),
  rule(
    String.raw`\b(?:every|all\s+the|each)\s+(?:[a-z'-]+\s+){0,2}(?:bars?|clubs?|churche?s?|mosques?|synagogues?|temples?|clinics?|schools?|shops?|stores?|restaurants?|centers?|centres?)\b[^.!?\n]{0,30}?\b(?:is|are|will)\s+(?:going\s+to\s+|gonna\s+)?(?:burn|be\s+burned|be\s+burnt|go\s+up\s+in\s+flames|explode|be\s+bombed|be\s+torched|blow\s+up)\b`,
    0.75,
    'threat of violence',
    gate('burn burned burnt flames explode bombed torched blow'),
    { unless: /\b(?:candles?|calories|fuel|wood|sage|incense|fireworks\s+show|mortgage|cash)\b/ },
  ),
  rule(
    String.raw`\b(?:they'?ll|they\s+will|they'?re|they\s+are|he'?ll|she'?ll|he\s+will|she\s+will|you'?ll|you\s+will)\s+(?:be\s+)?(?:leav(?:e|ing)|go(?:ing)?\s+home|com(?:e|ing)\s+out|go(?:ing)?\s+out)\s+in\s+(?:coffins?|body\s*bags?|a\s+hearse|hearses|caskets?|pine\s+boxes|a\s+pine\s+box|pieces|a\s+million\s+pieces|bags)\b`,
    0.75,
    'intimidation',
    gate('coffin coffins bag bags bodybag bodybags hearse hearses casket caskets box boxes pieces'),
  ),
  rule(
    String.raw`\b(?:should|need\s+to|must|gotta|let'?s|time\s+to|ought\s+to|oughta)\s+(?:just\s+)?finish\s+(?:them|em|'em|him|her|those\s+[a-z'-]+|these\s+[a-z'-]+|the\s+(?:rest|job\s+on\s+them))\s+off\b`,
    0.7,
    'call for violence',
    gate('finish'),
    {
      unless:
        /\b(?:cookies|pizza|leftovers|cake|pie|beers?|wine|drinks|chips|project|paperwork|puzzle|books?|season|series|episodes?|paint|painting|tacos|fries|snacks|bottles?|brownies|slices?|leftover|bags?|box|batch|bowl)\b/,
    },
  ),
  rule(
    String.raw`${FIRST_PERSON}\s+make\s+(?:you|u|him|her|them|(?:the|those|these|all\s+(?:the|those|these))\s+(?:[a-z'-]+\s+)?(?:${GROUP_NOUN}|${PERSON_NOUN}))\s+disappear\b|\bshould\s+(?:all\s+|just\s+)?disappear\b(?=[^.!?\n]*\b(?:happy\s+to\s+help|i'?ll\s+help|i\s+can\s+help|help\s+them\s+along|permanently|for\s+good|one\s+way\s+or\s+another)\b)`,
    0.7,
    'intimidation',
    gate('disappear'),
    {
      unless:
        /\b(?:moths?|weeds?|potholes?|graffiti|litter|trash|bugs?|mosquitoes|ticks|mold|stains?|fees?|taxes|signs?|cones?)\b/,
    },
  ),
  rule(
    String.raw`\b(?:some(?:one|body)|people|they|you|he|she)\s+(?:will|is\s+going\s+to|are\s+going\s+to|gonna|'s\s+going\s+to)\s+(?:get\s+(?:hurt|killed|shot)|die|bleed)\b[^.!?\n]{0,40}?[,.]?\s*(?:i'?ll|i\s+will|we'?ll|we\s+will)\s+make\s+sure\s+of\s+(?:it|that)\b`,
    0.75,
    'intimidation',
    gate('sure'),
  ),
  rule(
    String.raw`\b(?:has|have|'s\s+got|got)\s+it\s+coming\b(?=[^.!?\n]*\b(?:soon|you'?ll\s+see|just\s+wait|mark\s+my\s+words|i\s+promise|trust\s+me)\b)`,
    0.7,
    'intimidation',
    gate('coming'),
    {
      unless: new RegExp(`${ELECTORAL}|\\b(?:judge|karma)\\b`),
    },
  ),
  rule(
    String.raw`\b(?:want|wanna|would\s+love|can'?t\s+wait|hope)\s+(?:to\s+)?see\s+blood\s+(?:in|on|run|running|flow|flowing|spilled)\b`,
    0.75,
    'call for violence',
    gate('blood'),
  ),
  rule(
    String.raw`\b(?:when|once|if)\s+(?:i|we)\s+(?:catch|get\s+(?:my|our)\s+hands\s+on|get\s+ahold\s+of|find)\s+(?:them|him|her|you|u)\b(?<=\b(?:learn\s+(?:their|his|her|your)\s+lesson|regret\s+it|pay|be\s+sorry|suffer)\b[^.!?\n]*)|\b(?:when|once)\s+(?:i|we)\s+(?:catch|get\s+(?:my|our)\s+hands\s+on)\s+(?:them|him|her|you|u)\b[^.!?\n]{0,20}?\b(?:they'?ll|he'?ll|she'?ll|you'?ll)\s+(?:learn\s+(?:their|his|her|your)\s+lesson|regret\s+it|pay|be\s+sorry|suffer)\b`,
    0.7,
    'intimidation',
    gate('catch hands ahold find'),
  ),
  rule(
    String.raw`\b(?:planning|planned|got|have)\s+something\s+(?:special\s+|big\s+)?(?:planned\s+)?(?:for|at)\s+(?:the|that|their|your)\s+(?:mosque|synagogue|church|temple|school|clinic|parade|rally|station|precinct|courthouse|pride\s+[a-z]+|gay\s+bar|march)\b[^.!?\n]{0,30}?\b(?:stay\s+tuned|you'?ll\s+see|just\s+wait|watch\s+the\s+news|wait\s+and\s+see)\b(?!\s+for\b)`,
    0.75,
    'intimidation',
    gate('tuned see wait news'),
  ),
  rule(
    String.raw`\bday\s+of\s+(?:reckoning|the\s+rope|retribution|vengeance)\s+(?:(?:is|are)\s+(?:coming|near|close|here|almost\s+here)\s+)?for\s+(?:every|all|each|the|those)\s+(?:[a-z'-]+\s+)?(?:${GROUP_NOUN}|${PERSON_NOUN})\b`,
    0.7,
    'intimidation',
    gate('reckoning rope retribution vengeance'),
    {
      unless: new RegExp(ELECTORAL),
    },
  ),
  rule(
    String.raw`${FIRST_PERSON}\s+put\s+(?:you|u|him|her|them|every\s+(?:last\s+|single\s+)?one\s+of\s+(?:them|you|(?:those|these|the)\s+(?!${THINGS}\b)[a-z'-]+(?!\s+${THINGS}\b))|(?:the|those|these|all\s+(?:the|those|these))\s+(?:[a-z'-]+\s+)?(?:${GROUP_NOUN}|${PERSON_NOUN}))\s+in\s+(?:the|a)\s+(?:hospital|icu|morgue|grave|ground|ditch|wheelchair|coma|body\s+bag|cemetery)\b${NOT_THE_PLACE_ITSELF}`,
    0.8,
    'threat of violence',
    gate('hospital icu morgue grave ground ditch wheelchair coma bag cemetery'),
    {
      unless: PLANTING,
    },
  ),
  rule(
    String.raw`${FIRST_PERSON}\s+(?:break|snap|smash|shatter|bust|cut\s+off)\s+both\s+(?:of\s+)?(?:your|ur|his|her|their)\s+(?:legs|arms|hands|kneecaps|knees|wrists|ankles|eyes)\b`,
    0.8,
    'threat of violence',
    gate('both'),
  ),
  // 0.6.6 (blind 73, threats at groups with rarer verbs): "set every gay man… on fire", "should
  // be set on fire", "beat every Asian kid at that school bloody", "run every Black family out
  // of this neighborhood with a shotgun" (and "cripple", "slice up", "chopped off" in the verb
  // lists).
  rule(
    String.raw`${FIRST_PERSON}\s+set\s+(?:you|u|him|her|them|(?:every|all|each|those|these|the|that)\s+[^.!?\n]{1,40}?)\s+on\s+fire\b|\b(?:should|needs?\s+to|deserves?\s+to|ought\s+to|must|oughta)\s+(?:all\s+)?be\s+set\s+on\s+fire\b(?<=\b(?:${PERSON_NOUN}|${GROUP_NOUN}|like\s+(?:that|them|her|him)|they|them)\b[^.!?\n]{0,30})`,
    0.8,
    'threat of violence',
    gate('fire'),
  ),
  rule(
    String.raw`${FIRST_PERSON}\s+beat\s+(?:you|u|him|her|them|(?:every|all|each|those|these|the|that)\s+[^.!?\n]{1,40}?)\s+(?:bloody|senseless|to\s+death|half\s+to\s+death|to\s+a\s+pulp|unconscious|black\s+and\s+blue|within\s+an\s+inch\s+of\s+(?:their|his|her|your)\s+li(?:fe|ves))\b`,
    0.8,
    'threat of violence',
    gate('bloody senseless death pulp unconscious blue inch'),
  ),
  rule(
    String.raw`\brun\s+(?:you|u|him|her|them|(?:every|all|each|those|these|the|that)\s+[^.!?\n]{1,40}?)\s+out\s+of\s+(?:town|here|the\s+[a-z]+|this\s+[a-z]+|our\s+[a-z]+|my\s+[a-z]+)\b[^.!?\n]{0,20}?\bwith\s+(?:a|my|our|some)\s+(?:shotguns?|guns?|rifles?|bats?|pitchforks?|torches|machetes?)\b`,
    0.75,
    'threat of violence',
    gate(
      'shotgun shotguns gun guns rifle rifles bat bats pitchfork pitchforks torches machete machetes',
    ),
  ),
  // Wishes of harm said to a person, 0.6.6 (blind 77): "hope you get hit by a bus", "I pray your
  // kids get what's coming to them", "wishing you a slow and painful death", "I'd laugh if your
  // cruiser flipped with you in it", "hope the next suspect you stop blows your brains out",
  // "praying for your funeral, soon", "pay good money to watch you bleed out", "hope… they
  // finish you". Their twins hope for recovery, a safe shift, a happy retirement.
  rule(
    String.raw`\b(?:hope|wish|pray)(?:ing)?\s+(?:that\s+)?(?:you|u|he|she|they|your\s+[a-z]+|ur\s+[a-z]+)\s+(?:get|gets|got)\s+(?:hit\s+by\s+(?:a|the)\s+(?:bus|car|truck|train)|run\s+over|shot|stabbed|murdered|killed|what'?s\s+coming\s+to\s+(?:you|them|him|her))\b`,
    0.7,
    'wishing someone dead',
    gate('hit over shot stabbed murdered killed coming'),
    {
      unless: new RegExp(
        `${ELECTORAL}|\\b(?:judge|justice|karma|prison|jail|sentence|promotion|raise|award)\\b`,
      ),
    },
  ),
  rule(
    String.raw`\bwish(?:ing)?\s+(?:you|u|him|her|them)\s+(?:a\s+)?(?:(?:slow|painful|horrible|agonizing|violent|long|quick|gruesome)\s+(?:and\s+)?)+death\b`,
    0.75,
    'wishing someone dead',
    gate('death'),
  ),
  rule(
    String.raw`\b(?:i'?d|i\s+would|i'?ll|i\s+will|we'?d|we'?ll)\s+(?:laugh|cheer|celebrate|smile|dance|party|throw\s+a\s+party)\s+if\s+[^.!?\n]{0,60}?\b(?:died|dies|dead|flipped|crashed|burned|burnt|exploded|blew\s+up|got\s+(?:shot|killed|hurt|stabbed))\b`,
    0.7,
    'wishing someone dead',
    gate('died dies dead flipped crashed burned burnt exploded blew shot killed hurt stabbed'),
    {
      unless:
        /\b(?:diet|phone|laptop|computer|printer|battery|plant|plants|garden|team|season|game)\b/,
    },
  ),
  rule(
    String.raw`\b(?:blows?|blew)\s+(?:your|ur|his|her)\s+(?:brains?|head)\s+(?:out|off)\b(?<=\b(?:hope|wish|pray)\b[^.!?\n]*)|\b(?:shoots?|stabs?|kills?|murders?)\s+(?:you|u|him|her)\b${NOT_VIOLENT_AFTER}(?<=\b(?:hope|wish|pray)(?:ing)?\s+(?:that\s+)?(?:the\s+next|some(?:one|body)|a)\b[^.!?\n]*)`,
    0.75,
    'wishing someone dead',
    gate('brains brain head shoot shoots stab stabs kill kills murder murders'),
  ),
  rule(
    String.raw`\b(?:praying|pray|hoping|can'?t\s+wait)\s+for\s+(?:your|ur|his|her)\s+(?:funeral|death|demise|wake)\b`,
    0.7,
    'wishing someone dead',
    gate('funeral death demise wake'),
  ),
  rule(
    String.raw`\b(?:pay\s+(?:good\s+)?money|give\s+anything|love)\s+to\s+(?:watch|see)\s+(?:you|u|him|her|them)\s+(?:bleed(?:\s+out)?|die|burn|suffer|hang|choke|drown|get\s+(?:shot|killed|beaten|stabbed|hanged|lynched))\b`,
    0.75,
    'wishing someone dead',
    gate('bleed die burn suffer hang choke drown shot killed beaten stabbed hanged lynched'),
  ),
  rule(
    String.raw`\band\s+(?:they|someone|somebody|he|she)\s+finish(?:es)?\s+(?:you|u|him|her|them)(?:\s+off)?\b(?<=\b(?:hope|wish|pray)\b[^.!?\n]*)`,
    0.7,
    'wishing someone dead',
    gate('finish finishes'),
  ),
  // Promised regret, 0.6.8 (a talk-page round: "You will regret banning me. I promise you
  // that."): regret for acting against the writer, or "you'll regret this" with a promise. Not
  // "you'll regret not citing that" or "you'll regret this haircut".
  rule(
    String.raw`\b(?:you|u)(?:'ll|\s+will|'re\s+gonna|\s+are\s+gonna|\s+gonna|'re\s+going\s+to|\s+are\s+going\s+to)\s+regret\s+(?:(?:crossing|banning|blocking|reporting|deleting|reverting|firing|arresting|threatening|insulting|disrespecting|touching|ticketing|towing|messing\s+with|fucking\s+with|screwing\s+with)\s+(?:me|us|my\s+(?:family|kids|son|daughter|wife|husband|brother|edits?|page|article))\b|(?:this|it|that)\b(?=[\s,.!-]*(?:and\s+)?(?:i\s+promise|i\s+swear|mark\s+my\s+words|i\s+guarantee|you\s+have\s+my\s+word)(?:\s+(?:you|u|to\s+god))?(?:\s+that)?\s*(?:[.!]|$)))`,
    0.7,
    'intimidation',
    gate('regret'),
    { notAfterIf: true },
  ),
  // Menace at officers, 0.6.8 (blind 93, 9 of 15 on first contact): "I hope the next call you
  // answer is your last", "your cruisers would look better on fire", "the sergeant better hope I
  // never see him off duty", "I'll take care of that officer myself", "next protest we're
  // bringing more than signs".
  rule(
    String.raw`\b(?:hope|wish|pray)\b[^.!?\n]{0,30}?\bnext\s+(?:call|shift|patrol|stop|traffic\s+stop|arrest|raid|ride|day\s+on\s+the\s+job)\b[^.!?\n]{0,30}?\b(?:is|will\s+be|be)\s+(?:your|ur|his|her|their)\s+(?:very\s+)?last\b(?![^.!?\n]*\b(?:retire|retirement|retiring|before|vacation|leave)\b)`,
    0.7,
    'wishing someone dead',
    gate('last'),
  ),
  rule(
    String.raw`\b(?:your|ur|the|that|this|their|those|these|his|her|the\s+[a-z]+['’]s)\s+(?:cruisers?|station|precinct|patrol\s+cars?|squad\s+cars?|cop\s+cars?|police\s+station|headquarters|city\s+hall|courthouse|house|home|office|car|truck|suv|van|shop|store|business|church|mosque|synagogue|temple)\s+(?:would|will|'d|'ll)\s+look\s+(?:so\s+|real\s+|really\s+|much\s+)?(?:better|good|great|nice|prettier|best|lovely|beautiful)\s+(?:on\s+fire|in\s+flames|burning|burned\s+down|burnt\s+down|as\s+ashes)\b`,
    0.7,
    'threat of arson',
    gate('fire flames burning burned burnt ashes'),
  ),
  rule(
    String.raw`\b(?:better|should|had\s+better|'d\s+better)\s+hope\s+(?:i|we)\s+(?:never|don'?t|do\s+not)\s+(?:see|catch|run\s+into|meet|find)\s+(?:him|her|them|you|u|that\s+[a-z]+)\b(?=[^.!?\n]{0,30}\b(?:off\s+duty|alone|outside|in\s+(?:the\s+)?(?:street|parking\s+lot|dark)|out\s+of\s+uniform|without\s+(?:his|her|the)\s+(?:badge|gun|uniform))\b)`,
    0.7,
    'intimidation',
    gate('hope'),
  ),
  rule(
    String.raw`${FIRST_PERSON}\s+(?:take\s+care\s+of|deal\s+with|handle)\s+(?:that|this|the|your)\s+(?:officer|cop|deputy|sergeant|trooper|detective|chief|judge|prosecutor|pig)\s+(?:myself|personally|my\s+own\s+way|the\s+old\s+fashioned\s+way)\b`,
    0.7,
    'intimidation',
    gate('myself personally way'),
  ),
  rule(
    String.raw`\b(?:bring|bringing|brought)\s+(?:a\s+lot\s+)?more\s+than\s+(?:signs|posters|banners|words|candles|our\s+voices)\b(?=\s*(?:[.!]|$))(?<=\b(?:protest|rally|march|meeting|hearing|station|precinct|next\s+time)\b[^\n]*)`,
    0.7,
    'intimidation',
    gate('more'),
  ),
  // Implied menace at officials, 0.6.6 (blind 79): "you'll find out what a real riot looks like",
  // "enough fertilizer… to level that station", "if the officer… walks free, he won't walk far",
  // "I keep my rifle by the window, and it's you", "every cop in this town is a target now",
  // "teach the chief a permanent lesson", "that precinct will be ashes", "make the mayor's kids
  // orphans", "enjoy the parade, Sheriff. It might be your last."
  rule(
    String.raw`\b(?:find\s+out|see|learn|know)\s+what\s+a\s+real\s+(?:riot|war|fight|massacre|bloodbath|uprising|beating|ass[\s-]?kicking|ass[\s-]?whooping)\s+(?:looks|feels|is)\b(?!\s+(?:like\s+)?(?:at|in|on|during)\b)`,
    0.7,
    'intimidation',
    gate('riot war fight massacre bloodbath uprising beating'),
  ),
  rule(
    String.raw`\benough\s+(?:fertilizer|explosives?|dynamite|c-?4|tannerite|gunpowder|ammo|ammunition|gasoline|gas\s+cans)\b[^.!?\n]{0,40}?\bto\s+(?:level|blow\s+up|take\s+out|flatten|wipe\s+out|burn\s+down|destroy)\b`,
    0.8,
    'bomb threat',
    gate('level blow take flatten wipe burn destroy'),
  ),
  rule(
    String.raw`\b(?:he|she|they|you)\s+(?:won'?t|will\s+not|ain'?t\s+gonna)\s+(?:walk|get|make\s+it)\s+(?:very\s+)?far\b(?!\s+(?:without|with|in|on|if|unless|before))(?<=\b(?:walks?\s+free|gets?\s+off|acquitted|released|let\s+go|not\s+guilty)\b[^\n]*)`,
    0.7,
    'intimidation',
    gate('far'),
  ),
  rule(
    String.raw`\bkeep\s+my\s+(?:rifle|gun|shotgun|pistol|glock|ar|ar-15|ar15|loaded\s+gun)\b[^.!?\n]{0,40}?,?\s+(?:and\s+)?it'?s\s+(?:you|for\s+you|because\s+of\s+you)\b`,
    0.75,
    'intimidation',
    gate('you'),
  ),
  rule(
    String.raw`\b(?:every|all|each)\s+(?:[a-z'-]+\s+)?${PERSON_NOUN}\b[^.!?\n]{0,30}?\b(?:is|are)\s+(?:now\s+)?(?:a\s+)?(?:target|targets|fair\s+game)\b(?!\s+for\b)(?=[^.!?\n]*\b(?:now|open\s+season|from\s+now\s+on|starting\s+(?:now|today))\b)`,
    0.75,
    'call for violence',
    gate('target targets game'),
  ),
  rule(
    String.raw`\bteach\s+(?:you|him|her|them|${PERSON})\s+a\s+(?:permanent|final|fatal|deadly|last)\s+lesson\b`,
    0.75,
    'intimidation',
    gate('permanent final fatal deadly last'),
  ),
  rule(
    String.raw`\b(?:station|precinct|courthouse|city\s+hall|house|home|school|church|mosque|synagogue|office|building|headquarters)\s+(?:will|'ll|is\s+gonna|is\s+going\s+to)\s+be\s+(?:ashes|a\s+pile\s+of\s+(?:ash|ashes|rubble)|burned\s+to\s+the\s+ground|a\s+crater|a\s+smoking\s+crater)\b`,
    0.75,
    'bomb threat',
    gate('ashes ash rubble burned crater'),
    {
      unless:
        /\b(?:demoli\w*|torn\s+down|renovat\w*|construction|wrecking|bulldoz\w*|history|historic|1[89]\d\d|movies?|films?|scene|spoilers?|episode|show|book|novel|game)\b/,
    },
  ),
  rule(
    String.raw`\bmake\s+(?:your|ur|his|her|their|the\s+[a-z]+['’]s)\s+(?:kids|children|son|daughter|family|boys|girls)\s+(?:orphans|fatherless|motherless)\b|\bmake\s+(?:your|ur|his|her)\s+(?:wife|husband)\s+a\s+(?:widow|widower)\b`,
    0.8,
    'intimidation',
    gate('orphans fatherless motherless widow widower'),
  ),
  rule(
    String.raw`\b(?:it|this|that)\s+(?:might|may|could|will)\s+be\s+(?:your|ur|his|her)\s+last(?:\s+one)?(?=\s*(?:[.!]|$))`,
    0.7,
    'intimidation',
    gate('last'),
    {
      unless:
        /\b(?:retir\w*|farewell|graduat\w*|season|game|tour|concert|chance|term|contract|lease|sale|deal|offer)\b/,
    },
  ),
  // Vigilante calls under an arrest post, 0.6.6 (blind 80): "release his address and let the
  // neighborhood handle it", "let the inmates take care of him, if you know what I mean", "let the
  // dad have him for ten minutes", "if I find the guy who did this… he's a dead man", "string him
  // up from the nearest tree", "put that animal down before trial", "one bullet is cheaper than a
  // trial", "I hope his cellmate shanks him", "we'll save the state a trial", "lamppost and
  // rope", "should be allowed to execute him", "deserves to be burned alive". Their twins ask for
  // bodycam footage, protective custody, life without parole and a trial for everyone.
  rule(
    String.raw`\brelease\s+(?:his|her|their|the\s+suspect'?s)\s+(?:home\s+)?(?:address|location)\b[^.!?\n]{0,30}?\b(?:let|we'?ll|and\s+we)\b|\blet\s+(?:the\s+)?(?:inmates|mob|locals|streets?|other\s+inmates|cellmates?)\s+(?:handle|deal\s+with|take\s+care\s+of)\s+(?:him|her|them)\b|\blet\s+(?:the\s+)?(?:family|dad|father|neighbou?rhood|community|people|victims?'?\s+family|parents|inmates)\s+(?:have|handle|deal\s+with|take\s+care\s+of)\s+(?:him|her|them)\s+(?:alone\s+)?for\s+(?:\w+\s+){0,2}(?:minutes?|hours?|seconds?)\b|\b(?:take\s+care\s+of|handle|deal\s+with|welcome)\s+(?:him|her|them)\b[^.!?\n]{0,20}?,?\s*if\s+you\s+know\s+what\s+i\s+mean\b`,
    0.7,
    'call for violence',
    gate('let mean'),
  ),
  rule(
    String.raw`\bif\s+(?:i|we)\s+(?:ever\s+)?(?:find|catch|see|get)\s+(?:the\s+|that\s+)?(?:guy|man|person|bastard|animal|monster|scum|creep|one|people|punk|coward|sicko|pervert|pedo)\s+(?:who|that)\b[^.!?\n]{0,60}?,?\s*(?:he'?s|she'?s|they'?re|he\s+is|she\s+is)\s+(?:a\s+)?(?:dead(?:\s+man|\s+meat)?|done|finished|toast|history)\b`,
    0.75,
    'intimidation',
    gate('dead done finished toast history'),
  ),
  rule(
    String.raw`\b(?:string|hang|lynch)\s+(?:him|her|them|em|'em)(?:\s+up)?\s+(?:from|on)\s+(?:the\s+nearest|a|the)\s+(?:tree|lamp\s*post|lamppost|light\s+pole|pole|bridge|overpass)\b|\bdrag\s+(?:him|her|them)\s+out\s+of\s+(?:the\s+)?(?:jail|cell|courthouse|court)\b|\b(?:lamp\s*post|lamppost|noose)\s+(?:and|&|\+)\s+(?:a\s+)?(?:rope|noose|tree)\b|\b(?:tree|rope)\s+(?:and|&|\+)\s+(?:a\s+)?(?:noose|lamp\s*post|lamppost)\b`,
    0.75,
    'call for violence',
    gate('tree lamppost lamp post pole bridge overpass jail cell courthouse court rope noose'),
  ),
  rule(
    String.raw`\b(?:some(?:one|body)|we|they|y'?all)\s+(?:needs?\s+to|should|oughta|gotta)\s+put\s+(?:that|this|the)\s+(?:animal|monster|beast|creature|scum|pedo|sicko|piece\s+of\s+\w+)\s+down\b|\b(?:a|one)\s+(?:bullet|rope|noose|round)\s+(?:is|costs?)\s+(?:way\s+|a\s+lot\s+|much\s+)?cheaper\s+than\s+(?:a\s+)?(?:trial|prison|jail|lawyers?|court)\b|\b(?:we'?ll|we\s+will|i'?ll|i\s+will|let\s+us|let\s+me)\s+save\s+(?:the\s+(?:state|county|city|taxpayers?)|taxpayers?|us\s+all|everyone)\s+(?:a|the)\s+(?:trial|cost\s+of\s+a\s+trial)\b`,
    0.75,
    'call for violence',
    gate('down cheaper trial'),
  ),
  rule(
    String.raw`\b(?:cellmate|inmates?|someone\s+inside|the\s+other\s+prisoners?|general\s+population)\s+(?:shanks?|stabs?|kills?|beats?|rapes?|murders?|takes?\s+care\s+of|deals?\s+with)\s+(?:him|her|them)\b(?<=\b(?:hope|wish|pray|let|can'?t\s+wait)\b[^.!?\n]*)|\bwon'?t\s+last\s+(?:a\s+(?:day|week|month|night)|long)\b[^.!?\n]{0,30}?\b(?:i'?ll|i\s+will|we'?ll)\s+make\s+sure\s+of\s+(?:it|that)\b`,
    0.75,
    'call for violence',
    gate(
      'shank shanks stab stabs kill kills beat beats rape rapes murder murders care deal deals sure',
    ),
  ),
  rule(
    String.raw`\b(?:should|must|needs?\s+to|ought\s+to)\s+be\s+allowed\s+to\s+(?:execute|kill|shoot|hang|lynch|beat|torture|stab)\s+(?:him|her|them)\b|\b(?:deserves?|should|needs?|ought)\s+(?:to\s+)?be\s+(?:burned|burnt|skinned|buried|boiled)\s+alive\b(?<!\b(?:no\s*one|nobody|noone)\b[^.!?\n]*)`,
    0.75,
    'call for violence',
    gate('execute kill shoot hang lynch beat torture stab alive'),
  ),
  rule(
    String.raw`\bwe\s+know\s+what\s+(?:he|she|you)\s+looks?\s+like\b[^\n]{0,20}?\bsee\s+(?:you|ya|him|her)\s+(?:around|soon)\b`,
    0.7,
    'intimidation',
    gate('around soon'),
  ),
  // Vigilante calls, by cue rather than by sentence, 0.6.6 (blind 81, written after blind 80's
  // rules and missed whole by them): a word for the suspect ("him", "this one", "scum like him",
  // "his kind") and a cue of harm outside the law in the same comment ("no trial needed, just a
  // tree and a rope", "leave his cell door unlocked", "flip the switch", "I'd pay for the ammo",
  // "look the other way for an hour", "the boys in cell block C", "not as nice as the police").
  rule(
    String.raw`\b(?:a\s+tree\s+and\s+a\s+rope|rope\s+and\s+a\s+tree|public\s+hangings?|flip\s+the\s+switch|pull\s+the\s+lever|trips?\s+(?:down|on)\s+the\s+stairs|falls?\s+down\s+the\s+stairs|(?:cell\s+)?door\s+unlocked|leave\s+(?:his|her|the)\s+cell\s+(?:door\s+)?open|look\s+the\s+other\s+way\s+(?:for\s+(?:an?\s+)?(?:hour|few\s+minutes|minute|while|night)|while\s+(?:we|they|the\s+\w+))|(?:and|guards|cops)\s+look\s+the\s+other\s+way|take\s+it\s+from\s+there|no\s+trial\s+needed|(?:don'?t|do\s+not)\s+(?:need|bother\s+with)\s+a\s+trial|cell\s+block\s+[a-z0-9]|(?:inmates|prisoners|boys|guys|cellmates?|bubba|gen\s+pop|cell\s+block\s+[a-z0-9]|(?:in|inside)\s+(?:jail|prison|there))\s+(?:will|'ll|are\s+(?:gonna|going\s+to)|is\s+(?:gonna|going\s+to)|can|gonna)\s+have\s+(?:some\s+|a\s+lot\s+of\s+|real\s+)?fun\s+with\s+(?:him|this\s+one|that\s+one)|know\s+what\s+to\s+do\s+with\s+(?:him|his\s+kind|their\s+kind|people\s+like\s+him)|not\s+as\s+nice\s+as\s+the\s+(?:police|cops)|before\s+the\s+cops\s+(?:arrive|get\s+there|show\s+up)|never\s+make\s+it\s+to\s+(?:the\s+station|jail|court|trial|the\s+courthouse)|(?:whole\s+)?(?:block|neighbou?rhood|street)\s+will\s+be\s+waiting\s+for\s+(?:him|her|them)(?<=\b(?:bail|bailed|released|gets?\s+out|walks|let\s+go|free)\b[^\n]*)|pay\s+for\s+the\s+(?:ammo|bullets?|rope)|(?:a|my)\s+baseball\s+bat,?\s+and\s+(?:that|this)\s+(?:guy|man|one|creep|animal))\b(?=[^\n]*${SUSPECT}|(?<=${SUSPECT}[^\n]*))|\bjust\s+a\s+(?:tree|lamp\s*post|lamppost)\s+and\s+a\s+(?:rope|noose)\b|\bpay\s+for\s+the\s+(?:ammo|bullets?|rope|noose)\s+myself\b`,
    0.7,
    'call for violence',
    gate(
      'rope hangings hanging switch lever stairs unlocked cell way there trial fun kind nice cops station jail court courthouse waiting ammo bullet bullets noose bat',
    ),
  ),
  // Vigilante calls, third round, 0.6.6 (blind 82, written after blind 81's cue rule, which found
  // none of them): "shoot on sight", "handle this one the old way", "drop his name and street,
  // we'll do the rest", "some guys who'd love to meet him when he makes bail", "the guards take a
  // long coffee break outside his cell", "too bad he made it to the jail alive", "a stray bullet
  // during transport", "hope the cops get to him before I do", "let him loose in the
  // neighborhood he hurt and watch what happens".
  rule(
    String.raw`\bshoot\s+(?:(?:them|him|her|'em|em|on)\s+)?(?:on\s+)?sight\b(?<=\bshoot\s+(?:(?:them|him|her|'em|em)\s+)?on\s+sight)|\b(?:handle|deal\s+with|settle)\s+(?:this\s+one|him|her|them|it)\s+the\s+old(?:[\s-]fashioned)?\s+way\b(?!\s*[:,-]?\s*(?:write|call|vote|letters?|petitions?|talk|ask|email|with\s+(?:a\s+)?(?:letters?|petitions?|votes?|ballots?)))|\b(?:drop|post|give\s+us|share|leak)\s+(?:his|her|their)\s+(?:name|address|street|location)\b[^.!?\n]{0,30}?\b(?:we'?ll|we\s+will|i'?ll|i\s+will)\s+(?:do\s+the\s+rest|take\s+(?:it\s+from\s+there|care\s+of\s+(?:him|her|the\s+rest))|handle\s+(?:it|him|her|the\s+rest))\b(?!\s+of\b)`,
    0.75,
    'call for violence',
    gate('sight old fashioned rest care handle'),
  ),
  rule(
    String.raw`\b(?:some\s+guys|friends|people|boys|folks)\s+who'?d\s+(?:love|like)\s+to\s+(?:meet|greet|welcome|visit)\s+(?:him|her|them)\b[^.!?\n]{0,30}?\bwhen\s+(?:he|she|they)\s+(?:makes\s+bail|gets?\s+out|is\s+released|walks)\b(?!\s+(?:of|from)\s+(?:the\s+)?(?:hospital|rehab|surgery|icu|treatment|service|army|navy|military|school|college))|\b(?:guards?|cops|officers|deputies)\s+(?:take|taking|took)\s+a\s+(?:long\s+)?(?:coffee\s+|lunch\s+|smoke\s+)?break\b[^.!?\n]{0,30}?\b(?:cell|him|her)\b|\btoo\s+bad\s+(?:that\s+)?(?:he|she|they)\s+(?:made\s+it|got|survived|lived)\b[^.!?\n]{0,30}?\balive\b|\bstray\s+bullet\s+(?:during|on\s+the\s+way|in)\s+(?:the\s+)?(?:transport|transfer|van|ride)\b|\b(?:cops|police|officers|they|the\s+law)\s+(?:get\s+to|find|reach|catch)\s+(?:him|her|them|you)\s+(?:before\s+(?:i|we)\s+do|first)\b(?<=\b(?:better|should)\s+(?:hope|pray)\b[^.!?\n]*)|\blet\s+(?:him|her|them)\s+(?:loose|go|out)\s+(?:in|into)\s+(?:the|that|this|our)\s+(?:neighbou?rhood|community|street|block|yard)\b[^.!?\n]{0,40}?\b(?:watch|see)\s+what\s+happens\b`,
    0.7,
    'call for violence',
    gate("bail released walks who'd hope break alive transport transfer van ride loose"),
  ),
  // Vigilante calls, a fourth round, 0.6.6 (blind 83, 0 of 10 after three rounds of rules): a
  // hint of harm outside the law beside a word for the suspect ("he won't need a lawyer when the
  // neighborhood finds him first", "his cell mates are going to make an example of him", "the
  // jury might let him off but the street won't", "never sees the inside of a courtroom", "give
  // us ten minutes and a dark alley"). A victim's condition ("he won't survive the night, the
  // doctors said") and a trial's outcome are not hints.
  rule(
    String.raw`(?:\b(?:won'?t|will\s+not)\s+(?:survive|last)\s+(?:his|her|their|the)\s+first\s+(?:night|day|week)\s+(?:home|out|inside|back)\b|\b(?:won'?t|will\s+not)\s+need\s+a\s+(?:lawyer|trial|judge)\s+when\b|\b(?:neighbou?rhood|street|streets|hood|locals|community|crowd|mob|block)\s+finds?\s+(?:him|her|them)\s+first\b|\b(?:and|in)\s+a\s+dark\s+alley\b|\bmake\s+an\s+example\s+(?:of|out\s+of)\s+(?:him|her|them)\b|\bbut\s+the\s+(?:street|streets|neighbou?rhood|hood|block)\s+won'?t(?=\s*(?:[.!]|$))|\bnever\s+sees?\s+the\s+inside\s+of\s+a\s+court(?:room|house)?\b|\b(?:used\s+to|should)\s+hang\s+in\s+the\s+(?:town|public)\s+square\b|\b(?:van|bus)\s+breaks?\s+down\s+in\s+(?:my|our)\s+(?:neighbou?rhood|street|block|hood)\b|\bhas\s+family\s+in\s+town\b[^\n]{0,30}\basking\s+for\s+a\s+friend\b)(?=[^\n]*(?:${SUSPECT}|\bhe\b)|(?<=(?:${SUSPECT}|\bhe\b)[^\n]*))`,
    0.7,
    'call for violence',
    gate(
      'survive lawyer trial judge finds find alley example street streets hood inside square breaks asking',
    ),
    {
      unless: new RegExp(MEDICAL),
    },
  ),
  // 0.6.7 (blind 87, threats on an encyclopedia's talk pages): "I'll be waiting outside your
  // office with a baseball bat"; "I'm coming for you, and you won't see it coming". Not a bat
  // for a game, not a rival in the polls.
  rule(
    String.raw`\b(?:wait|waiting|be\s+waiting|be\s+there|show\s+up|see\s+(?:you|u))\s+(?:for\s+(?:you|u|ya|him|her|them)\s+)?(?:outside|at|by|in\s+front\s+of|behind)\s+(?:of\s+)?(?:your|ur|his|her|their)\s+(?:[a-z]+\s+)?(?:house|home|office|door|car|work|job|school|place|apartment|building|station|gym|church)\b[^.!?\n]{0,30}?\bwith\s+(?:a|an|my|the|some|his|two)\s+(?:[a-z]+\s+)?(?:bat|baseball\s+bat|bats|gun|guns|knife|knives|crowbar|hammer|machete|axe|hatchet|shotgun|rifle|pistol|tire\s+iron|pipe|lead\s+pipe|2x4|brick|bricks|chain|gas\s+can|can\s+of\s+gas)\b`,
    0.75,
    'intimidation',
    gate(
      'bat bats gun guns knife knives crowbar hammer machete axe hatchet shotgun rifle pistol iron pipe 2x4 brick bricks chain gas',
    ),
    {
      unless:
        /\b(?:game|games|practice|team|league|gloves?|balls?|batting|cage|tryouts?|softball|baseball\s+(?:game|practice|season)|concert|sale|yard\s+sale|garage\s+sale|donate|donation|fix|repair|project|tools?)\b/,
    },
  ),
  rule(
    String.raw`\b(?:i'm|im|i\s+am|we're|we\s+are|i'll\s+be|we'll\s+be)\s+coming\s+for\s+(?:you|u|ya|him|her|them|y'?all)\b(?=[^\n]*\b(?:won'?t|will\s+not|never|don'?t|do\s+not)\s+(?:even\s+)?see\s+(?:it|me|us)\s+coming\b)|\b(?:won'?t|will\s+not|never|don'?t|do\s+not)\s+(?:even\s+)?see\s+(?:it|me|us)\s+coming\b(?<=\b(?:i'm|im|i\s+am|we're|we\s+are|i'll\s+be|we'll\s+be)\s+coming\s+for\s+(?:you|u|ya|him|her|them|y'?all)\b[^\n]*)`,
    0.7,
    'intimidation',
    gate('coming'),
    {
      unless: new RegExp(
        `${ELECTORAL}|${SURPRISE}|\\b(?:game|match|title|belt|championship|crown|record|spot|seat|job|points?|lead|leaderboard|race|playoffs?|visit|hug|hugs)\\b`,
      ),
    },
  ),
  // 0.6.7 (blind 88, incitement against groups in long posts: 5 of 20 on first contact): "the only
  // good commie is a dead commie", "every feminist deserves a good beating", "gays should be
  // thrown in camps", "I say we line the traitors up against a wall", "I'm going to beat it
  // senseless", "do to these antifa rats what Rittenhouse did", "whoever shoots up a gay bar next
  // is a hero", "the race war is coming and we'll be the ones holding the rifles", "need to be
  // corrected… by force". Their twins: a commute, a good night's sleep, a class photo, history
  // remembered, a rival in a rate war.
  rule(
    String.raw`\bthe\s+only\s+good\s+(?:[a-z'-]+\s+)?(?:${PERSON_NOUN}|${GROUP_NOUN}|${DEHUMAN}|persons?|[a-z'-]+(?:ist|ian|an|ite)s?)\s+(?:is|are)\s+(?:an?\s+)?dead\s+(?:ones?|[a-z'-]+)\b`,
    0.75,
    'call for violence',
    gate('dead'),
  ),
  rule(
    String.raw`\b(?:he|she|they|you|u|y'?all|them|${PERSON_NOUN}|${GROUP_NOUN}|${DEHUMAN})\s+(?:all\s+)?(?:deserves?|needs?|could\s+use|should\s+get|ought\s+to\s+get)\s+(?:a\s+)?(?:good\s+|real\s+|proper\s+|sound\s+|serious\s+)?(?:beating|thrashing|ass[\s-]?(?:whooping|whupping|kicking|beating)|lynching|hanging|bullet\s+(?:in|to)\s+the\s+head)\b`,
    0.7,
    'call for violence',
    gate(
      'beating thrashing whooping whupping kicking beating lynching hanging asswhooping asskicking bullet',
    ),
  ),
  rule(
    String.raw`\b(?:${GROUP_NOUN}|${DEHUMAN}|they|them)\s+(?:all\s+)?(?:should|must|need\s+to|needs\s+to|ought\s+to|have\s+to|deserve\s+to)\s+(?:all\s+)?be\s+(?:thrown|put|sent|locked\s+up|rounded\s+up(?:\s+and\s+(?:put|sent|thrown))?|herded|shipped)\s+(?:back\s+)?(?:in|into|to)\s+(?:the\s+)?(?:concentration\s+|death\s+|labou?r\s+|re-?education\s+|internment\s+)?(?:camps|ovens?|gas\s+chambers?|cages)\b`,
    0.7,
    'call for violence',
    gate('camps ovens oven chambers cages'),
  ),
  rule(
    String.raw`\b(?:line|stand|put)\s+(?:them|em|'em|him|her|you|y'?all|(?:the|those|these|all\s+(?:the|those|these)?|every)\s+(?:[a-z'-]+\s+){0,2}?(?:${PERSON_NOUN}|${GROUP_NOUN}|${DEHUMAN}|traitors?)|every\s+(?:last\s+|single\s+)?one\s+of\s+(?:them|(?:those|these|the)\s+(?!${THINGS}\b)[a-z'-]+(?!\s+${THINGS}\b)))\s+(?:all\s+)?(?:up\s+)?against\s+(?:a|the)\s+wall\b`,
    0.7,
    'call for violence',
    gate('wall'),
    {
      unless:
        /\b(?:photos?|pictures?|picture\s+day|pose|posing|measure|height|class|students|kids|children|team|players|drill|paint|painting|mural|shelf|shelves|furniture)\b/,
    },
  ),
  rule(
    String.raw`${FIRST_PERSON}\s+(?:beat|kick|stomp|pound|pummel)\s+(?:it|him|her|them|you|u|that\s+\w+)\s+(?:senseless|unconscious|bloody|to\s+a\s+pulp|half\s+to\s+death|within\s+an\s+inch\s+of\s+(?:its|his|her|their|your)\s+life)\b`,
    0.75,
    'threat of violence',
    gate('senseless unconscious bloody pulp half inch'),
  ),
  rule(
    String.raw`\b(?:do|did|pull|doing|repeat)\s+(?:to\s+(?:them|those|these|the|all|every)\b(?:\s+[a-z'-]+){0,3}?\s+)?(?:what|a|an|another)\s+(?:(?:kyle\s+)?rittenhouse|breivik|tarrant|mcveigh|(?:dylann\s+)?roof|(?:the\s+)?(?:christchurch|el\s+paso|buffalo|charleston|pittsburgh|oklahoma\s+city|columbine)(?:\s+(?:shooter|bomber|guy))?)\b(?:\s+did)?|\b(?:we\s+need|time\s+for|bring\s+on|give\s+us)\s+(?:a\s+|another\s+|more\s+|a\s+new\s+|a\s+few\s+more\s+)(?:rittenhouses?|breiviks?|tarrants?|mcveighs?|roofs|christchurch(?:es)?|el\s+pasos?|kristallnachts?|kristallnacht)\b`,
    0.75,
    'call for violence',
    gate(
      'rittenhouse breivik tarrant mcveigh roof christchurch paso buffalo charleston pittsburgh oklahoma columbine rittenhouses breiviks tarrants mcveighs roofs kristallnacht kristallnachts',
    ),
    {
      unless:
        /\b(?:never\s+again|must\s+never|condemn|tragedy|victims|memorial|remember|anniversary|trial|verdict|acquitted|convicted|sentenced)\b/,
    },
  ),
  rule(
    String.raw`\b(?:whoever|anyone\s+who|anybody\s+who|the\s+(?:guy|man|person|one)\s+who)\s+(?:\w+\s+){0,2}?(?:shoots?\s+up|bombs?|blows?\s+up|kills?|guns?\s+down|torches|burns?\s+down|runs?\s+over)\s+(?:a|an|the|some|every|those|these|all\s+the)?\s*(?:[a-z'-]+\s+){0,2}?(?:${GROUP_NOUN}|${PERSON_NOUN}|bar|club|mosque|synagogue|church|temple|clinic|rally|march|parade|school|protesters?)\b[^.!?\n]{0,40}?\b(?:is|will\s+be|would\s+be|gets?|deserves?)\s+(?:a\s+|an\s+)?(?:hero|legend|patriot|saint|my\s+hero|a\s+medal|the\s+medal\s+of\s+honor)\b`,
    0.75,
    'call for violence',
    gate('hero legend patriot saint medal'),
  ),
  rule(
    String.raw`\b(?:race|civil|holy|culture)\s+war\s+(?:is\s+)?(?:coming|is\s+here|has\s+begun|starts?|now)\b[^.!?\n]{0,60}?\b(?:rifles?|guns?|ammo|ammunition|bullets?|armed|lock\s+and\s+load|load\s+up|weapons?|triggers?)\b`,
    0.7,
    'call for violence',
    gate(
      'rifles rifle guns gun ammo ammunition bullets bullet armed lock load weapons weapon triggers trigger',
    ),
    { unless: new RegExp(ELECTORAL) },
  ),
  rule(
    String.raw`\b(?:${GROUP_NOUN}|${DEHUMAN}|they|them)\s+(?:all\s+)?(?:need|needs|should|must|ought|have|has)\s+(?:to\s+)?(?:be\s+)?(?:corrected|fixed|cured|straightened\s+out|beaten\s+straight|taught\s+a\s+lesson|dealt\s+with|put\s+in\s+(?:their|its)\s+place|removed|driven\s+out|run\s+out\s+of\s+town|taken\s+care\s+of)\b[^.!?\n]{0,40}?\b(?:by\s+force|with\s+force|by\s+any\s+means|with\s+(?:fists|bats|guns|bullets|violence)|the\s+old[\s-]fashioned\s+way)\b`,
    0.7,
    'call for violence',
    gate('force means fists bats guns bullets violence old'),
    {
      unless:
        /\b(?:facts?|evidence|debate|arguments?|logic|votes?|ballots?|elections?|education|reason|data|dialogue|conversation|letters?|petitions?)\b/,
    },
  ),
  // Street words for killing: "im finna pop u", "ill murk you", "ima light u up", "someone needs
  // to smoke that snitch", "ur getting clapped on sight", "or u getting stabbed".
  rule(
    String.raw`${FIRST_PERSON}\s+(?:pop|murk|merk|smoke|cap|clap|dome|wet|air\s+out|light)\s+(?:u|you|ya|him|her|them|em|'em|y'?all|${PERSON})(?:\s+up)?\b${NOT_VIOLENT_AFTER}(?!(?:\s+up)?\s+(?:in|at)\s+(?:the|a|this|that|every)\s+(?:race|game|match|debate|election|polls?|primary|final))(?!(?:\s+up)?\s+(?:on|in)\s+(?:twitter|facebook|social|the\s+(?:comments|meeting|debate|press|polls)))|\b(?:some(?:one|body)|some1|y'?all|we)\s+(?:needs?\s+to|should|gotta|oughta)\s+(?:pop|murk|merk|smoke|cap|clap|dome|wet)\s+${PERSON}\b(?!\s+(?:out|in\s+the\s+(?:race|game)))|\b(?:you're|youre|ur|u\s+r|you\s+are|u|you)\s+(?:getting|gonna\s+get|going\s+to\s+get)\s+(?:smoked|popped|capped|clapped|wacked|whacked|merked|murked|bodied|stabbed|shot|domed|lit\s+up)\b(?!\s+(?:down|out|up|at)\b)(?!\s+(?:for|in|at|by|on)\s+(?:the|a|an|this|that|your|ur)\b)`,
    0.75,
    'threat of violence',
    gate(
      'pop murk merk smoke cap clap dome wet air light smoked popped capped clapped wacked whacked merked murked bodied stabbed shot domed lit',
    ),
  ), // Round 12 (0.6.9), written blind: a disease or a disaster wished on a group or a person
  // ("cancer should take all the gays", "I hope covid wipes out every one of them"); not "take
  // care of", not a cure.
  rule(
    String.raw`\b(?:cancer|aids|covid|ebola|the\s+plague|a\s+plague|a\s+(?:meteor|asteroid|tsunami|pandemic))\s+(?:should|needs\s+to|has\s+to|better|would\s+do\s+us\s+a\s+favou?r\s+and|(?:will\s+)?hopefully|can)\s+(?:take|kill|wipe\s+out|get|claim|finish\s+off|take\s+out)\s+(?:(?:all|every|each|most)\s+(?:(?:last\s+|single\s+)?one\s+)?(?:(?:of\s+)?(?:the|those|these)\s+)?|the\s+|those\s+|these\s+)?(?:[a-z'-]+\s+)?(?:${GROUP_NOUN}|${PERSON_NOUN}|${DEHUMAN}|them|em|you|u|him|her|y'?all|one\s+of\s+(?:you|them))\b|\b(?:hope|wish|pray)\s+(?:that\s+)?(?:cancer|aids|covid|ebola|the\s+plague|a\s+(?:meteor|asteroid|plague))\s+(?:takes|kills|wipes\s+out|gets|claims|finishes\s+off)\s+(?:(?:all|every|each)\s+(?:(?:last\s+|single\s+)?one\s+)?(?:(?:of\s+)?(?:the|those|these)\s+)?|the\s+|those\s+|these\s+)?(?:[a-z'-]+\s+)?(?:${GROUP_NOUN}|${PERSON_NOUN}|${DEHUMAN}|them|em|you|u|him|her|y'?all|one\s+of\s+(?:you|them))\b`,
    0.7,
    'wishing someone dead',
    gate('cancer aids covid ebola plague meteor asteroid tsunami pandemic'),
    { unless: /\b(?:cure|research|screening|treatment|vaccin\w*|survivors?|awareness|donat\w*)\b/ },
  ),
  // A call to arms against people: "time to take out the trash, grab your rifles boys", "load
  // up the guns, patriots"; not hunting, the range, a class or a buyback.
  rule(
    String.raw`\b(?:grab|get|load\s+up|pick\s+up|dust\s+off|bring)\s+(?:your|ur|yer|the|our)\s+(?:rifles|guns|shotguns|ar-?15s|ars|ammo|weapons|pieces|irons)\b(?=[^.!?\n]{0,40}?\b(?:boys|men|patriots|brothers|fellas|lads|it'?s\s+time|time\s+to|take\s+out\s+the\s+trash|(?:we|they)\s+(?:ride|march|move)|lock\s+and\s+load|day\s+of|war|purge|cleanse|clean\s+house)\b)|\b(?:it'?s\s+time|time\s+to|take\s+out\s+the\s+trash)\b[^.!?\n]{0,40}?\b(?:grab|get|load\s+up|pick\s+up|dust\s+off)\s+(?:your|ur|yer|the|our)\s+(?:rifles|guns|shotguns|ar-?15s|ammo|weapons)\b`,
    0.7,
    'call for violence',
    gate('rifles guns shotguns ar15s ar-15s ars ammo weapons pieces irons'),
    {
      unless:
        /\b(?:hunt\w*|deer|elk|ducks?|geese|turkeys?|season|range|targets?|safety|class|course|licen[cs]e|permits?|buyback|surrender|turn\s+in|registered|register|store|shop|sale|lock\s+(?:them|it)\s+up|safe|cleaning|clean\s+(?:them|it))\b/,
    },
  ),
  // "deport them or bury them", "ship them back or shoot them", and "bury them" said as an
  // order at the start of a sentence.
  rule(
    String.raw`\b(?:deport|ship|send|kick)\s+(?:them|em|'em|(?:all\s+)?(?:the|those|these)\s+[a-z'-]+)\s+(?:(?:back|out|home)\s+)?(?:\w+\s+)?or\s+(?:bury|shoot|kill|hang|drown|gas)\s+(?:them|em|'em)\b|\bbury(?<=(?:^|[.!?\n]\s*)bury)\s+(?:them|em|'em|the\s+lot\s+of\s+them|every\s+(?:last\s+)?one\s+of\s+them)(?:\s+all)?(?=\s*(?:[.!,]|$|alive|and|six|deep))`,
    0.75,
    'call for violence',
    gate('bury shoot kill hang drown gas'),
  ),
  // Menace to the person addressed: "your family won't be safe after this", "I'm coming for you
  // tonight", "you won't walk again", "you're gonna get what's coming to you", "you're gonna end
  // up in a ditch"; not a warning about a danger, not an election.
  rule(
    String.raw`\b(?:you|u|ya|your\s+(?:family|kids|children|wife|husband|son|daughter|mom|mother|loved\s+ones)|you\s+and\s+your\s+[a-z]+)\s+(?:won't|wont|will\s+not|ain't\s+gonna|aren't\s+gonna|are\s+not\s+going\s+to|will\s+never)\s+be\s+safe\s+(?:again\s+)?(?:after\s+(?:this|that|what\s+you\s+(?:did|said|wrote|posted))|anymore|any\s+more|for\s+long|from\s+(?:me|us)|ever\s+again|once\s+i\s+\w+|when\s+i\s+\w+)\b(?=\s*(?:[.!,]|$|\s+i\s+(?:promise|swear)))`,
    0.7,
    'intimidation',
    gate('safe'),
    {
      notAfterIf: true,
      unless:
        /\b(?:if|unless|budget|cuts?|patrols?|crime|criminals|traffic|speeding|drivers?|roads?|streets?|storm|hurricane|flood|fire\s+season|virus|covid|policy|law|ruling|bill|vote|election|council|mayor|chief|department|police|cops?|officers?)\b/,
    },
  ),
  rule(
    String.raw`\b(?:i'm|im|i\s+am|we're|we\s+are|i'll\s+be|we'll\s+be)\s+(?:coming|comin)\s+for\s+(?:you|u|ya|y'?all|your\s+(?:family|kids|head|throat))\b(?!['’])(?=\s*(?:[.!,]|$|next|tonight|tomorrow|soon|now|and\s+(?:your|ur|there|i|we|you)|when\s+you\s+least|one\s+day|bitch|motherfucker|mf|pig|punk|\d))`,
    0.7,
    'intimidation',
    gate('coming comin'),
    {
      unless:
        /\b(?:election|vote|votes|voters|ballot|polls?|november|primary|recall|court|lawsuit|sue|suing|lawyer|attorney|job|seat|title|crown|record|championship|game|match|team|league|season|playoffs?|interview|story|article|camera|visit|pick\s+you\s+up|ride|lunch|dinner|party|hug|hugs)\b/,
    },
  ),
  rule(
    String.raw`\b(?:you|u|ya)\s+(?:won't|wont|will\s+not|ain't\s+gonna|aren't\s+gonna|will\s+never)\s+(?:walk|breathe|see\s+(?:daylight|the\s+light\s+of\s+day|your\s+(?:family|kids|children))|wake\s+up)\s+again\b(?!\s+(?:for|until|till|til|without|after|unless|on\s+(?:that|this|your|ur)\s+(?:leg|knee|ankle|foot)))|\b(?:you're|youre|you\s+are|ur|u\s+r|you)\s+(?:(?:gonna|going\s+to|gon)\s+)?(?:gonna\s+)?get\s+(?:what's|whats|what\s+is|wat's|wats)\s+coming\s+(?:to\s+)?(?:you|u|ya)\b|\b(?:you're|youre|you\s+are|ur|u\s+r|you'll|youll|you\s+will)\s+(?:(?:gonna|going\s+to)\s+)?end\s+up\s+(?:in\s+(?:a|the)\s+(?:ditch|body\s+bag|coffin|box|morgue|grave|river|dumpster|trunk)|dead|six\s+feet\s+under|in\s+the\s+ground|face\s+down\s+in\s+[a-z]+)\b`,
    0.7,
    'intimidation',
    gate(
      'walk breathe daylight light family kids children wake coming ditch bag coffin box morgue grave river dumpster trunk dead six ground face',
    ),
    {
      notAfterIf: true,
      unless: new RegExp(
        String.raw`\b(?:kayak\w*|canoe\w*|rafting|swim\w*|dam|current|undertow|thin\s+ice|unless|keep|karma|diet|fast\s+food|cigarettes?|vap\w*|election|elections|vote|votes|voters|ballot|polls?|november|court|trial|jury|lawsuit|${DANGER.slice(3, -1)})\b`,
      ),
    },
  ),
  // Coded calls and one more way of wishing someone dead: "when we start the purge", "bring back
  // public hangings for these degenerates", "drink bleach and do the world a favor".
  rule(
    String.raw`\b(?:when|once|after)\s+(?:we|the\s+boys|patriots)\s+(?:start|begin|launch)\s+the\s+purge\b|\bbring\s+back\s+(?:public\s+)?(?:hangings?|lynchings?|the\s+(?:gallows|noose|rope|firing\s+squads?|guillotine))\s+for\s+(?:(?:all\s+)?(?:the|those|these)\s+)?(?:[a-z'-]+\s+)?(?:${DEHUMAN}|${GROUP_NOUN}|traitors|people\s+like\s+(?:them|you|him|her))\b`,
    0.7,
    'call for violence',
    gate('purge hangings hanging lynchings lynching gallows noose rope firing guillotine'),
  ),
  rule(
    String.raw`\b(?:drink|chug|swallow)(?<=(?:^|[.!?\n]\s*|\b(?:pls|plz|please|just|go|should|gotta)\s+)(?:drink|chug|swallow))\s+(?:some\s+)?(?:bleach|drano|drain-?o|antifreeze|cyanide|rat\s+poison)\b|\bdo\s+(?:the\s+world|us\s+all|everyone|society|humanity)\s+a\s+favou?r\s+and\s+(?:die|drop\s+dead|kill\s+(?:yo)?ur\s*self|drink\s+bleach|jump\s+off)\b`,
    0.65,
    'telling someone to die',
    gate('drink chug swallow favor favour'),
  ), // Round 13 (0.6.9, blind 100), written blind: the rhetoric of extremist posts, where the call
  // to violence against a group is made in its own stock phrases. "Violence is the only
  // language they understand", "we should have finished the job in 1945", "Saint Breivik",
  // "hang from every lamppost", "the cartridge box", "a final solution", "drive them into the
  // sea", "water the tree of liberty with the blood of…", "when the shooting starts, the
  // journalists go first". Not a report, history or its condemnation (each has its twin).
  rule(
    String.raw`\bviolence\s+is\s+(?:the\s+)?(?:only|real|sole|last|true)\s+(?:answer|solution|language|option|way|cure|remedy)\b|\b(?:only|real)\s+(?:language|thing)\s+(?:they|these\s+(?:[a-z'-]+\s+)?[a-z]+|those\s+(?:[a-z'-]+\s+)?[a-z]+|[a-z]+\s+people)\s+(?:understand|respect|respond\s+to|fear)\s+is\s+(?:violence|force|a\s+bullet|bullets|the\s+rope|lead|pain|a\s+boot\s+on\s+(?:their|the|its)\s+(?:throats?|necks?|faces?))\b|\bviolence\s+is\s+the\s+only\s+language\b`,
    0.7,
    'call for violence',
    gate('violence force bullet bullets rope lead pain boot'),
    {
      unless:
        /\b(?:never|not|isn't|is\s+not|no)\s+(?:the\s+)?(?:answer|solution)|\bviolence\s+is\s+never\b|\b(?:said|says|wrote)\s+(?:the|a|an|his|her|their)\s+[a-z]+|\baccording\s+to\b|\bin\s+1[6-9]\d\d\b/,
    },
  ),
  rule(
    String.raw`\b(?:finish(?:ed|ing)?|complete(?:d)?)\s+(?:the\s+job|what\s+(?:hitler|adolf|the\s+nazis|he|they)\s+started)\b(?=[^.!?\n]{0,40}\b(?:1945|1944|hitler|adolf|nazis?|holocaust|ovens|auschwitz|camps)\b)|\b(?:finish(?:ed|ing)?|complete(?:d)?)\s+what\s+(?:hitler|adolf|the\s+nazis)\s+started\b|\bhitler\s+(?:was\s+right|had\s+the\s+right\s+idea|did\s+nothing\s+wrong|should\s+have\s+finished)\b`,
    0.75,
    'call for violence',
    gate('job hitler adolf nazis'),
    {
      unless:
        /\b(?:never\s+again|never\s+forget|condemn|victims|survivors?|liberat\w*|fought\s+(?:against|the)|grandfather|history\s+class)\b/,
    },
  ),
  rule(
    String.raw`\b(?:saint|st\.?)\s+(?:tarrant|breivik|roof|mcveigh|bowers|crusius|gendron|rodger|payton)\b|\b(?:brenton\s+)?(?:tarrant|breivik|(?:dylann\s+)?roof|mcveigh|bowers|crusius|gendron|elliot\s+rodger)\s+(?:did\s+nothing\s+wrong|was\s+right|is\s+a\s+(?:hero|saint|legend|martyr)|showed\s+us\s+the\s+way|had\s+the\s+right\s+idea|was\s+a\s+(?:hero|saint|legend|martyr))\b|\b(?:we\s+need|need)\s+more\s+(?:men|guys|people|patriots)\s+like\s+(?:tarrant|breivik|roof|mcveigh|bowers|crusius|gendron)\b`,
    0.75,
    'call for violence',
    gate('saint st tarrant breivik roof mcveigh bowers crusius gendron rodger payton'),
  ),
  rule(
    String.raw`\b(?:they|them|traitors|(?:these|those|the|all\s+the|every)\s+(?!(?:lights?|banners?|flags?|decorations?|wreaths?|flowers?|baskets?|signs?|lanterns?|ornaments?|posters?|ribbons?|streamers?)\b)[a-z'-]+)\s+(?:will|shall|should|must|need\s+to|ought\s+to|deserve\s+to|are\s+going\s+to|are\s+gonna|gonna)\s+(?:all\s+)?(?:hang|swing|dangle)\s+from\s+(?:every\s+|the\s+|a\s+)?(?:lamp\s*posts?|lampposts?|lamp-posts?|trees?|street\s*lights?|streetlights?|overpasses|overpass|bridges?|cranes?)\b`,
    0.75,
    'call for violence',
    gate('hang swing dangle'),
  ),
  rule(
    String.raw`\b(?:arm\s+yourselves|take\s+up\s+arms|grab\s+your\s+(?:guns|rifles|weapons))\b(?=[^\n]{0,80}\b(?:race|white\s+(?:men|people|brothers)|invasion|invaders?|traitors|tyrants?|fight\s+back|patriots|defend\s+(?:your|our)\s+(?:race|people|nation|land|blood)|war\s+is\s+coming|civil\s+war|race\s+war|peaceful\s+solutions\s+are\s+over|time\s+(?:is\s+)?(?:up|now)|it\s+is\s+time|it'?s\s+time)\b)|\b(?:white\s+(?:men|people|brothers)|patriots|brothers),?\s+(?:it\s+is|it'?s)\s+time\s+to\s+(?:fight\s+back|take\s+up\s+arms|arm\s+(?:up|yourselves))\b`,
    0.7,
    'call for violence',
    gate('arm take grab white patriots brothers'),
    {
      unless:
        /\b(?:facts?|knowledge|information|questions?|weeds?|gardens?|garden\s+club|kindness|love|books?|votes?|ballots?|petitions?)\b/,
    },
  ),
  rule(
    String.raw`\b(?:will|shall|should|must|need\s+to|needs\s+to|ought\s+to|deserves?\s+to|are\s+going\s+to|is\s+going\s+to|gonna)\s+(?:all\s+)?(?:face|meet|see|get)\s+(?:a|the)\s+(?:firing\s+squad|gallows|noose|rope|guillotine)\b|\b(?:deal\s+with|handle|take\s+care\s+of|settle\s+(?:it|this))\b[^.!?\n]{0,40}?\bwith\s+(?:a\s+|the\s+)?(?:rope|ropes|noose|nooses|bullets?|lead|rifles?|pitchforks\s+and\s+(?:rope|torches))\b|\bcartridge\s+box\b`,
    0.7,
    'call for violence',
    gate(
      'firing gallows noose rope guillotine ropes nooses bullet bullets lead rifle rifles pitchforks cartridge',
    ),
    {
      unless:
        /\b(?:history|historical|battle\s+of|athens|1946|museum|read\s+about|documentary|movie|film|novel|book|in\s+\d{4}|condemn|never\s+again)\b/,
    },
  ),
  rule(
    String.raw`\b(?:remove|eliminate|eradicate|purge|expel|drive\s+out|get\s+rid\s+of)\s+(?:them|em|'em|(?:all\s+)?(?:these|those|the|every)\s+(?:[a-z'-]+\s+)?(?:${GROUP_NOUN}|${DEHUMAN}|${PERSON_NOUN}|traitors|invaders))\s+(?:by\s+any\s+means\s+(?:necessary|possible)|by\s+force|with\s+force|at\s+gunpoint)\b|\bdrive\s+(?:them|em|'em|(?:all\s+)?(?:these|those|the|every\s+last\s+one\s+of\s+(?:these|those|the))\s+(?:[a-z'-]+\s+)?(?:${GROUP_NOUN}|${DEHUMAN}|${PERSON_NOUN}|invaders))\s+into\s+the\s+(?:sea|ocean)\b`,
    0.7,
    'call for violence',
    gate('necessary possible force gunpoint sea ocean'),
    { unless: new RegExp(ELECTORAL) },
  ),
  rule(
    String.raw`\b(?:only|real|one|true)\s+solution\s+(?:to|for)\s+(?:the\s+)?(?:[a-z'-]+\s+){1,2}?(?:problem|question|issue)\s+is\s+(?:a\s+|the\s+)?final\s+(?:one|solution)\b|\b(?:need|needs|time\s+for|bring\s+(?:on|back)|we\s+want|implement)\s+(?:a|the|another)\s+final\s+solution\b(?!\s+(?:to|for)\b)|\bfinal\s+solution\s+(?:to|for)\s+(?:the\s+)?(?:${GROUP_NOUN}|${DEHUMAN})\b`,
    0.75,
    'call for violence',
    gate('final'),
    {
      unless:
        /\b(?:holocaust|nazis'?\s+(?:name|term|euphemism)|never\s+forget|never\s+again|history|historians?|wannsee)\b/,
    },
  ),
  rule(
    String.raw`\bwhen\s+the\s+(?:shooting|killing|hanging|hangings|purge|revolution|civil\s+war|race\s+war|war|reckoning|boogaloo)\s+(?:starts|begins|comes|kicks\s+off)\b[^.!?\n]{0,60}?\b(?:go(?:es)?\s+first|are\s+first|first\s+(?:in\s+line|to\s+go|against\s+the\s+wall)|will\s+be\s+(?:the\s+)?first|are\s+next)\b|\bfirst\s+(?:ones?\s+)?(?:up\s+)?against\s+the\s+wall\b`,
    0.75,
    'call for violence',
    gate('first next'),
  ),
  rule(
    String.raw`\b(?:water|refresh|feed|fertilize)(?:ed|ing)?\s+the\s+tree\s+of\s+liberty\s+with\s+the\s+blood\s+of\s+(?:these|those|the|our|this|that)\s+(?:[a-z'-]+\s+)?(?:tyrants?|traitors|politicians|${GROUP_NOUN}|${PERSON_NOUN}|elites?)\b|\b(?:time\s+to|it'?s\s+time\s+to|we\s+need\s+to|let'?s)\s+(?:water|refresh)\s+the\s+tree\s+of\s+liberty\b`,
    0.7,
    'call for violence',
    gate('liberty'),
  ),
  // Death wished in "does not deserve to live" (without "in this town": where, not whether), a
  // price paid to watch people die, a mob called on an official, executions after a verdict, and
  // the living deported and the rest buried.
  rule(
    String.raw`\b(?:they|he|she|you|u|them|(?:these|those|such|the)\s+(?:[a-z'-]+\s+)?(?:people|${GROUP_NOUN}|${DEHUMAN}|${PERSON_NOUN}))\s+(?:don't|dont|doesn't|doesnt|do\s+not|does\s+not)\s+(?:even\s+)?deserve\s+to\s+(?:live|breathe|exist|be\s+alive)\b(?=\s*(?:[.!,;]|$|\s+(?:or\s+at\s+all|at\s+all|period|anymore|any\s+more|on\s+this\s+earth|another\s+day)|[^.!?\n]{0,40}\bor\s+at\s+all\b))|\b(?:pay|give)\s+(?:good\s+)?(?:money|anything|a\s+lot|big\s+money|\$\d+)\s+to\s+(?:watch|see)\s+(?:[a-z'-]+\s+){1,6}?(?:get|getting|be|being)\s+(?:shot|killed|hanged|hung|lynched|executed|beaten\s+to\s+death|stabbed|gunned\s+down|run\s+over|burned\s+alive)\b|\bdrag\s+(?:him|her|them|the\s+[a-z]+|that\s+[a-z]+|every\s+[a-z]+)\s+out\b[^.!?\n]{0,60}?\b(?:let\s+the\s+(?:people|mob|crowd)\s+(?:decide|deal|have\s+(?:him|her|them))|street\s+justice|string\s+(?:him|her|them)\s+up|tar\s+and\s+feather|hang\s+(?:him|her|them))\b|\bdeport\b[^.!?\n]{0,40}?\b(?:bury|shoot|kill|hang|gas)\s+the\s+rest\b`,
    0.7,
    'call for violence',
    gate('deserve money anything lot big drag rest'),
  ),
  rule(
    String.raw`\b(?:should|must|needs?\s+to|ought\s+to|deserves?\s+to|will)\s+(?:all\s+)?be\s+(?:[a-z'-]+\s+){1,6}?and\s+(?:then\s+)?(?:executed|hanged|hung|shot|killed|strung\s+up|lynched|gassed|beheaded|put\s+to\s+death|burned\s+alive|shot\s+dead|machine-?gunned|gunned\s+down)\b|\b(?:should|must|needs?\s+to|ought\s+to|deserve\s+to)\s+(?:all\s+)?be\s+(?:lined\s+up\s+and\s+)?machine-?gunned\b`,
    0.7,
    'call for violence',
    gate(
      'executed hanged hung shot killed strung lynched gassed beheaded death alive dead machine-gunned machinegunned gunned',
    ),
    {
      unless:
        /\b(?:fired|arrested|charged|prosecuted|jailed|convicted)\s+and\s+(?:then\s+)?(?:executed|shot)\b(?!\s+(?:him|her|them))|\bno\s+one\b|\bnobody\b/,
    },
  ),
  rule(
    String.raw`\b(?:some(?:one|body)|some1)\s+(?:needs?\s+to|should|oughta|ought\s+to|gotta|has\s+to)\s+take\s+out\s+(?:the\s+(?:whole\s+|entire\s+)?|that\s+|this\s+|every\s+)?(?:[a-z'-]+\s+)?(?:${PERSON_NOUN}|board|council|him|her|them)\b(?!\s+(?:to|for)\s+(?:lunch|dinner|coffee|a\s+drink|drinks|breakfast|a\s+date))`,
    0.7,
    'call for violence',
    gate('take'),
    {
      unless: new RegExp(
        String.raw`${ELECTORAL}|\b(?:trash|garbage|loan|ad|ads|insurance|policy)\b`,
      ),
    },
  ),
  // Round 18 (0.6.9, blind 104), written blind: talk-page and street menace. "if I ever find out
  // who you are you're dead", "you won't be so brave when…", "wake up with a knife in your back",
  // "we know what city you live in", "put my fist through your face", "lay you out", "your house
  // catches fire with you in it", "blood will be spilled", "enjoy your last weekend", "someone is
  // going to snap your neck", "find your family and they will suffer", "you're lucky there's a
  // screen between us", "I know where the station parks its cars", "the last face you'll see".
  rule(
    String.raw`\b(?:if|when|once|the\s+(?:moment|second|minute|day))\s+(?:i|we)\s+(?:ever\s+)?(?:find|see|catch|meet|get|track|learn|figure|run\s+into)\b[^.!?\n]{0,60}?\b(?:you're|youre|you\s+are|ur|u\s+r|you'll\s+be|youll\s+be|you\s+will\s+be)\s+(?:so\s+|a\s+)?(?:dead|dead\s+meat|a\s+dead\s+man|finished|done\s+for(?!\s+(?:the\s+)?(?:day|night|week|season|today|tonight)\b)|toast)\b(?!\s+(?:to\s+me|wrong|right|serious|tired|set|last|for\s+(?:the\s+)?(?:day|night|week|season|today|tonight)|with\b))`,
    0.75,
    'threat of violence',
    gate('dead finished done toast'),
  ),
  rule(
    String.raw`\b(?:you|u)\s+(?:won't|wont|will\s+not|ain't\s+gonna)\s+be\s+(?:so|as|that)\s+(?:brave|tough|cocky|smug|funny|talkative|mouthy|loud|big|bold|brave\s+and\s+\w+)\s+when\s+(?:i|we|i'm|im|we're)\b[^.!?\n]{0,40}?\b(?:doorway|door|doorstep|porch|house|home|driveway|bedroom|window|face|front\s+of\s+you|in\s+person|find\s+you|see\s+you|catch\s+you|get\s+(?:there|to\s+you|my\s+hands))\b|\b(?:you'll|you\s+will|youll|you're\s+gonna|you\s+are\s+going\s+to|you're\s+going\s+to)\s+wake\s+up\s+(?:with|in|to)\s+(?:a\s+)?(?:knife|bullet|gun|horse\s+head|brick|rope|noose|body\s+bag|coffin|fire|flames)\b|(?:\b(?:i|we)\s+(?:know|found|have|got)\s+(?:what|which)\s+(?:city|town|street|neighbou?rhood|building|school|house|apartment)\s+(?:you|u|your\s+\w+)\s+(?:live|lives|work|works|go|goes|attend|attends|sleep|sleeps)\b|\b(?:i|we)\s+know\s+where\s+(?:you|u|your\s+(?:family|kids|wife|husband|children|mom|mother)|the\s+(?:station|deputies|officers|cops|chief|mayor|judge|sheriff|moderators?|mods?|admins?)|he|she|they)\s+(?:\w+\s+)?(?:park|parks|sleep|sleeps|eat|eats|drink|drinks|go\s+to\s+school|goes\s+to\s+school|walk|walks|jog|jogs)\b)(?:(?=[^\n]*\b(?:sleep\s+tight|watch\s+(?:your|ur)\s+back|see\s+you\s+soon|be\s+careful|coming\s+for|your\s+ip|ip\s+address|doxx?\w*|soon|better\s+watch|go\s+ahead|ban\s+me|block\s+me|just\s+saying|remember\s+that|keep\s+it\s+up)\b)|(?<=\b(?:sleep\s+tight|watch\s+(?:your|ur)\s+back|see\s+you\s+soon|be\s+careful|coming\s+for|your\s+ip|ip\s+address|doxx?\w*|soon|better\s+watch|go\s+ahead|ban\s+me|block\s+me|just\s+saying|remember\s+that|keep\s+it\s+up)\b[^\n]*))`,
    0.7,
    'intimidation',
    gate(
      'brave tough cocky smug funny talkative mouthy loud big bold wake city town street neighborhood neighbourhood building school house apartment park parks sleep sleeps eat eats drink drinks walk walks jog jogs',
    ),
    { unless: /\b(?:if\s+you\s+(?:keep|don't|do\s+not)|surgery|hangover|alarm|kids?\s+wake)\b/ },
  ),
  rule(
    String.raw`${FIRST_PERSON}\s+(?:put|shove|drive|stick)\s+(?:my|a)\s+(?:fist|foot|boot|knee|bat|brick|bullet|knife)\s+(?:through|in|into|up)\s+(?:your|ur|his|her|their)\s+(?:face|head|skull|teeth|mouth|ass|chest|gut)\b|${FIRST_PERSON}\s+(?:lay|knock|drop|flatten|deck)\s+(?:you|u|him|her|them)\s+(?:out|flat|cold|down)\b|${FIRST_PERSON}\s+(?:find|track\s+down|hunt\s+down|get)\s+(?:you|u|your\s+(?:family|kids|wife|husband|children|mother|mom))\b[^.!?\n]{0,40}?\b(?:suffer|pay|regret|bleed|hurt|die|sorry)\b`,
    0.8,
    'threat of violence',
    gate(
      'fist foot boot knee bat brick bullet knife out flat cold down suffer pay regret bleed hurt die sorry',
    ),
    {
      unless:
        /\b(?:workout|gym|ring|boxing\s+match|sparring|game|match|court|trivia|quiz|contest|competition|tournament|karaoke|bake-?off|chess|poker|cards|dress|outfit|looks|beauty)\b/,
    },
  ),
  rule(
    String.raw`\b(?:hope|wish|pray)\s+(?:your|ur)\s+(?:house|home|place|car|truck|apartment)\s+(?:catches\s+(?:on\s+)?fire|goes\s+up\s+in\s+flames|gets\s+(?:torched|firebombed)|blows\s+up|burns)\b[^.!?\n]{0,20}?\bwith\s+(?:you|u|your\s+\w+)\s+in(?:side)?\b|\bblood\s+will\s+(?:be\s+spilled|be\s+spilt|be\s+shed|spill|run\s+in\s+the\s+streets)\b|\benjoy\s+(?:your|ur|these)\s+(?:last|final)\s+(?:day|days|weekend|week|night|nights|christmas|holiday|breaths?|moments|hours)\b(?!\s+(?:of|at|in|on|before|off|with)\b)|\b(?:some(?:one|body)|some1)\s+(?:is\s+going\s+to|is\s+gonna|will|'s\s+gonna|'s\s+going\s+to)\s+(?:snap|break|slit|cut|bash|blow|cave\s+in)\s+(?:your|ur)\s+(?:neck|throat|head|skull|brains?|face)\b|\b(?:you're|youre|you\s+are|ur)\s+lucky\s+(?:there'?s|there\s+is|that\s+there'?s|i'?m\s+not|i\s+am\s+not|i\s+wasn'?t|i\s+was\s+not|i\s+don'?t\s+know\s+where|we'?re\s+not)\b[^.!?\n]{0,60}?\b(?:or|otherwise)\s+(?:you'?d|you\s+would|i'?d|i\s+would)\s+(?:be\s+in\s+(?:the\s+)?(?:hospital|morgue|ground|grave|er|icu)|be\s+dead|(?:beat|knock|kill|punch|break|smash)\b)|\b(?:the\s+)?last\s+(?:face|thing|person|sound)\s+(?:you|u)(?:'ll|\s+will)\s+ever\s+(?:see|hear)\b|\b(?:because|cuz|since|cause)\s+(?:it'?s|it\s+is|this\s+is)\s+the\s+last\s+(?:one|face|thing)\s+(?:you|u)(?:'ll|\s+will)\s+(?:ever\s+)?see\b|\blast\s+face\s+(?:you|u)(?:'ll|\s+will)\s+(?:ever\s+)?see\b|\b(?:make\s+sure|see\s+to\s+it(?:\s+that)?)\s+(?:you|u|he|she|they)\s+(?:never|don't|dont|won't|wont|can't|cant)\s+(?:\w+\s+){1,3}?again\b[^.!?\n]{0,30}?\bone\s+way\s+or\s+(?:another|the\s+other)\b`,
    0.7,
    'intimidation',
    gate(
      'fire flames torched firebombed blows burns spilled spilt shed flow spill run last snap break slit cut bash blow cave lucky face thing one person sound another other',
    ),
    {
      unless:
        /\b(?:history|war|civil\s+war|movie|film|novel|in\s+\d{4}|retire\w*|vacation|semester|school\s+year|summer)\b/,
    },
  ),
  // Round 21 (0.6.9, blind 105), written blind: veiled threats at officers and officials under a
  // police post. "if he wants to keep it", "sleep with the lights on", "we'll make him", "follow
  // that judge home", "find out what happens when you push people", "never makes it home from his
  // shift", "what happened in Dallas", "do what you want with that", "your squad cars will start
  // burning", "with torches", "he won't last a week", "wear your vests in our neighborhood",
  // "will regret it, trust me".
  rule(
    String.raw`\b(?:better\s+not|don't|dont|do\s+not|stay\s+away|keep\s+away|never\s+(?:show|come))\b[^.!?\n]{0,80}?\bif\s+(?:he|she|you|they|u)\s+wants?\s+to\s+keep\s+(?:it|his\s+face|her\s+face|your\s+face|their\s+faces?|his\s+teeth|your\s+teeth|breathing|living|(?:his|her|your|their)\s+(?:legs|kneecaps|head))\b|(?:(?<=^|[.!?,]\s*)|\b(?:better|should)\s+)sleep\s+with\s+(?:the|your)\s+lights\s+on\b|\bif\s+(?:he|she|they|the\s+\w+)\s+(?:doesn't|does\s+not|don't|won't|will\s+not)\s+(?:resign|leave|step\s+down|quit)\b[^.!?\n]{0,30}?\b(?:we'll|we\s+will|i'll|i\s+will|the\s+people\s+will)\s+make\s+(?:him|her|them)\s*[.!]|\b(?:some(?:one|body)|some1|we|y'?all)\s+(?:ought\s+to|should|needs?\s+to|oughta|gotta)\s+follow\s+(?:him|her|them|that\s+\w+|the\s+\w+|this\s+\w+)\s+home\b|\b(?:find\s+out|learn|see)\s+what\s+happens\s+when\s+(?:you|u)\s+(?:push|mess\s+with|cross|piss\s+off|fuck\s+with)\b`,
    0.65,
    'intimidation',
    gate('keep lights make follow happens'),
  ),
  rule(
    String.raw`\b(?:hope|pray|wish)\b[^.!?\n]{0,60}?\b(?:never|doesn't|does\s+not|don't)\s+makes?\s+it\s+home\b|\bdeserves?\s+what\s+happened\s+(?:in|to)\s+(?:dallas|baton\s+rouge|the\s+(?:officers|cops)\s+in\s+\w+)\b|\b(?:need|needs|time\s+for)\s+(?:another|more)\s+(?:dallas|baton\s+rouge)\b|\b(?:your|ur|their|the)\s+(?:squad\s+cars?|cruisers?|patrol\s+cars?|station|precinct|houses?|homes?)\s+(?:will|gonna|are\s+going\s+to|is\s+going\s+to)\s+(?:start\s+)?(?:burn|burning|go\s+up\s+in\s+flames|catch\s+fire|get\s+torched|explode)\b|\b(?:show\s+up|go|march|head)\s+(?:to|at)\s+(?:the\s+)?(?:[a-z]+'s\s+)?(?:house|home|door|doorstep|driveway)\b[^.!?\n]{0,30}?\bwith\s+(?:torches|pitchforks|guns|rifles|bats|weapons|ropes?)\b`,
    0.7,
    'call for violence',
    gate(
      'home dallas rouge burn burning flames fire torched explode torches pitchforks guns rifles bats weapons rope ropes',
    ),
    {
      unless: new RegExp(String.raw`\b(?:if\s+you|unless|oil|${DANGER.slice(3, -1)})\b`),
    },
  ),
  rule(
    String.raw`\b(?:address|lives|house|home)\b[^.!?\n]{0,60}?(?:[.!?]\s*)?\b(?:do\s+(?:what|whatever)\s+you\s+(?:want|will|like)\s+with\s+(?:that|this|it)|(?:won't|wont|will\s+not)\s+last\s+(?:a|one)\s+(?:week|day|night|month))\b|\b(?:better|should)\s+wear\s+(?:your|ur)\s+(?:vests?|bullet-?proof\s+vests?|body\s+armou?r)\s+(?:in|around|on|when\s+you\s+come\s+to)\s+(?:our|my|this)\s+(?:neighborhood|neighbourhood|street|block|town|side)\b|\b(?:he|she|they|(?:the|that|this)\s+(?:[a-z]+\s+){0,5}?(?:trooper|officer|cop|deputy|judge|sheriff|chief|mayor|sergeant|detective))\b[^.!?\n]{0,40}?\bwill\s+regret\s+(?:it|this|that)\b[,.\s]*(?:trust\s+me|mark\s+my\s+words|i\s+promise|believe\s+me|i\s+swear)\b|\b(?:i'll|i\s+will|we'll|we\s+will)\s+be\s+waiting\s+(?:for\s+(?:you|u)\s+)?(?:in|at|outside|by)\s+(?:the\s+)?(?:parking\s+(?:lot|garage)|your\s+\w+|back\s+door|alley)\b(?:(?!\b(?:to|so|and|with)\s)[^.!?\n]){0,40}?,\s*(?:councilman|councilwoman|councilor|mayor|chief|judge|deputy|officer|sheriff|sergeant|detective|commissioner)\s*[.!]?\s*$`,
    0.65,
    'intimidation',
    gate(
      'that this it week day night month vests vest armor armour regret councilman councilwoman councilor mayor chief judge deputy officer sheriff sergeant detective commissioner',
    ),
    {
      unless: /\b(?:for\s+sale|open\s+house|listing|realtor|tour|batteries|milk|bread|leftovers)\b/,
    },
  ),
  // Round 22 (0.7.0, blind 107), written blind: incitement against groups in forum words. "deserves
  // a beating", "ship them back in body bags", "will swing when the reckoning comes", "hunting them
  // down one by one", "met with live rounds", "when we start kicking doors in", "drag them out and
  // make an example of them", "by whatever means necessary", "stack them like cordwood", "a few
  // well placed bullets", "put them six feet under", "open season on the feds".
  rule(
    String.raw`\b(?:only\s+understands?|only\s+responds?\s+to|only\s+speaks?)\s+(?:one\s+(?:thing|language)|force|violence|the\s+(?:boot|bullet|rope|fist))\b[^.!?\n]{0,60}?\b(?:give|gave|giving|show|teach)\s+(?:it\s+to\s+)?(?:them|him|her|'em|em)\b[^.!?\n]{0,20}?\bin\s+the\s+streets?\b|\bdeserves?\s+(?:a|an)\s+(?:good\s+|real\s+|proper\s+|serious\s+)?(?:beating|beatdown|thrashing|pounding|whipping|bullet(?!-|\s+(?:proof|points?|journal|train))|bullet\s+in\s+the\s+head|lynching|hanging|firing\s+squad|curb\s+stomp(?:ing)?)\b(?!\s+(?:in|at|of|on|from)\b(?!\s+(?:dawn|sunrise|noon|midnight|high\s+noon|the\s+border|city\s+hall|the\s+courthouse)\b))|\b(?:ship|send|sent|shipping|sending)\s+(?:them|him|her|you|'em|em|those\s+\w+|these\s+\w+|every\s+(?:last\s+)?one\s+of\s+them)\s+(?:back\s+|home\s+|out\s+)?in\s+body\s*bags\b|\b(?:they|they'll|he|she|he'll|she'll|those\s+\w+(?:\s+\w+)?|these\s+\w+(?:\s+\w+)?|every\s+one\s+of\s+them|all\s+of\s+them)\s+(?:will|shall|should|must|gonna|are\s+going\s+to|is\s+going\s+to)?\s*swing\s+(?:when|from\s+(?:a|the)\s+(?:tree|trees|rope|lamp\s*posts?|lampposts?|gallows|noose|rafters|bridge|streetlights?|light\s*poles?|courthouse|nearest)|for\s+(?:this|it|treason|their\s+crimes|what\s+they)|high|on\s+the\s+day)\b|\b(?:day\s+of\s+reckoning|the\s+reckoning)\b[^.!?\n]{0,40}?\b(?:swing|hang|hanging|rope|ropes|bullets?|wall)\b`,
    0.7,
    'call for violence',
    gate(
      'streets street beating beatdown thrashing pounding whipping bullet lynching hanging squad curb bags bodybags swing reckoning',
    ),
    {
      unless:
        /\b(?:vote|votes|voters|polls?|pendulum|momentum|mood|tide|election|state|district|golf|bat|batting|baseball|dance|playground|rug|rugs|carpet|mattress|dough|steak|meat|pillow|cushion|drum|dust)\b/,
    },
  ),
  rule(
    String.raw`\bhunt(?:ing|ed)?\s+(?:them|him|her|'em|em|those\s+\w+|these\s+\w+|every\s+(?:last\s+)?one\s+of\s+(?:them|those\s+\w+))\s+down\b|\b(?:met|meet|greeted|answered|stopped)\s+(?:them\s+)?(?:with|by)\s+(?:live\s+(?:rounds|ammo|ammunition|fire)|bullets|gunfire|lead)\b|\b(?:when|once|after)\s+we\s+start\s+(?:kicking\s+(?:in\s+)?doors(?:\s+in)?|kicking\s+down\s+doors|shooting(?!\s+(?:the|a|an|our|this|that|some|videos?|films?|photos?|pictures|hoops|baskets|pool|footage|scenes?|movies?|documentar\w*|commercials?|episodes?)\b)|stringing\s+(?:them|people)\s+up|hanging\s+(?:them|people))\b|\bdrag\s+(?:them|him|her|'em|the\s+(?:\w+\s+){0,3}?\w+|those\s+\w+|these\s+\w+)\s+out\b[^.!?\n]{0,40}?\b(?:make\s+an\s+example|hang|shoot|beat|string|lynch|burn|into\s+the\s+streets?)\b|\bdrag\s+(?:them|him|her|'em)\s+out\s+of\s+(?:their|his|her)\s+(?:homes?|houses?|beds?|offices?|cars?)\b`,
    0.7,
    'call for violence',
    gate(
      'down rounds ammo ammunition fire bullets gunfire lead doors shooting stringing hanging example hang shoot beat string lynch burn streets street homes home houses house beds bed offices cars',
    ),
    {
      unless:
        /\b(?:bargains?|deals?|receipts?|typos?|bugs?|keys|records?|sources?|cards|stamps|coins|antiques|vinyl|collect\w*|sales?|thrift|ebay|flea|patches|shopping|deer|ducks?|game|easter\s+eggs?|police\s+say|was\s+met|were\s+met)\b/,
    },
  ),
  rule(
    String.raw`\b(?:take\s+(?:\w+\s+){1,3}?out|get\s+rid\s+of|remove|eliminate|drive\s+(?:\w+\s+){0,2}?out|purge|wipe\s+out|exterminate|deal\s+with)\b[^.!?\n]{0,60}?\bby\s+(?:any|whatever)\s+means\s+(?:necessary|possible)\b[^.!?\n]{0,10}?\b(?:i\s+mean\s+(?:whatever|any|anything|violence|literally)|whatever\s+it\s+takes)\b|\bstack(?:ed|ing)?\s+(?:them|'em|em|those\s+\w+|these\s+\w+|the\s+bodies|bodies)\s+(?:up\s+)?like\s+(?:cordwood|firewood|wood|logs|sandbags)\b|\b(?:a\s+few|some|a\s+couple(?:\s+of)?|one|two|three)\s+well[-\s]placed\s+(?:bullets|rounds|bombs|molotovs|grenades|bullet|bomb)\b|\bput\s+(?:them|him|her|'em|em|you|(?:every|each)\s+(?:last\s+)?one\s+of\s+(?:them|those\s+(?:\w+\s+){0,2}?\w+)|those\s+(?:\w+\s+){0,2}?\w+|these\s+(?:\w+\s+){0,2}?\w+|all\s+of\s+them)\s+(?:six|6)\s+(?:feet|ft)\s+under\b|\bopen\s+season\s+on\s+(?:the\s+)?(?:feds|cops|police|pigs|officers|liberals|conservatives|democrats|republicans|immigrants|illegals|jews|muslims|christians|gays|blacks|whites|mexicans|them|him|her|you|politicians|journalists|reporters|judges|protesters|antifa|leftists|commies|trannies|fags)\b`,
    0.7,
    'call for violence',
    gate('necessary possible cordwood firewood wood logs sandbags well-placed placed under season'),
    {
      unless:
        /\b(?:hunting\s+license|deer|ducks?|turkeys?|pheasants?|range\s+day|target\s+practice|penalty\s+kicks?|free\s+throws?|three-pointers?|darts|golf|tulips?|bulbs?|seeds?|chairs|tables|boxes|books|pallets|plates|bales|papers|files|cans|dishes|logs|shed)\b/,
    },
  ),
  // Round 23 (0.7.0, blind 108), written blind: talk-page threats at an editor or admin. "your a
  // dead man walking", "regret the day you were born", "I'll wait for you outside your school and
  // beat you senseless", "you will be found and you will be hurt".
  rule(
    String.raw`\byour\s+a\s+dead\s+(?:m[ae]n|meat|wom[ae]n)\b|\b(?:regret|rue)\s+the\s+day\s+(?:you|u|ya)\s+(?:were|was)\s+born\b|${FIRST_PERSON}\s+[a-z']+\b[^.!?\n]{0,60}?\band\s+(?:then\s+)?(?:beat|kick|stomp|pound|pummel)\s+(?:you|u|ya|him|her|them)\s+(?:senseless|unconscious|bloody|to\s+a\s+pulp|half\s+to\s+death|to\s+death|black\s+and\s+blue)\b|\b(?:you|u)(?:'ll|\s+will|\s+are\s+going\s+to|\s+r\s+gonna)\s+be\s+found\b[^.!?\n]{0,20}?\b(?:you|u)(?:'ll|\s+will|\s+are\s+going\s+to)\s+be\s+(?:hurt|killed|dealt\s+with|punished|made\s+to\s+pay|sorry)\b`,
    0.75,
    'intimidation',
    gate('dead born senseless unconscious bloody pulp death blue found'),
  ),
  // Round 24 (0.7.0, blind 112), written blind: threats at protesters, activists, reporters and
  // officials under posts about protests, from either side. "running them over", "mow down the
  // next crowd", the fire hoses and the dogs brought back, owners allowed to open fire, "would
  // have emptied the clip into him", "need to disappear, quietly", "the next one buried", "hope
  // somebody breaks his legs", a war "with live ammo", "leaving in ambulances", "put in the
  // ground", "face down in a ditch", "we'll visit each of them at home", "when we start burning
  // their houses", "we start shooting back".
  rule(
    String.raw`\b(?:i'm|im|i\s+am|i'll|ill|i\s+will|we'll|we\s+will|gonna|going\s+to|should|just|i'd|we'd|i\s+would|we\s+would)\s+(?:\w+\s+)?(?:run|running|runs)\s+(?:them|'em|em|him|her|you|those\s+\w+|these\s+\w+|(?:the\s+)?(?:next\s+)?(?:crowd|protesters?|rioters?|marchers?|demonstrators?))\s+over\b(?!\s+(?:to|with)\b)|\bmow(?:ing|ed)?\s+down\s+(?:the|those|these|them|every|a|any)\b|\bbring\s+back\s+the\s+(?:fire\s*hoses|hoses|firehoses)\b|\bbring\s+back\s+the\s+(?:police\s+)?dogs\s+and\s+(?:the\s+)?(?:fire\s*)?hoses\b|\b(?:should|could|can|must|gonna|will|ought\s+to)\s+(?:be\s+allowed\s+to\s+|just\s+|all\s+)?open\s+fire\b|\b(?:would\s+have|would've|should\s+have|should've|i'd\s+have|i'd|i\s+would|i'll|i\s+will|gonna)\s+(?:\w+\s+)?empt(?:y|ied)\s+(?:the|a|my|his|her)\s+(?:clip|mag|magazine)\s+(?:into|in)\b|\b(?:these|those|the|they|them)\s+(?:\w+\s+)?(?:people|\w+ists|\w+ers|thugs|agitators|politicians|activists)\b[^.!?\n]{0,20}?\bneeds?\s+to\s+(?:disappear|vanish)\b[,\s]+(?:quietly|permanently|for\s+good|one\s+by\s+one|forever)\b(?!\s+or\s+not)`,
    0.7,
    'call for violence',
    gate(
      'over down hoses firehoses dogs fire clip mag magazine quietly permanently good one forever',
    ),
    {
      unless: /\b(?:lawn|grass|weeds|field|station\s+to|over\s+to\s+the|errand|clock|fireworks)\b/,
    },
  ),
  rule(
    String.raw`\b(?:will|'ll)\s+be\s+the\s+next\s+(?:one\s+)?(?:buried|in\s+the\s+ground|in\s+a\s+(?:coffin|body\s*bag)|shot|dead)\b|\bhope\s+(?:some(?:one|body)|some1)\s+(?:breaks?|snaps?|shoots?|stabs?|beats?|kills?|hurts?|smashes?)\s+(?:his|her|their|your|him|them|you)\b(?!\s+(?:a|an)\s+(?:message|text|email|e-mail|dm|note|line|look|smile|record|call))|\b(?:give|gave|giving)\s+(?:them|'em|him|her)\s+(?:one|it|a\s+war|war|hell)\b[^.!?\n]{0,20}?\bwith\s+(?:live\s+(?:ammo|rounds|ammunition)|bullets|guns|rifles)\b|\b(?:will|'ll|gonna|going\s+to|are\s+going\s+to)\s+(?:be\s+)?(?:leaving|leave|go(?:ing)?\s+home|come\s+out|carried\s+out)\s+in\s+(?:ambulances?|body\s*bags|stretchers?|coffins?|caskets?)\b|\bshould\s+(?:all\s+)?be\s+put\s+in\s+the\s+ground\b|\b(?:end|wind)\s+up\s+face\s*down\s+in\s+(?:a|the)\s+(?:ditch|river|lake|gutter|dumpster|canal)\b`,
    0.7,
    'call for violence',
    gate(
      'buried ground coffin bag bodybag shot dead breaks break snaps snap shoots shoot stabs stab beats beat kills kill hurts hurt smashes smash ammo rounds ammunition bullets guns rifles ambulance ambulances bags bodybags stretcher stretchers coffins casket caskets ditch river lake gutter dumpster canal',
    ),
    {
      unless:
        /\b(?:trees?|bulbs?|seeds?|plants?|posts?|poles?|pipes?|cables?|signs?|time\s+capsule|the\s+next\s+one\s+shot\s+at|penalty|free\s+throw|photo|camera)\b/,
    },
  ),
  rule(
    String.raw`\b(?:we'll|we\s+will|we're\s+gonna|we\s+are\s+going\s+to|we\s+gonna|i'll|i\s+will)\s+(?:visit|pay\s+a\s+visit\s+to|drop\s+by|show\s+up\s+at)\s+(?:each\s+(?:one\s+)?of\s+them|them\s+all|every\s+one\s+of\s+them|all\s+of\s+them)\s+at\s+(?:home|their\s+homes?|their\s+houses)\b(?!\s+(?:to|for|with)\b)|\bwhen\s+we\s+start\s+(?:burning|torching|firebombing)\s+(?:their|his|her|your|the)\s+(?:houses?|homes?|cars?|stores?|churches|offices?)\b|\b(?:we|i)\s+(?:start|will\s+start|'ll\s+start|are\s+gonna\s+start|gonna\s+start)\s+shooting\s+back\b`,
    0.7,
    'intimidation',
    gate('home homes houses house cars car stores churches offices office back'),
  ),
  // Round 25 (0.7.0, blind 113), written blind: veiled threats between neighbours, drivers and
  // families in a department's comments (**3 of 25** on first contact). "your tires won't be the
  // only thing slashed", "and you after it", "a surprise waiting and it's loaded", "a brick
  // through his windshield", "enjoy your house while it's still standing", "I swear he won't make
  // it to court", "lucky I didn't follow him home with the tire iron", "the cops will be the
  // least of your problems", "needing a new face", "going to get the same", "waiting in the
  // parking lot with a bat", "a very bad accident soon", "picking you out of the gravel", "so do
  // you", "a permanent reason to stay indoors", "run off the road", "your plate number and a lot of
  // free time", "snitches get stitches", "shut him up for good", "one of these nights he's not
  // waking up", "I'll be shooting first and asking questions later".
  rule(
    String.raw`\bwon't\s+be\s+the\s+only\s+(?:thing|one)\s+(?:slashed|broken|smashed|burned|burning|on\s+fire|bleeding|hurt|getting\s+hurt)\b|\b(?:putting|put|shoot|shooting|kill|killing)\b[^.!?\n]{0,30}?\band\s+(?:you|u)\s+after\s+(?:it|him|her|that)\b|\bsurprise\b[^.!?\n]{0,30}?\b(?:it's|its|it\s+is)\s+loaded\s*(?:[.!]|$)|\b(?:getting|gets|get|will\s+get|'ll\s+get|gonna\s+get)\s+a\s+(?:brick|rock|bullet|bat)\s+(?:through|to|in)\s+(?:his|her|your|their|ur|the)\s+(?:window|windows|windshield|face|head|skull)\b|\benjoy\s+(?:your|ur|his|her)\s+(?:\w+\s+)?(?:house|home|car|truck|face|legs|kneecaps|teeth)\s+while\s+(?:it's|its|it\s+is|they're|they\s+are)\s+still\s+(?:standing|in\s+one\s+piece|intact|attached)\b|\bi\s+swear\b[^.!?\n]{0,40}?\b(?:won't|will\s+not|wont|never)\s+make\s+it\s+to\s+(?:court|trial|the\s+hearing|his\s+hearing|her\s+hearing)\b(?!\s+(?:on\s+time|in\s+time|today|tomorrow|by|before))|\blucky\s+(?:i|we)\s+(?:didn't|did\s+not|wasn't|was\s+not)\b[^.!?\n]{0,40}?\bwith\s+(?:a|the|my)\s+(?:tire\s+iron|bat|baseball\s+bat|gun|knife|crowbar|machete|pipe|hammer)\b|\b(?:cops|police)\s+(?:will\s+be|'ll\s+be|are\s+gonna\s+be)\s+the\s+least\s+of\s+(?:your|his|her|their)\s+(?:problems|worries)\b(?!\s+if\b)|\b(?:you'll|you\s+will|you're\s+gonna|you\s+are\s+going\s+to)\s+(?:be\s+)?need(?:ing)?\s+a\s+new\s+(?:face|set\s+of\s+teeth|jaw|nose|kneecaps?)\b(?!\s+(?:mask|masks|cream|wash|paint|shield|guard))`,
    0.7,
    'intimidation',
    gate(
      'slashed broken smashed burned burning fire bleeding hurt after loaded window windows windshield face head skull standing piece intact attached court trial hearing iron bat gun knife crowbar machete pipe hammer problems worries teeth jaw nose kneecap kneecaps',
    ),
  ),
  rule(
    String.raw`\b(?:poisoned|killed|shot|stabbed|hurt|ran\s+over)\b[^.!?\n]{0,60}?\b(?:going\s+to|gonna|will|'ll)\s+get\s+the\s+same(?:\s+(?:treatment|thing|fate))?\s*(?:[,.!]|$|believe|trust|i\s+promise|mark)|\bwaiting\s+(?:in|at|outside|by)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:parking\s+lot|lot|garage|driveway|door|house|gym|school)\b[^.!?\n]{0,15}?\bwith\s+(?:a|my|the)\s+(?:bat|baseball\s+bat|gun|knife|crowbar|tire\s+iron|machete|pipe|hammer|shotgun|rifle)\b(?![^.!?\n]*\b(?:glove|gloves|practice|game|ball|balls|tryouts|team|league|helmet|nails|fix|repair|build|help|tools?)\b)|\b(?:going\s+to|gonna|will|'ll)\s+have\s+(?:a|an)\s+(?:very\s+|real\s+|really\s+)?(?:bad|nasty|terrible|tragic|unfortunate|little)\s+accident\s+(?:soon|one\s+of\s+these\s+days|someday|any\s+day\s+now)\b|\bpicking\s+(?:you|him|her|them|your\s+teeth|pieces\s+of\s+you)\s+(?:out\s+of|off)\s+(?:the\s+)?(?:gravel|pavement|asphalt|sidewalk|road|street|wall|floor)\b|\b(?:comes|goes|falls)\s+down,?\s+so\s+do\s+(?:you|u)\b|\bgive\s+(?:him|her|them|you|the\s+(?:\w+\s+){0,5}?\w+)\s+a\s+permanent\s+reason\s+to\s+(?:stay|keep)\s+(?:indoors|inside|home|quiet|away)\b|\b(?:getting|gets|gonna\s+get|will\s+get)\s+run\s+off\s+the\s+road\b|\brun\s+(?:him|her|them|you)\s+off\s+the\s+road\b|\b(?:got|have|know)\s+(?:your|ur|his|her)\s+(?:plate|license\s+plate|plate\s+number|address)\b[^.!?\n]{0,20}?\band\s+(?:a\s+lot\s+of|plenty\s+of|all\s+the)\s+(?:free\s+)?time\s*(?:[.!]|$)`,
    0.7,
    'intimidation',
    gate(
      'same bat gun knife crowbar iron machete pipe hammer shotgun rifle accident gravel pavement asphalt sidewalk road street wall floor you u indoors inside home quiet away time',
    ),
  ),
  rule(
    String.raw`(?<!["“‘'])\bsnitch(?:es)?\b[^.!?\n]{0,25}?\b(?:get|gets|getting)\s+stitches\b|\bshut\s+(?:him|her|them|you|the\s+(?:\w+\s+){0,3}?\w+)\s+up\s+for\s+good\b(?![^.!?\n]*\bwith\s+(?:a|the|our)\s+(?:petition|vote|votes|facts|data|numbers|evidence)\b)|\bone\s+of\s+these\s+(?:nights|days|mornings)\b[^.!?\n]{0,20}?\b(?:he's|she's|you're|they're|he\s+is|she\s+is|you\s+are|they\s+are|he|she|you|they)\s+(?:not\s+(?:waking|gonna\s+wake|going\s+to\s+wake)\s+up|won't\s+wake\s+up|not\s+coming\s+home\s*(?:[.!]|$))|\b(?:i'll|i\s+will|i'm|i\s+am|we'll|we\s+will|we're)\s+(?:be\s+)?shoot(?:ing)?\s+first\s+and\s+ask(?:ing)?\s+questions\s+later\b`,
    0.7,
    'intimidation',
    gate('stitches good up home later'),
  ),
  // Round 26 (0.7.1), a battery of incitement against groups composed from twenty templates and
  // sixteen groups (first contact 261 of 320, 1 of 80 harmless twins): calls on bare groups
  // ("it's time to string up immigrants", "I can't wait to lynch liberals"), gathering them
  // first ("gather up the refugees and bomb them all"), wanting to watch ("I'd love to see
  // refugees drowning"), wishes that someone does it ("I hope someone gases all trans people").
  rule(
    String.raw`(?:\b(?:time\s+to|(?:we|you|they|y'?all|people|someone|somebody|everyone|citizens)\s+(?:should|must|need\s+to|gotta|have\s+to|ought\s+to)|let's|lets|let\s+us|i\s+say\s+we|(?:i|we)\s+(?:want|wanna|need)\s+to|(?:i|we)\s+(?:can't|cant|cannot)\s+wait\s+to|(?:can't|cant|cannot)\s+wait\s+(?:for\s+the\s+day|until|till|'til|for\s+when)\s+(?:we|i|they|someone|somebody|people)\s+(?:get\s+to|can|finally|start|will)|the\s+day\s+(?:we|i)\s+(?:get\s+to|can|finally)|go(?:\s+out)?\s+and)|${FIRST_PERSON})\s+(?:just\s+|finally\s+|go\s+|start\s+to\s+)?(?:put\s+down|eliminate|kill|murder|shoot|stab|behead|hang(?!\s+(?:out|around|with|on)\b)|lynch|execute|slaughter|butcher|exterminate|gas|burn|burn\s+alive|gun\s+down|mow\s+down|wipe\s+out|torture|drown|string\s+up|hunt\s+down|nuke|bomb|massacre|eradicate|beat\s+up|run\s+over)\s+(?:(?:the\s+next|every|each|any)\s+(?:(?:last|single)\s+)?one\s+of\s+(?:those|these|the|them|you)\s+|(?:all\s+)?you\s+)?(?:more\s+|some\s+|the\s+|all\s+(?:the\s+|of\s+the\s+)?|every\s+|those\s+|these\s+|any\s+)?(?:[a-z'-]+\s+)?(?:${GROUP_NOUN}|homeless|women|men|girls|boys|protesters|officers|cops|pigs|police|journalists|reporters|politicians|judges|voters|rioters|looters|traitors|infidels)\b(?!['’]s?)(?!\s+(?:shelters?|camps?|population|services|programs?|plans?|bills?|budgets?|votes?|ads?|polic(?:y|ies)|agenda|caucus|party|candidates?|arguments?|talking\s+points|narrative|lies|turnout|team|game|offense|defen[cs]e)\b)${NOT_VIOLENT_AFTER}(?![^.!?\n]*${ELECTORAL})`,
    0.75,
    'call for violence',
    gate(
      'kill murder shoot stab behead hang lynch execute slaughter butcher exterminate gas burn gun mow wipe torture drown string hunt nuke bomb massacre eradicate beat run put eliminate',
    ),
  ),
  rule(
    String.raw`\b(?:gather|round|line|herd|rally|pack|load|lock|collect|grab|drag)\s+(?:up\s+)?(?:them|em|'em|${PERSON}|(?:the|those|these|all\s+(?:the\s+)?)\s+(?:[a-z'-]+\s+)?(?:${GROUP_NOUN}|homeless))\s+(?:all\s+)?(?:up\s+)?and\s+(?:then\s+)?(?:${HARD_VERB}|gas|burn|shoot|hang|drown|bomb|nuke|torch|string\s+up)\s+(?:them|em|'em)\b`,
    0.75,
    'call for violence',
    gate('gather round line herd rally pack load lock collect grab drag'),
  ),
  rule(
    String.raw`\b(?:(?:i|we)(?:'d|\s+would)\s+(?:love|like|pay|give\s+anything|enjoy)\s+to\s+(?:see|watch)|(?:i|we)(?:'d|\s+would)\s+(?:love|like|enjoy)\s+(?:seeing|watching)|(?:i|we)\s+(?:want|wanna|need)\s+to\s+(?:see|watch)|(?:i|we)\s+(?:can't|cant|cannot)\s+wait\s+to\s+(?:see|watch)|(?:i|we)\s+hope\s+(?:to|we|i)\s+(?:get\s+to\s+)?(?:see|watch)|nothing\s+would\s+make\s+me\s+happier\s+than\s+(?:to\s+see|seeing)|(?:i|we)\s+(?:dream|fantasi[sz]e)\s+(?:of|about)\s+(?:seeing|watching))\s+(?:${PERSON}|(?:all\s+|the\s+|those\s+|these\s+|some\s+|more\s+)?(?:[a-z'-]+\s+)?(?:${GROUP_NOUN}|homeless))\s+(?:all\s+)?(?:get\s+|getting\s+|being\s+)?(?:killed|shot(?!\s+(?:by|for|on|with|at)\b)|shot\s+dead|hanged|lynched|executed|stabbed|gassed|(?:his|her|their)\s+ass\s+(?:kicked|beat|beaten|whooped)|curb[\s-]?stomped|knocked\s+out\s+cold|burned\s+alive|burnt\s+alive|burning\s+alive|burning\s+at\s+the\s+stake|beaten(?=\s*(?:[.!,;]|$|\s+(?:up|to\s+death|bloody|senseless|to\s+a\s+pulp)))|tortured|slaughtered|exterminated|murdered|beheaded|drowned(?!\s+out)|drowning(?!\s+out)|strung\s+up|hunted\s+down|butchered|massacred|gunned\s+down|blown\s+up|bombed|set\s+on\s+fire|in\s+(?:a\s+)?body\s+bags?|die(?!\s+(?:of|from|laughing|for|happy|in\s+peace|peacefully|old|young|trying)\b)|dying(?!\s+(?:of|to|for|laughing|inside)\b)|dead(?!\s+(?:wrong|serious|set|tired|last|on|right|center|centre|end|even|broke|quiet|silent|ahead|asleep)\b))\b(?![^.!?\n]*${ELECTORAL})`,
    0.75,
    'call for violence',
    gate(
      'killed shot hanged hung hanging lynched executed stabbed gassed burned burnt burning beaten tortured slaughtered exterminated murdered beheaded drowned drowning strung hunted butchered massacred gunned blown bombed set bag bags swinging die dying dead kicked whooped stomped knocked eradicated purged',
    ),
  ),
  rule(
    String.raw`\b(?:hope|hoping|wish|pray|praying)\s+(?:that\s+)?(?:someone|somebody|some1|one\s+day\s+someone|some\s+[a-z'-]+)\s+(?:finally\s+|actually\s+|just\s+)?(?:kills|shoots|stabs|hangs|lynches|executes|slaughters|butchers|gases|burns|drowns|beheads|tortures|murders|exterminates|wipes\s+out|guns\s+down|blows\s+up|bombs|strings\s+up|hunts\s+down|runs\s+over|poisons|strangles)\s+(?:${PERSON}|(?:all\s+|the\s+|those\s+|these\s+|every\s+|some\s+)?(?:[a-z'-]+\s+)?(?:${GROUP_NOUN}|homeless))\b${NOT_VIOLENT_AFTER}`,
    0.75,
    'call for violence',
    gate(
      'kills shoots stabs hangs lynches executes slaughters butchers gases burns drowns beheads tortures murders exterminates wipes guns blows bombs strings hunts runs poisons strangles',
    ),
  ),
  // Round 26, second battery (written with the first, run once after its rules: 132 of 180, 6
  // of 80 harmless, all "stop saying … deserve to be …"): a wish made counterfactual ("if it were
  // up to me all Christians would be lynched"), "it would be great if someone gassed all the
  // Jews", "I want every last one of the liberals put down", a group called vermin "and should be
  // strung up", "people like you deserve to get put down".
  rule(
    String.raw`\bif\s+(?:it\s+(?:were|was)\s+up\s+to\s+me|i\s+(?:had|got)\s+my\s+way|i\s+(?:were|was)\s+(?:in\s+charge|president|king|queen|mayor|god|dictator|the\s+boss)),?\s+(?:then\s+)?(?:all\s+(?:of\s+)?)?(?:the\s+|those\s+|these\s+|every\s+)?(?:[a-z'-]+\s+)?(?:${GROUP_NOUN}|${PERSON_NOUN}|they|them|you)\s+(?:would|'d)\s+(?:all\s+)?(?:be|get)\s+(?:all\s+)?${PP_HARM}|\b(?:would|'d)\s+(?:all\s+)?(?:be|get)\s+(?:all\s+)?${PP_HARM}(?=[^.!?\n]{0,30}?\bif\s+(?:it\s+(?:were|was)\s+up\s+to\s+me|i\s+(?:had|got)\s+my\s+way|i\s+(?:were|was)\s+in\s+charge)\b)(?<=\b(?:${GROUP_NOUN}|${PERSON_NOUN}|they|them)\s+(?:would|'d)\s+(?:all\s+)?(?:be|get)\s+(?:all\s+)?[a-z]+(?:\s+[a-z]+){0,3})`,
    0.75,
    'call for violence',
    gate(
      'killed shot hanged lynched executed stabbed gassed burned burnt tortured slaughtered exterminated murdered beheaded drowned strung hunted butchered massacred gunned blown bombed nuked fire down wiped eliminated beaten eradicated purged',
    ),
  ),
  rule(
    String.raw`\b(?:would|'d|will)\s+be\s+(?:so\s+|really\s+)?(?:great|nice|good|wonderful|awesome|amazing|a\s+good\s+thing|a\s+blessing|lovely|a\s+gift|a\s+public\s+service)\s+if\s+(?:someone|somebody|some1|they|we|the\s+[a-z]+)\s+(?:finally\s+|just\s+)?(?:murdered|killed|shot|stabbed|strung\s+up|gassed|wiped\s+out|burned|exterminated|beheaded|eliminated|lynched|hanged|slaughtered|executed|drowned|bombed|nuked|tortured|beat\s+up|butchered|massacred|gunned\s+down|put\s+down)\s+(?:them|him|her|you|(?:all\s+(?:of\s+)?|every\s+(?:one\s+of\s+)?|some\s+of\s+)?(?:the\s+|those\s+|these\s+)?(?:[a-z'-]+\s+)?(?:${GROUP_NOUN}|${PERSON_NOUN}))\b${NOT_VIOLENT_AFTER}`,
    0.75,
    'call for violence',
    gate(
      'murdered killed shot stabbed strung gassed wiped burned exterminated beheaded eliminated lynched hanged slaughtered executed drowned bombed nuked tortured beat butchered massacred gunned put eradicated purged hunted',
    ),
  ),
  rule(
    String.raw`\b(?:want|wanna|need|like)\s+(?:to\s+see\s+)?(?:(?:every\s+(?:last\s+|single\s+)?one|all)\s+of\s+(?:them|you)|(?:every\s+(?:last\s+|single\s+)?one\s+of|all\s+(?:of\s+)?)\s*(?:the|those|these)\s+(?:[a-z'-]+\s+)?(?:${GROUP_NOUN}|${PERSON_NOUN}))\s+(?:all\s+)?${PP_HARM}`,
    0.75,
    'call for violence',
    gate(
      'killed shot hanged lynched executed stabbed gassed burned burnt tortured slaughtered exterminated murdered beheaded drowned strung hunted butchered massacred gunned blown bombed nuked fire down wiped eliminated beaten eradicated purged',
    ),
  ),
  rule(
    String.raw`\band\s+(?:they\s+)?(?:all\s+)?(?:should|need\s+to|deserve\s+to|must|ought\s+to|have\s+to)\s+(?:all\s+)?(?:be|get)\s+${PP_HARM}(?<=\b(?:${GROUP_NOUN}|${PERSON_NOUN}|they)\s+(?:are|r)\s+(?:[a-z'-]+\s+){0,3}?and\s+[^.!?\n]{0,80})|\b(?:should|needs?\s+to|deserves?\s+to|ought\s+to|must|have\s+to|has\s+to)\s+(?:all\s+)?(?:be|get)\s+(?:put\s+down|eliminated(?!\s+from))\b(?<=\b(?:${GROUP_NOUN}|${PERSON_NOUN})\s+(?:(?:like\s+(?:you|him|her|them|that|this)|[a-z'-]+)\s+){0,3}?(?:all\s+)?(?:should|needs?\s+to|deserves?\s+to|ought\s+to|must|have\s+to|has\s+to)\s+(?:all\s+)?(?:be|get)\s+(?:put\s+down|eliminated))`,
    0.75,
    'call for violence',
    gate(
      'killed shot hanged lynched executed stabbed gassed burned burnt tortured slaughtered exterminated murdered beheaded drowned strung hunted butchered massacred gunned blown bombed nuked fire down wiped eliminated beaten eradicated purged',
    ),
  ),
  // Round 27 (0.7.1, blind 116: 20 threats against groups written by hand after round 26, run
  // once: 13 of 20, 0 of 20 harmless twins): "women like her need a good beating", "someone
  // should take a rifle to the mosque", "should be put to sleep like old dogs", "let the cops
  // bleed", "immigrants belong in mass graves".
  rule(
    String.raw`\b(?:he|she|they|you|u|y'?all|them|${PERSON_NOUN}|${GROUP_NOUN})(?:\s+like\s+(?:you|him|her|them|that|this))?\s+(?:all\s+)?(?:deserves?|needs?)\s+(?:a\s+)?(?:good\s+|proper\s+|real\s+|serious\s+|severe\s+|sound\s+)?(?:beating|kicking|thrashing|whipping|bullet|rope)\b(?!\s*\?)(?!\s+(?:at|in|on)\s+(?:the\s+)?(?:polls|ballot|chess|cards|game|court|election))`,
    0.7,
    'call for violence',
    gate('beating kicking thrashing whipping bullet rope'),
  ),
  // A battery composed after round 28 (first contact 100 of 120, 0 of 40 harmless): "I will
  // make every one of you Jews suffer", "nothing would make me happier than killing Muslims",
  // "the only good disabled person is a dead one", "cut up the next refugee who looks at me".
  rule(
    String.raw`${FIRST_PERSON}\s+make\s+(?:${PERSON}|(?:every|each|all)\s+(?:(?:last|single)\s+)?(?:one\s+)?of\s+(?:you|them|y'?all)(?:\s+(?:[a-z'-]+\s+)?(?:${GROUP_NOUN}|${PERSON_NOUN}))?)\s+(?:suffer|bleed|scream|beg\s+for\s+(?:mercy|death|your\s+life|their\s+lives))\b(?!\s+(?:through|with)\b)`,
    0.75,
    'threat of violence',
    gate('suffer bleed scream beg'),
  ),
  rule(
    String.raw`\b(?:nothing\s+would\s+make\s+(?:me|us)\s+(?:happier|happy)\s+than|(?:i|we)(?:'d|\s+would)\s+(?:love|like)\s+nothing\s+more\s+than|(?:i|we)\s+(?:dream|fantasi[sz]e)\s+(?:of|about))\s+(?:to\s+)?(?:killing|kill|shooting|shoot|hanging|hang|lynching|lynch|gassing|gas|stabbing|stab|murdering|murder|slaughtering|slaughter|burning|burn|torturing|torture|exterminating|exterminate|executing|execute|beheading|behead|drowning|drown)\s+(?:${PERSON}|(?:all\s+|the\s+|those\s+|these\s+|some\s+|every\s+)?(?:[a-z'-]+\s+)?(?:${GROUP_NOUN}|${PERSON_NOUN}))\b${NOT_VIOLENT_AFTER}`,
    0.75,
    'call for violence',
    gate('nothing dream fantasize fantasise'),
  ),
  rule(
    String.raw`\b(?:(?:my|our)\s+plan\s+is\s+to|(?:i|we)\s+plan\s+on|(?:i'm|im|i\s+am|we're|we\s+are)\s+planning\s+on)\s+(?:${PLACE_VERB}\s+${PLACE}|${HARD_VERB}\s+${PERSON}\b${NOT_VIOLENT_AFTER})`,
    0.8,
    'threat of violence',
    gate('plan planning'),
  ),
  rule(
    String.raw`\b(?:should|must|needs?\s+to|ought\s+to|gonna|going\s+to|will|'ll|let's|lets|time\s+to|about\s+to|planning\s+to|plan\s+to)\s+(?:\w+\s+)?(?:take|bring|carry)\s+(?:a|my|his|the|an|some|their|our)\s+(?:[a-z]+\s+)?(?:rifle|rifles|gun|guns|ar-?15|ak-?47|bomb|bombs|shotgun|pistol|machete|knife|molotov|explosives)\s+to\s+(?:the\s+|that\s+|their\s+|a\s+|this\s+)?(?:[a-z]+\s+)?(?:mosque|synagogue|church|temple|school|rally|march|parade|protest|precinct|station|city\s+hall|bar|club|clinic|meeting|pride|vigil)\b(?![^.!?\n]*\b(?:cake|potluck|pie|bread|dinner|lunch|picnic|bbq|barbecue|buyback|turn\s+(?:it|them)\s+in|surrender|disposal|amnesty)\b)`,
    0.75,
    'call for violence',
    gate(
      'rifle rifles gun guns ar-15 ar15 ak-47 ak47 bomb bombs shotgun pistol machete knife molotov explosives',
    ),
  ),
  rule(
    String.raw`\b(?:${GROUP_NOUN}|homeless)\s+(?:(?:like\s+(?:you|him|her|them|that|this)|[a-z'-]+)\s+){0,3}?(?:all\s+)?(?:should|needs?\s+to|deserves?\s+to|ought\s+to|must|have\s+to|has\s+to)\s+(?:all\s+)?(?:be|get)\s+put\s+to\s+sleep\b|\b(?:${PERSON_NOUN}|them|they)\s+(?:all\s+)?(?:should|needs?\s+to|deserves?\s+to|ought\s+to|must|have\s+to|has\s+to)\s+(?:all\s+)?(?:be|get)\s+put\s+to\s+sleep\s+like\s+(?:\w+\s+)?(?:dogs?|animals?|cattle|vermin|rats?)\b`,
    0.75,
    'call for violence',
    gate('sleep'),
  ),
  rule(
    String.raw`(?:(?<=^|[.!?\n,;]\s*)|\b(?:just|so|and|then)\s+)let\s+(?:them|em|'em|(?:the|those|these|all\s+the|all\s+those|every)\s+(?:[a-z'-]+\s+)?(?:${GROUP_NOUN}|${PERSON_NOUN})|(?:[a-z'-]+\s+)?${GROUP_NOUN})\s+(?:all\s+)?(?:bleed|burn|hang|drown|rot\s+and\s+die|suffer\s+and\s+die|bleed\s+out)\b(?!\s+(?:of|from|for|in\s+(?:peace|the\s+(?:ballot|polls|election))|their\s+hair|down|out\s+(?:the|their)))`,
    0.7,
    'call for violence',
    gate('bleed burn hang drown'),
  ),
  rule(
    String.raw`\b(?:${GROUP_NOUN}|${PERSON_NOUN}|you|u|y'?all)\s+(?:all\s+)?(?:belongs?|should\s+be|need\s+to\s+be|needs\s+to\s+be|deserve\s+to\s+be|deserves\s+to\s+be)\s+(?:all\s+)?in\s+(?:mass\s+graves?|(?:a|the|their|your|an\s+early|unmarked)\s+graves?|the\s+ground|body\s+bags?|(?:the\s+)?ovens?|(?:the\s+)?gas\s+chambers?|coffins?|the\s+morgue|a\s+ditch)\b|\bthey\s+(?:all\s+)?belong\s+in\s+(?:mass\s+graves?|body\s+bags?|(?:the\s+)?ovens?|(?:the\s+)?gas\s+chambers?)\b`,
    0.75,
    'call for violence',
    gate('graves grave ground bag bags oven ovens chamber chambers coffin coffins morgue ditch'),
  ),
  // Round 28 (0.7.1, blind 120): threats at an editor or admin, written after round 27 and run
  // once: 10 of 15, 0 of 10 harmless twins. "I will find out who you are and you will regret it",
  // "keep vandalizing my page and you'll end up in a hospital", "I hope a truck runs you over",
  // "mark my words, you are going to get hurt over this".
  rule(
    String.raw`\b(?:i|we)(?:'ll|\s+will|\s+am\s+going\s+to|'m\s+gonna|'m\s+going\s+to|\s+are\s+going\s+to)\s+find\s+out\s+who\s+(?:you|u)\s+(?:are|really\s+are)\b[^.!?\n]{0,30}?\b(?:and\s+)?(?:you|u)(?:'ll|\s+will)\s+(?:regret|pay|be\s+sorry)\b`,
    0.7,
    'intimidation',
    gate('regret pay sorry'),
  ),
  rule(
    String.raw`\b(?:you|u)(?:'ll|\s+will|\s+are\s+going\s+to|'re\s+going\s+to|'re\s+gonna|\s+are\s+gonna)\s+(?:end|wind)\s+up\s+(?:in\s+(?:a|the)\s+(?:hospital|morgue|grave|wheelchair|body\s+bag|ditch|coffin|icu|er|river)|dead|six\s+feet\s+under)\b(?<=\b(?:keep|continue|if\s+you|one\s+more|do\s+that\s+again|try\s+(?:that|it))\b[^.!?\n]{0,60})(?![^.!?\n]*\b(?:${DANGER}|${HAZARD})\b)(?<!\b(?:${DANGER}|${HAZARD})\b[^.!?\n]{0,80})`,
    0.7,
    'intimidation',
    gate('hospital morgue grave wheelchair bag ditch coffin icu er river dead under'),
  ),
  rule(
    String.raw`\b(?:hope|wish|pray)\s+(?:that\s+)?(?:a|the|some)\s+(?:[a-z]+\s+)?(?:truck|car|bus|train|drunk\s+driver|semi|garbage\s+truck)\s+(?:runs?\s+(?:you|u|ya|him|her|them)\s+over|hits?\s+(?:you|u|ya|him|her|them)|runs?\s+over\s+(?:you|u|ya|him|her|them))\b`,
    0.65,
    'call for violence',
    gate('runs run hits hit'),
  ),
  rule(
    String.raw`\b(?:you|u)\s+(?:are|'re|r)\s+(?:going\s+to|gonna)\s+get\s+(?:hurt|killed)\s+(?:over|for)\s+(?:this|that|it)\b(?![^.!?\n]*\bif\b)(?!\s+(?:in|on|by)\s+(?:the\s+)?(?:reviews?|polls?|press|media|comments|ratings|elections?|market|court|game|playoffs|finals?)\b)(?![^.!?\n]*\b(?:${DANGER}|${HAZARD})\b)|\bmark\s+my\s+words\b[^.!?\n]{0,20}?\b(?:you|u)(?:'re|\s+are|'ll|\s+will)\s+(?:going\s+to\s+|gonna\s+)?(?:get\s+)?(?:hurt|killed|pay|regret\s+(?:this|it)|die|bleed)\b`,
    0.7,
    'intimidation',
    gate('hurt killed pay regret die bleed'),
  ),
  // Round 30 (0.7.1, blind 123: bombs and arson at public buildings, written after round 29, run
  // once: 7 of 15, 0 of 10 harmless): "someone should bomb city hall", "we planted something
  // under the chief's car", "a pipe bomb at the parade would teach them a lesson", "evacuate the
  // school now or everyone dies", "the mosque on 3rd will go up in flames this Friday", "next
  // protest we bring molotovs for the cops".
  rule(
    String.raw`\b(?:planted|put|left|placed|hid|stuck)\s+(?:something|a\s+(?:little\s+)?surprise)\s+(?:under|in|inside|beneath|on)\s+(?:your|ur|his|her|their|the\s+[a-z]+['’]s)\s+(?:car|truck|cruiser|house|porch|desk|office|mailbox|engine)\b(?![^.!?\n]*${KINDNESS})(?<!${KINDNESS}[^.!?\n]{0,80})`,
    0.7,
    'intimidation',
    gate('something surprise'),
  ),
  rule(
    String.raw`(?<!\b(?:bath|glitter|seed|stink|photo|smoke|flavou?r|truth|f|da)[\s-])\b(?:pipe\s+bombs?|car\s+bombs?|bombs?|ieds?|molotovs?|grenades?|explosives)\b[^.!?\n]{0,40}?\b(?:would|will|should|could)\s+(?:teach\s+(?:them|him|her|you|those|these|the)\b|(?:fix|solve|end|sort\s+out)\s+(?:that|this|them|it|everything)\b|(?:be|do)\s+(?:nice|great|good|the\s+trick|wonders))|\b(?:bring|bringing|we'll\s+bring|carry)\s+(?:the\s+|some\s+|our\s+|a\s+few\s+)?(?:molotovs?|molotov\s+cocktails?|pipe\s+bombs?|bombs|grenades?|explosives)\b(?![^.!?\n]*\b(?:bath|cocktail\s+bar|recipe|game|movie|film|costume|pretend|drill)\b)`,
    0.75,
    'call for violence',
    gate('bomb bombs ied ieds molotov molotovs grenade grenades explosives'),
  ),
  rule(
    String.raw`\bevacuate\b[^.!?\n]{0,40}?\bor\s+(?:else\s+)?(?:everyone|everybody|people|you\s+all|y'?all|they|you|u|the\s+kids|kids)\s+(?:dies?|will\s+die|gets?\s+(?:hurt|killed)|will\s+get\s+(?:hurt|killed))\b(?![^.!?\n]*\b(?:drill|rush|alarm|leak|flood|storm|safely|calmly)\b)(?<!\b(?:calmly|safely|drill|alarm)\b[^.!?\n]{0,60})`,
    0.8,
    'threat of violence',
    gate('evacuate'),
  ),
  // Round 31 (0.7.2, a battery of stock threats written first: 24 of 30 on first contact): "I'll
  // push you off the bridge", "I'll send you to the morgue" (the hospital, the ICU and the ER
  // are the older rule's, "put you in the hospital"), "you're going in the river", "I'll teach
  // you a lesson with my fists", "I'll take you out the moment you step outside".
  rule(
    String.raw`${FIRST_PERSON}\s+(?:\w+\s+)?(?:push|throw|shove|toss|drop|kick)\s+(?:${PERSON})\s+(?:off|out\s+of|from)\s+(?:a|the|that|this|your|ur|his|her|their)\s+(?:[a-z]+\s+)?(?:bridge|roof|rooftop|cliff|building|balcony|window|overpass|tower|ledge|parking\s+garage)\b`,
    0.8,
    'threat of violence',
    gate('push throw shove toss drop kick'),
  ),
  rule(
    String.raw`${FIRST_PERSON}\s+(?:\w+\s+)?(?:send|put)\s+(?:${PERSON})\s+(?:to|in|into)\s+(?:a|an|the|your|ur|his|her|their|an\s+early)\s+(?:morgue|grave|cemetery|graveyard|coffin|casket|emergency\s+room|body\s+bag|early\s+grave|obituaries|funeral\s+home)\b${NOT_THE_PLACE_ITSELF}`,
    0.8,
    'threat of violence',
    gate('send put'),
  ),
  rule(
    String.raw`\b(?:you're|you\s+are|youre|ur|u\s+r|you'll\s+be|you\s+will\s+be|he's|she's|they're)\s+(?:going|goin|gonna\s+go|headed)\s+(?:in|into)\s+(?:the|a)\s+(?:river|lake|ground|dirt|bay|trunk|ocean|swamp|landfill|woodchipper|wood\s+chipper)\b(?<=\b(?:keep|continue|if\s+you|one\s+more|do\s+that\s+again|try\s+(?:that|it)|next\s+time|or)\b[^.!?\n]{0,60})`,
    0.75,
    'intimidation',
    gate('going goin gonna headed'),
  ),
  rule(
    String.raw`\bteach\s+(?:${PERSON})\s+(?:a|one)\s+(?:\w+\s+)?lesson\s+with\s+(?:my|a|his|her|our|their|these|this)\s+(?:bare\s+)?(?:fists?|bat|baseball\s+bat|gun|knife|belt|boots?|crowbar|hammer|pipe|tire\s+iron|brass\s+knuckles|rifle|pistol|blade|machete)\b`,
    0.8,
    'threat of violence',
    gate('lesson'),
  ),
  rule(
    String.raw`${FIRST_PERSON}\s+(?:\w+\s+)?take\s+(?:you|u|ya|him|her|them|(?:that|this|the)\s+${PERSON_NOUN})\s+out\s+(?:the\s+(?:moment|second|minute)\s+(?:you|u|he|she|they)\s+(?:step|walk|come|leave|show)|permanently|for\s+good|like\s+(?:a|the)\s+(?:trash|dog|rat)|before\s+(?:you|u|he|she|they)\s+(?:know|see)\s+it)\b`,
    0.75,
    'threat of violence',
    gate('take'),
  ),
  // Round 35 (0.7.2): a death wished on a group as a better world ("the world would be better if
  // all the Jews were dead").
  rule(
    String.raw`\b(?:world|country|city|town|america|planet|earth|everyone|everybody|we|society|life|neighbou?rhood|state)\s+(?:would|will|'d|'ll)\s+be\s+(?:a\s+(?:lot\s+)?|so\s+much\s+|much\s+|far\s+)?(?:better|safer|nicer|happier|cleaner)(?:\s+place)?(?:\s+off)?\s+(?:if|when|once)\s+(?:all\s+|every\s+)?(?:the\s+|those\s+|these\s+)?(?:[a-z'-]+\s+)?(?:${GROUP_NOUN}|${PERSON_NOUN})\s+(?:were|was|are|is|got|get)\s+(?:all\s+)?(?:dead(?!\s+(?:set|serious|wrong|tired|last|on|right|center|even|broke|quiet|silent|ahead|asleep)\b)|killed|exterminated|wiped\s+out|shot|hanged|hung|gassed|executed|lynched|slaughtered|murdered)\b`,
    0.75,
    'call for violence',
    gate(
      'dead killed exterminated wiped shot hanged hung gassed executed lynched slaughtered murdered eradicated purged hunted',
    ),
  ),
  // Round 36 (0.7.3, blind 140: veiled threats written after round 35 and run once, 9 of 20 on
  // first contact, 1 of 15 harmless twins): "you're going to regret this when I find you",
  // "somebody should teach that reporter what happens to snitches", "a rope and a tree with the
  // mayor's name on it", "better pray I don't bring my truck to the march", "make sure your wife
  // becomes a widow", "let's see how tough the deputy is with a bullet in him", "you'd better hope
  // your brakes work tomorrow", "I hope someone runs those cyclists over, and I might be the one".
  rule(
    String.raw`\b(?:regret|sorry|pay\s+for)\b[^.!?\n]{0,40}?\b(?:when|once|after)\s+(?:i|we)\s+(?:find|catch|track\s+down|get\s+(?:my\s+hands\s+on|ahold\s+of|a\s+hold\s+of))\s+(?:you|u|ya|him|her|them)\b|\b(?:when|once)\s+(?:i|we)\s+(?:find|catch|track\s+down)\s+(?:you|u|ya|him|her|them)\b[^.!?\n]{0,30}?\b(?:you|u|he|she|they)(?:'ll|\s+will|'re\s+gonna|\s+are\s+gonna|'re\s+going\s+to|\s+are\s+going\s+to|'s\s+gonna|\s+is\s+going\s+to)\s+(?:regret|pay|be\s+sorry|wish)\b`,
    0.7,
    'intimidation',
    gate('find catch track hands ahold hold'),
  ),
  rule(
    String.raw`\b(?:teach|show|remind|tell|knows?|learn|find\s+out|see)\b[^.!?\n]{0,40}?\bwhat\s+(?:happens|we\s+do|they\s+do|i\s+do)\s+to\s+(?:snitches|rats|narcs|traitors|people\s+(?:who|that)\s+(?:snitch|talk\s+to\s+(?:the\s+)?(?:cops|police)))\b(?![^.!?\n]*\b(?:documentar\w*|prison\s+stud\w*|podcast|movie|film|book|series|article|episode)\b)`,
    0.7,
    'intimidation',
    gate('snitches rats narcs traitors snitch'),
  ),
  rule(
    String.raw`\b(?:rope|noose)\s+and\s+a\s+(?:tree|lamppost|lamp\s+post|branch|lamp\s+pole)\b|\b(?:tree|lamppost|lamp\s+post|branch)\s+and\s+a\s+(?:rope|noose)\b|\b(?:rope|noose|grave|coffin|casket|body\s*bag)\s+(?:with|that\s+has)\s+(?:your|ur|his|her|their|the\s+[a-z]+['’]s|[a-z]+['’]s)\s+name\s+(?:on|written\s+on|carved\s+on|engraved\s+on)\s+it\b`,
    0.75,
    'intimidation',
    gate('rope noose grave coffin casket bag bodybag'),
    {
      unless:
        /\b(?:swings?|tire|hammock|climb\w*|treehouse|tree\s+house|camping|tent|kids\s+play|playground|obstacle|course|gym)\b/,
    },
  ),
  rule(
    String.raw`\b(?:better|'d\s+better|had\s+better|should)\s+pray\s+(?:that\s+)?(?:i|we)\s+(?:never|don'?t|do\s+not|won'?t|will\s+not)\b|\b(?:better|'d\s+better|had\s+better|should)\s+hope\s+(?:that\s+)?(?:i|we)\s+(?:never|don'?t|do\s+not|won'?t|will\s+not)\s+(?:bring|show\s+up|pull\s+up|get\s+(?:my|our)\s+hands\s+on|come\s+(?:down|over|back)\s+(?:there|to))\b|\b(?:better|'d\s+better|had\s+better)\s+(?:hope|pray)\s+(?:that\s+)?(?:your|ur|his|her|their)\s+(?:brakes?|brake\s*lines?|tires|steering|car\s+starts|engine\s+starts|locks\s+hold|door\s+holds)\b`,
    0.7,
    'intimidation',
    gate('pray hope'),
  ),
  rule(
    String.raw`\b(?:make\s+sure|see\s+to\s+it|guarantee)\s+(?:that\s+)?(?:your|ur|his|her|their|the\s+[a-z]+['’]s)\s+(?:wife|husband|kids|children|son|daughter|family|boys|girls)\s+(?:becomes?|is|are|will\s+be|ends?\s+up|grows?\s+up)\s+(?:a\s+|as\s+)?(?:widows?|widowers?|orphans?|fatherless|motherless|without\s+(?:a\s+)?(?:father|mother|dad|mom|husband|wife))\b|\b(?:your|ur|his|her)\s+(?:wife|husband)\s+(?:will|'ll|is\s+going\s+to|is\s+gonna|'s\s+gonna|'s\s+going\s+to)\s+be\s+a\s+(?:widow|widower)\b(?![^.!?\n]*\b(?:${DANGER}|${HAZARD})\b)`,
    0.75,
    'intimidation',
    gate(
      'widow widows widower widowers orphan orphans fatherless motherless father mother dad mom husband wife',
    ),
  ),
  rule(
    String.raw`\bhow\s+(?:tough|brave|big|bad|smart|cocky|funny|loud|strong|mouthy)\s+(?:[a-z'’]+\s+){1,3}?(?:is|are|looks?|'s|'re|will\s+be|would\s+be)\s+with\s+(?:a\s+|some\s+)?(?:bullet|bullets|knife|blade|slug|round|rounds|hole|holes|noose)\s+(?:in|through|around)\s+(?:him|her|them|you|u|his|her|your|ur|their)\b|\b(?:like|love|want)\s+to\s+see\s+(?:[a-z'’]+\s+){1,3}?with\s+(?:a\s+)?(?:bullet|bullets|knife|blade|noose)\s+(?:in|through|around)\s+(?:him|her|them|his|her|their)\b`,
    0.75,
    'threat of violence',
    gate('bullet bullets knife blade slug round rounds hole holes noose'),
  ),
  rule(
    String.raw`\b(?:keep|try|say|do|post|call\s+me)\b[^.!?\n]{0,40}?\b(?:and|&)\s+(?:see|watch|find\s+out)\s+where\s+(?:you|u|ya)\s+(?:wake\s+up|end\s+up|get\s+found)\b(?<!\b(?:${DANGER}|${HAZARD}|party\w*|vacation|travel\w*|career|job|school|class\w*|stud\w*|practic\w*|train\w*|sav\w*|invest\w*|apply\w*|network\w*|vot\w*)\b[^.!?\n]*)`,
    0.7,
    'intimidation',
    gate('wake end found'),
  ),
  rule(
    String.raw`\b(?:hope|wish|pray)\s+(?:that\s+)?(?:someone|somebody|some\s+[a-z]+|a\s+(?:car|truck|bus|train|semi|driver))\s+(?:runs?|mows?|plows?)\s+(?:(?:every|all|each)\s+(?:one|last\s+one|single\s+one)?\s*(?:of\s+)?)?(?:you|u|them|him|her|those|these|the|that|this|your)\b(?:\s+[a-z'’]+){0,3}?\s+(?:over|down)\b|\b(?:hope|wish|pray)\s+(?:that\s+)?(?:someone|somebody|a\s+(?:car|truck|bus|train|semi|driver))\s+(?:runs?|mows?|plows?)\s+(?:over|down)\s+(?:every|all|each|you|u|them|him|her|those|these)\b`,
    0.75,
    'call for violence',
    gate('runs run mows mow plows plow'),
  ),
  // Round 37 (0.7.3; blind 141, written after round 36 and run once: 2 of 20 threats, 0 of 15
  // twins; looked at for these rules, so a development round now). Whole families rather than
  // the sentences: a condition and a bodily consequence ("touch my dog again and you'll need a
  // surgeon", "run your mouth once more and you'll be picking your teeth off the sidewalk"), a
  // weapon readied with a person in mind ("cleaning my rifle all week thinking about that
  // chief", "next time I bring the bat"), a bullet put "in your chest", wanting to watch someone
  // bleed, an accident foretold ("that deputy's going to have an accident one of these nights"),
  // "count your days", "don't start your car tomorrow", "a shame if she didn't make it to prom",
  // "my boot on your throat", "knows where the lieutenant lives", waiting "in the parking garage
  // after your shift", "hope you like hospital food, because…", "put that judge out of his
  // misery", "you're going to get hurt if you show up again", "that courthouse is getting
  // torched", "see how loud he talks with his jaw wired shut". Warnings of a danger, kindness and
  // animals are not menace.
  rule(
    String.raw`\b(?:again|one\s+more\s+time|once\s+more|ever\s+again|next\s+time)\b[^.!?\n]{0,12}?(?:,\s*|\s+(?:and|&|then)\s+)(?:you|u|ya|he|she|they)(?:'ll|\s+will|'re\s+gonna|\s+are\s+gonna|'re\s+going\s+to|\s+are\s+going\s+to|'s\s+gonna|\s+is\s+going\s+to|\s+gonna)\s+(?:need\s+(?:a|an)\s+(?:new\s+)?(?:surgeon|doctor|dentist|ambulance|medic|paramedic|face|jaw|nose|teeth|kneecaps?|wheelchair|cast|coffin|casket|priest|undertaker|body\s*bag|plastic\s+surgeon|straw)|be\s+(?:picking\s+(?:your|ur|his|her|their)\s+teeth|picking\s+(?:you|him|her|them)\s+up\s+off|spitting\s+(?:out\s+)?(?:teeth|blood)|eating\s+through|limping|crawling|carried\s+out|in\s+(?:a|the)\s+(?:hospital|wheelchair|cast|ambulance|morgue|ground|ditch|er|icu))|lose\s+(?:some|a\s+few|your|ur|his|her|their|an?)\s+(?:teeth|tooth|fingers?|eyes?|hands?|kneecaps?)|never\s+walk\s+again|bleed)\b(?<!\b(?:${DANGER}|${HAZARD})\b[^.!?\n]*)`,
    0.75,
    'intimidation',
    gate(
      'surgeon doctor dentist ambulance medic paramedic face jaw nose teeth kneecap kneecaps wheelchair cast coffin casket priest undertaker bodybag body straw picking spitting eating limping crawling carried hospital morgue ground ditch er icu tooth fingers finger eyes eye hands hand walk bleed',
    ),
  ),
  rule(
    String.raw`\b(?:cleaning|loading|oiling|sharpening|sighting\s+in|polishing|loaded|cleaned|sharpened|oiled)\s+(?:up\s+)?(?:my|the|our)\s+(?:rifle|gun|guns|pistol|shotgun|ar|ar-15|ak|ak-47|glock|knife|knives|machete|blade|bat|9mm|revolver|piece|rounds|mags|magazines)\b[^.!?\n]{0,50}?\b(?:thinking\s+(?:about|of)|(?:just\s+)?for|with\s+[^.!?\n]{1,25}\s+in\s+mind|waiting\s+for|dreaming\s+(?:about|of))\s+(?:you|u|him|her|them|(?:that|the|this|those|these|your)\s+(?:[a-z]+\s+)?${PERSON_NOUN}|(?:officer|chief|mayor|judge|sheriff|deputy|sergeant|detective)\s+[a-z]+|[a-z]+['’]s\s+(?:house|family|kids))\b`,
    0.75,
    'intimidation',
    gate('cleaning loading oiling sharpening sighting polishing loaded cleaned sharpened oiled'),
  ),
  rule(
    String.raw`\bnext\s+time\s*,?\s*(?:i|we)(?:'ll|\s+will)?\s+(?:bring|brings|am\s+bringing|'m\s+bringing|come\s+with|show\s+up\s+with)\s+(?:the|my|a|our|some)\s+(?:bat|bats|gun|guns|rifle|knife|machete|shotgun|pistol|piece|heat|strap|ar|ak|glock|crowbar|brass\s+knuckles|friends\s+with\s+bats|boys)\b(?!\s+(?:to|for)\s+(?:practice|the\s+(?:game|range|park|field|team)|softball|baseball|cricket|hunting|class|training|the\s+kids|show\s+and\s+tell))(?![^.!?\n]*\b(?:softball|baseball|cricket|practice|league|tee-?ball|game|range|hunting)\b)`,
    0.7,
    'intimidation',
    gate(
      'bat bats gun guns rifle knife machete shotgun pistol piece heat strap ar ak glock crowbar knuckles boys',
    ),
  ),
  rule(
    String.raw`\b(?:put|pump|stick|plant|drop)\s+(?:one|two|three|a\s+few|some|six|a\s+couple|a\s+round|rounds|a\s+slug|lead)\s+(?:rounds?\s+)?(?:in|into|through)\s+(?:your|ur|his|her|their|the\s+[a-z]+['’]s)\s+(?:chest|head|skull|face|back|heart|gut|belly|brain|dome|knee|kneecaps?|legs?|spine|neck|throat)\b(?!\s+pockets?)`,
    0.8,
    'threat of violence',
    gate('one two three few some six couple round rounds slug lead'),
  ),
  rule(
    String.raw`\b(?:love|like|pay(?:\s+good)?\s+money|want|wanna|can'?t\s+wait|would\s+enjoy|dream\s+of|enjoy|live)\s+(?:to\s+)?(?:watch|see|watching|seeing)\s+(?:you|u|him|her|them|(?:that|the|this|those|these|every|your)\s+(?:[a-z]+\s+)?${PERSON_NOUN}|(?:officer|chief|mayor|judge|sheriff|deputy)\s+[a-z]+|(?:(?:the|those|these|every|all\s+(?:the\s+)?|more)\s+(?:[a-z]+\s+)?)?(?:${GROUP_TARGET}|${DEHUMAN}|${REVILED}))(?:\s+(?:in|on|around|at|from)\s+(?:this|my|our|the|that)\s+[a-z]+)?\s+(?:bleed|bleeding|die|dying|burn|burning|choke|choking|drown|drowning|scream|screaming|beg\s+for\s+(?:mercy|his\s+life|her\s+life|their\s+lives)|gasp|gasping)\b(?!\s+(?:of|from|laughing|happy|peacefully|in\s+peace|out|down|off|with\s+laughter|on\s+(?:the\s+)?(?:stage|field|court))\b)(?!\s+(?:in\s+(?:court|the\s+polls|the\s+election|the\s+debate|november|the\s+midterms?|the\s+primar(?:y|ies)|the\s+ballot\s+box)|at\s+the\s+(?:polls|debate|podium|ballot\s+box)|on\s+(?:stage|camera|tv|election\s+day)))`,
    0.75,
    'threat of violence',
    gate(
      'bleed bleeding die dying burn burning choke choking drown drowning scream screaming beg gasp gasping',
    ),
  ),
  rule(
    String.raw`(?<!\b(?:someone|somebody|people|drivers?|kids|children|pedestrians?|cyclists?|bikers?|joggers?|everyone|anybody|anyone)\s+(?:is\s+|are\s+)?)\b(?:going\s+to|gonna|might|could|may|will|'ll)\s+(?:have|meet\s+with|suffer|get\s+into)\s+(?:an?\s+|some\s+)?(?:(?:very|real|really|pretty|truly)\s+)?(?:little\s+|nasty\s+|terrible\s+|unfortunate\s+|tragic\s+|fatal\s+|bad\s+|serious\s+)?accident\b[^.!?\n]{0,40}?\b(?:one\s+of\s+these\s+(?:nights|days)|(?:real\s+)?soon|tonight|someday|some\s+night|on\s+(?:a|his|her|the\s+way)\s+(?:[a-z]+\s+)?(?:road|way\s+home|drive\s+home)|on\s+(?:the|his|her|your|ur|their)\s+(?:way|drive|ride|walk|commute)\s+(?:home|to\s+work|back)|on\s+(?:that|this|his|her|your|ur|their)\s+(?:\w+\s+)?(?:boat|bike|motorcycle|harley|jet\s*ski|ladder|roof|deck|hunting\s+trip|fishing\s+trip)(?:\s+of\s+(?:his|hers|yours|theirs))?)\b(?![^.!?\n]*\b(?:${DANGER}|${HAZARD}|if\s+(?:he|she|you|they)\s+(?:keeps?|doesn'?t|don'?t|won'?t))\b)(?<!\b(?:${DANGER}|${HAZARD}|road\s+is|so\s+dark|no\s+lights?|streetlights?|intersection|crosswalk|potholes?|fix|repair\w*)\b[^.!?\n]*)`,
    0.7,
    'intimidation',
    gate('accident'),
  ),
  rule(
    String.raw`\bcount\s+(?:your|ur|his|her|their)\s+(?:days|hours|minutes|breaths|last\s+days)\b(?!\s+(?:till|until|til|to|left|off|before|of\s+\w+|at\s+the\s+(?:beach|lake)))(?![^.!?\n]*\b(?:retir\w*|vacation|congrat\w*|graduat\w*|leave|holiday|weekend)\b)`,
    0.7,
    'intimidation',
    gate('days hours minutes breaths'),
  ),
  rule(
    String.raw`\b(?:don'?t|do\s+not|wouldn'?t|i\s+wouldn'?t|i\s+would\s+not|careful|be\s+careful)\s+(?:start(?:ing)?|turn(?:ing)?\s+on|open(?:ing)?|driv(?:e|ing))\s+(?:your|ur|his|her)\s+(?:car|truck|engine|ignition|mail|mailbox|packages?|front\s+door|cruiser)\b(?=\s*(?:[.!,;]|$|\s+(?:tomorrow|tonight|in\s+the\s+morning|if\s+i\s+were\s+you|councilwoman|councilman|officer|chief|deputy|sergeant|mayor|judge|just\s+(?:a\s+)?(?:friendly\s+)?(?:tip|saying|warning))))(?![^.!?\n]*\b(?:ice|snow|frost|cold|warm\s+up|battery|recall|flood\w*|water|charger|scam|phishing|porch\s+pirates?|thieves|stolen|without|until|till|unless|before|wasps?|bees|hornets?|nest|snakes?|spiders?|raccoons?|skunks?|possums?|animal\s+control|leak\w*|broken|because|there'?s)\b)`,
    0.7,
    'intimidation',
    gate('car truck engine ignition mail mailbox package packages door cruiser'),
  ),
  rule(
    String.raw`\b(?:(?:it'?d|it\s+would|would|it'?ll)\s+)?be\s+a\s+(?:real\s+|damn\s+|terrible\s+|awful\s+)?(?:shame|pity)\s+if\s+(?:she|he|they|you|u|your\s+\w+|his\s+\w+|her\s+\w+)\s+(?:didn'?t|did\s+not|never|couldn'?t|could\s+not|don'?t|doesn'?t|won'?t)\s+(?:make\s+it\s+(?:to|home|back|through)|come\s+home|get\s+home|wake\s+up|live\s+to|survive|see\s+(?:another|next|her|his))\b`,
    0.75,
    'intimidation',
    gate('shame pity'),
    { unless: WARNING_OF_A_DANGER },
  ),
  rule(
    String.raw`\b(?:my|our)\s+(?:boot|boots|foot|knee|knife|gun|blade|hands?|fingers|rope)\s+(?:on|at|to|against|around|across|in)\s+(?:your|ur|his|her|their)\s+(?:throat|neck|head|face|skull|windpipe)\b`,
    0.75,
    'threat of violence',
    gate('boot boots foot knee knife gun blade hand hands fingers rope'),
  ),
  rule(
    String.raw`\b(?:i|we|my\s+[a-z]+|our\s+[a-z]+|someone|somebody|people|they|the\s+boys)\s+(?:already\s+)?knows?\s+where\s+(?:you|u|he|she|they|(?:the|that|your|this|his|her)\s+(?:[a-z]+\s+)?${PERSON_NOUN}|your\s+(?:kids|wife|husband|family|mom|mother|daughter|son)|officer\s+[a-z]+|(?:chief|mayor|judge|sheriff|deputy|sergeant|lieutenant|detective)\s+[a-z]+)\s+(?:lives?|sleeps?|parks?|goes\s+to\s+school|go\s+to\s+school|drops?\s+(?:off\s+)?(?:his|her|their|the)\s+kids)\b(?=\s*(?:[.!?…]|$|,?\s*(?:just\s+(?:saying|so\s+(?:you|u)\s+know|a\s+reminder)|remember\s+that|think\s+about\s+(?:it|that)|and\s+(?:so\s+do|we|i|they)\b|now\b)))(?![^.!?\n]*\b(?:thank\w*|card|cards|flowers|gift|gifts|cookies|casserole|meals?|visit\s+to\s+thank|drop\s+off\s+(?:a|the)\s+(?:card|gift)|donations?)\b)`,
    0.7,
    'intimidation',
    gate('lives live sleeps sleep parks park school drops drop'),
  ),
  rule(
    String.raw`\b(?:i'll|i\s+will|ill|we'll|we\s+will|i'm|im|i\s+am|we're|we\s+are)\s+(?:be\s+)?waiting\s+(?:for\s+(?:you|u|him|her)\s+)?(?:in|at|outside|by|behind|near|under)\s+(?:the|your|ur|his|her)\s+(?:[a-z]+\s+)?(?:parking\s+(?:garage|lot|deck)|garage|car|truck|house|home|door|driveway|alley|station|precinct|back\s+door|stairwell)\b[^.!?\n]{0,30}?\b(?:after\s+(?:your|ur|his|her)\s+shift|tonight|when\s+(?:you|he|she)\s+(?:get|gets)\s+off)\b(?![^.!?\n]*(?:${KINDNESS}|\b(?:cake|coffee|donuts?|doughnuts?|pizza|ride|lift|surprise|hug|carpool\w*|return|give|hand|drop\s+off|pick\s+up|so\s+(?:we|i|you)\s+can)\b))`,
    0.7,
    'intimidation',
    gate('waiting'),
  ),
  rule(
    String.raw`\bhope\s+(?:you|u|he|she|they)\s+(?:like|likes|enjoy|enjoys)\s+(?:hospital\s+food|eating\s+through\s+a\s+straw|wheelchairs?|the\s+taste\s+of\s+(?:blood|dirt|concrete|pavement|asphalt|steel|lead))\b[^.!?\n]{0,10}?(?:,\s*)?\b(?:because|cause|'cause|cuz|coz|since)\b`,
    0.7,
    'intimidation',
    gate('hospital straw wheelchair wheelchairs taste'),
  ),
  rule(
    String.raw`\b(?:someone|somebody|some1|i|we|they)\s*(?:'ll|\s+will|\s+should|\s+ought\s+to|\s+needs?\s+to|'m\s+gonna|\s+am\s+gonna|'m\s+going\s+to|\s+gonna)\s+(?:just\s+)?put\s+(?:you|u|him|her|them|(?:that|the|this|those|these)\s+(?:[a-z]+\s+)?${PERSON_NOUN}|(?:officer|chief|mayor|judge|sheriff|deputy)\s+[a-z]+)\s+out\s+of\s+(?:your|his|her|their)\s+misery\b`,
    0.75,
    'call for violence',
    gate('misery'),
  ),
  rule(
    String.raw`\b(?:you|u|ya|y'?all|your\s+(?:[a-z]+\s+){0,3}?(?:crew|friends|buddies|boys|people|gang))\b[^.!?\n]{0,10}?\b(?:are|is|'re|r)\s+(?:going\s+to|gonna)\s+get\s+(?:hurt|killed|beaten|jumped|shot|stabbed)\s+if\s+(?:you|u|ya|they|he|she)\s+(?:ever\s+)?(?:show\s+up|come\s+(?:back|around|here)|film|record|keep|do\s+that|try|set\s+foot)\b[^.!?\n]{0,30}?\b(?:again|here|back|around)\b(?<!\b(?:${DANGER}|${HAZARD}|traffic|highway|freeway|storm|flood|ice|rapids|river|cliff|lake|current)\b[^.!?\n]*)`,
    0.75,
    'intimidation',
    gate('hurt killed beaten jumped shot stabbed'),
  ),
  rule(
    String.raw`\b(?:the|that|this|your|their|his|her)\s+(?:[a-z]+\s+)?(?:courthouse|station|precinct|city\s+hall|house|home|office|church|mosque|synagogue|temple|school|building|store|shop|business|cruiser|car|truck|headquarters)\s+(?:is|are|'s)\s+(?:getting|gonna\s+get|going\s+to\s+get|going\s+to\s+be|gonna\s+be|getting\s+got)\s+(?:torched|burned(?:\s+down)?|burnt(?:\s+down)?|firebombed|bombed|blown\s+up|shot\s+up|leveled|razed|molotoved)\b(?!\s+(?:with|by\s+(?:complaints|calls|emails|reviews|the\s+(?:press|media)))|\s+(?:in|on)\s+(?:the\s+)?(?:reviews|press|media|comments|news))(?<!\b(?:demoli\w*|renovat\w*|scheduled|drill|training|film|movie|scene)\b[^.!?\n]*)`,
    0.75,
    'threat of arson',
    gate('torched burned burnt firebombed bombed blown shot leveled razed molotoved'),
  ),
  rule(
    String.raw`\b(?:see\s+how|let'?s\s+see|(?:you|he|she|they)(?:'ll|\s+will|\s+won'?t)\b)[^.!?\n]{0,40}?\bwith\s+(?:your|ur|his|her|their|a)\s+(?:jaws?|mouths?)\s+wired\s+shut\b`,
    0.75,
    'threat of violence',
    gate('wired'),
  ),
  // Round 38 (0.7.3; blind 142, written after round 37 and run once: 5 of 20 threats, 0 of 15
  // twins; looked at for these rules, so a development round now): "would be awful if something
  // happened to them", "see if you leave in one piece", "the next officer who stops me is going
  // to wish he hadn't", "the people have rope", "a shovel and a quiet spot picked out for that
  // landlord", "won't finish her term, trust me", "ever heard of a drive-by? You will", "enjoy
  // his last shift", "I'd hate for your little girl to walk home alone tonight", "one call from
  // me and your whole block goes up in smoke", "let's make the chief's funeral a city holiday",
  // "we're closer than you think", "you'd look good with a toe tag", "any cop that knocks on my
  // door is leaving on a stretcher", "the Mussolini treatment".
  rule(
    String.raw`\b(?:be|been)\s+(?:a\s+)?(?:real\s+|damn\s+|truly\s+)?(?:awful|terrible|tragic|sad|too\s+bad|unfortunate|pity|horrible)\s+if\s+(?:something|anything|someone|somebody)\s+(?:bad\s+|terrible\s+|unfortunate\s+)?(?:happened|were\s+to\s+happen|was\s+to\s+happen|happens)\s+to\s+(?:you|u|him|her|them|your|ur|his|their)\b`,
    0.75,
    'intimidation',
    gate('awful terrible tragic sad bad unfortunate pity horrible'),
    { unless: WARNING_OF_A_DANGER },
  ),
  rule(
    String.raw`\b(?:see\s+if|won'?t|will\s+not|wouldn'?t|not\s+gonna|never|doubt|good\s+luck)\b[^.!?\n]{0,20}?\b(?:leave|leaving|walk\s+(?:out|away)|walking\s+(?:out|away)|go\s+home|going\s+home|make\s+it\s+(?:out|home|back))\s+(?:of\s+here\s+)?(?:in\s+one\s+piece|alive|breathing|on\s+(?:your|his|her|their)\s+own\s+(?:two\s+)?feet|with\s+(?:all\s+)?(?:your|his|her|their)\s+teeth)\b(?<!\b(?:${DANGER}|${HAZARD}|storm|flood|hurricane|surgery|traffic|highway|hike|hiking|mountain|trail|river)\b[^.!?\n]*)(?![^.!?\n]*\b(?:chili|spicy|hot\s+sauce|peppers?|food|cooking|recipe|try\w*|ride|roller\s*coaster|workout|class|bootcamp|lol|lmao|haha)\b)`,
    0.7,
    'intimidation',
    gate('piece alive breathing feet teeth'),
  ),
  rule(
    String.raw`\b(?:the\s+next|any|whichever|the\s+first|every)\s+(?:[a-z]+\s+)?${PERSON_NOUN}\s+(?:who|that)\s+[^.!?\n]{1,40}?\b(?:is\s+going\s+to|'s\s+going\s+to|is\s+gonna|gonna|will|'ll|are\s+going\s+to|are\s+gonna)\s+(?:wish\s+(?:he|she|they)\s+(?:hadn'?t|had\s+not|never|didn'?t|was\s+never|were\s+never)|regret\s+it|be\s+sorry|pay\s+for\s+it|find\s+out\s+the\s+hard\s+way)\b(?<!\b(?:${ELECTORAL}|reviews?|lawsuit|complaint|sue|lawyer|attorney|dashcam|camera|footage|record\w*)\b[^.!?\n]*)`,
    0.7,
    'intimidation',
    gate('wish regret sorry pay hard'),
  ),
  rule(
    String.raw`\b(?:we|the\s+people|people|patriots|americans|citizens|i|they)\s+(?:still\s+)?(?:have|got|'ve\s+got|have\s+got|brought)\s+(?:plenty\s+of\s+|enough\s+|lots\s+of\s+|the\s+)?(?:rope|ropes|nooses?|pitchforks|guillotines?|gallows|lampposts)\b(?![^.!?\n]*\b(?:tug|climb\w*|swing|boat|knots?|camping|tent|gym|class|course|hardware|store|sale|donat\w*|halloween|costume|play|musical|tarps?|shelter|storm|supplies|anyone\s+needs?|if\s+(?:you|anyone)\s+need)\b)`,
    0.7,
    'call for violence',
    gate('rope ropes noose nooses pitchforks guillotine guillotines gallows lampposts'),
  ),
  rule(
    String.raw`\b(?:shovel|spot|hole|plot|grave|barrel|tarp|lime|lye|body\s*bags?|trunk)\b[^.!?\n]{0,40}?\b(?:picked\s+out|ready|dug|waiting|reserved|saved|all\s+set)\s+for\s+(?:you|u|him|her|them|(?:that|the|this|your|those|these)\s+(?:[a-z]+\s+)?${PERSON_NOUN}|(?:officer|chief|mayor|judge|sheriff|deputy|sergeant)\s+[a-z]+)\b`,
    0.75,
    'intimidation',
    gate('picked ready dug waiting reserved saved set'),
  ),
  rule(
    String.raw`\b(?:won'?t|will\s+not|isn'?t\s+going\s+to|is\s+not\s+going\s+to|ain'?t\s+gonna|not\s+gonna)\s+(?:finish|complete|serve\s+out|see\s+the\s+end\s+of|make\s+it\s+to\s+the\s+end\s+of|survive)\s+(?:his|her|their|your|ur)\s+(?:term|shift|career|sentence|tour|year|week)\b[^.!?\n]{0,10}?,?\s*(?:trust\s+me|mark\s+my\s+words|i\s+promise|i\s+guarantee|count\s+on\s+it|believe\s+me|you\s+have\s+my\s+word|i\s+swear)\b`,
    0.7,
    'intimidation',
    gate('term shift career sentence tour year week'),
  ),
  rule(
    String.raw`\bheard\s+of\s+(?:a\s+|an\s+)?(?:drive-?bys?|drive\s+bys?|hits?|hit\s+and\s+runs?|molotovs?|pipe\s+bombs?|car\s+bombs?|lynchings?|kneecapping|curb\s+stomps?|necklacing)\s*\?\s*(?:well\s*,?\s*)?(?:you|u)(?:'ll|\s+will|\s+soon\s+will|\s+are\s+about\s+to|'re\s+about\s+to|'re\s+gonna|\s+will\s+soon)\b`,
    0.75,
    'intimidation',
    gate(
      'drive drivebys driveby drive-by drive-bys hit hits molotov molotovs bomb bombs lynching lynchings kneecapping stomp stomps necklacing',
    ),
  ),
  rule(
    String.raw`\benjoy\s+(?:your|ur|his|her|their)\s+last\s+(?:shift|patrol|ride|breaths?|meal|walk|christmas|summer|night|sunrise|drive)\b(?![^\n]*\b(?:retir\w*|congrat\w*|part(?:y|ies)|cake|farewell|send-?off|well\s+deserved|earned|before\s+(?:vacation|leave|the\s+move|moving)|thank\w*|miss\s+(?:you|him|her)|grandkids|fishing|golf)\b)(?<!\b(?:retir\w*|congrat\w*|thank\w*|farewell|happy)\b[^.!?\n]*)`,
    0.7,
    'intimidation',
    gate('shift patrol ride breath breaths meal walk christmas summer night sunrise drive'),
  ),
  rule(
    String.raw`\b(?:i'?d|i\s+would|we'?d|we\s+would|would)\s+hate\s+(?:for|to\s+see)\s+(?:your|ur|his|her|their)\s+(?:little\s+|precious\s+|sweet\s+)?(?:girl|boy|kids?|children|daughter|son|wife|husband|family|mom|mother|grandkids|baby)\s+(?:to\s+)?(?:walk|get|be|go|end\s+up|come\s+home|have|find|disappear)\b[^.!?\n]{0,30}?\b(?:alone|hurt|tonight|after\s+dark|in\s+the\s+dark|accident|something|disappear\w*|taken|missing)\b(?<!\b(?:${DANGER}|${HAZARD}|traffic|crosswalk|intersection|streetlights?|storm|flu|measles|virus|cold|heat|scam\w*|fair|festival|parade|concert|crowds?|wristbands?|mall|game|event|lost)\b[^.!?\n]*)(?![^.!?\n]*\b(?:fair|festival|parade|concert|crowds?|wristbands?|mall|game|event|${DANGER}|${HAZARD})\b)`,
    0.7,
    'intimidation',
    gate('alone hurt lost tonight dark accident something disappear disappears taken missing'),
  ),
  rule(
    String.raw`\bone\s+(?:call|word|text|phone\s+call|nod|signal|message)\s+from\s+me\s+and\s+(?:you|u|your|ur|his|her|their|the|that)\b[^.!?\n]{0,30}?\b(?:goes?\s+up\s+in\s+(?:smoke|flames)|burns?\s+(?:down)?|(?:is|are|'re|'s)\s+(?:dead|gone|finished|ash(?:es)?|history)|disappears?|gets?\s+(?:hurt|hit|torched|shot|burned|jumped|whacked|taken\s+care\s+of))`,
    0.75,
    'intimidation',
    gate(
      'smoke flames burn burns dead gone finished ash ashes history disappear disappears hurt hit torched shot burned jumped whacked care',
    ),
  ),
  rule(
    String.raw`\b(?:let'?s\s+make|can'?t\s+wait\s+(?:for|to\s+(?:attend|dance\s+at|go\s+to|piss\s+on))|i'?(?:ll|d)\s+(?:dance|party|piss)\s+at|looking\s+forward\s+to)\s+(?:your|ur|his|her|their|the\s+[a-z]+['’]s)\s+funeral\b|\b(?:your|ur|his|her|their|the\s+[a-z]+['’]s)\s+funeral\s+(?:can'?t|cannot)\s+come\s+(?:soon|fast|quick)\s+enough\b`,
    0.7,
    'wish of death',
    gate('funeral'),
  ),
  rule(
    String.raw`\b(?:we're|we\s+are|i'm|i\s+am|im)\s+(?:a\s+lot\s+|much\s+)?closer\s+than\s+(?:you|u)\s+think\b(?!\s+to\b)(?![^.!?\n]*\b(?:goal|finish\w*|done|deal|agreement|target|budget|election|vote|fundrais\w*)\b)`,
    0.7,
    'intimidation',
    gate('closer'),
  ),
  rule(
    String.raw`\b(?:you'?d|you\s+would|he'?d|she'?d|they'?d|you'?ll|you\s+will|he\s+would|she\s+would|they\s+would)\s+look\s+(?:so\s+|real\s+|really\s+|much\s+)?(?:good|great|better|nice|best|pretty|cute|lovely)\s+(?:with\s+a\s+(?:toe\s+tag|bullet\s+hole|noose|knife\s+in|hole\s+in|chalk\s+outline|rope\s+around)|in\s+(?:a\s+)?(?:body\s*bag|coffin|casket|chalk\s+outline)|(?:hanging|dead|six\s+feet\s+under|face\s+down))\b`,
    0.75,
    'intimidation',
    gate('tag hole noose knife chalk rope bag bodybag coffin casket hanging dead six face'),
  ),
  rule(
    String.raw`\b(?:any|anyone|anybody|whoever|the\s+next|every|you|u)\b[^.!?\n]{0,50}?\b(?:is|are|'s|'re|will\s+be|'ll\s+be|gonna\s+be|going\s+to\s+be)\s+(?:leaving|going\s+home|carried\s+out|coming\s+out|getting\s+out|rolling\s+out)\s+(?:of\s+here\s+)?(?:on\s+a\s+stretcher|in\s+(?:an?\s+)?(?:ambulance|stretcher|body\s*bag|bag|box|coffin|hearse|pieces|wheelchair))\b(?<!\b(?:${DANGER}|${HAZARD}|surgery|patients?|hospital\s+said|injured\s+in)\b[^.!?\n]*)`,
    0.75,
    'intimidation',
    gate('stretcher ambulance bag bodybag box coffin hearse pieces wheelchair'),
  ),
  rule(
    String.raw`\bthe\s+(?:mussolini|gaddafi|qaddafi|ceausescu|ceaușescu|romanov|old\s+yeller|marie\s+antoinette|jfk|kennedy|lincoln|caesar|guillotine|rope)\s+(?:treatment|special|way|option)\b`,
    0.7,
    'call for violence',
    gate('treatment special way option'),
  ),
  // Round 40 (0.7.4; written after blind 143 and run once: 5 of 20 threats, 1 of 15 twins): a
  // house set on fire at night, how brave you are with nobody to protect you, a car that crashes
  // with you in it, nobody would miss him if he disappeared, the lake deep enough for people like
  // you, a sniper behind your house, enjoy your kids while you still can, tell your wife to shop
  // for a black dress, your picture on the memorial wall, tickets written with two broken arms,
  // your face on flyers ("watch yourself"), a lesson he won't wake up from, carried out. Each is
  // written as its family, with the concern, report and plan that share its words left alone.
  rule(
    String.raw`\b(?:(?:i'?d|i\s+would|we'?d|we\s+would|would)\s+hate\s+(?:for|to\s+see)|(?:be|been)\s+a\s+(?:real\s+|damn\s+|terrible\s+)?(?:shame|pity|tragedy)\s+if|(?:be|been)\s+(?:awful|terrible|tragic|sad|too\s+bad|unfortunate)\s+if)\s+(?:your|ur|his|her|their|the\s+[a-z]+['’]s)\s+(?:[a-z]+\s+)?(?:house|home|place|car|truck|cruiser|squad\s+car|shop|store|business|office|garage|kids?|family|wife|husband|children|trailer|apartment)\s+(?:to\s+)?(?:(?:just|suddenly|somehow|accidentally)\s+)?(?:catch(?:es)?\s+fire|caught\s+fire|burn(?:s|ed|t)?(?:\s+down)?|go(?:es)?\s+up\s+in\s+(?:flames|smoke)|went\s+up\s+in\s+(?:flames|smoke)|blow(?:s)?\s+up|blew\s+up|explode[sd]?|g(?:o|e)ts?\s+(?:torched|firebombed|shot\s+up|blown\s+up|molotoved)|got\s+(?:torched|firebombed|shot\s+up|blown\s+up|molotoved))\b`,
    0.7,
    'intimidation',
    gate(
      'fire burn burns burned burnt flames smoke blow blows blew explode explodes exploded torched firebombed shot blown molotoved',
    ),
    {
      unless: new RegExp(
        String.raw`${WARNING_OF_A_DANGER.source}|\b(?:smoke\s+(?:alarms?|detectors?)|extinguishers?|test|check|please|make\s+sure|space\s+heaters?|dryer|lint|chimney|outlets?|fire\s+safety|recall\w*|insurance|drought|wildfires?|embers|fireplace|stove|oven|grill|fryer|turkey|lithium|batter(?:y|ies)|chargers?|e-?bikes?|scooters?)\b`,
      ),
    },
  ),
  rule(
    String.raw`\b(?:see|find\s+out|learn|know|wonder)\s+how\s+(?:brave|tough|big|bad|strong|smug|cocky|mouthy|loud|funny|smart|hard|brave)\s+(?:you|u|he|she|they|the\s+[a-z]+)\s+(?:are|is|r|really\s+(?:are|is)|'ll\s+be|will\s+be|gonna\s+be)\s+(?:when|once|without|with\s+no)\b[^.!?\n]{0,30}?\b(?:(?:nobody|no\s*one|no\s+body|no\s+cops?|no\s+backup|no\s+partner|no\s+cameras?|no\s+witnesses)\s+(?:(?:is\s+|'s\s+)?(?:around|there|here|watching|left))?(?:\s+to\s+(?:protect|save|help|back)\s+(?:you|u|him|her|them)\b|(?=\s*(?:[.!?,;]|$)))|(?:your|ur|his|her|their)\s+(?:backup|partner|cameras?|bodycam|buddies|friends\s+in\s+blue)(?=\s*(?:[.!?,;]|$|\s+(?:officer|deputy|chief|sergeant|pig|cop|detective)))|(?:all\s+)?alone\s+(?:in|at)\s+(?:a|an|the|your|ur|his|her)\s+(?:dark\s+)?(?:alley|parking\s+(?:lot|garage)|driveway|garage|woods|street))`,
    0.7,
    'intimidation',
    gate('nobody noone no backup partner cameras camera bodycam buddies friends alone'),
  ),
  rule(
    String.raw`\b(?:hope|hoping|wish|pray|praying|shame\s+if|tragedy\s+if|pity\s+if|awful\s+if|terrible\s+if|someday|one\s+day|one\s+of\s+these\s+days|can'?t\s+wait\s+(?:until|till|til|for\s+the\s+day))\b(?:(?!\b(?:not|never|no)\b|n't\b)[^.!?\n]){0,60}?\b(?:flips?|flipped|crash(?:es|ed)?|explodes?|exploded|blows?\s+up|blew\s+up|burns?(?:\s+down)?|burned(?:\s+down)?|catch(?:es)?\s+fire|caught\s+fire|goes?\s+up\s+in\s+(?:flames|smoke)|went\s+up\s+in\s+(?:flames|smoke)|sinks?|sank|rolls?\s+over|rolled\s+over|goes?\s+off\s+(?:a|the)\s+(?:cliff|bridge|road|overpass)|went\s+off\s+(?:a|the)\s+(?:cliff|bridge|road|overpass)|collapses?|collapsed|caves?\s+in|caved\s+in|gets?\s+(?:hit|blown\s+up|torched|firebombed|shot\s+up|t-?boned)|got\s+(?:hit|blown\s+up|torched|firebombed|shot\s+up|t-?boned))\b[^.!?\n]{0,40}?\bwith\s+(?:you|u|him|her|them|y'?all|(?:the|that|this|your|his|her)\s+(?:[a-z]+\s+)?${PERSON_NOUN}|(?:officer|chief|mayor|judge|sheriff|deputy|sergeant)\s+[a-z]+)\s+(?:still\s+)?(?:in\s+it|inside|in\s+there|on\s+board|aboard|in\s+(?:the\s+)?(?:car|house|building|cruiser|truck|back\s+seat|front\s+seat|driver'?s\s+seat))\b`,
    0.75,
    'wish of harm',
    gate(
      'flip flips flipped crash crashes crashed explode explodes exploded blows blew burn burns burned catch catches caught flames smoke sink sinks sank rolls rolled cliff bridge overpass collapses collapsed caves caved hit torched firebombed t-boned',
    ),
  ),
  rule(
    String.raw`\b(?:nobody|no\s*one|no\s+body|not\s+a\s+soul|not\s+one\s+person)\s+(?:would|will|'d|is\s+gonna|is\s+going\s+to)\s+(?:even\s+|ever\s+)?miss\s+(?:you|u|him|her|them|(?:that|the|this|your|those|these)\s+(?:[a-z]+\s+)?${PERSON_NOUN}|(?:officer|chief|mayor|judge|sheriff|deputy|sergeant)\s+[a-z]+)\s+if\s+(?:you|u|he|she|they)\s+(?:just\s+|suddenly\s+|ever\s+|happened\s+to\s+|were\s+to\s+|was\s+to\s+)?(?:disappeared|disappear|vanished|vanish|died|die|dropped\s+dead|was\s+gone|were\s+gone|went\s+missing|never\s+came\s+(?:back|home)|(?:didn'?t|did\s+not)\s+(?:come|make\s+it|get)\s+(?:back|home)|had\s+an?\s+(?:\w+\s+)?accident|got\s+(?:shot|hit|killed|run\s+over|whacked|taken\s+out|disappeared)|ended\s+up\s+(?:dead|in\s+a\s+ditch|in\s+the\s+(?:river|lake|woods)))\b`,
    0.7,
    'intimidation',
    gate('miss'),
  ),
  rule(
    String.raw`\b(?:the|that)\s+(?:lake|river|bay|ocean|sea|quarry|swamp|marsh|bayou|pond|reservoir|canal|desert|woods|forest|landfill|dump|harbou?r|gulf)\s+(?:is|'s|are|looks)\s+(?:plenty\s+|more\s+than\s+|just\s+|still\s+)?(?:deep|big|wide|dark|quiet|large|cold)\s+enough\s+(?:for|to\s+(?:hold|hide|fit|take|swallow))\s+(?:you|u|him|her|them|y'?all|people\s+like\s+(?:you|u|him|her|them)|(?:the|that|this|your|those|these|all\s+(?:the|those|these)|every|a\s+few)\s+(?:[a-z]+\s+)?${PERSON_NOUN}|(?:officer|chief|mayor|judge|sheriff|deputy|sergeant)\s+[a-z]+)\b(?!\s+(?:to|and)\s+(?:swim|dive|jump|fish|play|paddle|boat|kayak|skate|wade|float|sail|ski|splash|learn|enjoy|explore|camp|hike))(?![^.!?\n]*\b(?:swim\w*|div(?:e|ing)|fish\w*|boat\w*|kayak\w*|canoe\w*|paddl\w*|skat\w*|lifeguards?|life\s+jackets?|float\w*|summer|camp\w*|beach|trail|hik\w*|picnic\w*|fun)\b)|\bthere'?s\s+(?:plenty\s+of\s+|enough\s+|always\s+)?room\s+in\s+(?:the|that)\s+(?:lake|river|bay|ocean|quarry|swamp|bayou|landfill|desert|woods|ground|dirt|morgue|cemetery|graveyard)\s+for\s+(?:you|u|him|her|them|y'?all|people\s+like\s+(?:you|u|him|her|them)|(?:the|that|this|your|those|these|one\s+more)\s+(?:[a-z]+\s+)?${PERSON_NOUN})\b`,
    0.7,
    'intimidation',
    gate('enough room'),
  ),
  rule(
    String.raw`\b(?:sniper|snipers|crosshairs|rifle\s+scope|(?:my|a|his|the)\s+scope)\b[^.!?\n]{0,60}?\b(?:your|ur|his|her|the\s+[a-z]+['’]s)\s+(?:house|home|window|windows|porch|bedroom|driveway|front\s+door|back\s+door|yard|backyard|kids?|family|wife|husband|car)\b|\b(?:your|ur|his|her)\s+(?:house|home|window|windows|porch|bedroom|driveway|front\s+door|back\s+door|backyard)\b[^.!?\n]{0,60}?\b(?:sniper|snipers|crosshairs|rifle\s+scope|(?:my|a)\s+scope)\b`,
    0.7,
    'intimidation',
    gate('sniper snipers crosshairs scope'),
    {
      unless:
        /\b(?:swat|training|drill|range|hunting\s+season|deer|elk|game\s+wardens?|movie|film|video\s+game|call\s+of\s+duty|fortnite|book|novel|museum|project|estimate|inspection|stars|birds?|binoculars|camera|photo\w*)\b/,
      asks: true,
    },
  ),
  rule(
    String.raw`\benjoy\s+(?:your|ur|his|her|their)\s+(?:(?:legs|teeth|kneecaps|knees|fingers|eyes|eyesight|face|pretty\s+face|jaw|spine|last\s+[a-z]+|remaining\s+[a-z]+)\s+while\s+(?:you|u|he|she|they)\s+(?:still\s+)?(?:can|have\s+(?:them|it)|got\s+(?:them|it|em))|(?:kids|children|family|wife|husband|daughters?|sons?|grandkids|loved\s+ones)\s+while\s+(?:you|u|he|she|they)\s+still\s+(?:can|have\s+(?:them|it)|got\s+(?:them|it|em)))\b`,
    0.7,
    'intimidation',
    gate('enjoy'),
    {
      unless:
        /\b(?:grow\w*|little|young|fast|teens?|college|babies|baby|congrat\w*|blink|time\s+flies|before\s+you\s+know|precious|cherish|retire\w*|vacation|summer|holidays?|christmas|moments?|hugs?|dentist|dentures|glasses|contacts|cataracts?|age|aging|older|old|arthritis|knee\s+replacement|surgery|marathon|running|hiking|ski\w*|sports?|stretch\w*|yoga|exercise|workout|gym|my\s+(?:knees|back|joints|legs|hips))\b/,
    },
  ),
  rule(
    String.raw`\btell\s+(?:your|ur|his|her|their|the\s+[a-z]+['’]s)\s+(?:wife|husband|widow|mom|mother|mum|family|kids|children|parents|girlfriend|boyfriend|partner)\s+to\s+(?:start\s+|go\s+|get\s+|begin\s+)?(?:shopping\s+for|shop\s+for|buy(?:ing)?|pick(?:ing)?\s+out|order(?:ing)?|plan(?:ning)?|book(?:ing)?|writ(?:e|ing)|iron(?:ing)?|rehears(?:e|ing)|pric(?:e|ing))\s+(?:a\s+|an\s+|the\s+|your\s+|ur\s+|his\s+|her\s+|some\s+)?(?:black\s+(?:dress|suit|veil|clothes|outfit|tie)|funeral\w*|casket|coffin|headstone|tombstone|gravestone|burial\s+plot|plot|urn|eulogy|obituary|sympathy\s+cards?|flowers\s+for\s+(?:your|ur|his|her)\s+(?:grave|funeral))\b|\b(?:start|go|better\s+(?:start|get)|might\s+want\s+to\s+(?:start|go))\s+(?:shopping\s+for|picking\s+out|pricing|looking\s+at)\s+(?:a|an|your|ur|his|her)\s+(?:casket|coffin|headstone|tombstone|burial\s+plot|urn)\b`,
    0.7,
    'intimidation',
    gate(
      'dress suit veil clothes outfit tie funeral funerals casket coffin headstone tombstone gravestone plot urn eulogy obituary cards card grave',
    ),
    {
      unless:
        /\b(?:pre-?plan\w*|estate|insurance\s+agent|advance\s+directive|aging|elderly|seniors?|hospice|workshop|seminar|grandma|grandpa|grandmother|grandfather|cancer|passed\s+away|gala|wedding|prom|party|costume|halloween|play|musical)\b/,
    },
  ),
  rule(
    String.raw`\b(?:your|ur|his|her)\s+(?:picture|photo|pic|name|face|mugshot|portrait|badge)\s+(?:will\s+be|'ll\s+be|is\s+going\s+to\s+be|is\s+gonna\s+be|gonna\s+be|would\s+look\s+(?:good|great|nice|perfect))\s+(?:up\s+)?(?:on|in)\s+(?:the|that|a|this|our)\s+(?:[a-z]+\s+)?(?:memorial|obituar(?:y|ies)|headstone|tombstone|gravestone|wall\s+of\s+(?:the\s+)?fallen|fallen\s+officers?|in\s+memoriam|funeral\s+(?:program|home)|milk\s+cartons?)\b`,
    0.7,
    'intimidation',
    gate(
      'memorial obituary obituaries headstone tombstone gravestone fallen memoriam funeral milk',
    ),
    {
      unless:
        /\b(?:donat\w*|donors?|bricks?|bench|benches|sponsor\w*|contribut\w*|volunteer\w*|honou?r\w*|thank\w*|plaque|dedicat\w*|fundrais\w*|5k|run|walk)\b/,
    },
  ),
  rule(
    String.raw`\b(?:let'?s\s+see|see\s+(?:how|if)|watch|try|good\s+luck)\s+(?:you|u|him|her|them|y'?all|(?:the|that|this|your)\s+(?:[a-z]+\s+)?${PERSON_NOUN}|(?:officer|chief|mayor|judge|sheriff|deputy|sergeant)\s+[a-z]+)\b[^.!?\n]{0,40}?\bwith\s+(?:(?:two|2|both|a|your|ur|his|her)\s+(?:broken|busted|shattered|snapped|smashed|crushed|cracked)\s+(?:arms?|legs?|hands?|wrists?|kneecaps?|knees|fingers|jaws?|ribs|skulls?|spines?|backs?)|no\s+(?:arms|legs|hands|fingers|kneecaps|teeth\s+left))\b`,
    0.7,
    'intimidation',
    gate(
      'broken busted shattered snapped smashed crushed cracked arms legs hands fingers kneecaps teeth',
    ),
    {
      unless:
        /\b(?:cast|get\s+well|recover\w*|heal\w*|surgery|fell|slipped|ski\w*|accident|injur\w*|sling|physical\s+therapy|pt|broke\s+(?:his|her|my|their)|tripped)\b/,
    },
  ),
  rule(
    String.raw`\b(?:your|ur|his|her)\s+(?:name\s+and\s+(?:face|address|picture|photo)|face\s+and\s+(?:name|address)|(?:home\s+)?address|face|photo|picture|plates?|license\s+plate|schedule|route|kids['’]?\s+(?:names|school|schools))\s+(?:is|are|'s|'re|has\s+been|have\s+been|went|got|just\s+went|now)\s+(?:now\s+|already\s+)?(?:on\s+(?:a\s+few|some|every|the|a|all\s+the|several)?\s*(?:[a-z]+\s+)?(?:forums?|flyers?|fliers?|posters?|sites?|websites?|internet|telegram|4chan|8chan|message\s+boards?|poles|streets?|group\s+chats?)|in\s+(?:every|all\s+the|a\s+few|some)\s+[a-z]+|all\s+over\s+(?:the\s+)?[a-z]+|online|everywhere|out\s+there|going\s+around|passed\s+around|circulating)\b[^\n]{0,120}?\b(?:watch\s+(?:yourself|your\s+back|out|your\s+step)|sleep\s+(?:well|tight)|look\s+over\s+your\s+shoulder|see\s+what\s+happens|just\s+saying)\b|\b(?:i|we)(?:'ve|\s+have|\s+just|\s+already)?\s+(?:put|posted|shared|leaked|sent|passed\s+out|handed\s+out|gave\s+out|spread)\s+(?:your|ur|his|her)\s+(?:home\s+)?(?:address|name\s+and\s+(?:face|address)|face|photo|picture|plates?|schedule|route|kids['’]?\s+\w+)\b[^\n]{0,80}?\b(?:watch\s+(?:yourself|your\s+back|out|your\s+step)|good\s+luck|sleep\s+(?:well|tight)|look\s+over\s+your\s+shoulder|have\s+fun|see\s+what\s+happens)\b`,
    0.7,
    'intimidation',
    gate('watch luck sleep shoulder fun happens saying'),
    {
      unless: new RegExp(
        String.raw`${ELECTORAL}|\b(?:thank\w*|congrat\w*|proud|form|application|permit|raffle|winner|award|volunteer\w*|fundrais\w*|candidates?|race|say\s+hi|visit|come\s+by|stop\s+by|meet|office\s+hours|so\s+(?:people|folks|everyone|residents|neighbou?rs)\s+can|missing|lost|found)\b`,
      ),
    },
  ),
  rule(
    String.raw`\b(?:lesson|nap|sleep|beating|whooping|ass-?whooping|hit|punch|message|visit)\s+(?:that\s+)?(?:he|she|you|u|they|he'?ll|she'?ll|you'?ll|they'?ll)\s+(?:won'?t|will\s+not|wont|never|will\s+never|can'?t|wouldn'?t|ain'?t\s+gonna)\s+(?:ever\s+)?(?:wake\s+up\s+from|recover\s+from|walk\s+away\s+from|come\s+back\s+from|get\s+up\s+from|live\s+through|survive)\b(?!\s+(?:until|till|til|before|for\s+hours|financially|politically|professionally|in\s+the\s+polls|at\s+the\s+polls))`,
    0.7,
    'intimidation',
    gate('wake recover walk come get live survive'),
  ),
  rule(
    String.raw`\b(?:when|once|after|till|until|before|won'?t\s+be\s+\w+\s+when)\s+(?:they|we|someone|somebody|the\s+(?:coroner|morgue|boys))\s+(?:carry|carries|drag|drags|wheel|wheels|haul|hauls|scrape|scrapes|zip|zips)\s+(?:you|u|him|her|them|y'?all)\s+(?:out|off|up|away)(?:\s+of\s+(?:here|there))?(?:\s+(?:feet\s+first|in\s+(?:a|an)\s+(?:bag|body\s*bag|box|coffin|ambulance|hearse|stretcher)|on\s+a\s+stretcher|off\s+the\s+(?:floor|pavement|ground|street)))?(?=\s*(?:[.!?,;]|$))`,
    0.7,
    'intimidation',
    gate('carry carries drag drags wheel wheels haul hauls scrape scrapes zip zips'),
    {
      unless:
        /\b(?:fire|firefighters?|burning|rescue\w*|haunted|party|drunk|wasted|asleep|fell\s+asleep|couch|bed|stage)\b/,
    },
  ),
  // A call to violence with a group of people as what it is done to (0.7.4): a call (an order
  // at a sentence's start, "we need / should / time to / let's / I want / it'd be a public
  // service to / the best thing for this country would be") then, in the same sentence, a violent
  // verb with the group as its object ("…to shoot anyone who looks Mexican", "run over the
  // protesters"), the means meant for the group ("a bullet for every communist professor"), or
  // the group left hanging from a lamppost. Written after blind 158 showed explicit calls in
  // shapes no single rule held; read over with twenty harmless sentences in its words.
  rule(
    String.raw`(?:(?:^|(?<=[.!?;:]\s*)|\b(?:somebody|someone|some1)\s+)(?:just\s+|now\s+|go\s+)?(?=(?:shoot|kill|hang|lynch|gas|slaughter|exterminate|stab|beat|curb-?stomp|drown|torch|firebomb|butcher|behead|execute|massacre|murder|burn|run\s+over|castrate|slit|take\s+out|hunt|purge|eradicate)\b)|\b(?:we|y'?all|you|somebody|someone|people|patriots|they|men|citizens|everyone)\s+(?:really\s+)?(?:need|needs|should|must|gotta|ought|oughta|have)\s+(?:to\s+)?(?:\w+\s+){0,8}?|\btime\s+to\s+|\blet'?s\s+(?:go\s+)?|\bi\s+(?:want|wanna|would\s+love\s+to\s+see|'d\s+love\s+to\s+see|'d\s+like\s+to\s+see)\s+|\b(?:it'?d\s+be|it\s+would\s+be|it'?s|it\s+is)\s+(?:a|an)\s+(?:public\s+service|mercy|favou?r|good\s+deed|blessing|gift|relief)\s+to\s+|\b(?:the\s+)?best\s+thing\s+for\s+(?:this|the|our)\s+(?:country|city|town|state|world)\s+(?:would\s+be|is)\s+)(?:[^.!?\n]{0,60}?\b)?(?:(?:(?:castrate|beat|torture|rape|gut|shoot|stab)\s+and\s+)?(?:shoot|kill|hang|lynch|gas|slaughter|exterminate|stab|beat|curb-?stomp|drown|torch|firebomb|butcher|behead|execute|massacre|murder|burn|castrate|take\s+out|hunt|purge|eradicate|slit\s+the\s+throats?\s+of)\s+(?:down\s+|up\s+)?(?:them\s+all|all\s+(?:of\s+)?(?:the|those|these)\s+|(?:the|those|these|every|each|any|all|some|more)\s+)(?:[a-z]+\s+){0,2}?${GROUP_TARGET}\b(?!['’]|\s+[a-z]+['’]s?\b|\s+(?:shelters?|centers?|centres?|programs?|funds?|donations?|drive|charity|charities)\b|\s+(?:an?\s+)?(?:e-?mails?|texts?|messages?|notes?|lines?|dms?|invites?|links?|photos?|pictures?|videos?|questions?|competition))|(?:shoot|kill|hang|lynch|stab|beat|murder)\s+(?:any(?:one|body)|every(?:one|body))\s+(?:who|that)\s+(?:looks?|is|are|seems?|sounds?|acts?)\s+(?:like\s+(?:an?\s+)?)?(?:[a-z]+\s+)?${GROUP_TARGET}|(?:bomb|burn\s+down|torch|firebomb|blow\s+up|shoot\s+up|burn)\s+(?:the|their|those|these|every)\s+(?:[a-z]+\s+)?${GROUP_TARGET}(?:['’]s?|s['’])?\s+(?:[a-z]+\s+)?(?:shelters?|homes?|houses?|camps?|churches|church|mosques?|synagogues?|temples?|schools?|centers?|centres?|neighbou?rhoods?|stores?|shops?|tents?|offices?|businesses|restaurants?)\b|run\s+over\s+(?:the|those|these|every|all\s+the|some)\s+(?:[a-z]+\s+)?(?!(?:[a-z]+\s+)?[a-z]+['’])${GROUP_TARGET}|(?:an?|one)\s+(?:bullet|rope|noose|lamppost|bat)\s+(?:for|in)\s+(?:every|each|all(?:\s+the)?|the|those|these)\s+(?:[a-z]+\s+){0,2}?${GROUP_TARGET}|${GROUP_TARGET}[^.!?\n]{0,40}?\b(?:hanging|strung\s+up|swinging)\s+from\s+(?:a|the|every)\s+(?:lampposts?|lamp\s+posts?|trees?|bridges?|flagpoles?|ropes?|streetlights?))\b(?![^.!?\n]*\b(?:cameras?|photos?|pictures?|videos?|film\w*|movies?|games?|banners?|flags\s+for|posters?|lights\s+for|gun\s+control)\b)`,
    0.7,
    'call for violence',
    gate(
      'shoot kill hang lynch gas slaughter exterminate stab beat curb-stomp curbstomp curb drown torch firebomb butcher behead execute massacre murder burn over bullet rope noose lamppost bat hanging strung swinging bomb blow castrate take hunt purge eradicate throats throat',
    ),
  ),
  // Blind 164's misses, looked at (0.7.4): a bounty for violence, the only cure for a group is a
  // weapon, a firebomb "long overdue", rounded up "to finish the job", ropes made ready for
  // people.
  rule(
    String.raw`\b(?:whoever|anyone\s+who|anybody\s+who|the\s+first\s+(?:person|guy|one)\s+(?:who|to))\s+(?:kills?|shoots?|torches?|burns?(?:\s+down)?|bombs?|firebombs?|runs?\s+over|stabs?|hangs?|lynch(?:es)?|takes?\s+out|beats?(?:\s+up)?|kill|shoot|torch|burn|bomb|run\s+over|stab|hang|lynch|take\s+out|beat)\s+(?:a|an|the|that|those|these|their|one\s+of\s+(?:those|these|them)|every|any)\b[^.!?\n]{0,40}?\b(?:gets?|will\s+get|wins?|earns?|deserves?)\s+(?:a\s+|the\s+)?(?:free|\$|reward|medal|prize|beers?|drinks?|\d|bounty)|\b(?:i'?ll|i\s+will|i'?d|i\s+would|we'?ll|we\s+will)\s+(?:personally\s+|gladly\s+)?(?:pay|give|buy|reward)\b[^.!?\n]{0,30}?\b(?:anyone|anybody|whoever|the\s+(?:first\s+)?(?:guy|person|one))\s+(?:who|that|to)\s+(?:kills?|shoots?|torches?|burns?|bombs?|runs?\s+over|stabs?|hangs?|lynch(?:es)?|takes?\s+out|beats?(?:\s+up)?|kill|shoot|torch|burn|bomb|run\s+over|stab|hang|lynch|take\s+out|beat)\b`,
    0.75,
    'call for violence',
    gate('free reward medal prize beer beers drinks bounty pay give buy'),
  ),
  rule(
    String.raw`\bthe\s+only\s+(?:cure|answer|solution|fix|medicine|remedy|treatment)\s+for\s+(?:these|those|the|all|every)\s+(?:[a-z]+\s+)?(?:${GROUP_TARGET}|${PERSON_NOUN})\s+(?:is|are)\s+(?:a\s+|the\s+|some\s+|more\s+)?(?:[a-z-]+\s+)?(?:bullets?|ropes?|nooses?|machine\s+guns?|guns?|rifles?|gas|fire|bombs?|lead|firing\s+squads?|gallows|guillotines?|violence|death|beatings?|lynchings?)\b`,
    0.75,
    'call for violence',
    gate('cure answer solution fix medicine remedy treatment'),
  ),
  rule(
    String.raw`\b(?:firebomb|fire\s+bomb|molotov|bomb|bullet|brick|pipe\s+bomb|grenade)\s+(?:through|into|at|in)\s+(?:the|that|their|a|every)\s+[^.!?\n]{0,40}?\b(?:is|would\s+be|'s)\s+(?:long\s+)?(?:overdue|due|needed|nice|great|a\s+start|what\s+they\s+need)\b`,
    0.75,
    'call for violence',
    gate('overdue due needed nice great start need'),
  ),
  rule(
    String.raw`\bround\s+(?:them|em|'em|(?:all\s+)?(?:the\s+)?${GROUP_TARGET})\s+up\b[^\n]{0,40}?\bfinish\s+(?:the|what)\s+(?:job|hitler|they\s+started|was\s+started)\b`,
    0.75,
    'call for violence',
    gate('finish'),
  ),
  rule(
    String.raw`\bget\s+(?:the|your|our)\s+(?:ropes?|nooses?|guns?|rifles?|torches|pitchforks|gallows)\s+ready\b(?![^\n]*\b(?:tug|picnic|game|camp\w*|hike|hiking|climb\w*|boat|halloween|parade|play|costume)\b)[^\n]{0,60}?\b(?:${PERSON_NOUN}|${GROUP_TARGET}|traitors|they|them)\b`,
    0.75,
    'call for violence',
    gate('ready'),
  ),
  // Blind 162's misses, looked at (0.7.4): every <group> "would be shot at the border", their
  // businesses burned down, a visit from guys with bats, the next shooter wished on a synagogue,
  // graves dug by the people to be killed, citizens "with shotguns", a firing squad, lined up
  // against the wall, a neighbourhood better as ashes, doused in gasoline and lit, a rifle and a
  // rooftop over a parade.
  rule(
    String.raw`\b(?:every|all|each|any)\s+(?:single\s+|last\s+)?(?:[a-z]+\s+)?${GROUP_TARGET}\s+(?:would|will|should|must|'d|'ll|needs?\s+to|deserves?\s+to)\s+(?:all\s+)?be\s+(?:shot|hanged|hung|executed|gassed|lynched|killed|burned|burnt|beheaded|stoned)\b(?!\s+(?:down|up|out|by\s+(?:the|a)\s+(?:camera|photographer)|on\s+(?:camera|film|video)))`,
    0.75,
    'call for violence',
    gate('shot hanged hung executed gassed lynched killed burned burnt beheaded stoned'),
  ),
  rule(
    String.raw`(?:^|(?<=[.!?;:]\s*)|\b(?:just|and|then|nah,?)\s+)(?:burn|torch|firebomb|bomb|smash\s+up|loot\s+and\s+burn)\s+(?:their|his|her)\s+(?:businesses|homes|houses|stores|shops|cars|churches|mosques|synagogues|temples|neighbou?rhoods?)\s+(?:down\b|to\s+the\s+ground\b)?`,
    0.75,
    'threat of arson',
    gate('burn torch firebomb bomb smash loot'),
  ),
  rule(
    String.raw`\b(?:need|needs|deserve|deserves|could\s+use|should\s+get|is\s+getting|are\s+getting|gonna\s+get)\s+a\s+(?:little\s+|late-?night\s+)?visit\s+from\s+(?:some\s+|a\s+few\s+|the\s+)?(?:guys|men|boys|us|people|patriots|friends|brothers)\s+with\s+(?:baseball\s+)?(?:bats|guns|rifles|torches|pipes|crowbars|knives|machetes|rope|shotguns)\b`,
    0.75,
    'call for violence',
    gate('bats guns rifles torches pipes crowbars knives machetes rope shotguns'),
    {
      unless:
        /\b(?:water\s+guns?|nerf|paintball|squirt|toy|splash|softball|baseball\s+(?:team|game|practice))\b/,
    },
  ),
  rule(
    String.raw`\b(?:hope|wish|pray)\s+(?:that\s+)?(?:the\s+)?next\s+(?:school\s+|mass\s+|church\s+)?(?:shooter|bomber|gunman|attacker|terrorist)\s+(?:picks|targets|chooses|goes\s+(?:to|after)|hits|visits)\s+(?:a|an|the|their|that|some)\b`,
    0.75,
    'wish of harm',
    gate('shooter bomber gunman attacker terrorist'),
  ),
  rule(
    String.raw`\bmake\s+(?:them|em|'em|(?:the|those|these|all\s+the)\s+(?:[a-z]+\s+)?(?:${GROUP_TARGET}|${PERSON_NOUN}))\s+dig\s+(?:their|his|her|your)\s+own\s+graves?\b`,
    0.75,
    'call for violence',
    gate('grave graves'),
  ),
  rule(
    String.raw`\b(?:citizens|we|patriots|the\s+people|residents|neighbou?rs|vigilantes|militias?)\s+(?:will|would|'ll|should|must|gotta|can)\b[^.!?\n]{0,25}?,?\s+with\s+(?:our\s+)?(?:shotguns|guns|rifles|bats|torches|rope|pitchforks|ar-?15s)\b`,
    0.75,
    'call for violence',
    gate('shotguns guns rifles bats torches rope pitchforks ar15s ar-15s'),
  ),
  rule(
    String.raw`\bput\s+(?:them|em|'em|(?:the|those|these|all\s+the|every)\s+(?:[a-z]+\s+)?(?:${GROUP_TARGET}|${PERSON_NOUN}))\s+(?:in\s+front\s+of|before)\s+(?:a|the)\s+firing\s+squad\b|\blin(?:e|ing)\s+(?:them|em|'em|(?:these|those|the|all\s+the|every)\s+(?:[a-z]+\s+)?(?:${GROUP_TARGET}|${PERSON_NOUN}))\s+up\s+(?:against\s+(?:a|the)\s+wall|in\s+front\s+of\s+(?:a|the)\s+(?:firing\s+squad|ditch|trench))\b`,
    0.75,
    'call for violence',
    gate('squad wall ditch trench'),
    {
      unless:
        /\b(?:photos?|pictures?|portraits?|yearbook|picture\s+day|fire\s+drill|drill|inspection|line-?up|range|instructor|qualification)\b/,
    },
  ),
  rule(
    String.raw`\b(?:would|will|'d)\s+look\s+(?:better|nicer|great|good|much\s+better)\s+(?:as|in)\s+(?:a\s+)?(?:pile\s+of\s+)?(?:ashes|ash|rubble|a\s+crater|crater|flames)\b`,
    0.7,
    'threat of arson',
    gate('ashes ash rubble crater flames'),
  ),
  rule(
    String.raw`\b(?:doused|soaked|drenched|covered)\s+(?:in|with)\s+(?:gasoline|gas|kerosene|lighter\s+fluid|diesel)\s+and\s+(?:then\s+)?(?:lit|set\s+(?:on\s+fire|alight|ablaze)|burned|burnt|torched)\b`,
    0.75,
    'call for violence',
    gate('lit set burned burnt torched'),
    {
      unless:
        /\b(?:grill|charcoal|bbq|barbecue|fire\s*pit|bonfire|logs?|wood|brush|torch(?:es)?|tiki|kindling|burgers?)\b/,
    },
  ),
  rule(
    String.raw`\b(?:rifle|scope|sniper\s+rifle|gun|ar-?15)\s+and\s+a\s+(?:rooftop|roof|window|balcony|tower)\s+(?:overlooking|over|above|facing|with\s+a\s+view\s+of)\s+(?:the|that|their|a)\s+(?:[a-z]+\s+)?(?:parade|march|rally|protest|crowd|vigil|festival|mosque|synagogue|church|temple|school)\b`,
    0.75,
    'threat of violence',
    gate('parade march rally protest crowd vigil festival mosque synagogue church temple school'),
  ),
  // Blind 160's misses, looked at (0.7.4): people tied to a truck and dragged, locked in and set
  // on fire, pushed in front of a train.
  rule(
    String.raw`\btie\s+(?:them|em|'em|(?:the|those|these|every|all\s+the|some)\s+(?:[a-z]+\s+)?(?:${GROUP_TARGET}|${PERSON_NOUN}))\s+(?:up\s+)?to\s+(?:the\s+back\s+of\s+)?(?:a|the|my|your|our)\s+(?:truck|car|pickup|horse|bumper|trailer)\b[^.!?\n]{0,30}?\band\s+drag\b|\bdrag\s+(?:them|em|'em|(?:the|those|these|every|all\s+the|some)\s+(?:[a-z]+\s+)?${GROUP_TARGET})\s+(?:behind|down|through|along)\s+(?:a|the|our|my)\s+(?:truck|car|pickup|highway|road|street|streets)\b`,
    0.75,
    'call for violence',
    gate('drag'),
  ),
  rule(
    String.raw`\b(?:lock|put|shove|stuff|herd)\s+(?:them|em|'em|every\s+(?:last\s+)?one\s+of\s+(?:those|these|them)(?:\s+[a-z]+){0,4}?|(?:the|those|these|every|all\s+the|some)\s+(?:[a-z]+\s+)?(?:${GROUP_TARGET}|${PERSON_NOUN}))\s+(?:up\s+)?in\s+(?:the|a|their|that)\s+(?:[a-z]+\s+)?[a-z]+\s+and\s+(?:then\s+)?(?:set\s+it\s+(?:on\s+fire|ablaze|alight)|burn\s+it(?:\s+down)?|torch\s+it|light\s+it\s+up|gas\s+(?:them|it))\b`,
    0.75,
    'call for violence',
    gate('fire ablaze alight burn torch light gas'),
  ),
  rule(
    String.raw`\bpush\s+(?:them|em|'em|(?:the|those|these|every|all\s+the|some|a\s+few)\s+(?:[a-z]+\s+)?(?:${GROUP_TARGET}|${PERSON_NOUN})(?:\s+[a-z]+){0,2})\s+(?:in\s+front\s+of|under|off)\s+(?:a|the|an)\s+(?:oncoming\s+)?(?:train|subway|bus|truck|bridge|cliff|roof|balcony)\b`,
    0.75,
    'call for violence',
    gate('train subway bus truck bridge cliff roof balcony'),
  ),
  // Blind 158's other misses, looked at (0.7.4): dogs let loose on people, a face to be smashed
  // in, gasoline brought to a place of worship, a hunting party for a group, a group that belongs
  // at the bottom of a lake, put in the ground "ourselves", a house on fire to wake up to, a
  // lesson taught with bats, the rest finished off, tents doused and a match tossed, "the old
  // ways … Rope."
  rule(
    String.raw`\b(?:let|set|turn)\s+(?:the\s+)?dogs\s+(?:loose\s+)?(?:loose\s+on|on)\s+(?:them|em|'em|(?:the|those|these|all\s+the)\s+(?:[a-z]+\s+)?(?:${PERSON_NOUN}|${GROUP_NOUN}|illegals))\b`,
    0.75,
    'call for violence',
    gate('dogs'),
  ),
  rule(
    String.raw`\b(?:should|will|gonna|going\s+to|better|can)\s+(?:expect\s+to\s+|plan\s+on\s+|count\s+on\s+)?(?:get|getting|have|having)\s+(?:her|his|their|your|ur)\s+(?:face|head|teeth|skull|jaw)\s+(?:smashed|bashed|kicked|beaten|caved|stomped|knocked)\s+in\b`,
    0.75,
    'threat of violence',
    gate('smashed bashed kicked beaten caved stomped knocked'),
  ),
  rule(
    String.raw`\b(?:mosque|synagogue|temple|church|gurdwara|drag\s+show|pride|clinic)\b[^\n]{0,80}?\b(?:bring|grab|got|get)\s+(?:the\s+|some\s+|a\s+(?:can|jug|jerrycan)\s+of\s+)?(?:gasoline|gas|lighter\s+fluid|matches|molotovs?|torches)\b(?![^.!?\n]*\b(?:mower|generator|grill|car|truck|bus|van|trip|snow\s*blower|chainsaw)\b)|\b(?:bring|grab|got|get)\s+(?:the\s+|some\s+|a\s+(?:can|jug|jerrycan)\s+of\s+)?(?:gasoline|gas|lighter\s+fluid|molotovs?)\b[^.!?\n]{0,40}?\b(?:visit|pay\s+a\s+visit\s+to|go\s+to|head\s+to)\s+(?:the|that|their)\s+(?:[a-z]+\s+)?(?:mosque|synagogue|temple|church|gurdwara|drag\s+show|clinic|center|centre)\b(?![^.!?\n]*\b(?:cleanup|clean-up|yard|bake\s+sale|open\s+house|service\s+project|volunteer\w*)\b)(?<!\b(?:mower|generator|grill|car|truck|bus|van|trip|snow\s*blower|chainsaw)\b[^.!?\n]*)`,
    0.75,
    'threat of arson',
    gate('gasoline gas fluid matches molotov molotovs torches'),
  ),
  rule(
    String.raw`\b(?:hunting|lynch(?:ing)?|killing)\s+party\s+(?:for|after)\s+(?:the|those|these|some|all\s+the)\s+(?:[a-z]+\s+)?(?:${PERSON_NOUN}|${GROUP_NOUN})\b`,
    0.75,
    'call for violence',
    gate('party'),
  ),
  rule(
    String.raw`\b(?:${PERSON_NOUN}|${GROUP_NOUN}|they|them)\s+(?:all\s+)?(?:belong|belongs|should\s+(?:be|end\s+up)|deserve\s+to\s+be|need\s+to\s+be)\s+(?:at\s+the\s+bottom\s+of\s+(?:a|the)\s+(?:lake|river|sea|ocean|bay|well|quarry)|in\s+(?:a\s+|the\s+)?(?:mass\s+)?(?:graves?|ditch|ground|dirt)|six\s+feet\s+under)\b`,
    0.75,
    'call for violence',
    gate('bottom graves grave ditch ground dirt six'),
  ),
  rule(
    String.raw`\b(?:we|i)(?:'ll|\s+will|\s+gonna|'re\s+gonna|'re\s+going\s+to|\s+are\s+going\s+to)\s+put\s+(?:them|em|'em|(?:the|those|these|all\s+the)\s+(?:[a-z]+\s+){0,4}?(?:${PERSON_NOUN}|${GROUP_NOUN}|crowd))\s+in\s+the\s+(?:ground|dirt|grave)\b`,
    0.75,
    'threat of violence',
    gate('ground dirt grave'),
    {
      unless:
        /\b(?:bulbs?|seeds?|seedlings?|plants?|trees?|saplings?|tulips?|daffodils?|garden\w*|shrubs?|roses?|posts?|fence|pipes?|cables?|frost)\b/,
    },
  ),
  rule(
    String.raw`(?<!\b(?:nobody|no\s*one|no\s+family|no\s+child|no\s+kid)\s+)\b(?:should|ought\s+to|will|gonna|deserves?\s+to|needs?\s+to)\s+wake\s+up\s+to\s+(?:their|his|her|your|ur)\s+(?:house|home|car|store|shop|church|mosque|synagogue|temple|place|tent)s?\s+(?:on\s+fire|in\s+flames|burning|burned\s+down|torched)\b`,
    0.75,
    'threat of arson',
    gate('fire flames burning burned torched'),
  ),
  rule(
    String.raw`\bteach\s+(?:them|em|'em|(?:the|those|these|all\s+the|some)\s+(?:[a-z]+\s+)?(?:${PERSON_NOUN}|${GROUP_NOUN}))\s+a\s+lesson\s+with\s+(?:(?:a|some|our|my|the)\s+)?(?:baseball\s+)?(?:bats?|clubs?|pipes?|crowbars?|guns?|rifles?|fists|knives|machetes?|rope|chains?|tire\s+irons?)\b`,
    0.75,
    'call for violence',
    gate(
      'bat bats club clubs pipe pipes crowbar crowbars gun guns rifle rifles fists knives machete machetes rope chain chains irons iron',
    ),
  ),
  rule(
    String.raw`\b(?:kill|shoot|slaughter|wipe\s+out)\s+each\s+other\b[^.!?\n]{0,30}?\b(?:then|and)\s+(?:we\s+)?(?:finish\s+off|kill|shoot|take\s+out|mop\s+up)\s+(?:whoever|the\s+rest|what'?s\s+left|the\s+survivors)\b`,
    0.75,
    'call for violence',
    gate('finish kill shoot take mop'),
  ),
  rule(
    String.raw`\b(?:pour|spray|douse|splash)\s+(?:gasoline|gas|lighter\s+fluid|kerosene|diesel)\s+(?:on|over)\s+(?:every|all\s+(?:the|those|these)|the|those|these|their)\s+(?:[a-z]+\s+){0,2}?(?:tents?|camps?|houses?|homes?|shops?|stores?|churches|mosques?|synagogues?|temples?|${PERSON_NOUN}|${GROUP_NOUN})\b[^.!?\n]{0,40}?\b(?:match|light|lighter|torch|burn|flame|fire)\b`,
    0.75,
    'threat of arson',
    gate('match light lighter torch burn flame fire'),
  ),
  rule(
    String.raw`\b(?:bring\s+back|return\s+to|time\s+for)\s+(?:the\s+)?old\s+ways\b[^\n]{0,120}?\b(?:rope|noose|ropes|lynch\w*|tree|hanging)\b(?!\s+(?:swings?|ladders?|courses?|bridges?|climb\w*|tying|lights?|decorations?))`,
    0.75,
    'call for violence',
    gate('rope noose ropes lynch lynching lynched tree hanging'),
  ),
  // Blind 156 (0.7.4; written after blind 154's rules and run once: 12 of 20, kept blind in the
  // figures, then looked at for these rules): skulls cracked, bats and a visit paid to a bar, a
  // plane "and the plane shot down", nothing a few pipe bombs can't fix, snipers on the rooftops
  // that would end it, beat every <person> you see, "ten bullets, ten liberals", run out of town
  // with torches and pitchforks.
  rule(
    String.raw`\b(?:crack|cracking|bust|busting|split|splitting|bash|bashing|smash|smashing)\s+(?:open\s+)?(?:some|a\s+few|their|those|these|the|more|a\s+couple(?:\s+of)?)\s+(?:[a-z]+\s+)?(?:skulls|heads)\b(?!\s+of\s+(?:garlic|lettuce|cabbage|broccoli|cauliflower))`,
    0.75,
    'call for violence',
    gate('skulls heads'),
    {
      unless:
        /\b(?:garlic|lettuce|cabbage|coconuts?|eggs|walnuts|crabs?|lobsters?|football|helmets?|physics|math|puzzle)\b/,
      // "Let's go cracking some skulls this weekend, who's in?": a proposal, asked.
      asks: true,
    },
  ),
  rule(
    String.raw`\b(?:bats|pipes|crowbars|guns|rifles|knives|machetes|chains|torches|brass\s+knuckles|tire\s+irons?)\b[^.!?\n]{0,40}?\bpay\s+(?:the|that|this|their|those|them|him|her|em|'em)\s+(?:[a-z]+\s+){0,2}?a\s+(?:little\s+|friendly\s+|late-?night\s+)?visit\b`,
    0.75,
    'call for violence',
    gate('visit'),
    {
      unless:
        /\b(?:safety\s+class|range\s+officer|hunting|hunter|permit|training|class|course|store|shop|gun\s+show|sale|repair)\b/,
    },
  ),
  rule(
    String.raw`\b(?:put|load|throw|ship|send)\b[^.!?\n]{0,40}?\bon\s+(?:a|the)\s+(?:plane|boat|ship|bus|train|raft)s?\s+and\s+(?:then\s+)?(?:(?:the|that)\s+(?:plane|boat|ship|bus|train|raft)s?\s+)?(?:shot\s+down|sunk|sink\s+(?:it|them)|shoot\s+(?:it|them)\s+down|blow\s+(?:it|them)\s+up|blown\s+up|torpedo(?:ed)?(?:\s+(?:it|them))?|crash(?:ed)?\s+into)\b`,
    0.75,
    'call for violence',
    gate('shot sunk sink shoot blow blown torpedo torpedoed crash crashed'),
  ),
  rule(
    String.raw`\bnothing\s+(?:a|some|a\s+few|a\s+couple(?:\s+of)?|one|two|three|a\s+little)\s+(?:[a-z]+\s+)?(?:bullets?|rounds|pipe\s+bombs?|bombs?|molotovs?|grenades?|nooses?|gallons?\s+of\s+gas(?:oline)?|rifles?|shotguns?|snipers?|lead|ammo|c-?4|dynamite)\b(?!\s+and\s+(?:a|an|some|the)\s+(?:grill|tarp|bbq|barbecue|duct\s+tape|zip\s+ties?))[^.!?\n]{0,50}?\b(?:can'?t|won'?t|couldn'?t|wouldn'?t|cannot)\s+(?:fix|solve|cure|handle|sort\s+out|take\s+care\s+of)\b`,
    0.75,
    'call for violence',
    gate('fix solve cure handle sort care'),
  ),
  rule(
    String.raw`\b(?:a\s+couple(?:\s+of)?|a\s+few|some|one|two|a\s+handful\s+of|more)\s+(?:good\s+|well-?placed\s+)?(?:snipers?|shooters?|gunmen|machine\s+guns?|riflemen|marksmen)\b[^.!?\n]{0,60}?\b(?:would|will|could|'d|'ll|should)\s+(?:end|fix|solve|stop|settle|sort\s+out|clear\s+out|take\s+care\s+of|thin\s+out|handle)\b`,
    0.75,
    'call for violence',
    gate('sniper snipers shooter shooters gunmen gun guns riflemen marksmen'),
    {
      unless:
        /\b(?:game|video\s+game|movie|fortnite|call\s+of\s+duty|basketball|hoops|free\s+throws?|three-?point|team)\b/,
    },
  ),
  rule(
    String.raw`\b(?:beat|beat\s+up|punch|kick|stab|shoot|kill|attack|jump|hit|slap|stomp|spit\s+on)\s+(?:every|any|each|all\s+the)\s+(?:[a-z]+\s+){0,2}?(?:${PERSON_NOUN}|${GROUP_NOUN}|persons?|one)\s+(?:you|u|we|ya)\s+(?:see|find|meet|catch|spot|come\s+across)\b`,
    0.75,
    'call for violence',
    gate('see find meet catch spot across'),
  ),
  rule(
    String.raw`\b(\w+)\s+(?:bullets?|rounds|shells|nooses|ropes)\s*[,;.:]?\s+\1\s+(?:[a-z]+\s+)?(?:${PERSON_NOUN}|${GROUP_NOUN})\b`,
    0.75,
    'call for violence',
    gate('bullet bullets rounds shells nooses ropes'),
  ),
  rule(
    String.raw`\brun\s+(?:them|em|'em|(?:the|those|these|all\s+the|every)\s+(?:[a-z]+\s+)?(?:${PERSON_NOUN}|${GROUP_NOUN}))\s+out\s+of\s+(?:town|the\s+(?:city|county|state|country|neighbou?rhood))\s+(?:with|on)\s+(?:torches|pitchforks|guns|bats|rope|ropes|rifles|shotguns|fire|clubs|a\s+rail|tar\s+and\s+feathers)\b`,
    0.75,
    'call for violence',
    gate('torches pitchforks guns bats rope ropes rifles shotguns fire clubs rail tar'),
  ),
  // Blind 154 (0.7.4; incitement against groups written after round 42's rules and run once: 5 of
  // 20, 0 of 15 twins; looked at for these rules, so seen): explicit calls in shapes no rule had
  // ("start shooting looters on sight", "somebody should firebomb that drag show", "hunt down the
  // commies", "dragged out and stoned", "throw every last illegal off the wall", "I'm bringing my
  // shotgun", "open season on…", "chain the doors of their temple and light it up", "had it
  // coming", "removed from this earth", "fill the trenches with them", "mark the houses of…",
  // "load up" before a place of worship and its hour, "a bus full of those protesters goes off a
  // bridge"). Each written as a family; harmless sentences in their words written after.
  rule(
    String.raw`\b(?:start|begin|keep|resume)\s+(?:shooting|killing|hanging|stabbing|lynching|executing|gunning\s+down|beating|burning|gassing)\s+(?:the\s+|these\s+|those\s+|all\s+(?:the\s+|of\s+(?:the|those|these)\s+)?|some\s+|more\s+)?(?:[a-z]+\s+)?(?:${PERSON_NOUN}|looters?|rioters?|gangbangers?)\b(?!['’]|\s+(?:photos?|pictures?|portraits?|videos?|footage|hoops|baskets))(?![^.!?\n]*\b(?:photos?|pictures?|portraits?|camera|video|film\w*|hoops|yearbook|calendar)\b)`,
    0.75,
    'call for violence',
    gate('shooting killing hanging stabbing lynching executing gunning beating burning gassing'),
  ),
  rule(
    String.raw`\b(?:any|every|each|all)\s+(?:[a-z'-]+\s+){0,2}?(?:who|that)\s+(?:(?!\b(?:says?|said|saying|claims?|claimed|thinks?|thought|writes?|wrote|posts?|posted|chants?|chanted|tweets?|tweeted|suggests?|suggested)\b)[^.!?\n"“”]){1,60}?\b(?:should|needs?\s+to|deserves?\s+to|ought\s+to|must)\s+(?:all\s+)?be\s+(?:(?:dragged\s+out(?:side)?|taken\s+out(?:side|\s+back)?|lined\s+up|rounded\s+up|strung\s+up)\s+and\s+)?(?:shot|killed|hanged|hung|lynched|stoned|beheaded|executed|burned|burnt|stabbed|gassed|beaten(?:\s+to\s+death)?|castrated|drowned)\b(?!\s+(?:down|up|out|by\s+(?:the|a)\s+(?:camera|photographer)|on\s+(?:camera|film|video)))`,
    0.75,
    'call for violence',
    gate(
      'shot killed hanged hung lynched stoned beheaded executed burned burnt stabbed gassed beaten castrated drowned',
    ),
  ),
  rule(
    String.raw`\b(?:someone|somebody|some1|we|y'?all|people|patriots|they|you)\s+(?:should|needs?\s+to|gotta|ought\s+to|must|oughta)\s+(?:just\s+|really\s+|finally\s+)?(?:firebomb|fire-bomb|molotov|torch|bomb|blow\s+up|burn\s+down|shoot\s+up)\s+(?:that|the|this|their|every|those|these)\s+(?!(?:[a-z]+\s+){0,2}(?:photos?|pictures?|image|balloons?|phones?|inbox|spot|mortgage|record|group\s+chat|internet|comments|reviews|brush|piles?|weeds|leaves|stumps?|fields?|tests?|exams?|interviews?|budgets?|plans?|proposals?|bills?|playbooks?|rulebooks?|scripts?|contracts?|ordinances?|polic(?:y|ies)|agendas?|drafts?|notes|paperwork|files?|status\s+quo|ways)\b)(?:[a-z]+\s+){0,2}?[a-z]+\b(?!\s+(?:with|in\s+(?:the\s+)?(?:press|reviews|comments)))`,
    0.75,
    'call for violence',
    gate('firebomb fire-bomb molotov torch bomb blow burn shoot'),
    {
      unless:
        /\b(?:fire\s+marshal|burn\s+ban|permit|controlled\s+burn|drill|training|demolition)\b/,
    },
  ),
  rule(
    String.raw`(?<=\b(?:we|i|let'?s|lets|gonna|should|must|need\s+to|needs\s+to|time\s+to|is|will|'ll|go|and|then)\s+)hunt\s+(?:down\s+)?(?:the|those|these|every|all(?:\s+the)?|each|some)\s+(?:[a-z]+\s+)?(?:${GROUP_NOUN}|commies?|lefties|libs|libtards?)\b`,
    0.75,
    'call for violence',
    gate('hunt'),
  ),
  rule(
    String.raw`\bthrow\s+(?:every\s+(?:last\s+|single\s+)?(?:one\s+of\s+(?:them|those|these)\s+)?|all\s+(?:the\s+|of\s+(?:them|those|these)\s+)?|the\s+|those\s+|these\s+|them\s+|'em\s+|em\s+)(?:[a-z]+\s+)?(?:${PERSON_NOUN}\s+)?off\s+(?:the|a|that|every)\s+(?:wall|bridge|roof|rooftops?|building|cliff|overpass|balcony|tower)\b(?<=\b(?:them|'em|em|${PERSON_NOUN})\s+off\s+(?:the|a|that|every)\s+[a-z]+)`,
    0.75,
    'call for violence',
    gate('wall bridge roof rooftop rooftops building cliff overpass balcony tower'),
  ),
  rule(
    String.raw`\bif\s+i\s+(?:see|catch|find|hear)\s+(?:one\s+more|another|any\s+more|any)\b[^.!?\n]{0,60}?\b(?:i'?m|i\s+am|i'?ll|i\s+will|im|ill)\s+(?:bringing|bring|grabbing|grab|getting|get|going\s+for|reaching\s+for|coming\s+back\s+with|loading|load)\s+(?:my|the|a)\s+(?:shotgun|gun|rifle|pistol|glock|ar|ar-?15|piece|bat|machete|knife|axe)\b`,
    0.75,
    'threat of violence',
    gate('shotgun gun rifle pistol glock ar ar-15 ar15 piece bat machete knife axe'),
  ),
  rule(
    String.raw`\b(?:nobody|no\s*one|no\s+jury)\s+would\s+(?:blame|convict|miss|care|cry)\b[^.!?\n]{0,50}?\b(?:${PERSON_NOUN}|them|they|he|she|jumpers|crossers)\s+(?:ended\s+up|turned\s+up|washed\s+up|were\s+found|was\s+found|ends\s+up|end\s+up)\s+(?:floating|dead|face\s*down|in\s+(?:a|the)\s+(?:ditch|river|lake|canal|dumpster|rio\s+grande|gulf|bay))\b`,
    0.75,
    'call for violence',
    gate('floating dead face facedown ditch river lake canal dumpster grande gulf bay'),
  ),
  rule(
    String.raw`\bopen\s+season\s+on\s+(?:the\s+|all\s+(?:the\s+)?|those\s+|these\s+|every\s+)?(?:[a-z]+\s+)?(?:${PERSON_NOUN}|${GROUP_NOUN}|gangbangers?|looters?)\b`,
    0.75,
    'call for violence',
    gate('season'),
  ),
  rule(
    String.raw`\b(?:chain|lock|bar|block|nail|board\s+up)\s+(?:the|their|its|his|her)\s+doors?\b[^.!?\n]{0,40}?\b(?:light\s+it\s+up|burn\s+it(?:\s+down)?|set\s+it\s+(?:on\s+fire|ablaze|alight)|torch\s+it|throw\s+(?:in\s+)?(?:a|the)\s+(?:match|molotov|torch)|fill\s+it\s+with\s+(?:gas|smoke))\b`,
    0.75,
    'threat of arson',
    gate('light burn set torch match molotov fill'),
  ),
  rule(
    String.raw`\b(?:the\s+)?(?:${GROUP_NOUN}|commies?|lefties|libs)\s+(?:had|have|has|all\s+had|all\s+have)\s+it\s+coming\b`,
    0.7,
    'call for violence',
    gate('coming'),
  ),
  rule(
    String.raw`\b(?:${PERSON_NOUN}|${GROUP_NOUN}|them|they|people)\b[^.!?\n]{0,40}?\b(?:removed|wiped|erased|purged|cleansed|eliminated|exterminated|eradicated)\s+(?:off|from)\s+(?:this|the\s+face\s+of\s+(?:this|the)|the)\s+(?:earth|planet)\b`,
    0.75,
    'call for violence',
    gate('earth planet'),
  ),
  rule(
    String.raw`\bfill\s+(?:the|those|these|mass|more)\s+(?:trenches|graves|pits|ditches|ovens|camps|boxcars|gas\s+chambers)\s+with\s+(?:them|em|'em|all\s+of\s+them|(?:the|those|these)\s+(?:[a-z]+\s+)?${PERSON_NOUN})\b`,
    0.75,
    'call for violence',
    gate('trenches graves pits ditches ovens camps boxcars chambers'),
  ),
  rule(
    String.raw`\bmark\s+(?:the|their|every)\s+(?:houses|homes|doors|cars|shops|stores|businesses)\s+of\s+(?:the\s+|every\s+|all\s+(?:the\s+)?)?(?:[a-z]+\s+)?(?:${GROUP_NOUN}|commies?|lefties|libs)\b`,
    0.75,
    'call for violence',
    gate('mark'),
  ),
  rule(
    String.raw`\b(?:load\s+up|lock\s+and\s+load|arm\s+up)(?=\s*[.!,;])(?![^\n]*\b(?:parade|potluck|picnic|food\s+drive|volunteer\w*|donations?|bake\s+sale|cleanup)\b)[^\n]{0,80}?\b(?:mosque|synagogue|temple|church|gurdwara|pride|drag\s+show|clinic|rally|march|vigil)\b[^\n]{0,60}?\b(?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|tonight|tomorrow|at\s+(?:noon|\d))`,
    0.75,
    'call for violence',
    gate('mosque synagogue temple church gurdwara pride drag clinic rally march vigil'),
  ),
  rule(
    String.raw`\b(?:hope|wish|pray)\b[^.!?\n]{0,20}?\b(?:bus|plane|car|boat|truck|van|train)(?:load)?\s+(?:full\s+)?of\s+(?:those|these|the)?\s*(?:[a-z]+\s+)?${PERSON_NOUN}\s+(?:goes|go|went|drives?|crash(?:es)?|sinks?|explodes?|flips?|falls?|plunges?)\s+(?:off|into|down|in)\b`,
    0.75,
    'wish of harm',
    gate(
      'goes go went drive drives crash crashes sink sinks explode explodes flip flips fall falls plunge plunges',
    ),
  ),
  // Round 42 (0.7.4; incitement against groups in forum words, written after this session's
  // other rules and run once: 11 of 20, 1 of 15 twins): the only language they understand is a
  // boot, "we start with the journalists and work our way down", ambush every patrol car, beaten
  // until they stop moving, a modern Kristallnacht, fed to the alligators, picked off one at a
  // time, a truck through the protest, a shallow grave deserved.
  rule(
    String.raw`\bthe\s+only\s+(?:language|thing|things|argument|message)\s+(?:these|those|they|them|(?:the\s+)?[a-z]+)\s+(?:[a-z]+\s+)?(?:understand|understands|respect|respects|get|gets|listen\s+to|will\s+understand)\s+(?:is|are)\s+(?:a|an|the|some|cold)?\s*(?:boot|boots|bullet|bullets|rope|ropes|noose|bat|bats|fist|fists|beating|beatings|violence|lead|steel|force|knife|machete|gun|guns|hot\s+lead)\b(?![^.!?\n]*\b(?:dogs?|puppy|training|toddlers?|kids|children|cats?|horses?)\b)`,
    0.75,
    'call for violence',
    gate('understand understands respect respects get gets listen'),
    { unless: /\b(?:said|says|wrote|according\s+to|quoted?|history|general|war|tanks?|army)\b/ },
  ),
  rule(
    String.raw`\b(?:we|we'll|we\s+will|i'll|i\s+will|they)\s+(?:should\s+)?start\s+with\s+(?:the\s+|all\s+the\s+)?(?:[a-z]+\s+)?${PERSON_NOUN}\s+and\s+work\s+(?:our|my|their)\s+way\s+(?:down|up|through|out)\b(?![^.!?\n]*\b(?:list|questions?|interviews?|agenda|survey|meeting|calls?|e-?mails?|thank\w*|invit\w*|cards?|judg\w*|bake\w*|contests?|competitions?|tasting|awards?|raffle|shots?|vaccin\w*|photos?|trophies|medals?|handshakes?)\b)`,
    0.7,
    'call for violence',
    gate('work'),
  ),
  rule(
    String.raw`\bambush\s+(?:every|all\s+(?:the\s+)?|any|the\s+next|those|these|some)\s+(?:[a-z]+\s+)?(?:patrol\s+cars?|cruisers?|squad\s+cars?|${PERSON_NOUN})\b`,
    0.75,
    'call for violence',
    gate('ambush'),
  ),
  rule(
    String.raw`\b(?:beat(?:en)?|kick(?:ed)?|stomp(?:ed)?|hit|punch(?:ed)?|whip(?:ped)?|choke[d]?|strangle[d]?)\s+(?:them|him|her|you|u|em|'em|(?:the|those|these)\s+[a-z]+)?\s*(?:until|till|til)\s+(?:they|he|she|you|u)\s+(?:stop|stops|can'?t|cannot|quit|quits)\s+(?:moving|breathing|twitching|walk(?:ing)?|breathe|move|talk(?:ing)?|screaming)\b`,
    0.75,
    'call for violence',
    gate('moving breathing twitching walk walking breathe move talk talking screaming'),
    {
      unless:
        /\b(?:eggs?|batter|cream|dough|mixture|rug|carpet|pillow|drum|heart\s+(?:rate|stop))\b/,
    },
  ),
  rule(
    String.raw`\b(?:(?:need|needs|want|deserve|deserves|time\s+for|bring\s+back|give\s+them)\s+(?:a|an|another|the)?\s*(?:new\s+|modern(?:\s+day)?\s+|second\s+|real\s+|american\s+)?(?:kristallnacht|pogrom|holocaust|final\s+solution(?!\s+(?:to|for)\s+(?:the\s+|our\s+|this\s+|that\s+)?(?:[a-z]+\s+)?(?:problem|issue|mess|question\s+of\s+(?:parking|traffic|budget)))|night\s+of\s+the\s+long\s+knives|st\.?\s+bartholomew'?s\s+day)|(?:kristallnacht|pogrom|holocaust|final\s+solution)\s+for\s+(?:these|those|the|all|every)\s+[a-z]+(?<!\s+(?:problem|issue|mess)))\b`,
    0.75,
    'call for violence',
    gate('kristallnacht pogrom holocaust solution knives bartholomew bartholomews'),
  ),
  rule(
    String.raw`\bfeed\s+(?:them|em|'em|him|her|(?:the|those|these|all\s+(?:the|those)|every)\s+(?:[a-z]+\s+)?${PERSON_NOUN})\s+to\s+(?:the\s+)?(?:alligators|gators|crocodiles|sharks|lions|pigs|hogs|dogs|wolves|piranhas|wood\s*chipper|woodchipper|fishes|fish)\b(?<!\bfeed\s+(?:the\s+)?(?:scraps|leftovers|bread|seeds|fish|bugs|worms|meat|chicken|pellets|treats|food|kibble|carrots)\s+to\s+[^.!?\n]*)`,
    0.75,
    'call for violence',
    gate(
      'alligators gators crocodiles sharks lions pigs hogs dogs wolves piranhas chipper woodchipper fishes fish',
    ),
  ),
  rule(
    String.raw`\bpick(?:ing|s)?\s+off\s+(?:them|em|'em|(?:the|those|these|all\s+the|every)?\s*(?:[a-z]+\s+)?${PERSON_NOUN})\s+(?:one\s+(?:at\s+a\s+time|by\s+one)|from\s+(?:the\s+)?(?:roof|rooftops?|distance|a\s+distance|the\s+hill))\b`,
    0.75,
    'call for violence',
    gate('off'),
  ),
  rule(
    String.raw`\b(?:drive|plow|ram|steer)\s+(?:a|the|your|my|our)\s+(?:truck|car|van|suv|jeep|pickup|bus|semi)\s+(?:right\s+|straight\s+)?(?:through|into)\s+(?:the|that|this|their|every|any)\s+(?:[a-z]+\s+){0,2}?(?:protest|march|rally|parade|vigil|crowd|sit-?in|blockade|demonstration|pride\s+parade)\b(?![^.!?\n]*\b(?:detour|route|closed|closure|avoid|parking|permit)\b)`,
    0.75,
    'call for violence',
    gate('protest march rally parade vigil crowd sit-in sitin blockade demonstration'),
  ),
  rule(
    String.raw`\b(?:every|all|each|any|those|these|the)\s+(?:[a-z]+\s+)?${PERSON_NOUN}\s+(?:deserves?|deserve|needs?|has\s+earned|have\s+earned|should\s+get)\s+(?:a|an|the|one)\s+(?:(?:shallow|unmarked|early|nameless)\s+grave|bullet(?!-|\s+(?:proof|points?|journal|train))(?:\s+to\s+the\s+head)?|noose|rope|beating|firing\s+squad|dirt\s+nap|body\s*bag|lynching)\b`,
    0.75,
    'call for violence',
    gate('grave bullet noose rope beating firing nap bag bodybag lynching'),
  ),
  // Gab's calls for violence, the looked-at half again (0.7.4): the killing verb at the end of a
  // list of punishments ("vet, deport and execute some"), a few killed so that the rest back off,
  // "if it's <group>, shoot it", and people bound, gagged or kidnapped as a proposal. Written as
  // families, with a photographer's "if it's white, shoot it in raw" and loose ends tied up left
  // alone; the kept-out half of Gab was not read.
  rule(
    String.raw`\b(?:deport|jail|imprison|arrest|vet|intern|detain|lock\s+(?:them\s+)?up|try|round\s+(?:them\s+)?up|castrate|sterili[sz]e|expel|strip)\b[^.!?\n]{0,60}?(?:\band|\bthen|,)\s+(?:then\s+)?(?:execute|hang|shoot|kill|gas|lynch|behead|electrocute|exterminate)\s+(?:some|a\s+few|the\s+rest|them\s+all|the\s+leaders|the\s+ringleaders|most|the\s+others|the\s+lot|the\s+traitors)(?:\s+of\s+(?:them|those|these|the\s+[a-z]+))?(?=\s*(?:[.!?,;]|$|\s+(?:on\s+sight|publicly|in\s+public|for\s+(?:good|treason)|as\s+an\s+example)))`,
    0.75,
    'call for violence',
    gate('execute hang shoot kill gas lynch behead electrocute exterminate'),
  ),
  rule(
    String.raw`\b(?:(?:shoot|shot|kill|killed|hang|hanged|execute|executed|lynch|lynched|gun\s+down|gunned\s+down|string\s+up|strung\s+up)\s+(?:dead\s+)?(?:a\s+)?(?:few|couple|handful|dozen|some)|put\s+(?:a\s+)?(?:few|couple|handful|dozen|some)\s+(?:of\s+)?(?:them|those|these|the)\b[^.!?\n]{0,20}?\bagainst\s+(?:a|the)\s+wall)\b[^.!?\n]{0,50}?\b(?:you(?:'ll|\s+will|\s+would|'d)\s+see|(?:the\s+rest|they|others|the\s+others|everybody|everyone|all\s+of\s+them)(?:'d|\s+would|'ll|\s+will)\s+(?:\w+\s+)?(?:back\s+off|stop|learn|think\s+twice|behave|fall\s+in\s+line|get\s+the\s+message|run|leave|go\s+home|straighten\s+up|shut\s+up|fall\s+in\s+line)|(?:that|it)(?:'d|\s+would|'ll|\s+will)\s+(?:stop|end|fix|solve|teach|send\s+a\s+message))`,
    0.75,
    'call for violence',
    gate('few couple handful dozen some'),
    {
      unless:
        /\b(?:coyotes?|wolves|deer|hogs|boars?|rats|pigeons|geese|zombies|game|movie|photos?|pictures?|hoops|free\s+throws|baskets|weeds?|bugs|plants|mosquitoes|flies|ants|lights|flyers|posters|decorations|ornaments|wreaths|flags|banners|signs|birds|ducks|fish|bottles|cans|targets|clays)\b/,
    },
  ),
  rule(
    String.raw`\bif\s+(?:it'?s|its|they'?re|theyre|they\s+are|he'?s|he\s+is|she'?s|she\s+is)\s+(?:a\s+|an\s+)?(?:black|brown|muslim|moslem|jewish|a\s+jew|gay|queer|trans|mexican|illegal|immigrant|arab|asian|african|hispanic|latino|${GROUP_NOUN})\s*,?\s+(?:then\s+)?(?:just\s+)?(?:shoot|kill|hang|burn|gas|stab|lynch|drown|string\s+up|run\s+over)\s+(?:it|them|him|her|em|'em)\b(?!\s+(?:again|in\s+raw|with\s+(?:the|a|your)\s+(?:flash|camera|phone|lens)|from\s+(?:the|a)\s+(?:side|front|back|top)))`,
    0.75,
    'call for violence',
    gate('shoot kill hang burn gas stab lynch drown string run'),
  ),
  rule(
    String.raw`(?<=(?:^|[.!?;,:]\s*|\b(?:just|and|or|then|let'?s|lets|should|must|gotta|need\s+to|needs\s+to|we\s+could|could|i\s+say\s+we|time\s+to|go)\s+))(?:bind\s+and\s+gag|gag\s+and\s+bind|tie\s+up|hogtie|hog-tie|zip-?tie|kidnap|abduct|snatch\s+up)\s+(?:a\s+couple(?:\s+of)?|some(?:\s+of)?|a\s+few(?:\s+of)?|all(?:\s+of)?|those|these|every)\s+(?:(?:those|these|the|them)\s+)?(?:[a-z]+\s+)?${PERSON_NOUN}\b`,
    0.75,
    'call for violence',
    gate('bind gag tie hogtie hog-tie zip-tie ziptie kidnap abduct snatch'),
    { unless: /\b(?:game|movie|prank|birthday|surprise|ice\s+cream|grandma|grandpa|sleepover)\b/ },
  ),
  // Wikipedia's threats, the looked-at half (0.7.4; rows split by a hash of their id as for Gab):
  // of its 27, 9 were missed cross-dataset. Five are families of their own and are written as
  // families ("…or you will have problems with me", "I shall sever thy head", "if you don't want
  // to be the one dead", "don't ever show your face where I live", "I'll beat and kill you");
  // "should be publicly executed" needed an adverb in the older call rule. The other half was not
  // read: its figure is the honest one.
  rule(
    String.raw`(?:\b(?:or|else|otherwise|if\s+not|if\s+you\s+(?:do|don'?t|do\s+not|keep|continue|ever))\b[^.!?\n]{0,40}?|\b(?:don'?t|do\s+not|stop|quit)\b[^.!?\n]{0,60}?)\b(?:you|u)(?:'ll|\s+will|\s+are\s+going\s+to|'re\s+going\s+to|\s+gonna|'re\s+gonna)\s+have\s+(?:a\s+)?(?:(?:big|serious|real|major|huge)\s+)?(?:problems?|trouble)\s+with\s+(?:me|us|my\s+(?:boys|friends|brothers|family|fists|gun))\b`,
    0.7,
    'intimidation',
    gate('problem problems trouble'),
    {
      unless:
        /\b(?:lawyer|attorney|court|sue|lawsuit|complaint|report\s+(?:you|it)|hoa|landlord|review|joking|kidding|lol|lmao|haha|jk)\b/,
    },
  ),
  rule(
    String.raw`\b(?:i|we)\s*(?:shall|shalt|will|'ll|am\s+going\s+to|'m\s+going\s+to|'m\s+gonna|am\s+gonna)\s+(?:personally\s+)?(?:sever|cut\s+off|chop\s+off|lop\s+off|hack\s+off|sunder)\s+(?:thy|thine|your|ur|his|her|their)\s+(?:head|heads|hands?|tongue|limbs?|arms?|legs?|fingers|ears?|nose|balls)\b(?!\s+(?:from\s+the\s+(?:photo|picture|list|shot)|off\s+the\s+(?:photo|picture|list)|in\s+(?:the|this)\s+(?:photo|picture|edit|crop)))`,
    0.75,
    'threat of violence',
    gate('head heads hand hands tongue limb limbs arm arms leg legs fingers ear ears nose balls'),
  ),
  rule(
    String.raw`\bif\s+(?:you|u|he|she|they)\s+(?:do\s+not|don'?t|doesn'?t|does\s+not|dont)\s+want\s+to\s+(?:be|end\s+up|wind\s+up)\s+(?:the\s+(?:one|next\s+one|next)\s+)?(?:dead|killed|shot|hurt|stabbed|buried|in\s+(?:a\s+|the\s+)?(?:hospital|coffin|body\s*bag|grave|ground|morgue|ditch|river))\b(?![^.!?\n]*\b(?:wear|buckle|slow\s+down|don'?t\s+(?:drink|text|speed)|helmet|seat\s*belts?|life\s+jackets?|vests?)\b)`,
    0.7,
    'intimidation',
    gate(
      'dead killed shot hurt stabbed buried hospital coffin bag bodybag grave ground morgue ditch river',
    ),
    { unless: WARNING_OF_A_DANGER },
  ),
  rule(
    String.raw`\b(?:don'?t|do\s+not|dont|never)\s+(?:you\s+)?(?:ever\s+)?(?:show\s+(?:your|ur)\s+(?:face|ass|self)|come|set\s+foot|step\s+foot)\s+(?:\w+\s+)?(?:where\s+i\s+live|near\s+(?:my|our)\s+(?:house|home|family|kids|street|place)|(?:around|in|on)\s+my\s+(?:neighbou?rhood|street|block|house|property|town))\b[^.!?\n]{0,60}?(?:\band\s+(?:don'?t|do\s+not|never)\s+(?:ever\s+)?let\s+(?:our|me\s+and\s+your)\s+paths\s+cross|\bor\s+(?:else|you(?:'ll|\s+will)|i(?:'ll|\s+will))|\bagain\b|[.!]|$)(?![^.!?\n]*\b(?:lol|lmao|haha|jk|kidding|love\s+you|miss\s+you)\b)`,
    0.7,
    'intimidation',
    gate('face ass self come foot'),
    {
      unless:
        /\b(?:lol|lmao|haha|jk|kidding|love\s+you|miss\s+you|dog|cat|raccoons?|deer|bears?|solicit\w*|salesm[ae]n|sales|without|unless|cookies|pie|cake|beer|pizza|bring\w*|boots|shoes|mud\w*|wife|husband|mom)\b/,
    },
  ),
  rule(
    String.raw`\b(?:(?:i|we)\s*(?:'ll|\s+will|\s+gonna|'m\s+gonna|'m\s+going\s+to|\s+am\s+going\s+to)\s+|(?:^|[.!?]\s*)(?:you|u)\s+)?(?:fuck|rape|beat|hunt|find|torture|gut)\s+(?:you\s+)?and\s+(?:then\s+)?(?:kill|murder|gut|shoot|stab|bury)\s+(?:you|u|ya)\b(?!\s+(?:with\s+kindness|in\s+(?:the\s+)?(?:game|match|fortnite|chess)))`,
    0.75,
    'threat of violence',
    gate('kill murder gut shoot stab bury'),
  ),
  // Round 43 (0.7.5): the families of the kept-blind threat sets' misses (blind 4 to 166, read
  // once for this change, then marked seen). Each is written as a family, with its twins.
  // "I'll leave you bleeding in a ditch", "I'll break you in half", "I'll tie you up and leave
  // you in the woods", "I'll make sure your mother needs a black dress".
  rule(
    String.raw`${FIRST_PERSON}\s+(?:leave\s+(?:you|u|him|her|them)\s+(?:bleeding|for\s+dead|dead|face\s+down|in\s+a\s+(?:ditch|pool\s+of\s+(?:your|his|her|their)\s+own\s+blood|body\s*bag))|break\s+(?:you|u|him|her|them)\s+(?:in\s+half|in\s+two|into\s+pieces|like\s+a\s+twig)|tie\s+(?:you|u|him|her|them)\s+up\s+and\s+(?:leave|dump|throw|bury|burn|drown)|make\s+sure\s+(?:you|u|he|she|they)\s+(?:never|don'?t|do\s+not|can'?t|cannot|won'?t)\s+(?:ever\s+)?(?:walk|breathe|wake\s+up|see\s+(?:daylight|your\s+kids|another\s+(?:day|birthday|christmas)))\s+again|make\s+sure\s+(?:your|ur|his|her)\s+(?:mother|mom|mama|wife|husband|family|kids|widow)\s+(?:needs?|buys?|wears?|gets?|picks?\s+out)\s+(?:a\s+)?(?:black\s+dress|casket|coffin|headstone|plot|funeral))\b`,
    0.75,
    'threat of violence',
    gate('leave break tie make'),
  ),
  // "You'll lose both hands when I'm done with you", "you'll need a wheelchair when I'm through
  // with you": a loss of the body promised by the one speaking.
  rule(
    String.raw`\b(?:you|u|he|she|they)(?:'ll|\s+will|'re\s+gonna|\s+are\s+going\s+to|\s+gonna)\s+(?:\w+\s+){0,2}?(?:lose|need|be\s+missing)\s+(?:\w+\s+){0,2}?(?:hands?|fingers?|teeth|eyes?|legs?|arms?|kneecaps?|a\s+wheelchair|stitches|a\s+surgeon|a\s+casket|a\s+coffin|dental\s+work|a\s+new\s+face)\b[^.!?\n]{0,30}?\b(?:when|after|once|by\s+the\s+time)\s+(?:i'm|i\s+am|im|we're|we\s+are)\s+(?:done|finished|through)\s+with\s+(?:you|u|him|her|them)\b`,
    0.75,
    'threat of violence',
    gate('done finished through'),
  ),
  // Coming armed: "I'm coming to the meeting armed", "next council meeting, I'm coming armed",
  // "don't make me come down to that station with my shotgun". Not "armed with facts".
  rule(
    String.raw`\b(?:i'm|im|i\s+am|we're|we\s+are|i'll\s+be|we'll\s+be)\s+(?:coming|showing\s+up|going|walking\s+in|gonna\s+(?:come|show\s+up))\s+(?:(?:to|into)\s+(?:the|that|this|your|next|tomorrow's|tonight's|monday's|the\s+next)\s+(?:\w+\s+){0,2}?(?:meeting|hearing|station|precinct|office|city\s+hall|town\s+hall|courthouse|rally|protest|school|event)\s+)?armed\b(?!\s+with\s+(?:facts|questions|data|receipts|evidence|documents|numbers|a\s+(?:list|petition|folder|binder|question)|my\s+(?:notes|questions|camera|phone|receipts)))|\bdon'?t\s+make\s+me\s+come\s+(?:down|over|back|up)?\s*(?:to|there|here)\b[^.!?\n]{0,40}?\bwith\s+(?:my|a)\s+(?:gun|rifle|pistol|shotgun|piece|ar-?15|ak|glock|machete|knife|bat|friends\s+smith\s+and\s+wesson)\b`,
    0.75,
    'threat of violence',
    gate('armed shotgun gun rifle pistol piece ar ar-15 ak glock machete knife bat'),
    {
      unless:
        /\b(?:security|guards?|officers?\s+(?:are|will\s+be)|deputies\s+(?:are|will\s+be)|metal\s+detectors?|concealed\s+carry\s+(?:permit|class))\b/,
    },
  ),
  // A weapon kept for a person: "a full mag with the sergeant's name on every round", "I've got a
  // scope and a lot of patience".
  rule(
    String.raw`\b(?:your|ur|his|her|their|the\s+\w+['’]s|\w+['’]s)\s+name\s+on\s+(?:every|each|one|the\s+last|a)\s+(?:round|bullet|shell|cartridge)\b|\b(?:i've|i\s+have|ive|i\s+got|i've\s+got|got)\s+a\s+(?:scope|rifle|sniper\s+rifle)\s+and\s+(?:a\s+lot\s+of\s+|all\s+the\s+|plenty\s+of\s+)?(?:patience|time(?:\s+in\s+the\s+world)?)\b`,
    0.75,
    'threat of violence',
    gate('round bullet shell cartridge scope rifle'),
    {
      unless:
        /\b(?:birds?|birding|stars?|telescope|astronomy|moon|planets?|owls?|eagles?|hawks?|comet|drinks?|shots?\s+of|golf|trivia)\b/,
    },
  ),
  // Omens of a death, said to the reader: "your kids will be orphans soon, officer", "you're one
  // bad day away from being a hashtag", "they'll be reading your name at roll call with a moment of
  // silence", "you'll be pushing up daisies", "you'll be floating in the harbor", "they'll be
  // scraping you off the sidewalk", "you won't be walking out of that courthouse".
  rule(
    String.raw`\b(?:your|ur)\s+(?:kids|children|son|daughter|sons|daughters|family|little\s+ones)\s+(?:will|'ll|are\s+going\s+to|are\s+gonna|gonna)\s+(?:\w+\s+)?(?:be\s+)?(?:orphans(?!\s+of\b)|orphaned|fatherless|motherless|grow\s+up\s+without\s+(?:a\s+)?(?:father|mother|dad|mom|you))\b|\b(?:you're|you\s+are|youre|ur)\s+(?:one|a)\s+(?:bad\s+)?(?:day|night|traffic\s+stop|call)\s+away\s+from\s+(?:being\s+)?(?:a\s+hashtag|a\s+headline|a\s+memorial|a\s+statistic|a\s+plaque|a\s+folded\s+flag)\b|\b(?:reading|read|say|saying)\s+(?:your|ur)\s+name\s+(?:at\s+roll\s+call\s+)?(?:with|during|at)\s+a\s+moment\s+of\s+silence\b|\b(?:you|u)(?:'ll|\s+will|'re\s+gonna|\s+are\s+going\s+to|\s+gonna)\s+be\s+(?:pushing\s+up\s+daisies|floating\s+(?:in|down)\s+(?:the\s+)?(?:harbor|harbour|river|bay|lake|canal|creek)|sleeping\s+with\s+the\s+fishes)\b|\bscrap(?:e|ing)\s+(?:you|u|him|her|them|your\s+\w+)\s+off\s+(?:the\s+)?(?:sidewalk|pavement|road|street|floor|asphalt|highway)\b|\b(?:you|u)\s+(?:won'?t|will\s+not|aren'?t\s+gonna|are\s+not\s+going\s+to)\s+be\s+walking\s+out\s+of\s+(?:that|this|the)\s+(?:courthouse|station|precinct|meeting|building|city\s+hall)\b(?!\s+(?:a\s+free|free|with|on\s+bail|without\s+a|until))`,
    0.7,
    'intimidation',
    gate(
      'orphans orphaned fatherless motherless grow hashtag headline memorial statistic plaque flag silence daisies floating fishes scrape scraping walking',
    ),
    {
      unless:
        /\b(?:if\s+(?:you|we|they)\s+(?:don'?t|keep)\s+(?:wear|buckle|slow|stop\s+speeding|drive)|seat\s*belts?|helmets?|drunk|speeding|texting|overdose|fentanyl|smoking|sentence|sentenced|convicted|guilty|parole|bail|acquitted|careful\w*|safe|safety|rest\s+in\s+peace|rip|rest\s+easy|fallen|end\s+of\s+watch|eow|memorial|honou?r\w*|miss\s+you)\b/,
    },
  ),
  // Watching a person: "I know what you drive", "I've been watching officer Kowalski's house for
  // a week now", "that prosecutor's car has a GPS tracker on it now, courtesy of me", "we don't
  // forget faces, Officer Kim", "the chief walks his dog at six every morning. Alone."
  rule(
    String.raw`\b(?:i|we)\s+know\s+what\s+(?:you|u|he|she|they)\s+drives?\b|\b(?:i've|ive|i\s+have|we've|we\s+have)\s+been\s+watching\s+(?:your|ur|his|her|their|(?:officer|deputy|sergeant|sgt|detective|chief|judge|mayor|councilman|councilwoman)\s+\w+['’]s|the\s+\w+['’]s)\s+(?:house|home|place|kids|family|wife|husband|car|street|driveway)\b|\b(?:tracker|gps|airtag)\s+on\s+(?:it|your\s+car|his\s+car|her\s+car|the\s+car)\b[^.!?\n]{0,20}?\bcourtesy\s+of\s+(?:me|us)\b|\bwe\s+(?:don'?t|do\s+not|never)\s+forget\s+(?:a\s+)?faces?\b[^\n]{0,40}?\b(?:officer|deputy|sergeant|detective|chief|judge|not\s+yours)\b|\bwalks\s+(?:his|her)\s+dog\b[^.!?\n]{0,40}?\b(?:every|each)\s+(?:morning|night|evening|day)\b[.\s,]{1,4}alone\s*[.!…]*\s*$`,
    0.7,
    'intimidation',
    gate('drive drives watching tracker gps airtag forget alone'),
    {
      unless:
        /\b(?:helped|help|thank\w*|grateful|kind(?:ness)?|saved|fondly|appreciate\w*|welcome|smile\w*|sold|dealership|mechanic|lol|haha|while\s+(?:you|they|he|she)|vacation|mail|plants|water\w*|house-?sit\w*|keys)\b/,
    },
  ),
  // A visit promised: "the day they cut my benefits is the day that office gets a visit it won't
  // forget", "my brothers will visit your kids' school while I'm inside", "we show up at their
  // homes, not city hall", "pay the Somali neighborhood a visit with torches", "you'll be hearing
  // from me, and not by email".
  rule(
    String.raw`\ba\s+visit\s+(?:it|they|he|she|you|u)\s+(?:won'?t|will\s+not|will\s+never|wont)\s+(?:ever\s+)?forget\b|\bvisit\s+(?:your|ur)\s+(?:kids'?|kid's|children's|daughter's|son's)\s+school\b(?![^.!?\n]*\b(?:career|field\s+trip|read|reading|talk|presentation|invited|day)\b)|\bshow\s+up\s+at\s+(?:their|your|his|her)\s+(?:homes?|houses?|doors?|doorsteps?)\b,?\s+not\s+(?:at\s+)?(?:city\s+hall|the\s+office|the\s+meeting|the\s+station|council)\b|\bpay\s+(?:\w+\s+){1,4}?a\s+(?:little\s+)?visit\s+with\s+(?:torches|pitchforks|guns|rifles|bats|rope|gas\s+cans|molotovs)\b|\bhearing\s+from\s+me,?\s+(?:and\s+)?(?:it\s+won'?t\s+be\s+|but\s+)?not\s+(?:by|through|via|in)\s+(?:email|e-mail|mail|a\s+letter|letter|phone|my\s+lawyer|writing)\b`,
    0.7,
    'intimidation',
    gate('visit show hearing'),
    {
      unless:
        /\b(?:santa|reading|read|surprise|celebrat\w*|party|parade|gifts?|donat\w*|canvass\w*|register\w*|vot\w*|flyers?|petitions?|signatures|lawyer|attorney|letter|call|phone)\b/,
    },
  ),
  // Incitement, round 43: "poison the wells in the migrant camp", "a bounty on every illegal's
  // head, $500 a scalp", "the crowd at the gay bar needs a grenade more than a drink", "cleansing
  // this county of the Muslim filth", "do to the Jews what Germany did", "I say we ambush the next
  // pride bus", "throw the gay kids off the school roof", "do the world a favor and stab him",
  // "burned to the ground with the owners inside", "the Kent State treatment, live rounds this
  // time", "when the shooting starts, aim for the protesters first".
  rule(
    String.raw`\bpoison\s+(?:the|their)\s+(?:wells?|water|food|supply)\b(?!\s+against)[^.!?\n]{0,40}?\b(?:camps?|${GROUP_TARGET}|neighbou?rhood|mosque|shelter|barrio|ghetto)\b|\b(?:\$\s*\d[\d,]*|\d[\d,]*\s+(?:dollars|bucks))\s+(?:a|per|for\s+each|for\s+every)\s+(?:scalp|kill|ear)\b|\bneeds?\s+a\s+(?:grenade|bomb|pipe\s+bomb|molotov|bullet|firebomb)\s+more\s+than\b|\bcleans(?:e|ing)\s+(?:this|our|the)\s+(?:\w+\s+)?of\s+(?:the\s+|these\s+|those\s+|all\s+(?:the\s+)?)?(?:\w+\s+)?(?:${GROUP_TARGET}(?:\s+(?:filth|vermin|scum|trash))?|invaders)\b|\bdo\s+to\s+(?:the\s+)?(?:\w+\s+)?${GROUP_TARGET}\s+what\s+(?:germany|hitler|the\s+nazis|the\s+germans|stalin)\s+did\b|\b(?:i\s+say\s+we|let'?s|lets|we\s+should|we\s+need\s+to|somebody\s+should|someone\s+should)\s+ambush\b|(?:^|[.!?;]\s*)(?:just\s+)?throw\s+(?:the|those|these|all\s+(?:the|those|these)|every)\s+(?:\w+\s+)?${GROUP_TARGET}\s+off\s+(?:a|the)\s+(?:\w+\s+)?(?:roof|bridge|building|cliff|tower|overpass)\b|\bdo\s+(?:the\s+world|us\s+all|everyone|humanity|society|the\s+country|america)\s+a\s+favou?r\s+and\s+(?:kill|shoot|stab|hang|run\s+over|beat|burn|drown|strangle)\s+(?:him|her|them|one|every|those|these)\b|\b(?:burn|(?<!\b(?:house|home|apartment|building|church|mosque|synagogue|store|barn|trailer|place)\s+)burn(?:ed|t))\s+(?:\w+\s+){0,4}?with\s+(?:the\s+|their\s+|all\s+the\s+)?(?:\w+\s+)?(?:owners|people|them|everyone|everybody|families|kids|residents|worshippers|worshipers|congregation|staff)\s+(?:still\s+)?inside\b|\bkent\s+state\s+(?:treatment|style|again|them)\b|\blive\s+rounds\s+this\s+time\b|\baim\s+for\s+(?:the\s+)?(?:\w+\s+)?${GROUP_TARGET}\b(?!['’])`,
    0.75,
    'call for violence',
    gate(
      'poison scalp kill ear grenade bomb molotov bullet firebomb cleanse cleansing germany hitler nazis germans stalin ambush throw favor favour inside kent rounds aim',
    ),
    {
      unless:
        /\b(?:game|video\s+game|movie|film|novel|history\s+class|museum|documentary|paintball|airsoft|call\s+of\s+duty|fortnite|anniversary|memorial|never\s+again|surprise|birthday|party|water\s+balloons?|nerf|snowballs?|confetti|hugs?)\b/,
    },
  ),
  // Sabotage, hinted: "your brake lines look a little loose, Sergeant", "the gas line on your
  // street has been acting up. Hope nothing sparks", "somebody should check if the mayor's house
  // is fireproof".
  rule(
    String.raw`\b(?:your|ur|his|her)\s+brake\s+lines?\s+(?:look|looks|seem|seems|are|is|might\s+be|could\s+be)\s+(?:\w+\s+){0,2}?(?:loose|worn|cut|thin|leaky|off)\b|\bhope(?<=\b(?:your|ur)\b[^\n]{0,80}\bhope)\s+nothing\s+(?:sparks|catches(?:\s+fire)?|ignites|explodes|goes\s+boom)\b|\b(?:somebody|someone|some1|i)\s+(?:should|oughta|ought\s+to|will|'ll|might)\s+(?:check|test|see|find\s+out)\s+(?:if|whether|how)\s+(?:the\s+)?(?:\w+['’]s\s+|your\s+|his\s+|her\s+|their\s+)(?:house|home|car|office|station|precinct)\s+is\s+(?:fireproof|fire\s+proof|bulletproof|bullet\s+proof|bombproof)\b`,
    0.7,
    'intimidation',
    gate('brake sparks catches ignites explodes boom fireproof fire bulletproof bullet bombproof'),
    {
      unless:
        /\b(?:mechanic|shop|garage|inspection|recall|inspector|fire\s+marshal|code\s+enforcement|insurance|check(?:ed)?|replace\w*|fix\w*|drought|dry|heat|fireworks|storm|lightning|wildfires?|season|leak\w*|utility|gas\s+company)\b/,
    },
  ), // Round 46 (0.7.5), written before these rules (9 of 20 flagged on first contact): "parked
  // with you still in it, on fire", "I'm going to make you wish you'd never been born", "I'm
  // coming for you and everyone you love", "hope your patrol car meets a semi head-on", "you and
  // your whole squad are on borrowed time", "let's see how tough you are with a broken jaw",
  // "I'd pay good money to watch the chief bleed out", "that dispatcher won't make it home
  // tonight", "I have nothing to lose and a lot of bullets", "if they raise my rent again, the
  // landlord's building goes up in flames".
  rule(
    String.raw`\bwith\s+(?:you|u|him|her|them|the\s+\w+|your\s+\w+)\s+(?:still\s+)?(?:in\s+it|inside)\b(?=[^.!?\n]{0,30}\b(?:on\s+fire|in\s+flames|burn\w*|torch\w*|ablaze|goes\s+up|blow\w*\s+up|explod\w*))|\bwith(?<=\b(?:on\s+fire|in\s+flames|burn\w*|torch\w*|ablaze|blow\w*\s+up|explod\w*)\b[^.!?\n]{0,60}with)\s+(?:you|u|him|her|them|your\s+\w+)\s+(?:still\s+)?(?:in\s+it|inside)\b`,
    0.75,
    'threat of violence',
    gate(
      'fire flames burn burns burning burned burnt torch torched torching ablaze explode explodes exploded exploding blow blows blown',
    ),
    {
      unless:
        /\b(?:movie|film|dream|nightmare|scene|fire\s+drill|smoke\s+detectors?|space\s+heaters?|wiring|candles?|careful|safety|stuntm[ae]n|video\s+game)\b/,
    },
  ),
  rule(
    String.raw`${FIRST_PERSON}\s+make\s+(?:you|u|him|her|them|y'?all)\s+wish\s+(?:you|u|he|she|they|y'?all)(?:'d|\s+had|\s+were|\s+was)\s+never\s+(?:been\s+)?born\b|\b(?:i'm|im|i\s+am|we're|we\s+are|i'll\s+be|we'll\s+be)\s+coming\s+for\s+(?:you|u|ya)\s+and\s+(?:everyone|everybody|everything|all\s+the\s+people|anyone)\s+(?:you|u)\s+(?:love|care\s+about|hold\s+dear)\b|\b(?:i'm|im|i\s+am|we're|we\s+are)\s+coming\s+for\s+(?:you|u|ya)r?\s+(?:and\s+your\s+)?(?:family|kids|wife|husband|children)\b(?!['’])`,
    0.75,
    'threat of violence',
    gate('wish coming'),
    {
      unless:
        /\b(?:tickle|hug|hugs|cookies|pie|casserole|birthday|surprise|game|tournament|chess|trivia|lol|haha|jk)\b/,
    },
  ),
  rule(
    String.raw`\b(?:hope|hoping|wish|pray)\s+(?:that\s+)?(?:your|ur|his|her|their)\s+(?:\w+\s+)?(?:car|cruiser|patrol\s+car|squad\s+car|truck|plane|bus|motorcycle|bike|boat|helicopter)\s+(?:meets\s+a\s+(?:semi|train|truck|bus|tree|wall)|hits\s+a\s+(?:semi|train|truck|tree|wall|pole)|gets\s+(?:hit|t-?boned|rammed)|crashes|flips|wraps\s+around|goes\s+(?:off|over)\s+(?:a|the)\s+(?:cliff|bridge|road|edge)|explodes|catches\s+fire|goes\s+down)\b|\b(?:you|u)(?:\s+and\s+(?:your|ur)\s+(?:whole\s+)?\w+)?\s+(?:are|is|r|'re)\s+(?:all\s+)?(?:living\s+)?on\s+borrowed\s+time\b|\bsee\s+how\s+(?:tough|brave|smart|funny|cocky|big|bad|mouthy|loud)\s+(?:you|u|he|she|they)\s+(?:are|is|r)\s+(?:with|without)\s+(?:a\s+)?(?:broken|busted|shattered|cracked|wired)?\s*(?:\w+\s+)?(?:jaw|nose|legs?|arms?|skull|ribs|teeth|face|kneecaps?|back)\b|\b(?:i'd|i\s+would|i'll|i\s+will|id)\s+(?:pay\s+(?:good\s+|real\s+|top\s+)?money|give\s+anything|give\s+my\s+\w+|love)\s+to\s+(?:watch|see)\s+(?:\w+\s+){1,3}?(?:bleed\s+out|bleed\s+to\s+death|die|burn|hang|choke|get\s+shot|get\s+stabbed|get\s+beaten|drown|suffer|get\s+lynched)\b`,
    0.75,
    'threat of violence',
    gate(
      'car cruiser truck plane bus motorcycle bike boat helicopter borrowed jaw nose leg legs arm arms skull ribs teeth face kneecap kneecaps back bleed die burn hang choke shot stabbed beaten drown suffer lynched',
    ),
    {
      unless:
        /\b(?:beaten\s+by|game|playoffs?|scoreboard|transmission|battery|tires|engine|warranty|roof|inspection|doctor|diagnos\w*|cancer|heart|kidney|liver|lungs|health|landlord|lease|parole|probation|election|elections|polls|november|midterms?|primar(?:y|ies)|ballots?|voters?|recall|career|season|contract|movie|film|game|tournament|chess|karaoke|meme|roast)\b/,
    },
  ),
  rule(
    String.raw`\b(?:you|u|he|she|they|that\s+\w+|the\s+\w+|your\s+\w+)\s+(?:won'?t|will\s+not|aren'?t\s+gonna|ain'?t\s+gonna|isn'?t\s+gonna|is\s+not\s+going\s+to)\s+make\s+it\s+home\s+(?:tonight|alive|in\s+one\s+piece|to\s+(?:your|his|her|their)\s+(?:kids|family|wife|husband))\b|\b(?:i\s+have|i've\s+got|i\s+got|ive\s+got)\s+nothing\s+(?:left\s+)?to\s+lose\b[^.!?\n]{0,40}?\b(?:bullets|ammo|ammunition|guns|rounds|rifles?|gasoline|gas\s+cans?|explosives)\b|\bif\b[^.!?\n]{0,80}?,\s*(?:then\s+)?(?:the\s+|that\s+|his\s+|her\s+|their\s+|your\s+)?(?:\w+['’]s\s+)?(?:\w+\s+)?(?:building|house|office|car|store|shop|station|precinct|home|church|school|restaurant)\s+(?:goes|will\s+go|is\s+going\s+to\s+go|gonna\s+go)\s+up\s+in\s+(?:flames|smoke)\b`,
    0.75,
    'threat of violence',
    gate(
      'home bullets ammo ammunition guns rounds rifle rifles gasoline gas explosives flames smoke',
    ),
    {
      unless:
        /\b(?:shift|storm|traffic|snow|overtime|double|flight|late|working|wiring|fire\s+code|inspection|sprinklers?|smoke\s+detectors?|space\s+heaters?|candles?|grease|fryer|fireworks|lightning|drought)\b/,
    },
  ),
  // Round 47 (0.7.5): incitement against groups, written before these rules (9 of 20 flagged on
  // first contact): "the solution to the homeless problem is a few cans of gasoline", "every
  // trans freak would be swinging from a tree", "run those marchers off the road", "bring a
  // flamethrower to the pride parade", "the Rittenhouse treatment", "open fire on the caravan",
  // "thrown off a helicopter", "drop a bomb on Gaza", "a nightstick to the teeth", "orders to shoot
  // anyone crossing", "bring back public executions for illegals".
  rule(
    String.raw`\b(?:solution|answer|fix|cure)\s+(?:to|for)\s+(?:the|our|this|that)\s+(?:\w+\s+){0,2}?problem\s+(?:is|=|would\s+be)\s+(?:a\s+few\s+|some\s+|more\s+|a\s+couple\s+(?:of\s+)?|plenty\s+of\s+)?(?:cans?\s+of\s+gasoline|gasoline|gas\s+cans|a\s+lighter|bullets?|lead|rope|ropes|nooses?|a\s+bomb|bombs|zyklon|ovens?|a\s+wood\s?chipper|machine\s+guns?|a\s+final\s+solution|extermination|a\s+bullet|napalm|a\s+flamethrower)\b|\b(?:would|will|should|'d|'ll)(?<!\b(?:kids|children|monkeys?|boys|girls|toddlers?)\b[^.!?\n]{0,40}\b(?:would|will|should|'d|'ll))\s+(?:all\s+)?be\s+swinging\s+from\s+(?:a|the)\s+(?:tree|trees|rope|lamppost|lamp\s+post|noose|overpass|bridge|gallows|light\s+pole)\b(?!\s*(?:house|houses|swing|swings|fort|branch|branches|-))|\brun\s+(?:those|these|the|them|all\s+the|every|any)\s+(?:\w+\s+)?(?:${GROUP_TARGET}|marchers|cyclists?|bikers)\s+off\s+the\s+road\b|\b(?:somebody|someone|some1|we\s+should|let'?s|lets|i'?ll|i\s+will|we'?ll)\s+(?:just\s+)?bring\s+(?:a|an|the|some|my)\s+(?:flamethrower|molotov|molotovs|bomb|grenade|machine\s+gun|ar-?15|rifle|shotgun|gun|guns|rope|noose)\s+to\s+(?:the|their|that|this|next)\s+(?:\w+\s+)?(?:parade|march|rally|protest|mosque|synagogue|church|temple|vigil|drag\s+show|pride|festival|clinic|meeting)\b|\b(?:get|gets|give\s+(?:them|him|her|'em)|deserves?)\s+the\s+(?:rittenhouse|kent\s+state|tiananmen|waco|charlottesville|el\s+paso|christchurch|mcveigh|pinochet|helicopter)\s+treatment\b|(?:^|[.!?;]\s*|\b(?:just|we\s+should|let'?s|lets|should|need\s+to|gotta|time\s+to|i\s+say\s+we)\s+)open\s+fire\s+on\s+(?:the|those|these|them|every|any|all)\b|\b(?:need|needs|should|must|ought|deserve|deserves|oughta)\s+(?:to\s+)?be\s+(?:thrown|tossed|dropped|pushed)\s+(?:off|from|out\s+of)\s+(?:a|the)\s+(?:helicopter|roof|bridge|building|plane|cliff|tower|overpass)\b|(?:^|[.!?;]\s*|\b(?:just|we\s+should|let'?s|lets|should|need\s+to|gotta|time\s+to|i\s+say\s+we)\s+)drop\s+(?:a|an|the|some)\s+(?:nuke|nuclear\s+bomb|bomb|bombs|moab)\s+on\b(?!\s+(?:the\s+|that\s+|this\s+|our\s+|their\s+)?(?:scoreboard|competition|defen[cs]e|field|court|ice|stage|dance\s+floor|audience|crowd|mic|party|chat|timeline|group\s+chat|comments?|haters|opponents?|league|playoffs))|\bdeserves?\s+(?:a|an)\s+(?:nightstick|bat|baton|boot|fist|brick|crowbar|tire\s+iron|hammer|bullet|pipe|shovel)\s+to\s+the\s+(?:teeth|face|head|skull|throat|knees?|mouth|jaw)\b|\b(?:give|giving|with|issue|need|should\s+have)\s+(?:\w+\s+)?orders?\s+to\s+(?:shoot|kill|fire\s+on)\s+(?:anyone|anybody|everyone|every|all|on\s+sight|them|${GROUP_TARGET})\b|\bbring\s+back\s+(?:public\s+)?(?:executions|hangings|lynchings|the\s+gallows|the\s+guillotine|firing\s+squads)\s+(?:for|of)\s+(?:all\s+)?(?:the\s+)?(?:\w+\s+)?(?:${GROUP_TARGET})\b`,
    0.75,
    'call for violence',
    gate(
      'problem swinging road bring treatment fire thrown tossed dropped pushed drop teeth face head skull throat knee knees mouth jaw orders order back',
    ),
    {
      unless:
        /\b(?:history|documentary|movie|film|novel|museum|class|lesson|anniversary|memorial|video\s+game|truth\s+bomb|mic)\b/,
    },
  ),
  // 0.7.5 (read-over of a frame's change): "keep it up and someone is going to get hurt", "I will
  // make sure someone gets hurt tonight".
  rule(
    String.raw`\b(?:keep\s+(?:it|this|that)\s+up|keep\s+(?:talking|pushing|posting|deleting|running\s+your\s+mouth|it\s+coming)|one\s+more\s+(?:word|time|post|comment|ticket))\b[^.!?\n]{0,30}?\b(?:and|&)\s+(?:someone|somebody|people|you|u)\s+(?:is\s+|are\s+|'s\s+|'re\s+)?(?:going\s+to\s+|gonna\s+|will\s+|'ll\s+)?(?:get|gets)\s+(?:hurt|killed|shot|stabbed|beaten)\b|${FIRST_PERSON}\s+make\s+sure\s+(?:someone|somebody|you|u|he|she|they)\s+(?:gets?|get)\s+(?:hurt|killed|shot|stabbed|beaten)\b`,
    0.7,
    'intimidation',
    gate('hurt killed shot stabbed beaten'),
    {
      unless:
        /\b(?:helmet|seat\s*belts?|speed\w*|drunk|texting|ice|icy|fireworks|ladder|trampoline|intersection|crosswalk|light|signal|careful|safe|safety)\b/,
    },
  ),
  // Round 50 (0.7.5): veiled threats at officers and officials, written before these rules (3 of
  // 20 flagged on first contact): the widow's pension, a badge that "makes a nice target", "we'll
  // be seeing you", kevlar that does not cover the head, keeping one's head down at the next
  // call, a face full of lead, an example made of the chief, a bullet waiting for an officer,
  // the shot you won't hear, a photo that will look good on a memorial, days over
  // "permanently", the route home known, a career and a life ended, the last face you see, the
  // precinct the first to burn.
  rule(
    String.raw`\b(?:your|ur)\s+(?:wife|husband|widow|family|kids|children)\s+(?:is|are|will\s+be|'s|'ll\s+be)\s+(?:gonna\s+be\s+|going\s+to\s+be\s+)?(?:collecting|cashing|getting|spending)\s+(?:your|ur)\s+(?:pension|life\s+insurance|death\s+benefits?|survivor\s+benefits?)\b|\b(?:badge|uniform|vest|cruiser|forehead|back\s+of\s+your\s+head|head)\s+(?:makes?|is|would\s+make|'d\s+make)\s+(?:a\s+|such\s+a\s+)?(?:real\s+|really\s+|pretty\s+|very\s+|nice\s+)?(?:nice|good|great|easy|perfect|big|shiny|juicy)\s+target\b|\bwrong\s+(?:house|guy|person|family|man|woman|neighbou?rhood|block|one)\s+to\s+\w+\b[^\n]{0,40}?\b(?:we'll|we\s+will|i'll|i\s+will)\s+be\s+seeing\s+(?:you|u)\b|\b(?:kevlar|vest|body\s+armou?r)(?<=\b(?:bet|hope|pray|guess|hoping|betting)\b[^.!?\n]{0,20}\b(?:kevlar|vest|body\s+armou?r))\s+(?:doesn'?t|does\s+not|won'?t|will\s+not|can'?t|cannot)\s+(?:cover|protect|stop|save)\s+(?:your|ur|his|her)\s+(?:head|face|neck|family|kids)\b|\bkeep\s+(?:my|your|ur)\s+head\s+down\s+(?:at|on|during)\s+(?:the\s+|your\s+)?next\s+(?:call|patrol|stop|traffic\s+stop|raid|arrest)\b(?=[^.!?\n]{0,30}\bif\s+i\s+were\s+(?:you|u)\b)|\b(?:face|chest|belly|gut|head|mouth)\s*full\s+of\s+(?:lead|buckshot|bullets|birdshot|hollow\s*points)\b`,
    0.75,
    'threat of violence',
    gate(
      'pension insurance benefits benefit target seeing kevlar vest armor armour head lead buckshot bullets birdshot',
    ),
    {
      unless:
        /\b(?:retire\w*|congrat\w*|paintball|airsoft|range\s+day|target\s+practice|archery|darts|video\s+game|game|movie|film|vaccine|flu|hunting\s+season|deer|duck|geese)\b/,
    },
  ),
  rule(
    String.raw`\b(?:we're|we\s+are|i'm|i\s+am|we'll|we\s+will|i'll|i\s+will)\s+(?:gonna\s+|going\s+to\s+)?make\s+an\s+example\s+(?:out\s+)?of\s+(?:the\s+(?:chief|mayor|sheriff|judge|captain|sergeant|officer|deputy|prosecutor)|you|u|him|her|(?:officer|deputy|sergeant|detective|chief|judge|mayor|sheriff)\s+\w+)\b(?!['’])|\b(?:a|one|the|that)\s+(?:special\s+|little\s+|single\s+)?(?:bullet|noose|grave|coffin|casket|body\s*bag)\s+(?:is\s+)?waiting\s+(?:for|on)\s+(?:you|u|him|her|them|(?:officer|deputy|sergeant|sgt|detective|chief|judge|mayor|sheriff|trooper)\s+\w+|the\s+(?:chief|mayor|sheriff|judge|officer|deputy))\b|\b(?:you|u)\s+(?:won'?t|will\s+not|never)\s+(?:even\s+)?(?:hear|see)\s+the\s+(?:one|shot|bullet|round)\s+that\s+(?:gets|kills|takes\s+out|hits|ends)\s+(?:you|u)\b|\b(?:look|looks)\s+(?:great|good|nice|perfect|real\s+nice)\s+(?:on|at|in)\s+(?:your|ur)\s+(?:memorial|funeral|headstone|tombstone|grave|obituary|casket|wake)\b(?!\s+(?:plaque|wall\s+of\s+honou?r|service\s+award))|\b(?:your|ur)\s+days\s+(?:of\s+(?:\w+\s+){1,3})?are\s+(?:almost\s+|nearly\s+|about\s+to\s+be\s+)?(?:over|done|numbered)\b[^.!?\n]{0,12}\bpermanently\b|\b(?:i|we)\s+know\s+(?:the\s+)?(?:route|way|road|roads|street|streets|time|hour)\s+(?:you|u)\s+(?:take|drive|leave|use|get)\s+(?:home|to\s+work|every\s+\w+)\b|(?<=\b(?:somebody|someone|some1|i'll|i\s+will|we'll|we\s+will|i'm\s+gonna|we're\s+gonna|i'm\s+going\s+to|we're\s+going\s+to|gonna)\s+(?:\w+\s+){0,3}?)end\s+(?:(?:his|her|your|ur|their|the\s+\w+['’]s)\s+career\s+and\s+)?(?:his|her|your|ur|their|the\s+\w+['’]s)\s+life\b|\b(?:i'll|i\s+will|i'm\s+gonna|i\s+am\s+going\s+to)\s+be\s+the\s+last\s+(?:face|thing|person|voice)\s+(?:you|u)\s+(?:ever\s+)?(?:see|hear)\b|\b(?:your|ur|the|that|this)\s+(?:precinct|station|house|home|office|city\s+hall|courthouse)\s+(?:is|will\s+be|'s)\s+the\s+first\s+(?:to|one\s+to)\s+(?:burn|go\s+up|fall|get\s+hit)\b`,
    0.75,
    'threat of violence',
    gate(
      'example waiting hear memorial funeral headstone tombstone grave obituary casket wake permanently route road roads street streets hour life face voice precinct station courthouse',
    ),
    {
      unless:
        /\b(?:sentence|sentenced|court|jury|retire\w*|congrat\w*|overtime|movie|film|novel|song|lyrics|game|suicide|hotline|988|cancer|disease|illness|overdose|drugs|cigarettes|smoking|drunk|fireworks|wildfire|earthquake|flood|flu|virus|covid|germs?|tornado|surgery|anesthes\w*|dentist|doctor|nurse|years\s+of\s+service|video|volunteer\w*|thanks|training|demo|presentation)\b/,
    },
  ),
  // Round 51 (0.7.6): threats in many shapes, written before these rules (15 of 20 flagged on
  // first contact). The misses' families: a bullet for "whoever cuffs him", "better sleep light
  // tonight", teeth pulled out of the pavement, an officer who "is going to bleed for what he
  // did", an ultimatum with a deadline and a price ("you have 48 hours to drop the charges or
  // your family pays the price").
  rule(
    String.raw`\b(?:put|putting|pump|pumping)\s+(?:a|one|two|three|some|six)?\s*(?:bullets?|rounds?|slugs?|lead|holes)\s+(?:in|into|through)\s+(?:whoever|anyone|anybody|every\s+(?:last\s+)?(?:one|[a-z]+)|(?:any|the\s+next|the\s+first)\s+(?:[a-z]+\s+)?(?:${PERSON_NOUN}|one|person|guy|man|woman|pig))\b`,
    0.75,
    'threat of violence',
    gate('bullet bullets round rounds slug slugs lead holes'),
    { unless: /\b(?:range|targets?|paper|deer|hunting|season|zombies?|game|video\s+game|movie)\b/ },
  ),
  rule(
    String.raw`\b(?:better|should|gonna\s+want\s+to|might\s+want\s+to)\s+(?:sleep\s+(?:light|lightly|in\s+shifts|with\s+(?:the|a)\s+(?:lights?\s+on|gun|bat|knife))|not\s+(?:sleep|close\s+(?:his|her|their|your|ur)\s+eyes))\b(?=[^.!?\n]{0,20}(?:tonight|this\s+week|from\s+now\s+on|for\s+a\s+while|[.!]|$))`,
    0.65,
    'intimidation',
    gate('sleep'),
    {
      unless:
        /\b(?:baby|babies|newborns?|infants?|toddlers?|puppy|puppies|kittens?|storms?|tornado|hurricane|flood|alarms?|flights?|shifts?\s+work|night\s+shift|exam|finals|coffee|caffeine)\b/,
    },
  ),
  rule(
    String.raw`\b(?:picking|pulling|scraping|peeling|scooping|spitting|sweeping)\s+(?:(?:your|ur)\s+(?:teeth|brains?|skulls?|face)|pieces\s+of\s+(?:you|him|her|them|yourself|yourselves))\s+(?:up\s+)?(?:out\s+of|off(?:\s+of)?|from)\s+(?:the\s+)?(?:gravel|pavement|asphalt|sidewalk|road|street|wall|floor|concrete|curb|ground|dirt|parking\s+lot)\b`,
    0.7,
    'intimidation',
    gate('teeth brains brain skull skulls face pieces'),
  ),
  rule(
    String.raw`\b(?:(?:you|u)\s+and\s+(?:your|ur)\s+(?:[a-z'-]+\s+)?[a-z]+|you|u|he|she|they|y'?all|(?:that|the|this|those|these)\s+(?:[a-z'-]+\s+)?${PERSON_NOUN}|(?:officer|deputy|sergeant|sgt|detective|chief|sheriff|judge|mayor)\s+[a-z]+)\s+(?:is|are|'s|'re|will|'ll|is\s+gonna|are\s+gonna|gonna|is\s+going\s+to|are\s+going\s+to|going\s+to)\s+bleed\s+for\s+(?:this|that|it|what)\b`,
    0.7,
    'threat of violence',
    gate('bleed'),
    {
      unless:
        /\b(?:win|wins|title|championship|game|season|cause|country|team|playoffs|cup|trophy|ring|dream|art|craft|money|cash|budget)\b/,
    },
  ),
  rule(
    String.raw`\b(?:you|u)\s+(?:have|got|get)\s+(?:(?:\d+|one|two|three|four|five|seven|ten|twenty-four|twenty\s+four|forty-eight|forty\s+eight|seventy-two|seventy\s+two)\s+(?:hours|hrs|days|minutes|mins|weeks)|until\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|midnight|noon|the\s+end\s+of\s+the\s+(?:day|week)))\s+to\s+[^.!?\n]{3,60}?\b(?:or|otherwise|before)\s+(?:(?:your|ur)\s+(?:family|kids|wife|husband|children|loved\s+ones|mother|mom|daughter|son|house|home)\s+(?:pays?|will\s+pay|suffers?|will\s+suffer|gets?\s+hurt|is\s+next|are\s+next|burns?|will\s+burn)|(?:you|u)\s+(?:will\s+|'ll\s+)?(?:pay\s+the\s+price|suffer|die|bleed|get\s+hurt|disappear)|(?:i|we)\s+(?:will|'ll)\s+(?:come\s+for|find|hurt|kill|visit)\s+(?:you|u|them|your|ur))\b`,
    0.7,
    'intimidation',
    gate('hours hrs days minutes mins weeks until'),
  ),
  // Round 55 (0.7.6): threats in the shapes of functional tests, against groups and people,
  // written before these rules (17 of 20 flagged on first contact). The misses' families: a
  // crowd run down with a vehicle, a beating "until they stop", "make sure every … is beaten"
  // (the last by widening the rule above).
  rule(
    String.raw`(?:${FIRST_PERSON}|\b(?:should|just|let'?s|lets|gotta|need\s+to|needs\s+to|somebody\s+should|someone\s+should))\s+(?:run|mow|plow|plough)\s+(?:down|over)\s+(?:the|those|these|all\s+(?:the|those|these)|every|some|a\s+few|a\s+bunch\s+of)\s+(?:[a-z'-]+\s+)?(?:protesters|marchers|demonstrators|rioters|cyclists|bikers|pedestrians|crowd|kids|${GROUP_NOUN})\b(?=\s*(?:[.!;]|,\s|$)|\s+(?:with\s+(?:my|a|the|our|his)\b|in\s+(?:my|a|the|our)\s+(?:truck|car|van|suv|jeep)|tomorrow|tonight|next|on\s+sight|if\b|when\b|who\b|blocking))`,
    0.75,
    'threat of violence',
    gate('run mow plow plough'),
  ),
  rule(
    String.raw`${FIRST_PERSON}\s+(?:beat|whip|pummel|stomp)\s+(?:the|those|these|every|all\s+the|some)\s+(?:[a-z'-]+\s+){0,2}?(?:kids|children|boys|girls|${GROUP_NOUN}|${PERSON_NOUN})\b[^.!?\n]{0,30}?\b(?:until|till|til)\s+(?:they|he|she)\s+(?:stop(?=\s*(?:[.!]|$))|stop\s+(?:breathing|moving|existing)|learn\s+(?:their|his|her)\s+place|bleed|cry|die|beg|pass\s+out|black\s+out|(?:can't|cannot)\s+(?:walk|move|breathe|stand))`,
    0.75,
    'threat of violence',
    gate('beat whip pummel stomp'),
  ),
  // Round 57 (0.7.7), veiled threats at officials: a target's routine or place told with an
  // ominous tail ("Officer … parks it on Elm every night. Just saying", "your daughter's bus stop
  // is on 5th and Pine, right? Pretty lonely spot", "keep walking your dog at 6am, see what
  // happens"), and the vulnerability of their home or kin ("your kids' school has a lot of
  // windows", "your wife looked nervous today. She should be").
  rule(
    String.raw`\b(?:(?:officer|deputy|sergeant|sgt|detective|lieutenant|lt|chief|judge|mayor|captain|trooper|sheriff|commissioner|councilman|councilwoman|prosecutor|da)\s+(?:[a-z'-]+\s+){0,2}?|(?:your|ur)\s+(?:(?:wife|husband|kids?|children|daughter|son|family|mom|mother|dad|father|baby|grandkids?)['’]?s?\s+)?)(?:parks?|parked|drives?|walks?|walking|jogs?|jogging|runs?|leaves?|gets\s+home|goes|comes\s+home|drops?\s+(?:off|the\s+kids)|picks?\s+up|stops?\s+at|bus\s+stop|route|church|gym|house|driveway)\b[^\n]{0,80}?\b(?:every\s+(?:night|morning|day|evening|sunday|weekend)|on\s+sundays|at\s+\d{1,2}\s*(?::\d\d\s*)?(?:am|pm|a\.m\.|p\.m\.)|in\s+the\s+mornings|alone)\b[^\n]{0,80}?\b(?:just\s+saying|just\s+sayin|see\s+what\s+happens|(?:pretty\s+|very\s+|real\s+)?lonely|nobody(?:'s|\s+is)?\s+around|no\s+one(?:'s|\s+is)?\s+around|(?:it\s+)?would\s+be\s+a\s+shame|just\s+so\s+you\s+know|food\s+for\s+thought)\b|\b(?:keep|go\s+ahead\s+and\s+keep)\s+(?:walking|jogging|parking|driving|running|leaving)\s+(?:your|ur)\b[^.!?\n]{0,60}?\bsee\s+what\s+happens\b|\b(?:your|ur)\s+(?:wife|husband|kids?|children|daughter|son|family|mom|mother|dad|father|baby|grandkids?)['’]?s?\s+(?:bus\s+stop|route|school|daycare|church|gym|practice|walk\s+home)\b[^\n]{0,80}?\b(?:(?:pretty|very|real|awful(?:ly)?)\s+lonely|lonely\s+(?:spot|place|stretch|corner)|nobody(?:'s|\s+is)?\s+around|no\s+one(?:'s|\s+is)?\s+around|just\s+saying|see\s+what\s+happens)\b`,
    0.7,
    'intimidation',
    gate('just see lonely nobody one shame know food'),
    {
      unless:
        /\b(?:ticket|tickets|tow|towed|fine|fined|leash|poop|citation|cited|parade|fundraiser|raffle|shelter|streetlights?|lights|lighting|crossing\s+guard|sidewalks?|city\s+(?:should|needs?|could))\b/,
    },
  ),
  rule(
    String.raw`\b(?:your|ur)\s+(?:(?:wife|husband|kids?|children|daughter|son|family|mom|mother|dad|father|baby|grandkids?)['’]?s?\s+|kids['’]\s+)?(?:school|house|home|car|office|station|precinct|church|daycare)\s+(?:has|have)\s+(?:a\s+lot\s+of|so\s+many|lots\s+of|a\s+ton\s+of|(?:nice\s+)?big)\s+(?:windows|glass|doors)\b(?![^\n]*\?)|\b(?:looked|seemed|looks|seems|was)\s+(?:really\s+|so\s+|pretty\s+)?(?:nervous|scared|worried|afraid|frightened|jumpy|on\s+edge)\b[^\n]{0,60}?[.!,;]\s*(?:and\s+)?(?:she|he|they|you)\s+should\s+be\b(?!\s+(?:proud|fine|ok|okay|relieved|happy|glad|safe))`,
    0.7,
    'intimidation',
    gate('windows glass doors should'),
  ),
  // "Enjoy your pension while you can, Sergeant", "you won't always have a badge and a partner
  // with you", "we'll see how tough you are when you're off duty and alone", "robes aren't
  // bulletproof", "faces can be found", "tick tock, Lieutenant, your time is coming".
  rule(
    String.raw`\benjoy\s+(?:your|ur)\s+(?:pension|badge|family|freedom|kids|last\s+days|little\s+(?:badge|house|family|life))\s+while\s+(?:you|u)\s+(?:still\s+)?can\b(?![^\n]*\b(?:congrat\w*|goes\s+by|flies|happy|earned|proud|miss\s+you)\b)(?=[^\n]*\b(?:officer|deputy|sergeant|sgt|detective|lieutenant|lt|chief|judge|mayor|captain|trooper|sheriff|commissioner|councilman|councilwoman|prosecutor|da)\b)|\b(?:you|u)\s+(?:won't|wont|will\s+not|aren't\s+gonna|are\s+not\s+going\s+to)\s+always\s+have\s+(?:a|your|ur|the|that)\s+(?:badge|partner|backup|gun|vest|uniform|cruiser|squad|bodyguards?|cops?|escort)\b(?:\s+and\s+(?:a|your|ur)\s+(?:badge|partner|backup|gun|vest))?(?=\s*(?:with\s+(?:you|u)|around|[.!?,]|$))|\bsee\s+how\s+(?:tough|brave|big|bad|strong|cocky|smug|brave)\s+(?:you|u)\s+(?:are|r|really\s+are)\s+(?:when|without|once|after)\b[^.!?\n]{0,30}?\b(?:off\s+duty|alone|out\s+of\s+uniform|without\s+(?:your|ur|a|the)\s+(?:badge|gun|partner|backup|uniform|vest))(?=\s*(?:[.!?]|$))|\b(?:robes?|badges?|judges|cops|pigs|officers|politicians|(?:your|ur)\s+(?:badge|robe|uniform|vest|cruiser))\s+(?:aren't|are\s+not|isn't|is\s+not|ain't)\s+bulletproof\b(?![^\n]*\b(?:security|deserve|deserves|protection|funding|safety|vests?\s+for)\b)|\b(?:faces|addresses|names|families|homes|people)\s+can\s+(?:always\s+)?be\s+found(?=\s*(?:[.!?]|$))|\btick[\s,.-]*tock\b[^\n]{0,60}?\b(?:your|ur|his|her|their)\s+(?:time|days?|turn|hour)\s+(?:is|are|'s)\s+(?:coming|almost\s+up|up|running\s+out|near)(?=\s*(?:[.!?,]|$))(?![^\n]*\b(?:recall|petition|election|vote|voters|ballot|polls?|november|primary|term|deadline|lease|contract)\b)`,
    0.7,
    'intimidation',
    gate('while always tough brave big bad strong cocky smug bulletproof found tock'),
  ),
  // "Funny how fast a house can go up when nobody is home", "accidents happen on dark roads.
  // Especially to detectives", "if the DA doesn't drop the charges, people are going to start
  // getting hurt", "some of us know which church the chief goes to", "it would be a shame if
  // something happened to that shiny new cruiser".
  rule(
    String.raw`\b(?:funny|amazing|crazy|interesting|wild)\s+how\s+(?:fast|quick(?:ly)?|easy|easily)\s+(?:a|an|your|ur|the|that)\s+(?:\w+\s+)?(?:house|home|car|cruiser|station|precinct|office|truck)\s+(?:can\s+)?(?:go(?:es)?\s+up(?=\s+(?:in\s+(?:flames|smoke)|when|while|at\s+night|overnight))|burns?(?:\s+down)?|catch(?:es)?\s+fire)\b|\baccidents\s+(?:happen|can\s+happen)\b[^\n]{0,60}?\bespecially\s+to\s+(?:${PERSON_NOUN}|people\s+who|those\s+who|nosy|snitches)\b|\bif\s+(?:the\s+)?(?:da|judge|chief|mayor|city|council|department|police|cops|prosecutor|state|they|you)\s+(?:doesn't|don't|does\s+not|do\s+not|won't|will\s+not|refuses?\s+to)\s+(?:drop|release|resign|fire|step\s+down|free|dismiss|back\s+off|let\s+\w+\s+go)\b[^.!?\n]{0,40}?\b(?:people|someone|somebody|cops|officers|they|you|he|she)\s+(?:are|is|'re|'s)?\s*(?:going\s+to|gonna|will|'ll)?\s*(?:start\s+)?(?:get(?:ting)?\s+(?:hurt|killed|shot)|dying|die|bleed(?:ing)?)\b|\b(?:we|some\s+of\s+us|i|people|everyone|everybody)\s+know(?:s)?\s+(?:which|what|where)\s+(?:church|school|gym|house|street|route|bar|daycare|neighborhood)\s+(?:the\s+)?(?:(?:officer|deputy|sergeant|sgt|detective|lieutenant|lt|chief|judge|mayor|captain|trooper|sheriff|commissioner|councilman|councilwoman|prosecutor|da)|you|your\s+\w+|he|she|they)\s+(?:\w+\s+)?(?:goes|go|attends?|lives?|drops?|works?|parks?|takes?)\b(?![^\n]*\b(?:choir|sings?|service|mass|potluck|volunteers?|say\s+hi|hello|welcome|lovely|nice|great|together|we\s+were|friends?|classmates?|carpool|science\s+fair|team|teachers?|pta|there\s+too|too|also|same)\b)|\b(?:it\s+)?(?:would|'d)\s+be\s+a\s+(?:real\s+|damn\s+)?(?:shame|pity)\s+if\s+(?:something|anything)\s+(?:bad\s+)?(?:happened|were\s+to\s+happen|happens)\s+to\s+(?:that|this|those|the)\s+(?:\w+\s+){0,2}?(?:cruiser|car|truck|house|home|station|precinct|office|family|kids?|badge|dog|boat)\b`,
    0.7,
    'intimidation',
    gate('funny amazing crazy interesting wild accidents if know shame pity'),
  ),
  // Round 59 (0.7.7), incitement against groups in the idiom of extremist posts: "rounded up and
  // dealt with permanently", "the only good antifa is one face down in a ditch", "when the
  // shooting starts, start with the journalists", "solves itself with a few good snipers", "every
  // mosque is a target-rich environment", "make easy targets for a drive-by", "a nice bonfire with
  // everyone still in the tents", "run a truck through that march", "only understand one language
  // and it comes out of a barrel", "pay good money to watch every … swing from the bridge".
  rule(
    String.raw`\b(?:rounded|round(?:ed)?)\s+up(?<=\b(?:${GROUP_TARGET}|${PERSON_NOUN})\b[^.!?\n]{0,60})\b[^.!?\n]{0,40}?\b(?:dealt\s+with\s+permanently|disposed\s+of|(?:shot|hanged|gassed|eliminated|exterminated)(?=\s*(?:[.!?,]|$)))|\bround\s+up\s+(?:the|all\s+the|every|those|these)\s+(?:marxists?|marxist\s+\w+|commies?|communists?|communist\s+\w+|woke\s+\w+|groomers?|pedos?|pedophiles?|leftists?|traitors?|globalists?|illegals?|invaders?|antifa|degenerates?|jihadis?)\b[^.!?\n]{0,60}?\blet\s+(?:the\s+)?\w+\s+have\s+(?:\w+\s+)?minutes\s+with\s+(?:each|them|every\s+one|him|her)(?=\s*(?:[.!?,]|$))|\bthe\s+only\s+good\s+(?:[a-z'-]+\s+){1,2}?is\s+(?:one\s+|a\s+|an\s+)?(?:[a-z'-]+\s+)?(?:face\s*down\s+in\s+a\s+(?:ditch|river|gutter|creek)|in\s+a\s+ditch|six\s+feet\s+under|in\s+the\s+ground|swinging\s+from\s+a\s+\w+|hanging\s+from\s+a\s+\w+)\b|\bwhen\s+the\s+(?:shooting|killing|hanging|war|civil\s+war|purge|boogaloo|revolution)\s+(?:starts|begins|comes|kicks\s+off),?\s+(?:start|begin)\s+with\s+(?:the\s+)?(?:[a-z'-]+\s+)?(?:${GROUP_TARGET}|${PERSON_NOUN})\b`,
    0.75,
    'incitement to violence',
    gate('rounded round only when'),
  ),
  rule(
    String.raw`\bsolves?(?<=\b(?:border|immigration|homeless(?:ness)?|crime|gangs?|caravans?|invasion|${GROUP_TARGET})\b[^\n]{0,80})\s+itself\s+with\s+(?:a\s+few\s+|some\s+)?(?:good\s+)?(?:snipers?|bullets?|ropes?|gas|machine\s+guns?|landmines?|rifles?|nooses?)\b|\b(?:mosques?|synagogues?|churches|temples?|gay\s+bars?|pride\s+(?:parades?|events?)|clinics?|shelters?|camps?)\b[^.!?\n]{0,40}?\b(?:is|are)\s+(?:an?\s+)?target[\s-]rich\b|\b(?:make|makes|are|is)\s+(?:such\s+)?(?:an?\s+)?(?:easy|soft|sitting)\s+targets?\s+for\s+(?:a\s+)?(?:drive-?bys?|shooters?|snipers?|bombs?|gunmen|gunman|shootings?)\b|\b(?:camp|encampment|tents|shelter|housing|mosque|synagogue|church|clinic|center|building)\s+(?:[a-z'-]+\s+){0,6}?(?:would\s+make|will\s+make|makes|'d\s+make)\s+(?:a\s+)?(?:nice|great|good|big|lovely)\s+(?:bonfire|barbecue|bbq|fire)\s+with\s+(?:everyone|everybody|them|the\s+\w+|all\s+of\s+them)\s+(?:still\s+)?(?:in|inside)\b|\b(?:run|drive|plow|plough|ram)\s+(?:a|my|the|his|their|an)\s+(?:truck|car|semi|suv|bus|pickup|van)\s+(?:right\s+)?(?:through|into)\s+(?:that|the|those|this|their)\s+(?:[a-z'-]+\s+)?(?:march|protest|rally|crowd|protesters|marchers|vigil)\b(?!\s+route)|\b(?:only\s+)?understand\s+one\s+language\b[^.!?\n]{0,40}?\b(?:barrel|bullets?|lead|(?:the\s+)?gun|rifles?|ropes?|nooses?)\b|\b(?:pay\s+(?:good\s+)?money|give\s+anything)\s+to\s+(?:watch|see)\s+(?:every|all|those|these|the)\s+[^.!?\n]{0,40}?\b(?:(?:swing|hang)(?=\s*(?:[.!?,]|$)|\s+from\s+(?:a|the)\s+(?:tree|rope|lamppost|lamp\s+post|bridge|noose|rafters?|gallows|overpass))|burn|die|fry|get\s+shot)\b`,
    0.75,
    'incitement to violence',
    gate(
      'solves solve target targets bonfire barbecue bbq fire run drive plow plough ram understand pay give',
    ),
    {
      unless:
        /\b(?:game|video\s+game|paintball|laser\s+tag|hunting\s+(?:deer|elk)|ducks?|movie|film)\b/,
    },
  ),
  rule(
    String.raw`\bload\s+up\b[^\n]{0,80}?\b(?:caravan|invaders?|illegals|migrants|border\s+crossers?|march|protest|rally)\b[^\n]{0,60}?\b(?:we'll|we\s+will|we're|we\s+are|we'll\s+all)\s+be\s+waiting\b|\btime\s+for\s+(?:the\s+)?(?:old\s+remedy|torches(?:\s+and\s+(?:pitchforks|rope))?|the\s+rope|rope|a\s+(?:purge|cleansing|lynching|pogrom))\b(?=[^\n]*\b(?:${GROUP_TARGET})\b|(?<=\b(?:${GROUP_TARGET})\b[^\n]{0,120}))`,
    0.75,
    'incitement to violence',
    gate('load time'),
  ),
  // Stock veiled threats, round 66 (0.7.9): the ones a department page gets word for word.
  // "You'll regret the day you wrote me that ticket": what the reader did to the commenter.
  rule(
    String.raw`\b(?:you|u)(?:'ll|\s+will|\s+gonna|\s+are\s+going\s+to|'re\s+going\s+to)\s+regret\s+(?:the\s+day|ever)\s+(?:you|u)\s+(?:[a-z']+\s+){0,3}?(?:me|my|us|our)\b`,
    0.7,
    'intimidation',
    gate('regret'),
  ),
  // "You have no idea who you're messing with", "better hope we never meet off duty", "you won't
  // see it coming", "you won't know what hit you".
  rule(
    String.raw`\b(?:you|u)\s+(?:have|got|'ve\s+got|have\s+got)\s+no\s+idea\s+who\s+(?:you're|you\s+are|ur|youre|you)\s+(?:messing|dealing|fucking|screwing|playing)\s+with\b|\bbetter\s+(?:hope|pray)\s+(?:we|i)\s+(?:never|don't|dont|do\s+not)\s+(?:meet|run\s+into|see\s+(?:you|u|each\s+other)|cross\s+paths)\b|\b(?:you|u|ya)\s+(?:won't|wont|will\s+not|will\s+never|'ll\s+never)\s+(?:see\s+it\s+coming|know\s+what\s+hit\s+(?:you|u|ya))\s*(?:[.!]|$)`,
    0.7,
    'intimidation',
    gate('idea hope pray coming hit'),
    // "We're planning a surprise party, you won't see it coming", "coming for your title next
    // season" (blind 87's twins).
    { unless: new RegExp(`${SURPRISE}|\\b(?:title|trophy|championship|crown|record|rematch)\\b`) },
  ),
  // Death foretold to the reader's family: "your wife should start thinking about what to wear to
  // a funeral", "tell your family goodbye while you still can"; revenge promised: "payback is
  // coming for every one of you".
  rule(
    String.raw`\b(?:your|ur)\s+(?:wife|husband|family|kids|children|mom|mother|dad|parents|girlfriend|boyfriend)\s+(?:should|better|might\s+want\s+to|needs?\s+to|can)\s+start\s+(?:thinking\s+about|planning|picking\s+out|shopping\s+for|looking\s+(?:at|for))\s+[^.!?\n]{0,30}?\b(?:funeral|casket|coffin|headstone|burial)\b|\b(?:tell|kiss|hug)\s+(?:your|ur)\s+(?:family|wife|kids|children|husband|mom|mother|loved\s+ones)\s+(?:goodbye|good-bye|bye)\b[^.!?\n]{0,20}?\bwhile\s+(?:you|u)\s+(?:still\s+)?can\b|\bpayback\s+(?:is|'s)\s+coming\s+(?:for|to)\s+(?:you|u|ya|y'all|every\s+(?:one\s+of\s+(?:you|y'all)|cop|officer|pig|deputy)|all\s+of\s+(?:you|y'all))\b`,
    0.7,
    'intimidation',
    gate('funeral casket coffin headstone burial goodbye good-bye bye payback'),
  ),
  // Incitement against groups, round 71 (0.7.10), in the shapes rounds 59 and 63 did not hold.
  // Vigilantes promised with a weapon: "if the city won't clear out the addicts, we'll do it with
  // baseball bats".
  rule(
    String.raw`\b(?:we'll|we\s+will|we're\s+(?:gonna|going\s+to)|we\s+(?:can|could|should|gotta)|i'll|i\s+will|(?:the\s+)?(?:people|citizens|neighbors|neighbours|residents)\s+will|some(?:body|one)\s+(?:will|should))\s+(?:do\s+it|handle\s+(?:it|them|this|that)|take\s+care\s+of\s+(?:it|them|this|that)|deal\s+with\s+(?:it|them|this|that)|clean\s+(?:it|them|this|that)\s+up|clean\s+(?:it|them)\s+out|fix\s+(?:it|this|that))\s+(?:ourselves\s+|myself\s+|themselves\s+)?with\s+(?:(?:our|my|their|some|a\s+few|a|the|baseball|louisville|hunting|own)\s+)*(?:bats?|guns?|rifles?|shotguns?|pistols?|ars|rope|ropes|nooses?|pitchforks|torches|gasoline|gas\s+cans?|bullets|lead|ammo|machetes?|knives|fists|tire\s+irons?|crowbars?|molotovs?|sluggers?)\b`,
    0.75,
    'incitement to violence',
    gate(
      'bat bats gun guns rifle rifles shotgun shotguns pistol pistols ars rope ropes noose nooses pitchforks torches gasoline gas bullets lead ammo machete machetes knives fists iron irons crowbar crowbars molotov molotovs slugger sluggers',
    ),
  ),
  // "Show them what happens to their kind", "teach those people what happens to traitors".
  rule(
    String.raw`\b(?:show|teach|remind)\s+(?:them|em|'em|those\s+[a-z'-]+|these\s+[a-z'-]+|the\s+[a-z'-]+)\s+what\s+happens\s+to\s+(?:(?:their|your|his|her)\s+(?:kind|type|sort)|(?:people|folks|scum|trash|animals|traitors|rats|snitches)(?:\s+like\s+(?:them|that|those|you|him|her))?|(?:${GROUP_TARGET}))\b`,
    0.7,
    'incitement to violence',
    gate('happens'),
  ),
  // A call to arms with somewhere to go: "grab their rifles and clean out the projects", "grab a
  // noose and meet at the courthouse".
  rule(
    String.raw`\b(?:grab|get|bring|load\s+up|pick\s+up|fetch)\s+(?:your|their|our|ur|the|a|some|y'all'?s?)\s+(?:guns|rifles|shotguns|pitchforks|torches|ropes?|nooses?|bats|ars|ammo|weapons|arms|rope\s+and\s+a\s+tree)\s+(?:and|&)\s+(?:let's\s+|lets\s+|go\s+|come\s+)?(?:clean\s+out|clear\s+out|take\s+back|take\s+care\s+of|storm|march\s+(?:on|to|down)|run\s+(?:them|'em|em)\s+out|drive\s+(?:them|'em|em)\s+out|hunt|meet\s+(?:at|me\s+at|us\s+at|up\s+at|downtown|outside)|head\s+(?:to|down\s+to|over\s+to)|go\s+(?:to|down\s+to|after|get|find)|pay\s+(?:them|him|her|a)\s+(?:a\s+)?visit|visit)\b`,
    0.75,
    'incitement to violence',
    gate('grab get bring load pick fetch'),
    {
      unless:
        /\b(?:range|season|hunt(?:ing)?\s+(?:season|trip|camp|lease)|deer|elk|ducks?|turkey|hunters?|camping|campsite|(?:hunting|summer|deer|fishing)\s+camp|safety\s+course|class|haunted|halloween|festival|parade|vigil|candlelight|reenactment|play|costume|gym|climbing|boat|dock|tug\s+of\s+war)\b/,
    },
  ),
  // Anyone of a kind found on the commenter's land promised death: "any Mexican caught on my
  // land is getting buried on my land".
  rule(
    String.raw`\b(?:any|every|the\s+next|whatever)\s+(?:[a-z'-]+\s+){0,2}?(?:caught|found|seen|i\s+(?:catch|find|see)|that\s+(?:comes|steps|sets\s+foot|walks)|who\s+(?:comes|steps|sets\s+foot|walks))\s+(?:on|in|onto|near|around|into)\s+(?:my|our)\s+(?:land|property|yard|lawn|porch|street|block|farm|ranch|driveway|neighborhood|neighbourhood|side\s+of\s+town)\b[^.!?\n]{0,12}?\b(?:is|are|will|'ll|gets|get|'s)\s+(?:getting\s+|gonna\s+|going\s+to\s+)?(?:be\s+|get\s+)?(?:buried|shot|a\s+bullet|lead|put\s+(?:down|in\s+the\s+ground)|six\s+feet\s+under|fed\s+to|hanged|hung|lynched|killed|dead|leaving\s+in\s+a\s+body\s+bag|in\s+a\s+body\s+bag)\b`,
    0.75,
    'intimidation',
    gate('caught found seen catch find see comes steps sets walks'),
    {
      unless:
        /\b(?:dogs?|cats?|moles?|gophers?|snakes?|raccoons?|rats?|mice|squirrels?|coyotes?|deer|rabbits?|groundhogs?|skunks?|possums?|opossums?|hogs?|boars?|weeds?|trash|garbage|leaves|packages?|mail|seeds?|bulbs?|treasure|time\s+capsule)\b/,
    },
  ),
  // A group as a problem solved by weapons: "the homeless problem would be solved in a week with a
  // few cans of gasoline".
  rule(
    String.raw`\b(?:problem|issue|crisis|situation|epidemic|infestation)\b[^.!?\n]{0,40}?\b(?:solved|fixed|taken\s+care\s+of|gone|over|handled|cleaned\s+up|ended|sorted(?:\s+out)?)\b[^.!?\n]{0,40}?\b(?:with|by)\s+(?:a\s+few\s+|some\s+|one\s+|a\s+couple(?:\s+of)?\s+|enough\s+|a\s+box\s+of\s+)?(?:cans?\s+of\s+gas(?:oline)?|gas\s+cans?|bullets?(?!\s+points?)|rounds\s+of\s+(?:ammo|buckshot)|rope|nooses?|lighter\s+fluid|napalm|flamethrowers?|machine\s*-?guns?|woodchippers?|a\s+firing\s+squad|firing\s+squads|lead|ammo|buckshot|a\s+few\s+matches|gas\s+chambers?|ovens)\b`,
    0.75,
    'incitement to violence',
    gate('problem issue crisis situation epidemic infestation'),
  ),
  // Paying to watch someone killed: "I'd pay good money to watch those rioters get
  // machine-gunned".
  rule(
    String.raw`\b(?:pay|give)\s+(?:good\s+money|anything|a\s+lot|big\s+money|top\s+dollar|real\s+money|a\s+million(?:\s+(?:dollars|bucks))?|a\s+(?:kidney|fortune)|my\s+left\s+[a-z]+)\s+to\s+(?:watch|see)\s+[^.!?\n]{0,50}?\b(?:get|getting|be|being)\s+(?:machine-?gunned|${PP_HARM}|run\s+over|hung|lit\s+on\s+fire|(?:his|her|their)\s+ass\s+(?:kicked|beat|beaten|whooped|handed\s+to\s+(?:him|her|them))|curb[\s-]?stomped|knocked\s+out)`,
    0.75,
    'incitement to violence',
    gate('pay give'),
    {
      unless:
        /\b(?:game|match|team|season|playoffs?|finals?|bowl|series|tournament|election|race|debate|ufc|fight\s+night|ring|cage|movie|film|show|zombies?)\b/,
    },
  ),
  // Veiled threats at officers and officials, round 75 (0.7.10): the menace in ordinary words.
  // "It would be really sad if that cop's house caught fire while he was asleep", "a pity if
  // something happened to his kids".
  rule(
    String.raw`\b(?:would|'d|it'?d)\s+be\s+(?:really\s+|so\s+|truly\s+|a\s+)?(?:pity|too\s+bad|sad|terrible|awful|tragic|tragedy)\s+if\s+(?:something|anything)\s+(?:bad\s+)?(?:happened|were\s+to\s+happen|was\s+to\s+happen)\s+to\s+(?:you|u|him|her|them|your|ur|his|their)\b|\b(?:would|'d|it'?d)\s+be\s+(?:really\s+|so\s+|truly\s+|a\s+)?(?:shame|pity|too\s+bad|sad|terrible|awful|tragic)\s+if\s+[^.!?\n]{0,40}?\b(?:caught\s+fire|burned\s+down|burnt\s+down|blew\s+up|exploded|went\s+up\s+in\s+flames)\s+(?:while|when|with)\s+(?:he|she|they|you|u|the\s+(?:family|kids))\s+(?:was|were|are|is|'re)?\s*(?:still\s+)?(?:asleep|sleeping|inside|home|in\s+it|in\s+bed)\b`,
    0.7,
    'intimidation',
    gate('pity bad sad terrible awful tragic tragedy shame'),
    { unless: WARNING_OF_A_DANGER },
  ),
  // "Keep harassing my family and you'll find out what happens in the dark", "your time is
  // coming, and it won't be pretty", "won't be wearing a badge much longer, or breathing".
  rule(
    String.raw`\b(?:you'll|you\s+will|u\s+will|you're\s+(?:gonna|going\s+to))\s+find\s+out\s+what\s+happens\s+(?:in\s+the\s+dark|at\s+night|when\s+(?:nobody|no\s+one)\s+is\s+(?:looking|watching|around))(?=\s*(?:[.!,;]|$))|\b(?:your|ur|his|her|their)\s+(?:time|day|turn)\s+is\s+coming\b(?!\s+to\b)[^.!?\n]{0,30}?\b(?:won't|will\s+not|ain't\s+gonna)\s+be\s+pretty\b|\b(?:won't|will\s+not|not\s+gonna)\s+be\s+[^.!?\n]{1,40}?\b(?:much\s+longer|for\s+long)\s*,?\s+or\s+(?:breathing|alive|living|walking)\b`,
    0.7,
    'intimidation',
    gate('find time day turn breathing alive living walking'),
  ),
  // Sabotage hinted: "somebody should check if the mayor's brakes work", "better start his car
  // from a distance", "a few extra holes in it", "it'll look good on a headstone".
  rule(
    String.raw`\b(?:check|checks|checked|test|see)\s+(?:if|whether)\s+(?:the\s+)?(?:[a-z]+'s|his|her|your|ur|their)\s+brakes\s+(?:still\s+)?work\s*(?:[.!?]|$)|\bcut\s+(?:the\s+)?(?:[a-z]+'s|his|her|your|ur|their)\s+brake\s*lines?\b|\bstart\s+(?:his|her|your|ur|their)\s+(?:car|truck|cruiser|engine|suv)\s+(?:from\s+a\s+distance|remotely|from\s+far\s+away)\b|\b(?:a\s+few|some|a\s+couple(?:\s+of)?|lots\s+of)\s+(?:extra\s+|new\s+|more\s+)?(?:bullet\s+)?holes\s+in\s+(?:it|him|her|you|u|your|ur|his|their|them)(?=\s*(?:[.!,;]|$))(?<=\b(?:look|looks|better|nicer|good)\b[^.!?\n]{0,30}?holes\s+in\s+\w+)|\b(?:it'll|it\s+will|that'll|that\s+will|they'll|would|'d)\s+(?:look|fit)\s+(?:good|nice|great|perfect)\s+on\s+(?:a|your|ur|his|her)\s+(?:headstone|tombstone|gravestone|grave)\b(?![^\n]*\b(?:engrav\w*|monument|memorial|mason|cemetery|epitaph|poem|verse|font)\b)`,
    0.7,
    'intimidation',
    gate('brakes brake start holes headstone tombstone gravestone grave'),
  ),
  // Knowing an official's hours or family: "we know what time your shift ends", "enjoy your
  // kids' game Saturday, we'll be watching", "his wife takes the same route every morning", "I'd
  // hate for the mayor's daughter to walk home alone".
  rule(
    String.raw`\b(?:i|we)\s+(?:know|knows|found\s+out)\s+(?:what\s+time|when|which\s+(?:route|way|door|car|school))\s+(?:your|ur|you|u|his|her|their)\b[^.!?\n]{0,40}?\b(?:shift|leaves?|gets?\s+off|ends?|starts?|walks?|drives?|goes|picks?\s+up)\b[^.!?\n]{0,20}?\s*(?:[.!]|$|\s*(?:sergeant|officer|deputy|chief|detective|lieutenant|captain|mayor|judge|pig|cop))|\b(?:your|ur|his|her)\s+(?:kids?'?|children's|son's|daughter's|wife's|husband's|family's)\s+[^.!?\n]{0,40}?[.!,]\s*(?:officer|deputy|sergeant|chief|detective|mayor|judge)?[.!,]?\s*(?:we'll|we\s+will|i'll|i\s+will)\s+be\s+watching\s*(?:[.!]|$)|\b(?:your|ur|his|her)\s+(?:wife|husband|kids?|children|daughter|son|family)\s+(?:takes|walks|drives|leaves|rides)\b[^.!?\n]{0,60}?\b(?:same\s+(?:route|way|time)|every\s+(?:morning|day|night|afternoon))\b(?=[^\n]*\bjust\s+(?:saying|sayin|so\s+you\s+know)\b)|\b(?:i'd|i\s+would|we'd|we\s+would)\s+hate\s+for\s+(?:your|ur|his|her|the\s+[a-z]+'s|[a-z]+'s)\s+(?:wife|husband|kids?|children|daughter|son|family|mom|mother)\s+to\s+(?:walk|go|drive|be|get)\b[^.!?\n]{0,30}?\balone\b`,
    0.7,
    'intimidation',
    gate('know knows found watching saying sayin hate'),
    {
      unless:
        /\b(?:cake|coffee|donuts?|doughnuts|pizza|lunch|dinner|treats?|snacks|cookies|cheering|cheer|surprise|thank\w*|celebrat\w*|retirement|party|careful|safe|safety)\b/,
    },
  ),
  // "People like Officer Ruiz tend to disappear in this neighborhood", "one day the sheriff will
  // be alone, and I'll be there", "we'll meet when you're off duty".
  rule(
    String.raw`\b(?:people|folks|cops|snitches|guys|men|women)\s+like\s+(?:you|u|him|her|them|that|(?:officer|deputy|sergeant|detective|chief|judge|mayor)\s+[a-z]+)\s+(?:tend\s+to|often|usually|have\s+a\s+way\s+of|sometimes|always|seem\s+to)\s+(?:disappear(?:ing)?|go(?:ing)?\s+missing|end(?:ing)?\s+up\s+(?:dead|missing|in\s+a\s+ditch|in\s+the\s+river)|hav(?:e|ing)\s+accidents|get(?:ting)?\s+hurt)(?=\s*(?:[.!,;]|$|\s+(?:in|around)\s+(?:this|these|here|my|our)\s+(?:neighborhood|neighbourhood|town|city|area|parts|streets|block|hood)|\s+around\s+here))|\b(?:will|'ll)\s+be\s+alone\b[^.!?\n]{0,30}?\b(?:i'll|i\s+will|we'll|we\s+will)\s+be\s+(?:there|waiting)\b|\b(?:we'll|we\s+will|i'll|i\s+will)\s+(?:meet|see\s+(?:you|u)|find\s+(?:you|u)|catch\s+(?:you|u))\s+(?:when|once)\s+(?:you're|you\s+are|ur|u\s+r)\s+(?:off\s+duty|out\s+of\s+uniform|alone|not\s+(?:on\s+duty|in\s+uniform))\b(?<=\b(?:hide|hiding)\s+behind\b[^\n]*|\bwithout\s+(?:your|ur|that|the)\s+(?:badge|uniform|gun)\b[^\n]*)`,
    0.7,
    'intimidation',
    gate(
      'disappear disappearing missing dead ditch river accidents hurt alone meet see find catch',
    ),
  ),
  // Round 80 (0.7.10): "you and your partner will be found in a ditch" (not "… if you kayak past
  // the dam": a warning), "cops like you get stabbed in alleys, remember that".
  rule(
    String.raw`\b(?:you|u|(?:you|u)\s+and\s+(?:your|ur)\s+[a-z]+|your\s+(?:family|kids|wife|husband|partner))\s+(?:will|'ll|are\s+gonna|are\s+going\s+to|gonna)\s+(?:be\s+)?(?:found|end\s+up|turn\s+up|wash\s+up)\s+(?:dead|in\s+(?:a|the)\s+(?:ditch|river|lake|landfill|dumpster|trunk|morgue|body\s+bag)|floating|in\s+pieces|face\s+down)\b(?![^.!?\n]*\bif\b)|\b(?:people|cops|guys|folks|snitches|pigs|men|women|officers|judges)\s+like\s+(?:you|u|him|her|them)\s+(?:get|end\s+up|wind\s+up|tend\s+to\s+get)\s+(?:stabbed|shot|killed|hurt|beaten|jumped|found\s+dead|dead|capped|smoked)\b(?=[^\n]*\b(?:remember\s+that|just\s+saying|think\s+about\s+it|keep\s+that\s+in\s+mind|watch\s+(?:yourself|your\s+back))\b|\s+in\s+(?:alleys|this\s+(?:town|neighborhood|neighbourhood|city)|the\s+(?:street|dark)|parking\s+lots))`,
    0.7,
    'intimidation',
    gate('found end turn wash mowed run shot stabbed hurt beaten killed capped smoked jumped dead'),
    { unless: WARNING_OF_A_DANGER },
  ),
  // Harm promised on a condition the commenter owns: "those protesters are going to get mowed
  // down if they block my road again" (not "… if they cross the road there": a warning).
  rule(
    String.raw`\b(?:are|is|'re|'s)\s+(?:going\s+to|gonna)\s+get\s+(?:mowed\s+down|run\s+over|shot|stabbed|beaten|capped|smoked)\s+if\s+(?:they|you|u|he|she|that\s+\w+|those\s+\w+)\s+(?:\w+\s+)?(?:block|blocks|come\s+(?:on|to|near|onto|into)|comes\s+(?:on|to|near|onto|into)|step\s+(?:on|onto)|steps\s+(?:on|onto)|touch|touches|park\s+(?:on|in)|parks\s+(?:on|in)|stand\s+(?:on|in)|stands\s+(?:on|in))\s+(?:my|our)\b`,
    0.7,
    'intimidation',
    gate('mowed run shot stabbed hurt beaten killed capped smoked'),
  ),
  // "If I ever meet one of those …, they are dead" (0.7.10, round 81): death on a meeting.
  rule(
    String.raw`\bif\s+(?:i|we)\s+(?:ever\s+)?(?:meet|see|catch|find|run\s+into|get\s+(?:my|our)\s+hands\s+on)\b[^.!?\n]{0,60}?,?\s*(?:they|he|she|you|u)(?:'re|'s|\s+(?:are|is|will\s+be|'ll\s+be|r))\s+(?:dead|done\s+for|dead\s+meat|a\s+dead\s+(?:man|woman)|history)\b(?!\s+to\s+(?:me|us))`,
    0.75,
    'threat of violence',
    gate('dead history'),
  ),
  // Round 83 (0.7.11): calls for violence in the forms of extremist forums, with any person or
  // group as the object. A rhetorical proposal, "can't we just nuke the whole neighborhood", "why
  // not just gas the lot of them", "I say we …", "shouldn't we just shoot the immigrants"
  // (0.7.13); not the tactics of an arrest ("why don't they just shoot him in the leg", "why not
  // tase him"), which criticise the police.
  rule(
    String.raw`(?:\b(?:can't|cant|cannot|couldn't|couldnt|shouldn't|shouldnt|should\s+not)\s+(?:we|someone|somebody|some1)\s+(?:just\s+)?|\bwhy\s+(?:don't|dont|can't|cant|do\s+not|not)\s+(?:we\s+|someone\s+|somebody\s+)?(?:just\s+)?|\bi\s+say\s+we\s+(?:just\s+)?)(?:nuke|gas|shoot|kill|hang|lynch|bomb|firebomb|torch|burn|execute|exterminate|slaughter|massacre|murder|behead|gun\s+down|mow\s+down|stab|string\s+up|drown)\s+(?:${PERSON}|the\s+(?:whole\s+)?lot(?:\s+of\s+(?:them|em|'em))?|the\s+whole\s+(?:neighbou?rhood|city|town|place|country|block|village|county|state|camp|region|continent|bunch)|(?:those|these|the|all\s+the|every|all)\s+(?:[a-z'-]+\s+)?(?:${DEHUMAN}|${GROUP_TARGET}))\b${NOT_VIOLENT_AFTER}`,
    0.75,
    'call for violence',
    gate(
      'nuke gas shoot kill hang lynch bomb firebomb torch burn execute exterminate slaughter massacre murder behead gun mow stab string drown',
    ),
    {
      unless:
        /\b(?:in\s+the\s+(?:legs?|arms?|knees?|foot|feet|shoulder|hand|tires?)|tires?|tase|taser|tased|rubber\s+bullets?|bean\s*bags?|pepper|less[\s-]lethal|video|photos?|pictures?|game|level|boss|zombies?|match|scene)\b/,
      // The proposal is a question: "why not just gas the lot of them?"
      asks: true,
    },
  ),
  // An order to slit throats at a sentence's start or after a call: "Slit the throats of every
  // traitor in that building". Not the past of a story: "the villain slit the throats of two
  // guards", "he broke in and slit the throats of …".
  rule(
    String.raw`(?:^|(?<=[.!?;:]\s*)|\b(?:should|must|need\s+to|needs\s+to|let's|lets|gonna|will|'ll|just)\s+)(?:just\s+)?slit\s+(?:the\s+)?throats?\s+of\s+(?:every|all|each|those|these|them|any|the)\b`,
    0.75,
    'call for violence',
    gate('slit'),
  ),
  // Violence regretted as too little: "he wasn't beaten nearly enough", "should have finished the
  // job" after a beating or a shooting. Not eggs, batter or a rug.
  rule(
    String.raw`\b(?:wasn't|weren't|was\s+not|were\s+not|wasnt|werent|isn't|aren't|never)\s+(?:beaten|whipped|tortured|stomped|kicked|stabbed|flogged|lashed|beat|hanged)\s+(?:nearly\s+|half\s+|near\s+|hard\s+|long\s+)?enough\b|\bshould(?:'ve|\s+have|a)\s+finished\s+(?:the\s+job|him\s+off|her\s+off|them\s+off|it)\b(?<=\b(?:beaten|shot|stabbed|hanged|bombed|stomped|lynched)\b[^\n]{0,80})`,
    0.7,
    'glorifying violence',
    gate('beaten whipped tortured stomped kicked stabbed flogged lashed beat hanged finished'),
    {
      unless:
        /\b(?:eggs?|egg\s+whites|batter|cream|mixture|dough|rugs?|carpets?|drums?|mattress|cushions?|pillows?)\b/,
    },
  ),
  // Drowned with weights: "toss them in the river with rocks tied to their feet", "cement shoes".
  rule(
    String.raw`\b(?:toss|throw|dump|drop|sink|put)\s+(?:them|em|'em|him|her|${PERSON})\s+(?:in|into|off|to\s+the\s+bottom\s+of)\s+(?:the|a)\s+(?:river|lake|ocean|sea|bay|harbou?r|sound|gulf|canal|quarry|pier|bridge|dock)\b[^.!?\n]{0,50}?\b(?:rocks?|stones?|cinder\s*blocks?|concrete|weights?|anchors?|chains?|cement)\b|\b(?:give|fit|get)\s+(?:them|em|'em|him|her|${PERSON})\s+(?:some\s+|a\s+pair\s+of\s+)?cement\s+(?:shoes|boots|overshoes)\b`,
    0.75,
    'call for violence',
    gate('toss throw dump drop sink put give fit get'),
    { unless: /\b(?:movie|film|show|episode|novel|book|godfather|sopranos|scene)\b/ },
  ),
  // Stomping a head in, and the lynching of James Byrd: "drag that judge out and stomp his head
  // in", "tie him to the back of a truck and drive".
  rule(
    String.raw`(?<!\b(?:they|he|she|who|watched|saw|seen|see|watching|video\s+of|footage\s+of)\s+(?:\w+\s+)?)\bstomp\s+(?:his|her|their|your|ur|yo)\s+(?:head|face|skull|teeth)\s+in\b|\b(?:tie|chain|strap)\s+(?:him|her|them|em|'em|${PERSON})\s+to\s+(?:the\s+)?(?:back|bumper|hitch|rear)\s+of\s+(?:a|the|my|his|our|your|their)\s+(?:[a-z]+\s+)?(?:truck|pickup|car|jeep|horse)\b|\bdrag\s+(?:him|her|them|em|'em|${PERSON})\s+behind\s+(?:a|the|my|our|his)\s+(?:[a-z]+\s+)?(?:truck|pickup|car|horse)\b`,
    0.75,
    'call for violence',
    gate('stomp tie chain strap drag'),
  ),
  // The day they rule: "if I were in charge they'd all be hanging from lampposts by morning".
  rule(
    String.raw`\bif\s+i\s+(?:were|was|had\s+my\s+way|ran\s+(?:this|the)\s+(?:country|city|town|state|show|world))\b[^.!?\n]{0,40}?\b(?:they|he|she|${PERSON}|(?:those|these|the|all\s+the|every)\s+(?:[a-z'-]+\s+)?(?:${DEHUMAN}|${GROUP_TARGET}))(?:\s+(?:would|will)|'d|'ll)\s+(?:all\s+)?(?:be\s+)?(?:(?:hanging|swinging|dangling)\s+from|be\s+${PP_HARM}|be\s+(?:dead|in\s+the\s+ground|six\s+feet\s+under|against\s+a\s+wall|in\s+front\s+of\s+a\s+firing\s+squad))\b`,
    0.7,
    'call for violence',
    gate(
      'hanging swinging dangling dead ground under wall squad killed shot hanged lynched executed stabbed gassed burned burnt tortured slaughtered exterminated murdered beheaded drowned strung hunted butchered massacred gunned blown bombed nuked set put wiped eliminated beaten eradicated purged',
    ),
    {
      unless:
        /\b(?:lights|flags?|banners?|decorations?|signs?|baskets?|potholes?|weeds?|tickets?|fines?)\b/,
    },
  ),
  // "The only good protester is one under a tank tread", "… is one in a body bag".
  rule(
    String.raw`\bthe\s+only\s+good\s+(?:[a-z'-]+\s+){1,2}?is\s+one\s+(?:under\s+(?:a|the)\s+(?:[a-z]+\s+)?(?:tank|truck|bus|train|tread|treads|wheels?|bulldozer|steamroller)|in\s+a\s+(?:body\s+bag|coffin|casket|grave|morgue|ditch)|with\s+a\s+(?:bullet|noose|rope)|(?:that's|thats|that\s+is|who's|who\s+is)\s+(?:dead|buried|been\s+shot|hanging)|buried|on\s+a\s+(?:slab|rope|gurney))\b`,
    0.75,
    'call for violence',
    gate('one'),
  ),
  // A punishment of the body called for: "make an example of her: public flogging, then the rope".
  // Not prison: "made an example of … ten years in federal prison".
  rule(
    String.raw`\bmake\s+an\s+example\s+(?:out\s+)?of\s+(?:him|her|them|em|'em|${PERSON})\b[^.!?\n]{0,40}?\b(?:flogg\w*|whipp\w*|the\s+rope|a\s+rope|nooses?|hang\s+(?:him|her|them)|hanging|gallows|firing\s+squad|lash\w*|stoning|stone\s+(?:him|her|them)|guillotine|execut\w*|public\s+(?:beating|caning))\b`,
    0.75,
    'call for violence',
    gate('example'),
  ),
  // Threats asked as questions (0.7.11, found probing the kinds of functional tests): "do you want
  // me to kill you?", "should I just kill you now?", "want me to come over there and beat your
  // ass?", "you want to die? keep talking". A question, but its asker is the one who would do it.
  rule(
    String.raw`\b(?:(?:do|d)\s*(?:you|u|ya)\s+|(?:you|u|ya)\s+)?(?:want|wanna|need)\s+(?:me|us)\s+to\s+(?:(?:come|go)\s+(?:over\s+)?(?:there|here|to\s+your\s+(?:house|place))\s+and\s+)?(?:${HARD_VERB}|beat|end|smoke|murk|pop|cap)\s+(?:you|u|ya|y'?all|your\s+(?:ass|face|head))\b|\bshould\s+(?:i|we)\s+(?:just\s+)?(?:go\s+ahead\s+and\s+)?(?:${HARD_VERB}|end|smoke|murk)\s+(?:you|u|ya|y'?all)\b(?:\s+(?:now|already|right\s+now|today|tonight))?\s*\?|\b(?:you|u|ya)\s+(?:want|wanna|tryna|trying)\s+(?:to\s+)?(?:die|get\s+(?:shot|stabbed|killed|hurt|smoked|popped|your\s+ass\s+(?:beat|kicked)))\s*\?+\s*(?:keep\s+(?:talking|it\s+up|running\s+your\s+mouth)|say\s+(?:it|that)\s+again|try\s+me|go\s+ahead|one\s+more\s+time|come\s+(?:find|see)\s+me|do\s+it\s+again)\b`,
    0.8,
    'threat of violence',
    gate('want wanna need should die'),
    {
      asks: true,
      unless:
        /\b(?:game|level|boss|zombies?|character|movie|film|scene|fortnite|minecraft|mario|spider|fly|flies|bugs?|weeds?)\b/,
    },
  ),
  // Round 86 (0.7.11): short menaces that probing found unread. "Tomorrow you die.", "you die
  // tonight"; "nobody will ever find your body"; "you better watch your kids."; "I'll cut you";
  // "say goodbye to your family." Each only as the whole of its sentence, or with a menace after:
  // not "you better watch your kids at the pool, it's deep", "I'll cut you a check", "say goodbye to
  // your family before the deployment".
  rule(
    String.raw`(?:^|(?<=[.!?;:,]\s*)|\b(?:and|then|so)\s+)(?:(?:tomorrow|tonight|today|soon|next\s+(?:week|time)|this\s+(?:week|weekend)|one\s+of\s+these\s+days)\s*,?\s+(?:you|u)\s+(?:die|bleed|hang|burn)|(?:you|u)\s+(?:die|bleed|hang|burn)\s+(?:tomorrow|tonight|today|soon|next|this\s+(?:week|weekend)))(?=\s*(?:[.!,;]|$|\s+(?:pig|cop|officer|snitch|bitch|punk|motherfucker|mf|sheriff|chief|judge|mayor|deputy)\b))|\b(?:nobody|no\s+one|noone|they|cops|police|the\s+cops|the\s+police)\s+(?:will|'ll|won't|wont|would|'d)\s+(?:ever\s+|never\s+)?find\s+(?:your|ur|his|her|their)\s+(?:body|bodies|remains|corpse)\b(?=\s*(?:[.!,;]|$|\s+(?:when|after|once|if)\b))|\b(?:you|u)(?:'d|\s+had)?\s+(?:better|best)\s+watch\s+(?:your|ur)\s+(?:kids|children|family|wife|husband|son|daughter|girl|back\s+and\s+(?:your|ur)\s+(?:kids|family))(?=\s*(?:[.!]|$|,\s*(?:pig|cop|officer|snitch|bitch|punk|sheriff|chief|judge|mayor|deputy)\b))|${FIRST_PERSON}\s+cut\s+(?:you|u|ya|him|her|that\s+(?:bitch|snitch|pig|cop))(?=\s*(?:[.!,;]|$|\s+(?:up|open|deep|bad|good|bitch|fool|punk|snitch|pig|ho|hoe|from\s+ear)\b))|\b(?:say|kiss)\s+(?:goodbye|bye|your\s+goodbyes)\s+to\s+(?:your|ur)\s+(?:family|kids|wife|husband|mom|mother|loved\s+ones|children|little\s+ones)(?=\s*(?:[.!]|$))|\bkiss\s+(?:your|ur)\s+(?:family|kids|wife|husband|mom|mother|loved\s+ones|children|ass)\s+goodbye(?=\s*(?:[.!]|$))`,
    0.75,
    'intimidation',
    gate('die bleed hang burn find watch cut goodbye goodbyes bye'),
    {
      unless:
        /\b(?:game|level|movie|film|show|episode|character|book|novel|deployment|deploy\w*|mission|move|moving|trip|vacation|military|army|navy|hospice|pool|lake|beach|traffic|road|street|intersection|hair|grass|lawn|cake|slack|check|deal|discount|piece|share)\b/,
    },
  ),
  // Round 88 (0.7.11): menace at officials in the third person, as a department's page reads it:
  // "somebody needs to take care of that judge, permanently", "that deputy needs to disappear.",
  // "the mayor is lucky nobody has shot him yet", "if I see that cop off duty he's done", "that
  // snitch is gonna get what's coming to him", "someone should teach that officer a lesson he won't
  // forget", "should be dragged through the streets", "I hope he gets shanked in prison", "someone
  // needs to end that cop", "put that chief down like a dog".
  rule(
    String.raw`\b(?:take\s+care\s+of|deal\s+with|do\s+something\s+about|handle)\s+(?:${PERSON}|him|her|them)\b[^.!?\n]{0,20}?[.,;]?\s*(?:permanently|for\s+good)\b(?![^.!?\n]*\b(?:vote|ballot|election|recall|fire|fired|court|lawsuit|complaint)\b)|\b(?:${PERSON}|he|she)\s+(?:needs?\s+to|has\s+to|should|ought\s+to|oughta|gotta)\s+(?:just\s+)?disappear(?=\s*(?:[.!]|$))|\b(?:is|are|'s|'re)\s+lucky\s+(?:nobody|no\s+one|noone|no-one|i|we)\s+(?:has\s+|have\s+|hasn't\s+|haven't\s+)?(?:shot|killed|stabbed|jumped|beaten|beat|hanged|lynched|strung\s+up)\s+(?:him|her|them|you)\s+yet\b|\bif\s+(?:i|we)\s+(?:ever\s+)?(?:see|catch|find|run\s+into|meet)\s+(?:${PERSON}|him|her|you|u)\b[^.!?\n]{0,30}?\b(?:he's|she's|you're|ur|they're|he\s+is|she\s+is|you\s+are|they\s+are)\s+(?:done|dead|finished|toast|history|a\s+dead\s+man)(?=\s*(?:[.!;]|$|,\s*(?:pig|cop|snitch|bitch|punk|officer|deputy|judge)\b))|\b(?:deserves?|(?:is|are|'s|'re)\s+(?:gonna|going\s+to)\s+get|(?:will|'ll)\s+get)\s+what'?s\s+coming(?:\s+to\s+(?:him|her|them|you))?(?=\s*(?:[.!,]|$))|\bteach\s+(?:that|this|the)\s+(?:officer|cop|deputy|sheriff|chief|judge|mayor|sergeant|detective|councilman|councilwoman|prosecutor|snitch|pig)\s+a\s+lesson\s+(?:he|she|they)\s+(?:won't|will\s+never|wont|'ll\s+never)\s+(?:forget|survive|walk\s+away\s+from)\b|(?<!\b(?:no|nobody|noone|no\s+one)\b[^.!?\n]{0,40})\bshould\s+(?:all\s+)?be\s+dragged\s+(?:through|down|into)\s+(?:the\s+)?streets?\b|\b(?:hope|wish|pray)\s+(?:he|she|they|that\s+\w+)\s+(?:gets?|is|are)\s+(?:shanked|shivved|stabbed|raped|beaten|killed|murdered|jumped)\s+(?:in\s+(?:prison|jail|lockup|gen\s+pop)|behind\s+bars|by\s+(?:his|her|their)\s+cellmates?)\b|\b(?:someone|somebody|some1|we|y'?all|you)\s+(?:needs?\s+to|should|has\s+to|gotta|ought\s+to|oughta)\s+end\s+(?:him|her|them|(?:that|this|the)\s+(?:officer|cop|deputy|sheriff|chief|judge|mayor|sergeant|detective|pig|snitch|councilman|councilwoman|prosecutor))\b(?!['’]s)|\bput\s+(?:${PERSON}|him|her|them)\s+down\s+like\s+(?:a|the)\s+(?:rabid\s+|sick\s+|mad\s+)?(?:dog|animal|horse)\b`,
    0.75,
    'intimidation',
    gate(
      'permanently good disappear lucky done dead finished toast history coming lesson dragged shanked shivved stabbed raped beaten killed murdered jumped end down',
    ),
    {
      unless:
        /\b(?:karma|court|jury|trial|election|november|ballot|vote\s+(?:him|her|them)\s+out|movie|film|game|episode|show|character|novel|book|raises?|bonus(?:es)?|refunds?|paychecks?|back\s+pay)\b/,
    },
  ),
  // Round 89 (0.7.11): harm wished on someone in other words: "I wish you'd get hit by a bus",
  // "I hope you end up in a wheelchair", "I'd laugh if someone shot you", "I'd dance on your
  // grave", "I hope you get what George Floyd got", "I hope someone does to you what you did to
  // him", "rot in a ditch".
  rule(
    String.raw`\b(?:hope|wish|pray)\s+(?:that\s+)?(?:you|u|ya|he|she|they)(?:'d|\s+would|\s+will|'ll)?\s+(?:get|gets|got|end\s+up|ends\s+up)\s+(?:hit\s+by\s+(?:a|the)\s+(?:bus|car|train|truck|semi|drunk\s+driver)|in\s+(?:a\s+wheelchair|the\s+hospital|a\s+coma|a\s+body\s+bag|the\s+icu|the\s+morgue|the\s+ground|a\s+ditch|the\s+er)|paralyzed|paralysed|crippled|maimed)\b|\b(?:i'd|i\s+would|i'll|i\s+will|we'd|we\s+would)\s+(?:laugh|cheer|celebrate|smile|party|throw\s+a\s+party)\s+(?:if|when)\s+(?:someone|somebody|they|some\s+\w+|a\s+\w+)\s+(?:shot|shoots|killed|kills|stabbed|stabs|ran\s+over|runs\s+over|beat|beats|hanged|hangs|lynched)\s+(?:you|u|him|her|them)\b|\b(?:i'd|i\s+would|i'll|i\s+will|we'll|we\s+will|gonna|can't\s+wait\s+to)\s+(?:gladly\s+|happily\s+)?(?:dance|piss|spit|pee)\s+on\s+(?:your|ur|his|her|their)\s+graves?\b|\b(?:hope|wish|pray)\s+(?:that\s+)?(?:you|u|he|she|they|that\s+\w+)\s+(?:get|gets)\s+what\s+(?:george\s+floyd|breonna\s+taylor|tamir\s+rice|philando\s+castile|eric\s+garner|michael\s+brown|walter\s+scott|freddie\s+gray|daunte\s+wright|tyre\s+nichols|ashli\s+babbitt|jfk|kennedy|mlk|lincoln|bin\s+laden|saddam|gaddafi|qaddafi|mussolini)\s+got\b|\b(?:hope|wish|pray)\s+(?:someone|somebody|some1|they)\s+(?:does|do)\s+to\s+(?:you|u|him|her|them)\s+what\s+(?:you|u|he|she|they)\s+did\s+to\b|(?:^|(?<=[.!?]\s*))(?:go\s+)?rot\s+in\s+(?:a\s+ditch|the\s+ground|a\s+grave|your\s+grave|a\s+gutter|a\s+sewer)\b`,
    0.7,
    'wishing someone harm',
    gate(
      'bus car train truck semi driver wheelchair hospital coma bag icu morgue ground ditch er paralyzed paralysed crippled maimed shot shoots killed kills stabbed stabs over beat beats hanged hangs lynched grave graves got did rot',
    ),
    { unless: /\b(?:game|movie|film|show|episode|character|novel|book|karma)\b/ },
  ),
  // Round 92 (0.7.11): genocide in its euphemisms, against groups: "the only solution for the gays
  // is a final one", "a final solution for the immigrants", "let's get rid of immigrants
  // permanently, if you know what I mean".
  rule(
    String.raw`\bthe\s+only\s+solution\s+(?:for|to)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:[a-z]+\s+)?(?:${GROUP_TARGET}|${DEHUMAN})\s+is\s+(?:a|the)\s+final\s+one\b|\bfinal\s+solution\s+(?:for|to)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:${GROUP_TARGET}|${DEHUMAN})(?:\s+(?:problem|question))?\b|\bget\s+rid\s+of\s+(?:the\s+|all\s+(?:the\s+)?|those\s+|these\s+)?(?:[a-z]+\s+)?(?:${GROUP_TARGET}|${DEHUMAN})\s+(?:permanently|for\s+good|once\s+and\s+for\s+all)\b[^.!?\n]{0,10}?,?\s*(?:if\s+you\s+know\s+what\s+i\s+mean|wink\s+wink|;\))`,
    0.75,
    'call for violence',
    gate('final solution mean wink'),
    { unless: /\b(?:holocaust|nazis?|history|historians?|never\s+again|wannsee)\b/ },
  ),
  // Round 95 (0.7.12): veiled menace at officials, the mob's and the stalker's words: "nice house
  // you have there, would hate for anything to happen to it", "hope you have good life insurance,
  // deputy", "we know your shift schedule", "tell your wife goodbye before you leave for work",
  // "easy to find where the chief parks", "hope your brakes work, councilman", "someone is going to
  // make you pay, and it won't be in court". Each as the end of its sentence (or before a name of
  // office): not "hope you have good insurance, the hail was brutal", "we know your schedule is
  // busy".
  rule(
    String.raw`\bnice\s+(?:house|home|car|truck|family|kids|wife|husband|place|dog|life|daughter|son)\s+(?:(?:you(?:'ve)?|u|ya)\s+(?:have|got)|you've)\b[^\n]{0,80}?\b(?:shame|hate|awful|terrible|sad)\b[^\n]{0,30}?\bhappen(?:s|ed)?\b|\bhope\s+(?:you|u|ya|he|she|they)\s+(?:have|has|got)\s+(?:(?:good|enough|plenty\s+of|a\s+lot\s+of|some)\s+)?life\s+insurance(?=\s*(?:[.!]|$|,\s*(?:${PERSON}|${OFFICE})\b))|\bwe\s+know\s+(?:your|ur|his|her)\s+(?:shift\s+schedule|schedule|routine|daily\s+routine|patrol\s+route|route\s+home|shifts|license\s+plate|kids'?\s+school)(?=\s*(?:[.!]|$|,\s*(?:${PERSON}|${OFFICE})\b))|\btell\s+(?:your|ur)\s+(?:wife|husband|family|kids|children|mom|mother|loved\s+ones)\s+(?:goodbye|good-bye|bye)\s+before\s+(?:you|u)\s+(?:leave|go|head\s+out|clock\s+in)(?:\s+(?:for\s+(?:work|your\s+shift)|tomorrow|tonight|today|in\s+the\s+morning)){0,2}(?=\s*(?:[.!]|$))|\b(?:easy|not\s+hard|real\s+easy|pretty\s+easy)\s+to\s+find\s+(?:out\s+)?where\s+(?:${PERSON}|you|u|he|she)\s+(?:lives?|parks?|sleeps?|drops?\s+(?:his|her|your)\s+kids)(?=\s*(?:[.!]|$))|\bhope\s+(?:your|ur|his|her)\s+brakes\s+(?:work|hold|don't\s+fail|dont\s+fail)(?=\s*(?:[.!]|$|,\s*(?:${PERSON}|${OFFICE})\b))|\bmake\s+(?:you|u|him|her|them)\s+pay(?:\s+for\s+(?:this|that|it|what\s+(?:you|u|he|she|they)\s+did))?\s*[,;]?\s*(?:and|but)\s+it\s+(?:won't|wont|will\s+not|ain't|aint)\s+be\s+(?:in\s+(?:a\s+)?court(?:room)?|legal|through\s+the\s+courts?)\b`,
    0.7,
    'intimidation',
    gate(
      'shame hate awful terrible sad insurance schedule routine route shifts plate school goodbye good-bye bye lives live parks park sleeps sleep drops brakes court courtroom courts legal',
    ),
    {
      unless:
        /\b(?:hail|storm|flood|weather|deployment|deploy\w*|game|movie|film|show|episode|character|novel|book|recall|mechanic|inspection|flu|covid|virus|sick|illness|germs|measles|chickenpox|hoa|restitution|diversion)\b/,
    },
  ),
  // Round 96 (0.7.13), menace in ordinary words: property of someone set on fire ("your cruiser
  // is going to be on fire by morning"), lying in wait ("I'll be waiting outside the station when
  // your shift ends", "I'd love to catch that sergeant alone in a dark alley"), a beating's
  // aftermath ("your kids won't recognize you when I'm done with you"), a place burned with people
  // inside, a weapon brought to a public place as an ultimatum ("one more ticket and I'm bringing my
  // rifle to city hall"), body armour for a private life ("better start wearing a vest to the
  // grocery store, chief") and days counted ("count the days, detective, you don't have many
  // left"). 11 of 20 on first contact, twins 0 of 10.
  rule(
    String.raw`\b(?:your|ur|his|her|their|(?:the|that)\s+${OFFICE}['’]s)\s+(?:house|home|car|cruiser|truck|patrol\s+car|squad\s+car|office|garage|place|station|precinct)\s+(?:is\s+(?:going\s+to|gonna)|will|'ll|'s\s+(?:going\s+to|gonna))\s+(?:be\s+)?(?:on\s+fire|in\s+flames|burn(?:ing)?(?:\s+down)?|burned\s+down|burnt\s+down|(?:a\s+pile\s+of\s+)?ashes|blown\s+up|blow\s+up)(?=\s*(?:[.!,;]|$|\s+(?:by|before|tonight|tomorrow|soon|one\s+(?:of\s+these\s+)?(?:night|day)s?)\b))|\b(?:won'?t|wont|will\s+not|never)\s+(?:even\s+)?recogni[sz]e\s+(?:you|u|him|her|them)\s+(?:again\s+)?(?:when|after)\s+(?:i|we)(?:'m|\s+am|'re|\s+are|\s+get|'ve|\s+have)\s+(?:done|finished|through)\s+with\s+(?:you|u|him|her|them)\b|\b(?:burn|torch|blow\s+up|firebomb)\s+(?:down\s+)?(?:the|your|ur|their|that|this|his|her)\s+(?:\w+\s+)?(?:precinct|station|house|home|office|building|city\s+hall|courthouse|department|headquarters|hq|place|church|car|cruiser)\s+(?:down\s+)?with\s+(?:all\s+of\s+)?(?:you|u|them|him|her|everyone|everybody|y'?all|the\s+(?:cops|officers|pigs|deputies|family|kids))\s+(?:still\s+)?(?:in|inside)\b|\b(?:i'?ll|i\s+will|we'?ll|we\s+will|i'?m|i\s+am|we'?re|we\s+are)\s+(?:be\s+)?waiting\s+(?:for\s+(?:you|u|him|her)\s+)?(?:outside|by|at|near|in)\s+(?:the\s+|your\s+|ur\s+|his\s+|her\s+)?(?:station|precinct|house|home|car|cruiser|door|driveway|parking\s+lot|garage|office|courthouse)\b[^.!?\n]{0,30}?\b(?:when|after)\s+(?:your|ur|his|her)\s+(?:shift|work|court|meeting|day)\s+(?:ends|is\s+over|gets\s+out|lets\s+out|is\s+done)\b(?![^.!?\n]*\b(?:give|hand|bring|drop\s+off|thank|cookies|card|gift|flowers|ride|coffee|lunch|dinner)\b)|\b(?:catch|get|find|meet)\s+(?:you|u|ya|him|her|them|(?:that|the|this)\s+(?:\w+\s+)?${OFFICE}|${OFFICE}\s+[a-z]+)\s+(?:alone\s+)?(?:in\s+(?:a|some|the)\s+dark\s+(?:alley|parking\s+lot|street)|some\s+(?:dark\s+)?night|one\s+(?:dark\s+)?night|after\s+dark|without\s+(?:your|his|her|the|their)\s+(?:badge|gun|uniform|partner|backup))\b|\bone\s+more\s+[a-z]+(?:\s+[a-z]+)?\s+and\s+(?:i'?m|i\s+am|i'?ll|i\s+will|we'?re|we'?ll)\s+(?:bringing|bring|taking|showing\s+up\s+with|coming\s+(?:down\s+)?(?:there\s+)?with)\s+(?:my|a|the|our)\s+(?:\w+\s+)?(?:rifle|rifles|guns?|shotgun|pistol|ar-?15|ak-?47|ak|glock|piece|machete|bat|knife|pipe\s+bomb|bomb)\b|\b(?:better|should|might\s+want\s+to|may\s+want\s+to|need\s+to)\s+(?:start\s+)?(?:wear(?:ing)?|put(?:ting)?\s+on)\s+(?:a\s+|your\s+)?(?:bullet-?\s*proof\s+vest|vest|body\s+armou?r|kevlar)\s+(?:to|at|in)\s+(?:the\s+)?(?:grocery\s+store|store|church|home|bed|dinner|the\s+gym|gym|mall|gas\s+station|school\s+pick-?up|your\s+(?:kids?|son|daughter)['’]?s?\s+\w+)\b|\bcount\s+(?:the|your)\s+days\b(?!\s+(?:until|till|'til|to))[^\n]{0,40}?\b(?:you|u)\s+(?:don'?t|do\s+not|ain'?t\s+got)\s+(?:have\s+)?(?:many|much|long)(?:\s+(?:days|time))?\s+left\b`,
    0.75,
    'threat of violence',
    gate(
      'fire flames burn burning burned burnt ashes blown blow torch firebomb recognize recognise inside waiting dark night alley badge uniform partner backup rifle rifles gun guns shotgun pistol ar ak glock piece machete bat knife bomb vest armor armour kevlar count',
    ),
    {
      unless: new RegExp(
        `${MEDICAL}|${KINDNESS}|\\b(?:retire\\w*|vacation|countdown|fireworks|bonfire|game|kart|match|movie|film|novel|episode|salon|stylist|makeover|haircut)\\b`,
      ),
    },
  ),
  // Round 100 (0.7.13), menace and fight challenges in replies: "say that to my face and see what
  // happens", "meet me in the parking lot, tough guy", "you and me, outside", "you won't be so brave
  // when I show up at your job", "I'll make sure you regret it, and not online", "accidents happen"
  // after a warning to watch one's words, "a big mouth for someone whose car is parked on Elm",
  // "enjoy her last weekend with you", "you'll be the next one on the news", "next time it's my
  // fists", "I'd hate to be you when I get out". 8 of 20 on first contact, twins 1 of 10.
  rule(
    String.raw`\bsay\s+(?:that|it|this)\s+(?:to\s+my\s+face|in\s+person|irl|in\s+real\s+life)\b(?=[^.!?\n]{0,20}?\b(?:see\s+what\s+happens|watch\s+what\s+happens|i\s+dare\s+(?:you|u|ya)|i\s+double\s+dare)\b|\s*(?:[.!]|$|,\s*(?:tough\s+guy|big\s+man|punk|coward|bitch|pussy|chump|keyboard\s+warrior|hotshot)\b))|\bmeet\s+me\s+(?:in\s+the\s+parking\s+lot|outside|out\s+back|behind\s+the\s+\w+|in\s+the\s+alley)\b[^.!?\n]{0,50}?,\s*(?:tough\s+guy|big\s+man|punk|coward|keyboard\s+warrior|bitch|pussy|chump|hotshot|big\s+shot)\b|\b(?:you|u)\s+and\s+me,?\s+(?:outside|in\s+the\s+parking\s+lot|out\s+back)(?=\s*(?:[.!,]|$|\s+(?:now|tonight|right\s+now)\b))(?=[^\n]{0,60}\b(?:bring\s+(?:a\s+friend|backup|your\s+(?:friends|boys))|need\s+(?:help|an\s+ambulance|a\s+ride)\s+(?:getting\s+|to\s+get\s+)?home|(?:tough|big)\s+(?:guy|man)|coward|punk)\b)|\b(?:you|u)\s+(?:won'?t|will\s+not|wont)\s+be\s+(?:so\s+)?(?:brave|tough|cocky|loud|mouthy|smug|funny|confident|big|bold)\s+when\s+(?:i|we)\s+(?:show\s+up|find|see|catch|come|get\s+(?:to\s+you|my\s+hands\s+on)|meet|visit|knock|pull\s+up)\b|\b(?:i'?ll|i\s+will|i'?m\s+(?:gonna|going\s+to))\s+make\s+sure\s+(?:you|u)\s+regret\s+(?:it|this)\b[^.!?\n]{0,20}?\b(?:not\s+online|in\s+person|irl|in\s+real\s+life|face\s+to\s+face|offline)\b|\bmistake\s+of\s+(?:your|ur)\s+life\b[^.!?\n]{0,40}?\b(?:in\s+person|irl|not\s+online|offline|face\s+to\s+face)\b|\b(?:watch\s+(?:what\s+(?:you|u|i)\s+say|your\s+(?:mouth|words|back))|if\s+i\s+were\s+(?:you|u)|keep\s+(?:talking|it\s+up|running\s+your\s+mouth)|talk(?:ing)?\s+like\s+that)\b[^\n]{0,40}?\baccidents\s+(?:happen|can\s+happen|do\s+happen)\b|\b(?:big\s+(?:mouth|talk)|tough\s+talk|brave\s+words|a\s+lot\s+of\s+(?:talk|mouth))\s+for\s+(?:someone|somebody|a\s+(?:guy|man|woman|girl|dude|cop|person))\s+(?:whose|who)\s+(?:\w+\s+){0,4}?(?:lives?|parks?|parked|car|house|home|kids?|wife|husband|family|address|street|drives?)\b|\b(?:enjoy|savor|savour|cherish)\s+(?:her|his|their|your|the)\s+last\s+(?:weekend|day|days|night|nights|week|christmas|holiday|birthday|summer)\s+with\s+(?:you|u|him|her|them)\b|\b(?:keep\s+(?:it\s+up|talking|running\s+your\s+mouth|pushing)|one\s+more\s+word)\b[^.!?\n]{0,20}?\band\s+(?:you'?ll|you\s+will|you'?re\s+(?:gonna|going\s+to))\s+be\s+(?:the\s+)?next\s+(?:one\s+)?(?:on\s+the\s+news|in\s+the\s+(?:obituaries|obits|paper|news)|headline|victim)\b(?=\s*(?:[.!,;]|$))|\bnext\s+time\s+(?:it'?s|it\s+will\s+be|it'?ll\s+be)\s+(?:my|the)\s+(?:fists?|bat|gun|knife|boots?|hands|glock|piece)\b|\b(?:i'?d|i\s+would)\s+hate\s+to\s+be\s+(?:you|u|him|her)\s+when\s+(?:i|we)\s+(?:get\s+out|get\s+there|find\s+(?:you|u|him|her)|see\s+(?:you|u|him|her)|come\s+back|get\s+home)(?=\s*(?:[.!,;]|$))|\b(?:i'?d|i\s+would)\s+hate\s+to\s+be\s+(?:you|u|him|her)\s+when\s+(?:i|we)\s+get\s+(?:my|our)\s+hands\s+on\b`,
    0.7,
    'intimidation',
    gate(
      'face person irl life meet outside parking back brave tough cocky loud mouthy smug funny confident big bold regret mistake accidents mouth talk words enjoy savor savour cherish news obituaries obits paper headline victim fists fist bat gun knife boot boots hands glock piece hate',
    ),
    {
      unless: /\b(?:deploy\w*|retire\w*|college|debate|election|game|movie|film|episode|novel)\b/,
    },
  ),
  // Round 101 (0.7.13), menace at officials in the third person: "Officer Daniels won't live to see
  // Christmas", "the judge will be dealt with, one way or another", "somebody is going to put the
  // chief in a wheelchair", "the mayor's family should start looking over their shoulders", "Deputy
  // Cole is living on borrowed time", "whoever signed that warrant better have a good security
  // system", "someone is going to hurt that prosecutor", "Officer Park will be found in a ditch",
  // "the judge has kids, doesn't he? Be a shame". Not a prediction of an office lost ("that cop's
  // days are numbered" stays unread: it is said of careers as often). 4 of 20 on first contact,
  // twins 0 of 10.
  rule(
    String.raw`\b(?:won'?t|will\s+not|wont|isn'?t\s+going\s+to|ain'?t\s+gonna)\s+make\s+it\s+to\s+(?:his|her|their|your|ur)\s+(?:pension|next\s+birthday|trial)\b(?!\s+date)(?![^.!?\n]*\b(?:if|unless|because|since|at\s+this\s+rate|salary|pay|wages?|budget|cuts?|cutting)\b)|\b(?:won'?t|will\s+not|wont|isn'?t\s+going\s+to|ain'?t\s+gonna)\s+live\s+to\s+see\s+(?:christmas|thanksgiving|the\s+new\s+year|new\s+year'?s|next\s+(?:year|week|month|christmas|summer)|retirement|(?:his|her|their|your)\s+(?:pension|retirement|next\s+birthday|kids\s+grow\s+up|trial)|another\s+(?:birthday|christmas|year|summer)|the\s+(?:trial|weekend|end\s+of\s+the\s+(?:year|month|week)))\b|\b(?:he|she|they|(?:that|the|this)\s+(?:[a-z]+\s+)?(?:${OFFICE}|prosecutor)|(?:${OFFICE}|prosecutor)\s+[a-z]+)\s+(?:will|'ll|is\s+going\s+to|are\s+going\s+to|gonna)\s+be\s+(?:dealt\s+with|taken\s+care\s+of|handled)\b,?\s*(?:one\s+way\s+or\s+(?:another|the\s+other)|permanently|if\s+you\s+know\s+what\s+i\s+mean|the\s+old[- ]fashioned\s+way|outside\s+(?:of\s+)?(?:the\s+)?(?:courts?|law|system))\b|\b(?:someone|somebody|some1|one\s+of\s+us|i|we)\s+(?:is\s+|are\s+|'s\s+|'m\s+|'re\s+|am\s+)?(?:going\s+to|gonna|will|'ll)\s+put\s+(?:him|her|them|(?:that|the|this)\s+(?:[a-z]+\s+)?(?:${OFFICE}|prosecutor)|(?:${OFFICE}|prosecutor)\s+[a-z]+)\s+in\s+(?:a\s+wheelchair|the\s+hospital|a\s+hospital|the\s+ground|a\s+body\s+bag|a\s+coma|the\s+icu|the\s+morgue|a\s+box|a\s+grave)\b|\b(?:should|better|had\s+better|might\s+want\s+to|needs?\s+to)\s+(?:start\s+)?(?:looking|look)\s+over\s+(?:his|her|their)\s+shoulders?\b|\b(?:(?:that|this|the)\s+(?:[a-z]+\s+)?(?:${OFFICE}|prosecutor)|(?:${OFFICE}|prosecutor)\s+[a-z]+)\s+(?:is|'s)\s+living\s+on\s+borrowed\s+time\b|\bwhoever\s+(?:signed|arrested|ticketed|wrote|runs|did|ordered|approved)\b[^.!?\n]{0,40}?\b(?:better|should|had\s+better)\s+(?:have|get)\s+(?:a\s+)?(?:good\s+|great\s+|strong\s+|solid\s+)?(?:security\s+system|bodyguards?|bulletproof\s+\w+)\b|\bhope\s+(?:whoever|he|she|they|(?:that|the)\s+(?:[a-z]+\s+)?${OFFICE}|${OFFICE}\s+[a-z]+)\b[^.!?\n]{0,30}?\b(?:has|have|got)\s+(?:a\s+)?bulletproof\s+(?:house|home|car|windows|vest|glass)\b|\b(?:someone|somebody|some1)\s+(?:is\s+|'s\s+)?(?:going\s+to|gonna|will|'ll)\s+(?:hurt|kill|shoot|stab|beat\s+up|jump|attack|murder|get)\s+(?:that|the|this)\s+(?:[a-z]+\s+)?(?:${OFFICE}|prosecutor)\b(?!\s+(?:elected|fired|reelected|re-elected|recalled|promoted|a\s+\w+))|\b(?:making|make|made)\s+enemies\b[^\n]{0,40}?\b(?:people\s+(?:disappear|go\s+missing|have\s+accidents|get\s+hurt)|accidents\s+happen)\b(?=\s*(?:[.!,…]|$|\s+all\s+the\s+time\b))|\b(?:(?:that|this|the)\s+(?:[a-z]+\s+)?(?:${OFFICE}|prosecutor)|(?:${OFFICE}|prosecutor)\s+[a-z]+|he|she)\s+(?:will|'ll|is\s+gonna|is\s+going\s+to)\s+(?:be\s+found|end\s+up)\s+(?:dead\s+)?in\s+(?:a|the)\s+(?:ditch|river|dumpster|trunk|landfill|gutter|morgue|body\s+bag)\b|\b(?:has|have)\s+(?:kids|children|a\s+family|a\s+wife|a\s+husband|a\s+daughter|a\s+son|grandkids)\b[^\n]{0,30}?\b(?:be\s+a\s+(?:shame|pity)|would\s+be\s+(?:a\s+)?(?:shame|pity|sad|terrible))\b(?=\s*(?:[.!…]|$))|\bthe\s+next\s+(?:[a-z]+\s+){0,2}?(?:${OFFICE}|prosecutor)\s+(?:who|that)\s+[^.!?\n]{0,40}?\b(?:is\s+going\s+to|is\s+gonna|goes\s+to|will\s+go\s+to|ends\s+up\s+in)\s+(?:the\s+)?(?:hospital|morgue|er|icu|ground|grave)\b|\b(?:runs?|ran)\s+out\s+of\s+luck\b[^.!?\n]{0,40}?\b(?:i'?ll|i\s+will|we'?ll|we\s+will)\s+be\s+(?:there|waiting)\b|\benjoys?\s+(?:his|her|their)\s+last\s+(?:summer|christmas|birthday|weekend|days?|week|holiday|thanksgiving)\b(?=\s*(?:[.!,]|$))|\bregret\s+the\s+day\s+(?:he|she|they)\s+(?:knocked\s+on\s+my\s+door|came\s+to\s+my\s+(?:house|home|door)|messed\s+with\s+(?:me|my\s+\w+)|crossed\s+me|arrested\s+(?:me|my\s+\w+)|pulled\s+me\s+over)\b`,
    0.7,
    'intimidation',
    gate(
      'live pension birthday trial dealt care handled wheelchair hospital ground bag coma icu morgue box grave shoulder shoulders borrowed regret security bodyguard bodyguards bulletproof someone somebody some1 enemies ditch river dumpster trunk landfill gutter shame pity sad terrible er luck enjoy enjoys',
    ),
    {
      unless: new RegExp(
        `\\b(?:cancer|chemo|hospice|terminal\\w*|dementia|diagnos\\w*|doctors?|illness|sick|covid|surgery|prayers?|praying|retire\\w*|vacation|in\\s+office|election|re-?election|recall|vote|voters|ballot|resign\\w*|game|movie|film|episode|novel)\\b`,
      ),
    },
  ),
  // Blind 327 (0.7.20), incitement against groups in the register of extremist forums: "Muslims
  // out or we take them out", "a few Molotovs at the leftist bookstore would send a message", "we
  // need another Charlottesville", "if the government won't deal with the invaders, patriots
  // will", "public executions for every Democrat who…", "time for the real cleansing".
  rule(
    String.raw`\b(?:out|leave|go\s+home|go\s+back)\s+or\s+(?:we|i|they|patriots|citizens)\s+(?:will\s+|'ll\s+|gonna\s+)?(?:take|carry|drag|throw|put)\s+(?:them|em|'em|you|u|y'?all)\s+out\b(?!\s+(?:of\s+(?:office|power|the\s+(?:race|election|primary))|at\s+the\s+(?:polls|ballot\s+box)))|\b(?:a\s+few|some|one|a\s+couple(?:\s+of)?|a|two|three)\s+(?:molotovs?|molotov\s+cocktails?|pipe\s+bombs?|bombs?|grenades?|firebombs?|bricks|gas\s+cans?)\s+(?:at|in|through|into|on)\s+(?:the|that|this|their|a|every|those)\s+[^.!?\n]{0,40}?\b(?:would|will|'d|should|could|might)\s+(?:send\s+(?:a|the)\s+message|fix|solve|teach|do\s+the\s+trick|wake)\b|\b(?:need|needs|want|time\s+for|bring\s+on|give\s+(?:them|em|'em)|overdue\s+for|due\s+for|deserve|deserves)\s+(?:another|a\s+(?:new|second|modern|real)|more)\s+(?:kristallnacht|holocaust|charlottesville|christchurch|el\s+paso|oklahoma\s+city|rwanda|srebrenica|tulsa\s+massacre|final\s+solution|night\s+of\s+the\s+long\s+knives|pogroms?|lynchings?)\b(?![-'’])(?!\s+(?:vigils?|memorials?|remembrance|prayers?|museum|documentary|movie)\b)|\bif\s+(?:the\s+)?(?:government|state|police|cops|feds|law|courts?|congress|city|county)\s+(?:won't|will\s+not|wont|can't|cannot|refuses?\s+to|doesn't|does\s+not|don't)\s+(?:deal\s+with|handle|stop|remove|take\s+care\s+of|get\s+rid\s+of|deport)\s+(?:the|these|those|them|this|our)\s+(?:[a-z'-]+\s+)?(?:${GROUP_TARGET}|${DEHUMAN}|${REVILED})\b[^.!?\n]{0,30}?,?\s*(?:we|patriots|citizens|the\s+people|real\s+americans|someone|somebody|the\s+militia|militias)\s+(?:will|'ll|must|have\s+to|are\s+going\s+to|gonna)(?:\s+(?:ourselves|by\s+force|with\s+force|the\s+old[\s-]fashioned\s+way))?\s*(?:[.!]|$)|\b(?:time\s+for|bring\s+on|start|begin)\s+(?:a|the)\s+(?:(?:real|great|final|total|national|ethnic|racial)\s+)+(?:cleansing|purge)\b|\b(?:time\s+for|bring\s+on|start|begin|need)\s+(?:a|the)\s+(?:(?:real|great|final|total|national)\s+)?(?:pogrom|extermination|genocide|ethnic\s+cleansing|racial\s+cleansing)\b`,
    0.7,
    'call for violence',
    gate(
      'take carry drag throw put molotov molotovs cocktails bomb bombs grenade grenades firebomb firebombs bricks cans kristallnacht holocaust charlottesville christchurch paso oklahoma rwanda srebrenica tulsa solution knives pogrom pogroms lynching lynchings deal handle stop remove care rid deport cleansing purge extermination genocide',
    ),
    { unless: NOT_A_KILLING },
  ),
  // "Public executions for every Democrat who rigged the election": the election is the grievance,
  // not the arena, so NOT_A_KILLING's games and elections do not read it away.
  rule(
    String.raw`\b(?:public\s+)?(?:executions?|hangings?|lynchings?|firing\s+squads?|the\s+(?:rope|gallows|noose|guillotine))\s+for\s+(?:every|all|each|the|those|these|any)\s+(?:last\s+|single\s+)?(?:[a-z'-]+\s+){0,1}?(?:${GROUP_TARGET}|${DEHUMAN}|journalists?|politicians?|senators?|congressmen|judges|teachers)\b`,
    0.7,
    'call for violence',
    gate(
      'executions execution hangings hanging lynchings lynching firing rope gallows noose guillotine',
    ),
    {
      unless:
        /\b(?:movie|film|episode|novel|book|history|historically|centuries|century|medieval|era|museum|documentary|game)\b/,
    },
  ),
  // Round 103 (0.7.13), incitement against groups in the register of extremist forums: "load up
  // and meet at the mosque Friday, we end this ourselves", "the day of reckoning is coming for every
  // globalist rat, and it will be bloody", "do to the drag show what they did in Orlando", "if we
  // started shooting back", "it's self defense to kill a few of them", "treat them like the
  // animals they are, put them down", "wipe out the whole tribe of them", "a helicopter ride" for
  // communists, "make the streets run red with their blood". 10 of 20 on first contact, twins 0 of
  // 10. "I want to see … swinging from lampposts" was read too, and taken out: it flagged a
  // harmless twin of blind 37 that no narrowing of what hangs, or from what, spared.
  rule(
    String.raw`\bload\s+up\s+and\s+(?:meet|go|head|roll)\b[^.!?\n]{0,40}?\b(?:mosque|synagogue|church|temple|rally|march|protest|parade|clinic|school|drag\s+show|pride|capitol|city\s+hall|courthouse|border)\b(?=[^\n]{0,40}\b(?:end\s+this|finish\s+this|ourselves|it'?s\s+time|no\s+mercy|no\s+survivors)\b)|\breckoning\s+is\s+coming\s+for\b[^.!?\n]{0,60}?\bit\s+(?:will|'ll|is\s+going\s+to|gonna)\s+be\s+(?:bloody|a\s+bloodbath|violent)\b(?!\s+(?:at\s+the\s+(?:polls|ballot\s+box)|in\s+(?:the\s+)?(?:election|elections|midterms|primary|primaries|november)))|\bdo\s+to\s+(?:the|that|this|those|these|their|every|all)\s+(?:[a-z'-]+\s+){0,2}?what\s+(?:they|he|she|someone|somebody|that\s+guy|the\s+(?:shooter|gunman|bomber))\s+did\s+(?:in|at|to)\s+(?:orlando|christchurch|el\s+paso|charleston|pittsburgh|buffalo|uvalde|columbine|oklahoma\s+city|pulse|sandy\s+hook|parkland|las\s+vegas|utoya|waco|kent\s+state|tiananmen|charlottesville)\b|\bif\s+we\s+(?:started|start|began|begin)\s+shooting\s+(?:back|them|at\s+them|first)\b|\b(?:self[- ]defen[cs]e|ok(?:ay)?|fine|justified|legal|time|need|needs|should|must|have|has)\s+to\s+(?:kill|shoot|hang|gas)\s+(?:a\s+few|some|a\s+couple|a\s+bunch|all|every\s+one)\s+of\s+(?:them|em|'em|these|those)\b(?!\s+(?:weeds|bugs|ants|roaches|rats|mice|pests|zombies|bosses|enemies\s+in))|\blike\s+(?:the\s+)?(?:animals|vermin|rats|dogs|beasts|pests|savages)\s+(?:they\s+are\b)?[^\n]{0,30}?\bput\s+(?:them|em|'em)\s+(?:all\s+)?down\b|\bwipe\s+out\s+(?:the\s+)?(?:whole|entire)\s+(?:tribe|lot|bunch|clan|race|village|neighbou?rhood)\s+of\s+(?:them|em|'em)\b|\b(?:cure|answer|solution|fix)\s+(?:for|to)\s+(?:[a-z'-]+\s+){0,2}?is\s+(?:a\s+|free\s+)?(?:helicopter|chopper)\s+rides?\b|\b(?:free\s+)?(?:helicopter|chopper)\s+rides?\s+for\s+(?:all\s+)?(?:the\s+)?(?:[a-z'-]+\s+)?(?:communists|commies|leftists|liberals|socialists|marxists|democrats|antifa|protesters|journalists|them)\b|\b(?:streets|rivers|gutters)\s+(?:will\s+)?run\s+red\s+with\s+(?:their|the|his|her|your)\s+blood\b`,
    0.75,
    'call for violence',
    gate(
      'load reckoning orlando christchurch paso charleston pittsburgh buffalo uvalde columbine oklahoma pulse sandy parkland vegas utoya waco kent tiananmen charlottesville shooting kill shoot hang gas animals vermin rats dogs beasts pests savages wipe helicopter chopper blood',
    ),
    {
      unless:
        /\b(?:game|movie|film|episode|novel|book|halloween|decorations?|zombies?|video\s+game|history|museum|documentary|anniversary|memorial|vigil|never\s+again|weeds|bugs|ants|roaches|mice|pests|mosquitoes|flies|wasps|termites|aphids)\b/,
    },
  ),
  // Round 104 (0.7.14), threats against places and the public a police page gets: "don't send your
  // kids to Lincoln Elementary tomorrow, just a friendly warning", "the police station will be
  // rubble by Friday", "count the minutes until the explosion", "ever wonder what it feels like to
  // be set on fire? You're about to find out", "a shame if the county building caught fire with
  // everyone inside", "is your family home tonight, Detective? Would hate for there to be a fire",
  // "the meeting is going to be a bloodbath, I'll make sure of it", "the substation goes dark and so
  // do the cops guarding it", "what would you do if I walked into the station with a pipe bomb?",
  // "enough ammo for all of them", "pressure cookers and nails", "this town needs another
  // Columbine". 8 of 20 on first contact, twins 0 of 10.
  rule(
    String.raw`\b(?:(?:don'?t|do\s+not|dont)\s+(?:send\s+(?:your|ur|the)\s+(?:kids?|children|son|daughter|boy|girl|students)\s+to|go\s+(?:to|near)|come\s+(?:to|near|down\s+to)|be\s+(?:at|near|anywhere\s+near|in)|show\s+up\s+(?:at|to))|stay\s+(?:away\s+from|out\s+of|clear\s+of|home\s+from))\s+[^.!?\n]{1,40}?\b(?:tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this\s+(?:week(?:end)?|morning|afternoon|evening)|next\s+week)\b(?=[^\n]{0,40}\b(?:(?:a|my|this\s+is\s+(?:a|your))\s+(?:friendly\s+|fair\s+|final\s+|last\s+|only\s+)?warning|(?:just\s+)?(?:a\s+)?friendly\s+warning|you'?ve\s+been\s+warned|you\s+have\s+been\s+warned|consider\s+(?:yourself|yourselves|this)\s+(?:warned|a\s+warning)|don'?t\s+say\s+(?:you|i)\s+(?:weren'?t|wasn'?t|didn'?t)\s+warn\w*|if\s+you\s+value\s+(?:your|their)\s+li(?:fe|ves))\b)`,
    0.7,
    'intimidation',
    gate('warning warned value'),
    {
      unless: new RegExp(
        String.raw`${WARNING_OF_A_DANGER.source}|\b(?:closed|closure|construction|repairs?|detour|weather|snow|ice|icy|crowds?|crowded|parking|lines?|wait|lanes?|outage|packed|zoo|jammed|sale|prices?|food|menu|flu|covid|sick|lice|measles|germs?|tickets?|speed\s+traps?|checkpoints?|boring|cancel+ed|game|match|playoffs?|tournament|team|concert|fans?|trails?|rivers?|lakes?|beach|currents?|bridges?|cliffs?|avalanche|wildlife|bears?|coyotes?|highway|freeway|interstate|out\s+of\s+order)\b`,
      ),
    },
  ),
  rule(
    String.raw`\b(?:police\s+station|station|precinct|courthouse|court\s+house|city\s+hall|town\s+hall|county\s+building|headquarters|hq|school|church|mosque|synagogue|clinic|capitol|statehouse|police\s+department|substation|federal\s+building|jail|sheriff'?s\s+office)\s+(?:will\s+be|is\s+going\s+to\s+be|'s\s+going\s+to\s+be|is\s+gonna\s+be|gonna\s+be|will\s+soon\s+be|'ll\s+be)\s+(?:nothing\s+but\s+)?(?:rubble|ashes|ash|a\s+crater|a\s+smoking\s+(?:hole|crater|ruin)|smoking\s+ruins?|a\s+pile\s+of\s+(?:rubble|ash|ashes)|burned\s+to\s+the\s+ground|in\s+flames)\b|\b(?:count(?:ing)?(?:\s+down)?)\s+(?:the\s+)?(?:minutes|hours|days|seconds)\s+(?:until|till|til|'til|to)\s+(?:the\s+)?(?:explosion|big\s+boom|boom|kaboom|detonation)\b`,
    0.75,
    'threat of violence',
    gate('rubble ashes ash crater smoking burned flames explosion boom kaboom detonation'),
    {
      unless:
        /\b(?:demoli\w*|wrecking|torn\s+down|old\s+(?:building|station|courthouse|school|church|jail|mill|barn|hospital|factory|one|precinct|city\s+hall)|new\s+one|replac\w*|relocat\w*|moving|moved|opens?|opening|quarry|blasting|mining|mines?|dynamite|spacex|sonic|tear(?:ing)?\s+(?:it\s+)?down|bulldoz\w*|construction|renovat\w*|rebuil\w*|earthquake|hurricane|tornado|storm|flood\w*|wildfire|budget|closing|abandoned|condemned|fireworks?|fourth\s+of\s+july|new\s+year'?s?|celebration|launch|rockets?|implosion|game|movie|film|episode|novel|minecraft|fortnite|history|anniversary|memorial|museum)\b/,
    },
  ),
  rule(
    String.raw`\b(?:ever\s+wonder(?:ed)?|wonder|wanna\s+know|want\s+to\s+know|curious)\s+what\s+(?:it\s+)?(?:feels|would\s+feel|'d\s+feel|is|'s)\s+like\s+to\s+(?:be|get)\s+(?:set\s+on\s+fire|shot|stabbed|burned(?:\s+alive)?|strangled|beaten(?:\s+to\s+death)?|hanged|lynched|run\s+over|buried\s+alive|drowned|killed|murdered|tortured|choked|gutted|jumped|curb[\s-]?stomped)\b[^\n]{0,6}?(?:\?\s*|[.!,]\s*|\s+)(?:well,?\s+)?(?:(?:you'?re|you\s+are|ur|u\s+r|you'?ll|you\s+will|you'?re\s+gonna|you\s+might|you\s+may)\s+(?:about\s+to\s+|going\s+to\s+|gonna\s+|soon\s+)?(?:find\s+out|learn|know)|keep\s+(?:it\s+up|talking)|stick\s+around)\b|\b(?=burn|caught|catch|went|goes|go\b|blew|blow|explode|collapse)(?<=\b(?:shame|pity|wouldn'?t\s+it\s+be|tragedy|hope|wish|pray|someone\s+should|somebody\s+should|i'?ll|i\s+will|we'?ll|we\s+will|gonna|going\s+to)\b[^.!?\n]{0,60})(?:burn(?:ed|t|s)?\s+down|caught\s+fire|catch(?:es)?\s+fire|went\s+up\s+in\s+flames|goes?\s+up\s+in\s+flames|blew\s+up|blows?\s+up|explode[ds]?|collapsed?)\s+with\s+(?:everyone|everybody|all\s+of\s+(?:you|them|'?em)|you|u|y'?all|them|him|her|(?:your|ur|his|her|their)\s+(?:family|kids|wife|husband|children|whole\s+family)|(?:the\s+)?(?:cops?|officers?|pigs|deputies|council|judges?|staff))\s+(?:(?:still|locked|trapped)\s+)?(?:inside|in\s+it|in\s+there)\b|\b(?:is|are)\s+(?:your|ur)\s+(?:family|kids?|children|wife|husband|mom|mother|dad|daughter|son|girlfriend|boyfriend|wife\s+and\s+kids)\s+(?:home|alone|at\s+home|home\s+alone|in\s+bed|asleep)(?:\s+(?:tonight|right\s+now|now|today|this\s+weekend))?[^\n?]{0,20}\?[^\n]{0,30}?\b(?:(?:would|'d)\s+hate\s+(?:for|if)\b|be\s+a\s+(?:real\s+)?(?:shame|pity)\s+if\b|accidents\s+happen|fires\s+happen)|\bbloodbath\b[^.!?\n]{0,10}?[,.!;]?\s*(?:and\s+)?(?:i'?ll|i\s+will|we'?ll|we\s+will|i'?m\s+gonna|i'?m\s+going\s+to)\s+(?:make\s+sure\s+of\s+(?:it|that)|see\s+to\s+(?:it|that)|start\s+it)\b|\b(?:goes|go|going\s+to\s+go|gonna\s+go|will\s+go)\s+(?:dark|down|up|boom)\b[^.!?\n]{0,30}?\band\s+so\s+(?:do|will|does)\s+(?:the\s+|all\s+the\s+|every\s+|any\s+)?(?:cops?|officers?|guards?|pigs|police|deputies|agents?|feds|soldiers|troopers)\s+(?:guarding|inside|protecting|in\s+it|in\s+there|watching|posted)\b`,
    0.7,
    'intimidation',
    gate(
      'wonder wondered curious fire shot stabbed burned strangled beaten hanged lynched buried drowned killed murdered tortured choked gutted jumped stomped burn burnt burns caught catch catches flames blew blows explode explodes exploded collapsed collapse hate shame pity happen bloodbath guarding protecting posted watching inside',
    ),
    {
      unless:
        /\b(?:game|movie|film|episode|novel|book|story|halloween|haunted|prank|reported|tragic|rip|playoffs?|match|tournament|season|league|draft|fantasy|bracket|finals?|primary|primaries|election|polls|vote|ballot|debate|condolences|prayers|praying|smoke\s+detectors?|fire\s+safety|space\s+heaters?|candles?|fire\s+extinguishers?)\b/,
    },
  ),
  rule(
    String.raw`\benough\s+(?:ammo|ammunition|bullets|lead|shells|explosives)\s+(?:for|to\s+(?:go\s+around|handle|take\s+care\s+of|deal\s+with))\s+(?:all\s+of\s+(?:them|you|y'?all|'?em)|every\s+(?:last\s+|single\s+)?(?:one\s+of\s+(?:them|you|'?em)|(?:cop|officer|pig|judge|deputy|member)\b)|each\s+(?:and\s+every\s+)?(?:one\s+)?of\s+(?:them|you|'?em)|(?:the\s+)?(?:whole|entire)\s+(?:board|council|department|precinct|station|family|lot|bunch|room|building|force)|you\s+all|them\s+all|y'?all|everyone|everybody|every\s+one)\b|\bpressure[\s-]?cookers?\s+(?:bombs?|(?:and|&|full\s+of|packed\s+with|stuffed\s+with|filled\s+with|with)\s+(?:nails|ball\s*bearings|bbs|shrapnel|gunpowder|black\s+powder|explosives|tannerite))\b|\b(?=needs?\b|deserves?\b|could\b|is\b|should\b|ripe\b|asking\b)(?<!(?:\bnot|n'?t|\bnever|\bno|\bnobody|\bnoone)\s+|\blast\s+thing\s+(?:[a-z']+\s+){0,3})(?:needs?|deserves?|could\s+use|is\s+(?:over)?due\s+for|should\s+(?:get|have)|ripe\s+for|asking\s+for)\s+(?:another|a|its\s+own|their\s+own|a\s+second|a\s+new|some)\s+(?:columbine|sandy\s+hook|uvalde|kristallnacht|9/11|oklahoma\s+city(?:\s+bombing)?|boston\s+(?:marathon\s+)?bombing|(?:school|mass|mall|church|synagogue|mosque|parade|concert|office|workplace)\s+(?:shooting|massacre|bombing))\b(?!\s+(?:response|drills?|plans?|training|prevention|survivors?|victims?|polic(?:y|ies)|protocols?|insurance|memorial|laws?|bill|reform|investigation|task\s+force|study|report|kits?|simulation|exercise))`,
    0.75,
    'threat of violence',
    gate(
      'bomb bombs rifle rifles ar ar15 shotgun shotguns ak grenade grenades molotov molotovs vest explosives explosive machete machetes ammo ammunition bullets lead shells cooker cookers columbine hook uvalde kristallnacht 11 oklahoma boston shooting massacre bombing',
    ),
    {
      unless:
        /\b(?:marathon\s+bombing\s+(?:trial|anniversary)|tsarnaev|trial|documentary|history|anniversary|memorial|museum|game|movie|film|episode|novel|range|class|course|training|qualification|competition|practice|turn\w*\s+(?:it\s+|them\s+)?in|found|buy-?back|legal\w*|permit|licen[cs]e|hunting|deer|season)\b/,
    },
  ),
  // Asked as a question, the walk-in with a bomb is still the menace: "what would you do if I
  // walked into the station with a pipe bomb?".
  rule(
    String.raw`\bif\s+i\s+(?:walked|walk|came|come|showed\s+up|show\s+up|strolled|rolled|went|go)\s+(?:(?:in(?:to)?|up\s+to|to|at|through|down\s+to)\s+)?[^.!?\n]{0,30}?\bwith\s+(?:a|an|my|some|two|three)\s+(?:loaded\s+)?(?:pipe\s+bombs?|bombs?|rifles?|ar(?:-?15)?s?|shotguns?|ak(?:-?47)?s?|grenades?|molotovs?(?:\s+cocktails?)?|suicide\s+vest|explosives?|machetes?)\b`,
    0.7,
    'threat of violence',
    gate(
      'bomb bombs rifle rifles ar ar15 shotgun shotguns ak grenade grenades molotov molotovs vest explosives explosive machete machetes',
    ),
    {
      asks: true,
      unless:
        /\b(?:turn\w*\s+(?:it\s+|them\s+)?in|found|hand\w*\s+(?:it\s+|them\s+)?(?:in|over)|surrender\w*|drop\w*\s+(?:it\s+|them\s+)?off|legal\w*|permit|licen[cs]e|dispos\w*|buy-?back|unloaded|cased|locked|game|movie|film|episode|novel|costume|halloween|prop|toy|nerf|airsoft|paintball)\b/,
    },
  ),
  // Round 106 (0.7.14): "I'll blow your head off", "ill blow ur head of" (the typo too), "we'll blow
  // his brains out". Spelling itself is read by chatSpelling (swapped letters, a capital I for l).
  rule(
    String.raw`${FIRST_PERSON}\s+blow\s+(?:(?:your|ur|yo|his|her|their)\s+(?:(?:fucking|fuckin|fkn|damn|stupid|ugly|fat|dumb)\s+)?(?:head|heads|brains?|face|skull|kneecaps?|balls|guts)\s+(?:off|out|in|of(?=\s*(?:[.!?,;]|$)))|(?:off|out)\s+(?:your|ur|yo|his|her|their)\s+(?:head|brains?|face|kneecaps?))\b`,
    0.8,
    'threat of violence',
    gate('blow'),
  ),
  // Round 108 (0.7.14), ultimatums and conditions: "drop the charges by Friday or your family pays
  // the price", "release him tonight or that station burns", "give back my gun or somebody's
  // getting hurt", "… or I run over the next deputy I see", "I'll be waiting for the landlord with
  // my bat", "or I'll show up at the chief's house with friends", "the next patrol car gets lit up",
  // "fire Officer Hale or we'll find him ourselves", "watch what I do to you", "you'll regret being
  // born", "if they raise taxes again, I'm bombing the courthouse", "this city burns and so do the
  // cops". 6 of 20 on first contact, twins 0 of 10.
  rule(
    String.raw`\b(?:or|else|otherwise)\s+(?:[a-z']+\s+){0,2}?(?:your|his|her|their)\s+(?:whole\s+|entire\s+)?(?:family|families|kids|children|wife|husband|loved\s+ones|mother|mom|daughter|son)\s+(?:pays|will\s+pay|gonna\s+pay|is\s+going\s+to\s+pay|'ll\s+pay|pay)\s+(?:the\s+price|for\s+it|dearly)\b(?!\s+(?:at|in|of|for\s+(?:gas|groceries|rent|insurance|taxes)))|\b(?:or|else|otherwise)\s+(?:that|the|this|your|his|her|their|every|our)\s+(?:station|precinct|courthouse|court\s*house|city\s+hall|house|home|car|city|town|building|office|school|church|store|shop|department|place|county\s+building)\s+(?:burns|will\s+burn|gets\s+(?:burned|torched|bombed|blown\s+up|lit\s+up|shot\s+up)|goes\s+up\s+in\s+flames|blows\s+up|explodes)\b|\b(?:this|the|our|that)\s+(?:city|town|place|county|station|precinct)\s+(?:burns|will\s+burn|is\s+gonna\s+burn)\s+and\s+so\s+(?:do|will)\s+(?:the\s+|all\s+the\s+)?(?:cops|pigs|police|officers|deputies|you|they|them)\b|\b(?=or\b|else\b)(?<!\b(?:fix|repair|install|add|put\s+(?:up|in)|slow|clean|trim|paint|patch|replace|build|enforce|close|block|plow|salt|light|lights|sidewalk|crosswalk|speed|signs?|stop\s+signs?|potholes?|evacuat\w*|calm\w*|careful\w*|drill|wear|buckle|hold\s+on|stay\s+(?:back|clear|inside)|leash\w*|secure)\b[^.!?\n]{0,60})(?:or|else)\s+(?:somebody|someone|some1|one\s+of\s+you|a\s+cop|an\s+officer|people)\s*(?:'s|is|are)?\s+(?:gonna|going\s+to|getting|about\s+to|will)\s+(?:get\s+)?(?:hurt|killed|shot|die|bleed)\b(?!\s+in\s+the\s+(?:rush|crowd|stampede|crush|dark))|\bif\s+[^.!?\n]{3,60}?,\s*(?:somebody|someone|some1|a\s+cop|an\s+officer)\s+(?:is|'s)\s+(?:gonna|going\s+to)\s+(?:die|get\s+(?:killed|shot|hurt))\b|\b(?:or|else|and)\s+i\s+(?:run\s+over|shoot|kill|stab|hurt|attack|jump|beat|punch|take\s+out)\s+(?:the\s+next|every|the\s+first)\s+(?:[a-z]+\s+)?(?:cop|deputy|officer|trooper|pig|judge|agent|person|one)\b|\b(?:i'?ll|i\s+will|we'?ll|we\s+will|i'?m\s+gonna|i'?m\s+going\s+to)\s+be\s+waiting\s+(?:for\s+(?:him|her|them|you|u|(?:the|that|this|your)\s+[a-z]+)\s+)?with\s+(?:my|a|an|the|some)\s+(?:bat|baseball\s+bat|gun|guns|knife|rifle|shotgun|crowbar|machete|pistol|glock|ar|axe|hammer|tire\s+iron|friends\s+and\s+(?:a\s+)?(?:bat|bats|guns))\b|\b(?=or\b)(?<!\b(?:party|potluck|bbq|barbecue|cookout|birthday|dinner|game\s+night|shower|wedding|picnic)\b[^.!?\n]{0,60})or\s+(?:else\s+)?(?:i'?ll|i\s+will|we'?ll|we\s+will|i'?m\s+gonna|we'?re\s+gonna)\s+(?:show\s+up|come|pull\s+up|stop\s+by)\s+(?:at|to)\s+(?:the\s+|your\s+|his\s+|her\s+|their\s+)?(?:[a-z]+'s\s+)?(?:house|home|door|doorstep|job|work|office|place)\s+with\s+(?:some\s+)?(?:friends|my\s+boys|the\s+boys|my\s+crew|company|backup)\b|\b(?:the\s+)?next\s+(?:patrol\s+car|cruiser|squad\s+car|police\s+car|cop\s+car|unit)\s+(?:gets|will\s+get|is\s+gonna\s+get|'ll\s+get)\s+(?:lit\s+up|torched|burned|firebombed|shot\s+up|blown\s+up|riddled)\b|\b(?:or|unless)\b[^.!?\n]{0,40}?\b(?:we'?ll|we\s+will|i'?ll|i\s+will)\s+(?:handle|deal\s+with|take\s+care\s+of|settle\s+(?:it|this)\s+with)\s+(?:him|her|them|(?:that|the|this)\s+(?:cop|officer|deputy|pig|judge|guy|dude|bastard|prick|landlord|driver|shooter|suspect|man|woman))\s+(?:ourselves|myself|our\s+(?:own\s+)?way|my\s+(?:own\s+)?way|personally|the\s+old[- ]fashioned\s+way)\b|\b(?:fire|arrest|charge|prosecute|punish|suspend|lock\s+up)\s+(?:(?:officer|deputy|sergeant|detective|trooper)\s+[a-z]+|that\s+(?:cop|officer|deputy|pig)|him|her)\s+or\s+(?:we'?ll|we\s+will|i'?ll|i\s+will)\s+(?:find|get|handle|deal\s+with)\s+(?:him|her|them)\s+(?:ourselves|myself)\b|\bwatch\s+what\s+(?:i|we)\s+(?:do|'ll\s+do|will\s+do|am\s+gonna\s+do|'m\s+gonna\s+do)\s+to\s+(?:you|u|him|her|them|y'?all)\b|\b(?:you'?ll|you\s+will|you're\s+gonna|you\s+are\s+going\s+to|they'?ll)\s+regret\s+(?:being\s+born|the\s+day\s+(?:you|they)\s+(?:were|was)\s+born|ever\s+being\s+born)\b|\b(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+(?:bombing|burning\s+down|torching|shooting\s+up|blowing\s+up|firebombing)\s+(?:the|that|this|your)\s+(?:courthouse|station|precinct|city\s+hall|school|church|building|office|place|mall|capitol|county\s+building|town\s+hall|department|police\s+station)\b`,
    0.75,
    'threat of violence',
    gate(
      'price dearly pays pay burns burn hurt killed shot die bleed cop deputy officer trooper pig judge agent person waiting friends boys crew company backup lit torched burned firebombed riddled ourselves myself personally regret bombing burning torching shooting blowing firebombing watch',
    ),
    { unless: WARNING_OF_A_DANGER },
  ),
  // Round 109 (0.7.14), menace by watching, following and knowing someone's home, family and car:
  // "I followed you home from the station last night", "your daughter's soccer practice ends at 6,
  // right? Just saying", "would be a shame if the brakes failed", "I sat outside your house last
  // night. You didn't even notice", an address posted "so people can pay him a visit", "we have
  // pictures of your kids leaving school. Think about that", "your house is very flammable",
  // "keep them safe while you can", "hope your smoke detectors work, chief", "one night I'll
  // stop", "that's the best case", "check your car before you start it". 7 of 20 on first
  // contact, twins 0 of 10.
  rule(
    String.raw`\b(?:i|we)\s+(?:followed|tailed|trailed)\s+(?:you|u|him|her|(?:your|ur)\s+(?:wife|husband|kids?|daughter|son|car|cruiser|girlfriend|boyfriend))\s+(?:all\s+the\s+way\s+)?(?:home|to\s+(?:your|his|her|their)\s+(?:house|home|place|car|school|work|job|door))\b(?![^.!?\n]*\b(?:make\s+sure|safe|safely|return|give\s+(?:back|her|him|you)|help)\b)|\b(?:your|ur)\s+(?:daughter|son|kids?|children|wife|husband|girlfriend|boyfriend|mom|mother)(?:'s|s)?\s+(?:[a-z]+\s+){0,3}?(?:practice|school|class|bus\s+stop|shift|route|job|work|walk|jog|run|gym|bus)\b[^\n]{0,50}?\b(?:just\s+saying|think\s+about\s+(?:that|it)|(?:lonely|quiet|dark|empty)\s+(?:spot|place|road|street|walk|stretch)|all\s+alone|would\s+hate|be\s+a\s+(?:shame|pity))\b|\b(?=she\b|he\b|they\b)(?<=\b(?:your|ur)\s+(?:wife|husband|daughter|son|kids?|girlfriend|boyfriend|mom|mother)\b[^\n]{0,60})(?:she|he|they)\s+(?:walks?|jogs?|runs?|drives?|goes|comes\s+home|gets\s+home|sleeps?|is\s+home)\s+(?:alone|by\s+(?:herself|himself|themselves))\b[^.!?\n]{0,30}?(?:,?\s*(?:huh|right|doesn'?t\s+(?:she|he)|don'?t\s+they)\b|\?)|\b(?:be\s+a\s+(?:real\s+)?(?:shame|pity)|(?:would|'d)\s+hate)\s+(?:if|for)\s+(?:the|your|its|his|her)\s+(?:brakes?|brake\s+lines?|steering|gas\s+line)\s+(?:to\s+)?(?:failed|fail|went\s+out|gave\s+out|were\s+cut|got\s+cut|was\s+cut)\b|\b(?:i|we)\s+(?:sat|waited|parked|stood|was|were)\s+(?:outside|in\s+front\s+of|across\s+from|down\s+the\s+street\s+from)\s+(?:your|ur)\s+(?:house|home|place|apartment|door|window)\b[^\n]{0,40}?\b(?:(?:you|u)\s+didn'?t\s+(?:even\s+)?(?:notice|see\s+me|know)|all\s+night|watching)\b(?![^\n]*\b(?:waiting\s+for|thanks?|thank\s+you|tow|locked\s+out|keys?)\b)|\baddress\b[^\n]{0,60}?\b(?:so|and)\s+(?:people|everyone|everybody|y'?all|someone|somebody|we|you\s+all)\s+can\s+(?:pay\s+(?:him|her|them|the\s+\w+)\s+a\s+(?:little\s+)?visit|stop\s+by|drop\s+by|show\s+up|go\s+see\s+(?:him|her|them))\b|\b(?:i|we)\s+(?:have|got|took|'ve\s+got)\s+(?:pictures|photos|pics|videos?)\s+of\s+(?:your|ur)\s+(?:kids?|children|daughter|son|wife|husband|family|house|home)\b[^\n]{0,40}?\b(?:think\s+about\s+(?:that|it)|just\s+so\s+(?:you|u)\s+know|remember\s+that|sleep\s+tight|we'?re\s+watching|i'?m\s+watching)\b(?=\s*(?:[.!…]|$))|\b(?:your|ur)\s+(?:house|home|car|truck|place|station|office)\s+(?:is|looks)\s+(?:very\s+|really\s+|awfully\s+|pretty\s+|so\s+)?(?:flammable|easy\s+to\s+burn)\b|\bkeep\s+(?:your\s+(?:family|kids|wife|husband|children)|them(?<=\bnice\s+(?:family|kids|wife)\s+(?:you'?ve\s+got|you\s+have|ya\s+got)\s+there\b[^\n]{0,20}them))\s+safe\s+while\s+(?:you\s+)?(?:still\s+)?can\b|\b(?:tires?|windows?|car|house|mailbox|truck)\s+(?:will\s+be|is\s+gonna\s+be|'ll\s+be|are\s+gonna\s+be)\s+(?:flat|slashed|smashed|broken|burned)\b[^.!?\n]{0,20}?\bbest\s+case\b|\bcheck\s+(?:your|ur|his|her)\s+(?:car|truck|cruiser)\s+before\s+(?:you|he|she|u)\s+(?:start|starts|turn|turns)\s+(?:it|the\s+engine)\b`,
    0.7,
    'intimidation',
    gate(
      "followed tailed trailed daughter son kids children wife husband girlfriend boyfriend mom mother daughter's son's kid's wife's husband's girlfriend's boyfriend's mom's mother's alone herself himself themselves brakes brake steering outside front across address pictures photos pics videos video flammable safe flat slashed smashed broken check",
    ),
    {
      unless: new RegExp(
        String.raw`${WARNING_OF_A_DANGER.source}|\b(?:batter(?:y|ies)|zero|freez\w*|oil|antifreeze|recall|mechanic|inspection|wildfire|brush|defensible|parade|picnic|party|school\s+pictures|yearbook|science\s+fair|copies|lost|found|missing|streetlights?|fix\w*|repair\w*|grow\s+up)\b`,
      ),
    },
  ),
  // The same round's two that a warning's words would spare ("smoke detectors", "drive"): said
  // to an official by title, or after driving past someone's place night after night.
  rule(
    String.raw`\bhope\s+(?:your|ur)\s+(?:smoke\s+detectors?|fire\s+alarms?|sprinklers?|fire\s+insurance|home\s+insurance|alarm\s+system|brakes?|bulletproof\s+vest|vest)\s+(?:works?|is\s+paid\s+up|are\s+paid\s+up|holds?\s+up|is\s+good|are\s+good)\b,?\s*(?:${OFFICE})\b(?=\s*[.!…]*\s*$)|\bone\s+(?:night|day|of\s+these\s+(?:nights|days))\s+(?:i'?ll|i\s+will|we'?ll|i'?m\s+gonna)\s+(?:stop|knock|get\s+out|pull\s+in)\b(?!\s+(?:in|by|and\s+say|to\s+say|to\s+thank|for))(?<=\b(?:drive|drove|driving|walk|walked|walking)\s+(?:past|by)\b[^\n]{0,60})`,
    0.7,
    'intimidation',
    gate('detectors detector alarms alarm sprinklers insurance vest brakes brake night day'),
  ),
  // Round 110 (0.7.15), cruelty called for and death cheered, the register of extremist forums:
  // "tie them to the fence and leave them out there for a week", "hose them down with ice water
  // until they scatter", "whoever did this should get the same treatment, plus an hour in the
  // trunk", "take a hammer to the whole lot of them", "blast the little bastard",
  // "feed the lot of them to the pigs", "one less of them, do the rest next", "round them up …
  // take every one of them down", "they all get what's coming, rope and all", "hand that
  // degenerate a toaster and a bathtub", "they deserve to be gang raped". 7 of 20 on first
  // contact, twins 0 of 10.
  rule(
    String.raw`\b(?:tie|tied|chain|chained|strap|strapped|nail|nailed|tape|taped|lash|lashed)\s+(?:them|em|'em|him|her|(?:those|these)\s+[a-z]+|the\s+(?:whole\s+)?lot\s+of\s+(?:them|em)|every\s+(?:last\s+|single\s+)?one\s+of\s+(?:them|em))\s+(?:up\s+)?to\s+(?:a|the|that|their|his|her|some)\s+(?:[a-z]+\s+)?(?:fence|post|pole|tree|building|bumper|truck|car|flagpole|lamp\s*post|railroad\s+tracks?|tracks|stake|wall|ant\s*hill|rock|cross)\b[^.!?\n]{0,30}?\b(?:leave|left|let|light|burn|drag|set)\b|\b(?:they|he|she)\s+(?:are|is|get|gets|were|was)\s+(?:tied|chained|strapped|nailed|taped)\s+to\s+(?:a|the)\s+(?:[a-z]+\s+)?[a-z]+\s+and\s+left\s+(?:there|out|for)\b|\b(?:hose|spray|blast|douse|soak)\s+(?:them|em|'em|him|her|(?:those|these)\s+[a-z]+|the\s+(?:protesters|rioters|crowds?|mobs?|homeless|bums|illegals|marchers|migrants|invaders))\s+(?:down\s+)?(?:with\s+(?:ice(?:[\s-]cold)?\s+water|(?:a\s+)?fire\s*hoses?|water\s+cannons?|pepper\s+spray|mace|tear\s+gas|acid|bleach|gasoline|lead|bullets|buckshot|rubber\s+bullets)|until\s+they\s+(?:scatter|drown|stop\s+moving|can'?t\s+breathe|bleed))\b|\b(?:should|deserves?\s+to|needs?\s+to|ought\s+to)\s+get\s+the\s+(?:exact\s+|very\s+)?same\s+(?:treatment|thing|punishment)\b,?\s*(?:plus|and\s+then\s+some|but\s+(?:worse|slower|longer|twice)|times\s+(?:ten|two|a\s+hundred|\d+)|x\s*\d+|only\s+(?:worse|slower|longer))\b|\btake\s+(?:a|the|my|his|her|some)\s+(?:hammer|bat|baseball\s+bat|crowbar|tire\s+iron|lead\s+pipe|pipe|machete|axe|hatchet|knife|blowtorch|torch|chainsaw|2x4|two[\s-]by[\s-]four|sledge(?:hammer)?|golf\s+club|shovel|belt)\s+to\s+(?:him|her|them|em|'em|you|u|ya|(?:the\s+)?(?:whole\s+)?lot\s+of\s+(?:them|you|em)|(?:every|each)\s+(?:last\s+|single\s+)?one\s+of\s+(?:them|you|em)|(?:his|her|their|your|ur)\s+(?:head|face|skull|knees?|kneecaps?|legs?|teeth|jaw|ribs|hands?|fingers)|(?:that|this|the|those|these)\s+(?:[a-z]+\s+)?(?:guy|dude|man|woman|cop|officer|pig|judge|bastard|punk|thug|prick|scum|scumbag|creep|pervert|animals?|savages?|degenerates?|rats?|traitors?|protesters|rioters))\b|\bblast\s+(?:the|that|this|those|these)\s+(?:little\s+|lil\s+|fucking\s+|fuckin\s+|damn\s+)?(?:punks?|bastards?|scumbags?|scum|thugs?|pigs|rats?|animals?|savages?|degenerates?|traitors?|pricks?|motherfuckers?|son\s+of\s+a\s+bitch|piece\s+of\s+(?:shit|garbage|trash|crap)|perv|pervert|pedo|pedophile|creep|intruders?|burglars?|looters?|rioters?)\b(?![^.!?\n]{0,30}\b(?:on\s+(?:social|twitter|facebook|x|tv|the\s+radio|air)|online|in\s+(?:the\s+)?(?:press|news|media|paper|op-?ed)|with\s+(?:criticism|questions|emails|letters)|for\s+(?:their|his|her)\s+(?:comments|remarks|votes?|record))\b)|\bfeed\s+(?:them|em|'em|him|her|the\s+(?:whole\s+)?lot\s+of\s+(?:them|em|'em)|(?:every|each)\s+(?:last\s+|single\s+)?one\s+of\s+(?:them|em)|(?:those|these|the)\s+(?:[a-z]+\s+)?(?:traitors|bastards|scum|animals|savages|rats|degenerates|pedos|pedophiles|politicians|cops|pigs|criminals|thugs|illegals|invaders|judges|liberals|democrats|republicans|commies|communists|leftists|jews|muslims|immigrants|refugees|migrants))\s+to\s+(?:the\s+|his\s+|my\s+)?(?:pigs|hogs|sharks|gators|alligators|crocodiles|crocs|wolves|dogs|lions|fish|fishes|wood\s*chipper|wood-chipper|vultures|buzzards|piranhas|bears|worms|crows)\b|\bone\s+(?:less|fewer)\s+(?:of\s+(?:them|those|these|em)|(?:pig|cop|rat|traitor|thug|savage|animal|degenerate|pedo|scumbag|commie|illegal|invader|libtard|lefty|nazi|jew|muslim|immigrant|migrant))\b[^\n]{0,40}?\b(?:do|get|finish|kill|take\s+out|off|shoot|hang)\s+(?:the\s+rest|the\s+others|all\s+the\s+rest|another|the\s+next\s+one|more)\b|\b(?:get|gets|getting|got)\s+what'?s\s+coming(?:\s+to\s+(?:them|him|her|em|'em|you))?\b[^.!?\n]{0,20}?\b(?:ropes?|nooses?|gallows|bullets?|lead|firing\s+squad|guillotine|lamp\s*posts?)\b|\b(?:hand|give|toss|throw|drop|send|get)\s+(?:him|her|them|you|u|(?:that|the|this)\s+(?:[a-z]+\s+)?[a-z]+)\s+a\s+(?:toaster|hair\s*dryer|radio)\s+(?:and\s+a\s+|in\s+(?:a|the|his|her|their)\s+|for\s+(?:his|her|their)\s+)(?:bath\s*tub|bath|tub|hot\s+tub)\b|\b(?:toaster|hair\s*dryer)\s+in\s+(?:his|her|their|your|ur)\s+(?:bath\s*tub|bath|tub)\b|\b(?=deserv|should|need|ought)(?<!(?:\bnot|n'?t|\bnever|\bno|\bnobody|\bno\s*one|\bnoone)\s+)(?:deserves?|deserved|should|needs?\s+to|ought\s+to)\s+(?:to\s+)?(?:be|get)\s+(?:gang[\s-]?)?raped\b|\b(?:find|hunt|round|track)\s+(?:them|em|'em)\b(?:\s+(?:up|down))?[^.!?\n]{0,50}?\btake\s+(?:them|em|'em|every\s+(?:last\s+|single\s+)?one\s+of\s+(?:them|em))\s+(?:all\s+)?(?:down|out)\b(?!\s+(?:to|for|of|on|with|from|in)\b)`,
    0.75,
    'call for violence',
    gate(
      'tie tied chain chained strap strapped nail nailed tape taped lash lashed hose spray blast douse soak same hammer bat crowbar iron pipe machete axe hatchet knife blowtorch torch chainsaw 2x4 two sledge sledgehammer club shovel belt feed less fewer coming toaster dryer hairdryer hair radio raped gangraped find hunt round track',
    ),
    {
      unless:
        /\b(?:tomato(?:es)?|plants?|vines?|seedlings?|saplings?|branches|roses|aphids|bugs|mites|weeds|garden|lawn|dogs?|puppy|puppies|horses?|cats?|boats?|bikes?|bicycles?|balloons?|ribbons?|bags?|tarps?|signs?|posters?|flyers?|banners?|decorations?|lights|flags?|stickers?|ads|listings?|photos?|pictures?|websites?|sites|pages|accounts?|videos?|scraps|leftovers|pumpkins?|apples|vegetables|peels|corn|carrots|bread|pig\s+roast|movie|film|episode|novel|game|prank|halloween|costume)\b/,
    },
  ),
  // The same round's death cheered or wished on someone: "the world would be a better place if
  // his plane went down", "glad the bastard won't survive much longer. Hope it hurts".
  rule(
    String.raw`\b(?:world|country|planet|earth|gene\s+pool|society)\s+(?:would\s+be|'d\s+be|will\s+be|is)\s+(?:a\s+)?better\s+(?:place\s+)?(?:off\s+)?(?:if|when|once)\s+(?:he|she|they|you|u|that\s+[a-z]+|the\s+[a-z]+|[a-z]+)\s+(?:died|dies|were\s+dead|was\s+dead|is\s+dead|are\s+dead|got\s+(?:shot|killed|hit\s+by\s+a\s+(?:bus|truck|train|car))|dropped\s+dead|drops\s+dead|croaked|croaks|was\s+(?:shot|killed|hanged|executed)|were\s+(?:shot|killed|hanged|executed|wiped\s+out|exterminated|gassed)|kill(?:ed|s)\s+(?:himself|herself|themselves|yourself))\b|\b(?:world|country|planet|earth|gene\s+pool|society)\s+(?:would\s+be|'d\s+be|will\s+be|is)\s+(?:a\s+)?better\s+(?:place\s+)?(?:off\s+)?(?:if|when|once)\s+(?:his|her|their|your|ur)\s+(?:plane|jet|helicopter|chopper|car|boat|bus|yacht)\s+(?:went\s+down|goes\s+down|crashed|crashes|blew\s+up|blows\s+up|sank|sinks|exploded|explodes)\b|\b(?:world|planet|earth|gene\s+pool)\s+(?:would\s+be|'d\s+be|will\s+be|is)\s+(?:a\s+)?better\s+(?:place\s+)?(?:off\s+)?without\s+(?:him|her|you|u|people\s+like\s+(?:you|him|her|them|u)|(?:you|them|him|her)\s+(?:in\s+it|around|alive|breathing|on\s+it))\b|\b(?:glad|happy|good|great|thank\s+god|thankfully|hopefully)\b[^.!?\n]{0,15}?\b(?:he|she|they|(?:the|that)\s+(?:old\s+)?(?:bastard|scum|scumbag|pig|rat|traitor|prick|witch|bitch|crook|pervert|pedo|commie|criminal|thug|tyrant|son\s+of\s+a\s+bitch))\s+(?:won'?t|will\s+not|isn'?t\s+going\s+to|ain'?t\s+gonna|is\s+not\s+going\s+to)\s+(?:survive|be\s+alive|be\s+breathing|live\s+(?:much|very|a\s+lot|too)\s+(?:longer|long)|last\s+(?:much|very|a\s+lot|too)\s+(?:longer|long))\b|\b(?=hop)(?<=\b(?:die|dies|dying|dead|death|survive|last|rot|rots|burn|burns|suffer|suffers|cancer|hang|hanged|execution|executed|chair|injection)\b[^\n]{0,80})(?:hope|hoping)\s+(?:it|that)\s+(?:hurts|hurt|was\s+painful|is\s+painful|takes\s+a\s+long\s+time|was\s+slow|is\s+slow)\b(?!\s+(?:less|a\s+little|as\s+little|more\s+than))`,
    0.75,
    'wishing someone dead',
    gate('better survive alive breathing live last hope hoping'),
    {
      unless:
        /\b(?:career|job|term|tenure|office|campaign|marriage|team|season|show|series|business|company|store|restaurant|tattoo|workout|vaccine|shot\s+(?:at|in)|flu|surgery|dentist|plant|tree|battery|phone|car|laptop|heat\s+wave|storm|winter|pain|cold|fever|hangover)\b/,
    },
  ),
  // Round 111 (0.7.15), killing named by its method or its history: "Zyklon B for the lot of
  // them", "a judenfrei town", "castrate him", "stone her to death", "we must go to war with the
  // Muslims", "blow the whole place to hell". 9 of 19 on first contact, twins 1 of 13 (a rise in
  // prices "killing us all", read by the model; now an idiom).
  rule(
    String.raw`\b(?:feed|give|bring|more|need|needs|time\s+for)\s+(?:them|em|'em|(?:the|their|those|these)\s+(?:[a-z]+\s+)?[a-z]+|(?:the\s+)?(?:whole\s+)?lot\s+of\s+them|all\s+(?:of\s+)?(?:them|the\s+[a-z]+)\s+)?\s*(?:some\s+|a\s+(?:little\s+|bit\s+of\s+)?|more\s+)?zyklon\b|\bzyklon(?:[\s-]?b)?\s+(?:for|them|is\s+(?:the\s+)?(?:answer|solution|cure)|time|showers?|party)\b|\b(?:judenfrei|judenrein)\b|\bcastrate\s+(?:him|them|em|'em|her|all\s+of\s+them|(?:every|each)\s+(?:last\s+|single\s+)?one(?:\s+of\s+them)?|the\s+(?:whole\s+)?lot(?:\s+of\s+them)?)\b|(?:^|[.!?,;:]\s*|\b(?:should|must|gotta|need\s+to|needs\s+to|ought\s+to|gonna|will|'ll|let'?s|go)\s+)(?:stone|whip|flog|club|bludgeon|kick|stomp|starve|torture|burn|choke|strangle|drown|hack|stab|beat|lash|cane)\s+(?:him|her|them|em|'em|you|u|(?:that|the|this|those|these)\s+(?:[a-z]+\s+)?[a-z]+)\s+to\s+death\b|\b(?:we|y'?all|everyone|all|america|americans|whites?|christians|patriots|people)\s+(?:must|should|need\s+to|have\s+to|gotta|ought\s+to)\s+(?:all\s+)?(?:be\s+at|go\s+to|wage|declare|start)\s+(?:a\s+)?war\s+(?:with|on|against)\s+(?:the\s+|all\s+)?${WAR_GROUPS}\b|\b(?:time\s+to|let'?s)\s+(?:go\s+to|wage|declare|start)\s+(?:a\s+)?war\s+(?:with|on|against)\s+(?:the\s+|all\s+)?${WAR_GROUPS}\b|\bblow\s+(?:them|em|'em|him|her|it|(?:the|that|this|those|these)\s+(?:whole\s+|entire\s+|damn\s+|fucking\s+)?[a-z]+)\s+(?:all\s+)?(?:straight\s+)?(?:to\s+(?:hell|kingdom\s+come|smithereens|oblivion|bits|pieces)|off\s+the\s+map|sky[\s-]?high)\b`,
    0.75,
    'call for violence',
    gate(
      'zyklon judenfrei judenrein castrate death war hell kingdom smithereens oblivion bits pieces map sky skyhigh',
    ),
    {
      unless:
        /\b(?:museum|exhibit|history|historian|historical|documentary|was\s+used|were\s+used|used\s+(?:by|in|at)|nazis\s+used|survivors?|nazi\s+term|vet|puppy|puppies|dogs?|cats?|kittens?|horses?|bulls?|calf|calves|piglets|livestock|cattle|rams?|goats?|stallion|colts?|lambs?|boars?|pets?|neuter\w*|spay\w*|game|video\s+game|fortnite|minecraft|call\s+of\s+duty|movie|film|mythbusters|fireworks|stumps?|rocks?|quarry|demolition|balloons?|candles|bubbles|dandelions?|speakers|minds?|budget)\b/,
    },
  ),
  rule(
    String.raw`\bhell\s+is\s+coming\s+(?:for|to)\s+(?:you|u|ya|y'?all|them|him|her)\b`,
    0.7,
    'intimidation',
    gate('hell'),
    {
      unless:
        /\b(?:sinners?|repent\w*|jesus|god|lord|bible|scripture|church|pray\w*|salvation|saved|kitchen|weather|heat\s+wave|summer|forecast)\b/,
    },
  ),
  // Round 112 (0.7.15), killing ordered by its method: an order at a sentence's start, or a call
  // ("we should", "someone needs to", "time to", "let's"), then a verb of killing or torture, or
  // a plain verb with what makes it one ("throw them off the bridge", "bury him alive", "set the
  // traitor on fire", "put them in the ovens"), with a person or a group as its object: "crucify
  // every last one of those traitors", "impale the invaders on the border fence", "draw and
  // quarter the whole city council", "then drown him", "run the protesters over with a
  // snowplow". 7 of 20 on first contact, twins 0 of 10.
  rule(
    String.raw`${ORDERED}(?:crucify|impale|flay|electrocute|waterboard|drown|decapitate|behead|garrott?e|strangle|disembowel|dismember|lynch|shoot|kill|stab|murder|execute|butcher|slaughter|castrate|torture|mutilate|maim|kneecap|shank|stone|gas(?!\s+up\b)|hang(?!\s+(?:your|ur|his|her|their|my|our)\s+heads?\b)|exterminate|massacre|assassinate|smother|suffocate|poison|curb[\s-]?stomp|pistol[\s-]?whip|draw\s+and\s+quarter|tar\s+and\s+feather|gun\s+down|mow\s+down|nuke|firebomb|torch|hack\s+up|chop\s+up|skin|take\s+out(?![^.!?\n]*\b(?:for|to)\s+(?:lunch|dinner|breakfast|brunch|coffee|drinks?|a\s+(?:beer|drink|meal|coffee|ride|spin|date)|the\s+(?:movies|game|ballgame))\b))\s+${KILLED}${NOT_VIOLENT_AFTER}(?!\s+(?:out|loose)\b)`,
    0.75,
    'call for violence',
    gate(
      'take crucify impale flay electrocute waterboard drown decapitate behead garrote garrotte strangle disembowel dismember lynch shoot kill stab murder execute butcher slaughter castrate torture mutilate maim kneecap shank stone gas hang exterminate massacre assassinate smother suffocate poison curb stomp curbstomp pistol draw tar gun mow nuke firebomb torch hack chop skin',
    ),
    { unless: NOT_A_KILLING },
  ),
  rule(
    String.raw`${ORDERED}(?:(?:skin|boil|bury|burn|roast|cook|fry|cremate)\s+${KILLED}\s+(?:alive|at\s+the\s+stake)|(?:throw|push|toss|shove|drop|kick|chuck|fling|hurl)\s+${KILLED}\s+(?:(?:off|from|over)\s+(?:a|the|that|this)\s+(?:[a-z]+\s+)?(?:bridge|roof|rooftop|cliff|building|balcony|overpass|helicopter|plane|tower|ledge|skyscraper|boat)|down\s+(?:the|a)\s+(?:stairs|stairwell|well|shaft|mineshaft|cliff)|in\s+front\s+of\s+(?:a|the)\s+(?:train|bus|truck|semi)|in(?:to)?\s+(?:the|a)\s+(?:river|lake|sea|ocean|fire|volcano|wood\s*chipper|furnace|ovens?|pit|bay|harbou?r|canal|meat\s+grinder|grinder|acid|bonfire))|run\s+(?:over\s+${KILLED}|${KILLED}\s+over)|set\s+${KILLED}\s+(?:on\s+fire|alight|ablaze|aflame)|(?:put|send|ship|load|herd|pack)\s+${KILLED}\s+(?:in|into|to|on)\s+(?:the\s+)?(?:ovens?|gas\s+chambers?|camps|death\s+camps|concentration\s+camps|cattle\s+cars|boxcars|body\s+bags?|coffins?|graves?))\b`,
    0.75,
    'call for violence',
    gate(
      'alive stake bridge roof rooftop cliff building balcony overpass helicopter plane tower ledge skyscraper boat stairs stairwell well shaft mineshaft train bus truck semi river lake sea ocean fire volcano chipper woodchipper furnace oven ovens pit bay harbor harbour canal grinder acid bonfire over alight ablaze aflame chamber chambers camps cars boxcars bag bags coffin coffins grave graves',
    ),
    { unless: NOT_A_KILLING },
  ),
  // Round 113 (0.7.15), killing and maiming ordered by where the body goes or what is broken, with
  // whatever verb: "feed the mayor through the wood chipper", "dump the whole council in the bay
  // with concrete shoes", "walk the snitch off the pier with a chain around his neck", "smash the
  // cop's teeth in", "cave his skull in", "break every bone in that rat's body", "string up the
  // school board", "leave them in the desert with no water until they stop moving", "bury the
  // reporters up to their necks", "lock the governor in a hot car". 5 of 20 on first contact,
  // twins 0 of 10.
  rule(
    String.raw`${ORDERED}(?:${ANY_VERB}${KILLED}(?:\s+(?:[a-z]+\s+){0,2}?(?:into|in|through|under|onto|to|down)\s+(?:the|a|an|that|this|some)\s+(?:[a-z]+\s+)?(?:wood\s*chipper|chipper|furnace|incinerator|volcano|meat\s+grinder|grinder|vat\s+of\s+acid|acid\s+(?:bath|vat)|gas\s+chambers?|ovens|crematorium|cement\s+mixer|trash\s+compactor|compactor|piranha\s+tank|shark\s+tank|lions?['’]?\s+den|bonfire)\b|\s+(?:[a-z]+\s+){0,2}?(?:into|in|off|to|over|from)\s+(?:the|a|an|that|this)\s+(?:[a-z]+\s+)?(?:river|lake|ocean|sea|bay|harbou?r|canal|pier|dock|bridge|quarry|reservoir|swamp)\b(?=[^.!?\n]{0,50}\b(?:cinder\s*blocks?|concrete\s+(?:shoes|boots|blocks?)|anchors?|weights?|chains?|tied|bricks?|helicopter|plane|sinks?|never\s+comes?\s+up)\b)|\s+in(?:to)?\s+(?:a|an|the)\s+(?:barrel|drum|oil\s+drum|trunk|box|cage|sack|bag)\s+and\s+(?:roll|dump|throw|sink|bury|burn|push|drop|toss|set)\b|[^.!?\n]{0,60}?\buntil\s+(?:he|she|they|it)\s+(?:stops?\s+(?:moving|breathing|twitching|kicking)|dies|die|(?:is|are)\s+dead|bleeds?\s+out|can'?t\s+breathe|suffocates?|drowns?)\b)|(?:lay|tie|chain|strap|push|throw|shove|dump|leave|toss|drag)\s+${KILLED}\s+(?:down\s+)?(?:on|onto|across)\s+the\s+(?:train\s+|railroad\s+|rail\s+)?tracks\b|(?:string|hoist)\s+(?:up\s+${KILLED}|${KILLED}\s+up\b)|(?:lock|leave|trap|shut|seal|chain|keep)\s+${KILLED}\s+in\s+(?:a|the)\s+(?:hot\s+car|freezer|sealed\s+(?:room|box|container)|burning\s+(?:building|car|house)|desert\s+(?:with\s+no|without)\s+(?:water|food))\b|bury\s+${KILLED}\s+up\s+to\s+(?:his|her|their|the)\s+necks?\b)|\blet\s+the\s+(?:fire\s+ants|ants|dogs|wolves|hogs|pigs|sharks|gators|mob|buzzards|vultures|rats)\s+(?:at|have|eat|finish)\s+(?:them|him|her|em|'em)\b`,
    0.75,
    'call for violence',
    gate(
      'chipper woodchipper furnace incinerator volcano grinder acid chamber chambers ovens crematorium mixer compactor tank den bonfire river lake ocean sea bay harbor harbour canal pier dock bridge quarry reservoir swamp tracks barrel drum trunk box cage sack bag string hoist hot freezer sealed burning desert until bury ants dogs wolves hogs pigs sharks gators mob buzzards vultures rats',
    ),
    { unless: NOT_A_KILLING },
  ),
  rule(
    String.raw`${ORDERED}(?:smash|bash|cave|crack|kick|stomp|slam|knock|punch|split|bust|break|rip|tear|gouge|yank|snap|crush|cut|slit)\s+(?:in\s+)?(?:his|her|their|${MAIMED}['’]s?)\s+(?:[a-z]+\s+)?(?:skull|head|face|teeth|tooth|jaw|neck|ribs|knees?|kneecaps?|legs?|arms?|spine|eyes?|tongue|fingers?|throat|nose|brains?|guts|windpipe)\s*(?:in|out|open|off|apart|shut|with|on|against|into)?\b|${ORDERED}break\s+every\s+bone\s+in\s+(?:his|her|their|${MAIMED}['’]s?)\s+(?:[a-z]+\s+)?bod(?:y|ies)\b`,
    0.75,
    'call for violence',
    gate(
      'skull head face teeth tooth jaw neck ribs knee knees kneecap kneecaps leg legs arm arms spine eye eyes tongue finger fingers throat nose brain brains guts windpipe bone',
    ),
    { unless: NOT_A_KILLING },
  ),
  // Round 114 (0.7.15), threats at groups in the shapes of functional test suites, with the verb
  // of harm out of the usual places: "we will make sure no refugee in this town survives the
  // winter", "gay people should be thrown in prison and beaten daily", "I'm putting him in the
  // hospital", "teach those Somalis what a real beating feels like", "let's show these Arabs what
  // happens when they come here", "I'll end the next atheist who preaches at me", "lined up and
  // dealt with permanently", "when we burn your temple". 12 of 20 on first contact, twins 0 of 10.
  rule(
    String.raw`\b(?:make\s+sure|ensure|see\s+to\s+it)\s+(?:that\s+)?(?:no|none\s+of\s+the|not\s+(?:one|a\s+single))\s+(?:[a-z'-]+\s+){0,2}?[a-z'-]+\s+(?:(?:in|on|from|of|around|near)\s+[^.!?\n]{1,30}?\s+)?(?:survives?|lives?\s+(?:through|to\s+see|past)|makes?\s+it\s+(?:through|out\s+alive|home\s+alive)|gets?\s+out\s+alive|walks?\s+away\s+alive|sees?\s+(?:another|the\s+next|tomorrow|christmas|spring|the\s+morning))\b|\b(?=should|must|need|deserve|ought)(?<!\b(?:no|nobody|noone|never|not|none)\b[^.!?\n]{0,40})(?:should|must|need\s+to|needs\s+to|deserve\s+to|deserves\s+to|ought\s+to)\s+(?:all\s+)?(?:be|get)\s+(?:[a-z'-]+\s+){1,4}?and\s+(?:then\s+)?(?:be\s+)?(?:beaten|tortured|raped|whipped|flogged|stoned|lynched|hanged|shot|killed|gassed|burned|starved|castrated|mutilated|executed)\b(?!\s+(?:by\s+(?:the\s+)?(?:police|cops|officers|guards)|in\s+(?:the\s+)?(?:polls|election|court|game)))|(?:${FIRST_PERSON}|\b(?:i'?m|i\s+am|we'?re|we\s+are))\s+(?:gonna\s+|going\s+to\s+)?put(?:ting)?\s+${PERSON}\s+in\s+(?:the|a)\s+(?:hospital|icu|morgue|emergency\s+room|er|wheelchair|body\s+bag|coffin|cemetery|graveyard|hospital\s+bed|trauma\s+(?:unit|ward)|burn\s+unit)\b(?!\s+(?:cleanup|clean-up|crew|staff|team|committee|shift|rotation|volunteers?|schedule|parking|lot|cafeteria|gift|waiting|visit|board|fund|drive|raffle|tour|program|job|duty|detail|plot|lobby))|\bteach\s+(?:${PERSON}|(?:these|those|the|all\s+(?:the|these|those))\s+(?:[a-z]+\s+)?(?:${GROUP_TARGET}|${DEHUMAN}))\s+what\s+(?:a\s+)?(?:real\s+)?(?:beating|bullet|ass[\s-]?(?:whooping|whupping|kicking|beating)|knife|blade|noose|bat|curb\s*stomp|lynching|pain)\s+(?:feels|tastes|looks)\s+like\b|\b(?:let'?s|we'?ll|we\s+will|i'?ll|i\s+will|time\s+to|gonna|going\s+to)\s+show\s+(?:(?:these|those|the|all\s+(?:the|these|those))\s+(?:[a-z]+\s+)?(?:${GROUP_TARGET}|${DEHUMAN})|them|em|'em)\s+what\s+happens\s+(?:when|if)\s+(?:they|you)\s+(?:come|move|show|set\s+foot|cross|step|try|don'?t\s+leave|stay|pray|march|walk)\b|${FIRST_PERSON}\s+end\s+(?:you|u|him|her|them|em|'em|(?:your|ur|his|her|their)\s+(?:fucking\s+|miserable\s+|pathetic\s+|sorry\s+|worthless\s+)?li(?:fe|ves)|(?:the\s+next|every|any)\s+(?:${GROUP_TARGET}|${DEHUMAN}|${PERSON_NOUN}|[a-z]+\s+(?:who|that)))\b(?!\s+(?:of|in\s+(?:the\s+)?(?:debate|game|match|polls|election|argument)))|\b(?:these|those|the|all|all\s+(?:the|these|those))\s+(?:[a-z]+\s+)?(?:${GROUP_TARGET}|${DEHUMAN})\s+(?:should|must|need\s+to|needs\s+to|will|are\s+going\s+to|gotta)\s+be\s+(?:lined\s+up\s+and\s+|rounded\s+up\s+and\s+)?dealt\s+with\s+(?:permanently|for\s+good|once\s+and\s+for\s+all|the\s+old[\s-]fashioned\s+way|with\s+extreme\s+prejudice)\b|\b(?:when|after|once|before|as)\s+(?:we|i)\s+(?:burn|torch|bomb|blow\s+up|firebomb|shoot\s+up|raze|level)\s+(?:down\s+)?(?:your|ur|their|his|her|the|that|every)\s+(?:temples?|mosques?|churche?s?|synagogues?|gurdwaras?|houses?|homes?|shops?|stores?|business(?:es)?|station|precinct|schools?|community\s+center)\b(?!['’])`,
    0.75,
    'threat of violence',
    gate(
      'survive survives live lives makes make alive walks sees beaten tortured raped whipped flogged stoned lynched hanged shot killed gassed burned starved castrated mutilated executed hospital icu morgue emergency er wheelchair bag coffin cemetery graveyard bed trauma unit feels tastes looks happens end dealt burn torch bomb blow firebomb shoot raze level',
    ),
    {
      unless:
        /\b(?:admit\w*|surgery|tests|observation|doctor|nurse|sick|fever|covid|flu|ambulance|mario|kart|chess|poker|trivia|cards|arcade|bowling|darts|pickleball|tennis|golf|game|movie|film|episode|novel|debate|polls?|election|garden|plants?|seedlings?|tomatoes|fish|goldfish|bugs?|pests?|weeds?|mice|rats\s+in|roaches)\b/,
    },
  ),
  // Round 115 (0.7.15), threats at people named by their origin, faith or orientation, by the
  // harm to come rather than a verb of killing: "those Cubans won't be walking straight after I'm
  // done", "black kids at that park are going to get stomped", "Puerto Ricans in this town are
  // going to start disappearing", "there will be Korean blood in the streets", "every Muslim at
  // that mosque is going to need a doctor", "give the gay couple a good beating", "I'll make
  // every Nigerian wish he'd never been born". 5 of 20 on first contact, twins 0 of 10.
  rule(
    String.raw`${MARKED}\b[^.!?\n]{0,40}?\b(?:(?:is|are|'re|'s)\s+)?(?:(?:going\s+to|gonna|about\s+to|will|'ll)\s+(?:get|be)\s+(?:stomped|jumped|curb[\s-]?stomped|bashed|carried\s+out|lynched|torched|disappeared|wiped\s+out)\b|(?:going\s+to|gonna|will)\s+start\s+disappearing\b|(?:will|are\s+going\s+to|gonna)\s+disappear\s+one\s+by\s+one\b|(?:won'?t|will\s+not|never)\s+(?:be\s+)?(?:walk(?:ing)?|talk(?:ing)?|see(?:ing)?|breath(?:e|ing))\s+(?:straight|again|right|normally)\b[^.!?\n]{0,30}?\b(?:after|when|once)\s+(?:i'?m|we'?re|i\s+am|we\s+are)\s+(?:done|through|finished)\b|(?:going\s+to|gonna|will)\s+need\s+(?:a|an|some)\s+(?:new\s+face|doctor|ambulance|surgeon|coroner|hospital\s+bed|wheelchair|body\s+bags?|priest|casket|coffin)\b|(?:about\s+to|going\s+to|gonna)\s+have\s+a\s+(?:very\s+|really\s+)?(?:bad|rough|painful|short)\s+(?:night|day|week)\b)|\b${GROUP_ADJ}\s+blood\s+(?:(?:in|on)\s+the\s+(?:streets?|sidewalks?|pavement)|(?:will|is\s+going\s+to|gonna)\s+(?:run|flow|spill))\b|\bmake\s+(?:${MARKED}|${PERSON})\s+[^.!?\n]{0,30}?\bwish\s+(?:he|she|they|you|it)(?:'d|\s+had|\s+would\s+have)?\s+never\s+been\s+born\b|\b(?:learn|find\s+out|see)\s+what\s+(?:a|an|my)\s+(?:tire\s+iron|bat|baseball\s+bat|crowbar|brick|knife|gun|rope|noose|fist|hammer|machete|pipe|lead\s+pipe|blade|shotgun|rifle|glock|bullet)\s+(?:is|are)\s+for\b|\bdeserves?\s+with\s+(?:a|an|my)\s+(?:bat|baseball\s+bat|crowbar|brick|knife|gun|rope|noose|hammer|machete|pipe|tire\s+iron|belt)\b|\bgive\s+(?:${MARKED}|${PERSON})(?:\s+[a-z'-]+){0,4}?\s+a\s+(?:good|proper|real|serious|severe|solid|nice|sound)\s+(?:beating|thrashing|ass[\s-]?(?:whooping|whupping|kicking)|pounding|stomping|kicking|hiding)\b|(?:${FIRST_PERSON}|\b(?:we'?re|we\s+are|i'?m|i\s+am)\s+(?:going\s+to|gonna))\s+jump\s+${MARKED}\b|\bmake\s+sure\s+(?:${MARKED}|${PERSON})\s+never\s+feels?\s+safe\b|\b(?:better\s+watch\s+(?:out|(?:their|your)\s+backs?))\b[^.!?\n]{0,25}?\b(?:we'?re|we\s+are|i'?m|i\s+am)\s+coming\s+for\s+(?:you|them|y'?all|him|her)\b`,
    0.75,
    'threat of violence',
    gate(
      'stomped jumped stomp bashed carried lynched torched disappeared wiped disappearing disappear walk walking talk talking see seeing breathe breathing need night day week blood born for deserve deserves beating thrashing whooping whupping kicking pounding stomping hiding jump safe coming',
    ),
    {
      unless:
        /\b(?:worried|worry|afraid|scared|fear|fears|concern\w*|because|thanks\s+to|unless|protect\w*|hate\s+crimes?|report\w*|please|pray(?:ing)?\s+for|sad|sorry|heartbroken|history|museum|game|movie|film|drunk|party|hangover|surgery|flu|covid|hospital\s+visit|class|course|workshop|lesson|training|college|auto\s+shop|rope|contest|competition|race|hurdles?|trampoline|pool|high\s+jump|long\s+jump)\b/,
    },
  ),
  // Round 116 (incitement against groups in forum words, 12/20 on first contact): executions by
  // their image ("every one of these degenerates would be lined up against a wall"), disasters
  // wished on a group ("I pray the next hurricane drowns every one of those illegals"), deaths
  // called good for a country ("a few dead leftists would do wonders"), a call to arms against a
  // group ("load your magazines and take back your streets from these animals"), the guns that
  // settle it ("when we clean house with rifles"), a bounty on heads.
  rule(
    String.raw`\b(?:should|would|will|needs?\s+to|deserves?\s+to|ought\s+to|oughta|gonna|going\s+to|must)\s+(?:all\s+|just\s+)?be\s+(?:lined|put|stood)\s+(?:up\s+)?against\s+(?:a|the)\s+wall\b(?<=\b(?:they|he|she|you|one\s+of\s+(?:them|these|those|the|you)|(?:${GROUP_TARGET}|${REVILED}|${DEHUMAN}|${PERSON_NOUN}))\b[^.!?\n]{0,60})(?!\s+(?:for|to\s+dry|in\s+the|of\s+the|by\s+the|until)\b)`,
    0.75,
    'call for violence',
    gate('wall'),
    {
      unless:
        /\b(?:paintings?|pictures?|photos?|portraits?|frames?|boards?|bikes?|bicycles?|chairs?|tables?|boxes|ladders?|shelves|plaques?|posters?|kids?|students|class|recess|photo|picture|yoga|stretch\w*|drills?|lineup|line-up)\b/,
    },
  ),
  rule(
    String.raw`\b(?:hope|pray|wish)(?:ing)?\s+(?:that\s+)?(?:the\s+next|another|a|the)\s+(?:big\s+)?(?:hurricane|flood|earthquake|tsunami|tornado|wildfire|fire|plague|pandemic|virus|storm|volcano|meteor|asteroid|avalanche|mudslide)\s+(?:drowns|kills|wipes\s+out|takes\s+out|buries|burns|swallows|finishes\s+off|flattens|gets)\s+(?:every\s+(?:last\s+|single\s+)?one\s+of\s+|all\s+(?:of\s+)?|each\s+of\s+)?(?:them|em|'em|him|her|you|(?:the|those|these|their)\s+(?:[a-z'-]+\s+){0,2}?(?:${GROUP_TARGET}|${REVILED}|${DEHUMAN}|${PERSON_NOUN}))\b`,
    0.75,
    'wish of death or harm',
    gate(
      'hurricane flood earthquake tsunami tornado wildfire fire plague pandemic virus storm volcano meteor asteroid avalanche mudslide',
    ),
  ),
  rule(
    String.raw`\b(?:(?:a\s+few|some|more|a\s+couple(?:\s+(?:of|more))?|a\s+lot\s+more|lots\s+more|plenty\s+of|a\s+bunch\s+of|a\s+dozen)\s+dead\s+(?:[a-z'-]+\s+)?(?:${GROUP_TARGET}|${REVILED}|${DEHUMAN}|${PERSON_NOUN})\s+(?:would|will|could|might)\s+(?:really\s+|certainly\s+|sure\s+)?(?:do\s+(?:wonders|the\s+trick|some\s+good|a\s+world\s+of\s+good)|fix|solve|help|improve|clean\s+(?:up\s+)?(?:this|the|our)|go\s+a\s+long\s+way|make\s+(?:this|the|our|america|things|everything)\s+(?:[a-z]+\s+)?(?:better|great|safer)|be\s+(?:a\s+(?:good\s+|great\s+|nice\s+)?start|good|great|nice|an\s+improvement|a\s+blessing))|(?:needs?|could\s+use|would\s+benefit\s+from|is\s+asking\s+for)\s+(?:a\s+few|some|more|a\s+couple(?:\s+of)?|a\s+lot\s+more|lots\s+of|plenty\s+of|a\s+bunch\s+of)\s+dead\s+(?:[a-z'-]+\s+)?(?:${GROUP_TARGET}|${REVILED}|${DEHUMAN}|${PERSON_NOUN}))\b`,
    0.75,
    'call for violence',
    gate('dead'),
  ),
  rule(
    String.raw`\b(?:load(?:\s+up)?|reload|grab|arm\s+yourselves\s+with|pick\s+up|take\s+up)\s+(?:your|ur|our|the)\s+(?:magazines|mags|guns|rifles|weapons|arms|ar-?15s|shotguns|pistols|pitchforks)\b(?=[^.!?\n]*\b(?:take\s+back|war|no\s+mercy|hunt\s+(?:them|down|these|those|every)|clean\s+house|they'?re\s+coming|(?:these|those|the|every|all\s+the)\s+(?:[a-z'-]+\s+)?(?:${GROUP_TARGET}|${DEHUMAN}|${REVILED}|vermin|rats|cockroaches))\b)`,
    0.7,
    'call for violence',
    gate('magazines mags guns rifles weapons arms ar15s ar-15s shotguns pistols pitchforks'),
    {
      unless:
        /\b(?:deer|elk|duck|hunting\s+(?:season|trip|license)|range|safe|lock\s*box|buyback|registered|register|season\s+opens|tags?|class|course|competition|museum|reenact\w*|movie|game|fortnite|call\s+of\s+duty|xbox|playstation)\b/,
    },
  ),
  rule(
    String.raw`\b(?:clean(?:ing)?\s+house|settl(?:e|ing)\s+(?:this|it|things|the\s+score|scores|them)|sort(?:ing)?\s+(?:this|it|them|things)\s+out|deal(?:ing)?\s+with\s+(?:them|em|'em|these|those|the\s+[a-z'-]+)|tak(?:e|ing)\s+(?:it|this|our\s+[a-z]+)\s+back|handl(?:e|ing)\s+(?:this|them|it)|finish(?:ing)?\s+(?:this|it|them))\s+with\s+(?:our\s+|my\s+|the\s+|some\s+|a\s+few\s+)?(?:rifles|guns|bullets|lead|ropes?|nooses|pitchforks|torches|machetes|ar-?15s|ammo)\b`,
    0.7,
    'call for violence',
    gate(
      'rifles guns bullets lead rope ropes nooses pitchforks torches machetes ar15s ar-15s ammo',
    ),
    {
      unless:
        /\b(?:can'?t|cannot|don'?t|never|shouldn'?t|won'?t|not|no\s+one|nobody|movie|film|western|show|game|history|museum|range|hunting|deer)\b/,
    },
  ),
  rule(
    String.raw`(?:^|[.!?;:\n]\s*|\b(?:we|someone|somebody|they|you|government|feds|congress|trump|biden)\s+(?:should|must|need\s+to|ought\s+to|oughta|gotta)\s+|\b(?:time\s+to|let'?s|i\s+say\s+we)\s+)(?:just\s+)?(?:put|place|set|offer|post)\s+(?:a\s+)?(?:bounty|price|reward)\s+on\s+(?:every|each|their|his|her|your|the|those|these|all)\s+(?:[a-z'-]+\s+){0,3}?heads?\b`,
    0.75,
    'call for violence',
    gate('bounty price reward'),
  ),
  // Round 117 (groups named bare, as functional test suites name them: "I will rape women", "I
  // am going to hurt black people as soon as I get the chance", "I want to see Muslims suffer",
  // "I'll make trans people bleed", "beat gay people until they stop breathing"). The hurting
  // verbs only with "I": "we will hurt immigrants" is said of policies too.
  rule(
    String.raw`${FIRST_PERSON}\s+(?:kill|murder|shoot|stab|rape|lynch|hang|behead|decapitate|slaughter|butcher|exterminate|gas|massacre|execute|torture|strangle|choke|drown|burn|bomb|gun\s+down|mow\s+down|beat\s+up|curb[\s-]?stomp|maim|mutilate|castrate|poison|run\s+over|knife|shank|assassinate|skin)\s+${BARE_GROUP}\b${NOT_VIOLENT_AFTER}`,
    0.85,
    'threat of violence',
    gate(
      'kill murder shoot stab rape lynch hang behead decapitate slaughter butcher exterminate gas massacre execute torture strangle choke drown burn bomb gun mow beat curb-stomp curbstomp curb maim mutilate castrate poison run knife shank assassinate skin',
    ),
  ),
  rule(
    String.raw`\b(?:i'?ll|i\s+will|i'?m\s+(?:gonna|going\s+to)|im\s+(?:gonna|going\s+to)|i\s+am\s+(?:gonna|going\s+to)|imma|i'?ma|i\s+(?:want|plan|intend|mean)\s+to|i\s+wanna)\s+(?:(?:really|personally|physically)\s+)?(?:hurt|harm|attack|assault|beat\s+up|punch|hit|go\s+after)\s+${BARE_GROUP}\b${NOT_VIOLENT_AFTER}`,
    0.8,
    'threat of violence',
    gate('hurt harm attack assault beat punch hit after'),
    {
      unless:
        /\b(?:polic(?:y|ies)|bill|law|laws|vote|votes|budget|tax|taxes|cuts?|programs?|ordinance|economy|wages|prices|jobs|chances|feelings|pride|ego|business|sales|market|reputation|campaign|argument|article|essay|speech|debate|with\s+(?:facts|words|logic|arguments|kindness))\b/,
    },
  ),
  rule(
    String.raw`\b(?:i|we)\s+(?:really\s+)?(?:want|wanna|would\s+love|'d\s+love|long|hope|can'?t\s+wait|pray|would\s+pay)\s+(?:to\s+)?(?:see|watch)\s+(?:the\s+|those\s+|these\s+)?${BARE_GROUP}\s+(?:suffer|bleed|die(?!\s+(?:of\s+old\s+age|old|in\s+peace|peacefully|happy|happily|in\s+(?:their|his|her)\s+(?:sleep|beds?)|laughing|rich))|burn|hang|scream|choke|drown|rot|writhe|beg\s+for\s+(?:mercy|death|their\s+lives)|get\s+(?:killed|shot|hanged|hung|lynched|gassed|burned|slaughtered|beaten|raped|stabbed|massacred)|be\s+(?:killed|shot|hanged|hung|lynched|gassed|burned|slaughtered|beaten|raped|stabbed|exterminated|massacred|wiped\s+out))\b`,
    0.8,
    'wish of death or harm',
    gate(
      'suffer bleed die burn hang scream choke drown rot writhe beg killed shot hanged hung lynched gassed burned slaughtered beaten raped stabbed exterminated massacred wiped',
    ),
    { unless: new RegExp(ELECTORAL) },
  ),
  rule(
    String.raw`${FIRST_PERSON}\s+make\s+(?:the\s+|those\s+|these\s+)?${BARE_GROUP}\s+(?:bleed|suffer|scream|beg\s+for\s+(?:mercy|death|their\s+lives))\b(?!\s+(?:with|in|for)\s+(?:laughter|joy|delight|excitement|glee|fun|happiness))|${FIRST_PERSON}\s+(?:beat|stomp|kick|choke|strangle|stab|punch|hit)\s+(?:the\s+|those\s+|these\s+)?${BARE_GROUP}\s+(?:until|till|til|'til)\s+(?:they|he|she)\s+(?:stop|stops|can'?t|cannot|die|dies|bleed|bleeds|are\s+dead|is\s+dead)\b`,
    0.8,
    'threat of violence',
    gate('bleed suffer scream beg until till til'),
    {
      unless:
        /\b(?:polic(?:y|ies)|bill|law|laws|vote|votes|budget|tax|taxes|cuts?|programs?|ordinance|prices|rent|fees?)\b/,
    },
  ),
  // Round 117, threats to a person (14/20 on first contact): where the body will be ("I'll bury
  // you in your own backyard", "they'll be fishing you out of the river"); the deadline before
  // someone comes ("you've got till Friday before I come for you") widened an older rule.
  rule(
    String.raw`${FIRST_PERSON}\s+bury\s+(?:you|u|ya|him|her|them|em|'em)\s+(?:alive\s+)?(?:in|under)\s+(?:your|ur|his|her|their|the|a|my)\s+(?:own\s+)?(?:backyard|back\s+yard|yard|ground|desert|woods|basement|garden|crawl\s*space|shallow\s+grave|grave|field|concrete|cornfield|swamp)\b`,
    0.8,
    'threat of violence',
    gate('bury'),
    { unless: PLANTING },
  ),
  rule(
    String.raw`\b(?:they'?ll|they\s+will|they'?re\s+gonna|someone'?ll|somebody'?ll|someone\s+will|somebody\s+will|(?:the\s+)?(?:cops|police|divers|coast\s+guard)\s+will)\s+be\s+(?:fishing|pulling|dragging|dredging)\s+(?:you|u|ya|him|her|them|your\s+(?:body|remains|corpse)|what'?s\s+left\s+of\s+(?:you|him|her|them))\s+(?:out\s+of|off|from|up\s+from|up\s+off)\s+(?:the|a)\s+(?:river|lake|bay|harbou?r|canal|ditch|bottom|dumpster|quarry)\b`,
    0.75,
    'intimidation',
    gate('fishing pulling dragging dredging'),
    {
      // A warning of what danger does: "swim there drunk and they'll be fishing you out of the
      // lake".
      notAfterIf: true,
      unless:
        /\b(?:helmet|seat\s*belts?|drunk|drinking|speed\w*|ice|icy|thin\s+ice|current|rip\s+tide|life\s*jackets?|swim\w*|kayak\w*|boat\w*|careful|be\s+safe)\b/,
    },
  ),
  // Round 117, more templates (153/175 on first contact): a call by anyone ("someone needs to
  // poison …"), throats cut, homes set on fire, "as many … as possible", "I will not rest until
  // … are dead", "make sure … are wiped out", each with a group named bare.
  rule(
    String.raw`${CALLER}\s+(?:kill|murder|shoot|stab|rape|lynch|hang|behead|slaughter|butcher|exterminate|gas|massacre|execute|torture|strangle|drown|burn|bomb|gun\s+down|mow\s+down|poison|castrate|eradicate|wipe\s+out)\s+${BARE_GROUP}\b${NOT_VIOLENT_AFTER}|${CALLER}\s+(?:cut|slit|slice|snap|break|crush|smash|cave\s+in)\s+the\s+(?:throats?|necks?|skulls?|heads?|spines?)\s+of\s+(?:the\s+|those\s+|these\s+)?${BARE_GROUP}|${CALLER}\s+(?:set\s+fire\s+to|burn\s+down|torch|firebomb|bomb|blow\s+up)\s+(?:the|every|all\s+the)\s+(?:homes|houses|churches|mosques|synagogues|temples|schools|shops|businesses|bars|clubs|clinics|neighbou?rhoods)\s+of\s+${BARE_GROUP}|${CALLER}\s+(?:kill|murder|shoot|stab|hurt|slaughter)\s+as\s+many\s+${BARE_GROUP}\s+as\s+(?:possible|(?:i|we)\s+can)\b`,
    0.8,
    'call for violence',
    gate(
      'kill murder shoot stab rape lynch hang behead slaughter butcher exterminate gas massacre execute torture strangle drown burn bomb gun mow poison castrate eradicate wipe throat throats neck necks skull skulls head heads spine spines fire torch firebomb blow many',
    ),
  ),
  rule(
    String.raw`\b(?:i|we)\s+(?:will|'ll|won'?t|shall|can'?t|cannot)\s+(?:not\s+|never\s+)?rest\s+(?:until|till|til)\s+(?:every\s+(?:last\s+|single\s+)?one\s+of\s+(?:them|those|these|the)\s+[a-z'-]+\s+|(?:the|those|these|all\s+(?:the\s+)?)\s*)?${BARE_GROUP}\s+(?:are|is)\s+(?:all\s+)?(?:dead|wiped\s+out|exterminated|extinct|in\s+(?:the|their)\s+graves?|six\s+feet\s+under|gone\s+from\s+this\s+earth)\b|${FIRST_PERSON}\s+(?:make\s+sure|see\s+to\s+it|ensure)\s+(?:that\s+)?(?:the\s+|those\s+|these\s+)?${BARE_GROUP}\s+(?:are|is|get|gets)\s+(?:all\s+)?(?:wiped\s+out|exterminated|eradicated|killed|dead|slaughtered|gassed|hanged|lynched|burned|shot|massacred)\b`,
    0.8,
    'call for violence',
    gate(
      'dead wiped exterminated extinct grave graves six gone eradicated killed slaughtered gassed hanged lynched burned shot massacred',
    ),
  ),
  // Round 120: 200 threats composed from 15 callers ("I'll", "I can't wait to", "somebody needs
  // to", "people ought to", "y'all need to"), 20 verbs, 20 people and 10 tails (seeded), 152 of
  // 200 on first contact: "slap" and "cut" were no violent verbs of the rules, "break the jaw
  // of", "smash the face of" no shape, and callers other than "I" and "we" were read for few
  // verbs. Not "cut him some slack", "cut her off", "slap a sticker on it".
  rule(
    String.raw`${CALLER}\s+(?:kill|murder|shoot|stab|strangle|choke|behead|lynch|hang|execute|slaughter|butcher|rape|slit|gut|knife|snipe|assassinate|punch|slap|smack|pistol[\s-]?whip|curb[\s-]?stomp|run\s+over|torch|beat\s+up|shank|bludgeon|maim|cripple|mutilate|torture|drown|poison|smother|suffocate|gun\s+down|mow\s+down|cut(?!\s+(?:${PERSON}\s+)?(?:off|in|out|loose|slack|some|a\s+check|a\s+break|a\s+deal|down|short|corners|ties|class|school|across|free|open|back|the\s+(?:line|cake|grass|lawn|hair)|their\s+(?:hair|grass|lawn)|(?:a|some)\s+slack)\b))\s+(?:${PERSON}|${KILLED})\b${NOT_VIOLENT_AFTER}(?!\s+(?:(?:a|some)\s+slack|off|in\s+on|out\s+of\s+the|down\s+to\s+size|some\s+slack|loose|free|a\s+check)\b)|${CALLER}\s+(?:break|smash|bust|crack|cave\s+in|rip\s+off|cut\s+off|knock\s+out|shatter)\s+the\s+(?:jaws?|faces?|skulls?|heads?|teeth|noses?|necks?|legs?|arms?|kneecaps?|ribs|spines?)\s+of\s+(?:${PERSON}|${KILLED})\b`,
    0.8,
    'threat of violence',
    gate(
      'kill murder shoot stab strangle choke behead lynch hang execute slaughter butcher rape slit gut knife snipe assassinate punch slap smack pistol pistol-whip pistolwhip curb curb-stomp curbstomp run torch beat shank bludgeon maim cripple mutilate torture drown poison smother suffocate gun mow cut break smash bust crack cave rip knock shatter',
    ),
    {
      unless:
        /\b(?:sticker|stickers|paint|label|price\s+tag|coat\s+of|high[\s-]five|hands\s+with|a\s+fine|fines|ticket|tickets|lawsuit|sue|budget|tax|taxes|funding|salary|salaries|pay|pension|overtime)\b/,
    },
  ),
  // Round 121: 150 threats composed from 10 callers and 25 street words for a beating or a
  // killing ("put hands on", "air … out", "wet … up", "put … on a t-shirt", "run up on", "leave
  // … leaking", "give … a beatdown"), 41 of 150 on first contact. Each only with a person as its
  // object, and without the words' other senses: "drop him off", "jump the chief's car", "lay
  // out the plan", "put the baby to sleep".
  rule(
    String.raw`${CALLER}\s+(?:(?:put|lay)\s+hands\s+on\s+(?:${PERSON}|${KILLED})(?!\s+(?:and\s+pray|in\s+prayer|to\s+pray|for\s+(?:healing|prayer)))|(?:swing|run\s+up)\s+on\s+(?:${PERSON}|${KILLED})|(?:pop|punch|sock|slug|deck|clock|bust)\s+(?:${PERSON}|${KILLED})\s+(?:right\s+)?(?:in|on)\s+(?:the|his|her|their|your|ur)\s+(?:mouth|face|jaw|nose|eye|teeth|head|grill)|(?:rough|beat|whoop|whup|stomp|wet|light|air|fold|lay|split|bust|cut|open|carve|set|shoot|tear)\s+(?:${PERSON}|${KILLED})\s+(?:up|out|open)\b(?!\s+(?:on\s+(?:social|twitter|facebook|the\s+(?:internet|timeline|comments|news))|in\s+(?:the\s+|my\s+|a\s+)?(?:comments|replies|reviews|press|polls|debate|chat|group\s+chat|thread|post|video)|with\s+(?:questions|calls|emails|likes|compliments|praise|love|gifts)|of\s+(?:the\s+)?(?:race|primary|election|office|contest|tournament|playoffs|bracket)))|knock\s+(?:${PERSON}|${KILLED})\s+(?:out\s+cold|unconscious|senseless|into\s+next\s+week|(?:out|off)\s+(?:his|her|their|your)\s+(?:feet|chair))|give\s+(?:${PERSON}|${KILLED})\s+(?:a|an|the)\s+(?:(?:good|real|proper|serious)\s+)?(?:beatdown|beat-down|beating|whooping|whupping|ass[\s-]?whooping|ass[\s-]?kicking|black\s+eye|fat\s+lip|broken\s+(?:nose|jaw|arm|leg))|beat\s+the\s+(?:brakes|breaks|dog\s+shit|shit|hell|snot)\s+(?:off|out\s+of)\s+(?:${PERSON}|${KILLED})|leave\s+(?:${PERSON}|${KILLED})\s+(?:leaking|bleeding|twitching|stinking|in\s+a\s+puddle)|put\s+(?:${PERSON}|${KILLED})\s+(?:on\s+a\s+(?:t-?shirt|shirt|candle|poster)|to\s+sleep\s+(?:for\s+good|permanently|forever|for\s+keeps)|in\s+(?:the\s+)?(?:dirt|icu|morgue|grave|ground|box)|six\s+feet\s+(?:under|deep))|send\s+(?:${PERSON}|${KILLED})\s+to\s+(?:the\s+)?(?:icu|morgue|grave|cemetery|afterlife|next\s+life|meet\s+(?:his|her|their|your)\s+maker)|(?:smoke|body|clap|slump|merk|murk)\s+(?:${PERSON}|${KILLED})(?=\s*(?:[.!,;]|$|\s+(?:on\s+sight|tonight|today|tomorrow|soon|quick|fast|for\s+good|first|next|when|the\s+(?:next|second|moment|minute))\b))|(?:air|light|wet|shoot)\s+(?:${PERSON}|${KILLED})\s+(?:up|out)(?=\s*(?:[.!,;]|$))|jump\s+(?:${PERSON}|${KILLED})(?!['’])(?!\s+(?:start|a\s+start|in\s+line|the\s+line|the\s+queue|ahead|through\s+hoops)\b)|teach\s+(?:${PERSON}|${KILLED})\s+a\s+lesson\s+(?:they|he|she|you|u|y'?all)\s+(?:won'?t|will\s+never|ain'?t\s+gonna|wont)\s+(?:ever\s+)?forget)`,
    0.8,
    'threat of violence',
    gate(
      'hands swing run pop punch sock slug deck clock bust rough beat whoop whup stomp wet light air fold lay split cut open carve set shoot tear knock give leave put send smoke body clap slump merk murk jump teach',
    ),
    {
      unless:
        /\b(?:jump[\s-]?start|battery|cables|car\s+wash|photos?|pictures?|portraits?|headshots?|class(?:room)?|students|pray(?:er|ing)?|bless\w*|heal\w*|massage|tattoo|baby|toddler|kids|children|grandkids|puppy|dog|nap|bedtime|pool|trampoline|lake|river|waves?|rope|hurdles?|bulbs?|seeds?|seedlings?|plants?|tulips?|daffodils?|garden\w*|trees?|saplings?|posts?|fence\w*|shrubs?|bushes|frost|soil|compost|shirts?\s+for\s+(?:the|our)\s+(?:team|fundraiser|event|walk|run|drive)|memorial\s+(?:shirt|walk|run))\b/,
    },
  ),
  // Round 122: 150 veiled menaces composed from 25 stock lines, 10 ways of addressing someone
  // and 7 endings, 57 of 150 on first contact. Most of the lines missed are said kindly too
  // ("I'd hate for something to happen to your kids" of an icy road, "see you soon"), so they
  // count as menace only said to someone by name or title in the same sentence ("Chief, …",
  // "…, snitch") and with no word of the weather, illness or crime they warn of; three are
  // menace however said ("accidents happen to people like you").
  rule(
    String.raw`(?:(?:^|[.!?\n]\s*)${VOCATIVE}\s*[,:]\s*|(?=[^.!?\n]*,\s*${VOCATIVE}\s*(?:[.!?\n]|$|\s+(?:and\s+that'?s\s+a\s+promise|just\s+saying|think\s+about\s+it|remember\s+that)\b)))(?:i'?d\s+hate\s+for\s+(?:something|anything|somethin)\s+(?:bad\s+)?to\s+happen\s+to\s+(?:your|ur)\s+(?:kids|family|wife|husband|daughter|son|children|house|home|car|dog|mom|mother)|(?:i\s+)?hope\s+(?:your|ur)\s+(?:life\s+)?insurance\s+(?:is\s+paid\s+up|is\s+up\s+to\s+date|covers\s+(?:that|this|a\s+lot|everything))|(?:your|ur)\s+(?:family|kids|wife|husband|children|house|home)\s+(?:isn'?t|is\s+not|aren'?t|are\s+not|won'?t\s+be|will\s+not\s+be|ain'?t)\s+safe\b|(?:your|ur)\s+number(?:'s|\s+is)\s+up|(?:you'?re|you\s+are|ur)\s+(?:living\s+)?on\s+borrowed\s+time|things\s+(?:are|is)\s+(?:about|going)\s+to\s+get\s+(?:very\s+|really\s+|real\s+)?(?:bad|ugly|painful)\s+for\s+(?:you|u)|i'?d\s+be\s+(?:real\s+|very\s+)?careful\s+walking\s+to\s+(?:your|ur)\s+(?:car|truck|cruiser)|nobody\s+(?:will|'ll)\s+(?:ever\s+)?find\s+(?:you|u|the\s+body)|tick\s*,?\s*tock|see\s+(?:you|u|ya)\s+soon,?\s+real\s+soon|(?:you'?ve|you\s+have)\s+been\s+warned\s+for\s+the\s+last\s+time(?=\s*(?:[.!?,\n]|$))|this\s+(?:won'?t|will\s+not|ain'?t\s+gonna)\s+end\s+well\s+for\s+(?:you|u)(?!\s+(?:if|unless|when)\b)|we\s+know\s+(?:your|ur)\s+(?:schedule|shift|routine|route)(?=\s*(?:[.!?,\n]|$)))`,
    0.7,
    'intimidation',
    gate(
      'hate insurance safe number borrowed things careful find tick tock ticktock soon warned end know',
    ),
    {
      notAfterIf: true,
      unless:
        /\b(?:ice|icy|snow|storm|hurricane|flood|weather|roads?|flu|covid|virus|sick|illness|cancer|doctor|hospital|surgery|break-?ins?|burglar\w*|thie(?:f|ves)|theft|crime\s+wave|scam\w*|fraud|deadline|permit|application|ballot|election|vote|polls?|term|retire\w*|lottery|deli|order|pickup|raffle|ticket|bingo|dentist|appointment|flight|vacation|party|dinner|game|match|season|playoffs|wedding|birthday|congrat\w*|love|miss\s+you|can'?t\s+wait|excited)\b/,
    },
  ),
  rule(
    String.raw`\baccidents\s+(?:happen|tend\s+to\s+happen|have\s+a\s+way\s+of\s+happening)\s+to\s+(?:people|folks|guys|cops|snitches|rats)\s+like\s+(?:you|u|him|her|them)\b(?!\s+(?:who|that|when|if)\b)|\b(?:your|ur|his|her)\s+(?:wife|daughter|girlfriend|sister|mom|kids?|son)\s+(?:is|are)\s+(?:very\s+|real\s+|so\s+)?(?:pretty|cute|beautiful|sweet|lovely)\b[^.!?\n]{0,20}?\b(?:it\s+)?(?:would|'d)\s+be\s+(?:a\s+)?(?:real\s+)?(?:shame|pity)\b|\b(?:you|u)\s+(?:picked|chose|messed\s+with|crossed)\s+the\s+wrong\s+(?:guy|person|man|dude|one|family|people|crew|neighbor|neighbour)\s+to\s+(?:cross|mess\s+with|fuck\s+with|screw\s+over|snitch\s+on|rat\s+out|lie\s+to)\b`,
    0.75,
    'intimidation',
    gate('accidents shame pity wrong'),
    {
      unless:
        /\b(?:ice|icy|roads?|drunk|speed\w*|seat\s*belts?|helmets?|texting|text\s+and\s+drive|phones?|lawyers?|attorneys?|sue|suing|court|lawsuit|legal|careless|reckless|game|match|opponent|team|poker|chess|trivia|debate|argument)\b/,
    },
  ),
  // Round 124: 180 threats composed as questions and dares ("do you want to get shot?", "wanna
  // end up in a ditch?", "how about I break your legs?", "want me to put a bullet in your
  // head?", "step outside and see how long you last"), 27 of 180 on first contact, most of
  // those only for a tail ("I know where you park"): a question was read as asking, not
  // threatening. The harm asked after is the addressee's own, in words only violence uses; the
  // words other senses share ("be next", "disappear", "bleed", "get hurt") only with a menace in
  // the same comment. Not a warning of a danger ("do you want to die? stop texting and
  // driving"), not "do you want to die on this hill", "wanna get shot of that couch".
  rule(
    String.raw`(?:^|[.!?\n]\s*|,\s*)(?:(?:do|d|does)\s+)?(?:(?:you|u|ya|y'?all)\s+(?:really\s+)?(?:want|wanna|wana)(?:\s+to)?|wanna|(?:would|'d)\s+(?:you|u)\s+like\s+to|how\s+(?:would|'d)\s+(?:you|u)\s+like\s+to|how'd\s+(?:you|u)\s+like\s+to|(?:are\s+)?(?:you|u)\s+(?:trying|tryna|tryin)(?:\s+to)?|is\s+it\s+that\s+(?:you|u)\s+want\s+to)\s+(?:die(?!\s+(?:on|of|from|laughing|happy|alone|old|in\s+(?:peace|your\s+sleep|bed)|rich|poor|young|trying|for|with)\b)|get\s+(?:shot|stabbed|killed|murdered|beaten(?:\s+up)?|beat\s+up|jumped|smoked|capped|popped|merked|shanked|curb[\s-]?stomped|knocked\s+out|run\s+over|lit\s+up|(?:your|ur)\s+(?:ass\s+)?(?:kicked|beat|whooped)|${BODY_HARMED}\s+(?:broken|broke|cracked|caved\s+in|knocked\s+(?:out|in)|slit|cut|smashed|bashed\s+in|blown\s+off|snapped|ripped\s+out)|(?:your|ur)\s+(?:house|car|home|place|truck)\s+(?:burned|burnt|torched|shot\s+up)(?:\s+down)?)|have\s+${BODY_HARMED}\s+(?:broken|cracked|caved\s+in|knocked\s+(?:out|in)|slit|smashed|bashed\s+in|blown\s+off|snapped)|end\s+up\s+(?:in\s+(?:a|the)\s+(?:ditch|hospital|morgue|body\s+bag|box|coffin|casket|grave|trunk|river|icu|wheelchair)|dead)|catch\s+(?:a|these)\s+(?:bullet|hot\s+one|beating|beatdown)|eat\s+(?:a\s+)?(?:bullet|lead|curb)|meet\s+my\s+(?:fist|knife|gun|bat|glock|blade|fists)|wake\s+up\s+in\s+(?:a|the)\s+(?:trunk|ditch|hospital|body\s+bag|morgue|icu)|leave\s+(?:here\s+)?in\s+(?:a|an)\s+(?:body\s+bag|box|coffin|ambulance|stretcher)|find\s+out\s+what\s+(?:a|my)\s+(?:bat|knife|bullet|gun|fist|blade|crowbar|glock)\s+(?:feels|tastes)\s+like|lose\s+(?:your|ur)\s+(?:teeth|kneecaps|fingers|eyes|life)|(?:be\s+next|disappear|bleed|get\s+hurt|end\s+up\s+like\s+(?:him|her|them|that\s+guy|the\s+last\s+guy))(?=\s*(?:[?!.,]|$)|\s+(?:tonight|today|too|punk|bitch)\b)(?=[^\n]*\b(?:punk|bitch|pig|snitch|rat|tough\s+guy|keep\s+(?:talking|it\s+up|running\s+your\s+mouth|pushing)|say\s+(?:one\s+more|another)\s+word|try\s+me|(?:i|we)\s+know\s+where\s+(?:you|u)\s+(?:live|park|sleep|work)|that'?s\s+where\s+this\s+is\s+(?:going|headed))\b))(?=\s*(?:[?!.,]|$)|\s+(?:tonight|today|tomorrow|after\s+(?:work|school)|this\s+week(?:end)?|right\s+now|too|punk|bitch|or\s+what|like\s+(?:him|her|them))\b)`,
    0.75,
    'threat of violence',
    gate(
      'die shot stabbed killed murdered beaten beat jumped smoked capped popped merked shanked curb curb-stomped curbstomped knocked run lit kicked whooped broken broke cracked caved slit cut smashed bashed blown snapped ripped burned burnt torched end catch eat meet wake leave find lose next disappear bleed hurt',
    ),
    {
      asks: true,
      unless: new RegExp(
        String.raw`\b(?:${DANGER}|roads?|traffic|slow\s+down|stay\s+safe|be\s+safe|careful|speed\w*|smok\w*|vap\w*|cigarettes?|junk\s+food|doctor|cholesterol|sunscreen|harness|spotter|flu\s+shot|vaccin\w*|leg\s+day|crosswalks?|intersections?|sidewalks?|jaywalk\w*|bike\w*|cyclists?|pedestrians?|comply\w*|waistband|reach(?:ing)?\s+for|hands\s+(?:up|visible|on\s+the\s+wheel)|injur\w*|ankles?|knees?|sprain\w*|fractur\w*|rest\s+(?:that|your|ur)|toy\s+guns?|that'?s\s+how\s+(?:kids|people|you|folks|drivers|teens)\s+(?:die|get)|then\s+(?:don'?t|do\s+not|stop|point|go\s+ahead\s+and\s+(?:text|speed|drink|skip)))\b`,
      ),
    },
  ),
  rule(
    String.raw`(?:^|[.!?\n]\s*|,\s*)(?:(?:how|what)\s+about\s+(?:if\s+)?(?:i|we)|what\s+if\s+(?:i|we)|maybe\s+(?:i|we)\s+should|(?:should|shall)\s+(?:i|we)|(?:(?:do\s+)?(?:you|u|ya)\s+)?(?:want|wanna)\s+(?:me|us)\s+to|(?:you\s+|u\s+)?wanna\s+see\s+(?:me|us)|how\s+(?:would|'d)\s+(?:you|u)\s+like\s+(?:it\s+)?if\s+(?:i|we)|how'd\s+(?:you|u)\s+like\s+(?:it\s+)?if\s+(?:i|we))(?:\s+(?:just|finally|go\s+ahead\s+and|come\s+over\s+and|come\s+(?:over\s+)?to\s+(?:your|ur)\s+(?:house|place|work|job|home)\s+and|come\s+by\s+and|show\s+up\s+and))?\s+(?:${HARD_VERB}\s+(?:you|u|ya|y'?all|your\s+(?:family|kids|wife|husband|son|daughter|mom|mother))\b${NOT_VIOLENT_AFTER}|(?:break|snap|crack|cave(?:\s+in)?|bash(?:\s+in)?|smash|bust|knock(?:\s+out)?|kick|slit|cut)\s+${BODY_HARMED}|run\s+(?:you|u)\s+(?:over|down)(?=\s*(?:[?!.,]|$)|\s+(?:with|tonight|in\s+(?:the|my)\s+(?:parking\s+lot|street|truck|car))\b)|run\s+over\s+(?:you|u)\b|put\s+(?:a\s+|one\s+)?(?:bullet|slug|round|cap|knife|blade|hole)\s+(?:in|through)\s+(?:you|u|(?:your|ur)\s+(?:head|skull|face|chest|heart|brain|back|gut|belly|knee|neck))|burn\s+(?:your|ur)\s+(?:house|home|place|car|truck)\s+down|burn\s+down\s+(?:your|ur)\s+(?:house|home|place)|set\s+(?:your|ur)\s+(?:house|car|home|truck)\s+on\s+fire|put\s+(?:you|u)\s+in\s+(?:the\s+(?:ground|hospital|icu|morgue)\b(?!\s+(?:bed|room|wing|ward|gown|lobby|parking|van|car))|a\s+(?:wheelchair|box|coffin|grave|body\s+bag))|put\s+(?:you|u)\s+six\s+feet\s+under|bury\s+(?:you|u)(?!\s+in\s+(?:paperwork|work|emails|questions|compliments|love|gifts|snow|sand|leaves))|(?:end|gut|drown|strangle)\s+(?:you|u)(?=\s*(?:[?!.,]|$)|\s+(?:in\s+(?:the|a|your|ur|my)\s+(?:lake|river|pool|tub|bathtub|ocean|creek|pond|sleep|bed|alley|parking\s+lot|woods)|with|tonight|today|right|like|slowly|after)\b)|snap\s+(?:your|ur)\s+neck|beat\s+(?:you|u)\s+(?:senseless|bloody|to\s+death|half\s+to\s+death|within\s+an\s+inch|black\s+and\s+blue|to\s+a\s+pulp|unconscious))`,
    0.75,
    'threat of violence',
    gate(
      'kill murder shoot stab cripple maim disfigure slice carve cut strangle choke behead decapitate hang lynch execute slaughter butcher rape slit gut hurt harm attack assault knife snipe assassinate punch run pistol curb exterminate eradicate purge wipe gun mow torture mutilate dismember disembowel castrate bludgeon shank beat burn bury skin set drown poison suffocate smother electrocute break snap crack cave bash smash bust knock kick put end',
    ),
    {
      asks: true,
      unless:
        /\b(?:water\s*(?:guns?|balloons?|pistols?)|nerf|paintball|airsoft|laser\s*tag|snowballs?|cameras?|photos?|pictures?|portraits?|headshots?|hypothetical\w*|scenario|self[\s-]defen[cs]e|legally|legal|lawful|justified|stand\s+your\s+ground|castle\s+doctrine|game|chess|poker|match|tournament|debate|argument|trivia|race|arm\s+wrestl\w*|chiropract\w*|massage|adjust\w*|stretch\w*|physio\w*)\b/,
    },
  ),
  rule(
    String.raw`\band\s+(?:see|find\s+out|watch)\s+(?:if|whether)\s+(?:you|u)\s+(?:can\s+still\s+(?:walk|breathe|stand|see|talk)|(?:make\s+it|get|walk|go)\s+home|(?:leave|walk\s+out|get\s+out)\s+(?:of\s+(?:here|there)\s+)?(?:breathing|alive|in\s+one\s+piece|on\s+your\s+own\s+(?:two\s+)?feet)|live|survive|wake\s+up)(?=\s*(?:[.!?,;]|$)|\s+(?:tomorrow|tonight|alive|in\s+one\s+piece)\b)|\band\s+(?:see|find\s+out|watch)\s+how\s+(?:fast|quick(?:ly)?|long|soon)\s+(?:you|u)\s+(?:bleed|end\s+up\s+in\s+a\s+(?:box|coffin|ditch|hospital|body\s+bag|grave)|hit\s+the\s+(?:ground|floor|pavement)|stop\s+breathing)\b|\bstep\s+outside\s+and\s+(?:see|find\s+out)\s+how\s+long\s+(?:you|u)\s+last\b|\band\s+(?:see|find\s+out|watch)\s+what\s+(?:we|i)\s+(?:do|'ll\s+do|will\s+do|would\s+do|are\s+gonna\s+do|'re\s+gonna\s+do|do\s+to\s+people\s+like\s+you)\s+to\s+(?:you|u|people\s+like\s+(?:you|u)|snitches|rats)\b`,
    0.75,
    'threat of violence',
    gate('see find watch'),
    {
      unless:
        /\b(?:marathon|workout|gym|hike|hiking|leg\s+day|squats?|lifting|race|5k|10k|run|running|cycling|training|practice|stairs|yoga|class|burritos?|challenge|eat|eating|menu|spicy|peppers?|wings|hot\s+sauce|ride|roller\s*coaster|game|level|boss|doctor|surgery|recovery|vaccine|shot|flu|meds?|medication|therapy|rehab)\b/,
    },
  ),
  // Round 125: 160 threats composed from 20 ways of saying the speaker has found the reader ("I
  // traced your IP", "found out where you work", "I have pictures of your front door", "I know
  // you live alone") and 20 menaces after it ("expect a visit", "sleep tight", "hope your doors
  // are strong", "you should move"), 96 of 160 on first contact. Either half alone is said kindly
  // or idly ("I looked you up", "see you soon"); together they are intimidation. Not among
  // neighbours and friends ("from the RSVP", "we carpool with her").
  rule(
    String.raw`(?:\b(?:i|we)(?:'ve|\s+have|\s+just|\s+finally)?\s+(?:traced|tracked\s+down|found|pulled|got|ran|have)\s+(?:your|ur)\s+(?:ip(?:\s+address)?|address|home\s+address|plates?|license\s+plates?|tags|phone\s+number|location|work\s+address)|\b(?:i|we)(?:'ve|\s+have|\s+just)?\s+(?:found\s+out|know|figured\s+out|learned)\s+where\s+(?:you|u)\s+(?:work|park|shop|train|go\s+to\s+church|get\s+coffee|drop\s+(?:your|ur)\s+kids)|(?:^|[.!?,\n]\s*)found\s+out\s+where\s+(?:you|u)\s+(?:work|live|park|sleep)|\b(?:i|we)(?:'ve|\s+have|\s+just)?\s+looked\s+(?:you|u)\s+up|\b(?:i|we)\s+(?:know|found\s+out)\s+(?:you|u)\s+live\s+alone|\b(?:i|we)(?:'ve|\s+have)?\s+(?:have|took|got)\s+(?:pictures|photos|pics)\s+of\s+(?:your|ur)\s+(?:front\s+door|house|home|car|kids|driveway|family|wife|husband|windows?)|\b(?:i|we)(?:'ve\s+been|\s+have\s+been|\s+been)\s+watching\s+(?:your|ur)\s+(?:house|home|place|kids|family)|\b(?:i|we)\s+(?:followed|tailed)\s+(?:you|u)\s+home|\b(?:your|ur)\s+address\s+is\s+(?:all\s+over|out\s+there|posted|everywhere|on\s+(?:every|the))|\b(?:i|we)\s+know\s+what\s+time\s+(?:you|u)\s+(?:leave|get\s+home|get\s+off|go\s+to\s+bed))\b[^\n]{0,100}?(?:\bsee\s+(?:you|u|ya)\s+soon(?=\s*(?:[.!,]|$))|\bexpect\s+(?:a|some)\s+(?:visit|visitors|company)(?=\s*(?:[.!,]|$)|\s+(?:soon|tonight|from\s+(?:me|us|my\s+(?:friends|boys|guys)))\b)|\block\s+(?:your|ur)\s+doors|\bsleep\s+tight|\bwatch\s+(?:your|ur)\s+back|\b(?:you|u)\s+can'?t\s+hide|\bnice\s+(?:house|place|car|family|kids|door)(?:\s+by\s+the\s+way|\s+btw)?(?=\s*(?:[.!,]|$))|\b(?:i'?ll|i\s+will|we'?ll|we\s+will)\s+be\s+(?:outside|waiting|watching|there|seeing\s+(?:you|u))(?=\s*(?:[.!,]|$)|\s+(?:for\s+(?:you|u)|tonight|soon)\b)|\bit'?s\s+(?:only\s+)?a\s+matter\s+of\s+time|\bdon'?t\s+get\s+(?:too\s+)?comfortable|\benjoy\s+(?:your|ur)\s+last\b|\b(?:you|u)\s+won'?t\s+see\s+(?:me|us|it)\s+coming|\btell\s+(?:your|ur)\s+(?:family|wife|kids|husband|mom|mother)\s+i\s+said\s+hi|\bhope\s+(?:your|ur)\s+(?:doors|locks|windows)\s+are\s+strong|\b(?:you|u)\s+(?:should|better|might\s+want\s+to)\s+move(?=\s*(?:[.!,]|$))|\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:on\s+(?:my|our)\s+way|coming(?:\s+for\s+(?:you|u))?)(?=\s*(?:[.!,]|$)|\s+(?:for\s+(?:you|u)|tonight|now)\b)|\bkeep\s+looking\s+over\s+(?:your|ur)\s+shoulder|\b(?:i'?ll|i\s+will|we'?ll|we\s+will)\s+(?:stop|drop|swing|come)\s+by(?:\s+(?:tonight|soon|later|sometime))?(?=\s*(?:[.!,]|$))|\b(?:i'?ll|i\s+will|we'?ll|we\s+will)\s+(?:pay\s+(?:you|u)\s+a\s+visit|visit\s+(?:you|u)))`,
    0.7,
    'intimidation',
    gate(
      'traced tracked found pulled got ran have took know figured learned looked followed tailed address watching',
    ),
    { unless: KIND_OR_KNOWING },
  ),
  // Round 127: 160 conditional threats composed from 16 conditions ("if you come back here", "if
  // you testify", "touch my car again and", "next time you pull me over") and 17 consequences
  // (seeded), 131 of 160 on first contact. The consequences missed are said idly too ("you're
  // dead", "he's a dead man", "we'll bury you", "you won't walk again", "they'll find you in a
  // ditch"); after a condition of coming back, going near, testifying or doing it again they
  // are a threat. Not "you're dead to me", "we'll bury you in paperwork", a warning of a danger.
  rule(
    String.raw`(?:\b(?:if|when|next\s+time)\s+(?:you|u|he|she|they|that\s+[a-z]+|this\s+[a-z]+)\b(?=[^.!?\n]{0,80}?\b(?:again|here|near|back|around|another\s+(?:ticket|citation|fine|warning|word|post|comment)|testify|testifies|show\s+up|shows\s+up|snitch\w*|cops|police|charges|arrest\w*|pull\s+me\s+over|set\s+foot|step\s+foot|(?:his|her|your|ur)\s+face|my\s+(?:house|home|daughter|son|kids|family|wife|husband|car|property|street|block))\b)[^.!?\n]{0,80}?(?:,\s*|\s+)|\b(?:keep\s+it\s+up|one\s+more\s+[^.!?\n]{1,30}?|(?:touch|say|try|do|post|write)\s+[^.!?\n]{0,30}?\bagain|say\s+that\s+to\s+me\s+in\s+person)\s+and\s+)(?:(?:you'?re|youre|you\s+are|ur|u\s+r|he'?s|he\s+is|she'?s|she\s+is|they'?re|they\s+are)\s+(?:a\s+)?dead(?:\s+(?:m[ae]n|meat|wom[ae]n))?(?=\s*(?:[.!,]|$)|\s+(?:i\s+promise|i\s+swear|i\s+mean\s+it)\b)|(?:we|i)(?:'ll|\s+will)\s+bury\s+(?:you|u|him|her|them)(?=\s*(?:[.!,]|$)|\s+(?:alive|i\s+promise|i\s+swear)\b)|(?:you|u|he|she|they)\s+won'?t\s+(?:walk|talk|breathe|wake\s+up|see\s+(?:daylight|your\s+kids|another\s+day))\s+again\b(?!\s+(?:without|unless|until|for|the\s+same)\b)|(?:they|people|cops|someone)(?:'ll|\s+will)\s+find\s+(?:you|u|him|her|your\s+body|his\s+body|her\s+body)\s+in\s+a\s+(?:ditch|river|dumpster|trunk|lake|landfill|shallow\s+grave|field)\b(?!\s+of\b))`,
    0.75,
    'threat of violence',
    gate('dead bury walk talk breathe wake see find'),
    {
      unless: new RegExp(
        String.raw`\b(?:${DANGER}|roads?|traffic|edge|cliff|tracks|wires?|current|rip\s+tide|undertow|thin\s+ice|electric\w*|fence|dog\s+bites?|allerg\w*|diet|doctor|meds?|medication|exam|test|finals|homework|game|match|boss|level)\b`,
      ),
    },
  ),
  // Round 130 (0.7.18): 150 menaces at the reader's family and belongings composed from 16
  // stock lines and 11 owners ("your wife's", "your son's", "ur"), 30 of 150 on first contact:
  // "keep it up and your mother's house burns next", "your wife's car would burn real nice", "or
  // your son's family pays the price", "tell your kids to watch their back". Each line names harm
  // to something or someone of the reader's; not a warning of a danger ("I'd hate for something
  // to happen to your car, get the recall fixed"), not a policy ("kids won't be safe at school
  // with these cuts"). "I'd hate for something to happen to your kids", which round 122 read as
  // menace only beside a name or title, is now queued without one when no danger is named: a
  // person reads it.
  rule(
    String.raw`(?:\bi'?d\s+hate\s+for\s+(?:something|anything|somethin)\s+(?:bad\s+)?to\s+happen\s+to\s+${OWNED}|\b(?:keep\s+(?:it\s+up|talking|posting|running\s+(?:your|ur)\s+mouth|pushing)|one\s+more\s+(?:post|comment|word|time|ticket|video|lie)(?:\s+like\s+(?:that|this))?|(?:say|do|try|post)\s+that\s+again)\s*,?\s*(?:and\s+)?${OWNED}\s+(?:burns|will\s+burn|'ll\s+burn|goes\s+up\s+in\s+(?:flames|smoke)|gets?\s+(?:torched|burned|burnt|hurt|shot\s+up|firebombed)|won'?t\s+be\s+standing|(?:is|are)\s+next(?=\s*(?:[.!…,]|$))|catches\s+fire|pays|will\s+pay|won'?t\s+(?:make\s+it|come)\s+home)\b|${OWNED}\s+(?:would|will|'d|'ll|is\s+gonna|is\s+going\s+to)\s+burn\s+(?:real\s+|really\s+|so\s+|pretty\s+)?(?:nice|nicely|good|well|bright|fast|easy)\b|${OWNED}\s+(?:might|could|may|will|is\s+gonna|is\s+going\s+to)\s+(?:catch\s+fire|go\s+up\s+in\s+(?:flames|smoke)|burn\s+(?:down|to\s+the\s+ground))\s+(?:one\s+of\s+these\s+(?:nights|days)|some\s+night|tonight|any\s+(?:day|night)\s+now|real\s+soon)\b|\bhope\s+${OWNED}\s+(?:has|have|got)\s+(?:good|great|decent|plenty\s+of|enough)\s+fire\s+insurance\b|\bhope\s+${OWNED}\s+(?:is|are)\s+fireproof\b|${OWNED}\s+(?:is|are)\s+next(?=\s*(?:[.!…]|$|,\s*${VOCATIVE}\s*(?:[.!…]|$)))|\bor\s+(?:else\s+)?${OWNED}\s+(?:(?:pays|will\s+pay|'ll\s+pay)\s+(?:the\s+price|for\s+it|dearly)|gets?\s+(?:hurt|it|what'?s\s+coming)|(?:will\s+)?suffers?)\b|\bshame\s+if\s+${OWNED}\s+(?:didn'?t|doesn'?t|never|did\s+not|does\s+not)\s+(?:make\s+it|made\s+it|come|came|get|got)\s+home\b(?!\s+(?:for|in\s+time|by|before|from)\b)|\baccidents\s+(?:happen|tend\s+to\s+happen)\s+to\s+${OWNED}\s+(?:all\s+the\s+time|every\s+day|a\s+lot)\b|\btell\s+${OWNED}\s+(?:to\s+)?(?:watch|cover)\s+(?:their|his|her|its)\s+backs?\b|${OWNED}\s+(?:won'?t|will\s+not|isn'?t|is\s+not|aren'?t|are\s+not|ain'?t)\s+(?:be\s+)?safe\s+(?:at\s+school|at\s+home|anywhere|in\s+this\s+town|on\s+the\s+street)(?:\s+(?:anymore|no\s+more))?(?=\s*(?:[.!…,]|$)))`,
    0.7,
    'intimidation',
    gate(
      'hate burns burn flames smoke torched burned burnt hurt shot firebombed standing next catches catch pays pay gets get suffers suffer shame home accidents back backs safe insurance fireproof',
    ),
    {
      unless: new RegExp(
        String.raw`\b(?:${DANGER}|heaters?|careful|recall\w*|brakes?|tires?|mechanic|storm|hurricane|flood\w*|weather|wildfire|drought|embers?|hay|smoke\s+detectors?|roads?|traffic|fence|leash|broken\s+glass|sun|garden\w*|burglar\w*|break-?ins?|thefts?|crime|hoa|parking|towed|crossing\s+guards?|cuts?|budget|staffing|policy|school\s+board|district|doctor|hospital|sick|flu|covid|game|match|season|team|coach|line|dmv|waiting\s+list|list|review|tour|featured|award|turn|adopted|lights|christmas|thanksgiving|holidays?|flights?|picnic|party|play|joking|kidding|at\s+that\s+age|beat\s+yourself\s+up|if\s+(?:you|u)\s+(?:keep|don'?t|do\s+not|leave|store|let))\b`,
      ),
    },
  ),
  // Round 139 (0.7.21): violence offered as the remedy, the shape functional test suites write
  // as "threat as a normative statement": "Executing the Jews is the only way to fix this
  // country", "killing all the immigrants is the answer", "shooting every cop would solve
  // everything", "the only solution is to shoot them all". The killing is a gerund or an
  // infinitive whose object is people; the remedy is said as fact, at a sentence's start. Not
  // "executing the search warrant is the only way", "killing the bill is the answer", "executing
  // prisoners is never the answer", nor what someone else thinks ("I don't think killing them is
  // the answer").
  rule(
    String.raw`(?:^|[.!?;:\n]\s*|\b(?:honestly|frankly|seriously|maybe|just|so)\s+)(?:${REMEDY_GERUND})\s+(?:(?:a\s+few|some|a\s+couple|more|most)\s+(?:of\s+)?)?${KILLED}(?:\s+[a-z'-]+){0,4}?\s+(?:is|would\s+be|'d\s+be|will\s+be|are|remains)\s+(?:(?:honestly|really|still|truly|clearly|obviously)\s+)?(?:(?:the|our|their|this\s+country'?s|america'?s)\s+(?:(?:only|best|real|final|last|one|true|simplest|quickest|fastest|easiest)\s+){0,2}(?:way|answer|solution|option|cure|fix|remedy|hope|choice)|(?:exactly\s+)?what\s+(?:this|our|the)\s+(?:country|town|city|nation|world|state|county|neighbou?rhood|community)\s+needs)\b|(?:^|[.!?;:\n]\s*|\b(?:honestly|frankly|seriously|maybe|just|so)\s+)(?:${REMEDY_GERUND})\s+(?:(?:a\s+few|some|a\s+couple|more|most)\s+(?:of\s+)?)?${KILLED}(?:\s+[a-z'-]+){0,4}?\s+(?:would|will|'d|'ll)\s+(?:(?:really|finally|honestly)\s+)?(?:solve|fix|cure|end)\s+(?:everything|it\s+all|(?:the|this|that|our|their)\s+(?:\w+\s+)?(?:problems?|issues?|mess|crisis)|(?:most|all|half)\s+of\s+(?:our|the|this\s+country'?s)\s+problems)\b|(?:^|[.!?;:\n]\s*|\b(?:honestly|frankly|seriously|maybe|just|so)\s+)(?:${REMEDY_GERUND})\s+(?:(?:a\s+few|some|a\s+couple|more|most)\s+(?:of\s+)?)?${KILLED}(?:\s+[a-z'-]+){0,4}?\s+(?:would|will|'d|'ll)\s+send\s+(?:a|the\s+right|the|a\s+clear|a\s+strong|a\s+real)\s+message\b|\b(?:the|our)\s+(?:(?:only|best|real|final|one|true|simplest|quickest)\s+){0,2}(?:way(?:\s+to\s+[^.!?\n]{1,50}?)?|answer|solution|option|cure|fix|remedy)\s+(?:is|would\s+be|'s)\s+(?:to\s+(?:just\s+)?(?:kill|shoot|execute|hang|lynch|gas|exterminate|murder|slaughter|nuke|behead|gun\s+down|string\s+up|wipe\s+out)|${REMEDY_GERUND})\s+(?:(?:a\s+few|some|a\s+couple|more|most)\s+(?:of\s+)?)?${KILLED}`,
    0.75,
    'call for violence',
    gate(
      'killing shooting executing hanging lynching gassing exterminating murdering slaughtering nuking beheading gunning stringing wiping kill shoot execute hang lynch gas exterminate murder slaughter nuke behead gun string wipe',
    ),
    {
      unless:
        /\b(?:history|historians?|documentary|movie|film|novel|game|video\s+game|hypothetical\w*|self[\s-]defen[cs]e|zombies?|vampires?|characters?|kindness|compliments|love|bad\s+guys?|intruders?|attackers?|active\s+shooters?|armed\s+(?:m[ae]n|suspects?|intruders?)|(?:he|she|they|sheriff|chief|officer|report|department)\s+(?:said|says)|according\s+to)\b/,
    },
  ),
  // Round 141 (0.7.21): veiled threats at officers and officials, from blind 334's misses (4 of
  // 16 on first contact). Each is a stock shape of intimidation that names no act of violence:
  // "start checking under your car before you drive" (a car bomb), "the detective won't be
  // testifying, trust me", "one day you'll be off duty and alone, and we'll be there", "I've put
  // down dogs for less", "the officers will be hunted like animals", "a shame if it was parked
  // outside your house when it happens", "your daughter plays soccer at Riverside on Saturdays,
  // right Sergeant?". Not the winter advice to check under the car for cats, a witness who won't
  // testify because the charges were dropped, a party for a retirement, a fugitive hunted down.
  rule(
    String.raw`\b(?:start\s+|keep\s+|always\s+|better\s+(?:start\s+)?|might\s+want\s+to\s+(?:start\s+)?|should\s+(?:really\s+)?(?:start\s+)?)?(?:check|checking|look|looking)\s+under\s+(?:your|ur|his|her|their|the\s+(?:chief|mayor|judge|sheriff|officer|detective)'?s)\s+(?:car|truck|cruiser|vehicle|suv|patrol\s+car|squad\s+car)\s+(?:before\s+(?:you|u|he|she|they)\s+(?:drive|start|get\s+in|turn)|every\s+(?:morning|day|time)|from\s+now\s+on)\b`,
    0.7,
    'veiled menace',
    gate('under'),
    {
      unless:
        /\b(?:cats?|kittens?|animals?|critters?|pets?|leaks?|oil|rust|tires?|snow|ice|frost|winter|cold\s+(?:weather|nights?)|catalytic|converters?|thieves|theft|trackers?|gps|airtags?|stolen)\b/,
    },
  ),
  rule(
    String.raw`\b(?:won'?t|will\s+not|ain'?t\s+(?:gonna|going\s+to)|is\s+not\s+(?:gonna|going\s+to)|isn'?t\s+(?:gonna|going\s+to)|never\s+gonna)\s+(?:be\s+)?(?:testify(?:ing)?|take\s+the\s+stand|make\s+it\s+to\s+(?:the\s+)?(?:trial|stand|hearing|court\s+date))\b(?=[^.!?\n]{0,20}?(?:,\s*|\s+|\.\s*|\s*…\s*)(?:trust\s+me|believe\s+me|mark\s+my\s+words|i\s+promise|i\s+guarantee|guaranteed|you\s+watch|watch|one\s+way\s+or\s+another|i'?ll\s+make\s+sure|we'?ll\s+make\s+sure)\s*(?:[.!…]|$))`,
    0.7,
    'veiled menace',
    gate('testify testifying stand trial hearing court'),
  ),
  rule(
    String.raw`\b(?:off\s+duty|out\s+of\s+uniform|without\s+(?:your|ur|that)\s+(?:badge|uniform|gun|partner|backup|vest)|alone|by\s+(?:yourself|urself))\b[^.!?\n]{0,50}?\b(?:we'?ll|i'?ll|we\s+will|i\s+will|we'?re\s+gonna|i'?m\s+gonna)\s+be\s+(?:there|waiting|watching|around|right\s+behind\s+(?:you|u))(?=\s*(?:[.!…,;]|$)|\s+(?:for\s+(?:you|u)|waiting|too)\b)`,
    0.7,
    'veiled menace',
    gate('duty uniform badge gun partner backup vest alone yourself urself'),
    { unless: KIND_OR_KNOWING },
  ),
  rule(
    String.raw`\b(?:i'?ve|ive|i\s+have|i|we'?ve|we\s+have|we)\s+(?:put\s+down|killed|shot|drowned|buried|stomped|squashed|smashed|ended|gutted|snapped\s+the\s+neck\s+of)\s+(?:\w+\s+){0,2}?(?:dogs?|mosquitoes|flies|bugs|rats|roaches|cockroaches|animals|men|people|guys|folks|better\s+men|bigger\s+men)\s+(?:for|over)\s+(?:a\s+lot\s+)?less\b`,
    0.7,
    'veiled menace',
    gate('put killed shot drowned buried stomped squashed smashed ended gutted snapped'),
  ),
  rule(
    String.raw`\b(?:will|'ll|are\s+going\s+to|are\s+gonna|gonna)\s+be\s+hunted\s+(?:down\s+)?like\s+(?:animals|dogs|rats|deer|pigs|vermin|the\s+(?:animals|dogs|rats|pigs|vermin)\s+they\s+are)\b`,
    0.7,
    'threat of violence',
    gate('hunted'),
    {
      unless:
        /\b(?:wolves|coyotes|deer\s+season|video\s+game|movie|film|book|novel|documentary|history)\b/,
    },
  ),
  rule(
    String.raw`\b(?:would\s+be|it'?d\s+be|be|would'?ve\s+been)\s+a\s+(?:real\s+|damn\s+)?shame\s+if\b[^.!?\n]{0,40}?\b(?:parked|sitting|standing|left|was|were)\s+(?:right\s+)?(?:outside|near|in\s+front\s+of|next\s+to|by|at)\s+(?:your|ur)\s+(?:house|home|car|kids'?\s+school|school|work|driveway|garage|front\s+door)\b[^.!?\n]{0,30}?\bwhen\s+it\s+(?:happens|goes\s+(?:off|down|up)|all\s+goes\s+down)\b`,
    0.7,
    'veiled menace',
    gate('shame'),
  ),
  rule(
    String.raw`\b(?:your|ur)\s+(?:little\s+)?(?:daughter|son|kids?|wife|husband|family|children|girl|boy|girlfriend|boyfriend)\s+(?:\w+\s+){0,3}?(?:plays?|goes|go|walks?|takes?|attends?|gets?\s+out|practices?|works?|jogs?|runs?|drives?|leaves?|catches)\b[^.!?\n]{0,60}?\b(?:on\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends)|every\s+(?:day|morning|night|evening|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at\s+\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?|after\s+school|alone)\b[^.!?\n]{0,30}?,\s*(?:right|huh|yeah|isn'?t\s+(?:that|it)\s+right|don'?t\s+(?:they|she|he))\s*,?\s*(?:${VOCATIVE}\s*)?\?+\s*$`,
    0.7,
    'veiled menace',
    gate('daughter son kid kids wife husband family children girl boy girlfriend boyfriend'),
    {
      asks: true,
      unless:
        /\b(?:too|also|teammates?|same\s+team|carpool|coach|my\s+(?:son|daughter|kid|kids))\b/,
    },
  ),
  // Round 142 (0.7.21): from blind 335's misses (threats between residents and at officers in the
  // register of comments under an arrest or a crime, 11 of 20 on first contact): "keep running
  // your mouth and you'll find out what happens", "if I ever catch the punk he's not walking
  // away", "someone should run that protest over", "I'm loading up tonight, this town is about to
  // learn a lesson", "I hope the inmates get to him first", "lucky I wasn't there or he'd be the
  // one in the hospital", "see how tough the sheriff is with a brick through his window", "when I
  // get out I'm coming for every officer that testified". Not "you'll find out how wrong you
  // are", "he won't get away with it", "loading up the truck for the move", "I hope the inmates
  // get counselling".
  rule(
    String.raw`\b(?:keep\s+(?:running\s+(?:your|ur)\s+mouth|talking|it\s+up|pushing|posting)|say\s+(?:that|it)\s+again|one\s+more\s+word)\b[^.!?\n]{0,30}?\band\s+(?:you'?ll|you\s+will|u'?ll|you'?re\s+(?:gonna|going\s+to))\s+(?:find\s+out|see|learn)\s+what\s+happens\b(?!\s+(?:next\s+(?:week|month|meeting|session)|at\s+the\s+(?:meeting|hearing|vote)|in\s+court))`,
    0.7,
    'threat of violence',
    gate('happens'),
  ),
  rule(
    String.raw`\bif\s+(?:i|we)\s+(?:ever\s+)?(?:catch|find|see|get\s+(?:my|our)\s+hands\s+on|run\s+into)\b[^.!?\n]{0,60}?\b(?:(?:he|she|they|you)(?:'s|'re|\s+is|\s+are)\s+not|(?:he|she|they|you)\s+(?:won'?t|will\s+not|ain'?t))\s+(?:walking|walk|leaving|leave|getting|get|going|go)\s+(?:away|home|out\s+of\s+there)\b(?!\s+with\b)(?![^.!?\n]*\b(?:cops|police|deputies|officers|911|arrest\w*|charges|court|jail|citizen'?s\s+arrest)\b)`,
    0.7,
    'threat of violence',
    gate('catch find see hands run'),
  ),
  rule(
    String.raw`\b(?:run|mow|plow)\s+(?:that|the|this|those|these)\s+(?:\w+\s+)?(?:protest|march|rally|vigil|parade|crowd|mob)\s+(?:over|down)\b|\b(?:run|mow|plow)\s+(?:over|down)\s+(?:that|the|this|those|these)\s+(?:\w+\s+)?(?:protest|march|rally|vigil|crowd|mob)\b(?!['’]|\s+(?:estimates?|numbers?|counts?|sizes?|figures?|routes?|permits?|schedules?|organi[sz]ers?|photos?|footage|videos?|details|facts|story|stories|rumou?rs?)\b)`,
    0.7,
    'call for violence',
    gate('run mow plow'),
    { unless: /\b(?:route|permit|schedule|time|clock|budget)\b/ },
  ),
  rule(
    String.raw`\b(?:i'?m|i\s+am|im|we'?re|we\s+are)\s+(?:locking\s+and\s+loading|loading\s+up|locked\s+and\s+loaded|gearing\s+up|strapping\s+up)\b(?!\s+(?:for|the|my|our|on)\b)[^.!?\n]{0,20}?(?:[,;.!]\s*|\s+and\s+|\s+)[^.!?\n]{0,30}?\b(?:about\s+to|gonna|going\s+to|will|'ll)\s+(?:learn\s+a\s+lesson|find\s+out(?=\s*(?:[.!,;]|$))|regret\s+it(?=\s*(?:[.!,;]|$))|pay(?=\s*(?:[.!,;]|$))|know\s+what\s+hit)`,
    0.75,
    'threat of violence',
    gate('locking loading locked gearing strapping'),
    {
      unless:
        /\b(?:truck|van|car|moving|move|boxes|groceries|camping|hunting\s+trip|range|game|season|fishing)\b/,
    },
  ),
  rule(
    String.raw`\bhope\s+(?:the\s+)?(?:other\s+)?(?:inmates|prisoners|cellmates?|cell\s*mates?|general\s+population|gen\s+pop|guys\s+inside|boys\s+inside)\s+(?:get\s+to|take\s+care\s+of|deal\s+with|handle|teach|find|welcome|show)\s+(?:him|her|them|that\s+\w+|this\s+\w+)\b(?!\s+(?:how\s+to\s+(?:read|write|cook|code)|to\s+(?:read|write|a\s+class)|with|through|in\s+(?:class|the\s+program|group|church|bible\s+study)))`,
    0.65,
    'wish of harm',
    gate('inmates prisoners cellmate cellmates cell general gen guys boys'),
  ),
  rule(
    String.raw`\b(?:lucky|good\s+thing|thank\s+god|thankfully)\s+(?:i|we)\s+(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+there\b[^.!?\n]{0,40}?\b(?:or|otherwise)\s+(?!(?:i|i'd|i'?ll|i'?m|we|we'd|we'?ll|my|our|me|us)\b)[^.!?\n]{0,40}?\b(?:hospital|dead|body\s+bag|morgue|grave|icu|wheelchair|ambulance|coffin|casket)\b`,
    0.7,
    'threat of violence',
    gate('lucky thing thank thankfully'),
  ),
  rule(
    String.raw`\b(?:see\s+how|how)\s+(?:tough|brave|big|bad|cocky|smug|mouthy)\s+(?:that\s+|the\s+|this\s+|you\s+|he\s+|she\s+)?[^.!?\n]{0,30}?\b(?:is|are|'s|'re|gets?|feels?)\s+with\s+(?:a|an|my)\s+(?:brick|rock|bullet|bat|knife|molotov|fist|boot)\s+(?:through|in|to|into)\b`,
    0.7,
    'threat of violence',
    gate('tough brave big bad cocky smug mouthy'),
  ),
  rule(
    String.raw`\b(?:when|once|as\s+soon\s+as)\s+(?:i|we)\s+(?:get\s+out(?!\s+of\s+(?:work|class|school|the\s+(?:office|meeting|hospital)))|get\s+released|'?m\s+out|am\s+out|make\s+bail|get\s+home)\b[^.!?\n]{0,30}?\b(?:i'?m|i\s+am|im|i'?ll\s+be|we'?re|we\s+are|i'?ll|we'?ll)\s+(?:coming\s+(?:for|after)|going\s+after|gonna\s+(?:find|get|visit|hunt)|hunting(?:\s+down)?)\s+(?:every|all|each|the|that|those|you|u|him|her|them)\b(?!\s+(?:kids|children|family|dog|cat|car|stuff|things|belongings|paperwork|records?|money|deposit|weekend|holidays?|party|game|dinner)\b)`,
    0.75,
    'threat of violence',
    gate('out released bail home'),
  ),
  // Round 143 (0.7.21): wishes of death, from blind 336's misses (11 of 20 on first contact):
  // "may you rot in the ground", "I pray someone puts you down like the dog you are", "I wish
  // someone would finally end that judge", "nothing would make me happier than seeing your name
  // in the obituaries", "I'd celebrate if the mayor got hit by a bus", "pray the next riot burns
  // you alive", "you deserve to bleed out", "take out this sheriff permanently". Not "may he rot
  // in prison" (a sentence wished, not a death), "I pray someone puts the dog down gently", "sad
  // seeing his name in the obituaries", "I'd celebrate if the mayor got re-elected".
  rule(
    String.raw`\bmay\s+(?:you|u|he|she|they|that\s+[a-z]+)\s+(?:rot|die|suffer|choke|bleed(?:\s+out)?|burn\s+alive)\b(?!\s+(?:in\s+(?:prison|jail|a\s+cell|(?:your|his|her|their)\s+cell|federal|solitary|hell|peace)|of\s+(?:old\s+age|laughter|embarrassment|shame|boredom)|laughing|happy))`,
    0.7,
    'wish of harm',
    gate('rot die suffer choke bleed burn'),
  ),
  rule(
    String.raw`\b(?:pray|praying|hope|hoping|wish|wishing)\s+(?:that\s+)?(?:someone|somebody|some1|one\s+day\s+someone)\s+(?:(?:would|will|finally|just|soon|one\s+day)\s+)*(?:puts?\s+${WISHED_ON}\s+down\b(?!\s+(?:for\s+a\s+nap|on\s+(?:the|a)\s+list|as\s+a\s+reference|gently|in\s+(?:the|their)\s+(?:book|notes|records)))|ends?\s+${WISHED_ON}(?=\s*(?:[.!,;]|$)|\s+(?:for\s+good|permanently|already|once\s+and\s+for\s+all)\b)|takes?\s+${WISHED_ON}\s+out(?=\s*(?:[.!,;]|$)|\s+(?:for\s+good|permanently|already|back\s+of\s+the\s+barn)\b))`,
    0.7,
    'wish of harm',
    gate('pray praying hope hoping wish wishing'),
    {
      unless:
        /\b(?:dinner|lunch|date|coffee|drinks|movies?|trash|garbage|recycling|vet|veterinarian|suffering\s+(?:dog|cat|animal))\b/,
    },
  ),
  rule(
    String.raw`\b(?:happier|happy|can'?t\s+wait|love\s+to|joy|pleasure|celebrate|hope\s+(?:to|i\s+get\s+to)|looking\s+forward\s+to|dream\s+(?:of|about))\b[^.!?\n]{0,30}?\b(?:see|seeing|read|reading)\s+(?:your|ur|his|her|their|(?:that|the)\s+[a-z]+['’]s)\s+name\s+in\s+the\s+(?:obituaries|obits|obituary|death\s+notices)\b`,
    0.7,
    'wish of harm',
    gate('obituaries obits obituary notices'),
  ),
  rule(
    String.raw`\b(?:i'?d|i\s+would|i'?ll|i\s+will|we'?d|we\s+would|we'?ll|we\s+will)\s+(?:celebrate|party|throw\s+a\s+party|cheer|laugh|dance|pop\s+(?:the\s+)?champagne|smile|buy\s+(?:everyone|a\s+round))\s+(?:if|when|the\s+day)\s+[^.!?\n]{0,40}?\b(?:(?:got|gets|get|is|was)\s+(?:hit\s+by\s+a\s+(?:bus|car|truck|train)|shot|killed|murdered|stabbed|run\s+over|hanged|lynched|blown\s+up)|died|dies|croaked|croaks|kicked\s+the\s+bucket|drops?\s+dead|dropped\s+dead|bought\s+the\s+farm)\b`,
    0.7,
    'wish of harm',
    gate('celebrate party cheer laugh dance champagne smile buy'),
  ),
  rule(
    String.raw`\b(?:pray|praying|hope|hoping|wish)\s+(?:that\s+)?(?:the\s+next|a|some|another)\s+(?:\w+\s+)?(?:riot|fire|mob|bomb|crash|wreck|bullet|shooter|sniper)\s+(?:burns|kills|gets|takes\s+out|finds|hits)\s+(?:you|u|him|her|them|that\s+[a-z]+)\b`,
    0.7,
    'wish of harm',
    gate('riot fire mob bomb crash wreck bullet shooter sniper'),
  ),
  rule(
    String.raw`\b(?:you|u|he|she|they|that\s+[a-z]+|this\s+[a-z]+)\s+(?:deserves?|deserved)\s+to\s+(?:slowly\s+)?(?:bleed\s+out|bleed\s+to\s+death|choke\s+to\s+death|burn\s+alive|be\s+put\s+down)\b`,
    0.7,
    'wish of harm',
    gate('bleed choke burn put'),
  ),
  rule(
    String.raw`\b(?:take|taking)\s+out\s+(?:this|that|the|our)\s+(?:\w+\s+){0,3}?(?:${OFFICE}|prosecutor|governor|senator|councilwoman|commissioner)\s+(?:permanently|for\s+good|once\s+and\s+for\s+all)\b`,
    0.7,
    'call for violence',
    gate('take taking'),
    { unless: /\b(?:vote|votes|voting|ballot|election|recall|primary|office|polls?)\b/ },
  ),
  // Round 144 (0.7.21): veiled bomb and arson threats against a place or a gathering, from blind
  // 337 (1 of 16 on first contact: the rules knew the bomb named, not the bomb implied). Each
  // shape says a place or an event and a menace without the word "bomb": a warning to stay away
  // at a time ("don't send your kids to Lincoln High on Friday, just trust me"), goodbyes to say
  // before an event, a gathering that will "end with a bang, you'll see", people to be vaporized,
  // a place "going up in flames tonight", a package that "is not a gift", devices placed, a
  // pressure cooker "not just for cooking", fertilizer and diesel, "something special for the
  // council chamber", "next time it won't be a smoke bomb", a parade as "the perfect target",
  // "that's what happens to the station if he walks free". Not a warning with its reason (a
  // teacher work day), fireworks, a toy drive's box, a farm's fertilizer, pickpockets.
  rule(
    String.raw`\b(?:don'?t|do\s+not|wouldn'?t|would\s+not|i\s+wouldn'?t|stay\s+away\s+from|keep\s+(?:your|ur)\s+kids\s+(?:away\s+from|out\s+of|home\s+from))\s*(?:send\s+(?:your|ur)\s+(?:kids|children|son|daughter|family)\s+to|go\s+(?:to|near)|be\s+(?:at|near|in|anywhere\s+near)|come\s+to|attend|show\s+up\s+(?:to|at))?\s*[^.!?\n]{0,40}?\b(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|tonight|this\s+(?:weekend|week|friday|saturday|sunday|monday)|next\s+(?:week|monday|tuesday|wednesday|thursday|friday)|on\s+the\s+\d{1,2}(?:st|nd|rd|th)?)\b[^.!?\n]{0,10}?(?:[.!,;…]+\s*|\s+)(?:just\s+|seriously,?\s+)?(?:trust\s+me|that'?s\s+all\s+i'?(?:ll|m\s+(?:gonna|going\s+to))\s+say|you'?ve\s+been\s+warned|consider\s+(?:yourself|yourselves|this)\s+warned|i'?m\s+just\s+saying|just\s+saying|i\s+warned\s+(?:you|ya|y'?all)|don'?t\s+say\s+i\s+didn'?t\s+warn\s+(?:you|ya|y'?all)|that'?s\s+a\s+warning|remember\s+i\s+said\s+(?:so|this|that))(?=\s*(?:[.!…]+\s*)?$)|\b(?:should|better|needs?\s+to|might\s+want\s+to|had\s+better)\s+(?:be\s+)?evacuat(?:e|ed)\s+(?:before|by|on|tomorrow|tonight)\b[^.!?\n]{0,40}?(?:[.!,;…]+\s*|\s+)(?:just\s+)?(?:trust\s+me|that'?s\s+all\s+i'?(?:ll|m\s+(?:gonna|going\s+to))\s+say|you'?ve\s+been\s+warned|consider\s+(?:yourself|yourselves|this)\s+warned|just\s+saying|i\s+warned\s+(?:you|ya|y'?all))(?=\s*(?:[.!…]+\s*)?$)|\b(?:anyone|everyone|everybody|whoever|those|people)\s+(?:who\s+(?:goes|shows\s+up|is)\s+)?(?:at|in|going\s+to|attending|at\s+the)\s+[^.!?\n]{0,30}?\b(?:better|should|might\s+want\s+to|had\s+better)\s+(?:say\s+(?:their|your|his|her)\s+goodbyes|kiss\s+(?:their|your)\s+(?:families|kids|loved\s+ones|wives|husbands)\s+goodbye|(?:write|update)\s+(?:their|your)\s+wills?|make\s+(?:their|your)\s+peace(?!\s+with))\b`,
    0.75,
    'bomb threat',
    gate(
      'trust warned saying warn warning said say evacuate evacuated goodbyes goodbye wills peace',
    ),
    {
      unless:
        /\b(?:closed|closing|holiday|work\s+day|workday|teacher|snow|storm|weather|flood\w*|traffic|construction|parking|lines?|crowds?|flu|covid|outbreak|lice|sick|power\s+outage|water\s+main|gas\s+leak|fumes|boring|overrated|expensive|tickets?|wait|drills?|exercise|inspection|renovat\w*|asbestos)\b/,
    },
  ),
  rule(
    String.raw`\b(?:parade|rally|vigil|meeting|ceremony|service|concert|festival|station|precinct|city\s+hall|courthouse|roll\s+call|graduation|game|march|protest|funeral|memorial|party|fair|event)\b[^.!?\n]{0,40}?\b(?:end|ends|go\s+out|start|finish|kick\s+off)\s+with\s+a\s+(?:big\s+|real\s+|huge\s+)?(?:bang|boom|blast|kaboom)\b(?=[^.!?\n]{0,6}?(?:[,.!…]+\s*|\s+)(?:you'?ll\s+see|trust\s+me|mark\s+my\s+words|wait\s+and\s+see|just\s+(?:watch|wait)|watch|remember\s+(?:this|that|i\s+said)|believe\s+me)\b)`,
    0.75,
    'bomb threat',
    gate('bang boom blast kaboom'),
    {
      unless:
        /\b(?:fireworks?|confetti|finale|cannon|salute|drum\w*|band|dj|music|celebrat\w*|flyover|party\s+poppers?)\b/,
    },
  ),
  rule(
    String.raw`\b(?:every|all|each|the\s+whole)\s+(?:\w+\s+){0,2}?(?:cops?|officers?|deputies|pigs|${GROUP_NOUN}|people|person|one|family|crowd|council|department|shift)\b[^.!?\n]{0,40}?\b(?:will|'ll|are\s+(?:gonna|going\s+to)|is\s+(?:gonna|going\s+to))\s+be\s+(?:vaporized|vaporised|obliterated|incinerated|blown\s+(?:to\s+(?:bits|pieces|smithereens|kingdom\s+come|hell)|up)|reduced\s+to\s+(?:ash|ashes|dust|rubble)|turned\s+to\s+(?:ash|dust))\b`,
    0.75,
    'bomb threat',
    gate('vaporized vaporised obliterated incinerated blown reduced turned'),
    {
      unless:
        /\b(?:video\s+game|game|movie|film|show|episode|aliens?|zombies?|asteroid|comet|dinosaurs?|lasers?|debate|argument|election|polls?|votes?)\b/,
    },
  ),
  rule(
    String.raw`\b(?:the\s+|that\s+|this\s+|your\s+)?(?:station|precinct|city\s+hall|courthouse|department|headquarters|hq|jail|mosque|church|synagogue|temple|school|clinic)(?:['’]s|\s+is)\s+(?:going\s+up\s+in\s+(?:flames|smoke)|gonna\s+(?:burn|go\s+up|blow)|going\s+to\s+(?:burn|go\s+up|blow))\b(?=\s+(?:tonight|tomorrow|this\s+(?:weekend|week)|soon|next|on\s+\w+day)\b|[^.!?\n]{0,30}?\b(?:and\s+)?(?:i'?ll|i\s+will|we'?ll|we\s+will)\s+be\s+watching\b)`,
    0.75,
    'threat of arson',
    gate('going gonna'),
    {
      unless:
        /\b(?:budget|reputation|morale|career|ratings?|polls?|election|stock|value|prices?|taxes|rent|figuratively|metaphor\w*|show|tv|episode|season|finale|movie|film|series|novel|book|game|drill|training)\b/,
    },
  ),
  rule(
    String.raw`\bhope\s+(?:the|that|this|your)\s+(?:precinct|station|city\s+hall|courthouse|department|building|mosque|church|synagogue|temple|school|office|headquarters|jail)\s+(?:has|have|got|is)\s+(?:good|great|decent|plenty\s+of|enough|paid\s+up|up\s+to\s+date\s+on\s+its)\s+(?:fire\s+)?insurance\b(?=[^.!?\n]{0,30}?\b(?:after|by|before|come)\s+(?:this|tonight|tomorrow|the\s+weekend|friday|saturday|sunday|monday|next)|\s*(?:[.!…]|$))`,
    0.7,
    'threat of arson',
    gate('insurance'),
    {
      unless:
        /\b(?:flood\w*|storm|hurricane|tornado|hail|roof|leak\w*|pipes?|mold|earthquake|lawsuits?|liability|sued|settlement)\b/,
    },
  ),
  rule(
    String.raw`\b(?:package|box|bag|backpack|suitcase|device|present|parcel|cooler)\b[^.!?\n]{0,50}?\b(?:precinct|station|city\s+hall|courthouse|school|church|mosque|synagogue|door|lobby|entrance|parade|rally|office|headquarters)\b[^.!?\n]{0,20}?(?:,\s*|\s+and\s+|\.\s*|\s+)(?:it'?s\s+not\s+(?:a\s+gift|a\s+present|cookies|empty)|it'?s\s+ticking|don'?t\s+open\s+it|(?:you\s+)?(?:have|got)\s+(?:an\s+hour|\d+\s+(?:minutes|hours))|tick\s+tock)(?=\s*(?:[.!…]|$))`,
    0.8,
    'bomb threat',
    gate('package box bag backpack suitcase device present parcel cooler'),
  ),
  rule(
    String.raw`\b(?:i|we)(?:'ve|\s+have|\s+just)?\s+(?:placed|planted|hid|hidden|left|put|set|rigged)\s+(?:\w+\s+)?(?:devices|explosives|charges|ieds?|pipe\s+bombs?|incendiaries|incendiary\s+devices)\s+(?:in|at|around|inside|under|near|throughout|all\s+over)\b`,
    0.8,
    'bomb threat',
    gate('placed planted hid hidden left put set rigged'),
    {
      unless:
        /\b(?:camera|cameras|recording|record|phones?|speakers?|sensors?|chargers?|routers?|smart|alarm|demolition\s+(?:crew|company)|fireworks\s+show|movie|film|game)\b/,
    },
  ),
  rule(
    String.raw`\bpressure\s+cookers?\s+(?:aren'?t|are\s+not|isn'?t|is\s+not|ain'?t)\s+(?:just|only)\s+for\s+(?:cooking|food|soup|rice|beans|stew|chili|dinner)\b|\bfertili[sz]er\s+and\s+(?:diesel|fuel\s+oil|a\s+rental\s+truck)\b[^.!?\n]{0,10}?(?:[,.!…]\s*)?(?:${VOCATIVE}|figure\s+it\s+out|you\s+do\s+the\s+math|think\s+about\s+it|oklahoma\s+city|mcveigh)`,
    0.75,
    'bomb threat',
    gate('pressure cooker cookers fertilizer fertiliser'),
    {
      unless:
        /\b(?:farm\w*|tractor|fields?|crops?|lawn|garden\w*|harvest|planting|co-?op|feed\s+store|recipe|instant\s+pot|on\s+sale)\b/,
    },
  ),
  rule(
    String.raw`\b(?:i|we)(?:'ve|\s+have|\s+just)?\s+(?:built|made|cooked\s+up|prepared|assembled|put\s+together|got)\s+(?:something|a\s+little\s+something|a\s+surprise)\s+(?:special|nice|big|loud|hot)\s+for\s+(?:the|that|your|this|every)\s+(?:\w+\s+)?(?:council|station|precinct|city\s+hall|courthouse|department|parade|rally|meeting|chamber|officers|cops|pigs|deputies|sheriff|chief|mayor|judge|roll\s+call|mosque|church|synagogue)\b`,
    0.7,
    'bomb threat',
    gate('built made cooked prepared assembled put got'),
    {
      unless: new RegExp(
        String.raw`${KINDNESS}|\b(?:banners?|cookies|cakes?|treats|brownies|cupcakes|pies?|kids|students|scouts|class|classroom|troop|dinner|lunch|breakfast|coffee|donuts|quilts?|drawings?|posters?|plaques?|awards?|video|song|slideshow)\b`,
      ),
    },
  ),
  rule(
    String.raw`\bnext\s+time\s+(?:it\s+)?(?:won'?t|will\s+not|ain'?t\s+(?:gonna|going\s+to)|isn'?t\s+(?:gonna|going\s+to))\s+(?:just\s+)?be\s+(?:a\s+|an\s+)?(?:smoke\s+bomb|firecracker|cherry\s+bomb|paint|eggs?|rocks?|blanks?|rubber\s+bullets?|warning\s+shots?|warning|drill|fake|empty\s+(?:box|bag|threat)|(?:a\s+)?prank|stink\s+bomb)\b`,
    0.75,
    'bomb threat',
    gate('next'),
    {
      unless:
        /\b(?:game|team|season|recipe|bake\s+sale|party|potluck|fundraiser|cook-?off|training|class)\b/,
    },
  ),
  rule(
    String.raw`\b(?:parade|rally|vigil|festival|concert|march|ceremony|station|precinct|school|church|mosque|synagogue|crowd|roll\s+call|graduation|meeting|courthouse|city\s+hall)\s+(?:is|would\s+be|makes|'s|will\s+be)\s+(?:a|the|such\s+a)\s+(?:perfect|easy|soft|great|ideal|juicy|nice|sitting)\s+(?:target|mark)\b`,
    0.7,
    'bomb threat',
    gate('target mark'),
    {
      unless:
        /\b(?:pickpockets?|thieves|scam\w*|advertis\w*|marketing|audience|ads?|sponsors?|recruit\w*|customers|vendors?|sales|demographic)\b/,
    },
  ),
  rule(
    String.raw`\bthat'?s\s+what\s+(?:happens|will\s+happen|'ll\s+happen|is\s+gonna\s+happen)\s+to\s+(?:the|this|that|your|every)\s+(?:station|precinct|city\s+hall|courthouse|department|building|headquarters|jail|mosque|church|synagogue|school)\s+(?:if|when|unless)\b`,
    0.75,
    'bomb threat',
    gate('happens happen'),
    {
      unless:
        /\b(?:budget|funding|grants?|staffing|reputation|ratings?|election|vote|lawsuit|audit)\b/,
    },
  ),
  // Round 146 (0.7.21): a composed battery, 10 subjects a comment under an arrest names ("the
  // suspect", "the driver who did this", "whoever did this", "that rapist") × 12 harms ("should be
  // shot", "castrated", "set on fire", "dragged behind a truck", "strung up"), 94 of 120 on first
  // contact: the model knew most, the rules only people named by a group or a pronoun. The
  // harm called for with the one arrested or sought as its subject. Not "the suspect should be
  // considered armed", "the driver should be charged", a dog that "should be put down".
  rule(
    String.raw`(?:^|[.!?;:\n]\s*|,\s*|\b(?:honestly|frankly|seriously|imo|tbh|just)\s+)(?:(?:the|that|this)\s+(?:[a-z'-]+\s+)?(?:suspects?|driver|drivers|shooter|shooters|gunman|killer|killers|rapist|rapists|pedo|pedos|pedophile|pedophiles|molester|molesters|monster|scum(?:bag)?|thug|thugs|perp|perps|perpetrators?|criminals?|murderers?|thie(?:f|ves)|coward|bastard|sob|piece\s+of\s+(?:shit|garbage|trash|crap)|guy|man|woman|dude|kid|punk|abuser|predator|arsonist|carjacker|robber|burglar|dealer)(?:\s+(?:who|that)\s+[^.!?\n]{1,40}?)?|whoever\s+(?:did|does|is\s+responsible\s+for|was\s+behind)\s+(?:this|that|it)(?:\s+(?:to|with)\s+[^.!?\n,]{1,30}?)?)\s+(?:really\s+|honestly\s+|just\s+|all\s+)?(?:should|needs?\s+to|must|ought\s+to|deserves?\s+to|has\s+to|have\s+to)\s+(?:all\s+)?(?:be|get)\s+(?:${PP_HARM}|castrated|set\s+(?:on\s+fire|ablaze)|stoned(?:\s+to\s+death)?|thrown\s+off\s+(?:a|the)\s+(?:bridge|roof|building|cliff))\b`,
    0.75,
    'call for violence',
    gate('should need needs must ought deserve deserves has have'),
    {
      unless:
        /\b(?:considered|charged|arrested|prosecuted|locked\s+up|jailed|sentenced|fired|banned|deported|questioned|tested|evaluated|treated|monitored|compensated|paid|vaccinated|released|found|identified|caught|tracked|traced|sued)\b/,
    },
  ),
  // Round 147 (0.7.22), from the misses of blind 340 (incitement against groups, 13 of 20 on
  // first contact): the calls the rules knew only in other words. A crowd "run over" ("if they
  // block the road, run them over"); rounds put into a person or an occupied place; the hunted
  // "finished off"; a few dead of a group offered as the lesson; people strung from lampposts;
  // firing squads let loose on a group; Molotov cocktails brought to a place on a day. Not "run
  // them over to the school", "a few rounds at the range", "finish them off" of the cookies,
  // flags hanging from lampposts, or a report of Molotovs thrown last night.
  rule(
    String.raw`(?:^|[.!?;:\n]\s*|,\s*|\b(?:just|should|must|gotta|need\s+to|ought\s+to|(?:i|we)(?:'d|'ll|\s+would|\s+will))\s+)(?:just\s+|go\s+)?run\s+(?:them|em|'em|him|her|(?:those|these|the|all\s+(?:the|those|these))\s+(?:[a-z'-]+\s+)?(?:${GROUP_TARGET}|${REVILED}|${DEHUMAN}|rioters|marchers|cops|pigs|officers|idiots|morons|clowns)|${EVERY_ONE_OF})\s+(?:all\s+)?(?:the\s+fuck\s+)?over\b(?!\s+(?:to|there|here|for|at|with|by|in)\b)`,
    0.75,
    'call for violence',
    gate('run'),
    {
      unless:
        /\b(?:details|plans?|numbers|lists?|notes|errands?|drafts?|ideas?|scripts?|copies|papers?|forms?|samples?|paperwork|cookies|food|lunch|dinner|groceries|packages?|laundry|mower|lawnmower|vacuum|roller|steamroller|grader|plow|snowplow|hose|extension\s+cord|cables?)\b/,
    },
  ),
  rule(
    String.raw`${REPORTED_SHOOTER}\b(?:put|putting|puts|pump|pumping|pumped|unload|unloading|unloaded|empty|emptying|emptied|fire|firing|send|sending|drop|dropping)\s+(?:(?:a\s+few|some|a\s+couple(?:\s+of)?|a\s+dozen|a\s+hundred|(?:a|the|my|his|her|a\s+whole|a\s+full)\s+(?:clip|mag(?:azine)?|drum)\s+of|\d+|one|two|three|four|five|six|ten|twenty|thirty|fifty)\s+(?:more\s+)?(?:rounds?|bullets?|slugs?|shells?|hollow\s*points?)|(?:a|the|my|his|her|a\s+whole|a\s+full)\s+(?:clip|mag(?:azine)?|drum))\s+(?:into|in|through|at)\s+(?:that|the|this|those|these|his|her|their|your|ur|them|em|'em|him|you|u|every|each|a|an)\b(?!\s+(?:range|targets?|paper|steel|berm|air|sky|ground|dirt|hill|backstop|ceiling|woods|pond|lake|tree|trees|stump|cans?|bottles?|pumpkins?|dummy|dummies|mannequins?|gel|ballistic\s+gel)\b)`,
    0.75,
    'threat of violence',
    gate(
      'put putting puts pump pumping pumped unload unloading unloaded empty emptying emptied fire firing send sending drop dropping',
    ),
    {
      unless: new RegExp(
        String.raw`\b(?:range|targets?|practice|sight(?:ed|ing)?\s+in|zero(?:ed|ing)?|hunting\s+season|gun\s+show|review|test(?:ed|ing)?|chronograph|${GAME})\b`,
      ),
    },
  ),
  rule(
    String.raw`\b(?:hunt|track|catch|drag|beat|shoot|stab|corner|grab|round|chase|find|surround|ambush|trap|jump)\w*\s+[^.!?\n]{0,60}?\b(?:and|then)\s+(?:then\s+)?finish\s+(?:them|em|'em|him|her|the\s+rest(?:\s+of\s+them)?|every\s+(?:last\s+)?one\s+of\s+them)\s+off\b`,
    0.75,
    'call for violence',
    gate('finish'),
    {
      unless:
        /\b(?:cookies|pizza|leftovers|bottles?|beers?|drinks?|cakes?|chips|snacks|paint|puzzles?|books?|episodes?|seasons?|games?|levels?|bosses|chores|homework|crossword|weeds|candy|fries|wings)\b/,
    },
  ),
  rule(
    String.raw`\b(?:a\s+few|a\s+couple(?:\s+of)?|some|one\s+or\s+two|a\s+handful\s+of|a\s+dozen|a\s+bunch\s+of|a\s+pile\s+of)\s+dead\s+(?:[a-z'-]+\s+)?(?:${GROUP_TARGET}|${REVILED}|${DEHUMAN}|bureaucrats?|politicians?|officials?|elites|globalists|bankers|cops|pigs|officers|judges|senators|councilmen|prosecutors)\s+(?:would|will|might|could|should|oughta)\s+(?:\w+\s+)?(?:teach|fix|solve|send|sort|make|get|change|end|stop|do|wake|remind|set|be\s+(?:a\s+)?(?:good|great|nice|fine|perfect)\s+(?:start|lesson|message|example))\b(?!\s+(?:nothing|anything|no\s+one|nobody)\b)`,
    0.75,
    'call for violence',
    gate('dead'),
  ),
  rule(
    String.raw`\b(?:string|strung|stringing|strings|hang|hanging|hung|hangs)\s+(?:them|em|'em|him|her|you|u|y'?all|${EVERY_ONE_OF}|(?:the|those|these|all\s+(?:the|those|these)|every)\s+(?:[a-z'-]+\s+)?(?:${GROUP_TARGET}|${REVILED}|${DEHUMAN}|politicians?|bureaucrats?|officials?|judges?|cops|officers|pigs|senators?|congressmen|elites|globalists|bankers|councilmen))\s+(?:all\s+)?(?:up\s+)?(?:from|on)\s+(?:the\s+|a\s+|every\s+|(?:the\s+)?nearest\s+)?(?:lamp\s*-?posts?|lampposts?|street\s*-?lights?|streetlamps?|light\s*-?poles?|telephone\s+poles?|power\s+lines?|overpass(?:es)?|bridges?|gallows)\b|\b(?:${GROUP_TARGET}|${REVILED}|politicians|bureaucrats|officials|judges|cops|pigs|senators|congressmen|elites|globalists|bankers)\s+(?:hanging|swinging|dangling)\s+from\s+(?:the\s+|every\s+)?(?:lamp\s*-?posts?|lampposts?|street\s*-?lights?|streetlamps?|light\s*-?poles?|telephone\s+poles?|trees?|overpass(?:es)?|bridges?)\b`,
    0.75,
    'call for violence',
    gate('string strung stringing strings hang hanging hung hangs swinging dangling'),
    {
      unless:
        /\b(?:lights|flags?|banners?|decorations?|flowers|baskets?|wreaths?|ornaments?|signs?|posters?|flyers?|lanterns?|bunting|garlands?|streamers|planters?|kids?|children|monkeys|squirrels|birds|bats)\b/,
    },
  ),
  rule(
    String.raw`\b(?:let|send\s+in|bring\s+(?:out|in|on)|call\s+in|wheel\s+out)\s+the\s+firing\s+squads?\s+(?:do\s+(?:their|its)\s+(?:work|job|thing)|(?:for|on)\s+(?:them|em|'em|all|every|each|the|these|those))\b|\bfiring\s+squads?\s+for\s+(?:all|every|each|the|these|those|them|em|'em)\s+(?:of\s+)?(?:(?:the|them|these|those)\s+)?(?:[a-z'-]+\s+)?(?:${GROUP_TARGET}|${REVILED}|${DEHUMAN}|politicians?|bureaucrats?|officials?|judges?|cops|officers|pigs|senators?|congressmen|elites|globalists|bankers|journalists?)\b|\blet\s+the\s+firing\s+squads?\s+do\s+(?:their|its)\s+(?:work|job|thing)\b`,
    0.75,
    'call for violence',
    gate('firing'),
    {
      unless:
        /\b(?:movie|film|novel|book|history|historical|utah|idaho|south\s+carolina|inmates?|death\s+row|convicted|death\s+penalty|capital\s+punishment|sentenc\w*|legislat\w*|jury)\b/,
    },
  ),
  rule(
    String.raw`\bmolotovs?(?:\s+cocktails?)?\b[^.!?\n]{0,40}?\b(?:at|on|for|through|into|in)\s+(?:the|that|this|their|his|her|your|ur|every|city)\s+(?:[a-z'-]+\s+)?(?:precinct|station|courthouse|hall|house|home|office|headquarters|hq|church|mosque|synagogue|temple|clinic|cruisers?|squad\s+cars?|windows?|building|jail|capitol|statehouse|rally|march|parade|camp|encampment)\b(?:(?=[^.!?\n]*\b(?:tonight|tomorrow|this\s+(?:weekend|week|friday|saturday|sunday)|(?:on\s+)?(?:friday|saturday|sunday|monday)|bring|meet|who'?s\s+in|let'?s|see\s+you|rsvp|dm\s+me|be\s+there)\b)|(?<=\b(?:tonight|tomorrow|bring|meet|who'?s\s+in|let'?s|time\s+for|we\s+need|get\s+the)\b[^.!?\n]*))`,
    0.75,
    'call for violence',
    gate('molotov molotovs'),
    {
      unless:
        /\b(?:threw|thrown|tossed|hurled|arrested|charged|suspects?|last\s+night|yesterday|(?:was|were)\s+(?:thrown|tossed|hurled|found|used|seen)|sentenced|convicted|footage|video|news|reported|police\s+say|investigat\w*|surveillance)\b/,
    },
  ),
  // Round 148 (0.7.22), from the misses of blind 341 (incitement against groups, written after
  // round 147: 6 of 16 on first contact): people sent home "in body bags"; bullets "cheaper than
  // welfare"; a group made to "disappear, permanently"; a group "out, dead or alive"; someone
  // told to "take out the judge"; armed "volunteers to visit" a camp; "then open fire"; a list of
  // names kept for "the purge"; no trials "when the time comes". Not soldiers who came home in
  // body bags, stains made to disappear, the trash taken out, or a film called The Purge.
  rule(
    String.raw`\b(?:deport|deported|deporting|send|sending|sent|ship|shipping|return|returning)\s+(?:them|em|'em|him|her|you|u|y'?all|${EVERY_ONE_OF}|(?:the|those|these|all\s+(?:the|those|these)|every)\s+(?:[a-z'-]+\s+)?(?:${GROUP_TARGET}|${REVILED}|${DEHUMAN}))\s+(?:all\s+)?(?:back\s+|home\s+)?(?:in|inside)\s+(?:body\s*bags?|coffins?|caskets?|pine\s+boxes|urns?|pieces|little\s+pieces|bits)\b`,
    0.75,
    'call for violence',
    gate('deport deported deporting send sending sent ship shipping return returning'),
    {
      unless:
        /\b(?:soldiers|troops|remains|veterans?|repatriat\w*|war|marines?|sons|daughters|our\s+boys)\b/,
    },
  ),
  rule(
    String.raw`\b(?:bullets?|ammo|rope|lead|a\s+rope|a\s+bullet|a\s+noose|nooses|rounds)\s+(?:is|are|'s|costs?|would\s+be|comes?)\s+(?:a\s+lot\s+|way\s+|much\s+|far\s+)?(?:cheaper|less)\s+(?:than|then)\s+(?:\w+\s+){0,2}?(?:welfare|prisons?|jails?|trials?|food\s+stamps|deportation|rehab|housing|feeding\s+them|lawyers|appeals|courts?|benefits|social\s+services|medicaid|shelters?|incarceration|a\s+trial)\b`,
    0.75,
    'call for violence',
    gate('bullet bullets ammo rope lead noose nooses rounds'),
  ),
  rule(
    String.raw`${THIRD_PARTY_PLAN}\bmake\s+(?:them|em|'em|him|her|you|u|y'?all|${EVERY_ONE_OF}|(?:the|those|these|all\s+(?:the|those|these)|every)\s+(?:[a-z'-]+\s+)?(?:${GROUP_TARGET}|${REVILED}|${DEHUMAN}|${PERSON_NOUN}))\s+(?:all\s+)?disappear\b(?:\s*,?\s*(?:permanently|for\s+good|forever|for\s+real|one\s+by\s+one|quietly|like\s+hoffa|without\s+a\s+trace|in\s+the\s+(?:desert|woods|swamp|river|lake))|(?<=\b(?:round|rounded|rounding)\s+(?:them|em|'em|up)\b[^.!?\n]*))`,
    0.75,
    'call for violence',
    gate('disappear'),
    {
      unless:
        /\b(?:stains?|warts?|pimples?|acne|wrinkles|debts?|tickets?|fines?|problems?|cookies|bags|bruises|scars?|coins?|cards?|magic|magician|trick|rabbits?|ads?|pop-?ups|weeds|files?|emails?|posts?|comments?)\b/,
    },
  ),
  rule(
    String.raw`\b(?:${GROUP_TARGET}|${REVILED}|${DEHUMAN}|they|them)\s+(?:out|gone|must\s+go|have\s+to\s+go|go\s+home|get\s+out)\b[^.!?\n]{0,20}?\bdead\s+or\s+alive\b`,
    0.7,
    'call for violence',
    gate('dead'),
  ),
  rule(
    String.raw`(?:^|[.!?;:\n]\s*|,\s*)(?:someone|somebody|some1|anyone|anybody)\s+(?:please\s+)?take\s+out\s+(?:the|that|this|those|these|every|each)\s+(?:[a-z'-]+\s+)?(?:${PERSON_NOUN}|${GROUP_TARGET}|${REVILED})\b(?!\s+(?:for|to)\b)`,
    0.75,
    'call for violence',
    gate('take'),
    {
      unless:
        /\b(?:dinner|lunch|coffee|breakfast|drinks?|date|bowling|fishing|loans?|ads?|insurance|subscriptions?|trash|garbage|recycling|bins?|dogs?)\b/,
    },
  ),
  rule(
    String.raw`\b(?:volunteers?|guys|men|patriots|people|boys|friends|brothers|folks|militia)\s+with\s+(?:(?:their|our|your)\s+)?(?:rifles|guns|ars|ar-?15s|shotguns|pistols|bats|baseball\s+bats|torches|ropes?|ammo|pitchforks|firearms|long\s+guns)\s+to\s+(?:visit|pay\s+(?:a\s+)?(?:little\s+)?visit\s+to|go\s+(?:to|down\s+to)|stop\s+by|show\s+up\s+at|head\s+(?:to|down\s+to)|swing\s+by|drop\s+by|welcome|greet|handle|deal\s+with|clean\s+out|clear\s+out|pay\s+(?:them|him|her)\s+a\s+visit)\b`,
    0.75,
    'call for violence',
    gate('volunteers volunteer guys men patriots people boys friends brothers folks militia'),
    {
      unless:
        /\b(?:guard|guarding|protect\w*|security|hunt\w*|range|deer|elk|turkeys?|gun\s+safety|safety\s+class|training|cleanup|clean-?up\s+crew|food\s+drive|donations?)\b/,
    },
  ),
  rule(
    String.raw`(?:^|[.!?;:\n]\s*|,\s*(?:and\s+)?then\s+|\band\s+then\s+|\bthen\s+)(?:just\s+)?open\s+fire(?:\s+on\s+(?:them|em|'em|${KILLED}))?(?=\s*(?:[.!,;…]|$|\s+on\b))`,
    0.75,
    'call for violence',
    gate('open'),
    {
      unless:
        /\b(?:range|movie|film|game|drill|fireworks|hydrants?|training|paintball|airsoft|nerf|water\s+guns?|squirt\s+guns?|laser\s+tag|video|level|mission|boss)\b/,
    },
  ),
  rule(
    String.raw`\b(?:i'?ve|i\s+have|we'?ve|we\s+have|i'?m\s+keeping|we'?re\s+keeping|keeping)\s+(?:got\s+)?(?:a|my|our)\s+(?:little\s+)?list\b(?:\s+of\s+(?:names|addresses|people|traitors))?(?!\s+of\b)(?:(?<=\b(?:purge|day\s+of\s+the\s+rope|rope\s+day|boogaloo|reckoning|race\s+war|civil\s+war|when\s+the\s+(?:time|day)\s+comes|when\s+it\s+(?:starts|kicks\s+off))\b[\s\S]{0,120})|(?=[\s\S]{0,120}\b(?:purge|day\s+of\s+the\s+rope|rope\s+day|boogaloo|reckoning|race\s+war|civil\s+war|when\s+the\s+(?:time|day)\s+comes|when\s+it\s+(?:starts|kicks\s+off))\b))`,
    0.7,
    'intimidation',
    gate('list'),
    {
      unless:
        /\b(?:movie|film|sequel|season|episode|trailer|netflix|franchise|halloween|horror|christmas|santa|naughty|nice|grocer(?:y|ies)|shopping|reading|volunteers?|signups?|sign-?up|potluck|bucket\s+list)\b/,
    },
  ),
  rule(
    String.raw`\b(?:there\s+(?:won'?t|will\s+not|ain'?t\s+(?:gonna|going\s+to))\s+be\s+(?:any\s+)?(?:trials?|juries|courts?|lawyers|appeals|mercy)|no\s+(?:trials?|juries|courts?|lawyers|appeals)\s+(?:needed|necessary|required|this\s+time|for\s+(?:them|these|those|traitors?)))\b(?:(?<=\b(?:when\s+the\s+(?:time|day)\s+comes|day\s+of\s+the\s+rope|purge|reckoning|civil\s+war|boogaloo|we'?ll\s+know\s+who|traitors?)\b[\s\S]{0,120})|(?=[\s\S]{0,120}\b(?:when\s+the\s+(?:time|day)\s+comes|day\s+of\s+the\s+rope|purge|reckoning|civil\s+war|boogaloo|traitors?)\b))`,
    0.7,
    'call for violence',
    gate('trial trials juries courts court lawyers appeals mercy'),
    { unless: /\b(?:holiday|closed|docket|backlog|covid|schedule|postponed|continuance)\b/ },
  ),
  // Round 149 (0.7.22), from the misses of blind 342 (written after round 148: 5 of 12 on first
  // contact): weapons readied as a group arrives ("sharpen the machetes, the caravan is almost
  // here"); an official's family made to "pay for" a verdict; "their own funerals" as the
  // punchline; "pest control, if you get my meaning" after people called vermin; "the other box"
  // after the ballot box; "every pig has a target on his back now"; someone to be "taken out
  // back". Not knives sharpened for the turkey, a family paying a funeral's bills, pest control
  // called for rats, a box for the recycling, officers said to be in danger, trash taken out back.
  rule(
    String.raw`\b(?:sharpen|load|oil|clean|grab|get|ready)\s+(?:the|your|our|ur|those|all\s+the)\s+(?:machetes?|knives|axes|blades|pitchforks|rifles|guns|ars|shotguns|ropes?|nooses?|bats|torches)\b[^.!?\n]{0,12}?(?:[,;:!…-]\s*|\.\s*|\s+)(?:(?:the|those|these)\s+(?:[a-z'-]+\s+)?(?:caravan|caravans|mob|horde|${GROUP_TARGET}|${DEHUMAN}|${REVILED})\b|they(?:'re|\s+are)\s+(?:coming|here|almost\s+here|on\s+(?:their|the)\s+way))`,
    0.75,
    'call for violence',
    gate('sharpen load oil clean grab get ready'),
    {
      unless:
        /\b(?:turkey|ham|roast|steaks?|kitchen|dinner|thanksgiving|bbq|barbecue|hunt\w*|deer|elk|ducks?|geese|season|range|camp\w*|firewood|zombies?|movie|game)\b/,
    },
  ),
  rule(
    String.raw`\b(?:${OFFICE}|prosecutor|governor|senator|reporter|journalist|juror|jurors|witness)(?:'s|s')\s+(?:\w+\s+)?(?:family|families|wife|husband|kids|children|son|daughter|mom|mother|parents)\s+(?:(?:should|must|needs?\s+to|ought\s+to|deserves?\s+to|better)\s+(?:\w+\s+)?(?:pay\s+for\s+(?:it|this|that)|pay(?=\s*(?:[.!,;…]|$))|suffer|answer\s+for|feel\s+it|bleed|get\s+(?:hurt|what'?s\s+coming))|(?:will|gonna|is\s+gonna|are\s+gonna|'ll)\s+(?:\w+\s+)?(?:pay\s+for\s+(?:it|this|that)|pay(?=\s*(?:[.!,;…]|$))|answer\s+for\s+(?:it|this|that|what)|bleed|get\s+(?:hurt|what'?s\s+coming)))`,
    0.75,
    'threat of violence',
    gate('family families wife husband kids children son daughter mom mother parents'),
    {
      unless:
        /\b(?:funeral|hospital|medical|bills?|expenses|costs?|taxes|fees|fines?|restitution|tuition|rent|lawsuit|settlement|damages|insurance|pension|grief)\b/,
    },
  ),
  rule(
    String.raw`(?:^|[.!?…:]\s*|\s[—-]+\s*)(?:their|his|her|your|ur)\s+own\s+(?:funerals?|obituar(?:y|ies)|autops(?:y|ies)|wakes?|graves?|body\s+bags?)(?=\s*(?:[.!…]|$))`,
    0.7,
    'intimidation',
    gate('funeral funerals obituary obituaries autopsy autopsies wake wakes grave graves bag bags'),
  ),
  rule(
    String.raw`\b(?:${DEHUMAN}|${GROUP_TARGET}|${REVILED}|rats|vermin|roaches|cockroaches|cops|pigs|officers)\b[\s\S]{0,200}?\b(?:pest\s+control|extermination|exterminators?|a\s+cleanup|cleanup|clean\s*-?\s*up|a\s+cleansing|some\s+cleaning|housekeeping|spring\s+cleaning|a\s+little\s+visit|some\s+visits)\b[^.!?\n]{0,30}?\b(?:if\s+you\s+(?:get|know|catch)\s+(?:my\s+meaning|what\s+i\s+mean|my\s+drift)|wink\s+wink|nudge\s+nudge|know\s+what\s+i\s+mean)\b`,
    0.7,
    'call for violence',
    gate(
      'pest extermination exterminator exterminators cleanup clean housekeeping cleaning cleansing visit visits',
    ),
  ),
  rule(
    String.raw`\b(?:vote|voting|ballot|ballots|election|elections|soap\s*box|jury\s+box|polls)\b[\s\S]{0,150}?\b(?:use|try|open|go\s+to|move\s+(?:on\s+)?to|time\s+for|on\s+to|reach\s+for|break\s+out)\s+the\s+(?:other|last|fourth|4th|ammo|ammunition|cartridge|bullet)\s+box\b`,
    0.7,
    'call for violence',
    gate('box'),
    {
      unless: /\b(?:recycl\w*|donations?|mail|drop\s*box|packages?|tools?|toys?|books?|clothes)\b/,
    },
  ),
  rule(
    String.raw`\b(?:every|each|all|any)\s+(?:\w+\s+)?(?:pigs?|piggies|${GROUP_TARGET}|${REVILED})\s+(?:\w+\s+){0,4}?(?:has|have|got|wears?|wearing|carries|carry)\s+(?:a\s+)?targets?\s+on\s+(?:his|her|their|its|your)\s+(?:backs?|heads?|foreheads?|chests?)\b|\b(?:every|each|all|any)\s+(?:\w+\s+)?(?:cops?|officers?|deput(?:y|ies)|troopers?|judges?)\s+(?:\w+\s+){0,4}?(?:has|have|got|wears?|wearing|carries|carry)\s+(?:a\s+)?targets?\s+on\s+(?:his|her|their|its|your)\s+(?:backs?|heads?|foreheads?|chests?)\s+(?:now|from\s+now\s+on|as\s+of\s+(?:today|tonight|now)|starting\s+(?:today|tonight|now))\b|\byou(?:'ve|\s+have)?\s+(?:got\s+)?(?:a\s+)?target\s+on\s+(?:your|ur)\s+back\s+now\b`,
    0.7,
    'intimidation',
    gate('target targets'),
    {
      unless:
        /\b(?:because\s+of|thanks\s+to|rhetoric|feel|feels|felt|stay\s+safe|be\s+safe|pray\w*|support|protect|sad|scary|dangerous\s+job)\b/,
    },
  ),
  rule(
    String.raw`\b(?:should|needs?\s+to|must|ought\s+to|deserves?\s+to|gotta|has\s+to|have\s+to)\s+(?:all\s+)?be\s+taken\s+out\s+(?:back|behind\s+(?:the\s+)?(?:barn|woodshed|shed|building|station|precinct|courthouse))\b|\b(?:take|taking)\s+(?:him|her|them|em|'em)\s+out\s+(?:back|behind\s+(?:the\s+)?(?:barn|woodshed|shed))\s+(?:and\s+)?(?:deal\s+with|shoot|put\s+(?:him|her|them)\s+down|old\s+yeller|like\s+old\s+yeller)`,
    0.75,
    'call for violence',
    gate('taken take taking'),
    {
      unless:
        /\b(?:trash|garbage|recycling|bins?|boxes|pallets|dogs?|puppy|puppies|leftovers|furniture|couch|mattress|compost)\b/,
    },
  ),
  // Round 150 (0.7.22), from the misses of blind 343 (threats at groups in the shapes of
  // functional test suites, written after round 149: 13 of 16 on first contact): a group told it
  // will "get what's coming"; a group to be "got rid of for good, by any means"; a wish to see a
  // group "bleeding in the street" (the wish rule knew only people named by office or pronoun).
  // Not criminals who will get what's coming in court, or a party got rid of at the polls.
  rule(
    String.raw`\byou(?:\s+(?:${GROUP_NOUN}|people|guys|lot|all|pigs|cops|${DEHUMAN}))?\s+(?:are\s+(?:all\s+)?(?:going\s+to|gonna)|will|'ll|'re\s+(?:all\s+)?(?:going\s+to|gonna))\s+(?:all\s+)?get\s+what'?s\s+coming(?:\s+to\s+(?:you|ya|u|y'?all))?(?=\s*(?:[.!…]|$|(?:,\s*)?(?:very\s+|real\s+|pretty\s+)?soon\b|,\s*(?:${VOCATIVE}|pigs?|cops?)\b))(?![^.!?\n]*\b(?:in\s+court|at\s+(?:the\s+)?(?:polls|ballot)|karma|from\s+(?:god|karma|the\s+judge|a\s+jury))\b)`,
    0.7,
    'intimidation',
    gate('coming'),
    {
      unless:
        /\b(?:karma|court|jail|prison|justice\s+system|election|vote|ballot|polls|lawsuit|sued|audit|raise|bonus|refund|checks?|package|delivery)\b/,
    },
  ),
  rule(
    String.raw`${THIRD_PARTY_PLAN}\b(?:get|getting|got|be)\s+rid\s+of\s+(?:the|all\s+(?:the\s+)?|these|those|every)?\s*${BORN_OR_BELIEVED}\b(?=\s*(?:[,.!;…]|$|\s+(?:for|permanently|once|by|whatever|one|forever|final|finally|in|from|out|and|now|already|here|there|too)\b))[^.!?\n]{0,20}?\b(?:for\s+good|permanently|once\s+and\s+for\s+all|by\s+any\s+means(?:\s+necessary)?|whatever\s+it\s+takes|one\s+way\s+or\s+(?:another|the\s+other)|for\s+ever|forever|final(?:ly)?)\b`,
    0.7,
    'call for violence',
    gate('rid'),
  ),
  // Round 151 (0.7.22), from the misses of blind 344 (veiled threats at officers and officials,
  // written after round 150: 2 of 14 on first contact). What makes these threats is knowledge
  // shown and a hint of harm: a house admired then "a shame if the gas line leaked"; an officer's
  // or his family's routine recited, then "Just saying.", "Noted." or "Dark out there."; "we know
  // their school" after an officer's kids; a vest that had "better cover everything"; the car not
  // to be started "if I were the sheriff"; a food taster; "famous" with a black border; a wife
  // "lonely when you work nights"; no retirement, "bet on it"; "his last Christmas"; how quiet a
  // cop gets "when he's alone". Left alone: badge numbers remembered (residents keep them to file
  // complaints), and every twin: a routine told with thanks, a procurement complaint about
  // vests, the cold that kills batteries, a memorial's black border, a last Christmas in office.
  rule(
    String.raw`\bnice\s+(?:\w+\s+)?(?:house|home|car|truck|family|kids|place|porch|garage|shop|store|business|dog|cruiser|wife|husband)\b[^\n]{0,80}?\b(?:shame|pity|too\s+bad|awful|terrible|tragic)\s+if\s+(?:the|your|ur|his|her|their|that|a|something|anything|it)\b[^.!?\n]{0,40}?\b(?:leaked|leak|leaks|caught\s+fire|burned|burnt|burns|exploded|explodes|blew\s+up|went\s+up|got\s+(?:hurt|damaged|smashed|torched|burned))\b`,
    0.75,
    'intimidation',
    gate('shame pity bad awful terrible tragic'),
  ),
  rule(
    String.raw`(?:\b${OFFICE}\s+[a-z]+|\b(?:the|that|your|ur)\s+${OFFICE}(?:['’]s)?|\b(?:your|ur)\s+(?:cruiser|squad\s+car|patrol\s+car|unit|beat|patrol)|\b${OFFICIAL}\b[^\n]{0,120}?\b(?:his|her|your|ur|their))\s+[^.!?\n]{0,60}?\b(?:every\s+(?:shift|night|morning|evening|day|weekend|sunday|saturday)|same\s+(?:spot|place|time|route|way|bench|parking\s+spot)|at\s+\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?|at\s+(?:six|five|four|seven|eight|dawn|dusk|night)|alone|by\s+the\s+(?:creek|river|lake|woods|park|trail|tracks))\b[^.!?\n]{0,40}[.!…]+\s*(?:just\s+say(?:ing|in'?)|noted|tick\s*-?\s*tock|remember\s+that|we'?re\s+watching|we\s+see\s+(?:you|him|her|everything)|dark\s+out\s+there|lonely\s+out\s+there|quiet\s+out\s+there|anything\s+can\s+happen|sleep\s+tight|sweet\s+dreams)(?=\s*(?:[.!…]|$))`,
    0.7,
    'intimidation',
    gate(
      'saying sayin noted tick tock remember watching see dark lonely quiet happen sleep dreams',
    ),
    {
      unless:
        /\b(?:office\s+hours|meeting|meetings|opens?|closes?|hours|session|town\s+hall|coffee\s+with|thanks?|thank\s+you|grateful|appreciate\w*|congrat\w*|proud)\b/,
    },
  ),
  rule(
    String.raw`\b${OFFICIAL}\b[^\n]{0,160}?\b(?:we|i)\s+(?:know|found|have|got|know\s+where)\s+(?:their|his|her|your|ur)\s+(?:kids['’]?\s+|children['’]?s?\s+|daughter['’]?s?\s+|son['’]?s?\s+)?(?:school|schools|daycare|bus\s+stop|address|route|schedule|house|home|street|gym|church|names)(?=\s*(?:[.!…]|$))`,
    0.75,
    'intimidation',
    gate('we i'),
    {
      unless:
        /\b(?:pta|volunteer\w*|enroll\w*|registration|teacher|principal|district|board|my\s+(?:son|daughter|kids?)\s+(?:goes|go|went|attends?)|coach\w*|thank\w*)\b/,
    },
  ),
  rule(
    String.raw`\b(?:better|should|had\s+better|gonna\s+want\s+to)\s+(?:hope|pray)\s+(?:that\s+)?(?:his|her|your|ur|their|the)\s+(?:bullet-?proof\s+)?(?:vests?|armou?r|kevlar|helmets?|plates?)\s+(?:covers?\s+everything|covers?\s+(?:his|her|your|ur|their)\s+(?:head|face|neck)|is\s+rated\s+for\s+(?:rifles?|a\s+rifle|\.?\d+)|stops?\s+(?:everything|rifle\s+rounds?|a\s+\.?\d+))\b`,
    0.75,
    'intimidation',
    gate('hope pray'),
    {
      unless:
        /\b(?:cheap|expired|recall\w*|budget|city\s+bought|procure\w*|contract|vendor|funding|replac\w*|outdated|grant)\b/,
    },
  ),
  rule(
    String.raw`\b(?:i\s+(?:wouldn'?t|would\s+not|would\s+think\s+twice\s+(?:before|about)|would\s+be\s+careful\s+(?:starting|about\s+starting))|i'?d\s+(?:think\s+twice\s+(?:before|about)|be\s+careful\s+(?:starting|about\s+starting)))\s+(?:start(?:ing)?|turn(?:ing)?\s+on|get(?:ting)?\s+in(?:to)?)\s+(?:my|his|her|the|that|a)\s+(?:car|truck|cruiser|engine|squad\s+car|patrol\s+car|ignition)\b[^.!?\n]{0,30}?\bif\s+i\s+(?:were|was)\s+(?:you|u|him|her|the\s+(?:${OFFICE}|prosecutor|governor)|${OFFICE}\s+[a-z]+|that\s+${OFFICE})\b`,
    0.75,
    'intimidation',
    gate('start starting turn turning get getting'),
    {
      unless:
        /\b(?:cold|battery|ice|icy|recall\w*|winter|snow|flood\w*|freezing|frozen|mechanic|check\s+engine|oil|leak\w*|rats?|mice|cat|cats)\b/,
    },
  ),
  rule(
    String.raw`\b(?:should|better|might\s+want\s+to|needs?\s+to|ought\s+to|gonna\s+need\s+to)\s+(?:hire|get|find)\s+(?:(?:him|her|them)self\s+|themselves\s+)?(?:a|an)\s+(?:good\s+)?food\s+tasters?\b`,
    0.7,
    'intimidation',
    gate('taster tasters'),
  ),
  rule(
    String.raw`\b(?:going\s+to|gonna|will|'ll|about\s+to)\s+make\s+(?:that|the|this|you|u|him|her|your)\s+(?:\w+\s+)?famous\b(?=[^\n]{0,60}\b(?:black\s+(?:border|frame|ribbon)|obituar\w*|obits|memorial|headstone|half[\s-]staff|funeral|in\s+memoriam|rip)\b)`,
    0.75,
    'intimidation',
    gate('famous'),
  ),
  rule(
    String.raw`\b(?:your|ur)\s+(?:wife|husband|girlfriend|boyfriend|daughter|kids|family)\s+(?:looks?|looked|seems?|seemed|is|gets?|stays?)\s+(?:so\s+|awfully\s+|really\s+|pretty\s+|very\s+)?(?:lonely|all\s+alone|alone|unprotected|vulnerable|home\s+alone|by\s+(?:her|him|them)self)\s+(?:when|while|whenever)\s+(?:you|u)(?:'re|\s+are)?\s+(?:work(?:s|ing)?|on\s+(?:shift|duty|patrol|nights)|away|gone|out)\b`,
    0.75,
    'intimidation',
    gate('lonely alone unprotected vulnerable'),
    { unless: /\b(?:must|thank\w*|service|sacrifice|pray\w*|support|proud|grateful)\b/ },
  ),
  rule(
    String.raw`\b(?:you|u|he|she|they|that\s+\w+|the\s+(?:${OFFICE}|prosecutor|governor)|${OFFICE}\s+[a-z]+)\s+(?:won'?t|will\s+not|ain'?t\s+gonna|isn'?t\s+gonna|is\s+not\s+going\s+to|never\s+gonna)\s+(?:(?:live\s+to\s+)?see|make\s+it\s+to|reach|get\s+to\s+(?:see|enjoy)|live\s+(?:to|until))\s+(?:(?:his|her|your|ur|their|the|next|another)\s+)*(?:retirement|pension|christmas|birthday|thanksgiving|new\s+year|weekend|summer|spring|next\s+year|\d{2}|forty|fifty|sixty)\b[^.!?\n]{0,5}[.!…,]*\s*(?:bet\s+on\s+it|mark\s+my\s+words|trust\s+me|count\s+on\s+it|i\s+promise|guaranteed|i\s+guarantee\s+it|i\s+swear|watch)\b`,
    0.75,
    'intimidation',
    gate('bet mark trust count promise guaranteed guarantee swear watch'),
    {
      unless:
        /\b(?:stress|budget|pension\s+fund|cuts?|layoffs?|audit|health|heart|cancer|doctor|election|vote|recall|fired|term\s+limits?)\b/,
    },
  ),
  rule(
    String.raw`\benjoy(?:s|ing)?\s+(?:his|her|your|ur|their)\s+last\s+(?:christmas|birthday|summer|weekend|thanksgiving|holiday|holidays|night|day|meal|breakfast|days|easter)(?=\s*(?:[.!…]|$|,\s*(?:${VOCATIVE}|pigs?|cops?)\s*(?:[.!…]|$)))`,
    0.7,
    'intimidation',
    gate('last'),
    {
      unless:
        /\b(?:before|retire\w*|in\s+office|on\s+the\s+(?:force|job|bench|council)|at\s+the\s+(?:station|precinct|department)|in\s+the\s+old|as\s+(?:chief|mayor|sheriff|judge)|term|moving|move|college|single|freedom|vacation)\b/,
    },
  ),
  rule(
    String.raw`\bfunny\s+how\s+(?:quiet|brave|tough|big|loud|mouthy|cocky|polite|nice|humble|scared|small)\s+(?:a|the|that|you|u|these|those)\s+(?:\w+\s+){0,2}?(?:${PERSON_NOUN}\s+)?(?:gets?|are|is|becomes?|sound|sounds)\s+when\s+(?:he'?s|she'?s|they'?re|you'?re|he\s+is|she\s+is|they\s+are|you\s+are|u\s+r)\s+(?:all\s+)?alone\b`,
    0.7,
    'intimidation',
    gate('funny'),
  ),
  // Round 152 (0.7.22), from the misses of blind 345 (veiled threats again, written after round
  // 151: 1 of 14 on first contact, so round 151's shapes did not carry). The shape they share:
  // an official named or addressed, a sentence of what the commenter knows of them (their
  // family, car, porch, commute, church, habits), then a closing fragment that hints at harm
  // ("While he can.", "Long way down.", "Be a pity.", "Just a matter of time."). The fragment
  // must stand alone at the end and the knowledge must come first: "say hi to his mom at church,
  // she's so proud of him" and a porch light with a bulb offered are left alone. "Small town." is
  // not read: it closes neighbourly news as often as a menace ("his kids sell lemonade every
  // summer. Small town."), so the sheriff's wife's Subaru of blind 345 stays missed.
  // Beside it: "get his affairs in order" (not "his house in order": said of a party leader, it
  // means his party), a route home changed "if I were you", gas cans "cheap" said to an official.
  rule(
    String.raw`\b${OFFICIAL}\b[^\n]{0,240}?[.!…]+(?<=\b(?:wife|husband|kids?|children|daughter|son|mom|mother|dad|father|family|porch|house|home|car|truck|suv|subaru|commute|route|driveway|parking\s+lot|routine|habits?|schedule|church|gym|store|kroger|walmart|bridge|address|addresses|park|school|street)\b[^\n]{0,120}[.!…]+)\s*(?:while\s+(?:he|she|they|you|u)\s+(?:still\s+)?can|(?:it'?s\s+)?(?:a\s+)?long\s+way\s+(?:down|from\s+(?:help|anyone|anybody|town|the\s+station))|(?:no\s+one|nobody)\s+(?:around|would\s+hear(?:\s+(?:a\s+thing|anything))?)|(?:would\s+|it'?d\s+|what\s+a\s+)?(?:be\s+a\s+)?(?:pity|shame)(?:\s+to\s+[a-z]+(?:\s+[a-z]+){0,3})?|(?:just|only)\s+a\s+matter\s+of\s+time|lots\s+of\s+habits|easy\s+to\s+miss\s+(?:someone|somebody|a\s+\w+)(?:\s+[a-z]+){0,4}|we'?ll\s+be\s+seeing\s+(?:you|him|her)|watch\s+(?:yourself|your\s+back|his\s+back|her\s+back))(?=\s*(?:[.!…]|$))`,
    0.7,
    'intimidation',
    gate(
      'while long one nobody pity shame matter habits remember learn understand see happen miss seeing watch',
    ),
    {
      unless:
        /\b(?:thanks?|thank\s+you|grateful|appreciate\w*|congrat\w*|proud|bulb|lend|volunteer\w*|detour|construction|closed|rest\s+in\s+peace|rip|condolences|miss\s+(?:him|her|you)|retire\w*|funeral)\b/,
    },
  ),
  rule(
    String.raw`\b(?:should|better|had\s+better|needs?\s+to|might\s+want\s+to|ought\s+to|oughta|gotta|time\s+(?:for\s+(?:him|her|you|them)\s+)?to)\s+(?:start\s+)?(?:get|put|getting|putting)\s+(?:his|her|your|ur|their)\s+affairs\s+in\s+order\b`,
    0.7,
    'intimidation',
    gate('affairs'),
    {
      unless:
        /\b(?:will|wills|estate|lawyer|attorney|elderly|hospice|diagnos\w*|cancer|doctor|hospital|paperwork|taxes|budget|audit|finances|before\s+(?:the\s+)?(?:audit|election|inspection|hearing|retire\w*)|department|office|agency|city|council|books|records)\b/,
    },
  ),
  rule(
    String.raw`\b(?:i'?d|i\s+would)\s+(?:change|vary|switch|start\s+varying|take\s+a\s+different)\s+(?:my|your|ur|his|her)?\s*(?:route|routes|way|commute|drive)(?:\s+home|\s+to\s+work)?\s+if\s+i\s+(?:were|was)\s+(?:you|u|him|her|the\s+${OFFICE}|${OFFICE}\s+[a-z]+)\b`,
    0.7,
    'intimidation',
    gate('change vary switch varying different'),
    {
      unless: new RegExp(
        String.raw`\b(?:construction|closed|closure|traffic|detour|road\s*work|roadwork|flood\w*|accident|ice|icy|snow|potholes?|bridge\s+is|lanes?|toll|${DANGER})\b`,
      ),
    },
  ),
  rule(
    String.raw`\b${OFFICIAL}\b[^\n]{0,200}?\b(?:gas\s+cans?|gasoline|matches|lighters?|lighter\s+fluid|kerosene|bullets|ammo|rope|fertili[sz]er)\s+(?:is|are)\s+(?:cheap|still\s+cheap|pretty\s+cheap|real\s+cheap|easy\s+to\s+(?:get|find|buy|come\s+by))\b`,
    0.7,
    'intimidation',
    gate(
      'cans can gasoline matches lighters lighter fluid kerosene bullets ammo rope fertilizer fertiliser',
    ),
    {
      unless:
        /\b(?:price|prices|sale|gallon|costco|walmart\s+has|station|store|week|deal|coupon)\b/,
    },
  ),
  rule(
    String.raw`\b(?:sleeps?|sleeping|rests?|resting|enjoys?|enjoying|breathes?|breathing|lives?\s+it\s+up|smiles?|smiling|laughs?|laughing)\b[^.!?\n]{0,30}[.!…,]+\s*(?:-+\s*)?while\s+(?:he|she|you|u|they)\s+(?:still\s+)?can(?=\s*(?:[.!…]|$))|\b(?:every(?:one|body)|people|we|i|they|men|man)\s+(?:has|have|got)\s+(?:a|their|our|my|his)\s+breaking\s+point\b[^\n]{0,60}?[.!…]+\s*(?:he|she|you|they)(?:'ll|\s+will)\s+(?:remember|learn|find\s+out|see)\b`,
    0.7,
    'intimidation',
    gate('while breaking'),
    {
      unless:
        /\b(?:baby|newborn|toddler|kids|vacation|retire\w*|summer|youth|weather|sun|sunshine|warm|snow|spring|fall|autumn|winter|holidays?|break|weekend|season|discount|sale|deal|free|young|dog|cat|puppy|therapy|burnout|mental\s+health)\b/,
    },
  ),
  rule(
    String.raw`\b(?:your|ur|his|her)\s+(?:kids|children|daughter|son|little\s+(?:girl|boy|ones)|wife|family)\s+(?:is|are|looks?|seems?)\s+(?:so\s+|really\s+|very\s+)?(?:cute|sweet|adorable|pretty|beautiful|lovely|precious|nice)\b[^.!?\n]{0,30}[.!…,]+\s*(?:i\s+|we\s+)?(?:saw|seen|spotted|watched|noticed)\s+(?:them|her|him)\s+(?:at|in|on|outside|by|walking|playing|leaving)\b`,
    0.7,
    'intimidation',
    gate('saw seen spotted watched noticed'),
    {
      unless:
        /\b(?:demo|event|parade|festival|game|party|picnic|ceremony|recital|thanks?|thank\s+you|open\s+house|cookout|story\s+time|fair|graduation|concert|church\s+picnic|congrat\w*|proud)\b/,
    },
  ),
  // Round 153 (0.7.22), from the misses of blind 346 (threats of every kind, written after round
  // 152: 7 of 16 on first contact, 1 of 8 twins): a shift "put in the ground, one by one"; an
  // official who "should be found in a ditch"; "a lesson in lead"; "somebody firebomb" a place; a
  // face its owner "won't recognize"; snitches who "end up in the river"; a judge paid "a visit
  // with my shotgun"; "just wait till…  Boom." (and, in the accident rule, "a bad accident on that
  // boat of his"; in the idioms, "burn every bridge" with a council). Not bulbs put in the ground,
  // a stolen car found in a ditch, a lesson in humility, a face after a facial, fireworks.
  rule(
    String.raw`${FIRST_PERSON}\s+put\s+(?:the|that|this|those|these|every|all|each)\s+(?:whole\s+|entire\s+)?(?:[a-z'-]+\s+){0,2}?(?:shift|squad|unit|department|precinct|force|council|crew|board|${PERSON_NOUN}|${GROUP_TARGET}|${REVILED})(?:\s+(?:on|at|from|around|of)\s+(?:this|that|the|my|our)\s+[a-z]+)?\s+(?:in|into|six\s+feet)\s+(?:the\s+ground|(?:an?\s+)?(?:early\s+)?graves?|the\s+grave|coffins?|body\s+bags?|the\s+morgue|under)\b`,
    0.8,
    'threat of violence',
    gate('ground grave graves coffin coffins bag bags morgue under'),
    {
      unless: new RegExp(String.raw`${PLANTING.source}|\b(?:poles?|stakes?|flags?|signs?)\b`),
    },
  ),
  rule(
    String.raw`\b(?:should|deserves?\s+to|needs?\s+to|ought\s+to|oughta|hope\s+(?:he|she|they|you)\s+(?:is|are|gets?))\s+(?:be\s+|get\s+)?found\s+(?:dead\s+)?(?:face\s*-?\s*down\s+)?(?:in|under|behind|floating\s+in)\s+(?:a|the)\s+(?:ditch|river|lake|dumpster|trunk|woods|landfill|gutter|creek|canal|swamp|shallow\s+grave|alley)\b`,
    0.75,
    'call for violence',
    gate('found'),
    {
      unless:
        /\b(?:missing|lost|stolen|hiker|car|truck|dog|cat|wallet|phone|keys|fear|worried|search\w*|evidence|weapon|gun)\b/,
    },
  ),
  rule(
    String.raw`\b(?:need|needs|deserve|deserves|get|gets|getting|give\s+(?:them|him|her|em|'em)|teach\s+(?:them|him|her|em|'em))\s+(?:a\s+|some\s+)?(?:lesson|lessons|class|course|education|schooling)\s+in\s+(?:hot\s+)?(?:lead|bullets|ballistics|rope|knots|hanging|pain|gravity)\b`,
    0.75,
    'call for violence',
    gate('lesson lessons class course education schooling'),
    {
      unless:
        /\b(?:physics|science|class(?:room)?\s+(?:on|about)|lead\s+(?:pipes|paint|poisoning)|chemistry|climbing|sailing|boy\s+scouts?)\b/,
    },
  ),
  rule(
    String.raw`(?:^|[.!?;:\n]\s*|,\s*|\b(?:just|please|pls)\s+)(?:someone|somebody|some1|anyone|anybody)\s+(?:please\s+|just\s+|go\s+)?(?:firebomb|torch|bomb|burn\s+down|blow\s+up|shoot\s+up|molotov)\s+(?:that|the|this|those|their|his|her)\b(?!\s+(?:[a-z'-]+\s+)?(?:exam|test|interview|audition|presentation|speech|quiz|ballot|comment\s+section|inbox|group\s+chat|thread)\b)`,
    0.8,
    'call for violence',
    gate('firebomb torch bomb burn blow shoot molotov'),
    {
      unless:
        /\b(?:movie|film|game|video\s+game|minecraft|fortnite|karaoke|open\s+mic|comedy|roast)\b/,
    },
  ),
  rule(
    String.raw`\b(?:won'?t|will\s+not|wouldn'?t|ain'?t\s+gonna|isn'?t\s+gonna|not\s+gonna)\s+(?:even\s+)?(?:be\s+able\s+to\s+)?recogni[sz]e\s+(?:his|her|your|ur|their)\s+(?:own\s+)?(?:face|faces|reflection|self|selves)\b`,
    0.7,
    'threat of violence',
    gate('recognize recognise'),
    {
      unless:
        /\b(?:skin|cream|makeup|make-up|serum|facial|haircut|hair|glasses|glow|routine|diet|weight|spa|botox|surgery|beard|tan|sunscreen|sleep|stress|transformation|makeover|age|aging|ageing|photo|filter)\b/,
    },
  ),
  rule(
    String.raw`\b(?:snitches|rats|cops|pigs|informants|(?:you|u)\s+(?:snitches|rats|people|cops|pigs|guys))(?:\s+(?:around\s+here|in\s+this\s+(?:town|neighbou?rhood|city|county|hood)|on\s+this\s+(?:block|street)))?\s+(?:always\s+|tend\s+to\s+|usually\s+)?(?:end\s+up|wind\s+up|turn\s+up|get\s+found|are\s+found|go\s+missing)\s+(?:dead|missing|in\s+(?:the|a)\s+(?:river|ditch|lake|trunk|dumpster|woods|ground|morgue|body\s+bags?|creek|swamp|landfill))\b`,
    0.75,
    'intimidation',
    gate('end wind turn found missing'),
    { unless: /\b(?:movie|film|show|episode|book|novel|documentary|podcast|statistics|study)\b/ },
  ),
  rule(
    String.raw`\bpay(?:s|ing)?\s+(?:the|that|this|your|ur|his|her)?\s*(?:[a-z'-]+\s+)?(?:${PERSON_NOUN}|you|u|him|her|them|${OFFICE}\s+[a-z]+)\s+a\s+(?:little\s+|late[\s-]night\s+|surprise\s+|quick\s+)?visit\s+with\s+(?:my|a|the|our|some|his|her|me\s+and\s+my)\s+(?:\w+\s+)?(?:shotgun|gun|guns|rifle|rifles|ar|ar-?15|pistol|glock|bat|machete|knife|crowbar|gas\s+can|matches|piece|strap|heater|boys\s+with\s+guns)\b`,
    0.8,
    'threat of violence',
    gate('visit'),
  ),
  rule(
    String.raw`\b(?:just\s+)?wait\s+(?:till|until|til|'til)\b[^.!?\n]{0,80}[.!…,]+\s*(?:then\s+)?(?:boom|kaboom|ka-?boom|bang|bang\s+bang)(?=\s*(?:[.!…]|$))`,
    0.7,
    'intimidation',
    gate('boom kaboom bang'),
    {
      unless:
        /\b(?:fireworks|game|score|scored|touchdown|goal|sale|deal|prices?|launch|release|album|drop|trailer|reveal|announcement)\b/,
    },
  ),
  // Round 155 (0.7.22), from the misses of blind 348 (threats inside longer complaints and in
  // chat register, written after round 154: 3 of 12 on first contact): someone who "won't be
  // making noise ever again" or "laughing for long"; "better watch out when they leave city hall";
  // "leaving in an ambulance"; "or y'all gettin smoked"; "I know where every one of them parks";
  // spikes put out for cruisers; "waiting on the rooftops"; a prosecutor's kids' lives ruined.
  // Not a neighbour evicted, ice on the steps, a ball game, fireworks seen from a roof, spike
  // strips laid by police for a fleeing car.
  rule(
    String.raw`\b(?:he|she|they|you|u|y'?all|that\s+\w+|the\s+\w+(?:\s+next\s+door)?|(?:the\s+)?guy\s+next\s+door)\s+(?:won'?t|will\s+not|ain'?t\s+gonna|isn'?t\s+gonna|aren'?t\s+gonna|not\s+gonna)\s+be\s+(?:making\s+(?:noise|a\s+sound|trouble)|talking|laughing|breathing|walking|smiling|bothering\s+(?:anyone|anybody|us|me|nobody)|running\s+(?:his|her|their|your)\s+mouths?)\s+(?:ever\s+again|again|for\s+long(?!\s+distances)|much\s+longer|anymore|no\s+more)\b(?![\s\S]{0,80}\b(?:arrested|jail|prison|sentenced|locked\s+up|behind\s+bars)\b)`,
    0.7,
    'intimidation',
    gate('making talking laughing breathing walking smiling bothering running'),
    {
      unless:
        /\b(?:evict\w*|landlord|moved|moving|fined|ticket\w*|complaint|ordinance|hoa|surgery|injury|knee|hip|doctor|hospital|cast|laryngitis|braces|dentist|sick|flu|covid|suspended|banned|recall\w*|voted\s+out|lost\s+(?:his|her|the)\s+(?:job|election|seat))\b/,
    },
  ),
  rule(
    String.raw`\b(?:better|had\s+better|should|gonna\s+want\s+to)\s+watch\s+(?:out|(?:their|his|her|your|ur)\s+backs?|(?:them|him|her|your)sel(?:f|ves))\s+when\s+(?:they|he|she|you|u)\s+(?:leave|leaves|walk|walks|get\s+home|gets\s+home|go\s+home|goes\s+home|step\s+out|steps\s+out|come\s+out|comes\s+out|park|parks|get\s+off)\b`,
    0.7,
    'intimidation',
    gate('watch'),
    {
      unless: new RegExp(
        String.raw`\b(?:ice|icy|traffic|construction|potholes?|geese|wet\s+paint|crosswalk|dogs?|steps|stairs|puddles?|flood\w*|protest\w*|reporters|press|paparazzi|crowds?|${DANGER})\b`,
      ),
    },
  ),
  rule(
    String.raw`\b(?:he|she|they|you|u|y'?all)(?:'ll|\s+will|\s+are\s+(?:gonna|going\s+to)|\s+is\s+(?:gonna|going\s+to)|'s\s+(?:gonna|going\s+to)|'re\s+(?:gonna|going\s+to))\s+(?:be\s+)?(?:leaving|leave|going\s+home|go\s+home|end\s+up|be\s+carried\s+out|be\s+wheeled\s+out|getting\s+carried\s+out)\s+(?:of\s+here\s+)?in\s+(?:an\s+ambulance|a\s+body\s+bag|a\s+hearse|a\s+coffin|a\s+box|a\s+stretcher|pieces)\b`,
    0.75,
    'threat of violence',
    gate('leaving leave going go end carried wheeled'),
    {
      unless:
        /\b(?:drunk|driving|speeding|motorcycle|helmet|heat|heart|diet|overdose|climb\w*|skate\w*|ski\w*|football|rugby|hockey|boxing|match|game|surgery)\b/,
    },
  ),
  rule(
    String.raw`\bor\s+(?:else\s+)?(?:you|u|ya|yall|y'?all|you\s+all|they|he|she)\s+(?:(?:are|r|is|'re|re)\s+)?(?:getting|gettin|gonna\s+get|going\s+to\s+get|get|will\s+get|'ll\s+get|gon\s+get|finna\s+get|bout\s+to\s+get)\s+(?:smoked|shot|popped|capped|stabbed|dropped|lit\s+up|clapped|sprayed|blasted|whacked|bodied|merked|stomped|jumped|beat\s+down|beaten)\b`,
    0.75,
    'threat of violence',
    gate(
      'smoked shot popped capped stabbed dropped lit clapped sprayed blasted whacked bodied merked stomped jumped beat beaten',
    ),
    {
      unless:
        /\b(?:game|court|basketball|ball|hoops|1v1|chess|fortnite|call\s+of\s+duty|cod|ranked|match|team|score|tournament|paintball|airsoft|flu\s+shot|booster|vaccin\w*|ticket\w*|fined|cameras?|radar|photographed|photos?|pictures?)\b/,
    },
  ),
  rule(
    String.raw`\b(?:i|we)\s+know\s+where\s+(?:every\s+(?:single\s+|last\s+)?one\s+of\s+(?:them|you|y'?all|em)|each\s+(?:one\s+)?of\s+(?:them|you|em)|(?:they|you|y'?all)\s+all|all\s+of\s+(?:them|you|y'?all))\s+(?:parks?|lives?|sleeps?|works?|eats?|goes?|go|drinks?|hangs?\s+out|takes?\s+(?:their|his|her)\s+kids)\b`,
    0.75,
    'intimidation',
    gate('know'),
    {
      unless:
        /\b(?:fire\s+lane|handicap\w*|illegally|hydrant|tow\w*|double\s+park\w*|crosswalk|sidewalk|bike\s+lane|ticket\w*)\b/,
    },
  ),
  rule(
    String.raw`\b(?:put|putting|throw|throwing|lay|laying|leave|leaving|scatter|scattering)\s+(?:some\s+|a\s+few\s+)?(?:spikes|nails|caltrops|tacks|roofing\s+nails|spike\s+strips?)\s+(?:out\s+)?(?:for|under|in\s+front\s+of|behind)\s+(?:your|ur|their|the|his|her|those|every)\s+(?:\w+\s+)?(?:cruisers?|squad\s+cars?|patrol\s+cars?|cop\s+cars?|police\s+cars?|tires|motorcycles?|bikes?)\b`,
    0.75,
    'threat of violence',
    gate('spikes nails caltrops tacks spike'),
    {
      unless:
        /\b(?:police|officers|troopers|deputies|pursuit|chase|fleeing|suspects?|stolen|carjack\w*|getaway|construction|contractor|roofers?|roofing\s+crew|swept|sweep)\b/,
    },
  ),
  rule(
    String.raw`\b(?:we'?ll|we\s+will|i'?ll|i\s+will|we'?re|we\s+are|i'?m|i\s+am|we\s+gonna|i\s+gonna)\s+(?:be\s+)?(?:waiting|posted\s+up|set\s+up|camped\s+out)\s+(?:for\s+(?:you|u|y'?all|them|him|her)\s+)?(?:on|from|up\s+on|at|in)\s+(?:the\s+)?(?:rooftops?|roofs?|overpass(?:es)?|tree\s*line|treeline|bell\s+tower|high\s+ground|water\s+tower|upper\s+windows?)\b`,
    0.75,
    'threat of violence',
    gate('waiting posted set camped'),
    {
      unless:
        /\b(?:fireworks|parade|eclipse|view|sunset|sunrise|santa|balloons?|air\s+show|meteors?|stars|photos?|camera|drone\s+show|concert)\b/,
    },
  ),
  rule(
    String.raw`${FIRST_PERSON}\s+(?:ruin|destroy|wreck|end)\s+(?:his|her|your|ur|their)\s+(?:kids|children|family|daughter|son|wife|husband|grandkids)(?:['’]s|s['’]|['’])?\s*(?:lives?|life)?\b(?!\s+(?:in\s+court|with\s+(?:a\s+)?(?:lawsuit|complaint|the\s+truth|evidence)))`,
    0.7,
    'threat of violence',
    gate('ruin destroy wreck end'),
    {
      unless:
        /\b(?:vacation|trip|holiday|christmas|birthday|surprise|spoil\w*|movie|game|dinner|party|fun)\b/,
    },
  ),
  // Round 156 (0.7.22), from the misses of blind 349 (threats of every kind again, written after
  // round 155: 2 of 12 on first contact): "when the collapse comes … visit every cop's house on
  // our list"; "would hate for anything to happen to her" after an officer's baby; "Big windows.
  // Easy access." closing an official's office; a group that "shouldn't feel safe"; "send them
  // home in pieces" (the body-bag rule); "what traitors got in 1776"; "should be looking over
  // their shoulder"; "two weeks to resign before we come collect"; "nobody would miss that
  // detective if he didn't come back" (the nobody-would-miss rule); "a tragedy if the mayor's car
  // went off the bridge". Not a neighbour checked on after a collapse, a baby congratulated,
  // wheelchair access, a resignation asked for before a recall, a tip for parking garages.
  rule(
    String.raw`\b(?:when|once|after)\s+(?:the\s+)?(?:collapse|shtf|shit\s+hits\s+the\s+fan|civil\s+war|boogaloo|revolution|purge|day\s+of\s+the\s+rope|grid\s+goes\s+down|lights\s+go\s+out|balloon\s+goes\s+up)\s*(?:comes?|starts?|kicks\s+off|hits|happens|goes\s+down|begins)?\b[^.!?\n]{0,80}?\b(?:visit|pay\s+a\s+visit\s+to|go\s+(?:to|after)|knock\s+on|hit|start\s+with|come\s+for|round\s+up|hunt\s+down|find)\s+(?:every|each|all|the|those|these)\s+(?:[a-z'-]+\s+){0,2}?(?:${PERSON_NOUN}|${GROUP_TARGET}|${REVILED}|cop['’]s|officer['’]s|judge['’]s|politician['’]s|cops['’]|officers['’]|deput(?:y|ies)['’]s?)`,
    0.75,
    'call for violence',
    gate('collapse shtf fan war boogaloo revolution purge rope grid lights balloon'),
    {
      unless:
        /\b(?:check\s+on|help|elderly|neighbou?rs?|supplies|water|food|generator|first\s+aid|shelter)\b/,
    },
  ),
  rule(
    String.raw`\b(?:baby|kids?|children|daughter|son|wife|husband|family|little\s+(?:girl|boy|one))\b[^\n]{0,120}?\b(?:would|'d|i'?d)\s+hate\s+(?:for|if)\s+(?:anything|something)\s+(?:bad\s+)?(?:to\s+happen|happened|were\s+to\s+happen)\s+to\s+(?:her|him|them|it|you|your\s+\w+|that\s+\w+)\b`,
    0.7,
    'intimidation',
    gate('hate'),
    {
      unless: new RegExp(
        String.raw`${WARNING_OF_A_DANGER.source}|\b(?:flu|fever|sick|hospital|doctor|vaccin\w*|car\s+seat|pool|water|choking|allerg\w*)\b`,
      ),
    },
  ),
  rule(
    String.raw`\b${OFFICIAL}(?:['’]s)?\b[^\n]{0,120}?[.!?…]+\s*(?:(?:big|nice|lots\s+of|large)\s+windows[.!…]+\s*)?(?:easy\s+(?:access|target|in\s+and\s+out)|no\s+(?:security|guards?|cameras|fence|locks))\s*[.!…]*\s*$`,
    0.7,
    'intimidation',
    gate('easy security guard guards cameras fence locks'),
    {
      unless:
        /\b(?:wheelchair|accessib\w*|ada|ramp|parking|bus|visitors?|public\s+hours|open\s+house|budget|audit|upgrade|funding)\b/,
    },
  ),
  rule(
    String.raw`\b(?:${BORN_OR_BELIEVED}|${GROUP_ADJ}\s+(?:kids|children|families|people|students|women|men)|cops|pigs)\s+(?:shouldn'?t|should\s+not|should\s+never|don'?t\s+deserve\s+to|do\s+not\s+deserve\s+to)\s+(?:ever\s+)?(?:feel|be)\s+safe\b(?!\s+(?:with|around|near|on\s+(?:the\s+)?(?:roads?|streets?)|driving|if|unless|until))|\b(?:${GROUP_TARGET}|${GROUP_ADJ}\s+(?:kids|children|families|people|students|women|men)|${REVILED}|cops|pigs|officers|deputies|judges|they|you|u|y'?all)\s+(?:won'?t|will\s+not|will\s+never|ain'?t\s+gonna|are\s+never\s+gonna)\s+(?:ever\s+)?(?:feel|be)\s+safe\b[^\n]{0,60}?\b(?:(?:we|i)(?:'ll|\s+will)\s+(?:make\s+sure|see\s+to\s+it)|i\s+promise|(?:you\s+have\s+)?my\s+word|count\s+on\s+it)\b`,
    0.7,
    'intimidation',
    gate('safe'),
    {
      unless:
        /\b(?:shootings?|lockdown|bully\w*|covid|traffic|crosswalk|drivers|speeding|lead\s+pipes|mold|asbestos|predators?\s+like|until\s+(?:we|they|the\s+city))\b/,
    },
  ),
  rule(
    String.raw`\b(?:get|gets|getting|deserve|deserves|should\s+get|will\s+get|'ll\s+get|give\s+(?:them|him|her)|gave)\s+what\s+(?:the\s+)?(?:traitors|tories|loyalists|redcoats|nazis|mussolini|ceausescu|gaddafi|qaddafi|the\s+romanovs|marie\s+antoinette|louis\s+xvi|benedict\s+arnold)\s+(?:got|received|had\s+coming|deserved)\b|\b(?:the\s+)?(?:ceausescu|mussolini|gaddafi|qaddafi|romanov|nuremberg)\s+treatment\b`,
    0.75,
    'call for violence',
    gate(
      'traitors tories loyalists redcoats nazis mussolini ceausescu gaddafi qaddafi romanovs antoinette louis arnold treatment',
    ),
    {
      unless:
        /\b(?:history\s+(?:class|lesson|book|teacher)|documentary|museum|exhibit|podcast|trial\s+transcripts?)\b/,
    },
  ),
  rule(
    String.raw`\b(?:should|better|had\s+better|needs?\s+to|oughta|ought\s+to|gonna\s+want\s+to)\s+(?:all\s+)?(?:be\s+|start\s+|always\s+be\s+)?(?:looking|watching|checking|look|watch|check)\s+over\s+(?:their|his|her|your|ur)\s+shoulders?\b`,
    0.7,
    'intimidation',
    gate('looking watching checking look watch check'),
    {
      unless:
        /\b(?:parking|garage|atm|pickpockets?|scams?|scammers|thieves|purse|wallet|tips?|safety|night\s+out|alone\s+at\s+night|jogg\w*|running|campus|dark)\b/,
    },
  ),
  rule(
    String.raw`\b(?:you'?ve\s+got|you\s+have|you\s+got|u\s+got|u\s+have)\s+(?:\w+\s+){0,2}?(?:days?|weeks?|hours?|months?)\s+to\s+(?:resign|leave|quit|get\s+out|step\s+down|pack\s+up|disappear|run|leave\s+town)\b[^.!?\n]{0,30}?\b(?:before|or(?:\s+else)?)\s+(?:we|i|they|people)\s+(?:come|show\s+up|start|make|take)\s+(?:collect(?:ing)?|for\s+(?:you|u|it|your\s+\w+)|to\s+(?:your|ur)\s+(?:house|home|door)|at\s+(?:your|ur)\s+(?:house|home|door)|matters\s+into|things\s+ugly|it\s+ugly)`,
    0.75,
    'intimidation',
    gate('resign leave quit get step pack disappear run'),
    {
      unless:
        /\b(?:recall|petition|vote|ballot|election|lawsuit|court|complaint|board|signatures)\b/,
    },
  ),
  rule(
    String.raw`\b(?:shame|tragedy|pity|awful|terrible|sad)\s+if\s+(?:the\s+)?(?:(?:${OFFICE}|prosecutor|governor|councilm[ae]n|da)(?:['’]s)?|his|her|your|ur|their)\s+(?:\w+\s+)?(?:car|cruiser|truck|suv|boat|plane|helicopter|minivan)\s+(?:went|goes|drove|ran|flew|slid|rolled)\s+(?:off|into|over)\s+(?:a|the)\s+(?:cliff|bridge|road|overpass|river|lake|embankment|ravine|guardrail)\b|\b(?:shame|tragedy|pity|awful|terrible|sad)\s+if\s+(?:the\s+)?(?:(?:${OFFICE}|prosecutor|governor|councilm[ae]n|da)(?:['’]s)?|his|her|your|ur|their)\s+(?:\w+\s+)?brakes\s+(?:failed|gave\s+out|went\s+out|stopped\s+working|were\s+cut)\b`,
    0.75,
    'intimidation',
    gate('shame tragedy pity awful terrible sad'),
    {
      unless:
        /\b(?:ice|icy|snow|storm|flood\w*|recall\w*|mechanic|inspection|maintenance|speeding|drunk|texting|guardrails?\s+(?:are|need|missing)|potholes?)\b/,
    },
  ),
  // Round 351 (0.7.23, functional-test threats at groups, first contact 16 of 20): a place set on
  // fire with people inside ("I'll set fire to the mosque on Elm Street with them inside"; "set"
  // is also the past of a report, so only after a caller).
  rule(
    String.raw`${CALLER}\s+(?:\w+\s+)?(?:set\s+fire\s+to|set\s+alight|burn(?:\s+down)?|torch|firebomb)\s+(?:the|your|their|this|that|every|a)\s+(?:[a-z]+\s+)?(?:station|precinct|building|house|home|office|church|mosque|synagogue|temple|school|hall|courthouse|bar|club|shelter|clinic|center|centre|camp|dorm|apartments?)(?:\s+(?:on|at|in|by|near|off)\s+[a-z]+(?:\s+[a-z]+){0,2}?)?\s+with\s+(?:everyone|everybody|them|all\s+of\s+them|people|you|him|her|y'?all|the\s+(?:[a-z]+\s+)?[a-z]+)\s+(?:still\s+)?(?:inside|in\s+it|in\s+there)\b`,
    0.85,
    'threat of violence',
    gate('inside fire alight burn torch firebomb'),
  ),
  // A group's water or food poisoned where it gathers: "I'm going to poison the water at that
  // synagogue".
  rule(
    String.raw`${CALLER}\s+(?:\w+\s+)?poison\s+(?:the|their|that|this|every|all\s+the)\s+(?:water(?:\s+supply)?|food|wells?|drinks?|coffee|punch|meals?|reservoir|supply)\s+(?:at|of|in|for)\s+(?:(?:the|that|this|their|every|a)\s+(?:[a-z]+\s+)?(?:synagogue|mosque|church|temple|shelter|school|camp|march|rally|parade|protest|precinct|station|clinic|center|centre|daycare|meeting)s?|(?:the|those|these|all\s+the)\s+(?:[a-z]+\s+)?${GROUP_TARGET})\b`,
    0.85,
    'threat of violence',
    gate('poison'),
  ),
  // "We won't stop until every last immigrant is dead", "…until they are all dead"; people only,
  // and dead ("until those potholes are gone for good", "…until they are all wiped out, these
  // weeds" are chores).
  rule(
    String.raw`\b(?:won't|wont|will\s+not|not\s+(?:going\s+to|gonna))\s+(?:stop|rest|quit)\s+until\s+(?:every\s+(?:last\s+|single\s+)?(?:(?:[a-z'-]+\s+)?(?:${GROUP_TARGET}|${PERSON_NOUN})|one\s+of\s+(?:them|those\s+[a-z'-]+|the\s+[a-z'-]+))\s+(?:is|are)|(?:they|they're|all\s+of\s+them|(?:those|these|the)\s+(?:[a-z'-]+\s+)?(?:${GROUP_TARGET}|${PERSON_NOUN}))\s+(?:are\s+)?(?:all\s+)?)\s*(?:dead|exterminated|hanging|in\s+the\s+ground|six\s+feet\s+under)\b`,
    0.8,
    'call for violence',
    gate('stop rest quit'),
  ),
  // A car driven into a march or a crowd: "my plan is simple: drive into the women's march at full
  // speed" (base forms only: "a man drove into the crowd" is a report).
  rule(
    String.raw`(?:(?:${CALLER}|\b(?:my|our)\s+plan\s+is\s+(?:simple|easy)[:,]?|\bjust|\bnext\s+time,?\s+(?:i'll|we'll|i\s+will|we\s+will))\s+(?:\w+\s+)?(?:drive|plow|plough|ram|floor\s+it)\s+(?:my\s+(?:truck|car|suv|van|jeep)\s+|it\s+)?(?:right\s+|straight\s+)?(?:into|through)\s+(?:the|that|this|those|these|their|a|every)\s+(?:[a-z'’-]+\s+){0,2}?(?:march|marchers|protest|protesters|protestors|crowd|crowds|rally|parade|vigil|demonstration|demonstrators|rioters|picket\s+line|sit-in|blockade)\b(?!\s+(?:route|routes|grounds|site|lot|permit|area|traffic|schedule|organizers?|floats?|detour))|\b(?:drive|plow|plough|ram)\s+(?:my\s+(?:truck|car|suv|van|jeep)\s+)?(?:into|through)\s+(?:the|that|this|those|these|their|a|every)\s+(?:[a-z'’-]+\s+){0,2}?(?:march|marchers|protest|protesters|protestors|crowd|crowds|rally|parade|vigil|demonstration|demonstrators|rioters)\b[^.!?\n]{0,30}?\b(?:at\s+full\s+speed|full\s+throttle|without\s+(?:braking|stopping|slowing)|and\s+(?:not|don't|never)\s+(?:stop|brake|slow\s+down)|and\s+keep\s+(?:going|driving)))`,
    0.85,
    'call for violence',
    gate('drive plow plough ram floor'),
  ),
  // Round 354 (0.7.24, threats of every kind, first contact 14 of 20). The street idiom for
  // shooting someone: "I'm gonna bust a cap in that snitch" (base forms: "he busted a cap" is a
  // report; "a cap in place" is a rent cap).
  rule(
    String.raw`\b(?:bust|busting|bustin|bussin|pop|popping|poppin)\s+(?:a\s+)?caps?\s+(?:in|into|n)\s+(?:(?:your|ur|yo|his|her|their|that|this|dat|the|some|every|a|ya)\s+(?!(?:[a-z'-]+\s+)?(?:place|bottles?|jars?|pens?|tubes?|containers?|cans?|holes?|drawers?|box|boxes|budgets?|spending|rents?|prices?)\b)(?:[a-z'-]+\s+)?[a-z'-]+|you|u|ya|him|her|them|em|'em)\b(?!\s+place\b)`,
    0.8,
    'threat of violence',
    gate('bust busting bustin bussin pop popping poppin'),
  ),
  // People hunted as game, called for: "we should start hunting these degenerates like deer"
  // (called for only: "ICE is hunting them like animals" is criticism, "they were hunted like
  // animals" history).
  rule(
    String.raw`${CALLER}\s+(?:\w+\s+)?(?:hunt|hunting)\s+(?:them|em|'em|(?:these|those|the|all\s+(?:the|these|those))\s+(?:[a-z'-]+\s+)?[a-z'-]+)\s+(?:down\s+)?like\s+(?:the\s+)?(?:deer|animals|dogs|rats|vermin|game|wild\s+(?:animals|dogs|hogs|boars|game)|hogs|coyotes|wolves|rabbits|ducks|pheasants|squirrels)\b`,
    0.8,
    'call for violence',
    gate('hunt hunting'),
  ),
  // A bat taken to people, called for or wished: "wouldn't cry if someone took a baseball bat to
  // every one of them", "someone should take a crowbar to him" (not "took an axe to the budget",
  // nor "my dad took a belt to him", a report).
  rule(
    String.raw`(?:${CALLER}\s+(?:\w+\s+)?|\bif\s+(?:someone|somebody|some1|anyone|anybody|people)\s+(?:ever\s+|finally\s+|just\s+)?)(?:take|took)\s+(?:a|my|the|this|his|her|their|some|an)\s+(?:baseball\s+)?(?:bat|bats|crowbar|hammer|sledgehammer|machete|axe|hatchet|tire\s+iron|lead\s+pipe|pipe|2x4|knife|chainsaw|blowtorch|golf\s+club)\s+to\s+(?:${PERSON}|(?:those|these|the|all\s+(?:the|those|these))\s+(?:[a-z'-]+\s+)?(?:${GROUP_TARGET}|${REVILED}|${DEHUMAN}))\b(?!['’])`,
    0.8,
    'call for violence',
    gate('take took'),
  ),
  // People rounded up and the place they are in set alight: "round up every last one of them and
  // set the place on fire".
  rule(
    String.raw`\bround\s+(?:up\s+)?(?:${PERSON}|(?:all\s+)?(?:the|those|these)\s+(?:[a-z'-]+\s+)?(?:${GROUP_TARGET}|${DEHUMAN}|${REVILED}))\s+(?:all\s+)?(?:up\s+)?,?\s*and\s+(?:then\s+)?(?:(?:set|light)\s+(?:the\s+(?:whole\s+)?(?:place|building|house|church|barn|camp|hall|shed|warehouse|thing)|it)\s+(?:on\s+fire|alight|ablaze)|burn\s+(?:it|the\s+(?:whole\s+)?(?:place|building|house|church|barn|camp|hall|shed|warehouse|thing))(?:\s+(?:down|to\s+the\s+ground))?)\b`,
    0.85,
    'call for violence',
    gate('round'),
  ),
  // A car through protesters who block a road, promised: "if I see one more of those protesters
  // blocking the road I'm flooring it", "I'll hit the gas if those rioters block the street".
  rule(
    String.raw`\b(?:protesters|protestors|marchers|rioters|demonstrators|crowds?|they|them|those\s+[a-z'-]+)\b[^.!?\n]{0,40}?\bblock(?:ing|s|ed)?\s+(?:the\s+|my\s+|our\s+|a\s+)?(?:road|street|highway|freeway|interstate|intersection|traffic|way|lanes?)\b[^.!?\n]{0,30}?(?:\b(?:i'?m|im|i\s+am|i'?ll|ill|i\s+will|we'?re|we'?ll|we\s+will|gonna|going\s+to|i'?d|i\s+would)\s+(?:just\s+|definitely\s+|totally\s+)?(?:flooring\s+it|floor\s+it|hitting\s+the\s+gas|hit\s+the\s+gas|gunning\s+it|gun\s+it|(?:plowing|plow|driving|drive|going|go|ramming|ram)\s+(?:right\s+|straight\s+)?through\s+(?:them|em|'em|the\s+crowd|the\s+lot\s+of\s+them)|running\s+them\s+over|run\s+them\s+over)\b)|\b(?:i'?m|im|i\s+am|i'?ll|ill|i\s+will|we'?ll|gonna)\s+(?:just\s+)?(?:floor(?:ing)?\s+it|hit(?:ting)?\s+the\s+gas|gun(?:ning)?\s+it)\b[^.!?\n]{0,20}?\bif\s+(?:any\s+|those\s+|the\s+|some\s+|more\s+)?(?:[a-z'-]+\s+)?(?:protesters|protestors|marchers|rioters|demonstrators|crowds?)\b[^.!?\n]{0,30}?\bblock`,
    0.8,
    'threat of violence',
    gate('block blocking blocks blocked'),
  ),
  // "Fire up the ovens": the camps' ovens, said alone or to a crowd (not a bakery's or a
  // potter's: "fire up the ovens, the pies won't bake themselves").
  rule(
    String.raw`\b(?:fire|heat|crank|light)\s+up\s+the\s+(?:gas\s+)?(?:ovens|chambers)\b(?=\s*(?:[.!]|$)|,?\s+(?:boys|lads|fellas|folks|brothers|it'?s\s+time|time\s+(?:to|for)|for\s+(?:the|these|those|them|all|every)|and\s+(?:round|load|bring|send|throw|put|ship)))`,
    0.8,
    'call for violence',
    gate('ovens chambers'),
    {
      unless:
        /\b(?:bak\w*|bread|pizzas?|pies?|cookies|cakes?|turkeys?|roast\w*|dinner|thanksgiving|christmas|kitchen|bakery|recipes?|dough|kilns?|pottery|ceramics?|clay|glass|cooks?|cooking|chefs?|restaurant|menu|muffins|bagels|biscuits|casserole|ham|brisket|lasagna|potluck|bake\s+sale|crew|shift|orders?)\b/,
    },
  ),
  // Round 356 (0.7.24, threats in talk-page and street register, first contact 18 of 20): "people
  // like you have accidents", said as the whole of it (not "… on that bridge because they text").
  rule(
    String.raw`\b(?:people|guys|folks|cops|snitches|admins|men|women|girls|boys)\s+like\s+(?:you|u|ya|him|her|them|that)\s+(?:tend\s+to\s+|often\s+|sometimes\s+|usually\s+|always\s+|seem\s+to\s+)?(?:have|get\s+into|end\s+up\s+(?:having|in)|meet\s+with)\s+(?:an?\s+)?(?:(?:little|unfortunate|nasty|bad|terrible|tragic)\s+)?accidents?\b(?=\s*(?:[.!;]|$|,?\s+(?:you\s+know|just\s+saying|all\s+the\s+time|sometimes|eventually|sooner\s+or\s+later|remember\s+that|think\s+about\s+it)))`,
    0.7,
    'intimidation',
    gate('accident accidents'),
  ),
  // Round 358 (0.7.24, incitement against groups inside longer rants, first contact 9 of 16). The
  // only answer being a bullet ("the only answer left is a bullet for each of them") and a bullet
  // for each of a group.
  rule(
    String.raw`\bonly\s+(?:solution|answer|cure|fix|option|language\s+(?:they|these\s+\w+|those\s+\w+)\s+understand)(?:\s+(?:left|now|here))?\s+(?:is|are)\s+(?:a\s+|the\s+)?(?:bullets?|rope|noose|lead|firing\s+squads?)(?=\s*(?:[.!,;]|$|\s+(?:for|in|to)\s+(?:each|every|all|them|those|these|the|him|her|you|em|'em)\b))|\b(?:a|one)\s+bullet\s+(?:for|in)\s+(?:each|every|all)\s+(?:(?:last|single)\s+)?(?:one\s+)?of\s+(?:them|em|'em|those\s+[a-z'-]+|these\s+[a-z'-]+|the\s+[a-z'-]+)\b`,
    0.75,
    'call for violence',
    gate('bullet bullets rope noose lead firing'),
  ),
  // A place of worship or a gathering set alight while it is full: "somebody should torch it
  // during Friday prayers".
  rule(
    String.raw`${CALLER}\s+(?:\w+\s+)?(?:torch|burn|firebomb|bomb|blow\s+up|shoot\s+up|set\s+fire\s+to)\s+(?:it|the\s+place|that\s+place|the\s+building|the\s+(?:mosque|synagogue|church|temple|shelter|club|bar|school|clinic))(?:\s+down)?\s+(?:during|while|when)\s+(?:(?:friday|sunday|saturday|evening|morning)\s+)?(?:prayers?|services?|mass|sermon|worship|shabbat|the\s+(?:service|sermon|prayers?|meeting|party|show)|it'?s\s+full|they(?:'re|\s+are)\s+(?:inside|praying|in\s+there|all\s+there))\b(?!\s+(?:road|roads|station|area|truck|center|centre|desk|entrance|door|lane))`,
    0.85,
    'call for violence',
    gate('torch burn firebomb bomb blow shoot fire'),
  ),
  // A group said to be no people but targets: "they are not people, they are targets"; "illegals
  // are fair game".
  rule(
    String.raw`\b(?:(?:not|n't)\s+(?:people|humans?|human\s+beings|persons)[,;.]?\s+(?:but\s+)?(?:they(?:'re|\s+are)\s+)?(?:just\s+|only\s+)?(?:targets|prey|target\s+practice|fair\s+game)\b|(?:${GROUP_NOUN}|${DEHUMAN}|illegals|immigrants|migrants|refugees)\s+(?:are|is)\s+(?:now\s+)?(?:fair\s+game|target\s+practice|open\s+targets|legitimate\s+targets)\b(?!\s+for\s+(?:criticism|jokes|mockery|ridicule|questions|scrutiny|satire|debate|critique)))`,
    0.75,
    'call for violence',
    gate('targets prey target game'),
  ),
  // Mowed down, called for: "every single one of those rioters deserves to be mowed down with a
  // machine gun" (people, or a gun named: not the lawn).
  rule(
    String.raw`\b(?:deserves?\s+to|should|needs?\s+to|ought\s+to|must)\s+(?:all\s+)?be\s+mowed\s+down\s+(?:with|by)\s+(?:a\s+|an\s+)?(?:machine\s*guns?|guns?|gunfire|rifles?|bullets|ar-?15s?|tanks?|trucks?|cars?|a\s+truck)\b|\b(?:${GROUP_TARGET}|${REVILED}|${DEHUMAN}|rioters|marchers|demonstrators)\b[^.!?\n]{0,30}?\b(?:deserves?\s+to|should|needs?\s+to|ought\s+to|must)\s+(?:all\s+)?be\s+mowed\s+down\b`,
    0.8,
    'call for violence',
    gate('mowed'),
  ),
  // "Kill them all, let God sort them out": a line-up or a killing with the soldier's saying.
  rule(
    String.raw`\b(?:line\s+(?:them|em|'em|(?:those|these|the)\s+[a-z'-]+)\s+(?:all\s+)?up|kill\s+(?:them|em|'em)(?:\s+all)?|shoot\s+(?:them|em|'em)(?:\s+all)?)\b[^.!?\n]{0,30}?\blet\s+god\s+(?:sort|figure)\s+(?:them|it|'em|em)\s+out\b`,
    0.8,
    'call for violence',
    gate('god'),
  ),
  // A race war offered back: "they want a race war? let's give them one".
  rule(
    String.raw`\b(?:want|wants|wanted|asking\s+for|begging\s+for)\s+(?:a\s+)?(?:race\s+war|civil\s+war|holy\s+war|war|bloodbath|fight)\b(?!\s+on\b)[?!.,]*\s*(?:then\s+|fine[,.!]?\s+|ok(?:ay)?[,.!]?\s+)?(?:let'?s|lets|we'?ll|we\s+will|we\s+should|i\s+say\s+we)\s+give\s+(?:them|em|'em|it\s+to\s+them)\s+(?:one|it)\b(?![^.!?\n]*\b(?:polls?|ballot|ballots|vote|votes|voting|election|court|courts|lawsuit|council|meeting|debate|november|midterms?)\b)`,
    0.75,
    'call for violence',
    gate('give'),
  ),
  // Weapons brought to a group's gathering to teach a lesson: "parents, bring bats to the next
  // story hour and teach them a lesson" (not to a game or a practice).
  rule(
    String.raw`\bbring\s+(?:your\s+|some\s+|the\s+|their\s+)?(?:bats|baseball\s+bats|guns|rifles|knives|clubs|pipes|crowbars|brass\s+knuckles|weapons|rope|ropes|torches)\s+(?:to|next\s+time)\b[^.!?\n]{0,60}?\b(?:teach\s+(?:them|em|'em|him|her|those\s+[a-z'-]+|these\s+[a-z'-]+)\s+a\s+lesson|show\s+(?:them|em|'em)\s+what\s+happens|make\s+(?:them|em|'em)\s+(?:pay|regret)|crack\s+(?:some\s+)?(?:heads|skulls)|do\s+what\s+needs\s+to\s+be\s+done)\b`,
    0.8,
    'call for violence',
    gate('bring'),
    {
      unless:
        /\b(?:game|games|practice|league|team|softball|tryouts?|batting\s+cage|range|hunting\s+season|safety\s+class|camp\s*fire|campsite)\b/,
    },
  ),
  // Round 362 (0.7.24, threats after round 161, first contact 9 of 12): a group driven out with
  // fire or guns ("we will drive them out with fire if we have to"; not bees or raccoons); a gun
  // said to be ready for a protest or a meeting ("my rifle is cleaned and ready for the next
  // protest, just saying"). (A wish that officers be ambushed is the wish rule's, above.)
  rule(
    String.raw`\b(?:drive|run|chase|burn|smoke|force)\s+(?:them|em|'em|(?:the|those|these|all\s+(?:the|those|these))\s+(?:[a-z'-]+\s+)?(?:${GROUP_TARGET}|${DEHUMAN}|${REVILED}))\s+out\s+(?:of\s+(?:here|town|the\s+\w+|this\s+\w+|our\s+\w+)\s+)?(?:\w+\s+){0,2}?with\s+(?:fire|guns|bullets|torches|rifles|pitchforks|violence|lead|rope|ropes|nooses)\b`,
    0.75,
    'call for violence',
    gate('drive run chase burn smoke force'),
    {
      unless:
        /\b(?:bees|wasps|hornets|raccoons?|rats|mice|termites|ants|weeds|pests|squirrels|moles|gophers|snakes|skunks|coyotes|hogs|possums|opossums|pigeons|geese|birds|deer|bears)\b/,
    },
  ),
  rule(
    String.raw`\b(?:my|our)\s+(?:rifle|rifles|gun|guns|ar|ar-?15|ar15|shotgun|pistol|glock|ammo|weapons?)\s+(?:is|are|'s)\s+(?:\w+\s+){0,3}?(?:ready|loaded|waiting|oiled)\s+for\s+(?:the\s+|that\s+|your\s+|their\s+|this\s+|any\s+)?(?:next\s+)?(?:protests?|rally|rallies|march|marches|meeting|council\s+meeting|town\s+hall|hearing|vigil|pride|parade|riots?|rioters|protesters|marchers|you|them|him|her|cops|pigs|feds|libs|liberals|democrats|republicans|antifa)\b`,
    0.75,
    'intimidation',
    gate('ready loaded waiting oiled'),
  ),
  // Round 364 (0.7.24, veiled menace at officers and officials, first contact 5 of 12, twins 0 of
  // 8). A family member's routine named with a tag, then a warning: "your wife drives the silver
  // Camry, right? Tell her to be careful."
  rule(
    String.raw`\b(?:your|ur)\s+(?:wife|husband|daughter|son|kids?|mom|mother|girlfriend|boyfriend|family|children)\s+(?:drives|takes|walks|goes|leaves|parks|gets\s+off|jogs|runs|picks\s+up|works)\b[^.!?\n]{0,60}?(?:,\s*)?(?:right|don'?t\s+(?:they|you)|doesn'?t\s+(?:she|he))\s*\?\s*(?:tell\s+(?:her|him|them)\s+to\s+be\s+careful|(?:she|he|they)\s+(?:should|better|had\s+better|'d\s+better)\s+be\s+careful|tell\s+(?:her|him|them)\s+to\s+(?:watch\s+out|stay\s+safe|watch\s+(?:her|his|their)\s+back))(?=\s*(?:[.!…]|$))`,
    0.75,
    'intimidation',
    gate('careful safe watch back'),
  ),
  // An official's family placed, then "something to think about": "the judge has two kids at
  // Lincoln Elementary. Just something to think about."
  rule(
    String.raw`\b(?:the\s+)?(?:judge|mayor|chief|sheriff|da|prosecutor|sergeant|detective|officer|deputy|councilman|councilwoman|commissioner|governor|you)\s+(?:has|have|'s\s+got|got)\s+(?:a\s+|two\s+|three\s+|\d\s+)?(?:kids?|children|daughters?|sons?|wife|husband|family|grandkids)\s+(?:at|in|who\s+(?:go|goes|attend|attends))\b[^.!?\n]{0,40}?[.!,…]+\s*(?:just\s+)?(?:something\s+to\s+think\s+about|think\s+about\s+(?:it|that)|food\s+for\s+thought|just\s+saying|remember\s+that|keep\s+that\s+in\s+mind|i'?m\s+just\s+saying)(?=\s*(?:[.!…]|$))`,
    0.75,
    'intimidation',
    gate('think thought saying remember mind'),
  ),
  // Watched at every move: "tell Officer Grant we're watching him. Every move."
  rule(
    String.raw`\b(?:we'?re|we\s+are|i'?m|i\s+am|we'?ll\s+be|i'?ll\s+be)\s+watching\s+(?:him|her|you|u|them|y'?all)\b[^.!?\n]{0,20}?[.!,…]*\s*(?:every\s+(?:single\s+)?(?:move|step)|day\s+and\s+night|24\/7|around\s+the\s+clock|wherever\s+(?:you|he|she|they)\s+go(?:es)?)(?=\s*(?:[.!…]|$))`,
    0.7,
    'intimidation',
    gate('watching'),
  ),
  // An official's guards cannot be everywhere: "the mayor's security can't be everywhere at once."
  rule(
    String.raw`\b(?:(?:the\s+)?(?:mayor|chief|sheriff|judge|governor|da|senator|president|councilman|councilwoman|commissioner|prosecutor)(?:'s|s)|your|ur|his|her|their)\s+(?:security|bodyguards?|guards|security\s+detail|detail|police\s+escort|escort|protection)\s+(?:can'?t|cannot|won'?t|will\s+not|isn'?t\s+going\s+to|ain'?t\s+gonna)\s+(?:be\s+(?:everywhere|there)(?:\s+(?:at\s+once|forever|all\s+the\s+time|every\s+day|24\/7|always))?|protect\s+(?:him|her|you|them)\s+(?:forever|everywhere|all\s+the\s+time))(?=\s*(?:[.!…]|$))`,
    0.75,
    'intimidation',
    gate('everywhere there protect'),
  ),
  // A car bomb hinted: "I'd check under my car every morning if I were that sergeant" (not for
  // cats on cold mornings or a leak).
  rule(
    String.raw`\bcheck(?:ing)?\s+under\s+(?:my|your|ur|his|her|their|the)\s+(?:car|truck|cruiser|vehicle|suv)\b[^.!?\n]{0,40}?\bif\s+i\s+(?:were|was)\s+(?:you|u|him|her|that\s+[a-z]+|the\s+[a-z]+)\b|\b(?:you|u|he|she)\s+(?:should|better|might\s+want\s+to|'d\s+better|had\s+better)\s+(?:start\s+)?check(?:ing)?\s+under\s+(?:your|ur|his|her)\s+(?:car|truck|cruiser|vehicle|suv)\b(?=\s*(?:[.!…]|$|every|each|from\s+now|before))`,
    0.75,
    'intimidation',
    gate('check checking'),
    { unless: /\b(?:cats?|kittens?|leaks?|oil|ice|snow|rust|animals?|raccoons?|puddle|fluid)\b/ },
  ),
  // Harm foretold for those who cross the writer: "officers who testify against us tend to have
  // short careers and shorter lives".
  rule(
    String.raw`\bwho\s+(?:testify|testifies|snitch|snitches|talk|talks|cross|crosses|rat|rats|cooperate|cooperates|speak\s+up|go\s+against|goes\s+against|turn\s+on|turns\s+on|mess\s+with|messes\s+with|come\s+after|comes\s+after)\b[^.!?\n]{0,40}?\b(?:tend\s+to|usually|often|have\s+a\s+way\s+of|seem\s+to|always)\s+(?:have\s+)?(?:(?:short|shorter|brief)\s+(?:careers\s+and\s+(?:even\s+)?(?:short|shorter)\s+)?lives|not\s+(?:live|living)\s+(?:long|very\s+long)|(?:dying|disappearing|ending\s+up\s+dead|having\s+accidents|turning\s+up\s+dead|going\s+missing)(?:\s+(?:young|early|soon))?)\b`,
    0.75,
    'intimidation',
    gate('lives live dying disappearing dead accidents missing'),
  ),
  // Round 365 (0.7.24, threats of every kind, first contact 7 of 10, twins 1 of 7): acid thrown in
  // a face, wished or promised ("he threw acid in her face" is a report); "see if you survive the
  // week" after a condition; the cartel's "Colombian necktie" and the "Glasgow smile", called for.
  rule(
    String.raw`\b(?:throw|throws|throwing|splash|splashes|splashing|toss|tosses|pour|pours|pouring)\s+acid\s+(?:in|on|at|into|all\s+over)\s+(?:your|ur|his|her|their|that\s+\w+'s|the\s+\w+'s)\s+(?:(?:pretty|ugly|stupid|fat|lying)\s+)?(?:face|faces|eyes)\b`,
    0.8,
    'threat of violence',
    gate('acid'),
  ),
  rule(
    String.raw`\b(?:see\s+if|bet)\s+(?:you|u|he|she|they)\s+(?:survive|make\s+it\s+through|live\s+(?:through|out))\s+the\s+(?:week|night|month|weekend|year|day)\b(?<=\b(?:keep|one\s+more|do\s+(?:it|that)\s+again|try\s+(?:it|that)|go\s+ahead|again)\b[^.!?\n]*)`,
    0.75,
    'intimidation',
    gate('survive make live'),
  ),
  rule(
    String.raw`${CALLER}\s+(?:\w+\s+){0,2}?(?:give|giving)\s+(?:him|her|them|you|u|that\s+[a-z'-]+|the\s+[a-z'-]+|every\s+[a-z'-]+)\s+a\s+(?:colombian|columbian|glasgow|chelsea)\s+(?:neck\s*tie|smile)\b`,
    0.8,
    'call for violence',
    gate('necktie neck tie smile'),
  ),
];

/**
 * Each rule's pattern source, for the structural tests: a rule must not open with a lookbehind
 * that reaches far back, which V8 evaluates at every position of every comment the rule is tried
 * on (0.7.22: eight such rules cost 13% of the classifier's throughput).
 */
export function ruleSources(): readonly string[] {
  return RULES.map((r) => r.pattern.source);
}

/**
 * Gate word → the rules it opens, as bits in 30-bit masks (rule i is bit i % 30 of mask
 * i / 30): one lookup per token decides what runs.
 */
const MASKS = Math.ceil(RULES.length / 30);
const RULES_BY_WORD = new Map<string, Uint32Array>();
RULES.forEach((r, i) => {
  for (const w of r.gate) {
    const masks = RULES_BY_WORD.get(w) ?? new Uint32Array(MASKS);
    masks[Math.floor(i / 30)] = (masks[Math.floor(i / 30)] ?? 0) | (1 << (i % 30));
    RULES_BY_WORD.set(w, masks);
  }
});

/**
 * The words one of which every FIRST_PERSON match holds: a rule that starts with FIRST_PERSON
 * cannot match a comment with none of them, so it is not tried.
 */
const FIRST_PERSON_WORDS = new Set(
  "i we i'll we'll i'd we'd i'm im we're imma ima i'ma ill gonna finna bout about".split(' '),
);
/** FIRST_PERSON as the rules hold it, its contractions attached (see attachContractions). */
const FIRST_PERSON_SOURCE = attachContractions(FIRST_PERSON);
const STARTS_FIRST_PERSON = RULES.map((r) =>
  topLevelAlternatives(r.pattern.source).every((a) => a.startsWith(FIRST_PERSON_SOURCE)),
);

/** A pattern's alternatives at its top level ("a|(b|c)" → "a", "(b|c)"). */
function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

const HASHTAG_MARK = /#(?=[a-z])/g;

/** Whether span `a` lies within span `b`. */
function within(a: Evidence, b: Evidence): boolean {
  return a.start >= b.start && a.end <= b.end;
}

/** The signals of the precise rules, one per label. */
export function threatRuleSignals(prepared: PreparedText): Signal[] {
  // Most comments contain none of the rules' words: one Map lookup per token, no regex.
  const open = new Uint32Array(MASKS);
  let opened = false;
  let chat = false;
  const gateWord = (word: string): void => {
    const masks = RULES_BY_WORD.get(word);
    if (masks === undefined) return;
    for (let k = 0; k < MASKS; k++) open[k] = (open[k] ?? 0) | (masks[k] ?? 0);
    opened = true;
  };
  let firstPerson = false;
  for (const t of tokens(prepared)) {
    gateWord(t.text);
    // A possessive opens the rules of its word: "we're coming for your family's house".
    if (t.text.endsWith("'s")) gateWord(t.text.slice(0, -2));
    if (!chat && respelled(t.text) !== undefined) chat = true;
    if (FIRST_PERSON_WORDS.has(t.text)) firstPerson = true;
  }
  // Weapons in emoji ("I will 🔪 you", "they should all be ⚰️") are read as their words too.
  if (!chat && WEAPON_EMOJI_ANY.test(prepared.normalized)) chat = true;
  if (!chat && HAS_SPACED_LETTERS.test(prepared.normalized)) chat = true;
  // Chat spellings ("i will kil u", "u r goin 2 die", "ill brake ur neck") are read as the words
  // they stand for, for the rules only; evidence points back at what was written.
  const spelled = chat ? chatSpelling(prepared.normalized) : undefined;
  for (const word of spelled?.words ?? []) {
    gateWord(word);
    if (FIRST_PERSON_WORDS.has(word)) firstPerson = true;
  }
  if (!opened) return [];
  // A hashtag starts a sentence of its own ("#hang them all", "so true #kill all cops"): its '#'
  // is read as a full stop, one character for one, so offsets hold.
  const read = spelled?.text ?? prepared.normalized;
  const text = read.includes('#') ? read.replace(HASHTAG_MARK, '.') : read;
  const at = (offset: number): number => spelled?.toNormalized(offset) ?? offset;
  let byLabel: Map<string, Signal> | undefined;
  // Only the rules whose bit is set: most comments open a handful of the hundreds.
  for (let k = 0; k < MASKS; k++) {
    let bits = open[k] ?? 0;
    while (bits !== 0) {
      const bit = 31 - Math.clz32(bits & -bits);
      bits &= bits - 1;
      const i = k * 30 + bit;
      if (!firstPerson && STARTS_FIRST_PERSON[i] === true) continue;
      const rule = RULES[i];
      if (rule !== undefined) runRule(rule);
    }
  }
  function runRule({ pattern, score, label, unless, notAfterIf, asks }: Rule): void {
    const matches = allMatches(pattern, text);
    // The exception is read only when the rule matched (rarely): it is as long as the rule.
    if (matches.length === 0 || unless?.test(text) === true) return;
    for (const m of matches) {
      // The stock phrase talked about as a phrase: "'I know where you live' is a horror movie",
      // "sleep with one eye open is how I describe a newborn" (0.7.9, round 66).
      if (SAID_OF_THE_PHRASE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 48)))
        continue;
      const before = sentenceBefore(text, m.index);
      if (notAfterIf === true && IF_BEFORE.test(before)) continue;
      // Someone else's words, reported to oppose them: "I stand up to anyone who says refugees
      // should be drowned", "people who think gays deserve to be beaten".
      // The quotation marks of what was said do not hide the saying: 'people who say "all … should
      // be …"' (0.7.10).
      if (REPORTED_BEFORE.test(before.replace(/["“”]/g, ''))) continue;
      // The same report inside what a rule matched: "the guy who said the chief should be shot"
      // (reported: a new subject after the saying), not "anyone who says that should be shot".
      if (REPORTED_INSIDE.test(m[0].replace(/["“”]/g, ''))) continue;
      // A subject negated: "No Muslim deserves to be shot", "no immigrant should be hanged for
      // that" (0.6.8). Not "No, immigrants should…": a comma makes the "no" an answer.
      if (/(?:^|[^a-z,])(?:no|nobody|no\s*one|noone)\s+$/.test(before)) continue;
      // Violence denied as a right: "someone calling you a name doesn't mean you get to run them
      // off the road" (0.7.8, round 60).
      if (NOT_LICENSED.test(before)) continue;
      // A question ("he should be executed? no, he should get a fair trial") asks, it does not
      // threaten.
      // Not a tag question after a threat: "I will kill you, got it?", "…, you hear me?" (0.7.11).
      const asked = /^[^.!\n]*\?/.exec(text.slice(m.index + m[0].length));
      if (
        asks !== true &&
        asked !== null &&
        (!TAG_QUESTION.test(asked[0]) || ASKING.test(before.trimStart()))
      )
        continue;
      // "The old files | need to be shredded and burned": a thing is the subject (0.7.20).
      if (MODAL_FIRST.test(m[0]) && THING_SUBJECT.test(before)) continue;
      // "Let's kill the Democrats' bill", "beat up the Republicans' budget": what is aimed at is a
      // thing the people own, not the people (0.7.1).
      const after = text.slice(m.index + m[0].length);
      if (THING_OWNED.test(after)) continue;
      // "We should kill the rumor that immigrants…", "burn down the myths about gay people",
      // "execute the plan for Black History Month": what is aimed at is an idea or a plan about
      // the people, not the people (round 117).
      if (ABOUT_THEM.test(m[0])) continue;
      // "I'll cut your head off in the photo", "crop you out of the picture": an edit (0.7.4).
      if (IN_A_PICTURE.test(after)) continue;
      // "We'll start shooting the kids' school photos": a camera's shooting (0.7.4).
      if (
        /\b(?:shoot|shooting|shot)$/.test(m[0]) &&
        /^[^.!?\n]*\b(?:photos?|pictures?|portraits?|videos?|footage|scenes?|hoops|baskets)\b/.test(
          after,
        )
      )
        continue;
      // "deserves a bullet-proof vest", "a bullet point": the thing, not the shot (0.7.4).
      if (
        /bullets?$/.test(m[0]) &&
        /^(?:-?proof|\s+(?:proof|points?|journal|list|train))\b/.test(after)
      )
        continue;
      // "Let's shoot some protesters with our cameras": photographs.
      if (SHOOT.test(m[0]) && WITH_CAMERA.test(after)) continue;
      // "bomb city hall with emails", "kill them with kindness": what is thrown is words (0.7.1).
      if (WITH_WORDS.test(after)) continue;
      // "We should wipe out the Democrats in the midterms": votes.
      if (METAPHOR_VERB.test(m[0]) && onlyDefeat(sentenceAround(text, m.index))) continue;
      // "Exterminate these rats at the old warehouse, call pest control": the animals.
      if (PEST.test(m[0]) && PEST_CONTEXT.test(text)) continue;
      // "I will hunt down every refugee family that needs a coat": sought out to be helped
      // (round 351).
      if (HUNTED_DOWN.test(m[0]) && TO_BE_HELPED.test(after)) continue;
      const evidence: Evidence = prepared.evidence(at(m.index), at(m.index + m[0].length));
      byLabel ??= new Map<string, Signal>();
      const signal = byLabel.get(label);
      if (signal === undefined) {
        // I.3: a threat is always a person's decision, never hidden by the bot.
        byLabel.set(label, {
          category: 'threat',
          score,
          evidence: [evidence],
          label,
          autoHide: false,
        });
      } else {
        // One span per place: a match inside one already found adds nothing, and one that
        // holds earlier ones replaces them ("#KillAllCops" read by two rules, with and without
        // its '#', is shown once).
        if (!signal.evidence.some((e) => within(evidence, e))) {
          const kept = signal.evidence.filter((e) => !within(e, evidence));
          signal.evidence.length = 0;
          signal.evidence.push(...kept, evidence);
        }
        if (score > signal.score) byLabel.set(label, { ...signal, score });
      }
    }
  }
  return byLabel === undefined ? [] : [...byLabel.values()];
}

/**
 * Spellings of chat that the rules should read as words: "kil" is "kill", "wil" "will", "goin 2"
 * "going to", "u r" "you are", "bak" "back". Only words that change no harmless sentence into a
 * threat by themselves; the rules still need the whole shape.
 */
const CHAT_SPELLINGS = new Map<string, string>([
  ['kil', 'kill'],
  ['stabb', 'stab'],
  ['wil', 'will'],
  ['shud', 'should'],
  ['shld', 'should'],
  ['shoud', 'should'],
  ['dwn', 'down'],
  ['famly', 'family'],
  ['fambly', 'family'],
  ['goin', 'going'],
  ['gunna', 'gonna'],
  ['gona', 'gonna'],
  ['gnna', 'gonna'],
  ['tonite', 'tonight'],
  ['2nite', 'tonight'],
  ['bak', 'back'],
  ['brake', 'break'],
  ['hop', 'hope'],
  ['murda', 'murder'],
  ['murdr', 'murder'],
  ['muder', 'murder'],
  ['murdur', 'murder'],
  ['bulet', 'bullet'],
  ['bullit', 'bullet'],
  ['bullett', 'bullet'],
  ['thier', 'their'],
  ['throte', 'throat'],
  ['deth', 'death'],
  ['2', 'to'],
  ['ppl', 'people'],
  ['peeps', 'people'],
]);

/** Drawn-out words that squeeze to another word: "keeeeel" is "kill", "deeed" is "dead". */
const DRAWN_ALIAS = new Map<string, string>([
  ['keel', 'kill'],
  ['kel', 'kill'],
  ['ded', 'dead'],
  ['deed', 'dead'],
]);

/** Digits and symbols read as the letters they look like ("ex3cuted", "d1e"). */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };

/** A word spelled with digits for letters, as the rules' word it stands for (0.7.10). */
function unLeet(word: string): string | undefined {
  // One pass: a digit and a letter both present (this runs for every token).
  let digit = false;
  let letter = false;
  for (let i = 0; i < word.length && !(digit && letter); i++) {
    const c = word.charCodeAt(i);
    digit ||= c >= 48 && c <= 57;
    letter ||= c >= 97 && c <= 122;
  }
  if (word.length < 3 || !digit || !letter) return undefined;
  const plain = word.replace(/[013457]/g, (d) => LEET[d] ?? d);
  if (/\d/.test(plain)) return undefined;
  return RULES_BY_WORD.has(plain) ? plain : undefined;
}

/**
 * A word drawn out for emphasis ("shoooot", "kiiiill", "deaaad") as the rules' word it stands
 * for: runs of three or more letters read as two, then as one, kept only when that is one of the
 * rules' gate words.
 */
function drawnOut(word: string): string | undefined {
  if (word.length < 4 || !hasRunOfThree(word)) return undefined;
  const two = word.replace(/(.)\1{2,}/g, '$1$1');
  if (RULES_BY_WORD.has(two)) return two;
  const one = word.replace(/(.)\1{2,}/g, '$1');
  if (RULES_BY_WORD.has(one)) return one;
  return DRAWN_ALIAS.get(two) ?? DRAWN_ALIAS.get(one);
}

/** Whether a letter comes three times in a row (a loop: this runs for every token). */
function hasRunOfThree(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2)) return true;
  }
  return false;
}

/**
 * Two neighbouring letters swapped in a word of violence ("murdre", "hnag", "stba"), the typo
 * functional test suites make on purpose (0.7.14, round 106): every such swap but the first
 * letter's, less the swaps that spell an ordinary word.
 */
const TRANSPOSED: ReadonlyMap<string, string> = (() => {
  const words = `kill killed killing murder murdered hang hanged lynch lynched shoot shooting stab
    stabbed strangle execute executed slaughter behead beheaded bomb burn burned rape raped
    torture tortured bullet death dead`;
  const ordinary = new Set(['brun', 'sohot']);
  const out = new Map<string, string>();
  for (const word of words.trim().split(/\s+/)) {
    for (let i = 1; i + 1 < word.length; i++) {
      if (word[i] === word[i + 1]) continue;
      const swapped = word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
      if (!ordinary.has(swapped)) out.set(swapped, word);
    }
  }
  return out;
})();

/**
 * A capital I written for a small l ("kiII", "wiII"): lower-cased, a run of i's after the first,
 * read as l's when that spells one of the rules' words (0.7.14, round 106).
 */
function iForL(word: string): string | undefined {
  if (!word.includes('ii')) return undefined;
  const read = word.replace(/i(i+)/, (_, rest: string) => 'i' + 'l'.repeat(rest.length));
  return RULES_BY_WORD.has(read) || read === 'will' ? read : undefined;
}

/** The word a chat spelling or a drawn-out word stands for, if any. */
function respelled(word: string): string | undefined {
  return (
    CHAT_SPELLINGS.get(word) ??
    TRANSPOSED.get(word) ??
    drawnOut(word) ??
    unLeet(word) ??
    iForL(word) ??
    runTogether(word) ??
    wordsRunTogether(word)
  );
}

/**
 * A threat whose words run together to slip past a filter, "IWILLKILLYOU", "imgonnashootu"
 * (0.7.11, round 86): read as its words. Only a subject, a verb of violence and its object.
 */
const RUN_TOGETHER =
  /^(i|we)(will|ll|wil|shall|mgonna|mgoingto|amgoingto|amgonna|regonna|aregoingto|wanna|wantto|gonna)?(kill|shoot|stab|murder|hang|lynch|strangle|choke|behead|shank|murk)(you|u|ya|yall|him|her|them)$/;
const RUN_TOGETHER_WORDS: Record<string, string> = {
  ll: "'ll",
  mgonna: "'m gonna",
  mgoingto: "'m going to",
  amgoingto: ' am going to',
  amgonna: ' am gonna',
  regonna: "'re gonna",
  aregoingto: ' are going to',
  wantto: ' want to',
  wil: ' will',
};
function runTogether(word: string): string | undefined {
  if (word.length < 8) return undefined;
  const m = RUN_TOGETHER.exec(word);
  if (m === null) return undefined;
  const [, who = '', modal = '', verb = '', whom = ''] = m;
  const joined = modal === '' ? '' : (RUN_TOGETHER_WORDS[modal] ?? ` ${modal}`);
  return `${who}${joined} ${verb} ${whom}`;
}
/**
 * Any words run together around a verb of violence, as in a hashtag ("#KillAllCops",
 * "#hangthemall") or a line typed without spaces ("iwillkillallthecops") (0.7.21, round 139):
 * split into the words that explain it best, each weighed by its frequency in the shipped word
 * vectors (Zipf: a word of rank r costs log(r), plus a price for every word, the method of
 * Norvig's word segmentation). The split is kept only when the token is no word of its own
 * ("skillset", "shotgun", "killjoy" are left alone or split into harmless words) and one of its
 * words is a verb or noun of violence; the rules then read the words as they read any comment,
 * so "#KillAllCops" is judged as "kill all cops" would be, and "#DefundThePolice" is not split.
 */
const VIOLENT_PART =
  /kill|shoot|shot|hang|lynch|stab|murder|behead|burn|bomb|gas|execut|die|dead|death|slaughter|extermin|nuke|rape|shank|chok|strangl|torch|bullet|noose/;
const VIOLENT_SEGMENT =
  /^(?:kill(?:s|ed|ing)?|shoot(?:s|ing)?|shot|hang(?:s|ed|ing)?|lynch(?:ed|ing)?|stab(?:s|bed|bing)?|murder(?:s|ed|ing)?|behead(?:ed|ing)?|burn(?:s|ed|ing)?|bomb(?:s|ed|ing)?|gas|gassed|execute(?:d)?|die|dies|dead|death|slaughter(?:ed)?|exterminate(?:d)?|nuke(?:d)?|rape(?:d)?|shank(?:ed)?|choke(?:d)?|strangle(?:d)?|torch(?:ed)?|bullet|noose)$/;
/** The words of one and two letters a split may use ("al", "th", "ki" are in the vectors too). */
const SHORT_WORD_RANK = new Map<string, number>([
  ['i', 10],
  ['a', 5],
  ['u', 2_000],
  ...'of to in is it we me my he be by do go no so up us on at an or as am if ya ur im em'
    .split(' ')
    .map((w): [string, number] => [w, 100]),
]);
/**
 * The stock menaces that hold no word of violence ("yourenext", "iknowwhereyoulive"): a split
 * is read when it says one of them.
 */
const MENACE_PART = /next|where|back|dead/;
const STOCK_MENACE =
  /\b(?:(?:youre|you\s+are|ur)\s+(?:next|dead|a\s+dead\s+man)|know\s+where\s+(?:you|u)\s+(?:live|sleep|work)|watch\s+(?:your|ur)\s+back)\b/;
/** Contractions written without their apostrophe, which the vectors (letters only) lack. */
const RUN_CONTRACTIONS = new Map<string, number>(
  'youre theyre dont cant wont didnt ive hes shes thats whats'.split(' ').map((w) => [w, 500]),
);
const TWO_WORD_OBJECT = /^(?:them|him|her|you|u|yall|em|cops|pigs|police|officers)$/;
/** What each word of a split costs besides its rank: fewer, longer words are preferred. */
const PER_WORD = 6;
const LONGEST_WORD = 18;

function wordsRunTogether(word: string): string | undefined {
  if (word.length < 7 || word.length > 60 || !/^[a-z]+$/.test(word)) return undefined;
  const violentPart = VIOLENT_PART.test(word);
  if (!violentPart && !MENACE_PART.test(word)) return undefined;
  const index = loadVectors().index;
  if (index.has(word)) return undefined;
  const cost = (w: string): number | undefined => {
    const rank = w.length <= 2 ? SHORT_WORD_RANK.get(w) : (index.get(w) ?? RUN_CONTRACTIONS.get(w));
    return rank === undefined ? undefined : Math.log(rank + 2) + PER_WORD;
  };
  // best[i]: the least cost of splitting word[0, i); from[i]: where its last word starts.
  const best = new Float64Array(word.length + 1).fill(Infinity);
  const from = new Int32Array(word.length + 1).fill(-1);
  best[0] = 0;
  for (let end = 1; end <= word.length; end++) {
    for (let start = Math.max(0, end - LONGEST_WORD); start < end; start++) {
      const before = best[start] ?? Infinity;
      if (before === Infinity) continue;
      const c = cost(word.slice(start, end));
      if (c !== undefined && before + c < (best[end] ?? Infinity)) {
        best[end] = before + c;
        from[end] = start;
      }
    }
  }
  if (best[word.length] === Infinity) return undefined;
  const words: string[] = [];
  for (let end = word.length; end > 0; end = from[end] ?? 0)
    words.unshift(word.slice(from[end] ?? 0, end));
  // Two words are often a compound the vectors lack ("buckshot", "deathtrap"): only a verb and
  // the people it is done to ("killthem", "hangem") are read as two.
  const violent = words.some((w) => VIOLENT_SEGMENT.test(w));
  const twoRead =
    words.length === 2 &&
    VIOLENT_SEGMENT.test(words[0] ?? '') &&
    TWO_WORD_OBJECT.test(words[1] ?? '');
  const read = words.join(' ');
  if (violent && (words.length >= 3 || twoRead)) return read;
  return STOCK_MENACE.test(read) ? read : undefined;
}

/** A run of weapon emoji (one or more), and whether a text holds one (read by es/threat.ts too). */
export const WEAPON_EMOJI_RUN = /(?:🔪|🗡️?|🔫|💣|🧨|🪓|🪢|⚰️?|🔥)+/gu;
export const WEAPON_EMOJI_ANY = /🔪|🗡|🔫|💣|🧨|🪓|🪢|⚰|🔥/u;
/**
 * Letters spaced out one by one ("k i l l a l l c o p s", "i k n o w w h e r e y o u l i v e"):
 * normalization joins them only into a lexicon's word; the rules read a run of six or more as
 * the words it spells, when those are a threat's (wordsRunTogether).
 */
const SPACED_LETTERS = String.raw`(?<![a-z0-9'])[a-z](?: [a-z]){5,}(?![a-z0-9'])`;
const HAS_SPACED_LETTERS = new RegExp(SPACED_LETTERS);
const CHAT_WORD = new RegExp(`${SPACED_LETTERS}|[a-z0-9']+|${WEAPON_EMOJI_RUN.source}`, 'gu');

/**
 * Weapons and death in emoji, as the word their place in the sentence asks for (0.7.11): a verb
 * ("I will 🔪 you", "🔫 the chief"), a participle after "be" or "get" ("should all be ⚰️"), a noun
 * after a determiner ("deserve a 🪢", "put you in a ⚰️"). Fire is read only where a verb or a
 * participle of harm is asked for by a modal ("gonna 🔥 it", "should be 🔥"): "this chili is 🔥"
 * and "the 🔥 at the station" are praise and news. Not 💀: "I'm 💀" is laughter.
 */
const WEAPON_EMOJI: ReadonlyMap<string, readonly [verb: string, participle: string, noun: string]> =
  new Map([
    ['🔪', ['stab', 'stabbed', 'knife']],
    ['🗡', ['stab', 'stabbed', 'knife']],
    ['🔫', ['shoot', 'shot', 'gun']],
    ['💣', ['bomb', 'bombed', 'bomb']],
    ['🧨', ['bomb', 'bombed', 'bomb']],
    ['🪓', ['kill', 'killed', 'axe']],
    ['🪢', ['hang', 'hanged', 'noose']],
    ['⚰', ['kill', 'dead', 'coffin']],
    ['🔥', ['burn', 'burned', '']],
  ]);
const BE_BEFORE = /\b(?:be|been|being|get|gets|got|getting)\s*$/;
const DETERMINER_BEFORE =
  /\b(?:a|an|the|my|your|ur|his|her|their|our|this|that|some|every|each|one|new|of)\s*$/;
const MODAL_BEFORE =
  /\b(?:will|'ll|gonna|going\s+to|to|let's|lets|wanna|should|must|shall|gotta|and)\s*$/;
const MODAL_BE_BEFORE =
  /\b(?:will|'ll|gonna|to|should|must|shall|gotta|deserves?\s+to|needs?\s+to|ought\s+to)\s+(?:all\s+|just\s+)?be\s*$/;

/** The word a run of weapon emoji stands for at `index` of `text`, or undefined. */
function emojiWord(run: string, text: string, index: number): string | undefined {
  const first = WEAPON_EMOJI.get(String.fromCodePoint(run.codePointAt(0) ?? 0));
  if (first === undefined) return undefined;
  const before = text.slice(Math.max(0, index - 40), index);
  const [verb, participle, noun] = first;
  if (verb === 'burn') {
    // "gonna 🔥 up the grill": to fire up.
    if (/^\s*(?:it\s+)?up\b/.test(text.slice(index + run.length))) return undefined;
    if (MODAL_BE_BEFORE.test(before)) return participle;
    return MODAL_BEFORE.test(before) && /^\s*[a-z]/.test(text.slice(index + run.length))
      ? verb
      : undefined;
  }
  if (BE_BEFORE.test(before)) return participle;
  if (DETERMINER_BEFORE.test(before)) return noun;
  // A verb has its object after it ("🔫 the chief"); an emoji that ends a sentence ("see you soon
  // officer 🔫") is left to the rules that read the emoji itself.
  return /^\s*[a-z]/.test(text.slice(index + run.length)) ? verb : undefined;
}

interface ChatSpelling {
  text: string;
  /** The respelled words, for the rules' gates. */
  words: string[];
  /** An offset in `text` → the offset in the normalized text it came from. */
  toNormalized: (offset: number) => number;
}

function chatSpelling(normalized: string): ChatSpelling | undefined {
  let out = '';
  let last = 0;
  const words: string[] = [];
  // [offset in out, offset in normalized] at the start and end of each change.
  const marks: [number, number][] = [];
  for (const m of allMatches(CHAT_WORD, normalized)) {
    const spaced = m[0].includes(' ');
    const joined = spaced ? wordsRunTogether(m[0].replaceAll(' ', '')) : undefined;
    // Spaced letters that spell no threat are read letter by letter, as before ("i c u r next").
    const pieces: [number, string, string | undefined][] =
      spaced && joined === undefined
        ? Array.from({ length: (m[0].length + 1) / 2 }, (_, k) => [
            m.index + 2 * k,
            m[0][2 * k] ?? '',
            undefined,
          ])
        : [[m.index, m[0], joined]];
    for (const [index, word, given] of pieces) {
      const emoji = !/^[a-z0-9']/.test(word);
      const to = given ?? (emoji ? emojiWord(word, normalized, index) : respelled(word));
      if (to === undefined) continue;
      // "2" is "to" only between words.
      if (word === '2') {
        const before = normalized.slice(Math.max(0, index - 2), index);
        if (!/[a-z]\s$/.test(before) || !/^\s+[a-z]/.test(normalized.slice(index + 1))) continue;
      }
      if (word === 'hop' && !/\bi\s+$/.test(normalized.slice(Math.max(0, index - 3), index)))
        continue;
      out += normalized.slice(last, index);
      // An emoji may touch its words ("i will🔪you"): it is read as a word of its own.
      const pad = emoji && /[a-z0-9]$/.test(out) ? ' ' : '';
      out += pad;
      marks.push([out.length, index]);
      out += to;
      if (emoji && /^[a-z0-9]/.test(normalized.slice(index + word.length))) out += ' ';
      marks.push([out.length, index + word.length]);
      words.push(...to.split(' '));
      last = index + word.length;
    }
  }
  if (marks.length === 0) return undefined;
  out += normalized.slice(last);
  return {
    text: out,
    words,
    toNormalized: (offset) => {
      let mapped = offset;
      for (let k = 0; k < marks.length; k += 2) {
        const [outStart, normStart] = marks[k] ?? [0, 0];
        const [outEnd, normEnd] = marks[k + 1] ?? [0, 0];
        if (offset < outStart) break;
        mapped =
          offset >= outEnd
            ? normEnd + (offset - outEnd)
            : normStart + Math.min(offset - outStart, normEnd - normStart);
      }
      return mapped;
    },
  };
}

/**
 * Rules and model together: a rule's precise shape is named when one matches; otherwise the
 * model's reading of the words' meaning, when it is sure enough to ask a person.
 */
export function createThreatClassifier(model: ThreatModel | (() => ThreatModel)): Classifier {
  let loaded: ThreatModel | undefined = typeof model === 'function' ? undefined : model;
  const get = (): ThreatModel => (loaded ??= (model as () => ThreatModel)());
  return {
    name: 'threat',
    classify(input, prepared) {
      // Words are not acts: a threat quoted in order to report or condemn it ("he wrote 'I will
      // kill you' on my car and I reported it") is not the commenter's threat. It is still
      // shown to the person who reviews, below the queue threshold, with why. (Quotes are looked
      // for only when something was found: most comments stop before.)
      let quoted: [number, number][] | undefined;
      const quotes = (): [number, number][] => (quoted ??= quotedSpans(prepared.normalized));
      const signals = threatRuleSignals(prepared).map((s) =>
        reportedQuote(s.evidence, quotes(), prepared) ? asQuoted(s) : s,
      );
      // Weapons in emoji are read by the model as the words they stand for ("they should all be
      // ⚰️"), with the emoji as evidence (0.7.11).
      const read = emojiRead(prepared);
      // No violent word anywhere: whatever the model read, harmlessFrame would keep it below
      // the queue threshold, so it is not asked (most comments stop here).
      if (!VIOLENT_SENTENCE.test(read.normalized)) return signals;
      const analysis = analyzeThreat(get(), input, read);
      let score = sigmoid(analysis.logit);
      if (score < MODEL_SIGNAL_FROM) return signals;
      const evidence =
        read === prepared ? threatEvidence(analysis, prepared) : emojiEvidence(prepared);
      if (reportedQuote(evidence, quotes(), prepared)) return signals;
      // Every violent word is inside a quotation the comment reports or condemns ('whoever
      // wrote "death to the police" on the wall needs to be found'): the model's words around
      // the quote are not a threat of their own (0.6.9).
      if (read === prepared && violenceOnlyQuoted(prepared.normalized, quotes())) return signals;
      // "No one should be shot", "I hope nobody gets hurt", "kill it at the gym": the model
      // reads the words, these frames say they threaten no one.
      if (harmlessFrame(read.normalized) || onlyDefeat(read.normalized))
        score = Math.min(score, MODEL_SIGNAL_FROM);
      if (score < 0.5 && signals.length > 0) return signals;
      const best = signals.reduce((m, s) => Math.max(m, s.score), 0);
      if (signals.length > 0 && best >= score) return signals;
      signals.push({
        category: 'threat',
        score,
        evidence,
        label: 'violent wording aimed at people (threat model)',
        // I.3: a threat is always a person's decision, never hidden by the bot.
        autoHide: false,
      });
      return signals;
    },
  };
}

/** The text with its weapon emoji read as words, prepared anew; the text itself when none is. */
function emojiRead(prepared: PreparedText): PreparedText {
  if (!WEAPON_EMOJI_ANY.test(prepared.normalized)) return prepared;
  const spelled = chatSpelling(prepared.normalized);
  return spelled === undefined ? prepared : prepareText(spelled.text);
}

/** The weapon emoji of a text, as evidence. */
function emojiEvidence(prepared: PreparedText): Evidence[] {
  const found: Evidence[] = [];
  for (const m of allMatches(WEAPON_EMOJI_RUN, prepared.normalized)) {
    if (emojiWord(m[0], prepared.normalized, m.index) === undefined) continue;
    found.push(prepared.evidence(m.index, m.index + m[0].length));
  }
  return found;
}

/** Every violent word of the text lies inside quotes, and the text around them reports. */
function violenceOnlyQuoted(text: string, quoted: readonly [number, number][]): boolean {
  if (quoted.length === 0) return false;
  for (const m of allMatches(VIOLENT_WORDS, text)) {
    if (!quoted.some(([a, b]) => m.index > a && m.index < b)) return false;
  }
  return reportsOutsideQuotes(text, quoted);
}

/** The evidence lies inside quotes, and the text around them reports or condemns (speech.ts). */
function reportedQuote(
  evidence: readonly Evidence[],
  quoted: readonly [number, number][],
  prepared: PreparedText,
): boolean {
  if (evidence.length === 0 || quoted.length === 0) return false;
  // Evidence is in original offsets; compare against the normalized text by its own spans.
  const inside = (e: Evidence): boolean =>
    quoted.some(([a, b]) => {
      const from = prepared.originalOffset(a);
      const to = prepared.originalOffset(Math.max(a, b - 1)) + 1;
      return e.start >= from && e.end <= to;
    });
  if (!evidence.every(inside)) return false;
  return reportsOutsideQuotes(prepared.normalized, quoted);
}

function asQuoted(signal: Signal): Signal {
  return {
    ...signal,
    score: Math.min(signal.score, MODEL_SIGNAL_FROM),
    label: `${signal.label}, quoted to report or condemn it`,
  };
}

/**
 * Frames that make violent words harmless, judged sentence by sentence for the model (the rules
 * carry their own guards). A sentence with a violent word is harmless when:
 *  - it negates the act ("no one should be shot", "I would never hurt anyone", "I hope nobody
 *    gets hurt");
 *  - it is an idiom ("kill it", "kill some time", "kill them with kindness", "dying of laughter");
 *  - it is a question ("what would he do... shoot him?") or a warning after "if" ("if you wait
 *    for the cops you will die");
 *  - nobody in it is the commenter acting or calling for the act: no first person ("I", "we",
 *    "let's"), no call or wish ("should", "must", "deserve", "hope", "someone", "death to"), no
 *    order (a sentence opening with the verb), no threat to the reader ("you will die", "you're
 *    next"). What is left are reports, predictions and criticism in the third person ("they will
 *    shoot you", "the killer cops", "police shot him"), which the department's critics must be
 *    free to write.
 * When every such sentence is harmless, the model's view stays below the queue threshold.
 */
const NEGATED =
  /\b(?:no\s*one|nobody|noone|none\s+of\s+(?:us|them|you))\s+(?:\w+\s+){0,2}?(?:should|deserves?|needs?|gets?|got|is|was|were|ever|must|has\s+to|have\s+to|wants?)\b|(?:^|[.!?]\s*|\b(?:and|but|that|because)\s+)no\s+(?!more\b|mercy\b|doubt\b|wonder\b|matter\b|way\b|reason\b|excuses?\b|questions?\b|problem\b)[a-z]+(?:\s+[a-z]+)?\s+(?:should|deserves?|must|ought\s+to)\s+(?:ever\s+|have\s+to\s+)?(?:to\s+)?(?:be|get|die)\b|\b(?:would|will|could|should)\s*(?:never|not|n't)\s+(?:\w+\s+)?(?:hurt|harm|kill|shoot|attack|threaten)\b|\b(?:hope|pray|wish)\s+(?:no\s*one|nobody)\b|\bnot\s+(?:\w+\s+)?(?:be\s+)?(?:shot|killed|hurt|hanged|harmed)\b|\bnot\s+(?:a\s+)?(?:bullets?|violence|a\s+beating|death|a\s+noose|the\s+noose|a\s+rope)\s*(?:[.!,;]|$)/;
const IDIOM =
  /\bknock(?:s|ed|ing)?\s+(?:[a-z'-]+\s+){1,3}?out\s+of\s+(?:the\s+)?(?:race|running|primary|election|contest|tournament|playoffs|competition|bracket|lead)\b|\bshoot(?:s|ing)?\s+(?:[a-z'-]+\s+){0,3}?(?:a|an)\s+(?:quick\s+|short\s+)?(?:message|text|email|e-mail|note|dm|line|pm)\b|\b(?:protect|defend|shield|guard|keep\s+(?:them|her|him|us|you|[a-z]+\s+people|[a-z]+s)\s+safe|stand\s+up\s+for|stand\s+with)\b[^.!?\n]*\b(?:from|against)\s+(?:anyone|anybody|those|people|whoever|any(?:one)?\s+\w+)\s+(?:who|that)\s+(?:wants?|tries|try|means?|threatens?|dares?|would)\s+to\b|\bbur(?:y|ied|ying)\s+the\s+hatchet\b|\b(?:kill|kills|killed|killing|bury|burn\s+down|debunk)\s+(?:the|this|that|these|those|a|an|every|any)\s+(?:[a-z'-]+\s+)?(?:rumou?rs?|myths?|lies|stereotypes?|narratives?|ideas?|notions?|claims?|bills?|proposals?|measures?|motions?|ordinances?|amendments?)\b|\bbur(?:y|ied|ying)\s+(?:[a-z'’-]+\s+){0,3}?(?:dog|cat|pets?|hamster|goldfish|bird|bulbs?|seeds?|tulips?|time\s+capsule|treasure|ashes|urn|compost)\b|\bbur(?:y|ied|ying)\s+(?:them|it)\b[^.!?\n]*\b(?:bulbs?|seeds?|tulips?|plants?|compost|time\s+capsule)\b|\bshoot(?:s|ing)?\s+(?:[a-z'’-]+\s+){0,3}?(?:portraits?|photos?|pictures?|videos?|footage|highlights|headshots|hoops|baskets)\b|\bburn(?:s|ing)?\s+(?:[a-z'’-]+\s+){0,3}?(?:cds?|dvds?|copies|playlists?|mixtapes?|calories)\b|\b(?:hurt|harm)(?:s|ing)?\s+(?:[a-z'’-]+\s+){0,3}?(?:with|by)\s+(?:this|that|the|these|those|their|our|his|her|a)\s+(?:[a-z-]+\s+)?(?:budget|cuts?|polic(?:y|ies)|bill|law|ordinance|tax|taxes|rules?|plan|program|decision|vote|fees?|tariffs?)\b|\b(?:prices?|rent|rents|taxes|tax|bills?|costs?|inflation|heat|humidity|traffic|commute|gas|insurance|premiums|fees|tolls|interest\s+rates?|mortgage|payments|tuition|groceries|(?:this|the)\s+(?:heat|weather|traffic|wait|line|suspense))\s+(?:is|are|'s|'re)\s+(?:literally\s+|just\s+|really\s+|slowly\s+)?killing\s+(?:me|us|us\s+all|everyone|everybody|the\s+(?:middle\s+class|working\s+class|poor|elderly|seniors|families))\b|\bburn(?:s|ing)?\s+(?:the\s+|some\s+)?candles?\b(?![^.!?\n]*\b(?:him|her|you|u|them|the\s+(?:mayor|chief|officer|cop|judge|sheriff))\b)(?<!\b(?:him|her|you|u|them)\b[^.!?\n]*)|\bblow(?:s|ing)?\s+up\s+with\s+(?:visitors|people|calls|messages|likes|traffic|orders|questions|comments|texts|emails)\b|\b(?:bath|glitter|seed|stink)\s+bombs?\b|\b(?:knife|knives)\b(?![^.!?\n]*\b(?:him|her|you|u|them|the\s+(?:mayor|chief|officer|cop|judge|sheriff))\b)(?<!\b(?:him|her|you|u|them)\b[^.!?\n]*)[^.!?\n]*\b(?:cakes?|bread|pies?|potluck|steaks?|turkey|ham|cheese|butter|kitchen|carv\w*|slic\w*|dinner|lunch|picnic|bbq|barbecue|vegetables|onions?)\b|\b(?:cakes?|bread|pies?|potluck|steaks?|turkey|ham|cheese|butter|kitchen|dinner|lunch|picnic|bbq|barbecue|vegetables|onions?)\b[^.!?\n]*\b(?:knife|knives)\b(?![^.!?\n]*\b(?:him|her|you|u|them|the\s+(?:mayor|chief|officer|cop|judge|sheriff))\b)(?<!\b(?:him|her|you|u|them)\b[^.!?\n]*)|\b(?:debts?|tickets?|fines?|fees?|records?|backlog|deficit|savings|accounts?|balance|data|files?|loans?|arrears|charges?|warrants?)\s+(?:\w+\s+){0,2}?wiped\s+(?:out|clean|away|off)\b|\bwip(?:e|ed|es|ing)\s+(?:out|clean|away)\s+(?:the\s+|all\s+(?:the\s+)?|their\s+|our\s+|your\s+)?(?:[a-z]+\s+)?(?:debts?|tickets?|fines?|fees?|records?|backlog|deficit|savings|accounts?|balance|data|files?|loans?|arrears|charges?|warrants?)\b|\bbomb(?:ed|ing|s)?\s+(?:the|my|that|this|our|an?|his|her|their)\s+(?:[a-z]+\s+)?(?:exams?|tests?|quiz|quizzes|interviews?|auditions?|presentations?|finals?|midterms?|class|classes|essays?|speech)\b|\beliminat\w*\s+(?:you|u|him|her|them|us|me|[a-z]+)\s+from\s+(?:the\s+|this\s+|our\s+)?(?:raffle|contest|competition|list|draw|drawing|race|game|tournament|running|show|league|playoffs|roster|team|pool|bracket|lottery)\b|\bgas(?:sed|sing)?\s+up\b|\b(?:beat|beats|beating|crush|crushed|crushing|destroy|destroyed|slaughter|slaughtered|kill|killed|killing|murder|murdered)\s+(?:the\s+)?(?:[a-z'-]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?(?:finals?|game|match|semis?|semi-?finals?|playoffs?|tournament|race|cup|world\s+cup|series|super\s+bowl|championship|league|chess|checkers|poker|cards|scrabble|monopoly|fortnite|minecraft|video\s+games?|mario\s+kart|trivia|bingo|pickleball|tennis|golf)\b|\b(?:kill|hunt|swat|squash|exterminat|trap)\w*\s+(?:and\s+(?:kill|squash|swat)\s+)?(?:all\s+)?(?:the\s+|those\s+|these\s+)?(?:mosquitoes|flies|fruit\s+flies|wasps|hornets|ants|gnats|ticks|fleas|spiders|moths|bed\s*bugs|stink\s*bugs|yellow\s*jackets|mice|gophers|moles|voles)\b|\b(?:chop|cut|snip|pinch|lop)\w*\s+(?:off\s+)?(?:the\s+)?heads?\s+(?:off\s+)?(?:of\s+)?(?:the|all\s+the|those|these|my|our)?\s*(?:\w+\s+)?(?:roses|flowers|tulips|daisies|blooms|sunflowers|dandelions|weeds|plants|fish|shrimp|lettuce|broccoli|garlic|mums|peonies|hydrangeas)\b|\b(?:kill|shoot|execute|gas|burn|bomb|nuke|gut|hang|destroy|torch)\s+(?:the|their|those|these|our|your)\s+(?:[a-z'-]+\s+)?[a-z]+['’]s?\s+(?:[a-z]+\s+)?(?:bills?|budgets?|plans?|proposals?|motions?|ordinances?|ads?|campaigns?|polic(?:y|ies)|agendas?|arguments?|narratives?|stor(?:y|ies)|posts?|careers?|chances|hopes|ideas?|talking\s+points|votes?|game|tax(?:es)?|levy|mandate|reform|program|funding|deal|amendment|initiative|measure|shelter\s+plan)\b|\b(?:wipe\s+out|wiped\s+out|crush|destroy|beat|bury|slaughter|annihilate|massacre|take\s+out|eliminate|kill|purge|demolish|obliterate|burn|burned|burning|roast|roasted|sink|sunk|drown|drowned)\b[^.!?\n]*\b(?:at\s+the\s+(?:polls|ballot\s+box)|in\s+(?:the\s+)?(?:next\s+)?(?:midterms?|elections?|primary|primaries|november|polls|debates?|runoff)|on\s+election\s+day)\b|\b(?:put|putting|puts|set|lay|laid|place|placed|locked?|store|stored)\s+(?:the|my|a|his|her|your|that|this|our)\s+(?:\w+\s+)?(?:knife|knives|gun|guns|rifle|pistol|weapon|weapons|machete|axe|bat)\s+(?:away|down|back|up|in\s+(?:the|a|my|his|her|your|our)\s+(?:\w+\s+)?(?:dishwasher|drawer|sink|safe|case|holster|closet|cabinet|block|trunk|lockbox|box|car))\b|\bdrop\s+(?:the|your|ur|that)\s+(?:gun|knife|weapon)\b|\b(?:dogs?|cats?|animals?|pets?|horses?|pit\s*bulls?|pitbulls?|coyotes?|bears?)\b[^.!?\n]*\b(?:euthanized|euthanised|put\s+down|put\s+to\s+sleep)\b|\b(?:bills?|laws?|proposals?|measures?|ordinances?|plans?|programs?|amendments?|budgets?|projects?|ideas?|deals?)\s+(?:\w+\s+){0,3}?(?:killed|shot\s+down|executed)\b|\b(?:the|a|his|her|my|their|our)\s+(?:last\s+)?will\s+(?:was|is|has\s+been|had\s+been|gets?|got)\s+executed\b|\b(?:warrants?|orders?|contracts?|trades?|searches|documents?|deeds?|agreements?|leases?|transactions?|scripts?|strateg(?:y|ies)|transfers?|payments?|policies|polic(?:y|ies)|operations?|raids?)\s+(?:\w+\s+){0,3}?executed\b|\bexecut(?:e|ed|es|ing)\s+(?:a|an|the|this|that|these|those|their|our|his|her|its|every|each)?\s*(?:\w+\s+){0,2}?(?:warrants?|orders?|contracts?|wills?|trades?|searches|documents?|deeds?|agreements?|leases?|transactions?|scripts?|strateg(?:y|ies)|transfers?|payments?|plans?|operations?|raids?|programs?|code|commands?)\b|\b(?:banners?|flags?|lights|decorations|wreaths?|baskets?|flowers|signs?|lanterns?|ornaments?)\b[^.!?\n]*\bhanging\s+(?:from|on)\b|\bhanging\s+(?:from|on)\b[^.!?\n]*\b(?:banners?|flags?|lights|decorations|wreaths?|baskets?|flowers|signs?|lanterns?|ornaments?)\b|\bshoot\s+(?:my|your|ur|his|her|our|their)\s+shot\b|\bhang(?:s|ing)?\s+(?:up\s+)?(?:the|a|an|his|her|their|our|your)\s+(?:\w+['’]s\s+)?(?:\w+\s+)?(?:portrait|picture|photo|painting|banner|flag|sign|poster|lights|decorations|wreath|coat|jacket|plaque|artwork|mural)s?\b|\bkill(?:ed|ing)?\s+(?:this|that|the)\s+(?:workout|test|exam|interview|game|set|performance|presentation|speech|show|song|look|outfit|run|race|solo|audition)\b|\bdie\s+of\s+(?:boredom|embarrassment|laughter|shame|happiness|excitement|cuteness|old\s+age)\b|\bburn\s+(?:this|the|that|their|our)\s+(?:\w+\s+){0,2}?(?:system|establishment|patriarchy|status\s+quo|institution|bureaucracy|machine)\s+down\b|\bburn\s+(?:it\s+all|everything|the\s+whole\s+(?:thing|lot|system))\s+down\b(?![^.!?\n]*\b(?:with|inside|them|him|her|you|people|cops|officers|station|precinct|house|home)\b)|\bwiped?\s+off\s+(?:the\s+)?(?:payroll|books|budget|ballot|roster|council)\b|\b(?:you're|you\s+are|youre|u\s+r|ur|you\s+guys\s+are|y'all\s+are|they're|they\s+are|it's|it\s+is|this\s+is|that's)\s+(?:literally\s+|so\s+|just\s+|slowly\s+|really\s+)?killing\s+(?:me|us)\b(?=\s*(?:[.!,]|$|\s+(?:with|here|out\s+here|slowly|on|at)\b))|\bbeat\s+(?:the\s+)?(?:traffic|rush|crowds?|heat|odds|deadline|clock|record|system|buzzer|lines?|rain|storm|snow|cold)\b|\b(?:kill|killed|killing|kills|crush|crushed|destroy|destroyed|slay|slayed|nail|nailed)\s+(?:it|time|some\s+time)\b|\b(?:kill|killed|killing|kills|shoot|shot|shooting|gut|gutted|gutting)\s+(?:the|this|that|these|those|their|his|her|our)\s+(?:\w+\s+)?(?:bill|bills|ordinance|proposal|motion|amendment|measure|plan|deal|project|budget|tax|levy|law|rule|mandate|idea|program|funding|pipeline|referendum)\b|\bwith\s+kindness\b|\bsurviv\w*\s+(?:a\s+|an\s+|the\s+|two\s+|three\s+|several\s+|multiple\s+)?(?:\w+\s+)?(?:bullets?|shootings?|stabbings?|bombings?|attacks?|gunshots?|gunshot\s+wounds?|knife\s+attacks?|massacres?)\b|\btook\s+a\s+bullet\s+for\b|\bthe\s+only\s+good\s+(?:zombie|mosquito|fly|flie|tick|roach|cockroach|bug|weed|vampire|wasp|hornet|spider|rat|mouse|mice|snake|slug|battery|batterie)s?\s+(?:is|are)\s+(?:an?\s+)?dead\b|\b(?:moths?|beetles?|aphids|mites|caterpillars|larvae|locusts|weevils|borers?|weeds|dandelions|crabgrass|kudzu|invasive\s+(?:species|plants?|insects?|weeds?))\b[^.!?\n]*\b(?:exterminat\w*|kill\w*|wip(?:e|ed|ing)\s+out|eradicat\w*|poison\w*)\b|\b(?:movie'?s?|film'?s?|final\s+scene|the\s+scene|episode|spoilers?|novel|video\s+game|season\s+finale|the\s+book)\b|\bpurg(?:e|ed|ing)\s+(?:the\s+)?(?:voter\s+rolls?|rolls|records|files|lists?|data|database|inbox|emails?|spam|cache)\b|\b(?:strangl|chok|smother)\w*\s+(?:out\s+)?(?:the\s+|this\s+|that\s+|these\s+|those\s+|my\s+|our\s+|all\s+(?:the\s+)?)?(?:\w+\s+)?(?:weeds?|patch|vines?|grass|lawn|garden|plants?|roots?|ivy|kudzu|bamboo|growth|seedlings?|tomatoes)\b|\bkill(?:s|ed|ing)?\s+(?:all\s+|off\s+|(?:a\s+few|some|most|half)\s+of\s+)?(?:the\s+)?(?:weeds?|bugs?|mold|mould|germs?|bacteria|grass|moss|roots?|fleas|ticks|lice|aphids|ants|slugs|viruses|odou?rs?|smell)\b|\b(?:exterminat\w*|kill\w*|poison\w*|get\s+rid\s+of)\s+(?:the\s+|these\s+|those\s+|all\s+(?:the\s+)?)?(?:rats|mice|roaches|cockroaches|pests|termites|bugs|mosquitoes|wasps|hornets)\b(?=[^.!?\n]*\b(?:pest\s+control|exterminators?|traps|infest\w*|warehouse|barn|attic|basement|dumpsters?|sewers?)\b)|\bshoot(?:ing)?\s+(?:some\s+|a\s+few\s+)?(?:hoops|baskets|pool|the\s+breeze|the\s+bull|a\s+video|videos|photos|pictures|footage|a\s+film|a\s+movie)\b|\bbullet\s+(?:points?|journal|list|train)\b|\bbullet[-\s]?proof\b|\b(?:burn\s+bans?|controlled\s+burns?|burn\s+permits?|brush\s+piles?|fire\s+marshal)\b|\bkill(?:ing)?\s+(?:all\s+)?(?:the\s+)?(?:lights?|engine|motor|power|music|radio|lamps?|headlights|sirens?|noise|mood|vibe|batteries|battery)\b|\bdeath\s+to\s+(?:all\s+)?(?:the\s+)?(?:mosquitoes|ticks|flies|roaches|cockroaches|rats|mice|weeds|potholes|bugs|wasps|hornets|spiders|termites|daylight\s+saving|spam|robocalls?|telemarketers|traffic|winter|snow|mondays|homework|parking\s+tickets)\b|\bdying\s+(?:of|to|for|laughing)\b|\bto\s+die\s+for\b|\bdie\s+laughing\b|\bdead\s+(?:to\s+me|wrong|serious|tired|set|last|center|centre|end|on|right)\b|\b(?:when|till|until|once)\s+(?:you're|you\s+are|i'm|i\s+am|we're|we\s+are)\s+dead\b|\b(?:i'd|i\s+would|i'll|i\s+will|we'd|we\s+would)\s+(?:rather\s+|gladly\s+|happily\s+)?die\b|\bdeath\s+(?:penalty|sentence|row)\b|\bkill\s+for\s+(?:a|an|some|one|the)\b|\bburn\w*\s+(?:the\s+|some\s+|your\s+|our\s+|all\s+the\s+|every\s+|that\s+|this\s+|a\s+|any\s+)?(?:leaves|brush|trash|yard\s+waste|logs|wood|firewood|branches|calories|fat|bridges?|midnight\s+oil|rubber|cds?|dvds?|sage|incense|toast|rice|popcorn|cookies)\b|\b(?:my|our|your|his|her)\s+(?:wife|husband|mom|mother|mum|dad|father|boss|girlfriend|boyfriend|kids|parents|grandma|grandpa|coach|teacher|doctor|dentist|trainer|landlord)\s+(?:will|'ll|would|'d|is\s+(?:going\s+to|gonna)|'s\s+(?:going\s+to|gonna)|gonna)\s+(?:literally\s+|absolutely\s+|actually\s+)?kill\s+(?:me|us|him|her|you)\b|\bhang(?:ing|s)?\s+out\b|\bmust\s+be\s+(?:found|caught|arrested|identified)\b|\b(?:be|get|gets|got|are|is)\s+(?:prosecuted|arrested|charged|convicted|sentenced)\b|\bbrought\s+to\s+justice\b|\bfaces?\s+(?:trial|charges|justice|a\s+judge|a\s+jury|the\s+courts?)\b|\b(?:behind\s+bars|in\s+(?:prison|jail)|life\s+sentence|rots?\s+in\s+(?:prison|jail|a\s+cell))\b|\b(?:shoots?|shot|shooting|sends?|sent|sending|drops?|dropped)\s+(?:you|u|me|him|her|us|them)\s+(?:a|an)\s+(?:quick\s+|short\s+)?(?:text|message|email|e-?mail|dm|pm|note|line|invite|link|picture|pic|photo)\b|\bhang(?:ing)?\s+(?:up\s+)?(?:the|a|an|this|that|these|those|our|my|your|some)\s+(?:\w+\s+)?(?:flyers?|posters?|signs?|banners?|flags?|pictures?|photos?|lights|decorations?|wreaths?|curtains?|coats?|jackets?|laundry|ornaments?|paintings?|art|notices?)\b/;
const AGENT =
  /\b(?:i|i'm|im|i'll|i'd|i've|imma|ima|i'ma|we|we'll|we're|we'd|us|let's|lets|me|my|our|should|must|need|needs|deserve|deserves|deserved|ought|oughta|gotta|hope|wish|pray|may|someone|somebody|some1|everyone|everybody|y'all|yall|time\s+to|death\s+to|only\s+good|kys)\b|\byou(?:'re|\s+are|'ll|\s+will|\s+gonna|\s+r)\s+(?:\w+\s+)?(?:next|dead|die|regret|pay|be\s+(?:dead|shot|killed|next))\b|\byou(?:\s+\w+)?(?:'ll|\s+will|\s+shall|\s+are\s+going\s+to|'re\s+going\s+to|\s+gonna)\s+(?:\w+\s+)?(?:hang|bleed|burn|suffer|lose\s+(?:your|both|an?)|be\s+(?:hanged|hung|buried|bleeding|floating|found|scraped|carried|lynched|burned|burnt|beaten|stabbed|gunned))\b/;
const ORDER =
  /^\W*(?:just\s+|go\s+|now\s+)?(?:kill|hang|shoot|burn|gas|nuke|execute|stab|behead|lynch|round|line|sink|drown|exterminate|die|slaughter|murder|bomb|torch|string|wipe|eliminate|beat|punch|hunt|aim|poison|stomp|castrate|drag|ambush|mow|strangle|choke)\b/;
const VIOLENT_SENTENCE: RegExp =
  /\b(?:kill|murder|shoot|shot|stab|hang(?!\s+(?:up|out|on|in\s+there)\b)|hanged|hung(?!\s+(?:up|out|over)\b)|execut|behead|slaughter|strangl|chok|tortur|burn|drown|bur(?:y|ied)|gas|exterminat|massacr|bomb|blow|nuke|bullet|die|dies|dead|death|dying|hurt|harm|beat|attack|destroy|crush|slay|nail|lynch|wipe|eliminat|gun|noose|rope|gallows|guillotine|grave|string|firing\s+squad|gas|rifle|knife|machete|sink|rubble|by\s+force|militia|ammo|load\s+up|beating|camps|stomp|bleed|castrat|torch|mow(?:s|ed|n|ing)?\s+(?:them|em|'em|him|her|you|u|everyone|everybody|people|(?:the|those|these|all\s+the)\s+(?:protesters|crowds?|people|pedestrians|rioters|marchers|demonstrators|\w+s))\s+down|mow(?:ed|n)\s+down(?!\s+(?:the\s+|some\s+|all\s+the\s+|my\s+|our\s+)?(?:weeds?|grass|lawn|brush|hay|fields?|wheat|corn|thistles?|meadow))|mow(?:s|ing)?\s+down\s+(?:the\s+|those\s+|these\s+|all\s+(?:the\s+)?)?(?:protesters|crowds?|people|pedestrians|rioters|marchers|demonstrators)|grenade|poison|ambush|skull|scalp|teeth|tooth|suffocat|dismember|mutilat|maim|crippl|slit|throat|assassinat|sniper|knock\w*\s+(?:you|u|him|her|them|ya|that\s+\w+|the\s+\w+|every\s+\w+|\w+['’]s)\s+(?:\w+\s+){0,2}?(?:out|unconscious)|break\w*\s+(?:your|his|her|their|ur|every|both)\s+(?:\w+\s+)?(?:necks?|legs?|arms?|jaws?|bones?|face|knees?|fingers?|ribs?|nose|hands?)|broken\s+(?:\w+\s+)?(?:bones|necks?|jaws?|legs|ribs)|drag(?:s|ged|ging)?\s+(?:\w+\s+){0,3}?(?:into|through)\s+the\s+streets?)/;
const VIOLENT_WORDS = new RegExp(VIOLENT_SENTENCE.source, 'g');

/** A proposal with a question mark is still a proposal ("I say we hang Acosta first?"). */
const PROPOSAL = /\b(?:i\s+say\s+we|let'?s)\b/;

/**
 * A death or an injury foretold of nobody in particular ("these cops are trigger-happy and
 * someone will die", "people are going to get hurt at that intersection"): a warning, not a call
 * (0.7.5). A veiled threat in these words ("keep it up and someone gets hurt") is the rules'.
 */
const FORETOLD =
  /\b(?:someone|somebody|people|a\s+kid|a\s+child|kids|children|an\s+innocent\s+\w+)\s+(?:will|is\s+going\s+to|'s\s+going\s+to|are\s+going\s+to|gonna|is\s+gonna|could|might|may)\s+(?:\w+\s+)?(?:die|get\s+(?:hurt|killed|shot)|be\s+(?:killed|hurt|shot))\b/;

/**
 * A question tagged onto a statement, which stays a statement: "I will kill you, got it?", "…,
 * you hear me?", "…, understand?" (0.7.11). Read on the words after a match up to the "?", or on a
 * sentence without its "?". Not "ok?" or "right?": they ask leave ("I'll post your number for the
 * lost dog flyer, right?").
 */
const TAG = String.raw`,\s*(?:(?:do\s+)?(?:you|u|ya)\s+(?:hear|understand|get)(?:\s+me)?|(?:you\s+|u\s+)?hear\s+me|got\s+(?:it|that|me)|understand|understood|comprende|capisce|capeesh|is\s+that\s+clear|clear|does\s+that\s+scare\s+(?:you|u)|(?:you|ya)\s+know|know\s+what\s+i\s+mean|(?:ya\s+|you\s+)?feel\s+me|who'?s\s+(?:in|down|coming|with\s+(?:me|us))|(?:anyone|anybody|you|u|y'?all)\s+(?:in|down|coming|with\s+(?:me|us))|are\s+(?:you|u|y'?all)\s+(?:in|down|with\s+(?:me|us)))`;
const TAG_QUESTION = new RegExp(`${TAG}\\s*\\?+$`);
const TAG_ENDS = new RegExp(`${TAG}\\s*$`);
/** A sentence that opens as a question stays one, whatever its tag: "should he be hanged, ok?" */
const ASKING =
  /^(?:should|is|are|was|were|will|would|can|could|do|does|did|why|what|who|how|when|where|shall)\b/;

function harmlessSentence(sentence: string, terminator: string): boolean {
  if (
    terminator.includes('?') &&
    !PROPOSAL.test(sentence) &&
    (!TAG_ENDS.test(sentence) || ASKING.test(sentence.trimStart()))
  )
    return true;
  if (
    FORETOLD.test(sentence) &&
    !/\b(?:keep|if|or|unless|else|otherwise|you|u|your|ur)\b/.test(sentence)
  )
    return true;
  if (REPORTED_CLAUSE.test(sentence) || SOMEONE_SAYS.test(sentence)) return true;
  if (NEGATED.test(sentence) || IDIOM.test(sentence) || STOP_THE_VIOLENCE.test(sentence))
    return true;
  if (punishedConduct(sentence)) return true;
  if (violenceAtSpeaker(sentence) || witnessed(sentence) || disasterReport(sentence)) return true;
  if (thingsDoneTo(sentence) || contrastedAway(sentence)) return true;
  if (HISTORY.test(sentence) && PAST_HARM.test(sentence) && !CALLED_FOR.test(sentence)) return true;
  if (/\bif\b/.test(sentence) && !/\b(?:i|we|i'll|we'll)\b/.test(sentence)) return true;
  return !AGENT.test(sentence) && !ORDER.test(sentence);
}

/**
 * Violence suffered, told by whoever suffered it: every violent word has the speaker as its
 * object ("they tear gassed us and shot rubber bullets at us", "the deputy beat me") (0.7.19). A
 * victim's report, often of the police, is never the speaker's threat. Not "shoot me and I'll
 * shoot you": "you" is a violent word's object too.
 */
const AT_SPEAKER =
  /^\w*(?:\s+(?:rubber|pepper|tear|real|live|the|a|some|bean[\s-]?bag|\w+ed|bullets?|rounds?|gas|spray|pellets?|batons?|canisters?|grenades?))*\s+(?:at\s+|on\s+|into\s+)?(?:us|me)\b/;
function violenceAtSpeaker(sentence: string): boolean {
  if (CALLED_FOR.test(sentence)) return false;
  return everyViolentWord(sentence, (m) => AT_SPEAKER.test(sentence.slice(m.index + m[0].length)));
}

/**
 * Whether a sentence has a violent word and every one of them passes `holds`; a word for which
 * it answers 'passed over' counts neither way. The frames of reports and chores are each this.
 */
function everyViolentWord(
  sentence: string,
  holds: (m: RegExpExecArray) => boolean | 'passed over',
): boolean {
  let any = false;
  for (const m of allMatches(VIOLENT_WORDS, sentence)) {
    const verdict = holds(m);
    if (verdict === 'passed over') continue;
    if (!verdict) return false;
    any = true;
  }
  return any;
}

/**
 * Every violent word set aside by a contrast: "all these old barns should be restored, not
 * burned", "jail them, not shoot them" (0.7.24, round 365). Not "they deserve to be shot, not
 * jailed": there the violent word is the one kept.
 */
const CONTRASTED_AWAY = /,\s*(?:but\s+|and\s+)?(?:not|never)\s+(?:be\s+|get\s+)?$/;
function contrastedAway(sentence: string): boolean {
  return everyViolentWord(sentence, (m) => CONTRASTED_AWAY.test(sentence.slice(0, m.index)));
}

/**
 * Violence the speaker watched others do: "I watched cops hurt innocent people", "we saw the
 * officer shoot him" (0.7.19). A witness's report; nothing is asked, wished or promised.
 */
const WITNESSED =
  /\b(?:i|we)\s+(?:\w+\s+){0,2}?(?:watched|saw|witnessed|filmed|recorded|seen)\b(?:\s+[\w']+){0,8}?\s+(?:cops?|police|officers?|deputies|deputy|troopers?|agents?|guards?|he|she|they|a\s+\w+|the\s+\w+|\w+s)\s+(?:\w+\s+)?$/;
function witnessed(sentence: string): boolean {
  // "Again" is what a witness says of what they keep seeing, not a call.
  const said = sentence.replace(/\bagain\b/g, '');
  if (CALLED_FOR.test(said) || /\b(?:going\s+to|i'?m|i'?d|we'?d|would)\b/.test(said)) return false;
  return everyViolentWord(sentence, (m) => WITNESSED.test(sentence.slice(0, m.index)));
}

/**
 * Harm done by a fire, a storm, a crash or a disease, told: every violent word has such a force
 * as its subject ("the fire destroyed three houses but everyone got out", "the tornado destroyed
 * our barn", "the wildfire burned 300 acres"). A department's page posts about fires and crashes
 * every week; nobody is threatened by what a storm did. Not what one is wished or foretold to do
 * ("I hope the fire burns your house down", "the flood is going to take you").
 */
const DISASTER_BEFORE =
  /\b(?:fires?|wildfires?|blaze|flames|storms?|floods?|flooding|flood\s+waters?|tornado(?:es)?|twister|hurricane|earthquake|quake|explosion|blast|crash|wreck|collision|accident|pile-?up|heat(?:\s*wave)?|cancer|covid|virus|disease|overdose|fentanyl|avalanche|lightning|landslide|mudslide|hail|winds?|tsunami|drought|smoke)\s+(?:(?:nearly|almost|also|completely|totally|partly|has|have|had)\s+){0,2}$/;
const NOT_TOLD =
  /\b(?:should|must|deserves?|hope|wish|pray|will|'ll|gonna|going\s+to|let'?s|may|might|could|would|next)\b/;
function disasterReport(sentence: string): boolean {
  if (NOT_TOLD.test(sentence)) return false;
  return everyViolentWord(sentence, (m) => DISASTER_BEFORE.test(sentence.slice(0, m.index)));
}

/**
 * Things, not people, as what the violent words are done to: "the weeds should be pulled out of
 * the garden and burned", "those old files need to be shredded and burned" (0.7.20). Every violent
 * word follows, in its clause, a thing (THINGS, or yard waste and junk) said to need doing.
 */
const THING = String.raw`(?:${THINGS}|trash|garbage|brush|branches|stumps?|scrap|junk|furniture|mattress(?:es)?|cardboard|paperwork|yard\s+waste)`;
const THING_DONE_TO = new RegExp(
  String.raw`^\W*(?:(?:and|but|so|then)\s+)?(?:(?:all|both)\s+)?(?:(?:the|those|these|all|my|our|your|his|her|their|that|this|some|any)\s+)?(?:[a-z]+\s+)?${THING}\s+(?:should|needs?\s+to|must|will|can|could|have\s+to|has\s+to|ought\s+to|got\s+to|gotta)\s+(?:all\s+)?(?:be\s+|get\s+)?(?:[a-z']+\s+){0,7}?$`,
);
const THING_NEXT = new RegExp(String.raw`^[\w-]*\s+${THING}\b`);
/** A rule's match that starts at the verb, after a thing as its subject ("the old files | need…"). */
const THING_SUBJECT = new RegExp(
  String.raw`(?:^|[,;:]|\b(?:and|but|so|then))\W*(?:(?:all|both)\s+)?(?:(?:the|those|these|all|my|our|your|his|her|their|that|this|some|any)\s+)?(?:[a-z]+\s+)?${THING}\s+$`,
);
/** Anyone a sentence names besides things: a thing frame does not clear it. */
const ANYONE = new RegExp(
  String.raw`\b(?:${PERSON_NOUN}|${GROUP_TARGET}|he|she|him|her|you|u|we|us|everyone|everybody|anyone|anybody|someone|somebody)\b`,
);
const MODAL_FIRST = /^(?:should|needs?|must|will|can|could|have|has|ought|gotta|got)\b/;
function thingsDoneTo(sentence: string): boolean {
  if (ANYONE.test(sentence)) return false;
  return everyViolentWord(sentence, (m) => {
    // "dead branches", "burned-out bulbs": the word describes the thing.
    if (THING_NEXT.test(sentence.slice(m.index + m[0].length))) return 'passed over';
    const clause = sentence.slice(0, m.index).split(/[,;:]/).pop() ?? '';
    return THING_DONE_TO.test(clause);
  });
}

/**
 * History told, not called for: "my grandfather survived Auschwitz; Zyklon B killed his sisters",
 * "in 1921 a mob burned the district and killed hundreds" (0.7.15, round 111). A past act in a
 * sentence of history, with nothing asked, wished or promised.
 */
const HISTORY =
  /\b(?:survived|survivors?|holocaust|auschwitz|dachau|treblinka|buchenwald|nazis|ww2|wwii|world\s+war|in\s+(?:1[6-9]\d\d|20[01]\d)|(?:grand(?:father|mother|pa|ma|parents)|great[\s-]grand\w+|ancestors)\b)/;
const PAST_HARM =
  /\b(?:killed|murdered|gassed|shot|hanged|lynched|executed|died|burned|massacred|slaughtered|bombed)\b/;
const CALLED_FOR =
  /\b(?:should|must|deserves?|again|time\s+to|need|needs|let'?s|will|gonna|i'?ll|we'?ll|hope|wish|pray|next|do\s+it|finish)\b/;

/**
 * Violence named as the conduct the law should punish: "any cop who puts a bullet in an unarmed
 * man should go to prison", "whoever pulled the trigger deserves life in prison" (0.7.6). The
 * violent words lie in the "who" clause; what is asked for is a court's, not a blow.
 */
const PUNISHED =
  /\b(?:who|whoever)\b[^.!?\n]{0,80}?\b(?:should|must|needs?\s+to|ought\s+to|deserves?(?:\s+to)?|belongs?)\s+(?:go\s+to\s+(?:prison|jail)|be\s+(?:charged|arrested|prosecuted|fired|jailed|imprisoned|convicted|tried|indicted|held\s+accountable|locked\s+up|sentenced|behind\s+bars)|face\s+(?:charges|trial|justice|prison|jail|a\s+jury)|lose\s+(?:his|her|their)\s+(?:badge|job|pension)|life\s+in\s+prison|(?:in\s+)?(?:prison|jail|a\s+cell))\b/;

function punishedConduct(sentence: string): boolean {
  const m = PUNISHED.exec(sentence);
  return m !== null && !VIOLENT_SENTENCE.test(sentence.slice(m.index + m[0].length));
}

/**
 * Someone else's words, in a clause of saying: "I hate it when people say … should be burned
 * alive", "whenever someone posts …" (0.7.10, round 81).
 */
const SOMEONE_SAYS =
  /\b(?:when|whenever|if)\s+(?:people|someone|somebody|they|he|she|folks|anyone|others)\s+(?:say|says|said|claim|claims|write|writes|post|posts|tweet|tweets|chant|chants|suggest|suggests)\b/;
/** The violence asked to end: "it is time to stop killing …" (0.7.10, round 81). */
const STOP_THE_VIOLENCE =
  /\b(?:stop|quit|end|ending|stopping|ended)\s+(?:the\s+)?(?:killing|shooting|murdering|hanging|lynching|hurting|beating|bombing|burning|attacking|harming|slaughter(?:ing)?|massacring)\b(?![^.!?\n]*\b(?:and|then)\s+(?:start|begin)\b)/;

export function harmlessFrame(text: string): boolean {
  let violent = 0;
  let harmless = 0;
  for (const m of allMatches(/([^.!?\n]+)([.!?\n]*)/g, text)) {
    const sentence = m[1] ?? '';
    if (!VIOLENT_SENTENCE.test(sentence)) continue;
    violent++;
    if (harmlessSentence(sentence, m[2] ?? '')) harmless++;
  }
  // No violent word at all ("lock him up", "bloody love them", "hell yes"): whatever the words
  // remind the model of, nobody is threatened with anything; the rules cover the threats that
  // need no violent word ("I know where you live", "you're next").
  return harmless === violent;
}

/** Below this the model's view is not reported (the queue threshold is 0.5). */
const MODEL_SIGNAL_FROM = 0.3;

/** The shipped classifier: rules plus `data/models/threat.json`, loaded on first use. */
export const threatClassifier: Classifier = createThreatClassifier(loadThreatModel);

const IF_BEFORE = /\bif\b/;
/** A possessive after the target, of a plan, a vote or an argument: what is attacked is not a person or a place. */
/** An idea, plan or event about people, as the object a rule matched (see runRule). */
const ABOUT_THEM =
  /\b(?:the|this|that|these|those|a|an|every|all\s+the|our|their|any)\s+(?:[a-z'-]+\s+)?(?:rumou?rs?|myths?|plans?|lies|stereotypes?|narratives?|ideas?|notions?|claims?|bills?|laws?|polic(?:y|ies)|programs?|proposals?|measures?|bans?|stor(?:y|ies)|jokes?|prejudices?|bigotry|racism|fears?|misconceptions?|talking\s+points?|agenda|propaganda|months?|festivals?|parades?|events?|exhibits?|hatred|stigma)\s+(?:that|about|of|for|against|on|toward|towards|targeting|celebrating|honou?ring)\b/;
const THING_OWNED =
  /^['’]s?\s+(?:[a-z]+\s+)?(?:bills?|budgets?|plans?|proposals?|motions?|ordinances?|ads?|campaigns?|polic(?:y|ies)|agendas?|arguments?|narratives?|stor(?:y|ies)|posts?|careers?|chances|hopes|ideas?|lies|talking\s+points|numbers|ratings|votes?|turnout|game|offen[cs]e|defen[cs]e|record|momentum|mood|vibe|fun|music|tax(?:es)?|levy|mandate|reform|program|funding|deal|amendment|initiative|measure|case|defence|routes?|maps?|schedules?|permits?|signs?|banners?|route\s+maps?)\b/;
const SHOOT = /\bsho(?:o)?t/;
const IN_A_PICTURE =
  /^(?:\s+(?:in|from|out\s+of|off))?\s+(?:the|this|that|my|your|our|his|her|every)\s+(?:group\s+|family\s+|class\s+)?(?:photos?|pictures?|pics?|shots?|frames?|selfies?|edits?|crops?|videos?|footage|portraits?)\b/;
const HUNTED_DOWN = /\b(?:hunt|track|seek)\w*\s+(?:\w+\s+)?down\b|\bhunt\w*\s+down\b/;
const TO_BE_HELPED =
  /^[^.!?\n]{0,20}?\b(?:that|who)\s+(?:needs?|could\s+use)\s+(?:a|an|some|help|food|shelter|clothes|coats?|meals?|rides?|work|jobs?|blankets?)\b/;
const WITH_WORDS =
  /^(?:\s+and\s+(?:kill|smother|drown|shower|bury|bomb|hit)\s+(?:you|u|him|her|them|y'?all))?\s+with\s+(?:[a-z]+\s+)?(?:e-?mails|calls|phone\s+calls|letters|complaints|questions|requests|messages|texts|tweets|comments|petitions|signatures|postcards|love|kindness|flowers|compliments|facts|data|votes|paperwork|visibility|pride|glitter|joy|truth|success|laughter|rainbows?|hugs|music)\b/;
/** Violence said of an election, and the words that say it is one. */
const METAPHOR_VERB =
  /\b(?:wipe\s+out|wiped\s+out|crush|crushed|destroy|destroyed|beat|beaten|bury|buried|slaughter|slaughtered|annihilate|annihilated|massacre|massacred|take\s+out|taken\s+out|eliminate|eliminated|kill|killed|purge|purged|eradicate|eradicated|demolish|demolished|obliterate|obliterated|trounce|trounced)\b/;

/** A game, a match or a race: where a defeat is a score, not a wound. */
const CONTEST =
  /\b(?:at|in)\s+(?:(?:a|the|their|his|her|our|your|my)\s+(?:own\s+)?)?(?:chess|checkers|cards|poker|trivia|scrabble|monopoly|games?|match(?:es)?|races?|tournaments?|playoffs|finals?|league|season|fortnite|tennis|golf|[a-z]+ball)\b/;

/**
 * Every violent word is a race or a game won or lost ("they should be beaten in the polls", "crush
 * them in the midterms", "kids like that should be beaten at their own game"): each is a verb of
 * defeat, in a sentence about an election or a contest (0.7.13). Not "beaten until they bleed,
 * then voted out in the election": "bleed" is no defeat.
 */
function onlyDefeat(text: string): boolean {
  return everyViolentWord(text, (m) => {
    const word = /^[a-z]+(?:\s+(?:out|up))?/.exec(text.slice(m.index))?.[0] ?? m[0];
    if (!METAPHOR_VERB.test(word)) return false;
    const sentence = sentenceAround(text, m.index);
    return ELECTORAL_METAPHOR.test(sentence) || CONTEST.test(sentence);
  });
}
const ELECTORAL_METAPHOR =
  /\bat\s+the\s+(?:polls|ballot\s+box)\b|\bin\s+(?:the\s+)?(?:next\s+)?(?:midterms?|elections?|primary|primaries|november|polls|debates?|runoff)\b|\bon\s+election\s+day\b|\b(?:vote|voting)\s+(?:them|him|her|'em|em)\s+out\b/;
const WITH_CAMERA =
  /^\s+(?:[a-z]+\s+){0,2}?with\s+(?:a|an|our|my|the|their|his|her|your)\s+(?:[a-z]+\s+)?(?:cameras?|phones?|iphones?|lens(?:es)?|drones?|camcorders?)\b/;
/** A rule's target that is also an animal, and the words that say the animal is meant. */
const PEST = /\b(?:rats?|mice|roaches|cockroaches|pests|vermin|termites|bugs)$/;
const PEST_CONTEXT =
  /\b(?:pest\s+control|exterminators?|(?:rat|mouse)\s*traps?|traps|infestation|infested|droppings|bait\s+stations?|rodents?|warehouse|barn|attic|basement|dumpsters?|sewers?|garbage|trash\s+cans?|compost)\b/;
/**
 * A sentence that reports what others say, think or write ("anyone who says refugees should…",
 * "someone spray painted … on the bridge"), or condemns saying it ("it's vile to say …").
 */
const REPORTED_CLAUSE =
  /\b(?:he|she|they|someone|somebody|a\s+(?:man|woman|guy)|the\s+(?:man|woman|guy|suspect|driver|caller|neighbou?r))\s+(?:said|says|told\s+(?:me|us|her|him|them|my\s+\w+)|threatened|yelled|screamed|texted|wrote)\s+(?:that\s+)?(?:(?:he|she|they)\s+(?:would|will|was\s+going\s+to|were\s+going\s+to|wanted\s+to|gonna)|he'd|she'd|they'd|he'll|she'll|they'll)\b|\b(?:who|whoever|anyone\s+who|anybody\s+who|people\s+who|those\s+who)\s+(?:\w+\s+)?(?:says?|said|thinks?|thought|believes?|claims?|chants?|posts?|writes?|wrote|tweets?)\s+(?!(?:that|this|it|so)\s+(?:should|must|needs?|deserves?|ought|will|gets?)\b)(?:that\s+)?(?!(?:should|must|needs?|deserves?|ought)\b)\w+|\bimagine\s+(?:thinking|believing|saying)\b|\b(?:someone|somebody|they|vandals?|kids|people|he|she|whoever)\s+(?:\w+\s+)?(?:wrote|painted|spray-painted|sprayed|scrawled|carved|tagged|etched|scratched)\b[^.!?\n]{0,60}?\b(?:on|across|onto)\s+(?:the|a|my|our|his|her|their|that|this)\s+|\b(?:it's|it\s+is|it\s+was|that's|that\s+is)\s+(?:\w+\s+){0,2}?(?:vile|wrong|disgusting|sick|evil|unacceptable|shameful|hateful|racist|gross|horrible|appalling|not\s+ok(?:ay)?|never\s+ok(?:ay)?)\s+to\s+(?:say|write|post|suggest|claim|chant|tweet|wish)\b/;
/** The match continues a clause of someone else's saying or thinking ("anyone who says…"). */
const REPORTED_BEFORE =
  /\b(?:stop|quit|don't|do\s+not|never|cannot|can't)\s+(?:saying|say|writing|write|posting|post|claiming|claim|suggesting|suggest|chanting|chant|tweeting|tweet|pretending)\s+(?:that\s+)?(?:\w+\s+){0,3}$|\b(?:my|our|his|her|their|a|the|this|that|some)\s+(?:[a-z'-]+\s+)?(?:neighbou?rs?|coworkers?|co-workers?|boss|friends?|uncle|aunt|cousins?|brother|sister|dad|father|mom|mother|husband|wife|son|daughter|classmates?|teachers?|guy|man|woman|lady|dude|kid|roommates?|landlord|customers?|caller|commenters?|posters?|users?|trolls?|grandpa|grandma|grandfather|grandmother|in-laws?)\s+(?:\w+\s+)?(?:said|says|yelled|shouted|screamed|wrote|posted|texted|told\s+(?:me|us|him|her|them))\s+(?:that\s+)?(?:\w+\s+){0,3}$|\b(?:who|whoever|anyone|anybody|people|those|someone|somebody|they|he|she)\s+(?:\w+\s+)?(?:says?|said|saying|thinks?|thought|thinking|believes?|believed|claims?|claimed|claiming|chants?|chanted|chanting|posts?|posted|posting|writes?|wrote|writing|tweets?|tweeted|painted|spray-painted|sprayed|scrawled|carved|tagged|etched|scratched)\s+(?:that\s+)?(?!(?:that|this|it|so)\s+$)(?!(?:the|this|that|these|those|a|an|his|her|their|our)\s+(?:[a-z'-]+\s+)?(?:polic(?:y|ies)|laws?|bills?|ordinances?|rules?|reports?|articles?|budgets?|contracts?|memos?|orders?|decisions?|rulings?|verdicts?|books?|software|code|programs?|plans?|mandates?)\s+$)(?:\w+\s+){0,3}$|\b(?:it's|it\s+is|it\s+was|that's|that\s+is)\s+(?:\w+\s+){0,2}?(?:vile|wrong|disgusting|sick|evil|unacceptable|shameful|hateful|racist|gross|horrible|appalling|not\s+ok(?:ay)?|never\s+ok(?:ay)?)\s+to\s+(?:say|write|post|suggest|claim|chant|tweet|wish)\s+(?:that\s+)?(?:\w+\s+){0,3}$|^\W*(?:saying|writing|posting|chanting|yelling|tweeting|claiming)\s+(?:that\s+)?(?:\w+\s+){0,3}$|(?<!\b(?:i'?m|i\s+am|im|we'?re|we\s+are)\s+)\b(?:note|message|text|letter|dm|email|comment|sign|voicemail|caller|graffiti|post)\s+(?:on\s+[\w\s]{0,20}?)?(?:saying|that\s+said|which\s+said|that\s+read|reading)\s+(?:that\s+)?(?:\w+\s+){0,2}$/;

/** A relative clause of saying, then what was said, with its own subject and verb. */
const REPORTED_INSIDE =
  /\bwho\s+(?:\w+\s+)?(?:says?|said|thinks|thought|claimed|claims|tweeted|suggested|suggests|yelled|shouted|screamed|chanted)\s+(?:that\s+)?(?!(?:that|this|it|so)\s+(?:should|must|needs?|deserves?|ought|is|are|will)\b)(?:[a-z'-]+\s+){1,3}?(?:should|must|needs?\s+to|deserves?|ought\s+to|is\s+going\s+to|are\s+going\s+to|will|would)\b/;

/**
 * After a match: the phrase named as a phrase ("… is a horror movie", "… was my grandpa's
 * saying", "… is how I describe a newborn"), said of, not said. Not "… is the only solution" or
 * "… is what I say": those say it.
 */
const SAID_OF_THE_PHRASE =
  /^["”']?\s+(?:is|was)\s+(?:(?:a|an|the|my|our|his|her|just|one)\s+(?:[\w']+\s+)?(?:movie|film|song|book|show|series|episode|phrase|saying|line|quote|title|lyric|joke|meme|expression|idiom|game|album)\b|how\s+(?:i|we|you)\s+(?:describe|call)\b)/;

/** "…doesn't mean you get to", "…does not give anyone the right to": what follows is denied. */
const NOT_LICENSED =
  /\b(?:does\s*n[o']t|do\s*n[o']t|did\s*n[o']t|never)\s+(?:mean|means|give|gives)\s+(?:(?:you|u|anyone|anybody|them|him|her|people|us)\s+(?:the\s+)?right\s+to|(?:that\s+)?(?:you|u|anyone|anybody|they|he|she|people|someone|somebody|we|i)\s+(?:get|gets|can|may|have|has|should|are\s+allowed|is\s+allowed)\s+to)\s+(?:\w+\s+)?$/;

/** The whole sentence around `index`. */
function sentenceAround(text: string, index: number): string {
  let end = index;
  while (end < text.length && !'.!?\n'.includes(text[end] ?? '')) end++;
  return sentenceBefore(text, index) + text.slice(index, end);
}

/** The text from the start of the sentence up to `index`. */
function sentenceBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && !'.!?\n'.includes(text[start - 1] ?? '')) start--;
  return text.slice(start, index);
}
