/**
 * Share forecasts (fct_forecasts): damped-trend exponential smoothing, ETS(A,Ad,N), with a prediction
 * interval, backtested against the naive forecast (last value) on a rolling origin. When the model does
 * not beat naive on the backtest, the naive forecast is served (is_fallback = true). Intervals are computed on
 * the logit scale (inside [0, 1], multiplicative near 0). Method: docs/trends.md.
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

export interface ForecastPoint { step: number; share: number; lo: number; hi: number }

export interface ForecastResult {
  method: 'damped_trend' | 'naive';
  is_fallback: boolean;
  points: ForecastPoint[];
  mae_model: number | null;
  mae_naive: number | null;
  /** Smoothing parameters of the damped-trend fit on all data (null when too short to fit). */
  params: { alpha: number; beta: number; phi: number } | null;
}

interface Params { alpha: number; beta: number; phi: number }
interface State { level: number; trend: number; sse: number; count: number }

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
  for (const alpha of ALPHAS) for (const b of BETAS) for (const phi of PHIS) {
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

const logit = (v: number, eps: number) => {
  const c = Math.min(1 - eps, Math.max(eps, v));
  return Math.log(c / (1 - c));
};
const expit = (v: number) => 1 / (1 + Math.exp(-v));

/**
 * The prediction interval on the logit scale: `expit(logit(ŷ) ± z sd)`, so it stays inside [0, 1] and is
 * multiplicative near 0 (logit ≈ log for small shares: a share of 0.2% gets a band like 0.1–0.4%, not
 * 0–2%). Shares are clamped to [eps, 1 - eps] before the logit, eps = half a posting of a typical month.
 */
function logitInterval(mean: number, sd: number, z: number, eps: number): { share: number; lo: number; hi: number } {
  const share = clip(mean);
  if (!(sd > 0)) return { share, lo: share, hi: share };
  const c = logit(share, eps);
  return { share, lo: Math.min(share, expit(c - z * sd)), hi: Math.max(share, expit(c + z * sd)) };
}

/** One-step errors of the fitted filter measured on the logit scale: σ² = Σ (logit y_t - logit ŷ_t)² / (n - 3). */
function logitSigma2(y: number[], p: Params, eps: number): number {
  const k = Math.min(4, y.length - 1);
  let level = y[0]!;
  let trend = k > 0 ? (y[k]! - y[0]!) / k : 0;
  let ss = 0;
  let count = 0;
  for (let t = 1; t < y.length; t++) {
    const pred = level + p.phi * trend;
    const r = logit(y[t]!, eps) - logit(pred, eps);
    ss += r * r;
    count++;
    const e = y[t]! - pred;
    level = pred + p.alpha * e;
    trend = p.phi * trend + p.beta * e;
  }
  return count > 3 ? ss / (count - 3) : 0;
}

function modelPoints(y: number[], p: Params, horizon: number, z: number, eps: number): ForecastPoint[] {
  const s = filter(y, y.length, p);
  const sigma2 = logitSigma2(y, p, eps);
  const out: ForecastPoint[] = [];
  let varSum = 0;
  for (let h = 1; h <= horizon; h++) {
    if (h > 1) varSum += (p.alpha + p.beta * dampSum(p.phi, h - 1)) ** 2;
    const mean = s.level + dampSum(p.phi, h) * s.trend;
    out.push({ step: h, ...logitInterval(mean, Math.sqrt(sigma2 * (1 + varSum)), z, eps) });
  }
  return out;
}

/** Monthly changes used for the naive interval: the recent ones, so an old volatile period does not widen it. */
export const NAIVE_SIGMA_WINDOW = 24;

function naivePoints(y: number[], horizon: number, z: number, eps: number): ForecastPoint[] {
  let ss = 0;
  const from = Math.max(1, y.length - NAIVE_SIGMA_WINDOW);
  for (let t = from; t < y.length; t++) ss += (logit(y[t]!, eps) - logit(y[t - 1]!, eps)) ** 2;
  const sigma2 = y.length > from ? ss / (y.length - from) : 0;
  const last = y[y.length - 1]!;
  return Array.from({ length: horizon }, (_, i) => ({ step: i + 1, ...logitInterval(last, Math.sqrt(sigma2 * (i + 1)), z, eps) }));
}

/** Half a posting of the median month: the clamp of a share before its logit (a month with 0 mentions). */
function clampEps(totals: number[]): number {
  const sorted = [...totals].sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1] ?? 1;
  return Math.min(0.01, 0.5 / Math.max(1, median));
}

/** Forecast of the share `horizon` periods after the last point. Periods with total 0 are skipped. */
export function forecastShares(points: CountPoint[], opts: ForecastOptions = {}): ForecastResult {
  const horizon = opts.horizon ?? 12;
  const level = opts.level ?? 0.9;
  const holdout = opts.holdout ?? 12;
  const minTrain = opts.minTrain ?? 24;
  if (!Number.isInteger(horizon) || horizon < 1) throw new StatsInputError('horizon', `expected an integer >= 1, got ${horizon}`);
  if (!(level > 0 && level < 1)) throw new StatsInputError('level', `expected a number in (0, 1), got ${level}`);
  if (!Number.isInteger(holdout) || holdout < 1) throw new StatsInputError('holdout', `expected an integer >= 1, got ${holdout}`);
  const kept = checkPoints(points).filter((p) => p.total > 0);
  const y = kept.map((p) => p.postings / p.total);
  if (y.length === 0) throw new StatsInputError('points', 'no period with total > 0: nothing to forecast');
  const eps = clampEps(kept.map((p) => p.total));
  const z = normalQuantile(1 - (1 - level) / 2);
  const n = y.length;
  if (n < holdout + minTrain) {
    return { method: 'naive', is_fallback: true, points: naivePoints(y, horizon, z, eps), mae_model: null, mae_naive: null, params: null };
  }
  const trainParams = fitParams(y, n - holdout);
  let errModel = 0;
  let errNaive = 0;
  let count = 0;
  for (let o = n - holdout; o < n; o++) {
    const s = filter(y, o, trainParams);
    for (let h = 1; h <= Math.min(horizon, n - o); h++) {
      const actual = y[o + h - 1]!;
      errModel += Math.abs(clip(s.level + dampSum(trainParams.phi, h) * s.trend) - actual);
      errNaive += Math.abs(y[o - 1]! - actual);
      count++;
    }
  }
  const mae_model = errModel / count;
  const mae_naive = errNaive / count;
  const params = fitParams(y, n);
  if (mae_model < mae_naive) {
    return { method: 'damped_trend', is_fallback: false, points: modelPoints(y, params, horizon, z, eps), mae_model, mae_naive, params };
  }
  return { method: 'naive', is_fallback: true, points: naivePoints(y, horizon, z, eps), mae_model, mae_naive, params };
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
}

/** Aggregates forecastShares results over many skills (for docs/trends.md and the backtest command). */
export function backtestSummary(results: Pick<ForecastResult, 'mae_model' | 'mae_naive' | 'is_fallback'>[]): BacktestSummary {
  const done = results.filter((r) => r.mae_model !== null && r.mae_naive !== null);
  const sm = done.reduce((s, r) => s + r.mae_model!, 0);
  const sn = done.reduce((s, r) => s + r.mae_naive!, 0);
  const ratios = done.filter((r) => r.mae_naive! > 0).map((r) => r.mae_model! / r.mae_naive!).sort((a, b) => a - b);
  const mid = ratios.length >> 1;
  return {
    n_series: results.length,
    n_backtested: done.length,
    model_wins: done.filter((r) => r.mae_model! < r.mae_naive!).length,
    fallback_rate: results.length ? results.filter((r) => r.is_fallback).length / results.length : 0,
    mae_model_mean: done.length ? sm / done.length : null,
    mae_naive_mean: done.length ? sn / done.length : null,
    relative_mae: sn > 0 ? sm / sn : null,
    median_ratio: ratios.length ? (ratios.length % 2 ? ratios[mid]! : (ratios[mid - 1]! + ratios[mid]!) / 2) : null,
  };
}
