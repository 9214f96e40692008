import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from './app-helper.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('language filter', () => {
  it('trend?language=zh counts only the zh postings (agg_language_period)', async () => {
    const zh = await t.json('/api/v1/skills/react/trend?language=zh');
    expect(zh.filters.language).toBe('zh');
    expect(zh.computed).toBe('aggregate');
    // fixture: one posting in ten (i = 9) is zh, every month; i = 9 is odd, so it asks for React
    expect(zh.points.length).toBe(12);
    for (const p of zh.points) {
      expect(p.total).toBe(1);
      expect(p.postings).toBe(1);
    }
    const en = await t.json('/api/v1/skills/react/trend?language=EN');
    for (const p of en.points) expect(p.total).toBe(9);
    const q = await t.json('/api/v1/skills/react/trend?language=zh&interval=quarter');
    expect(q.points.map((p: { total: number }) => p.total)).toEqual([3, 3, 3, 3]);
    const both = await t.get('/api/v1/skills/react/trend?language=zh&country=GB');
    expect(both.status).toBe(400);
    expect(await both.text()).toContain('one filter at a time');
  });
  it('an unknown language is a 400 naming the valid values', async () => {
    for (const url of ['/api/v1/skills/react/trend?language=xx', '/api/v1/demand-scores?language=chinese']) {
      const r = await t.get(url);
      expect(r.status).toBe(400);
      const body = await r.text();
      expect(body).toContain('language');
      expect(body).toContain('en, zh, ja, ko, de, fr, es, pt, it, nl, und');
    }
  });
  it('demand-scores?language=zh reads the language scope; it does not combine with country', async () => {
    const r = await t.json('/api/v1/demand-scores?language=zh');
    expect(r.scope).toEqual({ kind: 'language', value: 'zh' });
    const bad = await t.get('/api/v1/demand-scores?language=zh&country=US');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('cannot be combined with country');
  });
});
