/** fct_skill_pairs: written by pipeline/stages/scores.ts from pipeline/stats/adjacency.ts. */
import { defineTable } from '../table.ts';

export const fctSkillPairs = defineTable({
  name: 'fct_skill_pairs',
  doc: 'Skill pairs named together by at least 5 employers (unique postings, all time), both directions; lift, pmi and npmi on employer counts.',
  columns: [
    { name: 'skill_id', type: 'VARCHAR', nullable: false, doc: 'dim_skills.skill_id' },
    { name: 'related_id', type: 'VARCHAR', nullable: false, doc: 'the other skill' },
    { name: 'n_both', type: 'BIGINT', nullable: false, doc: 'postings mentioning both' },
    { name: 'n_skill', type: 'BIGINT', nullable: false, doc: 'postings mentioning skill_id' },
    { name: 'n_related', type: 'BIGINT', nullable: false, doc: 'postings mentioning related_id' },
    { name: 'lift', type: 'DOUBLE', nullable: false, doc: 'E(both) E / (E(skill) E(related)) on employers' },
    { name: 'pmi', type: 'DOUBLE', doc: 'log2 lift' },
    { name: 'npmi', type: 'DOUBLE', doc: 'pmi / -log2 P(both), -1..1' },
    { name: 'employers', type: 'BIGINT', doc: 'distinct employers with a posting naming both' },
    { name: 'employers_skill', type: 'BIGINT', doc: 'distinct employers naming skill_id' },
    { name: 'employers_related', type: 'BIGINT', doc: 'distinct employers naming related_id' },
  ],
});
