/**
 * The headers every response carries: security headers (the set hono/secure-headers sends by default) and
 * CORS (origin `*` or a list, exposed headers; OPTIONS preflight answered 204). Computed once per request as a
 * plain object in `c.var.baseHeaders`, so the response cache can answer a hit with one header object, and
 * applied after the handler to every other response (errors, static files, uncached routes).
 */
import type { MiddlewareHandler } from 'hono';
import { cspFor } from './csp.ts';

/** hono/secure-headers defaults (without Cross-Origin-Embedder-Policy), in one constant. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Origin-Agent-Cluster': '?1',
  'Referrer-Policy': 'no-referrer',
  'Strict-Transport-Security': 'max-age=15552000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-DNS-Prefetch-Control': 'off',
  'X-Download-Options': 'noopen',
  'X-Frame-Options': 'SAMEORIGIN',
  'X-Permitted-Cross-Domain-Policies': 'none',
  'X-XSS-Protection': '0',
};

export interface ResponseHeadersOptions {
  corsOrigins: string[];
  allowHeaders: string[];
  exposeHeaders: string[];
  allowMethods?: string[];
  /** Only paths with this prefix get CORS headers (default '/api/'). */
  corsPrefix?: string;
}

export type HeadersEnv = {
  Variables: { baseHeaders: Record<string, string>; rateHeaders?: Record<string, string>; cachedResponse?: boolean };
};

/** The base headers of an answer: one object per (path kind, origin), shared by every answer of that kind. */
export type BaseHeaders = (path: string, origin: string | undefined) => Record<string, string>;

export function baseHeaders(opts: ResponseHeadersOptions): BaseHeaders {
  const any = opts.corsOrigins.includes('*');
  const allowed = new Set(opts.corsOrigins);
  const expose = opts.exposeHeaders.join(',');
  const prefix = opts.corsPrefix ?? '/api/';
  const withStar: Record<string, string> = {
    ...SECURITY_HEADERS,
    'Access-Control-Allow-Origin': '*',
    ...(expose ? { 'Access-Control-Expose-Headers': expose } : {}),
  };
  // Content-Security-Policy by kind of answer (csp.ts), one precomputed object per kind
  const withCsp = new Map<Record<string, string>, Map<string, Record<string, string>>>();
  const csp = (base: Record<string, string>, path: string): Record<string, string> => {
    const policy = cspFor(path);
    let byPolicy = withCsp.get(base);
    if (!byPolicy) withCsp.set(base, (byPolicy = new Map()));
    let out = byPolicy.get(policy);
    if (!out) byPolicy.set(policy, (out = { ...base, 'Content-Security-Policy': policy }));
    return out;
  };
  // with an origin list: one object per allowed origin and one for every other origin (no Allow-Origin)
  const byOrigin = new Map<string, Record<string, string>>();
  const listed = (origin: string | undefined): Record<string, string> => {
    const key = origin !== undefined && allowed.has(origin) ? origin : '';
    let out = byOrigin.get(key);
    if (!out) {
      out = { ...SECURITY_HEADERS, Vary: 'Origin' };
      if (key) out['Access-Control-Allow-Origin'] = key;
      if (expose) out['Access-Control-Expose-Headers'] = expose;
      byOrigin.set(key, out);
    }
    return out;
  };
  return (path, origin) =>
    csp(
      !path.startsWith(prefix) ? (SECURITY_HEADERS as Record<string, string>) : any ? withStar : listed(origin),
      path,
    );
}

export function responseHeaders(
  opts: ResponseHeadersOptions,
  base: BaseHeaders = baseHeaders(opts),
): MiddlewareHandler<HeadersEnv> {
  const allowHeaders = opts.allowHeaders.join(',');
  const methods = (opts.allowMethods ?? ['GET', 'HEAD', 'POST', 'OPTIONS']).join(',');
  const prefix = opts.corsPrefix ?? '/api/';

  return async (c, next) => {
    const b = base(c.req.path, c.req.header('origin'));
    c.set('baseHeaders', b);
    if (c.req.method === 'OPTIONS' && c.req.path.startsWith(prefix)) {
      const headers: Record<string, string> = { ...b, 'Access-Control-Allow-Methods': methods };
      const requested = c.req.header('Access-Control-Request-Headers');
      const list =
        allowHeaders ||
        (requested ?? '')
          .split(',')
          .map((h) => h.trim())
          .filter(Boolean)
          .join(',');
      if (list) {
        headers['Access-Control-Allow-Headers'] = list;
        headers.Vary = headers.Vary
          ? `${headers.Vary}, Access-Control-Request-Headers`
          : 'Access-Control-Request-Headers';
      }
      return c.body(null, 204, headers);
    }
    await next();
    if (c.get('cachedResponse')) return; // the response cache wrote them already
    const h = c.res.headers;
    for (const k in b) {
      if (k === 'Vary') h.append('Vary', b[k]!);
      else h.set(k, b[k]!);
    }
    const rate = c.get('rateHeaders');
    if (rate) for (const k in rate) h.set(k, rate[k]!);
    h.delete('X-Powered-By');
  };
}
