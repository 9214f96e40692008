/**
 * Demand scores (per skill, also per country and role family) and skill adjacency (lift / PMI on employers).
 * Windows count months WITH postings: the last 12 of them against the 12 before; a slice whose last 12 data
 * months hold fewer than MIN_SLICE_POSTINGS unique postings widens its window by 12 data months at a time.
 * Formulas: docs/demand-score.md, docs/half-life.md.
 */
import { literal, type Db } from '../db.ts';
import { demandScores, employerPairTable, periodSpan } from '../stats/index.ts';
import { analysisMonths, eligibleSlices, MIN_SLICE_POSTINGS, monthlyTotals, type Slice } from './series.ts';
import { fctDemandScores } from '../sql/30_marts/fct_demand_scores.ts';
import { fctSkillPairs } from '../sql/30_marts/fct_skill_pairs.ts';
import type { RowOf } from '../sql/table.ts';

/** Distinct employers that must name both skills of a pair for it to be kept. */
export const MIN_PAIR_EMPLOYERS = 5;
/** A score resting on fewer postings (or fewer employers) than this in its window is marked low_evidence. */
export const LOW_EVIDENCE_POSTINGS = 30;
export const LOW_EVIDENCE_EMPLOYERS = 5;
/** Data months in the basic window, and the step a thin slice widens it by. */
export const DEMAND_WINDOW = 12;

export interface ScopeRow {
  skill_id: string;
  x_cur: number;
  x_prev: number;
  breadth: number;
}

/** Demand scores also exist per posting language (fct_postings.language), beside the country / role family slices. */
type DemandSlice = Slice | { scope: 'language'; value: string };

/**
 * Per request (a slice and its current and previous month ranges), per skill: unique postings naming it in
 * each range (x_cur, x_prev) and distinct employers in the current one (breadth), ordered by skill_id. One
 * scan of fct_posting_skills x fct_postings for all requests: each posting is in four slices (all, its
 * country, its role family, its language), joined to the requests on (scope, value).
 */
export async function sliceCounts(
  db: Db,
  requests: { slice: DemandSlice; cur: [string, string]; prev: [string, string] }[],
): Promise<ScopeRow[][]> {
  const out = requests.map((): ScopeRow[] => []);
  if (requests.length === 0) return out;
  const values = requests
    .map(
      (r, i) =>
        `(${i}, ${literal(r.slice.scope)}, ${literal(r.slice.value)}, ${literal(r.cur[0])}, ${literal(r.cur[1])}, ${literal(r.prev[0])}, ${literal(r.prev[1])})`,
    )
    .join(', ');
  const rows = await db.all<ScopeRow & { i: number }>(
    `WITH req(i, scope, value, c0, c1, p0, p1) AS (VALUES ${values}),
     p AS (
       SELECT posting_id, month, coalesce(company_key, posting_id) AS employer,
              unnest(['all', 'country', 'role_family', 'language']) AS scope,
              unnest(['*', coalesce(country, 'unknown'), role_family, language]) AS value
       FROM fct_postings WHERE NOT is_repost
     )
     SELECT r.i, s.skill_id,
            count(*) FILTER (WHERE p.month BETWEEN r.c0 AND r.c1) AS x_cur,
            count(*) FILTER (WHERE p.month BETWEEN r.p0 AND r.p1) AS x_prev,
            count(DISTINCT p.employer) FILTER (WHERE p.month BETWEEN r.c0 AND r.c1) AS breadth
     FROM p JOIN req r ON r.scope = p.scope AND r.value = p.value
       AND (p.month BETWEEN r.c0 AND r.c1 OR p.month BETWEEN r.p0 AND r.p1)
     JOIN fct_posting_skills s USING (posting_id)
     GROUP BY r.i, s.skill_id ORDER BY r.i, s.skill_id`,
  );
  for (const { i, ...r } of rows) out[i]!.push(r);
  return out;
}

/** Unique postings per month of one language (the aggregates carry no language dimension). */
async function languageTotals(db: Db, language: string): Promise<{ period: string; total: number }[]> {
  return db.all<{ period: string; total: number }>(
    'SELECT month AS period, count(*) AS total FROM fct_postings WHERE NOT is_repost AND language = $1 GROUP BY month ORDER BY month',
    [language],
  );
}

/** Languages with at least `min` unique postings since `from`. */
async function eligibleLanguages(db: Db, from: string, min: number): Promise<DemandSlice[]> {
  const rows = await db.all<{ value: string }>(
    `SELECT language AS value FROM fct_postings WHERE NOT is_repost AND language IS NOT NULL AND language <> 'und' AND month >= $1
     GROUP BY language HAVING count(*) >= $2 ORDER BY count(*) DESC, language`,
    [from, min],
  );
  return rows.map((r) => ({ scope: 'language' as const, value: r.value }));
}

/** The window a slice is scored on: the last k data months (k = 12, 24, ...) holding >= minPostings, and the k before. */
export function sliceWindow(
  dataMonths: string[],
  sliceTotals: Map<string, number>,
  minPostings: number,
  step = DEMAND_WINDOW,
): { cur: string[]; prev: string[] } | null {
  for (let k = step; ; k += step) {
    const cur = dataMonths.slice(-k);
    const n = cur.reduce((a, m) => a + (sliceTotals.get(m) ?? 0), 0);
    if (n >= minPostings || k >= dataMonths.length) {
      if (n < minPostings) return null;
      return { cur, prev: dataMonths.length >= 2 * cur.length ? dataMonths.slice(-2 * cur.length, -cur.length) : [] };
    }
  }
}

export async function computeDemandScores(
  db: Db,
  _dataThrough: string | null,
  opts: { minSlicePostings?: number } = {},
): Promise<number> {
  await db.createTable(fctDemandScores);
  const present = (await monthlyTotals(db)).filter((r) => r.total > 0).map((r) => r.period);
  const span = analysisMonths(present);
  if (span.length === 0) return 0;
  const dataMonths = present.filter((m) => m >= span[0]!);
  const min = opts.minSlicePostings ?? MIN_SLICE_POSTINGS;
  const scopes: DemandSlice[] = [
    { scope: 'all', value: '*' },
    ...(await eligibleSlices(db, span[0]!, min)),
    ...(await eligibleLanguages(db, span[0]!, min)),
  ];
  // every slice's window first, then the counts of all of them in one scan (sliceCounts), then the scores
  const jobs: { slice: DemandSlice; w: { cur: string[]; prev: string[] }; totals: Map<string, number> }[] = [];
  for (const slice of scopes) {
    const monthly = slice.scope === 'language' ? await languageTotals(db, slice.value) : await monthlyTotals(db, slice);
    const totals = new Map(monthly.map((r) => [r.period, r.total]));
    const w = sliceWindow(dataMonths, totals, slice.scope === 'all' ? 1 : min);
    if (w) jobs.push({ slice, w, totals });
  }
  const counts = await sliceCounts(
    db,
    jobs.map(({ slice, w }) => ({
      slice,
      cur: [w.cur[0]!, w.cur.at(-1)!],
      prev: w.prev.length ? [w.prev[0]!, w.prev.at(-1)!] : ['9999-99', '9999-99'],
    })),
  );
  const out: RowOf<typeof fctDemandScores>[] = [];
  jobs.forEach(({ slice, w, totals }, j) => {
    const [c0, c1] = [w.cur[0]!, w.cur.at(-1)!];
    const rows = counts[j]!;
    const totalCur = w.cur.reduce((a, m) => a + (totals.get(m) ?? 0), 0);
    const totalPrev = w.prev.reduce((a, m) => a + (totals.get(m) ?? 0), 0);
    if (totalCur === 0 || rows.length === 0) return;
    const inputs = rows.map((r) => {
      const share = r.x_cur / totalCur;
      const prev = totalPrev > 0 ? r.x_prev / totalPrev : 0;
      return {
        skill_id: r.skill_id,
        share,
        growth: prev > 0 && w.prev.length === w.cur.length ? share / prev - 1 : null,
        breadth: r.breadth,
        postings: r.x_cur,
      };
    });
    const byId = new Map(inputs.map((i) => [i.skill_id, i]));
    const months = periodSpan(c0, c1);
    for (const s of demandScores(inputs)) {
      const i = byId.get(s.skill_id)!;
      const low = i.postings < LOW_EVIDENCE_POSTINGS || i.breadth < LOW_EVIDENCE_EMPLOYERS;
      const reason = !low
        ? null
        : i.postings === 0
          ? `no postings name it in the ${w.cur.length} months with data ${c0}..${c1} (score from its share 0)`
          : `only ${i.postings} postings from ${i.breadth} employers in the ${w.cur.length} months with data ${c0}..${c1}`;
      out.push({
        scope: slice.scope,
        scope_value: slice.value,
        skill_id: s.skill_id,
        rank: s.rank,
        score: s.score,
        share: i.share,
        share_component: s.share_component,
        growth: i.growth,
        growth_component: s.growth_component,
        breadth: i.breadth,
        breadth_component: s.breadth_component,
        postings: i.postings,
        window_from: c0,
        window_to: c1,
        window_months: months,
        window_months_with_data: w.cur.length,
        window_total: totalCur,
        prev_total: totalPrev,
        low_evidence: low,
        reason,
      });
    }
  });
  return db.append(fctDemandScores, out);
}

/** Pairs of skills named together by at least MIN_PAIR_EMPLOYERS employers (unique postings). */
export async function computePairs(db: Db, _n?: number, minEmployers = MIN_PAIR_EMPLOYERS): Promise<number> {
  await db.createTable(fctSkillPairs);
  const emp = `coalesce(p.company_key, p.posting_id)`;
  const nEmployers =
    (await db.one<{ n: number }>(`SELECT count(DISTINCT ${emp}) AS n FROM fct_postings p WHERE NOT p.is_repost`))?.n ??
    0;
  if (nEmployers === 0) return 0;
  const ps = `SELECT s.skill_id, s.posting_id, ${emp} AS employer FROM fct_posting_skills s JOIN fct_postings p USING (posting_id) WHERE NOT p.is_repost`;
  const pairs = await db.all<{ a: string; b: string; n_both: number; employers: number }>(
    `WITH ps AS (${ps})
     SELECT a.skill_id AS a, b.skill_id AS b, count(*) AS n_both, count(DISTINCT a.employer) AS employers
     FROM ps a JOIN ps b ON a.posting_id = b.posting_id AND a.skill_id < b.skill_id
     GROUP BY ALL HAVING count(DISTINCT a.employer) >= $1`,
    [minEmployers],
  );
  const counts = await db.all<{ skill_id: string; postings: number; employers: number }>(
    `WITH ps AS (${ps}) SELECT skill_id, count(*) AS postings, count(DISTINCT employer) AS employers FROM ps GROUP BY skill_id`,
  );
  const rows = employerPairTable(
    pairs,
    new Map(counts.map((r) => [r.skill_id, r.postings])),
    new Map(counts.map((r) => [r.skill_id, r.employers])),
    nEmployers,
    minEmployers,
  );
  return db.append(
    fctSkillPairs,
    rows.map(
      (r): RowOf<typeof fctSkillPairs> => ({
        skill_id: r.skill_id,
        related_id: r.related_id,
        n_both: r.n_both,
        n_skill: r.n_skill,
        n_related: r.n_related,
        lift: r.lift,
        pmi: r.pmi,
        npmi: r.npmi,
        employers: r.employers,
        employers_skill: r.employers_skill,
        employers_related: r.employers_related,
      }),
    ),
  );
}
