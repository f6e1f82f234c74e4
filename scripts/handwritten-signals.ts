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

/** The department post the spam and chatter sentences are comments on. */
export const SPAM_POST =
  'Main Street will be closed between 5th and 9th Avenue on Saturday from 8 a.m. to 2 p.m. for the holiday parade. Please plan another route.';

/** Generic spam as it reaches a department's page, by kind: each should be flagged off-topic. */
export const SPAM_KINDS: readonly SignalKind[] = [
  {
    kind: 'prize scam',
    sentences: [
      'Congratulations! Your number was selected for a $1,000 Walmart gift card. Claim now at walmart-rewards-claim.com',
      'You have WON an iPhone 16 Pro! Reply YES to claim your prize before midnight.',
      'Final notice: your $750 cash reward is waiting, collect it here bit.ly/3xRw9q',
      'URGENT: You are our lucky winner this week! Call 1-900-555-0142 to claim your prize.',
    ],
  },
  {
    kind: 'loan or money scam',
    sentences: [
      'Need a loan fast? Bad credit OK, approval in 10 minutes, no paperwork. Apply at quickcash-now.net',
      'I made $8,500 last month working from home just 2 hours a day. DM me and I will show you how.',
      'Get out of debt today! Government grant program pays up to $25,000, apply free at grantsnow.org',
      'Mrs. Linda helped me invest $500 and I got $6,200 back in a week, contact her on WhatsApp +1 305 555 0199',
    ],
  },
  {
    kind: 'premium-rate or short-code text',
    sentences: [
      'Text WIN to 80082 for your chance at free concert tickets! Msg&data rates apply.',
      'Call 0906 170 1461 now for your free ringtone, 1.50/min',
      'Reply STOP to 69669 to end, or text PLAY to 69669 to enter the weekly cash draw',
      'Unlock hot local matches, txt DATE to 89555 (£3/msg)',
    ],
  },
  {
    kind: 'adult or dating bait',
    sentences: [
      'Bored tonight? Hot singles in your area want to meet you 😘 see my pics at meetsexy.club',
      'Hey handsome, check my profile for my private photos 🔥 link in bio',
      'Lonely? Thousands of women near you are looking for a casual date, sign up free at flirtnow.io',
      'My webcam show starts in 10 minutes, come watch me at camgirls-live.net 💋',
    ],
  },
  {
    kind: 'crypto or investment pump',
    sentences: [
      '🚀🚀 $MOONDOG is about to 100x, get in before Binance lists it! t.me/moondogofficial',
      'Bitcoin trading with Mr. James earned me 4 BTC in a month, message him now',
      'Best forex signals in the country, 95% win rate, join our Telegram: t.me/fxprofits',
      'Free airdrop! Connect your wallet at claim-eth-rewards.xyz and receive 0.5 ETH',
    ],
  },
  {
    kind: 'items for sale',
    sentences: [
      'Cheap Ray-Ban sunglasses 80% off today only, shop www.rayban-outlet-sale.com',
      'Selling brand new AirPods $40 each, DM for details, shipping nationwide',
      'Buy followers and likes cheap! 10k Instagram followers for $9.99 at growfast.biz',
      'Quality replica watches and handbags, free shipping, order at luxreplicas.shop',
    ],
  },
];

/** Comments under SPAM_POST that are about something else entirely: off-topic (J.3), queued. */
export const UNRELATED_CHATTER: readonly string[] = [
  'Does anyone know a good plumber in the east end? My water heater just died.',
  'Happy birthday to my beautiful daughter Kayla, 16 today!!',
  'Who else is watching the Cowboys game tonight? Go Cowboys!',
  'Lost my gray cat Milo near the elementary school, please message me if you see him.',
  'What is everyone making for Thanksgiving dinner this year?',
  'My sister just had her baby, 7 pounds 4 ounces, so excited to be an aunt!',
  'Anyone selling a used crib? Looking for one in good shape.',
  'The new Taylor Swift album is her best one yet, fight me.',
];

/** Comments under SPAM_POST that must stay up and unflagged (none is off-topic). */
export const ON_TOPIC_COMMENTS: readonly string[] = [
  'Will the 7th Avenue bus still run during the parade?',
  'Thanks for the heads up, we will take Elm instead.',
  'Why close it for six hours? The parade only lasts two. Terrible planning.',
  'Is the pharmacy on Main going to be reachable from the back lot?',
  'Can we park on 4th Avenue or will that be towed?',
  'My kids are marching with the Scouts, see you all there!',
  'Road closures like this kill small businesses on Main Street. The city never listens.',
  'Where can I find a map of the detour? Call me at the shop if you need volunteers: 555-0148.',
  'Last year the closure signs went up the night before, please post them earlier.',
  'Great, another weekend the police block half of downtown for nothing.',
];

/** A second department post, for the blind chatter sentences below. */
export const CHATTER_BLIND_POST =
  'The Police Department is hosting Coffee with a Cop this Saturday, 9-11 a.m., at the Main Street library. Bring your questions for our officers.';

/**
 * Written before the chatter rule was measured on them (blind): unrelated chatter under
 * CHATTER_BLIND_POST, which should be flagged off-topic, and comments on the post or the
 * department, which should not.
 */
export const CHATTER_BLIND: readonly string[] = [
  'Happy anniversary to my amazing husband, 20 years today!',
  'Can anyone recommend a good dentist that takes Medicaid?',
  'Who is watching the Super Bowl at home this year?',
  'My niece just turned five and she wants a unicorn cake lol',
  'Anybody selling a used lawn mower? Cash ready.',
  'What is everyone doing for New Year’s Eve?',
  'Does anybody know a reliable mechanic for a 2012 Civic?',
  'Just finished my first marathon, so proud of myself!',
];

export const ON_TOPIC_BLIND: readonly string[] = [
  'Will there be coffee for kids too? My son wants to meet a K9 officer.',
  'Can I ask about the speeding problem on our street there?',
  'Saturday mornings are hard for working parents, please do one in the evening.',
  'Great idea, I will bring my neighbor who had her car stolen.',
  'Is the library parking lot open that early?',
  'Ask them why nobody answered my 911 call last week.',
  'Happy to see the department doing outreach like this.',
  'Last time the chief did not even show up.',
];

/** A third department post, for the second blind chatter round below. */
export const CHATTER_BLIND_POST_2 =
  'Traffic advisory: the northbound lanes of Route 9 are closed between Oak and Pine after a water main break. Expect delays through the evening.';

/**
 * Chatter unrelated to CHATTER_BLIND_POST_2 (music, pets, sport, food, shopping, entertainment),
 * which should be flagged off-topic, and comments on the post, the road or the department,
 * which should not. Written and committed before the topic word lists of classifier 0.6.2, but
 * by the person who then wrote those lists with these sentences fresh in mind: not a blind
 * figure, and reported as "round 2", not "blind".
 */
export const CHATTER_BLIND_2: readonly string[] = [
  'This song has been stuck in my head all week, what a banger',
  'My golden retriever just learned to roll over, so proud of him',
  'The Yankees bullpen is a disaster this season, trade everyone',
  'Made lasagna from scratch tonight and the kids actually ate it',
  'Who else is binge watching the new season on Netflix?',
  'Selling my old iPhone 12, barely used, message me for the price',
  'Cannot believe the finale of that show, I am still crying',
  'Anyone tried the new ramen place downtown? Worth the hype?',
  'My nails came out so cute today, new salon on 5th',
  'Grinding ranked in Fortnite all night, finally hit champion',
  'Looking for a roommate, two bedroom apartment, pets ok',
  'Just booked our flights to Cancun for spring break!',
];

export const ON_TOPIC_BLIND_2: readonly string[] = [
  'How long until they reopen the northbound side?',
  'Sat in that mess for forty minutes, thanks for posting',
  'Is the southbound side ok to use to get to the hospital?',
  'Third water main break this year, the city needs to fix the pipes',
  'Thank you to the officers out there directing traffic in the rain',
  'Any detour through Maple or is that blocked too?',
  'My water pressure is low on Pine, is that related?',
  'Why did nobody put signs up at the Oak intersection earlier?',
  'Stay safe out there everyone',
  'Great, my commute just doubled. Fix the infrastructure already.',
  'Are the school buses being rerouted?',
  'So proud of our public works crews, they are always first out',
];
