/**
 * The headers every response carries: security headers by kind of answer (documents: the set hono/secure-headers
 * sends by default; data answers under /api/: the part of it that applies to a resource, see DATA_SECURITY_HEADERS
 * and docs/security.md), a Content-Security-Policy (csp.ts) and CORS (origin `*` or a list, exposed headers;
 * OPTIONS preflight answered 204). One plain object per (kind, origin), shared by every answer of that kind and
 * put in `c.var.baseHeaders`, so the response cache can answer a hit from ready header lists; applied after the
 * handler to every other response (errors, static files, uncached routes).
 */
import type { MiddlewareHandler } from 'hono';
import { answerKind, CSP, type AnswerKind } from './csp.ts';

/** hono/secure-headers defaults (without Cross-Origin-Embedder-Policy): every document (dashboard, API docs page). */
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

/**
 * A data answer (JSON or CSV under /api/, errors included): the security headers that act on a fetched resource,
 * as the OWASP REST Security Cheat Sheet lists them for API answers: nosniff (never read as HTML or script), HSTS
 * (any HTTPS answer teaches it), CORP (no-cors loads from other sites refused), X-Frame-Options (with the data
 * CSP's `frame-ancestors 'none'`: opened as a page it cannot be framed, in old browsers too). The others act on
 * documents only and stay on them (docs/security.md "Security headers by kind of answer").
 */
export const DATA_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Resource-Policy': SECURITY_HEADERS['Cross-Origin-Resource-Policy']!,
  'Strict-Transport-Security': SECURITY_HEADERS['Strict-Transport-Security']!,
  'X-Content-Type-Options': SECURITY_HEADERS['X-Content-Type-Options']!,
  'X-Frame-Options': SECURITY_HEADERS['X-Frame-Options']!,
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
  // one object per (kind of answer, CORS origin): made on first use, then shared. Origin key: '*', a listed
  // origin, '' for any other origin in list mode (no Allow-Origin, Vary: Origin), null outside the CORS prefix
  const made: Record<AnswerKind, Map<string | null, Record<string, string>>> = {
    data: new Map(),
    docs: new Map(),
    dashboard: new Map(),
  };
  const make = (kind: AnswerKind, origin: string | null): Record<string, string> => {
    const out: Record<string, string> = { ...(kind === 'data' ? DATA_SECURITY_HEADERS : SECURITY_HEADERS) };
    if (origin !== null) {
      if (!any) out.Vary = 'Origin';
      if (origin) out['Access-Control-Allow-Origin'] = origin;
      if (expose) out['Access-Control-Expose-Headers'] = expose;
    }
    out['Content-Security-Policy'] = CSP[kind];
    made[kind].set(origin, out);
    return out;
  };
  return (path, origin) => {
    const kind = answerKind(path);
    const o = !path.startsWith(prefix) ? null : any ? '*' : origin !== undefined && allowed.has(origin) ? origin : '';
    return made[kind].get(o) ?? make(kind, o);
  };
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
