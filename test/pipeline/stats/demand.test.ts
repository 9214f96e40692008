import { describe, expect, it } from 'vitest';
import { demandScores, softRanks } from '../../../pipeline/stats/demand.ts';

const base = [
  { skill_id: 'python', share: 0.2, growth: 0.1, breadth: 900, postings: 5000 },
  { skill_id: 'react', share: 0.15, growth: 0.0, breadth: 700, postings: 4000 },
  { skill_id: 'rust', share: 0.03, growth: 0.6, breadth: 150, postings: 700 },
  { skill_id: 'jquery', share: 0.02, growth: -0.4, breadth: 120, postings: 500 },
  { skill_id: 'fad', share: 0.001, growth: 4.0, breadth: 3, postings: 5 },
];

describe('softRanks', () => {
  it('is the hard percentile rank when values are far apart', () => {
    const r = softRanks([1, 5, 3], 0.01);
    expect(r[0]).toBeCloseTo(0, 9);
    expect(r[1]).toBeCloseTo(1, 9);
    expect(r[2]).toBeCloseTo(0.5, 9);
    expect(softRanks([2, 2], 0.1)).toEqual([0.5, 0.5]);
  });
});

describe('demandScores', () => {
  const s = demandScores(base);
  const by = new Map(s.map((r) => [r.skill_id, r]));
  it('ranks a skill that is ahead on every component first, and components stay in 0..100', () => {
    expect(s.map((r) => r.skill_id)[0]).toBe('python');
    expect(by.get('python')!.rank).toBe(1);
    expect(by.get('react')!.score).toBeGreaterThan(by.get('jquery')!.score);
    for (const r of s) {
      for (const v of [r.score, r.share_component, r.growth_component, r.breadth_component]) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(100);
      }
    }
  });
  it('shrinks the growth of a skill with 5 postings toward 0', () => {
    expect(by.get('fad')!.growth_shrunk).toBeCloseTo((4 * 5) / 105, 12);
    expect(by.get('fad')!.growth_component).toBeLessThan(by.get('rust')!.growth_component);
  });
  it('is stable under small data changes', () => {
    const nudged = demandScores(
      base.map((r) => ({ ...r, share: r.share * 1.01, breadth: r.breadth + 1, postings: r.postings + 3 })),
    );
    for (const r of nudged) expect(Math.abs(r.score - by.get(r.skill_id)!.score)).toBeLessThan(1);
    expect(nudged.map((r) => r.skill_id)).toEqual(s.map((r) => r.skill_id));
  });
  it('names a bad row', () => {
    expect(() => demandScores([{ ...base[0]!, share: 3 }])).toThrow(/rows\[0\]\.share/);
  });
});
