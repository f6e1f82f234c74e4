/**
 * Viewpoint neutrality, as an acceptance test of the whole moderator. A department page is a
 * public forum: criticism of the department, its officers, the Chief or the city, however
 * harsh, is never obscenity, a personal attack or off-topic (Tanner v. Ziegenhorn: "pig",
 * "copper", "jerk"; Robinson v. Hunt County). These sentences were written for this test; they
 * are not from any dataset.
 */
import { describe, expect, it } from 'vitest';
import { createModerator } from '../../moderation/index.js';

const moderator = createModerator();

const POST =
  'Officers responded to a disturbance downtown on Saturday night. Two people were arrested.';

/** Harsh, rude or angry, but civil in the policy's sense: no obscenity, no attack on a participant. */
const CRITICISM = [
  'Cops are pigs.',
  'Pigs. All of you.',
  'Oink oink, here come the pigs again',
  'You coppers never show up when it matters.',
  'The chief is a jerk and should resign.',
  'What a bunch of jerks. Typical HPD.',
  'This department is corrupt from top to bottom.',
  'Corrupt cops protecting corrupt cops. Nothing new.',
  'ACAB',
  'ACAB. 1312.',
  'Defund the police. This department is a waste of taxpayer money.',
  'You guys are a disgrace to the badge.',
  'You should all be ashamed of yourselves.',
  'Shame on you, Helena PD. Shame.',
  'The officers in that video are thugs with badges.',
  'Police brutality, plain and simple. Those officers should be fired and charged.',
  'The chief is a liar and a coward.',
  'Our mayor is incompetent and the city council is spineless.',
  'Fascist police state. This is what tyranny looks like.',
  'No justice, no peace. Prosecute the killer cops.',
  'Another day, another cover-up by the police department.',
  'I will never trust the police in this town again.',
  'The sergeant who lied in court should lose his job.',
  'This is why nobody respects cops anymore.',
  'You arrested the wrong man and you know it.',
  'Stop harassing homeless people, you bullies.',
  'The police union runs this city. Disgusting.',
  'How many more people have to die before you clowns change anything?',
  'Useless. Absolutely useless department.',
  'Response time was 45 minutes. Pathetic.',
  'The chief needs to go. Vote no on the police levy.',
  'Racist policing is still policing, and it is still racist.',
  'These officers are a danger to the public.',
  'Officer Smith is a bully who should not wear a badge.',
  'Your department murdered a man and calls it procedure.',
  'Damn, another arrest for nothing.',
  'What the hell is wrong with this department?',
  'This is crap policing.',
  'Hell no, I am not cooperating with you people.',
  'Damn shame what you did to that family.',
  'The sheriff and the chief are both clowns.',
  'Jackbooted thugs.',
  'Pigs gonna pig.',
  'Fire the chief!!!',
  'Every one of those officers should be in prison.',
  'Trash department, trash chief, trash city government.',
  'Police are the biggest gang in this city.',
  'The mayor is a puppet of the police union.',
  'Your PR team can post all the puppies it wants, we remember what you did.',
];

describe('viewpoint neutrality', () => {
  it('never hides criticism of the police, however harsh', () => {
    const hidden = CRITICISM.filter(
      (text) => moderator.classify({ text, context: { post: POST } }).action === 'hide',
    );
    expect(hidden).toEqual([]);
  });

  it('flags at most 5% of criticism of the police for review', () => {
    const flagged = CRITICISM.filter(
      (text) => moderator.classify({ text, context: { post: POST } }).flags.length > 0,
    );
    expect(flagged.length / CRITICISM.length).toBeLessThanOrEqual(0.05);
  });

  it('never calls criticism of the police off-topic or a personal attack', () => {
    const wrong = CRITICISM.filter((text) => {
      const { flags } = moderator.classify({ text, context: { post: POST } });
      return (
        flags.includes('off_topic') ||
        flags.includes('personal_attack') ||
        flags.includes('obscenity')
      );
    });
    expect(wrong).toEqual([]);
  });

  it('never hides mild words', () => {
    for (const text of [
      'damn',
      'hell',
      'crap',
      'Damn it',
      'what the hell',
      'this is crap',
      'oh hell no',
    ]) {
      const verdict = moderator.classify({ text });
      expect(verdict.action, text).not.toBe('hide');
      expect(verdict.flags, text).not.toContain('obscenity');
    }
  });
});
