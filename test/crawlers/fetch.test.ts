import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NonRetryableError } from 'crawlee';
import { politeFetch, type PoliteClient } from '../../crawlers/fetch.ts';
import { RobotsGate, RobotsDisallowedError } from '../../crawlers/robots.ts';
import { OffSiteRedirectError } from '../../crawlers/redirect.ts';
import { HostPacer } from '../../crawlers/polite.ts';
import {
  CrawlAbortedError,
  MalformedBodyError,
  NetworkError,
  RequestTimeoutError,
  TooManyRedirectsError,
} from '../../crawlers/errors.ts';
import { serve, type Served } from './helpers.ts';

describe('the polite fetch', () => {
  let server: Served;
  beforeAll(async () => {
    server = await serve(async (_req, res, p) => {
      if (p === '/robots.txt')
        return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private\n');
      if (p === '/a') return void res.writeHead(302, { location: '/b' }).end();
      if (p === '/b')
        return void res.writeHead(200, { 'content-type': 'application/json', etag: '"1"' }).end('{"ok":true}');
      if (p === '/to-private') return void res.writeHead(301, { location: '/private/x' }).end();
      if (p === '/away') return void res.writeHead(302, { location: 'https://elsewhere.example/x' }).end();
      if (p === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
      if (p === '/big') return void res.writeHead(200).end('x'.repeat(5000));
      if (p === '/slow') return void setTimeout(() => res.writeHead(200).end('late'), 1500);
      res.writeHead(404).end('no');
    });
  });
  afterAll(() => server.close());
  const client = (over: Partial<PoliteClient> = {}): PoliteClient => ({
    userAgent: 'skillpulse-test/1.0',
    robots: new RobotsGate('skillpulse-test/1.0', 2000),
    pacer: new HostPacer(0),
    timeoutMs: 3000,
    maxBytes: 1000,
    ...over,
  });

  it('follows a redirect on the same site, with our User-Agent, and reports status, headers and final URL', async () => {
    const res = await politeFetch(client(), `${server.url}/a`, { headers: { 'if-none-match': '"0"' } });
    expect(res).toMatchObject({ url: `${server.url}/b`, status: 200, body: '{"ok":true}', headers: { etag: '"1"' } });
    expect(server.requests.find((r) => r.path === '/a')!.headers['user-agent']).toBe('skillpulse-test/1.0');
    expect(server.requests.find((r) => r.path === '/a')!.headers['if-none-match']).toBe('"0"');
    expect((await politeFetch(client(), `${server.url}/nothing`)).status).toBe(404); // statuses are the caller's to judge
  });

  it('refuses robots-disallowed URLs and hops, off-site hops, redirect loops, oversized bodies: all not retried', async () => {
    const cases: [string, unknown][] = [
      ['/private/x', RobotsDisallowedError],
      ['/to-private', RobotsDisallowedError],
      ['/away', OffSiteRedirectError],
      ['/big', MalformedBodyError],
    ];
    for (const [p, cls] of cases) {
      const err = await politeFetch(client(), `${server.url}${p}`).catch((e) => e);
      expect(err, p).toBeInstanceOf(cls);
      expect(err, p).toBeInstanceOf(NonRetryableError);
    }
    const loop = await politeFetch(client(), `${server.url}/loop`).catch((e) => e);
    expect(loop).toBeInstanceOf(TooManyRedirectsError);
    expect(loop.message).toBe('more than 5 redirects');
    expect(server.requests.some((r) => r.path.startsWith('/private'))).toBe(false);
  });

  it('timeouts, refused connections and aborts become their classes', async () => {
    const slow = await politeFetch(client({ timeoutMs: 300 }), `${server.url}/slow`).catch((e) => e);
    expect(slow).toBeInstanceOf(RequestTimeoutError);
    expect(slow).not.toBeInstanceOf(NonRetryableError);
    const refused = await politeFetch(client(), 'http://127.0.0.1:9/x').catch((e) => e);
    expect(refused).toBeInstanceOf(NetworkError);
    expect(refused.code).toBe('ECONNREFUSED');
    const ac = new AbortController();
    ac.abort();
    expect(await politeFetch(client({ signal: ac.signal }), `${server.url}/b`).catch((e) => e)).toBeInstanceOf(
      CrawlAbortedError,
    );
  });
});
