/**
 * Sitemaps, read defensively (issue 16 item 7): at most `maxPages` page URLs and at most `maxPages` sitemap
 * fetches in all (an index of 500 sitemaps with maxPages 10 stops after the first that fill the budget),
 * indexes followed `depth` levels, each body streamed with a byte cap (LIMITS.sitemapBytes), each redirect hop
 * gated like a page (same site, robots.txt), and URLs that are not http(s) (`file://`) skipped, not fatal.
 */
import { NonRetryableError } from 'crawlee';
import { LIMITS } from './limits.ts';
import { RobotsDisallowedError, type RobotsGate } from './robots.ts';
import { nextHop } from './redirect.ts';
import type { HostPacer } from './polite.ts';
import { HttpStatusError } from './errors.ts';

export class BodyTooLargeError extends NonRetryableError {
  constructor(
    readonly url: string,
    readonly limit: number,
  ) {
    super(`larger than ${limit} bytes: not read`);
    this.name = 'BodyTooLargeError';
  }
}

/** The body of a response as text, reading at most `limit` bytes (the rest is never downloaded). */
export async function readCapped(res: Response, url: string, limit: number): Promise<string> {
  const len = Number(res.headers.get('content-length'));
  if (Number.isFinite(len) && len > limit) {
    await res.body?.cancel().catch(() => {});
    throw new BodyTooLargeError(url, limit);
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let seen = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    seen += value.byteLength;
    if (seen > limit) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLargeError(url, limit);
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

export interface FetchGate {
  robots: RobotsGate;
  pacer: HostPacer;
  userAgent: string;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** GET with redirects followed by hand under the redirect policy (redirect.ts); robots checked for the first URL. */
export async function gatedGet(url: string, gate: FetchGate): Promise<Response> {
  if (!(await gate.robots.allowed(url))) throw new RobotsDisallowedError(url);
  let at = url;
  for (let hop = 0; ; hop++) {
    await gate.pacer.wait(at, gate.signal);
    const timeout = AbortSignal.timeout(gate.timeoutMs);
    const signal = gate.signal ? AbortSignal.any([timeout, gate.signal]) : timeout;
    const res = await fetch(at, { headers: { 'user-agent': gate.userAgent }, signal, redirect: 'manual' });
    let next: string | null;
    try {
      next = await nextHop(gate.robots, url, at, res.status, res.headers.get('location'), hop);
    } catch (err) {
      await res.body?.cancel().catch(() => {});
      throw err;
    }
    if (next === null) return res;
    await res.body?.cancel().catch(() => {});
    at = next;
  }
}

const isHttp = (u: string): boolean => /^https?:\/\//i.test(u);

export interface SitemapResult {
  pages: string[];
  /** Sitemaps requested (they count toward the fetch budget). */
  fetched: number;
  /** Sitemaps read and parsed. */
  read: number;
  /** URLs skipped: not http(s). */
  skipped: number;
  /** True when the budget stopped the walk before every listed URL was taken. */
  truncated: boolean;
}

/**
 * Walks sitemaps (`parse` gives a body's URLs and whether it is an index), breadth first, within the budget.
 * `onError` gets each sitemap that failed; the walk goes on with the others.
 */
export async function walkSitemaps(
  roots: string[],
  maxPages: number,
  gate: FetchGate,
  parse: (xml: string) => { index: boolean; urls: string[] },
  onError: (url: string, err: unknown) => void,
  depth = 3,
): Promise<SitemapResult> {
  const out: SitemapResult = { pages: [], fetched: 0, read: 0, skipped: 0, truncated: false };
  let level = roots.filter((u) => isHttp(u) || (out.skipped++, false));
  for (let d = 0; d < depth && level.length > 0; d++) {
    const next: string[] = [];
    for (const url of level) {
      if (out.pages.length >= maxPages || out.fetched >= maxPages || gate.signal?.aborted) {
        out.truncated = true;
        break;
      }
      try {
        out.fetched++;
        const res = await gatedGet(url, gate);
        if (!res.ok) {
          await res.body?.cancel().catch(() => {});
          throw new HttpStatusError(url, res.status);
        }
        const map = parse(await readCapped(res, url, LIMITS.sitemapBytes));
        out.read++;
        const into = map.index ? next : out.pages;
        const room = map.index ? maxPages : maxPages - out.pages.length;
        let taken = 0;
        for (const u of map.urls) {
          if (!isHttp(u)) {
            out.skipped++;
            continue;
          }
          if (taken >= room) {
            out.truncated = true;
            break;
          }
          into.push(u);
          taken++;
        }
      } catch (err) {
        onError(url, err);
      }
    }
    level = next;
  }
  return out;
}
