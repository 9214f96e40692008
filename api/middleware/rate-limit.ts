/**
 * Per-client rate limit: a token bucket per client address holding up to `perMinute` requests and
 * refilled at perMinute/60 per second. An empty bucket answers 429 with Retry-After (whole seconds until
 * the next token). Headers RateLimit-Limit / RateLimit-Remaining on every answer. perMinute 0 turns it off.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { ApiError } from '../errors.ts';

export interface RateLimitOptions {
  perMinute: number;
  /** Client key; default the socket's remote address ('local' for in-process requests). */
  key?: (c: Context) => string;
  now?: () => number;
  /** Most clients tracked; the least recently seen are forgotten first (default 50 000). */
  maxClients?: number;
}

function remoteAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    return 'local';
  }
}

export type RateEnv = { Variables: { rateHeaders?: Record<string, string> } };

export function rateLimit(opts: RateLimitOptions): MiddlewareHandler<RateEnv> {
  const { perMinute } = opts;
  const key = opts.key ?? remoteAddress;
  const now = opts.now ?? Date.now;
  const maxClients = opts.maxClients ?? 50_000;
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return async (c, next) => {
    if (perMinute <= 0) return next();
    const k = key(c);
    const t = now();
    let b = buckets.get(k);
    if (b) {
      buckets.delete(k); // re-insert: Map order = least recently seen first
      b.tokens = Math.min(perMinute, b.tokens + (t - b.at) * perMs);
      b.at = t;
    } else {
      b = { tokens: perMinute, at: t };
      if (buckets.size >= maxClients) buckets.delete(buckets.keys().next().value!);
    }
    buckets.set(k, b);
    if (b.tokens < 1) {
      const retry = Math.max(1, Math.ceil((1 - b.tokens) / perMs / 1000));
      throw new ApiError(
        429,
        'rate_limited',
        `too many requests: limit is ${perMinute} per minute; retry in ${retry} s`,
        {
          'Retry-After': String(retry),
          'RateLimit-Limit': String(perMinute),
          'RateLimit-Remaining': '0',
        },
      );
    }
    b.tokens -= 1;
    // written to the response by responseHeaders (or with a cache hit), not through c.header(), so that
    // a cached answer is one plain header object
    c.set('rateHeaders', { 'RateLimit-Limit': String(perMinute), 'RateLimit-Remaining': String(Math.floor(b.tokens)) });
    await next();
  };
}
