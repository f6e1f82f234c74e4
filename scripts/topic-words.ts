/**
 * `npm run topic-words`: the candidate words of the chatter subjects of moderation/offtopic.ts
 * (CHATTER_SUBJECTS), for a person to read. For each subject, the words of the shipped vectors
 * (`data/models/vectors.bin`) whose cosine to the subject's seed words is at least 0.6 and to the
 * page's topics at most 0.3, leaving out the 1,500 most frequent words (too general to say what
 * a comment is about). The lists in offtopic.ts were chosen from this output by hand: words that
 * are also things stolen, places of a crime, event refreshments or a police service were left
 * out. Prints only; writes nothing.
 */
import { loadVectors, vectorRow, type WordVectors } from '../moderation/model/vectors.js';

const SEEDS: Record<string, string> = {
  'film and television':
    'movie movies film sitcom netflix episode episodes finale actor actress oscars hollywood hbo anime spoilers sequel',
  music: 'song songs album singer rapper lyrics guitar playlist spotify remix concert',
  'food and cooking':
    'recipe recipes cooking baking dessert pasta lasagna tacos enchiladas sourdough latte chocolate cookies cake delicious',
  'video games': 'xbox playstation nintendo fortnite minecraft gamer gaming console multiplayer',
  'beauty and fashion':
    'lipstick makeup skincare eyeliner manicure hairstyle fashion handbag mascara',
  travel: 'cruise vacation resort bahamas cancun hawaii itinerary honeymoon sightseeing',
  fitness: 'gym workout squat cardio treadmill yoga protein workouts',
  gardening: 'gardening tomatoes seedlings compost perennials mulch tulips gardeners',
  crafts: 'knitting crochet quilting scrapbooking sewing yarn embroidery',
  books: 'novel novels paperback bestseller memoir novelist',
  'home improvement': 'cabinets countertops remodel renovation backsplash decor',
  celebrities: 'celebrity gossip tabloid kardashians paparazzi',
};
const PAGE =
  'police officer crime arrest law court city government safety traffic street community emergency fire jail victim suspect department mayor council';
const MIN_RANK = 1500;
const MIN_SUBJECT = 0.6;
const MAX_PAGE = 0.3;

function unit(v: WordVectors, words: readonly string[]): Float32Array {
  const c = new Float32Array(v.dims);
  for (const w of words) {
    const row = vectorRow(v, w);
    if (row === undefined) continue;
    const len = norm(v, row);
    for (let d = 0; d < v.dims; d++) c[d] = (c[d] ?? 0) + (v.matrix[row * v.dims + d] ?? 0) / len;
  }
  const len = Math.hypot(...c) || 1;
  return c.map((x) => x / len);
}

function norm(v: WordVectors, row: number): number {
  let s = 0;
  for (let d = 0; d < v.dims; d++) s += (v.matrix[row * v.dims + d] ?? 0) ** 2;
  return Math.sqrt(s) || 1;
}

function cosine(v: WordVectors, row: number, c: Float32Array): number {
  let s = 0;
  for (let d = 0; d < v.dims; d++) s += (v.matrix[row * v.dims + d] ?? 0) * (c[d] ?? 0);
  return s / norm(v, row);
}

const vectors = loadVectors();
const page = unit(vectors, PAGE.split(' '));
for (const [subject, seeds] of Object.entries(SEEDS)) {
  const centre = unit(vectors, seeds.split(' '));
  const found: string[] = [];
  for (let row = MIN_RANK; row < vectors.words.length; row++) {
    const word = vectors.words[row] ?? '';
    if (!/^[a-z]{3,}$/.test(word)) continue;
    if (cosine(vectors, row, centre) < MIN_SUBJECT || cosine(vectors, row, page) > MAX_PAGE)
      continue;
    found.push(word);
  }
  console.log(`${subject} (${found.length}): ${found.join(' ')}\n`);
}
