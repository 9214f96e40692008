/**
 * Skill-set half-life per category and per role family (fct_category_half_life): yearly counts of each
 * skill out of the warehouse, then pipeline/stats/skillset.ts (the Deming-Noray turnover view).
 */
import type { Db } from '../db.ts';
import { skillSetHalfLife } from '../stats/skillset.ts';
import { analysisMonths, monthlyTotals } from './series.ts';
import { fctCategoryHalfLife } from '../sql/30_marts/fct_category_half_life.ts';
import type { RowOf } from '../sql/table.ts';

/** A year counts when at least this many of its months have postings (partial years are noisy). */
export const MIN_MONTHS_PER_YEAR = 3;

interface Row { name: string; skill_id: string; year: number; postings: number }
interface TotalRow { name: string; year: number; total: number }

export async function estimateCategories(db: Db): Promise<number> {
  await db.createTable(fctCategoryHalfLife);
  const present = await monthlyTotals(db);
  const months = analysisMonths(present.map((r) => r.period));
  if (months.length === 0) return 0;
  const monthsPerYear = new Map<number, number>();
  for (const m of present.map((r) => r.period).filter((p) => p >= months[0]!))
    monthsPerYear.set(Number(m.slice(0, 4)), (monthsPerYear.get(Number(m.slice(0, 4))) ?? 0) + 1);
  const years = new Set([...monthsPerYear].filter(([, n]) => n >= MIN_MONTHS_PER_YEAR).map(([y]) => y));
  const from = months[0]!;
  const out: RowOf<typeof fctCategoryHalfLife>[] = [];
  const slices: { kind: 'category' | 'role_family'; where: string; name: string; totalName: string; totalWhere: string }[] = [
    { kind: 'category', where: 'is_all_slice(a.source, a.country, a.role_family)', name: 'd.category', totalName: `'*'`,
      totalWhere: 'is_all_slice(source, country, role_family)' },
    { kind: 'role_family', where: `a.source = '*' AND a.country = '*' AND a.role_family <> '*'`, name: 'a.role_family', totalName: 'role_family',
      totalWhere: `source = '*' AND country = '*' AND role_family <> '*'` },
  ];
  for (const s of slices) {
    const rows = await db.all<Row>(
      `SELECT ${s.name} AS name, a.skill_id, cast(substr(a.period, 1, 4) AS INTEGER) AS year, sum(a.postings) AS postings
       FROM agg_skill_period a JOIN dim_skills d USING (skill_id)
       WHERE a.interval = 'month' AND a.period >= $1 AND a.postings > 0 AND ${s.where}
       GROUP BY ALL`, [from]);
    const totals = await db.all<TotalRow>(
      `SELECT ${s.totalName} AS name, cast(substr(period, 1, 4) AS INTEGER) AS year, sum(total) AS total
       FROM agg_totals WHERE interval = 'month' AND period >= $1 AND ${s.totalWhere} GROUP BY ALL`, [from]);
    const names = [...new Set(rows.map((r) => r.name))].sort();
    for (const name of names) {
      const counts = rows.filter((r) => r.name === name && years.has(r.year));
      const yearTotals = totals.filter((t) => (s.kind === 'category' || t.name === name) && years.has(t.year));
      const r = skillSetHalfLife(counts, yearTotals.map((t) => ({ year: t.year, total: t.total })), { cap: true });
      out.push({
        kind: s.kind, name, base_year: Number.isFinite(r.base_year) ? r.base_year : null, status: r.status, half_life_months: r.half_life_months,
        ci_low: r.ci_low, ci_high: r.ci_high, doubling_time_months: r.doubling_time_months, rate: r.rate, p_value: r.p_value, n_skills: r.n_skills,
        remaining: r.remaining.map((x) => ({ years: x.years, remaining: Math.round(x.remaining * 1e4) / 1e4 })), method: r.method,
      });
    }
  }
  return db.append(fctCategoryHalfLife, out);
}
