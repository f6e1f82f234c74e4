/**
 * Threats in Spanish (I.3: always a person's decision, never hidden by the bot). Precise rules
 * over the normalized text (lower case, accents folded: "sé dónde vives" reads "se donde
 * vives"), the Spanish counterpart of the English rules in threat.ts: first-person intent ("te
 * voy a matar"), wishes ("ojalá te mueras"), intimidation ("sé dónde vives", "cuídate la
 * espalda"), calls for violence ("hay que matarlos", "merecen morir") and bombs. Negation
 * ("nadie merece morir", "no te voy a hacer daño") and reports ("dijo que lo iba a matar") are
 * not threats. Runs on comments read as Spanish or code-switched (language.ts).
 */
import type { Evidence, PreparedText, Signal } from '../types.js';
import { allMatches } from '../matches.js';
import { WEAPON_EMOJI_ANY, WEAPON_EMOJI_RUN } from '../threat.js';

/**
 * What a breaking verb breaks, when it is a threat: the person ("te voy a romper", end of the
 * clause) or their body, never "el récord" or "el hielo".
 */
const BROKEN = String.raw`(?:(?=\s*(?:[.!,;?]|$|\s+(?:cuando|si|en\s+cuanto|pendej|cabr|hij)))|\s+(?:toda\s+|todos\s+|todas\s+)?(?:la|el|los|las|tu|tus|su|sus)\s+(?:cara|crisma|hocico|boca|madre|piernas?|brazos?|cuello|nariz|dientes|cabeza|jeta|huesos|costillas|espalda|alma|ojete|culo|madres|putas?\s+madres?|trompa|osico|hocicos?))`;
/** A beating or a shot in a game or an exam: "le dimos una paliza en el partido". */
const NOT_IN_A_GAME = String.raw`(?![^.!?\n]*\b(?:ajedrez|juego|partido|futbol|fut|basket|domino|carrera|videojuego|fifa|cancha|jugando|cartas|billar|boliche|examen|torneo|liga|final)\b)`;
/** A beating at the polls: "que les den una paliza en las urnas". */
const NOT_AT_THE_POLLS = String.raw`(?![^.!?\n]*\b(?:elecciones|urnas|votos|debate)\b)`;

const VERBS = String.raw`(?:matar(?!\s+de\s+(?:risa|la\s+risa|aburrimiento|un\s+susto|envidia|amor|placer|ternura|cosquillas|los\s+nervios))|(?:prender|meter|pegar)(?:le|les)?\s+fuego|incendiar|rajar|atropellar|acuchillar|apedrear|torturar|estrangular|envenenar|(?:partir|romper|quebrar|reventar|picar)(?:le|les|te)?(?:\s+tod[oa])?${BROKEN}|sacar\s+(?:las\s+tripas|los\s+ojos|el\s+corazon|las\s+entranas|los\s+sesos)|madrear|balacear|balear|apunalar|ahorcar|colgar(?<!\b(?:adornos?|banderas?|banderines|luces|pancartas?|mantas?|cuadros?|fotos?|retratos?|carteles?|letreros?|pinatas?|ropa|cortinas)\b[^.!?\n]*)(?![^.!?\n]*\b(?:adornos?|banderas?|banderines|luces|pancartas?|mantas?|cuadros?|fotos?|retratos?|carteles?|letreros?|pinatas?|ropa|cortinas|desfile|navidad|decoracion\w*|posada)\b)|quemar|enterrar|desaparecer(?!\s+de\s+(?:mi|mis|la|las|los|el|este|esta|tu|tus)\s+(?:lista|contactos|vida|grupo|chat|redes|facebook|face|feed|amigos|seguidores|agenda|whats|whatsapp|instagram|pagina|muro))|degollar|hacer(?:te|le|les|los|las)?\s+(?:pedazos|trizas|cachitos|picadillo|polvo)${NOT_IN_A_GAME}|descuartizar|linchar|fusilar|golpear|dar(?:le|les|te|los|las)?\s+(?:un\s+|una\s+)?(?:balazo|tiro|plomazo|navajazo|hostia|paliza|putiza|madriza|golpiza|chinga|punalada|trompada|bofetada|cachetada|pedrada|calentada|tunda|zurra|verguiza|vergueada|chingadiza)${NOT_IN_A_GAME})`;
const OBJECT_CLITIC = String.raw`(?:te|lo|la|los|las|les|le)`;

interface RuleEs {
  pattern: RegExp;
  score: number;
  label: string;
}

const rule = (source: string, score: number, label: string): RuleEs => ({
  pattern: new RegExp(source, 'g'),
  score,
  label,
});

/** Negation or a report just before a match makes it not a threat. */
const NOT_BEFORE =
  /(?:\bnadie|\bno|\bnunca|\bjamas|\bdijo\s+que|\bdice\s+que|\bdicen\s+que|\bdecir\s+que|\bpiensan\s+que|\bcreen\s+que|\bescribio\s+que|\bescribir\s+que|\bgritaron\s+que|\bamenazo\s+con|\bamenazaron\s+con)\s+(?:\w+\s+){0,3}$/;

/**
 * "Sé en qué carro andas", "sé a qué hora sales", "ya sabemos quién eres" (0.6.9): knowing someone's
 * ways (a threat beside a warning).
 */
const KNOWS_YOUR_WAYS = String.raw`\b(?:se|sabemos|ya\s+se|ya\s+sabemos)\s+(?:quien\s+eres|quienes\s+son|donde\s+trabajas|donde\s+trabaja|en\s+que\s+(?:carro|coche|auto|camioneta|troca)\s+(?:andas|anda|manejas|maneja)|que\s+(?:carro|coche|auto|camioneta|troca)\s+(?:manejas|tienes|traes|maneja)|a\s+que\s+hora\s+(?:sales|llegas|sale|llega)|donde\s+(?:estacionas|juegan\s+tus\s+hijos|estudian\s+tus\s+hijos))\b`;

const RULES: readonly RuleEs[] = [
  // Round 123 (0.7.16): 120 threats composed from Spanish callers ("alguien debería", "hay que",
  // "quiero", "me encantaría", "ya es hora de", "ojalá alguien …"), 15 verbs and 10 people
  // (seeded), 43 of 120 on first contact: only "voy a" and "vamos a" called for the verbs. Not
  // "enterrar" or "desaparecer" here (a burial, a name taken off the ballot), not an abstract
  // object ("golpear a la corrupción"), a portrait hung or a cake that kills.
  rule(
    String.raw`\b(?:alguien\s+(?:deberia|tiene\s+que|tendria\s+que|necesita)|hay\s+que|habria\s+que|deberian|deberiamos|debemos|tenemos\s+que|quiero|queremos|me\s+encantaria|me\s+gustaria|nos\s+encantaria|(?:ya\s+)?es\s+hora\s+de|un\s+dia\s+de\s+estos\s+(?:voy|vamos)\s+a|(?:manana|hoy|esta\s+noche)\s+(?:voy|vamos)\s+a)\s+(?!(?:enterrar|desaparecer)\b)(?:${VERBS}|reventar|ahogar|ejecutar)\s+(?:a\s+(?:todos|todas|esos|esas|ese|esa|cada|cualquier|los|las|el|la|tu|tus|su|sus|este|esta|estos|estas|ti|usted|ustedes)\b|al\s+\w+)(?!\s+(?:corrupcion|burocracia|delincuencia|pobreza|inflacion|impunidad|crimen|violencia|desigualdad|injusticia|racismo|odio)\b)(?![^.!?\n]*\b(?:retrato|foto|fotografia|cuadro|medalla|placa|diploma|boleta|elecciones|urnas|votos?)\b)(?![^.!?\n]*\bcon\s+(?:mi|su|tu|nuestro|nuestra|sus|mis|el|la|los|las)\s+(?:pastel|comida|belleza|chistes?|baile|tamales|pozole|mole|sonrisa|encanto|estilo|carisma|tres\s+leches)\b)`,
    0.8,
    'call for violence (Spanish)',
  ),
  rule(
    String.raw`\b(?:ojala|espero\s+que|quiero\s+que|ojala\s+que)\s+(?:alguien|algun\s+\w+|alguno|alguna|un\s+dia\s+alguien)\s+(?:le\s+|les\s+)?(?:mate|maten|balee|balacee|apunale|queme|cuelgue|ahorque|raje|reviente|madree|entierre|atropelle|desaparezca|degolle|linche|fusile|estrangule|envenene|(?:de|pegue)\s+un\s+(?:tiro|balazo|plomazo|navajazo)|(?:parta|rompa|quiebre|reviente)\s+(?:la|las|el|los)\s+\w+)\s+(?:a|al)\b`,
    0.75,
    'wishing someone dead (Spanish)',
  ),
  rule(
    String.raw`\b${OBJECT_CLITIC}\s+(?:voy|vamos)\s+a\s+${VERBS}\b`,
    0.85,
    'threat of violence (Spanish)',
  ),
  rule(
    String.raw`\b(?:voy|vamos)\s+a\s+(?:matar|partir|romper|quemar|balacear|balear|ahorcar|desaparecer|reventar|degollar)(?:te|lo|la|los|las|les)\b(?!\s+de\s+(?:mi|mis|la|las|los|el|este|esta|tu|tus)\s+(?:lista|contactos|vida|grupo|chat|redes|facebook|face|feed|amigos|seguidores|agenda|whats|whatsapp|instagram|pagina|muro))`,
    0.85,
    'threat of violence (Spanish)',
  ),
  rule(
    String.raw`\bte\s+(?:mato|matamos|quemo|reviento|rajo|rajamos|pico|apunalo|quiebro|madreo|balaceo|plomeo|parto\s+la\s+madre|rompo\s+la\s+madre|parto\s+en\s+dos|parto\s+la\s+cara|rompo\s+la\s+cara|reviento\s+la\s+cara|quiebro\s+(?:el\s+cuello|las\s+piernas))\b(?!\s+(?:de\s+(?:la\s+)?risa|a\s+besos|el\s+(?:pan|pastel|queso)|la\s+(?:cebolla|fruta|verdura)))`,
    0.8,
    'threat of violence (Spanish)',
  ),
  // "Voy a quemar tu casa", "vamos a matar a esos"; "vamos a reventar a tus hijos" (reventar, also
  // said of a rival team or a party, only of someone's family).
  rule(
    String.raw`\b(?:voy|vamos)\s+a\s+(?:${VERBS}\s+(?:(?:a\s+)?(?:tu|tus|su|sus)\s+\w+|a\s+(?:todos|todas|esos|esas|ese|esa|cada|cualquier|los|las|el|la)\b|al\s+\w+)|reventar\s+a\s+(?:tu|tus|su|sus)\s+(?:hij[oa]s?|familia|espos[oa]|mama|madre|papa|padre|herman[oa]s?|novi[oa]|mujer|niet[oa]s?))`,
    0.85,
    'threat of violence (Spanish)',
  ),
  rule(
    String.raw`(?<!\bhasta\s+)\b(?:ojala|espero\s+que|que)\s+(?:te|se|le|les|lo|la|los|las)\s+(?:mueras?|muera[ns]?|maten|peguen\s+un\s+tiro|atropellen?|quemen|cuelguen|fusilen|ahorquen|linchen|balaceen|corten\s+(?:la\s+cabeza|el\s+cuello|la\s+lengua|las\s+manos)|vuelen\s+(?:la\s+cabeza|los\s+sesos))\b(?!\s+de\s+(?:risa|la\s+risa|amor|ganas|envidia|hambre|sed|frio|calor|sueno|verguenza|pena|aburrimiento|celos|nervios|miedo|emocion|ternura))`,
    0.7,
    'wishing someone dead (Spanish)',
  ),
  // "Ojalá te den una paliza", "que le metan un balazo" (0.7.23); not a beating in a game or at the
  // polls.
  rule(
    String.raw`\b(?:ojala|espero\s+que|que)\s+(?:te|le|les)\s+(?:den|de|metan|peguen|pongan)\s+(?:una\s+|un\s+)?(?:paliza|putiza|madriza|golpiza|balazo|tiro|punalada|navajazo|plomazo|machetazo)\b${NOT_IN_A_GAME}${NOT_AT_THE_POLLS}`,
    0.7,
    'wishing someone harm (Spanish)',
  ),
  rule(
    String.raw`\b(?:muerete|mueranse|matate|suicidate)\b`,
    0.65,
    'telling someone to die (Spanish)',
  ),
  rule(
    String.raw`\b(?:se|sabemos|ya\s+se)\s+donde\s+(?:vives|vive|viven|trabajas|trabaja|duermes|estudian\s+tus\s+hijos|esta\s+tu\s+familia)\b(?![^\n]*\b(?:felicidades|felicitaciones|enhorabuena|me\s+alegro|que\s+bueno|gracias|nuevo\s+(?:puesto|trabajo|empleo)|flores|regalos?|visite|content[oa]s?|cumpleanos|pastel|tamales|vecin[oa]s?)\b)`,
    0.85,
    'intimidation (Spanish)',
  ),
  rule(String.raw`\b(?:cuidate|cuidense)\s+la\s+espalda\b`, 0.6, 'intimidation (Spanish)'),
  // 0.6.5 (blind 52, Spanish and English in one comment): "I'm gonna partirte la madre", "that
  // cop se va a morir, I swear", "ojalá que that officer gets shot", "vamos a burn down la
  // estación".
  rule(
    String.raw`\b(?:matarte|matarlos|matarlas|partirte\s+la\s+madre|romperte\s+la\s+madre|partirle\s+la\s+madre|romperle\s+la\s+madre|reventarte\s+la\s+cara|quebrarte|balacearte|balearte)\b(?!\s+(?:de\s+(?:la\s+)?risa|a\s+besos|a\s+cosquillas|(?:a|al)\s+(?:la\s+|los\s+|el\s+)?(?:entrenamiento|examen|trabajo|chamba|gimnasio|gym|partido|juego|rival|rivales|equipo|contrincante|tarea|proyecto)))`,
    0.8,
    'threat of violence (Spanish)',
  ),
  rule(
    String.raw`\b(?:se\s+va|te\s+vas|se\s+van)\s+a\s+morir\b(?=[^\n]*\b(?:i\s+swear|te\s+lo\s+juro|lo\s+juro|ya\s+veras|ya\s+vas\s+a\s+ver|wait\s+and\s+see|you'll\s+see)\b)`,
    0.7,
    'intimidation (Spanish)',
  ),
  rule(
    String.raw`\bojala\s+(?:que\s+)?[^.!?\n]{0,30}?\b(?:gets?|get)\s+(?:shot|killed|stabbed|hanged|run\s+over|murdered|lynched)\b`,
    0.7,
    'wishing someone dead (Spanish)',
  ),
  rule(
    String.raw`\b(?:vamos|voy)\s+a\s+(?:burn(?:\s+down)?|blow\s+up|shoot\s+up|bomb|torch)\s+(?:la|el|tu|su)\s+(?:estacion|comisaria|delegacion|casa|escuela|iglesia|alcaldia|oficina)\b`,
    0.85,
    'threat of violence (Spanish)',
  ),
  // 0.6.5 (blind 47): "esos pacos merecen un balazo", "cuídate, que sé en qué carro andas".
  rule(
    String.raw`\b(?:merece|merecen|mereces|merecemos)\s+(?:un\s+(?:balazo|tiro|plomazo|escopetazo)|plomo|que\s+(?:los|las|lo|la|te)\s+(?:maten|cuelguen|fusilen|quemen|linchen|balaceen))\b`,
    0.7,
    'wishing someone dead (Spanish)',
  ),
  rule(
    String.raw`${KNOWS_YOUR_WAYS}(?:(?<=\b(?:cuidate|cuidado|aguas|ya\s+veras|te\s+estoy\s+vigilando|te\s+estamos\s+vigilando)\b[^\n]*)|(?=[^\n]*\b(?:cuidate|cuidado|aguas|ya\s+veras|te\s+estoy\s+vigilando|te\s+estamos\s+vigilando)\b))`,
    0.75,
    'intimidation (Spanish)',
  ),
  // 0.6.5 (blind 40): "te vamos a dar tu merecido", "que alguien le meta una bala al alcalde",
  // "te espero afuera de tu casa esta noche", "les voy a dar plomo", "tus hijos no van a estar
  // seguros", "te va a llevar la verga, ya verás".
  rule(
    String.raw`\b(?:te|le|les)\s+(?:voy|vamos|van|va)\s+a\s+dar\s+(?:tu|su)\s+merecido\b|\b(?:dar(?:te|le|les)|darles|darte)\s+(?:tu|su)\s+merecido\b`,
    0.7,
    'intimidation (Spanish)',
  ),
  rule(
    String.raw`\b(?:le|te|les)\s+(?:meta|metan|meto|metemos|meteria|metere|voy\s+a\s+meter|vamos\s+a\s+meter|van\s+a\s+meter|hay\s+que\s+meter)\s+(?:una\s+bala|un\s+balazo|un\s+tiro|un\s+plomazo|plomo|unos\s+plomazos|una\s+punalada|un\s+cuchillo|un\s+fierrazo)\b|\b(?:meterle|meterte|meterles)\s+(?:una\s+bala|un\s+balazo|un\s+tiro|un\s+plomazo|plomo|una\s+punalada)\b`,
    0.8,
    'threat of violence (Spanish)',
  ),
  rule(
    String.raw`\b(?:te|los|las)\s+(?:espero|esperamos|estare\s+esperando|voy\s+a\s+estar\s+esperando)\s+(?:afuera|fuera|enfrente|afuerita)\s+de\s+tu\s+(?:casa|trabajo|chamba|escuela|carro|departamento|cantón|canton)\s+(?:esta\s+noche|a\s+la\s+medianoche|a\s+las\s+[1-4]\b|de\s+madrugada|hoy\s+en\s+la\s+noche)(?![^.!?\n]*\bpara\b)`,
    0.7,
    'intimidation (Spanish)',
  ),
  rule(
    String.raw`\b(?:dar(?:le|les|te)?|doy|damos|dare|daremos|den|voy\s+a\s+dar|vamos\s+a\s+dar|hay\s+que\s+dar(?:les?)?)\s+(?:su\s+|mucho\s+)?plomo\b`,
    0.8,
    'threat of violence (Spanish)',
  ),
  rule(
    String.raw`\b(?:tus|sus)\s+(?:hijos|hijas|ninos|ninas|chamacos|familia|esposa|esposo|seres\s+queridos|papas|padres)\s+(?:ya\s+)?no\s+(?:van\s+a\s+estar|estan|estaran|van\s+a\s+vivir)\s+(?:seguros|seguras|a\s+salvo|tranquilos)(?=\s*(?:[.!,;]|$|aqui|nunca\s+mas|despues\s+de\s+esto|de\s+mi|de\s+nosotros|en\s+este\s+(?:pueblo|barrio|lugar)))`,
    0.7,
    'intimidation (Spanish)',
  ),
  rule(
    String.raw`\bte\s+va\s+a\s+(?:llevar|cargar)\s+la\s+(?:verga|chingada|fregada|madre|jodida)\b(?=[^.!?\n]*\b(?:ya\s+veras|cuando\s+te\s+(?:vea|encuentre|agarre)|te\s+lo\s+(?:juro|prometo)))`,
    0.7,
    'intimidation (Spanish)',
  ),
  rule(
    String.raw`\b(?:eres|estas|ya\s+eres)\s+(?:hombre\s+)?muerto\b`,
    0.7,
    'intimidation (Spanish)',
  ),
  rule(
    String.raw`\bte\s+(?:vamos|voy)\s+a\s+(?:encontrar|cazar)\b(?!\s+(?:un|una|unos|unas|el|la|los|las|algo|trabajo|casa|lugar|novio|novia|pareja)\b)(?!\s+(?:en\s+(?:la|el)\s+(?:feria|fiesta|boda|misa|iglesia|mercado|tianguis|parque|cine|escuela|oficina|reunion|junta|evento|desfile|concierto|partido|plaza|kermes|posada)|por\s+ahi|pronto|luego|en\s+linea|en\s+facebook)\b)`,
    0.7,
    'intimidation (Spanish)',
  ),
  rule(
    String.raw`\b(?:tu|usted)\s+(?:eres|es|sigues|sigue)\s+(?:el|la)\s+siguiente\b`,
    0.65,
    'intimidation (Spanish)',
  ),
  rule(
    String.raw`\b(?:hay\s+que|habria\s+que|habra\s+que|deberian|deberia|tienen\s+que|tenemos\s+que|tendriamos\s+que)\s+(?:matar|colgar|quemar|fusilar|balacear|linchar|ahorcar|exterminar)(?:(?:los|las|lo|la|les)\b|(?:\s+(?:viv[oa]s|a\s+balazos|a\s+palos|a\s+golpes))?\s+a\s+(?!(?:los|las)\s+(?:mosquitos|ratas|ratones|cucarachas|plagas|hormigas|moscas|termitas|chinches|pulgas|garrapatas|piojos|zancudos)\b)\w)`,
    0.8,
    'call for violence (Spanish)',
  ),
  rule(
    String.raw`\b(?=deberian|merecen|merece|deberia|tienen)(?<!\b(?:por\s+que|porque|pq|xq)\s+(?:\w+\s+){0,3})(?:deberian|merecen|merece|deberia|tienen\s+que)\s+(?:morir|ser\s+(?:fusilad|ahorcad|colgad|quemad|asesinad|linchad)[oa]s?)\b`,
    0.75,
    'call for violence (Spanish)',
  ),
  rule(
    String.raw`\b(?:matenlos|matenlas|fusilenlos|cuelguenlos|quemenlos|linchenlos)\b`,
    0.75,
    'call for violence (Spanish)',
  ),
  // Promised harm and veiled threats: "vas a aparecer en una zanja", "te van a dar un balazo",
  // "hay que darle un tiro", "sigue hablando y vas a ver", "te espero afuera, ven solo", "sé en
  // qué escuela estudian tus hijos", "reza para que no te encuentre".
  rule(
    String.raw`\b(?:vas|van)\s+a\s+(?:aparecer|amanecer|terminar|acabar)\s+(?:muert[oa]s?|en\s+(?:una|la|un|el)\s+(?:zanja|rio|bolsa|cajuela|fosa|barranco|canal|caja|cuneta))\b|\bte\s+(?:van|vamos)\s+a\s+encontrar\s+(?:muert[oa]|tirad[oa]|colgad[oa]|descuartizad[oa]|en\s+pedazos|sin\s+cabeza|en\s+(?:una|la|un|el)\s+(?:zanja|rio|bolsa|cajuela|fosa|barranco|canal|caja|cuneta)|con\s+(?:un|dos|tres|varios)\s+(?:tiros?|balazos?|plomazos?)\s+en\s+(?:la|el)\s+(?:cabeza|frente|nuca|espalda|pecho|cara))\b|\bte\s+(?:voy|vamos)\s+a\s+(?:buscar|encontrar|cazar)\s+hasta\s+(?:encontrarte|debajo\s+de\s+las\s+piedras|el\s+fin\s+del\s+mundo)\b|\bsigue(?:s)?\s+(?:hablando|asi|chingando|molestando|de\s+hocicon)\s*,?\s+y\s+(?:vas\s+a\s+ver|ya\s+veras)\b|\bte\s+espero\s+(?:afuera|alla|aca|en\s+\w+)[^.!?\n]{0,30}?\bven\s+sol[oa]\b|\b(?:se|sabemos|ya\s+se)\s+en\s+que\s+(?:escuela|colegio|calle|casa|trabajo)\s+(?:estudian|vives|trabajas|van(?!\s+a\s)|viven|vive)\b|\b(?:reza|rezale|pidele\s+a\s+dios|rezale\s+a\s+dios|reza\s+a\s+dios)\s+(?:para\s+)?que\s+no\s+te\s+(?:encuentre|encontremos|vea|veamos|agarre|agarremos)\b`,
    0.7,
    'intimidation (Spanish)',
  ),
  rule(
    String.raw`\b(?:te|le|les)\s+(?:van|vamos|voy|va)\s+a\s+(?:dar|meter|pegar|sorrajar)\s+(?:un|unos|dos)\s+(?:balazos?|tiros?|plomazos?|navajazos?|machetazos?|putazos?|madrazos?)\b|\b(?:hay\s+que|deberian|deberia|tienen\s+que)\s+(?:darle|darles|meterle|meterles|pegarle|pegarles)\s+(?:un|unos|dos)\s+(?:balazos?|tiros?|plomazos?|navajazos?)\b`,
    0.75,
    'threat of violence (Spanish)',
  ),
  // Mexican street menace, 0.6.3 (second Spanish round): "nadie te va a encontrar", "ya te
  // tenemos ubicado", "te van a llenar de plomo", "te voy a dejar como coladera", "te va a cargar
  // la chingada", "nos vemos en la salida, pendejo", "tu familia va a pagar", "ojalá te caiga un
  // rayo".
  rule(
    String.raw`\bnadie\s+(?:te|lo|la)\s+(?:va|van)\s+a\s+encontrar\b|\b(?:ya\s+)?(?:te|lo|la)\s+(?:tenemos|tengo)\s+(?:bien\s+)?ubicad[oa]\b(?!\s+(?:el|la|los|las|tu|su|un|una)\b)|\bte\s+va\s+a\s+cargar\s+la\s+(?:chingada|verga|fregada)\b|\bnos\s+vemos\s+(?:en\s+la\s+salida|afuera)\b[^.!?\n]{0,40}?\b(?:te\s+quiero\s+ver|pendej[oa]|cabr[oa]n|ya\s+veras)\b|\b(?:tu|su)\s+(?:familia|esposa|hijos?|hijas?|madre|mama)\s+(?:va|van)\s+a\s+pagar\b(?!\s+(?:la|el|las|los)\s+(?:multa|renta|cuenta|luz|agua|colegiatura))`,
    0.7,
    'intimidation (Spanish)',
  ),
  rule(
    String.raw`\b(?:te|le|lo|la|les|los)\s+(?:van|vamos|voy|va)\s+a\s+(?:llenar|rellenar)\s+de\s+(?:plomo|balas|agujeros)\b|\b(?:te|lo|la|los|las)\s+(?:voy|vamos|van)\s+a\s+dejar\s+como\s+(?:coladera|colador)\b|\b(?:ojala|espero\s+que)\s+(?:te|le|les)\s+(?:caiga|parta)\s+un\s+rayo\b|\b(?:ojala|espero\s+que)\s+(?:que\s+)?(?:te|le|les)\s+(?:caiga|caigan|explote|exploten)\s+(?:una|un|unas|unos)\s+(?:bombas?|misiles?|granadas?)\b(?!\s+de\s+(?:agua|humo|confeti|chocolate|semillas|baño|bano))`,
    0.75,
    'threat of violence (Spanish)',
  ),
  // 0.6.4 (third Spanish round): "te meto un plomazo", "tus hijos no van a regresar de la
  // escuela", "ya tienes los días contados".
  rule(
    String.raw`\b(?:te|le|les)\s+(?:meto|metemos|doy|damos|pego|pegamos|suelto|vacio|vaciamos)\s+(?:un|unos|dos|el)\s+(?:balazos?|tiros?|plomazos?|plomo|navajazos?|machetazos?|cargador)\b`,
    0.75,
    'threat of violence (Spanish)',
  ),
  rule(
    String.raw`\b(?:tus|sus)\s+(?:hijos|hijas|ninos|ninas|chamacos|morros|chavos)\s+no\s+(?:van|vayan)\s+a\s+(?:regresar|volver|llegar)\s+(?:de\s+la\s+escuela|a\s+(?:casa|la\s+casa)|vivos)\b(?![^.!?\n]*\b(?:lluvia|vacaciones|lunes|martes|miercoles|jueves|viernes|puente|paro|huelga|cerrad[ao]s?)\b)|\b(?:ya\s+)?(?:tienes|tiene|tienen)\s+(?:los|sus|tus)\s+dias\s+contados\b(?![^.!?\n]*\b(?:puesto|cargo|alcaldia|gobierno|gestion|mandato|eleccion|elecciones|votos?|urnas|renuncia|equipo|liga|temporada|empresa|trabajo|jubil\w*|retir\w*|pension|felicidades|vacaciones)\b)|\btus\s+dias\s+estan\s+contados\b`,
    0.7,
    'intimidation (Spanish)',
  ),
  // 0.6.4 (fourth Spanish round): Mexican slang for killing ("darle piso", "dar cuello", "amanecer
  // con la boca llena de hormigas", "te cargó el payaso"), maiming ("te voy a sacar los ojos",
  // "cortar la lengua", "dejar en silla de ruedas"), menace ("o te mueres", "te tengo en la
  // mira", "sabemos a qué hora sale tu esposa") and a rifle brought to the station ("cuerno de
  // chivo").
  rule(
    String.raw`\b(?:darle|darles|dar|dimos|dieron|dale|denle|(?:le|les)\s+(?:vamos|van|voy|va)\s+a\s+dar)\s+(?:piso|cuello|matarile|chicharron)\b|\bboca\s+llena\s+de\s+hormigas\b|\b(?:te|le|lo|la|les|los)\s+(?:voy|vamos|van)\s+a\s+(?:sacar\s+los\s+ojos|cortar\s+(?:la\s+lengua|el\s+cuello|la\s+cabeza|las\s+manos|los\s+dedos)|arrancar\s+(?:la\s+cabeza|los\s+ojos|la\s+lengua)|dejar\s+(?:en\s+(?:silla\s+de\s+ruedas|coma)|paralitic[oa]|ciego|ciega|sin\s+dientes))\b|\b(?:voy|vamos)\s+a\s+(?:llegar|ir|caer)\s+a\s+(?:la|el)\s+(?:comisaria|estacion|delegacion|escuela|alcaldia|ayuntamiento|casa|oficina|cuartel)\s+con\s+(?:mi|un|mis|nuestros?|el)\s+(?:cuerno\s+de\s+chivo|cuerno|ak|r15|rifle|pistola|escuadra|fusca|arma|armas)\b`,
    0.75,
    'threat of violence (Spanish)',
  ),
  rule(
    String.raw`\bte\s+(?:cargo|va\s+a\s+cargar|llevo|va\s+a\s+llevar)\s+el\s+payaso\b|\bo\s+te\s+mueres\b|\bo\s+(?:te|lo|la)\s+(?:matamos|mato)\b|\bte\s+(?:tengo|tenemos|traigo|traemos)\s+en\s+la\s+mira\b|\b(?:ya\s+)?(?:se|sabemos)\s+a\s+que\s+hora\s+sale\s+(?:tu|su)\s+(?:esposa|esposo|hij[oa]s?|mujer|familia|mama|vieja)\b`,
    0.7,
    'intimidation (Spanish)',
  ),
  rule(
    String.raw`\b(?:hay|puse|pusimos|dejamos|deje)\s+una\s+bomba\s+en\b`,
    0.9,
    'bomb threat (Spanish)',
  ),
  rule(
    String.raw`\b(?:voy|vamos)\s+a\s+(?:volar|quemar|balacear)\s+(?:la|el)\s+(?:estacion|comisaria|delegacion|escuela|iglesia|alcaldia|ayuntamiento|casa|oficina)\b`,
    0.9,
    'threat of violence (Spanish)',
  ),
  // 0.6.6 (blind 60): "un día de estos te va a llegar tu hora", "voy a la estación con mi cuerno
  // de chivo", "ese alcalde no llega a diciembre, te lo juro", "ya tengo tu dirección, nos vemos
  // pronto". Their twins: "te va a llegar tu ascenso", "voy a la estación con mi hijo", "no llega
  // a la reelección", "ya tengo mi licencia nueva".
  rule(
    String.raw`\b(?:te|le|les)\s+(?:va|van)\s+a\s+llegar\s+(?:tu|su)\s+hora\b|\bya\s+(?:te|le)\s+(?:llego|llegara|va\s+a\s+llegar)\s+(?:tu|su)\s+hora\b`,
    0.7,
    'intimidation (Spanish)',
  ),
  rule(
    String.raw`\b(?:voy|vamos|ire|iremos|llego|llegamos|me\s+presento|nos\s+presentamos)\s+a\s+(?:la|el|tu|su)\s+(?:estacion|comisaria|delegacion|alcaldia|ayuntamiento|escuela|iglesia|oficina|casa|junta|reunion|cabildo|corte|juzgado)\b[^.!?\n]{0,25}?\bcon\s+(?:mi|un|una|el|la|mis)\s+(?:cuerno\s+de\s+chivo|cuerno|ak|ak-47|rifle|escopeta|pistola|fusca|arma|armas|machete|cuchillo|granada|bomba|cuete)\b`,
    0.8,
    'intimidation (Spanish)',
  ),
  // 0.7.2 (Spanish round 5): the weapon before the place, "voy a llegar con mi cuerno de chivo a
  // la comisaría".
  rule(
    String.raw`\b(?:voy|vamos|ire|iremos|llego|llegamos)\s+(?:a\s+(?:llegar|ir|caer|entrar|aparecer|presentarme|presentarnos)\s+)?con\s+(?:mi|un|una|el|la|mis)\s+(?:cuerno\s+de\s+chivo|cuerno|ak|ak-47|rifle|escopeta|pistola|fusca|arma|armas|machete|granada|bomba|cuete)\b[^.!?\n]{0,25}?\ba\s+(?:la|el|tu|su)\s+(?:estacion|comisaria|delegacion|alcaldia|ayuntamiento|escuela|iglesia|oficina|casa|junta|reunion|cabildo|corte|juzgado)\b`,
    0.8,
    'intimidation (Spanish)',
  ),
  rule(
    String.raw`\bno\s+(?:llega|llegas|llegan|pasa|pasas|pasan|dura|duras|duran)\s+(?:a|de)\s+(?:diciembre|navidad|ano\s+nuevo|enero|fin\s+de\s+(?:ano|mes)|manana|esta\s+semana|este\s+ano|la\s+semana|el\s+fin\s+de\s+semana)\b(?=[^\n]*\b(?:te\s+lo\s+juro|lo\s+juro|ya\s+veras|te\s+lo\s+aseguro|acuerdate|te\s+lo\s+prometo)\b)`,
    0.7,
    'intimidation (Spanish)',
  ),
  rule(
    String.raw`\b(?:ya\s+)?(?:tengo|tenemos|consegui|conseguimos|encontre|encontramos|se|sabemos)\s+tu\s+(?:direccion|domicilio|placa|numero\s+de\s+placa)\b(?=[^\n]*\b(?:nos\s+vemos|te\s+veo|pronto|vamos\s+a\s+ir|voy\s+a\s+ir|cuidate|ya\s+veras|esta\s+noche|te\s+visito|te\s+visitamos)\b)`,
    0.75,
    'intimidation (Spanish)',
  ),
  // 0.7.0 (blind 111): "vamos a ir a tu casa a darte una lección que no vas a olvidar"; not "una
  // lección de guitarra".
  rule(
    String.raw`\b(?:voy|vamos|ire|iremos|van)\s+a\s+(?:ir\s+a\s+|llegar\s+a\s+|caer\s+(?:en|a)\s+)?(?:tu|su)\s+casa\b[^.!?\n]{0,30}?\ba\s+dar(?:te|le|les)\s+(?:una|un|tu|su)\s+(?:leccion|calentada|madriza|golpiza|paliza|putiza|escarmiento|merecido)\b(?!\s+de\b)`,
    0.75,
    'intimidation (Spanish)',
  ),
  // 0.6.6 (blind 74, threats at groups): "que cuelguen a todos los judíos", "ojalá maten a todas
  // las feministas", "sacarlos a balazos del barrio", "merecen que les partan la cara".
  rule(
    String.raw`\b(?:ojala\s+(?:que\s+)?|que\s+)(?:maten|cuelguen|fusilen|quemen|ahorquen|linchen|balaceen|exterminen|masacren|violen)\s+a\s+(?:todos|todas|los|las|esos|esas|cada)\b`,
    0.75,
    'call for violence (Spanish)',
  ),
  rule(
    String.raw`\b(?:sacar|correr|echar)(?:los|las|le|les|lo|la)?\s+a\s+(?:balazos|tiros|plomazos|machetazos|palos|pedradas)\b`,
    0.75,
    'call for violence (Spanish)',
  ),
  rule(
    String.raw`\b(?:merece|merecen|mereces)\s+que\s+(?:los|las|les|le|te|lo|la)\s+(?:partan|rompan|revienten)\s+la\s+(?:cara|madre|boca|cabeza)\b|\b(?:merece|merecen|mereces)\s+que\s+(?:los|las|les|le|te|lo|la)\s+(?:peguen|golpeen|violen|apunalen|madreen)\b`,
    0.75,
    'call for violence (Spanish)',
  ),
  // 0.7.1 (blind 119): "ese juez merece una bala en la cabeza", "no vas a llegar a casa".
  rule(
    String.raw`\b(?:merece|merecen|mereces|merecemos|necesita|necesitan)\s+(?:una\s+bala|un\s+(?:balazo|tiro|plomazo)|la\s+horca|la\s+silla\s+electrica|un\s+paredon|el\s+paredon|que\s+(?:lo|la|los|las|te)\s+(?:maten|fusilen|cuelguen|ahorquen|quemen))\b`,
    0.7,
    'call for violence (Spanish)',
  ),
  rule(
    String.raw`\bno\s+(?:vas|van|va)\s+a\s+(?:llegar|volver|regresar)\s+(?:a\s+(?:tu\s+|su\s+)?casa|viv[oa]s?)\b(?![^.!?\n]*\b(?:lluvia|trafico|tiempo|hora|cena|vacaciones|paro|huelga|cerrad[ao]s?|autobus|metro|tren|plantas?|tomates?|flores|semillas|pollitos|peces|pescados?|helados?)\b)`,
    0.7,
    'intimidation (Spanish)',
  ),
  // 0.7.1: incitement against groups composed in Spanish from twelve templates (first contact 30
  // of 60, 4 of 24 harmless, all "decir que … merecen morir es un delito"): "voy a disparar al
  // próximo … que vea", "ojalá alguien queme a todos …", "me encantaría ver a … ahorcados",
  // "limpiar el barrio de …, a palos", "si veo a uno de … lo mato", "quemar vivos a …".
  rule(
    String.raw`\b(?:voy|vamos)\s+a\s+(?:dispararle|disparar|matar|apunalar|golpear|quemar|ahorcar|balear|balacear|acuchillar)\s+(?:a\s+|al\s+)(?:proximo|primer|primero|primera|proxima|cualquier|todo|toda|todos|todas|cada)\b(?![^.!?\n]*\b(?:camara|celular|telefono|fotos?|video|partido|juego|balon|pelota|gol)\b)`,
    0.8,
    'threat of violence (Spanish)',
  ),
  rule(
    String.raw`\b(?:ojala|espero\s+que)\s+(?:alguien|alguno|alguna|ustedes|la\s+policia|algun\s+\w+)\s+(?:mate|maten|queme|quemen|fusile|fusilen|cuelgue|cuelguen|ahorque|ahorquen|balee|baleen|dispare|disparen|extermine|exterminen|linche|linchen|degollé|degolle)\s+a\s+(?:todos|todas|esos|esas|cada)\b|\b(?:me\s+encantaria|quiero|quisiera|me\s+gustaria)\s+ver\s+a\s+(?:\w+\s+){1,3}?(?:muertos|muertas|ahorcados|ahorcadas|colgados|colgadas|quemados|quemadas|fusilados|fusiladas|degollados|degolladas|baleados|baleadas|acribillados|acribilladas|linchados|linchadas)\b`,
    0.75,
    'call for violence (Spanish)',
  ),
  rule(
    String.raw`\blimpiar\s+(?:el|la|este|esta|nuestro|nuestra)\s+(?:barrio|ciudad|pais|colonia|calle|pueblo|zona)\s+de\s+(?:\w+[\s,]+){1,3}?a\s+(?:palos|golpes|balazos|tiros|machetazos|plomazos|sangre)\b|\bsi\s+(?:veo|encuentro|agarro|pillo)\s+a\s+(?:uno|una|alguno|alguna|algun|cualquiera)\b[^.!?\n]{0,50}?\b(?:lo|la|los|las)\s+(?:mato|matamos|quemo|balaceo|reviento|apunalo|cuelgo|ahorco)\b|\b(?:es\s+hora\s+de|hay\s+que|deberian|deberiamos|vamos\s+a)\s+(?:quemar\s+viv[oa]s?|fusilar|ahorcar|colgar|exterminar|matar|linchar|degollar|balear|balacear)\s+a\s+(?:todos|todas|esos|esas|los|las|cada)\b(?!\s+(?:los\s+|las\s+)?(?:mosquitos|ratas|ratones|cucarachas|plagas|moscas|hormigas|termitas|bichos|pulgas|garrapatas|zombis|zombies)\b)`,
    0.75,
    'call for violence (Spanish)',
  ),
  // 0.7.5 (round 48): the present promising the future ("te rompo las piernas"), a patrol car
  // burned "con ustedes adentro", and a fight called for ("te espero afuera") beside an insult.
  rule(
    String.raw`\bte\s+(?:rompo|parto|quiebro|reviento|madreo|tumbo)\s+(?:toda\s+)?(?:la|las|los|el|tu|tus)\s+(?:cara|piernas?|brazos?|hocico|boca|cuello|nariz|dientes|cabeza|jeta|huesos|costillas|espalda|trompa|madres?|crisma|rodillas?|manos?|dedos)\b`,
    0.8,
    'threat of violence (Spanish)',
  ),
  rule(
    String.raw`\b(?:quemar|quemamos|quemo|incendiar|incendiamos|prender(?:le)?\s+fuego\s+a)\s+(?:la|el|tu|su|sus|esa|ese|esta|este)\s+(?:\w+\s+)?(?:patrulla|patrullas|casa|carro|coche|comisaria|estacion|delegacion|iglesia|escuela|negocio|tienda|oficina)\s+con\s+(?:ustedes|ellos|ellas|el|ella|todos|tu\s+familia|su\s+familia|los\s+ninos|tus\s+hijos|sus\s+hijos|los\s+policias|los\s+oficiales)\s+(?:a\s*)?(?:dentro|adentro)\b`,
    0.85,
    'threat of violence (Spanish)',
  ),
  rule(
    String.raw`\bte\s+espero(?<=\b(?:cabron|cabrona|pendejo|pendeja|culero|culera|maldito|maldita|puto|puta|hdp)\b[^\n]{0,80}\bte\s+espero)\s+(?:alla\s+)?(?:afuera|fuera|a\s+la\s+salida|en\s+la\s+salida|en\s+la\s+esquina|en\s+el\s+estacionamiento)\b|\bte\s+espero\s+(?:alla\s+)?(?:afuera|fuera|a\s+la\s+salida|en\s+la\s+salida|en\s+la\s+esquina|en\s+el\s+estacionamiento)\b(?=[^\n]{0,80}\b(?:cabron|pendejo|culero|maldito|a\s+ver\s+si\s+eres\s+tan|para\s+que\s+aprendas|solo|sola)\b)`,
    0.7,
    'intimidation (Spanish)',
  ),
  // Round 77 (0.7.10): "sabemos a qué hora sale de su turno. Cuídese." (not with tamales or a
  // party), "ya le tenemos el ojo puesto", "te vamos a levantar y nadie va a saber de ti", "que
  // cuide a sus hijos cuando salen de la escuela", "ya está contando sus días", "vas a amanecer
  // con la boca llena de moscas".
  rule(
    String.raw`${KNOWS_YOUR_WAYS}(?=[^\n]*\bcuid(?:ese|ense|enlo|enla)\b)(?![^\n]*\b(?:tamales|pastel|cafe|regalo|regalos|felicidades|gracias|invitamos|llevamos|cumpleanos|fiesta|comida|sorpresa|desfile|evento|partido|concierto|sol|agua|calor|frio|lluvia)\b)`,
    0.7,
    'intimidation (Spanish)',
  ),
  rule(
    String.raw`\b(?:te|le|les|lo|la|los|las)\s+(?:tenemos|tengo|traemos|traigo)\s+(?:ya\s+)?(?:el\s+ojo\s+puesto|bien\s+(?:ubicad[oa]s?|fichad[oa]s?|checad[oa]s?|vigilad[oa]s?)|(?:ubicad[oa]s?|fichad[oa]s?|checad[oa]s?|vigilad[oa]s?))(?=\s*(?:[.!,;]|$|\s+(?:cabron|pendej|hij|wey|guey|perro|soplon|eh|ya\s+veras|cuidate)))|\bnadie\s+(?:va|van)\s+a\s+(?:volver\s+a\s+)?saber\s+(?:nada\s+)?de\s+(?:ti|usted|ustedes|el|ella|ellos)\b|\b(?:te|lo|la|los|las)\s+(?:vamos|van|voy|va)\s+a\s+levantar(?=\s*(?:[.!,;]|$|\s+y\s+nadie|\s+en\s+la\s+noche|\s+saliendo))`,
    0.75,
    'intimidation (Spanish)',
  ),
  rule(
    String.raw`\b(?:que\s+)?cuide(?:s|n)?\s+(?:bien\s+)?(?:a\s+)?(?:sus|tus)\s+(?:hijos|hijas|ninos|ninas|chamacos|familia|esposa|mujer|nietos)\s+(?:cuando|mientras|porque\s+nunca\s+se\s+sabe|ahora\s+que\s+puede)\b(?![^\n]*\b(?:frio|calor|trafico|lluvia|virus|gripe|enfermedad|drogas|vacuna|tormenta|inundacion|carretera|cruce|cruzar|sol)\b)|\b(?:ya\s+)?(?:esta|estas|estan)\s+contando\s+(?:sus|tus)\s+dias\b|\b(?:vas|va|van)\s+a\s+amanecer\s+(?:con\s+la\s+boca\s+llena\s+de\s+moscas|muert[oa]s?|ties[oa]s?|en\s+una\s+zanja|con\s+los\s+pies\s+por\s+delante|embolsad[oa]s?|en\s+una\s+bolsa)\b`,
    0.75,
    'intimidation (Spanish)',
  ),
  // 0.7.11, found probing twenty short Spanish threats (14 flagged): "te vas a morir, pinche
  // policía" (not "de risa", "de hambre", nor reported: "diciéndote que te vas a morir"), "mañana amaneces muerto", "cuida a tus hijos,
  // oficial" (only as the whole sentence, or with a vocative), "vas a pagar con tu vida", "uno de
  // estos días te toca."
  rule(
    String.raw`(?<!\b(?:que|de)\s+(?:ya\s+)?)\b(?:ya\s+)?te\s+vas\s+a\s+morir\b(?!\s+de\b|\s+(?:cuando|si|con|del|por)\b)|\b(?:manana|hoy|esta\s+noche|pronto|un\s+dia\s+de\s+estos)\s+(?:amaneces|amaneceras|apareces|apareceras|te\s+encuentran|te\s+van\s+a\s+encontrar)\s+(?:muert[oa]|tirad[oa]|colgad[oa]|en\s+una\s+zanja|en\s+el\s+rio|sin\s+vida|embolsad[oa])\b|\b(?:vas|van|va)\s+a\s+pagar(?:lo|la)?\s+con\s+(?:tu|su|sus|tus)\s+(?:vida|vidas|sangre)\b`,
    0.75,
    'threat of violence (Spanish)',
  ),
  rule(
    String.raw`\bcuida(?:te)?\s+(?:bien\s+)?(?:a\s+)?(?:tus|sus)\s+(?:hijos|hijas|ninos|ninas|chamacos|familia|esposa|mujer|nietos)(?=\s*(?:[.!]|$|,\s*(?:oficial|policia|poli|puerco|cerdo|juez|alcalde|jefe|sheriff|comandante|soplon|cabron|pendejo)\b))|\buno\s+de\s+estos\s+dias\s+te\s+(?:toca|llega|cae)(?=\s*(?:[.!,]|$))`,
    0.7,
    'intimidation (Spanish)',
  ),
  // 0.7.13 (read from an OffendES held-out fold's misses): Spain's "a ver si" wishes as "ojalá"
  // does ("a ver si te mueres de una vez", "a ver si te atropella un tren"), and a beating foretold
  // ("cualquier día te dan dos hostias", "un día de estos te van a partir la cara").
  rule(
    String.raw`\ba\s+ver\s+si\s+(?:ya\s+|por\s+fin\s+)?(?:te\s+(?:mueres|muere|matan|mata|atropella|atropellan|pegan\s+un\s+tiro|cuelgan|queman|fusilan|linchan|revientan)|(?:se|le)\s+(?:muere|mueren|matan|atropella|atropellan)\s+(?:ya\s+)?(?:ese|esa|este|esta|esos|esas)\s+(?!(?:perro|perra|gato|gata|planta|plantas|mosquitos?|moscas?|bichos?|cucarachas?|ratas?|raton|ratones|arbol|flor|flores|pez|peces|programa|serie|canal|juego)\b)\w+)\b(?!\s+(?:de\s+(?:risa|amor|ganas|envidia|hambre|sed|frio|calor|sueno|verguenza|pena|aburrimiento|la\s+risa|celos|nervios|miedo|emocion|ternura)|(?:la|el|tu|su)\s+(?:curiosidad|risa|calor|frio|hambre|sueno|aburrimiento|envidia|verguenza|ternura|emocion|nostalgia|ansiedad|intriga)))`,
    0.7,
    'wishing someone dead (Spanish)',
  ),
  rule(
    String.raw`\b(?:cualquier\s+dia|un\s+dia\s+de\s+estos|algun\s+dia|el\s+dia\s+menos\s+pensado)\s+te\s+(?:dan|daran|van\s+a\s+dar|dara|va\s+a\s+dar|meten|van\s+a\s+meter|parten|van\s+a\s+partir|rompen|van\s+a\s+romper)\s+(?:un\s+par\s+de|dos|2|unas|una|un|la|el)\s+(?:hostias|ostias|hostia|guantazos?|bofetadas?|patadas?|putazos?|madrazos?|chingadazos?|palizas?|tiros?|balazos?|cara|crisma|madre|boca)\b`,
    0.7,
    'intimidation (Spanish)',
  ),
  // Round 102 (0.7.13), Spanish menace in replies and at officials: "dile a tu esposa que disfrute
  // su último fin de semana contigo", "repite eso en mi cara y vas a ver", "ese juez no llega a
  // Navidad", "te espero afuera de la comisaría cuando salgas de tu turno", "sigue hablando y vas
  // a terminar en el hospital", "al próximo poli que me multe lo mando al hospital", "sé a qué
  // escuela van tus hijos", "te voy a dejar irreconocible", "que tengas buen seguro de vida,
  // comisario", "ponte chaleco antibalas hasta para ir al súper". 4 of 20 on first contact,
  // twins 1 of 10 ("ese policía tiene los días contados para jubilarse").
  rule(
    String.raw`\bdisfrut(?:e|a|en|es)\s+(?:su|tu|sus|tus)\s+ultim[oa]s?\s+(?:fin\s+de\s+semana|dia|dias|navidad|cumpleanos|verano|semana|noche)\s+(?:contigo|con\s+(?:usted|el|ella|ustedes))\b|\b(?:repite|repitelo|repiteme|dimelo|dilo|di\s+eso)\s+(?:eso\s+)?(?:en\s+mi\s+cara|en\s+persona|de\s+frente|a\s+la\s+cara)\b(?=[^.!?\n]{0,25}\b(?:vas\s+a\s+ver|ya\s+veras|a\s+ver\s+que\s+pasa|lo\s+que\s+pasa|te\s+reto)\b|\s*(?:[.!]|$|,\s*(?:valiente|cobarde|payaso|gallito|machito|bocon|hocicon|pendejo|cabron|puto|maricon|oficial|agente|licenciado|jefe|sargento|comandante|juez|alcalde|comisario)\b))|\b(?:ese|esa|el|la)\s+(?:juez|jueza|policia|poli|oficial|agente|comandante|sargento|alcalde|alcaldesa|jefe|comisario|fiscal|cerdo|puerco|licenciado|gobernador|concejal)\s+(?:no\s+llega|no\s+va\s+a\s+llegar|no\s+llegara|no\s+va\s+a\s+vivir\s+para\s+ver|no\s+vive\s+para\s+ver)\s+(?:a\s+)?(?:navidad|fin\s+de\s+ano|ano\s+nuevo|el\s+proximo\s+ano|su\s+(?:jubilacion|pension|cumpleanos)|el\s+juicio|el\s+lunes|viejo)\b(?![^.!?\n]*\b(?:en\s+el\s+(?:puesto|cargo)|jubil\w*|retir\w*|renuncia\w*|elecci\w*|votos?|urnas|contrato|reeleccion|destitu\w*|despid\w*)\b)|\bcuando\s+te\s+(?:vea|encuentre|agarre|tope|cache)\b[^.!?\n]{0,30}?\bno\s+vas\s+a\s+(?:tener\s+tanta\s+boca|ser\s+tan\s+(?:valiente|gallito|hablador|chistoso|bravo|machito))\b|\bte\s+(?:espero|esperamos|voy\s+a\s+esperar|vamos\s+a\s+esperar|estare\s+esperando)\s+(?:afuera|fuera|a\s+la\s+salida|en\s+la\s+salida)\b[^.!?\n]{0,40}?\bcuando\s+(?:salgas|termines|acabes)\b(?![^.!?\n]*\b(?:cafe|regalo|gracias|pastel|comida|firma|firmas|aventon)\b)|\b(?:sigue|sigan|sigues)\s+(?:hablando|asi|con\s+eso|de\s+hocicon|de\s+bocon)\b[^.!?\n]{0,15}?\by\s+(?:vas|van)\s+a\s+(?:terminar|acabar|amanecer|salir)\s+(?:en\s+(?:el\s+|un\s+)?(?:hospital|panteon|cementerio|una\s+zanja|una\s+bolsa|una\s+silla\s+de\s+ruedas|la\s+morgue)|muert[oa]s?)\b|\bal\s+(?:proximo|siguiente)\s+(?:juez|jueza|policia|poli|oficial|agente|comandante|sargento|alcalde|alcaldesa|jefe|comisario|fiscal|cerdo|puerco|licenciado|gobernador|concejal)\s+que\s+[^.!?\n]{0,30}?\b(?:lo|la|le)\s+(?:mando|mandamos|voy\s+a\s+mandar|vamos\s+a\s+mandar|dejo|meto)\s+(?:al\s+hospital|al\s+panteon|a\s+la\s+tumba|a\s+la\s+morgue|bajo\s+tierra|tres\s+metros\s+bajo\s+tierra)\b|\b(?:el|la|ese|esa)\s+(?:juez|jueza|policia|poli|oficial|agente|comandante|sargento|alcalde|alcaldesa|jefe|comisario|fiscal|cerdo|puerco|licenciado|gobernador|concejal)\s+(?:que\s+)?cuide\s+(?:bien\s+)?(?:a\s+)?(?:sus|su)\s+(?:hijos|hijas|familia|esposa|mujer|ninos|casa)\b(?=\s*(?:[.!]|$|,\s*nunca\s+se\s+sabe))|\b(?:quemar|incendiar|prender(?:le)?\s+fuego\s+a)\s+(?:la|el|su|tu|esa|esta)\s+\w+\s+con\s+(?:los|las|ellos|ellas|todos|todas|ustedes)\s*(?:\w+\s+)?(?:adentro|dentro)\b|\bse\s+(?:a\s+que\s+escuela\s+van|donde\s+estudian|a\s+que\s+hora\s+salen)\s+tus\s+(?:hijos|hijas|ninos|ninas|chamacos)(?=\s*(?:[.!]|$|,\s*(?:\w+\s*){1,2}[.!]?\s*$))|\b(?:ya\s+)?se\s+(?:donde|a\s+que\s+hora)\s+(?:estacionas|dejas|parqueas|guardas)\s+tu\s+(?:carro|coche|auto|camioneta|troca|patrulla)(?=\s*(?:[.!]|$|,\s*(?:\w+\s*){1,2}[.!]?\s*$))|\bte\s+(?:voy|vamos)\s+a\s+dejar\s+(?:irreconocible|en\s+silla\s+de\s+ruedas|sin\s+dientes|chimuelo|paralitico|tuerto|ciego|hecho\s+pedazos)\b(?![^.!?\n]*\b(?:corte|pelo|maquillaje|peinado|look|imagen|tinte)\b)|\b(?:ojala|espero\s+que)\s+(?:que\s+)?a\s+(?:ese|esa|el|la|esos|esas|los|las)\s+\w+\s+(?:le|les)\s+(?:revienten\s+la\s+cabeza|vuelen\s+la\s+cabeza|peguen\s+un\s+tiro|maten|atropellen?|quemen|cuelguen|fusilen|ahorquen|linchen|balaceen)\b|\bnos\s+vemos\s+(?:en\s+el\s+estacionamiento|afuera|en\s+la\s+calle|a\s+la\s+salida|en\s+el\s+callejon),\s*(?:valiente|cobarde|payaso|gallito|machito|bocon|hocicon|pendejo|cabron|puto)\b|\b(?:que\s+tengas|espero\s+que\s+tengas|ojala\s+tengas)\s+(?:un\s+)?buen\s+seguro\s+de\s+vida\b(?=\s*(?:[.!]|$|,\s*\w+\s*[.!]?\s*$))|\b(?:ponte|usa|compra(?:te)?)\s+(?:un\s+)?chaleco\s+antibalas\s+(?:hasta\s+)?(?:para\s+ir\s+)?(?:al\s+super|a\s+la\s+tienda|a\s+misa|a\s+la\s+iglesia|en\s+tu\s+casa|para\s+dormir|a\s+tu\s+casa)\b`,
    0.7,
    'intimidation (Spanish)',
  ),
  // Round 107 (0.7.14): "te mando al hoyo", "al otro barrio", "a la tumba" (not "al infierno":
  // that is "go to hell"), and a gun taken to a school or an office "y nadie sale vivo".
  rule(
    String.raw`\bte\s+(?:mando|mandamos|mandare|voy\s+a\s+mandar|vamos\s+a\s+mandar|van\s+a\s+mandar)\s+(?:al\s+(?:hoyo|panteon|cementerio|otro\s+barrio|otro\s+mundo)|a\s+la\s+(?:tumba|fosa|morgue)|(?:pa|para)\s+(?:el|al)\s+(?:hoyo|panteon|otro\s+barrio))\b(?!\s+(?:\d|del\b|de\b|numero\b|n\b))`,
    0.8,
    'threat of violence (Spanish)',
  ),
  rule(
    String.raw`\b(?:llevo|voy\s+a\s+llevar|llevare|traigo|voy\s+a\s+traer|vamos\s+a\s+llevar)\s+(?:la|mi|una|el|mis|un)\s+(?:pistola|arma|armas|rifle|cuerno(?:\s+de\s+chivo)?|escopeta|bomba|fusca|cuete|metralleta|ak|ar)\s+(?:a\s+la|al|a)\s+(?:escuela|prepa|secundaria|colegio|universidad|trabajo|oficina|iglesia|comisaria|juzgado|presidencia|alcaldia|ayuntamiento|plaza|marcha|fiesta|partido|junta)\b(?=[^\n]{0,40}\b(?:nadie\s+(?:sale|va\s+a\s+salir|saldra)\s+vivo|ya\s+veran|se\s+van\s+a\s+arrepentir|van\s+a\s+ver|todos\s+(?:se\s+)?mueren|no\s+queda\s+nadie)\b)`,
    0.8,
    'threat of violence (Spanish)',
  ),
  // Round 128: 160 Spanish threats composed as conditions ("si vuelves a venir aquí, …", "sigue
  // así y …", "la próxima vez que me pares, …") and questions ("¿quieres que te rompa las
  // piernas?", "¿y si te meto un balazo?"), 86 of 160 on first contact: the present tense that
  // threatens after a condition ("te mato", "te corto el cuello", "no la cuentas", "eres hombre
  // muerto") was no shape of the rules, nor a question. The present only after a condition or
  // in a question; a body part or a weapon named where the verb has other senses ("te corto el
  // pelo", "te meto en el grupo").
  rule(
    String.raw`(?![^\n]*\b(?:jaja\w*|jeje\w*|xd|lol|dormir|duermes|descans\w*|cansancio|estres|fum\w*|borrach\w*|manej\w*|velocidad|casco|cinturon|alcohol|drogas|dieta|doctor|medico|azucar|risa)\b)(?:\b(?:si|la\s+proxima\s+vez\s+que|cuando|en\s+cuanto)\s+[^.!?\n]{1,70}?(?:,\s*|\s+)|\b(?:sigue\s+asi|una\s+(?:palabra|vez|multa|foto|publicacion)\s+mas|(?:vuelve|vuelvan|vuelves)\s+a\s+[^.!?\n]{1,40}?)\s+y\s+|¿\s*(?:y\s+)?(?:que\s+tal\s+)?si\s+)(?:(?:te|le|lo|la|les|los)\s+(?:mato|matamos|degollo|acuchillo|apunalo|ahorco|cuelgo|atropello|madreo|rajo|balaceo|baleo|desaparezco|estrangulo|entierro(?:\s+viv[oa])?(?=\s*(?:[.!,?]|$|\s+(?:te\s+lo\s+juro|ya\s+estas))))(?=\s*(?:[.!,?]|$)|\s+(?:te\s+lo\s+juro|ya\s+estas|cabron|pendejo|hijo|eh|me\s+oiste)\b)|(?:te|le|les)\s+(?:parto|rompo|quiebro|reviento|corto|rajo|quemo)\s+(?:la|el|las|los|tu|tus|su|sus)\s+(?:piernas?|cara|cuello|madre|madres|crisma|hocico|huesos|brazos?|cabeza|jeta|costillas|dientes|casa|carro|coche|troca)\b|(?:te|le|les)\s+(?:meto|pego|doy|damos|metemos)\s+(?:un|una|unos)\s+(?:balazo|balazos|tiro|tiros|plomazo|plomazos|navajazo|punalada|punaladas|bala|putiza|madriza|chingadazo)\b|(?:eres|es)\s+(?:hombre|mujer)\s+muert[oa](?=\s*(?:[.!,?]|$)|\s+(?:te\s+lo\s+juro|ya\s+estas|cabron|pendejo|eh)\b)|no\s+la\s+cuentas?\b|no\s+(?:vuelves|vuelve)\s+a\s+(?:caminar|hablar|respirar|ver\s+la\s+luz|ver\s+a\s+tus\s+hijos)\b|te\s+(?:van|vamos)\s+a\s+encontrar\s+en\s+una\s+(?:zanja|bolsa|cuneta|barranca)\b|(?:vas|va)\s+a\s+(?:terminar|acabar|amanecer)\s+en\s+(?:el|un|la)\s+(?:hospital|panteon|cementerio|hoyo|morgue|fosa)\b|te\s+(?:vas|va)\s+a\s+arrepentir\s+de\s+haber\s+nacido\b|te\s+va\s+a\s+cargar\s+la\s+chingada\b)`,
    0.75,
    'threat of violence (Spanish)',
  ),
  rule(
    String.raw`¿(?![^\n]*\b(?:jaja\w*|jeje\w*|xd|lol|dormir|duermes|descans\w*|cansancio|estres|fum\w*|borrach\w*|manej\w*|velocidad|casco|cinturon|alcohol|drogas|dieta|doctor|medico|azucar|risa)\b)\s*(?:(?:quieres|quiere|te\s+gustaria|prefieres)\s+que\s+te\s+(?:mate|(?:rompa|parta|quiebre|reviente)\s+(?:la|las|el|los|tu|tus)\s+(?:piernas?|cara|cuello|madre|madres|crisma|hocico|huesos|brazos?|cabeza|jeta|costillas|dientes)|meta\s+un\s+(?:balazo|tiro|plomazo)|queme\s+(?:viv[oa]|la\s+casa|tu\s+casa|el\s+carro)|corte\s+el\s+cuello|entierre|degolle|ahorque|acuchille|apunale)\b|(?:quieres|quiere|te\s+gustaria|prefieres)\s+(?:terminar|acabar|amanecer)\s+en\s+(?:una\s+zanja|el\s+hospital|el\s+panteon|el\s+cementerio|la\s+morgue|una\s+bolsa)\b|(?:quieres|te\s+gustaria)\s+(?:salir\s+de\s+aqui\s+en\s+una\s+bolsa|morirte(?=\s*\?)|que\s+te\s+quiten\s+la\s+vida))`,
    0.75,
    'threat of violence (Spanish)',
  ),
  // Round 145 (0.7.21): the veiled shapes of rounds 141-144 said in Spanish, from blind 338 (6 of
  // 12 on first contact): a station that "va a arder esta noche, ya verás", a warning to keep the
  // children home on a day ending "hazme caso", "cuando salga voy a buscar a cada policía que
  // declaró", a package at the station door that "no es un regalo", "a ver si algún día te
  // encuentras solo sin tu placa", "me encantaría ver tu nombre en las esquelas". Not a party at
  // the station, a teachers' meeting, coffee brought after work, the toy drive's box.
  rule(
    String.raw`\b(?:la\s+|esa\s+|esta\s+|tu\s+)?(?:comisaria|estacion|delegacion|alcaldia|presidencia\s+municipal|corte|juzgado|carcel|escuela|iglesia|mezquita|sinagoga|casa)\s+(?:va\s+a|se\s+va\s+a)\s+(?:arder|quemar|volar|explotar|estallar)\b(?!\s+(?:de|en)\s+(?:fiesta|alegria|emocion|musica|ambiente|risa))(?=[^.!?\n]{0,20}?\b(?:esta\s+noche|manana|pronto|el\s+(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|ya\s+(?:veras|veran|vas\s+a\s+ver)|te\s+lo\s+juro)\b)`,
    0.75,
    'threat of arson (Spanish)',
  ),
  rule(
    String.raw`(?:^|[.!?¡¿]\s*)no\s+(?:mandes|lleves|manden|lleven|vayas|vayan|vengas|vengan)\s+[^.!?\n]{0,40}?\b(?:el\s+(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|manana|esta\s+noche|este\s+fin\s+de\s+semana|la\s+proxima\s+semana)\b[^.!?\n]{0,4}?[,.!…]+\s*(?:hazme\s+caso|hagame\s+caso|te\s+lo\s+advierto|se\s+los\s+advierto|estas\s+advertid[oa]|estan\s+advertidos|ya\s+te\s+avise|ya\s+les\s+avise|confia\s+en\s+mi|solo\s+digo|nomas\s+digo)(?=\s*(?:[.!…]+\s*)?$)`,
    0.75,
    'bomb threat (Spanish)',
  ),
  rule(
    String.raw`\bcuando\s+(?:salga|salgamos|me\s+suelten|nos\s+suelten)\b(?!\s+del?\s+(?:trabajo|chamba|escuela|hospital|oficina))[^.!?\n]{0,30}?\b(?:voy|vamos)\s+a\s+(?:buscar|ir\s+por|encontrar|cazar|visitar)\s+(?:a\s+)?(?:cada|todos\s+los|todas\s+las|ese|esa|esos|esas|el|la|los|las|te|ti)\b(?!\s+(?:mis|nuestros|hijos|ninos|familia|perro|carro|cosas))`,
    0.75,
    'threat of violence (Spanish)',
  ),
  rule(
    String.raw`\b(?:paquete|caja|mochila|maleta|bolsa|regalito)\b[^.!?\n]{0,50}?\b(?:comisaria|estacion|escuela|iglesia|puerta|entrada|alcaldia|juzgado|desfile|marcha)\b[^.!?\n]{0,10}?(?:,\s*|\s+y\s+|\.\s*|\s+)(?:no\s+es\s+(?:un\s+regalo|de\s+regalo|para\s+ti)|esta\s+haciendo\s+tic\s+tac|tic\s+tac|no\s+lo\s+abras)(?=\s*(?:[.!…]|$))`,
    0.8,
    'bomb threat (Spanish)',
  ),
  rule(
    String.raw`\ba\s+ver\s+si\s+(?:algun\s+dia\s+|un\s+dia\s+)?(?:te\s+(?:encuentras|encuentro|agarro|veo|topo)|nos\s+(?:encontramos|vemos|topamos))\s+sol[oa]\b|\bsin\s+(?:tu|su)\s+(?:placa|uniforme|pistola|arma|chaleco)\s+(?:no\s+eres\s+nada|a\s+ver\s+que\s+tan\s+(?:valiente|macho|bravo|rudo))\b`,
    0.7,
    'veiled menace (Spanish)',
  ),
  rule(
    String.raw`\b(?:me\s+encantaria|quiero|quisiera|ojala\s+pudiera|espero|me\s+muero\s+por|no\s+veo\s+la\s+hora\s+de)\s+(?:ver|leer)\s+(?:tu|su)\s+nombre\s+en\s+(?:las\s+esquelas|los\s+obituarios|una\s+lapida|una\s+tumba|las\s+necrologicas)\b`,
    0.7,
    'wishing someone dead (Spanish)',
  ),
  // Round 154 (0.7.22), from the misses of blind 347 (Spanish incitement and veiled threats: 5 of
  // 10 on first contact, 0 of 6 twins): a child's school known, then "Cuídala."; an official who
  // "va a aparecer en una zanja"; a neighbourhood to be cleaned "de ratas, ya saben a quiénes me
  // refiero"; "que arda la comisaría con todos adentro"; people ("a los periodistas …", the
  // personal "a" of a person) who "hay que desaparecerlos". Not a parent whose child goes to the
  // same school, rubbish cleared on a Saturday, a lost dog found in a ditch.
  rule(
    String.raw`\b(?:se|sabemos|ya\s+se|ya\s+sabemos)\s+(?:en\s+que\s+escuela|a\s+que\s+escuela|donde)\s+(?:estudia|estudian|va|van|vive|viven|trabaja|trabajan|juega|juegan)\s+(?:tu|tus|su|sus)\s+(?:hija|hijo|hijos|hijas|esposa|esposo|mujer|familia|madre|mama|ninos|ninas|chamacos|nietos)\b[^.!?\n]{0,30}?[.!…,]+\s*(?:cuidal[ao]s?|cuidate|cuidese|cuidense|ten\s+cuidado|tengan\s+cuidado|seria\s+una\s+(?:pena|lastima)|que\s+(?:pena|lastima)|nos\s+vemos\s+pronto|portate\s+bien|portense\s+bien|mas\s+te\s+vale|te\s+conviene|piensalo(?:\s+bien)?)(?=\s*(?:[.!…]|$))`,
    0.75,
    'intimidation (Spanish)',
  ),
  rule(
    String.raw`\b(?:va|van|vas|vaya|vayan)\s+a\s+(?:aparecer|terminar|acabar|amanecer)\s+(?:muert[oa]s?\s+|tirad[oa]s?\s+|colgad[oa]s?\s+)?(?:en|dentro\s+de|bajo)\s+(?:una|un|el|la)\s+(?:zanja|rio|cuneta|barranco|baldio|canal|basurero|cajuela|fosa|bolsa|presa|lago|monte)\b(?<!\b(?:perdid[oa]|extraviad[oa]|robad[oa]|carro|coche|perro|gato|cartera|celular|llaves)\b[^.!?\n]*)(?![^.!?\n]*\b(?:perdid[oa]|extraviad[oa]|robad[oa]|carro|coche|perro|gato|cartera|celular|llaves)\b)`,
    0.75,
    'intimidation (Spanish)',
  ),
  rule(
    String.raw`\blimpiar\s+(?:el|este|esta|nuestro|nuestra|la|mi)\s+(?:barrio|pueblo|ciudad|colonia|pais|calle|zona|estado)\s+de\s+(?:(?:escoria|basura\s+humana|lacras|parasitos|alimanas)\b|(?:ratas|plagas?|cucarachas|basura)\b[^.!?\n]{0,20}?[,.;]?\s*(?:ya\s+saben\s+(?:a\s+|de\s+)?(?:quienes|quien)|me\s+entienden|ustedes\s+saben|si\s+me\s+entienden|tu\s+sabes\s+a\s+quien|y\s+no\s+hablo\s+de\s+(?:animales|basura|ratas)))`,
    0.7,
    'call for violence (Spanish)',
  ),
  rule(
    String.raw`\bque\s+(?:arda|ardan|se\s+queme|se\s+quemen|explote|exploten|vuele|vuelen)\s+(?:la|el|esa|ese|toda\s+la|todo\s+el|su|sus)\s+(?:\w+\s+)?(?:comisaria|estacion|delegacion|alcaldia|ayuntamiento|presidencia|municipio|juzgado|casa|edificio|iglesia|mezquita|sinagoga|escuela|oficina|cuartel)\b[^.!?\n]{0,30}?\bcon\s+(?:todos\s+los\s+\w+|todas\s+las\s+\w+|todos|todas|ellos|ellas|los\s+\w+|las\s+\w+|el\s+\w+|la\s+\w+)\s+(?:adentro|dentro)\b`,
    0.8,
    'call for violence (Spanish)',
  ),
  rule(
    String.raw`\ba\s+(?:los|las|esos|esas|estos|estas|todos\s+(?:los|esos)|todas\s+(?:las|esas)|ese|esa|este|esta|el|la)\s+(?:[a-z]+\s+){1,3}?(?:hay\s+que|habria\s+que|deberian|deberiamos|tenemos\s+que|alguien\s+deberia|alguien\s+tiene\s+que)\s+(?:(?:desaparecer|matar|colgar|quemar|balear|enterrar|fusilar|linchar)(?:los|las|lo|la|les)\b|(?:echar(?:les|le|los)\s+gasolina|prender(?:les|le|los)\s+fuego)\b)`,
    0.8,
    'call for violence (Spanish)',
  ),
  // Spanish round 355 (0.7.24, first contact 7 of 10): coming for the reader and their family
  // ("voy a ir por ti y por tu familia", said as the end of it: not "… al aeropuerto"); left in a
  // ditch ("te voy a dejar tirado en una zanja"); waiting with a weapon ("te estaré esperando con
  // mi machete", not for a game or the fields).
  rule(
    String.raw`\b(?:voy|vamos|van)\s+a\s+(?:ir|venir)\s+por\s+(?:ti|usted|ustedes)\s+y\s+(?:por\s+)?(?:toda\s+)?(?:tu|su|tus|sus)\s+(?:familia|hij[oa]s?|espos[oa]|gente|mama|madre|papa|padres|herman[oa]s?|niet[oa]s?)\b(?=\s*(?:[.!,;]|$|ya\s+veras|te\s+lo\s+(?:juro|prometo)|pendej|cabr|hij))`,
    0.75,
    'intimidation (Spanish)',
  ),
  rule(
    String.raw`\b(?:te|lo|la|los|las|les)\s+(?:voy|vamos|van|va)\s+a\s+(?:dejar|tirar|aventar|echar|botar)\s+(?:tirad[oa]s?\s+|muert[oa]s?\s+)?en\s+(?:una|la|un|el)\s+(?:zanja|cuneta|barranco|fosa|bolsa\s+negra|cajuela|basurero|baldio|canal\s+de\s+aguas\s+negras)\b`,
    0.75,
    'threat of violence (Spanish)',
  ),
  rule(
    String.raw`\b(?:te|los|las|lo|la)\s+(?:espero|esperamos|estare\s+esperando|estaremos\s+esperando|voy\s+a\s+estar\s+esperando|vamos\s+a\s+estar\s+esperando|vamos\s+a\s+esperar|voy\s+a\s+esperar)\b[^.!?\n]{0,50}?\bcon\s+(?:mi|mis|un|una|el|la|nuestr[oa]s?)\s+(?:machete|pistola|cuchillo|navaja|bate|fierro|fusca|escuadra|cuerno(?:\s+de\s+chivo)?|rifle|escopeta|arma|armas|tubo|cadena)\b${NOT_IN_A_GAME}(?![^.!?\n]*\bpara\s+(?:chapear|cortar|trabajar|limpiar|la\s+milpa|el\s+campo|la\s+cosecha|cazar|pescar))`,
    0.75,
    'intimidation (Spanish)',
  ),
  // Spanish round 359 (0.7.24, first contact 3 of 10 flagged as threats). Someone wished on the
  // reader: "ojalá te pudras en la cárcel y alguien te mate ahí adentro", "que alguien le vuele la
  // cabeza al alcalde".
  rule(
    String.raw`(?:^|[.!?¡¿\n,;]\s*|\b(?:ojala|espero|quiero|deseo|ojala\s+y)\s+|\by\s+)(?:que\s+)?alguien\s+(?:por\s+fin\s+|ya\s+|un\s+dia\s+)?(?:te|le|les|lo|la|los|las)\s+(?:mate|maten|balee|balacee|apunale|queme|cuelgue|ahorque|raje|reviente|madree|atropelle|degolle|linche|fusile|estrangule|envenene|(?:de|meta|pegue)\s+(?:un\s+|una\s+)?(?:tiro|balazo|plomazo|navajazo|punalada|piso|cuello|bala)|vuele\s+(?:la\s+cabeza|los\s+sesos|la\s+tapa\s+de\s+los\s+sesos)|(?:parta|rompa|reviente)\s+(?:la|el)\s+(?:madre|cara|cabeza|craneo|cuello))\b`,
    0.75,
    'wishing someone dead (Spanish)',
  ),
  // What comes when the reader is found: "cuando te encuentre no vas a poder ni hablar".
  rule(
    String.raw`\bcuando\s+te\s+(?:encuentre|encontremos|agarre|agarremos|vea|veamos|alcance|alcancemos|pesque|pesquemos|tenga\s+enfrente)\b[^.!?\n]{0,20}?\b(?:no\s+vas\s+a\s+(?:poder\s+(?:ni\s+)?(?:hablar|caminar|levantarte|comer|respirar|moverte|ver|contarlo)|volver\s+a\s+(?:hablar|caminar)|quedar\s+(?:ni\s+)?(?:vivo|entero|igual))|vas\s+a\s+(?:desear\s+no\s+haber\s+nacido|rogar|suplicar|pagarla|pagar\s+caro|sufrir)|te\s+vas\s+a\s+arrepentir|la\s+vas\s+a\s+pagar)\b(?!\s+de\s+(?:la\s+)?(?:emocion|risa|alegria|gusto|sorpresa|felicidad))`,
    0.75,
    'intimidation (Spanish)',
  ),
  // Keep on and it goes badly: "sigue hablando y te va a ir muy mal, te lo prometo".
  rule(
    String.raw`\b(?:sigue|sigues|continua|vuelve\s+a)\s+(?:hablando|asi|chingando|molestando|de\s+hocicon|publicando|escribiendo|comentando|provocando|jugando\s+conmigo|metiendote\s+conmigo|hablar|publicar|escribir|comentar|meterte\s+conmigo)\b[^.!?\n]{0,30}?\by\s+(?:te\s+va\s+a\s+ir\s+(?:muy\s+)?mal|(?:la\s+)?vas\s+a\s+pagar|te\s+vas\s+a\s+arrepentir|te\s+va\s+a\s+pesar)\b`,
    0.7,
    'intimidation (Spanish)',
  ),
  // A bullet or a grave with the reader's name: "tengo una bala con tu nombre".
  rule(
    String.raw`\b(?:tengo|traigo|hay|guardo|tenemos|traemos|ya\s+tiene)\s+(?:una|un)\s+(?:bala|tiro|plomo|tumba|ataud|cajon|bolsa\s+negra|fosa)\s+con\s+(?:tu|su)\s+nombre\b`,
    0.75,
    'intimidation (Spanish)',
  ),
  // Mexican slang for killing in the present: "mañana le damos cuello al soplón".
  rule(
    String.raw`\b(?:le|les|te|lo|los)\s+(?:damos|doy|dan|dimos|dieron|daremos|dare|daran)\s+(?:piso|cuello|matarile|chicharron)\b`,
    0.75,
    'threat of violence (Spanish)',
  ),
  // Going somewhere to do it: "vamos a ir a tu trabajo a partirte la cara".
  rule(
    String.raw`\b(?:voy|vamos|van)\s+a\s+(?:ir|venir|pasar|llegar|caer)\b(?![^.!?\n]*\b(?:gimnasio|gym|cancha|estadio|examen|entrenamiento|partido|juego|torneo|ring)\b)[^.!?\n]{0,40}?\ba\s+(?:(?:matar|madrear|balacear|balear|quemar|rajar|apunalar|ahorcar|golpear|picar)(?:te|le|les|lo|los|la|las)\b|(?:partir|romper|quebrar|reventar)(?:te|le|les)${BROKEN})`,
    0.8,
    'threat of violence (Spanish)',
  ),
  // Spanish round 360 (0.7.24, first contact 5 of 10, twins 2 of 10): a patrol car or the reader's
  // house blown to pieces ("esa patrulla va a volar en pedazos el lunes"; not a building said to
  // risk a gas explosion).
  rule(
    String.raw`\b(?:patrulla|patrullas|comisaria|estacion\s+de\s+policia|delegacion|alcaldia|ayuntamiento|cuartel|(?:tu|su)\s+(?:casa|carro|coche|camioneta|negocio|troca))\s+(?:va|van)\s+a\s+(?:volar\s+(?:en\s+(?:mil\s+)?pedazos|por\s+los\s+aires)|explotar|estallar|arder)\b(?![^.!?\n]*\b(?:fuga|gas\s+(?:natural|lp)|tanque|cilindro|corto\s+circuito|instalacion)\b)`,
    0.8,
    'threat of violence (Spanish)',
  ),
  // Spanish round 361 (0.7.24, first contact 7 of 12, twins 0 of 8): stones, blows or bullets
  // called for ("hay que agarrar a pedradas a esos policías"; not a ball in a game); six feet under
  // ("vas a terminar … tres metros bajo tierra"); the gang coming down on the reader the moment
  // they step out ("nada más salgas de tu casa y te cae la raza").
  rule(
    String.raw`\b(?:hay\s+que|habria\s+que|deberian|deberiamos|tenemos\s+que|alguien\s+deberia|(?:te|los|las|lo|la|les)\s+(?:voy|vamos|van)\s+a|voy\s+a|vamos\s+a)\s+(?:agarrar|recibir|sacar|correr|agarrarlos|agarrarlas|agarrarlo|agarrarla|agarrarte|recibirlos|sacarlos|correrlos)\s+a\s+(?:pedradas|balazos|golpes|palos|palazos|madrazos|patadas|tiros|cuchilladas|machetazos|plomazos|punetazos|chingadazos|trancazos|batazos|tubazos|fierrazos)\b${NOT_IN_A_GAME}(?=\s*(?:[.!,;]|$)|\s+a\s+(?:esos|esas|los|las|todos|todas|ese|esa|este|esta|estos|estas|el|la|tu|tus|su|sus|cada|cualquier)\b|\s+(?:cuando|si|en\s+cuanto|apenas))`,
    0.8,
    'call for violence (Spanish)',
  ),
  rule(
    String.raw`\b(?:vas|van)\s+a\s+(?:terminar|acabar|quedar|estar|parar)\b[^.!?\n]{0,40}?\b(?:tres|siete|seis|dos|cinco)\s+metros\s+bajo\s+tierra\b|\b(?:te|los|las|lo|la)\s+(?:voy|vamos|van)\s+a\s+(?:mandar|poner|dejar|meter)\s+(?:a\s+)?(?:tres|siete|seis|dos|cinco)\s+metros\s+bajo\s+tierra\b`,
    0.75,
    'intimidation (Spanish)',
  ),
  rule(
    String.raw`\b(?:nada\s+mas|en\s+cuanto|cuando|apenas|namas)\s+(?:salgas|sales|pongas\s+un\s+pie\s+(?:afuera|fuera))\b[^.!?\n]{0,30}?\bte\s+(?:cae|caen|va\s+a\s+caer|van\s+a\s+caer|caera|caeran)\s+(?:la|los|el)\s+(?:raza|banda|clica|mana|plebada|palomilla|sicarios|halcones|chavos|compas|muchachos)\b(?![^.!?\n]*\b(?:fiesta|cumple\w*|felicitar\w*|sorpresa|abrazo\w*|saludar\w*|pastel|carne\s+asada|cheves|chelas)\b)`,
    0.75,
    'intimidation (Spanish)',
  ),
  // Spanish round 363 (0.7.24, first contact 5 of 10 as threats, twins 2 of 8): waiting with the
  // crew when the reader's shift ends ("nomás espera a que salgas del turno, ahí te espero con los
  // compas"; not to eat or drink with them); what happens to "soplones como tú".
  rule(
    String.raw`\b(?:espera\s+a\s+que\s+salgas|cuando\s+salgas|nomas\s+salgas|nada\s+mas\s+salgas|en\s+cuanto\s+salgas)\b[^.!?\n]{0,40}?\bte\s+(?:espero|esperamos|estare\s+esperando|estaremos\s+esperando)\s+(?:\w+\s+){0,2}?con\s+(?:los|mis|la|unos|toda\s+la)\s+(?:compas|muchachos|chavos|raza|banda|cuates|plebes|sicarios|primos)\b(?!\s+(?:para|a\s+(?:comer|cenar|tomar|echar|festejar|celebrar|cantar)))${NOT_IN_A_GAME}`,
    0.75,
    'intimidation (Spanish)',
  ),
  rule(
    String.raw`\b(?:vas|van)\s+a\s+ver\s+lo\s+que\s+(?:le|les)\s+pasa\s+a\s+(?:los|las|la|el)\s+\w+\s+como\s+(?:tu|usted|ustedes|ti)\b|\bya\s+sabes\s+lo\s+que\s+(?:le|les)\s+pasa\s+a\s+(?:los|las)\s+\w+\s+como\s+(?:tu|usted)\b`,
    0.7,
    'intimidation (Spanish)',
  ),
  // Spanish round 366 (0.7.24, first contact 2 of 10, twins 0 of 8 as threats). A caller, then a
  // killing verb with its object attached within the clause: "deberían agarrar a esos políticos y
  // fusilarlos en el zócalo" (not pests, not the grill).
  rule(
    String.raw`\b(?:hay\s+que|habria\s+que|deberian|deberiamos|debemos|tenemos\s+que|alguien\s+deberia|(?:voy|vamos)\s+a)\b[^.!?\n]{0,50}?\b(?:fusilar|colgar|matar|balear|balacear|linchar|ahorcar|degollar|apunalar|descuartizar|torturar|exterminar|ejecutar|envenenar|madrear|quemar(?=\w+\s+viv[oa]s?))(?:los|las|lo|la|les|le|te)\b(?<!\bno\s+\w+)(?!\s+(?:de\s+(?:la\s+)?(?:hambre|risa|aburrimiento|un\s+susto|envidia|amor|placer|ternura|cosquillas|los\s+nervios|sed|frio|calor|trabajo)|a\s+(?:besos|abrazos|cosquillas|carcajadas|preguntas|trabajo)|con\s+(?:la|su|tu|mi|nuestra)\s+\w+))(?<![^.!?\n]*\b(?:ratas|ratones|cucarachas|plagas?|mosquitos|moscas|hormigas|termitas|chinches|pulgas|garrapatas|piojos|zancudos|pollo|carne|cerdo|puerco|borrego|chivo|pavo|gallina)\b[^.!?\n]*)`,
    0.8,
    'call for violence (Spanish)',
  ),
  // A blow named as what someone needs: "un balazo en la frente es lo que necesita ese juez".
  rule(
    String.raw`\b(?:un\s+(?:balazo|tiro|plomazo|navajazo|machetazo|escopetazo)|una\s+(?:bala|golpiza|paliza|putiza|madriza|punalada)|plomo|la\s+silla\s+electrica|la\s+horca|el\s+paredon|la\s+pena\s+de\s+muerte)\b[^.!?\n]{0,25}?\bes\s+lo\s+(?:unico\s+)?que\s+(?:necesita|necesitan|merece|merecen|le\s+hace\s+falta|les\s+hace\s+falta|le\s+falta|les\s+falta)\b${NOT_IN_A_GAME}`,
    0.75,
    'call for violence (Spanish)',
  ),
  // Not leaving alive: "si vuelves a mi colonia, no sales caminando".
  rule(
    String.raw`\bsi\s+(?:vuelves|regresas|te\s+vuelvo\s+a\s+ver|te\s+veo|vienes|te\s+apareces|pones\s+un\s+pie|te\s+metes)\b[^.!?\n]{0,40}?\bno\s+(?:sales|vas\s+a\s+salir|regresas|vas\s+a\s+regresar|vuelves)\s+(?:caminando|vivo|viva|entero|entera|con\s+vida|de\s+aqui\s+con\s+vida|en\s+una\s+pieza|por\s+tu\s+propio\s+pie)\b`,
    0.75,
    'intimidation (Spanish)',
  ),
  // Face to face with a knife: "a ver si tan valiente cuando te tenga enfrente con el cuchillo".
  rule(
    String.raw`\bcuando\s+te\s+(?:tenga|tengamos|vea|veamos|agarre|agarremos)\s+(?:enfrente|de\s+frente|sol[oa]|cerca|a\s+solas)\b[^.!?\n]{0,20}?\bcon\s+(?:el|la|mi|un|una)\s+(?:cuchillo|navaja|machete|pistola|fusca|bate|fierro|cuerno|escuadra|cadena)\b`,
    0.75,
    'intimidation (Spanish)',
  ),
  // Burned with the house: "esa familia de ratas va a arder con todo y casa".
  rule(
    String.raw`\b(?:va|van|vas)\s+a\s+(?:arder|quemarse|quemarte|rostizarse)\s+con\s+todo\s+y\s+(?:casa|familia|hijos|negocio|carro|troca)\b`,
    0.75,
    'threat of violence (Spanish)',
  ),
  // Not coming home: "no te sorprendas si un día no regresas".
  rule(
    String.raw`\bno\s+te\s+(?:sorprendas|extranes)\s+si\s+(?:un\s+dia\s+|manana\s+|pronto\s+|cualquier\s+dia\s+)?(?:no\s+(?:regresas|vuelves|amaneces|llegas\s+a\s+(?:tu\s+)?casa)|amaneces\s+muert[oa]|(?:tu|tus)\s+(?:casa|carro|familia|hij[oa]s)\s+(?:amanece|aparece|se\s+quema|arde|desaparece|no\s+regresa))\b`,
    0.75,
    'intimidation (Spanish)',
  ),
  // Regret being born, made so: "voy a hacer que te arrepientas de haber nacido".
  rule(
    String.raw`\b(?:voy|vamos)\s+a\s+hacer\s+que\s+(?:te\s+arrepientas|desees|maldigas)\s+(?:de\s+)?(?:haber\s+nacido|el\s+dia\s+en\s+que\s+naciste|no\s+haber\s+nacido)\b|\bte\s+vas\s+a\s+arrepentir\s+de\s+haber\s+nacido\b|\b(?:vas|van)\s+a\s+desear\s+no\s+haber\s+nacido\b`,
    0.75,
    'intimidation (Spanish)',
  ),
  // What is done to "los chismosos como tú": "a los chismosos como tú les cortan la lengua".
  rule(
    String.raw`\ba\s+(?:los|las)\s+\w+\s+como\s+(?:tu|usted|ustedes|ti)\s+(?:les|los|las)\s+(?:cortan|cortamos|arrancan|arrancamos|quiebran|rompen|matan|matamos|queman|cuelgan|desaparecen|entierran|balean|dan\s+(?:piso|cuello|plomo))\b`,
    0.75,
    'intimidation (Spanish)',
  ),
];

/**
 * Weapons in emoji where Spanish asks for a verb ("te voy a 🔪", "hay que 🔫 a todos"), read as
 * "matar" ("quemar" for fire) (0.7.11); elsewhere ("qué rico 🔥", "mi nuevo 🔪 de cocina") they
 * stay emoji.
 */
const VERB_SLOT =
  /\b(?:a|que|deberian|deberiamos|debemos|debes|debe|quiero|queremos|hay\s+que|voy\s+a|vamos\s+a|van\s+a|vas\s+a)\s*$/;

interface Read {
  text: string;
  /** An offset of `text` → the offset of the normalized text it came from. */
  at: (offset: number) => number;
}

/**
 * `read` with some of `pattern`'s matches replaced by the word `word(match)` gives (undefined
 * leaves the match as written); offsets of the result map back through `read` to the normalized
 * text, so evidence quotes what was written.
 */
function substituted(
  read: Read,
  pattern: RegExp,
  word: (m: RegExpExecArray, text: string) => string | undefined,
): Read {
  const { text } = read;
  let out = '';
  let last = 0;
  // [start in out, start in text, end in out, end in text] of each match replaced.
  const spans: [number, number, number, number][] = [];
  for (const m of allMatches(pattern, text)) {
    const to = word(m, text);
    if (to === undefined) continue;
    out += text.slice(last, m.index);
    spans.push([out.length, m.index, out.length + to.length, m.index + m[0].length]);
    out += to;
    last = m.index + m[0].length;
  }
  if (spans.length === 0) return read;
  out += text.slice(last);
  return {
    text: out,
    at: (offset) => {
      let shift = 0;
      for (const [outStart, textStart, outEnd, textEnd] of spans) {
        if (offset < outStart) break;
        if (offset < outEnd)
          return read.at(textStart + Math.min(offset - outStart, textEnd - textStart));
        shift = textEnd - outEnd;
      }
      return read.at(offset + shift);
    },
  };
}

function emojiRead(text: string): Read {
  const plain: Read = { text, at: (offset) => offset };
  if (!WEAPON_EMOJI_ANY.test(text)) return plain;
  return substituted(plain, WEAPON_EMOJI_RUN, (m) => {
    if (!VERB_SLOT.test(text.slice(Math.max(0, m.index - 20), m.index))) return undefined;
    if (!/^\s*[a-z]/.test(text.slice(m.index + m[0].length))) return undefined;
    return m[0].startsWith('🔥') ? 'quemar' : 'matar';
  });
}

/**
 * Spellings of chat read as the words they stand for, for the rules only (0.7.14, round 107): "t
 * voy a matar" (te), "k te maten" (que), "te boy a matar" (voy), "se donde bives", "vamo", "kemar".
 * Evidence points back at what was written.
 */
const CHAT_WORD_ES = /\b(?:t|k|q|ke|boy|bamos|bamo|vamo|bives|bive|kemar|kemo|kiero|kieren)\b/g;
const CHAT_ES: Record<string, string> = {
  t: 'te',
  k: 'que',
  q: 'que',
  ke: 'que',
  boy: 'voy',
  bamos: 'vamos',
  bamo: 'vamos',
  vamo: 'vamos',
  bives: 'vives',
  bive: 'vive',
  kemar: 'quemar',
  kemo: 'quemo',
  kiero: 'quiero',
  kieren: 'quieren',
};

function chatRead(read: Read): Read {
  if (!CHAT_WORD_ES.test(read.text)) return read;
  CHAT_WORD_ES.lastIndex = 0;
  return substituted(read, CHAT_WORD_ES, (m, text) => {
    const word = m[0];
    const after = text.slice(m.index + word.length, m.index + word.length + 12);
    // "t" and "k" only before a word ("t voy", "k te"), never a letter named or an initial; "boy"
    // only as "te boy a" (an English "boy" in a code-switched comment stays a boy).
    if (!/^\s+[a-z]/.test(after)) return undefined;
    if (word === 'boy') {
      const before = text.slice(Math.max(0, m.index - 5), m.index);
      if (!/\b(?:te|t|lo|la|le|me|se|yo|ya|no)\s+$/.test(before) || !/^\s+a\b/.test(after))
        return undefined;
    }
    return CHAT_ES[word] ?? word;
  });
}

/** Spanish threat signals of a prepared text, one per label. */
export function spanishThreatSignals(prepared: PreparedText): Signal[] {
  const read = chatRead(emojiRead(prepared.normalized));
  const text = read.text;
  const byLabel = new Map<string, Signal>();
  for (const { pattern, score, label } of RULES) {
    for (const m of allMatches(pattern, text)) {
      if (NOT_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      const evidence: Evidence = prepared.evidence(
        read.at(m.index),
        read.at(m.index + m[0].length),
      );
      const signal = byLabel.get(label);
      // I.3: a threat is always a person's decision, never hidden by the bot.
      if (signal === undefined) {
        byLabel.set(label, {
          category: 'threat',
          score,
          evidence: [evidence],
          label,
          autoHide: false,
        });
      } else {
        signal.evidence.push(evidence);
        if (score > signal.score) signal.score = score;
      }
    }
  }
  return [...byLabel.values()];
}
