-- dim_sources: coverage and freshness per source (last_posted_at stored here, not computed per request).
CREATE OR REPLACE TABLE dim_sources AS
WITH raw AS (SELECT source, count(*) AS raw_postings FROM stg_postings GROUP BY source),
f AS (
  SELECT source, count(*) AS postings, min(month) AS first_month, max(month) AS last_month, max(posted_at) AS last_posted_at
  FROM fct_postings GROUP BY source
)
SELECT raw.source, coalesce(f.postings, 0) AS postings, raw.raw_postings, f.first_month, f.last_month, f.last_posted_at
FROM raw LEFT JOIN f USING (source);
