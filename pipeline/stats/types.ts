/**
 * Shared shapes of the numeric methods (pipeline/stats). Pure data: arrays in,
 * plain objects out; nothing here touches DuckDB or the file system.
 */
import { InputError } from '../../config/errors.ts';

/** One period (month) of one skill: share = postings / total. total may be 0 (no postings that period). */
export interface CountPoint {
  period: string;
  postings: number;
  total: number;
}

/** What a windowed figure rests on. `months` counts calendar periods from `from` to `to`. */
export interface Window {
  from: string | null;
  to: string | null;
  months: number;
  months_with_data: number;
  /** Postings of the skill (or slice) inside the window. */
  postings: number;
  /** All postings inside the window. */
  total: number;
}

/** One row of fct_movers (without direction/window, which the caller knows). */
export interface Mover {
  rank: number;
  skill_id: string;
  share_from: number;
  share_to: number;
  change: number;
  /** share_to / share_from - 1; null when share_from is 0. */
  relative_change: number | null;
  /** Two-proportion z statistic (positive = later share higher). */
  z: number;
  postings_from: number;
  postings_to: number;
  /** Ranking key: conservative (lower 95% bound) log ratio of the shares, sign-adjusted. */
  score: number;
  /** Distinct employers in the window with the higher share (null when not given). */
  employers: number | null;
  /** The earlier and the later window (equal numbers of periods with data). */
  from_window: Window;
  to_window: Window;
}

/** Bad numeric input: names the parameter (and the index or period) at fault. */
export class StatsInputError extends InputError {
  readonly parameter: string;
  constructor(parameter: string, message: string) {
    super(`${parameter}: ${message}`);
    this.parameter = parameter;
  }
}

/**
 * Validates a count series and returns it sorted by period. Throws StatsInputError naming
 * the period and field of the first bad point (negative, non-finite, postings > total).
 */
export function checkPoints(points: CountPoint[], parameter = 'points'): CountPoint[] {
  if (!Array.isArray(points)) throw new StatsInputError(parameter, 'expected an array of {period, postings, total}');
  // runs for every point of every series (several times per skill per slice): no per-point strings, and while
  // the periods increase (the usual case) a duplicate can only equal the previous one, so the set of seen
  // periods is built only once they stop increasing
  let seen: Set<string> | null = null;
  let increasing = true;
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (typeof p?.period !== 'string' || p.period === '')
      throw new StatsInputError(`${parameter}[${i}].period`, 'expected a non-empty string');
    if (increasing && i > 0 && !(points[i - 1]!.period < p.period)) {
      increasing = false;
      seen = new Set(points.slice(0, i).map((q) => q.period));
    }
    if (seen) {
      if (seen.has(p.period)) throw new StatsInputError(pointAt(parameter, i, p), 'duplicate period');
      seen.add(p.period);
    }
    if (!Number.isFinite(p.postings) || p.postings < 0)
      throw new StatsInputError(
        `${pointAt(parameter, i, p)}.postings`,
        `expected a finite number >= 0, got ${p.postings}`,
      );
    if (!Number.isFinite(p.total) || p.total < 0)
      throw new StatsInputError(`${pointAt(parameter, i, p)}.total`, `expected a finite number >= 0, got ${p.total}`);
    if (p.postings > p.total)
      throw new StatsInputError(
        `${pointAt(parameter, i, p)}.postings`,
        `postings ${p.postings} exceed total ${p.total}`,
      );
  }
  const sorted = points.slice();
  if (increasing) return sorted;
  return sorted.sort((a, b) => (a.period < b.period ? -1 : 1));
}

/** Where a bad point is, for the error. */
function pointAt(parameter: string, i: number, p: CountPoint): string {
  return `${parameter}[${i}] (period ${String(p?.period)})`;
}

/** share of a point, or null when total is 0. */
export function shareOf(p: CountPoint): number | null {
  return p.total > 0 ? p.postings / p.total : null;
}
