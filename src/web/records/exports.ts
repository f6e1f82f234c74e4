/** Export bundles: made from a request or a search, listed, and downloaded file by file. */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestHandler, Router } from 'express';
import { NotFoundError } from '../../errors.js';
import { EXPORT_FILES, MANIFEST_FILE, type ExportManifest } from '../../records/export.js';
import { parseRecordsFilter } from '../../records/search.js';
import type { DashboardContext } from '../context.js';
import { formatDateTime } from '../format.js';
import { html } from '../html.js';
import { render } from '../layout.js';
import {
  filterInput,
  actorNames,
  subnav,
  bundlePath,
  bundleAllowed,
  makeBundle,
  loadRequest,
  recordsScope,
} from './shared.js';

export function exportRoutes(router: Router, ctx: DashboardContext, clerk: RequestHandler): void {
  // --- Export bundles ------------------------------------------------------------------------

  router.post('/records/requests/:id/export', clerk, async (req, res, next) => {
    try {
      const request = await loadRequest(ctx, req);
      const filter = {
        requestId: request.id,
        // A clerk of several agencies exports the request's agency only.
        agencyIds: recordsScope(req) === undefined ? undefined : [request.agencyId],
      };
      const name = await makeBundle(ctx, req, filter, `request-${request.id}`);
      res.redirect(303, `/records/exports/${name}`);
    } catch (err) {
      next(err);
    }
  });

  router.post('/records/exports', clerk, async (req, res, next) => {
    try {
      const filter = parseRecordsFilter(filterInput(req.body));
      const name = await makeBundle(ctx, req, filter, 'search');
      res.redirect(303, `/records/exports/${name}`);
    } catch (err) {
      next(err);
    }
  });

  router.get('/records/exports/:name', clerk, async (req, res, next) => {
    try {
      const dir = bundlePath(ctx, String(req.params.name));
      let manifest: ExportManifest;
      try {
        manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as ExportManifest;
      } catch {
        throw new NotFoundError('There is no such export.');
      }
      if (!bundleAllowed(req, manifest)) throw new NotFoundError('There is no such export.');
      const name = String(req.params.name);
      const who = await actorNames(ctx, [manifest.generatedBy]);
      render(req, res, {
        title: `Export ${name}`,
        active: 'records',
        body: html`<div class="page-head"><h1>Export bundle</h1></div>
          ${subnav(manifest.request ? 'requests' : 'search')}
          <section class="card">
            <dl class="facts">
              <div>
                <dt>Selection</dt>
                <dd>${manifest.filterDescription}</dd>
              </div>
              <div>
                <dt>Made</dt>
                <dd>${formatDateTime(manifest.generatedAt)} by ${who(manifest.generatedBy)}</dd>
              </div>
              <div>
                <dt>Contents</dt>
                <dd>
                  ${manifest.counts.comments} comments, ${manifest.counts.versions} versions,
                  ${manifest.counts.decisions} decisions, ${manifest.counts.actions} actions,
                  ${manifest.counts.redactions} redactions
                </dd>
              </div>
              <div>
                <dt>As of action-log entry</dt>
                <dd>
                  ${manifest.actionLog.id ?? '—'}
                  <code class="breakable">${manifest.actionLog.hash}</code>
                </dd>
              </div>
            </dl>
            ${manifest.request ? html`<p><a href="/records/requests/${manifest.request.id}">Records request ${manifest.request.id}</a></p>` : ''}
          </section>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">File</th>
                  <th scope="col">Bytes</th>
                  <th scope="col">SHA-256</th>
                </tr>
              </thead>
              <tbody>
                ${[
                  ...manifest.files,
                  {
                    name: MANIFEST_FILE,
                    bytes: statSync(join(dir, MANIFEST_FILE)).size,
                    sha256: '',
                  },
                ].map(
                  (f) =>
                    html`<tr>
                      <td><a href="/records/exports/${name}/${f.name}" download>${f.name}</a></td>
                      <td>${f.bytes}</td>
                      <td>
                        <code class="breakable">${f.sha256 || 'listed in the action log'}</code>
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`,
      });
    } catch (err) {
      next(err);
    }
  });

  router.get('/records/exports/:name/:file', clerk, (req, res, next) => {
    try {
      const file = String(req.params.file);
      if (!(EXPORT_FILES as readonly string[]).includes(file) && file !== MANIFEST_FILE) {
        throw new NotFoundError('There is no such file in an export.');
      }
      const dir = bundlePath(ctx, String(req.params.name));
      const path = join(dir, file);
      let manifest: ExportManifest;
      try {
        statSync(path);
        manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as ExportManifest;
      } catch {
        throw new NotFoundError('There is no such export.');
      }
      if (!bundleAllowed(req, manifest)) throw new NotFoundError('There is no such export.');
      const types: Record<string, string> = {
        'records.csv': 'text/csv; charset=utf-8',
        'records.jsonl': 'application/x-ndjson; charset=utf-8',
        'records.html': 'text/html; charset=utf-8',
        'manifest.json': 'application/json; charset=utf-8',
      };
      // Downloaded, never rendered here: the HTML holds the public's words.
      res.set('Content-Type', types[file] ?? 'application/octet-stream');
      res.set('Content-Disposition', `attachment; filename="${String(req.params.name)}-${file}"`);
      res.set('X-Content-Type-Options', 'nosniff');
      createReadStream(path).on('error', next).pipe(res);
    } catch (err) {
      next(err);
    }
  });
}
