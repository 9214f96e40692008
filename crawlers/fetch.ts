/**
 * The polite fetch: every HTTP request of the crawlers (APIs, feeds, discovery checks) goes through here.
 * In order: abort check, robots.txt (each redirect hop too), Retry-After/backoff wait, per-host pacing, our
 * User-Agent, a timeout, a size cap on the body. Failures leave as the classes of errors.ts (network failures
 * mapped by code in `toCrawlError`), so Crawlee's retry decision follows the class.
 */
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { RobotsGate } from './robots.ts';
import { RobotsDisallowedError } from './robots.ts';
import { MAX_REDIRECTS, nextHop } from './redirect.ts';
import { sleep, type HostPacer } from './polite.ts';
import {
  CrawlAbortedError,
  MalformedBodyError,
  RequestTimeoutError,
  TooManyRedirectsError,
  toCrawlError,
} from './errors.ts';

export interface PoliteClient {
  userAgent: string;
  robots: RobotsGate;
  pacer: HostPacer;
  timeoutMs: number;
  /** Largest body read (bytes); a larger one is a MalformedBodyError. */
  maxBytes: number;
  signal?: AbortSignal;
}

export interface FetchedPage {
  /** The URL finally answered (after redirects). */
  url: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

export async function politeFetch(
  c: PoliteClient,
  url: string,
  opts: { headers?: Record<string, string>; notBefore?: number; accept?: string } = {},
): Promise<FetchedPage> {
  let current = url;
  const notBefore = opts.notBefore ?? 0;
  if (notBefore > Date.now()) await sleep(notBefore - Date.now(), c.signal);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (c.signal?.aborted) throw new CrawlAbortedError(current);
    // the first URL is asked of robots.txt here; each redirect hop is checked (nextHop) before it is followed
    if (hop === 0 && !(await c.robots.allowed(current))) throw new RobotsDisallowedError(current);
    await c.pacer.wait(current, c.signal);
    if (c.signal?.aborted) throw new CrawlAbortedError(current);
    const timeout = AbortSignal.timeout(c.timeoutMs);
    const signal = c.signal ? AbortSignal.any([timeout, c.signal]) : timeout;
    const headers = {
      ...(hop === 0 ? opts.headers : {}),
      'user-agent': c.userAgent,
      accept: opts.accept ?? 'application/json, text/html;q=0.9, */*;q=0.5',
    };
    const fail = (err: unknown) =>
      c.signal?.aborted
        ? new CrawlAbortedError(current)
        : timeout.aborted
          ? new RequestTimeoutError(current, c.timeoutMs)
          : toCrawlError(err, current, c.timeoutMs);
    let res: IncomingMessage;
    try {
      res = await get(current, headers, signal);
    } catch (err) {
      throw fail(err);
    }
    const status = res.statusCode ?? 0;
    // the redirect policy (redirect.ts): a hop stays on the site, is allowed by its origin's robots.txt, at most 5
    let next: string | null;
    try {
      next = await nextHop(c.robots, url, current, status, res.headers.location, hop);
    } catch (err) {
      res.destroy();
      throw err;
    }
    if (next !== null) {
      res.destroy();
      current = next;
      continue;
    }
    let body: string;
    try {
      body = await readCapped(res, c.maxBytes, current);
    } catch (err) {
      if (err instanceof MalformedBodyError) throw err;
      throw fail(err);
    }
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
    return { url: current, status, headers: out, body };
  }
  throw new TooManyRedirectsError(url, MAX_REDIRECTS); // not reached: nextHop throws past MAX_REDIRECTS
}

/** One GET with node's own client (fetch refuses some ports, e.g. 9, that tests and mirrors may use). */
function get(url: string, headers: Record<string, string>, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = (u.protocol === 'https:' ? https : http).request(u, { method: 'GET', headers, signal }, resolve);
    req.on('error', reject);
    req.end();
  });
}

async function readCapped(res: IncomingMessage, maxBytes: number, url: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      res.destroy();
      throw new MalformedBodyError(url, `response larger than ${maxBytes} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
