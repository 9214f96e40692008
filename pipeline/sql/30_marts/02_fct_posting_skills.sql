-- fct_posting_skills: a skill counts once per posting (the extractor lists each skill once).
CREATE OR REPLACE TABLE fct_posting_skills AS
SELECT posting_id, unnest(skills) AS skill_id
FROM int_postings ANTI JOIN int_duplicates USING (posting_id);
