/** fct_skill_trends: written by pipeline/stages/estimate.ts from pipeline/stats/trend.ts (docs/trends.md). */
import { defineTable } from '../table.ts';

export const fctSkillTrends = defineTable({
  name: 'fct_skill_trends',
  doc: "Trend measures per skill (monthly, all-`'*'` slice), from the smoothed line the API serves (docs/trends.md).",
  columns: [
    { name: 'skill_id', type: 'VARCHAR', nullable: false, doc: 'dim_skills.skill_id' },
    { name: 'latest_period', type: 'VARCHAR', doc: 'last month of the analysis window' },
    {
      name: 'postings_12m',
      type: 'BIGINT',
      doc: 'unique postings mentioning the skill in the last 12 months with postings',
    },
    {
      name: 'share_current',
      type: 'DOUBLE',
      doc: 'pooled share of the last 3 months with postings (current_postings / current_total)',
    },
    { name: 'growth_3m', type: 'DOUBLE', doc: 'relative change of the smoothed share over 3 months' },
    { name: 'growth_6m', type: 'DOUBLE', doc: 'relative change of the smoothed share over 6 months' },
    { name: 'growth_12m', type: 'DOUBLE', doc: 'relative change of the smoothed share over 12 months' },
    { name: 'yoy', type: 'DOUBLE', doc: 'pooled share of the last 12 months with postings vs the 12 before, minus 1' },
    { name: 'momentum', type: 'DOUBLE', doc: 'growth_3m - growth_12m / 4' },
    {
      name: 'smoothed',
      type: 'JSON',
      doc: '[{period, share}]: the centred 3-month pooled share growth is computed from (null in a month without postings)',
    },
    { name: 'current_from', type: 'VARCHAR', doc: 'first month with postings of the last 3 months with postings' },
    { name: 'current_to', type: 'VARCHAR', doc: 'last month of the last 3 months with postings' },
    { name: 'current_months', type: 'INTEGER', doc: 'calendar months current_from..current_to' },
    { name: 'current_months_with_data', type: 'INTEGER', doc: 'months with postings in it (the ones counted)' },
    { name: 'current_postings', type: 'BIGINT', doc: 'unique postings naming the skill in it' },
    { name: 'current_total', type: 'BIGINT', doc: 'all unique postings in it' },
    { name: 'year_from', type: 'VARCHAR', doc: 'first month with postings of the last 12 months with postings' },
    { name: 'year_to', type: 'VARCHAR', doc: 'last month of the last 12 months with postings' },
    { name: 'year_months', type: 'INTEGER', doc: 'calendar months year_from..year_to' },
    { name: 'year_months_with_data', type: 'INTEGER', doc: 'months with postings in it (the ones counted)' },
    { name: 'year_postings', type: 'BIGINT', doc: 'unique postings naming the skill in it' },
    { name: 'year_total', type: 'BIGINT', doc: 'all unique postings in it' },
  ],
});
