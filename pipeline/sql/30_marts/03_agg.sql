-- quarter_of('2024-05') = '2024-Q2'
CREATE OR REPLACE MACRO quarter_of(m) AS substr(m, 1, 4) || '-Q' || ((cast(substr(m, 6, 2) AS INTEGER) + 2) // 3);

-- agg_totals: unique postings (reposts left out, see fct_postings.is_repost) per period and slice ('*' = all);
-- all_total counts every deduplicated posting, reposts included.
-- Grouping sets: all; by source; by country; by role family. Postings without a country count as 'unknown'.
CREATE OR REPLACE TABLE agg_totals AS
WITH p AS (
  SELECT month, source, coalesce(country, 'unknown') AS country, role_family, is_repost FROM fct_postings
),
months AS (
  SELECT month AS period,
         CASE WHEN grouping(source) = 1 THEN '*' ELSE source END AS source,
         CASE WHEN grouping(country) = 1 THEN '*' ELSE country END AS country,
         CASE WHEN grouping(role_family) = 1 THEN '*' ELSE role_family END AS role_family,
         count(*) FILTER (WHERE NOT is_repost) AS total,
         count(*) AS all_total
  FROM p
  GROUP BY GROUPING SETS ((month), (month, source), (month, country), (month, role_family))
)
-- quarters are sums of their months (counts are additive; a posting belongs to one month)
SELECT 'month' AS interval, period, source, country, role_family, total, all_total FROM months
UNION ALL
SELECT 'quarter', quarter_of(period), source, country, role_family, sum(total), sum(all_total) FROM months GROUP BY ALL;

-- agg_skill_period: unique postings mentioning a skill per period and slice (all_postings: reposts included);
-- the all-'*' slice is dense.
CREATE OR REPLACE TABLE agg_skill_period AS
WITH ps AS (
  SELECT s.skill_id, p.month, p.source, coalesce(p.country, 'unknown') AS country, p.role_family, p.is_repost
  FROM fct_posting_skills s JOIN fct_postings p USING (posting_id)
),
month_counts AS (
  SELECT skill_id, month AS period,
         CASE WHEN grouping(source) = 1 THEN '*' ELSE source END AS source,
         CASE WHEN grouping(country) = 1 THEN '*' ELSE country END AS country,
         CASE WHEN grouping(role_family) = 1 THEN '*' ELSE role_family END AS role_family,
         count(*) FILTER (WHERE NOT is_repost) AS postings,
         count(*) AS all_postings
  FROM ps
  GROUP BY GROUPING SETS ((skill_id, month), (skill_id, month, source), (skill_id, month, country), (skill_id, month, role_family))
),
counts AS (
  SELECT skill_id, 'month' AS interval, period, source, country, role_family, postings, all_postings FROM month_counts
  UNION ALL
  SELECT skill_id, 'quarter', quarter_of(period), source, country, role_family, sum(postings), sum(all_postings) FROM month_counts GROUP BY ALL
),
dense_all AS (
  SELECT s.skill_id, t.interval, t.period, '*' AS source, '*' AS country, '*' AS role_family,
         coalesce(c.postings, 0) AS postings, t.total, coalesce(c.all_postings, 0) AS all_postings, t.all_total
  FROM dim_skills s
  CROSS JOIN (SELECT * FROM agg_totals WHERE source = '*' AND country = '*' AND role_family = '*') t
  LEFT JOIN counts c ON c.skill_id = s.skill_id AND c.interval = t.interval AND c.period = t.period
   AND c.source = '*' AND c.country = '*' AND c.role_family = '*'
),
sliced AS (
  SELECT c.skill_id, c.interval, c.period, c.source, c.country, c.role_family, c.postings, t.total, c.all_postings, t.all_total
  FROM counts c
  JOIN agg_totals t USING (interval, period, source, country, role_family)
  WHERE NOT (c.source = '*' AND c.country = '*' AND c.role_family = '*')
)
SELECT * FROM (
  SELECT *, CASE WHEN total > 0 THEN postings / total ELSE NULL END AS share FROM dense_all
  UNION ALL
  SELECT *, CASE WHEN total > 0 THEN postings / total ELSE NULL END AS share FROM sliced
)
-- sorted so that a skill's rows sit together: the API's point look-ups skip most row groups
ORDER BY interval, skill_id, source, country, role_family, period;

-- agg_category_period: unique postings mentioning any skill of a category.
CREATE OR REPLACE TABLE agg_category_period AS
WITH pc AS (
  SELECT DISTINCT s.posting_id, d.category FROM fct_posting_skills s JOIN dim_skills d USING (skill_id)
),
ps AS (
  SELECT pc.category, p.month, p.source, coalesce(p.country, 'unknown') AS country, p.role_family
  FROM pc JOIN fct_postings p USING (posting_id)
  WHERE NOT p.is_repost
),
month_counts AS (
  SELECT category, month AS period,
         CASE WHEN grouping(source) = 1 THEN '*' ELSE source END AS source,
         CASE WHEN grouping(country) = 1 THEN '*' ELSE country END AS country,
         CASE WHEN grouping(role_family) = 1 THEN '*' ELSE role_family END AS role_family,
         count(*) AS postings
  FROM ps
  GROUP BY GROUPING SETS ((category, month), (category, month, source), (category, month, country), (category, month, role_family))
),
counts AS (
  SELECT category, 'month' AS interval, period, source, country, role_family, postings FROM month_counts
  UNION ALL
  SELECT category, 'quarter', quarter_of(period), source, country, role_family, sum(postings) FROM month_counts GROUP BY ALL
),
cats AS (SELECT DISTINCT category FROM dim_skills),
dense_all AS (
  SELECT k.category, t.interval, t.period, '*' AS source, '*' AS country, '*' AS role_family,
         coalesce(c.postings, 0) AS postings, t.total
  FROM cats k
  CROSS JOIN (SELECT * FROM agg_totals WHERE source = '*' AND country = '*' AND role_family = '*') t
  LEFT JOIN counts c ON c.category = k.category AND c.interval = t.interval AND c.period = t.period
   AND c.source = '*' AND c.country = '*' AND c.role_family = '*'
),
sliced AS (
  SELECT c.category, c.interval, c.period, c.source, c.country, c.role_family, c.postings, t.total
  FROM counts c JOIN agg_totals t USING (interval, period, source, country, role_family)
  WHERE NOT (c.source = '*' AND c.country = '*' AND c.role_family = '*')
)
SELECT *, CASE WHEN total > 0 THEN postings / total ELSE NULL END AS share FROM dense_all
UNION ALL
SELECT *, CASE WHEN total > 0 THEN postings / total ELSE NULL END AS share FROM sliced;
