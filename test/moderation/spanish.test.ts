/**
 * Spanish comments (issue 16), both sides, with sentences written for these tests: obscenity
 * aimed at someone hidden and exclamations flagged; disguised obscenity; threats; personal
 * attacks on a commenter; spam; and what must be left alone: criticism of the police, ordinary
 * words that contain or resemble obscene ones.
 */
import { describe, expect, it } from 'vitest';
import { ES_INSULTS } from '../../moderation/lexicon/es/insults.js';
import { createModerator, DEFAULT_POLICY, languageOf } from '../../moderation/index.js';
import { ES_MILD, ES_MODERATE, ES_SLUR, ES_STRONG } from '../../moderation/lexicon/es/obscenity.js';
import { prepareText } from '../../moderation/normalize.js';
import {
  SPANISH_LOOK_ALIKES_ROUND,
  SPANISH_OBSCENITY_ROUND,
} from '../../scripts/handwritten-signals.js';

const moderator = createModerator();
const POST = 'Cierre de la calle Juárez esta noche por obras.';
const classify = (text: string) => moderator.classify({ text, context: { post: POST } });

describe('language', () => {
  it.each([
    ['La policía llegó tarde otra vez', 'es'],
    ['¿A qué hora cierran la calle?', 'es'],
    ['The road was closed for hours again', 'en'],
    ['that cop es un pendejo y no sabe nada', 'mixed'],
  ])('reads "%s" as %s', (text, language) => {
    expect(languageOf(prepareText(text))).toBe(language);
    expect(classify(text).language).toBe(language);
  });
});

describe('Spanish obscenity', () => {
  it.each([
    '¡Chinga tu madre!',
    'hijo de puta',
    'Eres un hijo de puta',
    'vete a la verga',
    'malparido',
  ])('hides "%s": strong obscenity aimed at someone', (text) => {
    const verdict = classify(text);
    expect(verdict.action).toBe('hide');
    expect(verdict.reasons.find((r) => r.category === 'obscenity')?.clause).toBe('J.3 obscenity');
  });

  it.each(['¡a la verga! otra vez el tráfico', 'pinche tráfico', 'puta madre, otra vez cerrada'])(
    'flags the exclamation "%s" for a person, never hides it',
    (text) => {
      const verdict = classify(text);
      expect(verdict.flags).toContain('obscenity');
      expect(verdict.action).toBe('queue');
    },
  );

  it.each(['ching4 tu madre', 'p*to', 'put4 madre', 'hdp', 'ptm'])(
    'flags the disguised "%s"',
    (text) => {
      expect(classify(text).flags).toContain('obscenity');
    },
  );

  it.each([
    'La computadora de la oficina no sirve',
    'Hubo una disputa entre vecinos',
    'Mi familia es de Culiacán',
    'Una concha y un café, por favor',
    'El cono naranja sigue en la calle',
  ])('leaves "%s" alone', (text) => {
    expect(classify(text).flags).toEqual([]);
  });

  it('holds no word for police or any view of them', () => {
    const all = new Set([...ES_STRONG, ...ES_MODERATE, ...ES_SLUR, ...ES_MILD, ...ES_INSULTS]);
    for (const word of 'policia policias puerco puercos cerdo cerdos marrano marranos guarro chota tira placa corrupto corruptos ratero rateros mentiroso payaso vendido gobierno ridiculo manipulador'.split(
      ' ',
    )) {
      expect(all.has(word), word).toBe(false);
    }
  });
});

describe('Spanish threats and attacks', () => {
  it.each([
    'Te voy a matar',
    'Ojalá te mueras',
    'Sé dónde vives',
    'Hay que matarlos a todos',
    'Te voy a partir la madre cuando te vea',
    'Hay una bomba en la escuela',
    'Voy a quemar tu casa',
    'Que los fusilen a todos',
    'Deberían colgarlos en la plaza',
    'Tenemos que matar a esos traidores',
  ])('queues "%s" as a threat, never hides it', (text) => {
    const verdict = classify(text);
    expect(verdict.flags).toContain('threat');
    expect(verdict.action).toBe('queue');
  });

  it.each([
    'Nadie merece morir así',
    'Dijo que lo iba a matar y llamé a la policía',
    'La policía mató a un joven desarmado',
    'No quiero que lo maten, quiero justicia',
    'Hay que matar el virus con cloro',
    'Tenemos que quemar calorías después de la cena',
    'Vamos a matar el tiempo en el parque',
  ])('does not read "%s" as a threat', (text) => {
    expect(classify(text).flags).not.toContain('threat');
  });

  it.each(['Cállate, idiota', 'Eres un imbécil', '@vecino123 eres una tarada'])(
    'flags "%s" as a personal attack',
    (text) => {
      expect(classify(text).flags).toContain('personal_attack');
    },
  );

  it.each([
    'La policía es corrupta',
    'Que renuncie el jefe',
    'Los policías de esta ciudad son unos inútiles',
    'El alcalde es un idiota',
    'Eres muy amable, gracias',
    // Council members and legislators are officials too (0.7.2).
    'La diputada es una inútil y una mentirosa',
    'El regidor es un idiota',
  ])('never flags "%s" as a personal attack, never hides it', (text) => {
    const verdict = classify(text);
    expect(verdict.flags).not.toContain('personal_attack');
    expect(verdict.action).not.toBe('hide');
  });
});

describe('Spanish spam', () => {
  it.each([
    'Gana dinero desde casa, escríbeme al whatsapp 555 123 4567',
    'Sígueme en mi canal y suscríbete, haz clic aquí https://bit.ly/xyz',
    '¡Felicidades, ganaste un iPhone! Reclama tu premio aquí: http://premio-gratis.example',
  ])('hides "%s" as spam', (text) => {
    const verdict = classify(text);
    expect(verdict.action).toBe('hide');
    expect(verdict.flags).toContain('off_topic');
  });
});

describe('languages civicmod does not judge', () => {
  it.each([
    ['Merci beaucoup pour votre travail, la police est formidable', 'fr'],
    ['Obrigado pela informação sobre a estrada', 'pt'],
    ['Cảm ơn các anh cảnh sát rất nhiều', 'vi'],
    ['Vielen Dank für die Information über die Straße', 'de'],
  ])('marks "%s" as %s, not as English or Spanish', (text, language) => {
    expect(languageOf(prepareText(text))).toBe(language);
  });

  it.each([
    'When does the road open again?',
    'Thanks!! see you at the parade 🎉',
    'that cop es un pendejo',
    'Gracias por la información',
  ])('still reads "%s" as English or Spanish', (text) => {
    expect(['en', 'es', 'mixed']).toContain(languageOf(prepareText(text)));
  });

  it('never hides a comment in another language; queues it when the page asks', () => {
    const moderator = createModerator();
    // Portuguese that shares a word with the Spanish obscenity lexicon.
    const text = 'Essa puta estrada está fechada de novo, que vergonha para a cidade';
    const verdict = moderator.classify({ text });
    expect(verdict.language).toBe('pt');
    expect(verdict.action).not.toBe('hide');
    const calm = 'Obrigado pela informação sobre a estrada';
    expect(moderator.classify({ text: calm }).action).toBe('allow');
    const queued = moderator.classify(
      { text: calm },
      { ...DEFAULT_POLICY, otherLanguages: 'queue' },
    );
    expect(queued.action).toBe('queue');
    expect(queued.problems.join(' ')).toMatch(/a language civicmod does not judge \(pt\)/);
  });
});

describe('Spanish promised harm and name-calling (0.6.3)', () => {
  const flags = (text: string) => moderator.classify({ text }).flags;

  it.each([
    'Un día vas a amanecer muerto en el canal, acuérdate.',
    'A ese tipo le vamos a dar unos plomazos.',
    'Sigue de hocicón y ya verás.',
    'Te espero en el parque esta noche, ven sola.',
    'Sabemos en qué colegio estudian tus niñas.',
    'Rézale a Dios que no te encontremos.',
  ])('flags the threat in "%s"', (text) => {
    expect(flags(text)).toContain('threat');
  });

  it.each([
    'Lo encontraron muerto en el canal y la policía no dice nada.',
    'Sigue hablando con tus vecinos y ya verás cómo mejora la cuadra.',
    'Te espero en la junta del martes, ven con tus preguntas.',
  ])('leaves "%s" without a threat flag', (text) => {
    expect(flags(text)).not.toContain('threat');
  });

  it('reads an insult set off by a comma as said to someone, an exclamation as none', () => {
    expect(flags('No sabes ni leer el reporte, mocoso.')).toContain('personal_attack');
    expect(flags('Mierda, se me olvidó la cartera en el parque.')).not.toContain('personal_attack');
  });
});

describe('Spanish street menace (0.6.3, second round)', () => {
  const flags = (text: string) => moderator.classify({ text }).flags;

  it.each([
    'Ya lo tenemos bien ubicado a ese oficial.',
    'A ti te vamos a llenar de balas.',
    'Lo vamos a dejar como colador.',
    'Nos vemos afuera, cabrón, ya verás.',
    'Su familia va a pagar por esto.',
    'Espero que te parta un rayo.',
    'Si hablas, nadie te va a encontrar.',
  ])('flags the threat in "%s"', (text) => {
    expect(flags(text)).toContain('threat');
  });

  it.each([
    'Ya tenemos ubicado el lugar para la fiesta del barrio.',
    'Su familia va a pagar la renta el lunes.',
    'Nos vemos afuera de la biblioteca a las cinco.',
    'Espero que llueva para el desfile.',
  ])('leaves "%s" without a threat flag', (text) => {
    expect(flags(text)).not.toContain('threat');
  });

  it.each(['Te va a cargar la chingada, ya verás', 'Te va a llevar la verga, ya verás'])(
    'hides "%s" as obscenity aimed at the reader, and flags the threat',
    (text) => {
      const verdict = moderator.classify({ text });
      expect(verdict.action).toBe('hide');
      expect(verdict.flags).toContain('threat');
    },
  );

  it('reads a short comment whose words are mostly Spanish as Spanish', () => {
    expect(flags('Vete a dormir, borracho')).toContain('personal_attack');
  });
});

describe('Spanish threats in Mexican slang and menace (0.6.4)', () => {
  const flags = (text: string) => moderator.classify({ text }).flags;

  it.each([
    'A ese soplón hay que darle cuello.',
    'Los vamos a dejar en silla de ruedas.',
    'Le voy a arrancar la cabeza al sargento.',
    'Ya te traemos en la mira.',
    'Sabemos a qué hora sale tu hija de la escuela.',
    'Paga o te mueres.',
    'Vamos a caer a la delegación con el cuerno de chivo.',
    'Te tengo en la mira y te va a cargar el payaso.',
  ])('flags the threat in "%s"', (text) => {
    expect(flags(text)).toContain('threat');
  });

  it.each([
    'Hay que darle seguimiento al caso.',
    'Les vamos a dar las gracias a los bomberos.',
    'Mi hija sale de la escuela a las dos, ¿hay cruce vigilado?',
    'Vamos a llegar a la delegación con los documentos.',
    'Tengo en la mira un departamento cerca del parque.',
  ])('leaves "%s" without a threat flag', (text) => {
    expect(flags(text)).not.toContain('threat');
  });
});

describe('Spanish kind words said to a person (0.6.4)', () => {
  const attacked = (text: string) => moderator.classify({ text }).flags.includes('personal_attack');

  it('does not read praise or thanks as an attack', () => {
    expect(attacked('Eres una oficial muy atenta y respetuosa')).toBe(false);
    expect(attacked('Qué bombero tan valiente eres, gracias')).toBe(false);
  });

  it('still reads insults, and praise turned around, as attacks', () => {
    expect(attacked('Eres un inútil y un mantenido')).toBe(true);
    expect(attacked('No eres nada inteligente, eres un tarado')).toBe(true);
  });
});

describe('disguised Spanish obscenity, and who a Spanish expletive is aimed at (0.6.4)', () => {
  it('flags the disguises and none of the look-alikes', () => {
    const flagged = SPANISH_OBSCENITY_ROUND.filter((text) =>
      moderator.classify({ text }).flags.includes('obscenity'),
    );
    expect(flagged.length).toBeGreaterThanOrEqual(12);
    for (const text of SPANISH_LOOK_ALIKES_ROUND) {
      expect(moderator.classify({ text }).flags, text).not.toContain('obscenity');
    }
  });

  it('reads "ptm ya…" as an exclamation, and "te va a cargar la chingada" as aimed', () => {
    expect(moderator.classify({ text: 'ptm ya se fue la luz otra vez' }).action).toBe('queue');
    expect(moderator.classify({ text: 'que te lleve la verga' }).action).toBe('hide');
  });
});

describe('a Spanish victim report quotes the slur to reject it (0.6.8)', () => {
  const moderator = createModerator();
  it('reads a quote after "me dijeron" as reported', () => {
    expect(
      moderator.classify({ text: 'me dijeron "pinche mojado" en la tienda y lo reporté' }).flags,
    ).toEqual([]);
  });
  it('still judges the same words used', () => {
    expect(moderator.classify({ text: 'pinche mojado, regrésate a tu país' }).flags).toContain(
      'obscenity',
    );
  });
});

describe('short Spanish insults, who they point at, and friendly swearing (0.7.2)', () => {
  const moderator = createModerator();
  const attack = (text: string): boolean =>
    moderator.classify({ text }).flags.includes('personal_attack');

  it.each(['Golfa', 'sube video joputa', 'Callese vieja piruja', 'Estupido wn'])(
    'reads "%s", whose only words are Spanish insults, as Spanish',
    (text) => {
      expect(languageOf(prepareText(text))).toBe('es');
    },
  );

  it.each(['Go golf with me', 'Animal shelter open today', 'ok'])(
    'does not read "%s" as Spanish',
    (text) => {
      expect(languageOf(prepareText(text))).not.toBe('es');
    },
  );

  it.each([
    'Sasha es una mierda de persona, todos lo saben',
    'Ese pendejo no sabe ni leer',
    'Menuda idiota, otra vez con lo mismo',
    'Hiciste el ridículo, imbécil',
    'Pudrete en tu casa, cabrón',
    'Tienes cara de tarado y hablas como uno',
  ])('reads "%s" as aimed at a person', (text) => {
    expect(attack(text)).toBe(true);
  });

  it.each([
    'El video es una mierda, no se oye nada',
    '¡Eres la puta ama, Esty! Te quiero',
    'Eres el puto amo, gracias por el video',
    'El alcalde es un idiota',
    'Esa canción es una basura, la odio',
    'Estaba triste y tu video me alegró el día',
  ])('does not read "%s" as a personal attack', (text) => {
    expect(attack(text)).toBe(false);
  });
});

describe('a person named, as in English (0.7.3)', () => {
  const attacked = (text: string): boolean =>
    moderator.classify({ text }).flags.includes('personal_attack');

  it.each([
    'No puedo creer que Sasel sea tan imbécil, de verdad.',
    'Otra vez Windy haciendo el ridículo, qué pendeja.',
  ])('reads an insult beside a name as aimed at that person: "%s"', (text) => {
    expect(attacked(text)).toBe(true);
  });

  it.each([
    'El alcalde García es un idiota.',
    'el oficial Pérez es un inútil',
    'Vi a Marta en el parque, qué día tan bonito.',
  ])('keeps an official named in a role, and a name with no insult, unflagged: "%s"', (text) => {
    expect(attacked(text)).toBe(false);
  });
});

describe("a Spanish report of someone else's name-calling (0.7.10)", () => {
  const verdict = (text: string) => moderator.classify({ text });

  it.each([
    'Un vecino le gritó "pinche puta" a su esposa toda la noche, ya llamamos al 911.',
    'La entrenadora le dijo marica a un niño de diez años por llorar.',
    'Su jefe la llamó pendeja enfrente de los clientes, ¿eso es acoso?',
    'En el chat le han dicho gorda asquerosa a mi sobrina durante semanas.',
    'Mi exesposo me dice puta delante de mis hijos.',
  ])('reads "%s" as counter-speech: not flagged', (text) => {
    expect(verdict(text).flags).toEqual([]);
  });

  it.each([
    // The commenter's own, an order, the reader, everyone's, agreement, an unaccented first
    // person present ("le grito": I shout), reported speech that is not a name.
    'Yo le decía pendejo a mi ex todos los días.',
    'Díganle pendejo en su cara, se lo merece.',
    'Todo el mundo te dice pinche vieja chismosa.',
    'Todo el mundo le dice puta a la vecina del 4.',
    'Mi hermano le dijo pendejo al vecino y tiene toda la razón.',
    'Le grito pendejo a cualquiera que se estacione en mi lugar.',
    'El señor le dijo pendejo y es un pendejo.',
    'a mí me dijo me vale verga no vuelvas a llegar tarde',
  ])('still flags "%s"', (text) => {
    expect(verdict(text).flags).not.toEqual([]);
  });

  it('reads the accent: "le gritó" is a report, "le grito" the commenter', () => {
    expect(verdict('Le gritó pendejo al cajero y se fue.').flags).toEqual([]);
    expect(verdict('Le grito pendejo al cajero y me voy.').flags).toContain('obscenity');
  });

  it('never hides a report of a strong name', () => {
    const v = verdict('El conductor le grita "chinga tu madre" al ciclista y luego lo atropella.');
    expect(v.action).not.toBe('hide');
    expect(v.flags).toEqual([]);
  });
});

describe('Spanish veiled threats and stock insults (0.7.10)', () => {
  const reply = (text: string) =>
    moderator.classify({ text, context: { parent: 'un comentario' } });

  it.each([
    'Sabemos a qué hora llega, oficial. Cuídese.',
    'Ya te tenemos ubicado, soplón.',
    'Te vamos a levantar y nadie va a saber de ti.',
    'Que cuide a sus hijos cuando salen de la escuela, comandante.',
    'El que me multó ya está contando sus días.',
    'Vas a amanecer con la boca llena de moscas.',
  ])('flags "%s" as a threat', (text) => {
    expect(reply(text).flags).toContain('threat');
  });

  it.each([
    'Sabemos a qué hora sale el desfile, cuídense del sol y lleven agua.',
    'Ya te tenemos ubicado el paquete, llega el lunes.',
    'Mañana te voy a levantar temprano para ir a la feria.',
    'Cuide a sus hijos cuando salen de la escuela, hay mucho tráfico en la avenida.',
    'El alcalde tiene los días contados en el puesto, ya viene la elección.',
    'Vas a amanecer con mucha energía si duermes ocho horas.',
  ])('does not flag "%s"', (text) => {
    expect(reply(text).flags).toEqual([]);
  });

  it.each([
    'Con ese cerebro de mosquito mejor quédate callado.',
    'Mira nomás, otro ignorante opinando.',
  ])('flags "%s" as a personal attack', (text) => {
    expect(reply(text).flags).toContain('personal_attack');
  });
});

describe('Spanish threats with a weapon in emoji (0.7.11)', () => {
  it.each(['te voy a 🔪 cabrón', 'los voy a 🔫 a todos', 'hay que 🔫 a todos los inmigrantes'])(
    'flags "%s" as a threat, with the emoji as evidence',
    (text) => {
      const verdict = classify(text);
      expect(verdict.flags).toContain('threat');
      const evidence = verdict.reasons.flatMap((r) => r.evidence.map((e) => e.text)).join(' ');
      expect(evidence).toMatch(/🔪|🔫/u);
    },
  );

  it.each(['qué rico 🔥 ese taco', 'mi nuevo 🔪 de cocina', 'vamos a 🔥 la carne el sábado'])(
    'leaves "%s" alone',
    (text) => {
      expect(classify(text).flags).not.toContain('threat');
    },
  );
});

describe('Spanish wishes, good and bad (0.7.23)', () => {
  const verdict = (text: string) => moderator.classify({ text });

  it.each([
    'Ojalá te den el ascenso, oficial.',
    'Ojalá te den el aumento que mereces.',
    'Ojalá te den una medalla, oficial.',
    'Que te den el premio, te lo ganaste.',
    'Ojalá te mejores pronto, oficial.',
  ])('reads a wish of something good, "%s", as no attack and no threat', (text) => {
    expect(verdict(text).flags).toEqual([]);
  });

  it.each(['Ojalá te den una paliza, oficial.', 'Ojalá te den un balazo, cerdo.'])(
    'reads a wish of a beating or a bullet, "%s", as a threat',
    (text) => {
      expect(verdict(text).flags).toContain('threat');
    },
  );

  it.each([
    'Ojalá le den una paliza al América en la final.',
    'Que les den una paliza en las urnas.',
  ])('leaves a beating in a game or at the polls, "%s", alone', (text) => {
    expect(verdict(text).flags).not.toContain('threat');
  });

  it('reads "reventar" said of a family as a threat, of a rival team as none', () => {
    expect(verdict('Vamos a reventar a tus hijos.').flags).toContain('threat');
    expect(verdict('Vamos a reventar a tu familia.').flags).toContain('threat');
    expect(verdict('Vamos a reventar al América el sábado.').flags).not.toContain('threat');
  });
});

describe('the stranger a Spanish report is about (0.7.23)', () => {
  const attacked = (text: string) => moderator.classify({ text }).flags.includes('personal_attack');

  it('reads "un borracho le gritó «…»" as a report, not an attack', () => {
    expect(
      attacked(
        'Anoche un borracho le gritó "pinche india" a mi abuelita afuera de la tienda y nadie hizo nada.',
      ),
    ).toBe(false);
    expect(attacked('Un idiota le gritó puta a mi hermana en la calle.')).toBe(false);
  });

  it('still reads "eres un idiota" before a report as said to someone', () => {
    expect(attacked('Eres un idiota, le dijo puta a mi hermana y se rió.')).toBe(true);
  });
});

describe('Spanish round 353: money pitches, prizes, and strong words said to the reader (0.7.23)', () => {
  const verdict = (text: string) => moderator.classify({ text });

  it.each([
    'Gana 5000 dólares a la semana desde casa, escríbeme al WhatsApp.',
    'Haz clic aquí para ganar un iPhone gratis: bit.ly/premio',
  ])('hides the pitch "%s"', (text) => {
    expect(verdict(text).action).toBe('hide');
  });

  it.each([
    'Mi hermano gana 500 dólares a la semana y no le alcanza para la renta.',
    'Los policías ganan 3000 pesos a la semana, es una vergüenza.',
    'Mi hijo quiere ganar un iPhone en la rifa de la escuela.',
  ])('leaves "%s" alone', (text) => {
    expect(verdict(text).flags).not.toContain('off_topic');
  });

  it.each(['Pinche puta, cállate.', 'Cállate, puta.', 'Me cago en tu puta madre.'])(
    'hides "%s", said to the reader',
    (text) => {
      expect(verdict(text).action).toBe('hide');
    },
  );

  it.each([
    'Puta madre, se me olvidó la cartera.',
    'Ya cállate, que la puta lluvia no para.',
    '¡Puta, cállate, me asustaste!',
    'Está de puta madre la fiesta.',
  ])('flags the exclamation "%s" for a person, never hides it', (text) => {
    const v = verdict(text);
    expect(v.flags).toContain('obscenity');
    expect(v.action).not.toBe('hide');
  });

  it('hides "tu puta madre", not "tu puta" as an intensifier', () => {
    expect(verdict('Hijo de tu puta madre, me las vas a pagar.').action).toBe('hide');
    expect(verdict('Soy tu puta fan 😂').action).not.toBe('hide');
    expect(verdict('Necesito oír tu puta voz otra vez').action).not.toBe('hide');
  });

  it('reads "aprende a leer…, burro" as a put-down said to the reader', () => {
    expect(verdict('Aprende a escribir antes de comentar, burro').flags).toContain(
      'personal_attack',
    );
    expect(verdict('Oye, bruto, aprende a leer antes de comentar.').flags).toContain(
      'personal_attack',
    );
    expect(verdict('Mi hijo aprende a leer con su maestra.').flags).toEqual([]);
  });

  it('reads "la basura" as the trash, "una basura" said of the reader as an insult', () => {
    expect(verdict('Oye, vecino, ¿sabes a qué hora pasa la basura?').flags).toEqual([]);
    expect(verdict('Tú eres una basura.').flags).toContain('personal_attack');
    expect(verdict('Eres la basura del barrio.').flags).toContain('personal_attack');
  });
});

describe('Spanish round 355: threats, disguises, Spain\'s "coger" and followers for sale (0.7.24)', () => {
  const verdict = (text: string) => moderator.classify({ text });

  it.each([
    'Voy a ir por ti y por tu familia.',
    'Te voy a dejar tirado en una zanja.',
    'Cuando salgas de la comisaría te estaré esperando con mi machete.',
  ])('flags the threat "%s"', (text) => {
    expect(verdict(text).flags).toContain('threat');
  });

  it('hides "te va a cargar la chingada, ya verás" as strong obscenity, flagged as a threat for a person too', () => {
    const v = verdict('Te va a cargar la chingada, ya verás.');
    expect(v.action).toBe('hide');
    expect(v.flags).toEqual(expect.arrayContaining(['obscenity', 'threat']));
  });

  it.each([
    'Mañana voy a ir por ti y por tu familia al aeropuerto.',
    'Vamos por ti y por tu familia a la fiesta, espéranos.',
    'Te voy a dejar en la parada del camión.',
    'Te espero en el parque con mi bate para el partido.',
    'Te espero en la milpa con mi machete para chapear.',
  ])('leaves "%s" alone', (text) => {
    expect(verdict(text).flags).not.toContain('threat');
  });

  it.each(['pndejo', 'chnga tu madre'])('reads the vowels left out of "%s"', (text) => {
    expect(verdict(text).flags).toContain('obscenity');
  });

  it.each(['The clrs on the map are wrong.', 'so many chngs to the schedule'])(
    'leaves the chat abbreviation in "%s" alone',
    (text) => {
      expect(verdict(text).flags).toEqual([]);
    },
  );

  it('reads "coger" before a determiner as Spain\'s "take", and flags it otherwise', () => {
    expect(verdict('Vamos a coger el autobús en la estación de Atocha.').flags).toEqual([]);
    expect(verdict('Hay que coger fuerzas para la marcha de mañana.').flags).toEqual([]);
    expect(verdict('Me quiero coger a tu hermana.').flags).toContain('obscenity');
  });

  it.each([
    'Vendo seguidores y likes baratos, mándame mensaje.',
    'Selling followers and likes cheap, DM me.',
  ])('hides followers sold with a way to buy them: "%s"', (text) => {
    expect(verdict(text).action).toBe('hide');
  });

  it.each([
    'Gracias a mis seguidores y a todos los likes, mándame mensaje si quieres ayudar en la colecta.',
    'Thanks to all my followers and likes, DM me for the fundraiser.',
  ])('leaves the thanks "%s" alone', (text) => {
    expect(verdict(text).flags).toEqual([]);
  });
});

describe('Spanish round 359: a hollow head, and "partirle la madre" to a workout (0.7.24)', () => {
  const verdict = (text: string) => moderator.classify({ text });

  it('reads a hollow head said to the reader as an insult, not a hollow log', () => {
    expect(verdict('Tienes la cabeza hueca, amigo.').flags).toContain('personal_attack');
    expect(verdict('Tienes aserrín en la cabeza.').flags).toContain('personal_attack');
    expect(verdict('El tronco tiene la cabeza hueca.').flags).toEqual([]);
  });

  it('reads "partirle la madre" to a workout or a rival team as effort, to a person as a threat', () => {
    expect(verdict('Vamos a ir al gimnasio a partirle la madre al entrenamiento.').flags).toEqual(
      [],
    );
    expect(verdict('Vamos a ir a tu trabajo a partirte la cara.').flags).toContain('threat');
  });
});

describe('Spanish round 366: politicians are officials, their harsh critics no attackers (0.7.24)', () => {
  const verdict = (text: string) => moderator.classify({ text });

  it.each([
    'Esos políticos son unos corruptos.',
    'Deberían agarrar a esos políticos y meterlos a la cárcel por corruptos.',
    'Los políticos de esta ciudad son unos inútiles y unos corruptos.',
  ])('leaves the criticism "%s" unflagged', (text) => {
    expect(verdict(text).flags).toEqual([]);
  });

  it('still reads an insult said to the reader beside a politician', () => {
    expect(verdict('Eres tan corrupto como esos políticos, idiota.').flags).toContain(
      'personal_attack',
    );
  });
});
