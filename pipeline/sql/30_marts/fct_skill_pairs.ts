/** fct_skill_pairs: written by pipeline/stages/scores.ts from pipeline/stats/adjacency.ts. */
import { defineTable } from '../table.ts';

export const fctSkillPairs = defineTable({
  name: 'fct_skill_pairs',
  doc: 'Skill pairs that share at least 5 postings (all time), both directions.',
  columns: [
    { name: 'skill_id', type: 'VARCHAR', nullable: false, doc: 'dim_skills.skill_id' },
    { name: 'related_id', type: 'VARCHAR', nullable: false, doc: 'the other skill' },
    { name: 'n_both', type: 'BIGINT', nullable: false, doc: 'postings mentioning both' },
    { name: 'n_skill', type: 'BIGINT', nullable: false, doc: 'postings mentioning skill_id' },
    { name: 'n_related', type: 'BIGINT', nullable: false, doc: 'postings mentioning related_id' },
    { name: 'lift', type: 'DOUBLE', nullable: false, doc: 'P(both) / (P(skill) P(related))' },
    { name: 'pmi', type: 'DOUBLE', doc: 'log2 lift' },
    { name: 'npmi', type: 'DOUBLE', doc: 'pmi / -log2 P(both), -1..1' },
  ],
});
