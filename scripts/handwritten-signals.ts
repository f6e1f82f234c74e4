/**
 * Sentences written to measure the lexical signals by kind (issue 15), never used to build
 * them: personal information by kind of identifier, dates and numbers that are not personal
 * information, and obscenity by kind of disguise, with look-alikes that must stay clean.
 * `npm run eval` prints recall per kind beside 0.5.0's; the numbers and names are made up.
 */

export interface SignalKind {
  kind: string;
  sentences: readonly string[];
}

/** Each sentence holds one identifier of its kind: it should be flagged as personal information. */
export const PII_KINDS: readonly SignalKind[] = [
  {
    kind: 'card number in groups',
    sentences: [
      'her card is 4111 1111 1111 1111, use it',
      'Visa 4012-8888-8888-1881 exp 09/28',
      'card no. 5555 5555 5555 4444',
      'he posted 3782 822463 10005 on the group',
      'use 6011.1111.1111.1117 for the deposit',
    ],
  },
  {
    kind: 'IBAN',
    sentences: [
      'send it to GB29 NWBK 6016 1331 9268 19',
      'IBAN DE89 3704 0044 0532 0130 00',
      'his account FR14 2004 1010 0505 0001 3M02 606',
      'pay ES9121000418450200051332 today',
    ],
  },
  {
    kind: 'bank account number',
    sentences: [
      'account number 004512398712',
      'routing number 011000015, account 12345678',
      'her acct # 99887766554',
    ],
  },
  {
    kind: 'passport number',
    sentences: [
      'passport no. C03005988',
      'his passport number is 987654321',
      'Passport: X12345678',
    ],
  },
  {
    kind: 'national ID number',
    sentences: [
      'SSN 078-05-1120',
      'her social security number is 219 09 9999',
      'DNI 12345678Z',
      'NI number JG 10 37 26 A',
      'CURP BADD110313HCMLNS09',
    ],
  },
  {
    kind: 'phone number',
    sentences: ['call him at (406) 555-0134', 'text 406.555.0199 tonight', '+44 20 7946 0958'],
  },
  {
    kind: 'date of birth',
    sentences: ['DOB 04/12/1988', 'date of birth: March 3, 1979', 'birthday is 1990-07-14'],
  },
];

/** Dates, times, years, prices and case numbers: none should be read as personal information. */
export const NOT_PII: readonly string[] = [
  'The chief was born March 27, 1970 in Dayton',
  'On 15 November 2014 St. Louis police closed the road',
  'Hearing on 12/05/2026 at 9:30 am',
  'Case number 2024-CR-001234 was dismissed',
  'Tickets cost $45.50, doors open 7:00',
  'The 2023 budget was $4,500,000',
  'Meet at 10:30 on 5/6, room 204',
  'Order #1234-5678-9012 shipped',
  'Flight BA2490 departs at 14:05',
  'In 1999 the station moved to 5th Street',
  'Incident 23-004512 was closed on 3 March 2025',
  'Call 911 in an emergency or 311 otherwise',
];

/** Each sentence hides one obscenity by the kind named: it should be flagged as obscenity. */
export const DISGUISE_KINDS: readonly SignalKind[] = [
  {
    kind: 'digits and symbols (leet)',
    sentences: ['sh1t show', 'you a$$hole', 'what a b1tch', 'f*ck this', 'c*nt'],
  },
  {
    kind: 'letters apart',
    sentences: ['f u c k off', 's.h.i.t', 'f-u-c-k this town', 'b i t c h please'],
  },
  {
    kind: 'look-alike letters',
    sentences: ['ｆｕｃｋ this', 'fυck that', 'ѕhit happens', 'fu\u200bck'],
  },
  {
    kind: 'spelled by sound',
    sentences: [
      'this is fkn stupid',
      'phuk that',
      'fawk off',
      'sheeit man',
      'whatever biatch',
      'such an azzhole',
      'beeyotch please',
      'fxck it',
      'what a kunt',
      'dikhead',
    ],
  },
  {
    kind: 'emoji',
    sentences: ['🖕', 'this council 🖕🏾', 'ok boomer 🖕🏻🖕🏻'],
  },
  {
    kind: 'reversed with a direction override',
    sentences: ['\u202etihs', 'ok \u202euoy kcuf\u202c', 'lol \u202ehctib'],
  },
];

/** Ordinary words that look or sound like obscenities: none should be flagged. */
export const LOOK_ALIKES: readonly string[] = [
  'the sheet metal shop',
  'a fox by the school',
  'fax the form',
  'a batch of cookies',
  'the duck pond',
  'read the FAQ',
  'faking a call is a crime',
  'Scunthorpe United won',
  'a cocktail party',
  'Dick Smith spoke',
  'the assassin was caught',
  'focus on the budget',
  'the dock on the river',
  'shiitake mushrooms',
];
