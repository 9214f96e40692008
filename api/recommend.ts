/**
 * Ranks "next skills to build" for someone who has a set of skills (POST /recommendations).
 * Four components, each in 0..1, combined with fixed weights:
 *   adjacency  = max over owned skills h of max(0, npmi(h, c))      (co-occurs with what you have)
 *   demand     = demand score / 100                                   (fct_demand_scores, scope all)
 *   growth     = 0.5 + 0.5 tanh(growth_12m)                           (0.5 when unknown)
 *   durability = 1 rising, 0.75 stable, 0.5 insufficient data / none, 0.25 min(1, half-life / 60) declining
 *   score      = 0.35 adjacency + 0.30 demand + 0.20 growth + 0.15 durability
 * A pure function on arrays; pipeline/stats has no recommender yet (when it gets one, the route calls it).
 */
export interface Candidate {
  id: string;
  /** npmi with each owned skill it co-occurs with (owned id -> npmi), plus postings shared. */
  links: { with: string; npmi: number | null; lift: number; shared: number }[];
  demand_score: number | null;
  growth_12m: number | null;
  status: string | null;
  half_life_months: number | null;
}

export interface Recommendation {
  id: string;
  score: number;
  why: { adjacency: number; demand: number; growth: number; durability: number; with: string[] };
}

export const weights = { adjacency: 0.35, demand: 0.3, growth: 0.2, durability: 0.15 } as const;

export function durability(status: string | null, halfLife: number | null): number {
  if (status === 'rising') return 1;
  if (status === 'stable') return 0.75;
  if (status === 'declining') return 0.25 * Math.min(1, Math.max(0, halfLife ?? 0) / 60);
  return 0.5;
}

export function recommend(candidates: Candidate[], have: Set<string>, limit: number): Recommendation[] {
  const out: Recommendation[] = [];
  for (const c of candidates) {
    if (have.has(c.id)) continue;
    const links = c.links.filter((l) => have.has(l.with));
    const adjacency = Math.min(1, Math.max(0, ...links.map((l) => l.npmi ?? (l.lift > 1 ? 1 - 1 / l.lift : 0))));
    const demand = Math.min(1, Math.max(0, (c.demand_score ?? 0) / 100));
    const growth = c.growth_12m === null || !Number.isFinite(c.growth_12m) ? 0.5 : 0.5 + 0.5 * Math.tanh(c.growth_12m);
    const dur = durability(c.status, c.half_life_months);
    const score = weights.adjacency * adjacency + weights.demand * demand + weights.growth * growth + weights.durability * dur;
    const strength = (l: Candidate['links'][number]) => l.npmi ?? (l.lift > 1 ? 1 - 1 / l.lift : 0);
    const withIds = links.filter((l) => strength(l) > 0).sort((a, b) => strength(b) - strength(a)).map((l) => l.with);
    out.push({ id: c.id, score: Math.round(score * 1e4) / 1e4, why: { adjacency, demand, growth, durability: dur, with: withIds } });
  }
  return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
}
