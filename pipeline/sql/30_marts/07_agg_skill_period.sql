-- agg_skill_period: unique postings (all_postings: reposts included) mentioning a skill per period and slice (int_key_period, kind 'skill').
-- The periods not kept (int_key_period) and the kept ones' rows from the previous warehouse (int_kept_periods).
CREATE OR REPLACE TEMP TABLE int_skill_period_new AS
SELECT key AS skill_id, interval, period, source, country, role_family, postings, total, share, all_postings, all_total
FROM int_key_period WHERE kind = 'skill';
CREATE OR REPLACE TABLE agg_skill_period AS
SELECT * FROM (SELECT * FROM int_skill_period_new UNION ALL BY NAME SELECT * FROM ({{kept_agg_skill_period}}))
-- sorted so that a skill's rows sit together: the API's point look-ups skip most row groups
ORDER BY interval, skill_id, source, country, role_family, period;
DROP TABLE int_skill_period_new;
