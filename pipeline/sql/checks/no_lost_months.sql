-- No month with zero postings inside a source's range unless it really has none:
-- every staged posting is either in fct_postings or recorded as a duplicate of one that is,
-- so a (source, month) can only be empty when all its postings repeat postings kept elsewhere.
SELECT s.source, s.month, s.posting_id
FROM stg_postings s
WHERE s.posting_id NOT IN (SELECT posting_id FROM fct_postings)
  AND s.posting_id NOT IN (SELECT d.posting_id FROM int_duplicates d JOIN fct_postings f ON f.posting_id = d.kept_id)
