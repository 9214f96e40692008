/** enrich_cache_drop: the cached copies the enrich cache read leaves out (pipeline/stages/enrich-cache.ts). */
import { defineTable } from '../table.ts';

export const enrichCacheDrop = defineTable({
  name: 'enrich_cache_drop',
  temp: true,
  doc: 'The (file, row number) of every copy but the first of a (source, content hash) in the enrich cache parts: left out of the cache read and of a compaction (key columns only).',
  columns: [
    { name: 'filename', type: 'VARCHAR' },
    { name: 'file_row_number', type: 'BIGINT' },
  ],
});
