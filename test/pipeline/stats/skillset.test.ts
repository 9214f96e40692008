import { describe, expect, it } from 'vitest';
import { skillSetHalfLife } from '../../../pipeline/stats/skillset.ts';

const years = [2018, 2019, 2020, 2021, 2022, 2023];
const totals = years.map((year, k) => ({ year, total: 1000 + 200 * k }));

describe('skillSetHalfLife', () => {
  it('recovers a known half-life of the base-year skill set (new skills do not count)', () => {
    const counts = years.flatMap((year, k) => [
      { skill_id: 'a', year, postings: 0.1 * (1000 + 200 * k) * 2 ** (-k / 2) },
      { skill_id: 'b', year, postings: 0.05 * (1000 + 200 * k) * 2 ** (-k / 2) },
      { skill_id: 'new', year, postings: k === 0 ? 0 : 50 * k },
    ]);
    const r = skillSetHalfLife(counts, totals);
    expect(r.base_year).toBe(2018);
    expect(r.n_skills).toBe(2);
    expect(r.status).toBe('declining');
    expect(r.half_life_months).toBeCloseTo(24, 6);
    expect(r.remaining[2]).toEqual({ years: 2, remaining: expect.closeTo(0.5, 9) });
    expect(r.ci_low!).toBeLessThanOrEqual(24);
  });
  it('with cap, one skill growing does not hide another vanishing', () => {
    const counts = years.flatMap((year, k) => [
      { skill_id: 'grows', year, postings: (1000 + 200 * k) * 0.1 * (1 + k) },
      { skill_id: 'gone', year, postings: k === 0 ? 100 : 0 },
    ]);
    expect(skillSetHalfLife(counts, totals).remaining[1]!.remaining).toBeCloseTo(1, 9); // 240/1200 vs 200/1000
    const capped = skillSetHalfLife(counts, totals, { cap: true });
    expect(capped.remaining[3]!.remaining).toBeCloseTo(0.5, 9); // 'grows' held at 10%, 'gone' 0, of 20%
    expect(capped.method).toContain('capped');
  });
  it('says insufficient_data with too few years', () => {
    const r = skillSetHalfLife([{ skill_id: 'a', year: 2018, postings: 100 }], totals.slice(0, 3));
    expect(r.status).toBe('insufficient_data');
    expect(r.remaining).toHaveLength(3);
  });
});
