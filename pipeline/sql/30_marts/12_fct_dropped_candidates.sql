-- fct_dropped_candidates: every candidate the extractor dropped in a deduplicated posting (`skillpulse extract
-- --explain`): surface, offsets into fct_posting_text.text, zone and why it was dropped (decide.ts reasons, or
-- 'ambiguous:no-evidence' for an ambiguous alias without supporting context).
-- Kept in place (pipeline/stages/in-place.ts): the carried postings' rows (carry_postings, pipeline/stages/carry.ts)
-- stay from the previous warehouse the build file was copied from; the others' are deleted and computed.
-- The insert runs once per range of posting ids (posting_range: pipeline/sql.ts POSTING_CHUNK postings each, in id
-- order), so the unnest and the sort hold one chunk at a time (at 5M postings one sort of them all ran out of
-- DuckDB's 1 GB: docs/scale.md); the ranges in order write the rows in the order one run would.
CREATE TABLE IF NOT EXISTS fct_dropped_candidates (
  posting_id VARCHAR, skill_id VARCHAR, surface VARCHAR, start INTEGER, "end" INTEGER, zone VARCHAR, why VARCHAR
);
{{delete_uncarried_fct_dropped_candidates}};
INSERT INTO fct_dropped_candidates
WITH j AS (
  SELECT p.posting_id, unnest(from_json(e.dropped_spans, '["JSON"]')) AS m
  FROM fct_postings f
  ANTI JOIN carry_postings c USING (posting_id)
  JOIN int_postings p USING (posting_id)
  JOIN int_enrichment e ON e.source = p.source AND e.content_hash = p.content_hash
  WHERE e.dropped_spans IS NOT NULL AND e.dropped_spans <> '[]' AND ({{posting_range}})
)
SELECT posting_id, m->>0 AS skill_id, m->>1 AS surface, (m->>2)::INTEGER AS start, (m->>3)::INTEGER AS "end",
       m->>4 AS zone, m->>5 AS why
FROM j
ORDER BY posting_id, start, "end", skill_id;
