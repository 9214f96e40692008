/** meta_build: one row written by pipeline/run.ts at the end of a build. */
import { defineTable } from '../table.ts';

export const metaBuild = defineTable({
  name: 'meta_build',
  doc: 'One row describing this build.',
  columns: [
    { name: 'built_at', type: 'TIMESTAMP', nullable: false, doc: 'when this warehouse was built (UTC)' },
    { name: 'postings', type: 'BIGINT', nullable: false, doc: 'postings after dedup' },
    { name: 'raw_postings', type: 'BIGINT', nullable: false, doc: 'raw records read (all versions)' },
    { name: 'first_month', type: 'VARCHAR', doc: 'first month with postings' },
    { name: 'data_through', type: 'VARCHAR', doc: 'last month with postings (the API reads it, never max(posted_at))' },
    { name: 'taxonomy_version', type: 'VARCHAR', doc: 'version string of the taxonomy used' },
    { name: 'dedup_rate', type: 'DOUBLE', doc: '1 - postings / distinct raw postings' },
    { name: 'staged_postings', type: 'BIGINT', doc: 'distinct raw postings (latest version of each source + id)' },
  ],
});
