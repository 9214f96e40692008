/**
 * Where a request ends up, checked like where it started (issue 16 item 5), and how much of it is read:
 * - http: every redirect hop passes `checkHop` (same site, robots.txt of the hop's origin) before got follows it;
 * - browser: navigation requests of the main frame pass `checkHop` in a route, and the redirect chain of the
 *   response is checked again after navigation (nothing is read from a page that fails);
 * - a page larger than LIMITS.pageBytes (Content-Length, or counted while streaming in http mode) is refused.
 */
import { NonRetryableError } from 'crawlee';
import { Transform } from 'node:stream';
import type { Request } from 'crawlee';
import { LIMITS } from './limits.ts';
import { checkHop, type RobotsGate } from './robots.ts';

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
const final = (request: Request, err: Error): never => {
  request.noRetry = true;
  request.userData.refused = err.message;
  throw err;
};

/** got options for one http request: a beforeRedirect hook gating each hop. */
export function gateRedirects(
  request: Request,
  robots: RobotsGate,
  gotOptions: { hooks?: Record<string, unknown[]> },
): void {
  const hook = async (options: { url: URL | string }) => {
    try {
      await checkHop(robots, request.url, String(options.url));
    } catch (err) {
      final(request, err as Error);
    }
  };
  gotOptions.hooks = { ...gotOptions.hooks, beforeRedirect: [...(gotOptions.hooks?.beforeRedirect ?? []), hook] };
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
      request.noRetry = true;
      request.userData.refused = (err as Error).message;
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
    final(request, new PageTooLargeError(request.url, LIMITS.pageBytes));
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
  for (const hop of [...(res.redirectUrls ?? []), ...(res.url ? [res.url] : [])]) {
    try {
      await checkHop(robots, request.url, String(hop));
    } catch (err) {
      res.destroy();
      final(request, err as Error);
    }
  }
  tooLarge(request, res.headers);
  let seen = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > LIMITS.pageBytes) {
        request.noRetry = true;
        request.userData.refused = `page larger than ${LIMITS.pageBytes} bytes: not read`;
        res.destroy();
        return done(new PageTooLargeError(request.url, LIMITS.pageBytes));
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
  for (const url of chain) {
    try {
      await checkHop(robots, ctx.request.url, url);
    } catch (err) {
      final(ctx.request, err as Error);
    }
  }
  tooLarge(ctx.request, res.headers());
}
