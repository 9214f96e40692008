/** meta_month_fingerprints: written by pipeline/stages/carry.ts at the end of a build; read by the next build's int_kept_periods. */
import { defineTable } from '../table.ts';

export const metaMonthFingerprints = defineTable({
  name: 'meta_month_fingerprints',
  doc: "One row per month of fct_postings in this build: a fingerprint of everything the month's rows of the agg_* tables depend on (int_month_fingerprints) and the build key. The next incremental build keeps the agg_* rows of a quarter and its months when every month of the quarter has the same fingerprint there under the same key (docs/scale.md, 'Keeping unchanged periods').",
  columns: [
    { name: 'month', type: 'VARCHAR', nullable: false, doc: 'YYYY-MM' },
    {
      name: 'fingerprint',
      type: 'UBIGINT',
      nullable: false,
      doc: "hash of the month's deduplicated postings (id, source, country, role family, repost flag, language, skills) and their count",
    },
    { name: 'build_key', type: 'VARCHAR', nullable: false, doc: 'as meta_source_months.build_key' },
  ],
});
