/** Reads monthly series out of the warehouse for the numeric methods (pure shapes, no stats here). */
import type { Db } from '../db.ts';
import { addPeriods, type CountPoint } from '../stats/index.ts';

/**
 * The analysis window: consecutive months from the first month after the last long gap (> maxGap
 * months without postings) to the last month. Missing months inside it get total 0.
 * (The HN corpus has a single 2011-04 thread and then nothing until 2018-03.)
 */
export function analysisMonths(present: string[], maxGap = 6): string[] {
  const sorted = [...new Set(present)].sort();
  if (sorted.length === 0) return [];
  let start = 0;
  for (let i = 1; i < sorted.length; i++) {
    let gap = 0;
    for (let p = sorted[i - 1]!; p < sorted[i]!; p = addPeriods(p, 1)) gap++;
    if (gap - 1 > maxGap) start = i;
  }
  const out: string[] = [];
  for (let p = sorted[start]!; p <= sorted.at(-1)!; p = addPeriods(p, 1)) out.push(p);
  return out;
}

/** Months with postings (all-'*' slice) and their totals, in order. */
export function monthlyTotals(db: Db): Promise<{ period: string; total: number }[]> {
  return db.all<{ period: string; total: number }>(
    `SELECT period, total FROM agg_totals WHERE interval = 'month' AND is_all_slice(source, country, role_family) ORDER BY period`,
  );
}

export interface MonthlySeries {
  months: string[];
  totals: number[];
  bySkill: Map<string, CountPoint[]>;
}

/** Dense monthly series of every skill (all-'*' slice), over the analysis window. */
export async function monthlySkillSeries(db: Db): Promise<MonthlySeries> {
  const totalsRows = await monthlyTotals(db);
  const months = analysisMonths(totalsRows.map((r) => r.period));
  const index = new Map(months.map((m, i) => [m, i]));
  const totals = months.map(() => 0);
  for (const r of totalsRows) {
    const i = index.get(r.period);
    if (i !== undefined) totals[i] = r.total;
  }
  const rows = await db.all<{ k: string; period: string; postings: number }>(
    `SELECT skill_id AS k, period, postings FROM agg_skill_period
     WHERE interval = 'month' AND is_all_slice(source, country, role_family) AND postings > 0`,
  );
  const bySkill = new Map<string, CountPoint[]>();
  const keys = await db.all<{ k: string }>('SELECT skill_id AS k FROM dim_skills');
  for (const { k } of keys) bySkill.set(k, months.map((period, i) => ({ period, postings: 0, total: totals[i]! })));
  for (const r of rows) {
    const i = index.get(r.period);
    const s = bySkill.get(r.k);
    if (i !== undefined && s) s[i]!.postings = r.postings;
  }
  return { months, totals, bySkill };
}
