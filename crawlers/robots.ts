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
