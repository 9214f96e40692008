/**
 * Skill-set half-life per category and per role family (fct_category_half_life): yearly counts of each
 * skill out of the warehouse, then pipeline/stats/skillset.ts (the Deming-Noray turnover view). Category
 * half-lives are also computed inside every country and role family with at least MIN_SLICE_POSTINGS unique
 * postings (scope 'country' / 'role_family'; scope 'all' for all postings).
 */
import type { Db } from '../db.ts';
import { skillSetHalfLife } from '../stats/skillset.ts';
import { analysisMonths, eligibleSlices, monthlyTotals, type Slice } from './series.ts';
import { fctCategoryHalfLife } from '../sql/30_marts/fct_category_half_life.ts';
import type { RowOf } from '../sql/table.ts';

/** A year counts when at least this many of its months have postings (partial years are noisy). */
export const MIN_MONTHS_PER_YEAR = 3;

interface Row {
  name: string;
  skill_id: string;
  year: number;
  postings: number;
}
interface TotalRow {
  name: string;
  year: number;
  total: number;
}

const sliceWhere = (s: Slice, alias: string) =>
  `${alias}source = '*' AND ${alias}country = ${s.scope === 'country' ? '$2' : `'*'`} AND ${alias}role_family = ${s.scope === 'role_family' ? '$2' : `'*'`}`;

export async function estimateCategories(db: Db): Promise<number> {
  await db.createTable(fctCategoryHalfLife);
  const present = await monthlyTotals(db);
  const months = analysisMonths(present.map((r) => r.period));
  if (months.length === 0) return 0;
  const monthsPerYear = new Map<number, number>();
  for (const m of present
    .filter((r) => r.total > 0)
    .map((r) => r.period)
    .filter((p) => p >= months[0]!))
    monthsPerYear.set(Number(m.slice(0, 4)), (monthsPerYear.get(Number(m.slice(0, 4))) ?? 0) + 1);
  const years = new Set([...monthsPerYear].filter(([, n]) => n >= MIN_MONTHS_PER_YEAR).map(([y]) => y));
  const from = months[0]!;
  const out: RowOf<typeof fctCategoryHalfLife>[] = [];
  // one scan of agg_skill_period for every run below (the all slice, each country's and role family's
  // breakdown): yearly counts per (country, role_family, skill), picked per run in JS
  const yearly = await db.all<Row & { category: string; country: string; role_family: string }>(
    `SELECT a.country, a.role_family, d.category, a.skill_id, cast(substr(a.period, 1, 4) AS INTEGER) AS year,
            sum(a.postings) AS postings
     FROM agg_skill_period a JOIN dim_skills d USING (skill_id)
     WHERE a.interval = 'month' AND a.period >= $1 AND a.postings > 0 AND a.source = '*'
       AND (a.country = '*' OR a.role_family = '*')
     GROUP BY ALL ORDER BY a.country, a.role_family, d.category, a.skill_id, year`,
    [from],
  );
  const runs: {
    kind: 'category' | 'role_family';
    slice: Slice;
    rows: () => Row[];
    totalName: string;
    totalWhere: string;
    params: string[];
  }[] = [
    {
      kind: 'role_family',
      slice: { scope: 'all', value: '*' },
      rows: () =>
        yearly
          .filter((r) => r.country === '*' && r.role_family !== '*')
          .map((r) => ({ name: r.role_family, skill_id: r.skill_id, year: r.year, postings: r.postings })),
      totalName: 'role_family',
      totalWhere: `source = '*' AND country = '*' AND role_family <> '*'`,
      params: [from],
    },
  ];
  for (const slice of [{ scope: 'all' as const, value: '*' }, ...(await eligibleSlices(db, from))]) {
    const country = slice.scope === 'country' ? slice.value : '*';
    const roleFamily = slice.scope === 'role_family' ? slice.value : '*';
    runs.push({
      kind: 'category',
      slice,
      rows: () =>
        yearly
          .filter((r) => r.country === country && r.role_family === roleFamily)
          .map((r) => ({ name: r.category, skill_id: r.skill_id, year: r.year, postings: r.postings })),
      totalName: `'*'`,
      totalWhere: sliceWhere(slice, ''),
      params: slice.scope === 'all' ? [from] : [from, slice.value],
    });
  }
  for (const s of runs) {
    const rows = s.rows();
    const totals = await db.all<TotalRow>(
      `SELECT ${s.totalName} AS name, cast(substr(period, 1, 4) AS INTEGER) AS year, sum(total) AS total
       FROM agg_totals WHERE interval = 'month' AND period >= $1 AND ${s.totalWhere} GROUP BY ALL`,
      s.params,
    );
    const byName = new Map<string, Row[]>();
    for (const r of rows) if (years.has(r.year)) (byName.get(r.name) ?? byName.set(r.name, []).get(r.name)!).push(r);
    const totalsOf = new Map<string, TotalRow[]>();
    for (const t of totals)
      if (years.has(t.year)) (totalsOf.get(t.name) ?? totalsOf.set(t.name, []).get(t.name)!).push(t);
    for (const name of [...new Set(rows.map((r) => r.name))].sort()) {
      const counts = byName.get(name) ?? [];
      const yearTotals = s.kind === 'category' ? [...totalsOf.values()].flat() : (totalsOf.get(name) ?? []);
      const r = skillSetHalfLife(
        counts,
        yearTotals.map((t) => ({ year: t.year, total: t.total })),
        { cap: true },
      );
      out.push({
        kind: s.kind,
        name,
        base_year: Number.isFinite(r.base_year) ? r.base_year : null,
        status: r.status,
        half_life_months: r.half_life_months,
        ci_low: r.ci_low,
        ci_high: r.ci_high,
        doubling_time_months: r.doubling_time_months,
        rate: r.rate,
        p_value: r.p_value,
        n_skills: r.n_skills,
        remaining: r.remaining.map((x) => ({ years: x.years, remaining: Math.round(x.remaining * 1e4) / 1e4 })),
        method: r.method,
        scope: s.slice.scope,
        scope_value: s.slice.value,
      });
    }
  }
  return db.append(fctCategoryHalfLife, out);
}
