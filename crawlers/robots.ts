/**
 * robots.txt, fetched once per origin with our User-Agent and parsed by Crawlee's RobotsTxtFile
 * (robots-parser: longest match, Allow/Disallow, `*` and `$`). Our product token is the User-Agent's first
 * word (e.g. `skillpulse`). A missing robots.txt (4xx) allows everything; when robots.txt cannot be fetched
 * (network error, 5xx, timeout) the URL is allowed and the request itself then fails and is recorded.
 */
import { NonRetryableError, RobotsTxtFile } from 'crawlee';

/** Not retried (NonRetryableError): robots.txt will say the same on the next try. */
export class RobotsDisallowedError extends NonRetryableError {
  constructor(readonly url: string) {
    super('disallowed by robots.txt');
    this.name = 'RobotsDisallowedError';
  }
}

type Rules = Pick<RobotsTxtFile, 'isAllowed'> | null;

export class RobotsGate {
  private readonly cache = new Map<string, Promise<Rules>>();
  constructor(
    private readonly userAgent: string,
    private readonly timeoutMs = 10_000,
    private readonly enabled = true,
  ) {}

  private load(origin: string): Promise<Rules> {
    let p = this.cache.get(origin);
    if (!p) {
      p = (async () => {
        const url = `${origin}/robots.txt`;
        try {
          const res = await fetch(url, {
            headers: { 'user-agent': this.userAgent },
            signal: AbortSignal.timeout(this.timeoutMs),
            redirect: 'follow',
          });
          if (!res.ok) return null;
          return RobotsTxtFile.from(url, await res.text());
        } catch {
          return null;
        }
      })();
      this.cache.set(origin, p);
    }
    return p;
  }

  async allowed(url: string): Promise<boolean> {
    if (!this.enabled) return true;
    const u = new URL(url);
    const rules = await this.load(u.origin);
    return !rules || rules.isAllowed(url, this.userAgent.split(/[\s/]/)[0] ?? '*');
  }
}

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

/**
 * The gate every URL a request ends at passes, not only the one it started with: a redirect hop must stay
 * on the request's site (same host and port, `www.` and http -> https aside) and be allowed by the robots.txt
 * of its own origin (read before the hop is followed).
 */
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
