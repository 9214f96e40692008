-- fct_posting_lifetimes: when each deduplicated posting was first and last seen by a crawler and when it was
-- closed (disappeared from its ATS board), from the lifetime events of docs/crawling.md. A posting seen again
-- after a close is open again (closed_at only when the latest close comes after the last sighting). Postings
-- that only came through `import` have no events: their first/last seen are their fetch time, open_days NULL.
CREATE OR REPLACE TABLE fct_posting_lifetimes AS
WITH ev AS (
  SELECT source || ':' || id AS posting_id, event, try_cast("at" AS TIMESTAMP) AS event_at FROM src_events
),
seen AS (
  SELECT posting_id, min(event_at) FILTER (WHERE event = 'seen') AS first_seen_at, max(event_at) FILTER (WHERE event = 'seen') AS last_seen_at,
         max(event_at) FILTER (WHERE event = 'closed') AS last_closed_at, count(*) FILTER (WHERE event = 'seen') AS sightings
  FROM ev GROUP BY posting_id
),
p AS (
  SELECT f.posting_id, f.source, f.posted_at, s.fetched_at
  FROM fct_postings f JOIN stg_postings s USING (posting_id)
)
SELECT p.posting_id, p.source, p.posted_at,
       coalesce(seen.first_seen_at, p.fetched_at) AS first_seen_at,
       coalesce(seen.last_seen_at, p.fetched_at) AS last_seen_at,
       CASE WHEN seen.last_closed_at > coalesce(seen.last_seen_at, p.fetched_at) THEN seen.last_closed_at END AS closed_at,
       coalesce(seen.sightings, 0) AS sightings,
       CASE WHEN seen.last_closed_at > coalesce(seen.last_seen_at, p.fetched_at)
            THEN date_diff('day', p.posted_at, seen.last_closed_at::DATE) END AS open_days
FROM p LEFT JOIN seen USING (posting_id);
