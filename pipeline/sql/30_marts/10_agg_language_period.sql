-- agg_language_period: unique postings (reposts left out, as in agg_totals) per period and posting language
-- (ISO 639-1, fct_postings.language), all of them (skill_id '*') and those mentioning each skill; the language
-- slice of the trend route and of the evidence route.
-- Quarters are sums of their months (a posting belongs to one month). Kept in place (pipeline/stages/in-place.ts):
-- the kept periods' rows (int_kept_periods) stay from the previous warehouse the build file was copied from; the
-- other periods' rows are deleted and computed.
CREATE TABLE IF NOT EXISTS agg_language_period (
  interval VARCHAR, period VARCHAR, language VARCHAR, skill_id VARCHAR, postings HUGEINT
);
{{delete_unkept_agg_language_period}};
INSERT INTO agg_language_period
WITH months AS (
  SELECT 'month' AS interval, month AS period, language, '*' AS skill_id, count(*) AS postings
  FROM fct_postings f ANTI JOIN int_kept_periods k ON k.interval = 'month' AND k.period = f.month
  WHERE NOT is_repost GROUP BY ALL
  UNION ALL
  SELECT 'month', p.month, p.language, k.skill_id, count(*)
  FROM fct_postings p JOIN fct_posting_skills k USING (posting_id)
  ANTI JOIN int_kept_periods kp ON kp.interval = 'month' AND kp.period = p.month
  WHERE NOT p.is_repost GROUP BY ALL
)
SELECT interval, period, language, skill_id, postings FROM months
UNION ALL
SELECT 'quarter', quarter_of(period), language, skill_id, sum(postings) FROM months GROUP BY ALL
ORDER BY interval, language, skill_id, period;
