-- Keys are unique in every mart.
SELECT 'fct_postings' AS model, posting_id AS key FROM fct_postings GROUP BY posting_id HAVING count(*) > 1
UNION ALL SELECT 'fct_posting_skills', posting_id || '/' || skill_id FROM fct_posting_skills GROUP BY posting_id, skill_id HAVING count(*) > 1
UNION ALL SELECT 'dim_skills', skill_id FROM dim_skills GROUP BY skill_id HAVING count(*) > 1
UNION ALL SELECT 'agg_totals', concat_ws('/', interval, period, source, country, role_family) FROM agg_totals GROUP BY interval, period, source, country, role_family HAVING count(*) > 1
UNION ALL SELECT 'agg_skill_period', concat_ws('/', skill_id, interval, period, source, country, role_family) FROM agg_skill_period GROUP BY ALL HAVING count(*) > 1
