-- fct_postings: one row per deduplicated posting.
CREATE OR REPLACE TABLE fct_postings AS
WITH p AS (SELECT * FROM int_postings),
d AS (SELECT posting_id FROM int_duplicates)
SELECT posting_id, source, source_id, url, month, quarter, posted_at, company, company_key, title,
       coalesce(role_family, 'other') AS role_family,
       country, coalesce(is_remote, false) AS is_remote, work_mode, employment_type,
       len(skills) AS n_skills
FROM p ANTI JOIN d USING (posting_id);
