/** fct_movers: written by pipeline/stages/estimate.ts from pipeline/stats/trend.ts `movers` (docs/trends.md). */
import { defineTable } from '../table.ts';

export const fctMovers = defineTable({
  name: 'fct_movers',
  doc:
    'Biggest risers and decliners per window of months with postings, overall and per country / role family with >= 300 postings. ' +
    'Only skills passing the significance guard: |z| >= 1.96, >= 20 postings and >= 5 employers in the window with the higher share; ranked by the lower 95% bound of the log share ratio (docs/trends.md).',
  columns: [
    { name: 'scope', type: 'VARCHAR', nullable: false, values: ['all', 'country', 'role_family'], doc: 'which slice' },
    { name: 'scope_value', type: 'VARCHAR', nullable: false, doc: "'*' or the country code / role family" },
    { name: 'direction', type: 'VARCHAR', nullable: false, values: ['rising', 'declining'], doc: 'which list' },
    {
      name: 'window',
      type: 'INTEGER',
      nullable: false,
      doc: 'months WITH postings compared with as many months with postings before (3, 6, 12, 24)',
    },
    { name: 'rank', type: 'INTEGER', nullable: false, doc: '1 = biggest mover' },
    { name: 'skill_id', type: 'VARCHAR', nullable: false, doc: 'dim_skills.skill_id' },
    { name: 'share_from', type: 'DOUBLE', nullable: false, doc: 'pooled share in the earlier window' },
    { name: 'share_to', type: 'DOUBLE', nullable: false, doc: 'pooled share in the later window' },
    { name: 'change', type: 'DOUBLE', nullable: false, doc: 'share_to - share_from' },
    { name: 'relative_change', type: 'DOUBLE', doc: 'share_to / share_from - 1' },
    { name: 'z', type: 'DOUBLE', nullable: false, doc: 'two-proportion z statistic' },
    {
      name: 'postings_from',
      type: 'BIGINT',
      nullable: false,
      doc: 'postings mentioning the skill in the earlier window',
    },
    { name: 'postings_to', type: 'BIGINT', nullable: false, doc: 'postings mentioning the skill in the later window' },
    {
      name: 'employers',
      type: 'INTEGER',
      doc: 'distinct employers in the window with the higher share (>= 5 to be listed)',
    },
    { name: 'from_start', type: 'VARCHAR', doc: 'first month of the earlier window' },
    { name: 'from_end', type: 'VARCHAR', doc: 'last month of the earlier window' },
    { name: 'from_months', type: 'INTEGER', doc: 'calendar months of the earlier window' },
    { name: 'from_months_with_data', type: 'INTEGER', doc: 'months with postings in the earlier window (= window)' },
    { name: 'total_from', type: 'BIGINT', doc: 'unique postings in the earlier window' },
    { name: 'to_start', type: 'VARCHAR', doc: 'first month of the later window' },
    { name: 'to_end', type: 'VARCHAR', doc: 'last month of the later window' },
    { name: 'to_months', type: 'INTEGER', doc: 'calendar months of the later window' },
    { name: 'to_months_with_data', type: 'INTEGER', doc: 'months with postings in the later window (= window)' },
    { name: 'total_to', type: 'BIGINT', doc: 'unique postings in the later window' },
  ],
});
