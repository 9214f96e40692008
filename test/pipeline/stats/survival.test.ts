import { describe, it, expect } from 'vitest';
import { kaplanMeier, kmMedian, SurvivalInputError, type Lifetime } from '../../../pipeline/stats/survival.ts';
import { createRng } from '../../../pipeline/stats/rng.ts';

const L = (spec: string): Lifetime[] =>
  spec.split(' ').map((s) => ({ time: Number(s.replace('+', '')), closed: !s.endsWith('+') }));

describe('Kaplan-Meier', () => {
  it('hand-computed case 1, 2+, 3, 4, 5+, 6: survival, Greenwood, bands, median 4 with interval [1, 6]', () => {
    const steps = kaplanMeier(L('1 2+ 3 4 5+ 6'));
    expect(steps.map((s) => [s.time, s.atRisk, s.closes])).toEqual([
      [1, 6, 1],
      [3, 4, 1],
      [4, 3, 1],
      [6, 1, 1],
    ]);
    expect(steps[0]!.survival).toBeCloseTo(5 / 6, 12);
    expect(steps[1]!.survival).toBeCloseTo(0.625, 12);
    expect(steps[2]!.survival).toBeCloseTo((0.625 * 2) / 3, 12);
    expect(steps[3]!.survival).toBe(0);
    expect(steps[2]!.greenwood).toBeCloseTo(1 / 30 + 1 / 12 + 1 / 6, 12);
    // by hand: lower(1) = (5/6)^exp(1.6471) = 0.3880, upper(1) = (5/6)^exp(-1.6471) = 0.9655, upper(4) = 0.7247
    expect(steps[0]!.lower).toBeCloseTo(0.388, 3);
    expect(steps[0]!.upper).toBeCloseTo(0.9655, 3);
    expect(steps[1]!.upper).toBeCloseTo(0.8674, 3);
    expect(steps[2]!.upper).toBeCloseTo(0.7247, 3);
    const m = kmMedian(L('1 2+ 3 4 5+ 6'));
    expect(m).toMatchObject({ n: 6, closed: 4, censored: 2, median: 4, lo: 1, hi: 6 });
  });
  it('no censoring: the median is the sample median (smallest time with S <= 0.5)', () => {
    expect(kmMedian(L('5 1 3 2 4')).median).toBe(3);
    expect(kmMedian(L('1 2 3 4')).median).toBe(2); // S(2) = 0.5 exactly
  });
  it('ties at one time close together; a censored time equal to a close time is still at risk', () => {
    const steps = kaplanMeier(L('2 2 2+ 5'));
    expect(steps[0]).toMatchObject({ time: 2, atRisk: 4, closes: 2 });
    expect(steps[0]!.survival).toBeCloseTo(0.5, 12);
    expect(steps[1]).toMatchObject({ time: 5, atRisk: 1, closes: 1, survival: 0 });
  });
  it('median not reached when fewer than half close; empty input', () => {
    const m = kmMedian(L('3 10+ 10+ 10+'));
    expect(m.median).toBeNull();
    expect(m.hi).toBeNull();
    expect(kmMedian([])).toMatchObject({ n: 0, median: null, lo: null, hi: null });
  });
  it('bad input names the lifetime', () => {
    expect(() =>
      kaplanMeier([
        { time: 1, closed: true },
        { time: -2, closed: true },
      ]),
    ).toThrow(SurvivalInputError);
    expect(() => kaplanMeier([{ time: Number.NaN, closed: true }])).toThrow(/lifetime 0/);
    expect(() => kmMedian(L('1 2'), 0.42)).toThrow(/level must be one of/);
  });
  it('simulated exponential lifetimes with uniform censoring: median near ln2/rate, 90% interval covers ~90%', () => {
    const rng = createRng(15);
    const trueMedian = 20,
      rate = Math.LN2 / trueMedian;
    const draw = (n: number): Lifetime[] =>
      Array.from({ length: n }, () => {
        const t = -Math.log(1 - rng.next()) / rate,
          c = rng.next() * 80;
        return t <= c ? { time: t, closed: true } : { time: c, closed: false };
      });
    const big = kmMedian(draw(4000));
    expect(big.censored).toBeGreaterThan(400);
    expect(Math.abs(big.median! - trueMedian) / trueMedian).toBeLessThan(0.06);
    expect(big.lo!).toBeLessThan(trueMedian);
    expect(big.hi!).toBeGreaterThan(trueMedian);
    let covered = 0;
    const reps = 300;
    for (let r = 0; r < reps; r++) {
      const m = kmMedian(draw(150));
      if (m.lo !== null && m.hi !== null && m.lo <= trueMedian && trueMedian <= m.hi) covered++;
    }
    expect(covered / reps).toBeGreaterThan(0.85);
    expect(covered / reps).toBeLessThan(0.96);
  });
});
