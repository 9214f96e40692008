/** fct_skill_time_to_fill: written by pipeline/stages/time-to-fill.ts from pipeline/stats/survival.ts (docs/time-to-fill.md). */
import { defineTable } from '../table.ts';

export const fctSkillTimeToFill = defineTable({
  name: 'fct_skill_time_to_fill',
  doc:
    'Days an ATS posting asking for the skill stays open (first seen to closed; still-open postings right-censored at ' +
    'their last sighting): Kaplan-Meier median with a 90% Brookmeyer-Crowley interval (log-log band). One row per skill ' +
    'with at least one ATS posting; the API answers from 30 postings of which 10 closed.',
  columns: [
    { name: 'skill_id', type: 'VARCHAR', nullable: false, doc: 'dim_skills.skill_id' },
    { name: 'n', type: 'BIGINT', nullable: false, doc: 'ATS postings with crawler sightings asking for the skill' },
    { name: 'closed', type: 'BIGINT', nullable: false, doc: 'of which closed (left their board)' },
    { name: 'censored', type: 'BIGINT', nullable: false, doc: 'still open at their last sighting' },
    {
      name: 'median_days',
      type: 'DOUBLE',
      doc: 'Kaplan-Meier median days open; NULL when fewer than half closed (not reached)',
    },
    { name: 'lo', type: 'DOUBLE', doc: 'lower end of the 90% interval (days)' },
    { name: 'hi', type: 'DOUBLE', doc: 'upper end of the 90% interval (days); NULL when open above' },
    { name: 'level', type: 'DOUBLE', nullable: false, doc: 'interval level (0.9)' },
    { name: 'method', type: 'VARCHAR', nullable: false, doc: 'estimator and interval' },
  ],
});
