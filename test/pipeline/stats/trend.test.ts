import { describe, expect, it } from 'vitest';
import { movers, smoothedShares, trendMeasures, twoProportionZ } from '../../../pipeline/stats/trend.ts';
import { addPeriods } from '../../../pipeline/stats/period.ts';
import { series } from './helpers.ts';

describe('smoothedShares', () => {
  it('is the centred pooled share whose window shrinks at the edges', () => {
    // shares 0.01, 0.02, 0.03, 0.10 with total 100: pooled = mean when totals are equal
    expect(smoothedShares(series([1, 2, 3, 10], 100))).toEqual([1.5 / 100, 2 / 100, 5 / 100, 6.5 / 100]);
    // unequal totals pool the counts: (1 + 2) / (10 + 100)
    expect(smoothedShares(series([1, 2], [10, 100]))[0]).toBeCloseTo(3 / 110, 12);
  });
  it('holds the previous value where a window has no total, the next one at the start', () => {
    const s = smoothedShares(series([0, 0, 2, 0, 0, 0, 0, 6], [0, 0, 100, 0, 0, 0, 0, 100]));
    expect(s).toEqual([0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.06, 0.06]);
    expect(smoothedShares(series([0, 0], [0, 0]))).toEqual([0, 0]);
  });
});

describe('trendMeasures', () => {
  // share_i = (i + 1) / 100 for i = 0..23, total 100 each month
  const pts = series(
    Array.from({ length: 24 }, (_, i) => i + 1),
    100,
  );
  const m = trendMeasures(pts);
  it('matches hand-computed values', () => {
    expect(m.share_current).toBeCloseTo(0.23, 12); // mean(0.22, 0.23, 0.24)
    expect(m.smoothed[23]).toBeCloseTo(0.235, 12); // edge: mean of the last two
    expect(m.smoothed[10]).toBeCloseTo(0.11, 12);
    expect(m.growth_3m).toBeCloseTo(0.235 / 0.21 - 1, 12);
    expect(m.growth_6m).toBeCloseTo(0.235 / 0.18 - 1, 12);
    expect(m.growth_12m).toBeCloseTo(0.235 / 0.12 - 1, 12);
    expect(m.yoy).toBeCloseTo(222 / 78 - 1, 12); // sum 13..24 vs sum 1..12, same totals
    expect(m.momentum).toBeCloseTo(0.235 / 0.21 - 1 - (0.235 / 0.12 - 1) / 4, 12);
  });
  it('returns null where the history is too short and skips months with no postings', () => {
    const short = trendMeasures(series([5, 5, 0, 10], [100, 100, 0, 100]));
    expect(short.growth_3m).toBeNull(); // 3 months with data: no 3-step growth
    expect(short.growth_6m).toBeNull();
    expect(short.yoy).toBeNull();
    expect(short.momentum).toBeNull();
    expect(short.share_current).toBeCloseTo(20 / 300, 12); // pooled over the 3 months with data
    expect(short.current).toEqual({
      from: '2018-01',
      to: '2018-04',
      months: 4,
      months_with_data: 3,
      postings: 20,
      total: 300,
    });
    expect(Number.isNaN(short.smoothed[2]!)).toBe(true); // no smoothed value in a month without data
  });
  it('counts months with data: a two-month hole neither empties "current" nor inflates growth', () => {
    // 24 months of 10% share, then 2 missing months, then one month at 10%: nothing changed
    const p = series([...Array(24).fill(100), 0, 0, 100], [...Array(24).fill(1000), 0, 0, 1000]);
    const m = trendMeasures(p);
    expect(m.share_current).toBeCloseTo(0.1, 12);
    expect(m.current).toEqual({
      from: '2019-11',
      to: '2020-03',
      months: 5,
      months_with_data: 3,
      postings: 300,
      total: 3000,
    });
    expect(m.growth_3m).toBeCloseTo(0, 12);
    expect(m.growth_12m).toBeCloseTo(0, 12);
    expect(m.yoy).toBeCloseTo(0, 12);
    expect(m.year.months_with_data).toBe(12);
    expect(m.year_before.months_with_data).toBe(12);
    expect(m.year.from).toBe('2019-02'); // 12 months with data back from 2020-03 skip 2020-01 and 2020-02
  });
  it('names the bad point', () => {
    expect(() => trendMeasures(series([5, 200], 100))).toThrow(/points\[1\].*postings 200 exceed total 100/);
  });
});

describe('twoProportionZ', () => {
  it('matches the pooled formula', () => {
    // p = 0.15, se = sqrt(0.15 * 0.85 * (1/100 + 1/100)) = 0.0504975
    expect(twoProportionZ(10, 100, 20, 100)).toBeCloseTo(0.1 / Math.sqrt(0.15 * 0.85 * 0.02), 10);
    expect(twoProportionZ(10, 100, 20, 100)).toBeCloseTo(1.980295, 5);
    expect(twoProportionZ(20, 100, 10, 100)).toBeCloseTo(-1.980295, 5);
    expect(twoProportionZ(0, 100, 0, 50)).toBe(0);
    expect(twoProportionZ(0, 0, 1, 10)).toBe(0);
  });
  it('rejects impossible counts', () => {
    expect(() => twoProportionZ(11, 10, 1, 10)).toThrow(/x1/);
  });
});

describe('movers over months with data', () => {
  it('compares equal numbers of months with data across a hole, and states both windows', () => {
    // 2024-01..2024-12 with 2024-11 and 2024-12 missing; share 2% then 4% in the last 3 months with data
    const pts = Array.from({ length: 12 }, (_, i) => ({
      period: addPeriods('2024-01', i),
      postings: i >= 10 ? 0 : i >= 8 ? 40 : 20,
      total: i >= 10 ? 0 : 1000,
    }));
    pts.push({ period: '2025-01', postings: 40, total: 1000 });
    const r = movers(new Map([['x', pts]]), 3, { employers: new Map([['x', [3, 9]]]) }).rising;
    expect(r).toHaveLength(1);
    expect(r[0]!.to_window).toEqual({
      from: '2024-09',
      to: '2025-01',
      months: 5,
      months_with_data: 3,
      postings: 120,
      total: 3000,
    });
    expect(r[0]!.from_window).toEqual({
      from: '2024-06',
      to: '2024-08',
      months: 3,
      months_with_data: 3,
      postings: 60,
      total: 3000,
    });
    expect(r[0]!.employers).toBe(9);
  });
  it('drops a skill behind fewer than minEmployers employers', () => {
    const pts = Array.from({ length: 6 }, (_, i) => ({
      period: addPeriods('2024-01', i),
      postings: i < 3 ? 20 : 60,
      total: 1000,
    }));
    expect(movers(new Map([['x', pts]]), 3, { employers: new Map([['x', [2, 4]]]) }).rising).toHaveLength(0);
    expect(
      movers(new Map([['x', pts]]), 3, { employers: new Map([['x', [2, 4]]]), minEmployers: 4 }).rising,
    ).toHaveLength(1);
  });
});

describe('movers', () => {
  const mk = (from: number, to: number) =>
    Array.from({ length: 12 }, (_, i) => ({
      period: addPeriods('2024-01', i),
      postings: i < 6 ? from : to,
      total: 10000 / 6,
    }));
  const data = new Map([
    ['big', mk(200 / 6, 300 / 6)],
    ['smallsig', mk(2 / 6, 25 / 6)],
    ['tiny', mk(1 / 6, 3 / 6)], // 1 -> 3 mentions: z = 1.0
    ['few', mk(3 / 6, 15 / 6)], // significant but only 15 postings in the later window
    ['down', mk(300 / 6, 150 / 6)],
    ['flat', mk(100 / 6, 100 / 6)],
  ]);
  const { rising, declining } = movers(data, 6);
  it('keeps only significant skills with enough postings', () => {
    expect(rising.map((m) => m.skill_id)).toEqual(['smallsig', 'big']);
    expect(declining.map((m) => m.skill_id)).toEqual(['down']);
  });
  it('reports pooled shares, change and z', () => {
    const big = rising.find((m) => m.skill_id === 'big')!;
    expect(big.share_from).toBeCloseTo(0.02, 10);
    expect(big.share_to).toBeCloseTo(0.03, 10);
    expect(big.change).toBeCloseTo(0.01, 10);
    expect(big.relative_change).toBeCloseTo(0.5, 10);
    expect(big.z).toBeCloseTo(twoProportionZ(200, 10000, 300, 10000), 8);
    expect(big.postings_to).toBeCloseTo(300, 8);
    expect(big.rank).toBe(2);
  });
  it('ranks by the conservative log ratio, so a 3-mention skill cannot top the list', () => {
    const noisy = new Map([...data, ['spike', mk(0, 20 / 6)]]); // 0 -> 20: passes the guard
    const r = movers(noisy, 6, { minPostings: 5 }).rising;
    expect(r.map((m) => m.skill_id)).toContain('few');
    expect(r[0]!.postings_to).toBeGreaterThanOrEqual(20);
    expect(r.find((m) => m.skill_id === 'tiny')).toBeUndefined();
  });
});
