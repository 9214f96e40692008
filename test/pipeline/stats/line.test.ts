import { describe, expect, it } from 'vitest';
import { isolatedStart, trendLine } from '../../../pipeline/stats/line.ts';
import { pooledSmooth } from '../../../pipeline/stats/smooth.ts';
import { halfLifeCurve } from '../../../pipeline/stats/curve.ts';
import { addPeriods, periodIndex, periodsBetween } from '../../../pipeline/stats/period.ts';
import { StatsInputError } from '../../../pipeline/stats/types.ts';

describe('period arithmetic', () => {
  it('indexes months and quarters so that consecutive periods differ by one', () => {
    expect(periodIndex('2024-01') - periodIndex('2023-12')).toBe(1);
    expect(periodIndex('2024-Q1') - periodIndex('2023-Q4')).toBe(1);
    expect(periodsBetween('2024-11', '2025-02')).toBe(3);
    expect(periodsBetween('2024-Q4', '2024-Q2')).toBe(-2);
    expect(addPeriods('2024-Q4', 1)).toBe('2025-Q1');
    expect(() => periodsBetween('2024-01', '2024-Q1')).toThrow(StatsInputError);
    expect(() => periodIndex('2024-13x')).toThrow(/expected YYYY-MM or YYYY-Qn, got '2024-13x'/);
  });
});

describe('pooledSmooth and trendLine', () => {
  const pts = [
    { period: '2011-04', postings: 7, total: 100 },
    { period: '2018-03', postings: 1, total: 10 },
    { period: '2018-04', postings: 3, total: 30 },
    { period: '2018-05', postings: 0, total: 60 },
  ];
  it('pools postings over a centred 3-month window and never bridges a gap', () => {
    expect(pooledSmooth(pts, 3)).toEqual([0.07, 4 / 40, 4 / 100, 3 / 90]);
    const line = trendLine(pts);
    expect(line.smoothed).toEqual([
      { period: '2011-04', share: 0.07 },
      { period: '2011-04', share: null },
      { period: '2018-03', share: 4 / 40 },
      { period: '2018-04', share: 4 / 100 },
      { period: '2018-05', share: 3 / 90 },
    ]);
    expect(line.isolated).toEqual({ from: '2011-04', to: '2011-04' });
    const q = trendLine([
      { period: '2024-Q1', postings: 1, total: 2 },
      { period: '2024-Q2', postings: 1, total: 2 },
    ]);
    expect(q.smoothed).toHaveLength(2);
    expect(q.isolated).toBeNull();
  });
  it('finds a short stretch cut off by a long gap, and nothing else', () => {
    const p = (period: string) => ({ period });
    expect(isolatedStart([p('2011-04'), p('2018-03'), p('2018-04'), p('2018-05')])).toEqual({
      from: '2011-04',
      to: '2011-04',
    });
    expect(isolatedStart([p('2018-01'), p('2018-02'), p('2018-03'), p('2020-01')])).toBeNull();
    expect(isolatedStart([p('2018-01'), p('2018-07')])).toBeNull();
    expect(isolatedStart([p('2014-Q1'), p('2018-Q1'), p('2018-Q2'), p('2018-Q3')])).toEqual({
      from: '2014-Q1',
      to: '2014-Q1',
    });
  });
});

describe('halfLifeCurve', () => {
  it('recovers the level of an exact exponential decline with varying exposure', () => {
    // share = 0.2 * 2^(-t/10) after the peak at 2020-03; totals vary, postings are expected counts
    const points = Array.from({ length: 30 }, (_, i) => {
      const period = addPeriods('2020-01', i);
      const t = periodsBetween('2020-03', period);
      const total = 500 + 37 * (i % 7);
      const share = t < 0 ? 0.1 : 0.2 * 2 ** (-t / 10);
      return { period, total, postings: share * total };
    });
    const fit = halfLifeCurve(points, '2020-03', 10)!;
    expect(fit.level).toBeCloseTo(0.2, 12);
    expect(fit.peak).toEqual({ period: '2020-03', share: fit.level });
    expect(fit.half.period).toBe('2021-01');
    expect(fit.half.share).toBeCloseTo(0.1, 12);
    expect(fit.half.projected).toBe(false);
    expect(fit.points[0]!.period).toBe('2020-03');
    expect(fit.points.at(-1)!.period).toBe('2022-06'); // last observed period
  });

  it('extends to a half point past the data and flags it projected, capped by extendMonths', () => {
    const points = [
      { period: '2024-01', postings: 10, total: 100 },
      { period: '2024-02', postings: 9, total: 100 },
    ];
    const fit = halfLifeCurve(points, '2024-01', 20)!;
    expect(fit.half).toMatchObject({ period: '2025-09', projected: true });
    expect(fit.points.at(-1)!.period).toBe('2025-09');
    expect(halfLifeCurve(points, '2024-01', 200, 24)!.points.at(-1)!.period).toBe('2026-02');
  });

  it('returns null when there is nothing to draw', () => {
    const pts = [{ period: '2024-01', postings: 0, total: 100 }];
    expect(halfLifeCurve(pts, null, 10)).toBeNull();
    expect(halfLifeCurve(pts, '2024-01', null)).toBeNull();
    expect(halfLifeCurve(pts, '2024-01', 10)).toBeNull();
    expect(halfLifeCurve(pts, '2025-01', 10)).toBeNull();
  });
});
