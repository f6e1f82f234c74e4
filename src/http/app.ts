/**
 * The HTTP side of civicmod: health, platform webhooks, and (mounted by the dashboard) the
 * review, records and admin pages. The routes are listed in order in `createHttpApp`.
 */
import express, {
  type ErrorRequestHandler,
  type Express,
  type Request,
  type Router,
} from 'express';
import type { PlatformAdapter, WebhookRequest } from '../../adapters/types.js';
import { CivicmodError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Pipeline } from '../pipeline/runner.js';
import type { Platform, Store } from '../store/types.js';

export interface HttpDeps {
  store: Store;
  pipeline: Pipeline;
  adapters: ReadonlyMap<Platform, PlatformAdapter>;
  logger: Logger;
  /** Extra routers (the dashboard), mounted after health and webhooks, in this order. */
  routers?: readonly Router[];
}

function headerMap(req: Request): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function queryMap(req: Request): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.query)) out[k] = typeof v === 'string' ? v : undefined;
  return out;
}

export function createHttpApp(deps: HttpDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');

  // 1. Health: for uptime checks and the operator.
  app.get('/healthz', async (_req, res, next) => {
    try {
      const health = await deps.store.health();
      // A store that cannot take a write (read-only, disk full) is not healthy: comments would be
      // refused. 503 so a load balancer or monitor sees it.
      res.status(health.ok ? 200 : 503).json({
        status: health.ok ? 'ok' : 'degraded',
        ...health,
        adapters: [...deps.adapters.keys()],
      });
    } catch (err) {
      next(err);
    }
  });

  // 2. Webhooks: the raw body is kept as bytes because signatures are computed over them.
  const webhook = express.raw({ type: () => true, limit: '2mb' });
  app.all('/webhooks/:platform', webhook, async (req, res, next) => {
    const adapter = deps.adapters.get(req.params.platform as Platform);
    if (!adapter?.webhook || (req.method !== 'GET' && req.method !== 'POST')) {
      res.status(404).type('text/plain').send('No webhook is configured for this platform.');
      return;
    }
    const request: WebhookRequest = {
      method: req.method,
      query: queryMap(req),
      headers: headerMap(req),
      rawBody: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
    };
    try {
      const { response, events } = await adapter.webhook.handle(request);
      // Stored before we answer: a platform that gets 200 may never send it again.
      for (const event of events) await deps.pipeline.handle(event);
      res
        .status(response.status)
        .type(response.contentType ?? 'text/plain')
        .send(response.body ?? '');
    } catch (err) {
      next(err);
    }
  });

  for (const router of deps.routers ?? []) app.use(router);

  app.use((_req, res) => {
    res.status(404).type('text/plain').send('Not found.');
  });

  // A flood of refused requests (forged webhooks, a full disk answering 503 to every webhook)
  // must not become a flood of log lines: one line per kind of refusal per interval, with how
  // many were left out since the last one.
  const lastLogged = new Map<string, { at: number; skipped: number }>();
  const LOG_EVERY_MS = 10_000;
  const shouldLog = (key: string): number | null => {
    const now = Date.now();
    const last = lastLogged.get(key);
    if (last !== undefined && now - last.at < LOG_EVERY_MS) {
      last.skipped++;
      return null;
    }
    if (lastLogged.size > 1000) lastLogged.clear();
    lastLogged.set(key, { at: now, skipped: 0 });
    return last?.skipped ?? 0;
  };

  const errorHandler: ErrorRequestHandler = (err: unknown, req, res, _next) => {
    const known = err instanceof CivicmodError ? err : undefined;
    const status = known?.status ?? (err as { status?: number }).status ?? 500;
    const skipped = shouldLog(`${status}:${known?.code ?? ''}:${req.path}`);
    if (skipped !== null) {
      const extra = skipped > 0 ? { sameSinceLastLine: skipped } : {};
      if (status >= 500) deps.logger.error({ err, path: req.path, ...extra }, 'request failed');
      else
        deps.logger.warn(
          { path: req.path, code: known?.code, status, ...extra },
          'request refused',
        );
    }
    if (res.headersSent) return;
    const message =
      known?.publicMessage ??
      (status < 500 ? 'Bad request.' : 'Something went wrong; it has been logged.');
    res.status(status);
    if (req.accepts(['html', 'json']) === 'json') res.json({ error: message });
    else res.type('text/plain').send(message);
  };
  app.use(errorHandler);
  return app;
}
