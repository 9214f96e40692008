/** The dedup cache as loaded by pipeline/stages/dedup-cache.ts (read by 03_int_dup_within.sql). */
import { defineTable } from '../table.ts';

export const cacheDedupMonths = defineTable({
  name: 'cache_dedup_months',
  temp: true,
  doc: 'Fingerprint of each (source, month) whose within-month duplicates are cached.',
  columns: [
    { name: 'source', type: 'VARCHAR' },
    { name: 'month', type: 'VARCHAR' },
    { name: 'fingerprint', type: 'UBIGINT' },
  ],
});

export const cacheDedup = defineTable({
  name: 'cache_dedup',
  temp: true,
  doc: 'Cached within-month duplicates.',
  columns: [
    { name: 'source', type: 'VARCHAR' },
    { name: 'month', type: 'VARCHAR' },
    { name: 'posting_id', type: 'VARCHAR' },
    { name: 'kept_id', type: 'VARCHAR' },
    { name: 'reason', type: 'VARCHAR' },
  ],
});
