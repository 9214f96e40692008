-- Shared SQL, declared once; created in the warehouse file so the API's queries and the checks use the same.
-- Period arithmetic on 'YYYY-MM' / 'YYYY-Qn' labels mirrors pipeline/stats/period.ts (tested against it).

-- quarter_of('2024-05') = '2024-Q2'
CREATE OR REPLACE MACRO quarter_of(m) AS substr(m, 1, 4) || '-Q' || ((cast(substr(m, 6, 2) AS INTEGER) + 2) // 3);

-- period_index('2024-05') = 2024 * 12 + 4, period_index('2024-Q2') = 2024 * 4 + 1: consecutive periods differ by 1
CREATE OR REPLACE MACRO period_index(p) AS
  CASE WHEN p[6] = 'Q' THEN cast(substr(p, 1, 4) AS INTEGER) * 4 + cast(substr(p, 7, 1) AS INTEGER) - 1
       ELSE cast(substr(p, 1, 4) AS INTEGER) * 12 + cast(substr(p, 6, 2) AS INTEGER) - 1 END;

-- the all-postings slice of agg_totals, agg_skill_period and agg_category_period ('*' = all)
CREATE OR REPLACE MACRO is_all_slice(source, country, role_family) AS source = '*' AND country = '*' AND role_family = '*';
