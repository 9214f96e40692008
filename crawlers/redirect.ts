/**
 * The redirect policy, one for every way the crawlers make a request (docs/crawling.md "Redirects"):
 * the polite fetch and the sitemap walk (redirects followed by hand), Crawlee's HTTP crawler (got's
 * beforeRedirect hook, then the chain again after the response) and its browser crawler (navigation route,
 * then the chain again):
 * - a redirect is a 301, 302, 303, 307 or 308 with a Location; any other response is where the request ends;
 * - at most MAX_REDIRECTS hops (TooManyRedirectsError past it);
 * - every hop and the landing URL stay on the site the request was for (same host and port, `www.` and
 *   http -> https aside; http(s) only: OffSiteRedirectError) and are allowed by the robots.txt of their own
 *   origin (RobotsDisallowedError), checked before a hop is followed.
 */
import { NonRetryableError } from 'crawlee';
import { FinalStatusError, TooManyRedirectsError } from './errors.ts';
import { RobotsDisallowedError, type RobotsGate } from './robots.ts';

export const MAX_REDIRECTS = 5;
export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** A redirect left the site a request was for (or its scheme is not http/https): nothing is read from it. */
export class OffSiteRedirectError extends NonRetryableError {
  constructor(
    readonly from: string,
    readonly to: string,
  ) {
    super(`redirected off the site (${new URL(from).host} -> ${safeHost(to)}): not followed`);
    this.name = 'OffSiteRedirectError';
  }
}

const safeHost = (u: string): string => {
  try {
    const x = new URL(u);
    return x.protocol === 'http:' || x.protocol === 'https:' ? x.host : x.protocol;
  } catch {
    return 'an invalid URL';
  }
};

/** host[:port] without a leading `www.`; default ports omitted, so http -> https on one host stays on site. */
export function siteKey(url: string): string {
  const u = new URL(url);
  return u.hostname.replace(/^www\./i, '').toLowerCase() + (u.port ? `:${u.port}` : '');
}

/** One URL a request `from` reaches (a hop or where it lands): on the site, allowed by its origin's robots.txt. */
export async function checkHop(robots: Pick<RobotsGate, 'allowed'>, from: string, to: string): Promise<void> {
  let target: URL;
  try {
    target = new URL(to, from);
  } catch {
    throw new OffSiteRedirectError(from, to);
  }
  if ((target.protocol !== 'http:' && target.protocol !== 'https:') || siteKey(target.href) !== siteKey(from))
    throw new OffSiteRedirectError(from, target.href);
  if (!(await robots.allowed(target.href))) throw new RobotsDisallowedError(target.href);
}

/**
 * Where a response at `at` sends the request next: null when it is not a redirect (the request ends here);
 * otherwise the absolute target, after the hop count (`hop` = redirects already followed) and checkHop.
 * A Location that is no URL makes the response final (FinalStatusError with its status).
 */
export async function nextHop(
  robots: Pick<RobotsGate, 'allowed'>,
  start: string,
  at: string,
  status: number,
  location: string | null | undefined,
  hop: number,
): Promise<string | null> {
  if (!REDIRECT_STATUSES.has(status) || !location) return null;
  let next: string;
  try {
    next = new URL(location, at).href;
  } catch {
    throw new FinalStatusError(at, status);
  }
  if (hop >= MAX_REDIRECTS) throw new TooManyRedirectsError(start, MAX_REDIRECTS);
  await checkHop(robots, start, next);
  return next;
}

/** After the fact (Crawlee's crawlers): every URL of a redirect chain and the landing URL, as checkHop; and the count. */
export async function checkChain(robots: Pick<RobotsGate, 'allowed'>, start: string, chain: string[]): Promise<void> {
  for (const url of chain) await checkHop(robots, start, url);
  // the chain holds the hops and the landing URL: more than MAX_REDIRECTS + 1 URLs is more hops than we follow
  if (chain.length > MAX_REDIRECTS + 1) throw new TooManyRedirectsError(start, MAX_REDIRECTS);
}
