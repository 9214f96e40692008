/**
 * Response shapes of the HTTP API (docs: /work/shared/docs/CONTRACT.md, docs/warehouse.md) as the dashboard
 * reads them. Written against the contract so the dashboard imports nothing from api/ at run time; fields the
 * API may omit are optional.
 */

export interface Health {
  status: 'ok' | 'empty' | string;
  postings: number;
  sources: string[] | number;
  first_month?: string | null;
  data_through: string | null;
  built_at: string | null;
}

export interface SkillItem {
  id: string;
  label: string;
  category?: string | null;
  postings?: number;
  share?: number;
  demand_score?: number | null;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface SkillDetail {
  id: string;
  label: string;
  aliases?: string[];
  category?: string | null;
  category_path?: string[] | string | null;
  esco_uri?: string | null;
  onet_code?: string | null;
  postings?: number;
  share?: number;
  [key: string]: unknown;
}

export interface TrendPoint {
  period: string;
  postings: number;
  total: number;
  share: number;
}

export interface ForecastPoint {
  period: string;
  share: number;
  lo: number | null;
  hi: number | null;
}

export interface Trend {
  skill: string | { id: string; label: string };
  points: TrendPoint[];
  forecast: ForecastPoint[];
  smoothed: { period: string; share: number | null }[];
  isolated: { from: string; to: string } | null;
}

export type HalfLifeStatus = 'declining' | 'rising' | 'stable' | 'insufficient_data';

export interface HalfLife {
  skill: string | { id: string; label: string };
  status: HalfLifeStatus;
  half_life_months: number | null;
  ci_low: number | null;
  ci_high: number | null;
  peak_period: string | null;
  doubling_time_months: number | null;
  rate?: number | null;
  method: string;
  curve: { points: { period: string; share: number }[]; peak: { period: string; share: number }; half: { period: string; share: number; projected: boolean } } | null;
}

export interface RelatedItem {
  skill_id?: string;
  id?: string;
  related_id?: string;
  label?: string;
  lift: number;
  n_both?: number;
  shared_postings?: number;
  shared?: number;
  npmi?: number;
}

export interface DemandScore {
  id?: string;
  skill_id?: string;
  label?: string;
  rank: number;
  score: number;
  share: number;
  share_component?: number;
  growth: number | null;
  growth_component?: number;
  breadth?: number;
  breadth_component?: number;
  postings?: number;
}

export interface Mover {
  direction?: 'rising' | 'declining';
  id?: string;
  skill_id?: string;
  label?: string;
  rank?: number;
  share_from: number;
  share_to: number;
  change: number;
  relative_change: number | null;
  z?: number;
}

export interface CategoryHalfLife {
  kind: 'category' | 'role_family';
  name: string;
  base_year?: number | null;
  status: string;
  half_life_months: number | null;
  ci_low: number | null;
  ci_high: number | null;
  n_skills?: number;
  remaining?: { years: number; remaining: number }[] | string | null;
}

export interface SourceInfo {
  source: string;
  postings: number;
  raw_postings?: number;
  first_month: string | null;
  last_month: string | null;
  last_posted_at?: string | null;
}

export interface Meta {
  periods?: string[] | { month: string[]; quarter?: string[] };
  first_month?: string | null;
  data_through?: string | null;
  sources?: string[] | { name: string; postings?: number }[];
  countries?: string[] | { name: string; postings?: number }[];
  role_families?: string[] | { name: string; postings?: number }[];
  categories?: string[] | { name: string; skills?: number }[];
}

export interface Recommendation {
  skill?: { id: string; label: string; category?: string | null };
  skill_id?: string;
  id?: string;
  label?: string;
  score: number;
  demand?: number | null;
  growth?: number | null;
  durability?: number | null;
  adjacency?: number | null;
  half_life_months?: number | null;
  reasons?: string[] | string;
  why?: string[] | string | Record<string, unknown>;
}
