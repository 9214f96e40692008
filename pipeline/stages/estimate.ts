/**
 * Estimate: per-skill trend measures, forecasts, movers and half-lives from the monthly series
 * (pure functions in pipeline/stats), written back through the appender.
 */
import type { Db } from '../db.ts';
import { addPeriods, estimateHalfLife, forecastShares, movers, trendMeasures, type CountPoint } from '../stats/index.ts';
import { monthlySkillSeries } from './series.ts';

export const MOVER_WINDOWS = [3, 6, 12, 24];

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export async function estimateSkills(db: Db, onProgress?: (done: number, total: number) => void): Promise<{ skills: number; months: number }> {
  const { months, bySkill } = await monthlySkillSeries(db);
  const last = months.at(-1) ?? null;
  await db.run(`CREATE OR REPLACE TABLE fct_skill_trends (skill_id VARCHAR, latest_period VARCHAR, postings_12m BIGINT,
    share_current DOUBLE, growth_3m DOUBLE, growth_6m DOUBLE, growth_12m DOUBLE, yoy DOUBLE, momentum DOUBLE, smoothed JSON)`);
  await db.run(`CREATE OR REPLACE TABLE fct_forecasts (skill_id VARCHAR, period VARCHAR, share DOUBLE, lo DOUBLE, hi DOUBLE,
    method VARCHAR, is_fallback BOOLEAN, mae_model DOUBLE, mae_naive DOUBLE)`);
  await db.run(`CREATE OR REPLACE TABLE fct_half_life (skill_id VARCHAR, status VARCHAR, half_life_months DOUBLE, ci_low DOUBLE,
    ci_high DOUBLE, peak_period VARCHAR, doubling_time_months DOUBLE, dt_ci_low DOUBLE, dt_ci_high DOUBLE, rate DOUBLE,
    rate_se DOUBLE, p_value DOUBLE, n_periods INTEGER, n_mentions BIGINT, method VARCHAR, segment_start VARCHAR)`);
  await db.run(`CREATE OR REPLACE TABLE fct_movers (direction VARCHAR, "window" INTEGER, rank INTEGER, skill_id VARCHAR,
    share_from DOUBLE, share_to DOUBLE, change DOUBLE, relative_change DOUBLE, z DOUBLE, postings_from BIGINT, postings_to BIGINT)`);
  if (!last) return { skills: 0, months: 0 };

  const trends: unknown[][] = [];
  const forecasts: unknown[][] = [];
  const halfLives: unknown[][] = [];
  let done = 0;
  for (const [skill, points] of bySkill) {
    const mentions = sum(points.map((p) => p.postings));
    const t = trendMeasures(points);
    trends.push([skill, last, sum(points.slice(-12).map((p) => p.postings)), t.share_current, t.growth_3m, t.growth_6m,
      t.growth_12m, t.yoy, t.momentum, JSON.stringify(t.smoothed.map((s, i) => ({ period: points[i]!.period, share: round(s) })))]);
    if (mentions > 0) {
      const f = forecastShares(points);
      for (const p of f.points)
        forecasts.push([skill, addPeriods(last, p.step), p.share, p.lo, p.hi, f.method, f.is_fallback, f.mae_model, f.mae_naive]);
    }
    const h = estimateHalfLife(points);
    halfLives.push([skill, h.status, h.half_life_months, h.ci_low, h.ci_high, h.peak_index === null ? null : points[h.peak_index]!.period,
      h.doubling_time_months, h.dt_ci_low, h.dt_ci_high, h.rate, h.rate_se, h.p_value, h.n_periods, h.n_mentions, h.method,
      h.segment_start === null ? null : points[h.segment_start]!.period]);
    if (++done % 100 === 0) onProgress?.(done, bySkill.size);
  }
  await db.appendRows('fct_skill_trends', ['varchar', 'varchar', 'bigint', 'double', 'double', 'double', 'double', 'double', 'double', 'varchar'], trends);
  await db.appendRows('fct_forecasts', ['varchar', 'varchar', 'double', 'double', 'double', 'varchar', 'boolean', 'double', 'double'], forecasts);
  await db.appendRows('fct_half_life', ['varchar', 'varchar', 'double', 'double', 'double', 'varchar', 'double', 'double', 'double',
    'double', 'double', 'double', 'integer', 'bigint', 'varchar', 'varchar'], halfLives);

  const moverRows: unknown[][] = [];
  const active = new Map<string, CountPoint[]>([...bySkill].filter(([, pts]) => pts.some((p) => p.postings > 0)));
  for (const w of MOVER_WINDOWS) {
    if (months.length < 2 * w) continue;
    const m = movers(active, w);
    for (const [direction, list] of [['rising', m.rising], ['declining', m.declining]] as const)
      for (const x of list)
        moverRows.push([direction, w, x.rank, x.skill_id, x.share_from, x.share_to, x.change, x.relative_change, x.z, x.postings_from, x.postings_to]);
  }
  await db.appendRows('fct_movers', ['varchar', 'integer', 'integer', 'varchar', 'double', 'double', 'double', 'double', 'double', 'bigint', 'bigint'], moverRows);
  return { skills: bySkill.size, months: months.length };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
