-- agg_totals: unique postings (reposts left out, see fct_postings.is_repost) per period and slice ('*' = all);
-- all_total counts every deduplicated posting, reposts included.
-- Grouping sets: all; by source; by country; by role family. Postings without a country count as 'unknown'.
-- Kept in place (pipeline/stages/in-place.ts): the kept periods' rows (int_kept_periods) stay from the previous
-- warehouse the build file was copied from; the other periods' rows are deleted and computed.
CREATE TABLE IF NOT EXISTS agg_totals (
  interval VARCHAR, period VARCHAR, source VARCHAR, country VARCHAR, role_family VARCHAR, total HUGEINT, all_total HUGEINT
);
{{delete_unkept_agg_totals}};
INSERT INTO agg_totals
WITH p AS (
  SELECT month, source, coalesce(country, 'unknown') AS country, role_family, is_repost FROM fct_postings
  ANTI JOIN int_kept_periods k ON k.interval = 'month' AND k.period = fct_postings.month
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
