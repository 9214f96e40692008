/**
 * Per-skill half-life (fct_half_life). Method and its limits: docs/half-life.md.
 *  1. Smooth the share series (pooled share of a centred 5-month window) and take its maximum as the peak.
 *  2. Fit the counts from the peak on with a quasi-Poisson log-linear model with log(total) as offset
 *     (glm.ts); half-life = ln 2 / -rate, interval from the profile likelihood.
 *  3. 'declining' when that rate is negative with p < alpha; otherwise 'rising' when the fit from the
 *     trough before the peak is positive with p < alpha (doubling time = ln 2 / rate) and no long flat or
 *     falling stretch follows the peak; otherwise 'stable'. Below minimum evidence: 'insufficient_data'.
 */
import { fitLogLinear, type LogLinearFit } from './glm.ts';
import { fitPoisson } from './irls.ts';
import { checkPoints, type CountPoint } from './types.ts';

export type HalfLifeStatus = 'declining' | 'rising' | 'stable' | 'insufficient_data';

export interface HalfLifeOptions {
  /** Minimum periods with total > 0. Default 12. */
  minPeriods?: number;
  /** Minimum mentions over the whole series. Default 30. */
  minMentions?: number;
  /** Minimum periods in the fitted segment (from the peak / trough to the end). Default 6. */
  minSegment?: number;
  /** Significance level for 'declining' / 'rising'. Default 0.01. */
  alpha?: number;
  /** Confidence level of the intervals. Default 0.9. */
  level?: number;
  /** Width (odd) of the pooled-share smoother used to find the peak. Default 5. */
  smoothWindow?: number;
  /** Return the fitted share curve of the segment. Default false. */
  fitted?: boolean;
}

export interface HalfLifeResult {
  status: HalfLifeStatus;
  half_life_months: number | null;
  ci_low: number | null;
  ci_high: number | null;
  peak_index: number | null;
  doubling_time_months: number | null;
  dt_ci_low: number | null;
  dt_ci_high: number | null;
  rate: number | null;
  rate_se: number | null;
  p_value: number | null;
  n_periods: number;
  n_mentions: number;
  method: string;
  /** Index of the first period of the fitted segment. */
  segment_start: number | null;
  fitted?: { period: string; share: number }[];
}

export const HALF_LIFE_METHOD = 'quasi_poisson_glm_exposure_profile_ci';

/** Pooled share (sum postings / sum total) in a centred window that shrinks at the edges. */
export function pooledSmooth(points: CountPoint[], window: number): number[] {
  const half = Math.floor(window / 2);
  return points.map((_, i) => {
    let x = 0;
    let n = 0;
    for (let j = Math.max(0, i - half); j <= Math.min(points.length - 1, i + half); j++) {
      x += points[j]!.postings;
      n += points[j]!.total;
    }
    return n > 0 ? x / n : NaN;
  });
}

function segmentFit(pts: CountPoint[], start: number, level: number, intervals = true, end = pts.length): LogLinearFit {
  const seg = pts.slice(start, end);
  return fitLogLinear(seg.map((p) => p.postings), seg.map((p) => p.total), seg.map((_, i) => i), level, intervals);
}

/**
 * Moves the peak to the breakpoint within +-radius of the smoothed maximum that best fits a continuous
 * hinge, log share = a + b1 min(t - tp, 0) + b2 max(t - tp, 0) (penalised by 1 per coefficient, AIC-style):
 * smoothing shifts a sharp asymmetric peak toward the slower side, and a fit that starts before the real
 * peak would lengthen the half-life.
 */
function refinePeak(pts: CountPoint[], peak: number, radius: number, minSegment: number): number {
  const y = pts.map((p) => p.postings);
  const E = pts.map((p) => p.total);
  const need = Math.min(minSegment, periodsWithData(pts, peak));
  let best = peak;
  let bestScore = -Infinity;
  for (let tp = Math.max(0, peak - radius); tp <= Math.min(pts.length - 1, peak + radius); tp++) {
    if (periodsWithData(pts, tp) < need) continue;
    const X = [y.map(() => 1), y.map((_, t) => Math.max(t - tp, 0))];
    if (tp > 0) X.push(y.map((_, t) => Math.min(t - tp, 0)));
    const score = fitPoisson(y, E, X).loglik - X.length;
    if (score > bestScore + 1e-9) {
      bestScore = score;
      best = tp;
    }
  }
  return best;
}

function periodsWithData(pts: CountPoint[], start: number): number {
  let k = 0;
  for (let i = start; i < pts.length; i++) if (pts[i]!.total > 0) k++;
  return k;
}

export function estimateHalfLife(points: CountPoint[], opts: HalfLifeOptions = {}): HalfLifeResult {
  const minPeriods = opts.minPeriods ?? 12;
  const minMentions = opts.minMentions ?? 30;
  const minSegment = opts.minSegment ?? 6;
  const alpha = opts.alpha ?? 0.01;
  const level = opts.level ?? 0.9;
  const pts = checkPoints(points);
  const n_periods = periodsWithData(pts, 0);
  const n_mentions = pts.reduce((s, p) => s + p.postings, 0);
  const base: HalfLifeResult = {
    status: 'insufficient_data', half_life_months: null, ci_low: null, ci_high: null, peak_index: null,
    doubling_time_months: null, dt_ci_low: null, dt_ci_high: null, rate: null, rate_se: null, p_value: null,
    n_periods, n_mentions, method: HALF_LIFE_METHOD, segment_start: null,
  };
  if (n_periods < minPeriods || n_mentions < minMentions) return base;

  const smoothed = pooledSmooth(pts, opts.smoothWindow ?? 5);
  let peak = 0;
  for (let i = 1; i < smoothed.length; i++) if (smoothed[i]! > smoothed[peak]! || !Number.isFinite(smoothed[peak]!)) peak = i;
  let trough = 0;
  for (let i = 1; i <= peak; i++) if (smoothed[i]! < smoothed[trough]! || !Number.isFinite(smoothed[trough]!)) trough = i;

  const finish = (status: HalfLifeStatus, start: number, fit: LogLinearFit): HalfLifeResult => {
    const out: HalfLifeResult = {
      ...base, status, peak_index: peak, segment_start: start, rate: fit.b,
      rate_se: Number.isFinite(fit.se) ? fit.se : null, p_value: fit.p_value,
    };
    if (status === 'declining') {
      out.half_life_months = Math.LN2 / -fit.b;
      out.ci_low = Math.LN2 / -fit.ci_low;
      out.ci_high = fit.ci_high < 0 ? Math.LN2 / -fit.ci_high : null;
    } else if (status === 'rising') {
      out.doubling_time_months = Math.LN2 / fit.b;
      out.dt_ci_low = Math.LN2 / fit.ci_high;
      out.dt_ci_high = fit.ci_low > 0 ? Math.LN2 / fit.ci_low : null;
    }
    if (opts.fitted) {
      out.fitted = pts.slice(start).map((p, i) => ({ period: p.period, share: Math.exp(fit.a + fit.b * i) }));
    }
    return out;
  };

  peak = refinePeak(pts, peak, Math.floor((opts.smoothWindow ?? 5) / 2), minSegment);
  const tail = periodsWithData(pts, peak);
  let decline: LogLinearFit | null = null;
  if (tail >= minSegment) {
    decline = segmentFit(pts, peak, level);
    if (decline.b < 0 && decline.p_value < alpha) return finish('declining', peak, decline);
  }
  if (periodsWithData(pts, trough) >= minSegment) {
    const rise = segmentFit(pts, trough, level);
    const flatAfterPeak = decline !== null && tail >= 2 * minSegment && decline.b <= 0;
    if (rise.b > 0 && rise.p_value < alpha && !flatAfterPeak) return finish('rising', trough, rise);
  }
  return finish('stable', 0, segmentFit(pts, 0, level));
}
