/**
 * Caches successful GET responses per warehouse build: the data changes only when a new warehouse is
 * swapped in, so (build, path, sorted query) identifies a response. Concurrent identical requests wait
 * for the first one (one query, many answers). Every cached answer carries a weak ETag
 * (`W/"<build>-<body hash>"`), answers 304 to a matching If-None-Match, and is sent gzip-compressed to
 * clients that accept it (compressed once, on first use; `gzip;q=0` is honoured). Non-200 answers are not cached.
 * The cache has a byte budget (bodies plus their gzip copies, default 32 MiB; least recently used dropped
 * first; a body over a quarter of the budget is answered but not kept), so distinct `limit`/`offset`
 * requests cannot grow the server's memory without bound.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../router.ts';
import { acceptsEncoding } from './accept-encoding.ts';

export interface Entry {
  body: Uint8Array;
  gz?: Uint8Array;
  type: string;
  disposition: string | null;
  etag: string;
}

export interface ResponseCacheOptions {
  /** Cache-Control for a path (default `public, max-age=60`). */
  cacheControl?: (path: string) => string;
  /** Paths answered fresh every time (state outside the warehouse, e.g. feedback marks). */
  bypass?: (path: string) => boolean;
  /** Bodies at least this big are gzipped for clients that accept it (default 1024 bytes). */
  gzipThreshold?: number;
  /** Bytes of cached bodies (and their gzip copies) kept at most (default 32 MiB). */
  maxBytes?: number;
}

/** Least-recently-used entries within a byte budget, for one warehouse build at a time. */
export class ByteBudgetCache {
  private readonly entries = new Map<string, Entry>();
  private build = '';
  bytes = 0;
  constructor(readonly maxBytes: number) {}
  private static size(e: Entry): number {
    return e.body.byteLength + (e.gz?.byteLength ?? 0) + 200;
  }
  get size(): number {
    return this.entries.size;
  }
  /** Forgets everything when the build changed (the answers are of another warehouse). */
  forBuild(build: string): this {
    if (build !== this.build) {
      this.entries.clear();
      this.bytes = 0;
      this.build = build;
    }
    return this;
  }
  get(key: string): Entry | undefined {
    const e = this.entries.get(key);
    if (e) {
      this.entries.delete(key);
      this.entries.set(key, e);
    }
    return e;
  }
  set(key: string, e: Entry): void {
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= ByteBudgetCache.size(old);
    }
    const size = ByteBudgetCache.size(e);
    if (size > this.maxBytes / 4) return;
    this.entries.set(key, e);
    this.bytes += size;
    this.trim();
  }
  /** An entry grew (its gzip copy was made): account for it. */
  grew(key: string, by: number): void {
    if (!this.entries.has(key)) return;
    this.bytes += by;
    this.trim();
  }
  private trim(): void {
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= ByteBudgetCache.size(e);
    }
  }
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

function answer(
  c: Context<AppEnv>,
  e: Entry,
  cacheControl: string,
  threshold: number,
  grew: (by: number) => void,
): Response {
  // One plain header object for the whole answer (base + rate-limit + cache headers): node-server writes it
  // without building a Headers instance, and no later middleware touches it (`cachedResponse`).
  const headers: Record<string, string> = {
    ...c.get('baseHeaders'),
    ...c.get('rateHeaders'),
    ETag: e.etag,
    'Cache-Control': cacheControl,
  };
  headers.Vary = headers.Vary ? `${headers.Vary}, Accept-Encoding` : 'Accept-Encoding';
  c.set('cachedResponse', true);
  if (etagMatches(c.req.header('If-None-Match'), e.etag)) return new Response(null, { status: 304, headers });
  headers['Content-Type'] = e.type;
  if (e.disposition) headers['Content-Disposition'] = e.disposition;
  if (e.body.byteLength >= threshold && acceptsEncoding(c.req.header('Accept-Encoding'), 'gzip')) {
    if (!e.gz) {
      e.gz = new Uint8Array(gzipSync(e.body, { level: 6 }));
      grew(e.gz.byteLength);
    }
    headers['Content-Encoding'] = 'gzip';
    headers['Content-Length'] = String(e.gz.byteLength);
    return new Response(e.gz as Uint8Array<ArrayBuffer>, { status: 200, headers });
  }
  headers['Content-Length'] = String(e.body.byteLength);
  return new Response(e.body as Uint8Array<ArrayBuffer>, { status: 200, headers });
}

/** Query parameters read by some route (others are ignored by every route). */
const known = new Set([
  'q',
  'category',
  'sort',
  'limit',
  'offset',
  'format',
  'interval',
  'from',
  'to',
  'source',
  'country',
  'role_family',
  'language',
  'direction',
  'window',
  'kind',
  'type',
  'period',
  'full',
]);

export function responseCache(opts: ResponseCacheOptions = {}): MiddlewareHandler<AppEnv> {
  const cacheControl = opts.cacheControl ?? (() => 'public, max-age=60');
  const threshold = opts.gzipThreshold ?? 1024;
  const cache = new ByteBudgetCache(opts.maxBytes ?? 32 * 1024 * 1024);
  /** Identical requests in flight share one computation. */
  const pending = new Map<string, Promise<Entry | null>>();
  return async (c, next) => {
    if (c.req.method !== 'GET' || opts.bypass?.(c.req.path)) return next();
    const wh = c.get('wh');
    const url = new URL(c.req.url);
    // Only parameters some route reads are part of the key, so unknown ones cannot bust the cache.
    for (const k of [...url.searchParams.keys()]) if (!known.has(k)) url.searchParams.delete(k);
    url.searchParams.sort();
    const key = `${wh.build} ${url.pathname}?${url.searchParams}`;
    let entry: Entry | null | undefined = cache.forBuild(wh.build).get(key);
    let ran = false;
    if (!entry) {
      let p = pending.get(key);
      if (!p) {
        ran = true;
        p = (async () => {
          await next();
          return capture(c.res, wh.build);
        })().finally(() => pending.delete(key));
        pending.set(key, p);
      }
      entry = await p;
      if (entry && ran) cache.forBuild(wh.build).set(key, entry);
    }
    if (!entry) {
      if (!ran) await next();
      return;
    }
    const res = answer(c, entry, cacheControl(url.pathname), threshold, (by) => cache.grew(key, by));
    if (!ran) return res; // a hit: the rest of the chain never runs
    // After our own handler ran the context is finalized: replace its response rather than return one.
    // (cleared first: Hono's setter would otherwise copy the new response over the old one, reading its body)
    c.res = undefined as unknown as Response;
    c.res = res;
  };
}
