/**
 * Skill-set half-life (fct_category_half_life), the Deming-Noray turnover view: of the demand that a
 * category's skills had in a base year, how much remains k years later.
 *   remaining(k) = sum_s x_s(Y0 + k) / N(Y0 + k)  /  sum_s x_s(Y0) / N(Y0)     over skills s with x_s(Y0) > 0
 * (x = postings naming the skill, N = all postings of the year; skills new after Y0 do not count). With
 * cap = true each skill counts at most at its base-year share, so one skill's growth cannot hide another's
 * decay. The yearly sums are fitted with the quasi-Poisson log-linear model of glm.ts (exposure N):
 * half-life = 12 ln 2 / -rate months, profile-likelihood interval. Method: docs/half-life.md.
 */
import { fitLogLinear } from './glm.ts';
import { StatsInputError } from './types.ts';

export interface SkillYearCount {
  skill_id: string;
  year: number;
  postings: number;
}
export interface YearTotal {
  year: number;
  total: number;
}
export interface SkillSetOptions {
  /** Default: the first year in `totals` with a total > 0. */
  baseYear?: number;
  /** Default 0.01. */
  alpha?: number;
  /** Default 0.9. */
  level?: number;
  /** Minimum years from the base year on (inclusive). Default 4. */
  minYears?: number;
  /** Minimum base-year mentions of the set. Default 30. */
  minMentions?: number;
  cap?: boolean;
}

export interface SkillSetResult {
  base_year: number;
  status: 'declining' | 'rising' | 'stable' | 'insufficient_data';
  half_life_months: number | null;
  ci_low: number | null;
  ci_high: number | null;
  doubling_time_months: number | null;
  /** Yearly log-rate of the base-year skills' combined share. */
  rate: number | null;
  p_value: number | null;
  n_skills: number;
  remaining: { years: number; remaining: number }[];
  method: string;
}

export function skillSetHalfLife(
  counts: SkillYearCount[],
  totals: YearTotal[],
  opts: SkillSetOptions = {},
): SkillSetResult {
  const total = new Map<number, number>();
  totals.forEach((t, i) => {
    if (!Number.isInteger(t.year))
      throw new StatsInputError(`totals[${i}].year`, `expected an integer year, got ${t.year}`);
    if (!(t.total >= 0)) throw new StatsInputError(`totals[${i}].total`, `expected a count >= 0, got ${t.total}`);
    total.set(t.year, t.total);
  });
  const years = [...total.keys()].filter((y) => total.get(y)! > 0).sort((a, b) => a - b);
  const baseYear = opts.baseYear ?? years[0];
  const method = opts.cap ? 'skill_set_remaining_capped_quasi_poisson' : 'skill_set_remaining_quasi_poisson';
  const empty: SkillSetResult = {
    base_year: baseYear ?? NaN,
    status: 'insufficient_data',
    half_life_months: null,
    ci_low: null,
    ci_high: null,
    doubling_time_months: null,
    rate: null,
    p_value: null,
    n_skills: 0,
    remaining: [],
    method,
  };
  if (baseYear === undefined || !(total.get(baseYear)! > 0)) return empty;
  const bySkill = new Map<string, Map<number, number>>();
  counts.forEach((c, i) => {
    if (!(c.postings >= 0))
      throw new StatsInputError(
        `counts[${i}].postings`,
        `expected a count >= 0, got ${c.postings} (skill ${c.skill_id}, year ${c.year})`,
      );
    const m = bySkill.get(c.skill_id) ?? new Map<number, number>();
    m.set(c.year, (m.get(c.year) ?? 0) + c.postings);
    bySkill.set(c.skill_id, m);
  });
  const base = [...bySkill.entries()].filter(([, m]) => (m.get(baseYear) ?? 0) > 0);
  const later = years.filter((y) => y >= baseYear);
  const N0 = total.get(baseYear)!;
  const y = later.map((yr) => {
    const N = total.get(yr)!;
    return base.reduce((s, [, m]) => {
      const x = m.get(yr) ?? 0;
      return s + (opts.cap ? Math.min(x, ((m.get(baseYear) ?? 0) / N0) * N) : x);
    }, 0);
  });
  const E = later.map((yr) => total.get(yr)!);
  const s0 = y[0]! / E[0]!;
  const remaining = later.map((yr, k) => ({ years: yr - baseYear, remaining: s0 > 0 ? y[k]! / E[k]! / s0 : 0 }));
  const out: SkillSetResult = { ...empty, base_year: baseYear, n_skills: base.length, remaining };
  if (later.length < (opts.minYears ?? 4) || y[0]! < (opts.minMentions ?? 30)) return out;
  const fit = fitLogLinear(
    y,
    E,
    later.map((yr) => yr - baseYear),
    opts.level ?? 0.9,
  );
  const alpha = opts.alpha ?? 0.01;
  out.rate = fit.b;
  out.p_value = fit.p_value;
  if (fit.b < 0 && fit.p_value < alpha) {
    return {
      ...out,
      status: 'declining',
      half_life_months: (12 * Math.LN2) / -fit.b,
      ci_low: (12 * Math.LN2) / -fit.ci_low,
      ci_high: fit.ci_high < 0 ? (12 * Math.LN2) / -fit.ci_high : null,
    };
  }
  if (fit.b > 0 && fit.p_value < alpha)
    return { ...out, status: 'rising', doubling_time_months: (12 * Math.LN2) / fit.b };
  return { ...out, status: 'stable' };
}
