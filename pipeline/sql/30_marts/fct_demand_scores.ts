/** fct_demand_scores: written by pipeline/stages/scores.ts from pipeline/stats/demand.ts (docs/demand-score.md). */
import { defineTable } from '../table.ts';

export const DEMAND_SCOPES = ['all', 'country', 'role_family', 'language'] as const;

export const fctDemandScores = defineTable({
  name: 'fct_demand_scores',
  doc: 'Demand score per skill over the last 12 months with postings against the 12 before, overall and per country, role family and posting language with >= 300 unique postings (a thin slice widens its window by 12 months with postings at a time).',
  columns: [
    { name: 'scope', type: 'VARCHAR', nullable: false, values: DEMAND_SCOPES, doc: 'which slice' },
    { name: 'scope_value', type: 'VARCHAR', nullable: false, doc: "'*' or the country code / role family" },
    { name: 'skill_id', type: 'VARCHAR', nullable: false, doc: 'dim_skills.skill_id' },
    { name: 'rank', type: 'INTEGER', nullable: false, doc: '1 = highest score in the scope' },
    { name: 'score', type: 'DOUBLE', nullable: false, doc: '0..100' },
    { name: 'share', type: 'DOUBLE', nullable: false, doc: 'share of postings in the last 12 months' },
    { name: 'share_component', type: 'DOUBLE', doc: 'share part of the score' },
    { name: 'growth', type: 'DOUBLE', doc: 'share vs the 12 months before, minus 1' },
    { name: 'growth_component', type: 'DOUBLE', doc: 'growth part of the score' },
    { name: 'breadth', type: 'BIGINT', doc: 'distinct employers in the last 12 months' },
    { name: 'breadth_component', type: 'DOUBLE', doc: 'breadth part of the score' },
    { name: 'postings', type: 'BIGINT', doc: 'unique postings mentioning the skill in the window' },
    { name: 'window_from', type: 'VARCHAR', doc: 'first month of the window' },
    { name: 'window_to', type: 'VARCHAR', doc: 'last month of the window' },
    { name: 'window_months', type: 'INTEGER', doc: 'calendar months of the window' },
    { name: 'window_months_with_data', type: 'INTEGER', doc: 'months with postings in the window (12, 24, ...)' },
    { name: 'window_total', type: 'BIGINT', doc: 'unique postings of the scope in the window' },
    { name: 'prev_total', type: 'BIGINT', doc: 'unique postings of the scope in the window before' },
    { name: 'low_evidence', type: 'BOOLEAN', doc: 'fewer than 30 postings or 5 employers in the window' },
    { name: 'reason', type: 'VARCHAR', doc: 'why the evidence is low (null otherwise)' },
  ],
});
