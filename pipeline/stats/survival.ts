/**
 * Kaplan-Meier survival of posting lifetimes, and its median with a confidence interval (docs/time-to-fill.md).
 *
 * Input: one lifetime per posting, `time` (days open, >= 0) and `closed` (true: the posting was closed after
 * `time` days; false: still open after `time` days = right-censored).
 *   S(t) = prod over distinct close times t_j <= t of (1 - d_j / n_j)
 *     n_j = lifetimes with time >= t_j (at risk), d_j = closes at t_j (a censored time equal to t_j is at risk at t_j)
 *   Greenwood: V(t) = sum over t_j <= t of d_j / (n_j (n_j - d_j))   (variance of log S is V)
 *   median = the smallest t_j with S(t_j) <= 0.5 (null when S never falls to 0.5: "not reached")
 *   interval (Brookmeyer-Crowley inverted through the log-log band, as R's survfit quantile does):
 *     band(t) = S^exp(+-z sqrt(V) / log S)      (log-log transformed pointwise interval of S; z = 1.645 for 90%)
 *     lo = the smallest t_j whose LOWER band is <= 0.5, hi = the smallest t_j whose UPPER band is <= 0.5
 *     (hi null when the upper band never gets there: the interval is open above).
 *   When S(t_j) = 0 both bands are 0.
 * Pure; O(n log n).
 */

export interface Lifetime {
  time: number;
  closed: boolean;
}

export interface KmStep {
  time: number;
  atRisk: number;
  closes: number;
  survival: number;
  greenwood: number;
  lower: number;
  upper: number;
}

export interface MedianEstimate {
  n: number;
  closed: number;
  censored: number;
  median: number | null;
  lo: number | null;
  hi: number | null;
  level: number;
  method: string;
}

export class SurvivalInputError extends Error {
  constructor(
    readonly index: number,
    readonly value: unknown,
  ) {
    super(`lifetime ${index}: time must be a finite number >= 0, got ${String(value)}`);
    this.name = 'SurvivalInputError';
  }
}

/** Standard normal quantile for the usual two-sided levels (0.8, 0.9, 0.95, 0.99). */
export function zFor(level: number): number {
  const table: Record<string, number> = {
    '0.8': 1.2815515655446004,
    '0.9': 1.6448536269514722,
    '0.95': 1.959963984540054,
    '0.99': 2.5758293035489004,
  };
  const z = table[String(level)];
  if (z === undefined) throw new RangeError(`level must be one of ${Object.keys(table).join(', ')}, got ${level}`);
  return z;
}

/** The Kaplan-Meier steps (one per distinct close time) with Greenwood sums and log-log bands. */
export function kaplanMeier(lifetimes: readonly Lifetime[], level = 0.9): KmStep[] {
  const z = zFor(level);
  lifetimes.forEach((l, i) => {
    if (!Number.isFinite(l.time) || l.time < 0) throw new SurvivalInputError(i, l.time);
  });
  const sorted = [...lifetimes].sort((a, b) => a.time - b.time);
  const steps: KmStep[] = [];
  let atRisk = sorted.length,
    s = 1,
    v = 0;
  for (let i = 0; i < sorted.length; ) {
    const t = sorted[i]!.time;
    let d = 0,
      c = 0;
    while (i < sorted.length && sorted[i]!.time === t) {
      if (sorted[i]!.closed) d++;
      else c++;
      i++;
    }
    if (d > 0) {
      s *= 1 - d / atRisk;
      v += atRisk - d > 0 ? d / (atRisk * (atRisk - d)) : Infinity;
      let lower = 0,
        upper = 0;
      if (s > 0 && Number.isFinite(v)) {
        const k = (z * Math.sqrt(v)) / Math.log(s); // log s < 0, so k < 0
        lower = s ** Math.exp(-k);
        upper = s ** Math.exp(k);
      }
      steps.push({ time: t, atRisk, closes: d, survival: s, greenwood: v, lower, upper });
    }
    atRisk -= d + c;
  }
  return steps;
}

/** Kaplan-Meier median days open with its interval (see module doc). */
export function kmMedian(lifetimes: readonly Lifetime[], level = 0.9): MedianEstimate {
  const steps = kaplanMeier(lifetimes, level);
  const closed = lifetimes.filter((l) => l.closed).length;
  const first = (f: (s: KmStep) => boolean) => steps.find(f)?.time ?? null;
  return {
    n: lifetimes.length,
    closed,
    censored: lifetimes.length - closed,
    median: first((s) => s.survival <= 0.5),
    lo: first((s) => s.lower <= 0.5),
    hi: first((s) => s.upper <= 0.5),
    level,
    method: `kaplan-meier median, ${Math.round(level * 100)}% Brookmeyer-Crowley interval (log-log band)`,
  };
}
