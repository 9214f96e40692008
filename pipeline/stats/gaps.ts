/**
 * Program gap check (docs/credentials.md): the skills a program text covers, and the skills it misses ranked by
 * value. The ranking is the planner's (recommend.ts) with the pay premium added where it is known:
 *   score = 100 * (0.36 adjacency + 0.27 demand / 100 + 0.135 growth' + 0.135 durability' + 0.10 pay')
 *   pay' = (1 + tanh(5 ln ratio)) / 2 when the premium is known (n >= 30), else 0.5 (neutral).
 * Pure: the caller hands in the per-build tables.
 */
import { recommend, type RecommendData } from './recommend.ts';
import type { HalfLifeStatus } from './halflife.ts';

export interface GapData extends RecommendData {
  /** fct_skill_pay rows with a premium (n_with >= 30). */
  pay: { skill_id: string; ratio: number; lo: number; hi: number; n_with: number }[];
}

export interface Covered {
  id: string;
  label: string;
  demand_score: number | null;
  status: HalfLifeStatus | 'insufficient_data';
  half_life_months: number | null;
}
export interface Gap {
  id: string;
  label: string;
  score: number;
  demand: number;
  adjacency: number;
  growth: number | null;
  durability: number | null;
  pay_premium: number | null;
  why: string[];
}

const pct = (v: number) => `${Math.round(v * 100)}%`;

export function payComponent(ratio: number | null): number {
  return ratio === null ? 0.5 : (1 + Math.tanh(5 * Math.log(ratio))) / 2;
}

/** `covered`: skill ids found in the program; `candidates` limits the gaps (e.g. skills with a demand score). */
export function gapAnalysis(
  covered: readonly string[],
  data: GapData,
  limit = 20,
): { covered: Covered[]; gaps: Gap[] } {
  const label = new Map(data.skills.map((s) => [s.skill_id, s.label]));
  const score = new Map(data.scores.map((s) => [s.skill_id, s.score]));
  const hl = new Map(data.halfLife.map((h) => [h.skill_id, h]));
  const pay = new Map(data.pay.map((p) => [p.skill_id, p]));
  const have = [...new Set(covered)];
  const cov: Covered[] = have.map((id) => {
    const h = hl.get(id);
    return {
      id,
      label: label.get(id) ?? id,
      demand_score: score.get(id) ?? null,
      status: h?.status ?? 'insufficient_data',
      half_life_months: h?.half_life_months ?? null,
    };
  });
  cov.sort((a, b) => (b.demand_score ?? -1) - (a.demand_score ?? -1) || (a.id < b.id ? -1 : 1));
  // only skills postings ask for (a demand score in the scope) are gaps
  const scored = new Set(score.keys());
  const ranked = recommend(
    have,
    { ...data, skills: data.skills.filter((s) => scored.has(s.skill_id)) },
    Number.MAX_SAFE_INTEGER,
  );
  const gaps: Gap[] = ranked.map((r) => {
    const p = pay.get(r.skill_id) ?? null;
    const why = [...r.reasons];
    if (p) {
      const d = p.ratio - 1;
      why.push(
        `advertised pay ${pct(Math.abs(d))} ${d >= 0 ? 'above' : 'below'} comparable postings (90% interval ${p.lo - 1 >= 0 ? '+' : ''}${pct(p.lo - 1)}..${p.hi - 1 >= 0 ? '+' : ''}${pct(p.hi - 1)}, ${p.n_with} postings with pay)`,
      );
    }
    const total = 0.9 * r.score + 10 * payComponent(p?.ratio ?? null);
    return {
      id: r.skill_id,
      label: r.label,
      score: total,
      demand: r.demand,
      adjacency: r.adjacency,
      growth: r.growth,
      durability: r.durability,
      pay_premium: p?.ratio ?? null,
      why,
    };
  });
  gaps.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  return { covered: cov, gaps: gaps.slice(0, limit) };
}
