/**
 * Demand scores of a combined slice (one country AND one role family), which fct_demand_scores does not hold:
 * the same inputs as pipeline/stages/scores.ts (last 12 months against the 12 before, distinct employers in
 * the last 12) counted live from fct_postings, scored by the pipeline's own `demandScores`. A slice under
 * MIN_SCOPE_POSTINGS postings in the last 12 months gets no scores, as in the pipeline. Unique postings (reposts
 * left out), as the pipeline counts them; `liveDemandWindow` states the months counted (the evidence route lists
 * a score's postings over them).
 */
import { addPeriods } from '../pipeline/stats/period.ts';
import { demandScores } from '../pipeline/stats/demand.ts';
import { MIN_SLICE_POSTINGS as MIN_SCOPE_POSTINGS } from '../pipeline/stages/series.ts';
import type { Db } from '../pipeline/db.ts';

interface Row {
  skill_id: string;
  label: string;
  category: string | null;
  x_cur: number;
  x_prev: number;
  breadth: number;
  total_cur: number;
  total_prev: number;
}

/** The last 12 calendar months through data_through (cur) and the 12 before (prev); null without data. */
async function months(db: Db): Promise<{ cur: string; prev: string; through: string } | null> {
  const [m] = await db.all<{ data_through: string | null }>('SELECT data_through FROM meta_build LIMIT 1');
  const through = m?.data_through;
  return through ? { cur: addPeriods(through, -11), prev: addPeriods(through, -23), through } : null;
}

/** The window the live scores of a country + role family rest on, with its unique postings. */
export async function liveDemandWindow(db: Db, country: string, roleFamily: string) {
  const w = await months(db);
  if (!w) return null;
  const [r] = await db.all<{ n: number; data: number }>(
    `SELECT count(*) AS n, count(DISTINCT month) AS data FROM fct_postings
     WHERE NOT is_repost AND month BETWEEN $cur AND $through AND coalesce(country, 'unknown') = $country AND role_family = $role`,
    { cur: w.cur, through: w.through, country, role: roleFamily },
  );
  return {
    from: w.cur,
    to: w.through,
    months: 12,
    months_with_data: r?.data ?? 0,
    postings: r?.n ?? 0,
    total: r?.n ?? 0,
  };
}

export async function liveDemandScores(
  db: Db,
  country: string,
  roleFamily: string,
): Promise<Record<string, unknown>[]> {
  const w = await months(db);
  if (!w) return [];
  const rows = await db.all<Row>(
    `WITH p AS (
       SELECT posting_id, coalesce(company_key, posting_id) AS employer, CASE WHEN month >= $cur THEN 'cur' ELSE 'prev' END AS w
       FROM fct_postings WHERE NOT is_repost AND month >= $prev AND month <= $through AND coalesce(country, 'unknown') = $country AND role_family = $role),
     tot AS (SELECT count(*) FILTER (WHERE w = 'cur') AS total_cur, count(*) FILTER (WHERE w = 'prev') AS total_prev FROM p)
     SELECT k.skill_id, any_value(d.label) AS label, any_value(d.category) AS category,
       count(*) FILTER (WHERE w = 'cur') AS x_cur, count(*) FILTER (WHERE w = 'prev') AS x_prev,
       count(DISTINCT employer) FILTER (WHERE w = 'cur') AS breadth, any_value(tot.total_cur) AS total_cur, any_value(tot.total_prev) AS total_prev
     FROM p JOIN fct_posting_skills k USING (posting_id) JOIN dim_skills d ON d.skill_id = k.skill_id CROSS JOIN tot
     GROUP BY k.skill_id HAVING count(*) FILTER (WHERE w = 'cur') > 0 ORDER BY k.skill_id`,
    { cur: w.cur, prev: w.prev, through: w.through, country, role: roleFamily },
  );
  if (!rows.length || rows[0]!.total_cur < MIN_SCOPE_POSTINGS) return [];
  const inputs = rows.map((r) => {
    const share = r.x_cur / r.total_cur;
    const prev = r.total_prev > 0 ? r.x_prev / r.total_prev : 0;
    return {
      skill_id: r.skill_id,
      share,
      growth: prev > 0 ? share / prev - 1 : null,
      breadth: r.breadth,
      postings: r.x_cur,
    };
  });
  const byId = new Map(rows.map((r, i) => [r.skill_id, { row: r, input: inputs[i]! }]));
  return demandScores(inputs).map((s) => {
    const { row, input } = byId.get(s.skill_id)!;
    return {
      rank: s.rank,
      id: s.skill_id,
      label: row.label,
      category: row.category,
      score: s.score,
      share: input.share,
      share_component: s.share_component,
      growth: input.growth,
      growth_component: s.growth_component,
      breadth: input.breadth,
      breadth_component: s.breadth_component,
      postings: input.postings,
    };
  });
}
