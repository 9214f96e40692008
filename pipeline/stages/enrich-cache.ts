/**
 * Reading and compacting the enrich cache (`data/cache/enrich/<version>/part-*.parquet`, docs/scale.md) as
 * streaming scans, so neither holds the wide cached rows (text, spans, pay JSON: a few KB each) in memory: the
 * build reads them through a view over the parts (`cacheView`, int_enrichment), not a copy.
 *
 * A (source, content hash) is in one part only, except after a compaction interrupted between writing the
 * merged file and removing the parts it merged: then the row of the first file (by name, then row number) is
 * kept. The duplicates are found in a key-only pass (`enrich_cache_drop`: the file and row number of every
 * copy but the first), and the wide rows then go through one scan with an anti-join on that small list,
 * instead of a DISTINCT ON that hashes the whole rows (which ran out of memory at 200k postings with a 1 GB
 * DuckDB limit).
 */
import { readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { literal, type Db } from '../db.ts';
import { enrichCacheDrop } from '../sql/20_intermediate/enrich_cache_drop.ts';
import type { TableSpec } from '../sql/table.ts';

/** The cache parts in a folder. */
export function cacheParts(folder: string): string[] {
  try {
    return readdirSync(folder).filter((f) => f.endsWith('.parquet'));
  } catch {
    return [];
  }
}

const scan = (folder: string) =>
  `read_parquet(${literal(path.join(folder, '*.parquet'))}, filename = true, file_row_number = true)`;

/** Fills enrich_cache_drop with the (file, row) of every duplicate copy (key columns only). */
async function findDuplicates(db: Db, folder: string): Promise<void> {
  await db.createTable(enrichCacheDrop);
  await db.run(`INSERT INTO enrich_cache_drop
    WITH k AS (SELECT source, content_hash, filename, file_row_number FROM ${scan(folder)}),
         d AS (SELECT source, content_hash FROM k GROUP BY ALL HAVING count(*) > 1)
    SELECT filename, file_row_number FROM k SEMI JOIN d USING (source, content_hash)
    QUALIFY row_number() OVER (PARTITION BY source, content_hash ORDER BY filename, file_row_number) > 1`);
}

/** A SELECT of the cached rows, each (source, content hash) once, in the cache's column order. */
function uniqueRows(folder: string, where = ''): string {
  return `SELECT c.* EXCLUDE (filename, file_row_number) FROM ${scan(folder)} c
    ANTI JOIN enrich_cache_drop x USING (filename, file_row_number) ${where}`;
}

/** A SELECT of the cache's (source, content hash) keys (key columns only; duplicates not removed), or null without parts. */
export function cacheKeys(folder: string): string | null {
  if (cacheParts(folder).length === 0) return null;
  return `SELECT source, content_hash FROM read_parquet(${literal(path.join(folder, '*.parquet'))})`;
}

/**
 * Declares `spec.name` as a TEMP VIEW over the cache parts: every cached row, each (source, content hash) once, in
 * `spec`'s columns; returns how many of the (source, content hash) pairs staged in stg_postings it holds. A view, not
 * a table: the rows stay in the Parquet parts (a few KB each: normalized text, spans, pay JSON) and each query reads
 * only the columns it uses, so the build holds no whole-corpus copy of them in DuckDB's memory or spill files.
 * It may hold rows of postings no longer staged (the cache is only cleared by --full): every reader joins it to
 * the staged postings. A bare scan when no key is cached twice (the usual case: no join for the optimizer to
 * misplace; with a semi-join on the staged keys in the view, a 1M build ran out of memory in fct_match_spans);
 * else the duplicate list (enrich_cache_drop) stays for the build. Without parts the view is an empty table.
 */
export async function cacheView(db: Db, folder: string, spec: TableSpec): Promise<number> {
  if (cacheParts(folder).length === 0) {
    await db.createTable(spec);
    return 0;
  }
  await findDuplicates(db, folder);
  const dups = (await db.one<{ n: number }>('SELECT count(*) AS n FROM enrich_cache_drop'))!.n;
  const cols = spec.columns.map((c) => `c."${c.name}"`).join(', ');
  const from = dups === 0 ? `read_parquet(${literal(path.join(folder, '*.parquet'))}) c` : `(${uniqueRows(folder)}) c`;
  if (dups === 0) await db.run('DROP TABLE enrich_cache_drop');
  await db.run(`CREATE OR REPLACE TEMP VIEW ${spec.name} AS SELECT ${cols} FROM ${from}`);
  return (await db.one<{
    n: number;
  }>(`SELECT count(*) AS n FROM (SELECT DISTINCT source, content_hash FROM stg_postings) s
    SEMI JOIN (${cacheKeys(folder)}) k ON k.source = s.source AND k.content_hash = s.content_hash`))!.n;
}

/** Parts in the cache folder before the small ones are merged into one (daily incremental runs add one each). */
export const MAX_CACHE_PARTS = 16;
/**
 * Rows per cache part the enrich stage writes: it holds at most this many new rows in DuckDB (~2.7 KB each, ~55 MB)
 * before writing them out, so a full build of 1M postings writes 50 parts of ~16 MB. Parts with fewer rows are
 * "small" (an incremental run's, a full build's last) and are the only ones a compaction merges. (At 100,000 the
 * part of a 100k build was the whole corpus again: DuckDB's tables reached its limit while it was written.)
 */
export const CACHE_PART_ROWS = 20_000;

/**
 * Merges the small cache parts (fewer than CACHE_PART_ROWS rows) into one file when the folder has more than
 * maxParts parts, so reading the cache does not slow down as scheduled runs add small parts, and a compaction
 * never rewrites the full-size parts of a big build. (A cache, not the raw store: rewriting it is allowed.)
 */
export async function compactCache(db: Db, folder: string, maxParts = MAX_CACHE_PARTS): Promise<boolean> {
  const parts = cacheParts(folder);
  if (parts.length <= maxParts) return false;
  const files = parts.map((f) => path.join(folder, f));
  const rows = await db.all<{ file_name: string; num_rows: number }>(
    `SELECT file_name, num_rows FROM parquet_file_metadata([${files.map(literal).join(', ')}])`,
  );
  const small = rows.filter((r) => r.num_rows < CACHE_PART_ROWS).map((r) => r.file_name);
  if (small.length < 2) return false;
  await findDuplicates(db, folder);
  const merged = path.join(folder, `part-${Date.now()}-${process.pid}-merged.parquet`);
  const scanSmall = `read_parquet([${small.map(literal).join(', ')}], filename = true, file_row_number = true)`;
  await db.run(`COPY (SELECT c.* EXCLUDE (filename, file_row_number) FROM ${scanSmall} c
    ANTI JOIN enrich_cache_drop x USING (filename, file_row_number)) TO ${literal(merged + '.tmp')} (FORMAT parquet, COMPRESSION zstd)`);
  await db.run('DROP TABLE enrich_cache_drop');
  renameSync(merged + '.tmp', merged);
  for (const f of small) rmSync(f, { force: true });
  return true;
}
