/**
 * estimateCategories reads every slice's yearly counts in one scan of agg_skill_period and picks them per
 * slice: each slice's category half-life equals skillSetHalfLife on that slice's counts alone (no other
 * slice's rows leak in), and the role-family run groups the role-family breakdown by role family.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openMemory, type Db } from '../../../pipeline/db.ts';
import { estimateCategories } from '../../../pipeline/stages/categories.ts';
import { skillSetHalfLife, type SkillYearCount } from '../../../pipeline/stats/skillset.ts';

let db: Db;
const years = [2019, 2020, 2021, 2022, 2023];
const months = years.flatMap((y) => ['01', '04', '07', '10'].map((m) => `${y}-${m}`));
// slice -> monthly total; skill -> (slice, month index) -> postings (declining for 'a', growing for 'c')
const slices = [
  { country: '*', role_family: '*', total: 1000 },
  { country: 'US', role_family: '*', total: 600 },
  { country: 'DE', role_family: '*', total: 400 },
  { country: '*', role_family: 'backend', total: 500 },
  { country: '*', role_family: 'data', total: 500 },
];
const skills = [
  { id: 'a', category: 'X', n: (s: number, i: number) => Math.max(0, 90 - 4 * i - 10 * s) },
  { id: 'b', category: 'X', n: (s: number, i: number) => 20 + ((i * (s + 3)) % 7) },
  { id: 'c', category: 'Y', n: (s: number, i: number) => 5 + 2 * i + s },
];

beforeAll(async () => {
  db = await openMemory();
  await db.run('CREATE TABLE dim_skills (skill_id VARCHAR, category VARCHAR)');
  await db.run(`CREATE TABLE agg_totals (interval VARCHAR, period VARCHAR, source VARCHAR, country VARCHAR,
    role_family VARCHAR, total BIGINT)`);
  await db.run(`CREATE TABLE agg_skill_period (skill_id VARCHAR, interval VARCHAR, period VARCHAR, source VARCHAR,
    country VARCHAR, role_family VARCHAR, postings BIGINT)`);
  for (const k of skills) await db.run('INSERT INTO dim_skills VALUES ($1, $2)', [k.id, k.category]);
  for (const [s, sl] of slices.entries())
    for (const [i, m] of months.entries()) {
      await db.run(`INSERT INTO agg_totals VALUES ('month', $1, '*', $2, $3, $4)`, [
        m,
        sl.country,
        sl.role_family,
        sl.total,
      ]);
      for (const k of skills)
        await db.run(`INSERT INTO agg_skill_period VALUES ($1, 'month', $2, '*', $3, $4, $5)`, [
          k.id,
          m,
          sl.country,
          sl.role_family,
          k.n(s, i),
        ]);
    }
});
afterAll(() => db.close());

/** skillSetHalfLife on one slice's yearly counts, for the skills picked. */
function expected(s: number, pick: (k: (typeof skills)[number]) => boolean) {
  const counts: SkillYearCount[] = [];
  for (const k of skills.filter(pick))
    for (const y of years)
      counts.push({
        skill_id: k.id,
        year: y,
        postings: months.reduce((a, m, i) => a + (m.startsWith(`${y}`) ? k.n(s, i) : 0), 0),
      });
  return skillSetHalfLife(
    counts,
    years.map((year) => ({ year, total: 4 * slices[s]!.total })),
    { cap: true },
  );
}

it('gives each slice the half-life of its own counts', async () => {
  expect(await estimateCategories(db)).toBeGreaterThan(0);
  const rows = await db.all<{
    kind: string;
    name: string;
    scope: string;
    scope_value: string;
    rate: number | null;
    n_skills: number;
    status: string;
  }>('SELECT kind, name, scope, scope_value, rate, n_skills, status FROM fct_category_half_life ORDER BY ALL');
  const get = (kind: string, name: string, scope: string, value: string) =>
    rows.find((r) => r.kind === kind && r.name === name && r.scope === scope && r.scope_value === value);
  // every category in the all slice and in each country and role family (all have >= 300 postings)
  for (const [s, scope, value] of [
    [0, 'all', '*'],
    [1, 'country', 'US'],
    [2, 'country', 'DE'],
    [3, 'role_family', 'backend'],
  ] as const)
    for (const cat of ['X', 'Y']) {
      const e = expected(s, (k) => k.category === cat);
      const r = get('category', cat, scope, value);
      expect(r, `${cat} in ${scope} ${value}`).toBeDefined();
      expect(r!.n_skills).toBe(e.n_skills);
      expect(r!.status).toBe(e.status);
      expect(r!.rate).toBeCloseTo(e.rate!, 12);
    }
  // the countries differ, so a leak of one into the other would show
  expect(get('category', 'X', 'country', 'US')!.rate).not.toBeCloseTo(get('category', 'X', 'country', 'DE')!.rate!, 6);
  // the role-family run: every skill of the role family's breakdown, named by the role family
  const backend = expected(3, () => true);
  expect(get('role_family', 'backend', 'all', '*')!.rate).toBeCloseTo(backend.rate!, 12);
  expect(get('role_family', 'data', 'all', '*')!.n_skills).toBe(expected(4, () => true).n_skills);
});
