-- fct_postings: one row per deduplicated posting.
-- is_repost: the same employer (company_key) with the same role (title_key) posted it before, at most 60 days
-- earlier or, on HN (sources hn*), in the previous monthly thread (the previous month WITH postings, so the
-- January thread after two missing months still repeats October's). Shares count unique postings
-- (is_repost = false) by default; reposts stay in the table and in the all_* counts of the aggregates.
CREATE OR REPLACE TABLE fct_postings AS
WITH p AS (SELECT * FROM int_postings),
d AS (SELECT posting_id FROM int_duplicates),
base AS (
  SELECT posting_id, source, source_id, url, month, quarter, posted_at, company, company_key, title, title_key,
         coalesce(role_family, 'other') AS role_family,
         country, coalesce(is_remote, false) AS is_remote, work_mode, employment_type,
         len(skills) AS n_skills, language
  FROM p ANTI JOIN d USING (posting_id)
),
source_months AS (
  SELECT source, month, lead(month) OVER (PARTITION BY source ORDER BY month) AS next_month
  FROM (SELECT DISTINCT source, month FROM base)
),
prev AS (
  SELECT posting_id,
         lag(posted_at) OVER w AS prev_at, lag(month) OVER w AS prev_month, lag(source) OVER w AS prev_source,
         lag(posting_id) OVER w AS prev_id
  FROM base
  WHERE company_key IS NOT NULL AND title_key IS NOT NULL
  WINDOW w AS (PARTITION BY company_key, title_key ORDER BY posted_at, posting_id)
),
final AS (
  SELECT b.* EXCLUDE (title_key),
         coalesce(pr.prev_at IS NOT NULL AND (b.posted_at - pr.prev_at <= 60 OR (pr.prev_source = b.source AND b.source LIKE 'hn%' AND sm.next_month = b.month)), false) AS is_repost,
         CASE WHEN pr.prev_at IS NOT NULL AND (b.posted_at - pr.prev_at <= 60 OR (pr.prev_source = b.source AND b.source LIKE 'hn%' AND sm.next_month = b.month)) THEN pr.prev_id END AS repost_of
  FROM base b
  LEFT JOIN prev pr USING (posting_id)
  LEFT JOIN source_months sm ON sm.source = pr.prev_source AND sm.month = pr.prev_month
)
SELECT * FROM final;

