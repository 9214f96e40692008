-- agg_skill_period: unique postings (all_postings: reposts included) mentioning a skill per period and slice (int_key_period, kind 'skill').
CREATE OR REPLACE TABLE agg_skill_period AS
SELECT key AS skill_id, interval, period, source, country, role_family, postings, total, share, all_postings, all_total
FROM int_key_period WHERE kind = 'skill'
-- sorted so that a skill's rows sit together: the API's point look-ups skip most row groups
ORDER BY interval, skill_id, source, country, role_family, period;
