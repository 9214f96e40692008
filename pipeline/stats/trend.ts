/**
 * Trend measures of a skill's monthly share series (fct_skill_trends) and movers (fct_movers).
 * Definitions with worked examples: docs/trends.md, section "Method".
 */
import { checkPoints, StatsInputError, type CountPoint, type Mover } from './types.ts';
import { pooledSmooth } from './smooth.ts';
import { describeWindow, EMPTY_WINDOW, lastDataWindows, pooledShare, type Window } from './window.ts';

/**
 * The smoothed share the growth measures compare, the same line the API serves (stats/line.ts): the centred
 * 3-period pooled share (stats/smooth.ts); a period whose window holds no posting total holds the previous
 * value (or the next one at the start; 0 when the series has none).
 */
export function smoothedShares(points: CountPoint[]): number[] {
  const out = pooledSmooth(points, 3);
  for (let i = 1; i < out.length; i++) if (!Number.isFinite(out[i]!)) out[i] = out[i - 1]!;
  const first = out.findIndex(Number.isFinite);
  for (let i = 0; i < first; i++) out[i] = out[first]!;
  return first === -1 ? out.fill(0) : out;
}

export interface TrendMeasures {
  /** Pooled share of the last 3 periods with data (= current.postings / current.total). */
  share_current: number;
  /** The window share_current rests on. */
  current: Window;
  growth_3m: number | null;
  growth_6m: number | null;
  growth_12m: number | null;
  yoy: number | null;
  momentum: number | null;
  /** The last 12 periods with data and the 12 before (yoy compares them; growth_12m spans them). */
  year: Window;
  year_before: Window;
  /** Centred 3-period mean over the periods with data, one value per input point; NaN for a period without data. */
  smoothed: number[];
}

function growth(smoothed: number[], k: number): number | null {
  const last = smoothed.length - 1;
  if (last - k < 0) return null;
  const from = smoothed[last - k]!;
  return from > 0 ? smoothed[last]! / from - 1 : null;
}

/**
 * Measures of one skill's series (one point per period; periods without data, total 0, are skipped: every
 * window counts periods WITH data). See docs/trends.md: share_current = pooled share of the last 3 data
 * periods; growth_k = smoothed[last] / smoothed[last-k] - 1 over data periods (smoothed = `smoothedShares` of the
 * periods with data, the centred 3-month pooled share); yoy = pooled share of the last 12 data periods / pooled share of the 12 before - 1;
 * momentum = growth_3m - growth_12m / 4.
 */
export function trendMeasures(points: CountPoint[]): TrendMeasures {
  const sorted = checkPoints(points);
  const data = sorted.filter((p) => p.total > 0);
  const sm = smoothedShares(data);
  const current = describeWindow(data.slice(-3));
  const growth_3m = growth(sm, 3);
  const growth_12m = growth(sm, 12);
  const { cur, prev } = lastDataWindows(data, 12);
  const year = cur ? describeWindow(cur) : describeWindow(data);
  const year_before = prev ? describeWindow(prev) : { ...EMPTY_WINDOW };
  let yoy: number | null = null;
  const now = pooledShare(year);
  const before = pooledShare(year_before);
  if (prev && now !== null && before !== null && before > 0) yoy = now / before - 1;
  const byPeriod = new Map(data.map((p, i) => [p.period, sm[i]!]));
  return {
    share_current: pooledShare(current) ?? 0,
    current,
    growth_3m,
    growth_6m: growth(sm, 6),
    growth_12m,
    yoy,
    momentum: growth_3m !== null && growth_12m !== null ? growth_3m - growth_12m / 4 : null,
    year,
    year_before,
    smoothed: sorted.map((p) => byPeriod.get(p.period) ?? NaN),
  };
}

/**
 * Pooled two-proportion z statistic for p2 = x2/n2 against p1 = x1/n1 (positive when p2 > p1):
 * z = (p2 - p1) / sqrt(p (1 - p) (1/n1 + 1/n2)), p = (x1 + x2) / (n1 + n2). 0 when n1 or n2 is 0 or p is 0 or 1.
 */
export function twoProportionZ(x1: number, n1: number, x2: number, n2: number): number {
  for (const [name, v] of [
    ['x1', x1],
    ['n1', n1],
    ['x2', x2],
    ['n2', n2],
  ] as const) {
    if (!Number.isFinite(v) || v < 0) throw new StatsInputError(name, `expected a finite number >= 0, got ${v}`);
  }
  if (x1 > n1) throw new StatsInputError('x1', `${x1} exceeds n1 = ${n1}`);
  if (x2 > n2) throw new StatsInputError('x2', `${x2} exceeds n2 = ${n2}`);
  if (n1 === 0 || n2 === 0) return 0;
  const p = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
  return se > 0 ? (x2 / n2 - x1 / n1) / se : 0;
}

export interface MoversOptions {
  /** Minimum postings in the window with the higher share (later for rising, earlier for declining). Default 20. */
  minPostings?: number;
  /** Minimum |z|. Default 1.96. */
  zMin?: number;
  /**
   * Distinct employers behind each skill in the window with the higher share (skill id -> [employers before,
   * employers after]); with it, a skill needs at least `minEmployers` of them to be listed.
   */
  employers?: Map<string, [number, number]>;
  /** Default 5 (used only with `employers`). */
  minEmployers?: number;
}

/**
 * Biggest gainers and losers: for each skill, pooled share of the last `window` periods WITH DATA ("to")
 * against the `window` data periods before ("from"); periods without postings are skipped, so both windows
 * hold the same number of data periods. A skill qualifies when |z| >= zMin, the window with the higher share
 * holds >= minPostings postings (and, given employer counts, >= minEmployers distinct employers). Ranked by
 * the conservative log ratio |ln(share_to / share_from)| - 1.96 * sqrt(1/(x_to + 0.5) + 1/(x_from + 0.5)),
 * so a skill going from 1 to 3 mentions cannot outrank one going from 200 to 400.
 */
export function movers(
  series: Map<string, CountPoint[]>,
  window: number,
  opts: MoversOptions = {},
): { rising: Mover[]; declining: Mover[] } {
  if (!Number.isInteger(window) || window < 1)
    throw new StatsInputError('window', `expected an integer >= 1, got ${window}`);
  const minPostings = opts.minPostings ?? 20;
  const zMin = opts.zMin ?? 1.96;
  const minEmployers = opts.minEmployers ?? 5;
  const rising: Mover[] = [];
  const declining: Mover[] = [];
  for (const [skill_id, raw] of series) {
    const pts = checkPoints(raw, `series[${skill_id}]`);
    const { cur, prev } = lastDataWindows(pts, window);
    if (!cur || !prev) continue;
    const to = describeWindow(cur);
    const from = describeWindow(prev);
    const xTo = to.postings;
    const nTo = to.total;
    const xFrom = from.postings;
    const nFrom = from.total;
    const share_to = xTo / nTo;
    const share_from = xFrom / nFrom;
    const z = twoProportionZ(xFrom, nFrom, xTo, nTo);
    if (Math.abs(z) < zMin) continue;
    const up = share_to > share_from;
    if ((up ? xTo : xFrom) < minPostings) continue;
    const emp = opts.employers?.get(skill_id) ?? null;
    const employers = emp ? (up ? emp[1] : emp[0]) : null;
    if (opts.employers && (employers ?? 0) < minEmployers) continue;
    const logRatio = Math.log((xTo + 0.5) / nTo) - Math.log((xFrom + 0.5) / nFrom);
    const score = Math.abs(logRatio) - 1.96 * Math.sqrt(1 / (xTo + 0.5) + 1 / (xFrom + 0.5));
    const row: Mover = {
      rank: 0,
      skill_id,
      share_from,
      share_to,
      change: share_to - share_from,
      relative_change: share_from > 0 ? share_to / share_from - 1 : null,
      z,
      postings_from: xFrom,
      postings_to: xTo,
      score,
      employers,
      from_window: from,
      to_window: to,
    };
    (up ? rising : declining).push(row);
  }
  const order = (a: Mover, b: Mover) =>
    b.score - a.score || Math.abs(b.z) - Math.abs(a.z) || (a.skill_id < b.skill_id ? -1 : 1);
  rising.sort(order).forEach((m, i) => (m.rank = i + 1));
  declining.sort(order).forEach((m, i) => (m.rank = i + 1));
  return { rising, declining };
}
