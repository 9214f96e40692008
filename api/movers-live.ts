/**
 * Movers of a slice (a country, a role family, or both), which fct_movers (all postings) does not hold: the
 * last 2 x window months of the analysis calendar (pipeline/stages/series.ts), counted live from fct_postings,
 * ranked by the pipeline's own `movers` (same significance guard and ranking as fct_movers). Unique postings
 * (reposts left out), as agg_skill_period counts them for the stored movers.
 */
import { movers } from '../pipeline/stats/trend.ts';
import { analysisMonths, monthlyTotals } from '../pipeline/stages/series.ts';
import type { CountPoint } from '../pipeline/stats/types.ts';
import type { Db } from '../pipeline/db.ts';

export interface MoverSlice {
  country?: string;
  role_family?: string;
}

export async function liveMovers(db: Db, window: number, slice: MoverSlice) {
  const months = analysisMonths((await monthlyTotals(db)).map((r) => r.period)).slice(-2 * window);
  if (months.length < 2 * window) return { rising: [], declining: [] };
  const where = ['NOT is_repost', `month >= $from AND month <= $to`];
  const params: Record<string, string> = { from: months[0]!, to: months.at(-1)! };
  if (slice.country) where.push(`coalesce(country, 'unknown') = $country`), (params.country = slice.country);
  if (slice.role_family) where.push('role_family = $role'), (params.role = slice.role_family);
  const cond = where.join(' AND ');
  const totals = await db.all<{ period: string; total: number }>(
    `SELECT month AS period, count(*) AS total FROM fct_postings WHERE ${cond} GROUP BY 1`,
    params,
  );
  const counts = await db.all<{ skill_id: string; period: string; postings: number }>(
    `SELECT k.skill_id, f.month AS period, count(*) AS postings FROM fct_postings f JOIN fct_posting_skills k USING (posting_id)
     WHERE ${cond} GROUP BY 1, 2`,
    params,
  );
  const index = new Map(months.map((m, i) => [m, i]));
  const total = months.map(() => 0);
  for (const t of totals) if (index.has(t.period)) total[index.get(t.period)!] = t.total;
  const series = new Map<string, CountPoint[]>();
  for (const r of counts) {
    const i = index.get(r.period);
    if (i === undefined) continue;
    if (!series.has(r.skill_id))
      series.set(
        r.skill_id,
        months.map((period, j) => ({ period, postings: 0, total: total[j]! })),
      );
    series.get(r.skill_id)![i]!.postings = r.postings;
  }
  return movers(series, window);
}
