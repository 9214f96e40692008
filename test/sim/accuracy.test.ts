/**
 * Done-when checks of issue 6 on simulated panels with known half-lives / doubling times (seeds differ from
 * the ones used while developing the estimator). "Enough data" = expected |z| of the deciding slope >= 8 (ENOUGH_Z).
 */
import { describe, expect, it } from 'vitest';
import { runAccuracy } from './accuracy.ts';
import { simulate } from './simulate.ts';

describe('simulator', () => {
  it('is deterministic for a seed and moves the total volume', () => {
    const a = simulate({ seed: 7 });
    const b = simulate({ seed: 7 });
    expect(a.skills[3]!.points).toEqual(b.skills[3]!.points);
    expect(Math.max(...a.totals) / Math.min(...a.totals)).toBeGreaterThan(2);
    const flat = a.skills.find((s) => s.status === 'stable')!;
    expect(new Set(flat.share).size).toBe(1);
  });
});

describe.each([
  ['normal shares (2-10% at the peak)', { regime: 'normal' as const }, 4],
  ['tiny shares (2-6 mentions a month at the peak)', { regime: 'tiny' as const }, 4],
  ['12-month plateau before the decline', { regime: 'normal' as const, plateaus: [12] }, 2],
])('half-life estimator on %s', (_name, sim, reps) => {
  const { row } = runAccuracy(String(_name), sim, 101, reps);
  it('median relative error of the half-life <= 15%', () => {
    expect(row.median_rel_error!).toBeLessThanOrEqual(0.15);
  });
  it('90% intervals cover the true half-life for >= 80% of declining skills', () => {
    expect(row.coverage!).toBeGreaterThanOrEqual(0.8);
  });
  it('calls no flat skill declining (or rising)', () => {
    expect(row.n_flat).toBeGreaterThan(0);
    expect(row.flat_called_declining).toBe(0);
    expect(row.flat_called_rising).toBe(0);
  });
  it('gets every status right for skills with enough data (flat skills included)', () => {
    expect(row.status_checked).toBeGreaterThan(100);
    expect(row.status_right).toBe(row.status_checked);
  });
});
