-- agg_skill_period: unique postings (all_postings: reposts included) mentioning a skill per period and slice (int_key_period, kind 'skill').
-- Kept in place (pipeline/stages/in-place.ts): the kept periods' rows (int_kept_periods) stay from the previous
-- warehouse the build file was copied from; the other periods' rows are deleted and inserted from int_key_period.
CREATE TABLE IF NOT EXISTS agg_skill_period (
  skill_id VARCHAR, interval VARCHAR, period VARCHAR, source VARCHAR, country VARCHAR, role_family VARCHAR,
  postings HUGEINT, total HUGEINT, share DOUBLE, all_postings HUGEINT, all_total HUGEINT
);
{{delete_unkept_agg_skill_period}};
INSERT INTO agg_skill_period
SELECT key AS skill_id, interval, period, source, country, role_family, postings, total, share, all_postings, all_total
FROM int_key_period WHERE kind = 'skill'
-- sorted so that a skill's rows sit together: the API's point look-ups skip most row groups (a full build sorts
-- the whole table; an incremental one appends its periods' rows, sorted among themselves)
ORDER BY interval, skill_id, source, country, role_family, period;
