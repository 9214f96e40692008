import { describe, expect, it } from 'vitest';
import { B_BOUND, fitLogLinear } from '../../../pipeline/stats/glm.ts';

describe('fitLogLinear (Poisson, log link, exposure offset)', () => {
  it('recovers an exact exponential with varying exposure', () => {
    const E = [1000, 800, 1200, 500, 900];
    const y = E.map((e, t) => e * 0.05 * Math.exp(-0.2 * t));
    const f = fitLogLinear(y, E, [0, 1, 2, 3, 4]);
    expect(f.b).toBeCloseTo(-0.2, 9);
    expect(f.a).toBeCloseTo(Math.log(0.05), 9);
    expect(f.phi).toBe(1); // no lack of fit: the scale is floored at 1
    expect(f.ci_low).toBeLessThan(-0.2);
    expect(f.ci_high).toBeGreaterThan(-0.2);
  });
  it('handles zeros: y = [4, 0, 1] solves 1.6 r^2 + 0.6 r - 0.4 = 0 with r = exp(b)', () => {
    const r = (-0.6 + Math.sqrt(0.36 + 2.56)) / 3.2;
    const f = fitLogLinear([4, 0, 1], [10, 10, 10], [0, 1, 2]);
    expect(f.b).toBeCloseTo(Math.log(r), 9); // -1.05987
    expect(Math.exp(f.a) * 10 * (1 + r + r * r)).toBeCloseTo(5, 9); // fitted total = observed total
  });
  it('stops at the bound when every mention is in the first period', () => {
    const f = fitLogLinear([7, 0, 0, 0], [10, 10, 10, 10], [0, 1, 2, 3]);
    expect(f.b).toBe(-B_BOUND);
    expect(f.at_bound).toBe(true);
  });
  it('widens the interval under overdispersion (quasi-Poisson scale)', () => {
    const E = Array(24).fill(1000);
    const x = E.map((_, t) => t);
    const smoothY = x.map((t) => 50 * Math.exp(-0.03 * t));
    const noisyY = smoothY.map((v, t) => v * (t % 2 ? 1.3 : 0.7));
    const a = fitLogLinear(smoothY, E, x);
    const b = fitLogLinear(noisyY, E, x);
    expect(b.phi).toBeGreaterThan(2);
    expect(b.ci_high - b.ci_low).toBeGreaterThan(1.4 * (a.ci_high - a.ci_low));
  });
});
