/**
 * Cache hits answered before Hono's middleware chain: a GET under /api/v1 whose answer is in the response
 * cache for the current warehouse build. Two doors, one core (`serveHit`):
 * - `withFastHits` wraps `app.fetch` (so `app.request` in tests takes it too) and returns a Response that
 *   node-server writes without awaiting a promise or attaching a close handler;
 * - `nodeHits` wraps node-server's request listener (api/server.ts): for a plain request target it answers from
 *   node's IncomingMessage straight into `writeHead(status, headerList)` + `end(body)`, with no Request, Response
 *   or header object made per request.
 * Everything a hit goes through on the chain is applied here from the same parts, so the answer is the same
 * byte for byte: the request log line, security and CORS headers (responseHeaders' base), a rate-limit token
 * (an empty bucket falls through to the chain, which answers 429), ETag / 304, gzip. The rest falls through:
 * other methods, misses, a build switch due (the lease middleware opens the new file), `format=` on a JSON
 * answer (the format guard's 400), and at the node door any target node-server would rewrite or refuse.
 * A hit reads nothing from the warehouse file, so it holds no lease. docs/api.md "Performance".
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getPath } from 'hono/utils/url';
import type { ExecutionContext } from 'hono';
import { toResponse, type Hit, type ResponseCache } from './middleware/response-cache.ts';
import type { BaseHeaders } from './middleware/response-headers.ts';
import { clientAddress, type RateLimiter } from './middleware/rate-limit.ts';
import { logLine } from './middleware/request-log.ts';
import type { WarehouseSource } from './warehouse.ts';

type Fetch = (req: Request, env?: unknown, ctx?: ExecutionContext) => Response | Promise<Response>;
type Listener = (incoming: IncomingMessage, outgoing: ServerResponse) => unknown;

export interface FastHitParts {
  cache: ResponseCache;
  base: BaseHeaders;
  limiter: RateLimiter;
  warehouse: WarehouseSource;
  log: (line: string) => void;
  /** Paths the response cache serves (default '/api/v1/'). */
  prefix?: string;
}

/** A `format` other than json in a cache key (the format guard answers 400 for it on a JSON route). */
const otherFormat = /[?&]format=(?!json(?:&|$))/;

/** The request headers a hit reads (lower-case names), and the client's address (rate-limit bucket). */
interface HitRequest {
  origin: string | undefined;
  ifNoneMatch: string | undefined;
  acceptEncoding: string | undefined;
  address: string;
}

/**
 * The answer to a GET of `path` (`url`: the raw target, the cache key's input) when it is a hit, else null.
 * Plain values, no closure per request (the hot path of every cached answer).
 */
function serveHit(p: FastHitParts, path: string, url: string, r: HitRequest): Hit | null {
  if (!path.startsWith(p.prefix ?? '/api/v1/') || p.cache.bypass(path)) return null;
  const build = p.warehouse.peekBuild();
  if (build === null) return null;
  const key = p.cache.key(build, url);
  const entry = p.cache.get(build, key);
  if (!entry || (entry.type.startsWith('application/json') && otherFormat.test(key))) return null;
  let rate: Record<string, string> | undefined;
  if (p.limiter.enabled) {
    const taken = p.limiter.tryTake(r.address);
    if (!taken) return null; // nothing spent: the chain's rate limiter answers 429
    rate = taken;
  }
  return p.cache.hit(key, entry, {
    base: p.base(path, r.origin),
    rate,
    ifNoneMatch: r.ifNoneMatch,
    acceptEncoding: r.acceptEncoding,
    cacheControl: p.cache.cacheControl(path),
  });
}

export function withFastHits(fetch: Fetch, p: FastHitParts): Fetch {
  return (req, env, ctx) => {
    if (req.method !== 'GET') return fetch(req, env, ctx);
    const start = performance.now();
    const path = getPath(req);
    // node's parsed request headers when served by @hono/node-server (lower-case names, repeated ones joined
    // with ', ' as Headers#get joins them); the Request's headers in-process
    const node = (env as { incoming?: { headers?: Record<string, string | string[] | undefined> } } | undefined)
      ?.incoming?.headers;
    const header = (name: string): string | undefined => {
      if (!node) return req.headers.get(name) ?? undefined;
      const v = node[name];
      return Array.isArray(v) ? v.join(', ') : v;
    };
    const hit = serveHit(p, path, req.url, {
      origin: header('origin'),
      ifNoneMatch: header('if-none-match'),
      acceptEncoding: header('accept-encoding'),
      address: clientAddress(env),
    });
    if (!hit) return fetch(req, env, ctx);
    const res = toResponse(hit);
    p.log(logLine('GET', path, hit.status, performance.now() - start));
    return res;
  };
}

/** Hosts node-server takes as they are (its `reValidHost`); others it parses and may refuse: left to it. */
const plainHost = /^[a-z0-9._-]+(?::(?:[1-5]\d{3,4}|[6-9]\d{3}))?$/;

/**
 * The path of a request target when node-server and Hono would see exactly it (origin form, no dot segment, no
 * percent-encoding, nothing URL parsing rewrites), else null: the node door answers only those. Memoised per
 * target (bounded), like the cache key.
 */
const plainTargets = new Map<string, string | null>();
export function plainPath(target: string): string | null {
  let path = plainTargets.get(target);
  if (path !== undefined) return path;
  path = null;
  if (target.charCodeAt(0) === 47 && !target.includes('%') && !target.includes('#') && !target.includes('\\')) {
    const q = target.indexOf('?');
    const raw = q === -1 ? target : target.slice(0, q);
    try {
      const u = new URL(target, 'http://localhost');
      if (u.pathname === raw && `${u.pathname}${u.search}` === target) path = raw;
    } catch {
      // not a URL: node-server answers it
    }
  }
  if (plainTargets.size >= 10_000) plainTargets.clear();
  plainTargets.set(target, path);
  return path;
}

/**
 * node-server's request listener with cache hits answered in front of it, straight from node's request into
 * node's response (api/server.ts installs it). Anything else goes to `listener` untouched.
 */
export function nodeHits(listener: Listener, p: FastHitParts): Listener {
  return (incoming, outgoing) => {
    if (incoming.method !== 'GET') return listener(incoming, outgoing);
    const start = performance.now();
    const target = incoming.url ?? '';
    const path = plainPath(target);
    const h = incoming.headers;
    if (path === null || !plainHost.test(h.host ?? '')) return listener(incoming, outgoing);
    // node joins repeated request headers with ', ' (set-cookie aside), as Headers#get does
    const hit = serveHit(p, path, target, {
      origin: h.origin,
      ifNoneMatch: h['if-none-match'],
      acceptEncoding: h['accept-encoding'],
      address: incoming.socket?.remoteAddress ?? 'local', // as clientAddress reads node-server's env
    });
    if (!hit) return listener(incoming, outgoing);
    outgoing.writeHead(hit.status, hit.headers);
    if (hit.body) outgoing.end(hit.body);
    else outgoing.end();
    p.log(logLine('GET', path, hit.status, performance.now() - start));
    return undefined;
  };
}

/** The fast-hit parts of each app made by createApp, for the server's node door. */
const partsOf = new WeakMap<object, FastHitParts>();
export const registerFastHits = (app: object, p: FastHitParts): void => void partsOf.set(app, p);
export const fastHitParts = (app: object): FastHitParts | undefined => partsOf.get(app);
