/**
 * The headers every answer carries (api/middleware/response-headers.ts), on the response cache's fast path
 * (a hit answered before the rest of the chain) exactly as on a miss, an error or a preflight; documents get the
 * full security set, data answers under /api/ the part that acts on a resource (docs/security.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_SECURITY_HEADERS, SECURITY_HEADERS } from '../../api/middleware/response-headers.ts';
import { API_CSP } from '../../api/middleware/csp.ts';
import { makeTestApp, type TestApp } from './app-helper.ts';

const pick = (res: Response, names: string[]) =>
  Object.fromEntries(names.map((n) => [n.toLowerCase(), res.headers.get(n)]));
const names = [
  ...Object.keys(SECURITY_HEADERS),
  'Content-Security-Policy',
  'Access-Control-Allow-Origin',
  'Access-Control-Expose-Headers',
  'RateLimit-Limit',
  'ETag',
  'Cache-Control',
  'Vary',
  'Content-Type',
];

describe('response headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp({ env: { SKILLPULSE_RATE_LIMIT: '1000' } });
  });
  afterAll(async () => t.close());

  it('a cache hit carries the same headers as the miss that filled it', async () => {
    const miss = await t.get('/api/v1/demand-scores?limit=3');
    const hit = await t.get('/api/v1/demand-scores?limit=3');
    expect(miss.status).toBe(200);
    expect(pick(hit, names)).toEqual(pick(miss, names));
    for (const [k, v] of Object.entries(DATA_SECURITY_HEADERS)) expect(hit.headers.get(k)).toBe(v);
    expect(hit.headers.get('content-security-policy')).toBe(API_CSP);
    expect(hit.headers.get('access-control-allow-origin')).toBe('*');
    expect(hit.headers.get('ratelimit-limit')).toBe('1000');
    expect(Number(hit.headers.get('ratelimit-remaining'))).toBeGreaterThan(990); // per request, not cached
    expect(await hit.text()).toBe(await miss.text());
  });

  it('errors and 304s carry them too', async () => {
    const err = await t.get('/api/v1/skills/no-such-skill-xyz');
    expect(err.status).toBe(404);
    expect(err.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(err.headers.get('content-security-policy')).toBe(API_CSP);
    expect(err.headers.get('access-control-allow-origin')).toBe('*');
    const first = await t.get('/api/v1/health');
    const again = await t.get('/api/v1/health', { 'If-None-Match': first.headers.get('etag')! });
    expect(again.status).toBe(304);
    expect(again.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('documents carry the full security set; data answers the resource part, with a CSP forbidding framing', async () => {
    const documentOnly = Object.keys(SECURITY_HEADERS).filter((k) => !(k in DATA_SECURITY_HEADERS));
    expect(documentOnly).toEqual(
      expect.arrayContaining(['Cross-Origin-Opener-Policy', 'Referrer-Policy', 'X-XSS-Protection']),
    );
    for (const path of ['/', '/api/docs']) {
      const doc = await t.get(path);
      expect(doc.status, path).toBe(200);
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(doc.headers.get(k), `${path} ${k}`).toBe(v);
      expect(doc.headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'none'/);
    }
    for (const path of [
      '/api/v1/health',
      '/api/v1/skills?limit=2&format=csv',
      '/api/v1/openapi.json',
      '/api/v1/nope',
    ]) {
      const data = await t.get(path);
      for (const [k, v] of Object.entries(DATA_SECURITY_HEADERS)) expect(data.headers.get(k), `${path} ${k}`).toBe(v);
      for (const k of documentOnly) expect(data.headers.get(k), `${path} ${k}`).toBeNull();
      expect(data.headers.get('content-security-policy'), path).toBe(API_CSP);
    }
  });

  it('a preflight answers 204 with the allowed methods and headers', async () => {
    const res = await t.app.request('/api/v1/recommendations', {
      method: 'OPTIONS',
      headers: { Origin: 'https://a.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')).toContain('Content-Type');
  });

  it('with an origin list, a cached answer never carries another origin', async () => {
    const only = await makeTestApp({ api: { corsOrigins: ['https://ok.example'] } });
    try {
      const a = await only.get('/api/v1/demand-scores?limit=2', { Origin: 'https://ok.example' });
      const b = await only.get('/api/v1/demand-scores?limit=2', { Origin: 'https://evil.example' });
      expect(a.headers.get('access-control-allow-origin')).toBe('https://ok.example');
      expect(b.headers.get('access-control-allow-origin')).toBeNull();
      expect(b.headers.get('vary')).toContain('Origin');
      expect(b.headers.get('vary')).toContain('Accept-Encoding');
    } finally {
      await only.close();
    }
  });

  it('a 429 carries security and CORS headers, so browsers can read it', async () => {
    const limited = await makeTestApp({ env: { SKILLPULSE_RATE_LIMIT: '1' } });
    try {
      await limited.get('/api/v1/health');
      const res = await limited.get('/api/v1/health');
      expect(res.status).toBe(429);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    } finally {
      await limited.close();
    }
  });
});
