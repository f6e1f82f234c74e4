/**
 * Frequent words of English and Spanish (accents folded), for telling the two apart
 * (language.ts) and for telling a capitalised name from a capitalised word (es/attack.ts).
 */
const list = (s: string): string[] => s.trim().split(/\s+/);

/** Words that are frequent in one language and rare in the other (accents folded). */
export const SPANISH = new Set(
  list(`
  de la que el en y los se del las por un para con una su al lo como mas pero sus le ya este
  si porque esta entre cuando muy sin sobre tambien me hasta hay donde quien desde todo nos
  durante todos uno les ni contra otros ese eso ante ellos esto antes algunos unos yo otro
  otras otra tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas algo
  nosotros mi mis tu te ti tus ellas usted ustedes eres es soy esta estas estan somos son fue
  era ser tiene tienen hace hacer puede pueden porque pues asi aqui alla ahora siempre nunca
  bien mal gracias hola buenos buenas dias noches favor policia policias gente calle ciudad
  gobierno jefe alcalde oficial oficiales agente agentes seguridad vida muerte casa carro
  tambien solo cada donde cuando despues mejor peor mismo misma todas ellos vamos voy vas va
  quiero quieres tengo tienes dijo dice digo hay habia fueron estaba estaban pinche wey guey
  neta chido verdad nomas ahorita todavia entonces mientras aunque vete largate callate ven oye
  andale sigue dejame nadie alguien cosa cosas hombre mujer nino nina ninos hijos familia
  trabajo dinero tiempo mundo hoy manana ayer noche semana hablar hablando decir dormir comer
  hacer saber poder querer llegar pasar ayudar necesito necesitas necesita sabes sabe creo
  puedo estoy estamos claro vez veces luego madre madres cabron cabrona pendejo pendeja
  chingada chingar verga culero culera
  no leer escribir burro burra
`),
);
export const ENGLISH = new Set(
  list(`
  the and of to in is it that for you was on are with as his they be at one have this from by hot
  word but what some we can out other were all there when up use your how said an each she which
  do their time if will way about many then them write would like so these her long make thing
  see him two has look more day could go come did number sound no most people my over know water
  than call first who may down side been now find any new work part take get place made live
  where after back little only round man year came show every good me give our under just why
  should really think police cop cops officer chief city road street thanks thank please not dont
  don't can't im i'm it's that's what's there's i or its also into last years before since while
  because between such through being off well even still both those end old another here very
  much next used same left going known does own want too few never must again need already might
  better less given often young yet enough keep almost together hard something ever always
  himself soon done thought hope love stop try let getting doing nothing anything everything
  everyone someone nobody had didn't doesn't isn't aren't wasn't won't wouldn't couldn't
  shouldn't he's she's they're we're you're i'll i've i'd you'll you've we'll they'll let's who's
  u ur lol lmao omg rt gonna wanna gotta ain't y'all yeah yes okay hey guy guys girl lady fuck
  fucking shit damn ass bitch hate stupid white black fat ugly right say says tell talk things
  person should've cause got gets went gone sure wow lot lots against vote voters trash state
  news watch dead called house campaign government follow stay without today suck win great law
  court child children away national money rights border woman women hit page name change nice
  week head world killed night bad best big free top happy control gun guns liar racist party
  america american americans president
`),
);

/** A frequent word of English or Spanish (a capitalised one is not a name). */
export function isCommonWord(word: string): boolean {
  return SPANISH.has(word) || ENGLISH.has(word);
}
