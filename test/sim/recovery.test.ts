/**
 * 'recovering': a decline followed by a significant recovery (React-like), against a decline that only
 * levels off, on seeded Poisson series of HN size (docs/half-life.md, "Recovery").
 */
import { describe, expect, it } from 'vitest';
import { estimateHalfLife } from '../../pipeline/stats/halflife.ts';
import { addPeriods } from '../../pipeline/stats/period.ts';
import { createRng } from '../../pipeline/stats/rng.ts';
import type { CountPoint } from '../../pipeline/stats/types.ts';

/** 2018-03 .. 2026-01 (95 months), share: 0.27 -> 0.30 (2021-03), down to `low` (2024-03), then to `end` (2026-01); 2025-11/12 missing. */
function reactLike(seed: number, low: number, end: number): CountPoint[] {
  const rng = createRng(seed);
  const n = 95;
  return Array.from({ length: n }, (_, t) => {
    const period = addPeriods('2018-03', t);
    const share =
      t <= 36
        ? 0.27 + (0.03 * t) / 36
        : t <= 72
          ? 0.3 * (low / 0.3) ** ((t - 36) / 36)
          : low * (end / low) ** ((t - 72) / 22);
    const total = period === '2025-11' || period === '2025-12' ? 0 : rng.poisson(t < 60 ? 700 : 350);
    return { period, total, postings: Math.min(total, rng.poisson(share * total)) };
  });
}

describe('recovering vs declining (React-like series)', () => {
  it('calls a decline followed by a recovery of +30% recovering, with the trough after the peak', () => {
    let recovering = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const pts = reactLike(seed, 0.2, 0.26);
      const r = estimateHalfLife(pts);
      if (r.status === 'recovering') {
        recovering++;
        expect(r.trough_index!).toBeGreaterThan(r.peak_index!);
        expect(pts[r.trough_index!]!.total).toBeGreaterThan(0);
        expect(r.half_life_months!).toBeGreaterThan(0);
        expect(r.doubling_time_months!).toBeGreaterThan(0);
      }
    }
    expect(recovering).toBeGreaterThanOrEqual(12); // power at HN volume: about 2 in 3
  });
  it('keeps a decline that only levels off declining', () => {
    let declining = 0;
    let recovering = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const r = estimateHalfLife(reactLike(seed, 0.2, 0.2));
      if (r.status === 'declining') declining++;
      if (r.status === 'recovering') recovering++;
    }
    expect(declining).toBeGreaterThanOrEqual(17);
    expect(recovering).toBeLessThanOrEqual(2); // false recoveries stay rare
  });
  it('never puts a peak or a trough in a month without postings', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const pts = reactLike(seed, 0.2, 0.24);
      const r = estimateHalfLife(pts);
      for (const i of [r.peak_index, r.trough_index, r.segment_start])
        if (i !== null) expect(pts[i]!.total).toBeGreaterThan(0);
    }
  });
});
