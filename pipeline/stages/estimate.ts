/**
 * Estimate: per-skill trend measures, forecasts, movers and half-lives from the monthly series
 * (pure functions in pipeline/stats), written back through the appender.
 */
import type { Db } from '../db.ts';
import { addPeriods, estimateHalfLife, forecastShares, halfLifeCurve, movers, trendMeasures, type CountPoint, type HalfLifeCurve } from '../stats/index.ts';
import { monthlySkillSeries } from './series.ts';
import { fctSkillTrends } from '../sql/30_marts/fct_skill_trends.ts';
import { fctForecasts } from '../sql/30_marts/fct_forecasts.ts';
import { fctHalfLife } from '../sql/30_marts/fct_half_life.ts';
import { fctMovers } from '../sql/30_marts/fct_movers.ts';
import type { RowOf } from '../sql/table.ts';

export const MOVER_WINDOWS = [3, 6, 12, 24];

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export async function estimateSkills(db: Db, onProgress?: (done: number, total: number) => void): Promise<{ skills: number; months: number }> {
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
      skill_id: skill, latest_period: last, postings_12m: sum(points.slice(-12).map((p) => p.postings)), share_current: t.share_current,
      growth_3m: t.growth_3m, growth_6m: t.growth_6m, growth_12m: t.growth_12m, yoy: t.yoy, momentum: t.momentum,
      smoothed: t.smoothed.map((s, i) => ({ period: points[i]!.period, share: round(s) })),
    });
    if (mentions > 0) {
      const f = forecastShares(points);
      for (const p of f.points)
        forecasts.push({
          skill_id: skill, period: addPeriods(last, p.step), share: p.share, lo: p.lo, hi: p.hi, method: f.method,
          is_fallback: f.is_fallback, mae_model: f.mae_model, mae_naive: f.mae_naive,
        });
    }
    const h = estimateHalfLife(points);
    halfLives.push({
      skill_id: skill, status: h.status, half_life_months: h.half_life_months, ci_low: h.ci_low, ci_high: h.ci_high,
      peak_period: h.peak_index === null ? null : points[h.peak_index]!.period, doubling_time_months: h.doubling_time_months,
      dt_ci_low: h.dt_ci_low, dt_ci_high: h.dt_ci_high, rate: h.rate, rate_se: h.rate_se, p_value: h.p_value, n_periods: h.n_periods,
      n_mentions: h.n_mentions, method: h.method, segment_start: h.segment_start === null ? null : points[h.segment_start]!.period,
      curve: h.status === 'declining' && h.peak_index !== null ? roundCurve(halfLifeCurve(points, points[h.peak_index]!.period, h.half_life_months)) : null,
    });
    if (++done % 100 === 0) onProgress?.(done, bySkill.size);
  }
  await db.append(fctSkillTrends, trends);
  await db.append(fctForecasts, forecasts);
  await db.append(fctHalfLife, halfLives);

  const moverRows: RowOf<typeof fctMovers>[] = [];
  const active = new Map<string, CountPoint[]>([...bySkill].filter(([, pts]) => pts.some((p) => p.postings > 0)));
  for (const w of MOVER_WINDOWS) {
    if (months.length < 2 * w) continue;
    const m = movers(active, w);
    for (const [direction, list] of [['rising', m.rising], ['declining', m.declining]] as const)
      for (const x of list)
        moverRows.push({
          direction, window: w, rank: x.rank, skill_id: x.skill_id, share_from: x.share_from, share_to: x.share_to, change: x.change,
          relative_change: x.relative_change, z: x.z, postings_from: x.postings_from, postings_to: x.postings_to,
        });
  }
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
