import { describe, expect, it } from 'vitest';
import { recommend, type RecommendData } from '../../../pipeline/stats/recommend.ts';

const data: RecommendData = {
  skills: [
    { skill_id: 'react', label: 'React' },
    { skill_id: 'typescript', label: 'TypeScript' },
    { skill_id: 'jquery', label: 'jQuery' },
    { skill_id: 'cobol', label: 'COBOL' },
  ],
  pairs: [
    { skill_id: 'react', related_id: 'typescript', n_both: 31, n_skill: 100, lift: 2.4, npmi: 0.4 },
    { skill_id: 'react', related_id: 'jquery', n_both: 20, n_skill: 100, lift: 1.5, npmi: 0.3 },
    { skill_id: 'typescript', related_id: 'react', n_both: 31, n_skill: 80, lift: 2.4, npmi: 0.4 },
  ],
  scores: [{ skill_id: 'typescript', score: 78 }, { skill_id: 'jquery', score: 40 }, { skill_id: 'cobol', score: 10 }, { skill_id: 'react', score: 90 }],
  halfLife: [
    { skill_id: 'typescript', status: 'stable', half_life_months: null, doubling_time_months: null },
    { skill_id: 'jquery', status: 'declining', half_life_months: 30, doubling_time_months: null },
  ],
  trends: [{ skill_id: 'typescript', growth_12m: 0.4 }, { skill_id: 'jquery', growth_12m: -0.2 }],
};

describe('recommend', () => {
  const recs = recommend(['react'], data);
  it('ranks the adjacent, in-demand, durable skill first and leaves out what the provider covers', () => {
    expect(recs.map((r) => r.skill_id)).toEqual(['typescript', 'jquery', 'cobol']);
    // 100 * (0.4 * 0.4 + 0.3 * 0.78 + 0.15 * (1 + tanh 0.4) / 2 + 0.15 * 0.8)
    expect(recs[0]!.score).toBeCloseTo(100 * (0.16 + 0.234 + (0.15 * (1 + Math.tanh(0.4))) / 2 + 0.12), 9);
  });
  it('gives its reasons in plain words', () => {
    expect(recs[0]!.reasons).toEqual([
      'appears in 31% of postings that ask for React (lift 2.4)',
      'demand score 78/100',
      'share up 40% over 12 months',
      'no significant decline since its peak',
    ]);
    expect(recs[1]!.reasons).toContain('declining: share halves about every 30 months since its peak');
  });
  it('accepts labels, ignores unknown skills and honours the limit', () => {
    expect(recommend(['REACT', 'nope'], data, 1).map((r) => r.skill_id)).toEqual(['typescript']);
  });
});
