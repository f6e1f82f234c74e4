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

/**
 * Generic spam without a post (a message, an import), round 1: written before the 0.6.3 spam
 * signals and run once on 0.6.2 (24 of 30 flagged off-topic, 17 hidden), then used to build
 * them. Development figures from then on.
 */
export const SPAM_ROUND_1: readonly string[] = [
  'Congratulations! Your number was selected for a $1,000 Walmart gift card. Claim at walmart-rewards-claim.info before midnight',
  'You have won an iPhone 15 Pro in our weekly draw!! Reply YES to 88123 to claim your prize',
  'FINAL NOTICE: you are entitled to a £2,500 refund. Visit gov-refund-uk.com and enter your bank details',
  'Winner winner! Spin the wheel at luckyspin.club and collect your free $500 bonus',
  'Dear customer your parcel could not be delivered, pay the $1.99 redelivery fee at usps-redelivery-help.com',
  'Get a personal loan of up to $50,000 today, no credit check, approved in minutes! Text LOAN to 55512',
  'Need cash fast? Bad credit OK. Instant payday loans, apply at quickcash-now.biz',
  'Struggling with debt? We can wipe out 70% of what you owe. Call 1-888-555-0199 now',
  'For a fun chat with hot local girls call 0906 661 2020 (£1.50/min)',
  'Text DATE to 69898 to meet singles in your area tonight. 18+ only, £3/msg',
  "Hey handsome 😘 I'm lonely tonight, check my private pics at hotbabes4u.xyz",
  'Bored? Sexy singles near you want to meet, sign up free at flirtfinder.net',
  'Horny milfs in your town are waiting 🔥 click the link in my bio',
  '$DOGEX is about to 100x, get in before the Binance listing!!! 🚀🚀 t.me/dogexpump',
  'I turned $300 into $12,000 in a week trading bitcoin with Mr. Harris, DM him on WhatsApp +1 (415) 555-0133',
  'Invest with crypto expert Sarah, guaranteed 40% weekly returns, message her on telegram @sarahfx_trades',
  'Join our forex signals group, members made 5000 USDT last month. Link in bio',
  'Selling my 2015 Honda Civic, 89k miles, $7,500 obo, text 555-201-8832',
  'Brand new Nike Air Jordans for sale, only $45 a pair, free shipping, order at kicksdeal.shop',
  'Cheap Ray-Ban sunglasses 80% off today only!!! www.raybans-outlet-sale.com',
  'Anyone need a PS5? Selling for $350 cash, pick up only, DM me',
  'Work from home and earn $500 a day! No experience needed, message me for details',
  'I make $8,000 a month working 2 hours a day from my phone. Ask me how 👇',
  'Follow me for daily giveaways!! I follow back 💯',
  'Check out my channel, new video every day, please subscribe!!!',
  'Lose 30 pounds in 30 days with this one weird trick, doctors hate it: slimfast-keto.co',
  'Buy 1000 Instagram followers for only $5 at fastfollowers.pro',
  'Earn free robux at robux-gen.fun no human verification',
  'URGENT: your account has been suspended, verify your identity at secure-login-verify.net',
  'Hot deal: Viagra 100mg without prescription, cheapest prices online, pharmacy-direct.ru',
];

/**
 * Ordinary comments with links, sums and numbers, written with SPAM_ROUND_1 (0.6.2: none hidden;
 * one flagged off-topic, "the free car seat check, my daughter's…" read as "check my").
 */
export const LEGIT_ROUND_1: readonly string[] = [
  "The city's road closure map is at https://www.cityofspringfield.gov/roadwork if anyone needs it",
  'You can pay your parking ticket online at the city website, it costs $35',
  "My son's bike was stolen from the school rack, the report number is 24-118832, please call me at 555-301-2233 if you find it",
  'Call 911 for emergencies and 311 for non-emergencies',
  'Is the $50 fine for jaywalking the same in the county?',
  "The fundraiser for the officer's family raised over $12,000 last night, thank you all",
  'Where can I get a copy of the accident report? It says $10 on the form',
  'I bought a car from a guy on Craigslist and it turned out to be stolen, who do I talk to?',
  'Be careful, there is a scam going around where people call saying you won a prize and ask for gift cards',
  'My mom got a text saying her package could not be delivered, is that a scam?',
  'The food drive is Saturday at the community center, bring canned goods',
  "Can someone tell me the number for animal control? 555-201-4400 doesn't work",
  'The police auction of unclaimed bikes is next week, starting bids $20',
  "Thank you for the free car seat check, my daughter's seat was installed wrong",
  'I lost $3,000 to a crypto scam, who do I report it to?',
  'Here is the livestream of the council meeting: youtube.com/watch?v=abc123',
  'Follow the department on Instagram for updates on the parade route',
  'Great job at the coffee with a cop event, we had a lot of fun',
  'The gas station on 5th is selling gas at $2.99 right now lol',
  'Anyone know if the DMV on Main Street takes walk-ins?',
];

/**
 * Round 2, written after the round-1 changes and run once before the next ones (23 of 30 flagged
 * off-topic, 17 hidden: the blind figure), then used to build them too.
 */
export const SPAM_ROUND_2: readonly string[] = [
  'URGENT! We have been trying to reach you. Your Amazon order #8812 is on hold, confirm your payment details at amazon-order-support.co',
  'IRS Notice: You have an unclaimed stimulus payment of $1,400. Claim it now at irs-stimulus-pay.online',
  'Your Netflix membership has expired. Update your payment method here: netflix-billing-update.site',
  'Toll Services: you have an unpaid toll of $4.35. Pay now to avoid a late fee: ezpass-toll-pay.info',
  'Get approved for a cash advance of up to $1500 in 24 hours, even with bad credit. Apply at fastfunds-direct.com',
  'Lowest mortgage rates in 10 years!! Refinance today and save thousands, call 800-555-0142',
  'Need money for bills? Loans from $100 to $5000 deposited today. Text CASH to 41411',
  'Cute girls in your city want to chat right now 😍 free signup at meetnhook.xyz',
  '18+ Check out my spicy content, link in bio 🍑',
  'Looking for a sugar daddy? Or a sugar baby? Join sugarmatch.club today',
  'Bitcoin is going to $200k, buy now through my link and get $50 free: coinbonus.top',
  'Elon Musk is giving away 5000 BTC! Send 0.1 BTC and receive 0.2 BTC back: musk-giveaway.live',
  'I was skeptical at first but Mrs. Jennifer Lewis helped me earn $25,000 in 3 weeks trading crypto. Reach her on Instagram @jennifer_trades_fx',
  'Join the next 1000x gem before launch, presale ends tonight! Telegram: t.me/moonrocketcoin',
  'For sale: iPhone 14 Pro Max 256GB, unlocked, like new, $600. Serious buyers only, DM me',
  'Selling 2 Taylor Swift tickets for Saturday, below face value, message me',
  'Handmade candles and soaps for sale! Visit my Etsy shop: etsy.com/shop/candlesbyamy',
  'Get 50% off all mattresses this weekend only at mattressking.com, use code SLEEP50',
  'Make money online from home, no investment required, earn up to $300 daily, whatsapp +44 7700 900123',
  'Hiring now! Earn $45/hr as a remote data entry clerk, no experience, apply at jobs-remote-hiring.net',
  'Free iPad giveaway!!! Like, share and comment DONE to enter 🎉',
  'Click here to watch the full video before it gets deleted bit.ly/3xYzQ',
  'Want more views on your videos? Get 10,000 real views for only $9.99 at viewboost.io',
  'Cheap Canadian pharmacy, no prescription needed, fast delivery: canadameds-rx.shop',
  'Male enhancement pills that actually work, 100% natural, order now and get 2 free bottles',
  'You have (1) new voicemail from an unknown caller, listen here: voicemail-inbox-listen.com',
  'Your bank account has been locked due to suspicious activity. Call 1-833-555-0177 immediately to restore access',
  "Tired of your 9-5? I quit my job and now make $10k a month. Comment INFO and I'll send you the details",
  'Earn $100 for every friend you refer! Sign up with my code JOHN100 on cashrewards.app',
  'Psychic readings, love spells, bring back your ex in 3 days. Call Dr. Mama Zulu +27 71 555 0123',
];

/** Ordinary comments written with SPAM_ROUND_2 (blind: none hidden, none flagged off-topic). */
export const LEGIT_ROUND_2: readonly string[] = [
  'Does anyone know if the city offers free smoke detectors? I saw something on the fire department site',
  "My neighbor's dog has been barking all night for a week, who do I call about that?",
  'The online report form at police.springfield.gov/report keeps giving me an error',
  'Congratulations to Officer Ramirez on her promotion to sergeant!',
  'I won $50 at bingo last night at the VFW, thanks for the traffic control outside',
  'Selling my house was a nightmare because of the break-ins on our street, please patrol more',
  "Got a text saying I owe a toll fee, it's fake right? I never drove on a toll road",
  'Please share: my brother has been missing since Tuesday, call 555-210-3344 with any info',
  "The cost of the new police cars is $2.3 million, is that in this year's budget?",
  'If you want to help, the food bank needs volunteers, sign up at springfieldfoodbank.org',
  'Happy retirement Chief! Thank you for 30 years of service',
  'Our HOA is hosting a neighborhood watch meeting Tuesday, everyone welcome',
  'They raised the speeding fine to $250 in the school zone, good',
  'You can sign up for emergency text alerts at ready.springfield.gov',
  'Is it legal to sell lemonade on the sidewalk without a permit? My kids want to do it',
  'My car was broken into and they took my laptop, I filed report 2024-5521',
  'Thanks for returning my wallet, all my cards and $80 were still there!',
  'Scammers called my grandma pretending to be her grandson in jail and asked for $3000 in gift cards. Please warn your older relatives',
  'Is this legit? I got an email saying I won a $500 Visa gift card from the police foundation',
  'Where can I donate old bikes for the holiday toy drive?',
];

/**
 * Round 3 (0.6.4), other kinds of generic spam (dating bait, advance-fee letters, casino bonuses,
 * billing phishing, weight-loss pills, items for sale), written after the round-2 changes and run
 * once before the next ones: 24 of 30 flagged off-topic, 18 hidden (the blind figure); then used
 * to build them (30 and 27 after).
 */
export const SPAM_ROUND_3: readonly string[] = [
  'URGENT! Your mobile number has been awarded a £2000 bonus prize. Call 09061743810 now to claim. T&Cs apply',
  'Hot singles in your area want to meet you tonight 💋 no sign up needed bit.ly/meet-now',
  '$PEPE2 is about to 100x 🚀🚀 get in before Binance listing, presale link in bio',
  'Need cash fast? Loans up to $5000 approved in 10 minutes, no credit check. Text LOAN to 85233',
  'Selling iPhone 15 Pro Max brand new sealed $350 only, DM me on WhatsApp +1 (646) 555-0199',
  "I made $8,400 last week trading forex with Mrs. Anderson's signals, message her on Telegram @AndersonFX",
  "Congratulations! You've been selected for a $1000 Walmart gift card. Claim here: walmart-rewards-claim.com",
  "Lonely tonight? Text me babe, I'm 22 and bored 😘 snapchat: kayla_xo22",
  'FREE entry to win a brand new PS5! Reply WIN to 80082. Msg&data rates may apply, 18+',
  'Work from home and earn $300/day with just your phone. No experience needed. Click: tinyurl.com/earn300day',
  'Get 50% off Ray-Ban sunglasses today only at raybans-outlet-sale.shop',
  'Bitcoin recovery expert: lost your crypto to scammers? Contact Hacker Mike at recoverfunds@protonmail.com',
  'Your account has been suspended. Verify your identity at secure-login-verify.net to avoid permanent closure.',
  'Call our psychic hotline now, only £1.50/min: 0906 123 4567',
  'Brand new Rolex watches for sale, 90% off retail, free shipping worldwide. Order at luxwatch-deals.top',
  'Earn passive income with our AI trading bot, 4% daily returns guaranteed 💰 join t.me/aibotprofits',
  'You have 1 unclaimed package. Pay the $1.99 redelivery fee: usps-redeliver-now.com',
  'Want a bigger following? 10,000 real Instagram followers for $9.99 at boostgram.biz',
  'Cheap Viagra and Cialis, no prescription needed, discreet delivery. pharma-direct.online',
  'Hi dear, I am a widow with $4.5 million inheritance and I need a trusted partner, reply with your details',
  'Last chance!! Txt STOP to 66123 to opt out or your subscription of £4.50/week continues',
  'Buy 2 get 1 free on all vape juice, use code VAPE3 at cloudnine-vapes.com',
  'I was skeptical but this keto pill made me lose 30 lbs in a month!! link below 👇',
  'Real estate investors: we buy houses for cash in 7 days, any condition, call 1-800-555-0142',
  'New casino bonus: deposit $10 get $200 free spins 🎰 spinwin.bet',
  'Follow me for daily giveaways, 500 winners get $100 each on CashApp!! 💸',
  'Your Netflix payment failed. Update your billing info here: netflix-billing-update.info',
  'Rent my timeshare in Cancun for $99 a night, message for details',
  'Click here to see who viewed your profile 👀 profileviewers.app',
  'Exclusive offer: refinance your mortgage at 2.1% APR, call Tom at 555-013-2278 today',
];

/** Ordinary comments written with SPAM_ROUND_3 (blind: none hidden, none flagged off-topic). */
export const LEGIT_ROUND_3: readonly string[] = [
  'Call the non-emergency line at 311 if you see someone parked in the bike lane.',
  "My phone number changed, can the records office call me back at the new one? It's on my request form.",
  'Does anyone know if the $50 parking ticket can be paid online?',
  'The Kiwanis club is raising money for the K9 unit, donations at the city website.',
  'I lost my wallet near the library with about $200 in it, please call if found.',
  'Thank you officers, my stolen bike was returned today!',
  'Free car seat inspections Saturday at Station 3, no appointment needed.',
  'Is the job fair for dispatchers still on Thursday? Link please.',
  'The scammers called my grandma pretending to be her grandson and asked for $3000 in gift cards. Please warn people.',
  "We're selling cookies at the school fundraiser Friday, all proceeds go to the crossing guards.",
  'Text 911 works in our county now, good to know for deaf residents.',
  'Congratulations to Officer Diaz on 25 years of service!',
  'I got a text saying I won a prize from the police department, is that real?',
  "Check the city's website for the winter parking rules: cityofmaple.gov/parking",
  'How much does it cost to get a copy of an accident report?',
  'The coffee with a cop event was great, free donuts and good conversation.',
  'Please share: missing 14-year-old, last seen on Elm Street, call 555-0100 with any information.',
  'My neighbor offered me $20 to watch his dog, is it legal to leave a dog in a car in winter?',
  'Win or lose, proud of our police softball team this weekend!',
  "Anyone else get a call from 'the IRS' demanding payment? It's a scam, hang up.",
];

/**
 * Round 4 (0.6.5), generic spam of every kind in the issue (prizes, loans and grants, premium-rate
 * numbers, dating bait, crypto pumps, items for sale, pills, phishing), written and run once:
 * 19 of 20 flagged off-topic, 16 hidden (the blind figure); then used ("click my profile", grant
 * scams, pills "without prescription"): 20 and 19 (the car for sale is queued for a person, as a
 * resident's sale is).
 */
export const SPAM_ROUND_4: readonly string[] = [
  'Congratulations! Your number was selected in our monthly draw. Reply YES to claim your $1,000 Walmart gift card.',
  'Need cash fast? Approved in 10 minutes, no credit check, bad credit OK. Apply at quickloanz.co',
  'Text HOT to 89123 for sexy chat, £1.50/msg',
  'Lonely tonight? Real girls near you want to meet. Click my profile.',
  '$PEPE2 is about to 100x, get in before Binance lists it!! t.me/pepe2moon',
  'Selling my 2019 Honda Civic, 45k miles, $14,500 OBO, DM me',
  'I made $7,400 last week working from home with just my phone. Ask me how!',
  'URGENT: Your Amazon account has been locked. Verify at amzn-secure-login.net within 24 hours.',
  'Get 5,000 real Instagram followers for only $9.99!! Visit growfast.biz',
  'Call 1-900-555-0199 now to hear your future from our psychics, $3.99/min',
  'Work from home opportunity!!! Earn $500 a day, no experience needed, message me for details',
  'Free iPhone 15 giveaway! Just like, share and comment DONE to enter',
  'Cheap Ray-Ban sunglasses 90% off today only www.rb-outlet-sale.com',
  'Hot singles in your area are waiting, sign up free',
  'I was skeptical but Mrs. Linda Brooks helped me recover my lost crypto, contact her on WhatsApp +1 (646) 555-0132',
  'Buy Viagra online without prescription, discreet shipping',
  'Earn passive income with forex signals, 95% win rate, join our Telegram',
  'Check out my OnlyFans for exclusive content 😘 link in bio',
  'You have won a free cruise to the Bahamas! Call now to claim your prize',
  'Grants available up to $50,000 for anyone, no repayment needed. Message me to apply.',
];

/** Ordinary comments written with SPAM_ROUND_4 (blind: none flagged, none hidden). */
export const LEGIT_ROUND_4: readonly string[] = [
  'Congratulations to Officer Diaz on her promotion!',
  'Does anyone know if the station accepts cash for parking tickets?',
  'I texted the non-emergency number and got a reply in ten minutes, thank you.',
  'My car was broken into on Elm last night, I filed a report online.',
  'The free car seat check on Saturday was really helpful.',
  'Is the gift card scam going around again? My mom got a call.',
  'Where can I report a fake Amazon text? They wanted my password.',
  'I lost $500 to a crypto scam, who do I call?',
  'Selling tickets for the police athletic league fundraiser, $10 each, proceeds go to the kids.',
  'Thank you for the free self-defense class for seniors.',
  'Can you post the number to call for noise complaints?',
  'The city should spend less on overtime and more on mental health.',
  "Someone on WhatsApp claims to be from the sheriff's office and wants money, is that real?",
  'Great job finding the missing hiker!',
  'Will the DUI checkpoint be on Route 9 again this weekend?',
];

/**
 * Round 5 (0.6.5), spam of other families (job and reshipping scams, tech support, sugar daddies,
 * shoutouts, fake charities, ticket resale, private lenders, giveaways, crypto recovery, mystery
 * shoppers, hackers for hire), written after round 4's changes and run once: 4 of 15 flagged
 * off-topic (7 with any flag), 3 hidden: far below round 4's first contact, which is the point of
 * writing rounds of new kinds. Then used: 12 flagged off-topic and 9 hidden; "tickets" for sale
 * are not the page's traffic tickets. The reshipping job and the flood "donation" to a personal
 * CashApp are left: without a way to answer, and on the page's topics, a person judges them.
 */
export const SPAM_ROUND_5: readonly string[] = [
  'Hiring remote data entry clerks, $45/hr, no interview, text Linda at 312-555-0178',
  'Your computer has a virus! Call Microsoft support now at 1-888-555-0102',
  'Sugar daddy looking for a sugar baby, $1000 weekly allowance, DM me',
  'Collab? DM our page for a shoutout, we have 200k followers',
  'Reshipping job from home! Receive packages and forward them, $300 per package',
  'Donate to help the flood victims, send to my CashApp $helpfamilies2026',
  "I have 2 Taylor Swift tickets for sale, message me fast before they're gone",
  'Private lender offering loans at 2% interest, no collateral, WhatsApp +44 7700 900555',
  'Win a PS5! Follow our page and tag 3 friends to enter',
  'Get paid $500 to wrap your car with an ad, text WRAP to 55123',
  'I recovered my stolen bitcoin thanks to hackerjack at gmail dot com',
  'Earn $200 a day taking surveys online, link in my bio',
  'Mystery shopper position available, keep $200 of every check you deposit',
  'Cheap Botox and fillers, certified nurse, book now at glowup-clinic.biz',
  'Need a hacker? I can recover Instagram, Facebook, WhatsApp accounts, DM me',
];

/**
 * Ordinary comments written with SPAM_ROUND_5 (blind: none flagged; after the round's phrases a
 * victim's "I lost $400 to a fake mystery shopper check" was, until a loss reported counted as a
 * warning).
 */
export const LEGIT_ROUND_5: readonly string[] = [
  'Is the police department hiring dispatchers? Where do I apply?',
  'I got a call saying my computer has a virus, it was a scam right?',
  'Where can I donate to the family of the officer who was hurt?',
  'Are tickets still available for the police ball?',
  "My grandson's Instagram got hacked, who do I report it to?",
  'The flood relief drive at the station was amazing, thank you.',
  'Someone offered me a reshipping job online, is that legal?',
  'Can we follow the department on Instagram too?',
  'I lost $400 to a fake mystery shopper check, filed a report online.',
  'Great job at the PAL basketball tournament!',
];

/**
 * Round 6 (0.6.6): parcel, job, dating, premium-rate, loan, crypto-pump, for-sale, lottery,
 * recovery, discount, money-mule, account, adult, investment, warranty, giveaway, diet, 419 and
 * pharmacy spam, written at the start of the session and run once before any change: 18 of 20
 * flagged off-topic, 15 hidden (the blind figure). Then used: the car-warranty robocall ("we
 * have tried to reach you") and the coin "contract in my bio" are hidden; the widow's letter and
 * the two personal sales without a link stay with a person. A review of the change found that its
 * first phrases ("press 1", "transfer funds", "está retenido", "extended warranty" as phishing)
 * hid residents' own messages with a number in them (a pothole line, a bail payment, a car held
 * at the impound lot): those phrases were taken out again (RESIDENTS_WITH_NUMBERS_6).
 */
export const RESIDENTS_WITH_NUMBERS_6: readonly string[] = [
  'Call the city at 555-123-4567 and press 1 to report a pothole',
  'To reach the non-emergency line call 555-201-3300 and press 1',
  'Mi carro está retenido en el corralón, ¿a qué número llamo? 55 1234 5678',
  'I had to transfer funds for his bail, the clerk said call 555-201-9000',
  'Mi paquete está retenido en la aduana, llamé al 800 123 4567 y nada',
  'My extended warranty covers the damage, call the dealer at 555-201-9000',
];

/**
 * The round-6 spam itself (see RESIDENTS_WITH_NUMBERS_6 above).
 */
export const SPAM_ROUND_6: readonly string[] = [
  'Your parcel could not be delivered due to an unpaid shipping fee of $1.99. Pay now at usps-redelivery-help.com to avoid return',
  'I made $4,300 last week working from my phone, no experience needed. DM me "INFO" and I\'ll show you how',
  'Lonely tonight? Hot singles in your area are waiting to chat, free signup at meetlocalnow.xyz',
  'Text WIN to 85233 to claim your free iPhone 17! Msg&data rates apply, £1.50/msg',
  'Pre-approved personal loans up to $50,000, bad credit OK, same day funding. Apply: fastcash-loans.net',
  '$PEPE2 is about to 100x, get in before the listing on Friday!! Contract in my bio 🚀🚀🚀',
  'Selling my 2019 Honda Civic, 48k miles, one owner, $14,500 OBO, message me if interested',
  'Congratulations! Your number was selected in our monthly draw. Call 0906 661 2233 now to collect your £900 prize',
  'I was scammed out of my bitcoin but Mr. Daniel recovered everything in 48 hours, contact him on WhatsApp +1 (302) 555-0199',
  'Get 70% off Ray-Ban sunglasses today only, shop now >>> bit.ly/rb-sale70',
  'Anyone want to earn $500 a day? Just need a bank account and 15 min. Inbox me 💸',
  'Brand new PS5 bundle still in box, $300 cash, pick up downtown, serious buyers only',
  'Your Netflix account has been suspended. Update your payment details within 24 hours: netflix-billing-support.co',
  'Check out my OnlyFans 🔥 link in bio, first month free for new subs 😘',
  'Invest $200 and receive $2,000 in 7 days guaranteed, thousands of satisfied clients, contact our account manager on Telegram @FxProfitKing',
  "URGENT: We have tried to reach you about your car's extended warranty. Press 1 or call 1-888-555-0147 before coverage expires",
  'Free gift card giveaway! Like, share and comment DONE to win a $1000 Walmart card 🎁',
  'Lose 30 lbs in 30 days with this one weird trick doctors hate, watch the free video at slimfast-keto.info',
  'Hi dear, I am a widow looking for honest person to help transfer funds of $4.5 million, you will receive 30%, reply with your email',
  'Cheap Viagra and Cialis, no prescription needed, discreet shipping worldwide, order at rxpharma24.biz',
];

/**
 * Ordinary comments written with SPAM_ROUND_6, from the same words (blind: one hidden, a warning
 * that "bitcoin recovery experts on WhatsApp are also scammers", read as the recovery scam's
 * testimonial; one flagged for quoting the public reporting address reportphishing@apwg.org as
 * personal information). Both fixed.
 */
export const LEGIT_ROUND_6: readonly string[] = [
  'My parcel could not be delivered and USPS says I owe a fee, is that a known scam? Got a text about it today',
  'My neighbor lost $4,300 to a work-from-home scheme last week, please warn your older relatives',
  'Someone made a fake dating profile with my photos, how do I report that to you guys?',
  'Got a text saying I won a free iPhone if I text back, I deleted it. Thanks for the scam warning post',
  'Can the department tell people the difference between real loan offers and scams? My mom almost applied to one',
  'My son lost his savings on some crypto coin that was supposed to 100x, is that something you investigate?',
  'Someone broke into my 2019 Honda Civic last night on Elm St, report number 24-11873',
  'I got a call saying I won a prize and had to call a premium number back, reported it to the FTC',
  'Please be careful, "bitcoin recovery experts" on WhatsApp are also scammers, I learned the hard way',
  'Thank you for the post about fake Ray-Ban sale links, my sister clicked one',
  'Is it legal for someone to ask strangers for their bank account to "earn $500 a day"? Sounds like money laundering',
  'Stolen PS5 was listed on marketplace for $300 the day after our burglary, we gave the link to Detective Ruiz',
  'I got a fake Netflix email too, forwarded it to reportphishing@apwg.org like your post said',
  'Please share the number for reporting online exploitation of minors, thank you',
  "The investment group promising $2,000 in 7 days took my uncle's retirement money, who do we contact?",
  'I keep getting those car warranty calls, can anything be done about them?',
  "Good job to the officers who found the lady's stolen Walmart gift cards",
  "My doctor says there's no trick to losing 30 lbs in 30 days, stay safe with those ads everyone",
  'A woman messaged my dad saying she was a widow needing help to move $4.5 million, glad he showed us first',
  'Buying meds online without a prescription nearly killed my cousin, thank you for the warning',
];

/** A fourth department post (a bike safety event), for the third chatter round below. */
export const CHATTER_BLIND_POST_3 =
  'The Riverside Police Department will hold a free bike safety and registration event this Saturday from 10 a.m. to 1 p.m. in the Lincoln Elementary parking lot. Officers will check helmets, register bikes and hand out lights.';

/**
 * Round 3: unrelated chatter and chain letters under CHATTER_BLIND_POST_3, written before the
 * 0.6.3 chatter and chain-letter patterns and run once on them: 4 of the 15 chatter lines and 1 of
 * the 8 chain letters flagged (the blind figure), then used to build those patterns.
 */
export const CHATTER_BLIND_3: readonly string[] = [
  'Does anyone have a good banana bread recipe? Mine always comes out dry',
  'Who else is so ready for Christmas break lol',
  'Just finished my first marathon, so proud of myself!!',
  'My cat just knocked my coffee off the table again 😂',
  'Anyone watching the Cowboys game tonight?',
  'Happy anniversary to my amazing husband, 15 years today ❤️',
  'Looking for a good dentist in the area, any recommendations?',
  "Can't believe how expensive eggs are now",
  'Finally got my garden planted, tomatoes and peppers this year',
  "We're moving to Arizona next month, going to miss this town",
  'Does anyone know when the new Target opens?',
  'Type YES if you remember VHS tapes',
  'My daughter lost her first tooth today!',
  'Loving this sunny weather, finally feels like spring',
  'Who else is addicted to this new Netflix show?',
  'Share this post with 10 friends in the next hour and something good will happen to you tomorrow',
  'If you scroll past this without typing Amen, God will know you are ashamed of him',
  'Facebook is going to start charging tomorrow unless you copy and paste this message on your wall',
  "This little girl has cancer, every share gives her family 1 dollar. Please don't ignore",
  "Send this to everyone you love, if you get 5 back you're truly loved",
  "I don't give Facebook permission to use my pictures or posts, copy this to your status",
  'Only 1 in 100 people can read this, share if you can',
  'Type 7 and see what happens to your screen, it really works!',
];

/** On-topic comments under CHATTER_BLIND_POST_3, written with round 3 (blind: none flagged). */
export const ON_TOPIC_BLIND_3: readonly string[] = [
  'Do kids need to bring their own helmets or will you have some there?',
  'Is there an age limit for the bike registration?',
  "My son's bike was stolen last year, wish we had registered it",
  'Great idea, will there be a rain date?',
  'Thank you officers, my kids loved this last year',
  'Can adults register their bikes too?',
  'Will you have helmets in toddler sizes?',
  'Please do one on the east side too, Lincoln is far for us',
  'Is the registration free or is there a fee?',
  'What a waste of police time, go catch some real criminals',
  'Why are cops doing this when there were three break-ins on my street last week?',
  "We'll be there! Do we need to bring proof of ownership?",
  'How long does registration take?',
  'Love this, community policing at its best',
  'Will the event be canceled if it rains?',
];

/**
 * Personal information of every kind in one round, written before 0.6.3's passport and national
 * insurance changes and run once on them: 10 of 12 found (the blind figure), then used for them.
 */
export const PII_ROUND: readonly string[] = [
  "My card got charged twice, it's 4539 1488 0343 6467, can someone help?",
  'The guy who hit my car gave me his license, DL# D123-4567-8901, should I post it?',
  'His social is 078-05-1120 and he owes me money',
  'Send the refund to my account GB33 BUKB 2020 1555 5555 55',
  'Found a passport on Elm St, number 533219874, name John Miller, DM me',
  'Her SSN: 219 09 9999, she used it to open accounts in my name',
  "Routing 021000021 account 123456789, that's where the scammer asked me to send it",
  'My Amex 3782 822463 10005 was stolen at the gas station',
  'He lives at 1427 Maple Avenue, Apt 3B, go tell him yourself',
  "Call her at (555) 867-5309, she's the one who stole my package",
  'National insurance number QQ 12 34 56 C was on the form they leaked',
  'Her date of birth is 04/12/1988 and she still lives with her mom on Birch Rd',
];

/** Dates, case numbers, prices and other numbers written with PII_ROUND (blind: none flagged). */
export const NOT_PII_ROUND: readonly string[] = [
  'The meeting is on 12/04/2026 at 6:30 pm in room 101',
  'Case number 2024-CR-001234 was dismissed yesterday',
  'The fine went from $150 to $1,250 in 2019',
  'I was born in 1985 and I have never seen this much traffic',
  'Invoice 4532-8891 is still unpaid by the city',
  'The bus route 1427 runs every 15 minutes',
  'Officer badge 4471 was very polite',
  'The new budget is $12,345,678 for fiscal year 2025',
  'Please call 911 or the non-emergency line 311',
  'Model number XJ-4500-2210 is the recalled car seat',
  'The crash happened on March 3, 2021 at about 10:45 p.m.',
  'Flight UA 2231 lands at 5:05, can someone check the road closures?',
];

/**
 * Creative spellings of obscenity, one round, written before 0.6.3's "bullshit" and
 * "cocksucker" families and run once on them: 14 of 20 flagged as obscenity (the blind figure).
 * Four are by design not obscenity flags: "stfu" and "piss off" are mild words (flagged only
 * when aimed), "basturd" is an insult (a personal-attack flag) and "effing" a euphemism.
 */
export const OBSCENITY_ROUND: readonly string[] = [
  'wtf is wrong with u, fuk off',
  "you're a stoopid azzhole",
  'this is bullsheet and you know it',
  'shut the fock up already',
  'go phuck yourself',
  'what a dumb biatch',
  'eat sh1t',
  'you absolute kunt',
  'mutha fukka',
  'stfu nobody asked',
  'ur such a d!ckhead',
  'f u c k this department',
  'get bent, you cocksukka',
  "sheeeit, that's messed up",
  'go to hell you basturd',
  "that's some fuckery right there",
  'pi$$ off mate',
  "you're a effing moron",
  'suck my diiick',
  'what the fuq man',
];

/** Ordinary words and names that contain or resemble obscene ones (blind: none flagged). */
export const LOOK_ALIKES_ROUND: readonly string[] = [
  'The shitake mushroom stand at the farmers market was great',
  'We visited Scunthorpe last summer',
  'My cocktail recipe uses fresh basil',
  'Grandpa was a pheasant hunter in the fall',
  'I need to assess the damage to my shed',
  'The Dickens festival is on Saturday',
  'He works as a fukushima cleanup engineer',
  'Please pass the Essex county budget',
  'The puck hit the glass during the hockey game',
  'We saw a buck and two does on Hwy 9',
  'Our cat Muffin is missing near Cockburn Street',
  'The class on Bass fishing starts at noon',
  'I had a titanic amount of homework',
  'They sell hand-made analog clocks',
  'Sussex Police posted the update',
];

/** A fifth department post (a community meeting), for the fourth round below. */
export const CHATTER_BLIND_POST_4 =
  'Join Chief Alvarez and the command staff for our quarterly community meeting on Thursday at 7 p.m. at the Eastside Recreation Center. We will share the crime statistics for the quarter and take your questions.';

/**
 * Round 4: local advertising and chatter under CHATTER_BLIND_POST_4, written before 0.6.3's
 * local-ad phrases and the rule that queues a plug under a post it shares nothing with, and run
 * once on them: 4 of 16 flagged (the blind figure), then used to build them.
 */
export const CHATTER_BLIND_4: readonly string[] = [
  "Need your gutters cleaned before winter? Call Joe's Gutter Service at 555-212-8890, free estimates!",
  'Grand opening of my nail salon this Saturday, 20% off all services, come see us on Oak St',
  'I do custom birthday cakes, message me for prices 🎂',
  "Looking for a realtor? I've helped 200 families find their dream home, DM me",
  'Our church is having a bake sale Sunday after service, everyone welcome',
  'My daughter is selling Girl Scout cookies, $5 a box, let me know if you want some',
  'Best tacos in town at El Toro on 3rd, open till midnight!',
  'Follow my new TikTok for daily workout tips 💪',
  "Hiring servers and cooks at Marco's Pizza, apply in person",
  "I'm a certified dog trainer, first session free, link in bio",
  'Selling Avon, new catalog just came out, inbox me',
  "Vote for my son's photo in the county fair contest! link below",
  'Anyone want to carpool to Denver on Friday? Split gas',
  'Just adopted the cutest kitten, her name is Pepper 🐱',
  'Congrats to the Eastside High football team on the state title!!',
  'Does anyone know a good place to get my car detailed?',
];

/** On-topic comments under CHATTER_BLIND_POST_4, written with round 4 (blind: none flagged). */
export const ON_TOPIC_BLIND_4: readonly string[] = [
  'Will the meeting be streamed online? I work nights',
  'Can we ask about the speeding on Hillcrest?',
  'Please bring the numbers on car break-ins, they are way up on our block',
  "I'll be there, thanks for doing these",
  'Is the rec center accessible for wheelchairs?',
  "Last meeting the chief didn't answer a single question directly",
  'Why is it always on a weeknight? Some of us have kids',
  'Will there be a Spanish interpreter?',
  'Crime statistics mean nothing when nobody answers 911',
  'Great to see the command staff showing up in person',
  'What about the homeless camp behind the library?',
  'Can I submit a question in advance?',
  'Is parking available at the rec center?',
  'Thank you Chief, see you Thursday',
  'The last statistics report had errors, will they be corrected?',
];

/**
 * Spanish generic spam (0.6.4), written with blind 21 and run once: 8 of 10 flagged off-topic, 6
 * hidden (a bank-account phishing link and "trabaja desde casa… info por DM" were missed); then
 * used to build the Spanish phishing and contact phrases (10 and 9 after).
 */
export const SPANISH_SPAM_ROUND: readonly string[] = [
  'Gana $500 diarios desde tu casa sin experiencia, escríbeme al WhatsApp 55 1234 5678',
  'FELICIDADES! Has ganado un iPhone 15, reclama tu premio aquí: premios-mx.top',
  'Préstamos rápidos sin buró de crédito, aprobación en 10 minutos, llama al 800 123 4567',
  'Chicas solteras en tu zona quieren conocerte, entra ya bit.ly/citas-hoy',
  'Invierte en bitcoin con la señora Martínez y gana 30% semanal, mándale mensaje por Telegram',
  'Vendo iPhone 13 nuevo sellado $4,000, inbox para más información',
  'Tu cuenta bancaria ha sido bloqueada, verifica tus datos en banco-seguro-verificacion.com',
  'Sígueme en TikTok y te sigo de vuelta, link en mi perfil',
  'Oferta especial: 70% de descuento en perfumes originales, envío gratis, pide ya en perfumes-baratos.shop',
  'Trabaja desde casa y gana dinero fácil, solo necesitas tu celular, info por DM',
];

/** Ordinary Spanish comments written with it (blind: none hidden, none flagged off-topic). */
export const SPANISH_LEGIT_ROUND: readonly string[] = [
  'La policía es corrupta y el jefe debe renunciar ya',
  'Voy a partir el pastel en la fiesta del barrio',
  'Ya sé dónde trabajas, te llevo los papeles mañana',
  'Ojalá pongan un semáforo en esa esquina, casi me atropella un camión',
  'Si te vuelvo a ver en la feria te invito un café',
  'Cuídate mucho en la carretera, hay mucha neblina',
  'Hay que matar el tiempo mientras llega el autobús',
  'Mis hijos no van a regresar a la escuela hasta el lunes por la lluvia',
  'Ese comandante es un inútil y debería renunciar',
  'Los policías de este municipio son unos corruptos',
  'Eres muy amable, gracias por ayudarnos con el trámite',
  'Qué bonito desfile, felicidades a todos los oficiales',
  'Vendí mi carro y ahora uso el transporte público, ¿hay ruta nueva?',
  '¿Dónde puedo pagar la multa en línea? El enlace no sirve',
  'Gané la rifa de la escuela, ¡gracias a los organizadores!',
  'Le dieron un balazo al vecino anoche, ¿alguien sabe algo? Llamen al 911',
  'Me muero de hambre, ¿dónde hay tacos cerca de la estación?',
  'Qué vergüenza de gobierno, no hacen nada por la colonia',
  'El jefe de policía mintió en la conferencia y exigimos la verdad',
  'Te voy a extrañar, oficial García, feliz retiro',
];

/**
 * Spanish spam, round 2 (0.6.5), written and run once: 6 of 10 flagged and hidden on first
 * contact, 0 of 8 ordinary comments. Then used (selling phones "a mitad de precio", "chicas
 * solteras cerca de ti", "entra a mi perfil", "link en mi bio", "ganar dinero en internet"):
 * 9 flagged, 8 hidden; the job offer with no way to answer is left.
 */
export const SPANISH_SPAM_ROUND_2: readonly string[] = [
  'Gana $3,000 pesos diarios desde tu casa, escríbeme por WhatsApp 55 1234 5678',
  'Préstamos rápidos sin revisar buró, aprobación en 24 horas, mándame mensaje',
  'Felicidades, ganaste un iPhone 15, reclama tu premio aquí bit.ly/premio-mx',
  'Vendo celulares nuevos a mitad de precio, envíos a todo el país, inbox',
  'Chicas solteras cerca de ti quieren conocerte, entra a mi perfil',
  'Invierte en bitcoin y duplica tu dinero en una semana, info por DM',
  'Curso gratis para ganar dinero en internet, link en mi bio',
  'Se solicita personal para trabajar desde casa, $500 a la semana, sin experiencia',
  'Tu cuenta bancaria ha sido bloqueada, verifica tus datos en banco-seguro-mx.com',
  'Sígueme y te sigo, sígueme para más contenido',
];

/** Ordinary Spanish comments written with SPANISH_SPAM_ROUND_2 (blind: none flagged). */
export const SPANISH_LEGIT_ROUND_2: readonly string[] = [
  '¿Dónde puedo pagar una multa de tránsito?',
  'Me llegó un mensaje de que gané un premio, ¿es fraude?',
  'Gracias a los oficiales por ayudar a mi mamá.',
  '¿La policía está contratando? Quiero aplicar.',
  'Perdí mi celular en el parque, ¿alguien lo encontró?',
  '¿A qué número llamo para reportar ruido?',
  'Me robaron la bicicleta frente a mi casa, ya hice el reporte.',
  'Excelente trabajo en la feria de seguridad.',
];

/**
 * Spanish spam, round 3 (0.6.6): daily earnings on WhatsApp, loans without a credit check, a
 * prize link, sneakers for sale, bitcoin, dating bait, work from home, a held parcel, followers,
 * a trading course; written at the start of the session and run once: 7 of 10 flagged, 5 hidden.
 * Then used (Spanish phrases of contact, money, investment, sale and parcel scams, and a pitch of
 * three selling phrases queued even with no way to answer it): 10 flagged, 8 hidden.
 */
export const SPANISH_SPAM_ROUND_3: readonly string[] = [
  'Gana 5000 pesos diarios desde tu celular, escríbeme al WhatsApp 55 1234 5678',
  'Préstamos rápidos sin buró de crédito, aprobación en 24 horas, informes por inbox',
  'Felicidades! Fuiste seleccionado para recibir un iPhone, reclámalo aquí bit.ly/premio-mx',
  'Vendo tenis originales Nike y Jordan, envíos a todo México, pregunta sin compromiso',
  'Invierte en bitcoin con nuestro asesor y duplica tu dinero en una semana, contáctanos',
  'Chicas solteras en tu zona te esperan, regístrate gratis en citas-calientes.com',
  'Trabajo desde casa, solo necesitas 2 horas al día y ganas hasta 800 dólares semanales',
  'Tu paquete de DHL está retenido, paga el envío aquí para liberarlo: dhl-entregas.info',
  'Sígueme en Instagram y te regalo 1000 seguidores, link en mi perfil',
  'Curso de trading GRATIS, cupos limitados, manda mensaje con la palabra QUIERO',
];

/** Ordinary Spanish comments written with SPANISH_SPAM_ROUND_3 (blind: none flagged). */
export const SPANISH_LEGIT_ROUND_3: readonly string[] = [
  'Me llegó un mensaje de que gané un iPhone, ¿es fraude? No le di clic',
  '¿Dónde puedo denunciar una página falsa de préstamos? Estafaron a mi tía',
  'Vendieron mis tenis robados en Facebook, ya hice la denuncia, folio 24-5512',
  'Gracias por avisar de la estafa del paquete de DHL, a mi vecino casi le pasa',
  '¿A qué número llamo para reportar a alguien que pide dinero por WhatsApp?',
  'Mi hijo quiere trabajar en la policía, ¿cuándo abren convocatoria?',
  'Excelente trabajo en el operativo de ayer, gracias oficiales',
  'La feria de empleo del municipio estuvo muy buena',
  '¿El curso de seguridad para comercios es gratis?',
  'Cuidado con las páginas que ofrecen duplicar tu dinero, son fraude',
];

/**
 * Spanish spam, round 5 (0.7.8): the kinds of rounds 2-4 in new words (a gift card "responde SÍ",
 * weight-loss drops "pago contra entrega", a rental, spells, a trading course on Telegram, a
 * team with "lugares disponibles"), written and run once: without a post 12 of 15 flagged and 8
 * hidden (under a department post the same), ordinary comments 0 of 5. Then used (Spanish phrases
 * of prizes, clicks, contact, sales, earnings, investment, dating bait and phishing): 14 flagged,
 * 9 hidden; a rental ad and a sneaker seller are queued for a person, not hidden. (15 and 10 with
 * "responde sí" and "lugares disponibles" as phrases, taken out in the read-over: residents write
 * "responde si viste algo" and "quedan lugares disponibles" beside a number to call.)
 */
export const SPANISH_SPAM_ROUND_5: readonly string[] = [
  '¡Gana $500 diarios desde tu casa! Escríbeme por WhatsApp al 55 1234 5678 y te explico cómo.',
  'Felicidades, fuiste seleccionado para recibir un iPhone 15 gratis. Reclámalo aquí: bit.ly/premio-mx',
  'Préstamos rápidos sin buró de crédito, aprobación en 24 horas. Informes al 33 9876 5432.',
  'Invierte en bitcoin con nosotros y duplica tu dinero en una semana, mándame mensaje privado.',
  'Chicas solteras de tu ciudad quieren conocerte, entra ya a citas-calientes.com',
  'Vendo tenis originales Nike y Adidas a precio de mayoreo, envíos a todo México, pregunta sin compromiso.',
  'Sígueme en mi página y dale like, sorteo de 1000 pesos este viernes entre mis seguidores.',
  'Trabajo desde casa, solo necesitas un celular, ganancias semanales garantizadas. Haz clic en el enlace de mi perfil.',
  'Tu cuenta bancaria ha sido bloqueada, verifica tus datos aquí: banco-seguro-verificacion.net',
  'Curso de trading gratis, cupo limitado, inscríbete ahora en t.me/tradingfacilmx',
  'Bajé 15 kilos en un mes con estas gotas naturales, pídelas por inbox, pago contra entrega.',
  'Lectura de cartas y amarres de amor efectivos, resultados en 3 días, llama al 81 2222 3333.',
  'Se renta departamento en la colonia Centro, 2 recámaras, $8,500 al mes, informes por mensaje.',
  'Quieres ganar dinero extra? Únete a mi equipo, solo 3 lugares disponibles. Mándame DM.',
  'Gana una tarjeta de regalo de Walmart de $1000, responde SÍ y comparte esta publicación.',
];

/** Ordinary Spanish comments written with SPANISH_SPAM_ROUND_5 (none flagged, before or after). */
export const SPANISH_LEGIT_ROUND_5: readonly string[] = [
  '¿A qué hora abren la oficina de la policía el sábado? Necesito un reporte para el seguro.',
  'Cuidado con los mensajes que dicen que tu cuenta está bloqueada, a mi tía casi le roban. No den sus datos.',
  'Gracias a los oficiales que ayudaron a mi papá cuando se le descompuso el carro en la carretera.',
  'La policía debería patrullar más la colonia Centro, ya van tres robos de carros este mes.',
  'Alguien sabe si el evento de la feria de seguridad es gratis? Quiero llevar a mis hijos.',
];

/**
 * Spanish spam, round 6 (0.7.8), written after round 5's change and run once, kept blind: without
 * a post 3 of 15 flagged and 1 hidden (under a department post 7 and 1); ordinary comments 0 of 5.
 * Phrase lists do not reach spam in words they do not hold.
 */
export const SPANISH_SPAM_ROUND_6: readonly string[] = [
  'Hola amigos, encontré una app que paga por ver videos, yo ya saqué 2,000 pesos. Descárgala con mi código en el link de mi perfil.',
  '¿Te urge dinero? Te presto de 5 mil a 50 mil sin aval y sin checar historial, mándame WhatsApp 66 4123 9988.',
  'Atención: la Lotería Nacional te eligió como ganador de $250,000, comunícate hoy al 800 123 4567 para cobrar.',
  'Ofrezco servicios de limpieza de historial crediticio, 100% garantizado, informes inbox.',
  'Vendo perritos husky con papeles, entrega inmediata, pago por transferencia, solo interesados.',
  'Mujeres hermosas buscan hombres para relación seria, regístrate gratis en amor-latino.site',
  'Soy asesor de inversiones en Forex, mis clientes ganan 30% mensual, pregúntame cómo empezar.',
  'Productos naturales para la diabetes y la presión, cura garantizada, envíos a domicilio.',
  'Compra seguidores y likes reales para tu negocio, paquetes desde 99 pesos, escríbeme.',
  'Su paquete de Correos de México no pudo ser entregado, pague el envío aquí: correos-mx-entrega.info',
  'Aprende inglés en 30 días con nuestro método, primera clase gratis, da clic en mi perfil.',
  'Tenemos vacantes en Estados Unidos con visa de trabajo incluida, solo cubre el trámite de $3,500.',
  'Promoción de hoy: iPhone 14 a mitad de precio, originales y sellados, aparta el tuyo por mensaje.',
  'Únete al grupo VIP de apuestas deportivas, pronósticos seguros, gana todos los fines de semana.',
  'Regalo 10 mil pesos a los primeros 50 que comenten "quiero" y me sigan.',
];

/** Ordinary Spanish comments written with SPANISH_SPAM_ROUND_6 (blind: none flagged). */
export const SPANISH_LEGIT_ROUND_6: readonly string[] = [
  'Me llegó un mensaje de que mi paquete de Correos no se entregó, pero yo no pedí nada. ¿Es fraude?',
  'Vendí mi carro el mes pasado y todavía me llegan multas, ¿a dónde voy para aclararlo?',
  'Mi hijo quiere ser policía, ¿hay alguna feria de empleo o convocatoria este año?',
  '¿Los cursos de manejo defensivo que dan en la estación cuestan algo?',
  'Gracias por el operativo en la feria, mis hijos ganaron un balón en la rifa de la policía.',
];

/** A sixth department post (bicycle registration), for round 5 below. */
export const CHATTER_BLIND_POST_5 =
  "The Maple Police Department will hold a free bicycle registration and helmet fitting event this Saturday from 10am to 2pm at Central Park. Registering your bike helps us return it if it's stolen.";

/**
 * Round 5 (0.6.4): chatter about the writer's leisure (sport, series, food, gardening, travel,
 * the gym, books, games, crafts, phones) under CHATTER_BLIND_POST_5, run once before the
 * subjects from word vectors: 1 of 15 flagged (the blind figure; "Lakers"), then used to build
 * them (6 after).
 */
export const CHATTER_BLIND_5: readonly string[] = [
  "Can't believe the Lakers traded him, worst front office in the league",
  'Just finished season 3 of Stranger Things, no spoilers please!!',
  'Anyone tried the new pumpkin spice latte? Way too sweet this year',
  "My sourdough starter finally doubled, I'm so excited to bake this weekend",
  'Taylor Swift tickets sold out in four minutes, unbelievable',
  'Does anyone have tips for growing tomatoes in containers?',
  'Just booked our cruise to the Bahamas for February!!',
  'New personal record at the gym today, 225 on bench',
  'I need a good book recommendation, just finished the latest Stephen King',
  'The Cowboys defense is a joke this season',
  'Made homemade enchiladas tonight and the kids devoured them',
  "Who's watching the Oscars tonight? My money's on Oppenheimer",
  'Finally beat the final boss in Elden Ring after 40 tries',
  'Looking for a knitting group that meets on weekday evenings',
  "My new iPhone's battery dies by noon, anyone else?",
];

/** On-topic comments under CHATTER_BLIND_POST_5, written with round 5 (blind: 1 flagged). */
export const ON_TOPIC_BLIND_5: readonly string[] = [
  'Do I need to bring proof of purchase to register my bike?',
  'Will there be helmets for toddlers too? My son is 3.',
  'My bike was stolen last year from the library rack, wish I had registered it.',
  'Great idea, so many bikes get taken from the train station.',
  'Is the event cancelled if it rains?',
  'Can I register an e-bike or just regular bicycles?',
  'Thank you officers, my daughter loved her new helmet last year.',
  'How do I find the serial number on my bike?',
  'Is Central Park the one on Oak Street or the one downtown?',
  "I can't make Saturday, is there another way to register online?",
  'Bring the kids! The officers were so patient with mine last time.',
  'Do you also check brakes and tires or just helmets?',
  "We need more bike lanes on Main Street, it's dangerous to ride there.",
  'Will you engrave the bikes or just put a sticker on them?',
  'What happens if my registered bike gets stolen, do you call me?',
];

/** A seventh department post (a toy drive), for round 6 below. */
export const CHATTER_BLIND_POST_6 =
  "Reminder: the Maple Police Department's annual toy drive runs through December 15. Drop off new, unwrapped toys at headquarters or any fire station.";

/**
 * Round 6 (0.6.4), written after round 5's change and run once: 5 of 12 chatter lines flagged and
 * 0 of 12 on-topic comments (the blind figure); then 6 of 12 after "new", "best", "last" and
 * other words any two sentences share stopped counting as sharing a word with the post.
 */
export const CHATTER_BLIND_6: readonly string[] = [
  'Anyone else obsessed with the new season of The Crown? Binged it all weekend',
  "My tulips are finally coming up, spring can't come soon enough",
  'Best chili recipe ever: two kinds of beans, cumin and dark chocolate',
  "We're planning a honeymoon in Cancun, any resort suggestions?",
  'Just ran my first half marathon!! Legs are jelly',
  'Does anyone know a good yoga class for beginners with evening workouts?',
  'That new Beyoncé album is a masterpiece, every song slaps',
  "Who else is playing the new Zelda? I can't put it down",
  "My grandma's quilting circle made 40 quilts this year",
  'Looking for a good mystery novel, loved the last Louise Penny',
  'Switched to a plant-based diet and my skin has never looked better',
  'Go Packers!!! What a game last night',
];

/** On-topic comments under CHATTER_BLIND_POST_6, written with round 6 (blind: none flagged). */
export const ON_TOPIC_BLIND_6: readonly string[] = [
  'Can we drop off board games and books, or only toys?',
  'Do you accept gently used bikes or must everything be new?',
  'What time is headquarters open on Saturday for drop off?',
  'We donated last year, the officers delivering the presents was the sweetest thing.',
  'Is there a list of what ages need the most gifts?',
  'Our Girl Scout troop collected 60 toys, can someone pick them up?',
  'Thank you for doing this every year, it means a lot to families here.',
  "Can I donate cash instead? I can't get to the station.",
  'Are stuffed animals okay? My daughter wants to give some.',
  'Will the fire station on Pine accept donations on Sunday?',
  'Our church choir wants to sing at the toy delivery, who do we contact?',
  "My kids picked out a guitar and a cookbook for teens, hope that's okay.",
];

/**
 * On-topic comments that name what the chatter subjects are made of (a guitar stolen, a cookbook
 * in a stolen parcel, a retiring officer's cruise), each under its own department post: written
 * to test the 0.6.4 subjects (6 of 15 flagged before the report-and-answer guard, 1 after:
 * "lasagna", a word of the older list, in a memory of an officer).
 */
export const ON_TOPIC_WITH_SUBJECT_WORDS: readonly (readonly [post: string, comment: string])[] = [
  [
    'The Maple Police Department reminds residents that the noise ordinance applies after 10pm.',
    'The guitar and singing from the apartment above mine go on until 3am every night.',
  ],
  [
    'The Maple Police Department reminds residents that the noise ordinance applies after 10pm.',
    "My neighbor's band practices drummer solos at midnight, who do I call?",
  ],
  [
    'Burglary alert: several homes on Birch Lane were broken into on Tuesday. Lock your doors.',
    'Someone took the pies and the chocolate cake from our porch, we had left them for a bake sale pickup.',
  ],
  [
    'Burglary alert: several homes on Birch Lane were broken into on Tuesday. Lock your doors.',
    "They walked off with my laptop, my guitar and my grandmother's recipes box.",
  ],
  [
    'Join us for National Night Out on August 6 at Riverside Park, with free hot dogs and games for the kids.',
    'Will there be gluten free desserts? My son has celiac.',
  ],
  [
    'Join us for National Night Out on August 6 at Riverside Park, with free hot dogs and games for the kids.',
    "Last year the music and the magic show were great, the kids loved the officers' singing.",
  ],
  [
    'Traffic advisory: Elm Street will be closed for repaving from Monday to Friday.',
    'How will I get to the gym and the yoga studio on Elm? Is there a detour?',
  ],
  [
    'Traffic advisory: Elm Street will be closed for repaving from Monday to Friday.',
    'The bakery and the pasta restaurant on Elm will lose a whole week of business.',
  ],
  [
    'Officer Lee retires this Friday after 30 years of service. Thank you, Officer Lee!',
    'Congratulations! Enjoy the cruise and the sightseeing you always talked about.',
  ],
  [
    'Officer Lee retires this Friday after 30 years of service. Thank you, Officer Lee!',
    'He used to bring homemade cookies and lasagna to the shelter every Christmas. What a man.',
  ],
  [
    'Scam alert: callers are pretending to be from the county and asking for gift cards.',
    "They told my mom she'd won a cruise to the Bahamas if she paid the taxes first.",
  ],
  [
    'The department is hiring dispatchers. Apply by March 1.',
    'Is there a fitness test like for officers? I do yoga and cardio but no weights.',
  ],
  [
    'Missing person: Anna Cole, 16, last seen near the mall wearing jeans and a red scarf.',
    'She was wearing makeup and carrying a black handbag when I saw her at the food court.',
  ],
  [
    'Community meeting on the new skate park, Thursday 6pm at the library.',
    'Can we also talk about the community garden? The tulips and shrubs keep getting trampled.',
  ],
  [
    "Holiday safety: don't leave packages on your porch.",
    'My Amazon box with a cookbook and baking supplies disappeared yesterday.',
  ],
];

/**
 * Personal information, round 2 (0.6.4): card numbers in groups, IBANs, SSNs, a Canadian SIN, a
 * Mexican CURP, a passport, a licence, routing and account numbers, an NHS number, run once: 16
 * of 16 found (the blind figure; the CURP's evidence ran on into "y me la", fixed).
 */
export const PII_ROUND_2: readonly string[] = [
  'My debit card is 4539 1488 0343 6467, can you check if it was used at the gas station?',
  'Card number 5425-2334-3010-9903 was stolen with my wallet',
  'IBAN GB33 BUKB 2020 1555 5555 55 is the account they asked me to wire to',
  'Send the refund to DE89370400440532013000 please',
  "His social security number is 078-05-1120, he's the one who filed the fake claim",
  'SSN: 219 09 9999',
  'Her passport no. is 533380006 and she lost it at the airport',
  "My driver's license number is D123-4567-8901, do I need a new one after the theft?",
  "Routing 021000021 account 000123456789, that's where the scammer took the money",
  'Call my cell 312-555-0187 if you find my dog',
  'She lives at 1425 Maple Avenue, Apt 3B, and he keeps showing up there',
  'My email is jenny.lopez84@gmail.com, please send me the report',
  'Canadian SIN 046 454 286, can someone misuse it?',
  'Mi CURP es GODE561231HDFRRN09 y me la pidieron por teléfono',
  'Amex 3714 496353 98431 was charged twice',
  'My NHS number is 943 476 5919, I need the incident number for the hospital',
];

/**
 * Numbers that are not a person's, written with PII_ROUND_2, run once: 1 of 16 flagged (the
 * station's own address, "100 Main Street": a public place's address is no longer personal
 * information).
 */
export const NOT_PII_ROUND_2: readonly string[] = [
  'The meeting is on 12/04/2026 at 6:30 pm at City Hall.',
  'Case number 2026-001234 was closed last week.',
  'Incident #24-118733, still no callback from the detective.',
  'The fine was $1,250.00 and I paid it on March 3.',
  'Population grew from 1,234,567 to 1,301,000 in ten years.',
  'The suspect was born in 1987 and is 5\'11".',
  'Call 911 or the non-emergency line at 311.',
  'Order #4539 1488 ships tomorrow.',
  'The tracking number is 1Z999AA10123456784.',
  'The vote was 1,024 to 987 on Proposition 12.',
  'Officer badge 4471 helped us on Route 66 at mile 142.',
  'The 2024 budget is $48,500,000 for public safety.',
  'Flight UA 1542 departs at 14:35 from gate B12.',
  'Dial extension 5521 for records.',
  'The address of the station is 100 Main Street.',
  'Serial number on my stolen bike is WTU123456789.',
];

/**
 * Personal information, round 3 (0.6.5), written and run once: 14 of 15 found (a Medicare
 * number was not; its five digits were under the finder's floor of six), none of NOT_PII_ROUND_3.
 * The same run hid "My SSN is 123-45-6789, can you check my record?" as spam: the SSN read as a
 * phone number and "check my" as a plug. Then used: 15 of 15, the SSN only flagged as
 * personal information; a 3-2-4 SSN and a case number are no longer read as phone numbers.
 */
export const PII_ROUND_3: readonly string[] = [
  'My SSN is 123-45-6789, can you check my record?',
  'Card number 4111 1111 1111 1111 exp 04/27',
  'IBAN GB82 WEST 1234 5698 7654 32',
  'Her passport number is X12345678',
  'Call my cell (555) 201-7788',
  'He lives at 1423 Maple Drive, apartment 4B',
  'DOB 03/14/1985, please update my file',
  "My driver's license is D123-4567-8901",
  'email me: jane.doe1985@yahoo.com',
  'Account # 00123456789 at Chase',
  'His date of birth is July 4, 1979',
  'My Medicare number is 1EG4-TE5-MK73',
  'Reach me at 555.867.5309',
  'Social security: 078 05 1120',
  'The suspect lives on 22 Birch Lane, the white house',
];

/** Dates, prices, case and incident numbers written with PII_ROUND_3 (blind: none flagged). */
export const NOT_PII_ROUND_3: readonly string[] = [
  'Case number 2024-001234 was closed',
  'The meeting is on 03/14/2025 at 7 pm',
  'Tickets cost $125.50',
  'Call 911 or 311',
  'The parade is on July 4, 2025',
  'Report number 23-45678',
  'Badge 4521 was very polite',
  'Route 66 reopened',
  'The budget went from $4,111,111 to $5,000,000',
  'Born in 1985, I remember when this was a farm',
  'The new station at 100 Main Street opens Monday',
  'Incident #2023-4567-8901',
  'Population 123,456',
  'Flight UA 1234 was delayed',
  'The ordinance 2024-17 passed',
];

/**
 * Round 4 (0.6.6): card numbers with a CVV and in Amex grouping, an SSN, a routing and account
 * number, a passport, a driver's licence, a German IBAN, a UK National Insurance number, a
 * Mexican CURP, a Canadian SIN, a date of birth with an address, written at the start of the
 * session and run once, nothing changed for them: 12 of 12 flagged.
 */
export const PII_ROUND_4: readonly string[] = [
  'my visa is 4111 1111 1111 1111 exp 09/27 cvv 123 can someone help me buy the permit',
  'Her SSN is 078-05-1120, she asked me to post it for the claim',
  'routing 021000021 account 123456789012, send the refund there',
  'Passport no. X12345678, I lost it at the fair, please call if found',
  "his driver's license number is D123-4567-8901, he hit my car and drove off",
  'IBAN DE89 3704 0044 0532 0130 00 for the fundraiser donations',
  'My national insurance number is QQ 12 34 56 C',
  'Mi CURP es GOMC850312HDFRRL09 por si la necesitan',
  'her date of birth is 03/14/1992 and she lives at 42 Birch Lane',
  'SIN 046 454 286, is that what the form needs?',
  'Amex 3782 822463 10005 got stolen with my wallet, the card number is right here',
  "bank account 000123456789 at Chase, in my dad's name",
];

/** Dates, times, case and report numbers, a fine, a ZIP code, a VIN, counts (blind: none flagged). */
export const NOT_PII_ROUND_4: readonly string[] = [
  'The meeting is on 03/14/2025 at 6:30 pm in room 204',
  'Case number 2024-001234 was closed last week',
  'Report #24-118730, filed on November 3rd',
  'The fine is $1,250.00 and due by 12/31',
  'Call the non-emergency line at 311',
  'The new precinct opened on 15 November 2014',
  'ZIP 90210 had the most calls this month',
  "The stolen truck's VIN was posted on the department site",
  'Over 4,111 residents signed the petition',
  'The bridge is 1,120 feet long and opened in 1957',
  'Population grew from 123,456 to 130,000 between 2010 and 2020',
  "Born in 1970, I've lived here my whole life",
];

/**
 * Creative obscenity, round 2 (0.6.4), run once: 12 of 20 flagged (the blind figure). "sht" and
 * "go f yourself" were then added (14 after); "wtf", "effin", "frickin", "kiss my arse",
 * "dumba$$" and "stupid azz" are mild or minced by design (J.3 obscenity does not reach "ass").
 */
export const OBSCENITY_ROUND_2: readonly string[] = [
  'wtf is wrong with this city',
  'what the fcuk is going on downtown',
  'this is total bullsh1t',
  'you people are full of sh!t',
  'shiiiiit that was close',
  'f u c k this traffic',
  'motherf*cker cut me off on 5th',
  'that guy is a dumba$$',
  'a$$hole parked in the handicap spot',
  'what a biatch move',
  'go f yourself',
  'holy fudgin sh*t',
  'effin ridiculous',
  'dipshit driver almost hit my kid',
  'piece of sht',
  'mofo ran the light',
  'stupid azz rules',
  'kiss my arse',
  'frickin cops... jk love you guys',
  "that's some fuckery right there",
];

/** Place names and ordinary words that contain or resemble obscene ones (blind: none flagged). */
export const LOOK_ALIKES_ROUND_2: readonly string[] = [
  'The Scunthorpe United game is on Saturday',
  'Please assess the damage on Cockburn Street',
  'The shiitake mushrooms at the farmers market are great',
  'We visited Middlesex county and Essex last summer',
  'The cocktail party raised $5,000 for the K9 unit',
  "My grandfather's name was Dick Butts, he was an officer here",
  'Analyze the data before the council vote',
  'The pass was classic, what a shot',
  'We saw a bass and a pike in the lake',
  'Sussex Police posted the update',
  'The document was signed by Mr. Hancock',
  'Lake Titicaca is in Peru',
  "He's a whiz at crosswords",
  'The button fell off my coat',
  "Hell's Kitchen is a neighborhood in Manhattan",
];

/**
 * Round 3 (0.6.5), creative and sound-alike spellings, written and run once: all 20 flagged, 18
 * as obscenity ("stfu" and "a-hole" are mild by design: flagged only as the insults they are
 * here). Nothing changed for it.
 */
export const OBSCENITY_ROUND_3: readonly string[] = [
  'phuq off',
  "you're such a biatch",
  "shiiiit that's cold",
  'what the fook is this',
  'what an a$$hat',
  'motha fuka',
  'b!tch please',
  'dik head',
  'fuxk this',
  'you azzhole',
  'sh1tty service again',
  'dumb kunt',
  'fawk you',
  'what a pr1ck',
  'total bullsh*t',
  'stfu already',
  'fck u',
  'd1ckhead',
  'screw you, a-hole',
  'go f urself',
];

/** Look-alike words and names written with OBSCENITY_ROUND_3 (blind: none flagged). */
export const LOOK_ALIKES_ROUND_3: readonly string[] = [
  'Scunthorpe United won again',
  'The shitake mushrooms at the market were great',
  'Phuket is beautiful this time of year',
  'Dickens is my favorite author',
  'The cocktail party at the precinct fundraiser',
  'Assessment results are posted',
  'Grape juice for the kids',
  'We visited Fukuoka last spring',
  'The bass player was great',
  'Hancock county deputies helped',
  'Kuntz Street is closed',
  'Sussex county sheriff',
  'My cat Fluffy came home',
  'Analysis of the crash data',
  'Matsushita plant tour',
];

/**
 * Round 4 (0.6.6): sound-alike and spaced spellings, asterisks, a word reversed by bidi override
 * characters, the finger emoji with a skin tone, written at the start of the session and run
 * once: 17 of 20 flagged (3 hidden). "eff this" (a euphemism) and "wtf" (mild by design) are not
 * obscenity; "dumbazz" now reads as the mild "dumbass" it spells, still under the queue
 * threshold as the word itself is.
 */
export const OBSCENITY_ROUND_4: readonly string[] = [
  'phuk this city council',
  'what the fuk is this',
  'shyt show at the intersection again',
  "you're a biotch",
  'f.u.c.k the parking meters',
  'F U C K   O F F',
  'sh1tty roads',
  'eff this, the permit office is closed again',
  'go f*** yourself',
  'mofo cut me off on 5th',
  'this is bull$h!t',
  '\u202ekcuf siht\u202c',
  '\ud83d\udd95\ud83c\udffd to whoever stole my bike',
  'a$$h0le parked in the handicap spot',
  'fukk that',
  'wtf is wrong with this department',
  'dumbazz driver',
  'biiiitch please',
  'sheeeit',
  'c u n t',
];

/** Place names and ordinary words that contain or resemble obscene ones (blind: none flagged). */
export const LOOK_ALIKES_ROUND_4: readonly string[] = [
  'Scunthorpe United won again',
  'The cockpit of the old plane at the museum',
  'Shiitake mushrooms at the farmers market',
  'We read Dickens in class',
  'Grab a fork and dig in',
  'A duck crossed the road with her ducklings',
  'Phonics night at the library',
  'Fill out the sheet at the front desk',
  'The assassin bug is harmless to people',
  'Class of 2025, congratulations!',
  'Hancock Street is closed',
  'Analysis of the budget shows a deficit',
];

/** An eighth department post (a self-defence class for seniors), for round 7 below. */
export const CHATTER_BLIND_POST_7 =
  'The Maple Police Department is hosting a free self-defense class for seniors at the community center on Wednesday at 10am. Call the front desk to reserve a spot.';

/**
 * Round 7 (0.6.4), written after round 6's change and run once: 1 of 12 chatter lines flagged
 * (the blind figure: "free" in the post counted as a shared word, and kitchens, celebrities and
 * jigsaw puzzles were no subject), 0 of 10 on-topic. Then 4 of 12 after "free" became a word any
 * two sentences share and home improvement and celebrities became subjects.
 */
export const CHATTER_BLIND_7: readonly string[] = [
  'Did anyone see the Kardashians drama last night? Unreal',
  'Just repainted our kitchen cabinets sage green, so happy with it',
  'Our twins start kindergarten next week, where did the time go',
  'Anyone know a good recipe for gluten free banana bread?',
  'Binge-watched the entire Bridgerton series this weekend, no regrets',
  'Got my new air fryer and now I air fry everything lol',
  'Who else is counting down to Disney World in March?',
  'Finally finished the jigsaw puzzle, 2000 pieces!',
  'Our book club is reading Where the Crawdads Sing, highly recommend',
  "Going to the Luke Combs concert tonight, can't wait",
  'Just planted garlic and shallots for next spring',
  'My sourdough keeps coming out flat, any baking tips?',
];

/** On-topic comments under CHATTER_BLIND_POST_7, written with round 7 (blind: none flagged). */
export const ON_TOPIC_BLIND_7: readonly string[] = [
  'Is there a limit on how many can sign up?',
  'My mom is 82, is the class okay for people with a cane?',
  'Do we need to bring a mat or wear anything special?',
  'Thank you for doing this, my grandmother was mugged last year.',
  'Will there be a class on Saturdays for those who work?',
  'Can my aunt come if she lives in the next town over?',
  'What number do I call to reserve? The front desk line is busy.',
  'Great idea, seniors get targeted by scammers and purse snatchers.',
  'Is parking free at the community center?',
  'Will the same officer teach it as last time? She was wonderful.',
];

/** A tenth department post (a road closed for a 5K run), for chatter round 8. */
export const CHATTER_BLIND_POST_8 =
  'The Maple Police Department will close Oak Avenue between 3rd and 5th Street on Saturday from 7 a.m. to 2 p.m. for the annual 5K run. Please use Elm Street as a detour.';

/**
 * Unrelated chatter, round 8 (0.6.5), written and run once under CHATTER_BLIND_POST_8: 6 of 12
 * flagged (the blind figure), none of its on-topic comments. Then used: travel as a
 * subject, "happy 40th birthday", "said his first full sentence": 8 of 12 ("back from Cancun,
 * already missing the beach" and "adopted a rescue kitten" say "missing" and "rescue", words of
 * the page's topics, so a person is never asked about them by this rule).
 */
export const CHATTER_BLIND_8: readonly string[] = [
  'Anyone else obsessed with the new Taylor Swift album?',
  'Just got back from Cancun, already missing the beach',
  'My tomatoes finally turned red, garden season is the best',
  'Does anyone have a good lasagna recipe? Mine always turns out dry',
  'We adopted a rescue kitten today, her name is Pickles',
  "Can't believe the Lakers traded him, worst decision ever",
  'Happy 40th birthday to my amazing husband!',
  "Who's watching the Bachelor finale tonight?",
  'Just finished my first quilt, took me three months',
  'Looking for a good dentist who takes Delta Dental',
  'My toddler just said his first full sentence!',
  'Finally beat the last boss in Elden Ring',
];

/** On-topic comments under CHATTER_BLIND_POST_8, written with round 8 (blind: none flagged). */
export const ON_TOPIC_BLIND_8: readonly string[] = [
  'Will Elm Street be two-way during the detour?',
  'Can residents on Oak between 3rd and 5th get out of their driveways?',
  'What time will the road reopen exactly?',
  "Thanks for the notice, I'll leave early for work.",
  'Is the 5K still open for registration?',
  'Will there be officers at the 4th Street crossing?',
  'My church is on Oak, can we get to the parking lot?',
  'Good luck to all the runners Saturday!',
  'Are buses rerouted too?',
  'Last year the detour signs were hard to see, please put them earlier.',
];

/** An eleventh department post (volunteers for the Citizens Academy), for chatter round 9. */
export const CHATTER_BLIND_POST_9 =
  'The Maple Police Department is looking for volunteers for its Citizens Academy, a 10-week course on how policing works in our city. Applications close March 15.';

/**
 * Unrelated chatter, round 9 (0.6.5), written and run once under CHATTER_BLIND_POST_9: 1 of 12
 * flagged (the blind figure), none of its on-topic comments. Then single words that say the
 * subject by themselves ("spoilers", "sourdough", "Zelda", "Kardashians", "iPhone", team names)
 * were added from the misses of rounds 5 to 8: 10 of 12 after, but the list was written with
 * this round in view (the Steelers, orchids, a Peloton, a dog groomer are its words), so the
 * fair estimate is the 6 of 12 that rounds 5 to 8's words alone find.
 */
export const CHATTER_BLIND_9: readonly string[] = [
  'Anyone watching the new season of Yellowstone? No spoilers!',
  'Just made the best banana bread of my life',
  'My Steelers are going all the way this year',
  'Who has a good recommendation for a dog groomer?',
  'Finally got my sourdough starter going after three tries',
  "Can't stop listening to the new Beyoncé album",
  'Our family trip to Yellowstone was amazing, the geysers!',
  'Just upgraded to the new iPhone and the camera is insane',
  "Bought a Peloton and I'm already obsessed",
  'The Kardashians are so fake lol',
  'My orchids finally bloomed after two years',
  'Playing Zelda all weekend, no regrets',
];

/** On-topic comments under CHATTER_BLIND_POST_9, written with round 9 (blind: none flagged). */
export const ON_TOPIC_BLIND_9: readonly string[] = [
  'Is the course in the evenings? I work days.',
  'Do I have to live in the city limits to apply?',
  'My husband did the academy last year and loved it.',
  'Will there be a ride-along as part of the course?',
  'How many spots are there?',
  "Is there an age limit? I'm 72.",
  'Great program, everyone should take it.',
  'Can I apply if I have a misdemeanor from 20 years ago?',
  'Where is the application form?',
  'Will you cover use of force policy in the course?',
];

/** A twelfth department post (school zones), for chatter round 10. */
export const CHATTER_BLIND_POST_10 =
  'Maple PD reminds drivers that school zones are back in effect Monday. Speed limit is 20 mph from 7 to 9 a.m. and 2 to 4 p.m. Please watch for children and crossing guards.';

/**
 * Unrelated chatter, round 10 (0.6.5), written after round 9's change and run once: 4 of 12
 * flagged, none of its on-topic comments. Life news ("got engaged", "my first tattoo", "lost 20
 * pounds on keto") and titles ("Squid Game", "Hunger Games") were what the word lists did not
 * know. Then used (life news, "concert", "binge", "Marvel"): 11 of 12.
 */
export const CHATTER_BLIND_10: readonly string[] = [
  'Anyone else binge the new Squid Game season? Wow',
  'Just baked cheesecake brownies, sharing the recipe later',
  "My Dodgers better win tonight or I'm done",
  'Who knows a good place to get my nails done?',
  'Got my first tattoo today!',
  'Anyone selling a used treadmill?',
  'Lost 20 pounds on keto, feeling great',
  'The new Marvel movie was so disappointing',
  'My daughter got engaged!!! So happy',
  'Our pool opened for the season, summer is here',
  'Anyone going to the Morgan Wallen concert in May?',
  'Just finished reading the Hunger Games again, still the best',
];

/** On-topic comments under CHATTER_BLIND_POST_10, written with round 10 (blind: none flagged). */
export const ON_TOPIC_BLIND_10: readonly string[] = [
  "Can you put a crossing guard at Elm and 4th? It's chaos.",
  'Thank you, people fly through the school zone on Maple.',
  'Do the flashing lights work on Oak? They were broken last year.',
  'Are the hours the same for the middle school?',
  'Please ticket the parents who double park at drop-off.',
  'Is the limit 20 or 25 on Birch by the elementary?',
  'My kids walk to school, thanks for the reminder.',
  'Will there be more officers this week?',
  'The crossing guard at Lincoln is amazing, give her a raise.',
  'Is it still 20 during summer school?',
];

/** A thirteenth department post (Coffee with a Cop), for chatter round 11. */
export const CHATTER_BLIND_POST_11 =
  'Maple PD will host Coffee with a Cop this Thursday at 8 a.m. at the Main Street Bakery. Come ask questions and meet the officers who patrol your neighborhood.';

/**
 * Unrelated chatter, round 11 (0.6.5), written after round 10's change and run once, nothing
 * changed for its chatter: 3 of 12 flagged. One of its on-topic comments was flagged as
 * promotion ("Is it free? Do I need to sign up?"), and a question about taking part in what the
 * post announces is now read as on topic: 0 of 10 after.
 */
export const CHATTER_BLIND_11: readonly string[] = [
  'My son just got accepted to Ohio State!',
  'Anyone watching the World Series tonight?',
  'Just bought my first house, so excited',
  'Our church choir sang at the Christmas concert, so beautiful',
  'Does anyone know a good mechanic for a Subaru?',
  'Finally finished my kitchen remodel, six months of dust',
  "New season of Bridgerton drops Friday, who's ready?",
  'Running my first half marathon Sunday, wish me luck',
  'My mom turns 90 tomorrow!',
  'Just got back from Italy, the pasta ruined me for life',
  "Anyone else's dog terrified of thunder?",
  'Started learning guitar at 45, never too late',
];

/** On-topic comments under CHATTER_BLIND_POST_11, written with round 11. */
export const ON_TOPIC_BLIND_11: readonly string[] = [
  'Will the officer for the east side be there? I have a question about speeders.',
  'Is it free? Do I need to sign up?',
  "Great idea, I'll bring my neighbor.",
  'Can we ask about the break-ins on Oak?',
  'Thursday mornings are hard, any evening ones planned?',
  'I love the bakery, and this is a great way to meet the officers.',
  'Will there be someone who speaks Spanish?',
  'Thanks for doing these, last one was really helpful.',
  'Can kids come? My son wants to be a cop.',
  'Is parking available near the bakery?',
];

/** A fourteenth department post (a new traffic signal), for chatter round 12. */
export const CHATTER_BLIND_POST_12 =
  'The Lakeview Police Department and Public Works will install a new traffic signal at Oak Street and 5th Avenue starting Monday. Expect lane closures between 9 a.m. and 3 p.m. for two weeks.';

/**
 * Unrelated chatter, round 12 (0.6.6), written at the start of the session and run once: 5 of 12
 * flagged, none of its on-topic comments. Then used: shopping ("back in stock", "does anyone
 * know if Costco…"), a pet's death, a sobriety milestone and a stain on the carpet: 9 of 12. Left:
 * a child starting kindergarten (a resident asking about the crossing on the way to school
 * says the same), the tomatoes and the sunset with a glass of wine.
 */
export const CHATTER_BLIND_12: readonly string[] = [
  'Happy anniversary to my wonderful husband Dave, 25 years today!',
  'Who else is obsessed with the new Taylor Swift album',
  'Does anybody know if Costco has the Kirkland paper towels back in stock?',
  "Can't believe my baby is starting kindergarten tomorrow 😭",
  'Tried the new ramen place on 3rd, honestly overrated',
  'Go Packers!!! What a game last night',
  'My tomatoes finally came in, anyone want some? So many',
  'Looking for a reliable babysitter for Friday nights, any recommendations?',
  'Watching the sunset from the porch with a glass of wine, life is good',
  'RIP to my sweet kitty Mittens, 17 years of love',
  'Anyone know how to get slime out of carpet? Asking for my sanity',
  'Just hit 100 days sober today 🙏',
];

/** On-topic comments under CHATTER_BLIND_POST_12, written with round 12 (blind: none flagged). */
export const ON_TOPIC_BLIND_12: readonly string[] = [
  'Thank you, that corner has needed a light for years',
  'Will the road be closed during the install?',
  'How long will the construction take?',
  'Please also look at Maple and 9th, same problem there',
  'Finally! My kids cross there to get to school',
  'Is the city paying for this or the state?',
  'Great news, there have been so many near misses',
  'Will there be a crossing guard too?',
  'About time, someone got hit there last spring',
  "Can you add a left turn arrow while you're at it?",
];

/** A ninth department post (catalytic converter thefts), for spam round 4 below. */
export const SPAM_POST_4 =
  'The Maple Police Department is warning residents about a rise in catalytic converter thefts. Park in well-lit areas and consider having your VIN etched onto the converter.';

/**
 * Spam under a department post, round 4 (0.6.4), written after the other 0.6.4 spam changes and
 * run once: 14 of 15 flagged off-topic or queued, 10 hidden (the blind figure); "made $12k last
 * month with this crypto bot", "buy Instagram likes" were then added (12 hidden). A local shop
 * selling converter shields is on the post's topic: queued for its phone number, never hidden.
 */
export const SPAM_UNDER_POST_4: readonly string[] = [
  'I earn $650 a day working from my phone, no boss, no stress. Ask me how!',
  'Get your catalytic converter shield installed for $199, call Mike at 555-202-8811',
  'Hot local girls want to chat with you 😍 tap the link in my bio',
  'Invest $500 and get $5,000 back in 7 days, DM me for details',
  'Free iPhone 15 giveaway!!! Like, share and comment DONE to enter',
  'Brand new Nike shoes 80% off at nike-clearance-outlet.shop',
  'Need a loan? Bad credit OK, funds in 24 hours, WhatsApp +44 7700 900123',
  "Congrats!! You've been chosen for our $1,000 Visa reward, claim now: visa-rewards.top",
  'My sister made $12k last month with this crypto bot 👉 t.me/cryptoking',
  'Buy Instagram likes cheap, 1000 likes for $2 at likesfast.net',
  'Selling 2 Taylor Swift tickets, floor seats, $300 each, DM me',
  'Looking for a sugar daddy? Sign up free at sugarmatch.app',
  'Recover your lost Bitcoin! Contact Agent Paul on WhatsApp +1 (917) 555-0148',
  'Pre-approved for a $25,000 personal loan, apply now at fastcash-approve.com',
  'Follow my page for daily motivation and money tips 💯',
];

/** On-topic comments under SPAM_POST_4 with sums, numbers and links (blind: none flagged). */
export const ON_TOPIC_WITH_MONEY_4: readonly string[] = [
  'Mine was stolen last month, the repair cost me $2,300. Insurance covered half.',
  'Where can I get the VIN etched? Does the city offer it for free?',
  "Call 911 if you see someone under a car at night, don't approach them.",
  'They took the converter off my Prius in broad daylight at the Walmart lot.',
  'Muffler shops charge about $100 for a shield, worth it.',
  'Is there a number to report suspicious people at the train station lot?',
  'The DMV site has a form for this, dmv.gov/catalytic',
  "Thank you for the warning, we'll park in the garage.",
  "My neighbor's camera caught the guys, I sent the video to the detective.",
  'How much is the fine for buying a stolen converter? Scrap yards should be checked.',
];

/**
 * Disguised Spanish obscenity (0.6.4), run once: 9 of 14 flagged (the blind figure; "vrg",
 * "pndjo", "pvta" were then added, 12 after; "no mames" and "p3do" are mild by design), and
 * three expletives hidden as if aimed at the reader: "ptm ya no hay agua" read the Spanish "ya"
 * ("already") as the English "ya" ("you"). A Spanish expletive is now aimed by Spanish words only.
 */
export const SPANISH_OBSCENITY_ROUND: readonly string[] = [
  'ptm ya no hay agua otra vez',
  'hdp el que se robó mi bici',
  'vete a la vrg',
  'no mames, qué tráfico',
  'chinga tu m4dre',
  'pinche p3ndejo',
  'eres un pndjo',
  'qué p3do con la patrulla',
  'me vale v3rga',
  'hijo de su pvta madre',
  'cabr0n el que dejó la basura',
  'a la v.e.r.g.a con este calor',
  'est0 es una m13rda',
  'ctm ya pasó otra vez',
];

/** Spanish words and names that contain or resemble obscene ones (blind: none flagged). */
export const SPANISH_LOOK_ALIKES_ROUND: readonly string[] = [
  'La computadora de la biblioteca no sirve',
  'Hubo una disputa entre vecinos en la calle Culiacán',
  'Compré conchas en la panadería',
  'El concurso de pintura es el sábado',
  'Mi hija estudia en Putla, Oaxaca',
  'La pollería de la esquina abre a las siete',
  'Vi un pez en el canal',
  'Hay un bache en la calle Pichincha',
  'El perro se llama Verguita, jaja no, se llama Tito',
  'La clase de cálculo empieza el lunes',
];

/**
 * Spam round 7 (0.6.7), written and run once before its change: pet, job, rental, ticket,
 * charity and tech-support scams, casinos, essays, SEO, spells. Under SPAM_POST: 15 of 20
 * flagged, 9 hidden; without a post 13 and 9. After: 20 and 13 under the post, 18 and 13
 * without. The job scam said "in your city" (read as the page's topic: no longer after "your"),
 * the rental scam asked for a deposit by Zelle from "overseas", the charity a CashApp handle.
 */
export const SPAM_ROUND_7: readonly string[] = [
  'Adorable teacup Yorkie puppies ready for new homes, vaccinated and vet checked, text 555-0143 for pics and price',
  'Hiring mystery shoppers in your city! Earn $350 per assignment, no experience required, apply at shopperjobs-usa.com',
  'Sugar daddy looking for a sweet girl to spoil, $1000 weekly allowance, DM me on Telegram',
  'Buy 10,000 real Instagram followers for only $19.99, instant delivery, visit boostgramz.net',
  'Microsoft Support Alert: your computer has been infected with a virus, call 1-877-555-0199 immediately',
  'You qualify for a $9,500 federal grant that you never have to pay back! Claim yours today at govgrants-now.org',
  'Best online casino 2025, 200% welcome bonus + 50 free spins, sign up at luckyspinz.bet 🎰',
  'Need your essay done by tomorrow? Professional writers, plagiarism free, 20% off first order, WhatsApp +44 7700 900123',
  'Psychic Madame Rosa will bring back your lost lover in 24 hours, guaranteed results, call now',
  'Earn passive income with our cloud mining platform, 3% daily returns, withdraw anytime 💰 link in bio',
  'Taylor Swift tickets available for the Chicago show, floor seats, face value, Venmo only, message me fast',
  'Cheap Rolex and Louis Vuitton replicas, AAA quality, free shipping, order at luxreplica-store.com',
  'Get your website on page 1 of Google in 30 days, affordable SEO packages, reply for a free audit',
  'Keto Burn Extreme melts belly fat while you sleep, 2 bottles free today only, tap the link',
  "Apartment for rent downtown, 2 bed 1 bath, $650/month utilities included, I'm overseas so send deposit by Zelle to hold it",
  'Help children in need this holiday, donate via CashApp $HopeKids2025, every dollar counts 🙏',
  'Looking for serious investors, turn $500 into $15,000 with my forex signals, results guaranteed, inbox me',
  "Congrats, you've been chosen as our Amazon customer of the month, claim your $500 gift card at amz-rewards.club",
  "Refinance now and lower your mortgage rate to 2.9%! Rates this low won't last, call Mike at 800-555-0110",
  'Want to get your ex back? Powerful love spells by Dr. Okafor, email drokafor.spells@gmail.com',
];

/**
 * Written with SPAM_ROUND_7 from the same words, run with it: 2 flagged and 1 hidden ("Someone on
 * Telegram offered my daughter money to be her sugar daddy, how do we report this?", read as the
 * pitch). A resident asking how to report, or who almost paid, is warning, never pitching.
 */
export const LEGIT_ROUND_7: readonly string[] = [
  "Does the parade route go past the pet store? I'm picking up my Yorkie puppy from the vet that morning",
  'Are the mystery shopper job texts going around a scam? My son got one today',
  'Someone on Telegram offered my daughter money to be her sugar daddy, how do we report this?',
  'Will the city post photos of the parade on Instagram? My kids want to see themselves',
  'I got a call saying my computer had a virus and to call a number, I hung up. Thanks for the warnings',
  'Is the federal grant text real? It says I qualify for $9,500, seems too good to be true',
  'Is the casino on 5th open during the parade or is the road closed in front of it?',
  'My daughter has an essay due Monday and needs to interview an officer, who can she contact?',
  'Thank you to the officers who helped my mom when the fake psychic took her savings',
  'My brother lost money to a cloud mining app, is that something your fraud unit handles?',
  'Will there be parking near the arena for the Taylor Swift concert, or is Main Street closed that weekend too?',
  'My store on Main sells watches, will deliveries be allowed through during the closure?',
  'Can the city update the parade page on Google Maps so people know about the detour?',
  'Is there a first aid tent on the parade route? My dad has diabetes and gets dizzy in crowds',
  'I almost sent a deposit by Zelle for a downtown apartment, the landlord was "overseas". Glad I read your post first',
  'Our church is collecting toys for kids in need at the corner of 5th and Main, can we still park there Saturday?',
  'Someone tried to get my grandpa to invest $500 in forex signals, reported it to the AG',
  'Got a fake Amazon gift card text today, deleted it, thanks for the heads up',
  'Will the bank on 9th be open Saturday? I have a mortgage appointment',
  "Does anyone know if the road closure affects the bus to Dr. Okafor's clinic on 7th?",
];

/**
 * Written after round 7's change, against its new phrases: "your city" in thanks, belly fat, a
 * shelter's puppies, a church raffle paid by CashApp (queued for a person: a handle to send money
 * to is how a fake charity asks too; never hidden).
 */
export const LEGIT_AFTER_ROUND_7: readonly string[] = [
  'Your city crews did a great job plowing Elm Street, thank you!',
  'My dad lost his belly fat walking the parade route every year, see you Saturday',
  'The church raffle is cash app only this year, $ParishPTA, all proceeds go to the toy drive',
  'Is the parking lot at the casino open for parade overflow? Free spins or not, I need a spot',
  'Neighbors, our rescue has puppies ready for new homes, adoption day is at the shelter after the parade',
  'Mystery shoppers visited my store last week, nothing to do with the parade but the road closure hurt sales',
  'I sent a deposit by Zelle to the parade vendor committee, is that the right way to reserve a booth?',
  "Tap the link in the city's post for the detour map, it helped me",
];

/**
 * Spam round 8 (0.6.8), written and run once before its change: gift cards, payday loans, dating
 * bait, a coin pump, resold tickets, work from home, a premium-rate horoscope, a forex "mentor",
 * phishing, giveaways, diet pills, the widow's inheritance, followers, pills, a parcel, Robux,
 * fake sneakers, a crypto testimonial, a sugar daddy site, tarot by phone. Without a post: 17 of
 * 20 flagged, 16 hidden; under a road-closure post 18 and 16; none of LEGIT_ROUND_8 flagged.
 * Missed: the inheritance letter with no way to answer it, "Bitcoin Era changed my life… Google
 * it!", tarot "call or text" (read as a person's number). After: the tarot queued for a person
 * as a trade; the inheritance letter and the testimonial still allowed (their phrases, "transfer
 * funds", "changed my life", are a resident's too: "I had to transfer funds for his bail").
 */
export const SPAM_ROUND_8: readonly string[] = [
  'Congratulations! Your phone number was selected for a $1,000 Walmart gift card. Claim now at walmart-rewards-claim.com',
  'Need cash fast? Payday loans approved in 10 minutes, no credit check. Text LOAN to 55123',
  'Hot singles in your area are waiting to chat with you tonight 😍 click the link in my bio',
  '🚀 $PEPE2 is about to 100x, get in before Binance listing!! t.me/pepe2moon',
  'Selling 2 Taylor Swift tickets, Section 104, below face value. DM me, Zelle or CashApp only.',
  'Work from home and earn $500/day with just your phone!!! Ask me how 👇👇',
  'Call 1-900-555-0199 now to hear your love horoscope, only $2.99 a minute!',
  'I made $12,000 last month trading forex with Mrs. Linda Carter, contact her on WhatsApp +1 (415) 555-0132',
  'Your Apple ID has been locked. Verify your account at apple-id-secure-login.net within 24 hours.',
  'FREE iPhone 16 giveaway!!! Like, share and comment DONE to enter 📱',
  'Lose 30 lbs in 30 days with this one weird trick doctors hate: slimfastketo.shop',
  'Hi dear, I am a widow with $4.5 million inheritance and need a trustworthy person to help transfer funds.',
  'Get 10,000 real Instagram followers for just $9.99 at boostgram.biz',
  'Cheap Viagra and Cialis, no prescription needed, discreet shipping worldwide.',
  'URGENT: USPS package could not be delivered, update your address: usps-redelivery-help.com',
  'Earn free Robux instantly!!! go to robuxfree.xyz and enter your username',
  'Brand new Nike Air Jordans only $39.99 today, 80% off sale at nikeoutletstore.shop',
  'I was skeptical but Bitcoin Era changed my life, I quit my job last week. Google it!',
  'Looking for a sugar daddy? Register free on SugarMatch, serious men only 💋',
  'Tarot readings by Madame Zora, call or text 555-0188, first question free!!',
];

/** Written with SPAM_ROUND_8, run with it: none flagged. */
export const LEGIT_ROUND_8: readonly string[] = [
  'What time does the road reopen after the crash on Route 9?',
  'Thank you to the officers who helped my dad when his car broke down.',
  'Is the station open on Saturday for fingerprinting? I need it for a job application.',
  'My bike was stolen from the library rack, case number 24-11873. Any updates?',
  'Call 911 if you see the missing kid, her mom posted the flyer on Elm Street.',
  'The charity 5K raised $12,000 for the food bank, great job everyone!',
  'You can report non-emergency noise complaints at 555-0100, right?',
  'Where can I get a copy of the accident report for my insurance?',
  'The link to the hiring page is broken, can someone fix it?',
  'My neighbor is selling Girl Scout cookies outside the station on Sunday, come by!',
  'Free car seat checks this Saturday at the fire station, 9 to noon.',
  'Happy retirement Sergeant Lopez, 30 years of service!',
  'Does anyone know if the farmers market is still on with the road closure?',
  'Please slow down on Maple, kids are walking to school.',
  "The scam calls claiming to be the sheriff's office asking for gift cards are back, be careful.",
  'Great job catching the guy who broke into cars on 5th.',
  "I lost my wallet near the park, if found please call me, there's $40 and my ID.",
  "Text-to-911 works here now? That's great for people who can't speak.",
  'Will the department be hiring dispatchers this year?',
  'Win or lose, proud of our high school team for making the finals!',
];

/**
 * Spam round 9 (0.6.9), written and run once before its change: gift cards, loans, dating bait,
 * a forex "mentor", a car and puppies for sale, followers, a premium-rate admirer, phishing, work
 * from home, replica sunglasses, crypto pumps and recovery scams, a love spell, giveaways, diet
 * clickbait, casino bonuses, "we buy houses", OnlyFans, essays, firewood, a sugar daddy, a baby
 * contest, a furniture sale, courses, lawyers, Viagra, unbanning, grants, follow-for-follow.
 * Without a post: 31 of 40 flagged, 22 hidden; under a road-closure post 35 and 20; none of
 * LEGIT_ROUND_9 flagged. Missed or only queued: the model's sure verdicts under a post (a
 * "plug" reading queued them before the model could hide them), a link spelled "growfast dot
 * net", "be your own boss", "follow for follow", "girls want to meet you", a love spell with "email
 * him at", "one weird trick doctors hate", "contact them on Instagram", "enroll now". After: 35
 * and 29 without a post, 39 and 29 under it; the residents' sales, a baby contest, a furniture
 * sale and the lawyers' ad are queued or allowed, never hidden.
 */
export const SPAM_ROUND_9: readonly string[] = [
  'Congratulations! Your number was selected for a $1000 Walmart gift card. Claim now at bit.ly/claimgift',
  'Need a loan fast? Bad credit OK, approval in 10 minutes. Text LOAN to 88551',
  'Hot singles in your area are waiting to chat, sign up free tonight',
  'I made $8,500 last week trading bitcoin with Mrs. Jennifer Wilson, message her on WhatsApp +1 (415) 555-0182',
  'Selling a 2015 Honda Civic, 90k miles, $7,800 obo, DM me',
  'Get 500 Instagram followers for $5, visit growfast dot net',
  "Call 0906 123 4567 now to hear your secret admirer's message, £1.50/min",
  'URGENT: your account has been suspended, verify your details at secure-login-check.com',
  'Want to earn from home? $300 per day just by typing, no experience needed, link in bio',
  'Cheap Ray-Ban sunglasses 90% off today only www.rb-outlet-sale.shop',
  'Invest $200 and receive $2,000 in 48 hours guaranteed, contact @cryptoking_fx on telegram',
  'Lonely? Beautiful Russian girls want to meet you, click my profile',
  "I'm giving away 5 PS5s to the first people who follow my page and share this post!",
  '$SAFEMOON is about to 100x, get in before the dev announces the partnership 🚀🚀🚀',
  'Thank you Dr. Okoro for the love spell that brought my husband back, email him at okorospelltemple@gmail.com',
  'FREE iPhone 15 giveaway, just pay shipping, link below',
  'Lose 30 pounds in 30 days with this one weird trick doctors hate',
  'Work from home with Amazon, earn $45/hr, apply here: amzn-jobs-apply.xyz',
  'Puppies for sale, French bulldogs, $500 each, text 555-201-8890',
  'You have won a cruise to the Bahamas! Reply YES to claim before midnight',
  'Earn 5% daily returns with our AI trading bot, join now, limited spots',
  'Subscribe to my channel for daily prank videos!! youtube.com/@prankzone',
  'New casino bonus: deposit $10 get $100 free spins, code LUCKY100',
  'Need cash? We buy houses for cash any condition, call 1-800-555-0199',
  'Check out my OnlyFans 😘 link in bio',
  'Best essay writing service, plagiarism free, order now at essaypro-help.com',
  'For sale: firewood, seasoned oak, $250 a cord, delivery available',
  'Make money online fast!!! visit www.quickcash-now.biz',
  'Your package could not be delivered, update your address: usps-redelivery-help.com',
  'Join my team and be your own boss, DM me "BOSS" to learn how',
  'Sugar daddy looking for a sugar baby, $2000 weekly allowance, text me',
  'Vote for my daughter in the cutest baby contest! link in comments',
  'Recovered my stolen crypto thanks to Hackmaster Recovery, contact them on Instagram',
  "Big sale at Joe's Furniture this weekend, 50% off all sofas!",
  'Get your real estate license online in 2 weeks, enroll now',
  'Free consultation with our injury lawyers, call 555-LAW-HELP today',
  'Buy Viagra online without prescription, discreet shipping',
  'I can help you get unbanned from Facebook, message me for fast service',
  "Grants available for everyone, you don't need to pay back, apply with agent Mary",
  'Follow for follow? I follow back 100%',
];

/**
 * Written with SPAM_ROUND_9 and run with it (the first twenty: none flagged), then fifteen more
 * after its change with its new phrases in a resident's mouth ("contact them on the
 * non-emergency line", "springfieldpd dot org", "enroll now for the citizen police academy"):
 * none hidden, one queued under a post before and after (flyers saying "make money from home").
 */
export const LEGIT_ROUND_9: readonly string[] = [
  "Someone stole my bike from the library rack, it's a blue Trek, call me at 555-201-8890 if you see it",
  "The fundraiser for the officer's family is at the VFW on Saturday, tickets $10",
  'Is the $50 fine for parking on the grass new this year?',
  'My mom got a call saying she won a prize and needed to pay a fee, is that a scam?',
  'Thanks for warning us about the fake USPS texts, my neighbor almost clicked one',
  'The car show raised $3,000 for the food bank, great job everyone',
  'Can I still buy tickets for the police versus fire softball game?',
  'Lost dog, brown lab, answers to Max, reward offered',
  "We're selling raffle tickets for the school, is that allowed outside the station?",
  'How do I report a crypto scam? I lost $2,000 to a fake trading site',
  'The free car seat check is this Saturday at station 2, no appointment needed',
  'Please post the link to apply for the citizen academy',
  'Does the department sell old cruisers at auction? Where is it listed?',
  'My grandma got an email saying her account was suspended, we reported it',
  'Happy to donate to the K9 vest drive, where do I send money?',
  'Garage sale traffic on Oak Street is blocking driveways every weekend',
  'Anyone know if the free flu shots at the community center are still going?',
  'Got a text from my "bank" asking me to verify my details, reporting it here',
  'The new job posting for dispatchers says $22/hr, is that right?',
  'Free smoke detectors from the fire department, call the non-emergency line',
  'My son started his own landscaping business and loves being his own boss',
  'If your car was broken into, contact them on the non-emergency line, they were great',
  'The detective was helpful, email him at the address on the card he gives you',
  'Remember the dot com bubble? This budget feels the same',
  'You can find the form at springfieldpd dot org under records',
  'Enroll now for the citizen police academy, classes start in March',
  'The girls want to join the police explorers, how old do they have to be?',
  'Free consultation with the victim advocate is available at the courthouse',
  "My daughter's team is selling cookies outside the station Saturday, come say hi",
  'Grab a free smoke detector, the fire department is giving them away this week',
  'I follow back everyone from our neighborhood watch group',
  'The scammer told my mom she had won a cruise and to call a number, we reported it',
  'Someone posted "make money from home" flyers on every pole on Elm, is that legal?',
  'Beautiful girls soccer tournament this weekend, thanks officers for the traffic help',
  'Get in early for the pancake breakfast, it sold out last year',
];

/**
 * Spam round 10 (0.6.9), written after round 9's change and run once before its own: billing
 * phishing, paid surveys, a romance opener, a coin testimonial, sweepstakes, cheap flights, keto
 * gummies, a hacker for hire, a stimulus check, a rental paid in gift cards, pirate streams,
 * dating bait, forex signals, a console too cheap, a car-warranty robocall, a psychic, junk cars,
 * a texting job, OnlyFans. Without a post: **10 of 20 flagged and 6 hidden** on first contact
 * (families round 9 had not taught), none of LEGIT_ROUND_10. After: 18 and 15 (the rental in gift
 * cards and the warranty robocall still allowed: "press 1" and a deposit were taken out before
 * as residents' words; the stimulus check is queued, not hidden: it names a government).
 */
export const SPAM_ROUND_10: readonly string[] = [
  'Your Netflix payment failed, update your card at netflix-billing-help.com to avoid suspension',
  'Earn $50 for every survey you complete! Join free at surveycash.io',
  'Hi dear, I saw your profile and I think you are very handsome, message me on hangouts',
  'Last chance: claim your free $500 Amazon voucher before midnight, reply CLAIM',
  'Bitcoin doubled my savings in one week, ask me how 💰',
  'Congratulations winner! You have been chosen for our $10,000 sweepstakes, call 1-877-555-0143',
  'Cheap flights to anywhere, 70% off, book now at flyfree-deals.net',
  'Want a flat tummy? Our keto gummies melt fat while you sleep, order today',
  "I'm a certified hacker, I can recover your hacked Instagram account, DM me",
  'Government stimulus check available, apply now with your SSN at stimulus-relief.org',
  "Rent this luxury condo for $500 a month, pay deposit by gift cards and I'll mail the keys",
  'Stream all new movies free at moviezone4k.xyz, no signup',
  'Lonely tonight? Real girls waiting to video chat, link in my profile',
  'Get rich with my forex signals group, 90% win rate, join my Telegram',
  'Brand new Xbox Series X for $99, limited stock, DM for payment details',
  "Your car's extended warranty is about to expire, press 1 to speak to an agent",
  'Free psychic reading for the first 10 people who comment below ✨',
  'We pay cash for junk cars, any condition, free towing, call 555-0177',
  'Make $3000 a week posting ads online, no experience, text JOB to 72345',
  'Check out my OnlyFans for exclusive content 🔥 link in bio',
];

/**
 * Written with SPAM_ROUND_10 (the first ten), then twelve more after its change with its new
 * phrases in a resident's mouth ("paid surveys for the university", "comment below if you saw the
 * accident", "free movies in the park"): none flagged.
 */
export const LEGIT_ROUND_10: readonly string[] = [
  'My Netflix got hacked and someone changed my password, should I report that here?',
  "Got a text saying I won a $10,000 sweepstakes, pretty sure it's a scam, right?",
  'The tow company charged me $300 after my car was towed from Main, is that legal?',
  'Is the free self-defense class still on for Saturday?',
  'Someone is selling fake tickets to the police gala on Facebook, be careful',
  'I paid a deposit with gift cards for a rental and the guy disappeared, how do I report it?',
  'Thank you officers, the junk car on our street is finally gone',
  'Where can I sign up for the citizen academy?',
  'My grandpa almost paid for an "extended warranty" over the phone, we stopped him',
  'Does the department have a link to report crypto scams?',
  'My mom does paid surveys for the university, is that a scam or legit?',
  'Join free at the library, the citizen academy has open seats',
  'Please comment below if you saw the accident on 5th, we need witnesses',
  'Real girls play hockey too, great job to the police youth league team!',
  'I saw your profile on the department site, thanks for your 20 years of service',
  'Bitcoin doubled my losses, don\'t fall for the "investment" calls people',
  'The keto gummies ad on the bus stop is a scam, my aunt got charged twice',
  'We pay cash for our parking permits, can we pay by card now?',
  'Someone messaged me claiming to be a certified hacker who could get my stolen money back, reporting it',
  'Is the stimulus check available to seniors a real thing or a scam? My dad got a call',
  'Congratulations winner of the safety poster contest, Maya from Lincoln Elementary!',
  'Free movies in the park this Friday, hosted by the police athletic league',
];

/** A fifteenth department post (a bicycle registration), for chatter round 13. */
export const CHATTER_BLIND_POST_13 =
  'The Riverside Police Department will hold a free bicycle registration and safety check event at Central Park on Sunday from 10 a.m. to 1 p.m. Registered bikes are easier to return if stolen.';

/**
 * Unrelated chatter, round 13 (0.6.7), written and run once: 2 of 12 flagged, none of its
 * on-topic comments. Kept blind: nothing was changed for it. An experiment was measured on it
 * and dropped: reading how near the comment's words are to the post's by the word vectors
 * flagged 6 of 12 (1 of 12 on-topic comments), but also 4 of 12 harsh criticisms of the
 * department under the same post (CRITICISM_UNDER_POST_13): criticism is never off-topic.
 */
export const CHATTER_BLIND_13: readonly string[] = [
  'My husband finally fixed the leaky faucet after three months lol',
  'Anyone going to the Eagles tailgate next weekend?',
  'We just closed on our first house!! So grateful',
  "Does anybody know a good place to get my grandmother's ring resized?",
  'Watched the new Dune movie last night, the sound was incredible',
  'Our cat knocked the Christmas tree over again 🙄',
  'Looking for a wedding photographer for June, budget is tight',
  "Can't decide between a Honda CR-V and a RAV4, thoughts?",
  'My son made the honor roll again, so proud of him',
  "Who has a good recipe for banana bread that isn't too sweet?",
  'Just started learning Spanish on Duolingo, 30 day streak',
  "Our power bill was $400 this month, is everyone's that high?",
];

/** On-topic comments under CHATTER_BLIND_POST_13, written with round 13 (blind: none flagged). */
export const ON_TOPIC_BLIND_13: readonly string[] = [
  'Do I need to bring proof of ownership for the bike?',
  "Great idea, my son's bike was stolen last summer and never found",
  "Will you check kids' helmets too?",
  'Can I register an e-bike or only regular bikes?',
  'Is there a rain date if the weather is bad?',
  "Thank you for doing this, we'll be there with three bikes",
  'How long does registration take?',
  'Is this open to people who live outside Riverside?',
  'My daughter just learned to ride, perfect timing',
  'Where in Central Park, by the fountain or the playground?',
  'Do you engrave the frame or just use a sticker?',
  'Last time I registered online and never got a confirmation, can you check?',
];

/**
 * Harsh criticism of the department under CHATTER_BLIND_POST_13, in words that name neither the
 * post's subject nor the police ("What a joke, all show and no substance", "Priorities, people"):
 * never off-topic (none flagged, before and after).
 */
export const CRITICISM_UNDER_POST_13: readonly string[] = [
  'What a joke, all show and no substance as usual.',
  'Another photo op while real problems go ignored.',
  'Priorities, people. Priorities.',
  'Stop gaming the overtime on these events.',
  'Nice PR stunt, meanwhile my car got broken into twice and nobody came.',
  'This is a waste of money, pure theater.',
  'Typical, spend on gimmicks and ignore the fentanyl crisis downtown.',
  'Cute. Now do something about the murders on the east side.',
  'Clowns running this town, every single one of them.',
  'Must be nice to have time for this while response times are 40 minutes.',
  'Maybe focus on the shootings instead of stickers.',
  'Lol this is what our tax dollars go to.',
];

/** A sixteenth department post (a parade's road closure), for chatter round 14. */
export const CHATTER_BLIND_POST_14 =
  'Traffic advisory: Main Street will be closed from 5th to 9th Avenue on Saturday from 8 a.m. to 2 p.m. for the Veterans Day parade. Please use Oak Street as a detour.';

/**
 * Unrelated chatter, round 14 (0.6.9), written and run once before its change: 14 of 20 flagged.
 * Missed: "where did the year go", "going to Disney next week", "just got my nails done",
 * "anybody know when the Costco on Route 9 opens", "what's everyone's favorite pizza place in
 * town" (the town is the page's topic) and a greeting ("have a blessed Sunday", left: a greeting
 * is harmless). 18 of 20 after.
 */
export const CHATTER_BLIND_14: readonly string[] = [
  'Anyone else watching the Cowboys game tonight? We need this win.',
  'Just made the best banana bread of my life, recipe in the comments if anyone wants it',
  'Happy birthday to my sister Jenna, love you girl!',
  "What's everyone's favorite pizza place in town?",
  'My cat just knocked my coffee off the table lol',
  "Can't believe it's already December, where did the year go",
  'Does anyone know a good dentist who takes Delta insurance?',
  "Taylor Swift's new album is on repeat in my car",
  'I finally finished my quilt after three years',
  'Who else is ready for Christmas? Tree is up!',
  'Looking for a babysitter for Friday night, any recommendations?',
  'My garden tomatoes are finally ripe',
  'Going to Disney next week with the kids, any tips?',
  'Good morning everyone, have a blessed Sunday',
  'The new Marvel movie was so disappointing',
  'Just got my nails done, loving this color',
  'Anybody know when the Costco on Route 9 opens?',
  'My son lost his first tooth today!',
  'Best tacos are at the truck behind the hardware store, trust me',
  'Been binge watching The Office again, never gets old',
];

/**
 * On-topic comments under CHATTER_BLIND_POST_14, written with round 14: 1 of 20 flagged on first
 * contact ("Stay safe out there, thank you for your service": thanks and good wishes to the
 * page's team now answer the page), 0 after.
 */
export const ON_TOPIC_BLIND_14: readonly string[] = [
  'Thank you officers for closing the road so quickly after the crash',
  'Will the parade route affect the bus schedule?',
  'Is there a detour for people going to the hospital?',
  'My street always floods there, please send someone to check the drain',
  'Great job catching the guys who broke into the cars last week',
  'How do I get a copy of the accident report?',
  'Can we get more patrols near the middle school at pickup time?',
  "The speed bumps on Elm haven't slowed anyone down",
  'Why does it take so long to get through to dispatch?',
  'This closure is going to hurt the businesses downtown',
  'Stay safe out there, thank you for your service',
  'Who do I call about the abandoned car on my block?',
  'The chief should answer for the overtime numbers',
  'Any word on the missing teenager from last week?',
  'Please remind people to slow down near the park, kids play there',
  'Are fireworks legal in the city this year?',
  "The parade last year was a mess, hope it's better organized",
  'My car got towed during the last street closure, where do I pick it up?',
  'Appreciate the updates, this page is so helpful',
  'Is Main Street open to pedestrians during the closure?',
];

/**
 * Criticism under CHATTER_BLIND_POST_14 in the words of thanks and good wishes ("Thanks for
 * nothing", "Stay safe? Maybe try answering 911 calls"), written after round 14's change: none
 * flagged.
 */
export const CRITICISM_UNDER_POST_14: readonly string[] = [
  'Another parade while the east side gets no patrols at all.',
  "You close Main Street for this but can't fix the potholes on it.",
  'Thanks for nothing, the detour is a disaster every year.',
  'Great, more overtime for cops to stand around and watch a parade.',
  'Stay safe? Maybe try answering 911 calls in under an hour first.',
  'God bless our veterans, not this department.',
  'This city cares more about parades than people.',
  'Well done, another weekend of gridlock.',
];

/** A seventeenth department post (National Night Out), for chatter round 15. */
export const CHATTER_BLIND_POST_15 =
  'Join the Riverside Police Department for National Night Out on Tuesday, August 5, from 6 to 9 p.m. at Memorial Park. Meet your officers, tour a patrol car, see a K9 demonstration and enjoy free food.';

/**
 * Unrelated chatter, round 15 (0.6.9), written after round 14's change and run once before its
 * own: **6 of 20** flagged (a life update with no listed subject is missed: a nursery painted, a
 * puppy "new", a furnace, a cruise booked, "is it just me or…", "…, anyone else?"). After the
 * generic shapes of a life update (asking for recommendations, congratulating kin, "just made /
 * finally booked", "is it just me or"): 17 of 20.
 */
export const CHATTER_BLIND_15: readonly string[] = [
  'Does anyone have a good chili recipe for the cook-off at my church?',
  'My daughter just got accepted to Ohio State!!',
  "Who's watching the Bachelor finale tonight?",
  'Just ran my first 10k, legs are jelly',
  'Anybody know a good mechanic for Subarus around here?',
  'Our new puppy chewed through the couch cushion again',
  'Finally finished painting the nursery, baby is due in March',
  'Looking for a roommate, two bedroom near campus, $600',
  'Is it just me or is everyone getting sick this week',
  'Happy anniversary to my husband of 25 years',
  'My tomatoes did terrible this summer, anyone else?',
  'Heading to Nashville for the weekend, where should we eat?',
  "I can't stop playing Wordle, 4 tries today",
  'Need a good book recommendation, just finished Lessons in Chemistry',
  "Does anyone know if the Kohl's is having a sale this weekend?",
  'My grandson taught me how to use TikTok today lol',
  'Congrats to my cousin Jake on his new job at the hospital!',
  'Just made homemade pasta for the first time, so proud',
  'Our furnace died last night, any HVAC recommendations?',
  'Finally booked our Alaska cruise for next summer',
];

/**
 * On-topic comments under CHATTER_BLIND_POST_15, written with round 15: 1 of 15 flagged on first
 * contact ("Will there be a bike helmet giveaway again?": a question about the event is no plug),
 * 0 after; and eight more written after its change, the new shapes said about the page's topics
 * ("Any recommendations for a good alarm system after the break-ins?"): none flagged.
 */
export const ON_TOPIC_BLIND_15: readonly string[] = [
  'Will there be officers at the event to talk to kids about safety?',
  'Thank you for organizing this every year, we love it',
  'Is the event canceled if it rains?',
  'Can I bring my dog to National Night Out?',
  'Where is parking for the park this year?',
  'Last year the K9 demo was the highlight for my kids',
  'Are the fire trucks coming too?',
  'Do you need volunteers to help set up?',
  'Great way to get to know the officers in our neighborhood',
  'What time does the free hot dog stand open?',
  'Is the event wheelchair accessible?',
  'Hope the chief will be there to answer questions about the break-ins',
  'Can neighborhood watch groups set up a table?',
  'Will there be a bike helmet giveaway again?',
  'Love seeing the community come together like this',
  'Any recommendations for a good alarm system after the break-ins on our street?',
  'Congrats to my son on graduating from the police academy today!',
  'Finally bought a dashcam after someone hit my car and drove off',
  'Is it just me or is the speeding on Elm getting worse?',
  'The parking near the park was a mess last year, anyone else?',
  'Just made a donation to the K9 vest fund, everyone should',
  'Heading to the park for the weekend event, see you there',
  "I can't stop watching the K9 demo video from last year, so good",
];

/** An eighteenth department post (the winter parking ban), for chatter round 16. */
export const CHATTER_BLIND_POST_16 =
  'The Riverside Police Department reminds residents that overnight street parking is prohibited from December 1 to March 31 so plows can clear the streets. Vehicles parked overnight may be ticketed and towed.';

/**
 * Unrelated chatter, round 16 (0.7.15), written and run once before its change: **9 of 20**
 * flagged (pets, holidays, travel, lessons, a wedding, a resolution, a kitchen mishap missed).
 * After new life-update shapes ("just got back from Disney World", "still no DJ", "anyone else's
 * cat…", "looking for a piano teacher", "new year's resolution"): 17 of 20. Left: an electric
 * car (near the page's business under a parking post), "who has the best pizza in town", a
 * garden's first pumpkin.
 */
export const CHATTER_BLIND_16: readonly string[] = [
  'Anyone know a good dentist who takes Delta insurance?',
  'My son just got his black belt in karate, so proud!',
  'Who else is obsessed with the new Taylor Swift album?',
  'Just adopted two kittens from the shelter, names suggestions?',
  "We're selling our treadmill, barely used, message me.",
  'Happy 90th birthday to my amazing grandma Rose!',
  'Does anybody have a good sourdough starter they could share?',
  'Our Christmas lights are up and the kids are thrilled.',
  'Thinking about switching to an electric car, is it worth it?',
  'Just got back from Disney World, we are exhausted lol.',
  'Looking for a piano teacher for my 8 year old.',
  'My husband burned the turkey again this year haha.',
  'Can someone recommend a plumber, our sink is clogged?',
  "The Packers better win on Sunday or I'm done.",
  'Started knitting a scarf for my mom, so relaxing.',
  'Getting married in June and still no DJ, help!',
  "Anyone else's cat wake them up at 4 am every day?",
  "New year's resolution: read 30 books. Currently on book 2.",
  'Who has the best pizza in town? Craving it.',
  "My garden's first pumpkin is huge this year!",
];

/**
 * On-topic comments under CHATTER_BLIND_POST_16, written with round 16 (none flagged), and seven
 * written after its change in its new shapes about the post (2 of 7 flagged: "plow" and "park"
 * were not the post's "plows" and "parking"; a post's words are now compared without their
 * endings, which also unflagged round 5's one on-topic comment): none flagged.
 */
export const ON_TOPIC_BLIND_16: readonly string[] = [
  'Does this apply to cul-de-sacs too?',
  'Where are we supposed to park if our driveway is full?',
  'Got towed last year and it cost me $250, please warn people earlier.',
  'Thank you for keeping the roads clear, the plow drivers work so hard.',
  'Is there a city lot residents can use overnight?',
  "My neighbor's truck never moves, will it get ticketed?",
  'Does the ban apply on weekends?',
  'Can you post a map of the snow routes?',
  'The plow buried my car last winter, who do I call?',
  'What if I have a disability placard?',
  'We need more enforcement on Maple, cars block the plows every storm.',
  'How do I get my car back if it was towed?',
  'Just moved here from Florida, first winter, thanks for the reminder!',
  "Are visitors' cars exempt during the holidays?",
  "So the city can tow my car but can't fix the potholes?",
  'Just got back from our vacation and the car was towed, who do I call?',
  'Still no plow on our street, need a DJ to wake up the city lol.',
  "My new year's resolution is to stop parking on the street, promise!",
  "Anyone else's car get a ticket last night on Pine?",
  'Our Christmas lights are up but the plow knocked down our mailbox.',
  'Looking for a piano teacher? The one on Elm moved her car for the plows, saw her.',
  "Just adopted two kittens and now I can't park in my garage, any exemptions?",
];

/** A nineteenth department post (a car seat check), for chatter round 17. */
export const CHATTER_BLIND_POST_17 =
  'Riverside Police will host a free car seat safety check at Station 2 on Saturday from 9 a.m. to noon. Certified technicians will check installation and answer questions.';

/**
 * Unrelated chatter, round 17 (0.7.15), written after round 16's change and run once, kept blind
 * (counted, not read): 7 of 12 flagged, none of its on-topic comments.
 */
export const CHATTER_BLIND_17: readonly string[] = [
  'Does anyone have a recommendation for a good orthodontist for teens?',
  "Our hamster escaped and we found him in the dryer, he's fine lol.",
  'Just finished my first marathon, Chicago was amazing!',
  "Who's going to the Luke Bryan concert next month?",
  'My mother-in-law is visiting for three weeks, pray for me.',
  'Selling a crib and high chair, great condition, $80 for both.',
  "Made my grandma's pierogi recipe today, tastes just like hers.",
  'We finally paid off our student loans!!',
  'Any recommendations for a good family photographer in the area?',
  'Game of Thrones rewatch, season 3, still crying at the wedding.',
  'My daughter lost her first tooth today, the tooth fairy is broke.',
  "Can't believe it's almost Thanksgiving, where did the year go?",
];

/** On-topic comments under CHATTER_BLIND_POST_17, written with round 17 (blind: none flagged). */
export const ON_TOPIC_BLIND_17: readonly string[] = [
  'Do I need an appointment or can I just show up?',
  "My car seat is a hand-me-down, can you check if it's expired?",
  "Thank you! We had no idea ours was installed wrong until last year's check.",
  'Is Station 2 the one on Grand Avenue?',
  'Will you check booster seats for older kids too?',
  'Can grandparents bring their car seats to be checked?',
  'My son is 4, is he still supposed to be rear facing?',
  'Great service, every new parent should go.',
  'How long does a check usually take?',
  'Do you have Spanish-speaking technicians?',
];

/**
 * Round 5 (0.7.2): sound-alike, dropped-letter and symbol spellings, written at the start of the
 * round and run once: **18 of 20** flagged as obscenity (3 hidden). "you dumb cnt" (dropped
 * vowels; "cnt" is also "can't" in texting, left alone) and "motherfuker" (a sound-alike family
 * not yet written) were missed; "motherfuker" after.
 */
export const OBSCENITY_ROUND_5: readonly string[] = [
  'ur a phuking loser',
  'what a biyatch move, you biyatch',
  'shut up you a55hole',
  'this is bullsheeit and you know it',
  'fukk you and your page',
  "you're a fcking joke, dude",
  'eat sh1t you clown',
  'go f*ck yourself',
  'you dumb cnt',
  'stfu you motherfuker',
  'what a dikhead',
  'you azzhole',
  'kiss my a$$, you prick',
  "you're a piece of shiit",
  'screw you, bi+ch',
  'fuq off',
  'you sonuvabitch',
  'phuck this page and everyone on it',
  'total bullcrap, you w4nker',
  'you absolute twatwaffle',
];

/** Look-alike words and names written with round 5 (run once: none flagged). */
export const LOOK_ALIKES_ROUND_5: readonly string[] = [
  'The Phuket trip photos are up on the library board.',
  'Shiitake mushrooms at the farmers market this Saturday.',
  'Scunthorpe United won last night.',
  'The bitumen on Elm Street is being replaced.',
  'Please pass the assessment form to the clerk.',
  "Dick's Sporting Goods is donating helmets.",
  'We saw a cockatoo at the zoo.',
  'The class will analyse the data together.',
  'Document the matter in triplicate.',
  'Fuchsia flowers are blooming in the park.',
];

/**
 * Round 6 (0.7.5): symbols, dropped letters and abbreviations, written at the start of the round
 * and run once: **15 of 20** flagged as obscenity. Four are mild by design ("stfu", "dumbazz",
 * "kiss my @ss", "b@stard": J.3 obscenity does not reach "ass" or "bastard"); "f'd up" is a
 * euphemism like "eff"; "mf'er" (the abbreviation of the strong word) was missed, then added.
 */
export const OBSCENITY_ROUND_6: readonly string[] = [
  'shut the fvck up already',
  'what a bi+ch move by the council',
  'this is bullsh1t and you know it',
  'go f*ck yourself',
  'you absolute a$$hat',
  'holy sh!te that was close',
  "mf'er cut me off on main street",
  'that guy is a total d1ckhead',
  'stfu nobody asked',
  'p.u.s.s.y move, running from the cops',
  'fuk this traffic',
  'what the phuq is this',
  "he's a c0cksucker",
  'eat sh*t and die',
  'dumbazz drivers everywhere',
  'son of a biatch',
  'kiss my @ss',
  "this town is f'd up",
  'screw you and your mother f***ing tickets',
  'what a b@stard',
];

/** Look-alike words and names written with round 6 (run once: none flagged). */
export const LOOK_ALIKES_ROUND_6: readonly string[] = [
  'The Scunthorpe United fans were loud at the game.',
  'I ordered a cocktail at the Shitake Grill on Fifth.',
  'Pass the assessment forms to the clerk.',
  "Dick's Sporting Goods is hosting the food drive.",
  'The butt of the rifle was found in the creek, police said.',
  'Grandma loves her cockatoo named Pete.',
  'We hiked to Titicaca last summer.',
  'The class analysis was published in Sussex.',
  'Call the Hancock office about the permit.',
  'Mr. Glasscock chaired the zoning board.',
  'The bass player from Essex was amazing.',
  'My puppy loves the pussy willow branches in spring.',
];

/**
 * Spam round 11 (0.7.2), written first: gift cards, payday loans by text, a premium-rate psychic,
 * dating bait, a coin pump, goods too cheap, a lottery, work from home, counterfeit sunglasses, a
 * forex "mentor", account phishing, follower selling, a free trip with fees, pills, a doubling
 * scheme, the soldier with a fortune, paid surveys, a giveaway. Without a post: **17 of 20 flagged
 * and 14 hidden** on first contact; 20 and 15 after. None of LEGIT_ROUND_11.
 */
export const SPAM_ROUND_11: readonly string[] = [
  "Congratulations! You've been selected to receive a $1000 Walmart gift card. Claim now at bit.ly/3xYz12",
  'Need cash fast? Loans approved in 10 minutes, no credit check. Text LOAN to 88222',
  'Call 1-900-555-0199 now for your free psychic reading! Only $3.99/min',
  'Hot singles in your area want to meet you tonight 💋 click my profile',
  '$PEPE2 is about to 100x, get in before Binance lists it! t.me/pepe2moon',
  'Selling iPhone 15 Pro brand new sealed, $350, DM me for details',
  'WINNER!! Your number was drawn in our monthly lottery. Reply YES to claim £5,000',
  'Earn $500 a day working from home! No experience needed. Message me on WhatsApp +1 347 555 0123',
  'Cheap Ray-Ban sunglasses 90% off today only www.rayban-outlet-sale.shop',
  'Lonely? Chat with beautiful girls 24/7, first 10 minutes free at flirtnow.xyz',
  'I made $12,000 last month trading bitcoin with Mrs. Sarah Johnson, contact her on Instagram @sarah_fx_trades',
  'URGENT: Your account has been suspended. Verify your details at secure-login-verify.com',
  'Get 5000 followers in 24 hours! Visit growfast.io',
  'Brand new PS5 for sale, only $200, first come first served, message me',
  'Free vacation to the Bahamas! Just pay taxes and fees, call 877-555-0142',
  'Buy Viagra online no prescription cheapest price meds4u.biz',
  'Investment opportunity: double your money in 7 days guaranteed, inbox me',
  'Hey dear, I am a US army general on a peacekeeping mission, I want to share my fortune with you',
  'Get paid $30/hour to take surveys, sign up here: surveycash.win',
  'Free iPad giveaway, just like, share and comment DONE',
];

/** Residents' comments written with SPAM_ROUND_11, and twins of its new phrases written after. */
export const LEGIT_ROUND_11: readonly string[] = [
  'The food bank on 5th Street needs volunteers Saturday, sign up at the city website.',
  'Thank you officers for helping at the school crossing this morning.',
  'Is the DMV office on Main open on Saturdays?',
  'Our church is selling pies for the fire victims fund, $10 each, this Sunday after service.',
  "Beware of a scam call claiming to be the police asking for gift cards, don't fall for it.",
  'The farmers market accepts EBT and has a $10 match program.',
  "My neighbor's car was broken into last night on Pine Ave.",
  'Does anyone know if the library still has free tax help?',
  'The new bike lanes on Oak are great, thanks city.',
  'We won a free vacation at the church raffle, thank you Rotary Club!',
  'My grandfather was an army general and he always respected the police.',
  'The peacekeeping mission my son served on just came home, so proud.',
  'I gained 200 followers overnight after the parade video, wild.',
  'You just pay taxes and fees on the permit, the inspection is free.',
  'Next of kin were notified before the names were released, right?',
  'The police academy has no exams this week because of the holiday.',
  'My daughter finished her college degree in nursing, so proud of her.',
  'The new officer said the cheapest in the city is the gas station on 5th, lol.',
  'I got a business proposal from the council for the block party, kindly reply if you want to help.',
  'We play slots at the senior center on Fridays, just for fun, no money.',
  'Do the new radios work on all carriers or just one?',
  'There are only 5 spots left for the citizens academy, sign up at the city website.',
];

/**
 * Spam round 12 (0.7.2), written after round 11's change and run once: diet pills, parcel
 * phishing, an income "system", car rental, an advance-fee letter, diplomas, phone unlocking,
 * dating bait, pirate TV, slots, a draw with a fee, likes for sale, cash for houses, refinancing,
 * coffee. **9 of 15 flagged and 2 hidden** on first contact (0.7.1 alike): spam of a kind not yet
 * written is caught about half the time. After its phrases: 14 and 4. None of LEGIT_ROUND_12.
 */
export const SPAM_ROUND_12: readonly string[] = [
  'Want to lose 30 pounds in 30 days? My secret formula changed my life, message me for the link!',
  'Your package could not be delivered. Reschedule here: usps-redelivery-help.com',
  'Make money online with my proven system, only 5 spots left, DM "START"',
  'Rent luxury cars by the day, cheapest in the city, call 555-212-9090',
  'Dear friend, I have a business proposal worth $4.5 million, kindly reply to my private email',
  'Get your college degree in 2 weeks, no exams, fully accredited diplomas',
  'Unlock any phone in minutes, all carriers, visit unlocker-pro.net',
  "Hi handsome 😘 I'm new here, check my pics at sexy-date.club",
  'Stop paying for cable! Watch 10,000 channels for $20 a year, IPTV link in bio',
  'Bored at home? Play slots and win real money, 200% bonus at luckyspin777.com',
  'Congrats, your phone number won our Christmas draw, send a $50 processing fee to claim',
  'Buy Instagram likes cheap, 1000 likes for $5, fast delivery',
  'We buy houses for cash, any condition, close in 7 days, call now',
  'Refinance now and save $400 a month, rates at historic lows, apply at lowrates4u.com',
  'Pure Colombian coffee 2 for 1 only this week, order at coffee-deals.store',
];

/** Residents' comments written with SPAM_ROUND_12 (run once: none flagged). */
export const LEGIT_ROUND_12: readonly string[] = [
  'The community garden has free tomato seedlings this weekend, first come first served.',
  'Please stop texting 911 for non-emergencies, the dispatchers are swamped.',
  'Our youth league is raising money with a car wash Saturday at the fire station, $5 a car.',
  'Does the city still offer the free smoke detector program?',
  'Anyone else get a fake text about a package from USPS? Report it to the FTC.',
  'The police auction of unclaimed bikes is on Friday at the yard on 9th.',
  'I won the chili cook-off at the precinct open house, thanks everyone!',
  'The library has free Wi-Fi and printing for job seekers.',
  'My son got his degree from the community college, the officer at graduation was so kind.',
  'Can I pay my parking ticket online or do I have to go in person?',
];

/**
 * Spam round 13 (0.7.3), written at the start of the session and run once: crypto "recovery
 * experts", a page threatened with closure, a sugar mommy, a gift card survey, homework for
 * hire, dating bait, work from home, a Forex "account manager", follow-for-follow, a hacker who
 * recovers accounts, free streams, followers for sale, Bitcoin mining, CBD, a trading bot,
 * brand deals, accounts for sale, a fake giveaway, a loan by WhatsApp. **17 of 20 flagged and
 * 12 hidden** on first contact; 20 and 18 after (phrases for each kind, an @handle after
 * "contact", homework and brand deals with a way to write, and a page's closure with a link
 * hidden even in the page's words). The free-stream domain (".watch") is no link the tokenizer
 * knows, and "50% off today only" at a shop's domain stays a person's call.
 */
export const SPAM_ROUND_13: readonly string[] = [
  'I lost $40k to a fake crypto platform and Recovery Expert Mark got it all back in 3 days. Contact him on Telegram @markrecovers',
  'Your page has violated our community standards and will be disabled in 24 hours. Appeal here: meta-support-review.com/appeal',
  "Hey dear, I'm a sugar mommy looking for a sugar baby, $2,000 weekly allowance, text me on WhatsApp +1 (347) 555-0192",
  'Congratulations! You have been selected for our $1,000 Walmart gift card survey. Claim before midnight → bit.ly/wm-claim',
  'Need help with your essays or online classes? We do assignments, quizzes and exams for A grades. DM for prices!',
  'Cute girls in your area want to meet tonight 😘 check my bio',
  "Work from home and earn $500/day with just your phone! No experience needed. Comment INFO and I'll message you",
  "My Forex account manager Mrs. Linda turned my $500 into $7,800 in one week. Thank you ma'am! Message her now",
  "Follow me and I'll follow back 💯 #f4f #followforfollow",
  'Is your Facebook or Instagram hacked? Contact @hackfixpro on Instagram, he recovered mine in 10 minutes!',
  'Stream all the new movies free in HD, no signup: freemovieshd.watch',
  'Get 10,000 real followers for only $9.99! Visit boostgramz dot com',
  'Who else is making money with Bitcoin mining? I started with $200 and now I withdraw $3,000 every week. Ask me how',
  'Hot singles are waiting for you!!! Click here >>> datehot.xyz',
  'Best CBD gummies for anxiety and pain, 50% off today only at greenleafhealth.store',
  'Earn passive income with my trading bot, 98% win rate. Link in bio 📈',
  'Looking for brand ambassadors! DM us to collab 💕 free products + commission',
  'Buy verified PayPal and Cash App accounts, fast delivery, telegram @acctshop',
  "I'm giving away 5 iPhone 15 Pro to my followers. Like, share and comment DONE to enter!",
  'Loan available for everyone at 2% interest, no credit check. Apply via WhatsApp +234 803 555 0147',
];

/**
 * Residents' comments in round 13's words, written after its change: 2 of 10 flagged on the first
 * run ("the movie night at the park is free, no signup", "my daughter wants to be a brand
 * ambassador for the anti-vaping campaign" under a post), both phrases dropped; none after.
 */
export const LEGIT_ROUND_13: readonly string[] = [
  "Someone commented that our page will be disabled and to appeal at a link. Scam alert, don't click it!",
  'My Facebook got hacked last week and I recovered my account through the official help center.',
  'Does the library still help with essays and online classes for adults? My mom wants to go back to school.',
  "Are there cute girls' soccer teams in your area? Asking for the youth league signup.",
  'The movie night at the park is free, no signup, bring a blanket!',
  'My daughter wants to be a brand ambassador for the anti-vaping campaign, who do we contact?',
  'Contact @SpringfieldPD on Twitter too, they answer faster there.',
  'DM us if you saw the accident on 5th, the family is looking for witnesses.',
  "Giving away my old car seat to a family in need, it's never been in a crash.",
  "Check my bio for the neighborhood watch meeting notes, I'm the block captain.",
];

/**
 * Spam round 14 (0.7.3), written after round 13's change and run once, kept blind: a herbal cure,
 * streaming accounts, paid reviews, Amazon phishing, a phone-testing lure, an income app, a sugar
 * daddy app, pills, an investment doubling, a romance opener, Robux, credit repair, paid videos,
 * fake IDs, T-shirts with a code. **8 of 15 flagged as off-topic (a ninth queued for the e-mail
 * address it gives) and 7 hidden**: a spam kind not yet written is still caught about half to
 * two-thirds of the time.
 */
export const SPAM_ROUND_14: readonly string[] = [
  "I was skeptical but Dr. Okoro's herbal cure reversed my diabetes in 2 weeks. Email him: dr.okoro.herbs@gmail.com",
  'Selling Netflix, Spotify and Disney+ premium accounts, lifetime, $15 each, inbox me',
  'Earn $50 for every review you write! Join our team at reviewjobs-online.net',
  'Your Amazon account has been locked due to suspicious activity. Verify now: amzn-secure-verify.co',
  'URGENT: we need 10 people to test the new iPhone and keep it. Apply at testerclub.info',
  'Single mom from Ohio makes $9,000/month from home with this one app, see how',
  'Looking for a reliable sugar daddy? Join the #1 elite dating app, link in profile',
  'Cheap Viagra and Cialis without prescription, discreet shipping worldwide',
  'Invest $300 and receive $3,000 in 48 hours, guaranteed by my account manager, WhatsApp only',
  'Hello, I saw your profile and you look interesting, can we chat privately on Hangouts?',
  '🔥 Free Robux generator, no human verification 🔥 robux-free-now.xyz',
  'I can fix your credit score to 800 in 30 days, call or text 702-555-0184',
  'Get paid to watch videos! $25/hour, start today, link in my profile',
  "Need a fake ID or driver's license? Scannable, all states, message for details",
  'Order your custom T-shirts, hoodies and mugs at printwave.shop, use code POLICE10 for 10% off',
];

/** Residents' comments written with SPAM_ROUND_14 (run once: none flagged). */
export const LEGIT_ROUND_14: readonly string[] = [
  "Dr. Okoro at the clinic on Main saved my dad's life, thank you to the officer who drove us there.",
  'Is it true someone is selling stolen Netflix accounts? My password got changed.',
  'Can residents write a review of the new community policing program somewhere?',
  "I got a text saying my Amazon account was locked. Is that a scam? I didn't click anything.",
  'The city is looking for volunteers to test the new 311 app, apply at the city website.',
  'Single mom here, thank you for the free car seat check, it made my week.',
  'Where can we report someone selling fake IDs near the high school?',
  'My credit card got skimmed at the gas station on 3rd, who do I call?',
  "Our church is selling T-shirts to raise money for the officer's family, $15 each.",
  'Get paid for jury duty? How much does the county pay per day now?',
];

/**
 * Spam round 15 (0.7.4), written after round 14 and run once: a gift card, payday loans, a 900
 * number, dating and adult bait, a coin presale, a phone for sale, envelopes stuffed for a fee, a
 * Cash App "flip", diet gummies, a parcel phish, bought followers, a free video, a car "program",
 * a general with a box of funds, replica watches, phone unlocking, a trip giveaway, forex
 * signals, essays for hire. **15 of 20 flagged and 9 hidden** on first contact (none of its
 * residents' comments); 20 and 10 after (the missing kinds' phrases; a giveaway said twice).
 */
export const SPAM_ROUND_15: readonly string[] = [
  'Congratulations! Your number was selected for a $1,000 Walmart gift card. Claim at wmrt-rewards.club before midnight',
  'Need cash fast? Payday loans up to $2,500, no credit check, approval in minutes. Text LOAN to 55123',
  'Call 1-900-555-0199 now to hear your love horoscope, only $2.99/min',
  'Hot singles are waiting to chat with you tonight, no signup needed 👉 meetlocal.live',
  '$DOGEX is about to 100x, presale ends Friday, get in now before the whales, t.me/dogexpresale',
  'Brand new iPhone 15 Pro Max, sealed, $350, shipping today, DM me',
  'Work from home stuffing envelopes and earn $800 a week, no experience, send $20 for the starter kit',
  'FREE $500 Cash App flip, send $50 and get $500 back in 10 mins, legit, ask my clients',
  'Lose 30 lbs in 30 days with keto gummies, doctors hate this trick, order at ketoslimnow.com',
  'Your package could not be delivered. Reschedule delivery: usps-redelivery-help.com',
  'Buy 10k Instagram followers for $9.99, real and active, instant delivery',
  "Grandma's secret to never paying for groceries again, watch the free video",
  'Get a Tesla for $0 down, government program, limited spots, check eligibility at evgrant.org',
  'Hi dear, I am a US army general in Syria, I need someone trustworthy to receive a box of funds',
  'Cheap Rolex replicas, Swiss quality, 90% off, wholesale too',
  'Unlock any phone remotely in 5 minutes, all carriers, message me on Telegram',
  'Win a trip to Cancun for two! Just like, share and comment "CANCUN" 🌴',
  'Earn passive income with my forex signals group, 95% accuracy, join 3,000 members',
  'Essay writing service, plagiarism-free, due in 3 hours, A+ guaranteed, whatsapp +44 7700 900123',
  'Hot moms near you are lonely tonight, see pics 🔞',
];

/**
 * Residents' comments written with SPAM_ROUND_15 (the first ten with it, the rest after its
 * phrases, in their words): none flagged.
 */
export const LEGIT_ROUND_15: readonly string[] = [
  "Congratulations to Officer Ruiz, selected for the state's community service award!",
  'Is anyone else getting texts saying they won a Walmart gift card? My mom almost clicked it.',
  "My USPS package says it couldn't be delivered, is that a scam text or real?",
  "Selling my old bike to a family that needs it, $40, it's in good shape.",
  'The library has free tax help Saturdays, no appointment needed.',
  'A man called my grandma saying he was a general and needed money. Please warn your parents.',
  'Does anyone know if the city still has the free smoke detector program?',
  'We won a trip to the state finals! Go Tigers!',
  'Our church is stuffing envelopes for the food drive Saturday, volunteers welcome.',
  'Can someone explain how people get their phones unlocked after an arrest? Asking for a class project.',
  'The fire department gave us a free emergency starter kit at the open house, thank you!',
  "Someone on Facebook offered me a Cash App flip. Is that a scam? I didn't send anything.",
  'A man messaged my aunt claiming to be an army general who needed someone trustworthy. She reported it.',
  'That statue downtown is a replica of the one in Boston, right?',
  'Can we watch the free video of the council meeting somewhere?',
  "The kids loved the safety fair, see pics on the school's page.",
  'Check eligibility for the senior property tax freeze at the county office, it saved us $400.',
  'My wife and I won a trip at the police auction, thank you to the Benevolent Association!',
  'Hot moms of the PTA are running the bake sale at the station Saturday, come by!',
  'How do I check eligibility for the youth police academy? My son is 15.',
  'Our neighborhood watch has a signals group on WhatsApp for when someone sees something.',
  'We got instant delivery on the new recycling bins, nice job public works.',
];

/**
 * Spam round 16 (0.7.4), written after round 15's change and run once, kept blind: a billing
 * phish, free solar panels, copied trades, puppies, a free Stanley cup, a hacker for hire, betting
 * tips, a data-entry job that asks for the SSN, Ozempic without a doctor, "be your own boss",
 * cheap flights paid in gift cards, a Snapchat lure, a car warranty, an airdrop, bought likes.
 * **10 of 15 flagged and 9 hidden**; of the residents' comments, 1 of 8 flagged (a lost Yorkie
 * with a number to text, queued as off-topic), none hidden.
 */
export const SPAM_ROUND_16: readonly string[] = [
  'Your Netflix payment failed. Update your billing within 24 hours to avoid suspension: netflx-billing-update.com',
  'Solar panels for FREE with the new federal incentive, see if your home qualifies, call 888-555-0142',
  'I made $4,200 last week copying trades from my mentor, message her on Instagram @lisa.trades',
  'Puppies for sale! Yorkies and Frenchies, vet checked, $600, shipping available, text 313-555-0119',
  'Congratulations, you have been chosen to receive a free Stanley cup, just pay shipping at stanleygift.shop',
  'Need a hacker? I can recover deleted messages, track a cheating spouse, change grades. Contact on WhatsApp.',
  "Exclusive VIP betting tips, 20 wins in a row, join my Telegram for today's fixed match",
  'Earn $300 a day as a remote data entry clerk, hiring now, apply with your SSN at quickhire-jobs.net',
  'Get your free trial of Ozempic, no doctor visit, ships overnight',
  'Tired of your job? Join my team and be your own boss, DM me the word FREEDOM',
  'Cheap flights 70% off, any airline, book through my agent, pay in gift cards',
  "Hey handsome 😘 I'm new in town and looking for a gentleman, add me on Snap: kiki_xo22",
  "Final notice: your car's extended warranty is about to expire. Press 1 to speak with a specialist.",
  'Airdrop alert 🚀 connect your wallet to claim 5,000 free $PEPE2 tokens before it ends',
  'Buy likes, views and subscribers for YouTube, TikTok and Instagram, cheapest prices, fast',
];

/** Residents' comments written with SPAM_ROUND_16 (run once: one queued, none hidden). */
export const LEGIT_ROUND_16: readonly string[] = [
  'Got an email that my Netflix payment failed, does anyone know if the police can do anything about these scams?',
  "The city's solar incentive info session is Tuesday at the library, call 311 for details.",
  'Our Yorkie got out this morning near Elm and 3rd, please text 313-555-0119 if you see her!',
  "Is it legal for someone to offer to track a cheating spouse's phone? Asking for a friend, seriously.",
  'My grandmother got a call about her car warranty and almost gave them her card number.',
  'The station is hiring dispatchers, apply at the city jobs website.',
  'Does anyone know if the free flu shots at the fire station need an appointment?',
  'The youth league is selling raffle tickets, $5 each, winner gets a bike.',
];

/**
 * Spam round 17 (0.7.5), written first: income from home, a gift card, a loan by WhatsApp, dating
 * bait, a parcel phish, an investment, sunglasses, a page plug, grants, a diet trick, data entry,
 * a blue check, a mining app, a free iPhone, a sugar daddy, a streaming phish, pills, forex
 * signals, sneakers, phone unlocking. **15 of 20 flagged and 11 hidden** on first contact; 20 and
 * 17 after ("hot singles", "link in profile", a trader's "wholesale price" and "worldwide
 * shipping", a mining app that "pays daily", an account "on hold", a "VIP group", and ".help"
 * read as a link).
 */
export const SPAM_ROUND_17: readonly string[] = [
  'I made $4,800 last week from home with just my phone, ask me how 👇',
  "Congratulations, you've been selected for a $1,000 Walmart gift card! Claim at wm-rewards-center.net",
  'Need a loan? Approved in minutes, no credit check, WhatsApp +1 (302) 555-0188',
  'Hot singles in your area are waiting to chat tonight 🔥 click my bio',
  'Your package could not be delivered. Update your address: usps-redelivery-info.com',
  'Invest $250 and get $2,500 in 7 days, guaranteed returns, message me',
  'Selling Ray-Ban sunglasses 90% off today only, free shipping, link in profile',
  'Follow my page for daily motivation and free giveaways!!! 🎁🎁🎁',
  'Grants available for everyone, no repayment, inbox me your details',
  'I lost 30 lbs in a month with this one weird trick doctors hate, see here bit.ly/3xYz9',
  'Work from home data entry, $45/hr, no experience, apply now on Telegram @jobsdesk',
  'Get a verified blue check for your page today, DM for prices',
  'Bitcoin mining app pays daily, I already withdrew $900, code BONUS50',
  'Free iPhone 15 for the first 100 people to share this post and comment DONE',
  'Sugar daddy looking for a sugar baby, $2000 weekly allowance, text me',
  'Your Netflix account is on hold. Verify payment to keep watching: netflx-billing.help',
  'Cheap Viagra and Cialis without prescription, discreet delivery',
  'Earn passive income with forex signals, 95% win rate, join my VIP group',
  'Brand new Jordans, wholesale price, DM to order, worldwide shipping',
  'Unlock any phone in 5 minutes, call our tech line 1-888-555-0199',
];

/**
 * Residents' comments written with SPAM_ROUND_17 (none flagged), and ten more written after its
 * phrases in their words (one queued, none hidden: a question about a flyer "in profile").
 */
export const LEGIT_ROUND_17: readonly string[] = [
  'I made lasagna for the officers at the station last week, hope they enjoyed it.',
  'Congratulations to Officer Reyes on her promotion!',
  'Does anyone know if the city offers loans for fixing sidewalks?',
  'My package was stolen off my porch again, should I file a report online?',
  'Selling my old bike at the community yard sale on Saturday, come by.',
  "Follow the department's page for road closure updates, it's really helpful.",
  'The grant for the new playground was approved, great news for the kids.',
  'Where can I get a free gun lock? I saw the post about the safety program.',
  "The scam calls about my car warranty won't stop, who do I report them to?",
  'Is the Bitcoin ATM at the gas station legit? My grandma wants to use it.',
  "Free shipping on the raffle tickets? Ha, they're digital. Good luck everyone!",
  'The link in my bio goes to the neighborhood watch sign-up sheet.',
  "Is the link in profile for the lost dog flyer? I'd like to share it.",
  'My account is on hold at the library until I return the book, oops.',
  "Verify payment for the parking ticket at the city website, not by phone, it's a scam otherwise.",
  'Selling girl scout cookies today only at the station, free shipping is not a thing lol.',
  "The mining app my nephew uses pays daily, he says, but I think it's a scam, be careful.",
  'Hot singles night at the senior center was a hit, thanks to the volunteers!',
  'We ordered the new radios at wholesale price through the county, per the budget report.',
  'My grandma joined a VIP group on WhatsApp and lost $2,000, please warn your parents.',
];

/**
 * Spam round 18 (0.7.5), written after round 17's change and run once, kept blind: a voucher, an
 * options "mentor", dating bait, a locked bank card, paid likes by short code, a streaming trial
 * that asks for a card, jackets by WhatsApp, a lottery, "$10k a month", bought reviews, a loan, a
 * crypto "recovery" hacker, a video before it is deleted, iPads wholesale, a Medicare call.
 * **10 of 15 flagged and 8 hidden**; of the residents' comments, none flagged.
 */
export const SPAM_ROUND_18: readonly string[] = [
  'Claim your $500 Amazon voucher now, only 3 left: amzn-gift-claims.xyz',
  'I paid off my mortgage trading options with Mr. Hall, message him on Instagram @hall_trades',
  'Lonely tonight? Real girls near you want to meet, tap the link in my bio 💋',
  'Your bank card has been locked due to suspicious activity. Call 1-877-555-0143 to unlock.',
  'Get paid $300/day to like posts on Facebook, no experience needed, text JOB to 55021',
  'FREE Disney+ for a year, just enter your card for verification at disneyplus-promo.site',
  'Cheap Canada Goose jackets, 80% off, authentic, order via WhatsApp +44 7700 900123',
  'Congratulations! Your number won the UK lottery, send your details to claims@ukl-winners.com',
  'Looking for 5 serious people to make $10k a month online, comment INFO',
  'Buy Google reviews and 5-star ratings for your business, instant delivery',
  'Bad credit? Get a $5,000 loan today, funds same day, apply at quickcash-now.com',
  'I recovered my lost crypto with the help of a hacker, contact recoverypro on Telegram',
  'Watch the full video here before it gets deleted 😱 bit.ly/2Vx9kLm',
  'Selling brand new iPads at half price, wholesale lots available, DM me',
  'Act now: your Medicare benefits expire Friday, call 1-800-555-0177 to keep coverage',
];

/** Residents' comments written with SPAM_ROUND_18 (run once: none flagged). */
export const LEGIT_ROUND_18: readonly string[] = [
  'Got a call saying my bank card was locked, I hung up and called my bank directly. Stay safe.',
  'Does anyone know if the Amazon voucher text is real? Seems fishy.',
  'My daughter is selling cookies for her troop, half price after Sunday!',
  'The Medicare office is on 3rd street if anyone needs help with benefits.',
  'Thanks for the video about the parade route, very clear.',
  'Can the department post the full video of the town hall?',
  'I won a raffle at the police open house, thank you all!',
  'Reviews for the new precinct coffee cart are great, try it.',
];

/**
 * Spam round 19 (0.7.6), written before its change and run once: a gift card, a loan by short
 * code, a premium-rate prize, dating bait, a coin pump, tickets by Zelle, a job on Telegram, a
 * payment account "limited", a puppy for its shipping, diet pills, a grant never paid back, a
 * virus alert, a console giveaway's shipping fee, followers for sale, essays, a rental held for a
 * wired deposit, forex signals, sunglasses, a wallet for "flood victims", a warranty robocall.
 * **16 of 20 flagged and 12 hidden** on first contact (missed: the dating bait, the rental, the
 * wallet, the robocall); of the residents' comments, 1 flagged ("got a text saying I won a
 * Walmart gift card, deleted it"), none hidden. After the change 19 and 19 (the robocall's "press
 * 1 to speak with an agent" is how residents give the county's phone menu too), and no resident
 * flagged.
 */
export const SPAM_ROUND_19: readonly string[] = [
  'You have been selected for a $750 Walmart gift card! Confirm your shipping address at wm-rewards-center.info',
  'Need cash fast? Personal loans up to $10,000 approved in minutes, no credit check. Text LOAN to 44122',
  'URGENT: your prize of £2,000 is waiting. Call 09061 743 810 now to claim (£1.50/min)',
  'Bored at home? 😈 Naughty girls are online now, chat free at hotchat-live.net',
  '$PEPE2 is about to 100x, get in before the Binance listing tomorrow!! 🚀🚀',
  'Selling Taylor Swift tickets, floor seats, below face value, Zelle only, DM me fast',
  'Hiring remote data entry assistants, $45/hr, no interview, apply on Telegram @hr_jobs_remote',
  'Your PayPal account has been limited. Restore access immediately: paypal-resolution-center.net',
  'Adorable French bulldog puppies for adoption, just pay shipping, email me for pictures',
  'Lose 30 lbs in 30 days with this one weird trick doctors hate, order KetoSlim today',
  'You qualify for a $9,500 government grant that you never have to pay back. Reply YES for details',
  'Windows Defender alert: your computer is infected. Call Microsoft support at 1-888-555-0192',
  'I am giving away 5 PS5s to my followers, just like, share and send $5 for shipping to my CashApp',
  'Get 10,000 Instagram followers for only $9.99, real and active, visit growfast.io',
  'We write essays and dissertations for any subject, plagiarism free, cheap rates, WhatsApp +1 415 555 0108',
  'Beautiful 2 bed apartment downtown $600/month, owner is overseas, wire deposit to reserve',
  'Earn passive income with our forex signals group, 95% win rate, join now t.me/fxsignalsvip',
  'Ray-Ban sunglasses clearance sale, 90% off today only at rayban-outlet-store.shop',
  'Donate to help the flood victims, send bitcoin to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh',
  'FINAL NOTICE: Your car warranty is about to expire. Press 1 to speak with an agent at 877-555-0134',
];

/** Residents' comments written with SPAM_ROUND_19 (run once: 1 flagged, none hidden). */
export const LEGIT_ROUND_19: readonly string[] = [
  'Someone is selling Taylor Swift tickets on the community page and asking for Zelle, that is a scam right?',
  'My mom got a call about her car warranty again, how do we report these callers?',
  'Thank you for the $5,000 grant to the youth league, the kids loved the new uniforms.',
  'The loan of the K9 unit to the school assembly was the highlight of the year.',
  'Is the apartment complex on 5th getting more patrols? Cars were broken into twice this month.',
  'Lost a French bulldog near Oak Park this morning, answers to Biscuit, please share.',
  'The department is hiring dispatchers, I applied online at the city website last week.',
  'We raised $1,200 for the flood victims at the bake sale, thank you officers for coming!',
  'Got a text saying I won a Walmart gift card, deleted it. Thanks for the warning post.',
  'Can someone from the department talk to our seniors about tech support scams?',
  'Congrats to Officer Patel on 20 years, the cake from the bakery on Main was amazing.',
  'The parade route map is on page 2, the free parking lots are listed there too.',
];

/**
 * Residents' comments written after round 19's change in the words of its rules (a wire, a
 * wallet, a grant, "naughty", "email me for", an account "limited"), to read it over: none may be
 * hidden (some were queued before it and still are).
 */
export const LEGIT_AFTER_ROUND_19: readonly string[] = [
  'My landlord is overseas so I pay rent by Western Union, is that normal?',
  'Someone asked me to send bitcoin to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq for a towing fee, is this legit?',
  'Grandma got a letter saying she qualifies for a government grant she never has to pay back, reply YES it said. Ignore those!',
  'Email me for the neighborhood watch sign-up sheet, I have copies.',
  'Restore access to the park trail please, sign the petition at change.org/p/oak-trail',
  'My Facebook account has been locked, message me at my new one facebook.com/jane.doe.2',
  'Wire the money for the fundraiser to the PTA, details at oakpta.org',
  'The Western Union on 5th was robbed last night, any suspects yet?',
  'Should I wire the deposit for the apartment on Elm? The owner is overseas and wants it today.',
  'My church is giving away free turkeys Saturday, info at stmarks.org',
  'Naughty or nice, the K9 team delivered toys to the hospital, thank you!',
  'Press 1 to speak with the non-emergency line when you call 555-201-3000, they were fast.',
  'My extended warranty covers the damage, call the dealer at 555-201-9000',
  'Puppies for adoption at the county shelter this weekend, the officers brought their K9 too!',
  'My PayPal account has been limited since the hack, the bank is helping, thanks detective.',
];

/**
 * Spam round 20 (0.7.6), written after round 19's change and run once, kept blind: an
 * advance-fee widow, a parcel on hold, a free iPhone, envelope stuffing, dating bait, a coin
 * launch, a car sold by a soldier overseas, binary options, cash for houses, a survey's gift card,
 * debt consolidation, pills without a prescription, a giveaway page, a streaming bill, a hacker
 * for hire. **8 of 15 flagged and 5 hidden**; of the residents' comments, none flagged.
 */
export const SPAM_ROUND_20: readonly string[] = [
  'Hi dear, I am a widow with $4.5 million in an account in Lagos and I need a trusted partner. Reply to my private email.',
  'Your USPS package is on hold due to an incomplete address, update it here: usps-track-redeliver.com',
  'Get your free iPhone 16 now, only 100 units left, claim at apple-promo-winners.top',
  'Want to make $1,200 a week stuffing envelopes from home? Send $49 for the starter kit.',
  'Hot local moms are waiting to chat with you tonight 💋 link in bio',
  'The next 1000x coin just launched on Solana, buy before it moons, contract address in my profile',
  'Selling a 2019 Honda Civic $3,500 OBO, I am deployed overseas so pay through eBay motors escrow only',
  'I made $27,000 last month with binary options, ask me how!!',
  'We buy houses for cash in any condition, close in 7 days, call 1-855-555-0166',
  'Congrats, you were chosen for our customer survey! Complete it and get a $100 Costco card: costco-survey-gift.com',
  'Stop paying high interest, consolidate all your debt into one low payment, apply at debtfreenow.net',
  'Buy Adderall, Xanax and oxy online without a prescription, fast discreet shipping',
  'Follow my page for daily giveaways, this week $500 to 5 lucky people 🎁',
  'Your Netflix subscription payment failed, update your card within 24 hours: netflix-billing-help.com',
  'Professional hacker for hire: social media, WhatsApp, grades, credit scores. Contact me on Telegram',
];

/** Residents' comments written with SPAM_ROUND_20 (run once: none flagged). */
export const LEGIT_ROUND_20: readonly string[] = [
  'My neighbor is selling his Honda Civic if anyone needs a car, ask him on our street group.',
  'We got a USPS text about a package on hold, pretty sure it was fake, reported it.',
  'The envelope with the permit came today, thanks for the fast turnaround.',
  'I won a Costco card in the department raffle, what a nice surprise!',
  'Does the department still do free car seat checks? My daughter is due in March.',
  'Debt collectors keep calling my elderly dad, who do we report harassment to?',
  'The K9 demo was amazing, my kids want to follow your page for more videos.',
  'Thank you for arresting the guy who stole my catalytic converter, $2,000 to replace it.',
  'Free iPhone charging station at the library now, nice addition for the community.',
  'My son got a message from a "hacker" asking for money to delete photos, we called you and you helped, thank you.',
];

/**
 * Spam round 21 (0.7.10), written for the test and run once without a post: a bank's suspended
 * account, liking posts for pay, a diet tea, a phone-number lottery, sunglasses, sugar-daddy
 * bait, forex, a text-to short code, an escort ad, the deployed soldier of romance scams,
 * followers for sale, a fake order to call about, a Robux generator, a loan, ticket resale,
 * pills by the bottle, a reshipping job, "bitcoin recovery", a tax refund, a discount code.
 * **18 of 20 flagged and 15 hidden** on first contact; none of its residents' comments flagged
 * off-topic (one lost-dog flyer queued for its phone number, as personal information). Then:
 * escort ads and "friends and maybe more" (adult), "if you did not authorize" and a peacekeeping
 * mission (phishing), "off with code" and pills by the bottle (selling): 20 and 18.
 */
export const SPAM_ROUND_21: readonly string[] = [
  'Attention: your Chase account has been suspended due to unusual activity. Verify now at chase-secure-verify.info',
  'Earn $300/day liking posts on Instagram, no experience needed, DM "JOB" to start today!',
  'I lost 40 lbs in 6 weeks with this one Japanese tea trick, doctors hate it, see how: slimtea-secret.com',
  'Congratulations! Your phone number won £850,000 in the international lottery. Send your details to claims agent Mr. Harris.',
  'Cheap Ray-Ban sunglasses 90% off today only, free shipping worldwide raybansale-outlet.shop',
  'Looking for a sugar daddy? Get $2,000 weekly allowance, no meet needed, text me on WhatsApp +1 305 555 0144',
  'Invest $250 and receive $2,500 in 48 hours guaranteed with my forex signals, message me now.',
  'Text WIN to 88555 for a chance at a $1,000 Walmart gift card! Msg & data rates apply, $2.99/msg',
  'Best escort service in the city, 24/7 discreet, call or text Tiffany 702-555-0199',
  "Hello, I'm Sgt. James Carter, US Army on a peacekeeping mission. I'd like to be friends and maybe more, add me.",
  'Get 10,000 real followers for just $9.99, instant delivery! growfast-smm.net',
  'Your Amazon order #113-5489 for an iPad Pro ($1,249) has been placed. If you did not authorize, call 1-888-555-0123 immediately.',
  'Free Robux generator 2026, no human verification, working 100%: robux-free-now.xyz',
  'Pre-approved for a $50,000 personal loan, bad credit OK, funds today! Apply: quickloan-approval.co',
  "Selling Taylor Swift tickets, 2 floor seats, $400 each, Zelle only, message me fast they're going quick",
  'Make your partner scream every night 🍆 all-natural pills, order today and get 3 bottles free',
  'Work from home as a package reshipper, $3,500/month plus bonus. Email hr@globallogistics-jobs.com',
  'Bitcoin recovery expert: if you lost money to scammers, contact Recovery Wizard on Telegram @recoverwiz, 100% success.',
  'Claim your unclaimed tax refund of $1,872 before it expires: irs-refund-claims.org',
  'Big sale on CBD gummies, 50% off with code POLICE50 at greenleafcbd.store',
];

/** Residents' comments written with SPAM_ROUND_21 (run once: none flagged off-topic). */
export const LEGIT_ROUND_21: readonly string[] = [
  "I got a text saying my Chase account was suspended, I didn't click it. Is anyone else getting these?",
  'My daughter lost 40 lbs after her surgery and ran the police 5K, so proud of her!',
  'Someone in a truck was selling cheap sunglasses at the intersection of 5th and Main, is that allowed?',
  'My mom almost sent her bank details to a fake lottery agent, thank you for the scam warning post.',
  'The Walmart on Route 9 had a shoplifter chase today, glad the officers were quick.',
  'My neighbor got scammed buying concert tickets on Zelle, can the department help her file a report?',
  "The lost dog flyer says call 702-555-0134 if you see her, she's a brown lab near the park.",
  'Thanks for the free car seat check, the officer was patient with my twins.',
  'My Amazon package was stolen off my porch again, I have the doorbell video if you need it.',
  'Where do we drop off old prescription pills? I heard the station takes them on Saturdays.',
  'Is the CBD shop on Elm legal? My kids walk past it every day.',
  'Does the department ever hire civilians to work from home on dispatch? Asking for my sister.',
  'Our block party raised $2,500 for the K9 unit vest fund, thank you everyone who came!',
  "Happy retirement Sgt. Carter, 30 years of service, we'll miss you at the school crossings.",
  'The tax office scam call said I owed $1,872 and had to pay in gift cards. I hung up and reported it.',
];

/** The new phrases of round 21 said by residents, written after its change: none flagged. */
export const LEGIT_AFTER_ROUND_21: readonly string[] = [
  'My card was charged $300 for something I did not authorize, who do I call? 555-201-3000 was busy.',
  "There's a big sale at the farmers market Saturday, come say hi to the officers at the booth.",
  'My husband served on a peacekeeping mission in Kosovo, thank you for honoring veterans.',
  'The escort service for the funeral procession was beautiful, thank you motorcycle unit.',
  "I saved 20% with code THANKYOU at the police foundation's t-shirt store, proceeds go to the K9s!",
];

/**
 * Spam round 22 (0.7.10), written after round 21's change and run once, kept blind: a sign-in
 * alert, a title loan, dating bait, an AI trading bot, replica watches, a Cash App reward, a data
 * entry job, a closet sale, grants, a chat site, a roofer's discount, an app, cheap iPhones, a
 * prize wheel, a detox tea. **12 of 15 flagged and 8 hidden**; of the residents' comments, none
 * flagged.
 */
export const SPAM_ROUND_22: readonly string[] = [
  'Your Apple ID was used to sign in on a new device in Russia. If this was not you, secure your account: appleid-verify-support.net',
  'Need cash fast? Title loans in 30 minutes, keep your car! Call 1-866-555-0110',
  'Girls from your town want to meet you tonight, no credit card needed 😘 tap the link in my bio',
  "I turned $500 into $18,000 with Elon's new AI trading bot, message me to get started",
  'Authentic Rolex and Omega replicas, 80% off, worldwide shipping, WhatsApp +44 7700 900123',
  'You have been selected for a $750 Cash App reward, claim within 24 hours: cashapp-rewards-claim.com',
  'Hiring now: remote data entry, $45/hr, no interview, text your name to 555-0147',
  'Shop my closet, everything 70% off this weekend only! Link in bio 💕',
  'Grants for single mothers up to $15,000, free money, apply here govgrants-assist.org',
  'Lonely? Chat with verified hot singles near you, first message free: meetlocal-tonight.com',
  'Best roofing company in town, free inspection and 20% off with code STORM20, call 555-201-7788',
  'Want to see what your crush says about you? Download FaceReveal app now for free!',
  'My uncle works at Amazon and gets iPhones for $99 each, DM me if you want one before they sell out',
  'Congratulations you are our 1,000,000th visitor! Spin the wheel to claim your prize',
  'Detox tea that flushes 10 lbs of toxins in a week, buy 2 get 1 free at teatoxnow.shop',
];

/** Residents' comments written with SPAM_ROUND_22 (run once: none flagged). */
export const LEGIT_ROUND_22: readonly string[] = [
  'I got an email saying my Apple ID was used in Russia, it was fake, I reported it to the FTC.',
  'Does the department have any grants for single mothers who want to join the academy?',
  'My daughter started a closet sale for her class trip, thanks to the officers who bought stuff!',
  'The roofing company that scammed my neighbor after the storm is still operating, please look into it.',
  "Someone at my door said he works for Amazon and asked to come in, is that a thing? I didn't let him.",
  'Is the title loan place on Broad Street the one that got robbed last night?',
  'Our church is hosting a free health fair Saturday with blood pressure checks, all welcome.',
  'Congratulations to the new officers who graduated from the academy today!',
  'My son won a bike at the police safety day raffle, thank you so much.',
  "If you get a text about a Cash App reward, don't click it, my mom lost $200 that way.",
];

/**
 * Spam round 23 (0.7.11), written for the test (after 50 YouTube spam rows that were flagged but
 * not hidden had been read) and run once: an app to download, a seller on eBay and Etsy, a game's
 * currency and gift cards for nothing, a company to follow, a diet tea. **15 of 20 flagged and
 * 11 hidden** on first contact, and one resident's link to the city's own survey flagged; 20 and
 * 19 after, none of the residents'.
 */
export const SPAM_ROUND_23: readonly string[] = [
  'DOWNLOAD the new Photo Magic app FREE today https://play.google.com/store/apps/details?id=com.photomagic.editor',
  'I sell phone cases for iPhone and Samsung, only 4 dollars each on eBay: http://www.ebay.com/itm/2716628193',
  'FREE V-BUCKS!!! no survey no password http://vbucks-gift.win/claim',
  'Get free Amazon gift cards just for answering surveys and watching videos >> http://cashprizes-now.com/r=4412',
  'Follow my company on Instagram for daily deals https://instagram.com/dealsbydanny',
  'Hey everyone, support my small business! Handmade soaps on Etsy https://etsy.com/shop/lavenderlane',
  'Earn $300 a day playing games on your phone, sign up here http://play2earn.biz/join?ref=kk',
  'Like and share my page for a chance to win an iPad https://facebook.com/pages/WinBigDaily',
  'Install this app and get 500 free coins instantly http://coinrush.app/install',
  'Want more followers? 10,000 real followers for $9.99 at http://fastfollow.shop',
  'Click here for free Robux generator 2025 working http://robux-free.gg',
  "I'm giving away 3 PS5s to my subscribers, subscribe and comment to enter https://youtube.com/c/GiveawayKing",
  'Best replica watches, Rolex from $89, free shipping worldwide http://lux-watch-outlet.com',
  'Subscribe to my channel I post new beats every Friday https://youtube.com/@beatsbyreese',
  'Vote for my daughter in the cutest baby contest, it only takes a second http://babycontest.win/vote/1182',
  'Lose 20 pounds in 2 weeks with this one weird tea https://slimtea-official.net',
  'Work from home and make $5000/month, no experience needed, DM me on WhatsApp +44 7700 900123',
  'Check out my new mixtape on SoundCloud and tell me what you think https://soundcloud.com/lilvex/mixtape',
  'Cheap Ray-Ban sunglasses 90% off today only http://rayban-sale.store',
  'Download free movies in HD before they hit theaters https://moviebox-hd.download',
];

/** Residents' comments written with SPAM_ROUND_23 (run once: one flagged, the city's survey). */
export const LEGIT_ROUND_23: readonly string[] = [
  "Download the city's new 311 app to report potholes: https://www.helenamt.gov/311",
  'I sold my old bike on eBay and the buyer turned out to be a scammer, how do I report that?',
  'Free flu shots at the fire station Saturday, no appointment needed.',
  'The survey about the new park is open until Friday: https://www.helenamt.gov/parks-survey',
  'Follow the department on Instagram too, they post the road closures there first.',
  'Support the food bank drive this weekend, drop-off at the library.',
  'My son lost $300 to a fake gaming site that promised free Robux. Please warn parents.',
  'Like and share this post so people know about the missing dog on 5th Ave!',
  "Is the city app free? I can't find it on the Play Store.",
  'Someone tried to sell me cheap Ray-Bans in the Walmart parking lot, is that legal?',
];

/** The new phrases of round 23 said by residents, written after its change: none flagged. */
export const LEGIT_AFTER_ROUND_23: readonly string[] = [
  'I sell real estate in this neighborhood and the break-ins are getting worse.',
  'We sell Girl Scout cookies outside the library on Saturdays, come say hi to the troop!',
  'My daughter got scammed by a site promising free Robux, she gave them my card number.',
  'Download the Ready.gov app, it has the flood evacuation maps: https://www.ready.gov/apps',
  'My company donated the coats for the winter drive, happy to help again next year.',
  'Support my small business neighbors on Main Street this weekend, the construction has been brutal.',
  'Is the free app for parking tickets working? It keeps crashing on my phone.',
  "My son's school is doing a free gift card raffle for teachers, anyone know if that's legal?",
  'The official count from the fire marshal was 40 homes lost: https://www.lccountymt.gov/fire-update',
  'I lost 20 pounds walking the new trail every morning, thank you parks department!',
];

/**
 * Spam round 24 (0.7.11), written after round 23's change and run once, kept blind. **6 of 10
 * flagged and 4 hidden**; of the residents' comments, none flagged.
 */
export const SPAM_ROUND_24: readonly string[] = [
  'Grab your FREE Minecraft premium account before they run out, limited keys left: mc-freekeys.net',
  'Pro gamer tip: I made $800 this week testing apps from my couch, link in bio for the invite code',
  "My cousin's bakery just opened an online store! Custom cakes shipped nationwide https://sweetlayers.shop",
  'NEW Android launcher, 10 million downloads, totally free, grab it now https://play.google.com/store/apps/details?id=com.neo.launch',
  'Stop paying for Netflix! Watch every show free in 4K at streamflix-free.tv',
  'Tired of your belly fat? Doctors are stunned by this 7 second morning ritual, watch the video https://fatmelt-ritual.com',
  'Bored? Join my Discord server for gaming, memes and giveaways every week https://discord.gg/xyzzy',
  'Hi everyone! I make custom Funko Pops of your pets, prices in my shop: https://etsy.com/shop/popmypet',
  'Claim your $100 Walmart voucher now, only 50 left today: walmart-rewards-center.info',
  "Like this comment and I'll follow you back, then check my page for my fitness journey 💪 https://instagram.com/fit.with.kay",
];

/** Residents' comments written with SPAM_ROUND_24 (run once: none flagged). */
export const LEGIT_ROUND_24: readonly string[] = [
  'My kid got an email promising a free Minecraft account and it asked for my password, be careful out there.',
  'The Walmart on Route 12 is hiring security guards, decent pay, my brother just started.',
  "Is there an official app for the police department? I'd love to get alerts for road closures.",
  'My bakery was broken into last night, they took the register. Footage is available if needed.',
  'Our Discord for the neighborhood watch is growing, ask the block captain for the invite.',
  'The vouchers for the free smoke detectors ran out in an hour, will the fire department get more?',
  'I watched the video of the chase on the news, that driver is lucky nobody died.',
  'Can someone explain the new parking app? It charged me twice for one hour.',
  "Happy to see the department's Instagram back up, the lost dog photos helped us find Max!",
  'My nephew sells custom cakes and he made one for the K9 retirement party, it was a hit.',
];

/**
 * Spam round 25 (0.7.14), written for the test before any change and run once: the generic spam
 * of issue 15 as it reaches a department's page (prize and loan scams, premium-rate numbers,
 * adult and dating bait, crypto pumps, items for sale). **20 of 20 flagged and 14 hidden** on first
 * contact; 17 hidden after (a premium number grouped 5 and 6, "£3 per call", a token's pump, a
 * "doubling" giveaway); the residents' three sales stay with a person.
 */
export const SPAM_ROUND_25: readonly string[] = [
  'Congratulations! Your number was selected in the Holiday Mega Draw. Call 0906 661 2040 to claim your £2,000 prize. Calls cost £1.50/min.',
  'Need cash before Christmas? Personal loans up to $5,000, bad credit OK, same-day deposit. Text LOAN to 44772.',
  'Hot singles near Helena want to meet you tonight 😘 no sign-up fees, chat now at meetlocalbabes.club',
  '$PEPE2 is about to 100x, devs doxxed, liquidity locked, get in before Binance listing!! 🚀🚀',
  'Selling my 2019 Honda Civic, 48k miles, one owner, $14,500 OBO. DM me if interested.',
  'URGENT: you have an unclaimed tax refund of $812.40. Verify your details at irs-refund-status.org within 24 hrs.',
  'Free iPhone 15 giveaway!! Just like, share and comment DONE, winners picked Friday.',
  "I was skeptical but Mr. Daniel's forex signals turned my $500 into $6,200 in 2 weeks. Message him on Telegram @danielfxpro",
  'Lonely? Horny housewives in your area are waiting for your call: 1-900-555-0188, $2.99/min',
  'Brand new PS5 still sealed, $350 cash, pickup only on the east side, text 406-555-0142',
  'Dial 09011 223344 now to hear who has a secret crush on you! (£3 per call)',
  "You've been pre-approved for a $25,000 line of credit, no credit check. Reply YES to accept.",
  "Wanna see my private pics? 🔞 click my profile, I'm online now",
  'Bitcoin doubling program: send 0.05 BTC and receive 0.1 BTC back within an hour, guaranteed.',
  'Cheap Ray-Ban sunglasses 90% off, only today: rayban-outlet-sale.shop',
  'Get paid $45/hr working from home, no experience needed, spots filling fast, apply at jobs-remote-now.com',
  'Puppies for sale! Purebred French bulldogs, vet checked, $800, shipping available, WhatsApp +1 555 013 2210',
  'WIN a Caribbean cruise for two! Text CRUISE to 80888 now. Std msg rates apply, 18+ only.',
  'Join the $SHIBX presale now, 1000x potential, whitelist closes tonight https://t.me/shibxpresale',
  'Firewood for sale, seasoned oak, $250 a cord delivered. Call or text Mike 406-555-0199.',
];

/** Residents' comments written with SPAM_ROUND_25 (run once: none flagged). */
export const LEGIT_ROUND_25: readonly string[] = [
  'I got a call from an 0906 number saying I won a prize, is that a scam? What should I do?',
  'Someone stole my Honda Civic from the Walmart lot last night, silver 2019, please keep an eye out.',
  'Do you have tips on avoiding crypto scams? My dad lost $3,000 to a fake Bitcoin investment.',
  'Got a text saying I have a tax refund and to click a link, reported it to the IRS.',
  "Thanks for the reminder about the parade, we'll take the bypass.",
  'Where can I buy a permit for a yard sale? Want to sell some furniture this weekend.',
  'The guy selling firewood on Route 9 is legit, bought from him for years.',
  "My grandmother almost sent gift cards to a 'loan officer' on the phone, please warn seniors.",
  'Lost our French bulldog near 5th Avenue, answers to Bruno, please call if you see him.',
  'Is the Main Street closure going to affect the food bank pickup Saturday?',
];

/**
 * Spam round 26 (0.7.14), written after round 25's change and run once, kept blind. **7 of 10
 * flagged and 6 hidden**; of the residents' comments, 1 flagged and none hidden.
 */
export const SPAM_ROUND_26: readonly string[] = [
  'You have won a $500 Amazon gift card! Call 0909 871 2234 now to claim, £2/min.',
  'Quick loans for Helena residents, approval in 5 minutes, no paperwork, WhatsApp me +44 7700 900123',
  '💋 Bored tonight? Real girls, no fakes, text ANNA to 69969',
  '$MOONCAT just launched, liquidity locked forever, next 1000x gem, devs doxxed, ape in now',
  'Double your ETH instantly! Send any amount to our official giveaway and receive double back.',
  'Selling Yeezys, all sizes, 100% authentic, $120 shipped, DM me',
  'Claim your FREE $250 Visa card, offer ends midnight: visa-freecard-claim.com',
  'My sugar daddy pays me $2,000 weekly just to chat, message me to get one too 💕',
  'Lose 20 lbs in 10 days with this Japanese tea, doctors hate it, order at slimtea-now.store',
  'Cheap iPhone 14 Pro, unlocked, $300, limited stock, order on WhatsApp +1 202 555 0173',
];

/** Residents' comments written with SPAM_ROUND_26, kept blind (run once: 1 flagged, none hidden). */
export const LEGIT_ROUND_26: readonly string[] = [
  "Got a text from 69969 about 'real girls', how do I block these?",
  'My mom won a gift card at the church raffle, first time ever lol',
  'Anyone know if the pharmacy on 5th is open during the parade?',
  'Thanks officers for helping my son get his stolen sneakers back.',
  'Is the loan office on Main Street affected by the closure?',
  'I almost sent money to a fake ETH giveaway last week, be careful everyone.',
  "The Japanese restaurant on 7th Avenue has great takeout if you're avoiding the parade.",
  'Our block is selling hot cocoa along the parade route, proceeds go to the food bank.',
  "Will the parade be livestreamed on the city's page?",
  'Someone left a phone on the bench by 6th, I turned it in at the station.',
];

/**
 * Spam round 27 (0.7.18), written after the billed-text and offer rules and run once, kept blind:
 * a premium-rate draw, a payday loan by short code, dating bait, a token pump, resold earbuds, a
 * parcel phish, envelope stuffing, a psychic's 900 number, a music subscription, knock-off
 * sunglasses. **9 of 10 flagged and 6 hidden**; of the residents' comments, 2 flagged off-topic
 * (3 with any flag: phone numbers) and none hidden.
 */
export const SPAM_ROUND_27: readonly string[] = [
  "Congratulations! You've been entered into our weekly draw for a Caribbean cruise. Ring 0906 661 2200 to confirm, 60p/min, 18+.",
  'Need cash before payday? Borrow up to $1,500 today, text LOAN to 55512, no credit checks.',
  "Hey it's Jenny from the other night 😘 msg me back at 07700 900461, I'm lonely.",
  'New token $PAWZ just listed, 50x incoming, buy on Uniswap before the whales do.',
  'Brand new AirPods Pro, sealed, $60 each, pickup or shipping, call 646-555-0120.',
  'Your parcel could not be delivered. Reschedule at usps-redelivery-help.top within 24 hours.',
  'Earn $800 a week stuffing envelopes from home! Send $20 for your starter kit to PO Box 1182.',
  'Psychic Maria sees your future: first reading free, call 1-900-555-0142 now.',
  'Get unlimited music downloads for just £4.50 a week, reply MUSIC to 80878. Unsub: reply STOP.',
  'Hot deals on Ray-Bans 85% off today only at rayban-outletsale.shop',
];

/** Residents' comments written with SPAM_ROUND_27, kept blind (run once: 3 flagged, none hidden). */
export const LEGIT_ROUND_27: readonly string[] = [
  'Does anyone have the non-emergency number? Is it 555-0100 or 555-0110?',
  'Won $40 on a scratch-off today and bought donuts for the night shift at the station.',
  'Free flu shots at the library Saturday, the county health line is 555-0199.',
  'My son lost his AirPods at the park, reward if found, call 646-555-0137.',
  "I got a text saying my parcel was delayed with a link, is that a scam? Didn't click it.",
  'Text the tip line at 847411 with the word TIP if you saw the crash on Route 9.',
  'Our church is offering free Thanksgiving dinners, call the office at 555-0123 to sign up.',
  "The jail's phone company charges 25 cents a minute, that's outrageous for families.",
  'Can someone tell me the number for the records office? I need my accident report.',
  'Lost wallet near 5th and Main, whoever returned it to the front desk, thank you!',
];

/**
 * Spam round 28 (0.7.19), written after the reply-keyword, billed-prize and public-safety-line
 * rules and run once, kept blind: a voucher claimed by keyword, dating bait by short code, a quiz
 * prize, an insurance quote, a cheap phone, a free upgrade by 0800, a crypto signals group,
 * income from the couch, a giveaway vote, a horoscope subscription. **10 of 10 flagged and 6
 * hidden** (before the rules: 9 and 6); of the residents' comments (a Crime Stoppers reward, an
 * alert sign-up by short code, a meeting poll by reply, a scam told of), 1 flagged (a resident's
 * phone number, as personal information), none off-topic, none hidden.
 */
export const SPAM_ROUND_28: readonly string[] = [
  'You have been chosen for a £250 Tesco voucher! To claim reply CLAIM to this message. T&Cs apply.',
  'Bored tonight? Hot local singles want to chat, txt DATE to 89555 (£1.50/msg, 18+)',
  'Your entry won 2nd prize in our weekly quiz. Text WIN now to collect your $300.',
  'Get 10% off all car insurance quotes this week! Reply QUOTE and an agent will call you.',
  "Exclusive: iPhone 16 for only $99 this weekend, reply BUY to reserve yours before they're gone",
  'FINAL NOTICE: your phone plan is due for a free upgrade. Call 0800 587 4411 now to claim it.',
  'Crypto signals group, 20 winning trades a week, text SIGNALS to 72011 to join',
  'Make $200 a day from your couch, reply INFO for details, limited spots',
  'Vote for your favourite in our $1,000 giveaway: reply A, B or C. Winners announced Friday.',
  'Want a free weekly horoscope? Txt STAR to 84422 now, 3 msgs/week £1.50 each',
];

/** Residents' comments written with SPAM_ROUND_28, kept blind (run once: 1 flagged, none hidden). */
export const LEGIT_ROUND_28: readonly string[] = [
  "If you know anything about the break-in on Elm, call Crime Stoppers at 1-800-222-8477, you can stay anonymous and there's a reward.",
  "Signed up for the county's emergency alerts, text READY to 67283, took ten seconds.",
  'Reply YES if you want the department to hold another community meeting on the new cameras.',
  "My grandma got a text saying she won \u00a3500 and to reply YES, I told her it's a scam.",
  'The raffle at the fire station fundraiser was great, my kid won a bike!',
  "Anyone else get a call from a number claiming to be the sheriff's office asking for gift cards?",
  'Our neighborhood watch group chat is open, text me at 555-0147 if you live on Oak.',
  'Can we get the amber alert info shared again? The tip line number was cut off.',
  'Thank you for returning my dog, the reward is still yours if you want it, officer.',
  "I won't pay $300 for a ticket when the sign was covered by branches, fight it in court.",
];

/**
 * Spanish spam round 4 (0.7.2), written after the 0.7.2 English spam rounds and run once: a prize,
 * a loan by WhatsApp, income from home, sneakers, dating bait, a bitcoin "adviser", bank
 * phishing, a follow swap, a course, a tarot reader. **7 of 10 flagged and 6 hidden** on first
 * contact; 10 and 8 after ("pregúntame cómo", "contáctalo", the tarot reader's phrases).
 */
export const SPANISH_SPAM_ROUND_4: readonly string[] = [
  '¡Felicidades! Ganaste un iPhone 15, reclámalo aquí: bit.ly/premio-mx',
  'Préstamos rápidos sin buró de crédito, aprobación en 10 minutos, escríbeme al WhatsApp 55 1234 5678',
  'Gana $3000 pesos diarios desde tu casa, pregúntame cómo, cupo limitado',
  'Vendo tenis originales Nike y Adidas, envíos a todo México, mándame mensaje',
  'Chicas solteras en tu zona quieren conocerte, entra a citas-calientes.com',
  'Invierte en bitcoin con mi asesor y duplica tu dinero en una semana, contáctalo en Instagram',
  'Tu cuenta bancaria ha sido suspendida, verifica tus datos en seguridad-banco-mx.com',
  'Sígueme en TikTok y te sigo de vuelta, link en mi perfil',
  'Curso gratis para ganar dinero con Amazon, inscríbete ya en cursogratis.net',
  'Lectura de cartas del tarot por WhatsApp, te regreso a tu ser amado en 3 días',
];

/** Ordinary Spanish comments written with SPANISH_SPAM_ROUND_4, and twins of its phrases written after (none flagged). */
export const SPANISH_LEGIT_ROUND_4: readonly string[] = [
  '¿Alguien sabe a qué hora abre la oficina de licencias el sábado?',
  'Gracias a los oficiales que ayudaron a mi mamá en el accidente.',
  'Cuidado con una llamada que dice ser de la policía y pide dinero, es una estafa.',
  'La iglesia vende tamales el domingo para la familia del incendio, 10 dólares la docena.',
  'Se perdió mi perro cerca del parque, es café y se llama Toby.',
  'Si quieres unirte a la vigilancia vecinal, pregúntame cómo, yo te explico.',
  'El oficial Ramírez es muy amable, contáctalo en la estación si tienes dudas.',
  'Mi abuela hace lectura de cartas en las fiestas, es pura diversión.',
  'Contáctame si viste algo del accidente en la avenida.',
];

/**
 * Round 7 (0.7.17), composed: 16 obscenities × one or two of four transforms (a vowel swapped or
 * dropped, a consonant respelled, a letter stretched) × 15 frames (seeded), run once before any
 * change: 83 of 150 flagged. Most missed had dropped their vowels ("btch", "pssy", "bastrd",
 * "bllsht"); read since for a chosen few words (lexicon/index.ts, lookupVowelDropped): 100 of 150.
 * Many left are awkward by construction ("cnnnt", "dyx", "jaxass") or abbreviations by design
 * ("cnt", "dck").
 */
export const OBSCENITY_ROUND_7: readonly string[] = [
  "I don't give a b*llshit",
  "I don't give a bestard",
  "I don't give a bytch",
  "I don't give a cuntt",
  "I don't give a dckhead",
  "I don't give a dickheed",
  "I don't give a fck",
  "I don't give a fuckiiing",
  "I don't give a fuckkker",
  "I don't give a fuckyng",
  "I don't give a fuq",
  "I don't give a pssy",
  "I don't give a shiit",
  "I don't give a zhit",
  'baastarrd off',
  'bast@rd off',
  'btch this traffic',
  'btch!!',
  'bull5hit!!',
  'bullschit this traffic',
  'bullshytt off',
  'cccunt this traffic',
  'cnnnt this traffic',
  'cnt this traffic',
  'cnt you',
  'cun7 off',
  'dck this traffic',
  'dickhe@d you',
  'dickheaaad off',
  'diicck this traffic',
  'dyx!!',
  'fck you',
  'fcker off',
  'fcker!!',
  'fffcking this traffic',
  'fffuck!!',
  'fuckerrr this traffic',
  'fuk!!',
  'fuker this traffic',
  'fuqing off',
  'holy 4sshole',
  'holy bulllshit',
  'holy cccunt',
  'holy cunnnt',
  'holy dickhed',
  'holy dickheeead',
  'holy dmbass',
  'holy fck',
  'holy jckess',
  'holy poossy',
  'holy pu$sy',
  'holy sht',
  'jaackass!!',
  'jckss off',
  'motheeerfucker you',
  'motheerfucker this traffic',
  'motherffucker you',
  'motherfuker you',
  'oh asshle, I missed the bus',
  'oh bs7ard, I missed the bus',
  'oh cuntt, I missed the bus',
  'oh ffoock, I missed the bus',
  'oh fuckinggg, I missed the bus',
  'oh fuqer, I missed the bus',
  'oh motherphuckkker, I missed the bus',
  'oh pssssy, I missed the bus',
  'pppssy!!',
  'pu$sy you',
  'pu5sy off',
  'pusy!!',
  'sh1thead off',
  'shiithed!!',
  'shithed off',
  'shythead off',
  'stop being a ba5tard',
  'stop being a bastrd',
  'stop being a btch',
  'stop being a bullsht',
  'stop being a bullzhit',
  'stop being a fuckking',
  'stop being a sshithead',
  'such b1ttch',
  'such bllsht',
  'such ffuccking',
  'such fuckar',
  'such fuckiing',
  'that guy is a cnttt',
  'that guy is a dicc',
  'that guy is a duuumbass',
  'that guy is a fck',
  'that guy is a fqing',
  'that guy is a fuckiinng',
  'that guy is a fuuck',
  'that guy is a fuxer',
  'that guy is a jaxass',
  'that guy is a schit',
  'that guy is a sht',
  'the parking here is 8itch',
  'the parking here is bllshit',
  'the parking here is bullshiiit',
  'the parking here is dickheaaad',
  'the parking here is dickhhhead',
  'the parking here is dummb@ss',
  'the parking here is foocking',
  'the parking here is fuck3r',
  'the parking here is fuuck',
  'the parking here is jackss',
  'the parking here is jckss',
  'the parking here is mottherfucker',
  'the parking here is shiit',
  'the parking here is sshole',
  'this is asschole',
  'this is ba5tard',
  'this is bllshit',
  'this is cnt',
  'this is connnt',
  'this is dckhead',
  'this is f*ck',
  'this is fckr',
  'this is fuccccck',
  'well bitchhhhh me',
  'well deeck me',
  'well doombassss me',
  'well fckking me',
  'well fuking me',
  'well mtherfucker me',
  'what the asshoole',
  'what the cccunt',
  'what the cont',
  'what the coontt',
  'what the dickhad',
  'what the diick',
  'what the foox',
  'what the fuck!ng',
  'what the fuckiiing',
  'what the fuqer',
  'what the jack4ss',
  'what the motherfcker',
  'what the motherffucker',
  'what the mothrfucker',
  'what the pssy',
  'what the sssht',
  'you baztard',
  'you beeetch',
  'you bullsht',
  'you cnt',
  'you dumb@ss',
  'you fuuucker',
  'you motherfucckcer',
  'you shitthead',
];

/**
 * Ordinary abbreviations, names and words written after round 7's change in its shapes: 2 of 13
 * flagged on first contact ("whrs" as whores, "slts" as sluts), mended by leaving those words
 * out of the reading.
 */
export const LOOK_ALIKES_ROUND_7: readonly string[] = [
  'Meet at the Pkwy and Blvd corner by the bldg mgmt office.',
  'Thx for the help, pls send the msg to the sgt.',
  "Hmmm, grrr, brrr it's cold, shhh the baby's asleep, psst over here.",
  'Whrs the meeting tonight? I cant find the flyer.',
  'The bsktbll game got moved, the ppl at the gym said so.',
  'Salts and spices on sale at the market, get some slts for the road too.',
  'Botch the job and you pay for it, the butch haircut was fine.',
  'The shool bus was late again, my kid walked.',
  'Pussycat dolls concert was great, my cat Puss loves the sun.',
  'Bstn traffic is awful, Pstr Jones was late to church.',
  'The Blck Lives rally is at noon, Chcgo style.',
  'Batch cooking for the shelter on Sunday, bring tupperware.',
  'Nthng to see here, the wthr is clear, drvs be safe.',
];

/** Written after round 7's change and run once, kept blind (blind 316): 5 of 8 flagged. */
export const OBSCENITY_BLIND_316: readonly string[] = [
  'Shut up you dmbss, nobody asked.',
  'What a bunch of bllshit from this guy in the comments.',
  'Get lost, jckss.',
  'That dude is a total dckhd.',
  'Stop being such a btchh about the parking.',
  'Mthrfckr cut me off on Main St.',
  'This is horseshyt and you know it.',
  'Quit acting like an assh0l3 in every thread.',
];

/** Their twins, abbreviations with their vowels dropped (blind 316): none flagged. */
export const LOOK_ALIKES_BLIND_316: readonly string[] = [
  'The dmv line was 2 hrs, bring snacks.',
  'Need a hlpr for the block party, dm me.',
  'Our bkfst fundraiser is at the fire stn Sat.',
  'Sgt Mthws did a great job at the schl visit.',
  'The bsmnt flooded again, any plmbr recs?',
  'Dckng the boat at the marina is free on wkdys.',
];
