/**
 * J.3 personal attack in Spanish: the same two-part rule as in English (attack.ts) — insulting
 * wording, and a person it is aimed at — from Spanish cues. Insulting wording: a word of the
 * list below or of the Spanish obscenity lexicon's insults. Aimed at a person: the second person
 * (tú/usted forms, "eres un…", "cállate", "vete"), an @mention, in the same sentence. Criticism
 * of the police, officials or the city ("la policía es corrupta", "que renuncie el jefe", "pinche
 * gobierno") is never a personal attack: a sentence that names the institution is guarded, as in
 * English. Never hidden: a person decides.
 */
import { cueIndex, featuresOf } from '../model/features.js';
import { logitWith, sigmoid, type LinearModel } from '../model/linear.js';
import { TOKEN_MENTION, TOKEN_WORD, tokensOf, tokenWords, type Tokens } from '../model/tokenize.js';
import type { ClassifyInput, PreparedText, Signal } from '../types.js';

export const ES_ATTACK_MODEL_NAME = 'personal_attack_es';

const list = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/**
 * Words that insult a person. No word for police or that judges conduct or views ("corrupto",
 * "ratero", "mentiroso", "cerdo", "puerco", "marrano", "guarro", "rata", "payaso", "vendido",
 * "ridículo", "manipulador" are criticism): a test
 * keeps them out.
 */
export const ES_INSULTS = list(`
  pendejo pendeja pendejos pendejas idiota idiotas estupido estupida estupidos estupidas
  imbecil imbeciles tarado tarada tarados baboso babosa babosos menso mensa mensos tonto tonta
  tontos tontas bruto bruta burro burra subnormal retrasado retrasada mongolo gilipollas
  gilipolla cabron cabrona culero culera mamon mamona naco naca asqueroso asquerosa feo fea
  gordo gorda perra zorra puta puto malparido hijueputa lacra escoria basura mierda inutil
  ignorante ignorantes huevon huevona weon culiao pendejada cretino cretina animal
  mocoso mocosa mocosos fracasado fracasada fracasados mantenido mantenida borracho borracha
  gusano gusanos sabandija alimana lambiscon lambiscona arrastrado arrastrada sabelotodo
  perdedor perdedora perdedores
`);

/** "de mierda", "de quinta": what follows an insult to make it worse. */
const INTENSIFIERS = list('mierda porqueria quinta cuarta');

/** Insult words that are also exclamations ("¡Mierda, se me olvidó!"): never name-calling alone. */
const EXCLAMATIONS = list('mierda basura pendejada escoria lacra animal');

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

/** How much surer the model must be when nobody is pointed at (attack.ts: the same margin). */
const UNNAMED_MARGIN = 1;

/** "esta tipa", "este wey", "esa señora": a person pointed at in the third person. */
const POINTER = list('este esta ese esa aquel aquella');
const PERSON_NOUN = list(`
  tipo tipa chica chico wey guey vieja viejo senora senor morra vato man mujer hombre muchacha
  muchacho chava chavo nina nino individuo sujeta sujeto persona
`);

/**
 * Stock insults with no insulting word, said to the reader: "qué asco me das", "tienes cerebro de
 * mosquito", "no tienes ni dos dedos de frente", "das pena ajena".
 */
const STOCK_INSULT =
  /\b(?:que\s+asco\s+(?:me\s+)?das|(?:tienes|tenes|tiene\s+usted)\s+(?:el\s+)?cerebro\s+de\s+(?:un\s+|una\s+)?(?:mosquito|pollo|gallina|mosca|cacahuate|mani|nuez|lenteja|chicharo|pajaro|hormiga)|no\s+(?:tienes|tenes)\s+ni\s+dos\s+dedos\s+de\s+frente|(?:das|dan)\s+(?:pena\s+ajena|lastima|asco)|(?:eres|sos)\s+(?:un|una)\s+(?:desperdicio|verguenza)\s+de\s+(?:persona|ser\s+humano|oxigeno)|tu\s+(?:madre|mama|jefa)\s+(?:debio|debería|deberia)\s+(?:haberte\s+)?abortar(?:te)?|(?:eres|sos|es\s+usted|pinche|mira\s+quien\s+habla,?\s+(?:el|la))\s+muert[oa]\s+de\s+hambre)\b/;

/** The sentence index of the token at or after a character offset. */
function sentenceAt(tokens: Tokens, sentenceOf: Int32Array, offset: number): number {
  for (let t = 0; t < tokens.count; t++) {
    if ((tokens.ends[t] ?? 0) > offset) return sentenceOf[t] ?? 0;
  }
  return sentenceOf[tokens.count - 1] ?? 0;
}

/** Words of praise, thanks and kindness (accents folded, as the normalized text is). */
const KIND = list(`
  amable amables generoso generosa trabajador trabajadora paciente valiente honesto honesta
  responsable alegre atento atenta dedicado dedicada humilde leal sincero sincera tranquilo
  tranquila puntual sensato sensata inteligente simpatico simpatica servicial carinoso carinosa
  respetuoso respetuosa educado educada divertido divertida creativo creativa increible
  maravilloso maravillosa excelente buen bueno buena gran querido querida lindo linda hermoso
  hermosa guapo guapa valioso valiosa admirable ejemplar heroe heroina heroes genial fantastico
  fantastica estupendo estupenda talentoso talentosa capaz noble justo justa sabio sabia
  gracias felicidades felicitaciones orgulloso orgullosa orgullosos bendiciones bendiga
  agradecido agradecida agradecidos bravo ejemplo listo lista amor encanto angel
  amigo amiga amigos amigas orgullo fuerte fuertes cuidado vecino vecina vecinos companero
  companera bondad apoyo sonrisa carino genio genia tesoro joya cielo
`);
/**
 * Who a person is, said of them: "eres un fanático de los Dodgers", "usted es jubilado". Like
 * English IDENTITY (attack.ts), a statement, not an insult, when no insult is beside it (0.7.0).
 */
const IDENTITY = list(`
  fanatico fanatica fan aficionado aficionada seguidor seguidora hincha madrugador madrugadora
  catolico catolica cristiano cristiana musulman musulmana judio judia ateo atea evangelico
  evangelica republicano republicana democrata liberal conservador conservadora veterano veterana
  inmigrante jubilado jubilada estudiante vegetariano vegetariana zurdo zurda
`);

const ARE = list('eres es sos soy');

/** A short comment that says who someone is: "eres (un) …" with a word of IDENTITY. */
function statesIdentity(tokens: Tokens): boolean {
  const words = tokenWords(tokens);
  if (words.length > 12) return false;
  return words.some((w, t) => {
    if (!IDENTITY.has(w)) return false;
    const before = words[t - 1] ?? '';
    return (
      ARE.has(before) || ((before === 'un' || before === 'una') && ARE.has(words[t - 2] ?? ''))
    );
  });
}

/** Words that turn praise around: "no eres nada amable", "muy inteligente… para ser…". */
const NOT_KIND = list('no nada nunca jamas ni pero sino');

/** The comment praises or thanks, and nothing in it negates or turns the praise. */
/** Stock phrases of kindness: "eres un pan de Dios", "es un sol". */
const KIND_PHRASE = /\b(?:pan\s+de\s+dios|un\s+sol|una\s+santa|un\s+santo|oro\s+puro)\b/;

function speaksKindly(tokens: Tokens): boolean {
  const words = tokenWords(tokens);
  let kind = KIND_PHRASE.test(tokens.text);
  for (const w of words) {
    if (NOT_KIND.has(w)) return false;
    if (KIND.has(w)) kind = true;
  }
  return kind;
}

/** Cue features the Spanish model reads beside the words (training appends the same). */
export function spanishAttackCues(tokens: Tokens): string[] {
  const words = tokenWords(tokens);
  const cues = new Set<string>();
  let insult = false;
  let you = false;
  let third = false;
  for (let t = 0; t < tokens.count; t++) {
    if (tokens.kinds[t] === TOKEN_MENTION) you = true;
    if (tokens.kinds[t] !== TOKEN_WORD) continue;
    const w = words[t] ?? '';
    if (ES_INSULTS.has(w)) insult = true;
    if (YOU.has(w)) you = true;
    if (POINTER.has(w) && PERSON_NOUN.has(words[t + 1] ?? '')) third = true;
    if (INSTITUTION.has(w)) cues.add('es:institution');
  }
  if (insult) cues.add('es:insult');
  if (you) cues.add('es:you');
  if (third) cues.add('es:third');
  if (insult && you) cues.add('es:insult+you');
  if (insult && third) cues.add('es:insult+third');
  return [...cues];
}

/**
 * The model's view, kept only where the two-part rule allows it: a person is pointed at (the
 * second person, an @mention, "esta tipa", or a reply) and no sentence names the institution
 * without one. Otherwise at most 0.3, below the queue threshold.
 */
export function spanishModelSignal(
  model: LinearModel,
  input: ClassifyInput,
  prepared: PreparedText,
): Signal | undefined {
  const tokens = tokensOf(prepared);
  const cues = spanishAttackCues(tokens);
  const features = featuresOf(prepared, tokens, model.spec);
  const z = logitWith(
    model,
    features,
    cues.map((c) => cueIndex(c, model.spec)),
  );
  if (sigmoid(z) < 0.3) return undefined;
  const reply = (input.context?.parent ?? '').trim() !== '';
  const underPost = !reply && (input.context?.post ?? '').trim() !== '';
  const pointed = cues.includes('es:you') || cues.includes('es:third') || reply;
  const criticism = cues.includes('es:institution') && !cues.includes('es:you');
  // As in English (attack.ts): with nobody pointed at, under the department's post the words
  // answer the post (criticism); without a post, a lone insult is aimed at someone, but the
  // model must be one logit surer.
  const p = sigmoid(pointed ? z : z - UNNAMED_MARGIN);
  const person = pointed || !underPost;
  // Kind words said to someone with no insult among them ("eres un vecino muy amable", "qué
  // maestro tan valiente eres", "gracias, oficial"): the model knows "eres…" mostly from
  // insults, and would flag a third of such sentences.
  const kind = !cues.includes('es:insult') && (speaksKindly(tokens) || statesIdentity(tokens));
  if (kind) {
    return {
      category: 'personal_attack',
      score: Math.min(sigmoid(z), 0.3),
      evidence: [],
      label: 'kind words said to a person (Spanish; not a personal attack)',
      autoHide: false,
    };
  }
  if (!person || criticism || p < 0.5) {
    return {
      category: 'personal_attack',
      score: Math.min(sigmoid(z), 0.3),
      evidence: [],
      label: criticism
        ? 'criticism of the department or officials (Spanish; not a personal attack)'
        : 'insulting words aimed at no one (Spanish)',
      autoHide: false,
    };
  }
  return {
    category: 'personal_attack',
    score: p,
    evidence: [],
    label: 'insulting wording aimed at a person (Spanish model)',
    // J.3 personal attack: always a person's decision, never hidden automatically.
    autoHide: false,
  };
}

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
  const stock = STOCK_INSULT.exec(tokens.text);
  if (stock !== null && !guarded.has(sentenceAt(tokens, sentenceOf, stock.index))) {
    return [
      {
        category: 'personal_attack',
        score: 0.7,
        evidence: [prepared.evidence(stock.index, stock.index + stock[0].length)],
        label: 'insult aimed at the person addressed (Spanish)',
        autoHide: false,
      },
    ];
  }
  if (insults.length === 0) return [];
  // Name-calling: the insult alone at a sentence's edge, set off by a comma ("…, burro." "Idiota,
  // cállate"), is said to someone.
  const gapBefore = (t: number): string =>
    t === 0 ? '.' : tokens.text.slice(tokens.ends[t - 1] ?? 0, tokens.starts[t] ?? 0);
  const gapAfter = (t: number): string =>
    tokens.text.slice(tokens.ends[t] ?? 0, tokens.starts[t + 1] ?? tokens.text.length);
  const vocative = (t: number): boolean => {
    if (EXCLAMATIONS.has(words[t] ?? '')) return false;
    // "…, ignorante de mierda.": the insult and its intensifier end the sentence.
    const tail = words[t + 1] === 'de' && INTENSIFIERS.has(words[t + 2] ?? '') ? t + 2 : t;
    const last = tail + 1 >= tokens.count || /[.!?;\n]/.test(gapAfter(tail));
    const first = /[.!?;\n]/.test(gapBefore(t));
    return (gapBefore(t).includes(',') && last) || (first && gapAfter(t).includes(','));
  };
  const aimed = insults.filter((t) => {
    const s = sentenceOf[t] ?? 0;
    return (targets.has(s) || vocative(t)) && !guarded.has(s);
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
