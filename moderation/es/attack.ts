/**
 * J.3 personal attack in Spanish: the same two-part rule as in English (attack.ts) — insulting
 * wording, and a person it is aimed at — from Spanish cues. Insulting wording: a word of the
 * list below or of the Spanish obscenity lexicon's insults. Aimed at a person: the second person
 * (tú/usted forms, "eres un…", "cállate", "vete"), an @mention, in the same sentence. Criticism
 * of the police, officials or the city ("la policía es corrupta", "que renuncie el jefe", "pinche
 * gobierno") is never a personal attack: a sentence that names the institution is guarded, as in
 * English. Never hidden: a person decides.
 */
import { TOKEN_MENTION, TOKEN_WORD, tokensOf, tokenWords } from '../model/tokenize.js';
import type { PreparedText, Signal } from '../types.js';

const list = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/**
 * Words that insult a person. No word for police or that judges conduct or views ("corrupto",
 * "ratero", "mentiroso", "cerdo", "puerco", "rata", "payaso", "vendido" are criticism): a test
 * keeps them out.
 */
export const ES_INSULTS = list(`
  pendejo pendeja pendejos pendejas idiota idiotas estupido estupida estupidos estupidas
  imbecil imbeciles tarado tarada tarados baboso babosa babosos menso mensa mensos tonto tonta
  tontos tontas bruto bruta burro burra subnormal retrasado retrasada mongolo gilipollas
  gilipolla cabron cabrona culero culera mamon mamona naco naca asqueroso asquerosa feo fea
  gordo gorda perra zorra puta puto malparido hijueputa lacra escoria basura mierda inutil
  ignorante ignorantes huevon huevona weon culiao pendejada cretino cretina animal
`);

/** Second-person cues: the commenter speaks to a person. */
const YOU = list(`
  tu te ti tus eres estas usted ustedes vos sos callate vete largate cierra callese callense
  contigo tuyo tuya
`);

/** The institution and officials: a sentence that names them is criticism, guarded. */
const INSTITUTION = list(`
  policia policias poli polis chota tira placa oficial oficiales agente agentes jefe jefes
  alcalde alcaldesa gobierno gobernador presidente autoridades departamento sheriff alguacil
  ayuntamiento municipio ciudad estado fiscal juez jueces comandante sargento patrulla
  patrullas puerco puercos cerdo cerdos
`);

export function spanishAttackSignals(prepared: PreparedText): Signal[] {
  const tokens = tokensOf(prepared);
  const words = tokenWords(tokens);
  // Sentence of each token: . ! ? ; or a line break ends one.
  let sentence = 0;
  const sentenceOf = new Int32Array(tokens.count);
  for (let t = 0; t < tokens.count; t++) {
    if (
      t > 0 &&
      /[.!?;\n]/.test(tokens.text.slice(tokens.ends[t - 1] ?? 0, tokens.starts[t] ?? 0))
    ) {
      sentence++;
    }
    sentenceOf[t] = sentence;
  }
  const insults: number[] = [];
  const targets = new Map<number, number[]>();
  const guarded = new Set<number>();
  for (let t = 0; t < tokens.count; t++) {
    const w = words[t] ?? '';
    const s = sentenceOf[t] ?? 0;
    if (tokens.kinds[t] === TOKEN_MENTION) {
      targets.set(s, [...(targets.get(s) ?? []), t]);
      continue;
    }
    if (tokens.kinds[t] !== TOKEN_WORD) continue;
    if (ES_INSULTS.has(w)) insults.push(t);
    if (YOU.has(w)) targets.set(s, [...(targets.get(s) ?? []), t]);
    if (INSTITUTION.has(w)) guarded.add(s);
  }
  if (insults.length === 0) return [];
  const aimed = insults.filter((t) => {
    const s = sentenceOf[t] ?? 0;
    return targets.has(s) && !guarded.has(s);
  });
  if (aimed.length === 0) {
    return [
      {
        category: 'personal_attack',
        score: 0.3,
        evidence: [],
        label:
          guarded.size > 0
            ? 'criticism of the department or officials (Spanish; not a personal attack)'
            : 'insulting words aimed at no one (Spanish)',
        autoHide: false,
      },
    ];
  }
  const picked = new Set<number>(aimed.slice(0, 3));
  for (const t of aimed.slice(0, 3)) {
    const near = targets.get(sentenceOf[t] ?? 0)?.[0];
    if (near !== undefined) picked.add(near);
  }
  return [
    {
      category: 'personal_attack',
      score: 0.7,
      evidence: [...picked]
        .sort((a, b) => a - b)
        .map((t) => prepared.evidence(tokens.starts[t] ?? 0, tokens.ends[t] ?? 0)),
      label: 'insult aimed at the person addressed (Spanish)',
      // J.3 personal attack: always a person's decision, never hidden automatically.
      autoHide: false,
    },
  ];
}
