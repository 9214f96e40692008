-- stg_postings: one row per (source, id), the latest version seen in the raw store.
-- Renames and casts only; no joins but the one back to src_raw that reads the latest version's columns.
CREATE OR REPLACE TEMP TABLE stg_postings AS
WITH src AS (
  -- minus what 00_stg_excluded.sql leaves out (poison records, quarantine)
  SELECT r.rowid AS raw_row, r.source, r.id, r.fetched_at, r.content_hash FROM src_raw r ANTI JOIN stg_excluded e
    ON r.source IS NOT DISTINCT FROM e.source AND r.id IS NOT DISTINCT FROM e.id AND r.content_hash IS NOT DISTINCT FROM e.content_hash
),
-- the latest version of each (source, id), ranked on the keys alone: the records' text is read once, below,
-- not carried through the window's partitions (at 1M postings it spilled)
ranked AS (
  SELECT raw_row, row_number() OVER (PARTITION BY source, id ORDER BY fetched_at DESC, content_hash) AS version_rank,
         count(*) OVER (PARTITION BY source, id) AS n_versions
  FROM src
),
latest AS (
  SELECT r.*, k.n_versions FROM src_raw r JOIN ranked k ON k.raw_row = r.rowid WHERE k.version_rank = 1
),
final AS (
  SELECT
    source || ':' || id                                   AS posting_id,
    source,
    id                                                    AS source_id,
    url,
    coalesce(try_cast(substr(posted_at, 1, 10) AS DATE), try_cast(month || '-01' AS DATE)) AS posted_at,
    coalesce(month, substr(posted_at, 1, 7))              AS month,
    text,
    title,
    company,
    location,
    upper(country)                                        AS country,
    content_hash,
    try_cast(fetched_at AS TIMESTAMP)                     AS fetched_at,
    -- the source's structured work terms (crawlers/work-terms.ts); a value outside the vocabulary
    -- (workspace/work-terms.ts) is left out and the text's reading is used
    CASE WHEN extra->>'work_mode' IN ('remote', 'hybrid', 'onsite') THEN extra->>'work_mode' END AS extra_work_mode,
    CASE WHEN extra->>'employment' IN ('full-time', 'part-time', 'contract', 'internship', 'temporary')
         THEN extra->>'employment' END                    AS extra_employment,
    n_versions
  FROM latest
)
SELECT *, quarter_of(month) AS quarter
FROM final;
