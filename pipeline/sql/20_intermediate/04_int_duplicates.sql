-- int_duplicates: every posting removed as a duplicate, with the posting kept in its place and the reason.
-- 3. cross_source: same company + title + location from another source within {{window_days}} days
--    (among the postings that survived the within-month steps); the earlier posting is kept.
-- kept_id is resolved through chains (C repeats B which repeats A: C's kept posting is A), so it always
-- names a posting that is kept.
CREATE OR REPLACE TABLE int_duplicates AS
WITH RECURSIVE survivors AS (
  SELECT posting_id, source, posted_at, company_key, title_key, coalesce(location_key, '') AS location_key
  FROM int_postings ANTI JOIN int_dup_within USING (posting_id)
  WHERE company_key IS NOT NULL AND title_key IS NOT NULL
),
cross_source AS (
  SELECT a.posting_id, min(k.posting_id) AS kept_id, 'cross_source' AS reason
  FROM survivors a
  JOIN survivors k
    ON a.company_key = k.company_key AND a.title_key = k.title_key AND a.location_key = k.location_key
   AND a.source <> k.source
   AND (k.posted_at < a.posted_at OR (k.posted_at = a.posted_at AND k.posting_id < a.posting_id))
   AND a.posted_at - k.posted_at <= {{window_days}}
  GROUP BY a.posting_id
),
direct AS (
  SELECT posting_id, kept_id, reason FROM int_dup_within
  UNION ALL SELECT * FROM cross_source
),
chain(posting_id, kept_id, reason, depth) AS (
  SELECT posting_id, kept_id, reason, 0 FROM direct
  UNION ALL
  SELECT c.posting_id, d.kept_id, c.reason, c.depth + 1
  FROM chain c JOIN direct d ON d.posting_id = c.kept_id
  WHERE c.depth < 50
)
SELECT posting_id, arg_max(kept_id, depth) AS kept_id, any_value(reason) AS reason
FROM chain
GROUP BY posting_id;
