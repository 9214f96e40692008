/** pay_todo: the postings the pay stage parses, numbered for batching (pipeline/stages/pay.ts). */
import { defineTable } from '../table.ts';

const text = (name: string) => ({ name, type: 'VARCHAR' as const });

export const payTodo = defineTable({
  name: 'pay_todo',
  temp: true,
  doc: 'Deduplicated postings with their staged text and the raw record extras (structured pay fields).',
  columns: [
    { name: 'rn', type: 'BIGINT' },
    text('posting_id'),
    text('title'),
    text('country'),
    text('text'),
    text('extra'),
  ],
});
