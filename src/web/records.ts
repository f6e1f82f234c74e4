/**
 * The records pages, for records clerks (J.4: everything posted is subject to public disclosure;
 * I.3: removed content is retained under the records-retention policy): search every comment
 * ever seen, records requests with their items and redactions, export bundles, legal holds.
 * Every route requires the `records` permission, checked on the server.
 *
 * Export bundles are written under `exports/` beside the database and downloaded file by file;
 * each file's SHA-256 is in the bundle's manifest.json (and the manifest's own hash in the action
 * log), so what was handed over can be proven later.
 */
import { Router } from 'express';
import { requirePermission } from './auth.js';
import type { DashboardContext } from './context.js';
import { exportRoutes } from './records/exports.js';
import { holdRoutes } from './records/holds.js';
import { requestRoutes } from './records/requests.js';
import { searchRoutes } from './records/search.js';

/** The records pages, one file per concern under src/web/records/. */
export function recordsRouter(ctx: DashboardContext): Router {
  const router = Router();
  const clerk = requirePermission('records');
  searchRoutes(router, ctx, clerk);
  requestRoutes(router, ctx, clerk);
  exportRoutes(router, ctx, clerk);
  holdRoutes(router, ctx, clerk);
  return router;
}
