-- fct_posting_text: the normalized plain text each deduplicated posting was matched on, once per posting; the
-- start/end offsets of fct_match_spans and fct_dropped_candidates index into it (UTF-16 code units, JavaScript
-- string offsets). The evidence route (GET /skills/{id}/postings) trims it to a window around each match.
-- Kept in place (pipeline/stages/in-place.ts): an incremental build's file is a copy of the previous warehouse, whose
-- rows of the carried postings (carry_postings, pipeline/stages/carry.ts) stay; the others' rows are deleted and the
-- postings not carried are computed.
CREATE TABLE IF NOT EXISTS fct_posting_text (posting_id VARCHAR, text VARCHAR);
{{delete_uncarried_fct_posting_text}};
INSERT INTO fct_posting_text
SELECT p.posting_id, e.plain_text AS text
FROM fct_postings f
ANTI JOIN carry_postings c USING (posting_id)
JOIN int_postings p USING (posting_id)
JOIN int_enrichment e ON e.source = p.source AND e.content_hash = p.content_hash
ORDER BY p.posting_id;
