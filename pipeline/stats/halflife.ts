/**
 * Per-skill half-life (fct_half_life). Method, defaults and limits: docs/half-life.md.
 *  1. Find the peak (peak.ts): adaptive pooled-share smoothing, hinge-refined, plateau-aware.
 *  2. Fit the counts from the peak on with a quasi-Poisson log-linear model with log(total) as offset
 *     (glm.ts); half-life = ln 2 / -rate, profile-likelihood interval widened for the peak's uncertainty.
 *  3. 'declining' when the rate is negative, significant (p < alpha, tested without the months that chose
 *     the peak) and material; otherwise 'rising' when the fit from the trough (or the whole series) is
 *     positive, significant and not stalled after the peak (doubling time = ln 2 / rate); otherwise 'stable'.
 *     Below minimum evidence: 'insufficient_data'.
 */
import { fitLogLinear, type LogLinearFit } from './glm.ts';
import { findPeak, periodsWithData } from './peak.ts';
import { fitPoisson } from './irls.ts';
import { normalQuantile } from './special.ts';
import { checkPoints, type CountPoint } from './types.ts';

export type HalfLifeStatus = 'declining' | 'recovering' | 'rising' | 'stable' | 'insufficient_data';

export interface HalfLifeOptions {
  /** Minimum periods with total > 0. Default 12. */
  minPeriods?: number;
  /** Minimum mentions over the whole series. Default 30. */
  minMentions?: number;
  /** Minimum periods in the fitted segment (from the peak / trough to the end). Default 6. */
  minSegment?: number;
  /** Significance level for 'declining' / 'rising'. Default 1e-4: several segments are tested per skill and a catalog holds thousands of skills. */
  alpha?: number;
  /** Confidence level of the intervals. Default 0.9. */
  level?: number;
  /** Width (odd) of the pooled-share smoother used to find the peak. Default: adaptive, 5..13 periods holding ~40 mentions. */
  smoothWindow?: number;
  /** Minimum fitted change over the segment for 'declining'/'rising': |rate| * (segment length - 1) >= ln(1 / (1 - minChange)). Default 0.25. */
  minChange?: number;
  /** Significance level of the rise after a decline's trough that makes a decline 'recovering'. Default 1e-3. */
  recoveryAlpha?: number;
  /** Minimum fitted rise from the trough to the end for 'recovering' (a fraction of the trough share). Default 0.1. */
  recoveryChange?: number;
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
  /** Index of the first period of the fitted segment (for 'recovering': of the recovery). */
  segment_start: number | null;
  /** 'recovering' only: the lowest point after the peak, where the recovery starts. */
  trough_index: number | null;
  fitted?: { period: string; share: number }[];
}

export const HALF_LIFE_METHOD = 'quasi_poisson_glm_exposure_profile_ci';

function segmentFit(pts: CountPoint[], start: number, level: number): LogLinearFit {
  const seg = pts.slice(start);
  return fitLogLinear(
    seg.map((p) => p.postings),
    seg.map((p) => p.total),
    seg.map((_, i) => i),
    level,
  );
}

export function estimateHalfLife(points: CountPoint[], opts: HalfLifeOptions = {}): HalfLifeResult {
  const minPeriods = opts.minPeriods ?? 12;
  const minMentions = opts.minMentions ?? 30;
  const minSegment = opts.minSegment ?? 6;
  const alpha = opts.alpha ?? 1e-4;
  const level = opts.level ?? 0.9;
  const pts = checkPoints(points);
  const n_periods = periodsWithData(pts, 0);
  const n_mentions = pts.reduce((s, p) => s + p.postings, 0);
  const base: HalfLifeResult = {
    status: 'insufficient_data',
    half_life_months: null,
    ci_low: null,
    ci_high: null,
    peak_index: null,
    doubling_time_months: null,
    dt_ci_low: null,
    dt_ci_high: null,
    rate: null,
    rate_se: null,
    p_value: null,
    n_periods,
    n_mentions,
    method: HALF_LIFE_METHOD,
    segment_start: null,
    trough_index: null,
  };
  if (n_periods < minPeriods || n_mentions < minMentions) return base;

  const { peak, early, trough, window, smoothed } = findPeak(pts, { window: opts.smoothWindow, minSegment });
  const guard = Math.floor(window / 2);
  const minLogChange = Math.log(1 / (1 - (opts.minChange ?? 0.25)));
  const material = (fit: LogLinearFit, start: number) => Math.abs(fit.b) * (pts.length - 1 - start) >= minLogChange;

  const finish = (status: HalfLifeStatus, start: number, fit: LogLinearFit): HalfLifeResult => {
    const out: HalfLifeResult = {
      ...base,
      status,
      peak_index: peak,
      segment_start: start,
      rate: fit.b,
      rate_se: Number.isFinite(fit.se) ? fit.se : null,
      p_value: fit.p_value,
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

  // declining: from the peak; when a noisy late maximum leaves too little to test, from the earliest
  // period within the noise of the maximum
  let test: LogLinearFit | null = null;
  for (const start of early < peak ? [peak, early] : [peak]) {
    if (periodsWithData(pts, start) < minSegment) continue;
    const decline = segmentFit(pts, start, level);
    // the test leaves out the half window after the start: those periods helped choose it (they are high
    // by selection), so including them would make a flat series look declining
    const testStart = periodsWithData(pts, start + guard) >= minSegment ? start + guard : start;
    let t = testStart === start ? decline : segmentFit(pts, testStart, level);
    if (t.mentions < 5) t = decline; // nothing left after the guard: the drop itself is the evidence
    if (start === peak) test = t;
    if (decline.b < 0 && t.b < 0 && t.p_value < alpha && material(decline, start)) {
      // the start is itself uncertain: widen the interval to the union of the fits one period either side
      let { ci_low, ci_high } = decline;
      for (const s of [start - 1, start + 1]) {
        if (s < 0 || periodsWithData(pts, s) < minSegment) continue;
        const f = segmentFit(pts, s, level);
        ci_low = Math.min(ci_low, f.ci_low);
        ci_high = Math.max(ci_high, f.ci_high);
      }
      const declined = {
        ...finish('declining', start, { ...decline, ci_low, ci_high }),
        peak_index: start,
        p_value: t.p_value,
      };
      return (
        recovery(pts, start, smoothed, {
          minSegment,
          level,
          alpha: opts.recoveryAlpha ?? 1e-3,
          minLogChange: Math.log(1 + (opts.recoveryChange ?? 0.1)),
        }) ?? declined
      );
    }
  }
  // rising: from the trough before the peak, or (when a low trough was noise) over the whole series
  for (const start of trough > 0 ? [trough, 0] : [0]) {
    if (periodsWithData(pts, start) < minSegment) continue;
    const rise = segmentFit(pts, start, level);
    // a long stretch after the peak that grows clearly slower than the rise (a hump, a plateau) vetoes 'rising'
    const stalled = test !== null && test.n >= 2 * minSegment && test.ci_high < rise.ci_low;
    if (rise.b > 0 && rise.p_value < alpha && material(rise, start) && !stalled) return finish('rising', start, rise);
  }
  return finish('stable', 0, segmentFit(pts, 0, level));
}

/**
 * A decline followed by a recovery: the best continuous hinge from the peak on,
 *   log share = a + b1 (t - peak) + b2 (t - tp)+,   tp = the trough (a month with postings, >= minSegment
 * months with data after it), chosen by likelihood. 'recovering' when the slope after the trough b1 + b2 is
 * positive, the bend is significant (quasi-Poisson likelihood ratio of the hinge against one straight decline
 * above chi2_1 at `alpha`, strict because tp is searched), the one-slope fit from the trough is positive at
 * p < 0.05 and the fitted rise from the trough to the end is material (>= minLogChange). Then half-life of the
 * decline from the peak to the trough, doubling time of the recovery from the trough on (segment_start = trough).
 */
function recovery(
  pts: CountPoint[],
  peak: number,
  _smoothed: number[],
  o: { minSegment: number; level: number; alpha: number; minLogChange: number },
): HalfLifeResult | null {
  const seg0 = pts.slice(peak);
  const y = seg0.map((p) => p.postings);
  const E = seg0.map((p) => p.total);
  const line = fitPoisson(y, E, [y.map(() => 1), y.map((_, t) => t)]);
  let best: { tp: number; ll: number; beta: number[]; X: number[][] } | null = null;
  for (let tp = 3; tp < seg0.length; tp++) {
    if (!(E[tp]! > 0)) continue;
    if (periodsWithData(seg0, tp) < o.minSegment) break;
    const X = [y.map(() => 1), y.map((_, t) => t), y.map((_, t) => Math.max(t - tp, 0))];
    const f = fitPoisson(y, E, X);
    if (!best || f.loglik > best.ll + 1e-9) best = { tp, ll: f.loglik, beta: f.beta, X };
  }
  if (!best) return null;
  const [, b1, b2] = best.beta as [number, number, number];
  if (!(b1 < 0 && b1 + b2 > 0)) return null;
  // quasi-Poisson scale of the hinge fit
  let x2 = 0;
  let n = 0;
  for (let t = 0; t < y.length; t++) {
    if (!(E[t]! > 0)) continue;
    const mu = E[t]! * Math.exp(best.X.reduce((s, col, j) => s + col[t]! * best!.beta[j]!, 0));
    if (mu > 0) x2 += (y[t]! - mu) ** 2 / mu;
    n++;
  }
  const phi = Math.max(1, x2 / Math.max(1, n - 3));
  const lr = (2 * (best.ll - line.loglik)) / phi;
  const chi = normalQuantile(1 - o.alpha / 2) ** 2;
  const trough = peak + best.tp;
  const rise = segmentFit(pts, trough, o.level);
  if (!(lr > chi && rise.b > 0 && rise.p_value < 0.05 && rise.b * (pts.length - 1 - trough) >= o.minLogChange))
    return null;
  const seg = pts.slice(peak, trough + 1);
  const fall = fitLogLinear(
    seg.map((p) => p.postings),
    seg.map((p) => p.total),
    seg.map((_, i) => i),
    o.level,
  );
  if (!(fall.b < 0)) return null;
  return {
    status: 'recovering',
    half_life_months: Math.LN2 / -fall.b,
    ci_low: Math.LN2 / -fall.ci_low,
    ci_high: fall.ci_high < 0 ? Math.LN2 / -fall.ci_high : null,
    peak_index: peak,
    doubling_time_months: Math.LN2 / rise.b,
    dt_ci_low: Math.LN2 / rise.ci_high,
    dt_ci_high: rise.ci_low > 0 ? Math.LN2 / rise.ci_low : null,
    rate: rise.b,
    rate_se: Number.isFinite(rise.se) ? rise.se : null,
    p_value: rise.p_value,
    n_periods: periodsWithData(pts, 0),
    n_mentions: pts.reduce((a, p) => a + p.postings, 0),
    method: HALF_LIFE_METHOD,
    segment_start: trough,
    trough_index: trough,
  };
}
