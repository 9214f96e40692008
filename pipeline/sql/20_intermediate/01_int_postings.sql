-- int_postings: staged postings joined with their normalization and extracted skills
-- (the MinHash signature stays in int_enrichment: only changed source-months need it, see int_dup_within)
-- (int_enrichment is filled by the enrich stage, cached by source + content hash).
CREATE OR REPLACE TEMP TABLE int_postings AS
WITH stg AS (SELECT * FROM stg_postings),
enr AS (SELECT * FROM int_enrichment),
final AS (
  SELECT
    stg.posting_id, stg.source, stg.source_id, stg.url, stg.posted_at, stg.month, stg.quarter,
    coalesce(stg.company, enr.company)       AS company,
    enr.company_key,
    coalesce(stg.title, enr.title)           AS title,
    enr.title_key,
    coalesce(stg.location, enr.location)     AS location,
    enr.location_key,
    coalesce(stg.country, enr.country)       AS country,
    -- a work term the source states in a field wins over the text's reading
    CASE WHEN stg.extra_work_mode IS NULL THEN enr.is_remote ELSE stg.extra_work_mode = 'remote' END AS is_remote,
    coalesce(stg.extra_work_mode, enr.work_mode)         AS work_mode,
    coalesce(stg.extra_employment, enr.employment_type) AS employment_type,
    enr.role_family,
    enr.text_key,
    CASE WHEN enr.skills = '' THEN []::VARCHAR[] ELSE string_split(enr.skills, ' ') END AS skills,
    CASE WHEN enr.skills = '' THEN []::VARCHAR[] ELSE string_split(enr.skill_zones, ' ') END AS skill_zones,
    CASE WHEN enr.skills = '' THEN []::VARCHAR[] ELSE string_split(enr.skill_rules, ';') END AS skill_rules,
    stg.content_hash,
    coalesce(enr.language, 'und')            AS language
  FROM stg
  JOIN enr ON enr.source = stg.source AND enr.content_hash = stg.content_hash
)
SELECT * FROM final;
