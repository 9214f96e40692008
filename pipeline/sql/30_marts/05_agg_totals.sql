-- agg_totals: deduplicated postings per period and slice ('*' = all).
-- Grouping sets: all; by source; by country; by role family. Postings without a country count as 'unknown'.
CREATE OR REPLACE TABLE agg_totals AS
WITH p AS (
  SELECT month, source, coalesce(country, 'unknown') AS country, role_family FROM fct_postings
),
months AS (
  SELECT month AS period,
         CASE WHEN grouping(source) = 1 THEN '*' ELSE source END AS source,
         CASE WHEN grouping(country) = 1 THEN '*' ELSE country END AS country,
         CASE WHEN grouping(role_family) = 1 THEN '*' ELSE role_family END AS role_family,
         count(*) AS total
  FROM p
  GROUP BY GROUPING SETS ((month), (month, source), (month, country), (month, role_family))
)
-- quarters are sums of their months (counts are additive; a posting belongs to one month)
SELECT 'month' AS interval, period, source, country, role_family, total FROM months
UNION ALL
SELECT 'quarter', quarter_of(period), source, country, role_family, sum(total) FROM months GROUP BY ALL;
