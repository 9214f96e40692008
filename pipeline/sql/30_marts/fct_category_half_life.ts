/** fct_category_half_life: written by pipeline/stages/categories.ts from pipeline/stats/skillset.ts (docs/half-life.md). */
import { defineTable } from '../table.ts';

export const fctCategoryHalfLife = defineTable({
  name: 'fct_category_half_life',
  doc: 'Skill-set half-life per category and per role family (the Deming-Noray turnover view).',
  columns: [
    { name: 'kind', type: 'VARCHAR', nullable: false, values: ['category', 'role_family'], doc: 'what name is' },
    { name: 'name', type: 'VARCHAR', nullable: false, doc: 'the category or role family' },
    { name: 'base_year', type: 'INTEGER', doc: 'year whose skill set is followed' },
    { name: 'status', type: 'VARCHAR', doc: 'declining | rising | stable | insufficient_data' },
    { name: 'half_life_months', type: 'DOUBLE', doc: 'months for the base-year demand to halve' },
    { name: 'ci_low', type: 'DOUBLE', doc: 'lower end of the interval' },
    { name: 'ci_high', type: 'DOUBLE', doc: 'upper end of the interval' },
    { name: 'doubling_time_months', type: 'DOUBLE', doc: 'months to double (rising only)' },
    { name: 'rate', type: 'DOUBLE', doc: 'yearly log-rate' },
    { name: 'p_value', type: 'DOUBLE', doc: 'p-value of rate against 0' },
    { name: 'n_skills', type: 'INTEGER', doc: 'skills in the base-year skill set' },
    {
      name: 'remaining',
      type: 'JSON',
      doc: '[{years, remaining}]: share of base-year demand still there k years later, each skill capped at its base-year share',
    },
    { name: 'method', type: 'VARCHAR', doc: 'estimator' },
    {
      name: 'scope',
      type: 'VARCHAR',
      values: ['all', 'country', 'role_family'],
      doc: "the postings the category is followed in ('all', or a country / role family with >= 300 postings)",
    },
    { name: 'scope_value', type: 'VARCHAR', doc: "'*' or the country code / role family" },
  ],
});
