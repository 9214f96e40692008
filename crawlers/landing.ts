/**
 * Where a request of Crawlee's crawlers ends up, checked like where it started (issue 16 item 5), under the
 * one redirect policy (redirect.ts), and how much of it is read:
 * - http: every redirect hop passes `checkHop` before got follows it (at most MAX_REDIRECTS), and the chain
 *   is checked again after the response head;
 * - browser: navigation requests of the main frame pass `checkHop` in a route, and the redirect chain of the
 *   response is checked again after navigation (nothing is read from a page that fails);
 * - a page larger than LIMITS.pageBytes (Content-Length, or counted while streaming in http mode) is refused.
 * Every refusal here goes through `refuse`: the one place that says which answers are final.
 */
import { NonRetryableError } from 'crawlee';
import { Transform } from 'node:stream';
import type { Request } from 'crawlee';
import { TooManyRedirectsError } from './errors.ts';
import { LIMITS } from './limits.ts';
import { MAX_REDIRECTS, OffSiteRedirectError, checkChain, checkHop } from './redirect.ts';
import { RobotsDisallowedError, type RobotsGate } from './robots.ts';

export class PageTooLargeError extends NonRetryableError {
  constructor(
    readonly url: string,
    readonly limit: number,
  ) {
    super(`page larger than ${limit} bytes: not read`);
    this.name = 'PageTooLargeError';
  }
}

type Headers = Record<string, string | string[] | undefined>;

/**
 * The answers that are final: the same request would get them again, so Crawlee must not retry it (a hop off
 * the site, a hop robots.txt disallows, more redirects than we follow, a page past the size cap).
 */
export function isFinalRefusal(err: unknown): err is Error {
  return (
    err instanceof OffSiteRedirectError ||
    err instanceof RobotsDisallowedError ||
    err instanceof TooManyRedirectsError ||
    err instanceof PageTooLargeError
  );
}

/**
 * A refusal of this file, decided once: a final one marks the request not to be retried and keeps its reason
 * (the run records that, not how the refusal surfaced in got or the browser). Returns the error to throw.
 */
export function refuse(request: Request, err: unknown): unknown {
  if (isFinalRefusal(err)) {
    request.noRetry = true;
    request.userData.refused = err.message;
  }
  return err;
}

/** got options for one http request: a beforeRedirect hook gating each hop. */
export function gateRedirects(
  request: Request,
  robots: RobotsGate,
  gotOptions: { hooks?: Record<string, unknown[]>; maxRedirects?: number },
): void {
  let hops = 0;
  const hook = async (options: { url: URL | string }) => {
    try {
      if (++hops > MAX_REDIRECTS) throw new TooManyRedirectsError(request.url, MAX_REDIRECTS);
      await checkHop(robots, request.url, String(options.url));
    } catch (err) {
      throw refuse(request, err);
    }
  };
  gotOptions.hooks = { ...gotOptions.hooks, beforeRedirect: [...(gotOptions.hooks?.beforeRedirect ?? []), hook] };
  // one above ours, so the hook refuses the hop past the limit (final) before got's own MaxRedirectsError (retried)
  gotOptions.maxRedirects = MAX_REDIRECTS + 1;
}

interface BrowserPage {
  route(url: string, handler: (route: BrowserRoute) => Promise<void>): Promise<void>;
  mainFrame(): unknown;
}
interface BrowserRoute {
  request(): { url(): string; isNavigationRequest(): boolean; frame(): unknown };
  abort(code?: string): Promise<void>;
  continue(): Promise<void>;
}

/** Browser mode: main-frame navigations (a redirect's target included, when the browser routes it) are gated. */
export async function gateNavigations(request: Request, robots: RobotsGate, page: BrowserPage): Promise<void> {
  await page.route('**/*', async (route) => {
    const r = route.request();
    if (!r.isNavigationRequest() || r.frame() !== page.mainFrame()) return route.continue();
    try {
      await checkHop(robots, request.url, r.url());
    } catch (err) {
      refuse(request, err);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
}

function tooLarge(request: Request, headers: Headers | undefined): void {
  const len = Number(
    Array.isArray(headers?.['content-length']) ? headers['content-length'][0] : headers?.['content-length'],
  );
  if (Number.isFinite(len) && len > LIMITS.pageBytes)
    throw refuse(request, new PageTooLargeError(request.url, LIMITS.pageBytes));
}

interface HttpResponseStream extends NodeJS.ReadableStream {
  url?: string;
  redirectUrls?: (URL | string)[];
  headers?: Headers;
  destroy(err?: Error): void;
}

/** http mode, after the response head: check the landing URL again, the size, and cap the body while it streams. */
export async function checkHttpLanding(
  ctx: { request: Request; response?: unknown },
  robots: RobotsGate,
): Promise<void> {
  const { request } = ctx;
  const res = ctx.response as HttpResponseStream | undefined;
  if (!res) return;
  try {
    await checkChain(robots, request.url, [...(res.redirectUrls ?? []), ...(res.url ? [res.url] : [])].map(String));
  } catch (err) {
    res.destroy();
    throw refuse(request, err);
  }
  tooLarge(request, res.headers);
  let seen = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > LIMITS.pageBytes) {
        res.destroy();
        return done(refuse(request, new PageTooLargeError(request.url, LIMITS.pageBytes)) as Error);
      }
      done(null, chunk);
    },
  });
  res.on('error', (e) => cap.destroy(e));
  // the crawler reads status, headers and url from the stream object it parses: carry them over
  for (const key of [
    'statusCode',
    'statusMessage',
    'headers',
    'url',
    'redirectUrls',
    'request',
    'ip',
    'complete',
    'trailers',
    'rawHeaders',
    'httpVersion',
  ])
    if (key in (res as object))
      Object.defineProperty(cap, key, {
        value: (res as unknown as Record<string, unknown>)[key],
        writable: true,
        configurable: true,
      });
  ctx.response = res.pipe(cap);
}

interface BrowserResponse {
  url(): string;
  headers(): Record<string, string>;
  request(): { url(): string; redirectedFrom(): { url(): string; redirectedFrom(): unknown } | null };
}

/** Browser mode, after navigation: every URL of the redirect chain and the landing URL, and Content-Length. */
export async function checkBrowserLanding(
  ctx: { request: Request; response?: unknown },
  robots: RobotsGate,
): Promise<void> {
  const res = ctx.response as BrowserResponse | null | undefined;
  if (!res) return;
  const chain: string[] = [res.url()];
  for (let r = res.request().redirectedFrom(); r; r = r.redirectedFrom() as typeof r) chain.push(r.url());
  try {
    await checkChain(robots, ctx.request.url, chain);
  } catch (err) {
    throw refuse(ctx.request, err);
  }
  tooLarge(ctx.request, res.headers());
}
