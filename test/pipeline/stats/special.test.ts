import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, tCdf, tQuantile, tTwoSided } from '../../../pipeline/stats/special.ts';

describe('distribution functions (values from statistical tables)', () => {
  it('normal', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.95)).toBeCloseTo(1.644854, 5);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(1)).toBeCloseTo(0.8413447461, 9);
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316, 12);
    expect(normalCdf(-5) / 2.866515719e-7).toBeCloseTo(1, 8);
    expect(normalCdf(0)).toBe(0.5);
  });
  it('student t', () => {
    expect(tQuantile(0.95, 10)).toBeCloseTo(1.812461, 5);
    expect(tQuantile(0.975, 3)).toBeCloseTo(3.182446, 5);
    expect(tCdf(2.228139, 10)).toBeCloseTo(0.975, 6);
    expect(tTwoSided(2.228139, 10)).toBeCloseTo(0.05, 6);
    expect(tCdf(0, 5)).toBeCloseTo(0.5, 12);
  });
});
