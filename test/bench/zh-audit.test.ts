/** The Wilson interval of the Chinese precision audit (bench/zh-audit.ts), against known values. */
import { describe, it, expect } from 'vitest';
import { wilson } from '../../bench/zh-audit.ts';

describe('wilson', () => {
  it('matches the textbook values at 95%', () => {
    const [lo, hi] = wilson(5, 10);
    expect(lo).toBeCloseTo(0.2366, 3);
    expect(hi).toBeCloseTo(0.7634, 3);
    const [lo0, hi0] = wilson(0, 10);
    expect(lo0).toBe(0);
    expect(hi0).toBeCloseTo(0.2775, 3);
    const [lo1, hi1] = wilson(10, 10);
    expect(lo1).toBeCloseTo(0.7225, 3);
    expect(hi1).toBe(1);
  });
  it('is [0, 1] with nothing judged', () => {
    expect(wilson(0, 0)).toEqual([0, 1]);
  });
});
