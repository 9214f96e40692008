/** carry_postings: filled by pipeline/stages/carry.ts; read by the per-posting marts (30_marts/1[0-2]_*.sql). */
import { defineTable } from '../table.ts';

export const carryPostings = defineTable({
  name: 'carry_postings',
  temp: true,
  doc: 'Staged postings whose rows of the per-posting marts are copied from the previous warehouse: their (source, month) has the fingerprint it had there under the same build key, and the previous build kept them (prev.fct_postings). Empty on a full build.',
  columns: [{ name: 'posting_id', type: 'VARCHAR', nullable: false }],
});
