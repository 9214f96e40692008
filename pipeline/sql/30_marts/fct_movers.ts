/** fct_movers: written by pipeline/stages/estimate.ts from pipeline/stats/trend.ts `movers` (docs/trends.md). */
import { defineTable } from '../table.ts';

export const fctMovers = defineTable({
  name: 'fct_movers',
  doc:
    'Biggest risers and decliners per window. Only skills passing the significance guard: |z| >= 1.96 and >= 20 ' +
    'postings in the window with the higher share; ranked by the lower 95% bound of the log share ratio (docs/trends.md).',
  columns: [
    { name: 'direction', type: 'VARCHAR', nullable: false, values: ['rising', 'declining'], doc: 'which list' },
    { name: 'window', type: 'INTEGER', nullable: false, doc: 'months compared with the months before (3, 6, 12, 24)' },
    { name: 'rank', type: 'INTEGER', nullable: false, doc: '1 = biggest mover' },
    { name: 'skill_id', type: 'VARCHAR', nullable: false, doc: 'dim_skills.skill_id' },
    { name: 'share_from', type: 'DOUBLE', nullable: false, doc: 'pooled share in the earlier window' },
    { name: 'share_to', type: 'DOUBLE', nullable: false, doc: 'pooled share in the later window' },
    { name: 'change', type: 'DOUBLE', nullable: false, doc: 'share_to - share_from' },
    { name: 'relative_change', type: 'DOUBLE', doc: 'share_to / share_from - 1' },
    { name: 'z', type: 'DOUBLE', nullable: false, doc: 'two-proportion z statistic' },
    { name: 'postings_from', type: 'BIGINT', nullable: false, doc: 'postings mentioning the skill in the earlier window' },
    { name: 'postings_to', type: 'BIGINT', nullable: false, doc: 'postings mentioning the skill in the later window' },
  ],
});
