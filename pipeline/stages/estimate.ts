/**
 * Estimate: per-skill trend measures, forecasts, movers and half-lives from the monthly series
 * (pure functions in pipeline/stats), written back through the appender. Every windowed figure counts the
 * months WITH postings (docs/trends.md, "Calendar awareness") and the table says which months it used.
 */
import type { Db } from '../db.ts';
import {
  addPeriods,
  estimateHalfLife,
  forecastShares,
  halfLifeCurve,
  lastDataWindows,
  movers,
  trendMeasures,
  type CountPoint,
  type HalfLifeCurve,
  type Window,
} from '../stats/index.ts';
import {
  ALL,
  eligibleSlices,
  employersIn,
  monthlySkillSeries,
  monthlySliceSeries,
  type EmployerWindows,
  type Slice,
} from './series.ts';
import { fctSkillTrends } from '../sql/30_marts/fct_skill_trends.ts';
import { fctForecasts } from '../sql/30_marts/fct_forecasts.ts';
import { fctHalfLife } from '../sql/30_marts/fct_half_life.ts';
import { fctMovers } from '../sql/30_marts/fct_movers.ts';
import type { RowOf } from '../sql/table.ts';

export const MOVER_WINDOWS = [3, 6, 12, 24];
/** A mover needs this many distinct employers in the window with the higher share. */
export const MIN_MOVER_EMPLOYERS = 5;

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const win = <P extends string>(p: P, w: Window) =>
  ({
    [`${p}_from`]: w.from,
    [`${p}_to`]: w.to,
    [`${p}_months`]: w.months,
    [`${p}_months_with_data`]: w.months_with_data,
    [`${p}_postings`]: w.postings,
    [`${p}_total`]: w.total,
  }) as Record<`${P}_${'from' | 'to'}`, string | null> &
    Record<`${P}_${'months' | 'months_with_data' | 'postings' | 'total'}`, number>;

export async function estimateSkills(
  db: Db,
  onProgress?: (done: number, total: number) => void,
  opts: { minEmployers?: number } = {},
): Promise<{ skills: number; months: number }> {
  const { months, bySkill } = await monthlySkillSeries(db);
  const last = months.at(-1) ?? null;
  for (const spec of [fctSkillTrends, fctForecasts, fctHalfLife, fctMovers]) await db.createTable(spec);
  if (!last) return { skills: 0, months: 0 };

  const trends: RowOf<typeof fctSkillTrends>[] = [];
  const forecasts: RowOf<typeof fctForecasts>[] = [];
  const halfLives: RowOf<typeof fctHalfLife>[] = [];
  let done = 0;
  for (const [skill, points] of bySkill) {
    const mentions = sum(points.map((p) => p.postings));
    const t = trendMeasures(points);
    trends.push({
      skill_id: skill,
      latest_period: last,
      postings_12m: t.year.postings,
      share_current: t.share_current,
      growth_3m: t.growth_3m,
      growth_6m: t.growth_6m,
      growth_12m: t.growth_12m,
      yoy: t.yoy,
      momentum: t.momentum,
      smoothed: t.smoothed.map((s, i) => ({ period: points[i]!.period, share: Number.isFinite(s) ? round(s) : null })),
      ...win('current', t.current),
      ...win('year', t.year),
    });
    if (mentions > 0) {
      const f = forecastShares(points);
      for (const p of f.points)
        forecasts.push({
          skill_id: skill,
          period: addPeriods(last, p.step),
          share: p.share,
          lo: p.lo,
          hi: p.hi,
          method: f.method,
          is_fallback: f.is_fallback,
          mae_model: f.mae_model,
          mae_naive: f.mae_naive,
          coverage: f.coverage,
          widen: f.widen,
        });
    }
    const h = estimateHalfLife(points);
    const at = (i: number | null) => (i === null ? null : points[i]!.period);
    halfLives.push({
      skill_id: skill,
      status: h.status,
      half_life_months: h.half_life_months,
      ci_low: h.ci_low,
      ci_high: h.ci_high,
      peak_period: at(h.peak_index),
      doubling_time_months: h.doubling_time_months,
      dt_ci_low: h.dt_ci_low,
      dt_ci_high: h.dt_ci_high,
      rate: h.rate,
      rate_se: h.rate_se,
      p_value: h.p_value,
      n_periods: h.n_periods,
      n_mentions: h.n_mentions,
      method: h.method,
      segment_start: at(h.segment_start),
      trough_period: at(h.trough_index),
      curve:
        h.status === 'declining' && h.peak_index !== null
          ? roundCurve(halfLifeCurve(points, points[h.peak_index]!.period, h.half_life_months))
          : null,
    });
    if (++done % 100 === 0) onProgress?.(done, bySkill.size);
  }
  await db.append(fctSkillTrends, trends);
  await db.append(fctForecasts, forecasts);
  await db.append(fctHalfLife, halfLives);

  // movers overall and in every country / role family with enough postings; windows of months with data
  const slices: Slice[] = [ALL, ...(await eligibleSlices(db, months[0]!))];
  // first every slice's windows, then the employers of all of them in one scan, then the movers
  const jobs: { slice: Slice; w: number; active: Map<string, CountPoint[]> }[] = [];
  const requests: EmployerWindows[] = [];
  // every breakdown slice's series in one scan (slices[0] is ALL, whose dense series is read above)
  const sliceSeries = [{ bySkill }, ...(await monthlySliceSeries(db, slices.slice(1), true))];
  for (const [j, slice] of slices.entries()) {
    const s = sliceSeries[j]!;
    const active = new Map<string, CountPoint[]>([...s.bySkill].filter(([, pts]) => pts.some((p) => p.postings > 0)));
    const totals = [...active.values()][0];
    if (!totals) continue;
    for (const w of MOVER_WINDOWS) {
      const { cur, prev } = lastDataWindows(totals, w);
      if (!cur || !prev) continue;
      jobs.push({ slice, w, active });
      requests.push({ slice, a: [prev[0]!.period, prev.at(-1)!.period], b: [cur[0]!.period, cur.at(-1)!.period] });
    }
  }
  const employersOf = await employersIn(db, requests);
  const moverRows: RowOf<typeof fctMovers>[] = [];
  jobs.forEach(({ slice, w, active }, j) => {
    const m = movers(active, w, { employers: employersOf[j]!, minEmployers: opts.minEmployers ?? MIN_MOVER_EMPLOYERS });
    for (const [direction, list] of [
      ['rising', m.rising],
      ['declining', m.declining],
    ] as const)
      for (const x of list)
        moverRows.push({
          scope: slice.scope,
          scope_value: slice.value,
          direction,
          window: w,
          rank: x.rank,
          skill_id: x.skill_id,
          share_from: x.share_from,
          share_to: x.share_to,
          change: x.change,
          relative_change: x.relative_change,
          z: x.z,
          postings_from: x.postings_from,
          postings_to: x.postings_to,
          employers: x.employers,
          from_start: x.from_window.from,
          from_end: x.from_window.to,
          from_months: x.from_window.months,
          from_months_with_data: x.from_window.months_with_data,
          total_from: x.from_window.total,
          to_start: x.to_window.from,
          to_end: x.to_window.to,
          to_months: x.to_window.months,
          to_months_with_data: x.to_window.months_with_data,
          total_to: x.to_window.total,
        });
  });
  await db.append(fctMovers, moverRows);
  return { skills: bySkill.size, months: months.length };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function roundCurve(c: HalfLifeCurve | null) {
  if (!c) return null;
  return {
    points: c.points.map((p) => ({ period: p.period, share: round(p.share) })),
    peak: { period: c.peak.period, share: round(c.peak.share) },
    half: { ...c.half, share: round(c.half.share) },
    level: round(c.level),
    rate: c.rate,
  };
}
