/** pay_cached: deduplicated postings whose pay the enrich stage computed from the text (pipeline/stages/pay.ts). */
import { defineTable } from '../table.ts';

export const payCached = defineTable({
  name: 'pay_cached',
  temp: true,
  doc: 'Postings without raw extras, with the pay the enrich stage cached for their text (int_enrichment.text_pay).',
  columns: [
    { name: 'posting_id', type: 'VARCHAR' },
    { name: 'pay', type: 'JSON' },
  ],
});
