-- agg_totals: deduplicated postings per period and slice ('*' = all).
-- Grouping sets: all; by source; by country; by role family. Postings without a country count as 'unknown'.
CREATE OR REPLACE TABLE agg_totals AS
WITH p AS (
  SELECT 'month' AS interval, month AS period, source, coalesce(country, 'unknown') AS country, role_family FROM fct_postings
  UNION ALL
  SELECT 'quarter', quarter, source, coalesce(country, 'unknown'), role_family FROM fct_postings
)
SELECT interval, period,
       CASE WHEN grouping(source) = 1 THEN '*' ELSE source END AS source,
       CASE WHEN grouping(country) = 1 THEN '*' ELSE country END AS country,
       CASE WHEN grouping(role_family) = 1 THEN '*' ELSE role_family END AS role_family,
       count(*) AS total
FROM p
GROUP BY GROUPING SETS ((interval, period), (interval, period, source), (interval, period, country), (interval, period, role_family));

-- agg_skill_period: postings mentioning a skill per period and slice; the all-'*' slice is dense.
CREATE OR REPLACE TABLE agg_skill_period AS
WITH ps AS (
  SELECT s.skill_id, 'month' AS interval, p.month AS period, p.source, coalesce(p.country, 'unknown') AS country, p.role_family
  FROM fct_posting_skills s JOIN fct_postings p USING (posting_id)
  UNION ALL
  SELECT s.skill_id, 'quarter', p.quarter, p.source, coalesce(p.country, 'unknown'), p.role_family
  FROM fct_posting_skills s JOIN fct_postings p USING (posting_id)
),
counts AS (
  SELECT skill_id, interval, period,
         CASE WHEN grouping(source) = 1 THEN '*' ELSE source END AS source,
         CASE WHEN grouping(country) = 1 THEN '*' ELSE country END AS country,
         CASE WHEN grouping(role_family) = 1 THEN '*' ELSE role_family END AS role_family,
         count(*) AS postings
  FROM ps
  GROUP BY GROUPING SETS ((skill_id, interval, period), (skill_id, interval, period, source),
                          (skill_id, interval, period, country), (skill_id, interval, period, role_family))
),
dense_all AS (
  SELECT s.skill_id, t.interval, t.period, '*' AS source, '*' AS country, '*' AS role_family,
         coalesce(c.postings, 0) AS postings, t.total
  FROM dim_skills s
  CROSS JOIN (SELECT * FROM agg_totals WHERE source = '*' AND country = '*' AND role_family = '*') t
  LEFT JOIN counts c ON c.skill_id = s.skill_id AND c.interval = t.interval AND c.period = t.period
   AND c.source = '*' AND c.country = '*' AND c.role_family = '*'
),
sliced AS (
  SELECT c.skill_id, c.interval, c.period, c.source, c.country, c.role_family, c.postings, t.total
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

-- agg_category_period: postings mentioning any skill of a category.
CREATE OR REPLACE TABLE agg_category_period AS
WITH pc AS (
  SELECT DISTINCT s.posting_id, d.category FROM fct_posting_skills s JOIN dim_skills d USING (skill_id)
),
ps AS (
  SELECT pc.category, 'month' AS interval, p.month AS period, p.source, coalesce(p.country, 'unknown') AS country, p.role_family
  FROM pc JOIN fct_postings p USING (posting_id)
  UNION ALL
  SELECT pc.category, 'quarter', p.quarter, p.source, coalesce(p.country, 'unknown'), p.role_family
  FROM pc JOIN fct_postings p USING (posting_id)
),
counts AS (
  SELECT category, interval, period,
         CASE WHEN grouping(source) = 1 THEN '*' ELSE source END AS source,
         CASE WHEN grouping(country) = 1 THEN '*' ELSE country END AS country,
         CASE WHEN grouping(role_family) = 1 THEN '*' ELSE role_family END AS role_family,
         count(*) AS postings
  FROM ps
  GROUP BY GROUPING SETS ((category, interval, period), (category, interval, period, source),
                          (category, interval, period, country), (category, interval, period, role_family))
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
