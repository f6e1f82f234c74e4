/**
 * The dashboard's one stylesheet and one script, served from memory with a content hash in the
 * URL so browsers cache them for good and still pick up a new version at once. They are files
 * (src/web/static/) rather than inline blocks because the Content-Security-Policy allows
 * scripts and styles from this origin only, never inline.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Router } from 'express';

const here = dirname(fileURLToPath(import.meta.url));
// Run from source (tsx, vitest) the files sit beside this module; run from dist/ (npm start)
// tsc has not copied them, so they are read from the source tree.
const STATIC_DIR = [join(here, 'static'), join(here, '../../../src/web/static')].find((d) =>
  existsSync(join(d, 'dashboard.js')),
);

const TYPES: Record<string, string> = {
  'dashboard.css': 'text/css; charset=utf-8',
  'dashboard.js': 'text/javascript; charset=utf-8',
};

interface Asset {
  body: Buffer;
  type: string;
  hash: string;
}

const assets = new Map<string, Asset>();
for (const [name, type] of Object.entries(TYPES)) {
  if (!STATIC_DIR)
    throw new Error(`civicmod: the dashboard's static files are missing (looked beside ${here})`);
  const body = readFileSync(join(STATIC_DIR, name));
  assets.set(name, {
    body,
    type,
    hash: createHash('sha256').update(body).digest('hex').slice(0, 12),
  });
}

/** `/assets/dashboard.js?v=<hash>` */
export function assetUrl(name: keyof typeof TYPES & string): string {
  const asset = assets.get(name);
  return `/assets/${name}?v=${asset?.hash ?? '0'}`;
}

export function assetsRouter(): Router {
  const router = Router();
  // Browsers ask for it on every first visit; answering keeps the logs and consoles quiet.
  router.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });
  router.get('/assets/:name', (req, res) => {
    const asset = assets.get(req.params.name);
    if (!asset) {
      res.status(404).type('text/plain').send('Not found.');
      return;
    }
    res.set(
      'Cache-Control',
      req.query.v === asset.hash ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
    res.set('ETag', `"${asset.hash}"`);
    res.type(asset.type).send(asset.body);
  });
  return router;
}
