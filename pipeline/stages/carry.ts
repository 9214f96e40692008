/**
 * Carrying unchanged postings from the previous warehouse (docs/scale.md, "Carrying unchanged postings").
 *
 * The build writes a new warehouse file each run; an incremental build's starts as a copy of the previous one and
 * ATTACHes the previous one read-only (as `prev`). For every posting whose rows cannot have changed, its rows of
 * the per-posting marts whose content is a function of the posting's enrichment alone (CARRIED_MARTS: the text and
 * the match and dropped spans, which otherwise re-read and unnest the whole enrich cache's JSON; CARRIED_PAY) stay
 * in the copy (pipeline/stages/in-place.ts). A posting is carried when
 * - its (source, month) has the same fingerprint (int_source_months: its postings and their content hashes)
 *   as in the previous build, under the same build key (enrich cache version: row format, normalizer,
 *   extractor, taxonomy; dedup settings; cross-source window; CARRY_VERSION), and
 * - the previous build kept it (it is in prev.fct_postings), so its rows are there,
 * and it is kept by this build (the models semi-join fct_postings). Everything else (new postings, those of a
 * changed month, those dedup keeps now but dropped before) is computed as in a full build. A key that differs,
 * a missing or unreadable previous warehouse, or `--full` carries nothing: the build is a full one.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { literal, type Db } from '../db.ts';
import { carryPostings } from '../sql/20_intermediate/carry_postings.ts';
import { metaSourceMonths } from '../sql/30_marts/meta_source_months.ts';
import { metaMonthFingerprints } from '../sql/30_marts/meta_month_fingerprints.ts';

/** Bump when what a carried mart holds per posting changes (its model or its columns; for CARRIED_PAY also pay.ts's
 * per-posting output when NORMALIZE_VERSION stays). */
export const CARRY_VERSION = '2';

/**
 * The marts whose rows of a posting depend only on its enrichment and on dedup keeping it (the certification
 * mentions: its text read by the matcher, whose version the enrich cache's folder carries).
 */
export const CARRIED_MARTS = [
  'fct_posting_text',
  'fct_match_spans',
  'fct_dropped_candidates',
  'fct_certification_mentions',
] as const;

/**
 * The pay stage's per-posting marts (pipeline/stages/pay.ts): a posting's rows depend only on its raw record
 * (text, title, country, structured pay fields: its content hash) and on the normalizer (NORMALIZE_VERSION, part
 * of the enrich cache folder in the key).
 */
export const CARRIED_PAY = ['fct_posting_pay', 'fct_posting_attributes'] as const;

/**
 * The period aggregates whose rows of a kept period (int_kept_periods: a quarter whose months all have the
 * fingerprint they had in the previous build, and its months) stay from the previous warehouse
 * (pipeline/stages/in-place.ts).
 */
export const KEPT_PERIOD_AGGS = [
  'agg_totals',
  'agg_skill_period',
  'agg_category_period',
  'agg_language_period',
] as const;

/** Everything the carried rows depend on besides the posting's content (a change forces a full build). */
export function buildKey(parts: { enrichCache: string; dedupCache: string; windowDays: number }): string {
  return [
    `c${CARRY_VERSION}`,
    path.basename(parts.enrichCache),
    path.basename(parts.dedupCache),
    `w${parts.windowDays}`,
  ].join('/');
}

export interface CarryState {
  /** Whether the previous warehouse is attached as `prev` with rows to carry. */
  attached: boolean;
  /** Postings carried (0 when not attached). */
  postings: number;
  /** Why nothing is carried, when nothing is. */
  reason?: string;
  /** The build key the previous warehouse was built under (when attached: this build's). */
  key?: string;
}

/**
 * Attaches the previous warehouse (unless `full`) and fills carry_postings. Runs after dedup (int_postings,
 * int_source_months) and before the marts.
 */
export async function prepareCarry(
  db: Db,
  opts: { warehouse: string; key: string; full?: boolean },
): Promise<CarryState> {
  await db.createTable(carryPostings);
  if (opts.full) return { attached: false, postings: 0, reason: 'full build' };
  if (!existsSync(opts.warehouse)) return { attached: false, postings: 0, reason: 'no previous warehouse' };
  try {
    await db.run(`ATTACH ${literal(opts.warehouse)} AS prev (READ_ONLY)`);
  } catch (err) {
    return { attached: false, postings: 0, reason: `previous warehouse unreadable: ${(err as Error).message}` };
  }
  const tables = new Set(
    (await db.all<{ t: string }>("SELECT table_name AS t FROM duckdb_tables() WHERE database_name = 'prev'")).map(
      (r) => r.t,
    ),
  );
  const missing = [
    metaSourceMonths.name,
    metaMonthFingerprints.name,
    'fct_postings',
    ...CARRIED_MARTS,
    ...CARRIED_PAY,
    ...KEPT_PERIOD_AGGS,
  ].filter((t) => !tables.has(t));
  const sameKey =
    missing.length === 0 &&
    (await db.one<{ n: number }>(`SELECT count(*) AS n FROM prev.${metaSourceMonths.name} WHERE build_key <> $1`, [
      opts.key,
    ]))!.n === 0;
  if (!sameKey) {
    await detachPrevious(db);
    return {
      attached: false,
      postings: 0,
      reason: missing.length ? `previous warehouse lacks ${missing.join(', ')}` : 'build key changed',
    };
  }
  await db.run(
    `INSERT INTO carry_postings
     SELECT i.posting_id FROM int_postings i
     JOIN int_source_months m USING (source, month)
     JOIN prev.${metaSourceMonths.name} pm ON pm.source = m.source AND pm.month = m.month AND pm.fingerprint = m.fingerprint
     SEMI JOIN prev.fct_postings f ON f.posting_id = i.posting_id`,
  );
  const postings = (await db.one<{ n: number }>('SELECT count(*) AS n FROM carry_postings'))!.n;
  return { attached: true, postings, key: opts.key };
}

/** The `{{prev_month_fingerprints}}` placeholder (int_kept_periods): the previous build's month fingerprints under this build's key, or none. */
export function carryVars(state: CarryState): Record<string, string> {
  return {
    prev_month_fingerprints: state.attached
      ? `SELECT month, fingerprint FROM prev.${metaMonthFingerprints.name} WHERE build_key = ${literal(state.key ?? '')}`
      : 'SELECT NULL::VARCHAR AS month, NULL::UBIGINT AS fingerprint WHERE false',
  };
}

/** Writes this build's (source, month) and month fingerprints under its key (meta_source_months, meta_month_fingerprints), for the next build. */
export async function saveSourceMonths(db: Db, key: string): Promise<void> {
  await db.createTable(metaSourceMonths);
  await db.run(
    `INSERT INTO ${metaSourceMonths.name} SELECT source, month, fingerprint, $1 FROM int_source_months ORDER BY source, month`,
    [key],
  );
  await db.createTable(metaMonthFingerprints);
  await db.run(
    `INSERT INTO ${metaMonthFingerprints.name} SELECT month, fingerprint, $1 FROM int_month_fingerprints ORDER BY month`,
    [key],
  );
}

/** Detaches the previous warehouse (after the pay stage, the last to read it; before the build file is closed and renamed into place). */
export async function detachPrevious(db: Db): Promise<void> {
  await db.run('DETACH DATABASE IF EXISTS prev');
}
