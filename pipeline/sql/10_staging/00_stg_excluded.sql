-- stg_excluded: raw record versions staging leaves out, each with its reason (counted in the run summary):
-- a poison record (no id/source/text, or a month or posted date outside 1970..2100, e.g. planted before
-- the record boundary checked dates), or a match of an active quarantine rule (pipeline/quarantine.ts).
CREATE OR REPLACE TEMP TABLE stg_excluded AS
WITH src AS (
  SELECT source, id, content_hash, posted_at, month, text IS NULL AS no_text FROM src_raw
),
checked AS (
  SELECT *,
    coalesce(month, substr(posted_at, 1, 7))                       AS eff_month,
    coalesce(substr(posted_at, 1, 10), month || '-01')             AS eff_day
  FROM src
),
poison AS (
  SELECT source, id, content_hash,
    CASE WHEN source IS NULL OR id IS NULL OR no_text THEN 'missing source, id or text'
         ELSE 'month or posted date outside 1970..2100 or unreadable' END AS reason
  FROM checked
  WHERE source IS NULL OR id IS NULL OR no_text
     OR eff_month IS NULL
     OR NOT regexp_full_match(eff_month, '(19[7-9][0-9]|20[0-9][0-9]|2100)-(0[1-9]|1[0-2])')
     OR (posted_at IS NOT NULL AND NOT regexp_matches(posted_at, '^(19[7-9][0-9]|20[0-9][0-9]|2100)-'))
),
quarantined AS (
  SELECT c.source, c.id, c.content_hash, 'quarantine ' || min(q.rule_id) AS reason
  FROM checked c
  JOIN src_quarantine q
    ON (q.source IS NULL OR q.source = c.source)
   AND (q.id IS NULL OR q.id = c.id)
   AND (q.from_date IS NULL OR c.eff_day >= q.from_date)
   AND (q.to_date IS NULL OR c.eff_day <= q.to_date)
  GROUP BY ALL
),
final AS (
  SELECT * FROM poison
  UNION ALL
  SELECT * FROM quarantined
)
SELECT source, id, content_hash, min(reason) AS reason FROM final GROUP BY ALL;
