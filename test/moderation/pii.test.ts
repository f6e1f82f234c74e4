/**
 * Personal information goes to a person (I.3), never hidden by the bot. Years, prices, times,
 * case numbers and toll-free numbers are not personal information. The numbers, names and
 * addresses here are made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { createModerator } from '../../moderation/index.js';
import { prepareText } from '../../moderation/normalize.js';
import { personalInfoClassifier } from '../../moderation/pii.js';

const moderator = createModerator();
const pii = (text: string) => personalInfoClassifier.classify({ text }, prepareText(text));

const FOUND: [text: string, label: string, evidence: string][] = [
  ['his number is (555) 123-4567', 'phone number', '(555) 123-4567'],
  ['call her at 555-123-4567 tonight', 'phone number', '555-123-4567'],
  ['cell 555.123.4567', 'phone number', '555.123.4567'],
  ['+1 555 123 4567 is his', 'phone number', '+1 555 123 4567'],
  ['ring +44 20 7946 0958', 'phone number', '+44 20 7946 0958'],
  ['text me 5551234567', 'phone number', '5551234567'],
  ['call 555-1234 after six', 'phone number', '555-1234'],
  ['fullwidth ５５５-１２３-４５６７', 'phone number', '５５５-１２３-４５６７'],
  ['email jane.doe@example.com for details', 'e-mail address', 'jane.doe@example.com'],
  ['write to jdoe at example dot com', 'e-mail address', 'jdoe at example dot com'],
  ['she lives at 123 N Main St Apt 2', 'street address', '123 N Main St Apt 2'],
  ['4500 Oak Avenue, Apt 2B', 'street address', '4500 Oak Avenue, Apt 2B'],
  ['the house at 77 Elm Street', 'street address', '77 Elm Street'],
  ['his SSN is 123-45-6789', 'identity number', '123-45-6789'],
  ['social security number: 123 45 6789', 'identity number', '123 45 6789'],
  ['card 4111 1111 1111 1111 exp 12/27', 'card number', '4111 1111 1111 1111'],
  ['DOB: 03/14/1985', 'date of birth', 'DOB: 03/14/1985'],
  ['her date of birth is July 4, 1990', 'date of birth', 'date of birth is July 4, 1990'],
  ['birthday: 7/4/1990, now you know', 'date of birth', 'birthday: 7/4/1990'],
  // Card numbers in groups (Luhn-checked), IBANs (mod-97 checked), passports, national IDs.
  ['pay with 4111-1111-1111-1111 please', 'card number', '4111-1111-1111-1111'],
  ['visa 4012.8888.8888.1881', 'card number', '4012.8888.8888.1881'],
  ['amex 3782 822463 10005', 'card number', '3782 822463 10005'],
  [
    'wire it to GB82 WEST 1234 5698 7654 32 today',
    'bank account number',
    'GB82 WEST 1234 5698 7654 32',
  ],
  ['IBAN DE89370400440532013000', 'bank account number', 'DE89370400440532013000'],
  ['his account number is 00123456789', 'bank account number', '00123456789'],
  ['passport no. X12345678', 'passport number', 'X12345678'],
  ['her passport number: 531234567', 'passport number', '531234567'],
  ['mi DNI es 12345678Z', 'identity number', '12345678Z'],
  ['NI number AB 12 34 56 C', 'identity number', 'AB 12 34 56 C'],
  ['CURP GODE561231HDFRRN09', 'identity number', 'GODE561231HDFRRN09'],
  ['national ID number 8001015009087', 'identity number', '8001015009087'],
  ['Found a passport near the park, number 712345678', 'passport number', '712345678'],
  ['national insurance number QQ 12 34 56 C', 'identity number', 'QQ 12 34 56 C'],
  ['license plate ABC 1234', 'licence or plate number', 'ABC 1234'],
  ["driver's license number D1234567", 'licence or plate number', 'D1234567'],
];

const NOT_FOUND = [
  'In 2023 the department spent $4,500,000 on overtime',
  'Case #2023-1456 was closed on 03/14/2024',
  'Call 911 in an emergency, 311 otherwise, or 988 for the crisis line',
  'Our toll-free line is 1-800-555-1234',
  'Meeting at 10:30 pm on 5/6',
  'We drove 5 miles down the road',
  'There were 3 more cops on the street',
  'a 2 lane road and a 5 star place',
  'the first 115 Supreme Court justices',
  'born in 1985, raised here',
  // Dates, times and years are not personal information, whatever words surround them; a
  // "born …" date is how news and biographies describe public figures.
  'The chief was born March 27, 1970 in Dayton',
  'On 15 November 2014 St. Louis police said the road was closed',
  'The hearing is 12 December 2026 at 9:30 am',
  'Sentenced on March 3, 2025, case no. 2024-CR-001234',
  'Tickets cost $45.50, doors open 7:00',
  'ref GB82 WEST 1234 5698 7654 33',
  'the DNI of the form is 12345678A',
  'Flight BA2490 departs at 14:05',
  'The license expired in 2019',
  'Order number 12345678 shipped',
  'Highway 12 is closed near mile 40',
  'Score was 21-14 at halftime',
  'version 2.3.14 released',
  'email us at the front desk',
  'Joshua 1:3 Every place that the sole of your foot shall tread upon',
  'the 2064 Supreme Court confirmation hearing',
  'https://example.com/story.php?story_fbid=764484966942313&id=754989901225153',
  'http://example.com/rover/1/710-53481-19255-0/1?id=5575096797',
];

describe('personal information', () => {
  it.each(FOUND)('queues "%s" as %s', (text, label, evidence) => {
    const signals = pii(text);
    const signal = signals.find((s) => s.label === label);
    expect(signal, JSON.stringify(signals)).toBeDefined();
    expect(signal?.category).toBe('personal_info');
    expect(signal?.autoHide).toBe(false);
    expect(signal?.score).toBeGreaterThanOrEqual(0.5);
    expect(signal?.evidence.map((e) => e.text)).toContain(evidence);
    for (const e of signal?.evidence ?? []) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(moderator.classify({ text }).action).toBe('queue');
  });

  it.each(NOT_FOUND)('does not flag "%s"', (text) => {
    expect(pii(text)).toEqual([]);
  });

  it('rejects a digit string that fails the card checksum', () => {
    expect(pii('ref 4111 1111 1111 1112').filter((s) => s.label === 'card number')).toEqual([]);
  });
});

describe('personal information written in Spanish (0.7.2)', () => {
  it.each([
    ['Mi número de pasaporte es G12345678.', 'passport number', 'g12345678'],
    [
      'Mi número de cuenta es 0123456789012, depositen ahí.',
      'bank account number',
      '0123456789012',
    ],
    ['Su número de seguro social es 123 45 6789.', 'identity number', '123 45 6789'],
    ['Licencia de conducir número D1234567, la encontré.', 'licence or plate number', 'd1234567'],
    ['Las placas son ABC-1234, era un carro rojo.', 'licence or plate number', 'abc-1234'],
  ])('finds "%s" (%s)', (text, label) => {
    const signals = pii(text);
    expect(signals.map((s) => s.label)).toContain(label);
    expect(moderator.classify({ text }).flags).toContain('personal_info');
  });

  it.each([
    'La placa del oficial es 4411, fue muy amable.',
    'El caso número 2024-001234 se cerró.',
    'La cuenta de la luz subió a 1200 pesos.',
    'La reunión es el 04/12/2025 a las 7:30.',
  ])('leaves "%s" alone', (text) => {
    expect(moderator.classify({ text }).flags).not.toContain('personal_info');
  });
});
