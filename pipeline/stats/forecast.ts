/**
 * Share forecasts (fct_forecasts): damped-trend exponential smoothing, ETS(A,Ad,N), with a prediction
 * interval, backtested against the naive forecast (last value) on a rolling origin. When the model does
 * not beat naive on the backtest, the naive forecast is served (is_fallback = true). Method: docs/trends.md.
 */
import { normalQuantile } from './special.ts';
import { checkPoints, StatsInputError, type CountPoint } from './types.ts';

export interface ForecastOptions {
  /** Periods ahead. Default 12. */
  horizon?: number;
  /** Prediction interval level. Default 0.9. */
  level?: number;
  /** Periods held back for the backtest (rolling origins). Default 12. */
  holdout?: number;
  /** Minimum periods before the holdout to fit the model. Default 24. */
  minTrain?: number;
}

export interface ForecastPoint {
  step: number;
  share: number;
  lo: number;
  hi: number;
}

export interface ForecastResult {
  /** damped_trend (ETS(A,Ad,N)), moving_mean (mean of the last 3 periods with data) or naive (last value). */
  method: 'damped_trend' | 'moving_mean' | 'naive';
  is_fallback: boolean;
  points: ForecastPoint[];
  /** Backtest MAE of the better of damped_trend and moving_mean (null without a backtest). */
  mae_model: number | null;
  mae_naive: number | null;
  /** Share of backtest (origin, step) pairs whose actual value fell inside the served method's raw interval. */
  coverage: number | null;
  /** Factor (>= 1) applied to the interval's half-width so that the backtest covers `level` of the pairs. */
  widen: number;
  /** Smoothing parameters of the damped-trend fit on all data (null when too short to fit). */
  params: { alpha: number; beta: number; phi: number } | null;
}
interface Params {
  alpha: number;
  beta: number;
  phi: number;
}
interface State {
  level: number;
  trend: number;
  sse: number;
  count: number;
}

const ALPHAS = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const BETAS = [0.01, 0.05, 0.1, 0.2, 0.3]; // as a fraction of alpha: beta = alpha * b*
const PHIS = [0.8, 0.85, 0.9, 0.95, 0.98];

/** Runs the filter over y[0..end) and returns the final state and one-step squared errors. */
function filter(y: number[], end: number, p: Params): State {
  const k = Math.min(4, end - 1);
  let level = y[0]!;
  let trend = k > 0 ? (y[k]! - y[0]!) / k : 0;
  let sse = 0;
  let count = 0;
  for (let t = 1; t < end; t++) {
    const e = y[t]! - (level + p.phi * trend);
    sse += e * e;
    count++;
    level = level + p.phi * trend + p.alpha * e;
    trend = p.phi * trend + p.beta * e;
  }
  return { level, trend, sse, count };
}

function fitParams(y: number[], end: number): Params {
  let best: Params = { alpha: 0.5, beta: 0.05, phi: 0.9 };
  let bestSse = Infinity;
  for (const alpha of ALPHAS)
    for (const b of BETAS)
      for (const phi of PHIS) {
        const p = { alpha, beta: alpha * b, phi };
        const s = filter(y, end, p);
        if (s.sse < bestSse - 1e-18) {
          bestSse = s.sse;
          best = p;
        }
      }
  return best;
}

/** Sum phi + phi^2 + ... + phi^h. */
function dampSum(phi: number, h: number): number {
  let s = 0;
  let f = 1;
  for (let i = 1; i <= h; i++) {
    f *= phi;
    s += f;
  }
  return s;
}

function clip(v: number): number {
  return Math.min(1, Math.max(0, v));
}

/**
 * Interval around a share forecast m with standard error sd, on the log scale of the distance to each bound:
 * lo = m exp(-k sd / max(m, sd)), hi = 1 - (1 - m) exp(-k sd / max(1 - m, sd)). Far from 0 and 1 this is
 * m -+ k sd; near a bound it stays inside [0, 1] without being clipped flat.
 */
export function shareInterval(m: number, sd: number, k: number): { lo: number; hi: number } {
  const c = clip(m);
  if (!(sd > 0)) return { lo: c, hi: c };
  return { lo: c * Math.exp((-k * sd) / Math.max(c, sd)), hi: 1 - (1 - c) * Math.exp((-k * sd) / Math.max(1 - c, sd)) };
}

/** Mean and standard error of each step 1..horizon from data y[0..end). */
type Predict = (y: number[], end: number, horizon: number) => { mean: number[]; sd: number[] };

function dampedPredict(p: Params): Predict {
  return (y, end, horizon) => {
    const s = filter(y, end, p);
    const sigma2 = s.count > 3 ? s.sse / (s.count - 3) : 0;
    const mean: number[] = [];
    const sd: number[] = [];
    let varSum = 0;
    for (let h = 1; h <= horizon; h++) {
      if (h > 1) varSum += (p.alpha + p.beta * dampSum(p.phi, h - 1)) ** 2;
      mean.push(clip(s.level + dampSum(p.phi, h) * s.trend));
      sd.push(Math.sqrt(sigma2 * (1 + varSum)));
    }
    return { mean, sd };
  };
}

/** Periods averaged by the moving-mean forecast. */
export const MEAN_WINDOW = 3;
/** Origins whose errors give the moving mean's standard error at each step. */
const MEAN_ERROR_ORIGINS = 36;

const movingMean: Predict = (y, end, horizon) => {
  const avg = (to: number) => {
    let s = 0;
    for (let i = to - MEAN_WINDOW; i < to; i++) s += y[i]!;
    return s / MEAN_WINDOW;
  };
  const m = end >= MEAN_WINDOW ? avg(end) : y.slice(0, end).reduce((a, b) => a + b, 0) / Math.max(1, end);
  const sd: number[] = [];
  for (let h = 1; h <= horizon; h++) {
    let ss = 0;
    let n = 0;
    for (let o = Math.max(MEAN_WINDOW, end - h + 1 - MEAN_ERROR_ORIGINS); o + h - 1 < end; o++) {
      ss += (y[o + h - 1]! - avg(o)) ** 2;
      n++;
    }
    sd.push(n > 0 ? Math.sqrt(ss / n) : 0);
  }
  return { mean: Array(horizon).fill(m), sd };
};

/** Monthly changes used for the naive interval: the recent ones, so an old volatile period does not widen it. */
export const NAIVE_SIGMA_WINDOW = 24;

const naive: Predict = (y, end, horizon) => {
  let ss = 0;
  const from = Math.max(1, end - NAIVE_SIGMA_WINDOW);
  for (let t = from; t < end; t++) ss += (y[t]! - y[t - 1]!) ** 2;
  const sigma2 = end > from ? ss / (end - from) : 0;
  const last = y[end - 1]!;
  return {
    mean: Array(horizon).fill(last),
    sd: Array.from({ length: horizon }, (_, i) => Math.sqrt(sigma2 * (i + 1))),
  };
};

interface Backtest {
  mae: number;
  covered: number;
  count: number;
  ratios: number[];
  longRatios: number[];
}

/** Rolling origins o = n - holdout .. n - 1, steps 1..min(horizon, n - o): errors, raw coverage, |error| / sd. */
function backtest(y: number[], predict: Predict, holdout: number, horizon: number, z: number): Backtest {
  const n = y.length;
  let err = 0;
  let covered = 0;
  let count = 0;
  const ratios: number[] = [];
  const longRatios: number[] = [];
  for (let o = n - holdout; o < n; o++) {
    const steps = Math.min(horizon, n - o);
    const f = predict(y, o, steps);
    for (let h = 1; h <= steps; h++) {
      const actual = y[o + h - 1]!;
      const e = Math.abs(f.mean[h - 1]! - actual);
      const sd = f.sd[h - 1]!;
      err += e;
      const { lo, hi } = shareInterval(f.mean[h - 1]!, sd, z);
      if (actual >= lo - 1e-12 && actual <= hi + 1e-12) covered++;
      const ratio = e === 0 ? 0 : sd > 0 ? e / sd : Infinity;
      ratios.push(ratio);
      if (2 * h > horizon) longRatios.push(ratio);
      count++;
    }
  }
  return { mae: err / count, covered: covered / count, count, ratios, longRatios };
}

/** Largest widening applied to an interval. */
export const MAX_WIDEN = 4;

/**
 * Smallest k >= 1 such that |error| <= k z sd for a share `level` of the backtest pairs, also among the pairs
 * more than half the horizon ahead (few origins reach them, and a band too narrow far out is the usual
 * failure), capped at MAX_WIDEN.
 */
function widening(b: Backtest, level: number, z: number): number {
  return Math.max(widenOf(b.ratios, level, z), widenOf(b.longRatios, level, z));
}

function widenOf(ratios: number[], level: number, z: number): number {
  if (ratios.length === 0) return 1;
  const sorted = ratios.slice().sort((a, b) => a - b);
  const q = sorted[Math.min(sorted.length - 1, Math.ceil(level * sorted.length) - 1)]!;
  return Math.min(MAX_WIDEN, Math.max(1, q / z));
}

function serve(y: number[], predict: Predict, horizon: number, z: number, widen: number): ForecastPoint[] {
  const f = predict(y, y.length, horizon);
  return f.mean.map((m, i) => ({ step: i + 1, share: m, ...shareInterval(m, f.sd[i]!, z * widen) }));
}

/**
 * Forecast of the share `horizon` periods after the last point. Periods with total 0 are skipped.
 * Candidates: the damped trend and the moving mean, backtested on a rolling origin against the naive forecast;
 * the one with the lowest MAE is served when it beats naive, else naive (is_fallback). The served interval is
 * widened by the factor that makes it cover `level` of the backtest pairs (docs/trends.md).
 */
export function forecastShares(points: CountPoint[], opts: ForecastOptions = {}): ForecastResult {
  const horizon = opts.horizon ?? 12;
  const level = opts.level ?? 0.9;
  const holdout = opts.holdout ?? 12;
  const minTrain = opts.minTrain ?? 24;
  if (!Number.isInteger(horizon) || horizon < 1)
    throw new StatsInputError('horizon', `expected an integer >= 1, got ${horizon}`);
  if (!(level > 0 && level < 1)) throw new StatsInputError('level', `expected a number in (0, 1), got ${level}`);
  if (!Number.isInteger(holdout) || holdout < 1)
    throw new StatsInputError('holdout', `expected an integer >= 1, got ${holdout}`);
  const y = checkPoints(points)
    .filter((p) => p.total > 0)
    .map((p) => p.postings / p.total);
  if (y.length === 0) throw new StatsInputError('points', 'no period with total > 0: nothing to forecast');
  const z = normalQuantile(1 - (1 - level) / 2);
  const n = y.length;
  if (n < holdout + minTrain) {
    return {
      method: 'naive',
      is_fallback: true,
      points: serve(y, naive, horizon, z, 1),
      mae_model: null,
      mae_naive: null,
      coverage: null,
      widen: 1,
      params: null,
    };
  }
  const trainParams = fitParams(y, n - holdout);
  const damped = backtest(y, dampedPredict(trainParams), holdout, horizon, z);
  const mean = backtest(y, movingMean, holdout, horizon, z);
  const nv = backtest(y, naive, holdout, horizon, z);
  const params = fitParams(y, n);
  const useMean = mean.mae < damped.mae;
  const best = useMean ? mean : damped;
  // the band is calibrated on twice as many origins as the selection (when the series allows), so that steps far
  // ahead are represented
  const calOrigins = Math.min(2 * holdout, n - minTrain);
  if (best.mae < nv.mae) {
    const calib =
      calOrigins > holdout
        ? backtest(y, useMean ? movingMean : dampedPredict(trainParams), calOrigins, horizon, z)
        : best;
    const widen = widening(calib, level, z);
    const predict = useMean ? movingMean : dampedPredict(params);
    return {
      method: useMean ? 'moving_mean' : 'damped_trend',
      is_fallback: false,
      points: serve(y, predict, horizon, z, widen),
      mae_model: best.mae,
      mae_naive: nv.mae,
      coverage: best.covered,
      widen,
      params,
    };
  }
  const widen = widening(calOrigins > holdout ? backtest(y, naive, calOrigins, horizon, z) : nv, level, z);
  return {
    method: 'naive',
    is_fallback: true,
    points: serve(y, naive, horizon, z, widen),
    mae_model: best.mae,
    mae_naive: nv.mae,
    coverage: nv.covered,
    widen,
    params,
  };
}

export interface BacktestSummary {
  n_series: number;
  n_backtested: number;
  /** Series where the model beat naive on the backtest. */
  model_wins: number;
  fallback_rate: number;
  mae_model_mean: number | null;
  mae_naive_mean: number | null;
  /** sum(mae_model) / sum(mae_naive): below 1 means the model beats naive overall. */
  relative_mae: number | null;
  median_ratio: number | null;
  /** Mean over backtested series of the raw 90% interval coverage of the served method (null when none reports it). */
  coverage: number | null;
}

/** Aggregates forecastShares results over many skills (for docs/trends.md and the backtest command). */
export function backtestSummary(
  results: (Pick<ForecastResult, 'mae_model' | 'mae_naive' | 'is_fallback'> & { coverage?: number | null })[],
): BacktestSummary {
  const done = results.filter((r) => r.mae_model !== null && r.mae_naive !== null);
  const sm = done.reduce((s, r) => s + r.mae_model!, 0);
  const sn = done.reduce((s, r) => s + r.mae_naive!, 0);
  const ratios = done
    .filter((r) => r.mae_naive! > 0)
    .map((r) => r.mae_model! / r.mae_naive!)
    .sort((a, b) => a - b);
  const mid = ratios.length >> 1;
  const cov = done.map((r) => r.coverage).filter((c): c is number => typeof c === 'number');
  return {
    n_series: results.length,
    n_backtested: done.length,
    model_wins: done.filter((r) => r.mae_model! < r.mae_naive!).length,
    fallback_rate: results.length ? results.filter((r) => r.is_fallback).length / results.length : 0,
    mae_model_mean: done.length ? sm / done.length : null,
    mae_naive_mean: done.length ? sn / done.length : null,
    relative_mae: sn > 0 ? sm / sn : null,
    median_ratio: ratios.length ? (ratios.length % 2 ? ratios[mid]! : (ratios[mid - 1]! + ratios[mid]!) / 2) : null,
    coverage: cov.length ? cov.reduce((a, b) => a + b, 0) / cov.length : null,
  };
}
