/**
 * The half-life curve drawn over a skill's decline (fct_half_life.curve, served by GET /skills/{id}/half-life).
 * The rate comes from the half-life fit; the level is the Poisson maximum-likelihood intercept for that fixed rate:
 *   share(t) = A * exp(r * t),  t = months since the peak,  r = -ln 2 / half_life
 *   A = sum(postings_t) / sum(total_t * exp(r * t))   over the periods t >= 0 with postings data
 * which is what the exposure model gives for the level when r is held at its estimate (docs/half-life.md).
 */
import { addPeriods, periodsBetween } from './period.ts';
import type { CountPoint } from './types.ts';

export interface CurvePoint {
  period: string;
  share: number;
}

export interface HalfLifeCurve {
  /** Fitted share from the peak to the end of the drawn range. */
  points: CurvePoint[];
  peak: CurvePoint;
  /** Where the fitted share reaches half the peak level; `projected` when after the last observed period. */
  half: CurvePoint & { projected: boolean };
  level: number;
  rate: number;
}

/**
 * Null when there is nothing to draw (no peak, no finite half-life, or no exposure after the peak).
 * `extendMonths` caps how far past the last observed period the curve may go to reach the half point.
 */
export function halfLifeCurve(
  points: readonly CountPoint[],
  peakPeriod: string | null | undefined,
  halfLifeMonths: number | null | undefined,
  extendMonths = 24,
): HalfLifeCurve | null {
  if (!peakPeriod || halfLifeMonths == null || !Number.isFinite(halfLifeMonths) || halfLifeMonths <= 0) return null;
  const rate = -Math.LN2 / halfLifeMonths;
  const after = points.filter((p) => p.total > 0 && periodsBetween(peakPeriod, p.period) >= 0);
  if (after.length === 0) return null;
  let num = 0;
  let den = 0;
  for (const p of after) {
    num += p.postings;
    den += p.total * Math.exp(rate * periodsBetween(peakPeriod, p.period));
  }
  if (!(den > 0) || !(num > 0)) return null;
  const level = num / den;
  const lastT = periodsBetween(peakPeriod, after.at(-1)!.period);
  const halfT = Math.round(halfLifeMonths);
  const endT = Math.max(lastT, Math.min(halfT, lastT + extendMonths));
  const curve: CurvePoint[] = [];
  for (let t = 0; t <= endT; t++) curve.push({ period: addPeriods(peakPeriod, t), share: level * Math.exp(rate * t) });
  return {
    points: curve,
    peak: { period: peakPeriod, share: level },
    half: { period: addPeriods(peakPeriod, halfT), share: level / 2, projected: halfT > lastT },
    level,
    rate,
  };
}
