/**
 * The shipped models are what `npm run train` makes from this code and the shared datasets.
 *
 * Training picks each model's operating point on the whole classifier (its rules included), so a
 * rule change moves the model that should ship with it. Once, several rule changes were committed
 * without retraining and the models in data/models lagged behind the code for a day: the figures
 * of `npm run eval` (which trains its own) were not those of the models `civicmod start` ran. This
 * retrains, in a child process, and compares every model file byte for byte.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../moderation/model/file.js';
import { defaultDatasetDir } from '../../scripts/datasets.js';

const root = packageRoot();
const datasets = defaultDatasetDir(root);
const MODEL_FILES = [
  'personal_attack.json',
  'spam.json',
  'threat.json',
  'personal_attack_es.json',
  'polarity.json',
] as const;

const present = existsSync(join(datasets, 'insults-train.jsonl'));
if (!present) {
  process.stdout.write(
    `models-reproducible: skipped, no datasets at ${datasets} (set CIVICMOD_DATASETS)\n`,
  );
}

describe.skipIf(!present)('shipped models', () => {
  it('are the bytes npm run train writes from this code', { timeout: 600_000 }, () => {
    const out = mkdtempSync(join(tmpdir(), 'civicmod-train-'));
    try {
      execFileSync(
        process.execPath,
        [
          '--import',
          'tsx',
          join(root, 'scripts', 'train.ts'),
          '--datasets',
          datasets,
          '--out',
          out,
        ],
        { cwd: root, env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' }, stdio: 'pipe' },
      );
      const differing = MODEL_FILES.filter(
        (file) =>
          !readFileSync(join(out, file)).equals(readFileSync(join(root, 'data', 'models', file))),
      );
      expect(
        differing,
        'data/models is out of date with the code: run `npm run train` and commit the models',
      ).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
