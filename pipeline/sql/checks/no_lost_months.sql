-- No month with zero postings inside a source's range unless the raw store really has none:
-- every (source, month) present in the raw store keeps at least one posting after dedup.
SELECT s.source, s.month
FROM (SELECT DISTINCT source, month FROM stg_postings) s
ANTI JOIN (SELECT DISTINCT source, month FROM fct_postings) f USING (source, month)
