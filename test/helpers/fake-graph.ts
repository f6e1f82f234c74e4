/**
 * A fake Meta Graph API on 127.0.0.1 (node:http, not nock), and helpers that build and sign
 * webhook bodies the way Meta does. Used by the end-to-end tests and by the bench that measures
 * webhook receipt → hide call: every call is recorded with a high-resolution receipt time.
 *
 * It answers what the Facebook and Instagram adapters ask: the Page, its posts, a post's
 * comments, a comment's can_hide/is_hidden, hide/unhide; the Instagram account, media, comments.
 * `script()` replaces the next answers to matching calls (a 190, a 429, a slow answer).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { signMetaBody } from '../../adapters/meta/signature.js';

export interface GraphCall {
  method: string;
  /** The path after the version, e.g. `/1001_2002`. */
  path: string;
  /** Query parameters (`access_token` included: assert it travels, never that it is logged). */
  query: Record<string, string>;
  /** Form fields of a POST. */
  form: Record<string, string>;
  /** performance.now() when the request arrived. */
  receivedAt: number;
}

export interface ScriptedAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Answer after this many milliseconds. */
  delayMs?: number;
}

export interface FakeGraphOptions {
  version?: string;
  pageId?: string;
  pageName?: string;
  /** When set, calls without this access_token get Graph error 190. */
  token?: string;
  instagramAccountId?: string;
}

export interface FakeComment {
  can_hide: boolean;
  is_hidden: boolean;
}

export interface FakeGraph {
  /** Base URL to put in FACEBOOK_GRAPH_URL. */
  readonly url: string;
  readonly version: string;
  readonly calls: GraphCall[];
  /** Posts by id: GET /{post-id} answers with these. */
  readonly posts: Map<string, { message?: string; created_time?: string; permalink_url?: string }>;
  /** Comment state by id (created on first hide when unknown, can_hide true). */
  readonly comments: Map<string, FakeComment>;
  /** The next `times` calls matching `match` get `answer` instead of the normal one. */
  script(match: (call: GraphCall) => boolean, answer: ScriptedAnswer, times?: number): void;
  /** Resolves with the first recorded (or future) call matching `match`. */
  waitForCall(match: (call: GraphCall) => boolean, timeoutMs?: number): Promise<GraphCall>;
  /** Calls that hid or unhid something. */
  hideCalls(): GraphCall[];
  close(): Promise<void>;
}

function graphError(code: number, message: string, subcode?: number) {
  return {
    error: {
      message,
      type: code === 190 ? 'OAuthException' : 'GraphMethodException',
      code,
      ...(subcode === undefined ? {} : { error_subcode: subcode }),
      fbtrace_id: 'AfakeTrace',
    },
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeGraph(options: FakeGraphOptions = {}): Promise<FakeGraph> {
  const version = options.version ?? 'v23.0';
  const pageId = options.pageId ?? '1001';
  const calls: GraphCall[] = [];
  const posts: FakeGraph['posts'] = new Map();
  const comments: FakeGraph['comments'] = new Map();
  const scripts: { match: (c: GraphCall) => boolean; answer: ScriptedAnswer; left: number }[] = [];
  const waiters: { match: (c: GraphCall) => boolean; resolve: (c: GraphCall) => void }[] = [];

  const normalAnswer = (call: GraphCall): ScriptedAnswer => {
    if (options.token !== undefined && call.query.access_token !== options.token)
      return {
        status: 400,
        body: graphError(
          190,
          'Error validating access token: The session has been invalidated.',
          460,
        ),
      };
    const parts = call.path.split('/').filter((p) => p !== '');
    const [id, edge] = parts;
    if (id === undefined) return { status: 400, body: graphError(100, 'Unknown path') };
    if (call.method === 'GET') {
      if (edge === undefined) {
        if (id === pageId)
          return { status: 200, body: { id, name: options.pageName ?? 'Test Police Department' } };
        if (id === options.instagramAccountId)
          return { status: 200, body: { id, username: 'testpd' } };
        const post = posts.get(id);
        if (post) return { status: 200, body: { id, ...post } };
        const comment = comments.get(id) ?? { can_hide: true, is_hidden: false };
        return { status: 200, body: { id, ...comment } };
      }
      if (edge === 'posts') {
        const data = [...posts].map(([postId, p]) => ({ id: postId, ...p }));
        return { status: 200, body: { data, paging: { cursors: { before: 'b', after: 'a' } } } };
      }
      if (edge === 'comments' || edge === 'media' || edge === 'replies')
        return { status: 200, body: { data: [] } };
      return { status: 400, body: graphError(100, `Unknown edge ${edge}`) };
    }
    if (call.method === 'POST' && edge === undefined) {
      const flag = call.form.is_hidden ?? call.form.hide;
      if (flag === undefined) return { status: 400, body: graphError(100, 'Nothing to update') };
      const comment = comments.get(id) ?? { can_hide: true, is_hidden: false };
      if (!comment.can_hide)
        return { status: 400, body: graphError(100, 'Cannot hide this comment') };
      comments.set(id, { ...comment, is_hidden: flag === 'true' });
      return { status: 200, body: { success: true } };
    }
    return { status: 400, body: graphError(100, 'Unsupported request') };
  };

  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const receivedAt = performance.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    const prefix = `/${version}`;
    const call: GraphCall = {
      method: req.method ?? 'GET',
      path: url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname,
      query: Object.fromEntries(url.searchParams),
      form:
        req.headers['content-type']?.startsWith('application/x-www-form-urlencoded') === true
          ? Object.fromEntries(new URLSearchParams(body))
          : {},
      receivedAt,
    };
    calls.push(call);
    for (const w of waiters.splice(0)) {
      if (w.match(call)) w.resolve(call);
      else waiters.push(w);
    }
    const scripted = scripts.find((s) => s.left > 0 && s.match(call));
    let answer: ScriptedAnswer;
    if (scripted) {
      scripted.left--;
      answer = scripted.answer;
    } else answer = normalAnswer(call);
    if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    res.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
  };

  const server: Server = createServer((req, res) => {
    handler(req, res).catch(() => {
      res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    version,
    calls,
    posts,
    comments,
    script(match, answer, times = 1) {
      scripts.push({ match, answer, left: times });
    },
    waitForCall(match, timeoutMs = 5000) {
      const seen = calls.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error('fake Graph: expected call never came')),
          timeoutMs,
        );
        waiters.push({
          match,
          resolve: (c) => {
            clearTimeout(timer);
            resolve(c);
          },
        });
      });
    },
    hideCalls() {
      return calls.filter(
        (c) => c.method === 'POST' && (c.form.is_hidden !== undefined || c.form.hide !== undefined),
      );
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** `X-Hub-Signature-256` for a body, as Meta computes it. */
export function signWebhook(body: string | Buffer, appSecret: string): string {
  return signMetaBody(body, appSecret);
}

export interface FeedCommentFields {
  pageId: string;
  postId: string;
  commentId: string;
  message?: string;
  verb?: string;
  parentId?: string;
  from?: { id: string; name: string };
  /** Unix seconds. */
  createdTime?: number;
}

/** A Page `feed` webhook body for one comment change, shaped like Meta's. */
export function facebookCommentWebhook(fields: FeedCommentFields): string {
  const createdTime = fields.createdTime ?? Math.floor(Date.now() / 1000);
  return JSON.stringify({
    object: 'page',
    entry: [
      {
        id: fields.pageId,
        time: createdTime + 1,
        changes: [
          {
            field: 'feed',
            value: {
              from: fields.from ?? { id: '24680', name: 'Pat Resident' },
              post: { status_type: 'added_photos', is_published: true, id: fields.postId },
              message: fields.message,
              post_id: fields.postId,
              comment_id: fields.commentId,
              created_time: createdTime,
              item: 'comment',
              parent_id: fields.parentId ?? fields.postId,
              verb: fields.verb ?? 'add',
            },
          },
        ],
      },
    ],
  });
}

/** Posts a webhook body to a running civicmod, signed with `appSecret` (or unsigned with null). */
export function postWebhook(
  baseUrl: string,
  platform: 'facebook' | 'instagram',
  body: string,
  appSecret: string | null,
): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (appSecret !== null) headers['x-hub-signature-256'] = signWebhook(body, appSecret);
  return fetch(`${baseUrl}/webhooks/${platform}`, { method: 'POST', headers, body });
}
