/** meta_source_months: written by pipeline/stages/carry.ts at the end of a build; read by the next build's carry. */
import { defineTable } from '../table.ts';

export const metaSourceMonths = defineTable({
  name: 'meta_source_months',
  doc: "One row per (source, month) of this build: the fingerprint of its staged postings and contents (int_source_months) and the build key (versions and settings the per-posting marts depend on). The next incremental build copies a posting's rows of the per-posting marts from this warehouse when its (source, month) has the same fingerprint under the same key (docs/scale.md, 'Carrying unchanged postings').",
  columns: [
    { name: 'source', type: 'VARCHAR', nullable: false, doc: 'fct_postings.source' },
    { name: 'month', type: 'VARCHAR', nullable: false, doc: 'YYYY-MM' },
    {
      name: 'fingerprint',
      type: 'UBIGINT',
      nullable: false,
      doc: 'hash of the (posting_id, content_hash) pairs of the month and their count',
    },
    {
      name: 'build_key',
      type: 'VARCHAR',
      nullable: false,
      doc: 'enrich cache version (row format, normalizer, extractor, taxonomy), dedup settings, cross-source window, carry format',
    },
  ],
});
