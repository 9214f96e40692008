/** Every data route against the fixture warehouse (known answers in test/helpers/fixture-warehouse.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from './app-helper.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('health, meta, sources', () => {
  it('health reports the build', async () => {
    const h = await t.json('/api/v1/health');
    expect(h).toMatchObject({
      status: 'ok',
      postings: 120,
      data_through: '2024-12',
      first_month: '2024-01',
      built_at: '2025-01-02T03:04:05.000Z',
    });
    expect(h.sources).toEqual(['hn_whoishiring', 'greenhouse:vercel']);
    expect(h.build).toMatch(/^[0-9a-f]{12}$/);
  });
  it('meta lists the filter values', async () => {
    const m = await t.json('/api/v1/meta');
    expect(m.periods.month).toHaveLength(12);
    expect(m.periods.quarter).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    expect(m.countries).toEqual([
      { name: 'US', postings: 48 },
      { name: 'DE', postings: 24 },
      { name: 'GB', postings: 24 },
    ]);
    expect(m.role_families).toEqual([
      { name: 'backend', postings: 60 },
      { name: 'frontend', postings: 60 },
    ]);
    expect(m.sources).toEqual([
      { name: 'hn_whoishiring', postings: 96 },
      { name: 'greenhouse:vercel', postings: 24 },
    ]);
    expect(m.categories).toEqual([
      { name: 'Databases', skills: 1 },
      { name: 'Frontend frameworks', skills: 2 },
      { name: 'Programming languages', skills: 4 },
    ]);
  });
  it('sources with freshness, also as CSV', async () => {
    const s = await t.json('/api/v1/sources');
    expect(s.total).toBe(2);
    expect(s.items[1]).toEqual({
      source: 'greenhouse:vercel',
      postings: 24,
      raw_postings: 29,
      first_month: '2024-01',
      last_month: '2024-12',
      last_posted_at: '2024-12-15',
      gaps: [],
    });
    const csv = await (await t.get('/api/v1/sources?format=csv')).text();
    expect(csv.split('\r\n')[0]).toBe('source,postings,raw_postings,first_month,last_month,last_posted_at,gaps');
  });
});

describe('skills', () => {
  it('lists by postings with totals and pagination', async () => {
    const all = await t.json('/api/v1/skills');
    expect(all.total).toBe(7);
    expect(all.items.map((s: any) => s.id)).toEqual(['react', 'sql', 'typescript', 'jquery', 'python', 'cpp', 'cobol']);
    expect(all.items[2]).toEqual({
      id: 'typescript',
      label: 'TypeScript',
      category: 'Programming languages',
      type: 'specialized',
      postings: 54,
      share: 0.45,
      demand_score: 75,
    });
    const page = await t.json('/api/v1/skills?limit=2&offset=2');
    expect(page).toMatchObject({ total: 7, limit: 2, offset: 2 });
    expect(page.items.map((s: any) => s.id)).toEqual(['typescript', 'jquery']);
    const past = await t.json('/api/v1/skills?offset=100');
    expect(past).toMatchObject({ items: [], total: 7 });
  });
  it('searches ids, labels and aliases; filters by category; sorts', async () => {
    expect((await t.json('/api/v1/skills?q=JS')).items.map((s: any) => s.id)).toEqual(['react', 'jquery']);
    expect((await t.json('/api/v1/skills?q=structured')).items.map((s: any) => s.id)).toEqual(['sql']);
    const langs = await t.json('/api/v1/skills?category=programming%20languages');
    expect(langs.items.map((s: any) => s.id)).toEqual(['typescript', 'python', 'cpp', 'cobol']);
    const byLabel = await t.json('/api/v1/skills?sort=label');
    expect(byLabel.items.map((s: any) => s.label)).toEqual([
      'C++',
      'COBOL',
      'jQuery',
      'Python',
      'React',
      'SQL',
      'TypeScript',
    ]);
    expect((await t.json('/api/v1/skills?q=%25')).total).toBe(0);
  });
  it('skill items and detail carry type; type= filters (specialized | common | certification)', async () => {
    const all = await t.json('/api/v1/skills?type=specialized');
    expect(all.total).toBe(7);
    expect(all.items.every((s: any) => s.type === 'specialized')).toBe(true);
    expect((await t.json('/api/v1/skills?type=certification')).total).toBe(0);
    expect((await t.json('/api/v1/skills/typescript')).type).toBe('specialized');
    const bad = await t.get('/api/v1/skills?type=soft');
    expect(bad.status).toBe(400);
    const msg = (await bad.json()).error.message as string;
    expect(msg.startsWith('type: ')).toBe(true);
    for (const v of ['specialized', 'common', 'certification']) expect(msg).toContain(v);
  });
  it('one skill by id, label or alias (case-insensitive)', async () => {
    for (const key of ['typescript', 'TypeScript', 'ts', 'TS', '%20TypeScript%20']) {
      const s = await t.json(`/api/v1/skills/${key}`);
      expect(s.id).toBe('typescript');
    }
    expect((await t.json('/api/v1/skills/REACT.JS')).id).toBe('react');
    expect((await t.json('/api/v1/skills/c%2B%2B')).id).toBe('cpp');
    expect((await t.json('/api/v1/skills/C%20plus%20plus')).id).toBe('cpp');
    const s = await t.json('/api/v1/skills/ts');
    expect(s).toMatchObject({
      label: 'TypeScript',
      aliases: ['TS'],
      category_path: ['Software', 'Programming languages', 'TypeScript'],
      esco_uri: 'http://data.europa.eu/esco/skill/ts',
      postings: 54,
      share: 0.45,
      demand: { score: 75, rank: 3, postings_12m: 54 },
      trend: { share_current: 0.7, growth_12m: 1.5 },
      half_life: { status: 'rising', doubling_time_months: 7.2 },
    });
    const cobol = await t.json('/api/v1/skills/cobol');
    expect(cobol).toMatchObject({ postings: 0, trend: null, half_life: null });
    // never a bare null: no score, and the reason says why
    expect(cobol.demand).toMatchObject({ score: null, low_evidence: true });
    expect(cobol.demand.reason).toMatch(/^no postings name it in the score's window \(2024-01\.\.2024-12/);
    const ts = await t.json('/api/v1/skills/typescript');
    expect(ts.trend.current).toEqual({
      share: 0.7,
      from: '2024-10',
      to: '2024-12',
      months_with_data: 3,
      postings: 21,
      total: 30,
    });
    expect(ts.demand).toMatchObject({
      score: 75,
      low_evidence: false,
      reason: null,
      window: { from: '2024-01', to: '2024-12', months: 12, months_with_data: 12, postings: 54, total: 120 },
    });
  });
  it('404 for an unknown skill on every skill route', async () => {
    for (const suffix of ['', '/trend', '/half-life', '/related']) {
      const res = await t.get(`/api/v1/skills/kotlin${suffix}`);
      expect(res.status).toBe(404);
      expect((await res.json()).error).toEqual({ code: 'not_found', message: 'skill not found: "kotlin"' });
    }
  });
});

describe('trend', () => {
  const shares = (body: any) => body.points.map((p: any) => [p.period, p.postings, p.total]);
  it('monthly shares of all postings plus the forecast', async () => {
    const tr = await t.json('/api/v1/skills/typescript/trend');
    expect(tr.skill).toEqual({ id: 'typescript', label: 'TypeScript', category: 'Programming languages' });
    expect(tr.points.map((p: any) => p.postings)).toEqual([2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7]);
    expect(tr.points[0]).toEqual({ period: '2024-01', postings: 2, total: 10, share: 0.2 });
    expect(tr.points[11].share).toBeCloseTo(0.7, 12);
    expect(tr.computed).toBe('aggregate');
    expect(tr.forecast).toHaveLength(12);
    expect(tr.forecast[0]).toMatchObject({
      period: '2025-01',
      share: 0.72,
      method: 'damped_trend',
      is_fallback: false,
    });
    expect(tr.forecast[0].lo).toBeCloseTo(0.62, 12);
  });
  it('quarters, with from/to', async () => {
    const q = await t.json('/api/v1/skills/typescript/trend?interval=quarter');
    expect(shares(q)).toEqual([
      ['2024-Q1', 7, 30],
      ['2024-Q2', 11, 30],
      ['2024-Q3', 16, 30],
      ['2024-Q4', 20, 30],
    ]);
    expect(q.forecast).toEqual([]);
    const r = await t.json('/api/v1/skills/typescript/trend?interval=quarter&from=2024-Q2&to=2024-Q3');
    expect(shares(r)).toEqual([
      ['2024-Q2', 11, 30],
      ['2024-Q3', 16, 30],
    ]);
    const m = await t.json('/api/v1/skills/typescript/trend?from=2024-03&to=2024-05');
    expect(m.points.map((p: any) => p.period)).toEqual(['2024-03', '2024-04', '2024-05']);
  });
  it('one breakdown filter reads the aggregate and fills zeros', async () => {
    const gh = await t.json('/api/v1/skills/typescript/trend?source=greenhouse:vercel');
    expect(gh.points.map((p: any) => p.postings)).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(gh.points.every((p: any) => p.total === 2)).toBe(true);
    expect(gh.forecast).toEqual([]);
    const us = await t.json('/api/v1/skills/typescript/trend?country=us');
    expect(us.filters.country).toBe('US');
    // postings without a country are the 'unknown' slice (listed by /meta)
    expect((await t.json('/api/v1/skills/typescript/trend?country=unknown')).filters.country).toBe('unknown');
    expect(us.points.map((p: any) => p.postings)).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 4, 4]);
    expect(us.points.every((p: any) => p.total === 4)).toBe(true);
  });
  it('two filters at once are a 400 naming them: the warehouse holds slices of one filter', async () => {
    const res = await t.get('/api/v1/skills/typescript/trend?country=US&role_family=backend');
    expect(res.status).toBe(400);
    expect((await res.json()).error).toEqual({
      code: 'bad_parameter',
      message:
        'role_family: the warehouse holds slices of one filter at a time (source, country, role_family or language); got country and role_family',
    });
    expect(
      (await t.get('/api/v1/skills/typescript/trend?interval=quarter&country=US&source=hn_whoishiring')).status,
    ).toBe(400);
  });
  it('serves the smoothed line the pipeline computed for the slice, cut to from/to', async () => {
    const tr = await t.json('/api/v1/skills/typescript/trend');
    // centred 3-month pooled share: (2 + 2) / 20 at the first month, (2 + 2 + 3) / 30 at the second
    expect(tr.smoothed[0]).toEqual({ period: '2024-01', share: 0.2 });
    expect(tr.smoothed[1].share).toBeCloseTo(7 / 30, 6);
    expect(tr.smoothed).toHaveLength(12);
    expect(tr.isolated).toBeNull();
    const gh = await t.json('/api/v1/skills/typescript/trend?source=greenhouse:vercel&from=2024-04&to=2024-06');
    expect(gh.smoothed).toEqual(
      [
        { period: '2024-04', share: 0.5 / 3 },
        { period: '2024-05', share: 1 / 3 },
        { period: '2024-06', share: 0.5 },
      ].map((p) => ({ ...p, share: Math.round(p.share * 1e6) / 1e6 })),
    );
    const q = await t.json('/api/v1/skills/typescript/trend?interval=quarter');
    expect(q.smoothed.map((p: any) => p.period)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    expect(q.smoothed[0].share).toBeCloseTo(18 / 60, 6);
  });
  it('CSV of the points', async () => {
    const res = await t.get('/api/v1/skills/jquery/trend?interval=quarter&format=csv');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    // quarterly: no forecast rows (the forecast is monthly)
    expect(await res.text()).toBe(
      'skill_id,kind,period,postings,total,share,lo,hi,method,is_fallback\r\njquery,observed,2024-Q1,17,30,0.5666666666666667,,,,\r\njquery,observed,2024-Q2,13,30,0.43333333333333335,,,,\r\njquery,observed,2024-Q3,8,30,0.26666666666666666,,,,\r\njquery,observed,2024-Q4,4,30,0.13333333333333333,,,,\r\n',
    );
  });
  it('a period that does not fit the interval is a 400 naming it', async () => {
    const res = await t.get('/api/v1/skills/typescript/trend?interval=quarter&from=2024-01');
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/^from: expected YYYY-Qn/);
    const back = await t.get('/api/v1/skills/typescript/trend?from=2024-05&to=2024-01');
    expect((await back.json()).error.message).toMatch(/^from: is after to/);
  });
});

describe('half-life and related', () => {
  it('half-life estimates and the insufficient-data default', async () => {
    expect(await t.json('/api/v1/skills/jquery/half-life')).toMatchObject({
      status: 'declining',
      half_life_months: 4.5,
      ci_low: 3.8,
      ci_high: 5.6,
      peak_period: '2024-01',
      doubling_time_months: null,
    });
    expect(await t.json('/api/v1/skills/typescript/half-life')).toMatchObject({
      status: 'rising',
      half_life_months: null,
      doubling_time_months: 7.2,
    });
    expect(await t.json('/api/v1/skills/cobol/half-life')).toMatchObject({
      skill: { id: 'cobol' },
      status: 'insufficient_data',
      half_life_months: null,
      method: null,
      curve: null,
    });
  });
  it('serves the fitted curve of a decline, computed in the pipeline', async () => {
    const { curve } = await t.json('/api/v1/skills/jquery/half-life');
    expect(Object.keys(curve).sort()).toEqual(['half', 'peak', 'points']);
    // level = sum(postings) / sum(total * exp(r t)) over the 12 months from the 2024-01 peak, r = -ln 2 / 4.5
    const r = -Math.LN2 / 4.5;
    const level = 42 / [...Array(12).keys()].reduce((a, k) => a + 10 * Math.exp(r * k), 0);
    expect(curve.peak.period).toBe('2024-01');
    expect(curve.peak.share).toBeCloseTo(level, 9);
    expect(curve.half).toEqual({ period: '2024-06', share: curve.peak.share / 2, projected: false });
    expect(curve.points).toHaveLength(12);
    expect(curve.points[11].share).toBeCloseTo(level * Math.exp(r * 11), 9);
    expect((await t.json('/api/v1/skills/typescript/half-life')).curve).toBeNull();
  });
  it('related skills by strength (default), lift or shared postings', async () => {
    const byStrength = await t.json('/api/v1/skills/react/related');
    expect(byStrength.sort).toBe('strength');
    const strength = (r: any) => r.shared * Math.log2(r.lift);
    for (let i = 1; i < byStrength.items.length; i++)
      expect(strength(byStrength.items[i - 1])).toBeGreaterThanOrEqual(strength(byStrength.items[i]));
    const byLift = await t.json('/api/v1/skills/react/related?sort=lift');
    expect(byLift.total).toBe(4);
    expect(byLift.items[0]).toMatchObject({ id: 'cpp', shared: 3, lift: 2 });
    const byShared = await t.json('/api/v1/skills/react/related?sort=shared');
    expect(byShared.items.map((r: any) => [r.id, r.shared])).toEqual([
      ['jquery', 24],
      ['typescript', 24],
      ['python', 12],
      ['cpp', 3],
    ]);
    expect(byShared.items[1].lift).toBeCloseTo((24 * 120) / (60 * 54), 12);
    expect((await t.json('/api/v1/skills/react/related?limit=1')).items).toHaveLength(1);
  });
});

describe('demand scores, movers, categories', () => {
  it('ranks with components, scopes and pagination', async () => {
    const d = await t.json('/api/v1/demand-scores');
    expect(d.scope).toEqual({ kind: 'all', value: '*' });
    expect(d.total).toBe(6);
    expect(d.items.map((i: any) => i.id)).toEqual(['sql', 'react', 'typescript', 'jquery', 'python', 'cpp']);
    expect(d.items[0]).toEqual({
      rank: 1,
      id: 'sql',
      label: 'SQL',
      category: 'Databases',
      score: 80,
      share: 0.5,
      share_component: 0.9,
      growth: 0,
      growth_component: 0.5,
      breadth: 10,
      breadth_component: 1,
      postings: 60,
      low_evidence: false,
      reason: null,
    });
    expect(d.window).toEqual({
      from: '2024-01',
      to: '2024-12',
      months: 12,
      months_with_data: 12,
      postings: 120,
      total: 120,
    });
    expect(d.items.find((i: any) => i.id === 'cpp')).toMatchObject({
      low_evidence: true,
      reason: 'only 3 postings from 1 employers in the 12 months with data 2024-01..2024-12',
    });
    expect((await t.json('/api/v1/demand-scores?limit=2&offset=2')).items.map((i: any) => i.id)).toEqual([
      'typescript',
      'jquery',
    ]);
    const us = await t.json('/api/v1/demand-scores?country=us');
    expect(us.scope).toEqual({ kind: 'country', value: 'US' });
    expect(us.items.map((i: any) => i.id)).toEqual(['typescript', 'sql']);
    const be = await t.json('/api/v1/demand-scores?role_family=backend&category=Programming%20languages');
    expect(be.items.map((i: any) => [i.rank, i.id])).toEqual([
      [2, 'typescript'],
      [3, 'python'],
    ]);
    expect(be.total).toBe(2);
    // a country absent from the data is a 400 naming the valid ones (test/api/analyst.test.ts), not an empty list
    expect((await t.get('/api/v1/demand-scores?country=FR')).status).toBe(400);
    // country and role family together: a combined scope counted live (test/api/analyst.test.ts)
    expect((await t.json('/api/v1/demand-scores?country=US&role_family=backend')).scope.kind).toBe(
      'country_role_family',
    );
  });
  it('demand scores as CSV', async () => {
    const res = await t.get('/api/v1/demand-scores?limit=1&format=csv');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="demand-scores.csv"');
    expect(await res.text()).toBe(
      'rank,id,label,category,score,share,share_component,growth,growth_component,breadth,breadth_component,postings,low_evidence,reason\r\n1,sql,SQL,Databases,80,0.5,0.9,0,0.5,10,1,60,false,\r\n',
    );
  });
  it('movers by direction and window', async () => {
    expect((await t.json('/api/v1/trends/movers')).items.map((m: any) => [m.id, m.change])).toEqual([
      ['typescript', 0.5],
    ]);
    const down = await t.json('/api/v1/trends/movers?direction=declining&window=12');
    expect(down).toMatchObject({ direction: 'declining', window: 12, total: 1 });
    expect(down.items[0]).toMatchObject({
      id: 'jquery',
      label: 'jQuery',
      share_from: 0.6,
      share_to: 0.1,
      postings_to: 1,
      employers: 6,
    });
    expect(down.scope).toEqual({ kind: 'all', value: '*' });
    expect(down.period.to).toEqual({
      from: '2024-01',
      to: '2024-12',
      months: 12,
      months_with_data: 12,
      postings: 120,
      total: 120,
    });
    expect((await t.json('/api/v1/trends/movers?country=DE')).total).toBe(0);
    expect((await t.json('/api/v1/trends/movers?window=3')).items[0].change).toBe(0.1);
    expect(await t.json('/api/v1/trends/movers?window=6')).toMatchObject({ items: [], total: 0 });
    expect((await t.get('/api/v1/trends/movers?format=csv')).status).toBe(200);
  });
  it('categories with skill-set half-life', async () => {
    const c = await t.json('/api/v1/categories');
    expect(c.items.map((i: any) => [i.name, i.skills, i.status])).toEqual([
      ['Databases', 1, 'insufficient_data'],
      ['Frontend frameworks', 2, 'declining'],
      ['Programming languages', 4, 'stable'],
    ]);
    expect(c.items[1]).toMatchObject({
      half_life_months: 30,
      ci_low: 24,
      ci_high: 40,
      share_latest: 0.5,
      remaining: [{ years: 1, remaining: 0.7 }],
    });
    expect(c.items[2].share_latest).toBeCloseTo(0.7, 12);
    const roles = await t.json('/api/v1/categories?kind=role_family');
    expect(roles.items.map((i: any) => [i.name, i.half_life_months])).toEqual([
      ['backend', null],
      ['frontend', 36],
    ]);
    const csv = await (await t.get('/api/v1/categories?format=csv')).text();
    expect(csv).toContain('Frontend frameworks,2,0.5,declining,30,24,40,2024,2,skill_set_decay,0.7\r\n');
  });
});

describe('recommendations', () => {
  it('ranks next skills with reasons in plain words, skipping owned and unknown ones', async () => {
    const res = await t.post('/api/v1/recommendations', { have: ['TS', 'nope'], limit: 3 });
    expect(res.status).toBe(200);
    const r = await res.json();
    expect(r.have.map((h: any) => h.id)).toEqual(['typescript']);
    expect(r.unknown).toEqual(['nope']);
    expect(r.items).toHaveLength(3);
    expect(r.items.map((i: any) => i.skill.id)).not.toContain('typescript');
    // python: shared 16 of typescript 54 and python 24 in 120 postings; demand 25; stable; growth 0.
    const python = (
      await (await t.post('/api/v1/recommendations', { have: ['typescript'], limit: 50 })).json()
    ).items.find((i: any) => i.skill.id === 'python');
    // adjacency = sqrt(P(python | typescript) * npmi) = sqrt(16/54 * npmi)
    const npmi = Math.log2((16 * 120) / (54 * 24)) / -Math.log2(16 / 120);
    const adj = Math.sqrt((16 / 54) * npmi);
    expect(python).toMatchObject({ demand: 25, growth: 0, durability: 0.8 });
    expect(python.adjacency).toBeCloseTo(adj, 10);
    expect(python.score).toBeCloseTo(100 * (0.4 * adj + 0.3 * 0.25 + 0.15 * 0.5 + 0.15 * 0.8), 1);
    expect(python.reasons).toEqual([
      'appears in 30% of postings that ask for TypeScript (lift 1.5)',
      'demand score 25/100',
      'share flat (12 months with data to 2024-12 vs the 12 before)',
      'no significant long-run rise or decline',
    ]);
  });
  it('400 when no skill is known or the body is wrong', async () => {
    expect((await (await t.post('/api/v1/recommendations', { have: ['nope'] })).json()).error.message).toMatch(
      /^have: no known skill/,
    );
    expect((await (await t.post('/api/v1/recommendations', { have: 'typescript' })).json()).error.message).toMatch(
      /^have: /,
    );
    expect((await (await t.post('/api/v1/recommendations', { have: ['x'], limit: 51 })).json()).error.message).toMatch(
      /^limit: /,
    );
    expect((await (await t.post('/api/v1/recommendations', { have: ['x'], extra: 1 })).json()).error.message).toMatch(
      /^extra: /,
    );
    const broken = await t.post('/api/v1/recommendations', '{"have": [');
    expect(broken.status).toBe(400);
    expect((await broken.json()).error.message).toMatch(/^body: /);
  });
});
