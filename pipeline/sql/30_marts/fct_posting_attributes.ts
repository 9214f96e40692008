/** fct_posting_attributes: written by pipeline/stages/pay.ts (docs/pay.md). */
import { defineTable } from '../table.ts';
import { PAY_ORIGINS } from './fct_posting_pay.ts';

export const SENIORITIES = ['junior', 'mid', 'senior', 'staff', 'lead'] as const;

export const fctPostingAttributes = defineTable({
  name: 'fct_posting_attributes',
  doc: 'Per deduplicated posting: seniority from the title, language, equity offered, and the posting-level advertised pay used by the pay premium.',
  columns: [
    { name: 'posting_id', type: 'VARCHAR', nullable: false, doc: 'fct_postings.posting_id' },
    {
      name: 'seniority',
      type: 'VARCHAR',
      values: SENIORITIES,
      doc: 'from the title (pipeline/normalize/seniority.ts); null without a title',
    },
    { name: 'language', type: 'VARCHAR', nullable: false, doc: 'ISO 639-1 of the text, or und' },
    { name: 'has_equity', type: 'BOOLEAN', nullable: false, doc: 'the posting offers equity (stock, options, RSUs)' },
    { name: 'pay_ranges', type: 'INTEGER', nullable: false, doc: 'rows in fct_posting_pay' },
    { name: 'pay_usd', type: 'DOUBLE', doc: "geometric mean of the ranges' annual USD midpoints; null without pay" },
    {
      name: 'pay_source',
      type: 'VARCHAR',
      values: PAY_ORIGINS,
      doc: "where the posting's pay came from: structured (a pay field of the record, preferred) or text; null without pay",
    },
    {
      name: 'pay_rejected',
      type: 'VARCHAR',
      doc: 'why a structured pay field of the record was not read (field: reason); null when none was refused',
    },
  ],
});
