-- agg_category_period: postings mentioning any skill of a category per period and slice (int_key_period, kind 'category').
CREATE OR REPLACE TABLE agg_category_period AS
SELECT key AS category, interval, period, source, country, role_family, postings, total, share
FROM int_key_period WHERE kind = 'category';
-- the kept periods' rows (int_kept_periods), from the previous warehouse
INSERT INTO agg_category_period BY NAME {{kept_agg_category_period}};
