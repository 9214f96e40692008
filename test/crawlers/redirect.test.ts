/**
 * One redirect policy (crawlers/redirect.ts) for the polite fetch, the sitemap walk and Crawlee's crawlers
 * (landing.ts): the same chains on a local server get the same answers from each, and landing.ts's one
 * decision of which refusals are final.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NonRetryableError, Request } from 'crawlee';
import { politeFetch, type PoliteClient } from '../../crawlers/fetch.ts';
import { gatedGet } from '../../crawlers/sitemap.ts';
import { RobotsDisallowedError, RobotsGate } from '../../crawlers/robots.ts';
import {
  MAX_REDIRECTS,
  OffSiteRedirectError,
  REDIRECT_STATUSES,
  checkChain,
  nextHop,
} from '../../crawlers/redirect.ts';
import { PageTooLargeError, isFinalRefusal, refuse } from '../../crawlers/landing.ts';
import { FinalStatusError, HttpStatusError, TooManyRedirectsError } from '../../crawlers/errors.ts';
import { HostPacer } from '../../crawlers/polite.ts';
import { runCrawl } from '../../crawlers/index.ts';
import { serve, storedKeys, tempDataDir, testConfig, type Served } from './helpers.ts';

const yes = { allowed: async () => true };
const JOB_PAGE = `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify({
  '@type': 'JobPosting',
  identifier: 'R-1',
  title: 'Engineer',
  datePosted: '2025-04-01',
  description: 'Go.',
})}</script></head><body>job</body></html>`;

describe('the redirect policy', () => {
  let server: Served;
  beforeAll(async () => {
    server = await serve(async (_req, res, p) => {
      if (p === '/robots.txt')
        return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private\n');
      const hop = /^\/hop\/(\d+)$/.exec(p);
      if (hop) {
        const n = Number(hop[1]);
        return void (n === 0
          ? res.writeHead(200, { 'content-type': 'text/html' }).end(JOB_PAGE)
          : res.writeHead(n % 2 ? 302 : 308, { location: `/hop/${n - 1}` }).end());
      }
      if (p === '/away') return void res.writeHead(301, { location: 'https://elsewhere.example/x' }).end();
      if (p === '/to-private') return void res.writeHead(307, { location: '/private/x' }).end();
      if (p === '/multiple') return void res.writeHead(300, { location: '/hop/0' }).end('choose');
      res.writeHead(404).end('no');
    });
  });
  afterAll(() => server.close());

  const client = (): PoliteClient => ({
    userAgent: 'skillpulse-test/1.0',
    robots: new RobotsGate('skillpulse-test/1.0', 2000),
    pacer: new HostPacer(0),
    timeoutMs: 3000,
    maxBytes: 10_000,
  });
  const viaFetch = (p: string) =>
    politeFetch(client(), `${server.url}${p}`).then(
      (r) => ({ status: r.status, url: r.url }),
      (e) => e,
    );
  const viaSitemap = (p: string) =>
    gatedGet(`${server.url}${p}`, { ...client() }).then(
      (r) => ({ status: r.status, url: r.url }),
      (e) => e,
    );

  it('the polite fetch and the sitemap walk answer the same chains the same way', async () => {
    for (const get of [viaFetch, viaSitemap]) {
      expect(await get(`/hop/${MAX_REDIRECTS}`)).toEqual({ status: 200, url: `${server.url}/hop/0` });
      const tooMany = await get(`/hop/${MAX_REDIRECTS + 1}`);
      expect(tooMany).toBeInstanceOf(TooManyRedirectsError);
      expect(tooMany.message).toBe(`more than ${MAX_REDIRECTS} redirects`);
      expect(await get('/away')).toBeInstanceOf(OffSiteRedirectError);
      expect(await get('/to-private')).toBeInstanceOf(RobotsDisallowedError);
      // a 300 is not a redirect we follow: it is where the request ends
      expect(await get('/multiple')).toEqual({ status: 300, url: `${server.url}/multiple` });
    }
    expect(server.requests.some((r) => r.path.startsWith('/private'))).toBe(false);
    expect(server.requests.filter((r) => r.path === `/hop/0`).length).toBe(2); // reached once per client
  });

  it("Crawlee's HTTP crawler (jsonld) under the same policy: 5 hops landed, the 6th refused and not retried", async () => {
    const root = tempDataDir();
    const before = server.requests.length;
    const [s] = await runCrawl(
      testConfig(root, [
        {
          type: 'jsonld',
          name: 'redirects',
          maxRetries: 2,
          timeoutSecs: 30,
          startUrls: [
            `${server.url}/hop/${MAX_REDIRECTS}`,
            `${server.url}/hop/${MAX_REDIRECTS + 1}`,
            `${server.url}/away`,
          ],
        },
      ]),
    );
    expect((await storedKeys(root, 'jsonld:redirects')).map((k) => k.split('\t')[0])).toEqual(['R-1']);
    const errs = Object.fromEntries(s!.errors.map((e) => [new URL(e.url).pathname, e.message]));
    expect(errs).toEqual({
      [`/hop/${MAX_REDIRECTS + 1}`]: `more than ${MAX_REDIRECTS} redirects`,
      '/away': expect.stringMatching(/redirected off the site/),
    });
    // final: each asked once, though maxRetries is 2
    const asked = server.requests.slice(before).map((r) => r.path);
    expect(asked.filter((p) => p === `/hop/${MAX_REDIRECTS + 1}`)).toHaveLength(1);
    expect(asked.filter((p) => p === '/away')).toHaveLength(1);
  }, 90_000);

  it('nextHop: only 301/302/303/307/308 with a Location; a Location that is no URL is final', async () => {
    expect([...REDIRECT_STATUSES]).toEqual([301, 302, 303, 307, 308]);
    expect(await nextHop(yes, 'http://a.io/x', 'http://a.io/x', 302, '/y', 0)).toBe('http://a.io/y');
    expect(await nextHop(yes, 'http://a.io/x', 'http://a.io/x', 302, null, 0)).toBeNull();
    expect(await nextHop(yes, 'http://a.io/x', 'http://a.io/x', 200, '/y', 0)).toBeNull();
    await expect(nextHop(yes, 'http://a.io/x', 'http://a.io/x', 301, 'http://[bad', 0)).rejects.toBeInstanceOf(
      FinalStatusError,
    );
    await expect(nextHop(yes, 'http://a.io/x', 'http://a.io/x', 301, '/y', MAX_REDIRECTS)).rejects.toBeInstanceOf(
      TooManyRedirectsError,
    );
  });

  it('checkChain (after the fact, Crawlee crawlers): every URL on the site and the hop count', async () => {
    const chain = (n: number) => Array.from({ length: n }, (_, i) => `https://www.a.io/${i}`);
    await expect(checkChain(yes, 'http://a.io/start', chain(MAX_REDIRECTS + 1))).resolves.toBeUndefined();
    await expect(checkChain(yes, 'http://a.io/start', chain(MAX_REDIRECTS + 2))).rejects.toBeInstanceOf(
      TooManyRedirectsError,
    );
    await expect(checkChain(yes, 'http://a.io/start', ['http://a.io/1', 'http://b.io/2'])).rejects.toThrow(
      /a\.io -> b\.io/,
    );
  });
});

describe("landing.ts's one decision of which refusals are final", () => {
  it('final: off-site, disallowed, too many redirects, too large; the reason kept for the run record', () => {
    const finals = [
      new OffSiteRedirectError('http://a.io/', 'http://b.io/'),
      new RobotsDisallowedError('http://a.io/private'),
      new TooManyRedirectsError('http://a.io/', MAX_REDIRECTS),
      new PageTooLargeError('http://a.io/', 100),
    ];
    for (const err of finals) {
      const request = new Request({ url: 'http://a.io/' });
      expect(isFinalRefusal(err)).toBe(true);
      expect(err).toBeInstanceOf(NonRetryableError);
      expect(refuse(request, err)).toBe(err);
      expect(request.noRetry).toBe(true);
      expect(request.userData.refused).toBe(err.message);
    }
  });

  it('not final: a status that may change, a network error; the request stays retryable', () => {
    for (const err of [new HttpStatusError('http://a.io/', 503, null), new Error('socket hang up')]) {
      const request = new Request({ url: 'http://a.io/' });
      expect(isFinalRefusal(err)).toBe(false);
      expect(refuse(request, err)).toBe(err);
      expect(request.noRetry).toBe(false);
      expect(request.userData.refused).toBeUndefined();
    }
  });
});
