-- fct_posting_skills: a skill counts once per posting (the extractor lists each skill once), with the zone of
-- its strongest kept match (requirements > nice_to_have > role > header > other > company ...) and the rule
-- that kept it (docs/extraction.md).
CREATE OR REPLACE TABLE fct_posting_skills AS
SELECT posting_id, unnest(skills) AS skill_id, unnest(skill_zones) AS zone, unnest(skill_rules) AS rule
FROM int_postings ANTI JOIN int_duplicates USING (posting_id);
