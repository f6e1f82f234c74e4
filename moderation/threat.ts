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
import { tokens } from './normalize.js';
import type { Classifier, Evidence, Signal } from './types.js';

const PERSON_NOUN = String.raw`(?:officers?|cops?|pigs?|chief|mayor|sheriffs?|deput(?:y|ies)|detectives?|sergeants?|sgt|lieutenants?|captains?|commissioners?|judges?|governor|president|senators?|council(?:man|woman|member)s?|dispatchers?|troopers?|agents?|police(?:m[ae]n)?|m[ae]n|wom[ae]n|guys?|dudes?|lad(?:y|ies)|kids?|children|bitch(?:es)?|bastards?|fuckers?|motherfuckers?|snitch(?:es)?|rats?|witness(?:es)?|protesters?|people|folks|cunts?|assholes?|neighbou?rs?|famil(?:y|ies)|wife|husband|boyfriend|girlfriend|son|daughter|mom|mother|dad|father|baby|brother|sister|n[i1]gg(?:a|er)s?|f[a@]gg?ots?)`;

const BODY_OR_KIN = String.raw`(?:ass|face|head|brains?|skull|throat|family|kids?|children|wife|husband|son|daughter|mom|mother|dad|father|baby)`;

/** A person as the object of a violent verb. */
const PERSON = String.raw`(?:you(?:\s+all|\s+guys)?|u|ya|y'?all|yous|him|her|them|em|'em|everyone|everybody|all\s+of\s+(?:you|them|ya|u)|each\s+(?:one\s+)?of\s+(?:you|them)|every\s+(?:last\s+|single\s+)?one\s+of\s+(?:you|them|ya)|(?:your|ur|yo|his|her|their)\s+(?:whole\s+|entire\s+|fucking\s+|damn\s+)?${BODY_OR_KIN}|(?:the|that|this|those|these|every|all|some|a|an|any|another|more|your|ur)\s+(?:[a-z'-]+\s+)?${PERSON_NOUN}|(?:officer|ofc|sgt|sergeant|detective|deputy|chief|mayor|sheriff)\s+[a-z]+)`;

/** An occupied place, the object of bombing, burning or "shooting up". */
const PLACE = String.raw`(?:the|your|ur|this|that|their|his|her)\s+(?:[a-z]+\s+)?(?:station|precinct|building|school|church|mosque|synagogue|temple|office|headquarters|hq|city\s+hall|courthouse|department|house|home|place|mall|event|parade|rally|cruiser|squad\s+car|library|hospital)`;

/** "shoot you a message", "burn you a copy", "kill them with kindness": not violence. */
const NOT_VIOLENT_AFTER = String.raw`(?!\s+(?:a|an|some|one|the|this)\s+(?:quick\s+|short\s+)?(?:message|text|email|e-?mail|dm|pm|note|line|call|link|invite|invitation|reply|question|cd|copy|picture|pic|photo|video|check|deal|favou?r|break|slack|look|smile|wink|update|response|offer|bill)|\s+with\s+kindness|\s+over\s+(?:the|an?)\s)`;

const FIRST_PERSON = String.raw`\b(?:(?:i|we)(?:'ll|\s+will|\s+shall|'d|\s+would)|(?:i'm|i\s+am|im|we're|we\s+are)\s+(?:gonna|going\s+to|about\s+to|finna|fixing\s+to|coming\s+to|planning\s+to|ready\s+to)|(?:i|we)\s+(?:gonna|wanna|want\s+to|plan\s+to|intend\s+to|am\s+gonna)|imma|ima|i'ma|ill|(?<=^|[.!?\n]\s*)(?:gonna|finna|bout\s+to|about\s+to))(?:\s+(?:just|really|personally|literally|fucking|gladly|definitely|totally|go|come|and|then|straight\s+up)){0,2}`;

const HARD_VERB = String.raw`(?:kill|murder|shoot|stab|strangle|choke|behead|decapitate|hang|lynch|execute|slaughter|butcher|rape|slit|gut|hurt|harm|attack|assault|knife|snipe|assassinate|punch|run\s+over|pistol[\s-]whip|curb[\s-]stomp|beat\s+the\s+(?:shit|crap|hell|fuck|living\s+daylights)\s+out\s+of)`;

const PLACE_VERB = String.raw`(?:bomb|blow\s+up|shoot\s+up|torch|burn\s+down|burn|firebomb)`;

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
}

const gate = (list: string): string[] => list.trim().split(/\s+/);

const VIOLENT = gate(`kill murder shoot stab strangle choke behead decapitate hang lynch execute
  slaughter butcher rape slit gut hurt harm attack assault knife snipe assassinate punch run pistol
  curb beat`);
const PLACE_VERBS = gate('bomb blow shoot torch burn firebomb');

const rule = (
  source: string,
  score: number,
  label: string,
  gateWords: readonly string[],
  options: { unless?: RegExp; notAfterIf?: boolean } = {},
): Rule => ({ pattern: new RegExp(source, 'g'), score, label, gate: gateWords, ...options });

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
    String.raw`${FIRST_PERSON}\s+(?:beat|whoop|whip|stomp|kick|smack)\s+(?:${PERSON}\s+(?:up|down|to\s+death|half\s+to\s+death|senseless|to\s+a\s+pulp|black\s+and\s+blue|unconscious)|(?:your|ur|yo|his|her|their)\s+ass)\b`,
    0.8,
    'threat of violence',
    gate('beat whoop whip stomp kick smack'),
  ),
  // "I'll break your neck".
  rule(
    String.raw`${FIRST_PERSON}\s+(?:break|snap|bust|smash|cave\s+in)\s+(?:your|ur|yo|his|her|their)\s+(?:neck|legs?|arms?|jaw|face|skull|head|knees?|teeth|spine)\b`,
    0.8,
    'threat of violence',
    gate('break snap bust smash cave'),
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
    String.raw`${FIRST_PERSON}\s+(?:find|hunt|track|end)\s+(?:you|u|ya|y'?all|him|her|them)(?:\s+down)?${EOC}`,
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
    String.raw`\b(?:put|pop|cap|stick|plant)\s+(?:a|one|two|some)\s+(?:bullets?|rounds?|slugs?|caps?)\s+(?:in|into|through|between)\s+(?:your|ur|yo|his|her|their|you|him|them|the|that)\b`,
    0.85,
    'threat of violence',
    gate('bullet bullets round rounds slug slugs cap caps'),
  ),
  rule(
    String.raw`\b(?:slit|cut)\s+(?:your|ur|his|her|their)\s+throats?\b`,
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
    String.raw`\b(?:i|we)\s+(?:know|found(?:\s+out)?)\s+where\s+(?:you|u|ya|he|she|they|your\s+(?:kids?|family|wife|husband|children|mom|mother|dad|parents))\s+(?:live|lives|sleep|sleeps|work|works|go(?:es)?\s+to\s+school|stay|stays)\b`,
    0.85,
    'intimidation',
    gate('where'),
  ),
  rule(
    String.raw`\b(?:i|we)\s+(?:know|have|got)\s+(?:your|ur|his|her)\s+(?:home\s+)?address\b`,
    0.7,
    'intimidation',
    gate('address'),
  ),
  rule(
    String.raw`\b(?:you|u|you're|youre|you\s+are|ur)\s+(?:a\s+)?dead\s+(?:m[ae]n|meat|wom[ae]n|bitch|pig|cop)\b`,
    0.8,
    'intimidation',
    gate('dead'),
  ),
  rule(
    String.raw`\b(?:you|u)(?:'re|\s+are|r)?(?:'ll|\s+will|\s+gonna|\s+going\s+to)\s+(?:die|be\s+dead|get\s+(?:shot|stabbed|killed|capped|smoked)|be\s+(?:shot|stabbed|killed|buried)|never\s+see\s+it\s+coming|regret\s+the\s+day)${EOC}`,
    0.7,
    'intimidation',
    gate('die dead shot stabbed killed capped smoked buried coming regret'),
    { notAfterIf: true },
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
    String.raw`\b(?:you're|youre|you\s+are|ur)\s+next(?=\s*(?:[.!]|$))`,
    0.65,
    'intimidation',
    gate('next'),
  ),
  rule(
    String.raw`\b(?:sleep\s+with\s+one\s+eye\s+open|your\s+days\s+are\s+numbered)\b`,
    0.7,
    'intimidation',
    gate('eye numbered'),
  ),
  // Supporters tell officers to "watch your six, stay safe": only the bare warning is queued.
  rule(
    String.raw`\b(?:better\s+)?watch\s+(?:your|ur|yo)\s+(?:back|six|ass)\b`,
    0.6,
    'intimidation',
    gate('watch'),
    { unless: /\b(?:stay|be)\s+safe\b|\bgod\s+bless\b|\bthank|\bpraying\b|\bprayers\b/ },
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
  rule(
    String.raw`\b(?:he|she|they|you|u|y'?all|them|${PERSON_NOUN})\s+(?:all\s+)?(?:should|needs?\s+to|deserves?\s+to|ought\s+to|oughta|gotta|has\s+to|have\s+to|must)\s+(?:all\s+)?(?:be|get)\s+(?:shot|killed|hanged|hung|lynched|murdered|stabbed|strung\s+up|shot\s+dead|beaten\s+to\s+death|burned\s+alive|gunned\s+down|taken\s+out\s+back)\b(?!\s+(?:down|of|off|out|up\s+to))`,
    0.7,
    'call for violence',
    gate('shot killed hanged hung lynched murdered stabbed strung beaten burned gunned taken'),
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
    String.raw`(?:(?<=^|[.!?\n]\s*)|\b(?:just|go|lets|let's|let\s+us)\s+)${HARD_VERB}\s+(?:them\s+all|em\s+all|'em\s+all|all\s+of\s+(?:them|em)|him|her|them|(?:all|every|the|those|these|that|this)\s+(?:[a-z'-]+\s+)?${PERSON_NOUN})\b${NOT_VIOLENT_AFTER}(?!\s*\?)`,
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
    String.raw`\b(?:hope|wish|pray)\s+(?:someone|somebody|some1|they|someone\s+finally)\s+(?:shoots|kills|stabs|murders|hangs|lynches|beats)\s+(?:you|u|ya|him|her|them|y'?all|that|this|the|every|all)\b`,
    0.65,
    'call for violence',
    gate('shoots kills stabs murders hangs lynches beats'),
  ),
  rule(
    String.raw`\b(?:kill\s+(?:yo)?ur\s*self|kill\s+yourselves|kys|go\s+die|(?:i\s+)?hope\s+(?:you|u|he|she|they)\s+(?:die|dies|get\s+shot|gets\s+shot|get\s+killed|gets\s+killed))\b`,
    0.65,
    'telling someone to die',
    gate('kill kys die dies'),
  ),
];

/** Gate word → the rules (a bit each) it opens; one lookup per token decides what runs. */
if (RULES.length > 30) throw new Error('threat.ts: more rules than bits in the gate mask');
const RULES_BY_WORD = new Map<string, number>();
RULES.forEach((r, i) => {
  for (const w of r.gate) RULES_BY_WORD.set(w, (RULES_BY_WORD.get(w) ?? 0) | (1 << i));
});

export const threatClassifier: Classifier = {
  name: 'threat-rules',
  classify(_input, prepared) {
    // Most comments contain none of the rules' words: one Map lookup per token, no regex.
    let open = 0;
    for (const t of tokens(prepared)) open |= RULES_BY_WORD.get(t.text) ?? 0;
    if (open === 0) return [];
    const text = prepared.normalized;
    let byLabel: Map<string, Signal> | undefined;
    RULES.forEach(({ pattern, score, label, unless, notAfterIf }, i) => {
      if ((open & (1 << i)) === 0 || unless?.test(text) === true) return;
      for (const m of text.matchAll(pattern)) {
        if (notAfterIf === true && IF_BEFORE.test(sentenceBefore(text, m.index))) continue;
        const evidence: Evidence = prepared.evidence(m.index, m.index + m[0].length);
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
          if (!signal.evidence.some((e) => e.start === evidence.start)) {
            signal.evidence.push(evidence);
          }
          if (score > signal.score) byLabel.set(label, { ...signal, score });
        }
      }
    });
    return byLabel === undefined ? [] : [...byLabel.values()];
  },
};

const IF_BEFORE = /\bif\b/;

/** The text from the start of the sentence up to `index`. */
function sentenceBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && !'.!?\n'.includes(text[start - 1] ?? '')) start--;
  return text.slice(start, index);
}
