import { describe, expect, it } from 'vitest';
import { addMonths, halfLifeCurve } from '../../dashboard/fit.ts';
import { monthsBetween, periodDate } from '../../dashboard/charts/common.ts';

describe('halfLifeCurve', () => {
  it('recovers the level of an exact exponential decline with varying exposure', () => {
    // share = 0.2 * 2^(-t/10) after the peak at 2020-03; totals vary, postings are expected counts
    const points = Array.from({ length: 30 }, (_, i) => {
      const period = addMonths('2020-01', i);
      const t = monthsBetween('2020-03', period);
      const total = 500 + 37 * (i % 7);
      const share = t < 0 ? 0.1 : 0.2 * Math.pow(2, -t / 10);
      return { period, total, postings: share * total };
    });
    const fit = halfLifeCurve(points, '2020-03', 10)!;
    expect(fit.level).toBeCloseTo(0.2, 12);
    expect(fit.peak).toEqual({ period: '2020-03', share: fit.level });
    expect(fit.half.period).toBe('2021-01');
    expect(fit.half.share).toBeCloseTo(0.1, 12);
    expect(fit.half.projected).toBe(false);
    expect(fit.curve[0]!.period).toBe('2020-03');
    expect(fit.curve.at(-1)!.period).toBe('2022-06'); // last observed period
  });

  it('extends to a half point past the data and flags it projected, capped by extendMonths', () => {
    const points = [
      { period: '2024-01', postings: 10, total: 100 },
      { period: '2024-02', postings: 9, total: 100 },
    ];
    const fit = halfLifeCurve(points, '2024-01', 20)!;
    expect(fit.half).toMatchObject({ period: '2025-09', projected: true });
    expect(fit.curve.at(-1)!.period).toBe('2025-09');
    expect(halfLifeCurve(points, '2024-01', 200, 24)!.curve.at(-1)!.period).toBe('2026-02');
  });

  it('returns null when there is nothing to draw', () => {
    const pts = [{ period: '2024-01', postings: 0, total: 100 }];
    expect(halfLifeCurve(pts, null, 10)).toBeNull();
    expect(halfLifeCurve(pts, '2024-01', null)).toBeNull();
    expect(halfLifeCurve(pts, '2024-01', 10)).toBeNull();
    expect(halfLifeCurve(pts, '2025-01', 10)).toBeNull();
  });

  it('parses quarters and rejects bad periods by name', () => {
    expect(periodDate('2024-Q3').toISOString()).toBe('2024-07-01T00:00:00.000Z');
    expect(() => periodDate('2024-13x')).toThrow(/invalid period: "2024-13x"/);
  });
});

describe('smoothShare and breakGaps', () => {
  it('pools postings over a centred 3-month window and never bridges a gap', async () => {
    const { smoothShare, breakGaps } = await import('../../dashboard/smooth.ts');
    const pts = [
      { period: '2011-04', postings: 7, total: 100 },
      { period: '2018-03', postings: 1, total: 10 },
      { period: '2018-04', postings: 3, total: 30 },
      { period: '2018-05', postings: 0, total: 60 },
    ];
    const s = smoothShare(pts);
    expect(s.map((p) => p.share)).toEqual([0.07, 4 / 40, 4 / 100, 3 / 90]);
    const g = breakGaps(s);
    expect(g).toHaveLength(5);
    expect(Number.isNaN(g[1]!.share)).toBe(true);
    expect(breakGaps(smoothShare([{ period: '2024-Q1', postings: 1, total: 2 }, { period: '2024-Q2', postings: 1, total: 2 }]))).toHaveLength(2);
  });
});

describe('trimIsolatedStart', () => {
  it('drops a short stretch cut off by a long gap, and nothing else', async () => {
    const { trimIsolatedStart } = await import('../../dashboard/smooth.ts');
    const p = (period: string) => ({ period });
    expect(trimIsolatedStart([p('2011-04'), p('2018-03'), p('2018-04'), p('2018-05')])).toEqual({
      points: [p('2018-03'), p('2018-04'), p('2018-05')],
      dropped: { from: '2011-04', to: '2011-04' },
    });
    const continuous = [p('2018-01'), p('2018-02'), p('2018-03'), p('2020-01')];
    expect(trimIsolatedStart(continuous)).toEqual({ points: continuous, dropped: null });
    expect(trimIsolatedStart([p('2018-01'), p('2018-07')]).dropped).toBeNull();
  });
});
