-- dim_skills: every taxonomy skill, with all-time postings and share; category_path is a list from the
-- domain down to the skill (stored, so no reader splits a string).
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
