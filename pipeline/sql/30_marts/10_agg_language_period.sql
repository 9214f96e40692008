-- agg_language_period: unique postings (reposts left out, as in agg_totals) per period and posting language
-- (ISO 639-1, fct_postings.language), all of them (skill_id '*') and those mentioning each skill; the language
-- slice of the trend route and of the evidence route.
-- Quarters are sums of their months (a posting belongs to one month). Computed for the periods not kept
-- (int_kept_periods); the kept ones' rows are copied from the previous warehouse.
CREATE OR REPLACE TEMP TABLE int_language_period_new AS
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
SELECT 'quarter', quarter_of(period), language, skill_id, sum(postings) FROM months GROUP BY ALL;
-- with the kept periods' rows (int_kept_periods), from the previous warehouse
CREATE OR REPLACE TABLE agg_language_period AS
SELECT * FROM (SELECT * FROM int_language_period_new UNION ALL BY NAME SELECT * FROM ({{kept_agg_language_period}}))
ORDER BY interval, language, skill_id, period;
DROP TABLE int_language_period_new;
