/**
 * What every source's crawler shares: the run environment (Crawlee configuration with its storage under
 * `data/crawl/crawlee`, raw store, events, state, robots, pacing), the polite Crawlee options (robots gate,
 * per-host pacing, Retry-After, backoff, timeouts), status handling and committing postings.
 */
import { Configuration, RequestQueue, type Request } from 'crawlee';
import path from 'node:path';
import type { Config, SourceConfig } from '../config/index.ts';
import { RawStore } from './sink.ts';
import { EventLog } from './events.ts';
import { StateStore } from './state.ts';
import { RobotsGate, RobotsDisallowedError } from './robots.ts';
import { HostPacer, HttpStatusError, backoffMs, retryAfterMs, sleep } from './polite.ts';
import { checkBrowserLanding, checkHttpLanding, gateNavigations, gateRedirects } from './landing.ts';
import type { Tallies } from './tally.ts';
import type { CrawlProgress } from './index.ts';

export interface CrawlEnv {
  config: Config;
  crawlee: Configuration;
  store: RawStore;
  events: EventLog;
  state: StateStore;
  signal?: AbortSignal;
  progress(p: CrawlProgress): void;
}

export function createEnv(config: Config, opts: { signal?: AbortSignal; onProgress?: (p: CrawlProgress) => void }): CrawlEnv {
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

export function politeness(src: SourceConfig): Politeness {
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

/** A fresh named queue (a killed run's leftovers are dropped; what it published is in the store/state). */
export async function freshQueue(env: CrawlEnv, name: string): Promise<RequestQueue> {
  const old = await RequestQueue.open(name, { config: env.crawlee });
  await old.drop();
  return RequestQueue.open(name, { config: env.crawlee });
}

const errorStatuses = Array.from({ length: 200 }, (_, i) => 400 + i);

/**
 * Options shared by HttpCrawler/CheerioCrawler/PlaywrightCrawler: robots gate, pacing, backoff,
 * error recording. `kind` says whether headers go through got (http) or the browser (UA set at launch).
 */
export function politeOptions(env: CrawlEnv, pol: Politeness, tallies: Tallies, kind: 'http' | 'browser') {
  const robots = new RobotsGate(env.config.userAgent, pol.timeoutSecs * 1000, pol.respectRobots);
  const pacer = new HostPacer(pol.delayMs);
  const ua = env.config.userAgent;
  const gate = async (ctx: { request: Request; page?: unknown }, gotOptions?: { headers?: Record<string, string | string[] | undefined>; hooks?: Record<string, unknown[]> }) => {
    const { request } = ctx;
    if (env.signal?.aborted) {
      request.noRetry = true;
      throw new Error('crawl aborted');
    }
    if (!(await robots.allowed(request.url))) {
      request.noRetry = true;
      throw new RobotsDisallowedError(request.url);
    }
    const notBefore = Number(request.userData.notBefore ?? 0);
    if (notBefore > Date.now()) await sleep(notBefore - Date.now(), env.signal);
    await pacer.wait(request.url, env.signal);
    if (kind === 'http' && gotOptions) gotOptions.headers = { ...gotOptions.headers, 'user-agent': ua, accept: 'application/json, text/html;q=0.9, */*;q=0.5' };
    // every URL the request ends at passes the same gate (landing.ts)
    if (kind === 'http' && gotOptions) gateRedirects(request, robots, gotOptions);
    if (kind === 'browser' && ctx.page) await gateNavigations(request, robots, ctx.page as Parameters<typeof gateNavigations>[2]);
  };
  const landed = async (ctx: { request: Request; response?: unknown }) =>
    kind === 'http' ? checkHttpLanding(ctx, robots) : checkBrowserLanding(ctx, robots);
  return {
    pacer,
    robots,
    options: {
      maxConcurrency: pol.maxConcurrency,
      // Start at the allowed concurrency instead of Crawlee's slow ramp from 1 (the limit is the polite part).
      minConcurrency: pol.maxConcurrency,
      maxRequestRetries: pol.maxRetries,
      maxSessionRotations: pol.maxRetries,
      navigationTimeoutSecs: pol.timeoutSecs,
      requestHandlerTimeoutSecs: pol.timeoutSecs + pol.maxRetryAfterSecs + 60,
      useSessionPool: true,
      persistCookiesPerSession: false,
      sessionPoolOptions: { blockedStatusCodes: [] as number[] },
      preNavigationHooks: [gate],
      postNavigationHooks: [landed],
      ...(kind === 'http' ? { ignoreHttpErrorStatusCodes: errorStatuses, additionalMimeTypes: ['application/json', 'text/plain', 'application/xml', 'text/xml', 'application/octet-stream'] } : {}),
      errorHandler: async ({ request }: { request: Request }, error: Error) => {
        // A host name that does not resolve will not resolve on retry either (EAI_AGAIN, a DNS hiccup, is retried).
        if (/\bENOTFOUND\b/.test(error.message)) {
          request.noRetry = true;
          return;
        }
        if (error instanceof HttpStatusError && error.retryAfterMs !== null) {
          if (error.retryAfterMs > pol.maxRetryAfterSecs * 1000) {
            request.noRetry = true;
            return;
          }
          pacer.pause(request.url, error.retryAfterMs);
          request.userData.notBefore = Date.now() + error.retryAfterMs;
        } else {
          request.userData.notBefore = Date.now() + backoffMs(pol.backoffMs, request.retryCount);
        }
      },
      failedRequestHandler: async ({ request }: { request: Request }, error: Error) => {
        // a refused redirect or page says why, not how the refusal surfaced (a got or browser error)
        const refused = request.userData.refused as string | undefined;
        tallies.get(request.userData.source as string).error(request.url, refused ? new Error(refused) : error);
      },
    },
  };
}

/**
 * Status policy: 2xx ok, 304 not modified; 408/425/429/5xx retryable (Retry-After honoured);
 * any other 4xx is final. Throws HttpStatusError for every non-ok status.
 */
export function checkStatus(request: Request, status: number, headers: Record<string, string | string[] | undefined>): 'ok' | 'not-modified' {
  if (status >= 200 && status < 300) return 'ok';
  if (status === 304) return 'not-modified';
  const err = new HttpStatusError(request.url, status, status === 429 || status === 503 ? retryAfterMs(headers['retry-after']) : null);
  if (!err.retryable) request.noRetry = true;
  throw err;
}

/** JSON body or a final (non-retried) error naming the problem. */
export function parseJsonBody(request: Request, body: Buffer | string): unknown {
  const text = typeof body === 'string' ? body : body.toString('utf8');
  try {
    return JSON.parse(text);
  } catch (err) {
    request.noRetry = true;
    throw new Error(`malformed JSON (${(err as Error).message.slice(0, 80)})`);
  }
}

/** Validators of a response for the next conditional request. */
export function validatorsOf(headers: Record<string, string | string[] | undefined>): { etag: string | null; last_modified: string | null } {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;
  return { etag: one(headers.etag), last_modified: one(headers['last-modified']) };
}

export function conditionalHeaders(v: { etag?: string | null; last_modified?: string | null }): Record<string, string> {
  const h: Record<string, string> = {};
  if (v.etag) h['if-none-match'] = v.etag;
  if (v.last_modified) h['if-modified-since'] = v.last_modified;
  return h;
}
