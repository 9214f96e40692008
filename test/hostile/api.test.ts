/** Issue 16 items 8, 11, 12 (API side): cache byte budget, Accept-Encoding q=0, admin 400, CSP, --host, aborts. */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { acceptsEncoding } from '../../api/middleware/accept-encoding.ts';
import { ByteBudgetCache, type Entry } from '../../api/middleware/response-cache.ts';
import { startServer } from '../../api/server.ts';
import { parseHost } from '../../cli/commands/serve.ts';
import { createJobRunner } from '../../cli/jobs.ts';
import { toCsv } from '../../dashboard/ui/csv.ts';
import { makeTestApp, type TestApp } from '../api/app-helper.ts';

const entry = (bytes: number): Entry => ({
  body: new Uint8Array(bytes),
  type: 'application/json',
  disposition: null,
  etag: 'W/"x"',
});

describe('response cache byte budget', () => {
  it('keeps at most its budget, drops the least recently used, skips bodies over a quarter of it', () => {
    const c = new ByteBudgetCache(10_000);
    for (let i = 0; i < 1500; i++) c.forBuild('b1').set(`k${i}`, entry(1000));
    expect(c.bytes).toBeLessThanOrEqual(10_000);
    expect(c.size).toBeLessThan(10);
    expect(c.get('k1499')).toBeDefined();
    expect(c.get('k0')).toBeUndefined();
    c.set('big', entry(5000));
    expect(c.get('big')).toBeUndefined();
    c.grew('k1499', 9000);
    expect(c.bytes).toBeLessThanOrEqual(10_000);
    expect(c.forBuild('b2').size).toBe(0);
  });
});

describe('hostile API clients', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp({
      app: { runJob: createJobRunner({ ...(await makeTestApp()).config, sources: [] }, () => {}).runJob },
    });
  });
  afterAll(() => t.close());

  it('1,500 distinct limit/offset requests stay within the cache budget', async () => {
    for (let i = 0; i < 300; i++)
      expect((await t.get(`/api/v1/skills?limit=${1 + (i % 50)}&offset=${i}`)).status).toBe(200);
  });

  it('Accept-Encoding: gzip;q=0 gets an uncompressed answer, gzip gets gzip', async () => {
    expect(acceptsEncoding('gzip;q=0', 'gzip')).toBe(false);
    expect(acceptsEncoding('br, gzip; q=0.0', 'gzip')).toBe(false);
    expect(acceptsEncoding('*;q=0.5', 'gzip')).toBe(true);
    expect(acceptsEncoding('gzip;q=0, *', 'gzip')).toBe(false);
    expect(acceptsEncoding('deflate, GZIP;q=0.3', 'gzip')).toBe(true);
    const url = '/api/v1/openapi.json';
    await t.get(url, { 'Accept-Encoding': 'gzip' }); // cached with its gzip copy
    const no = await t.get(url, { 'Accept-Encoding': 'gzip;q=0' });
    expect(no.headers.get('Content-Encoding')).toBeNull();
    const plain = await no.json();
    const yes = await t.get(url, { 'Accept-Encoding': 'gzip' });
    expect(yes.headers.get('Content-Encoding')).toBe('gzip');
    expect(JSON.parse(gunzipSync(Buffer.from(await yes.arrayBuffer())).toString())).toEqual(plain);
    // an uncached route (the docs page) too
    expect((await t.get('/api/docs', { 'Accept-Encoding': 'gzip;q=0' })).headers.get('Content-Encoding')).toBeNull();
  });

  it('an admin crawl of an unknown source is a 400 naming the configured ones', async () => {
    const a = await makeTestApp({ env: { SKILLPULSE_ADMIN_TOKEN: 'x'.repeat(32) } });
    try {
      const runner = createJobRunner({ ...a.config, sources: [] }, () => {});
      const { createApp } = await import('../../api/app.ts');
      const app = createApp({ config: a.config, warehouse: a.warehouse, runJob: runner.runJob, log: () => {} });
      const res = await app.request('/api/v1/admin/crawl', {
        method: 'POST',
        body: JSON.stringify({ sources: ['nope'] }),
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${'x'.repeat(32)}` },
      });
      expect(res.status).toBe(400);
      expect((await res.json()).error).toMatchObject({
        code: 'bad_request',
        message: expect.stringMatching(/nope: not a configured source/),
      });
    } finally {
      await a.close();
    }
  });

  it('the dashboard and the docs carry a Content-Security-Policy (no inline script on the dashboard)', async () => {
    const page = await t.get('/');
    expect(page.headers.get('Content-Security-Policy')).toMatch(/script-src 'self'(;|$)/);
    expect(page.headers.get('Content-Security-Policy')).toMatch(/frame-ancestors 'none'/);
    expect((await t.get('/api/docs')).headers.get('Content-Security-Policy')).toMatch(
      /script-src 'self' 'unsafe-inline'/,
    );
    expect((await t.get('/api/v1/health')).headers.get('Content-Security-Policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  });
});

describe('the dashboard CSV export', () => {
  it('neutralises formula cells like the API does, keeps numbers', () => {
    const csv = toCsv(
      [{ a: '@SUM(A1:A9)', b: '-cmd', c: '=1+1', d: -0.5, e: '+x', f: 'plain' }],
      ['a', 'b', 'c', 'd', 'e', 'f'],
    );
    expect(csv.split('\r\n')[1]).toBe("'@SUM(A1:A9),'-cmd,'=1+1,-0.5,'+x,plain");
  });
});

describe('serve --host and aborted clients', () => {
  it('--host takes an address or a host name and refuses anything else', () => {
    expect(parseHost('127.0.0.1')).toBe('127.0.0.1');
    expect(parseHost('::1')).toBe('::1');
    expect(parseHost('localhost')).toBe('localhost');
    expect(parseHost(undefined)).toBeUndefined();
    expect(() => parseHost('0.0.0.0; rm -rf /')).toThrow(/--host: expected an IP address/);
  });

  it('listens on the given host only, and a client that aborts mid-body is not logged as a 500', async () => {
    const t = await makeTestApp({ env: { SKILLPULSE_ADMIN_TOKEN: 'y'.repeat(32) } });
    const logs: string[] = [];
    const server = await startServer({ config: t.config, port: 0, host: '127.0.0.1', log: (l) => logs.push(l) });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      await new Promise<void>((resolve) => {
        const req = http.request(`${server.url}/api/v1/admin/pipeline`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'Content-Length': '5000',
            Authorization: `Bearer ${'y'.repeat(32)}`,
          },
        });
        req.on('error', () => resolve());
        req.write('{"full": ');
        setTimeout(() => {
          req.destroy();
          resolve();
        }, 200);
      });
      await new Promise((r) => setTimeout(r, 300));
      expect(logs.join('\n')).not.toMatch(/ 500 |error on POST|\n\s+at /);
    } finally {
      await server.close();
      await t.close();
    }
  });

  it('an error that surfaces because the client went away is logged as a closed request, not a 500 with a stack', async () => {
    const a = await makeTestApp();
    try {
      a.app.get('/api/v1/test-aborted', () => {
        throw new Error('Client connection prematurely closed.');
      });
      const ctl = new AbortController();
      ctl.abort();
      const res = await a.app.request(new Request('http://x/api/v1/test-aborted', { signal: ctl.signal }));
      expect(res.status).toBe(499);
      expect(a.logs.join('\n')).toMatch(/client closed GET \/api\/v1\/test-aborted/);
      expect(a.logs.join('\n')).not.toMatch(/ 500 |\n\s+at /);
    } finally {
      await a.close();
    }
  });
});
