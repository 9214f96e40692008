/**
 * Demand scores (per skill, also per country and role family) and skill adjacency (lift / PMI),
 * from the last 12 months against the 12 before. Formulas: docs/demand-score.md, docs/half-life.md.
 */
import type { Db } from '../db.ts';
import { addPeriods, demandScores, pairTable } from '../stats/index.ts';
import { fctDemandScores } from '../sql/30_marts/fct_demand_scores.ts';
import { fctSkillPairs } from '../sql/30_marts/fct_skill_pairs.ts';
import type { RowOf } from '../sql/table.ts';

/** A slice (country or role family) needs this many postings in the last 12 months to be scored. */
export const MIN_SCOPE_POSTINGS = 100;
/** Minimum postings shared by two skills for a pair to be kept. */
export const MIN_PAIR_SUPPORT = 5;

interface ScopeRow {
  scope: RowOf<typeof fctDemandScores>['scope'];
  scope_value: string;
  skill_id: string;
  x_cur: number;
  x_prev: number;
  breadth: number;
  total_cur: number;
  total_prev: number;
}

export async function computeDemandScores(db: Db, dataThrough: string | null): Promise<number> {
  await db.createTable(fctDemandScores);
  if (!dataThrough) return 0;
  const curFrom = addPeriods(dataThrough, -11);
  const prevFrom = addPeriods(dataThrough, -23);
  const rows = await db.all<ScopeRow>(
    `WITH p AS (
       SELECT posting_id, coalesce(country, 'unknown') AS country, role_family, coalesce(company_key, posting_id) AS employer,
              CASE WHEN month >= $1 THEN 'cur' ELSE 'prev' END AS w
       FROM fct_postings WHERE month >= $2 AND month <= $3
     ),
     tot AS (
       SELECT CASE WHEN grouping(country) = 0 THEN 'country' WHEN grouping(role_family) = 0 THEN 'role_family' ELSE 'all' END AS scope,
              coalesce(CASE WHEN grouping(country) = 0 THEN country END, CASE WHEN grouping(role_family) = 0 THEN role_family END, '*') AS scope_value,
              count(*) FILTER (WHERE w = 'cur') AS total_cur, count(*) FILTER (WHERE w = 'prev') AS total_prev
       FROM p GROUP BY GROUPING SETS ((), (country), (role_family))
     ),
     sk AS (
       SELECT s.skill_id,
              CASE WHEN grouping(country) = 0 THEN 'country' WHEN grouping(role_family) = 0 THEN 'role_family' ELSE 'all' END AS scope,
              coalesce(CASE WHEN grouping(country) = 0 THEN country END, CASE WHEN grouping(role_family) = 0 THEN role_family END, '*') AS scope_value,
              count(*) FILTER (WHERE w = 'cur') AS x_cur, count(*) FILTER (WHERE w = 'prev') AS x_prev,
              count(DISTINCT employer) FILTER (WHERE w = 'cur') AS breadth
       FROM p JOIN fct_posting_skills s USING (posting_id)
       GROUP BY GROUPING SETS ((s.skill_id), (s.skill_id, country), (s.skill_id, role_family))
     )
     SELECT sk.*, tot.total_cur, tot.total_prev FROM sk JOIN tot USING (scope, scope_value)
     WHERE sk.x_cur > 0 AND (tot.scope = 'all' OR tot.total_cur >= $4)
     ORDER BY scope, scope_value, skill_id`,
    [curFrom, prevFrom, dataThrough, MIN_SCOPE_POSTINGS],
  );
  const groups = new Map<string, ScopeRow[]>();
  for (const r of rows) {
    const k = `${r.scope}\u0000${r.scope_value}`;
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(r);
  }
  const out: RowOf<typeof fctDemandScores>[] = [];
  for (const list of groups.values()) {
    const inputs = list.map((r) => {
      const share = r.x_cur / r.total_cur;
      const prev = r.total_prev > 0 ? r.x_prev / r.total_prev : 0;
      return { skill_id: r.skill_id, share, growth: prev > 0 ? share / prev - 1 : null, breadth: r.breadth, postings: r.x_cur };
    });
    const byId = new Map(inputs.map((i) => [i.skill_id, i]));
    for (const s of demandScores(inputs)) {
      const i = byId.get(s.skill_id)!;
      out.push({
        scope: list[0]!.scope, scope_value: list[0]!.scope_value, skill_id: s.skill_id, rank: s.rank, score: s.score, share: i.share,
        share_component: s.share_component, growth: i.growth, growth_component: s.growth_component, breadth: i.breadth,
        breadth_component: s.breadth_component, postings: i.postings,
      });
    }
  }
  return db.append(fctDemandScores, out);
}

/** `n`: deduplicated postings (the run already counted them). */
export async function computePairs(db: Db, n: number): Promise<number> {
  await db.createTable(fctSkillPairs);
  if (n === 0) return 0;
  const pairs = await db.all<{ a: string; b: string; n_both: number }>(
    `SELECT a.skill_id AS a, b.skill_id AS b, count(*) AS n_both
     FROM fct_posting_skills a JOIN fct_posting_skills b ON a.posting_id = b.posting_id AND a.skill_id < b.skill_id
     GROUP BY ALL HAVING count(*) >= $1`,
    [MIN_PAIR_SUPPORT],
  );
  const counts = new Map((await db.all<{ skill_id: string; postings: number }>('SELECT skill_id, postings FROM dim_skills')).map((r) => [r.skill_id, r.postings]));
  const rows = pairTable(pairs, counts, n, MIN_PAIR_SUPPORT);
  return db.append(fctSkillPairs, rows.map((r): RowOf<typeof fctSkillPairs> => ({
    skill_id: r.skill_id, related_id: r.related_id, n_both: r.n_both, n_skill: r.n_skill, n_related: r.n_related, lift: r.lift, pmi: r.pmi, npmi: r.npmi,
  })));
}
