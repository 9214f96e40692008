/**
 * What every source's crawler shares: the run environment (Crawlee configuration with its storage under
 * `data/crawl/crawlee`, raw store, events, state), politeness per source entry, the Crawlee options that turn
 * error classes into waits (Retry-After, backoff) and records final failures, status and body checks, and
 * `runCrawler`, the one place that wires abort to a crawler and drops its queue afterwards.
 */
import { Configuration, RequestQueue, type Request } from 'crawlee';
import { lookup } from 'node:dns/promises';
import path from 'node:path';
import type { Config, SourceConfig } from '../config/index.ts';
import { RawStore } from './sink.ts';
import { EventLog } from './events.ts';
import { StateStore } from './state.ts';
import { RobotsGate, RobotsDisallowedError } from './robots.ts';
import { HostPacer, backoffMs, retryAfterMs, sleep } from './polite.ts';
import {
  CrawlAbortedError,
  FinalStatusError,
  HostNotFoundError,
  HttpStatusError,
  MalformedBodyError,
  RetryAfterTooLongError,
  retryableStatus,
  toCrawlError,
} from './errors.ts';
import { politeFetch, type FetchedPage, type PoliteClient } from './fetch.ts';
import { checkBrowserLanding, checkHttpLanding, gateNavigations, gateRedirects } from './landing.ts';
import type { Tallies } from './tally.ts';
import type { CrawlProgress } from './types.ts';

export interface CrawlEnv {
  config: Config;
  crawlee: Configuration;
  store: RawStore;
  events: EventLog;
  state: StateStore;
  signal?: AbortSignal;
  progress(p: CrawlProgress): void;
}

export function createEnv(
  config: Config,
  opts: { signal?: AbortSignal; onProgress?: (p: CrawlProgress) => void },
): CrawlEnv {
  const crawlee = new Configuration({
    storageClientOptions: { localDataDirectory: path.join(config.data.crawl, 'crawlee'), persistStorage: true },
    persistStorage: true,
    purgeOnStart: false,
  });
  return {
    config,
    crawlee,
    store: new RawStore(config.data.raw),
    events: new EventLog(path.join(config.data.raw, '_events')),
    state: new StateStore(path.join(config.data.crawl, 'state')),
    signal: opts.signal,
    progress: opts.onProgress ?? (() => {}),
  };
}

export interface Politeness {
  maxConcurrency: number;
  delayMs: number;
  timeoutSecs: number;
  maxRetries: number;
  backoffMs: number;
  maxRetryAfterSecs: number;
  respectRobots: boolean;
}

export function politeness(src: Partial<Pick<SourceConfig, keyof Politeness>>): Politeness {
  return {
    maxConcurrency: src.maxConcurrency ?? 2,
    delayMs: src.delayMs ?? 500,
    timeoutSecs: src.timeoutSecs ?? 30,
    maxRetries: src.maxRetries ?? 3,
    backoffMs: src.backoffMs ?? 1000,
    maxRetryAfterSecs: src.maxRetryAfterSecs ?? 120,
    respectRobots: src.respectRobots ?? true,
  };
}

/** Largest response body read (HN threads are a few MB; a board listing well under that). */
export const MAX_BODY_BYTES = 64 << 20;

/** A fresh named queue (a killed run's leftovers are dropped; what it published is in the store/state). */
export async function freshQueue(env: CrawlEnv, name: string): Promise<RequestQueue> {
  const old = await RequestQueue.open(name, { config: env.crawlee });
  await old.drop();
  return RequestQueue.open(name, { config: env.crawlee });
}

/** The polite client of one source entry (own robots cache and per-host pacer). */
export function politeClient(env: CrawlEnv, pol: Politeness): PoliteClient {
  return {
    userAgent: env.config.userAgent,
    robots: new RobotsGate(env.config.userAgent, pol.timeoutSecs * 1000, pol.respectRobots),
    pacer: new HostPacer(pol.delayMs),
    timeoutMs: pol.timeoutSecs * 1000,
    maxBytes: MAX_BODY_BYTES,
    signal: env.signal,
  };
}

/** Fetches a queued request politely: its conditional headers, and the wait its last failure asked for. */
export function fetchRequest(client: PoliteClient, request: Request): Promise<FetchedPage> {
  return politeFetch(client, request.url, {
    headers: request.headers as Record<string, string> | undefined,
    notBefore: Number(request.userData.notBefore ?? 0),
  });
}

/**
 * Crawlee options every crawler class shares: concurrency, retries, timeouts, and the two handlers. The retry
 * decision is the error's class (errors.ts); `errorHandler` only chooses the wait before the retry.
 */
export function crawlerOptions(pol: Politeness, pacer: HostPacer, tallies: Tallies) {
  return {
    maxConcurrency: pol.maxConcurrency,
    // Start at the allowed concurrency instead of Crawlee's slow ramp from 1 (the limit is the polite part).
    minConcurrency: pol.maxConcurrency,
    maxRequestRetries: pol.maxRetries,
    maxSessionRotations: pol.maxRetries,
    requestHandlerTimeoutSecs: pol.timeoutSecs + pol.maxRetryAfterSecs + 60,
    errorHandler: async ({ request }: { request: Request }, error: Error) => {
      if (error instanceof HttpStatusError && error.retryAfterMs !== null) {
        pacer.pause(request.url, error.retryAfterMs);
        request.userData.notBefore = Date.now() + error.retryAfterMs;
      } else request.userData.notBefore = Date.now() + backoffMs(pol.backoffMs, request.retryCount);
    },
    failedRequestHandler: async ({ request }: { request: Request }, error: Error) => {
      // a redirect or page refused by landing.ts says why, not how the refusal surfaced (a got or browser error)
      const refused = request.userData.refused as string | undefined;
      tallies.get(request.userData.source as string).error(request.url, refused ? new Error(refused) : error);
    },
  };
}

/**
 * The navigation gate of Crawlee's own HTTP/browser crawlers (jsonld): abort, DNS, robots, wait, pacing,
 * User-Agent. Throws the same classes as the polite fetch.
 */
export function navigationGate(env: CrawlEnv, client: PoliteClient, kind: 'http' | 'browser') {
  const resolved = new Map<string, Promise<void>>();
  const resolves = (url: string): Promise<void> => {
    const host = new URL(url).hostname;
    let p = resolved.get(host);
    if (!p) {
      p = lookup(host).then(
        () => {},
        (err) => {
          const e = toCrawlError(err, url, client.timeoutMs);
          if (e instanceof HostNotFoundError) throw e;
        },
      );
      resolved.set(host, p);
    }
    return p;
  };
  return async (
    ctx: { request: Request; page?: unknown },
    gotOptions?: { headers?: Record<string, string | string[] | undefined>; hooks?: Record<string, unknown[]> },
  ) => {
    const { request } = ctx;
    if (env.signal?.aborted) throw new CrawlAbortedError(request.url);
    await resolves(request.url);
    if (!(await client.robots.allowed(request.url))) throw new RobotsDisallowedError(request.url);
    const notBefore = Number(request.userData.notBefore ?? 0);
    if (notBefore > Date.now()) await sleep(notBefore - Date.now(), env.signal);
    await client.pacer.wait(request.url, env.signal);
    if (kind === 'http' && gotOptions)
      gotOptions.headers = {
        ...gotOptions.headers,
        'user-agent': client.userAgent,
        accept: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5',
      };
    // every URL the request ends at passes the same gate (landing.ts)
    if (kind === 'http' && gotOptions) gateRedirects(request, client.robots, gotOptions);
    if (kind === 'browser' && ctx.page)
      await gateNavigations(request, client.robots, ctx.page as Parameters<typeof gateNavigations>[2]);
  };
}

/** After navigation (Crawlee's own crawlers): the landing URL, redirect chain and size checked again (landing.ts). */
export function landingCheck(client: PoliteClient, kind: 'http' | 'browser') {
  return async (ctx: { request: Request; response?: unknown }) =>
    kind === 'http' ? checkHttpLanding(ctx, client.robots) : checkBrowserLanding(ctx, client.robots);
}

/** Every status from 400 up, so Crawlee hands them to our handler instead of deciding itself. */
export const errorStatuses = Array.from({ length: 200 }, (_, i) => 400 + i);

/**
 * Status policy: 2xx ok, 304 not modified; 408/425/429/5xx retryable (Retry-After honoured up to
 * `maxRetryAfterSecs`); any other status is final. Throws the class that says which.
 */
export function checkStatus(
  url: string,
  status: number,
  headers: Record<string, string | string[] | undefined>,
  maxRetryAfterSecs = Infinity,
): 'ok' | 'not-modified' {
  if (status >= 200 && status < 300) return 'ok';
  if (status === 304) return 'not-modified';
  if (!retryableStatus(status)) throw new FinalStatusError(url, status);
  const wait = status === 429 || status === 503 ? retryAfterMs(headers['retry-after']) : null;
  if (wait !== null && wait > maxRetryAfterSecs * 1000)
    throw new RetryAfterTooLongError(url, status, wait, maxRetryAfterSecs * 1000);
  throw new HttpStatusError(url, status, wait);
}

/** JSON body or a MalformedBodyError (not retried) naming the problem. */
export function parseJsonBody(url: string, body: Buffer | string): unknown {
  const text = typeof body === 'string' ? body : body.toString('utf8');
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new MalformedBodyError(url, `malformed JSON (${(err as Error).message.slice(0, 80)})`);
  }
}

/** Validators of a response for the next conditional request. */
export function validatorsOf(headers: Record<string, string | string[] | undefined>): {
  etag: string | null;
  last_modified: string | null;
} {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;
  return { etag: one(headers.etag), last_modified: one(headers['last-modified']) };
}

export function conditionalHeaders(v: { etag?: string | null; last_modified?: string | null }): Record<string, string> {
  const h: Record<string, string> = {};
  if (v.etag) h['if-none-match'] = v.etag;
  if (v.last_modified) h['if-modified-since'] = v.last_modified;
  return h;
}

/**
 * Runs a crawler to its end: an abort of the run stops it (requests in flight end as CrawlAbortedError),
 * and its request queue is dropped afterwards whatever happened (state and store hold what was done).
 */
export async function runCrawler(
  env: CrawlEnv,
  crawler: { stop(message?: string): void },
  queue: RequestQueue,
  run: () => Promise<unknown>,
): Promise<void> {
  const stop = () => crawler.stop('aborted');
  env.signal?.addEventListener('abort', stop, { once: true });
  try {
    await run();
  } finally {
    env.signal?.removeEventListener('abort', stop);
    await queue.drop().catch(() => {});
  }
}
