/** Pay premium on simulated postings with designed effects: the premium is recovered within its interval. */
import { describe, expect, it } from 'vitest';
import { complementQuantiles, premiumModel, quantiles, type PayRow } from '../../../pipeline/stats/pay-premium.ts';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
function normal(r: () => number) {
  return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
}

/** Skill X adds log(premium); X is far more common in senior postings, which pay 40% more (a confounder). */
function simulate(seed: number, premium: number, n = 3000) {
  const r = rng(seed);
  const rows: PayRow[] = [];
  const withX: number[] = [];
  const roles = ['software', 'data_ml', 'devops_sre'];
  const countries = ['US', 'GB', 'DE'];
  for (let i = 0; i < n; i++) {
    const senior = r() < 0.5;
    const role = roles[Math.floor(r() * 3)]!;
    const country = countries[Math.floor(r() * 3)]!;
    const year = String(2019 + Math.floor(r() * 6));
    const hasX = r() < (senior ? 0.6 : 0.1);
    const employer = `e${Math.floor(r() * 400)}`;
    let lp =
      Math.log(100000) +
      (senior ? Math.log(1.4) : 0) +
      (role === 'data_ml' ? 0.1 : 0) +
      (country === 'US' ? 0.3 : 0) +
      (Number(year) - 2019) * 0.03 +
      normal(r) * 0.25;
    if (hasX) {
      lp += Math.log(premium);
      withX.push(i);
    }
    rows.push({ logPay: lp, controls: [role, senior ? 'senior' : 'mid', country, year], cluster: employer });
  }
  return { rows, withX };
}

describe('premiumModel', () => {
  it('recovers a designed 15% premium inside its 90% interval, where the raw gap is confounded', () => {
    let covered = 0;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
      const { rows, withX } = simulate(seed, 1.15);
      const p = premiumModel(rows).premium(withX)!;
      if (p.lo <= 1.15 && 1.15 <= p.hi) covered++;
      expect(Math.abs(p.ratio - 1.15)).toBeLessThan(0.05);
      const set = new Set(withX);
      const mean = (f: (i: number) => boolean) => {
        const v = rows.filter((_, i) => f(i)).map((x) => x.logPay);
        return v.reduce((a, b) => a + b, 0) / v.length;
      };
      const raw = Math.exp(mean((i) => set.has(i)) - mean((i) => !set.has(i)));
      expect(raw).toBeGreaterThan(1.25); // the confounded raw comparison overstates it
    }
    expect(covered).toBeGreaterThanOrEqual(8);
  });

  it('finds no premium where none is designed', () => {
    const { rows, withX } = simulate(42, 1.0);
    const p = premiumModel(rows).premium(withX)!;
    expect(p.lo).toBeLessThan(1);
    expect(p.hi).toBeGreaterThan(1);
  });

  it('hand-computed: two groups, no controls varying -> ratio of geometric means', () => {
    const rows: PayRow[] = [100, 100, 200, 200].map((v, i) => ({
      logPay: Math.log(v),
      controls: ['a'],
      cluster: `c${i}`,
    }));
    const p = premiumModel(rows).premium([2, 3])!;
    expect(p.ratio).toBeCloseTo(2, 10);
    expect(p.n_with).toBe(2);
    expect(p.n_without).toBe(2);
    expect(p.employers).toBe(2);
  });

  it('returns null when everyone or no one has the skill', () => {
    const rows: PayRow[] = [1, 2].map((v) => ({ logPay: v, controls: ['a'], cluster: 'x' }));
    expect(premiumModel(rows).premium([])).toBeNull();
    expect(premiumModel(rows).premium([0, 1])).toBeNull();
  });

  it('quantiles by linear interpolation', () => {
    expect(quantiles([1, 2, 3, 4])).toEqual({ median: 2.5, p25: 1.75, p75: 3.25 });
    expect(quantiles([])).toBeNull();
  });

  it('complementQuantiles equals quantiles of the values not in the subset (ties, every size)', () => {
    expect(complementQuantiles([1, 2, 2, 3, 4, 9], [2, 9])).toEqual(quantiles([1, 2, 3, 4]));
    expect(complementQuantiles([5], [])).toEqual({ median: 5, p25: 5, p75: 5 });
    expect(complementQuantiles([5, 5], [5, 5])).toBeNull();
    const r = rng(11);
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(r() * 60);
      // few distinct values (ties) in half the trials
      const vals = Array.from({ length: n }, () => (trial % 2 ? Math.round(r() * 5) * 1000 : 20000 + r() * 2e5));
      const pick = vals.map(() => r() < 0.3);
      const sub = vals.filter((_, i) => pick[i]).sort((a, b) => a - b);
      const rest = vals.filter((_, i) => !pick[i]);
      expect(
        complementQuantiles(
          [...vals].sort((a, b) => a - b),
          sub,
        ),
      ).toEqual(quantiles(rest));
    }
  });
});
