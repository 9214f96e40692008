/**
 * Marts kept in place (docs/scale.md, "Building in place"). An incremental build's file starts as a copy of the
 * previous warehouse (pipeline/db.ts `openForBuild` `copyOf`), and the per-posting marts whose rows of a carried
 * posting are the previous build's (CARRIED_MARTS and CARRIED_PAY, pipeline/stages/carry.ts) keep those rows where
 * they are: their models delete the rows of the postings this build does not carry and insert those it computes,
 * instead of copying every carried row out of the attached previous warehouse (at 1M postings ~1 GB of text
 * alone). The period aggregates (KEPT_PERIOD_AGGS) likewise keep the rows of the kept periods (int_kept_periods)
 * and replace the others'. Every other table of the copy is dropped as the file is opened, so the build writes it
 * anew as a full build does; when nothing is carried the in-place marts are dropped too (their columns may have
 * changed). What a table holds is the same as a full build's; its stored order is not (rows computed by an
 * incremental build sit after the kept ones), and rows deleted in place leave free space in the file.
 */
import type { Db } from '../db.ts';
import { CARRIED_MARTS, CARRIED_PAY, KEPT_PERIOD_AGGS } from './carry.ts';

export const IN_PLACE_MARTS: readonly string[] = [...CARRIED_MARTS, ...CARRIED_PAY, ...KEPT_PERIOD_AGGS];

/** Drops what the copy of the previous warehouse holds but the in-place marts (as the build file is opened). */
export async function dropCopied(db: Db): Promise<void> {
  const rows = await db.all<{ name: string; kind: string }>(
    `SELECT table_name AS name, 'TABLE' AS kind FROM duckdb_tables() WHERE database_name = current_database() AND NOT temporary
     UNION ALL
     SELECT view_name, 'VIEW' FROM duckdb_views() WHERE database_name = current_database() AND NOT temporary AND NOT internal`,
  );
  for (const r of rows)
    if (!(r.kind === 'TABLE' && IN_PLACE_MARTS.includes(r.name))) await db.run(`DROP ${r.kind} "${r.name}"`);
}

/** Drops the in-place marts of the copy (nothing is carried: their rows and columns are not this build's). */
export async function dropInPlace(db: Db): Promise<void> {
  for (const t of IN_PLACE_MARTS) await db.run(`DROP TABLE IF EXISTS main.${t}`);
}

/**
 * The statement that deletes a per-posting in-place mart's rows of the postings this build does not carry (carry_postings
 * that this build keeps, fct_postings): all of them when nothing is carried, none in a fresh file.
 */
export function deleteUncarried(table: string): string {
  return `DELETE FROM ${table} WHERE posting_id NOT IN (SELECT posting_id FROM carry_postings SEMI JOIN fct_postings USING (posting_id))`;
}

/**
 * The statement that deletes a period aggregate's rows of the periods this build does not keep (int_kept_periods):
 * all of them when nothing is kept, none in a fresh file.
 */
export function deleteUnkept(table: string): string {
  return `DELETE FROM ${table} x WHERE NOT EXISTS (SELECT 1 FROM int_kept_periods k WHERE k.interval = x.interval AND k.period = x.period)`;
}

/** The `{{delete_uncarried_<mart>}}` and `{{delete_unkept_<agg>}}` placeholders of the in-place marts' models. */
export function inPlaceVars(): Record<string, string> {
  return Object.fromEntries([
    ...CARRIED_MARTS.map((t) => [`delete_uncarried_${t}`, deleteUncarried(t)]),
    ...KEPT_PERIOD_AGGS.map((t) => [`delete_unkept_${t}`, deleteUnkept(t)]),
  ]);
}
