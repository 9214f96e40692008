/**
 * Demand score 0-100 (fct_demand_scores): a weighted mean of three soft percentile ranks, of
 * current share (log scale), of growth shrunk toward 0 by evidence, and of breadth (distinct employers,
 * log scale). Formula and rationale: docs/demand-score.md.
 */
import { normalCdf } from './special.ts';
import { StatsInputError } from './types.ts';

export interface DemandInput {
  skill_id: string;
  share: number;
  growth: number | null;
  breadth: number;
  postings: number;
}
export interface DemandScore {
  skill_id: string;
  score: number;
  rank: number;
  share_component: number;
  growth_component: number;
  breadth_component: number;
  /** Growth after shrinkage toward 0: growth * postings / (postings + growthPrior). */
  growth_shrunk: number;
}

export interface DemandOptions {
  /** Weights of share, growth and breadth (normalized to sum 1). Default 0.5, 0.25, 0.25. */
  weights?: { share: number; growth: number; breadth: number };
  /** Postings at which growth keeps half its value. Default 100. */
  growthPrior?: number;
  /** Softness of the ranks: differences of this size count as a 84/16 comparison. Defaults: 0.1 on ln share, 0.05 on growth, 0.1 on ln breadth. */
  tau?: { share: number; growth: number; breadth: number };
}

/**
 * Soft percentile rank: for each value, the mean over the other values of Phi((x_i - x_j) / tau), in [0, 1].
 * Continuous in the data (a small change moves it a little), unlike a hard rank. O(n log n + n k).
 */
export function softRanks(values: number[], tau: number): number[] {
  const n = values.length;
  if (n <= 1) return values.map(() => 0.5);
  const sorted = values.slice().sort((a, b) => a - b);
  const lowerBound = (v: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return values.map((x) => {
    const from = lowerBound(x - 6 * tau);
    const to = lowerBound(x + 6 * tau);
    let s = from; // all values far below count fully
    for (let j = from; j < to; j++) s += normalCdf((x - sorted[j]!) / tau);
    s -= normalCdf(0); // the value itself
    return Math.min(1, Math.max(0, s / (n - 1)));
  });
}

export function demandScores(rows: DemandInput[], opts: DemandOptions = {}): DemandScore[] {
  const w = opts.weights ?? { share: 0.5, growth: 0.25, breadth: 0.25 };
  const wsum = w.share + w.growth + w.breadth;
  if (!(wsum > 0) || w.share < 0 || w.growth < 0 || w.breadth < 0)
    throw new StatsInputError('weights', 'expected non-negative weights with a positive sum');
  const prior = opts.growthPrior ?? 100;
  const tau = opts.tau ?? { share: 0.1, growth: 0.05, breadth: 0.1 };
  rows.forEach((r, i) => {
    if (!(r.share >= 0 && r.share <= 1))
      throw new StatsInputError(
        `rows[${i}].share`,
        `expected a fraction in [0, 1], got ${r.share} (skill ${r.skill_id})`,
      );
    if (!(r.breadth >= 0)) throw new StatsInputError(`rows[${i}].breadth`, `expected a count >= 0, got ${r.breadth}`);
    if (!(r.postings >= 0))
      throw new StatsInputError(`rows[${i}].postings`, `expected a count >= 0, got ${r.postings}`);
    if (r.growth !== null && !Number.isFinite(r.growth))
      throw new StatsInputError(`rows[${i}].growth`, `expected a finite number or null, got ${r.growth}`);
  });
  const shrunk = rows.map((r) => (r.growth === null ? 0 : (r.growth * r.postings) / (r.postings + prior)));
  const sc = softRanks(
    rows.map((r) => Math.log(r.share + 1e-5)),
    tau.share,
  );
  const gc = softRanks(shrunk, tau.growth);
  const bc = softRanks(
    rows.map((r) => Math.log1p(r.breadth)),
    tau.breadth,
  );
  const out = rows.map((r, i) => ({
    skill_id: r.skill_id,
    score: (100 * (w.share * sc[i]! + w.growth * gc[i]! + w.breadth * bc[i]!)) / wsum,
    rank: 0,
    share_component: 100 * sc[i]!,
    growth_component: 100 * gc[i]!,
    breadth_component: 100 * bc[i]!,
    growth_shrunk: shrunk[i]!,
    share: r.share,
  }));
  out.sort((a, b) => b.score - a.score || b.share - a.share || (a.skill_id < b.skill_id ? -1 : 1));
  return out.map(({ share: _share, ...rest }, i) => ({ ...rest, rank: i + 1 }));
}
