/** fct_posting_pay: written by pipeline/stages/pay.ts from pipeline/normalize/posting-pay.ts (docs/pay.md). */
import { PAY_PERIODS } from '../../../workspace/pay.ts';
import { defineTable } from '../table.ts';

export const PAY_ORIGINS = ['text', 'structured'] as const;

export const fctPostingPay = defineTable({
  name: 'fct_posting_pay',
  doc: "Advertised pay ranges, one row per range of a deduplicated posting: from the text (parsePay) or from the record's structured fields (Ashby compensation, Greenhouse pay ranges, JSON-LD baseSalary).",
  columns: [
    { name: 'posting_id', type: 'VARCHAR', nullable: false, doc: 'fct_postings.posting_id' },
    { name: 'range_no', type: 'INTEGER', nullable: false, doc: '1.. in the order found (structured first)' },
    { name: 'origin', type: 'VARCHAR', nullable: false, values: PAY_ORIGINS, doc: 'where the range came from' },
    { name: 'min', type: 'DOUBLE', nullable: false, doc: 'lower bound as advertised (per period, original currency)' },
    { name: 'max', type: 'DOUBLE', nullable: false, doc: 'upper bound (= min for a single figure)' },
    { name: 'currency', type: 'VARCHAR', nullable: false, doc: 'ISO 4217' },
    { name: 'period', type: 'VARCHAR', nullable: false, values: PAY_PERIODS, doc: 'what the amount is per' },
    {
      name: 'annual_min',
      type: 'DOUBLE',
      nullable: false,
      doc: 'min annualised (hour x 2080, day x 260, week x 52, month x 12), original currency',
    },
    { name: 'annual_max', type: 'DOUBLE', nullable: false, doc: 'max annualised, original currency' },
    {
      name: 'usd_min',
      type: 'DOUBLE',
      doc: 'annual_min in USD at the fixed table (pipeline/normalize/fx.ts); null for a currency it lacks',
    },
    { name: 'usd_max', type: 'DOUBLE', doc: 'annual_max in USD' },
    {
      name: 'start',
      type: 'INTEGER',
      doc: 'UTF-16 offset of the range in the plain text; null for a structured range',
    },
    { name: 'end', type: 'INTEGER', doc: 'end offset in the plain text' },
  ],
});
