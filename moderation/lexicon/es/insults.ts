/**
 * Spanish words that insult a person, read by the Spanish attack classifier (es/attack.ts), the
 * language reader (language.ts) and the reading of reported name-calling (es/report.ts). No word
 * for police or that judges conduct or views ("corrupto", "ratero", "mentiroso", "cerdo",
 * "puerco", "marrano", "guarro", "rata", "payaso", "vendido", "ridículo", "manipulador" are
 * criticism): a test keeps them out.
 */

const list = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

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
  psicopata psicopatas parasito parasita parasitos engendro adefesio bobo boba bobos lerdo lerda
  zoquete zopenco cenutrio energumeno pelotudo pelotuda pelotudos boludo boluda boludos pajero
  pajera mogolico mogolica anormal anormales pervertido pervertida degenerado degenerada
`);
