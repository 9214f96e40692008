/**
 * Per-client rate limit: a token bucket per client address holding up to `perMinute` requests and
 * refilled at perMinute/60 per second. An empty bucket answers 429 with Retry-After (whole seconds until
 * the next token). Headers RateLimit-Limit / RateLimit-Remaining on every answer. perMinute 0 turns it off.
 * One `RateLimiter` serves both the middleware and the cache-hit fast path (api/fast-hits.ts), so a cached
 * answer spends a token like any other.
 */
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.ts';

export interface RateLimitOptions {
  perMinute: number;
  now?: () => number;
  /** Most clients tracked; the least recently seen are forgotten first (default 50 000). */
  maxClients?: number;
}

type Bindings = { incoming?: { socket?: { remoteAddress?: string } } };

/**
 * The client's address from @hono/node-server's env (`{ incoming }`, or `{ server: { incoming } }`), as its
 * getConnInfo reads it; 'local' for in-process requests (`app.request`).
 */
export function clientAddress(env: unknown): string {
  const e = env as (Bindings & { server?: Bindings }) | undefined;
  return (e?.server ?? e)?.incoming?.socket?.remoteAddress ?? 'local';
}

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;
  private readonly now: () => number;
  private readonly maxClients: number;
  private readonly limit: string;
  readonly perMinute: number;
  constructor(opts: RateLimitOptions) {
    this.perMinute = opts.perMinute;
    this.perMs = opts.perMinute / 60_000;
    this.now = opts.now ?? Date.now;
    this.maxClients = opts.maxClients ?? 50_000;
    this.limit = String(opts.perMinute);
  }
  get enabled(): boolean {
    return this.perMinute > 0;
  }
  /** Last key looked up: already the most recently seen, no need to move it. */
  private last = '';
  /** The client's bucket, refilled to now and marked most recently seen. */
  private bucket(key: string): { tokens: number; at: number } {
    const t = this.now();
    let b = this.buckets.get(key);
    if (b) {
      if (key !== this.last) {
        this.buckets.delete(key); // re-insert: Map order = least recently seen first
        this.buckets.set(key, b);
      }
      b.tokens = Math.min(this.perMinute, b.tokens + (t - b.at) * this.perMs);
      b.at = t;
    } else {
      b = { tokens: this.perMinute, at: t };
      if (this.buckets.size >= this.maxClients) this.buckets.delete(this.buckets.keys().next().value!);
      this.buckets.set(key, b);
    }
    this.last = key;
    return b;
  }
  /**
   * Spends one token: the RateLimit-* headers of the answer, or null when the bucket is empty and nothing
   * was spent (the caller answers 429, see `refuse`).
   */
  tryTake(key: string): Record<string, string> | null {
    const b = this.bucket(key);
    if (b.tokens < 1) return null;
    b.tokens -= 1;
    return { 'RateLimit-Limit': this.limit, 'RateLimit-Remaining': String(Math.floor(b.tokens)) };
  }
  /** The 429 for a client whose bucket is empty. */
  refuse(key: string): ApiError {
    const b = this.bucket(key);
    const retry = Math.max(1, Math.ceil((1 - b.tokens) / this.perMs / 1000));
    return new ApiError(
      429,
      'rate_limited',
      `too many requests: limit is ${this.perMinute} per minute; retry in ${retry} s`,
      {
        'Retry-After': String(retry),
        'RateLimit-Limit': this.limit,
        'RateLimit-Remaining': '0',
      },
    );
  }
}

export type RateEnv = { Variables: { rateHeaders?: Record<string, string> } };

export function rateLimit(limiter: RateLimiter): MiddlewareHandler<RateEnv> {
  return async (c, next) => {
    if (!limiter.enabled) return next();
    const k = clientAddress(c.env);
    const headers = limiter.tryTake(k);
    if (!headers) throw limiter.refuse(k);
    // written to the response by responseHeaders (or with a cache hit), not through c.header(), so that
    // a cached answer is one plain header object
    c.set('rateHeaders', headers);
    await next();
  };
}
