/**
 * The headers every response carries: security headers (the set hono/secure-headers sends by default) and
 * CORS (origin `*` or a list, exposed headers; OPTIONS preflight answered 204). Computed once per request as a
 * plain object in `c.var.baseHeaders`, so the response cache can answer a hit with one header object, and
 * applied after the handler to every other response (errors, static files, uncached routes).
 */
import type { Context, MiddlewareHandler } from 'hono';
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

export function responseHeaders(opts: ResponseHeadersOptions): MiddlewareHandler<HeadersEnv> {
  const any = opts.corsOrigins.includes('*');
  const allowed = new Set(opts.corsOrigins);
  const expose = opts.exposeHeaders.join(',');
  const allowHeaders = opts.allowHeaders.join(',');
  const methods = (opts.allowMethods ?? ['GET', 'HEAD', 'POST', 'OPTIONS']).join(',');
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
  const baseFor = (c: Context): Record<string, string> => {
    const base = baseWithoutCsp(c);
    return base === SECURITY_HEADERS || base === withStar
      ? csp(base, c.req.path)
      : { ...base, 'Content-Security-Policy': cspFor(c.req.path) };
  };
  const baseWithoutCsp = (c: Context): Record<string, string> => {
    if (!c.req.path.startsWith(prefix)) return SECURITY_HEADERS as Record<string, string>;
    if (any) return withStar;
    const origin = c.req.header('origin') ?? '';
    const out: Record<string, string> = { ...SECURITY_HEADERS, Vary: 'Origin' };
    if (allowed.has(origin)) out['Access-Control-Allow-Origin'] = origin;
    if (expose) out['Access-Control-Expose-Headers'] = expose;
    return out;
  };

  return async (c, next) => {
    const base = baseFor(c);
    c.set('baseHeaders', base);
    if (c.req.method === 'OPTIONS' && c.req.path.startsWith(prefix)) {
      const headers: Record<string, string> = { ...base, 'Access-Control-Allow-Methods': methods };
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
    for (const k in base) {
      if (k === 'Vary') h.append('Vary', base[k]!);
      else h.set(k, base[k]!);
    }
    const rate = c.get('rateHeaders');
    if (rate) for (const k in rate) h.set(k, rate[k]!);
    h.delete('X-Powered-By');
  };
}
