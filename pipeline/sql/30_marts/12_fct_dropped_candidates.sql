-- fct_dropped_candidates: every candidate the extractor dropped in a deduplicated posting (`skillpulse extract
-- --explain`): surface, offsets into fct_posting_text.text, zone and why it was dropped (decide.ts reasons, or
-- 'ambiguous:no-evidence' for an ambiguous alias without supporting context).
-- Computed for the postings not carried (carry_postings, pipeline/stages/carry.ts); the carried ones' rows are
-- copied from the previous warehouse (the carry_fct_dropped_candidates placeholder).
CREATE OR REPLACE TABLE fct_dropped_candidates AS
WITH j AS (
  SELECT p.posting_id, unnest(from_json(e.dropped_spans, '["JSON"]')) AS m
  FROM fct_postings f
  ANTI JOIN carry_postings c USING (posting_id)
  JOIN int_postings p USING (posting_id)
  JOIN int_enrichment e ON e.source = p.source AND e.content_hash = p.content_hash
  WHERE e.dropped_spans IS NOT NULL AND e.dropped_spans <> '[]'
)
SELECT posting_id, m->>0 AS skill_id, m->>1 AS surface, (m->>2)::INTEGER AS start, (m->>3)::INTEGER AS "end",
       m->>4 AS zone, m->>5 AS why
FROM j
ORDER BY posting_id, start;
INSERT INTO fct_dropped_candidates {{carry_fct_dropped_candidates}};
