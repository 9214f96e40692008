-- fct_posting_text: the normalized plain text each deduplicated posting was matched on, once per posting; the
-- start/end offsets of fct_match_spans and fct_dropped_candidates index into it (UTF-16 code units, JavaScript
-- string offsets). The evidence route (GET /skills/{id}/postings) trims it to a window around each match.
CREATE OR REPLACE TABLE fct_posting_text AS
SELECT p.posting_id, e.plain_text AS text
FROM fct_postings f
JOIN int_postings p USING (posting_id)
JOIN int_enrichment e ON e.source = p.source AND e.content_hash = p.content_hash
ORDER BY p.posting_id;
