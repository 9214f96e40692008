/** pay_extra: raw records that carry extras (structured pay fields), one per source and content (pipeline/stages/pay.ts). */
import { defineTable } from '../table.ts';

export const payExtra = defineTable({
  name: 'pay_extra',
  temp: true,
  doc: 'The raw extras of each (source, content_hash) that has any: those postings take their pay from the pay stage, not the enrich cache.',
  columns: [
    { name: 'source', type: 'VARCHAR' },
    { name: 'content_hash', type: 'VARCHAR' },
    { name: 'extra', type: 'VARCHAR' },
  ],
});
