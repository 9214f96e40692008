/** Response shapes of POST /gap-analysis and POST /credentials/design (api/routes/gap-analysis.ts, credentials.ts). */
export interface FoundSkill {
  id: string;
  label: string;
  surface: string;
  start: number;
  end: number;
  rule?: string;
  why?: string;
}
export interface CoveredSkill {
  id: string;
  label: string;
  demand_score: number | null;
  status: string;
  half_life_months: number | null;
}
export interface GapItem {
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
export interface GapAnalysis {
  found: FoundSkill[];
  covered: CoveredSkill[];
  gaps: GapItem[];
  method: string;
}
export interface BundleItem {
  id: string;
  label: string;
  stage: 'foundational' | 'advanced';
  order: number;
  postings: number;
  durability: number | null;
}
export interface CredentialDesign {
  bundle: BundleItem[];
  evidence: {
    k: number;
    postings_with_k: number;
    share_with_k: number;
    employers: number;
    trend: { growth_12m: number | null; points: { period: string; postings: number; total: number }[] };
    half_life_months: number | null;
    half_life_status: string;
    pay_premium: { ratio: number; lo: number; hi: number; n: number } | null;
  };
  certifications: { id: string; label: string; covers: string[]; postings: number }[];
  unknown_seed: string[];
  why: string[];
}
