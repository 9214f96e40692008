/**
 * Windows over the periods that HAVE data (docs/trends.md, "Calendar awareness"). A month without postings
 * (total 0, e.g. a missing monthly thread) is no evidence: windowed figures count periods with data, so "the
 * last 3 months" of a series whose two last calendar months are missing are the 3 last months with postings,
 * and two windows compared hold the same number of data periods.
 */
import { periodSpan } from './period.ts';
import { checkPoints, StatsInputError, type CountPoint, type Window } from './types.ts';

export type { Window } from './types.ts';

export const EMPTY_WINDOW: Window = { from: null, to: null, months: 0, months_with_data: 0, postings: 0, total: 0 };

/** The points with total > 0, in period order. */
export function dataPoints(points: CountPoint[]): CountPoint[] {
  return checkPoints(points).filter((p) => p.total > 0);
}

/** Describes a run of points (all of them data points or not): from/to, calendar span, data periods, sums. */
export function describeWindow(points: CountPoint[]): Window {
  const data = points.filter((p) => p.total > 0);
  if (data.length === 0) return { ...EMPTY_WINDOW };
  const from = data[0]!.period;
  const to = data.at(-1)!.period;
  let postings = 0;
  let total = 0;
  for (const p of data) {
    postings += p.postings;
    total += p.total;
  }
  return { from, to, months: periodSpan(from, to), months_with_data: data.length, postings, total };
}

/**
 * The last `k` data periods ("cur") and the `k` data periods before them ("prev"), or null when the series
 * has fewer than 2k data periods (prev) or k (cur).
 */
export function lastDataWindows(
  points: CountPoint[],
  k: number,
): { cur: CountPoint[] | null; prev: CountPoint[] | null } {
  if (!Number.isInteger(k) || k < 1) throw new StatsInputError('k', `expected an integer >= 1, got ${k}`);
  const data = dataPoints(points);
  return {
    cur: data.length >= k ? data.slice(-k) : null,
    prev: data.length >= 2 * k ? data.slice(-2 * k, -k) : null,
  };
}

/** Pooled share Σpostings / Σtotal of a window, null when its total is 0. */
export function pooledShare(w: Pick<Window, 'postings' | 'total'>): number | null {
  return w.total > 0 ? w.postings / w.total : null;
}

/**
 * Months with no data inside the covered span: the calendar periods between the first and the last period
 * with data that have none. gaps(['2025-09', '2025-10', '2026-01']) = ['2025-11', '2025-12'].
 */
export function gapPeriods(present: string[], next: (p: string) => string): string[] {
  const have = new Set(present);
  const sorted = [...have].sort();
  const out: string[] = [];
  for (let i = 1; i < sorted.length; i++) for (let p = next(sorted[i - 1]!); p < sorted[i]!; p = next(p)) out.push(p);
  return out;
}

/** A run of consecutive missing periods: first and last (both missing) and how many. */
export interface GapRun {
  from: string;
  to: string;
  months: number;
}

/**
 * gapPeriods as runs: gapRuns(['2011-04', '2018-03', '2018-04'], next) = [{from: '2011-05', to: '2018-02',
 * months: 82}]. `months` counts periods (of the interval `next` steps through).
 */
export function gapRuns(present: string[], next: (p: string) => string): GapRun[] {
  const out: GapRun[] = [];
  for (const p of gapPeriods(present, next)) {
    const last = out.at(-1);
    if (last && next(last.to) === p) {
      last.to = p;
      last.months++;
    } else out.push({ from: p, to: p, months: 1 });
  }
  return out;
}
