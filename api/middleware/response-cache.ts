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
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../router.ts';
import { acceptsEncoding } from './accept-encoding.ts';

export interface Entry {
  body: Uint8Array;
  gz?: Uint8Array;
  type: string;
  disposition: string | null;
  etag: string;
  /** The answer's header objects, made on first use (see `templates`). */
  tpl?: Templates;
}

/**
 * Complete header lists of one entry's answers (304, gzip, identity) for one base-header object, flat
 * `[name, value, name, value, ...]` as node's `writeHead` takes them, with the RateLimit-* values first (slots 1
 * and 3): a hit fills in those two numbers and writes the list as it is (merging header objects per request
 * measured ~100x slower than using one ready object, docs/api.md "Performance").
 */
interface Templates {
  base: Record<string, string>;
  rate: boolean;
  cacheControl: string;
  notModified: string[];
  gzip: string[] | null;
  identity: string[];
}

/**
 * A cache hit's answer. `headers` is the entry's own template list, valid until the next hit is answered:
 * write it at once (node's writeHead) or copy it.
 */
export interface Hit {
  status: 200 | 304;
  headers: string[];
  body: Uint8Array | null;
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
  /** The most recently used key (already last in the map's order). */
  private newest = '';
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
      this.newest = '';
    }
    return this;
  }
  get(key: string): Entry | undefined {
    const e = this.entries.get(key);
    if (e && key !== this.newest) {
      this.entries.delete(key);
      this.entries.set(key, e);
      this.newest = key;
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
    this.newest = key;
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
      if (k === this.newest) this.newest = '';
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

/**
 * `path?sorted known parameters` of a request URL: only parameters some route reads are part of the key, so
 * unknown ones cannot bust the cache, and their order does not matter.
 */
export function normalizedTarget(url: string): string {
  const u = new URL(url, 'http://localhost'); // absolute (a Request's url) or a request target (node's)
  for (const k of [...u.searchParams.keys()]) if (!known.has(k)) u.searchParams.delete(k);
  u.searchParams.sort();
  return `${u.pathname}?${u.searchParams}`;
}

/** What an answer depends on besides the cached entry. */
export interface AnswerContext {
  /** Security and CORS headers (responseHeaders' base object). */
  base: Record<string, string>;
  rate: Record<string, string> | undefined;
  ifNoneMatch: string | undefined | null;
  acceptEncoding: string | undefined | null;
  cacheControl: string;
}

/**
 * The cached answers of one server: lookup by (build, normalised URL), the answer for a hit (304, gzip bytes or
 * the identity body), and filling on a miss. Used by the middleware below and, for hits, by api/fast-hits.ts
 * before Hono's chain runs.
 */
export class ResponseCache {
  readonly cacheControl: (path: string) => string;
  readonly bypass: (path: string) => boolean;
  private readonly threshold: number;
  private readonly cache: ByteBudgetCache;
  /** Identical requests in flight share one computation. */
  readonly pending = new Map<string, Promise<Entry | null>>();
  /** normalizedTarget per raw URL (bounded; a repeated URL is not parsed again). */
  private readonly targets = new Map<string, string>();
  constructor(opts: ResponseCacheOptions = {}) {
    this.cacheControl = opts.cacheControl ?? (() => 'public, max-age=60');
    this.bypass = opts.bypass ?? (() => false);
    this.threshold = opts.gzipThreshold ?? 1024;
    this.cache = new ByteBudgetCache(opts.maxBytes ?? 32 * 1024 * 1024);
  }
  /** The cache key of a request URL (absolute, or an origin-form request target) under a warehouse build. */
  key(build: string, url: string): string {
    let target = this.targets.get(url);
    if (target === undefined) {
      target = normalizedTarget(url);
      if (this.targets.size >= 10_000) this.targets.clear();
      this.targets.set(url, target);
    }
    return `${build} ${target}`;
  }
  get(build: string, key: string): Entry | undefined {
    return this.cache.forBuild(build).get(key);
  }
  set(build: string, key: string, e: Entry): void {
    this.cache.forBuild(build).set(key, e);
  }
  /** The header lists of an entry's answers for this base and rate-limit state (made once, then reused). */
  private templates(key: string, e: Entry, a: AnswerContext): Templates {
    const t = e.tpl;
    if (t && t.base === a.base && t.rate === !!a.rate && t.cacheControl === a.cacheControl) return t;
    const common: string[] = a.rate ? ['RateLimit-Limit', '', 'RateLimit-Remaining', ''] : [];
    for (const k in a.base) if (k !== 'Vary') common.push(k, a.base[k]!);
    common.push('ETag', e.etag, 'Cache-Control', a.cacheControl);
    common.push('Vary', a.base.Vary ? `${a.base.Vary}, Accept-Encoding` : 'Accept-Encoding');
    const body = (bytes: Uint8Array, encoding?: string): string[] => {
      const h = [...common, 'Content-Length', String(bytes.byteLength), 'Content-Type', e.type];
      if (e.disposition) h.push('Content-Disposition', e.disposition);
      if (encoding) h.push('Content-Encoding', encoding);
      return h;
    };
    if (e.body.byteLength >= this.threshold && !e.gz) {
      e.gz = new Uint8Array(gzipSync(e.body, { level: 6 }));
      this.cache.grew(key, e.gz.byteLength);
    }
    e.tpl = {
      base: a.base,
      rate: !!a.rate,
      cacheControl: a.cacheControl,
      notModified: common,
      gzip: e.gz ? body(e.gz, 'gzip') : null,
      identity: body(e.body),
    };
    return e.tpl;
  }
  /**
   * The answer to a hit (base + rate-limit + cache headers in one ready list): 304 on a matching If-None-Match;
   * the gzip copy (made once per entry, for bodies of at least `gzipThreshold` bytes) for clients that accept
   * it; the identity body otherwise. Written straight to node's response by api/fast-hits.ts.
   */
  hit(key: string, e: Entry, a: AnswerContext): Hit {
    const t = this.templates(key, e, a);
    const notModified = etagMatches(a.ifNoneMatch ?? undefined, e.etag);
    const gzip = !notModified && t.gzip !== null && acceptsEncoding(a.acceptEncoding, 'gzip');
    const headers = notModified ? t.notModified : gzip ? t.gzip! : t.identity;
    if (a.rate) {
      headers[1] = a.rate['RateLimit-Limit']!;
      headers[3] = a.rate['RateLimit-Remaining']!;
    }
    return { status: notModified ? 304 : 200, headers, body: notModified ? null : gzip ? e.gz! : e.body };
  }
  /** A hit as a fetch Response (one plain header object: node-server writes it without a Headers instance). */
  answer(key: string, e: Entry, a: AnswerContext): Response {
    return toResponse(this.hit(key, e, a));
  }
}

/** A hit as a fetch Response, its header list copied into one plain object. */
export function toResponse(h: Hit): Response {
  const headers: Record<string, string> = {};
  for (let i = 0; i < h.headers.length; i += 2) headers[h.headers[i]!] = h.headers[i + 1]!;
  return new Response(h.body as Uint8Array<ArrayBuffer> | null, { status: h.status, headers });
}

export function responseCache(cache: ResponseCache): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'GET' || cache.bypass(c.req.path)) return next();
    const wh = c.get('wh');
    const key = cache.key(wh.build, c.req.url);
    let entry: Entry | null | undefined = cache.get(wh.build, key);
    let ran = false;
    if (!entry) {
      let p = cache.pending.get(key);
      if (!p) {
        ran = true;
        p = (async () => {
          await next();
          return capture(c.res, wh.build);
        })().finally(() => cache.pending.delete(key));
        cache.pending.set(key, p);
      }
      entry = await p;
      if (entry && ran) cache.set(wh.build, key, entry);
    }
    if (!entry) {
      if (!ran) await next();
      return;
    }
    c.set('cachedResponse', true); // no later middleware touches the answer's headers
    const res = cache.answer(key, entry, {
      base: c.get('baseHeaders'),
      rate: c.get('rateHeaders'),
      ifNoneMatch: c.req.header('If-None-Match'),
      acceptEncoding: c.req.header('Accept-Encoding'),
      cacheControl: cache.cacheControl(c.req.path),
    });
    if (!ran) return res; // a hit: the rest of the chain never runs
    // After our own handler ran the context is finalized: replace its response rather than return one.
    // (cleared first: Hono's setter would otherwise copy the new response over the old one, reading its body)
    c.res = undefined as unknown as Response;
    c.res = res;
  };
}
