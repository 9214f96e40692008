/**
 * The parsed-raw cache: each raw part file (`data/raw/source=<s>/day=<d>/part-*.jsonl.gz`, append-only, never
 * rewritten: crawlers/sink.ts) parsed once into `data/cache/raw/<version>/<key>.parquet` with the src_raw
 * columns, keyed by the part's path, size and mtime. A run parses only the parts it has not seen (an
 * incremental run: the new ones) and reads every other part's rows from Parquet, which costs a fraction of
 * re-parsing the gzip JSON. A cached file whose part is gone or changed (another size or mtime) is removed.
 * Like the other caches, losing it only costs time; `pipeline --full` re-parses every part.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { literal, type Db } from '../db.ts';
import type { TableSpec } from '../sql/table.ts';

/** Bump when what a part's Parquet holds changes other than through the columns (those are in the key). */
export const RAW_CACHE_VERSION = '1';

/** read_json's `columns = {...}` argument for a declared table. */
export const jsonColumns = (spec: TableSpec) => `{${spec.columns.map((c) => `"${c.name}": '${c.type}'`).join(', ')}}`;
/** The declared columns only (read_json adds the hive partition columns of the path, e.g. day). */
export const selectColumns = (spec: TableSpec) => spec.columns.map((c) => `"${c.name}"`).join(', ');

/** The declared columns of `spec` read from raw JSONL parts (one file or a glob), as the load stage reads them. */
export const rawJsonSelect = (spec: TableSpec, files: string, maxObjectSize = true) =>
  `SELECT ${selectColumns(spec)} FROM read_json(${literal(files)}, format = 'newline_delimited', columns = ${jsonColumns(spec)}${maxObjectSize ? ', maximum_object_size = 67108864' : ''})`;

/** The cache folder: versioned, and by the declared columns, so a column change starts a new cache. */
export function rawCacheFolder(cacheDir: string, spec: TableSpec): string {
  const cols = createHash('sha1').update(jsonColumns(spec)).digest('hex').slice(0, 8);
  return path.join(cacheDir, 'raw', `r${RAW_CACHE_VERSION}-c${cols}`);
}

/** The raw part files under rawDir (`source=*` / `day=*` / `*.jsonl.gz`), as paths relative to it, sorted. */
export function rawParts(rawDir: string): string[] {
  const out: string[] = [];
  const dirs = (d: string, prefix: string) => {
    try {
      return readdirSync(d, { withFileTypes: true })
        .filter((e) => e.isDirectory() && e.name.startsWith(prefix))
        .map((e) => e.name);
    } catch {
      return [];
    }
  };
  for (const s of dirs(rawDir, 'source='))
    for (const day of dirs(path.join(rawDir, s), 'day='))
      for (const f of readdirSync(path.join(rawDir, s, day)))
        if (f.endsWith('.jsonl.gz')) out.push(path.join(s, day, f));
  return out.sort();
}

/** A part's cache key: its path in the raw store, size and mtime. */
function partKey(rawDir: string, rel: string): string {
  const st = statSync(path.join(rawDir, rel));
  return createHash('sha1').update(`${rel}\u0000${st.size}\u0000${st.mtimeMs}`).digest('hex');
}

/**
 * Makes sure every raw part has its Parquet in the cache (parsing the missing ones with read_json, as the
 * load stage always did), removes cached files of parts that are gone, and returns the Parquet files in
 * part order plus how many parts were parsed now.
 */
export async function syncRawCache(
  db: Db,
  rawDir: string,
  folder: string,
  spec: TableSpec,
  full = false,
): Promise<{ files: string[]; parsed: number; cached: number }> {
  if (full) rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const present = new Set(readdirSync(folder).filter((f) => f.endsWith('.parquet')));
  const files: string[] = [];
  let parsed = 0;
  for (const rel of rawParts(rawDir)) {
    const name = `${partKey(rawDir, rel)}.parquet`;
    const file = path.join(folder, name);
    if (!present.has(name)) {
      const tmp = `${file}.tmp`;
      await db.run(`COPY (${rawJsonSelect(spec, path.join(rawDir, rel))}) TO ${literal(tmp)} (FORMAT parquet)`);
      renameSync(tmp, file);
      parsed++;
    }
    present.delete(name);
    files.push(file);
  }
  // cached parts no longer in the raw store (or changed), and leftovers of an interrupted write
  for (const stale of present) rmSync(path.join(folder, stale), { force: true });
  for (const f of readdirSync(folder)) if (f.endsWith('.tmp')) rmSync(path.join(folder, f), { force: true });
  return { files, parsed, cached: files.length - parsed };
}
