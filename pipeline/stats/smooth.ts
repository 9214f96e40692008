/**
 * The one smoother of share series (docs/trends.md, "Smoothing"): the pooled share of a centred window,
 *   s_t = sum(postings_k) / sum(total_k) over the periods k within `half = floor(window / 2)` steps of t,
 * where a step is one period of the series' interval and periods missing from the series are simply not
 * there (a gap is never bridged). NaN where the window holds no posting total. Used for the line the API
 * serves (stats/line.ts), the growth measures computed from it (stats/trend.ts) and, with a wider window,
 * to locate a peak (stats/peak.ts).
 */
import { periodIndex } from './period.ts';
import type { CountPoint } from './types.ts';

export function pooledSmooth(points: readonly CountPoint[], window: number): number[] {
  const half = Math.floor(window / 2);
  const at = points.map((p) => periodIndex(p.period));
  return points.map((_, i) => {
    let x = 0;
    let n = 0;
    for (let j = Math.max(0, i - half); j <= Math.min(points.length - 1, i + half); j++) {
      if (Math.abs(at[j]! - at[i]!) > half) continue;
      x += points[j]!.postings;
      n += points[j]!.total;
    }
    return n > 0 ? x / n : NaN;
  });
}
