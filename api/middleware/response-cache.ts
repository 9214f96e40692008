/**
 * Caches successful GET responses per warehouse build: the data changes only when a new warehouse is
 * swapped in, so (build, path, sorted query) identifies a response. Concurrent identical requests wait
 * for the first one (one query, many answers). Every cached answer carries a weak ETag
 * (`W/"<build>-<body hash>"`), answers 304 to a matching If-None-Match, and is sent gzip-compressed to
 * clients that accept it (compressed once, on first use). Non-200 answers are not cached.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../router.ts';

interface Entry {
  body: Uint8Array;
  gz?: Uint8Array;
  type: string;
  disposition: string | null;
  etag: string;
}

export interface ResponseCacheOptions {
  /** Cache-Control for a path (default `public, max-age=60`). */
  cacheControl?: (path: string) => string;
  /** Bodies at least this big are gzipped for clients that accept it (default 1024 bytes). */
  gzipThreshold?: number;
}

export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const strip = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => t.trim() === '*' || strip(t) === strip(etag));
}

async function capture(res: Response, build: string): Promise<Entry | null> {
  if (res.status !== 200) return null;
  const body = new Uint8Array(await res.clone().arrayBuffer());
  const hash = createHash('sha1').update(body).digest('base64url').slice(0, 20);
  return {
    body,
    type: res.headers.get('Content-Type') ?? 'application/octet-stream',
    disposition: res.headers.get('Content-Disposition'),
    etag: `W/"${build}-${hash}"`,
  };
}

function answer(c: Context, e: Entry, cacheControl: string, threshold: number): Response {
  const headers: Record<string, string> = { ETag: e.etag, 'Cache-Control': cacheControl, Vary: 'Accept-Encoding' };
  if (etagMatches(c.req.header('If-None-Match'), e.etag)) return c.body(null, 304, headers);
  headers['Content-Type'] = e.type;
  if (e.disposition) headers['Content-Disposition'] = e.disposition;
  if (e.body.byteLength >= threshold && /\bgzip\b/i.test(c.req.header('Accept-Encoding') ?? '')) {
    e.gz ??= new Uint8Array(gzipSync(e.body, { level: 6 }));
    headers['Content-Encoding'] = 'gzip';
    return c.body(e.gz as Uint8Array<ArrayBuffer>, 200, headers);
  }
  return c.body(e.body as Uint8Array<ArrayBuffer>, 200, headers);
}

/** Query parameters read by some route (others are ignored by every route). */
const known = new Set(['q', 'category', 'sort', 'limit', 'offset', 'format', 'interval', 'from', 'to', 'source', 'country', 'role_family', 'direction', 'window', 'kind', 'type', 'language']);

export function responseCache(opts: ResponseCacheOptions = {}): MiddlewareHandler<AppEnv> {
  const cacheControl = opts.cacheControl ?? (() => 'public, max-age=60');
  const threshold = opts.gzipThreshold ?? 1024;
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const wh = c.get('wh');
    const url = new URL(c.req.url);
    // Only parameters some route reads are part of the key, so unknown ones cannot bust the cache.
    for (const k of [...url.searchParams.keys()]) if (!known.has(k)) url.searchParams.delete(k);
    url.searchParams.sort();
    let ran = false;
    const entry = await wh.memo(`response ${url.pathname}?${url.searchParams}`, async () => {
      ran = true;
      await next();
      return capture(c.res, wh.build);
    });
    if (!entry) {
      if (!ran) await next();
      return;
    }
    // After our own handler ran the context is finalized: replace its response rather than return one.
    c.res = answer(c, entry, cacheControl(url.pathname), threshold);
  };
}
