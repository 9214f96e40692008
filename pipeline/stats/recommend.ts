/**
 * "What to build next" for credential providers: rank skills a provider does not cover yet by adjacency to
 * what it covers, demand, growth and durability, each with its reasons in plain words.
 *   score = 100 * (0.4 adjacency + 0.3 demand / 100 + 0.15 growth' + 0.15 durability')
 *   adjacency = max over covered skills h of max(0, npmi(h, c)); growth' = (1 + tanh(growth_12m)) / 2 (0.5 when
 *   unknown); durability' = 1 rising, 0.8 stable, 0.6 * hl / (hl + 36) declining, 0.5 unknown.
 */
import type { HalfLifeStatus } from './halflife.ts';

export interface RecommendData {
  skills: { skill_id: string; label: string }[];
  /** fct_skill_pairs rows (both directions). */
  pairs: { skill_id: string; related_id: string; n_both: number; n_skill: number; lift: number; npmi: number }[];
  scores: { skill_id: string; score: number }[];
  halfLife: { skill_id: string; status: HalfLifeStatus; half_life_months: number | null; doubling_time_months: number | null }[];
  trends: { skill_id: string; growth_12m: number | null }[];
}

export interface Recommendation {
  skill_id: string;
  label: string;
  score: number;
  adjacency: number;
  demand: number;
  growth: number | null;
  durability: number | null;
  reasons: string[];
}

const pct = (v: number) => `${Math.round(v * 100)}%`;

/** `have` holds skill ids or labels (case-insensitive); unknown entries are ignored. */
export function recommend(have: string[], data: RecommendData, limit = 10): Recommendation[] {
  const byLabel = new Map(data.skills.map((s) => [s.label.toLowerCase(), s.skill_id]));
  const ids = new Set(data.skills.map((s) => s.skill_id));
  const covered = new Set(have.map((h) => (ids.has(h) ? h : byLabel.get(h.toLowerCase()))).filter((x): x is string => !!x));
  const label = new Map(data.skills.map((s) => [s.skill_id, s.label]));
  const score = new Map(data.scores.map((s) => [s.skill_id, s.score]));
  const hl = new Map(data.halfLife.map((h) => [h.skill_id, h]));
  const growth = new Map(data.trends.map((t) => [t.skill_id, t.growth_12m]));
  const best = new Map<string, RecommendData['pairs'][number]>();
  for (const p of data.pairs) {
    if (!covered.has(p.skill_id) || covered.has(p.related_id)) continue;
    const cur = best.get(p.related_id);
    if (!cur || p.npmi > cur.npmi) best.set(p.related_id, p);
  }
  const out: Recommendation[] = [];
  for (const s of data.skills) {
    if (covered.has(s.skill_id)) continue;
    const reasons: string[] = [];
    const pair = best.get(s.skill_id);
    const adjacency = pair ? Math.max(0, pair.npmi) : 0;
    if (pair && pair.lift > 1) {
      reasons.push(`appears in ${pct(pair.n_both / pair.n_skill)} of postings that ask for ${label.get(pair.skill_id) ?? pair.skill_id} (lift ${pair.lift.toFixed(1)})`);
    }
    const demand = score.get(s.skill_id) ?? 0;
    reasons.push(`demand score ${Math.round(demand)}/100`);
    const g = growth.get(s.skill_id) ?? null;
    if (g !== null) reasons.push(Math.abs(g) < 0.05 ? 'share flat over 12 months' : `share ${g > 0 ? 'up' : 'down'} ${pct(Math.abs(g))} over 12 months`);
    const h = hl.get(s.skill_id);
    let durability: number | null = null;
    if (h?.status === 'rising') {
      durability = 1;
      reasons.push(h.doubling_time_months ? `rising: share doubles about every ${Math.round(h.doubling_time_months)} months` : 'rising');
    } else if (h?.status === 'stable') {
      durability = 0.8;
      reasons.push('no significant decline since its peak');
    } else if (h?.status === 'declining' && h.half_life_months !== null) {
      durability = (0.6 * h.half_life_months) / (h.half_life_months + 36);
      reasons.push(`declining: share halves about every ${Math.round(h.half_life_months)} months since its peak`);
    }
    const total = 100 * (0.4 * adjacency + (0.3 * demand) / 100 + 0.15 * (g === null ? 0.5 : (1 + Math.tanh(g)) / 2) + 0.15 * (durability ?? 0.5));
    out.push({ skill_id: s.skill_id, label: s.label, score: total, adjacency, demand, growth: g, durability, reasons });
  }
  out.sort((a, b) => b.score - a.score || (a.skill_id < b.skill_id ? -1 : 1));
  return out.slice(0, limit);
}
