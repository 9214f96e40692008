-- dim_skills: every taxonomy skill, with all-time postings and share.
CREATE OR REPLACE TABLE dim_skills AS
WITH n AS (SELECT count(*) AS total FROM fct_postings),
c AS (SELECT skill_id, count(*) AS postings FROM fct_posting_skills GROUP BY skill_id),
final AS (
  SELECT t.skill_id, t.label, t.domain, t.category, t.category_path, t.aliases, t.esco_uri, t.onet_code, t.onet_title,
         t.skill_type, t.type, coalesce(c.postings, 0) AS postings,
         CASE WHEN n.total > 0 THEN coalesce(c.postings, 0) / n.total ELSE 0 END AS share
  FROM src_taxonomy t CROSS JOIN n LEFT JOIN c USING (skill_id)
)
SELECT * FROM final;

-- dim_sources: coverage per source.
CREATE OR REPLACE TABLE dim_sources AS
WITH raw AS (SELECT source, count(*) AS raw_postings FROM stg_postings GROUP BY source),
f AS (SELECT source, count(*) AS postings, min(month) AS first_month, max(month) AS last_month FROM fct_postings GROUP BY source)
SELECT raw.source, coalesce(f.postings, 0) AS postings, raw.raw_postings, f.first_month, f.last_month
FROM raw LEFT JOIN f USING (source);
