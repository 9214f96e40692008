/**
 * Estimate: per-skill trend measures, forecasts, movers and half-lives from the monthly series
 * (pure functions in pipeline/stats), written back through the appender. Every windowed figure counts the
 * months WITH postings (docs/trends.md, "Calendar awareness") and the table says which months it used.
 */
import type { Db } from '../db.ts';
import { addPeriods, estimateHalfLife, forecastShares, lastDataWindows, movers, trendMeasures, type CountPoint, type Window } from '../stats/index.ts';
import { ALL, eligibleSlices, employersIn, monthlySkillSeries, type Slice } from './series.ts';

export const MOVER_WINDOWS = [3, 6, 12, 24];
/** A mover needs this many distinct employers in the window with the higher share. */
export const MIN_MOVER_EMPLOYERS = 5;

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const win = (w: Window) => [w.from, w.to, w.months, w.months_with_data, w.postings, w.total];

export async function estimateSkills(db: Db, onProgress?: (done: number, total: number) => void, opts: { minEmployers?: number } = {}): Promise<{ skills: number; months: number }> {
  const { months, bySkill } = await monthlySkillSeries(db);
  const last = months.at(-1) ?? null;
  await db.run(`CREATE OR REPLACE TABLE fct_skill_trends (skill_id VARCHAR, latest_period VARCHAR, postings_12m BIGINT,
    share_current DOUBLE, growth_3m DOUBLE, growth_6m DOUBLE, growth_12m DOUBLE, yoy DOUBLE, momentum DOUBLE, smoothed JSON,
    current_from VARCHAR, current_to VARCHAR, current_months INTEGER, current_months_with_data INTEGER, current_postings BIGINT, current_total BIGINT,
    year_from VARCHAR, year_to VARCHAR, year_months INTEGER, year_months_with_data INTEGER, year_postings BIGINT, year_total BIGINT)`);
  await db.run(`CREATE OR REPLACE TABLE fct_forecasts (skill_id VARCHAR, period VARCHAR, share DOUBLE, lo DOUBLE, hi DOUBLE,
    method VARCHAR, is_fallback BOOLEAN, mae_model DOUBLE, mae_naive DOUBLE, coverage DOUBLE, widen DOUBLE)`);
  await db.run(`CREATE OR REPLACE TABLE fct_half_life (skill_id VARCHAR, status VARCHAR, half_life_months DOUBLE, ci_low DOUBLE,
    ci_high DOUBLE, peak_period VARCHAR, doubling_time_months DOUBLE, dt_ci_low DOUBLE, dt_ci_high DOUBLE, rate DOUBLE,
    rate_se DOUBLE, p_value DOUBLE, n_periods INTEGER, n_mentions BIGINT, method VARCHAR, segment_start VARCHAR, trough_period VARCHAR)`);
  await db.run(`CREATE OR REPLACE TABLE fct_movers (scope VARCHAR, scope_value VARCHAR, direction VARCHAR, "window" INTEGER, rank INTEGER, skill_id VARCHAR,
    share_from DOUBLE, share_to DOUBLE, change DOUBLE, relative_change DOUBLE, z DOUBLE, postings_from BIGINT, postings_to BIGINT,
    employers INTEGER, from_start VARCHAR, from_end VARCHAR, from_months INTEGER, from_months_with_data INTEGER, total_from BIGINT,
    to_start VARCHAR, to_end VARCHAR, to_months INTEGER, to_months_with_data INTEGER, total_to BIGINT)`);
  if (!last) return { skills: 0, months: 0 };

  const trends: unknown[][] = [];
  const forecasts: unknown[][] = [];
  const halfLives: unknown[][] = [];
  let done = 0;
  for (const [skill, points] of bySkill) {
    const mentions = sum(points.map((p) => p.postings));
    const t = trendMeasures(points);
    trends.push([skill, last, t.year.postings, t.share_current, t.growth_3m, t.growth_6m,
      t.growth_12m, t.yoy, t.momentum, JSON.stringify(t.smoothed.map((s, i) => ({ period: points[i]!.period, share: Number.isFinite(s) ? round(s) : null }))),
      ...win(t.current), ...win(t.year)]);
    if (mentions > 0) {
      const f = forecastShares(points);
      for (const p of f.points)
        forecasts.push([skill, addPeriods(last, p.step), p.share, p.lo, p.hi, f.method, f.is_fallback, f.mae_model, f.mae_naive, f.coverage, f.widen]);
    }
    const h = estimateHalfLife(points);
    const at = (i: number | null) => (i === null ? null : points[i]!.period);
    halfLives.push([skill, h.status, h.half_life_months, h.ci_low, h.ci_high, at(h.peak_index),
      h.doubling_time_months, h.dt_ci_low, h.dt_ci_high, h.rate, h.rate_se, h.p_value, h.n_periods, h.n_mentions, h.method,
      at(h.segment_start), at(h.trough_index)]);
    if (++done % 100 === 0) onProgress?.(done, bySkill.size);
  }
  await db.appendRows('fct_skill_trends', ['varchar', 'varchar', 'bigint', 'double', 'double', 'double', 'double', 'double', 'double', 'varchar',
    'varchar', 'varchar', 'integer', 'integer', 'bigint', 'bigint', 'varchar', 'varchar', 'integer', 'integer', 'bigint', 'bigint'], trends);
  await db.appendRows('fct_forecasts', ['varchar', 'varchar', 'double', 'double', 'double', 'varchar', 'boolean', 'double', 'double', 'double', 'double'], forecasts);
  await db.appendRows('fct_half_life', ['varchar', 'varchar', 'double', 'double', 'double', 'varchar', 'double', 'double', 'double',
    'double', 'double', 'double', 'integer', 'bigint', 'varchar', 'varchar', 'varchar'], halfLives);

  const slices: Slice[] = [ALL, ...(await eligibleSlices(db, months[0]!))];
  const moverRows: unknown[][] = [];
  for (const slice of slices) {
    const s = slice === ALL ? { bySkill } : await monthlySkillSeries(db, slice, true);
    const active = new Map<string, CountPoint[]>([...s.bySkill].filter(([, pts]) => pts.some((p) => p.postings > 0)));
    const totals = [...active.values()][0];
    if (!totals) continue;
    for (const w of MOVER_WINDOWS) {
      const { cur, prev } = lastDataWindows(totals, w);
      if (!cur || !prev) continue;
      const employers = await employersIn(db, slice, [prev[0]!.period, prev.at(-1)!.period], [cur[0]!.period, cur.at(-1)!.period]);
      const m = movers(active, w, { employers, minEmployers: opts.minEmployers ?? MIN_MOVER_EMPLOYERS });
      for (const [direction, list] of [['rising', m.rising], ['declining', m.declining]] as const)
        for (const x of list)
          moverRows.push([slice.scope, slice.value, direction, w, x.rank, x.skill_id, x.share_from, x.share_to, x.change, x.relative_change, x.z,
            x.postings_from, x.postings_to, x.employers, x.from_window.from, x.from_window.to, x.from_window.months, x.from_window.months_with_data,
            x.from_window.total, x.to_window.from, x.to_window.to, x.to_window.months, x.to_window.months_with_data, x.to_window.total]);
    }
  }
  await db.appendRows('fct_movers', ['varchar', 'varchar', 'varchar', 'integer', 'integer', 'varchar', 'double', 'double', 'double', 'double', 'double',
    'bigint', 'bigint', 'integer', 'varchar', 'varchar', 'integer', 'integer', 'bigint', 'varchar', 'varchar', 'integer', 'integer', 'bigint'], moverRows);
  return { skills: bySkill.size, months: months.length };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
