-- int_duplicates: postings that repeat an earlier one, with the kept posting and the reason.
-- 1. exact: same source, month and normalized text (text_key).
-- 2. near: same source and month, MinHash similarity >= {{near_threshold}} (LSH: 16 bands x 4 rows).
-- 3. cross_source: same company + title + location from another source within {{window_days}} days.
-- A monthly HN repost in the next month is NOT a duplicate: demand persisted.
CREATE OR REPLACE TABLE int_duplicates AS
WITH p AS (
  SELECT posting_id, source, month, posted_at, text_key, sig, company_key, title_key, coalesce(location_key, '') AS location_key
  FROM int_postings
),
exact AS (
  SELECT posting_id,
         first_value(posting_id) OVER (PARTITION BY source, month, text_key ORDER BY posted_at, posting_id) AS kept_id
  FROM p
),
exact_dups AS (
  SELECT posting_id, kept_id, 'exact' AS reason FROM exact WHERE posting_id <> kept_id
),
survivors AS (
  SELECT p.* FROM p ANTI JOIN exact_dups d USING (posting_id)
),
bands AS (
  SELECT posting_id, source, month, posted_at, b, hash(list_slice(sig, b * 4 + 1, b * 4 + 4)) AS band_hash
  FROM survivors, range(16) AS r(b)
  WHERE len(sig) = 64
),
candidates AS (
  SELECT DISTINCT a.posting_id AS dup_id, k.posting_id AS kept_id
  FROM bands a
  JOIN bands k ON a.source = k.source AND a.month = k.month AND a.b = k.b AND a.band_hash = k.band_hash
   AND (k.posted_at < a.posted_at OR (k.posted_at = a.posted_at AND k.posting_id < a.posting_id))
),
near AS (
  SELECT c.dup_id AS posting_id, min(c.kept_id) AS kept_id, 'near' AS reason
  FROM candidates c
  JOIN survivors a ON a.posting_id = c.dup_id
  JOIN survivors k ON k.posting_id = c.kept_id
  WHERE list_sum(list_transform(range(1, 65), i -> (a.sig[i] = k.sig[i])::INTEGER)) / 64.0 >= {{near_threshold}}
  GROUP BY c.dup_id
),
cross_source AS (
  SELECT a.posting_id, min(k.posting_id) AS kept_id, 'cross_source' AS reason
  FROM survivors a
  JOIN survivors k
    ON a.company_key = k.company_key AND a.title_key = k.title_key AND a.location_key = k.location_key
   AND a.source <> k.source
   AND (k.posted_at < a.posted_at OR (k.posted_at = a.posted_at AND k.posting_id < a.posting_id))
   AND a.posted_at - k.posted_at <= {{window_days}}
  WHERE a.company_key IS NOT NULL AND a.title_key IS NOT NULL
  GROUP BY a.posting_id
),
final AS (
  SELECT * FROM exact_dups
  UNION ALL SELECT * FROM near
  UNION ALL SELECT * FROM cross_source WHERE posting_id NOT IN (SELECT posting_id FROM near)
)
SELECT * FROM final;
