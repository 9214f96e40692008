import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostPacer, backoffMs, retryAfterMs } from '../../crawlers/polite.ts';
import {
  HostNotFoundError,
  HttpStatusError,
  NetworkError,
  RequestTimeoutError,
  isNetworkError,
  toCrawlError,
} from '../../crawlers/errors.ts';
import { NonRetryableError } from 'crawlee';
import { RobotsGate } from '../../crawlers/robots.ts';
import { selectSources } from '../../crawlers/index.ts';
import { sourceSchema } from '../../config/schema.ts';
import { InputError } from '../../config/index.ts';
import { serve, type Served } from './helpers.ts';

describe('politeness helpers', () => {
  it('parses Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(retryAfterMs('soon')).toBeNull();
    expect(retryAfterMs(undefined)).toBeNull();
  });
  it('backs off exponentially within ±20 %, capped', () => {
    expect(backoffMs(1000, 0, 60_000, () => 0.5)).toBe(1000);
    expect(backoffMs(1000, 3, 60_000, () => 0.5)).toBe(8000);
    expect(backoffMs(1000, 3, 60_000, () => 0)).toBe(6400);
    expect(backoffMs(1000, 20, 60_000, () => 1)).toBe(72_000);
  });
  it('says which statuses are retried', () => {
    expect([429, 503, 500, 408, 404, 403].map((s) => new HttpStatusError('u', s).retryable)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(new HttpStatusError('u', 500)).not.toBeInstanceOf(NonRetryableError);
  });
  it('maps network failures to classes by their code (own or in the cause chain), never by message', () => {
    const notFound = toCrawlError(
      Object.assign(new TypeError('fetch failed'), {
        cause: Object.assign(new Error('getaddrinfo ENOTFOUND x.invalid'), { code: 'ENOTFOUND' }),
      }),
      'http://x.invalid/a',
      1000,
    );
    expect(notFound).toBeInstanceOf(HostNotFoundError);
    expect(notFound).toBeInstanceOf(NonRetryableError);
    const refused = toCrawlError(
      Object.assign(new TypeError('fetch failed'), {
        cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
      }),
      'http://127.0.0.1:9/',
      1000,
    );
    expect(refused).toBeInstanceOf(NetworkError);
    expect(refused).not.toBeInstanceOf(NonRetryableError);
    expect((refused as NetworkError).code).toBe('ECONNREFUSED');
    expect(
      toCrawlError(new DOMException('The operation was aborted due to timeout', 'TimeoutError'), 'http://a/', 2000),
    ).toBeInstanceOf(RequestTimeoutError);
    // the wording alone decides nothing
    const worded = new Error('connect ECONNREFUSED 127.0.0.1:9');
    expect(toCrawlError(worded, 'http://a/', 1000)).toBe(worded);
    expect(isNetworkError(refused)).toBe(true);
    expect(isNetworkError(worded)).toBe(false);
    expect(isNetworkError(new HttpStatusError('u', 500))).toBe(false);
  });
  it('spaces request starts per host and honours a pause', async () => {
    const pacer = new HostPacer(100);
    const t0 = Date.now();
    await Promise.all([
      pacer.wait('http://a.test/1'),
      pacer.wait('http://a.test/2'),
      pacer.wait('http://a.test/3'),
      pacer.wait('http://b.test/1'),
    ]);
    const dt = Date.now() - t0;
    expect(dt).toBeGreaterThanOrEqual(190);
    expect(dt).toBeLessThan(400);
    pacer.pause('http://b.test/', 150);
    const t1 = Date.now();
    await pacer.wait('http://b.test/2');
    expect(Date.now() - t1).toBeGreaterThanOrEqual(140);
  });
});

describe('robots.txt gate', () => {
  let server: Served;
  beforeAll(async () => {
    server = await serve((_req, res, p) => {
      if (p === '/robots.txt')
        return void res
          .writeHead(200, { 'content-type': 'text/plain' })
          .end('User-agent: skillpulse\nDisallow: /private\nAllow: /private/ok\n\nUser-agent: *\nDisallow: /\n');
      res.writeHead(404).end();
    });
  });
  afterAll(() => server.close());
  it('applies the group of our product token, longest match wins, fetched once', async () => {
    const gate = new RobotsGate('skillpulse/0.1 (+https://x)');
    expect(await gate.allowed(`${server.url}/jobs`)).toBe(true);
    expect(await gate.allowed(`${server.url}/private/x`)).toBe(false);
    expect(await gate.allowed(`${server.url}/private/ok/1`)).toBe(true);
    expect(await new RobotsGate('otherbot/1.0').allowed(`${server.url}/jobs`)).toBe(false);
    expect(server.requests.filter((r) => r.path === '/robots.txt').length).toBe(2);
    expect(server.requests[0]!.headers['user-agent']).toBe('skillpulse/0.1 (+https://x)');
  });
  it('allows everything when robots.txt is missing or unreachable', async () => {
    expect(await new RobotsGate('skillpulse/0.1', 1000).allowed('http://127.0.0.1:9/x')).toBe(true);
  });
});

describe('selectSources', () => {
  const sources = [sourceSchema.parse({ type: 'hn' }), sourceSchema.parse({ type: 'greenhouse', boards: ['a', 'b'] })];
  it('selects by type, by posting source, and rejects unknown names', () => {
    expect(selectSources(sources, ['hn']).map((s) => s.type)).toEqual(['hn']);
    expect(selectSources(sources, ['greenhouse:b'])).toEqual([
      expect.objectContaining({ type: 'greenhouse', boards: ['b'] }),
    ]);
    expect(selectSources(sources, ['hn_whoishiring']).map((s) => s.type)).toEqual(['hn']);
    expect(() => selectSources(sources, ['lever'])).toThrow(InputError);
  });
});
