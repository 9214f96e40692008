/**
 * The half-life curve drawn over a skill's decline. The API gives the rate (via half_life_months) and the
 * peak period; the level is fitted here with the Poisson maximum-likelihood intercept for a fixed rate:
 *   share(t) = A * exp(r * t),  t = months since peak,  r = -ln 2 / half_life
 *   A = sum(postings_t) / sum(total_t * exp(r * t))   over periods t >= 0
 * which is the estimate the pipeline's exposure model gives for the level when r is held at its estimate.
 */
import { monthsBetween, periodDate } from './charts/common.ts';

export interface CountPoint {
  period: string;
  postings: number;
  total: number;
}

export interface CurvePoint {
  period: string;
  share: number;
}

export interface HalfLifeCurve {
  /** Fitted share from the peak to the end of the drawn range. */
  curve: CurvePoint[];
  peak: CurvePoint;
  /** Where the fitted share reaches half the peak level; `projected` when after the last observed period. */
  half: CurvePoint & { projected: boolean };
  level: number;
  rate: number;
}

/** `2024-11` + 3 -> `2025-02`. */
export function addMonths(period: string, k: number): string {
  const d = periodDate(period);
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + k, 1));
  return `${t.getUTCFullYear()}-${String(t.getUTCMonth() + 1).padStart(2, '0')}`;
}

/**
 * Returns null when there is nothing to draw (no peak, no finite half-life, or no exposure after the peak).
 * `extendMonths` caps how far past the last observed period the curve may go to reach the half point.
 */
export function halfLifeCurve(
  points: CountPoint[],
  peakPeriod: string | null | undefined,
  halfLifeMonths: number | null | undefined,
  extendMonths = 24,
): HalfLifeCurve | null {
  if (!peakPeriod || halfLifeMonths == null || !Number.isFinite(halfLifeMonths) || halfLifeMonths <= 0) return null;
  const rate = -Math.LN2 / halfLifeMonths;
  const after = points.filter((p) => p.total > 0 && monthsBetween(peakPeriod, p.period) >= 0);
  if (after.length === 0) return null;
  let num = 0;
  let den = 0;
  for (const p of after) {
    num += p.postings;
    den += p.total * Math.exp(rate * monthsBetween(peakPeriod, p.period));
  }
  if (!(den > 0) || !(num > 0)) return null;
  const level = num / den;
  const last = after[after.length - 1]!.period;
  const lastT = monthsBetween(peakPeriod, last);
  const halfT = Math.round(halfLifeMonths);
  const endT = Math.max(lastT, Math.min(halfT, lastT + extendMonths));
  const curve: CurvePoint[] = [];
  for (let t = 0; t <= endT; t++) curve.push({ period: addMonths(peakPeriod, t), share: level * Math.exp(rate * t) });
  return {
    curve,
    peak: { period: addMonths(peakPeriod, 0), share: level },
    half: { period: addMonths(peakPeriod, halfT), share: level / 2, projected: halfT > lastT },
    level,
    rate,
  };
}
