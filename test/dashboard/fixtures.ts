/** Fixed data for chart snapshots: hand-written, no live data, no current time. */
import { addPeriods as addMonths } from '../../pipeline/stats/period.ts';

export const leaders = [
  { label: 'TypeScript', score: 92.4, share: 0.183, growth: 0.21 },
  { label: 'Python', score: 88.1, share: 0.241, growth: 0.04 },
  { label: 'React', score: 80.6, share: 0.196, growth: -0.03 },
  { label: 'Kubernetes', score: 61.2, share: 0.082, growth: 0.11 },
  { label: 'PostgreSQL', score: 58.9, share: 0.094, growth: 0.02 },
];

export const movers = [
  { label: 'Rust', share_from: 0.021, share_to: 0.048, change: 0.027 },
  { label: 'LLM', share_from: 0.004, share_to: 0.051, change: 0.047 },
  { label: 'jQuery', share_from: 0.061, share_to: 0.019, change: -0.042 },
  { label: 'AngularJS', share_from: 0.033, share_to: 0.009, change: -0.024 },
];

export const coverage = [
  { source: 'hn_whoishiring', postings: 41234, first_month: '2018-01', last_month: '2025-12' },
  { source: 'greenhouse:vercel', postings: 87, first_month: '2025-06', last_month: '2025-12' },
];

/** 24 months of a skill peaking at month 6 then halving every 12 months: share = 0.1 * 2^(-(t-6)/12). */
export const trendPoints = Array.from({ length: 24 }, (_, i) => {
  const share = i <= 6 ? 0.05 + (0.05 * i) / 6 : 0.1 * 2 ** (-(i - 6) / 12);
  const total = 1000;
  return {
    period: addMonths('2022-01', i),
    postings: Math.round(share * total),
    total,
    share: Math.round(share * total) / total,
  };
});

export const smoothed = trendPoints.map((p, i, a) => {
  const w = a.slice(Math.max(0, i - 1), i + 2);
  return { period: p.period, share: w.reduce((s, x) => s + x.share, 0) / w.length };
});

export const forecast = Array.from({ length: 6 }, (_, i) => ({
  period: addMonths('2024-01', i),
  share: 0.044 - 0.001 * i,
  lo: 0.036 - 0.002 * i,
  hi: 0.052,
}));

export const breakdown = [
  { group: 'US', share: 0.12, postings: 120, total: 1000 },
  { group: 'DE', share: 0.08, postings: 16, total: 200 },
  { group: 'GB', share: 0.1, postings: 30, total: 300 },
];

export const related = [
  { label: 'Next.js', lift: 4.2, shared: 310 },
  { label: 'Redux', lift: 6.8, shared: 120 },
  { label: 'Node.js', lift: 1.9, shared: 640 },
];

export const compare = ['React', 'Vue'].flatMap((label, k) =>
  Array.from({ length: 12 }, (_, i) => ({
    label,
    period: addMonths('2024-01', i),
    share: k ? 0.05 + 0.001 * i : 0.2 - 0.002 * i,
  })),
);

export const categoryHalfLife = [
  { name: 'Frontend frameworks', half_life_months: 38, ci_low: 30, ci_high: 49, n_skills: 12 },
  { name: 'Databases', half_life_months: 96, ci_low: 70, ci_high: 140, n_skills: 20 },
  { name: 'Cloud', half_life_months: 60, ci_low: null, ci_high: null, n_skills: 9 },
];

export const remaining = ['Frontend frameworks', 'Databases'].flatMap((name, k) =>
  [0, 1, 2, 3, 4].map((years) => ({ name, years, remaining: 0.5 ** (years / (k ? 8 : 3.2)) })),
);

export const recommendations = [
  // in the API's units: score and demand 0-100, growth a ratio (4.45 = +445%), durability and adjacency 0-1
  { label: 'Kubernetes', score: 81, demand: 70, growth: 4.45, durability: 0.9, adjacency: 0.8 },
  { label: 'GraphQL', score: 55, demand: 40, growth: -0.3, durability: 0.5, adjacency: null },
];
