/**
 * Scratch tables of the lines stage (pipeline/stages/lines.ts): the series' slices and periods, numbered. Not TEMP:
 * the stage's streamed read runs on another connection, which does not see a TEMP table; the stage drops them.
 */
import { defineTable } from '../table.ts';

export const linesSlices = defineTable({
  name: 'lines_slices',
  doc: "Every slice of agg_skill_period (interval, source, country, role_family), numbered from 0 in key order: the lines stage streams a slice's number instead of its four key strings.",
  columns: [
    { name: 'sid', type: 'INTEGER', nullable: false },
    { name: 'interval', type: 'VARCHAR', nullable: false },
    { name: 'source', type: 'VARCHAR', nullable: false },
    { name: 'country', type: 'VARCHAR', nullable: false },
    { name: 'role_family', type: 'VARCHAR', nullable: false },
  ],
});

export const linesPeriods = defineTable({
  name: 'lines_periods',
  doc: "Every period of a slice's totals (agg_totals) with its index in the slice (pidx, from 0 in period order) and the slice's total.",
  columns: [
    { name: 'sid', type: 'INTEGER', nullable: false },
    { name: 'period', type: 'VARCHAR', nullable: false },
    { name: 'pidx', type: 'INTEGER', nullable: false },
    { name: 'total', type: 'BIGINT' },
  ],
});
