/**
 * The trend line a chart draws (served by GET /skills/{id}/trend as `smoothed`, stored in fct_trend_lines):
 * the centred 3-period pooled share (stats/smooth.ts) of every period of the series, with a break
 * (`share: null`) after a period that is followed by a gap, so a line is never drawn across periods without
 * data; and the isolated start, a short leading stretch (fewer than `minRun` periods) cut off from the rest by
 * more than `minGap` months, which a chart leaves out unless asked for that range (e.g. one HN thread in 2011-04
 * years before continuous coverage starts in 2018-03).
 */
import { periodIndex } from './period.ts';
import { pooledSmooth } from './smooth.ts';
import type { CountPoint } from './types.ts';

export interface LinePoint {
  period: string;
  /** null: a break in the line. */
  share: number | null;
}

export interface TrendLine {
  smoothed: LinePoint[];
  /** The leading stretch a chart leaves out by default, or null. */
  isolated: { from: string; to: string } | null;
}

const months = (period: string) => (period.includes('Q') ? 3 : 1);

export function trendLine(
  points: readonly CountPoint[],
  opts: { window?: number; minGap?: number; minRun?: number } = {},
): TrendLine {
  const s = pooledSmooth(points, opts.window ?? 3);
  const smoothed: LinePoint[] = [];
  points.forEach((p, i) => {
    if (i > 0 && periodIndex(p.period) - periodIndex(points[i - 1]!.period) > 1)
      smoothed.push({ period: points[i - 1]!.period, share: null });
    smoothed.push({ period: p.period, share: Number.isFinite(s[i]!) ? s[i]! : 0 });
  });
  return { smoothed, isolated: isolatedStart(points, opts.minGap ?? 12, opts.minRun ?? 3) };
}

/** The first and last period of a leading stretch of fewer than `minRun` periods followed by a gap of more than `minGap` months. */
export function isolatedStart(
  points: readonly { period: string }[],
  minGap = 12,
  minRun = 3,
): { from: string; to: string } | null {
  for (let i = 1; i < points.length && i < minRun; i++) {
    const gap = (periodIndex(points[i]!.period) - periodIndex(points[i - 1]!.period)) * months(points[i]!.period);
    if (gap > minGap) return { from: points[0]!.period, to: points[i - 1]!.period };
  }
  return null;
}
