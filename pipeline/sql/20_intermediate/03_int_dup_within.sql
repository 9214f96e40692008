-- int_dup_within: duplicates inside one source and month.
-- 1. exact: same normalized text (text_key); the earliest (then smallest id) is kept.
-- 2. near: MinHash similarity >= {{near_threshold}}; candidates from LSH with 16 bands x 4 rows, buckets
--    larger than {{max_bucket}} skipped (a band value shared by that many postings is boilerplate).
-- Only source-months whose fingerprint changed are computed; the others come from cache_dedup.
-- A monthly HN repost in the next month is NOT a duplicate: demand persisted.
CREATE OR REPLACE TEMP TABLE int_dup_within AS
WITH reuse AS (
  SELECT m.source, m.month FROM int_source_months m JOIN cache_dedup_months c USING (source, month, fingerprint)
),
p AS (
  SELECT i.posting_id, i.source, i.month, i.posted_at, i.text_key, string_split(e.sig, ' ')::UINTEGER[] AS sig
  FROM int_postings i
  ANTI JOIN reuse USING (source, month)
  JOIN int_enrichment e ON e.source = i.source AND e.content_hash = i.content_hash
),
exact AS (
  SELECT posting_id, source, month,
         first_value(posting_id) OVER (PARTITION BY source, month, text_key ORDER BY posted_at, posting_id) AS kept_id
  FROM p
),
exact_dups AS (
  SELECT source, month, posting_id, kept_id, 'exact' AS reason FROM exact WHERE posting_id <> kept_id
),
survivors AS (
  SELECT p.* FROM p ANTI JOIN exact_dups d USING (posting_id)
),
all_bands AS (
  SELECT posting_id, source, month, posted_at, b, hash(list_slice(sig, b * 4 + 1, b * 4 + 4)) AS band_hash
  FROM survivors, range(16) AS r(b)
  WHERE len(sig) = 64
),
bands AS (
  SELECT * FROM all_bands
  QUALIFY count(*) OVER (PARTITION BY source, month, b, band_hash) <= {{max_bucket}}
),
candidates AS (
  SELECT DISTINCT a.posting_id AS dup_id, k.posting_id AS kept_id
  FROM bands a
  JOIN bands k ON a.source = k.source AND a.month = k.month AND a.b = k.b AND a.band_hash = k.band_hash
   AND (k.posted_at < a.posted_at OR (k.posted_at = a.posted_at AND k.posting_id < a.posting_id))
),
near AS (
  SELECT any_value(a.source) AS source, any_value(a.month) AS month, c.dup_id AS posting_id, min(c.kept_id) AS kept_id, 'near' AS reason
  FROM candidates c
  JOIN survivors a ON a.posting_id = c.dup_id
  JOIN survivors k ON k.posting_id = c.kept_id
  WHERE list_sum(list_transform(range(1, 65), i -> (a.sig[i] = k.sig[i])::INTEGER)) / 64.0 >= {{near_threshold}}
  GROUP BY c.dup_id
)
SELECT * FROM exact_dups
UNION ALL SELECT * FROM near
UNION ALL SELECT c.source, c.month, c.posting_id, c.kept_id, c.reason FROM cache_dedup c SEMI JOIN reuse USING (source, month);
