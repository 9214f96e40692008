-- fct_posting_text: the normalized plain text each deduplicated posting was matched on, once per posting; the
-- start/end offsets of fct_match_spans and fct_dropped_candidates index into it (UTF-16 code units, JavaScript
-- string offsets). The evidence route (GET /skills/{id}/postings) trims it to a window around each match.
-- Computed for the postings not carried (carry_postings, pipeline/stages/carry.ts); the carried ones' rows are
-- copied from the previous warehouse (the carry_fct_posting_text placeholder).
CREATE OR REPLACE TABLE fct_posting_text AS
SELECT p.posting_id, e.plain_text AS text
FROM fct_postings f
ANTI JOIN carry_postings c USING (posting_id)
JOIN int_postings p USING (posting_id)
JOIN int_enrichment e ON e.source = p.source AND e.content_hash = p.content_hash
ORDER BY p.posting_id;
INSERT INTO fct_posting_text {{carry_fct_posting_text}};
