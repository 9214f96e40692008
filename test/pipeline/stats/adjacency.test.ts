import { describe, expect, it } from 'vitest';
import { pairStats, pairTable } from '../../../pipeline/stats/adjacency.ts';

describe('pairStats', () => {
  it('matches hand-computed lift, PMI and NPMI', () => {
    // p(a) = 0.02, p(b) = 0.05, p(ab) = 0.01: lift 10, pmi log2 10, npmi = log2 10 / log2 100 = 0.5
    const s = pairStats(10, 20, 50, 1000);
    expect(s.lift).toBeCloseTo(10, 12);
    expect(s.pmi).toBeCloseTo(Math.log2(10), 12);
    expect(s.npmi).toBeCloseTo(0.5, 12);
    expect(pairStats(1, 10, 100, 1000).lift).toBeCloseTo(1, 12); // independent
    expect(pairStats(1, 10, 100, 1000).npmi).toBeCloseTo(0, 12);
    expect(pairStats(0, 10, 100, 1000)).toEqual({ lift: 0, pmi: -Infinity, npmi: -1 });
  });
  it('rejects impossible counts, naming the parameter', () => {
    expect(() => pairStats(30, 20, 50, 1000)).toThrow(/nBoth/);
    expect(() => pairStats(1, 0, 50, 1000)).toThrow(/nA/);
  });
});

describe('pairTable', () => {
  it('emits both directions above the minimum support', () => {
    const rows = pairTable(
      [
        { a: 'react', b: 'typescript', n_both: 10 },
        { a: 'react', b: 'cobol', n_both: 2 },
      ],
      new Map([
        ['react', 20],
        ['typescript', 50],
        ['cobol', 5],
      ]),
      1000,
      5,
    );
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({
      skill_id: 'typescript',
      related_id: 'react',
      n_skill: 50,
      n_related: 20,
      n_both: 10,
    });
    expect(rows[1]!.lift).toBeCloseTo(10, 12);
  });
});
