/**
 * J.3 obscenity in Spanish: the project's own list, Mexican, Central American, Caribbean and
 * Spain usage, in the tiers of the English list (moderation/lexicon/obscenity.ts), written as
 * the normalized text reads (lower case, accents folded: "cabrón" is "cabron"). Merged into the
 * one lexicon, so whole-word matching, disguise decoding ("put4", "p*ta", "ching4") and the
 * guards apply as in English.
 *
 * As in English, the expletive forms used as an exclamation or an intensifier ("¡a la verga!",
 * "pinche tráfico", "puta madre", "chingada madre") are flagged for a person, never hidden; the
 * same words aimed at someone ("chinga tu madre", "hijo de puta", "vete a la verga") are strong
 * obscenity (obscenity.ts: AIMED_AT and the "hijo de" rule).
 *
 * Deliberately absent: the words for police or a view of them ("puerco", "cerdo", "chota",
 * "tira", "placa", "corrupto"); ordinary words that contain or resemble these (computadora,
 * disputa, Culiacán, concha as the sweet bread, "cono" = cone, which "coño" folds to); and
 * words that judge conduct ("ratero", "ladrón", "mentiroso"). A test keeps them out.
 */

const words = (list: string): string[] => list.trim().split(/\s+/);

/** Strong: hidden when aimed at someone (expletive forms) or always (insults by nature). */
export const ES_STRONG = words(`
  chinga chingas chingue chinguen chingues chingar chingate chinguense chingada chingado
  chingadera chingaderas chingados chingadas
  verga vergas vergazo vergazos
  puta putas puto putos putazo putazos putamadre
  hijueputa hijueputas hijodeputa hijoeputa jueputa malparido malparida malparidos
  conchatumadre conchesumadre ctm hdp ptm alv csm vrg pvta pvto
`);

/** The expletive forms: an exclamation unless aimed at someone. */
export const ES_EXPLETIVES = new Set(
  words(`chinga chingas chingue chinguen chingues chingar chingada chingado chingados chingadas
    verga vergas vergazo puta putas puto putos putamadre ptm alv vrg pvta pvto`),
);

/** Strong whatever follows: these insult the person they name. */
export const ES_AIMED_BY_NATURE = new Set(
  words(`hijueputa hijueputas hijodeputa hijoeputa jueputa malparido malparida malparidos
    conchatumadre conchesumadre ctm hdp csm`),
);

/** Vulgar: flagged for a person, never hidden automatically. */
export const ES_MODERATE = words(`
  cabron cabrona cabrones cabronas culero culera culeros culeras mamon mamona mamones mamada
  mamadas mierda mierdas joder jodido jodida jodidos jodete jodanse gilipollas gilipolla
  capullo capullos huevon huevona huevones weon weona weones culiao culiado pendejo pendeja
  pendejos pendejas pinche pinches pinchi cagada cagadas cagar cago cogida coger cojones
  carajo mierdero ojete ojetes zorra zorras perra perras naco nacos pendejada pendejadas
  pndjo pndja pndjos pndj
`);

/** Slurs: flagged for a person, never hidden automatically. */
export const ES_SLUR = words(`
  maricon maricones marica maricas joto jotos puñal sudaca sudacas mayate mayates
  retrasado retrasada retrasados mongolo mongola mongolos
`);

/** Mild: never flagged alone. */
export const ES_MILD = words(`
  caray caramba diablos demonios culo culos nalgas pedo pedos chale chingon chingona
  madrazo madrazos
`);

/** Every word not mild: insulting when aimed (es/attack.ts, es/report.ts). */
export const ES_SWEARING: ReadonlySet<string> = new Set([...ES_STRONG, ...ES_MODERATE, ...ES_SLUR]);

/** Words a person aims an expletive at: "chinga tu madre", "vete a la verga", "puto tú". */
export const ES_AIMED_AT = words('tu tus te usted ustedes vos ti');

/**
 * Guards, as the English list's: "coger" is "to take" in Spain and much of South America ("coger
 * el autobús", "coger frío", 0.7.24); followed by a determiner or those nouns it is that verb.
 */
export const ES_GUARDS: Readonly<Record<string, { allowIn: readonly string[] }>> = {
  coger: {
    allowIn:
      'el la los las un una unos unas frio fuerzas sitio carrerilla miedo confianza mania aire'
        .split(' ')
        .map((w) => `_ ${w}`),
  },
};
