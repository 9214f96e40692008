/**
 * The cache-hit fast path (api/fast-hits.ts): a hit answered before Hono's chain keeps every behaviour of the
 * chain: gzip bytes made once and served to clients that accept them, the identity body otherwise, 304 on
 * If-None-Match, a rate-limit token spent per hit, the format guard's 400, a log line, no warehouse lease;
 * and over real HTTP the same bytes as the miss. Also the batched log sink (api/line-sink.ts).
 */
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRequestListener } from '@hono/node-server';
import { fastHitParts, nodeHits, plainPath } from '../../api/fast-hits.ts';
import { lineSink } from '../../api/line-sink.ts';
import { startServer } from '../../api/server.ts';
import { makeTestApp, testConfig, type TestApp } from './app-helper.ts';

const url = '/api/v1/skills/typescript/trend?interval=month';

describe('cache hits before the chain', () => {
  let t: TestApp;
  let leases = 0;
  beforeAll(async () => {
    t = await makeTestApp({ env: { SKILLPULSE_RATE_LIMIT: '1000' } });
    const acquire = t.warehouse.acquire.bind(t.warehouse);
    t.warehouse.acquire = () => {
      leases++;
      return acquire();
    };
  });
  afterAll(() => t.close());

  it('a hit takes no warehouse lease and answers the same body; a new URL takes one', async () => {
    const miss = await t.get(url);
    const before = leases;
    const hit = await t.get(url);
    expect(leases).toBe(before);
    expect(await hit.text()).toBe(await miss.text());
    await t.get(`${url}&from=2024-01`);
    expect(leases).toBe(before + 1);
  });

  it('gzip for a client that accepts it, identity without Accept-Encoding or with gzip;q=0', async () => {
    const plain = await (await t.get(url)).text();
    expect(plain.length).toBeGreaterThan(1024); // over the gzip threshold
    const gz = await t.get(url, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const bytes = Buffer.from(await gz.arrayBuffer());
    expect(Number(gz.headers.get('content-length'))).toBe(bytes.length);
    expect(gunzipSync(bytes).toString()).toBe(plain);
    const cases: Record<string, string>[] = [{}, { 'Accept-Encoding': 'gzip;q=0' }, { 'Accept-Encoding': 'identity' }];
    for (const headers of cases) {
      const res = await t.get(url, headers);
      expect(res.headers.get('content-encoding'), JSON.stringify(headers)).toBeNull();
      expect(await res.text()).toBe(plain);
    }
  });

  it('a gzip hit still answers 304 to a matching If-None-Match, with the headers and no body', async () => {
    const first = await t.get(url, { 'Accept-Encoding': 'gzip' });
    const etag = first.headers.get('etag')!;
    const again = await t.get(url, { 'Accept-Encoding': 'gzip', 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('content-encoding')).toBeNull();
    expect(again.headers.get('x-content-type-options')).toBe('nosniff');
    expect(again.headers.get('vary')).toContain('Accept-Encoding');
    const other = await t.get(url, { 'Accept-Encoding': 'gzip', 'If-None-Match': 'W/"other"' });
    expect(other.status).toBe(200);
  });

  it('each hit writes its log line', async () => {
    await t.get(url);
    const n = t.logs.length;
    await t.get(url);
    await t.get(url, { 'If-None-Match': (await t.get(url)).headers.get('etag')! });
    expect(t.logs.slice(n)).toEqual([
      expect.stringMatching(/^GET \/api\/v1\/skills\/typescript\/trend 200 \d+\.\dms$/),
      expect.stringMatching(/ 200 /),
      expect.stringMatching(/^GET \/api\/v1\/skills\/typescript\/trend 304 \d+\.\dms$/),
    ]);
  });

  it('format= on a cached JSON answer is still the format guard 400', async () => {
    expect((await t.get('/api/v1/health')).status).toBe(200);
    expect((await t.get('/api/v1/health?format=json')).status).toBe(200);
    const res = await t.get('/api/v1/health?format=csv');
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/^format: /);
    // a tabular route's csv answer is a hit like any other
    const csv = await t.get('/api/v1/skills?limit=3&format=csv');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await (await t.get('/api/v1/skills?format=csv&limit=3')).text()).toBe(await csv.text());
  });
});

describe('rate limit on cache hits', () => {
  it('a hit spends a token: remaining counts down through hits, then 429', async () => {
    const t = await makeTestApp({ env: { SKILLPULSE_RATE_LIMIT: '3' } });
    try {
      const remaining: (string | null)[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await t.get('/api/v1/demand-scores?limit=2'); // a miss, then two hits
        expect(res.status).toBe(200);
        remaining.push(res.headers.get('ratelimit-remaining'));
      }
      expect(remaining).toEqual(['2', '1', '0']);
      const refused = await t.get('/api/v1/demand-scores?limit=2');
      expect(refused.status).toBe(429);
      expect((await refused.json()).error.code).toBe('rate_limited');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    } finally {
      await t.close();
    }
  });
});

describe('over real HTTP', () => {
  it('a hit has the bytes and headers of the miss, gzip with its length, a Date, and a 304', async () => {
    const t = await makeTestApp({ fixture: true });
    const server = await startServer({ config: testConfig(t.dir), port: 0, host: '127.0.0.1', log: () => {} });
    const get = (headers: Record<string, string>) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        http
          .get(`${server.url}${url}`, { headers }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
            );
          })
          .on('error', reject);
      });
    try {
      const miss = await get({ 'accept-encoding': 'gzip' });
      const hit = await get({ 'accept-encoding': 'gzip' });
      expect(hit.status).toBe(200);
      expect(hit.body.equals(miss.body)).toBe(true);
      expect(hit.headers['content-encoding']).toBe('gzip');
      expect(Number(hit.headers['content-length'])).toBe(hit.body.length);
      expect(hit.headers.date).toBeDefined();
      const { date: _d1, ...a } = miss.headers;
      const { date: _d2, ...b } = hit.headers;
      expect(b).toEqual({ ...a, 'ratelimit-remaining': b['ratelimit-remaining'] });
      const nm = await get({ 'accept-encoding': 'gzip', 'if-none-match': String(hit.headers.etag) });
      expect(nm.status).toBe(304);
      expect(nm.body.length).toBe(0);
      const plain = await get({});
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(gunzipSync(hit.body).equals(plain.body)).toBe(true);
    } finally {
      await server.close();
      await t.close();
    }
  });
});

describe("the node door (hits answered from node's request, in front of node-server)", () => {
  type Got = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };
  const request = (base: number, target: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<Got>((resolve, reject) => {
      // target as given (a URL string would be normalised by the client first)
      const req = http.request({ host: '127.0.0.1', port: base, path: target, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });
  let t: TestApp;
  let base = 0;
  let server: http.Server;
  /** requests that reached node-server's listener (the Hono chain) */
  let passed: string[] = [];
  beforeAll(async () => {
    t = await makeTestApp({ env: { SKILLPULSE_RATE_LIMIT: '1000' } });
    const listener = getRequestListener(t.app.fetch);
    const inner: http.RequestListener = (req, res) => {
      passed.push(`${req.method} ${req.url}`);
      return listener(req, res);
    };
    server = http.createServer(nodeHits(inner, fastHitParts(t.app)!));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = (server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await t.close();
  });

  it('createApp registers its parts for the server (api/server.ts installs the door)', () => {
    expect(fastHitParts(t.app)).toBeDefined();
    expect(fastHitParts({})).toBeUndefined();
  });

  it("a hit never reaches node-server and has the bytes and headers of the chain's answer", async () => {
    passed = [];
    const miss = await request(base, url, { 'accept-encoding': 'gzip' });
    expect(passed).toEqual([`GET ${url}`]);
    const hit = await request(base, url, { 'accept-encoding': 'gzip' });
    const plain = await request(base, url);
    const nm = await request(base, url, { 'if-none-match': String(hit.headers.etag) });
    expect(passed).toEqual([`GET ${url}`]); // the three after the miss were answered by the door
    expect(hit.body.equals(miss.body)).toBe(true);
    const { date: _d1, ...a } = miss.headers;
    const { date: _d2, ...b } = hit.headers;
    expect(b).toEqual({ ...a, 'ratelimit-remaining': b['ratelimit-remaining'] });
    expect(Number(b['ratelimit-remaining'])).toBeLessThan(1000); // spent per hit (refilled as time passes)
    expect(hit.headers.date).toBeDefined();
    expect(gunzipSync(hit.body).equals(plain.body)).toBe(true);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(nm.status).toBe(304);
    expect(nm.body.length).toBe(0);
    expect(nm.headers.etag).toBe(hit.headers.etag);
    expect(t.logs.slice(-3)).toEqual([
      expect.stringMatching(/^GET \/api\/v1\/skills\/typescript\/trend 200 \d+\.\dms$/),
      expect.stringMatching(/ 200 /),
      expect.stringMatching(/ 304 /),
    ]);
  });

  it('targets node-server would rewrite, other methods and odd hosts go to node-server', async () => {
    await request(base, '/api/v1/health');
    passed = [];
    const odd: [string, Record<string, string>, string][] = [
      ['/api/v1/../v1/health', {}, 'GET'],
      ['/api/v1/%68ealth', {}, 'GET'],
      ['/api/v1/health', {}, 'HEAD'],
      ['/api/v1/health', { host: 'EXAMPLE.com' }, 'GET'],
    ];
    for (const [target, headers, method] of odd) {
      const res = await request(base, target, headers, method);
      expect(res.status, target).toBe(200);
    }
    expect(passed).toEqual([
      'GET /api/v1/../v1/health',
      'GET /api/v1/%68ealth',
      'HEAD /api/v1/health',
      'GET /api/v1/health',
    ]);
    // the format guard's 400 and an uncached path are the chain's too
    passed = [];
    expect((await request(base, '/api/v1/health?format=csv')).status).toBe(400);
    expect((await request(base, '/api/v1/status')).status).toBe(200);
    expect(passed).toEqual(['GET /api/v1/health?format=csv', 'GET /api/v1/status']);
  });

  it("the format guard's 400 over HTTP is whole: its own length, no cached answer's ETag or encoding", async () => {
    // it used to inherit the cached 200's Content-Length (and ETag, Cache-Control, Content-Encoding): the
    // client waited for bytes that never came
    for (const target of ['/api/v1/meta?format=csv', '/api/v1/meta?format=csv']) {
      const res = await request(base, target, { 'accept-encoding': 'gzip' });
      expect(res.status, target).toBe(400);
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
      expect(JSON.parse(res.body.toString()).error.message).toMatch(/^format: /);
      expect(res.headers.etag).toBeUndefined();
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers['cache-control']).toBeUndefined();
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['ratelimit-limit']).toBe('1000');
    }
  });

  it('plainPath: the path of a target Hono would see as it is, else null', () => {
    expect(plainPath('/api/v1/health')).toBe('/api/v1/health');
    expect(plainPath('/api/v1/skills?limit=2&q=go')).toBe('/api/v1/skills');
    for (const target of [
      '/api/v1/./health',
      '/api/v1/a/../health',
      '/api/v1/c%2B%2B',
      '/api/v1/health#x',
      '/api/v1/a b',
      '/api/v1/a"b',
      '/api\\v1/health',
      'http://host/api/v1/health',
      '/api/v1/health?',
      '',
    ])
      expect(plainPath(target), target).toBeNull();
  });
});

describe('line sink', () => {
  it('writes the lines of one event-loop turn in one write, in order, and at once past its byte budget', async () => {
    const writes: string[] = [];
    const log = lineSink({ write: (s: string) => writes.push(s) }, 50);
    log('a');
    log('b');
    expect(writes).toEqual([]);
    await new Promise((r) => setImmediate(r));
    expect(writes).toEqual(['a\nb\n']);
    log('x'.repeat(30));
    log('y'.repeat(30)); // 62 bytes: over the budget, written now
    expect(writes).toEqual(['a\nb\n', `${'x'.repeat(30)}\n${'y'.repeat(30)}\n`]);
    await new Promise((r) => setImmediate(r));
    expect(writes.length).toBe(2);
  });
});
