import { describe, expect, it } from 'vitest';
import { gapAnalysis, payComponent, type GapData } from '../../../pipeline/stats/gaps.ts';

const data: GapData = {
  skills: [
    { skill_id: 'react', label: 'React' },
    { skill_id: 'typescript', label: 'TypeScript' },
    { skill_id: 'jquery', label: 'jQuery' },
    { skill_id: 'kubernetes', label: 'Kubernetes' },
    { skill_id: 'cobol', label: 'COBOL' },
  ],
  pairs: [
    { skill_id: 'react', related_id: 'typescript', n_both: 31, n_skill: 100, lift: 2.4, npmi: 0.4 },
    { skill_id: 'react', related_id: 'jquery', n_both: 20, n_skill: 100, lift: 1.5, npmi: 0.4 },
  ],
  scores: [
    { skill_id: 'typescript', score: 60 },
    { skill_id: 'jquery', score: 60 },
    { skill_id: 'react', score: 90 },
    { skill_id: 'kubernetes', score: 50 },
  ],
  halfLife: [{ skill_id: 'react', status: 'stable', half_life_months: null, doubling_time_months: null }],
  trends: [],
  pay: [
    { skill_id: 'typescript', ratio: 1.1, lo: 1.02, hi: 1.19, n_with: 45 },
    { skill_id: 'jquery', ratio: 0.9, lo: 0.85, hi: 0.96, n_with: 40 },
  ],
};

describe('gapAnalysis', () => {
  const r = gapAnalysis(['react'], data);
  it('lists the covered skills with demand and durability status', () => {
    expect(r.covered).toEqual([
      { id: 'react', label: 'React', demand_score: 90, status: 'stable', half_life_months: null },
    ]);
  });
  it('breaks a tie in adjacency and demand by the pay premium, and leaves out skills without demand', () => {
    expect(r.gaps.map((g) => g.id)).toEqual(['typescript', 'jquery', 'kubernetes']);
    // the pay term is exactly 10 * pay' on top of the planner's score: compare with the same data without pay
    const noPay = gapAnalysis(['react'], { ...data, pay: [] });
    const base = (id: string) => noPay.gaps.find((g) => g.id === id)!.score;
    expect(r.gaps[0]!.score - base('typescript')).toBeCloseTo(10 * payComponent(1.1) - 10 * payComponent(null), 9);
    expect(r.gaps[1]!.score - base('jquery')).toBeCloseTo(10 * payComponent(0.9) - 10 * payComponent(null), 9);
    expect(payComponent(1.1)).toBeGreaterThan(payComponent(0.9));
    expect(r.gaps.find((g) => g.id === 'cobol')).toBeUndefined();
  });
  it('gives the pay premium as a reason with its interval', () => {
    expect(r.gaps[0]!.why).toContain(
      'advertised pay 10% above comparable postings (90% interval +2%..+19%, 45 postings with pay)',
    );
    expect(payComponent(null)).toBe(0.5);
    expect(payComponent(1)).toBe(0.5);
  });
});
