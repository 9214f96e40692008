/** Caching, limits, auth, headers and a malformed-input sweep that must never produce a 500. */
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from './app-helper.ts';
import type { JobKind } from '../../api/routes/admin.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('caching', () => {
  it('ETag + Cache-Control, 304 on If-None-Match, same ETag for reordered query', async () => {
    const a = await t.get('/api/v1/demand-scores?limit=3&offset=1');
    const etag = a.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[0-9a-f]{12}-[\w-]{20}"$/);
    expect(a.headers.get('cache-control')).toBe('public, max-age=60');
    const b = await t.get('/api/v1/demand-scores?offset=1&limit=3', { 'If-None-Match': etag });
    expect(b.status).toBe(304);
    expect(await b.text()).toBe('');
    expect(b.headers.get('etag')).toBe(etag);
    const c = await t.get('/api/v1/demand-scores?limit=4', { 'If-None-Match': etag });
    expect(c.status).toBe(200);
    expect((await t.get('/api/v1/health')).headers.get('cache-control')).toBe('no-cache');
  });
  it('gzip for clients that accept it', async () => {
    const plain = await (await t.get('/api/v1/skills/typescript/trend')).text();
    const res = await t.get('/api/v1/skills/typescript/trend', { 'Accept-Encoding': 'gzip, deflate' });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(plain);
    const doc = await t.get('/api/v1/openapi.json', { 'Accept-Encoding': 'gzip' });
    expect(doc.headers.get('content-encoding')).toBe('gzip');
  });
});

describe('headers and logging', () => {
  it('secure headers, CORS and a log line per request', async () => {
    const res = await t.get('/api/v1/health', { Origin: 'https://elsewhere.example' });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(t.logs.at(-1)).toMatch(/^GET \/api\/v1\/health 200 \d+\.\d+ms$/);
  });
  it('CORS limited to configured origins', async () => {
    const only = await makeTestApp({ api: { corsOrigins: ['https://ok.example'] } });
    try {
      expect(
        (await only.get('/api/v1/health', { Origin: 'https://ok.example' })).headers.get('access-control-allow-origin'),
      ).toBe('https://ok.example');
      expect(
        (await only.get('/api/v1/health', { Origin: 'https://evil.example' })).headers.get(
          'access-control-allow-origin',
        ),
      ).toBeNull();
    } finally {
      await only.close();
    }
  });
});

describe('limits', () => {
  it('429 with Retry-After past the per-minute limit', async () => {
    const limited = await makeTestApp({ env: { SKILLPULSE_RATE_LIMIT: '3' } });
    try {
      for (let i = 0; i < 3; i++) expect((await limited.get('/api/v1/health')).status).toBe(200);
      const res = await limited.get('/api/v1/health');
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(Number(res.headers.get('retry-after'))).toBeLessThanOrEqual(20);
      expect((await res.json()).error.code).toBe('rate_limited');
      expect((await limited.get('/')).status).toBe(200); // the page is not rate limited
    } finally {
      await limited.close();
    }
  });
  it('413 for a body over the limit', async () => {
    const res = await t.post('/api/v1/recommendations', { have: ['x'.repeat(200_000)] });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('body_too_large');
  });
  it('400 naming the parameter, for each kind of limit', async () => {
    const cases: [string, string][] = [
      ['/api/v1/skills?limit=0', 'limit'],
      ['/api/v1/skills?limit=1001', 'limit'],
      ['/api/v1/skills?limit=1e309', 'limit'],
      ['/api/v1/skills?offset=-1', 'offset'],
      ['/api/v1/skills?format=xml', 'format'],
      ['/api/v1/skills?q=' + 'a'.repeat(101), 'q'],
      ['/api/v1/demand-scores?country=USA', 'country'],
      ['/api/v1/skills/typescript/trend?interval=week', 'interval'],
      ['/api/v1/skills/typescript/trend?to=2024-13', 'to'],
      ['/api/v1/skills/typescript/related?sort=random', 'sort'],
      ['/api/v1/trends/movers?window=5', 'window'],
      ['/api/v1/trends/movers?direction=up', 'direction'],
    ];
    for (const [url, param] of cases) {
      const res = await t.get(url);
      expect(res.status, url).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe('bad_parameter');
      expect(body.error.message.startsWith(`${param}: `), `${url}: ${body.error.message}`).toBe(true);
    }
  });
});

describe('malformed input sweep', () => {
  const bad = [
    "'; DROP TABLE dim_skills; --",
    '" OR 1=1 --',
    '%00',
    '%ff%fe',
    '-1',
    '1.5',
    '99999999999999999999999',
    'NaN',
    'Infinity',
    '%F0%9F%98%80',
    'Ω≈ç√',
    '%E2%80%AE',
    '..%2F..%2Fetc%2Fpasswd',
    'a'.repeat(5000),
    '[]',
    '{}',
    '$1',
    '?',
    '%2C',
    '',
  ];
  const routes: [string, string[]][] = [
    ['/api/v1/skills', ['q', 'category', 'type', 'sort', 'limit', 'offset', 'format']],
    ['/api/v1/skills/typescript', ['format']],
    ['/api/v1/skills/typescript/trend', ['interval', 'from', 'to', 'source', 'country', 'role_family', 'format']],
    ['/api/v1/skills/react/half-life', ['limit']],
    ['/api/v1/skills/sql/related', ['limit', 'sort', 'format']],
    ['/api/v1/demand-scores', ['category', 'type', 'country', 'role_family', 'limit', 'offset', 'format']],
    ['/api/v1/trends/movers', ['direction', 'window', 'limit', 'format']],
    ['/api/v1/categories', ['kind', 'format']],
    ['/api/v1/sources', ['format']],
    ['/api/v1/meta', ['x']],
    ['/api/v1/health', ['x']],
  ];
  it('never answers 500 and never leaks a stack', async () => {
    let n = 0;
    for (const [route, params] of routes)
      for (const p of params)
        for (const v of bad) {
          const res = await t.get(`${route}?${p}=${v}`);
          n++;
          expect([200, 400, 404], `${route}?${p}=${v.slice(0, 40)}`).toContain(res.status);
          const text = await res.text();
          expect(text).not.toMatch(/\n\s+at /);
          if (res.status >= 400) expect(JSON.parse(text).error.code).toBeTypeOf('string');
        }
    for (const v of bad) {
      const res = await t.get(`/api/v1/skills/${v}/trend`);
      n++;
      expect([200, 400, 404], `skills/${v.slice(0, 40)}`).toContain(res.status);
    }
    const bodies: unknown[] = [
      null,
      1,
      'x',
      [],
      {},
      { have: null },
      { have: [1, 2] },
      { have: ['ts'], limit: '3' },
      { have: ['ts'], limit: 1e308 },
      { have: Array(51).fill('ts') },
      { have: ["' OR 1=1 --"] },
      { have: ['😀'] },
    ];
    for (const b of bodies) {
      const res = await t.post('/api/v1/recommendations', b);
      n++;
      expect([200, 400], JSON.stringify(b)).toContain(res.status);
    }
    expect(n).toBeGreaterThan(600);
    // The injection strings changed nothing.
    expect((await t.json('/api/v1/skills')).total).toBe(7);
  }, 120_000);
});

describe('admin routes', () => {
  it('404 while no token is configured', async () => {
    const res = await t.post('/api/v1/admin/pipeline', {});
    expect(res.status).toBe(404);
  });
  it('401 without or with a wrong token; runs the job with the right one', async () => {
    const calls: [JobKind, unknown][] = [];
    let busy = false;
    const a = await makeTestApp({
      env: { SKILLPULSE_ADMIN_TOKEN: 's3cret' },
      app: {
        runJob: async (kind, opts) => {
          calls.push([kind, opts]);
          if (busy) return { busy: true, running: 'crawl' };
          return { kind, ok: true };
        },
      },
    });
    try {
      const none = await a.post('/api/v1/admin/pipeline', {});
      expect(none.status).toBe(401);
      expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect((await a.post('/api/v1/admin/pipeline', {}, { Authorization: 'Bearer wrong' })).status).toBe(401);
      expect((await a.post('/api/v1/admin/pipeline', {}, { Authorization: 'Basic czNjcmV0' })).status).toBe(401);
      expect(calls).toEqual([]);
      const ok = await a.post('/api/v1/admin/pipeline', { full: true }, { Authorization: 'Bearer s3cret' });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({ kind: 'pipeline', state: 'finished', result: { kind: 'pipeline', ok: true } });
      expect(
        (await a.post('/api/v1/admin/crawl', { pipeline: true, sources: ['hn'] }, { Authorization: 'Bearer s3cret' }))
          .status,
      ).toBe(200);
      expect(calls).toEqual([
        ['pipeline', { full: true }],
        ['crawl+pipeline', { sources: ['hn'] }],
      ]);
      busy = true;
      const b = await a.post('/api/v1/admin/crawl', {}, { Authorization: 'Bearer s3cret' });
      expect(b.status).toBe(409);
      expect((await a.post('/api/v1/admin/crawl', { nope: 1 }, { Authorization: 'Bearer s3cret' })).status).toBe(400);
    } finally {
      await a.close();
    }
  });
  it('202 for a job that keeps running; 503 without a runner', async () => {
    let finish!: () => void;
    const a = await makeTestApp({
      env: { SKILLPULSE_ADMIN_TOKEN: 't' },
      app: { runJob: () => new Promise((r) => (finish = () => r({ ok: true }))) },
    });
    const b = await makeTestApp({ env: { SKILLPULSE_ADMIN_TOKEN: 't' } });
    try {
      const res = await a.post('/api/v1/admin/pipeline', {}, { Authorization: 'Bearer t' });
      expect(res.status).toBe(202);
      expect(await res.json()).toEqual({ kind: 'pipeline', state: 'started' });
      finish();
      expect((await b.post('/api/v1/admin/pipeline', {}, { Authorization: 'Bearer t' })).status).toBe(503);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
