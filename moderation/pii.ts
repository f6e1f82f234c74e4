/**
 * Personal information (I.3: a person decides; the policy protects victims' and private
 * persons' identities). Precompiled patterns over the normalized text (fullwidth digits and
 * typographic dashes already folded): phone numbers, e-mail addresses, street addresses,
 * social security numbers, payment card numbers, and, when labelled, dates of birth and
 * driver's licence or plate numbers.
 *
 * Choices, all toward "a person decides" without burying them in noise:
 * - Any formatted US or international phone number is flagged, including the department's own
 *   (the classifier cannot know which numbers are published; a person can). Toll-free numbers
 *   (800, 888, 877, 866, 855, 844, 833) belong to organisations and are not flagged, and
 *   neither are short codes (911, 311, 988). Unformatted digit strings and 7-digit local
 *   numbers count only after a word like "call", "text", "phone" or "number", because case
 *   numbers, order numbers and IDs look the same.
 * - Years, prices, times and case numbers ("case #2023-1456") match no pattern.
 * - Street addresses need a house number, one to three name words that are not quantities
 *   ("5 miles down the road", "a 2 lane road"), and a street type.
 */
import { tokens } from './normalize.js';
import type { Classifier, Evidence, Signal } from './types.js';
import { allMatches } from './matches.js';
import { isCommonWord } from './model/vectors.js';

interface Finding {
  label: string;
  score: number;
  start: number;
  end: number;
}

interface Clues {
  text: string;
  /** How many ASCII digits the text has: every number pattern needs several. */
  digits: number;
  /** Which of the cue-word groups (CUE_*) the comment's tokens contain, a bit each. */
  cues: number;
}

const CUE_DOT = 1;
const CUE_STREET = 2;
const CUE_BIRTH = 4;
const CUE_LICENCE = 8;

interface Finder {
  /** Cheap test of whether the pattern can match at all. */
  worth: (clues: Clues) => boolean;
  find: (text: string, found: Finding[]) => void;
}

const EMAIL = /[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/g;
const MAIL_PROVIDER =
  /^(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|mac|proton|protonmail|gmx|zoho|mail)$/;
const EMAIL_SPELLED =
  /\b[a-z0-9._-]+\s*(?:\(at\)|\[at\]|\{at\}|\s+at\s+)\s*[a-z0-9-]+\s*(?:\(dot\)|\[dot\]|\{dot\}|\s+dot\s+)\s*(?:com|net|org|edu|gov|us|io|co|me)\b/g;

/**
 * (555) 123-4567, 555-123-4567, 555.123.4567, 555 123 4567, +1 555 123 4567. Any digits, not
 * only valid NANP area and exchange codes: made-up and example numbers are still someone's.
 */
const PHONE_US =
  /(?<![\w+.\-/=&?%#])(?:\+?1[\s.-]?)?(?:\(\s*(\d{3})\s*\)\s*|(\d{3})[\s.-])\d{3}[\s.-]\d{4}(?![\w\-/&]|\.\d)/g;
const TOLL_FREE = new Set(['800', '888', '877', '866', '855', '844', '833']);
/** The words that make a bare digit string a phone number. */
const PHONE_LABEL = String.raw`(?:call|text|phone|cell|mobile|number|tel|ph|reach\s+(?:me|him|her|them)\s+at|contact)`;
const PHONE_LABELLED = new RegExp(
  String.raw`\b${PHONE_LABEL}\b[^\d\n]{0,20}((?:\+?1)?\d{10}|\d{3}[\s.-]\d{4})(?![\w-])`,
  'g',
);
/** +44 20 7946 0958, +49 (30) 1234567: a country code and 7 to 13 more digits. */
const PHONE_INTL = /(?<![\w+])\+[2-9]\d{0,2}(?:[\s.-]?\(?\d{1,4}\)?){2,6}(?![\w-])/g;

const SSN = /(?<![\w-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\w-])/g;
const SSN_LABELLED =
  /\b(?:ssn|social\s+security(?:\s+(?:number|no\.?|#))?|seguro\s+social)\s*(?:is|es|:|#)?\s*(\d{3}[\s-]?\d{2}[\s-]?\d{4})\b/g;

/**
 * Card numbers as printed: groups of four (Amex 4-6-5) or one run of 13-19 digits, not inside a
 * URL or an identifier ("...?id=754989901225153", "710-53481-19255-0" in a tracking link).
 */
const CARD =
  /(?<![\w\-/=.&?%#])(?:\d{4}( {0,2}|[-.])\d{4}\1\d{4}\1\d{1,7}|\d{4}( {0,2}|[-.])\d{6}\2\d{5})(?![\w\-/&]|\.\d)/g;

/**
 * IBAN: a country code, two check digits and up to 30 letters or digits, printed in groups of
 * four or run together; flagged only when its check digits are right (ISO 13616 mod 97), so a
 * product code or a word of capitals never is.
 */
const IBAN = /\b[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,4})?\b/g;

/**
 * A labelled bank account or routing number: "account number 123456789", "routing # 0110…",
 * "número de cuenta 0123456789", "CLABE 002180…".
 */
const ACCOUNT_LABELLED =
  /\b(?:(?:bank\s+)?(?:account|acct|a\/c)\s*(?:number|no\.?|num|#)?|routing\s*(?:number|no\.?|#)?|aba|cuenta(?:\s+bancaria)?|clabe(?:\s+interbancaria)?)\s*(?:is|es|:|#|-)?\s*(\d[\d -]{5,20}\d)\b/g;

/**
 * A passport number after its cue: "passport no. X12345678", "passport number: 123456789",
 * "found a passport on Elm St, number 533219874", "mi número de pasaporte es G12345678".
 */
const PASSPORT =
  /\b(?:passport|pasaporte)(?:\s*(?:number|no\.?|num|#|id)?|\b[^.!?\n]{0,30}?\b(?:number|no\.?|num|#|n[uú]mero))\s*(?:is|was|es|era|:|#|-)?\s*([a-z]{0,2}\d{6,9}[a-z]?)\b/g;

/**
 * National identity numbers after their names, and the formats that check themselves: the
 * Spanish DNI/NIE (eight digits and a check letter), Mexico's CURP, the UK National Insurance
 * number, Canada's SIN (Luhn), India's Aadhaar.
 */
const NATIONAL_ID_LABELLED =
  /\b(?:national\s+(?:id|identity|insurance)(?:\s+(?:card|number|no\.?|#))?|id\s+(?:card\s+)?(?:number|no\.?|#)|identity\s+(?:card|number|document)|dni|nie|curp|nino|ni\s+number|sin|aadhaa?r|itin|tax\s+id(?:\s+number)?|tin|medicare(?:\s+(?:id|card))?|medicaid(?:\s+(?:id|card))?|health\s+(?:insurance\s+)?card|cedula|c[ée]dula|rfc)\s*(?:number|no\.?|#)?\s*(?:is|was|es|era|:|#|-)?\s*([a-z]{0,6}\s?\d(?:[a-z0-9-]|\s(?=\d)|\s(?=[a-d]\b)){4,20}[a-z0-9])\b/g;
const DNI = /\b(\d{8})-?([a-z])\b/g;
const NIE = /\b([xyz])-?(\d{7})-?([a-z])\b/g;
const CURP = /\b[a-z]{4}\d{6}[hmx][a-z]{5}[0-9a-z]\d\b/g;
const NINO = /\b(?![dfiquv])[a-z](?![dfiquvo])[a-z] ?\d{2} ?\d{2} ?\d{2} ?[a-d]\b/g;
const DNI_LETTERS = 'trwagmyfpdxbnjzsqvhlcke';

function ibanValid(raw: string): boolean {
  const iban = raw.replace(/ /g, '').toUpperCase();
  if (iban.length < 15 || iban.length > 34) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of moved) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : ch;
    for (const d of value) remainder = (remainder * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}

const STREET_TYPE = String.raw`(?:street|st|avenue|ave|av|road|rd|boulevard|blvd|drive|dr|lane|ln|court|ct|way|place|pl|terrace|ter|circle|cir|parkway|pkwy|highway|hwy|trail|trl|square|sq|loop|alley|crescent|pike|plaza)`;
const STREET_TYPE_WORD = new RegExp(`^${STREET_TYPE}$`);
/** Cue word → its group: one Map lookup per token tells which patterns are worth trying. */
const CUES = new Map<string, number>([
  ['dot', CUE_DOT],
  ...STREET_TYPE.slice(3, -1)
    .split('|')
    .map((w) => [w, CUE_STREET] as const),
  ...['dob', 'b', 'birth', 'birthday', 'birthdate'].map((w) => [w, CUE_BIRTH] as const),
  ...['licence', 'license', 'plate', 'tag', 'dl', 'licencia', 'placa', 'placas'].map(
    (w) => [w, CUE_LICENCE] as const,
  ),
]);
const ADDRESS = new RegExp(
  String.raw`(?<!\b(?:a|an|the|of|about|over|under|than|only|just|another|every|some|around|nearly|almost|first|last|top|next|past|those|these|all)\s+)(?<![:/#.,])\b(\d{1,6}(?:-\d{1,4})?)\s+((?:(?:n|s|e|w|ne|nw|se|sw|north|south|east|west)\.?\s+)?(?:[a-z0-9][a-z0-9'.-]*\s+){1,3})${STREET_TYPE}\b\.?(?:,?\s*(?:apt|apartment|unit|suite|ste|#|no\.?)\s*#?\s*[a-z0-9-]+)?`,
  'g',
);
/** A public place or event whose address a comment gives. */
const PUBLIC_PLACE =
  /\b(?:station|headquarters|hq|city\s+hall|town\s+hall|office|offices|library|courthouse|court|school|church|park|precinct|department|store|shop|restaurant|cafe|event|meeting|clinic|hospital|center|centre|museum|mall|market|gym|located|open|opens|held|hosted)\b/;
/** A person's home. */
const HOME =
  /\b(?:live|lives|living|lived|home|house|apartment|apt|moved|stays?|staying|my\s+address|(?:his|her|their)\s+address)\b/;
/** Words that show the number counts something ("3 more cops on the street"), not a house. */
const NOT_STREET_NAME = new Set(
  `the a an of in on at to for from by with and or but my your his her our their its this that
  these those we you they i he she it is are was were be been more less than some many few
  several other another times time people cops officers police cars car houses kids miles mile
  blocks block minutes hours years days weeks months mph percent dollars bucks stars star lanes
  down up across along off per each every all ago feet foot yards meters km hundred thousand million
  guys men women shots rounds`
    .split(/\s+/)
    .filter(Boolean),
);

const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

const COURT_NAMES = new Set(
  'supreme federal district appeals appellate circuit high family traffic county municipal superior juvenile basketball tennis food'.split(
    ' ',
  ),
);

const DOB = new RegExp(
  String.raw`\b(?:dob|d\.o\.b\.?|date\s+of\s+birth|birth\s*date|birthday)\s*(?:is|was|:|-)?\s*(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b`,
  'g',
);

const LICENCE = new RegExp(
  String.raw`\b(?:driver'?s?\s+licen[cs]e(?:\s+(?:number|no\.?|num|#))?|licen[cs]e\s+(?:plate|number|no\.?|#)|plate\s*(?:number|no\.?|num|#|:)|tag\s+(?:number|no\.?|#)|dl\s*(?:number|no\.?|#|:)|licencia(?:\s+de\s+(?:conducir|manejo))?(?:\s+(?:n[uú]mero|no\.?|#))?|placas?(?:\s+(?:n[uú]mero|no\.?|#))?)\s*(?:is|was|es|era|son|:|#|-)?\s*([a-z0-9]{1,4}[\s-]?[a-z0-9]{1,8})\b`,
  'g',
);

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * An organisation's role address ("reportphishing@apwg.org", "tips@cityofmadison.gov"): where the
 * public writes to an office, nobody's personal information.
 */
const ROLE_ADDRESS =
  /^(?:info|contact|support|help|helpdesk|abuse|report|reports|reportphishing|phishing|spam|fraud|tips?|records|publicrecords|foia|press|media|webmaster|postmaster|noreply|no-reply|office|hello|questions|complaints|feedback|service|customerservice)@/i;

const FINDERS: readonly Finder[] = [
  {
    // "@USER" mentions are everywhere; an address has a letter or digit on both sides of "@".
    worth: (c) => /[a-z0-9]@[a-z0-9]/.test(c.text),
    find: (text, found) => {
      if (!text.includes('@')) return;
      for (const m of allMatches(EMAIL, text)) {
        if (ROLE_ADDRESS.test(m[0])) continue;
        found.push({
          label: 'e-mail address',
          score: 0.8,
          start: m.index,
          end: m.index + m[0].length,
        });
      }
    },
  },
  {
    worth: (c) => (c.cues & CUE_DOT) !== 0,
    find: (text, found) => {
      if (!/\bdot\b/.test(text)) return;
      for (const m of allMatches(EMAIL_SPELLED, text)) {
        // "the form at springfieldpd dot org": a word, not a mailbox, before a plain "at", unless
        // the domain is a mail provider's ("john at gmail dot com") (0.6.9).
        const plain = /^([a-z]+)\s+at\s+([a-z0-9-]+)/.exec(m[0]);
        if (plain !== null && !MAIL_PROVIDER.test(plain[2] ?? '') && isCommonWord(plain[1] ?? '')) {
          continue;
        }
        found.push({
          label: 'e-mail address',
          score: 0.7,
          start: m.index,
          end: m.index + m[0].length,
        });
      }
    },
  },
  {
    worth: (c) => c.digits >= 7,
    find: (text, found) => {
      for (const m of allMatches(PHONE_US, text)) {
        const area = m[1] ?? m[2] ?? '';
        if (TOLL_FREE.has(area)) continue;
        found.push({
          label: 'phone number',
          score: 0.8,
          start: m.index,
          end: m.index + m[0].length,
        });
      }
      for (const m of allMatches(PHONE_LABELLED, text)) {
        const number = m[1] ?? '';
        if (TOLL_FREE.has(number.replace(/^\+?1/, '').slice(0, 3)) && number.length >= 10) continue;
        const start = m.index + m[0].length - number.length;
        found.push({ label: 'phone number', score: 0.7, start, end: start + number.length });
      }
      if (text.includes('+')) {
        for (const m of allMatches(PHONE_INTL, text)) {
          const digits = m[0].replace(/\D/g, '').length;
          if (digits < 9 || digits > 15) continue;
          found.push({
            label: 'phone number',
            score: 0.75,
            start: m.index,
            end: m.index + m[0].length,
          });
        }
      }
    },
  },
  {
    worth: (c) => c.digits >= 9,
    find: (text, found) => {
      for (const m of allMatches(SSN, text)) {
        found.push({
          label: 'identity number',
          score: 0.9,
          start: m.index,
          end: m.index + m[0].length,
        });
      }
      for (const m of allMatches(SSN_LABELLED, text)) {
        const number = m[1] ?? '';
        const start = m.index + m[0].length - number.length;
        found.push({ label: 'identity number', score: 0.9, start, end: start + number.length });
      }
    },
  },
  {
    worth: (c) => c.digits >= 13,
    find: (text, found) => {
      for (const m of allMatches(CARD, text)) {
        const digits = m[0].replace(/\D/g, '');
        if (digits.length < 13 || digits.length > 19 || !luhn(digits)) continue;
        found.push({
          label: 'card number',
          score: 0.85,
          start: m.index,
          end: m.index + m[0].length,
        });
      }
    },
  },
  {
    // Five digits at least: a Medicare number ("1EG4-TE5-MK73") has five.
    worth: (c) => c.digits >= 5,
    find: (text, found) => {
      for (const m of allMatches(IBAN, text)) {
        // The match may run into the next word ("… 32 today"): the longest prefix, group by
        // group, whose check digits hold is the IBAN.
        let candidate = m[0];
        while (candidate.replace(/ /g, '').length >= 15 && !ibanValid(candidate)) {
          const cut = candidate.lastIndexOf(' ');
          candidate = cut > 0 ? candidate.slice(0, cut) : '';
        }
        if (candidate === '' || !ibanValid(candidate)) continue;
        found.push({
          label: 'bank account number',
          score: 0.85,
          start: m.index,
          end: m.index + candidate.length,
        });
      }
      for (const m of allMatches(ACCOUNT_LABELLED, text)) {
        const number = m[1] ?? '';
        if (number.replace(/\D/g, '').length < 6) continue;
        const start = m.index + m[0].length - number.length;
        found.push({ label: 'bank account number', score: 0.8, start, end: start + number.length });
      }
      for (const m of allMatches(PASSPORT, text)) {
        const number = m[1] ?? '';
        const start = m.index + m[0].length - number.length;
        found.push({ label: 'passport number', score: 0.85, start, end: start + number.length });
      }
      for (const m of allMatches(NATIONAL_ID_LABELLED, text)) {
        const number = m[1] ?? '';
        if (number.replace(/\D/g, '').length < 5) continue;
        const start = m.index + m[0].length - number.length;
        found.push({ label: 'identity number', score: 0.85, start, end: start + number.length });
      }
      for (const m of allMatches(DNI, text)) {
        if (DNI_LETTERS[Number(m[1]) % 23] !== m[2]) continue;
        found.push({
          label: 'identity number',
          score: 0.8,
          start: m.index,
          end: m.index + m[0].length,
        });
      }
      for (const m of allMatches(NIE, text)) {
        const prefix = 'xyz'.indexOf(m[1] ?? 'x');
        if (DNI_LETTERS[Number(`${prefix}${m[2] ?? ''}`) % 23] !== m[3]) continue;
        found.push({
          label: 'identity number',
          score: 0.8,
          start: m.index,
          end: m.index + m[0].length,
        });
      }
      for (const m of allMatches(CURP, text)) {
        found.push({
          label: 'identity number',
          score: 0.8,
          start: m.index,
          end: m.index + m[0].length,
        });
      }
      for (const m of allMatches(NINO, text)) {
        found.push({
          label: 'identity number',
          score: 0.75,
          start: m.index,
          end: m.index + m[0].length,
        });
      }
    },
  },
  {
    worth: (c) => c.digits >= 1 && (c.cues & CUE_STREET) !== 0,
    find: (text, found) => {
      for (const m of allMatches(ADDRESS, text)) {
        const name = (m[2] ?? '').trim().split(/\s+/);
        if (name.some((w) => NOT_STREET_NAME.has(w.replace(/\.$/, '')))) continue;
        // "15 November 2014 St. Louis police…": a date, not a house number and a street.
        if (name.some((w) => MONTHS.has(w.replace(/\.$/, '')) || /^\d+$/.test(w))) continue;
        // "the 2064 Supreme Court hearing": a court that is an institution, not an address.
        if (/\b(?:court|ct)\b/.test(m[0]) && name.some((w) => COURT_NAMES.has(w))) continue;
        // "a 2 lane road": a street type among the name words is a description, not a name.
        if (name.some((w) => STREET_TYPE_WORD.test(w))) continue;
        // "the station is at 100 Main Street", "meeting at 55 Elm St": a public place's address.
        const sentence = text.slice(
          Math.max(0, text.lastIndexOf('.', m.index - 2) + 1, text.lastIndexOf('\n', m.index) + 1),
          m.index,
        );
        if (PUBLIC_PLACE.test(sentence) && !HOME.test(sentence)) continue;
        found.push({
          label: 'street address',
          score: 0.75,
          start: m.index,
          end: m.index + m[0].length,
        });
      }
    },
  },
  {
    worth: (c) => c.digits >= 4 && (c.cues & CUE_BIRTH) !== 0,
    find: (text, found) => {
      for (const m of allMatches(DOB, text)) {
        found.push({
          label: 'date of birth',
          score: 0.7,
          start: m.index,
          end: m.index + m[0].length,
        });
      }
    },
  },
  {
    worth: (c) => c.digits >= 1 && (c.cues & CUE_LICENCE) !== 0,
    find: (text, found) => {
      for (const m of allMatches(LICENCE, text)) {
        const id = m[1] ?? '';
        const compact = id.replace(/[\s-]/g, '');
        // An identifier has a digit; a year alone ("dl 2019") is not one.
        if (compact.length < 4 || !/\d/.test(compact) || /^(?:19|20)\d\d$/.test(compact)) continue;
        const start = m.index + m[0].length - id.length;
        found.push({ label: 'licence or plate number', score: 0.7, start, end: start + id.length });
      }
    },
  },
];

export const personalInfoClassifier: Classifier = {
  name: 'personal-info-patterns',
  classify(_input, prepared) {
    const text = prepared.normalized;
    let digits = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x30 && c <= 0x39) digits++;
    }
    // Every pattern needs a digit, an "@" or a spelled-out " dot ".
    if (digits === 0 && !text.includes('@') && !text.includes('dot')) return [];
    let cues = 0;
    for (const t of tokens(prepared)) cues |= CUES.get(t.text) ?? 0;
    const clues: Clues = { text, digits, cues };
    const found: Finding[] = [];
    for (const { worth, find } of FINDERS) if (worth(clues)) find(text, found);
    if (found.length === 0) return [];
    const byLabel = new Map<string, Signal>();
    for (const f of found) {
      const evidence: Evidence = prepared.evidence(f.start, f.end);
      const signal = byLabel.get(f.label);
      if (signal === undefined) {
        // I.3: personal information is always a person's decision, never hidden by the bot.
        byLabel.set(f.label, {
          category: 'personal_info',
          score: f.score,
          evidence: [evidence],
          label: f.label,
          autoHide: false,
        });
      } else {
        if (!signal.evidence.some((e) => e.start <= evidence.start && e.end >= evidence.end)) {
          signal.evidence.push(evidence);
        }
        if (f.score > signal.score) byLabel.set(f.label, { ...signal, score: f.score });
      }
    }
    // A number read as both a phone number and a card or identity number keeps every reading:
    // each is a label a person can judge.
    return [...byLabel.values()];
  },
};
