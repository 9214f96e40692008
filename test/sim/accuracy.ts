/**
 * Runs the half-life estimator on simulated skills and scores it against the designed truth.
 * Shared by test/sim/accuracy.test.ts and bench/halflife.ts.
 */
import { estimateHalfLife, type HalfLifeOptions, type HalfLifeResult } from '../../pipeline/stats/halflife.ts';
import { simulate, type SimOptions, type SimSkill } from './simulate.ts';

/** A skill has "enough data" when the expected |z| of its deciding slope is at least this. */
export const ENOUGH_Z = 8;

export interface AccuracyRow {
  regime: string;
  n_declining: number;
  /** Declining skills called declining (of those with enough data). */
  declining_found: number;
  declining_enough: number;
  median_rel_error: number | null;
  p90_rel_error: number | null;
  /** Share of declining skills called declining whose 90% interval holds the true half-life. */
  coverage: number | null;
  n_rising: number;
  rising_found: number;
  rising_enough: number;
  dt_median_rel_error: number | null;
  n_flat: number;
  flat_called_declining: number;
  flat_called_rising: number;
  /** Status right among skills with enough data (and all flat skills). */
  status_right: number;
  status_checked: number;
  fits: number;
}

export interface Scored {
  skill: SimSkill;
  fit: HalfLifeResult;
}

function quantile(xs: number[], q: number): number | null {
  if (!xs.length) return null;
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}
function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function scoreRuns(regime: string, runs: Scored[]): AccuracyRow {
  const decl = runs.filter((r) => r.skill.status === 'declining');
  const rise = runs.filter((r) => r.skill.status === 'rising');
  const flat = runs.filter((r) => r.skill.status === 'stable');
  const called = decl.filter((r) => r.fit.status === 'declining');
  const rel = called.map((r) => Math.abs(r.fit.half_life_months! - r.skill.half_life!) / r.skill.half_life!);
  const covered = called.filter(
    (r) => r.fit.ci_low! <= r.skill.half_life! && (r.fit.ci_high === null || r.fit.ci_high >= r.skill.half_life!),
  );
  const riseCalled = rise.filter((r) => r.fit.status === 'rising');
  const enough = runs.filter((r) => r.skill.status === 'stable' || r.skill.expected_z >= ENOUGH_Z);
  return {
    regime,
    n_declining: decl.length,
    declining_found: called.filter((r) => r.skill.expected_z >= ENOUGH_Z).length,
    declining_enough: decl.filter((r) => r.skill.expected_z >= ENOUGH_Z).length,
    median_rel_error: median(rel),
    p90_rel_error: quantile(rel, 0.9),
    coverage: called.length ? covered.length / called.length : null,
    n_rising: rise.length,
    rising_found: riseCalled.filter((r) => r.skill.expected_z >= ENOUGH_Z).length,
    rising_enough: rise.filter((r) => r.skill.expected_z >= ENOUGH_Z).length,
    dt_median_rel_error: median(
      riseCalled.map((r) => Math.abs(r.fit.doubling_time_months! - r.skill.doubling!) / r.skill.doubling!),
    ),
    n_flat: flat.length,
    flat_called_declining: flat.filter((r) => r.fit.status === 'declining').length,
    flat_called_rising: flat.filter((r) => r.fit.status === 'rising').length,
    status_right: enough.filter((r) => r.fit.status === r.skill.status).length,
    status_checked: enough.length,
    fits: runs.length,
  };
}

/** Simulates `reps` panels (seeds seed..seed+reps-1) and fits every skill. */
export function runAccuracy(
  regime: string,
  sim: Omit<SimOptions, 'seed'>,
  seed: number,
  reps: number,
  est: HalfLifeOptions = {},
): { row: AccuracyRow; runs: Scored[] } {
  const runs: Scored[] = [];
  for (let r = 0; r < reps; r++) {
    for (const skill of simulate({ ...sim, seed: seed + r }).skills)
      runs.push({ skill, fit: estimateHalfLife(skill.points, est) });
  }
  return { row: scoreRuns(regime, runs), runs };
}
