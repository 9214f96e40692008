/** Reads monthly series out of the warehouse for the numeric methods (pure shapes, no stats here). */
import { literal, type Db } from '../db.ts';
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

/** A slice of the aggregates: '*' = all; scope names the one filter that is set ('all' when none). */
export interface Slice {
  scope: 'all' | 'country' | 'role_family';
  value: string;
}
export const ALL: Slice = { scope: 'all', value: '*' };

/** A slice (country or role family) gets its own figures with at least this many unique postings in its window. */
export const MIN_SLICE_POSTINGS = 300;

const where = (s: Slice) => ({
  country: s.scope === 'country' ? s.value : '*',
  role_family: s.scope === 'role_family' ? s.value : '*',
});

/** Months with postings (all-'*' slice, or one slice) and their totals (unique postings), in order. */
export function monthlyTotals(db: Db, slice: Slice = ALL): Promise<{ period: string; total: number }[]> {
  const w = where(slice);
  return db.all<{ period: string; total: number }>(
    `SELECT period, total FROM agg_totals WHERE interval = 'month' AND source = '*' AND country = $1 AND role_family = $2 ORDER BY period`,
    [w.country, w.role_family],
  );
}

export interface MonthlySeries {
  slice: Slice;
  months: string[];
  totals: number[];
  bySkill: Map<string, CountPoint[]>;
}

/** Dense monthly series of every skill (the all-'*' slice, or one slice), over the analysis window of all postings. */
export async function monthlySkillSeries(db: Db, slice: Slice = ALL, onlyActive = false): Promise<MonthlySeries> {
  return (await monthlySliceSeries(db, [slice], onlyActive))[0]!;
}

const sliceKey = (country: string, roleFamily: string) => `${country}\u0000${roleFamily}`;

/**
 * monthlySkillSeries of many slices in ONE scan of agg_skill_period (and one of agg_totals): result[i] is the
 * series of slices[i]. With `onlyActive` a slice holds the skills with postings in it (sorted by id), else every
 * skill of dim_skills. Before, one scan per slice (~30 per build) took most of the estimate stage's DuckDB time
 * (8 of 17 CPU s at 100k: docs/scale.md).
 */
export async function monthlySliceSeries(db: Db, slices: Slice[], onlyActive = false): Promise<MonthlySeries[]> {
  const months = analysisMonths((await monthlyTotals(db)).map((r) => r.period));
  const index = new Map(months.map((m, i) => [m, i]));
  const at = new Map<string, number>();
  slices.forEach((s, i) => {
    const w = where(s);
    at.set(sliceKey(w.country, w.role_family), i);
  });
  const out: MonthlySeries[] = slices.map((slice) => ({
    slice,
    months,
    totals: months.map(() => 0),
    bySkill: new Map(),
  }));
  if (slices.length === 0) return out;
  const wanted = slices
    .map((s) => {
      const w = where(s);
      return `(${literal(w.country)}, ${literal(w.role_family)})`;
    })
    .join(', ');
  for (const r of await db.all<{ country: string; role_family: string; period: string; total: number }>(
    `SELECT country, role_family, period, total FROM agg_totals
     WHERE interval = 'month' AND source = '*' AND (country, role_family) IN (${wanted})`,
  )) {
    const i = index.get(r.period);
    if (i !== undefined) out[at.get(sliceKey(r.country, r.role_family))!]!.totals[i] = r.total;
  }
  if (!onlyActive)
    for (const { k } of await db.all<{ k: string }>('SELECT skill_id AS k FROM dim_skills'))
      for (const s of out)
        s.bySkill.set(
          k,
          months.map((period, i) => ({ period, postings: 0, total: s.totals[i]! })),
        );
  // streamed and laid into the series chunk by chunk: holding every slice's rows as well as their series raised
  // the stage's peak RSS by ~0.15 GB at 100k
  for await (const rows of db.stream<{
    country: string;
    role_family: string;
    k: string;
    period: string;
    postings: number;
  }>(
    `SELECT country, role_family, skill_id AS k, period, postings::INTEGER AS postings FROM agg_skill_period
     WHERE interval = 'month' AND source = '*' AND postings > 0 AND (country, role_family) IN (${wanted})`,
  ))
    for (const r of rows) {
      const s = out[at.get(sliceKey(r.country, r.role_family))!]!;
      let points = s.bySkill.get(r.k);
      if (!points) {
        if (!onlyActive) continue;
        points = months.map((period, i) => ({ period, postings: 0, total: s.totals[i]! }));
        s.bySkill.set(r.k, points);
      }
      const i = index.get(r.period);
      if (i !== undefined) points[i]!.postings = r.postings;
    }
  // an active slice's skills in id order (as a sorted key list would give them)
  if (onlyActive)
    for (const s of out) s.bySkill = new Map([...s.bySkill].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return out;
}

/** Countries and role families with at least `min` unique postings from `from` on, most postings first. */
export async function eligibleSlices(
  db: Db,
  from: string,
  min = MIN_SLICE_POSTINGS,
): Promise<(Slice & { postings: number })[]> {
  const rows = await db.all<{ scope: 'country' | 'role_family'; value: string; postings: number }>(
    `SELECT 'country' AS scope, country AS value, sum(total) AS postings FROM agg_totals
       WHERE interval = 'month' AND source = '*' AND country <> '*' AND role_family = '*' AND period >= $1 GROUP BY 1, 2 HAVING sum(total) >= $2
     UNION ALL
     SELECT 'role_family', role_family, sum(total) FROM agg_totals
       WHERE interval = 'month' AND source = '*' AND country = '*' AND role_family <> '*' AND period >= $1 GROUP BY 1, 2 HAVING sum(total) >= $2
     ORDER BY 1, 3 DESC, 2`,
    [from, min],
  );
  return rows;
}

/** One request of employersIn: a slice and two month ranges [from, to]. */
export interface EmployerWindows {
  slice: Slice;
  a: [string, string];
  b: [string, string];
}

/**
 * Distinct employers (company_key, else the posting itself) of each skill's unique postings in two month
 * ranges of one slice, for many (slice, ranges) requests in ONE scan of fct_posting_skills x fct_postings:
 * result[i] is skill -> [employers in requests[i].a, employers in requests[i].b]. Each posting is in three
 * slices (all, its country, its role family), joined to the requests on (scope, value); before, one join per
 * request re-read the whole corpus (~100 of them per build).
 */
export async function employersIn(db: Db, requests: EmployerWindows[]): Promise<Map<string, [number, number]>[]> {
  const out = requests.map(() => new Map<string, [number, number]>());
  if (requests.length === 0) return out;
  const values = requests
    .map(
      (r, i) =>
        `(${i}, ${literal(r.slice.scope)}, ${literal(r.slice.value)}, ${literal(r.a[0])}, ${literal(r.a[1])}, ${literal(r.b[0])}, ${literal(r.b[1])})`,
    )
    .join(', ');
  const rows = await db.all<{ i: number; skill_id: string; ea: number; eb: number }>(
    `WITH req(i, scope, value, a0, a1, b0, b1) AS (VALUES ${values}),
     p AS (
       SELECT posting_id, month, coalesce(company_key, posting_id) AS employer,
              unnest(['all', 'country', 'role_family']) AS scope,
              unnest(['*', coalesce(country, 'unknown'), role_family]) AS value
       FROM fct_postings WHERE NOT is_repost AND month >= (SELECT least(min(a0), min(b0)) FROM req)
     )
     SELECT r.i, s.skill_id,
            count(DISTINCT p.employer) FILTER (WHERE p.month BETWEEN r.a0 AND r.a1) AS ea,
            count(DISTINCT p.employer) FILTER (WHERE p.month BETWEEN r.b0 AND r.b1) AS eb
     FROM p JOIN req r ON r.scope = p.scope AND r.value = p.value
       AND (p.month BETWEEN r.a0 AND r.a1 OR p.month BETWEEN r.b0 AND r.b1)
     JOIN fct_posting_skills s USING (posting_id)
     GROUP BY r.i, s.skill_id`,
  );
  for (const r of rows) out[r.i]!.set(r.skill_id, [r.ea, r.eb]);
  return out;
}
