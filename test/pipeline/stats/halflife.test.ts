import { describe, expect, it } from 'vitest';
import { estimateHalfLife } from '../../../pipeline/stats/halflife.ts';
import { series } from './helpers.ts';

describe('estimateHalfLife on hand-made series', () => {
  it('finds a single-point peak and the exact half-life after it', () => {
    // rise 20, 30, 45, 70, peak 100 at index 4, then halving every 3 months; totals vary
    const shape = [20, 30, 45, 70, ...Array.from({ length: 20 }, (_, k) => 100 * 2 ** (-k / 3))];
    const totals = shape.map((_, i) => 1000 + 100 * (i % 5));
    const r = estimateHalfLife(
      series(
        shape.map((s, i) => (s * totals[i]!) / 1000),
        totals,
      ),
    );
    expect(r.status).toBe('declining');
    expect(r.peak_index).toBe(4);
    expect(r.half_life_months).toBeCloseTo(3, 6);
    expect(r.rate).toBeCloseTo(-Math.LN2 / 3, 8);
    expect(r.ci_low!).toBeLessThan(3);
    expect(r.ci_high!).toBeGreaterThan(3);
    expect(r.n_periods).toBe(24);
  });
  it('handles months with zero mentions and with zero total', () => {
    const y = [30, 28, 26, 20, 17, 15, 12, 10, 9, 7, 6, 5, 4, 4, 3, 2, 2, 1, 1, 1, 0, 1, 0, 0, 0, 0];
    const totals = y.map((_, i) => (i === 10 ? 0 : 1000));
    const r = estimateHalfLife(
      series(
        y.map((v, i) => (totals[i] ? v : 0)),
        totals,
      ),
    );
    expect(r.status).toBe('declining');
    expect(r.peak_index).toBe(0);
    expect(r.n_periods).toBe(25);
    expect(r.half_life_months!).toBeGreaterThan(3);
    expect(r.half_life_months!).toBeLessThan(6);
    expect(Number.isFinite(r.ci_low!) && Number.isFinite(r.ci_high!)).toBe(true);
  });
  it('a lone spike followed by silence gives the floor half-life, not NaN', () => {
    const y = Array(24).fill(0);
    y[6] = 50;
    const r = estimateHalfLife(series(y));
    expect(r.status).toBe('declining');
    expect(r.peak_index).toBe(6);
    expect(r.half_life_months).toBeCloseTo(0.25, 9);
  });
  it('calls an exponential rise rising with its doubling time', () => {
    const r = estimateHalfLife(series(Array.from({ length: 36 }, (_, t) => 10 * 2 ** (t / 12))));
    expect(r.status).toBe('rising');
    expect(r.doubling_time_months).toBeCloseTo(12, 6);
    expect(r.half_life_months).toBeNull();
  });
  it('calls a constant share stable even when the total volume moves', () => {
    const totals = Array.from({ length: 36 }, (_, t) => 400 + 20 * t);
    const r = estimateHalfLife(
      series(
        totals.map((n) => n * 0.05),
        totals,
      ),
    );
    expect(r.status).toBe('stable');
    expect(r.rate).toBeCloseTo(0, 9);
  });
  it('says insufficient_data below the documented minimum evidence', () => {
    expect(estimateHalfLife(series(Array(11).fill(10))).status).toBe('insufficient_data');
    expect(estimateHalfLife(series(Array(24).fill(1))).status).toBe('insufficient_data'); // 24 mentions < 30
    expect(estimateHalfLife(series([])).status).toBe('insufficient_data');
  });
});
