/**
 * Centred moving average of share, pooled over the window: s_t = sum(postings) / sum(total) over the periods
 * within `half` steps of t. Periods missing from the series (gaps) are not bridged: a neighbour further than
 * `half` steps away in time is left out. A step is one month, or three for quarters (`YYYY-Qn`).
 */
import { monthsBetween } from './charts/common.ts';

export function smoothShare<T extends { period: string; postings: number; total: number }>(
  points: T[],
  window = 3,
): { period: string; share: number }[] {
  const half = Math.floor(window / 2);
  const step = points.length && /Q/.test(points[0]!.period) ? 3 : 1;
  return points.map((p, i) => {
    let n = 0;
    let d = 0;
    for (let k = Math.max(0, i - half); k <= Math.min(points.length - 1, i + half); k++) {
      if (Math.abs(monthsBetween(p.period, points[k]!.period)) > half * step) continue;
      n += points[k]!.postings;
      d += points[k]!.total;
    }
    return { period: p.period, share: d > 0 ? n / d : 0 };
  });
}

/**
 * Inserts a break (share NaN) between two consecutive periods more than one step apart, so a line chart
 * does not draw a straight segment across months with no data.
 */
export function breakGaps<T extends { period: string; share: number }>(points: T[]): (T | { period: string; share: number })[] {
  const step = points.length && /Q/.test(points[0]!.period) ? 3 : 1;
  const out: (T | { period: string; share: number })[] = [];
  points.forEach((p, i) => {
    if (i > 0 && monthsBetween(points[i - 1]!.period, p.period) > step) out.push({ period: points[i - 1]!.period, share: NaN });
    out.push(p);
  });
  return out;
}

/**
 * Drops a short leading stretch (fewer than `minRun` periods) cut off from the rest by a gap of more than
 * `minGap` months, e.g. one sample month years before continuous coverage starts. Returns the kept points and
 * the first dropped/last dropped periods (null when nothing was dropped).
 */
export function trimIsolatedStart<T extends { period: string }>(
  points: T[],
  minGap = 12,
  minRun = 3,
): { points: T[]; dropped: { from: string; to: string } | null } {
  for (let i = 1; i < points.length && i <= minRun; i++) {
    if (monthsBetween(points[i - 1]!.period, points[i]!.period) > minGap && i < minRun)
      return { points: points.slice(i), dropped: { from: points[0]!.period, to: points[i - 1]!.period } };
  }
  return { points, dropped: null };
}

export function droppedText(d: { from: string; to: string }): string {
  return d.from === d.to ? d.from : `${d.from} to ${d.to}`;
}

/**
 * The holes a monthly chart crosses: runs of missing months between two consecutive points, as text
 * ("2025-11 to 2025-12"); quarters are not checked. gapText([{period:'2025-10'},{period:'2026-01'}]) = ['2025-11 to 2025-12'].
 */
export function gapText(points: { period: string }[]): string[] {
  if (!points.length || /Q/.test(points[0]!.period)) return [];
  const next = (p: string) => {
    const [y, m] = p.split('-').map(Number) as [number, number];
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  };
  const prev = (p: string) => {
    const [y, m] = p.split('-').map(Number) as [number, number];
    return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  };
  const out: string[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!.period;
    const b = points[i]!.period;
    if (monthsBetween(a, b) > 1) out.push(droppedText({ from: next(a), to: prev(b) }));
  }
  return out;
}
