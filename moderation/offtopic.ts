/**
 * J.3 off-topic: spam and promotion, sales, and chatter unrelated to both the post and the page.
 *
 * Three parts:
 *  1. promotion cues found in the words (channel plugs, "DM me", messaging apps, money-making and
 *     crypto pitches, giveaways, sales) and links found in the original text;
 *  2. a statistical spam model (`data/models/spam.json`, trained by `npm run train` on comments
 *     labelled spam or not under the post they answered), which also sees whether the comment
 *     shares words with the post and the page;
 *  3. the topic guard: a comment about the department, police, public safety, the city, crime,
 *     traffic or the post's subject is never off-topic, so only unmistakable spam can be flagged
 *     when one of those is present.
 *
 * Only unmistakable spam (a promotion cue together with a link, contact or money pitch, or a
 * very confident model backed by a cue) is marked `autoHide` ("spam: …"); anything less goes
 * to a person at most, and only when the comment is clearly unrelated to the post.
 */
import {
  cueIndex,
  extractFeatures,
  featuresOf,
  type FeatureSpec,
  type Features,
} from './model/features.js';
import { loadModel } from './model/file.js';
import { logitWith, sigmoid, type LinearModel } from './model/linear.js';
import {
  TOKEN_MENTION,
  TOKEN_NUMBER,
  TOKEN_URL,
  TOKEN_WORD,
  tokenize,
  tokensOf,
  tokenWords,
  type Tokens,
} from './model/tokenize.js';
import { prepareText } from './normalize.js';
import type { Classifier, ClassifyInput, Evidence, PreparedText, Signal } from './types.js';
import { allMatches } from './matches.js';

export const SPAM_MODEL_NAME = 'spam';

type PromoKind =
  | 'self'
  | 'weak'
  | 'share'
  | 'contact'
  | 'money'
  | 'invest'
  | 'sale'
  | 'click'
  | 'prize'
  | 'loan'
  | 'adult'
  | 'crypto'
  | 'phish'
  | 'local'
  | 'chain'
  | 'wire'
  // A premium-rate number or short code that bills whoever answers: read from the digits and
  // fine print, never from a phrase.
  | 'billed';

/**
 * Promotion phrases, as token sequences. Viewpoint-neutral: they sell or self-promote, they do
 * not opine. Single topical words ("crypto", "profit", "subscribe") are left to the model: a
 * comment can discuss them without selling anything.
 */
const PROMO_PHRASES: Record<PromoKind, readonly string[]> = {
  // Self-promotion that names itself: with a link or one more plug, a channel plug.
  self: [
    // 0.7.11 (spam round 23): a shop plugged as a cause.
    'support my small business',
    'support my business',
    'my small business',
    'collab',
    'shoutout',
    'shout out for shout out',
    'dm our page',
    // Spanish
    'sigueme',
    'siganme',
    'suscribete',
    'suscribanse',
    'visita mi',
    'visiten mi',
    'link en mi perfil',
    'enlace en mi perfil',
    'mi canal',
    'check out my',
    'checkout my',
    'check my channel',
    'my channel',
    'my youtube channel',
    'subscribe to my',
    'sub to my',
    'sub4sub',
    'sub 4 sub',
    'please subscribe',
    'pls subscribe',
    'plz subscribe',
    'subscribe please',
    'follow me on',
    'my new video',
    'my new song',
    'my new track',
    'my mixtape',
    'f4f',
    'follow 4 follow',
    'l4l',
    'like 4 like',
    // 0.6.9 (spam round 9): engagement swaps.
    'follow for follow',
    'follow4follow',
    'like for like',
    // 0.7.0 (the looked-at half of the YouTube spam): subscription swaps, the share button's
    // own words.
    'subscribe back',
    'sub back',
    'subscribe you back',
    'subscribe u back',
    'subscribe my channel',
    'subscribe my chanel',
    'subscribe on me',
    'my chanel',
    'my new channel',
    'like and subscribe',
  ],
  // Weaker self-reference: "my page" can be anyone's; counts only in numbers or with a link.
  weak: [
    // 0.7.11 (spam round 23).
    'my company on',
    'my etsy',
    'my ebay',
    'my app',
    'check my',
    'my page',
    'my profile',
    'my playlist',
    'my video',
    'my videos',
    'my music',
    'my youtube',
    'my instagram',
    'my insta',
    'my tiktok',
    'my twitch',
    'my stream',
    'my website',
    'my site',
    'my shop',
    'my store',
    'my blog',
    'subscribe to me',
    'sub to me',
    'sub me',
    'subscribe and',
    'subscribe if',
    'subscribe for',
    'subscribers',
    'follow me',
    'follow my',
    // Not "like my" alone: "cruel to people like my brother" (0.7.0).
    'like my video',
    'like my videos',
    'like my post',
    'like my pic',
    'like my photo',
    'like my status',
    'like my comment',
    'watch my',
    'visit my',
    // 0.6.9 (spam round 9): with another plug and a link, a channel plug.
    'follow back',
    'i follow back',
    // 0.7.0 (the looked-at half of the YouTube spam). Not "subscribe me" (to the department's
    // alerts), "our page", "our channel" (12), "my cover" (letter) or "my song" (request): with a
    // model sure of "subscribe", a weak phrase is enough to hide. Not engagement bait ("like this
    // comment if you're watching in 2015"): fans write it as often as spammers, and a sure model
    // would hide it; nor "check me out" ("so the girls could check me out").
    'like my page',
    'my vids',
    'my covers',
    'my rap',
    'my songs',
    'my beats',
    'our videos',
    'our vids',
  ],
  // The share button's own words ("Check out this video on YouTube:"): under a post they share
  // nothing with, a person looks; never hidden, since a resident shares footage of an arrest the
  // same way (0.7.0, the looked-at half of the YouTube spam).
  share: [
    'check out this video on youtube',
    'check out this playlist on youtube',
    'take a look at this video on youtube',
    'watch this video on youtube',
  ],
  contact: [
    // Spanish (0.7.8, Spanish spam round 5).
    'pidelas por inbox',
    'pidelos por inbox',
    'pidela por inbox',
    'pidelo por inbox',
    'informes por mensaje',
    'pedidos por inbox',
    'mandame dm',
    'mandame un dm',
    'escribeme por whatsapp',
    'mandame whats',
    // 0.7.6 (spam round 19).
    'email me for',
    // 0.7.5 (spam round 17).
    'join my vip group',
    'vip group',
    'my vip channel',
    'manda mensaje con la palabra',
    'mandame mensaje con la palabra',
    'escribeme al whatsapp',
    'escribeme al wsp',
    'mandame whatsapp',
    'informes por inbox',
    'contactanos',
    'mas informacion al',
    'escribeme por inbox',
    'inbox',
    'mandame inbox',
    'info por inbox',
    'escribeme al privado',
    // Spanish
    'escribeme',
    'mandame mensaje',
    // 0.7.2 (Spanish spam round 4, blind, then looked at).
    'preguntame como',
    'contactalo',
    'contactala',
    'contactame',
    'manda mensaje',
    'mandame whatsapp',
    'dm me',
    'inbox me',
    'pm me',
    'message me',
    'text me',
    'contact me',
    'whatsapp',
    'whats app',
    'telegram',
    'wickr',
    'kik me',
    'message him',
    'message her',
    'contact him',
    'contact her',
    'reach him',
    'reach her',
    // 0.7.3 (spam round 13): a stranger's handle to write to, and a business's DMs.
    'contact <handle>',
    'message <handle>',
    'reach out to <handle>',
    'text <handle>',
    'dm <handle>',
    'dm us',
    'dm for prices',
    'add me on',
    'my snap',
    'snap me',
    'reply with your',
    'send your details',
    'whatsapp me',
    'text me babe',
    'message me babe',
    'inbox para',
    'info por dm',
    'informes por dm',
    'info por inbox',
    'informes por inbox',
    'mas informacion por',
    'mandame dm',
    'escribeme al',
    // 0.6.7 (spam round 7)
    'text for pics',
    'dm for pics',
    // 0.6.9 (spam round 9): a testimonial's address for someone else.
    'contact them on',
    'contact them via',
    'message them on',
    'reach them on',
    'email him',
    'email her',
    'email them',
    'e-mail him',
    'e-mail her',
  ],
  money: [
    // Spanish (0.7.8, Spanish spam round 5).
    'ganancias semanales',
    'ganancias diarias',
    'ganancias garantizadas',
    'dinero extra',
    'ingreso extra',
    'unete a mi equipo',
    'unete a nuestro equipo',
    'solo necesitas un celular',
    'diarios desde tu casa',
    // 0.7.4 (spam round 15). Envelopes stuffed for a fee, money "flips", the general with a box of funds.
    'starter kit',
    'cash app flip',
    'money flip',
    'box of funds',
    'receive the funds',
    'someone trustworthy',
    'trustworthy person',
    'army general',
    'consignment box',
    // 0.7.2 (spam round 11, blind, then looked at): income pitches with a countdown.
    'make money online',
    'proven system',
    'work from your phone',
    'desde tu celular',
    'ganas hasta',
    'gana dinero',
    'pesos diarios',
    'dolares semanales',
    'ingresos extra',
    'dinero extra',
    'ganar dinero en internet',
    'ganar dinero desde casa',
    'trabajar desde casa',
    'trabaja desde casa',
    'no interview',
    'no interview needed',
    'reshipping',
    'reshipper',
    'package forwarding',
    'mystery shopper',
    'secret shopper',
    // Spanish
    'gana dinero',
    'ganar dinero',
    'dinero facil',
    'trabaja desde casa',
    'trabajo desde casa',
    'ingresos extra',
    'gana desde casa',
    'make money',
    'earn money',
    'making money',
    'earn cash',
    'extra income',
    'passive income',
    'work from home',
    'working from home',
    'a day from home',
    'get paid',
    'free money',
    'free iphone',
    'free robux',
    'free vbucks',
    'gift card',
    'giveaway',
    'cash app',
    'cashapp',
    'sugar daddy',
    'investment opportunity',
    'invest with',
    'bitcoin investment',
    'forex trading',
    'crypto trading',
    'binary options',
    'double your',
    'win a free',
    'claim your',
    'account manager',
    'no experience needed',
    'no experience required',
    'no experience necessary',
    'use my code',
    'with my code',
    'referral code',
    'my referral link',
    'friend you refer',
    'desde tu casa',
    'sin experiencia',
    'dinero extra',
    // 0.6.7 (spam round 7): job, rental, ticket and charity scams paid by app
    'mystery shoppers',
    'secret shoppers',
    'send deposit',
    'send a deposit',
    'send the deposit',
    'deposit by zelle',
    'via zelle',
    'zelle only',
    'venmo only',
    'cashapp only',
    'cash app only',
    'paypal only',
    'donate via cashapp',
    'donate via cash app',
    'results guaranteed',
    'guaranteed results',
    // 0.6.9 (spam round 9): recruiting for a scheme.
    'be your own boss',
    'boss babe',
    'fire your boss',
    // 0.6.9 (spam round 10).
    'paid surveys',
    'for every survey',
    'survey you complete',
    'surveys for cash',
  ],
  // Money talk that is also ordinary news ("the city's investment in…"): a pitch only together
  // with a contact request, a phone number, or a link off the page's topics.
  invest: [
    // Spanish (0.7.8, Spanish spam round 5).
    'duplica tu dinero',
    'multiplica tu dinero',
    'curso de trading',
    'opciones binarias',
    'inversion minima',
    // 0.7.4 (spam round 15).
    'forex signals',
    'signals group',
    'trading signals',
    'invierte en',
    'duplica tu dinero',
    'inversion segura',
    'curso de trading',
    'asesor financiero',
    'bitcoin',
    'btc',
    'crypto',
    'cryptocurrency',
    'forex',
    'investment',
    'investments',
    'invest',
    'investing',
    'investor',
    'trading',
    'trader',
    'profit',
    'profits',
    'income',
    'mining',
  ],
  sale: [
    // 0.7.11 (spam round 23): a seller's first person, a free app, the diet scam's numbers.
    'i sell',
    'app free',
    'free app',
    'one weird',
    'lose 10 pounds',
    'lose 15 pounds',
    'lose 20 pounds',
    'lose 25 pounds',
    'lose 40 pounds',
    'lose 50 pounds',
    // 0.7.10, spam round 21: a discount code, pills by the bottle.
    'off with code',
    'natural pills',
    'all natural pills',
    'bottles free',
    'free bottles',
    // Spanish (0.7.8, Spanish spam round 5).
    'pago contra entrega',
    'envios a todo',
    'envios a toda',
    'precio de mayoreo',
    'pregunta sin compromiso',
    'se renta',
    'se rentan',
    'gotas naturales',
    'quema grasa',
    'amarres de amor',
    'lectura de cartas',
    // 0.7.5 (spam round 17).
    'free shipping',
    'worldwide shipping',
    'ships worldwide',
    'wholesale price',
    'wholesale prices',
    'dm to order',
    'dm for prices',
    // 0.7.24 (Spanish round 355): followers and likes sold, in either language.
    'vendo seguidores',
    'venta de seguidores',
    'compra seguidores',
    'seguidores baratos',
    'likes baratos',
    'selling followers',
    'sell followers',
    'cheap followers',
    'cheap likes',
    // 0.7.4 (spam round 15). Replicas, bought followers.
    'replica',
    'replicas',
    'swiss quality',
    'instagram followers',
    'buy followers',
    'real and active followers',
    'instant delivery',
    // 0.7.3 (spam round 13): homework for hire, free streams, brand deals.
    'we do assignments',
    'do your assignments',
    'help with your essays',
    'help with your assignments',
    'online classes and exams',
    'take your online class',
    'take your online classes',
    'homework help',
    'essay writing service',
    'brand ambassadors',
    'dm us to collab',
    'dm to collab',
    'free products',
    'watch free in hd',
    'free in hd',
    'movies free',
    // 0.7.2 (spam round 11): degrees, unlocks and rentals sold in a comment.
    'college degree in',
    'no exams',
    'accredited diplomas',
    'buy a degree',
    'unlock any phone',
    'all carriers',
    'rent luxury cars',
    'cheapest in the city',
    'lose 30 pounds',
    'secret formula',
    'tenis originales',
    'envios a todo mexico',
    'pregunta sin compromiso',
    'vendo celulares',
    'a mitad de precio',
    'envios a todo el pais',
    'envios a toda la republica',
    // Spanish
    'se vende',
    'en venta',
    'envio gratis',
    'precio especial',
    'vendo',
    'for sale',
    'selling my',
    'best offer',
    'obo',
    'price drop',
    'dm for price',
    'pm for price',
    'inbox for price',
    'discount code',
    'per cent off',
    'percent off',
    'buy now',
    'order now',
    'shop now',
    'promo code',
    'use code',
    'coupon code',
    'free shipping',
    'limited offer',
    'special offer',
    'best price',
    'dating site',
    'hot singles',
    'dm for details',
    'dm for price',
    'shipping nationwide',
    'ships nationwide',
    'replica watches',
    'wholesale price',
    'factory price',
    'hot deal',
    'hot deals',
    'without prescription',
    'without a prescription',
    'no prescription',
    'viagra',
    'cialis',
    'diet pills',
    'weird trick',
    'doctors hate',
    'while supplies last',
    'buy one get',
    'real views',
    'get more views',
    'get more followers',
    'real followers',
    'male enhancement',
    'enhancement pills',
    'free bottle',
    'free bottles',
    'love spell',
    'love spells',
    'spell caster',
    'psychic readings',
    'bring back your ex',
    // 0.7.2 (Spanish spam round 4): the same trade in Spanish.
    'lectura de cartas',
    'regreso a tu ser amado',
    'amarres de amor',
    'replicas',
    'buy followers',
    'followers for',
    // 0.7.2 (spam round 11, written first): follower selling by the clock.
    'followers in 24 hours',
    'followers in 24h',
    'followers overnight',
    'instant followers',
    'boost your followers',
    'keto pill',
    'keto pills',
    'weight loss pill',
    'weight loss pills',
    'fat burner',
    'made me lose',
    'lose weight fast',
    'message for details',
    'inbox for details',
    'pm for details',
    'message me for details',
    'message for price',
    'timeshare',
    'new sealed',
    'factory sealed',
    'still sealed',
    'never used',
    'barely used',
    'serious buyers',
    'serious inquiries',
    'still in box',
    'still in the box',
    'never opened',
    'pick up only',
    'or best offer',
    'exclusive offer',
    'we buy houses',
    'sell your house',
    'cash for houses',
    'buy instagram likes',
    'buy likes',
    'instagram likes',
    'tiktok likes',
    'buy views',
    // 0.6.7 (spam round 7): tickets, pets, diet pills, essays, SEO, casinos, spells
    // 0.6.8 (spam round 8): readings sold by phone
    'tarot readings',
    'psychic readings',
    'first question free',
    'first reading free',
    'floor seats',
    'belly fat',
    'bottles free',
    'ready for new homes',
    'for pics and price',
    'seo packages',
    'free audit',
    'first page of google',
    'plagiarism free',
    'welcome bonus',
    'free spins',
    'online casino',
    'aaa quality',
    'lost lover',
    'get your ex back',
    // 0.6.9 (spam round 10).
    'keto gummies',
    'melt fat',
    'flat tummy',
    'movies free',
    'free movies',
    'psychic reading',
    'free reading',
    'watch free',
    'stream free',
    'cash for junk cars',
    'cash for cars',
    'we pay cash',
    'free towing',
  ],
  click: [
    // 0.7.11 (spam round 23): an app to install.
    'download free',
    'download this app',
    'install this app',
    'install the app',
    // Spanish (0.7.8, Spanish spam round 5).
    'haz click',
    'da click',
    'dale click',
    'entra ya',
    'inscribete ahora',
    'inscribete aqui',
    'registrate ya',
    'enlace de mi perfil',
    'link en la bio',
    'enlace en la bio',
    // 0.7.5 (spam round 17).
    'click my bio',
    'link in profile',
    'link in my profile',
    'link in bio',
    'link in my bio',
    // 0.7.4 (spam round 15). A free video, pictures behind a click.
    'watch the free video',
    'watch this free video',
    'see pics',
    'never paying for',
    // 0.7.3 (spam round 13).
    'check my bio',
    'see my bio',
    'in my bio',
    'entra a mi perfil',
    'visita mi perfil',
    'link en mi bio',
    'link en mi perfil',
    'tag 3 friends',
    'tag three friends',
    'tag 2 friends',
    'tag two friends',
    'tag a friend to enter',
    // Spanish
    'haz clic',
    'da clic',
    'haga clic',
    'entra aqui',
    'entra al link',
    'registrate',
    'registrate aqui',
    'click here',
    'click my profile',
    'click on my profile',
    'check my profile',
    'visit my profile',
    'see my profile',
    'click the link',
    'click this link',
    'click below',
    'link in bio',
    'link in my bio',
    'in my bio',
    'ca in bio',
    'sign up',
    'call now',
    'text now',
    'reply stop',
    'txt stop',
    'send stop',
    'reply yes',
    'reply win',
    'text win',
    'txt win',
    'to claim',
    'to opt out',
    'visit our',
    'apply now',
    'act now',
    'order today',
    'register now',
    'join now',
    'tap here',
    'ask me how',
    'claim now',
    'claim here',
    'no human verification',
    'share and comment',
    'comment done',
    'comment info',
    'comment yes',
    'link below',
    'link in comments',
    'link in the comments',
    'see who',
    // 0.6.7 (spam round 7)
    'tap the link',
    'tap link',
    // 0.6.9 (spam round 9).
    'get in early',
    'get in now before',
    'get in before the',
    // 0.6.9 (spam round 10).
    'join free',
    'comment below',
    'link in my profile',
    'no signup',
    'no sign up',
    // 0.7.0 (the looked-at half of the SMS spam): how billed text services ask to be answered.
    'to stop receiving',
    'free msg',
    'freemsg',
    'this message is free',
    'call2optout',
    'reply or call',
  ],
  // Prizes and lotteries: "you have won", "claim your prize", "free entry".
  prize: [
    // 0.7.11 (spam round 23): a game's currency or a gift card for nothing.
    'free robux',
    'free vbucks',
    'free v bucks',
    'free gems',
    'free coins',
    'free skins',
    'free gift cards',
    'free gift card',
    'free amazon gift',
    'free itunes',
    'free psn',
    'free steam',
    'free followers',
    'free likes',
    'free stuff for',
    // Spanish (0.7.8, Spanish spam round 5).
    'tarjeta de regalo',
    'gana una tarjeta',
    'gana un iphone',
    // 0.7.23 (Spanish round 353): the prize after "para".
    'ganar un iphone',
    'ganar una tarjeta',
    'ganar una pantalla',
    'iphone gratis',
    'gana una pantalla',
    'reclamalo aqui',
    'reclama aqui',
    'eres el ganador',
    'eres la ganadora',
    'fuiste elegido',
    'fuiste elegida',
    'fuiste seleccionada',
    'participa y gana',
    'entre mis seguidores',
    // 0.7.6 (spam round 19).
    'puppies for adoption',
    'puppy for adoption',
    // 0.7.4 (spam round 15).
    'win a trip',
    'win a free trip',
    // 0.7.3 (spam round 13): the fake giveaway's entry.
    'comment done to enter',
    'comment done',
    'like share and comment',
    // 0.7.2 (spam round 11): gambling bait.
    'play slots',
    'win real money',
    'deposit bonus',
    'casino bonus',
    '200% bonus',
    '100% bonus',
    // 0.7.2 (spam round 11): the free trip whose taxes and fees are the scam.
    'just pay taxes',
    'just pay the taxes',
    'pay taxes and fees',
    'just pay shipping',
    'just pay the shipping',
    'just pay for shipping',
    'win a ps5',
    'win an iphone',
    'win a free',
    // Spanish
    'ganaste',
    'has ganado',
    'reclama tu premio',
    'felicidades ganaste',
    'fuiste seleccionado',
    'you have won',
    "you've won",
    'you have been selected',
    "you've been selected",
    'you are a winner',
    "you're a winner",
    'you are selected',
    'selected to receive',
    'guaranteed prize',
    'cash prize',
    'claim your prize',
    'your prize',
    'prize draw',
    'free entry',
    'congratulations you',
    'urgent your',
    'lucky winner',
    'bonus prize',
    'award winner',
    'you are awarded',
    'has been awarded',
    'chance to win',
    'your chance at',
    'cash draw',
    'gift card',
    'free tickets',
    'spin the wheel',
    'free bonus',
    'collect your prize',
    'collect your reward',
    'collect your bonus',
    'number was selected',
    'number has been selected',
    'selected for a free',
    'been chosen to receive',
    'free spins',
    'casino bonus',
    'deposit bonus',
    'no deposit bonus',
    'welcome bonus',
    'sign up bonus',
    'signup bonus',
    'online casino',
    'daily giveaways',
    'winners get',
    '500 winners',
    '100 winners',
    // 0.6.9 (spam round 10).
    'you have been chosen',
    "you've been chosen",
    'sweepstakes',
    'congratulations winner',
    // 0.7.0 (the looked-at half of the SMS spam).
    'bonus caller prize',
    'prize guaranteed',
    'claim code',
    'await collection',
    'awaits collection',
    'awaiting collection',
    'specially selected',
    'chances to win',
    'u have won',
    'ur awarded',
    'been awarded a',
    'was awarded a',
    'a secret admirer',
    'secretly fancies you',
    'fancies you',
  ],
  loan: [
    // 0.7.6 (spam round 19): the grant that is never paid back.
    'never have to pay back',
    'never have to repay',
    'free grant money',
    'private lender',
    'no collateral',
    'loans at',
    'no repayment',
    'grants available',
    'free grant',
    'free grants',
    'grant money',
    // Spanish
    'prestamos rapidos',
    'prestamo rapido',
    'prestamos sin buro',
    'payday loan',
    'payday loans',
    'loan approved',
    'loans approved',
    'instant loan',
    'no credit check',
    'bad credit',
    'debt relief',
    'low interest',
    'get a loan',
    'loan offer',
    'guaranteed loan',
    'fast cash',
    'quick cash',
    'out of debt',
    'grant program',
    'government grant',
    'free grant',
    'struggling with debt',
    'wipe out your debt',
    'debt consolidation',
    'consolidate your debt',
    'credit repair',
    'fix your credit',
    'refinance today',
    'refinance now',
    'cash advance',
    'refinance your mortgage',
    'lower your mortgage',
    // 0.6.9 (spam round 10).
    'stimulus check available',
    'stimulus checks available',
    'relief payment available',
  ],
  adult: [
    // 0.7.10, spam round 21: escort ads and the romance scam's opening.
    'escort service',
    'escort services',
    'escort agency',
    'escorts available',
    'friends and maybe more',
    'be friends and maybe more',
    // Spanish (0.7.8, Spanish spam round 5).
    'chicas solteras',
    'solteras de tu ciudad',
    'quieren conocerte',
    'fotos intimas',
    'contenido exclusivo',
    'citas calientes',
    // 0.7.6 (spam round 19).
    'naughty girls',
    'naughty chat',
    'dirty chat',
    // 0.7.5 (spam round 17).
    'hot singles',
    'singles in your area',
    'singles near you',
    // 0.7.4 (spam round 15).
    'hot moms',
    'moms near you',
    'milfs',
    'milfs near you',
    'lonely housewives',
    'wives near you',
    // 0.7.3 (spam round 13).
    'girls in your area',
    'singles in your area',
    'want to meet tonight',
    'chicas solteras',
    'solteras cerca de ti',
    'quieren conocerte',
    // Spanish
    'chicas solteras',
    'contenido para adultos',
    'solteras en tu zona',
    'hot singles',
    'sexy singles',
    'local singles',
    'meet singles',
    'lonely girls',
    'local girls',
    'horny',
    'xxx',
    'nude pics',
    'nudes',
    'adult chat',
    'sex chat',
    'webcam girls',
    'cam girls',
    'hookup',
    'hook up tonight',
    'dating site',
    'onlyfans',
    'only fans',
    'sugar baby',
    'private photos',
    'private pics',
    'webcam show',
    'cam show',
    'singles in your area',
    'women near you',
    'girls near you',
    'casual date',
    'local matches',
    'girls in your city',
    'girls in your area',
    'lonely tonight',
    'lonely and bored',
    'bored and lonely',
    'text me babe',
    'message me babe',
    'dm me babe',
    'im bored text me',
    "i'm bored text me",
    'looking for fun tonight',
    'see my pics',
    'my private pics',
    // 0.6.9 (spam round 9).
    'want to meet you',
    'girls want to',
    'russian girls',
    'ukrainian girls',
    'beautiful girls',
    'lonely women',
    'lonely ladies',
    // 0.6.9 (spam round 10): romance bait.
    'i saw your profile',
    'you are very handsome',
    "you're very handsome",
    'real girls',
    'video chat with',
    // 0.7.0 (the looked-at half of the SMS spam).
    'adult singles',
    'local dates',
    'chat n date',
    'gay chat',
    'dogging',
  ],
  // Money asked for where it cannot be got back (0.7.6, spam round 19): the rental held for a
  // wired deposit by an owner abroad, a giveaway's shipping fee. One alone is how residents
  // talk ("wire the money for the fundraiser to the PTA"): only two, or one beside a payment
  // app or gift card, are a pitch.
  wire: [
    'wire the deposit',
    'wire a deposit',
    'wire deposit',
    'deposit to reserve',
    'owner is overseas',
    'landlord is overseas',
    'i am overseas',
    'western union',
    'moneygram',
    'for shipping to my',
  ],
  // Chain letters: off-topic under any post, for a person to judge (never hidden: a prayer chain
  // is not spam).
  chain: [
    'forward this to',
    'forward to everyone',
    'send this to 10',
    'send this to ten',
    'copy and paste',
    'copy paste this',
    'bad luck for',
    'years of bad luck',
    'type amen',
    'amen if you',
    'do not break the chain',
    "don't break the chain",
    'reenvia a',
  ],
  crypto: [
    // 0.7.14 (spam round 25): a token's pump and a "doubling" giveaway.
    'liquidity locked',
    'devs doxxed',
    'dev doxxed',
    'binance listing',
    'whitelist closes',
    'doubling program',
    'bitcoin doubling',
    'btc doubling',
    'double your btc',
    'double your bitcoin',
    'double your crypto',
    'receive double',
    // Spanish (0.7.8, Spanish spam round 5).
    'invierte en bitcoin',
    'invierte en criptomonedas',
    // 0.7.5 (spam round 17).
    'mining app',
    'pays daily',
    'already withdrew',
    'i withdrew',
    'recovered my stolen',
    'recover stolen crypto',
    'recovered my bitcoin',
    'recover your lost',
    'recover lost crypto',
    'to the moon',
    'presale',
    'pre sale',
    'airdrop',
    'next bitcoin',
    '100x',
    '1000x',
    'token launch',
    'new token',
    'buy the dip',
    'nft drop',
    'crypto signals',
    'trading signals',
    'recovery expert',
    'recover your funds',
    'bitcoin trading',
    'btc',
    'forex',
    'binance',
    'connect your wallet',
    'crypto trading',
    'trading with mr',
    'trading with mrs',
    'usdt',
    'guaranteed returns',
    'weekly returns',
    'daily returns',
    'guaranteed profit',
    'crypto bot',
    'trading bot',
    'ai trading',
    'presale',
    'stealth launch',
    'contract address',
    'to the moon',
    // 0.6.9 (spam round 10).
    'doubled my savings',
    'doubled my money',
    'tripled my money',
    'tripled my savings',
  ],
  // Local advertising and offers that ordinary residents also write about ("grand opening",
  // "lowest prices", "now hiring", "bake sale", "vote for my…"): a person judges them under a post
  // they share nothing with, or when they ask to be answered; never hidden on these alone.
  local: [
    'extended warranty',
    'vehicle warranty',
    "car's warranty",
    'cheapest price',
    'cheapest prices',
    'lowest price',
    'lowest prices',
    'free trial',
    'below face value',
    'free estimates',
    'free estimate',
    'free consultation',
    'first session free',
    'first class free',
    'first lesson free',
    'grand opening',
    'now hiring',
    "we're hiring",
    'we are hiring',
    'apply in person',
    'open till',
    'open until',
    'for prices',
    'for pricing',
    'book now',
    'book your',
    'dream home',
    'bake sale',
    'new catalog',
    'vote for my',
    // 0.6.9 (spam round 9).
    'enroll now',
    'enroll today',
    'join my team',
    'join our team today',
  ],
  // Phishing: a parcel, a bank, a refund or an account that asks for details. Hidden only with a
  // way to act (a link off the government's sites, a number, a short code).
  phish: [
    // 0.7.10, spam round 21: a fake order to call about, the deployed soldier of romance scams.
    'if you did not authorize',
    "if you didn't authorize",
    'if you did not make this',
    'if this was not you',
    'peacekeeping mission',
    'on a peacekeeping mission',
    // Spanish (0.7.8, Spanish spam round 5).
    'cuenta bancaria ha sido bloqueada',
    'tu cuenta ha sido bloqueada',
    'tu cuenta ha sido suspendida',
    'tu tarjeta ha sido bloqueada',
    'verifica tus datos',
    'actualiza tus datos',
    'cuenta suspendida',
    // 0.7.6 (spam round 19): a payment account "limited". (The car warranty's robocall, "press 1
    // to speak with an agent", was tried: residents give the county's menu the same way.)
    'account has been limited',
    'restore your account',
    // 0.7.5 (spam round 17).
    'account is on hold',
    'account has been put on hold',
    'verify payment',
    'verify your payment',
    'update your payment',
    // 0.7.4 (spam round 15). A "government program" that asks for a click.
    'check eligibility',
    'check your eligibility',
    // 0.7.3 (spam round 13, blind, then looked at): a page threatened with closure, a hacker
    // who recovers accounts.
    'violated our community standards',
    'violated our community guidelines',
    'violated our terms',
    'violates our community standards',
    'will be disabled',
    'will be permanently disabled',
    'will be permanently deleted',
    'will be unpublished',
    'page will be',
    'appeal here',
    'submit an appeal here',
    'verify here',
    'recovered mine',
    'recovered my account',
    'got my account back',
    'recovery expert',
    'account recovery expert',
    'funds recovery',
    'recover your lost',
    'recover lost funds',
    // 0.7.2 (spam round 11): the advance-fee letter.
    'business proposal',
    'my private email',
    'kindly reply',
    'kindly contact',
    'tried to reach you',
    'tried to contact you',
    'we have been trying to reach you',
    'transfer the funds to',
    'paga el envio para',
    'paga el envio',
    'computer has a virus',
    'your computer is infected',
    'your device is infected',
    'microsoft support',
    'apple support',
    'windows support',
    'tech support',
    'need a hacker',
    'hire a hacker',
    'recover hacked accounts',
    'bank details',
    'card details',
    'payment details',
    'update your payment',
    'verify your identity',
    'verify your account',
    'confirm your identity',
    'confirm your account',
    'account has been suspended',
    'account has been locked',
    'account will be suspended',
    'account will be closed',
    'redelivery',
    'could not be delivered',
    'unpaid toll',
    'entitled to a refund',
    'entitled to compensation',
    'new voicemail',
    'payment failed',
    'payment was declined',
    'payment declined',
    'update your billing',
    'billing info',
    'billing information',
    'who viewed your profile',
    'see who viewed',
    'who visited your profile',
    'trusted partner',
    'next of kin',
    'my late husband',
    // 0.7.2 (spam round 11): the soldier with a fortune.
    'share my fortune',
    'my fortune with you',
    'peacekeeping mission',
    'consignment box',
    'inheritance fund',
    'unclaimed inheritance',
    'beneficiary of',
    'transfer the funds',
    'foreign partner',
    'reply with your details',
    'send your details',
    'your full name and address',
    'coverage expires',
    'verifica tus datos',
    'actualiza tus datos',
    'confirma tus datos',
    'tu cuenta bancaria',
    'datos bancarios',
    // 0.6.9 (spam round 10).
    'certified hacker',
    'ethical hacker',
    'hire a hacker',
    'recover your hacked',
    'recover hacked',
    'with your ssn',
    'your social security number',
  ],
  billed: [],
};

const PROMO_LABEL: Record<PromoKind, string> = {
  self: 'channel or page promotion',
  weak: 'channel or page promotion',
  share: 'shared video',
  contact: 'contact pitch',
  money: 'money-making pitch',
  invest: 'investment pitch',
  sale: 'sales pitch',
  click: 'call to click',
  prize: 'prize or lottery pitch',
  loan: 'loan pitch',
  adult: 'adult or dating bait',
  crypto: 'crypto pitch',
  phish: 'phishing bait',
  local: 'local advertising',
  chain: 'chain letter',
  wire: 'request to wire money',
  billed: 'premium-rate number or short code',
};

interface Phrase {
  words: readonly string[];
  kind: PromoKind;
}

/** In a phrase, any @handle ("contact <handle>": "Contact @hackfixpro on Instagram"). */
const HANDLE = '<handle>';

/** Phrases indexed by their first word, so matching is one pass over the tokens. */
const PHRASES_BY_FIRST = new Map<string, Phrase[]>();
for (const [kind, phrases] of Object.entries(PROMO_PHRASES) as [PromoKind, readonly string[]][]) {
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    const first = words[0] ?? '';
    const list = PHRASES_BY_FIRST.get(first) ?? [];
    list.push({ words, kind });
    PHRASES_BY_FIRST.set(first, list);
  }
}

/**
 * What a police department's page is about (J.3 off-topic: never off-topic). Together with the
 * words of the post and the page, these keep on-topic comments, however critical, unflagged.
 */
const PAGE_TOPIC = new Set(
  (
    'police policeman policemen cop cops officer officers deputy deputies sheriff trooper troopers ' +
    'detective sergeant chief department dept pd precinct badge patrol squad k9 dispatch 911 ' +
    'mayor council councilman city town county government governor commissioner official ' +
    'officials crime crimes criminal criminals arrest arrested arrests jail prison court judge ' +
    // Public offices residents ask the page about, the streets they ask the city to mend, and the
    // petitions they ask each other to sign: a resident's civic business under any post (0.7.19).
    'dmv courthouse petition petitions crosswalk crosswalks sidewalk sidewalks pothole potholes ' +
    'streetlight streetlights stoplight stoplights ' +
    'law laws lawsuit justice rights constitution amendment protest protesters riot brutality ' +
    'shooting shooter gun guns weapon murder robbery theft stolen burglary assault victim ' +
    'victims suspect suspects missing warrant drugs dui investigation safety emergency fire ' +
    'ambulance rescue accident crash traffic road roads street streets highway intersection ' +
    'driver drivers speeding ticket tickets parking neighborhood community residents citizens ' +
    'taxes taxpayer taxpayers budget defund accountability corruption corrupt ' +
    // Help in a crisis is public safety: "text HOME to 741741" is not a short-code pitch (0.7.0).
    'suicide suicidal 988 741741'
  ).split(' '),
);

/** "you guys", "you all", "you people": the page's team addressed as a group. */
const GROUP_NOUNS = new Set(['guys', 'all', 'people', 'folks', 'lot']);

/** Function words that say nothing about topic when comparing a comment with its post. */
const STOPWORDS = new Set(
  (
    'the and for are but not you your all any can had her was one our out has him his how its ' +
    'who did get may now see way she too use that with have this will they from what were when ' +
    'your said there their them then than been more some would could should about just like ' +
    'into over also only very much such here where which while these those being does doing ' +
    'because yes yeah lol ' +
    // Words any two sentences share: "the new album" does not answer "new, unwrapped toys".
    'new good great best last first next year years time day days week weeks night today ' +
    'tonight every know think want need make made really still even back well going got love ' +
    'thanks thank please thing things lot little big old right free'
  ).split(' '),
);

export interface OffTopicCues {
  link: Evidence[];
  /** A link, or the datasets' placeholder for one ("URL", "@LINK"). */
  hasLink: boolean;
  promo: { kind: PromoKind; evidence: Evidence }[];
  /** Talks about what a police page is for, or shares a content word with the page's description. */
  civic: boolean;
  /** Shares a content word with the post. */
  postOverlap: boolean;
  /** The post's text was given. */
  hasPost: boolean;
  /** The comment replies to another comment: it answers that conversation. */
  reply: boolean;
  /** Number of word tokens. */
  words: number;
  /** Says "you guys", "y'all", "you people": speaks to the page's team as a group. */
  addressed: boolean;
  /** A long digit run, e.g. a phone number in a messaging-app pitch. */
  phone: boolean;
  /**
   * A payment-app handle ("donate via CashApp $HopeKids2025"): a way to send a stranger money,
   * and also how a church raffle is paid, so it makes a pitch answerable (queued), never hidden.
   */
  cashtag: boolean;
  /** An amount of money: "$500", "500 dollars". */
  cash: boolean;
  /** A premium-rate or revenue-sharing number (UK 09…, 084…, 087…; US 900; "£1.50/msg"). */
  premium: boolean;
  /** "text WIN to 87121": a short code to text. */
  shortCode: boolean;
  /**
   * Asked to reply or text a keyword in capitals ("reply YES", "txt STOP", "reply with CLAIM"),
   * in a comment not written in capitals: how an automated text service is answered. A city's
   * alert sign-up and a crisis line ask it too: never a pitch by itself. The keyword, as evidence.
   */
  keyword: Evidence | undefined;
  /** Where the premium-rate number or short code is, as evidence. */
  billing: Evidence[];
  /**
   * The fine print of a billed text service: "T&Cs", a PO box, "2stop", "18+", "std txt rate",
   * "£3.00 sub". With a premium-rate price or number it is how such a service bills whoever
   * answers; read only beside one.
   */
  finePrint: boolean;
  /**
   * A premium-rate number (UK 09…, US 900) asked to be called or texted: it bills whoever does.
   * Not 084… and 087…: British councils and police kept such numbers for years.
   */
  premiumCall: boolean;
  /**
   * An offer ("free", "win", "claim", a prize, a voucher, cash) in a comment with a number to
   * call or text: read only where there is one.
   */
  offer: Evidence | undefined;
  /**
   * A sum to win or claim ("Win £200 this week", "claim ur £150 vouchers") with a number, short
   * code or keyword to answer it: how a billed quiz or voucher text takes its fee (0.7.19).
   */
  billedPrize: boolean;
  /** A link through a URL shortener (bit.ly, tinyurl…): where it leads is hidden. */
  shortener: boolean;
  /**
   * Words of a subject a police page is not about (music, sport, food…), when the post is not
   * about that subject either: what the comment talks about instead.
   */
  unrelated: { topic: string; evidence: Evidence; alone: boolean }[];
  /**
   * Speaks of a scam as a scam ("beware", "this is a scam", "don't click"): a resident warning
   * others, often quoting the scam's own words; or passes on a crime tip line or a public alert
   * sign-up ("text TIP to 274637", "call Crime Stoppers on 0800 555 111, you could get a reward",
   * "text ALERTS to 888777 for free city alerts"), whose number, code and reward are a pitch's
   * shape (0.7.19). Never hidden, never called off-topic: on a police page all are public safety.
   */
  warning: boolean;
  /**
   * Asks about a crypto scheme or tells of one ("is it real?", "my son lost…"): not selling it.
   * Read only for a comment with three of a scheme's phrases.
   */
  asksOrTells: boolean;
  /**
   * Links whose address reads like a scam's: a brand or an account, prize or parcel word in a
   * hyphenated name ("usps-redelivery-help.com", "secure-login-verify.net"), or such a word on a
   * cheap domain favoured by scams ("quickcash.biz").
   */
  scamLink: Evidence[];
  /**
   * A cryptocurrency wallet's address beside a word asking to send or donate to it ("send
   * bitcoin to bc1q…"): money to a stranger that no one can get back. The address, as evidence.
   */
  wallet: Evidence | undefined;
}

/**
 * A scam warning's words. Not "not a scam" or "no scam" (a pitch vouching for itself), and not a
 * testimonial for a "recovery expert" (the scam that follows a scam: see RECOVERY).
 */
const WARNING =
  /\b(?:scams?|scammers?|scammed|scamming|frauds?|fraudulent|fraudsters?|phishing|beware|(?:almost|nearly) (?:sent|paid|wired|fell for|clicked|gave)|glad (?:i|we) (?:read|saw|checked|asked)|(?:fake|bogus|phony) (?:\w+ ){0,3}?(?:site|website|link|text|texts|call|calls|email|emails|page|account|message|messages|number|lottery|prize|charity|check|checks|job|jobs|offer|ad|shopper)|(?:lost|out) \$?\d[\d,]* (?:dollars )?to (?:a|an|this|that|some)\b|(?:please )?warn (?:your|our|my|the|everyone|others|people|folks|seniors|parents|grandparents)\b|filed a (?:police )?report|(?:do not|don'?t|never) (?:click|call back|reply|respond)|is (?:this|it|that) (?:legit|real|a scam|normal|safe|okay|ok)|should (?:i|we) (?:wire|send|pay)|how (?:do|can|should) (?:we|i|you) report|(?:i|we) reported (?:it|this|him|her|them|the)|report(?:ed)? (?:it|this|them) to|got an? (?:text|call|email|message|voicemail|letter|dm) (?:saying|that said|claiming|telling)|deleted it|(?:thanks|thank you) for the (?:warning|heads up)|(?:never|don'?t|do not) (?:wire|send (?:money|a deposit|the deposit|gift cards?))|offered my (?:\w+ )?(?:daughter|son|kid|kids|child|mom|mother|dad|father|grandma|grandpa|grandmother|grandfather|wife|husband))\b/;
/**
 * A Bitcoin (legacy or bech32) or Ethereum address, case as written (0.7.6). A legacy address
 * has a letter: a long run of digits is an account or a tracking number.
 */
const WALLET =
  /\b(?:bc1[ac-hj-np-z02-9]{25,71}|[13](?=[1-9]*[a-km-zA-HJ-NP-Z])[a-km-zA-HJ-NP-Z1-9]{25,34}|0x[a-fA-F0-9]{40})\b/;
const SEND = /\b(?:send|sending|donate|donations?|deposit|transfer|pay|contribute|tips?)\b/;
function walletIn(original: string): Evidence | undefined {
  const m = WALLET.exec(original);
  return m === null ? undefined : { start: m.index, end: m.index + m[0].length, text: m[0] };
}
/** "my account", "my old Facebook business account", just before the words. */
const OWN_ACCOUNT = /\b(?:my|our)\s+(?:[\w-]+\s+){0,3}$/i;
/** A resident asking about a scheme or telling of one, not selling it (0.7.14). */
const ASKS_OR_TELLS =
  /\?|\b(?:investigat\w*|legit|lost|stop|police|report\w*|heard|kept|keeps|told)\b/;
const NOT_WARNING = /\b(?:not|no|isn'?t|ain'?t|zero) (?:a )?(?:scam|fraud)\b/;
/** "Recovery experts are scammers too": a warning about the recovery scam, not a testimonial. */
const RECOVERY_WARNING =
  /\brecovery\s+(?:scams?|frauds?)\b|\brecovery\s+(?:experts?|services?|compan(?:y|ies)|agents?|agencies|hackers?|specialists?)\b[^.!?]{0,30}\b(?:are|is)\s+(?:also\s+|all\s+|just\s+)?(?:scams?|scammers?|frauds?|fake)\b/;
const RECOVERY =
  /\b(?:recover(?:ed|y)?|retriev(?:e|ed)|got (?:all )?(?:my|our|her|his) (?:money|funds|bitcoin|crypto|btc) back|helped me (?:get|recover|retrieve))\b/;

/**
 * A claim of earnings by the hour, day, week or month: "earn $500 a day", "I make $8,000 a
 * month", "earn $45/hr", "gana 5000 dólares a la semana". Not a price ("rent went to $1,921 a
 * month", "$30/month").
 */
const INCOME =
  // Spanish too (0.7.23, Spanish round 353): "gana 5000 dólares a la semana".
  /\b(?:make|makes|made|making|earn|earns|earned|earning|paid)\s+(?:up to\s+|over\s+|around\s+|about\s+|at least\s+)?(?:[$£€]\s?\d[\d,.]*k?|\d[\d,.]*k?\s*(?:dollars|usd|usdt|bucks))\s*(?:(?:an?|per|every|each|\/)\s*(?:day|week|month|wk|hour|hr)|(?:last|this|in\s+(?:a|one|just\s+one))\s+(?:week|month|day))\b|\b(?:gana|ganas|gane|ganar|ganando|genera|generas|generar|cobra|cobras)\s+(?:hasta\s+|m[aá]s\s+de\s+)?(?:[$€]\s?\d[\d,.]*k?|\d[\d,.]*k?\s*(?:d[oó]lares|pesos|usd|euros|dlls|mil))\s*(?:(?:al|a\s+la|por|cada)\s+(?:d[ií]a|semana|mes|hora)|diarios|semanales|mensuales|a\s+diario)\b/i;
/**
 * Chain letters and engagement bait, in shapes a phrase list cannot hold: "share this with 10
 * friends", "if you scroll past this without typing Amen", "every share gives her family $1",
 * "Facebook is going to start charging", "I do not give Facebook permission", "only 1 in 100 can
 * read this", "type 7 and see what happens", "if you get 5 back".
 */
const CHAIN =
  /\b(?:share|send|forward|repost|pass)\s+(?:this|it)\s+(?:post\s+|message\s+)?(?:with|to)\s+(?:\d+|five|seven|ten|twenty)\s+(?:friends|people|persons|contacts|women|men|groups)\b|\bif\s+you\s+(?:scroll|skip|ignore|pass)\s+(?:past\s+|by\s+|over\s+)?this\b|\bwithout\s+(?:typing|sharing|saying|commenting)\s+(?:amen|yes|it|this|\d+)\b|\bevery\s+(?:share|like|comment|repost)\s+(?:gives|=|equals|means|donates|sends|raises|helps)\b|\b(?:facebook|fb|instagram|meta|whatsapp|messenger)\s+(?:is\s+going\s+to|will|is\s+gonna|plans\s+to)\s+(?:start\s+)?(?:charg|make\s+(?:all\s+)?(?:your|our)\s+(?:posts|photos|pictures))|\b(?:i|we)\s+(?:do\s+not|don't|dont)\s+give\s+(?:facebook|fb|meta|instagram)\s+permission\b|\bonly\s+\d+\s*(?:%|percent|in\s+\d+|out\s+of\s+\d+)\s+(?:of\s+)?(?:people\s+)?(?:can|will|could)\b|\b(?:type|comment|write)\s+(?:amen|yes|\d+|[a-z]+)\s+(?:and|to)\s+see\s+what\s+happens\b|\bif\s+you\s+get\s+(?:\d+|one|two|three|five|ten)\s+back\b|\b(?:share|type\s+\w+|like)\s+if\s+you\s+(?:love|remember|believe)\b|\bsomething\s+(?:good|bad|amazing|wonderful|terrible)\s+will\s+happen\s+to\s+you\b/;

/** "Selling 2 floor tickets", "selling my old couch": a personal sale, with its count or owner. */
const SELLING = /\bselling\s+(?:\d+|two|three|four|my|our|some|a\s+pair\s+of)\b/i;

/** "best tacos in town": a business's boast. */
const BOAST = /\bbest\s+[a-z]+(?:\s+[a-z]+)?\s+in\s+(?:town|the\s+city|the\s+county)\b/i;

/** A discount: "80% off", "50 % OFF". */
const DISCOUNT = /\b\d{1,2}\s?%\s?off\b/i;

/** A host name as written in the text: "gov-refund-uk.com", "www.luckyspin.club". */
const HOST = /\b(?:[a-z0-9]+(?:-[a-z0-9]+)*\.)+[a-z]{2,8}\b/gi;
/** Words of a scam's address: the bait (prize, refund, parcel, account) or the brand it fakes. */
const SCAM_HOST_WORDS = new Set(
  (
    'verify verification secure security login signin logon account accounts refund refunds ' +
    'claim claims reward rewards prize prizes winner winners lucky bonus gift gifts free ' +
    'redelivery delivery parcel parcels package tracking unlock outlet sale sales deal deals ' +
    'discount cheap pharmacy pills gen generator giveaway crypto bitcoin btc loan loans cash ' +
    'invest profit wallet airdrop dating singles hot babes ' +
    'usps fedex dhl walmart amazon paypal apple netflix irs gov chase wellsfargo venmo cashapp ' +
    'costco robux voicemail inbox'
  ).split(' '),
);
/** The bait words long enough to look for inside an unhyphenated name ("quickcash", "luckyspin"). */
const SCAM_HOST_STEMS = [...SCAM_HOST_WORDS].filter((w) => w.length >= 4);
/** Cheap domains favoured by scams: on them, a bait word in the name is enough. */
const SCAM_TLDS = new Set(
  'xyz top club biz ru fun pro win bid loan icu buzz cam sbs cfd click vip tk info shop online site live store'.split(
    ' ',
  ),
);
/** A government, military or school address: never a scam's. */
const OFFICIAL_HOST = /\.(?:gov|mil|edu)(?:\.[a-z]{2})?$/;

/** The links in the text whose address reads like a scam's. */
function scamLinks(original: string): Evidence[] {
  const found: Evidence[] = [];
  for (const m of allMatches(HOST, original)) {
    const host = m[0].toLowerCase().replace(/^www\./, '');
    if (OFFICIAL_HOST.test(host)) continue;
    const labels = host.split('.');
    const tld = labels[labels.length - 1] ?? '';
    const name = labels[labels.length - 2] ?? '';
    const parts = name.split('-');
    const bait =
      parts.length > 1
        ? parts.some((p) => SCAM_HOST_WORDS.has(p))
        : SCAM_TLDS.has(tld) && SCAM_HOST_STEMS.some((w) => name.includes(w));
    if (bait) {
      const start = m.index;
      found.push({ start, end: start + m[0].length, text: m[0] });
    }
  }
  return found;
}

const CASH = /[$£€]\s?\d|\d\s?(?:[$£€]|usd\b|dollars\b|k\s+a\s+(?:day|week|month))/i;
// Premium-rate numbers and per-minute, per-message or per-week prices ("150p/msg", "150ppm",
// "£1.50/wk"; 0.7.0 adds "ppm", "pp/txt", "p a msg" and per-day and per-tone prices).
const PREMIUM_RATE_NUMBER = String.raw`09\d{2}[\s-]?\d{3}[\s-]?\d{3,4}|09\d{3}[\s-]?\d{6}|(?:\+?1[\s.-]?)?\(?900\)?[\s.-]?\d{3}[\s.-]?\d{4}`;
const PREMIUM = new RegExp(
  String.raw`(?<!\d)(?:${PREMIUM_RATE_NUMBER}|08[47]\d[\s-]?\d{3}[\s-]?\d{3,4})(?!\d)|\d+(?:\.\d+)?p{1,2}\s*(?:\/|per|a)\s*(?:min|msg|text|txt|day|wk|week|tone|logo)|\d+\s?pp[mw]\b|[£$]\s?\d+(?:\.\d\d)?\s*(?:\/|per)\s*(?:min|minute|msg|message|text|call|week|wk|day)\b`,
  'i',
);
/**
 * The fine print of a billed text service (UK and US): terms, a PO box, how to stop, an age
 * limit, the network's charges, a subscription price. Not "msg & data rates may apply" alone:
 * a city's alert sign-up says that too.
 */
const FINE_PRINT =
  /\b(?:t\s?&\s?cs?|t\s+cs|terms\s+(?:and|&)\s+conditions\s+apply|terms\s+apply|p\.?\s?o\.?\s?box\s?\d+\w*|2\s?stop(?:txt)?|or\s?2\s?stop\w*|(?:1[68]|21)\s?\+|(?:1[68]|21)\s*(?:yrs|years)\s+(?:or\s+over|\+|only)|std\s+(?:txt|text|sms|rate|rates|charges?|chgs|net(?:work)?\s+(?:charges?|rates?))|network\s+operator\s+rates|(?:£|gbp\s?)\d+(?:\.\d\d)?\s?sub\b|sub\.?\s+(?:£|gbp)\s?\d)/i;
/** A premium-rate number proper (UK 09…, US 900), not a per-minute price or 084/087. */
const PREMIUM_NUMBER = new RegExp(String.raw`(?<!\d)(?:${PREMIUM_RATE_NUMBER})(?!\d)`);
/** An offer of a sum to win or claim, not "free" or "offer" alone. */
const PRIZE_OFFER = /\b(?:win|wins|won|winner|winners|claim|prize|prizes|awarded|vouchers?)\b/i;
/** What a pitch offers: something free, a prize, a win, a claim, a voucher, cash. */
const OFFER =
  /\b(?:free|win|won|winner|claim|prize|offer|bonus|vouchers?|cash|awarded|reward|rewards)\b/i;
const SHORT_CODE = /\b(?:text|txt|send|reply)\b[^.!?\n]{0,40}?\bto:?\s*(?:no:?\s*)?\d{5,6}\b/i;
/**
 * A keyword to reply or text with: "reply YES", "txt STOP", "reply with the word CLAIM", "send
 * HIDE". The keyword's capitals are checked in `keywordIn`.
 */
const REPLY_KEYWORD =
  /\b(?:reply|replying|text|txt|send|sms)\s+(?:with\s+)?(?:the\s+word\s+)?["'“]?([A-Za-z][A-Za-z0-9]{1,11})\b/gi;
/** Capital words that are no keyword: "text ME", "send US", "reply ASAP". */
const NOT_KEYWORD = new Set([
  'I',
  'ME',
  'US',
  'IT',
  'OK',
  'ASAP',
  'NOW',
  'BACK',
  'AND',
  'TO',
  'THE',
]);
/**
 * A crime tip line or a public alert sign-up: the page's own business, whatever number, short
 * code, keyword or reward it gives ("text TIP to 274637", "Crime Stoppers pays a cash reward",
 * "sign up for free city alerts: text ALERTS to 888777").
 */
const PUBLIC_SAFETY_LINE =
  /\b(?:crime\s?stoppers?|crimestoppers|tip\s?(?:line|411|hotline)s?|tip411|anonymous\s+(?:tips?|reports?|reporting|line|hotline)|(?:report|call|text)\s+(?:it\s+|them\s+)?anonymously|anonymously\s+(?:report|call|text|on|at)|(?:submit|text|call\s+in)\s+(?:a\s+|your\s+)?tips?|(?:city|county|town|village|police|sheriff|state|fema)(?:'s)?\s+(?:(?:emergency|weather|traffic|public\s+safety)\s+)?(?:alerts?|notifications?)|sign\s+up\s+for\s+(?:free\s+)?(?:emergency|weather|evacuation)\s+alerts|amber\s+alerts?|nixle)\b/;
const SHORTENER =
  /\b(?:bit\.ly|tinyurl\.com|goo\.gl|t\.co|ow\.ly|is\.gd|buff\.ly|cutt\.ly|rebrand\.ly|shorturl\.at|tiny\.cc|rb\.gy|t\.ly|linktr\.ee)\//i;
/** A phone number: 9 or more digits, optionally grouped ("+1 555-123-4567"). */
const PHONE = /\+?\d(?:[\s()-]{0,2}\d){8,}|\b\d{3}\.\d{3}\.\d{4}\b/g;
/**
 * Digit groups that are not a way to call: a social security number (3-2-4) or a case or
 * incident number ("2023-4567-8901"). Those are personal information or the page's business.
 */
const NOT_PHONE = /^(?:\d{3}([\s-])\d{2}\1\d{4}|\d{4}-\d{4,}(?:-\d+)*)$/;

/** The first phone number in the text, or null. */
function phoneIn(text: string): RegExpExecArray | null {
  for (const m of allMatches(PHONE, text)) if (!NOT_PHONE.test(m[0].trim())) return m;
  return null;
}
/** An e-mail address: a way to be written to off the page, like "DM me". */
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/i;
/** The cheap test before EMAIL_SPELLED, whose word-by-word scan is not worth running on every comment. */
const SPELLED_DOMAIN = /\bdot\s+com\b/i;
/** A web address spelled out: "growfast dot net", "cash-now (dot) biz". */
const SPELLED_LINK =
  /\b([a-z0-9][a-z0-9-]{2,40})\s*(?:\s(?:dot)\s|\(dot\)|\[dot\])\s*(?:com|net|biz|info|xyz|shop|club|io|co|me|site|online|store|top|vip|live|ru)\b/i;
/** Words before "dot com" that are no address: "the dot com bubble". */
const NOT_A_HOST = new Set(['the', 'and', 'old', 'early', 'first', 'big', 'that', 'this', 'com']);
/** An e-mail address spelled out to dodge filters: "hackerjack at gmail dot com". */
const EMAIL_SPELLED =
  /\b[\w.+-]+\s+(?:at|\[at\]|\(at\))\s+(?:gmail|yahoo|hotmail|outlook|proton(?:mail)?|icloud|aol)\s+(?:dot|\[dot\]|\(dot\))\s+com\b/i;

/** What a word is to this classifier, one lookup per token: about the page, a stopword, a phrase start. */
const WORD_TOPIC = 1;
const WORD_STOP = 2;
const WORD_PROMO_START = 4;
/**
 * Subjects a police department's page is not about, each with words that name it and nothing
 * else a resident would say about policing, traffic or the city. No word of opinion, politics or
 * public life is here (J.3 off-topic is never a judgement of a view), nor a word with a sense a
 * critic or a witness would use: "movie" ("this is not a movie, people died"), "episode" (a
 * mental-health episode), "vacation" (the chief's), "outfit" (a suspect's, or a "despicable
 * outfit"), "makeup" (of the council), "gaming" (the system), "nails" (on the road), "cruise",
 * "resort", "binge" (drinking). Pets are left out (lost and found animals are posted on police
 * pages), and so are team names that are also ordinary or political words ("patriots",
 * "chiefs", "giants").
 */
const UNRELATED_TOPICS: Record<string, string> = {
  music:
    'song songs album albums lyrics playlist rapper rappers singer banger spotify remix concert',
  'film and television':
    'netflix hulu finale sitcom anime bingewatching oscars emmys spoilers spoiler binged binge marvel',
  sport:
    'nfl nba mlb nhl playoffs touchdown quarterback bullpen halftime superbowl yankees lakers dodgers packers steelers broncos bengals seahawks 49ers celtics knicks',
  'food and cooking':
    'recipe recipes lasagna ramen sushi tacos burrito pasta baking dessert yummy foodie sourdough enchiladas cupcakes cheesecake brownies casserole',
  'beauty and fashion': 'manicure pedicure lipstick eyeliner hairstyle skincare',
  'video games': 'fortnite minecraft roblox xbox playstation ps5 gamer zelda nintendo',
  crafts: 'knitting crochet quilting scrapbooking quilt',
  travel: 'disneyland disneyworld',
  gardening: 'tulips orchids perennials seedlings',
  celebrities: 'kardashians kardashian',
  gadgets: 'iphone airpods ipad peloton',
  pets: 'groomer',
};
/**
 * Words that put a post on one of those subjects (a band concert in the park, a charity game, a
 * pancake breakfast), too general to say a comment is off the page's topics: under such a post,
 * comments on that subject are on topic.
 */
const POST_SUBJECT_WORDS: Record<string, string> = {
  music: 'music concert concerts band bands festival dj dance choir',
  'film and television': 'film films screening cinema',
  sport:
    'game games team teams league tournament match softball baseball basketball football soccer hockey sports',
  'food and cooking':
    'food dinner lunch breakfast bbq barbecue cookout pancake pancakes pizza coffee donuts cook chili',
  'video games': 'esports',
};
/**
 * More words of those subjects and of a few more, each of which alone could be said on a police
 * page ("the gym", "a novel", "my garden"): a comment is about the subject only when it has two
 * of one subject's words. Found as the GloVe neighbours of a few seed words per subject that are
 * far from the page's topics (`npm run topic-words` lists them), then read by hand: words that are
 * also things stolen, places of a crime, event refreshments or a police service (coffee, pizza,
 * donuts, wine, phones and laptops, "vacation" house checks) were left out.
 */
const CHATTER_SUBJECTS: Record<string, string> = {
  'film and television': `movie movies actor actors actress comedy disney documentary episode episodes
    starring broadway cinema animated premiere soundtrack cartoon animation premiered sequel sequels
    theatrical hbo thriller screenplay emmy emmys sitcom sitcoms remake blockbuster oscars dramas
    parody spielberg documentaries bollywood cameo miniseries comedies musicals seinfeld simpsons
    sopranos primetime spoof prequel spoiler spoilers binge streaming`,
  music: `album albums singer singers jazz guitar guitarist singing bands blues musicians piano lyrics
    composer vocals vocalist instrumental gospel rap drummer punk grammy grammys beatles songwriter
    rapper acoustic bassist melody indie funk ballad duet reggae tunes`,
  'food and cooking': `recipe recipes cooking baking dessert desserts pasta lasagna cheese chocolate
    butter sauce sauces ingredients flour soup soups flavor garlic oven pie pies lemon potatoes salad
    salads baked bake vanilla coconut peanut crust steak delicious syrup cookbook roasted sausage
    pumpkin gourmet spices noodles yogurt spicy stew pudding biscuits sushi tart tasty gravy
    mayonnaise mashed espresso caramel fudge tortilla tortillas eggplant tofu casserole savory
    pastries custard oatmeal macaroni appetizer appetizers muffins cheesecake bagels frosting
    brownies meatballs pesto risotto couscous cupcakes mousse tamales enchiladas sourdough latte
    ramen burrito yummy foodie`,
  'video games': `nintendo playstation gameplay arcade sega wii console consoles multiplayer gamers gamer
    videogame xbox fortnite minecraft roblox zelda`,
  'beauty and fashion': `makeup jeans dresses wardrobe scarf perfume gucci versace prada chanel armani
    fashion lipstick wig handbags handbag hairstyle hairstyles manicure pedicure eyeliner skincare
    mascara`,
  travel: `cruise cruises resort resorts honeymoon itinerary sightseeing excursions bahamas cancun beach
    beaches getaway airbnb hawaii jamaica aruba`,
  fitness: 'fitness gym workout workouts yoga treadmill aerobics cardio squat squats deadlift',
  gardening: `gardening garden bulbs foliage shrubs gardeners seedlings compost pruning wildflowers mulch
    potted perennials tulips annuals tomatoes zucchini squash harvest pumpkins`,
  crafts: `sewing yarn knitting embroidery stitching woodworking knitted quilting quilts crochet
    scrapbooking jigsaw puzzle puzzles quilt`,
  'home improvement': `cabinets countertops backsplash remodel remodeling renovation renovating
    repainted repainting decor wallpaper`,
  celebrities: 'kardashians kardashian gossip tabloid tabloids celebrity celebrities paparazzi',
  books: `novel novels novelist memoir memoirs trilogy paperback hardcover bestseller bestselling novella
    anthology nonfiction autobiography poetry poems`,
};
/** A word's subject, and whether it is one of CHATTER_SUBJECTS (two needed) or of UNRELATED_TOPICS. */
const UNRELATED_WORD = new Map<string, { topic: string; alone: boolean }>();
for (const [topic, list] of Object.entries(CHATTER_SUBJECTS)) {
  for (const word of list.trim().split(/\s+/)) UNRELATED_WORD.set(word, { topic, alone: false });
}
for (const [topic, list] of Object.entries(UNRELATED_TOPICS)) {
  for (const word of list.split(' ')) UNRELATED_WORD.set(word, { topic, alone: true });
}
const POST_SUBJECT = new Map<string, string>();
for (const [word, { topic }] of UNRELATED_WORD) POST_SUBJECT.set(word, topic);
for (const [topic, list] of Object.entries(POST_SUBJECT_WORDS)) {
  for (const word of list.split(' ')) POST_SUBJECT.set(word, topic);
}

interface PostSubjects {
  /** The subjects of UNRELATED_TOPICS the post itself is about. */
  topics: Set<string>;
  /** The post speaks of what a public agency's page is for (a word of PAGE_TOPIC). */
  public: boolean;
}

/** What a post is about (the last post's, cached: a burst of comments shares one post). */
let lastPostSubjects: [string, PostSubjects] | undefined;
function postSubjects(post: string, words: ReadonlySet<string>): PostSubjects {
  if (lastPostSubjects?.[0] === post) return lastPostSubjects[1];
  const subjects: PostSubjects = { topics: new Set(), public: false };
  for (const w of words) {
    const topic = POST_SUBJECT.get(w);
    if (topic !== undefined) subjects.topics.add(topic);
    if (PAGE_TOPIC.has(w)) subjects.public = true;
  }
  lastPostSubjects = [post, subjects];
  return subjects;
}

const WORD_INFO = new Map<string, number>();
for (const [words, bit] of [
  [PAGE_TOPIC, WORD_TOPIC],
  [STOPWORDS, WORD_STOP],
  [PHRASES_BY_FIRST.keys(), WORD_PROMO_START],
] as const) {
  for (const w of words) WORD_INFO.set(w, (WORD_INFO.get(w) ?? 0) | bit);
}

/** Punctuation that ends a clause: a phrase does not run across it. */
const CLAUSE_BREAK = /[.,;:!?]/;

/** The promotion phrases starting at the given tokens (those whose word starts one). */
/** What a resident asks the department to look at: their record, case, report or claim. */
const OWN_BUSINESS = new Set(
  'record records file case report application status ticket claim complaint request citation warrant license permit'.split(
    ' ',
  ),
);

function findPromo(
  tokens: Tokens,
  starts: readonly number[],
  prepared: PreparedText,
): OffTopicCues['promo'] {
  const found: OffTopicCues['promo'] = [];
  const words = tokenWords(tokens);
  for (const t of starts) {
    const phrases = PHRASES_BY_FIRST.get(words[t] ?? '');
    if (phrases === undefined) continue;
    for (const phrase of phrases) {
      let ok = true;
      for (let k = 1; k < phrase.words.length && ok; k++) {
        // Within one clause: "the free car seat check, my daughter's seat" is not "check my".
        ok =
          (phrase.words[k] === HANDLE
            ? tokens.kinds[t + k] === TOKEN_MENTION
            : words[t + k] === phrase.words[k]) &&
          !CLAUSE_BREAK.test(
            tokens.text.slice(tokens.ends[t + k - 1] ?? 0, tokens.starts[t + k] ?? 0),
          );
      }
      if (!ok) continue;
      const last = t + phrase.words.length - 1;
      // A resident's own business with the department: "can you check my record", "follow my
      // case" ask for service, they plug nothing.
      if (phrase.kind === 'weak' && OWN_BUSINESS.has(words[last + 1] ?? '')) continue;
      found.push({
        kind: phrase.kind,
        evidence: prepared.evidence(tokens.starts[t] ?? 0, tokens.ends[last] ?? 0),
      });
    }
  }
  return found;
}

/**
 * Content words of a post (slot 0) or page description (slot 1), remembered for the next
 * comment on the same post: comments arrive post by post.
 */
const lastContext = ['', ''];
const lastContextWords = [new Set<string>(), new Set<string>()];
/**
 * A word without its plural or verb ending, so a comment's "plow" meets a post's "plows" and
 * "parked" its "parking" (0.7.15). A post's words are kept both whole and stemmed; a
 * comment's are looked up both ways.
 */
function stemOf(word: string): string {
  if (word.length < 5) return word;
  const m = /(?:ing|ed|es|s)$/.exec(word);
  if (m === null || word.endsWith('ss')) return word;
  return word.slice(0, word.length - m[0].length);
}

function contextWords(text: string, slot: 0 | 1): Set<string> {
  if (text === lastContext[slot]) return lastContextWords[slot] ?? new Set();
  // Prepared like a comment, so that both sides of the comparison read the same way.
  const tokens = tokenize(prepareText(text).normalized);
  const all = tokenWords(tokens);
  const words = new Set<string>();
  for (let t = 0; t < tokens.count; t++) {
    if (tokens.kinds[t] !== TOKEN_WORD) continue;
    const w = all[t] ?? '';
    if (w.length < 3 || STOPWORDS.has(w)) continue;
    words.add(w);
    words.add(stemOf(w));
  }
  lastContext[slot] = text;
  lastContextWords[slot] = words;
  return words;
}

export function findOffTopicCues(input: ClassifyInput, prepared: PreparedText): OffTopicCues {
  const tokens = tokensOf(prepared);
  const words = tokenWords(tokens);
  const post = input.context?.post ?? '';
  const page = input.context?.page ?? '';
  const postWords = post === '' ? undefined : contextWords(post, 0);
  const pageWords = page === '' ? undefined : contextWords(page, 1);
  const link: Evidence[] = [];
  let hasLink = false;
  let hasNumber = false;
  let civic = false;
  // Tickets are the page's business (traffic tickets) and also what is sold (concert tickets).
  let civicBesidesTickets = false;
  let postOverlap = false;
  let wordCount = 0;
  let addressed = false;
  const promoStarts: number[] = [];
  const unrelatedAt: { topic: string; alone: boolean; t: number }[] = [];
  for (let t = 0; t < tokens.count; t++) {
    const kind = tokens.kinds[t];
    const w = words[t] ?? '';
    const info = kind === TOKEN_WORD || kind === TOKEN_NUMBER ? (WORD_INFO.get(w) ?? 0) : 0;
    if ((info & WORD_PROMO_START) !== 0) promoStarts.push(t);
    if (kind === TOKEN_URL) {
      // The datasets' "URL" placeholders count as links for the model, not as evidence.
      hasLink = true;
      if (w !== 'url' && w !== '@link') {
        link.push(prepared.evidence(tokens.starts[t] ?? 0, tokens.ends[t] ?? 0));
        // A government's own address is about government (0.7.11): "the park survey is open
        // until Friday: helenamt.gov/parks-survey".
        const host = /^(?:[a-z]+:\/\/)?(?:www\.)?([^/?#]+)/.exec(w)?.[1] ?? '';
        if (OFFICIAL_HOST.test(host)) civic = civicBesidesTickets = true;
        // A link's words say what it is about: ".../police-arrest-suspect-main-street".
        for (const part of w.split(/[^a-z]+/)) {
          // "slimtea-official.net", "official-store": a shop calls itself official (0.7.11).
          if (part.length < 3 || STOPWORDS.has(part) || part === 'official') continue;
          if (PAGE_TOPIC.has(part) || pageWords?.has(part)) civic = civicBesidesTickets = true;
          if (postWords?.has(part) || postWords?.has(stemOf(part))) postOverlap = true;
        }
      }
      continue;
    }
    if (kind === TOKEN_NUMBER) {
      hasNumber = true;
      // The page's numbers: 911, and the crisis lines 988 and 741741 (0.7.0).
      if ((info & WORD_TOPIC) !== 0) civic = civicBesidesTickets = true;
    }
    if (kind !== TOKEN_WORD) continue;
    wordCount++;
    if (w === "y'all" || w === 'yall' || (w === 'you' && GROUP_NOUNS.has(words[t + 1] ?? ''))) {
      addressed = true;
    }
    // "Hiring in your city", "singles in your area": a pitch's stock address to anyone, anywhere,
    // not the page's city.
    const anywhere = GENERIC_PLACE.has(w) && words[t - 1] === 'your';
    if ((info & WORD_TOPIC) !== 0 && !anywhere) {
      civic = true;
      if (w !== 'ticket' && w !== 'tickets') civicBesidesTickets = true;
    }
    if (postWords !== undefined) {
      const subject = UNRELATED_WORD.get(w);
      if (subject !== undefined) unrelatedAt.push({ ...subject, t });
    }
    if (w.length < 3 || (info & WORD_STOP) !== 0) continue;
    if (pageWords?.has(w)) civic = civicBesidesTickets = true;
    if (postWords !== undefined && (postWords.has(w) || postWords.has(stemOf(w)))) {
      postOverlap = true;
    }
  }
  // Phone numbers and amounts are read in the original: normalization may rewrite digits.
  const digits = hasNumber || /\d/.test(prepared.original);
  // Only under a post that is recognisably a public agency's (a video's title is not): there the
  // page's purpose says what is unrelated.
  const aboutPost =
    unrelatedAt.length === 0 ? undefined : postSubjects(post, postWords ?? new Set());
  const unrelated = unrelatedAt
    .filter((u) => aboutPost?.public === true && !aboutPost.topics.has(u.topic))
    .map((u) => ({
      topic: u.topic,
      alone: u.alone,
      evidence: prepared.evidence(tokens.starts[u.t] ?? 0, tokens.ends[u.t] ?? 0),
    }));
  const promo = findPromo(tokens, promoStarts, prepared);
  // "Two Taylor Swift tickets for sale": the only word of the page's topics is what is sold.
  if (civic && !civicBesidesTickets && promo.some((x) => x.kind === 'sale')) civic = false;
  // Patterns the phrase list cannot hold, read in the original: "$500 a day", "80% off". An
  // income claim on the page's topics is news ("officers make $500 a day in overtime").
  const income = digits && !civic ? INCOME.exec(prepared.original) : null;
  const discount = digits ? DISCOUNT.exec(prepared.original) : null;
  const boast = post.trim() === '' ? null : BOAST.exec(prepared.original);
  const sellingCount = SELLING.exec(prepared.original);
  // Chain letters are judged only against a post (offTopicResult).
  const chain = post.trim() === '' ? null : CHAIN.exec(prepared.normalized);
  if (chain !== null) {
    promo.push({
      kind: 'chain',
      evidence: prepared.evidence(chain.index, chain.index + chain[0].length),
    });
  }
  // A link spelled out to dodge filters ("growfast dot net", "quickcash(dot)biz") beside a
  // promotion phrase: a link (0.6.9). Alone it is how residents name a site.
  const spelledLink = /\bdot\b|\(dot\)|\[dot\]/i.test(prepared.original)
    ? SPELLED_LINK.exec(prepared.original)
    : null;
  if (
    spelledLink !== null &&
    promo.length > 0 &&
    !NOT_A_HOST.has((spelledLink[1] ?? '').toLowerCase())
  ) {
    hasLink = true;
    link.push({
      start: spelledLink.index,
      end: spelledLink.index + spelledLink[0].length,
      text: spelledLink[0],
    });
  }
  const email = /@/.test(prepared.original)
    ? EMAIL.exec(prepared.original)
    : SPELLED_DOMAIN.test(prepared.original)
      ? EMAIL_SPELLED.exec(prepared.original)
      : null;
  for (const [kind, m] of [
    ['contact', email],
    ['money', income],
    ['local', discount],
    ['local', boast],
    ['sale', sellingCount],
  ] as const) {
    if (m !== null)
      promo.push({ kind, evidence: { start: m.index, end: m.index + m[0].length, text: m[0] } });
  }
  // The writer's own account ("my Facebook account has been locked, message me at my new one"):
  // a resident's trouble, not the phisher's "your account has been locked" (0.7.6).
  for (let i = promo.length - 1; i >= 0; i--) {
    const p = promo[i];
    if (
      p?.kind === 'phish' &&
      /^account has been/i.test(p.evidence.text) &&
      OWN_ACCOUNT.test(
        prepared.original.slice(Math.max(0, p.evidence.start - 30), p.evidence.start),
      )
    )
      promo.splice(i, 1);
  }
  const normalized = prepared.normalized;
  // Read only when something pitches: a warning changes nothing else.
  const keyword = keywordIn(prepared.original);
  const warning =
    (promo.length > 0 || hasLink || digits || keyword !== undefined) &&
    ((WARNING.test(normalized) &&
      !NOT_WARNING.test(normalized) &&
      (!RECOVERY.test(normalized) || RECOVERY_WARNING.test(normalized))) ||
      PUBLIC_SAFETY_LINE.test(normalized));
  const premium = digits ? PREMIUM.exec(prepared.original) : null;
  const shortCode = digits ? SHORT_CODE.exec(prepared.original) : null;
  const phone = digits && phoneIn(prepared.original) !== null;
  const cash = digits && CASH.test(prepared.original);
  return {
    link,
    hasLink,
    promo,
    civic,
    postOverlap,
    hasPost: post.trim() !== '',
    reply: (input.context?.parent ?? '').trim() !== '',
    words: wordCount,
    addressed,
    phone,
    cashtag: CASHTAG.test(prepared.original),
    cash,
    premium: premium !== null,
    shortCode: shortCode !== null,
    keyword,
    billing: [premium, shortCode]
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] })),
    // Both read only where they can matter: the fine print beside a premium rate, an offer beside
    // a number.
    finePrint: premium !== null && FINE_PRINT.test(prepared.original),
    premiumCall:
      premium !== null &&
      PREMIUM_NUMBER.test(prepared.original) &&
      CALL_OR_TEXT.test(prepared.normalized),
    offer:
      phone || premium !== null || shortCode !== null || keyword !== undefined
        ? offerIn(prepared.original)
        : undefined,
    billedPrize:
      cash &&
      (premium !== null || shortCode !== null || keyword !== undefined) &&
      PRIZE_OFFER.test(prepared.original),
    shortener: hasLink && SHORTENER.test(prepared.original),
    unrelated,
    warning,
    // Read only where it is asked: three of a crypto scheme's phrases (scamPitch).
    asksOrTells:
      promo.filter((x) => x.kind === 'crypto').length >= 3 && ASKS_OR_TELLS.test(normalized),
    scamLink: hasLink ? scamLinks(prepared.original) : [],
    wallet: digits && SEND.test(normalized) ? walletIn(prepared.original) : undefined,
  };
}

/** Asks to be called or written to: beside a number, a way to answer an offer. */
const CALL_OR_TEXT = /\b(?:call|calls|ring|text|txt|sms|whatsapp|dial|phone)\b/;

function offerIn(original: string): Evidence | undefined {
  const m = OFFER.exec(original);
  return m === null ? undefined : { start: m.index, end: m.index + m[0].length, text: m[0] };
}

/**
 * The first keyword in capitals asked to be replied or texted, in a comment whose letters are
 * mostly lower case (in one written in capitals, a capital word says nothing).
 */
function keywordIn(original: string): Evidence | undefined {
  // Most comments have no two capitals in a row, so no keyword: the pattern is not run on them.
  if (!/[A-Z][A-Z0-9]/.test(original)) return undefined;
  for (const m of allMatches(REPLY_KEYWORD, original)) {
    const word = m[1] ?? '';
    if (!/^[A-Z][A-Z0-9]+$/.test(word) || NOT_KEYWORD.has(word)) continue;
    const upper = original.replace(/[^A-Z]/g, '').length;
    const letters = original.replace(/[^A-Za-z]/g, '').length;
    if (upper * 2 >= letters) return undefined;
    const start = m.index + m[0].length - word.length;
    return { start, end: start + word.length, text: word };
  }
  return undefined;
}

/** The cue features the spam model sees besides the words. */
export function spamCueFeatures(cues: OffTopicCues): string[] {
  const names: string[] = [];
  if (cues.hasLink) names.push('cue:link');
  if (cues.civic) names.push('cue:civic');
  if (cues.postOverlap) names.push('cue:post-overlap');
  // Judged against the post (J.3 off-topic): shares nothing with it and is not about the page.
  if (cues.hasPost && !cues.postOverlap && !cues.civic) {
    names.push(cues.hasLink ? 'cue:link-unrelated-to-post' : 'cue:unrelated-to-post');
  }
  if (cues.phone) names.push('cue:phone');
  if (cues.cash) names.push('cue:cash');
  if (cues.premium) names.push('cue:premium-rate');
  if (cues.shortCode) names.push('cue:short-code');
  if (cues.shortener) names.push('cue:shortener');
  for (const kind of new Set(cues.promo.map((p) => p.kind))) names.push(`cue:promo-${kind}`);
  return names;
}

export interface OffTopicAnalysis {
  /** The spam model's logit. */
  logit: number;
  cues: OffTopicCues;
  prepared: PreparedText;
}

/** The spam model's features for a comment: its words plus the cue features. */
export function spamFeatures(
  spec: FeatureSpec,
  input: ClassifyInput,
  prepared: PreparedText,
): { features: Features; cues: OffTopicCues } {
  const cues = findOffTopicCues(input, prepared);
  return { features: extractFeatures(tokensOf(prepared), spec, spamCueFeatures(cues)), cues };
}

export function analyzeOffTopic(
  model: LinearModel,
  input: ClassifyInput,
  prepared: PreparedText,
): OffTopicAnalysis {
  const cues = findOffTopicCues(input, prepared);
  // The text's features are shared with the personal-attack model; the cues are added here,
  // weighed exactly as `spamFeatures` (the training side) weighs them.
  const features = featuresOf(prepared, tokensOf(prepared), model.spec);
  const extra = spamCueFeatures(cues).map((name) => cueIndex(name, model.spec));
  return { logit: logitWith(model, features, extra), cues, prepared };
}

/** A comment that only a promotion can be: the rules that may justify hiding it. */
/**
 * A question about taking part in what the post announces ("Is it free? Do I need to sign up?"),
 * with no way offered to answer it elsewhere: the resident asks the page, they plug nothing.
 */
const ASKS_TO_TAKE_PART =
  /\b(?:(?:do|does|will|can|should|must)\s+(?:i|we|you|they|kids|seniors)\s+(?:need\s+to\s+|have\s+to\s+)?(?:sign\s+up|register|rsvp|pay|bring|apply|book)|(?:is|was)\s+(?:it|there|this|the\s+\w+)\s+(?:free|a\s+fee|a\s+cost|open\s+to)|how\s+(?:do|can)\s+(?:i|we)\s+(?:sign\s+up|register|rsvp|apply))\b[^.!?\n]*\?/;

function asksAboutThePost(normalized: string, cues: OffTopicCues): boolean {
  return (
    cues.hasPost &&
    !cues.hasLink &&
    !cues.phone &&
    !cues.cash &&
    cues.promo.every((x) => x.kind === 'click' || x.kind === 'weak') &&
    ASKS_TO_TAKE_PART.test(normalized)
  );
}

/** Selling phrases of pills sold without a doctor. */
const PILLS = /viagra|cialis|prescription|diet pills|enhancement|natural pills|bottles free/;
const SPELLS = /spell|psychic|tarot|bring back your ex|amarres de amor|lectura de cartas/;
const FOR_HIRE = /assignments|essays|online class|homework|brand ambassador|to collab/;
/** Followers and likes for sale (0.7.24): no resident sells those. */
const ENGAGEMENT = /followers|seguidores|likes/;
/** A trader's words, not a resident's sale (0.7.5): "wholesale price", "worldwide shipping". */
const TRADE = /wholesale|worldwide/;
const CLICKBAIT =
  /weird trick|one weird|lose \d+ pounds|doctors hate|made me lose|lose weight fast|keto gummies|melt fat|flat tummy|gotas naturales|quema grasa/;

const SCAM_KINDS: ReadonlySet<PromoKind> = new Set(['prize', 'loan', 'phish', 'adult', 'crypto']);

/** How many of these phrases do not overlap one another. */
function distinct(found: readonly { evidence: Evidence }[]): number {
  const spans = found.map((x) => x.evidence).sort((a, b) => a.start - b.start);
  let n = 0;
  let end = -1;
  for (const e of spans) {
    if (e.start >= end) {
      n++;
      end = e.end;
    }
  }
  return n;
}

function unmistakable(cues: OffTopicCues): PromoKind | undefined {
  // A resident warning of a scam quotes its words: never hidden (see `warning`).
  if (cues.warning) return undefined;
  if (
    cues.promo.length === 0 &&
    !(cues.scamLink.length > 0 && cues.cash) &&
    !(cues.premium && (cues.shortCode || cues.finePrint)) &&
    !cues.premiumCall &&
    !cues.billedPrize
  )
    return undefined;
  const counts: Record<PromoKind, number> = {
    self: 0,
    weak: 0,
    share: 0,
    contact: 0,
    money: 0,
    invest: 0,
    sale: 0,
    click: 0,
    prize: 0,
    loan: 0,
    adult: 0,
    crypto: 0,
    phish: 0,
    local: 0,
    chain: 0,
    wire: 0,
    billed: 0,
  };
  for (const p of cues.promo) counts[p.kind]++;
  const count = (kind: PromoKind): number => counts[kind];
  const link = cues.hasLink;
  const contact = count('contact') > 0 || cues.phone;
  // Asking strangers to send money or write to a messaging app is a pitch whatever the topic.
  if (count('money') > 0 && (contact || count('click') > 0)) return 'money';
  if (count('contact') > 0 && cues.phone && count('sale') > 0) return 'contact';
  // The page itself threatened with closure ("your page violated our community standards and
  // will be disabled, appeal here: …"): phishing in the page's own words, whatever else it says
  // (0.7.3).
  if (count('phish') >= 2 && link && !officialOnly(cues)) return 'phish';
  // A wallet's address to send to: no page's topic makes that news (0.7.6).
  if (cues.wallet !== undefined) return 'crypto';
  // Two asks for money a stranger cannot get back ("owner is overseas, wire the deposit to
  // reserve"), or one beside a payment app ("send $5 for shipping to my CashApp") (0.7.6).
  if (
    count('wire') > 0 &&
    distinct(cues.promo.filter((x) => x.kind === 'wire' || x.kind === 'money')) >= 2
  )
    return 'wire';
  // Two of a scam's own phrases and a way to act on them ("a government grant you never have to
  // pay back, reply YES"): a word of the page's topics does not make that news (0.7.6).
  if (distinct(cues.promo.filter((x) => SCAM_KINDS.has(x.kind))) >= 2 && !officialOnly(cues)) {
    const scam = scamPitch(cues);
    if (
      scam !== undefined &&
      (cues.hasLink || contact || count('click') > 0 || cues.premium || cues.shortCode)
    )
      return scam;
  }
  // A link next to self-promotion can be a resident sharing their own article on the city
  // budget, "invest" and "$" are budget news too: on the page's topics, only a person may call
  // that spam.
  if (cues.civic) return undefined;
  const scam = scamPitch(cues);
  if (scam !== undefined) return scam;
  // Money talk with an amount and a link is news as often as a pitch ("$1.5 billion investment
  // … @LINK", "record profits: LINK"): hidden only when it asks to be contacted.
  if (count('invest') > 0 && (count('contact') > 0 || cues.phone)) return 'invest';
  const self = count('self');
  const weak = count('weak');
  // "Follow me for daily giveaways, winners get $100 on CashApp".
  if (count('money') > 0 && cues.cash && self + weak > 0) return 'money';
  if (self > 0 && (link || count('click') > 0 || self + weak >= 2)) return 'self';
  if (weak >= 2 && link) return 'self';
  if (count('money') > 0 && link) return 'money';
  if (count('sale') > 0 && link) return 'sale';
  // Homework for hire and brand deals, with a way to write to the seller: "we do assignments,
  // quizzes and exams… DM for prices", "looking for brand ambassadors! DM us to collab" (0.7.3).
  if (
    contact &&
    cues.promo.some((x) => x.kind === 'sale' && FOR_HIRE.test(x.evidence.text.toLowerCase()))
  ) {
    return 'sale';
  }
  // Followers and likes sold, with a way to buy them: "vendo seguidores y likes baratos, mándame
  // mensaje", "selling followers and likes cheap, DM me" (0.7.24).
  if (
    (contact || link || count('click') > 0) &&
    cues.promo.some((x) => x.kind === 'sale' && ENGAGEMENT.test(x.evidence.text.toLowerCase()))
  ) {
    return 'sale';
  }
  if (count('click') > 0 && link && count('sale') + count('money') > 0) return 'click';
  // A trader's offer: two selling phrases, one a trader's ("wholesale price, DM to order,
  // worldwide shipping"), or two with a call to click ("90% off today only, free shipping, link
  // in profile") (0.7.5).
  if (
    count('sale') >= 2 &&
    (count('click') > 0 ||
      cues.promo.some((x) => x.kind === 'sale' && TRADE.test(x.evidence.text.toLowerCase())))
  ) {
    return 'sale';
  }
  // Pills sold off the page's topics, with another selling phrase: "buy Viagra online without
  // prescription". A stroller "for sale, barely used" is a resident's sale: a person judges it.
  if (
    count('sale') >= 2 &&
    cues.promo.some((x) => x.kind === 'sale' && PILLS.test(x.evidence.text.toLowerCase()))
  ) {
    return 'sale';
  }
  // Spells and psychics with a way to reach them ("the love spell that brought my husband back,
  // email him at …"), and the clickbait of diet scams ("one weird trick doctors hate") (0.6.9).
  if (
    cues.promo.some((x) => x.kind === 'sale' && SPELLS.test(x.evidence.text.toLowerCase())) &&
    (contact || link || count('click') > 0)
  ) {
    return 'sale';
  }
  if (cues.promo.filter((x) => CLICKBAIT.test(x.evidence.text.toLowerCase())).length >= 2) {
    return 'sale';
  }
  return undefined;
}

/**
 * A scam's pitch that asks to be acted on: prizes, loans, adult bait and crypto pumps that ask
 * for a call, a text or a click, or a premium-rate number or short code with any pitch. Hidden
 * as spam off the page's topics (`unmistakable`); queued on them (`offTopicResult`).
 */
function scamPitch(cues: OffTopicCues): PromoKind | undefined {
  const has = (kind: PromoKind): boolean => cues.promo.some((x) => x.kind === kind);
  const reply = cues.hasLink || cues.phone || has('contact') || has('click');
  // A keyword to reply with answers a prize, a loan or a date as a number does ("reply CLAIM").
  const act = reply || cues.premium || cues.shortCode || cues.keyword !== undefined;
  // A scam's address with a sum or a pitch beside it; "my page" or a chain letter beside one
  // is not enough.
  if (
    cues.scamLink.length > 0 &&
    (cues.cash ||
      cues.promo.some((x) => x.kind !== 'weak' && x.kind !== 'chain' && x.kind !== 'share'))
  )
    return 'phish';
  if (has('phish') && act && !officialOnly(cues)) return 'phish';
  if (has('prize') && act) return 'prize';
  // A giveaway said twice over ("win a trip to Cancun! like, share and comment") (0.7.4).
  // Two phrases, not one phrase matched twice ("just pay taxes" in "pay taxes and fees").
  const prizes = cues.promo.filter((x) => x.kind === 'prize').map((x) => x.evidence);
  if (prizes.some((a) => prizes.some((b) => b.start >= a.end))) return 'prize';
  if (has('loan') && act) return 'loan';
  if (has('adult') && act) return 'adult';
  if (has('crypto') && reply) return 'crypto';
  // Three of a crypto scheme's own phrases ("about to 100x, devs doxxed, liquidity locked, get in
  // before the Binance listing"): the pump asks to be bought whether or not it says where (0.7.14).
  // Not a resident asking or telling about one ("is that presale real?", "my son lost money in a
  // presale that promised 1000x").
  if (distinct(cues.promo.filter((x) => x.kind === 'crypto')) >= 3 && !cues.asksOrTells)
    return 'crypto';
  // An app that "pays daily", with a sum already withdrawn (0.7.5).
  if (cues.promo.filter((x) => x.kind === 'crypto').length >= 2 && cues.cash) return 'crypto';
  if ((cues.premium || cues.shortCode) && cues.promo.length > 0) return 'billed';
  // A premium-rate number or a text-to short code beside a sum of money bills whoever answers
  // (0.7.0). A short code alone may be a crisis line ("text HOME to 741741").
  if ((cues.premium || cues.shortCode) && cues.cash) return 'billed';
  // A premium-rate price or number beside a short code to text or a billed service's fine print
  // ("Txt CHAT to 86688 150p/Msg", "call 0906… PO Box 1327 18+ 150ppm") (0.7.18).
  if (cues.premium && (cues.shortCode || cues.finePrint)) return 'billed';
  // A premium-rate number to call: "call 0906… to retrieve your message" (0.7.18).
  if (cues.premiumCall) return 'billed';
  // A sum to win or claim by texting a code or a keyword: "Win £200 this week in our quiz, text
  // PLAY to 85222", "claim ur £150 vouchers, text YES to 85023" (0.7.19); told to staff as a
  // prize pitch when only a keyword answers it ("reply CLAIM to collect your $300"). A crime tip
  // line's cash reward is a warning's business (`warning`), never this.
  if (cues.billedPrize) return cues.premium || cues.shortCode ? 'billed' : 'prize';
  return undefined;
}

/**
 * The only ways to act are government addresses ("verify your account at alerts.city.gov"): no
 * number, short code or call to click, and every link official.
 */
function officialOnly(cues: OffTopicCues): boolean {
  if (cues.phone || cues.premium || cues.shortCode) return false;
  if (cues.promo.some((x) => x.kind === 'click' || x.kind === 'contact')) return false;
  return (
    cues.link.length > 0 &&
    cues.link.every((e) => {
      const host = /^(?:[a-z]+:\/\/)?(?:www\.)?([^/?#]+)/i.exec(e.text)?.[1] ?? '';
      return OFFICIAL_HOST.test(host.toLowerCase());
    })
  );
}

/** "a loan pitch", "an adult or dating bait". */
function aLabel(kind: PromoKind): string {
  const label = PROMO_LABEL[kind];
  if (kind === 'local') return label;
  return `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`;
}

/** Promotion that sells something (not a plug for a channel, not a chain letter). */
const PITCH_KINDS: ReadonlySet<PromoKind> = new Set([
  'money',
  'sale',
  'local',
  'prize',
  'loan',
  'adult',
  'crypto',
  'phish',
]);
/** Selling or plugging something: off-topic under a post it shares nothing with. */
const PLUG_KINDS: ReadonlySet<PromoKind> = new Set([
  'sale',
  'local',
  'money',
  'self',
  'loan',
  'share',
]);
/** A link with at most this many words beside it is a link alone (0.7.18). */
const LINK_ALONE_WORDS = 6;
/** A link alone, unrelated to the post: a person looks. */
const LINK_ALONE_SCORE = 0.55;
/**
 * Words that share a source, a picture or a cause with a link ("here's the footage", "news
 * story", "petition", "fundraiser for the family"): a resident's, not a plug.
 */
const SHARES_NEWS =
  /\b(?:here'?s|here\s+is|source|footage|videos?|photos?|pics?|pictures?|news|article|story|report|update|map|petition|fundraiser|gofundme|memorial|vigil)\b/;

/** A pitch with a way to answer it, short of what may be hidden: a person looks. */
const PITCH_SCORE = 0.6;

/** A link whose address reads like a scam's, with nothing else to go on: a person looks. */
const SCAM_LINK_SCORE = 0.6;

/** A scam pitch on a word of the page's topics: queued for a person, never hidden. */
const SCAM_ON_TOPIC_SCORE = 0.6;

/**
 * Chatter about the writer's own life, unrelated to any department post: birthdays and babies,
 * the game tonight, a holiday dinner, a trade recommendation, a personal sale. Under a post it
 * shares no word with, and about nothing on the page's topics, a person is asked (J.3
 * off-topic); never hidden, and never without the post to judge it against. Not music ("best
 * song ever"): under a video that is its subject (16 legitimate YouTube comments said so).
 */
const CHATTER =
  /\b(?:happy (?:\d+(?:st|nd|rd|th) )?(?:birthday|bday|anniversary|mother'?s day|father'?s day)|(?:my|our) (?:sister|brother|daughter|son|wife|cousin|niece|nephew) just (?:had|got|turned)|(?:my|our) (?:sister|brother|daughter|son|cousin|niece|nephew|best friend) (?:just )?got (?:engaged|married|into college|accepted)|(?:just )?got (?:my|a) (?:first |new )?tattoo|lost \d+ (?:pounds|lbs|kilos|kg) (?:on|with|doing|thanks to) (?:keto|paleo|the diet|intermittent fasting|weight watchers|ozempic)|(?:our|my) pool (?:is )?(?:open|opened)|just had (?:a|her|his|my) baby|(?:who|anyone) (?:else )?(?:is |'s )?watching (?:the )?(?:\w+ )?(?:game|match|show|fight)|(?:does )?(?:anyone|anybody) (?:know|recommend) (?:a|of a|any) (?:good |decent |reliable |cheap |affordable )?(?:plumbers?|electricians?|mechanics?|dentists?|doctors?|pediatricians?|vets?|veterinarians?|lawyers?|attorneys?|contractors?|roofers?|babysitters?|daycares?|restaurants?|barbers?|hair ?stylists?|landscapers?|painters?|handym[ae]n|realtors?|tutors?|pizza places?|places? to eat|caterers?|photographers?|dog groomers?|groomers?|hvac \w+|movers?)|can (?:anyone|somebody|someone) recommend (?:a|any) (?:good |decent |reliable |cheap |affordable )?(?:plumbers?|electricians?|mechanics?|dentists?|doctors?|pediatricians?|vets?|veterinarians?|lawyers?|attorneys?|contractors?|roofers?|babysitters?|daycares?|restaurants?|barbers?|hair ?stylists?|landscapers?|painters?|handym[ae]n|realtors?|tutors?|pizza places?|places? to eat|caterers?|photographers?|dog groomers?|groomers?|hvac \w+|movers?)|(?:anyone|anybody) selling (?:a|an|any)|what (?:is|are) (?:everyone|y'?all|you all) (?:making|cooking|eating|watching|doing) for|fight me\b|(?:just )?(?:finished|ran|completed) my first (?:marathon|half marathon|5k|10k|triathlon|race)|so proud of myself|(?:my|our) (?:new |little |old )?(?:cat|dog|puppy|kitten|pup|parrot|hamster) (?:just |always |keeps )?(?:knocked|learned|ate|chewed|figured|loves|hates|sleeps|knocks|eats)\b|(?:my|our) (?:son|daughter|baby|toddler|little one) (?:just )?(?:lost (?:his|her) first tooth|took (?:his|her) first steps|said (?:his|her) first (?:\w+ )?(?:word|words|sentence)|started (?:kindergarten|walking|talking))|looking for (?:a|an) (?:good |decent |reliable |cheap |affordable )?(?:plumber|electrician|mechanic|dentist|doctor|pediatrician|vet|babysitter|daycare|restaurant|barber|hair ?stylist|landscaper|painter|handyman|realtor|tutor|caterer|photographer|groomer|roommate)|(?:does )?(?:anyone|anybody) know (?:when|if|what time) (?:the )?(?:new )?(?:target|walmart|costco|starbucks|mall|trader joe'?s|aldi|chick-fil-a|restaurant|gym|grocery store) (?:opens?|closes?|is open)|(?:we're|we are|i'm|i am) (?:moving|relocating) to (?:arizona|texas|florida|california|colorado|georgia|nevada|ohio|oregon|the (?:east|west) coast|another state)|(?:got|planted|finished) (?:my|our) garden|(?:loving|love|enjoying) this (?:sunny |rainy |warm |beautiful |nice )?weather|who else is (?:so )?(?:ready|excited|addicted|obsessed) (?:for|to|with)|(?:anyone|anybody) (?:want|wanna|need) to carpool|just adopted (?:a|the|my|our|two|three|\d+)\b|rip (?:to )?my (?:sweet |beloved |precious |sweet old |old )?(?:kitty|cat|dog|pup|puppy|doggo|bird|bunny|hamster|goldfish|horse)\b|\d+ (?:days|weeks|months|years) (?:sober|clean|smoke[- ]free)\b|(?:get|getting) (?:\w+ ){1,2}out of (?:the |my |a )?(?:carpet|couch|rug|clothes|shirt|jeans|upholstery|mattress)|(?:does )?(?:anyone|anybody) know (?:if|whether) (?:costco|walmart|target|kroger|safeway|publix|aldi|sam'?s|home depot|lowe'?s|trader joe'?s|walgreens|cvs)\b|\bback in stock\b|(?:place|someone|somewhere) to get my (?:car|truck|hair|nails|dog) (?:detailed|washed|done|cut|groomed|fixed)|(?:just )?got my (?:nails|hair|lashes|brows|eyebrows|makeup) (?:done|did|cut|colou?red|dyed|braided)|(?:any(?:one| one)? (?:have )?(?:a |any )?|need (?:a |some ))(?:good )?(?:[a-z]+ )?recommendations?\b|congrat(?:s|ulations) to my (?:\w+ )?(?:cousin|sister|brother|son|daughter|wife|husband|friend|niece|nephew|mom|dad|grandson|granddaughter|bestie|coworker)\b|(?:just|finally) (?:made|finished|booked|baked|built|bought|adopted|planted) (?:my|our|a|an|the|homemade|\w+ing)\b|\bis it just me or\b|, anyone else\s*\?|(?:heading|going) to \w+ for the weekend|can'?t stop (?:playing|watching|listening to|eating)\b|what(?:'s| is) (?:everyone'?s|every1'?s|y'?all'?s|your) (?:favou?rite|fave|go-to) (?:[a-z]+ ){0,2}?(?:place|spot|restaurant|pizza|tacos?|burgers?|coffee|movie|show|song|band|team|book|recipe|snack|candy|drink|beer|wine|holiday|season)\b|where did (?:the|this) (?:year|summer|month|week|time) go|can'?t believe (?:it'?s|it is) already (?:january|february|march|april|may|june|july|august|september|october|november|december|christmas|thanksgiving|halloween|summer|fall|spring|winter|friday)|(?:going|headed|heading) to (?:disney(?:land| ?world)?|vegas|cancun|the beach|hawaii|cabo|orlando) (?:next|this) (?:week|month|weekend|summer)|(?:does )?(?:anyone|anybody) know (?:when|if|what time) (?:the )?(?:new )?(?:target|walmart|costco|starbucks|mall|trader joe'?s|aldi|chick-fil-a|gym|grocery store) (?:on|at|in|by) (?:[a-z0-9]+ ){1,3}?(?:opens?|closes?|is open)|(?:just )?(?:got|came|flew) back from (?:disney(?:land| ?world)?|vegas|cancun|hawaii|cabo|orlando|the beach|(?:our|my) (?:honeymoon|cruise|vacation|trip|road trip))|(?:need|still no|still need|looking for) (?:a |an )?(?:wedding )?dj\b|wedding (?:dj|photographer|caterer|florist|venue|officiant)\b|new year'?s resolution|who (?:has|makes|serves) the best (?:pizza|tacos?|burgers?|wings|sushi|bbq|barbecue|coffee|donuts|pho|ramen|burritos?|bagels|fried chicken|ice cream) (?:in|around) (?:town|here|the city|the area)|anyone else'?s (?:cat|cats|dog|dogs|kid|kids|toddler|husband|wife|baby|teenager)\b|looking for an? (?:piano|guitar|violin|voice|singing|math|swim|swimming|dance|drum|chess|art|spanish|french) (?:teacher|tutor|lessons|instructor|coach)|(?:christmas|holiday) (?:lights|tree|decorations) (?:are|is) (?:finally )?up\b|(?:burned|burnt) the (?:turkey|cookies|pie|toast|dinner|rice|pancakes|roast|ham|brisket)\b)/g;

/**
 * The subject a comment is about, off the page's topics: one word of UNRELATED_TOPICS, or two
 * different words of one subject of CHATTER_SUBJECTS.
 */
function chatterSubject(
  unrelated: OffTopicCues['unrelated'],
  normalized: string,
): string | undefined {
  // Those words are often what a resident reports or answers with: what was taken or heard, a
  // retiring officer's plans ("they walked off with my guitar and my cookbook", "the guitar and
  // singing go on until 3am", "enjoy the cruise").
  if (REPORTS_OR_ANSWERS.test(normalized)) return undefined;
  const alone = unrelated.find((u) => u.alone);
  if (alone !== undefined) return alone.topic;
  const words = new Map<string, Set<string>>();
  for (const u of unrelated) {
    const seen = words.get(u.topic) ?? new Set<string>();
    seen.add(u.evidence.text.toLowerCase());
    words.set(u.topic, seen);
    if (seen.size >= 2) return u.topic;
  }
  return undefined;
}

/** A comment that is one question about what the post announces: "Will there be…?", "Is it…?" */
const QUESTION =
  /^(?:will|is|are|do|does|can|could|should|would)\s+(?:there|you|we|i|the|they|it)\b[^.!?\n]*\?\s*$/;

/** Thanks, praise and good wishes said to the page's team. */
const THANKS =
  /\b(?:thank\s+(?:you|u|y'?all)|thanks|thx|ty|appreciate|stay\s+safe|be\s+safe|god\s+bless|bless\s+(?:you|y'?all)|great\s+(?:job|work)|well\s+done|good\s+job|proud\s+of\s+(?:you|our)|for\s+your\s+service|keep\s+up\s+the\s+good\s+work)\b/;

/** A plug that thanks in advance: "please subscribe, thank you", "check out my cover, thanks". */
const SELF_PLUG =
  /\b(?:subscrib\w*|channel|check(?:ed|ing)?\s+(?:it|us|me|this|them)\s+out|checked\s+out\s+(?:my|some\s+of\s+my)|youtub\w*|my\s+(?:\w+\s+)?(?:music|videos?|covers?|songs?|page|remix\w*|vids?))\b/;

/** Something lost or found (what was taken is LOSS's): a reward for it is a resident's (0.7.19). */
const LOST_OR_FOUND =
  /\b(?:lost|found|finds|ran\s+(?:away|off)|runaway|return(?:ed|s)?|bring(?:s)?\s+(?:him|her|it|them)\s+(?:back|home))\b/;

/**
 * A reward for what was lost, taken or found, with no pitch beside it ("lost my wallet on Elm,
 * $50 reward, call me"): a resident's notice, the page's business (0.7.19).
 */
function lostAndFound(cues: OffTopicCues, normalized: string): boolean {
  return (
    cues.promo.length === 0 &&
    /\brewards?\b/.test(normalized) &&
    (LOST_OR_FOUND.test(normalized) || LOSS.test(normalized))
  );
}

/** Something was taken or went missing. */
const LOSS =
  /\b(?:took|taken|stole|steal|steals|stealing|stolen|thie(?:f|ves)|snatched|swiped|walked\s+off|disappeared|vanished|missing|broke\s+into|vandali[sz]ed)\b/;

/** A loss, or words of a report or of an answer to the post: never chatter on subject words. */
const REPORTS_OR_ANSWERS = new RegExp(
  `${LOSS.source}|\\b(?:take|gone|broke|broken|damaged|trampled|noise|noisy|loud|all\\s+night|midnight|\\d{1,2}\\s?(?:am|pm)|neighbou?rs?|porch|packages?|call|report|complain\\w*|wearing|wore|seen|saw|congrat\\w*|thanks?|thank\\s+you|retire\\w*|enjoy|miss\\s+(?:you|him|her)|detour|closed|closure|lose|scam\\w*|won|will\\s+there\\s+be|is\\s+there)\\b`,
);

/** Places a pitch addresses to anyone ("in your city", "in your area"), after "your". */
const GENERIC_PLACE = new Set([
  'city',
  'town',
  'area',
  'community',
  'neighborhood',
  'neighbourhood',
  'county',
  'state',
  'region',
]);

/** A CashApp handle: "$HopeKids2025" (a dollar sign before a letter, not an amount). */
const CASHTAG = /(?<![\w$])\$[A-Za-z][A-Za-z0-9_]{2,19}\b/;

/** Unrelated chatter's score: over the queue threshold, under any hide threshold. */
const CHATTER_SCORE = 0.55;

/** A chain letter's score: over the queue threshold, under any hide threshold. */
const CHAIN_SCORE = 0.6;

/** Off-topic comments on a topic of the page or the post can score at most this (guard). */
const ON_TOPIC_MAX = 0.3;
/** A model this confident, backed by a link or promotion cue, is unmistakable spam. */
const MODEL_HIDE_FROM = 0.97;
const RULE_SCORE = 0.95;
/** Without any promotion cue, a comment is "unrelated to the post" only from this model score… */
const UNRELATED_FROM = 0.75;
/** …and below it scores at most this, under the queue threshold. */
const UNRELATED_MAX = 0.45;
/** Without a post, a comment with a number to call or a sum is queued from this model score. */
const CALLABLE_FROM = 0.9;
/** …and one with only a link from this one. */
const LINK_ONLY_FROM = 0.95;
/** Fewer words than this are never judged unrelated to the post. */
const UNRELATED_MIN_WORDS = 3;

export interface OffTopicResult {
  score: number;
  autoHide: boolean;
  label: string;
  evidence: Evidence[];
}

function evidenceOf(cues: OffTopicCues, original: string): Evidence[] {
  // A scam's whole address ("usps-redelivery-help.com") rather than the part read as a link.
  const links = cues.link.filter(
    (l) => !cues.scamLink.some((s) => s.start <= l.start && l.end <= s.end),
  );
  const found = [
    ...links,
    ...cues.scamLink,
    ...cues.billing,
    ...cues.promo.map((x) => x.evidence),
    ...(cues.wallet === undefined ? [] : [cues.wallet]),
  ];
  // The keyword to reply with, unless a phrase already quotes it ("reply YES").
  const keyword = cues.keyword;
  if (keyword !== undefined && !found.some((e) => e.start <= keyword.start && keyword.end <= e.end))
    found.push(keyword);
  // A scam's address beside a sum: the sum is evidence too.
  const amount = cues.scamLink.length > 0 && cues.cash ? AMOUNT.exec(original) : null;
  if (amount !== null && !found.some((e) => e.start <= amount.index && amount.index < e.end)) {
    found.push({ start: amount.index, end: amount.index + amount[0].length, text: amount[0] });
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A whole amount of money as written ("£10", "$1,500.00", "500 dollars"), for evidence. */
const AMOUNT =
  /[$£€]\s?\d[\d,]*(?:\.\d+)?(?:\s*(?:\/|per|a)\s*(?:month|week|day|min|msg))?|\d[\d,]*(?:\.\d+)?\s?(?:[$£€]|usd\b|dollars\b|k\s+a\s+(?:day|week|month))/i;

/** The number to call and the sum, as evidence. */
function callableEvidence(original: string): Evidence[] {
  return [phoneIn(original), AMOUNT.exec(original)]
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }))
    .sort((a, b) => a.start - b.start);
}

export function offTopicResult(analysis: OffTopicAnalysis, shift = 0): OffTopicResult {
  const { cues } = analysis;
  const hasPost = cues.hasPost;
  const p = sigmoid(analysis.logit + shift);
  const rule = unmistakable(cues);
  const evidence =
    cues.link.length + cues.promo.length + cues.billing.length === 0 && cues.wallet === undefined
      ? []
      : evidenceOf(cues, analysis.prepared.original);
  if (rule !== undefined) {
    return {
      score: Math.max(p, RULE_SCORE),
      autoHide: true,
      label: `spam: ${PROMO_LABEL[rule]}${cues.hasLink ? ' with a link' : ''}`,
      evidence,
    };
  }
  // A scam pitch (a prize, a loan or grant, adult bait, a crypto scheme, a premium-rate number)
  // that asks for a click, a call or a text, but uses a word of the page's topics ("free concert
  // tickets", "government grant program"): never hidden on the page's topics, but a person sees it.
  const scam = cues.civic && !cues.warning ? scamPitch(cues) : undefined;
  if (scam !== undefined) {
    return {
      score: Math.max(Math.min(p, MODEL_HIDE_FROM - 0.01), SCAM_ON_TOPIC_SCORE),
      autoHide: false,
      label: `off-topic: looks like ${aLabel(scam)}`,
      evidence,
    };
  }
  // Chatter about the writer's own life under a department post it has nothing to do with.
  if (cues.hasPost && !cues.postOverlap && !cues.civic && !cues.reply && cues.promo.length === 0) {
    const chatter = allMatches(CHATTER, analysis.prepared.normalized).map((m) =>
      analysis.prepared.evidence(m.index, m.index + m[0].length),
    );
    if (chatter.length > 0) {
      return {
        score: Math.max(p, CHATTER_SCORE),
        autoHide: false,
        label: 'off-topic: unrelated to the post',
        evidence: chatter,
      };
    }
    // About a subject the page is not about (music, sport, food…) and the post is not about
    // either: a person judges it, with the words that say what it is about.
    const topic = chatterSubject(cues.unrelated, analysis.prepared.normalized);
    if (topic !== undefined && !cues.addressed && cues.words >= UNRELATED_MIN_WORDS + 1) {
      return {
        score: Math.max(p, CHATTER_SCORE),
        autoHide: false,
        label: `off-topic: about ${topic}, unrelated to the post`,
        evidence: cues.unrelated.map((u) => u.evidence),
      };
    }
  }
  // A model this sure, with a pitch behind it, off the page's topics: unmistakable spam, under
  // a post or not (below), before the readings that would only queue it (0.6.9).
  if (
    p >= MODEL_HIDE_FROM &&
    cues.promo.some(
      (x) => x.kind !== 'contact' && x.kind !== 'chain' && x.kind !== 'weak' && x.kind !== 'share',
    ) &&
    !cues.civic &&
    !cues.warning &&
    !cues.reply
  ) {
    return { score: p, autoHide: true, label: 'spam: promotional comment', evidence };
  }
  // Selling or plugging something under a department post it shares nothing with: a person
  // judges it (J.3 off-topic), never hidden on this alone.
  if (
    cues.promo.some((x) => PLUG_KINDS.has(x.kind)) &&
    // "Will there be a bike helmet giveaway again?": a question about the event (0.6.9).
    !(QUESTION.test(analysis.prepared.normalized) && !cues.hasLink && !cues.phone) &&
    cues.hasPost &&
    !cues.postOverlap &&
    !cues.civic &&
    !cues.reply &&
    !cues.warning &&
    // "someone took the pies from our porch, they were for a bake sale": a loss, not an ad.
    !(cues.promo.every((x) => x.kind === 'local') && LOSS.test(analysis.prepared.normalized))
  ) {
    return {
      score: Math.max(p, PITCH_SCORE),
      autoHide: false,
      // What the content manager reads on the queue card: a shared video is not a sales pitch.
      label: cues.promo.every((x) => x.kind === 'share')
        ? 'off-topic: a shared video, unrelated to the post'
        : 'off-topic: looks like promotion',
      evidence,
    };
  }
  // A chain letter under a department post, sharing nothing with it, is off-topic whatever the
  // model says: a person judges it (J.3 off-topic), it is never hidden automatically. Only the
  // chain letter's own words ("forward this to", "years of bad luck", "type amen"): "share this"
  // is how residents pass on news and calls to vote.
  const chain = cues.promo.filter((x) => x.kind === 'chain');
  if (chain.length > 0 && cues.hasPost && !cues.postOverlap && !cues.civic && !cues.reply) {
    return {
      score: Math.max(p, CHAIN_SCORE),
      autoHide: false,
      label: 'off-topic: chain letter',
      evidence: chain.map((x) => x.evidence),
    };
  }
  const backed =
    cues.hasLink ||
    cues.promo.length > 0 ||
    cues.premium ||
    cues.shortCode ||
    cues.shortener ||
    cues.keyword !== undefined;
  // The model alone hides only with a promotion phrase behind it: a link alone is how people
  // share the news.
  // "Text me" or "DM me" alone is how residents talk to each other: the model hides only with a
  // promotion behind it (a plug, selling, money, prizes, clicks) or a contact pitch with a link.
  // The share button's words are never a pitch to hide on (0.7.0).
  const pitch = cues.promo.some((x) => x.kind !== 'contact' && x.kind !== 'share');
  // A premium-rate number or a text-to short code is how SMS scams bill: with a model this sure,
  // unmistakable too.
  const billing = cues.premium || cues.shortCode;
  if (
    p >= MODEL_HIDE_FROM &&
    (pitch || billing || (cues.promo.some((x) => x.kind !== 'share') && cues.hasLink)) &&
    !cues.civic &&
    !cues.warning
  ) {
    return { score: p, autoHide: true, label: 'spam: promotional comment', evidence };
  }
  // A link and little else under a post it shares no word with, in its words or its address
  // ("please like: http://…", "check this out www.…"): a person looks (J.3 off-topic), it is never
  // hidden on that alone (0.7.18). A link to news of the post's subject shares its words.
  if (
    cues.hasPost &&
    cues.hasLink &&
    !cues.postOverlap &&
    !cues.civic &&
    !cues.reply &&
    !cues.warning &&
    cues.words <= LINK_ALONE_WORDS &&
    // A question ("is this the same car? …"), not a URL's query string.
    !/[a-z)]\?+(?:\s|$)/.test(analysis.prepared.normalized) &&
    !SHARES_NEWS.test(analysis.prepared.normalized)
  ) {
    return {
      score: Math.max(p, LINK_ALONE_SCORE),
      autoHide: false,
      label: 'off-topic: a link unrelated to the post',
      evidence: cues.link,
    };
  }
  // Without a post, a number to call, a sum or a link may still be a pitch; a person judges it
  // (below): "I owe you 20 dollars, call me on …" is how friends write too, so it is never hidden
  // on the model's word alone.
  const callable = !hasPost && !cues.reply && (cues.phone || cues.cash || cues.hasLink);
  // J.3 off-topic: a comment about the department, public safety or the city, or one about the
  // post's subject that promotes nothing, is never off-topic; without the post, nothing but
  // promotion can be judged unrelated to it; and a reply that promotes nothing answers the
  // conversation it is in.
  if (
    cues.civic ||
    cues.warning ||
    lostAndFound(cues, analysis.prepared.normalized) ||
    (!backed && !callable && (cues.postOverlap || !hasPost || cues.reply)) ||
    asksAboutThePost(analysis.prepared.normalized, cues)
  ) {
    return { score: Math.min(p, ON_TOPIC_MAX), autoHide: false, label: 'on topic', evidence: [] };
  }
  // Selling something with a way to answer (a link, a number, "message me", "comment INFO"),
  // short of what may be hidden: a person looks at it.
  const sells = cues.promo.find((x) => PITCH_KINDS.has(x.kind));
  // A link answers an offer ("book your table at …"), but not money talk: "profits", "bitcoin" or
  // "debt relief" beside a link is news as often as a pitch.
  const answer =
    cues.phone ||
    cues.cashtag ||
    cues.promo.some((x) => x.kind === 'contact' || x.kind === 'click') ||
    (cues.hasLink && cues.promo.some((x) => x.kind === 'sale' || x.kind === 'local'));
  // An offer with a number to call or text ("FREE camera phones! Call 0800…", "claim ur £150
  // voucher, text YES to 85023"): how a billed text service or a scam asks to be answered; a
  // person judges it, it is hidden only with more (scamPitch) (0.7.18). A keyword in capitals to
  // reply with answers an offer or a price the same way ("all FREE! TEXT YES for a callback",
  // "buy for just £5 by replying GET") (0.7.19).
  const number =
    cues.shortCode ||
    cues.premium ||
    (cues.phone && CALL_OR_TEXT.test(analysis.prepared.normalized));
  const offered = cues.offer !== undefined || (cues.keyword !== undefined && cues.cash);
  if (offered && (number || cues.keyword !== undefined) && !cues.reply) {
    return {
      score: Math.max(p, PITCH_SCORE),
      autoHide: false,
      label: number
        ? 'off-topic: an offer with a number to call or text'
        : 'off-topic: an offer with a keyword to reply with',
      evidence: [
        ...(cues.offer === undefined ? [] : [cues.offer]),
        ...cues.billing,
        ...(cues.keyword === undefined ? [] : [cues.keyword]),
        ...callableEvidence(analysis.prepared.original),
      ]
        .sort((a, b) => a.start - b.start)
        .filter((e, i, all) => i === 0 || e.start >= (all[i - 1]?.end ?? 0)),
    };
  }
  if (sells !== undefined && answer && !cues.reply) {
    return {
      score: Math.max(p, PITCH_SCORE),
      autoHide: false,
      label: `off-topic: looks like ${aLabel(sells.kind)}`,
      evidence,
    };
  }
  // A pitch dense enough to be nothing else ("vendo tenis originales, envíos a todo México,
  // pregunta sin compromiso"; three phrases of selling or earning), with no way to answer it
  // yet: a person looks at it, it is never hidden on that alone.
  if (sells !== undefined && !cues.reply) {
    const pitches = new Set(
      cues.promo.filter((x) => PITCH_KINDS.has(x.kind)).map((x) => x.evidence.text.toLowerCase()),
    );
    if (pitches.size >= 3) {
      return {
        score: Math.max(p, PITCH_SCORE),
        autoHide: false,
        label: `off-topic: looks like ${aLabel(sells.kind)}`,
        evidence,
      };
    }
  }
  // A link whose address reads like a scam's, with no pitch beside it to hide it on: a person
  // looks at it.
  if (cues.scamLink.length > 0 && !cues.reply) {
    return {
      score: Math.max(p, SCAM_LINK_SCORE),
      autoHide: false,
      label: 'off-topic: link looks like a scam',
      evidence: cues.scamLink,
    };
  }
  // Without the post, a number to call, a sum or a link, with a model this sure, looks like a
  // pitch (J.3 off-topic): a person judges it; it is hidden only when it also pitches (above).
  if (callable && cues.promo.length === 0 && !cues.premium && !cues.shortCode) {
    // A link is how people share the news: with only a link, the model must be surer.
    const from = cues.phone || cues.cash ? CALLABLE_FROM : LINK_ONLY_FROM;
    return p >= from
      ? {
          score: p,
          autoHide: false,
          label: 'off-topic: looks like promotion',
          evidence: [...cues.link, ...callableEvidence(analysis.prepared.original)].sort(
            (a, b) => a.start - b.start,
          ),
        }
      : {
          score: Math.min(p, UNRELATED_MAX),
          autoHide: false,
          label: 'possibly promotion (no post to judge it against)',
          evidence: [],
        };
  }
  // Without the post, a link is how people share the news, a petition or a fundraiser: only a
  // promotion phrase or a premium-rate number or short code says it sells something.
  if (!hasPost && cues.promo.length === 0 && !cues.premium && !cues.shortCode) {
    return {
      score: Math.min(p, UNRELATED_MAX),
      autoHide: false,
      label: 'possibly promotion (no post to judge it against)',
      evidence: [],
    };
  }
  // Chatter that promotes nothing goes to a person only when the model is sure it is unrelated,
  // there is enough of it to judge, and it does not speak to the page's team ("You guys suck"
  // answers the department's post).
  if (
    !backed &&
    (p < UNRELATED_FROM ||
      cues.words < UNRELATED_MIN_WORDS ||
      cues.addressed ||
      // Thanks and good wishes to the page's team answer the page (0.6.9): "Stay safe out
      // there, thank you for your service".
      (THANKS.test(analysis.prepared.normalized) && !SELF_PLUG.test(analysis.prepared.normalized)))
  ) {
    return {
      score: Math.min(p, UNRELATED_MAX),
      autoHide: false,
      label: 'possibly unrelated',
      evidence: [],
    };
  }
  return {
    score: p,
    autoHide: false,
    label: backed ? 'off-topic: looks like promotion' : 'off-topic: unrelated to the post',
    evidence,
  };
}

export function createOffTopicClassifier(model: LinearModel | (() => LinearModel)): Classifier {
  let loaded: LinearModel | undefined = typeof model === 'function' ? undefined : model;
  const get = (): LinearModel => (loaded ??= (model as () => LinearModel)());
  return {
    name: 'off-topic',
    classify(input, prepared): Signal[] {
      const result = offTopicResult(analyzeOffTopic(get(), input, prepared));
      return [{ category: 'off_topic', ...result }];
    },
  };
}

/** The shipped classifier: loads `data/models/spam.json` on first use. */
export const offTopicClassifier: Classifier = createOffTopicClassifier(() =>
  loadModel(SPAM_MODEL_NAME),
);
