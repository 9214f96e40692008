-- Shares are fractions in [0, 1]; counts never exceed their totals.
SELECT 'agg_skill_period' AS model, skill_id AS key, period, share FROM agg_skill_period
WHERE share < 0 OR share > 1 OR postings > total OR (total > 0 AND share IS NULL)
UNION ALL
SELECT 'agg_category_period', category, period, share FROM agg_category_period
WHERE share < 0 OR share > 1 OR postings > total
