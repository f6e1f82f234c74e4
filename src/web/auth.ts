/**
 * Who is asking, and may they: the session cookie, CSRF checks and role checks for every
 * dashboard route. Other dashboard areas (the records pages) use the exported middleware:
 *
 *   router.get('/records', requirePermission('records'), handler)
 *
 * `securityMiddleware` runs before every dashboard route (it is the first of the dashboard's
 * routers): secure headers, body parsing, the session, and the CSRF check of every
 * state-changing request, so a route added later is protected without doing anything.
 */
import express, {
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import helmet from 'helmet';
import { tokensEqual, type SessionManager } from '../accounts/sessions.js';
import { ForbiddenError, NotFoundError } from '../errors.js';
import { Access, type Permission } from '../review/permissions.js';
import type { Reviewer } from '../review/service.js';
import type { SessionRow, UserRow } from '../store/types.js';

/** A signed-in person, as the routes see them. */
export interface Auth {
  user: UserRow;
  session: SessionRow;
  /** What ReviewService needs to know about the person acting. */
  reviewer: Reviewer;
  /** The person's roles, agency by agency. */
  access: Access;
  /** The permission in at least one agency (what the navigation and route checks ask). */
  can(permission: Permission): boolean;
  /**
   * The agencies whose pages, comments, requests and holds a route may show with these
   * permissions; undefined when that is every agency of the deployment (no filter needed).
   * Every list a route shows is filtered by this, never by anything the browser sends.
   */
  scope(...permissions: [Permission, ...Permission[]]): readonly number[] | undefined;
}

/**
 * Lets a route act on one page, comment, request, hold, export or appeal only when the person
 * holds one of the permissions in the agency it belongs to. Otherwise it does not exist for
 * them: 404, the same answer as an id that names nothing, so ids of other agencies tell nothing.
 */
export function requireIn(
  auth: Auth,
  agencyId: number,
  what: string,
  ...permissions: [Permission, ...Permission[]]
): void {
  if (!permissions.some((p) => auth.access.canIn(agencyId, p))) {
    throw new NotFoundError(`There is no such ${what}.`);
  }
}

const authByRequest = new WeakMap<Request, Auth>();

/** The signed-in person, or undefined (only on routes that do not require a login). */
export function authOf(req: Request): Auth | undefined {
  return authByRequest.get(req);
}

/** The signed-in person; for handlers behind requireLogin / requirePermission. */
export function requireAuth(req: Request): Auth {
  const auth = authByRequest.get(req);
  if (!auth) throw new Error('requireAuth used on a route without requireLogin');
  return auth;
}

export function wantsJson(req: Request): boolean {
  return (
    req.path.endsWith('.json') ||
    req.is('application/json') === 'application/json' ||
    req.accepts(['html', 'json']) === 'json'
  );
}

/** Logged-out: HTML gets the sign-in page (and comes back afterwards), JSON gets 401. */
function refuseLoggedOut(req: Request, res: Response): void {
  if (wantsJson(req)) {
    res.status(401).json({ error: 'Sign in first.', login: '/login' });
    return;
  }
  const back = req.method === 'GET' ? req.originalUrl : '/';
  res.redirect(303, `/login?next=${encodeURIComponent(back)}`);
}

/** Lets the request through only with a valid session. */
export const requireLogin: RequestHandler = (req, res, next) => {
  if (authByRequest.has(req)) next();
  else refuseLoggedOut(req, res);
};

/**
 * Lets the request through only when the person's role holds one of the permissions
 * (src/review/permissions.ts). Logged-out requests are sent to sign in first.
 */
export function requirePermission(...permissions: [Permission, ...Permission[]]): RequestHandler {
  return (req, res, next) => {
    const auth = authByRequest.get(req);
    if (!auth) {
      refuseLoggedOut(req, res);
      return;
    }
    if (!permissions.some((p) => auth.can(p))) {
      next(new ForbiddenError('Your role does not give access to this page or action.'));
      return;
    }
    next();
  };
}

/** The CSRF token of the current session, for forms (`csrfField`) and the page's meta tag. */
export function csrfToken(req: Request): string {
  return authByRequest.get(req)?.session.csrfToken ?? '';
}

export const SESSION_COOKIE = 'civicmod_session';
/** `__Host-` makes the browser refuse the cookie unless Secure, host-only and Path=/. */
export const SECURE_SESSION_COOKIE = '__Host-civicmod_session';

export function sessionCookieName(secure: boolean): string {
  return secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

/** Cookie header → map. Values are not URL-decoded: ours are base64url. */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (!cookies.has(name)) cookies.set(name, part.slice(eq + 1).trim());
  }
  return cookies;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Paths that check their own CSRF token: signing in happens before there is a session, and the
 * public appeal form is for people who have none.
 */
const OWN_CSRF_CHECK = new Set(['/login', '/appeal']);

export interface SecurityOptions {
  sessions: SessionManager;
  cookieSecure: boolean;
  /** Every agency of the deployment, read per signed-in request (agencies are few). */
  agencyIds(): Promise<readonly number[]>;
}

export function securityMiddleware(options: SecurityOptions): RequestHandler[] {
  const cookieName = sessionCookieName(options.cookieSecure);
  return [
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          // Nothing loads from anywhere but here; no inline script or style at all, so an
          // injected <script> or onerror= attribute would not run even if escaping failed.
          defaultSrc: ["'none'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'"],
          connectSrc: ["'self'"],
          fontSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
          objectSrc: ["'none'"],
          ...(options.cookieSecure ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      // Comment pages' URLs name comment ids: do not send them to other sites.
      referrerPolicy: { policy: 'no-referrer' },
      strictTransportSecurity: options.cookieSecure,
    }),
    (req, res, next) => {
      // Pages show people's comments and names: never keep them in a shared cache.
      if (!req.path.startsWith('/assets/')) res.set('Cache-Control', 'no-store');
      next();
    },
    express.urlencoded({ extended: false, limit: '100kb' }),
    express.json({ limit: '100kb' }),
    async (req, _res, next) => {
      try {
        const token = parseCookies(req.headers.cookie).get(cookieName);
        const signedIn = await options.sessions.resolve(token);
        if (signedIn) {
          const { user, session } = signedIn;
          const access = new Access(user.agencies);
          const every = await options.agencyIds();
          authByRequest.set(req, {
            user,
            session,
            reviewer: { userId: user.id, role: user.role, name: user.displayName, access },
            access,
            can: (permission) => access.can(permission),
            scope: (...permissions) => {
              const held = access.agenciesWith(...permissions);
              return every.every((id) => held.includes(id)) ? undefined : held;
            },
          });
        }
        next();
      } catch (err) {
        next(err);
      }
    },
    (req: Request, res: Response, next: NextFunction) => {
      if (!STATE_CHANGING.has(req.method) || OWN_CSRF_CHECK.has(req.path)) {
        next();
        return;
      }
      // Browsers say where a request comes from; a cross-site one is refused before anything else.
      if (req.get('sec-fetch-site') === 'cross-site') {
        next(new ForbiddenError('Requests from other sites are refused.'));
        return;
      }
      const auth = authByRequest.get(req);
      if (!auth) {
        refuseLoggedOut(req, res);
        return;
      }
      if (!csrfMatches(req, auth.session.csrfToken)) {
        next(csrfError());
        return;
      }
      next();
    },
  ];
}

export function csrfError(): ForbiddenError {
  return new ForbiddenError(
    'This form is out of date or did not come from civicmod (security check failed). Reload the page and try again.',
  );
}

/** The token from the form field `_csrf` or the `X-CSRF-Token` header, compared in constant time. */
export function csrfMatches(req: Request, expected: string): boolean {
  const body: unknown = req.body;
  const fromBody =
    typeof body === 'object' && body !== null && '_csrf' in body
      ? (body as { _csrf: unknown })._csrf
      : undefined;
  const sent = typeof fromBody === 'string' ? fromBody : req.get('x-csrf-token');
  return typeof sent === 'string' && expected !== '' && tokensEqual(sent, expected);
}
