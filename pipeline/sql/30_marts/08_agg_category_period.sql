-- agg_category_period: postings mentioning any skill of a category per period and slice (int_key_period, kind 'category').
-- Kept in place (pipeline/stages/in-place.ts): the kept periods' rows (int_kept_periods) stay from the previous
-- warehouse the build file was copied from; the other periods' rows are deleted and inserted from int_key_period.
CREATE TABLE IF NOT EXISTS agg_category_period (
  category VARCHAR, interval VARCHAR, period VARCHAR, source VARCHAR, country VARCHAR, role_family VARCHAR,
  postings HUGEINT, total HUGEINT, share DOUBLE
);
{{delete_unkept_agg_category_period}};
INSERT INTO agg_category_period
SELECT key AS category, interval, period, source, country, role_family, postings, total, share
FROM int_key_period WHERE kind = 'category';
