-- int_source_months: one row per (source, month) with a fingerprint of its postings and their contents.
-- The within-month dedup of a source-month whose fingerprint is in the dedup cache is reused as it was.
CREATE OR REPLACE TEMP TABLE int_source_months AS
SELECT source, month, hash(bit_xor(hash(posting_id, content_hash)), count(*)) AS fingerprint, count(*) AS postings
FROM int_postings
GROUP BY source, month;
