-- fct_match_spans: every kept match of a deduplicated posting (a skill may match several times; fct_posting_skills
-- keeps one row per skill): surface, offsets into fct_posting_text.text, zone and the rule that kept it
-- (docs/extraction.md). Spans only: the text is stored once per posting in fct_posting_text.
-- Computed for the postings not carried (carry_postings, pipeline/stages/carry.ts); the carried ones' rows are
-- copied from the previous warehouse (the carry_fct_match_spans placeholder).
CREATE OR REPLACE TABLE fct_match_spans AS
WITH j AS (
  SELECT p.posting_id, unnest(from_json(e.match_spans, '["JSON"]')) AS m
  FROM fct_postings f
  ANTI JOIN carry_postings c USING (posting_id)
  JOIN int_postings p USING (posting_id)
  JOIN int_enrichment e ON e.source = p.source AND e.content_hash = p.content_hash
  WHERE e.match_spans IS NOT NULL AND e.match_spans <> '[]'
)
SELECT posting_id, m->>0 AS skill_id, m->>1 AS surface, (m->>2)::INTEGER AS start, (m->>3)::INTEGER AS "end",
       m->>4 AS zone, m->>5 AS rule
FROM j
ORDER BY posting_id, start;
INSERT INTO fct_match_spans {{carry_fct_match_spans}};
