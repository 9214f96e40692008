/**
 * Issue 17 (what analysts hit in the API), on the fixture warehouse plus the analyst extras
 * (test/helpers/analyst-fixture.ts): unknown filter values, CSV shapes, format on a route without a table,
 * malformed bodies, forecasts and from, p-values, OpenAPI operation ids and servers, search ranking, slices
 * on movers and combined demand-score scopes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from './app-helper.ts';
import { buildAnalystWarehouse } from '../helpers/analyst-fixture.ts';
import { suggest } from '../../api/filter-values.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp({ fixture: false });
  await buildAnalystWarehouse(t.dir);
});
afterAll(async () => {
  await t.close();
});

const error = async (url: string) => {
  const res = await t.get(url);
  return { status: res.status, ...((await res.json()) as { error: { code: string; message: string } }).error };
};

describe('unknown filter values answer 400 naming the valid ones', () => {
  it('role_family with a did-you-mean', async () => {
    const e = await error('/api/v1/demand-scores?role_family=back-end');
    expect(e).toMatchObject({ status: 400, code: 'bad_parameter' });
    expect(e.message).toBe('role_family: unknown value "back-end" (did you mean "backend"?); valid: backend, frontend');
    expect((await error('/api/v1/skills/typescript/trend?role_family=data-ml')).message).toMatch(
      /^role_family: unknown value "data-ml"; valid: backend, frontend$/,
    );
  });
  it('country ZZ, on trend, demand scores and movers; unknown stays valid', async () => {
    for (const url of [
      '/api/v1/skills/typescript/trend?country=ZZ',
      '/api/v1/demand-scores?country=ZZ',
      '/api/v1/trends/movers?country=ZZ',
    ]) {
      const e = await error(url);
      expect(e.status, url).toBe(400);
      expect(e.message).toBe('country: unknown value "ZZ"; valid: US, DE, GB, unknown');
    }
    expect((await t.get('/api/v1/skills/typescript/trend?country=unknown')).status).toBe(200);
  });
  it('source and category', async () => {
    expect((await error('/api/v1/skills/typescript/trend?source=greenhouse:vercell')).message).toContain(
      '(did you mean "greenhouse:vercel"?)',
    );
    const e = await error('/api/v1/skills?category=Programing%20languages');
    expect(e.status).toBe(400);
    expect(e.message).toMatch(
      /^category: unknown value "Programing languages" \(did you mean "Programming languages"\?\); valid: Backend frameworks, Databases, /,
    );
    expect((await error('/api/v1/demand-scores?category=nope')).status).toBe(400);
    expect((await t.get('/api/v1/skills?category=programming%20languages')).status).toBe(200);
  });
  it('suggest: separators and case do not count, far values get no suggestion', () => {
    expect(suggest('data-ml', ['data_ml', 'software'])).toBe('data_ml');
    expect(suggest('SOFTWARE', ['data_ml', 'software'])).toBe('software');
    expect(suggest('ZZ', ['US', 'DE'])).toBeNull();
  });
});

describe('CSV', () => {
  it('the trend CSV includes the forecast with its interval', async () => {
    const csv = (await (await t.get('/api/v1/skills/typescript/trend?format=csv')).text())
      .split('\r\n')
      .filter(Boolean);
    expect(csv[0]).toBe('skill_id,kind,period,postings,total,share,lo,hi,method,is_fallback');
    expect(csv[1]).toBe('typescript,observed,2024-01,2,10,0.2,,,,');
    expect(csv).toHaveLength(1 + 12 + 12);
    expect(csv[13]).toMatch(/^typescript,forecast,2025-01,,,0\.72,0\.62\d*,[\d.]+,damped_trend,false$/);
  });
  it('the categories CSV has one column per year of the remaining curve, no JSON', async () => {
    const csv = await (await t.get('/api/v1/categories?format=csv')).text();
    const [head, ...rows] = csv.split('\r\n').filter(Boolean);
    expect(head).toBe(
      'name,skills,share_latest,status,half_life_months,ci_low,ci_high,base_year,n_skills,method,remaining_1y',
    );
    expect(csv).not.toMatch(/[[{]/);
    expect(rows.find((r) => r.startsWith('Frontend frameworks'))).toMatch(/,0\.7$/);
  });
  it('format=csv on a route without a table is a 400 naming format', async () => {
    for (const url of [
      '/api/v1/meta?format=csv',
      '/api/v1/meta?format=csv',
      '/api/v1/health?format=csv',
      '/api/v1/skills/typescript?format=csv',
      '/api/v1/skills/typescript/half-life?format=csv',
    ]) {
      const e = await error(url);
      expect(e.status, url).toBe(400);
      expect(e.code).toBe('bad_parameter');
      expect(e.message).toMatch(/^format: "csv" is not available on /);
    }
    expect((await t.get('/api/v1/meta?format=json')).status).toBe(200);
    const rec = await t.post('/api/v1/recommendations?format=csv', { have: ['react'] });
    expect(rec.status).toBe(400);
  });
});

describe('bodies', () => {
  it('malformed JSON is 400 bad_parameter naming the body; a wrong content type is 415', async () => {
    const bad = await t.post('/api/v1/recommendations', '{"have": [');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({
      code: 'bad_parameter',
      message: expect.stringMatching(/^body: /),
    });
    const text = await t.post('/api/v1/recommendations', '{"have":["react"]}', { 'Content-Type': 'text/plain' });
    expect(text.status).toBe(415);
    expect((await text.json()).error).toEqual({
      code: 'unsupported_media_type',
      message: 'body: expected Content-Type: application/json',
    });
  });
});

describe('forecasts, p-values', () => {
  it('from and to bound the forecast too', async () => {
    expect((await t.json('/api/v1/skills/typescript/trend?from=2030-01')).forecast).toEqual([]);
    const f = await t.json('/api/v1/skills/typescript/trend?from=2025-06');
    expect(f.forecast.map((p: any) => p.period)[0]).toBe('2025-06');
    expect(f.forecast.every((p: any) => p.period >= '2025-06')).toBe(true);
    const to = await t.json('/api/v1/skills/typescript/trend?to=2025-02');
    expect(to.forecast.map((p: any) => p.period)).toEqual(['2025-01', '2025-02']);
  });
  it('a p-value is never exactly 0 (floored at 1e-16)', async () => {
    expect((await t.json('/api/v1/skills/jquery/half-life')).p_value).toBe(1e-16);
    expect((await t.json('/api/v1/skills/typescript/half-life')).p_value).toBe(0.0002);
  });
});

describe('OpenAPI', () => {
  it('every operation has a unique operationId, and the document has servers', async () => {
    const doc = await t.json('/api/v1/openapi.json');
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/' })]);
    const ids: string[] = [];
    for (const [p, ops] of Object.entries<Record<string, any>>(doc.paths))
      for (const [method, op] of Object.entries(ops)) {
        expect(op.operationId, `${method} ${p}`).toMatch(/^[a-z][A-Za-z]+$/);
        ids.push(op.operationId);
      }
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('getSkillTrend');
  });
});

describe('search ranks the exact match first', () => {
  const first = async (q: string) =>
    (await t.json(`/api/v1/skills?q=${encodeURIComponent(q)}&limit=5`)).items.map((s: any) => s.id);
  it('R, C, Go, rust, excel', async () => {
    expect((await first('r'))[0]).toBe('r');
    expect((await first('C'))[0]).toBe('c');
    expect((await first('go'))[0]).toBe('go');
    expect((await first('rust')).slice(0, 2)).toEqual(['rust', 'zero_trust']);
    expect((await first('excel')).slice(0, 2)).toEqual(['excel', 'spreadsheets']);
    expect((await first('golang'))[0]).toBe('go');
  });
});

describe('coverage gaps per source', () => {
  it('/sources lists the runs of months without postings', async () => {
    const s = await t.json('/api/v1/sources');
    expect(s.items.find((i: any) => i.source === 'greenhouse:vercel').gaps).toEqual([
      { from: '2024-05', to: '2024-07', months: 3 },
    ]);
    expect(s.items.find((i: any) => i.source === 'hn_whoishiring').gaps).toEqual([]);
    const csv = await (await t.get('/api/v1/sources?format=csv')).text();
    expect(csv).toContain(',2024-05..2024-07\r\n');
  });
});

describe('slices reach movers and demand scores', () => {
  it('movers within one role family come from the pipeline (fct_movers per slice); country + role family are counted live', async () => {
    const one = await t.json('/api/v1/trends/movers?window=6&role_family=backend');
    expect(one.scope).toEqual({ kind: 'role_family', value: 'backend' });
    expect(one.items).toEqual([]); // the fixture's backend slice has no stored movers (slices need >= 300 postings)
    const both = await t.json('/api/v1/trends/movers?window=6&role_family=backend&country=US&limit=50');
    expect(both.scope).toEqual({ kind: 'country_role_family', value: 'US,backend' });
    expect(both.total).toBe(both.items.length);
    for (const i of both.items) expect(i.share_to).toBeGreaterThan(i.share_from);
  });
  it('country and role family together: a combined scope, counted live', async () => {
    const d = await t.json('/api/v1/demand-scores?country=US&role_family=backend');
    expect(d.scope).toEqual({ kind: 'country_role_family', value: 'US,backend' });
    // 24 postings in the last 12 months: under the pipeline's minimum of 100, so no scores (as in the pipeline)
    expect(d.items).toEqual([]);
  });
});
