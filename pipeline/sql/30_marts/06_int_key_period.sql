-- int_key_period: postings per period and slice for each key, where a key is a skill (kind 'skill': postings
-- mentioning it) or a category (kind 'category': postings mentioning any of its skills). One computation behind
-- agg_skill_period and agg_category_period. Same grouping sets as agg_totals; the all-'*' slice is dense (every
-- key x every period, zeros included), the breakdown slices hold only non-zero rows. postings / total count unique
-- postings (reposts left out); all_postings / all_total count every deduplicated posting.
-- Only for the periods not kept (int_kept_periods): agg_skill_period and agg_category_period copy the kept ones.
CREATE OR REPLACE TEMP TABLE int_key_period AS
WITH keys AS (
  SELECT 'skill' AS kind, skill_id AS key FROM dim_skills
  UNION ALL SELECT DISTINCT 'category', category FROM dim_skills
),
fp AS (
  SELECT * FROM fct_postings f ANTI JOIN int_kept_periods k ON k.interval = 'month' AND k.period = f.month
),
posting_keys AS (
  SELECT 'skill' AS kind, skill_id AS key, posting_id FROM fct_posting_skills SEMI JOIN fp USING (posting_id)
  UNION ALL
  SELECT DISTINCT 'category', d.category, s.posting_id
  FROM fct_posting_skills s SEMI JOIN fp USING (posting_id) JOIN dim_skills d USING (skill_id)
),
ps AS (
  SELECT k.kind, k.key, p.month, p.source, coalesce(p.country, 'unknown') AS country, p.role_family, p.is_repost
  FROM posting_keys k JOIN fp p USING (posting_id)
),
month_counts AS (
  SELECT kind, key, month AS period,
         CASE WHEN grouping(source) = 1 THEN '*' ELSE source END AS source,
         CASE WHEN grouping(country) = 1 THEN '*' ELSE country END AS country,
         CASE WHEN grouping(role_family) = 1 THEN '*' ELSE role_family END AS role_family,
         count(*) FILTER (WHERE NOT is_repost) AS postings,
         count(*) AS all_postings
  FROM ps
  GROUP BY GROUPING SETS ((kind, key, month), (kind, key, month, source), (kind, key, month, country), (kind, key, month, role_family))
),
counts AS (
  SELECT kind, key, 'month' AS interval, period, source, country, role_family, postings, all_postings FROM month_counts
  UNION ALL
  SELECT kind, key, 'quarter', quarter_of(period), source, country, role_family, sum(postings), sum(all_postings) FROM month_counts GROUP BY ALL
),
dense_all AS (
  SELECT k.kind, k.key, t.interval, t.period, '*' AS source, '*' AS country, '*' AS role_family,
         coalesce(c.postings, 0) AS postings, t.total, coalesce(c.all_postings, 0) AS all_postings, t.all_total
  FROM keys k
  CROSS JOIN (
    SELECT * FROM agg_totals a ANTI JOIN int_kept_periods USING (interval, period)
    WHERE is_all_slice(a.source, a.country, a.role_family)
  ) t
  LEFT JOIN counts c ON c.kind = k.kind AND c.key = k.key AND c.interval = t.interval AND c.period = t.period
   AND is_all_slice(c.source, c.country, c.role_family)
),
sliced AS (
  SELECT c.kind, c.key, c.interval, c.period, c.source, c.country, c.role_family, c.postings, t.total, c.all_postings, t.all_total
  FROM counts c
  JOIN agg_totals t USING (interval, period, source, country, role_family)
  WHERE NOT is_all_slice(c.source, c.country, c.role_family)
)
SELECT *, CASE WHEN total > 0 THEN postings / total ELSE NULL END AS share FROM dense_all
UNION ALL
SELECT *, CASE WHEN total > 0 THEN postings / total ELSE NULL END AS share FROM sliced;
