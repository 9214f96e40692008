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
  scores: [
    { skill_id: 'typescript', score: 78 },
    { skill_id: 'jquery', score: 40 },
    { skill_id: 'cobol', score: 10 },
    { skill_id: 'react', score: 90 },
  ],
  halfLife: [
    { skill_id: 'typescript', status: 'stable', half_life_months: null, doubling_time_months: null },
    { skill_id: 'jquery', status: 'declining', half_life_months: 30, doubling_time_months: null },
  ],
  trends: [
    { skill_id: 'typescript', growth_12m: 0.4 },
    { skill_id: 'jquery', growth_12m: -0.2 },
  ],
};

describe('recommend', () => {
  const recs = recommend(['react'], data);
  it('ranks the adjacent, in-demand, durable skill first and leaves out what the provider covers', () => {
    expect(recs.map((r) => r.skill_id)).toEqual(['typescript', 'jquery', 'cobol']);
    // adjacency sqrt(P(ts | react) npmi) = sqrt(0.31 * 0.4); 100 * (0.4 adj + 0.3 * 0.78 + 0.15 * (1 + tanh 0.4) / 2 + 0.15 * 0.8)
    expect(recs[0]!.adjacency).toBeCloseTo(Math.sqrt(0.31 * 0.4), 12);
    expect(recs[0]!.score).toBeCloseTo(
      100 * (0.4 * Math.sqrt(0.124) + 0.234 + (0.15 * (1 + Math.tanh(0.4))) / 2 + 0.12),
      9,
    );
  });
  it('gives its reasons in plain words', () => {
    expect(recs[0]!.reasons).toEqual([
      'appears in 31% of postings that ask for React (lift 2.4)',
      'demand score 78/100',
      'share up 40% (12 months with data vs the 12 before)',
    ]); // 'stable' over the long run is not said next to +40% in the last year
    expect(recs[1]!.reasons).toContain(
      'declining over the long run: share halves about every 30 months since its peak',
    );
  });
  it('accepts labels, ignores unknown skills and honours the limit', () => {
    expect(recommend(['REACT', 'nope'], data, 1).map((r) => r.skill_id)).toEqual(['typescript']);
  });
});

describe('coherent reasons', () => {
  const base: RecommendData = {
    skills: [
      { skill_id: 'excel', label: 'Excel' },
      { skill_id: 'spreadsheets', label: 'Spreadsheets' },
      { skill_id: 'rare', label: 'Rare' },
    ],
    pairs: [
      { skill_id: 'excel', related_id: 'spreadsheets', n_both: 38, n_skill: 100, lift: 35, npmi: 0.5 },
      { skill_id: 'excel', related_id: 'rare', n_both: 1, n_skill: 200, lift: 90, npmi: 0.6 }, // 0.5% co-occurrence
    ],
    scores: [
      { skill_id: 'spreadsheets', score: 77 },
      { skill_id: 'rare', score: 50 },
    ],
    halfLife: [
      {
        skill_id: 'spreadsheets',
        status: 'rising',
        half_life_months: null,
        doubling_time_months: 62,
        segment_start: '2019-03',
      },
    ],
    trends: [{ skill_id: 'spreadsheets', growth_12m: 0.3, yoy: -0.11, year_from: '2024-12', year_to: '2026-01' }],
  };
  it('never says "rising" next to a share that fell over the window it cites', () => {
    const r = recommend(['excel'], base).find((x) => x.skill_id === 'spreadsheets')!;
    expect(r.reasons).toEqual([
      'appears in 38% of postings that ask for Excel (lift 35.0)',
      'demand score 77/100',
      'share down 11% (12 months with data to 2026-01 vs the 12 before)',
    ]);
    expect(r.growth).toBe(-0.11); // the number in the sentence is the number in the score
  });
  it('says the long-run direction when it agrees with the window', () => {
    const up = { ...base, trends: [{ skill_id: 'spreadsheets', growth_12m: 0.3, yoy: 0.2, year_to: '2026-01' }] };
    expect(recommend(['excel'], up).find((x) => x.skill_id === 'spreadsheets')!.reasons).toContain(
      'rising over the long run: share doubles about every 62 months since 2019-03',
    );
  });
  it('does not cite (or count) a pair under 1% co-occurrence', () => {
    const r = recommend(['excel'], base).find((x) => x.skill_id === 'rare')!;
    expect(r.adjacency).toBe(0);
    expect(r.reasons.some((x) => x.startsWith('appears in'))).toBe(false);
  });
});
