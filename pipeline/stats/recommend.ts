/**
 * "What to build next" for credential providers: rank skills a provider does not cover yet by adjacency to
 * what it covers, demand, growth and durability, each with its reasons in plain words.
 *   score = 100 * (0.4 adjacency + 0.3 demand / 100 + 0.15 growth' + 0.15 durability')
 *   adjacency = max over covered skills h of sqrt(P(c | h) * max(0, npmi(h, c))), over pairs with
 *   P(c | h) >= 1% (npmi on employers, docs/half-life.md "Adjacency"): a skill that often comes with h AND is
 *   associated with it beats a rare skill with a high lift; growth' = (1 + tanh(growth)) / 2 (0.5 when unknown),
 *   growth = pooled share of the last 12 months with data / the 12 before - 1;
 *   durability' = 1 rising, 0.9 recovering, 0.8 stable, 0.6 * hl / (hl + 36) declining, 0.5 unknown.
 * Reasons: one window and one number per sentence; the long-run sentence (rising / declining since ...) is
 * given only when its direction agrees with the 12-month change, so the two cannot contradict.
 */
import type { HalfLifeStatus } from './halflife.ts';

export interface RecommendData {
  skills: { skill_id: string; label: string }[];
  /** fct_skill_pairs rows (both directions). */
  pairs: { skill_id: string; related_id: string; n_both: number; n_skill: number; lift: number; npmi: number }[];
  scores: { skill_id: string; score: number }[];
  halfLife: {
    skill_id: string;
    status: HalfLifeStatus;
    half_life_months: number | null;
    doubling_time_months: number | null;
    peak_period?: string | null;
    trough_period?: string | null;
    segment_start?: string | null;
  }[];
  /** growth: pooled 12-vs-12 change (yoy); year_from/year_to: the 12 months with data it ends on. */
  trends: {
    skill_id: string;
    growth_12m: number | null;
    yoy?: number | null;
    year_from?: string | null;
    year_to?: string | null;
  }[];
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

/** A pair is cited (and counts as adjacency) only when the candidate appears in at least this share of the covered skill's postings. */
export const MIN_COOCCURRENCE = 0.01;
/** |growth| below this is "flat". */
const FLAT = 0.05;

const pct = (v: number) => `${Math.round(v * 100)}%`;

function trendSentence(g: number, t: RecommendData['trends'][number] | undefined): string {
  const span = t?.year_to
    ? ` (12 months with data to ${t.year_to} vs the 12 before)`
    : ' (12 months with data vs the 12 before)';
  return Math.abs(g) < FLAT ? `share flat${span}` : `share ${g > 0 ? 'up' : 'down'} ${pct(Math.abs(g))}${span}`;
}

/** `have` holds skill ids or labels (case-insensitive); unknown entries are ignored. */
export function recommend(have: string[], data: RecommendData, limit = 10): Recommendation[] {
  const byLabel = new Map(data.skills.map((s) => [s.label.toLowerCase(), s.skill_id]));
  const ids = new Set(data.skills.map((s) => s.skill_id));
  const covered = new Set(
    have.map((h) => (ids.has(h) ? h : byLabel.get(h.toLowerCase()))).filter((x): x is string => !!x),
  );
  const label = new Map(data.skills.map((s) => [s.skill_id, s.label]));
  const score = new Map(data.scores.map((s) => [s.skill_id, s.score]));
  const hl = new Map(data.halfLife.map((h) => [h.skill_id, h]));
  const trend = new Map(data.trends.map((t) => [t.skill_id, t]));
  const best = new Map<string, { pair: RecommendData['pairs'][number]; adj: number }>();
  for (const p of data.pairs) {
    if (!covered.has(p.skill_id) || covered.has(p.related_id) || !(p.n_skill > 0)) continue;
    const conf = p.n_both / p.n_skill;
    if (conf < MIN_COOCCURRENCE || !(p.lift > 1)) continue;
    const adj = Math.sqrt(conf * Math.max(0, p.npmi));
    const cur = best.get(p.related_id);
    if (!cur || adj > cur.adj) best.set(p.related_id, { pair: p, adj });
  }
  const out: Recommendation[] = [];
  for (const s of data.skills) {
    if (covered.has(s.skill_id)) continue;
    const reasons: string[] = [];
    const b = best.get(s.skill_id);
    const adjacency = b ? b.adj : 0;
    if (b)
      reasons.push(
        `appears in ${pct(b.pair.n_both / b.pair.n_skill)} of postings that ask for ${label.get(b.pair.skill_id) ?? b.pair.skill_id} (lift ${b.pair.lift.toFixed(1)})`,
      );
    const demand = score.get(s.skill_id) ?? 0;
    reasons.push(`demand score ${Math.round(demand)}/100`);
    const t = trend.get(s.skill_id);
    const g = t ? ((t.yoy !== undefined ? t.yoy : t.growth_12m) ?? null) : null;
    if (g !== null) reasons.push(trendSentence(g, t));
    const h = hl.get(s.skill_id);
    let durability: number | null = null;
    const agrees = (dir: 1 | -1) => g === null || dir * g > -FLAT;
    if (h?.status === 'rising') {
      durability = 1;
      if (agrees(1))
        reasons.push(
          h.doubling_time_months
            ? `rising over the long run: share doubles about every ${Math.round(h.doubling_time_months)} months${h.segment_start ? ` since ${h.segment_start}` : ''}`
            : 'rising over the long run',
        );
    } else if (h?.status === 'recovering') {
      durability = 0.9;
      if (agrees(1))
        reasons.push(
          `recovering since ${h.trough_period ?? 'its low point'} after a decline from its peak${h.peak_period ? ` in ${h.peak_period}` : ''}`,
        );
    } else if (h?.status === 'stable') {
      durability = 0.8;
      if (g === null || Math.abs(g) < 0.25) reasons.push('no significant long-run rise or decline');
    } else if (h?.status === 'declining' && h.half_life_months !== null) {
      durability = (0.6 * h.half_life_months) / (h.half_life_months + 36);
      if (agrees(-1))
        reasons.push(
          `declining over the long run: share halves about every ${Math.round(h.half_life_months)} months since its peak${h.peak_period ? ` in ${h.peak_period}` : ''}`,
        );
    }
    const total =
      100 *
      (0.4 * adjacency +
        (0.3 * demand) / 100 +
        0.15 * (g === null ? 0.5 : (1 + Math.tanh(g)) / 2) +
        0.15 * (durability ?? 0.5));
    out.push({ skill_id: s.skill_id, label: s.label, score: total, adjacency, demand, growth: g, durability, reasons });
  }
  out.sort((a, b) => b.score - a.score || (a.skill_id < b.skill_id ? -1 : 1));
  return out.slice(0, limit);
}
