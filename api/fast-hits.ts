/**
 * Cache hits answered before Hono's middleware chain: a GET under /api/v1 whose answer is in the response
 * cache for the current warehouse build is served synchronously (node-server then writes it without awaiting a
 * promise or attaching a close handler). Everything a hit goes through on the chain is applied here from
 * the same parts, so the answer is the same byte for byte: the request log line, security and CORS headers
 * (responseHeaders' base), a rate-limit token (an empty bucket falls through to the chain, which answers
 * 429), ETag / 304, gzip. The rest falls through to `app.fetch`: other methods, misses, a build switch due
 * (the lease middleware opens the new file), and `format=` on a JSON answer (the format guard's 400).
 * A hit reads nothing from the warehouse file, so it holds no lease. docs/api.md "Performance".
 */
import { getPath } from 'hono/utils/url';
import type { ResponseCache } from './middleware/response-cache.ts';
import type { BaseHeaders } from './middleware/response-headers.ts';
import { clientAddress, type RateLimiter } from './middleware/rate-limit.ts';
import { logLine } from './middleware/request-log.ts';
import type { WarehouseSource } from './warehouse.ts';

import type { ExecutionContext } from 'hono';

type Fetch = (req: Request, env?: unknown, ctx?: ExecutionContext) => Response | Promise<Response>;

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

export function withFastHits(fetch: Fetch, p: FastHitParts): Fetch {
  const prefix = p.prefix ?? '/api/v1/';
  return (req, env, ctx) => {
    if (req.method !== 'GET') return fetch(req, env, ctx);
    const start = performance.now();
    const path = getPath(req);
    if (!path.startsWith(prefix) || p.cache.bypass(path)) return fetch(req, env, ctx);
    const build = p.warehouse.peekBuild();
    if (build === null) return fetch(req, env, ctx);
    const key = p.cache.key(build, req.url);
    const entry = p.cache.get(build, key);
    if (!entry || (entry.type.startsWith('application/json') && otherFormat.test(key))) return fetch(req, env, ctx);
    let rate: Record<string, string> | undefined;
    if (p.limiter.enabled) {
      const taken = p.limiter.tryTake(clientAddress(env));
      if (!taken) return fetch(req, env, ctx); // nothing spent: the chain's rate limiter answers 429
      rate = taken;
    }
    // node's parsed request headers when served by @hono/node-server (lower-case names, repeated ones joined
    // with ', ' as Headers#get joins them); the Request's headers in-process
    const node = (env as { incoming?: { headers?: Record<string, string | string[] | undefined> } } | undefined)
      ?.incoming?.headers;
    const h = (name: string): string | undefined => {
      if (!node) return req.headers.get(name) ?? undefined;
      const v = node[name];
      return Array.isArray(v) ? v.join(', ') : v;
    };
    const res = p.cache.answer(key, entry, {
      base: p.base(path, h('origin')),
      rate,
      ifNoneMatch: h('if-none-match'),
      acceptEncoding: h('accept-encoding'),
      cacheControl: p.cache.cacheControl(path),
    });
    p.log(logLine('GET', path, res.status, performance.now() - start));
    return res;
  };
}
