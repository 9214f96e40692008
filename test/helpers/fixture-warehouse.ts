/**
 * A small warehouse with known data, in the shape of docs/warehouse.md, for API and dashboard tests.
 *
 * 12 months (2024-01 .. 2024-12), 10 postings per month (120 in all), posting i of month m:
 *   source  = i % 4 == 3 ? 'greenhouse:vercel' : 'hn_whoishiring'   (2 greenhouse + 8 hn per month)
 *   country = ['US','US','DE','GB',NULL][i % 5]                        (US 4, DE 2, GB 2, NULL 2 per month)
 *   role_family = i even ? 'backend' : 'frontend'                      (5 + 5 per month)
 * Skills (h = floor(m / 2)):
 *   typescript  i < 2 + h        -> 2,2,3,3,4,4,5,5,6,6,7,7 (54)   rising
 *   jquery      i >= 4 + h       -> 6,6,5,5,4,4,3,3,2,2,1,1 (42)   declining
 *   react       i odd            -> 5 per month (60)
 *   sql         i even           -> 5 per month (60)
 *   python      i % 5 == 0       -> 2 per month (24)
 *   cpp         i == 9, m % 4 == 0 -> 1 in 2024-01, 2024-05, 2024-09 (3)
 *   cobol       never (a taxonomy skill with no postings)
 * The aggregates are computed from these rows with SQL (and the warehouse's macros from pipeline/sql/00_macros);
 * fct_trend_lines is computed from them by the pipeline's own stage; the other tables the pipeline computes in
 * TypeScript (trends, forecasts, movers, half-life, demand scores, pairs,
 * category half-lives, meta_build) are created from their declarations in pipeline/sql and filled with fixed rows
 * typed by those declarations, so a column added there must be added here (the typecheck says so).
 */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { openForBuild, type Db } from '../../pipeline/db.ts';
import { runModel, runModels } from '../../pipeline/sql.ts';
import { inPlaceVars } from '../../pipeline/stages/in-place.ts';
import type { RowOf, TableSpec } from '../../pipeline/sql/table.ts';
import { fctSkillTrends } from '../../pipeline/sql/30_marts/fct_skill_trends.ts';
import { fctForecasts } from '../../pipeline/sql/30_marts/fct_forecasts.ts';
import { fctMovers } from '../../pipeline/sql/30_marts/fct_movers.ts';
import { fctSkillTimeToFill } from '../../pipeline/sql/30_marts/fct_skill_time_to_fill.ts';
import { fctHalfLife } from '../../pipeline/sql/30_marts/fct_half_life.ts';
import { fctCategoryHalfLife } from '../../pipeline/sql/30_marts/fct_category_half_life.ts';
import { fctDemandScores } from '../../pipeline/sql/30_marts/fct_demand_scores.ts';
import { fctPostingAttributes } from '../../pipeline/sql/30_marts/fct_posting_attributes.ts';
import { fctPostingPay } from '../../pipeline/sql/30_marts/fct_posting_pay.ts';
import { fctSkillPay } from '../../pipeline/sql/30_marts/fct_skill_pay.ts';
import { dimCertifications, fctCertificationMentions } from '../../pipeline/sql/30_marts/dim_certifications.ts';
import { fctSkillPairs } from '../../pipeline/sql/30_marts/fct_skill_pairs.ts';
import { metaBuild } from '../../pipeline/sql/30_marts/meta_build.ts';
import { metaSourceMonths } from '../../pipeline/sql/30_marts/meta_source_months.ts';
import { metaMonthFingerprints } from '../../pipeline/sql/30_marts/meta_month_fingerprints.ts';
import { computeTrendLines } from '../../pipeline/stages/lines.ts';
import { halfLifeCurve } from '../../pipeline/stats/curve.ts';
import { defineTable } from '../../pipeline/sql/table.ts';

export interface FixtureOptions {
  /** File name inside dir (default `warehouse.duckdb`). */
  name?: string;
  /** meta_build.built_at (default `2025-01-02 03:04:05`), to tell two builds apart. */
  builtAt?: string;
}

const skills = `
CREATE TABLE dim_skills AS SELECT * FROM (VALUES
  ('typescript', 'TypeScript', 'Software', 'Programming languages', ['Software', 'Programming languages', 'TypeScript'], ['TS'], 'http://data.europa.eu/esco/skill/ts', NULL, NULL, 'technology', 'specialized'),
  ('jquery', 'jQuery', 'Software', 'Frontend frameworks', ['Software', 'Frontend frameworks', 'jQuery'], ['jquery.js'], NULL, NULL, NULL, 'technology', 'specialized'),
  ('react', 'React', 'Software', 'Frontend frameworks', ['Software', 'Frontend frameworks', 'React'], ['React.js', 'ReactJS'], NULL, '15-1252.00', 'Software Developers', 'technology', 'specialized'),
  ('sql', 'SQL', 'Software', 'Databases', ['Software', 'Databases', 'SQL'], ['Structured Query Language'], NULL, NULL, NULL, 'technology', 'specialized'),
  ('python', 'Python', 'Software', 'Programming languages', ['Software', 'Programming languages', 'Python'], [], NULL, NULL, NULL, 'technology', 'specialized'),
  ('cpp', 'C++', 'Software', 'Programming languages', ['Software', 'Programming languages', 'C++'], ['cplusplus', 'C plus plus'], NULL, NULL, NULL, 'technology', 'specialized'),
  ('cobol', 'COBOL', 'Software', 'Programming languages', ['Software', 'Programming languages', 'COBOL'], [], NULL, NULL, NULL, 'technology', 'specialized')
) t(skill_id, label, domain, category, category_path, aliases, esco_uri, onet_code, onet_title, skill_type, type);`;

const postings = `
CREATE TABLE fct_postings AS
SELECT source || ':' || source_id AS posting_id, * FROM (
  SELECT
    CASE WHEN i % 4 = 3 THEN 'greenhouse:vercel' ELSE 'hn_whoishiring' END AS source,
    'p' || m || '-' || i AS source_id,
    'https://example.com/jobs/' || m || '-' || i AS url,
    strftime(DATE '2024-01-15' + to_months(m::INT), '%Y-%m') AS month,
    '2024-Q' || (m // 3 + 1) AS quarter,
    (DATE '2024-01-15' + to_months(m::INT))::DATE AS posted_at,
    'Company ' || i AS company, 'company-' || i AS company_key,
    CASE WHEN i % 2 = 0 THEN 'Backend Engineer' ELSE 'Frontend Engineer' END AS title,
    CASE WHEN i % 2 = 0 THEN 'backend' ELSE 'frontend' END AS role_family,
    ['US', 'US', 'DE', 'GB', NULL][i % 5 + 1] AS country,
    i % 3 = 0 AS is_remote,
    CASE WHEN i % 3 = 0 THEN 'remote' ELSE 'onsite' END AS work_mode,
    'full-time' AS employment_type,
    CASE WHEN i = 9 THEN 'zh' ELSE 'en' END AS language,
    m, i
  FROM range(12) a(m), range(10) b(i)
);
CREATE TABLE fct_posting_skills AS
SELECT posting_id, skill_id, 'requirements' AS zone, 'zone:requirements' AS rule FROM (
  SELECT posting_id, 'typescript' AS skill_id FROM fct_postings WHERE i < 2 + m // 2
  UNION ALL SELECT posting_id, 'jquery' FROM fct_postings WHERE i >= 4 + m // 2
  UNION ALL SELECT posting_id, 'react' FROM fct_postings WHERE i % 2 = 1
  UNION ALL SELECT posting_id, 'sql' FROM fct_postings WHERE i % 2 = 0
  UNION ALL SELECT posting_id, 'python' FROM fct_postings WHERE i % 5 = 0
  UNION ALL SELECT posting_id, 'cpp' FROM fct_postings WHERE i = 9 AND m % 4 = 0
);
CREATE TABLE n_skills AS SELECT posting_id, count(*) AS n FROM fct_posting_skills GROUP BY 1;
ALTER TABLE fct_postings ADD COLUMN n_skills INTEGER;
UPDATE fct_postings p SET n_skills = coalesce((SELECT n FROM n_skills s WHERE s.posting_id = p.posting_id), 0);
DROP TABLE n_skills;`;

/** Grouping sets: all '*', or exactly one breakdown column set. NULL country rows only count in '*'. */
function grouped(periodCol: string, interval: string, select: string, from: string, extraKey = ''): string {
  const k = extraKey ? `, ${extraKey}` : '';
  return `
  SELECT '${interval}' AS "interval", ${periodCol} AS period${k},
    CASE WHEN grouping(source) = 1 THEN '*' ELSE source END AS source,
    CASE WHEN grouping(country) = 1 THEN '*' ELSE country END AS country,
    CASE WHEN grouping(role_family) = 1 THEN '*' ELSE role_family END AS role_family,
    ${select}
  FROM ${from}
  GROUP BY GROUPING SETS ((${periodCol}${k}), (${periodCol}${k}, source), (${periodCol}${k}, country), (${periodCol}${k}, role_family))
  HAVING NOT (grouping(country) = 0 AND country IS NULL)`;
}

const aggregates = `
CREATE TABLE agg_totals AS
${grouped('month', 'month', 'count(*) AS total', 'fct_postings')}
UNION ALL ${grouped('quarter', 'quarter', 'count(*) AS total', 'fct_postings')};

CREATE TABLE skill_counts AS
${grouped('month', 'month', 'count(*) AS postings', 'fct_postings JOIN fct_posting_skills USING (posting_id)', 'skill_id')}
UNION ALL ${grouped('quarter', 'quarter', 'count(*) AS postings', 'fct_postings JOIN fct_posting_skills USING (posting_id)', 'skill_id')};

CREATE TABLE agg_skill_period AS
SELECT t."interval", t.period, s.skill_id, '*' AS source, '*' AS country, '*' AS role_family,
  coalesce(c.postings, 0) AS postings, t.total, coalesce(c.postings, 0) / t.total AS share
FROM agg_totals t CROSS JOIN dim_skills s
LEFT JOIN skill_counts c ON c."interval" = t."interval" AND c.period = t.period AND c.skill_id = s.skill_id
  AND c.source = '*' AND c.country = '*' AND c.role_family = '*'
WHERE t.source = '*' AND t.country = '*' AND t.role_family = '*'
UNION ALL
SELECT c."interval", c.period, c.skill_id, c.source, c.country, c.role_family, c.postings, t.total, c.postings / t.total
FROM skill_counts c JOIN agg_totals t USING ("interval", period, source, country, role_family)
WHERE NOT (c.source = '*' AND c.country = '*' AND c.role_family = '*');

CREATE TABLE cat_counts AS
${grouped('month', 'month', 'count(DISTINCT posting_id) AS postings', 'fct_postings JOIN fct_posting_skills USING (posting_id) JOIN dim_skills USING (skill_id)', 'category')}
UNION ALL ${grouped('quarter', 'quarter', 'count(DISTINCT posting_id) AS postings', 'fct_postings JOIN fct_posting_skills USING (posting_id) JOIN dim_skills USING (skill_id)', 'category')};
CREATE TABLE agg_category_period AS
SELECT c."interval", c.period, c.category, c.source, c.country, c.role_family, c.postings, t.total, c.postings / t.total AS share
FROM cat_counts c JOIN agg_totals t USING ("interval", period, source, country, role_family);
DROP TABLE skill_counts; DROP TABLE cat_counts;

ALTER TABLE dim_skills ADD COLUMN postings BIGINT;
ALTER TABLE dim_skills ADD COLUMN share DOUBLE;
UPDATE dim_skills d SET postings = (SELECT count(*) FROM fct_posting_skills s WHERE s.skill_id = d.skill_id);
UPDATE dim_skills SET share = postings / 120;

CREATE TABLE dim_sources AS
SELECT source, count(*) AS postings, count(*) + 5 AS raw_postings, min(month) AS first_month, max(month) AS last_month,
  max(posted_at) AS last_posted_at
FROM fct_postings GROUP BY source;`;

const pairs = `
INSERT INTO fct_skill_pairs BY NAME
WITH n AS (SELECT skill_id, count(*) AS n FROM fct_posting_skills GROUP BY 1),
pairs AS (
  SELECT a.skill_id, b.skill_id AS related_id, count(*) AS n_both
  FROM fct_posting_skills a JOIN fct_posting_skills b ON a.posting_id = b.posting_id AND a.skill_id <> b.skill_id
  GROUP BY 1, 2)
SELECT pairs.skill_id, related_id, n_both, na.n AS n_skill, nb.n AS n_related,
  n_both * 120.0 / (na.n * nb.n) AS lift,
  log2(n_both * 120.0 / (na.n * nb.n)) AS pmi,
  log2(n_both * 120.0 / (na.n * nb.n)) / -log2(n_both / 120.0) AS npmi,
  n_both AS employers, na.n AS employers_skill, nb.n AS employers_related
FROM pairs JOIN n na ON na.skill_id = pairs.skill_id JOIN n nb ON nb.skill_id = pairs.related_id`;

/** Reposts (none in the fixture) and the all-postings counts beside the unique ones (docs/trends.md). */
const reposts = `
ALTER TABLE fct_postings ADD COLUMN is_repost BOOLEAN DEFAULT false;
ALTER TABLE fct_postings ADD COLUMN repost_of VARCHAR;
ALTER TABLE agg_totals ADD COLUMN all_total BIGINT; UPDATE agg_totals SET all_total = total;
ALTER TABLE agg_skill_period ADD COLUMN all_postings BIGINT; UPDATE agg_skill_period SET all_postings = postings;
ALTER TABLE agg_skill_period ADD COLUMN all_total BIGINT; UPDATE agg_skill_period SET all_total = total;`;

/** The window a figure rests on, over the fixture's months with data. */
const win = (p: 'current' | 'year', from: string, months: number, postings: number, total: number) =>
  ({
    [`${p}_from`]: from,
    [`${p}_to`]: '2024-12',
    [`${p}_months`]: months,
    [`${p}_months_with_data`]: months,
    [`${p}_postings`]: postings,
    [`${p}_total`]: total,
  }) as Record<string, string | number>;

type Rows<T extends TableSpec> = RowOf<T>[];

async function fill<T extends TableSpec>(db: Db, spec: T, rows: Rows<T>): Promise<void> {
  await db.createTable(spec);
  await db.append(spec, rows);
}

const trendRow = (
  skill_id: string,
  postings_12m: number,
  share_current: number,
  g: [number, number, number, number, number] | null,
  smoothed: { period: string; share: number }[],
): RowOf<typeof fctSkillTrends> => ({
  skill_id,
  latest_period: '2024-12',
  postings_12m,
  share_current,
  growth_3m: g?.[0] ?? null,
  growth_6m: g?.[1] ?? null,
  growth_12m: g?.[2] ?? null,
  yoy: g?.[3] ?? null,
  momentum: g?.[4] ?? null,
  smoothed,
  ...(win('current', '2024-10', 3, Math.round(share_current * 30), 30) as Pick<
    RowOf<typeof fctSkillTrends>,
    'current_from' | 'current_to' | 'current_months' | 'current_months_with_data' | 'current_postings' | 'current_total'
  >),
  ...(win('year', '2024-01', 12, postings_12m, 120) as Pick<
    RowOf<typeof fctSkillTrends>,
    'year_from' | 'year_to' | 'year_months' | 'year_months_with_data' | 'year_postings' | 'year_total'
  >),
});
const trends: Rows<typeof fctSkillTrends> = [
  trendRow(
    'typescript',
    54,
    0.7,
    [0.25, 0.5, 1.5, 1.2, 0.1],
    [
      { period: '2024-11', share: 0.683 },
      { period: '2024-12', share: 0.7 },
    ],
  ),
  trendRow(
    'jquery',
    42,
    0.1,
    [-0.4, -0.6, -0.8, -0.7, -0.2],
    [
      { period: '2024-11', share: 0.117 },
      { period: '2024-12', share: 0.1 },
    ],
  ),
  trendRow('react', 60, 0.5, [0, 0, 0, 0, 0], []),
  trendRow('sql', 60, 0.5, [0, 0, 0, 0, 0], []),
  trendRow('python', 24, 0.2, [0, 0, 0, 0, 0], []),
  trendRow('cpp', 3, 0.0, null, []),
];

/** 12 months from 2025-01 for three skills, the interval +-0.1 around the share. */
function forecasts(): Rows<typeof fctForecasts> {
  const out: Rows<typeof fctForecasts> = [];
  for (const [skill_id, share, method] of [
    ['typescript', 0.72, 'damped_trend'],
    ['jquery', 0.08, 'damped_trend'],
    ['react', 0.5, 'naive'],
  ] as const)
    for (let k = 0; k < 12; k++)
      out.push({
        skill_id,
        period: `2025-${String(k + 1).padStart(2, '0')}`,
        share,
        lo: Math.max(share - 0.1, 0),
        hi: Math.min(share + 0.1, 1),
        method,
        is_fallback: method === 'naive',
        mae_model: 0.05,
        mae_naive: 0.06,
        coverage: 0.9,
        widen: 1,
      });
  return out;
}

const mover = (
  direction: 'rising' | 'declining',
  window: number,
  skill_id: string,
  share_from: number,
  share_to: number,
  change: number,
  relative_change: number,
  z: number,
  postings_from: number,
  postings_to: number,
): RowOf<typeof fctMovers> => ({
  scope: 'all',
  scope_value: '*',
  direction,
  window,
  rank: 1,
  skill_id,
  share_from,
  share_to,
  change,
  relative_change,
  z,
  postings_from,
  postings_to,
  employers: 6,
  from_start: window === 12 ? '2023-01' : '2024-07',
  from_end: window === 12 ? '2023-12' : '2024-09',
  from_months: window,
  from_months_with_data: window,
  total_from: 10 * window,
  to_start: window === 12 ? '2024-01' : '2024-10',
  to_end: '2024-12',
  to_months: window,
  to_months_with_data: window,
  total_to: 10 * window,
});
const movers: Rows<typeof fctMovers> = [
  mover('rising', 12, 'typescript', 0.2, 0.7, 0.5, 2.5, 5.5, 2, 7),
  mover('declining', 12, 'jquery', 0.6, 0.1, -0.5, -0.8333, -5.2, 6, 1),
  mover('rising', 3, 'typescript', 0.6, 0.7, 0.1, 0.1667, 2.1, 18, 21),
];

const KM = 'kaplan-meier median, 90% Brookmeyer-Crowley interval (log-log band)';
const timesToFill: Rows<typeof fctSkillTimeToFill> = [
  { skill_id: 'typescript', n: 40, closed: 30, censored: 10, median_days: 21, lo: 14, hi: 30, level: 0.9, method: KM },
  { skill_id: 'jquery', n: 36, closed: 24, censored: 12, median_days: 34, lo: 25, hi: 48, level: 0.9, method: KM },
  { skill_id: 'react', n: 12, closed: 9, censored: 3, median_days: 18, lo: 7, hi: null, level: 0.9, method: KM },
];

const METHOD = 'poisson_glm_exposure_profile_ci';
const none = {
  half_life_months: null,
  ci_low: null,
  ci_high: null,
  peak_period: null,
  doubling_time_months: null,
  dt_ci_low: null,
  dt_ci_high: null,
  segment_start: null,
  trough_period: null,
  method: METHOD,
  curve: null,
} as const;
const jqueryShares = [6, 6, 5, 5, 4, 4, 3, 3, 2, 2, 1, 1].map((postings, m) => ({
  period: `2024-${String(m + 1).padStart(2, '0')}`,
  postings,
  total: 10,
}));
const halfLives: Rows<typeof fctHalfLife> = [
  {
    ...none,
    skill_id: 'jquery',
    status: 'declining',
    half_life_months: 4.5,
    ci_low: 3.8,
    ci_high: 5.6,
    peak_period: '2024-01',
    rate: -0.154,
    rate_se: 0.02,
    p_value: 0.0001,
    n_periods: 12,
    n_mentions: 42,
    curve: halfLifeCurve(jqueryShares, '2024-01', 4.5),
  },
  {
    ...none,
    skill_id: 'typescript',
    status: 'rising',
    peak_period: '2024-12',
    doubling_time_months: 7.2,
    dt_ci_low: 6.0,
    dt_ci_high: 9.1,
    rate: 0.096,
    rate_se: 0.015,
    p_value: 0.0002,
    n_periods: 12,
    n_mentions: 54,
  },
  {
    ...none,
    skill_id: 'react',
    status: 'stable',
    rate: 0.0,
    rate_se: 0.01,
    p_value: 0.9,
    n_periods: 12,
    n_mentions: 60,
  },
  { ...none, skill_id: 'sql', status: 'stable', rate: 0.0, rate_se: 0.01, p_value: 0.9, n_periods: 12, n_mentions: 60 },
  {
    ...none,
    skill_id: 'python',
    status: 'stable',
    rate: 0.0,
    rate_se: 0.03,
    p_value: 0.8,
    n_periods: 12,
    n_mentions: 24,
  },
  {
    ...none,
    skill_id: 'cpp',
    status: 'insufficient_data',
    rate: null,
    rate_se: null,
    p_value: null,
    n_periods: 3,
    n_mentions: 3,
  },
];

const cat = (
  kind: 'category' | 'role_family',
  name: string,
  status: string,
  hl: [number, number, number] | null,
  n_skills: number,
  remaining: { years: number; remaining: number }[],
): RowOf<typeof fctCategoryHalfLife> => ({
  kind,
  name,
  base_year: 2024,
  status,
  half_life_months: hl?.[0] ?? null,
  ci_low: hl?.[1] ?? null,
  ci_high: hl?.[2] ?? null,
  doubling_time_months: null,
  rate: null,
  p_value: null,
  n_skills,
  remaining,
  method: 'skill_set_decay',
  scope: 'all',
  scope_value: '*',
});
const categoryHalfLives: Rows<typeof fctCategoryHalfLife> = [
  cat('category', 'Frontend frameworks', 'declining', [30.0, 24.0, 40.0], 2, [{ years: 1, remaining: 0.7 }]),
  cat('category', 'Programming languages', 'stable', null, 4, [{ years: 1, remaining: 1.1 }]),
  cat('category', 'Databases', 'insufficient_data', null, 1, []),
  cat('role_family', 'frontend', 'declining', [36.0, 28.0, 50.0], 3, [{ years: 1, remaining: 0.8 }]),
  cat('role_family', 'backend', 'stable', null, 3, [{ years: 1, remaining: 1.0 }]),
];

const score = (
  scope: 'all' | 'country' | 'role_family',
  scope_value: string,
  rank: number,
  skill_id: string,
  score: number,
  share: number,
  share_component: number,
  growth: number | null,
  growth_component: number,
  breadth: number,
  breadth_component: number,
  postings: number,
): RowOf<typeof fctDemandScores> => ({
  scope,
  scope_value,
  rank,
  skill_id,
  score,
  share,
  share_component,
  growth,
  growth_component,
  breadth,
  breadth_component,
  postings,
  window_from: '2024-01',
  window_to: '2024-12',
  window_months: 12,
  window_months_with_data: 12,
  window_total: 120,
  prev_total: 0,
  low_evidence: postings < 30 || breadth < 5,
  reason:
    postings < 30 || breadth < 5
      ? `only ${postings} postings from ${breadth} employers in the 12 months with data 2024-01..2024-12`
      : null,
});
const demandScores: Rows<typeof fctDemandScores> = [
  score('all', '*', 1, 'sql', 80.0, 0.5, 0.9, 0.0, 0.5, 10, 1.0, 60),
  score('all', '*', 2, 'react', 78.0, 0.5, 0.9, 0.0, 0.5, 10, 0.9, 60),
  score('all', '*', 3, 'typescript', 75.0, 0.45, 0.8, 1.5, 1.0, 10, 0.9, 54),
  score('all', '*', 4, 'jquery', 30.0, 0.35, 0.6, -0.8, 0.0, 10, 0.5, 42),
  score('all', '*', 5, 'python', 25.0, 0.2, 0.4, 0.0, 0.5, 2, 0.2, 24),
  score('all', '*', 6, 'cpp', 5.0, 0.025, 0.05, null, 0.0, 1, 0.1, 3),
  score('country', 'US', 1, 'typescript', 70.0, 0.5, 0.9, 1.5, 1.0, 4, 0.8, 24),
  score('country', 'US', 2, 'sql', 60.0, 0.5, 0.9, 0.0, 0.5, 3, 0.6, 24),
  score('country', 'DE', 1, 'react', 50.0, 0.5, 0.9, 0.0, 0.5, 1, 0.3, 12),
  score('role_family', 'backend', 1, 'sql', 90.0, 1.0, 1.0, 0.0, 0.5, 5, 1.0, 60),
  score('role_family', 'backend', 2, 'typescript', 70.0, 0.45, 0.8, 1.5, 1.0, 5, 0.7, 27),
  score('role_family', 'backend', 3, 'python', 40.0, 0.4, 0.5, 0.0, 0.5, 2, 0.3, 24),
];

const v = <N extends string>(name: N) => ({ name, type: 'VARCHAR' as const });
const span = <L extends string>(last: L) =>
  [
    v('posting_id'),
    v('skill_id'),
    v('surface'),
    { name: 'start', type: 'INTEGER' as const },
    { name: 'end', type: 'INTEGER' as const },
    v('zone'),
    v(last),
  ] as const;
const postingText = defineTable({ name: 'fct_posting_text', doc: '', columns: [v('posting_id'), v('text')] });
const matchSpans = defineTable({ name: 'fct_match_spans', doc: '', columns: span('rule') });
const droppedSpans = defineTable({ name: 'fct_dropped_candidates', doc: '', columns: span('why') });

/**
 * The evidence tables (pipeline/sql/30_marts/10..12): text `<company> | <title>` then `We use <labels>.` with
 * one kept span per skill; postings with python also say `Our mascot is a python.`, a dropped python candidate.
 */
async function evidence(db: Db): Promise<void> {
  const rows = await db.all<{ posting_id: string; company: string; title: string; skills: string[]; labels: string[] }>(
    `SELECT p.posting_id, p.company, p.title, list(d.skill_id ORDER BY d.skill_id) AS skills, list(d.label ORDER BY d.skill_id) AS labels
     FROM fct_postings p JOIN fct_posting_skills s USING (posting_id) JOIN dim_skills d USING (skill_id) GROUP BY ALL`,
  );
  const texts: RowOf<typeof postingText>[] = [];
  const kept: RowOf<typeof matchSpans>[] = [];
  const dropped: RowOf<typeof droppedSpans>[] = [];
  for (const r of rows) {
    let text = `${r.company} | ${r.title}\nWe use `;
    r.skills.forEach((id, k) => {
      if (k) text += ', ';
      kept.push({
        posting_id: r.posting_id,
        skill_id: id,
        surface: r.labels[k]!,
        start: text.length,
        end: text.length + r.labels[k]!.length,
        zone: 'requirements',
        rule: 'zone:requirements',
      });
      text += r.labels[k]!;
    });
    text += '.';
    if (r.skills.includes('python')) {
      text += ' Our mascot is a ';
      dropped.push({
        posting_id: r.posting_id,
        skill_id: 'python',
        surface: 'python',
        start: text.length,
        end: text.length + 6,
        zone: 'company',
        why: 'ambiguous:no-evidence',
      });
      text += 'python.';
    }
    texts.push({ posting_id: r.posting_id, text });
  }
  await fill(db, postingText, texts);
  await fill(db, matchSpans, kept);
  await fill(db, droppedSpans, dropped);
}

/** Runs the agg_language_period model itself on `db` (fct_postings and fct_posting_skills in place), as a build with
 *  nothing to keep runs it: no kept periods, the in-place placeholders filled by in-place.ts inPlaceVars. */
export async function runLanguagePeriodModel(db: Db): Promise<void> {
  await db.run('CREATE TEMP TABLE IF NOT EXISTS int_kept_periods (interval VARCHAR, period VARCHAR)');
  await runModel(db, '30_marts/10_agg_language_period.sql', inPlaceVars());
}

/** Builds the fixture warehouse in `dir` and returns its path. */
export async function buildFixtureWarehouse(dir: string, opts: FixtureOptions = {}): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, opts.name ?? 'warehouse.duckdb');
  const db = await openForBuild(file, { threads: 1 });
  try {
    await runModels(db, '00_macros');
    await db.run(skills);
    await db.run(postings);
    await db.run(aggregates);
    await db.run('ALTER TABLE fct_postings DROP COLUMN m; ALTER TABLE fct_postings DROP COLUMN i;');
    await db.run(reposts);
    await runLanguagePeriodModel(db); // the model itself
    await db.createTable(fctSkillPairs);
    await db.run(pairs);
    await evidence(db);
    await fill(db, fctSkillTrends, trends);
    await computeTrendLines(db);
    await fill(db, fctForecasts, forecasts());
    await fill(db, fctMovers, movers);
    await fill(db, fctHalfLife, halfLives);
    await fill(db, fctCategoryHalfLife, categoryHalfLives);
    await fill(db, fctDemandScores, demandScores);
    await fill(db, fctSkillTimeToFill, timesToFill);
    // pay and certification marts: declared, empty (no posting of the fixture advertises pay or names a certification);
    // meta_source_months and meta_month_fingerprints empty: a later incremental build would carry nothing from the fixture
    for (const spec of [
      fctPostingAttributes,
      fctPostingPay,
      fctSkillPay,
      dimCertifications,
      fctCertificationMentions,
      metaSourceMonths,
      metaMonthFingerprints,
    ])
      await db.createTable(spec);
    await fill(db, metaBuild, [
      {
        built_at: opts.builtAt ?? '2025-01-02 03:04:05',
        postings: 120,
        raw_postings: 150,
        first_month: '2024-01',
        data_through: '2024-12',
        taxonomy_version: 'fixture-1',
        dedup_rate: 0.2,
        staged_postings: 125,
      },
    ]);
  } finally {
    db.close();
  }
  return file;
}
