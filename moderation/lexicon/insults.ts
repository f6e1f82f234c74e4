/**
 * J.3 personal attack: words that insult a person. Used only as a feature of the personal-attack
 * model (moderation/model/features.ts): a word here says "this wording may insult", so the model
 * can recognise a rare insult ("simpleton", "ignoramus") it saw too seldom to learn on its own.
 * A word here never flags, queues or hides anything by itself: the model weighs it, and the
 * targeting cues and criticism guard of attack.ts still decide whether anyone is attacked
 * (criticism of the department or officials stays below the queue, however it is worded).
 *
 * What is deliberately not here: terms for police ("pig" in any form) and everything that
 * judges conduct or views rather than insulting the person ("racist", "bigot", "hypocrite",
 * "liar", "corrupt", "thug", "fascist", "coward", "clown", "shill", "hack", "sheep"), because
 * those are the words of criticism and political speech; "jerk" (Tanner v. Ziegenhorn);
 * "bastards" (ACAB); and ordinary words with an everyday sense on a police page ("trash",
 * "garbage", "crazy", "sad", "gross", "disgusting", "rat"). The obscenity lexicon (obscenity.ts)
 * adds its own tiers to the same feature family. A test keeps police and political words out.
 * Its words are also decode targets (lexicon/index.ts), so "s1mpleton" reads as "simpleton".
 *
 * Measured (5-fold cross-validation, npm run eval): with this list and the obscenity tiers as
 * features, insults F1 went from 0.728 to 0.736 with fewer civil rows flagged; see README
 * "Training and evaluation".
 */

const words = (list: string): string[] => list.trim().split(/\s+/);

export const INSULT_WORDS: ReadonlySet<string> = new Set(
  words(`
  idiot idiots idiotic moron morons moronic imbecile imbeciles cretin cretins dimwit dimwits
  halfwit halfwits nitwit nitwits dumb dumber dumbest dumbass dumbasses stupid stupider stupidest
  retard retards retarded tard loser losers freak freaks fool fools troll trolls
  scum scumbag scumbags lowlife lowlifes dirtbag dirtbags douche douchebag douchebags jackass
  jackasses buffoon buffoons simpleton simpletons ignoramus clueless brainless braindead
  numbskull numbnuts dunce dolt doofus twit twits prat prick pricks tosser bellend knobhead
  ugly fatass pathetic worthless creep creeps pervert perv weirdo lunatic psycho nutjob nutcase
  delusional crybaby whiner bimbo airhead maggot maggots parasite parasites vermin inbred
  turd turds uneducated illiterate
  ass asshole assholes arse arsehole bitch bitches slut sluts whore whores skank dick dickhead
  dickheads cunt twat motherfucker fucker fuckers fuckface fuckwit
`),
);
