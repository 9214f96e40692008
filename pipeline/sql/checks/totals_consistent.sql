-- Totals agree: the all slice equals the postings per period, and the by-source slices add up to it.
WITH f AS (SELECT month AS period, count(*) FILTER (WHERE NOT is_repost) AS n FROM fct_postings GROUP BY month),
a AS (SELECT period, total FROM agg_totals WHERE interval = 'month' AND is_all_slice(source, country, role_family)),
s AS (SELECT period, sum(total) AS total FROM agg_totals WHERE interval = 'month' AND source <> '*' GROUP BY period),
q AS (SELECT sum(total) AS total FROM agg_totals WHERE interval = 'quarter' AND is_all_slice(source, country, role_family))
SELECT 'all_vs_fct' AS check_name, coalesce(f.period, a.period) AS period FROM f FULL JOIN a USING (period) WHERE f.n IS DISTINCT FROM a.total
UNION ALL SELECT 'sources_add_up', a.period FROM a JOIN s USING (period) WHERE a.total <> s.total
UNION ALL SELECT 'quarters_add_up', 'all' FROM q WHERE coalesce(q.total, 0) <> (SELECT count(*) FROM fct_postings WHERE NOT is_repost)
