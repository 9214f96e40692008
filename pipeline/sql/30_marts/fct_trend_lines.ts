/** fct_trend_lines: written by pipeline/stages/lines.ts from pipeline/stats/line.ts (docs/trends.md, "Smoothing"). */
import { defineTable } from '../table.ts';

export const fctTrendLines = defineTable({
  name: 'fct_trend_lines',
  doc:
    "The smoothed line of each skill per interval and slice (every skill in the all-`'*'` slice, the skills with postings in " +
    'the others): what GET /skills/{id}/trend serves as `smoothed`, the same line fct_skill_trends.growth_* compare.',
  columns: [
    { name: 'interval', type: 'VARCHAR', nullable: false, values: ['month', 'quarter'], doc: 'period kind' },
    { name: 'skill_id', type: 'VARCHAR', nullable: false, doc: 'dim_skills.skill_id' },
    { name: 'source', type: 'VARCHAR', nullable: false, doc: "slice, '*' = all" },
    { name: 'country', type: 'VARCHAR', nullable: false, doc: "slice, '*' = all" },
    { name: 'role_family', type: 'VARCHAR', nullable: false, doc: "slice, '*' = all" },
    {
      name: 'smoothed',
      type: 'JSON',
      nullable: false,
      doc: '[{period, share}]: centred 3-period pooled share of every period of the slice; share null = a break before a gap',
    },
    {
      name: 'isolated_from',
      type: 'VARCHAR',
      doc: 'first period of a short leading stretch cut off by a gap of more than 12 months (charts leave it out)',
    },
    { name: 'isolated_to', type: 'VARCHAR', doc: 'last period of that stretch' },
  ],
});
