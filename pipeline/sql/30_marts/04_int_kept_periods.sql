-- int_month_fingerprints: per month of fct_postings, a fingerprint of everything that month's rows of the agg_*
-- tables depend on: each deduplicated posting's id, source, country, role family, repost flag, language and
-- skills (the taxonomy's categories are fixed by the build key). Saved as meta_month_fingerprints for the next build.
CREATE OR REPLACE TEMP TABLE int_month_fingerprints AS
SELECT f.month,
       hash(bit_xor(hash(f.posting_id, f.source, f.country, f.role_family, f.is_repost, f.language, p.skills)), count(*)) AS fingerprint
FROM fct_postings f JOIN int_postings p USING (posting_id)
GROUP BY f.month;
-- int_kept_periods: the periods whose agg_* rows are copied from the previous warehouse (pipeline/stages/carry.ts;
-- docs/scale.md "Keeping unchanged periods"): a quarter when every month of it, in this build or the previous one,
-- has the same fingerprint in both (under the same build key), and then its months too. Every other quarter is
-- recomputed with all its months, so a quarter's sum is always over months computed in the same build. Empty when
-- nothing is carried ({{prev_month_fingerprints}} has no rows).
CREATE OR REPLACE TEMP TABLE int_kept_periods AS
WITH prev AS ({{prev_month_fingerprints}}),
months AS (
  SELECT coalesce(c.month, p.month) AS month,
         coalesce(c.month IS NOT NULL AND p.month IS NOT NULL AND c.fingerprint = p.fingerprint, false) AS same
  FROM int_month_fingerprints c FULL JOIN prev p ON p.month = c.month
),
quarters AS (SELECT quarter_of(month) AS quarter, bool_and(same) AS kept FROM months GROUP BY 1)
SELECT 'month' AS interval, m.month AS period FROM months m JOIN quarters q ON q.quarter = quarter_of(m.month) WHERE q.kept
UNION ALL
SELECT 'quarter', quarter FROM quarters WHERE kept;
