/**
 * Reading and compacting the enrich cache (`data/cache/enrich/<version>/part-*.parquet`, docs/scale.md) as
 * streaming scans, so neither holds the wide cached rows (text, spans, pay JSON: a few KB each) in memory.
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

/**
 * Appends to the declared table `into` the cached rows of the (source, content hash) pairs staged in stg_postings; returns
 * how many it added. (A semi-join probed by the cache scan: only the staged keys are hashed.)
 */
export async function readCache(db: Db, folder: string, into: TableSpec): Promise<number> {
  const table = into.name;
  if (cacheParts(folder).length === 0) return 0;
  await findDuplicates(db, folder);
  const before = (await db.one<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n;
  await db.run(`INSERT INTO ${table}
    ${uniqueRows(folder, 'SEMI JOIN (SELECT DISTINCT source, content_hash FROM stg_postings) s ON s.source = c.source AND s.content_hash = c.content_hash')}`);
  await db.run('DROP TABLE enrich_cache_drop');
  return (await db.one<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n - before;
}

/** Parts in the cache folder before they are merged into one (daily incremental runs add one each). */
export const MAX_CACHE_PARTS = 16;

/**
 * Merges the cache parts into one file when there are more than MAX_CACHE_PARTS, so reading the cache does
 * not slow down as scheduled runs add small parts. (A cache, not the raw store: rewriting it is allowed.)
 */
export async function compactCache(db: Db, folder: string, maxParts = MAX_CACHE_PARTS): Promise<boolean> {
  const parts = cacheParts(folder);
  if (parts.length <= maxParts) return false;
  await findDuplicates(db, folder);
  const merged = path.join(folder, `part-${Date.now()}-${process.pid}-merged.parquet`);
  await db.run(`COPY (${uniqueRows(folder)}) TO ${literal(merged + '.tmp')} (FORMAT parquet, COMPRESSION zstd)`);
  await db.run('DROP TABLE enrich_cache_drop');
  renameSync(merged + '.tmp', merged);
  for (const f of parts) rmSync(path.join(folder, f), { force: true });
  return true;
}
