/**
 * Enrich: normalize each staged posting (text, first line, country, role family, MinHash) and extract
 * its skills. Results are cached in Parquet by (source, content hash) under a folder named after the row
 * format and the normalizer, extractor and taxonomy versions, so a rebuild only processes postings it has
 * not seen: `data/cache/enrich/<format>_n<normalize>_x<extract>_<taxonomy>/part-*.parquet`. The new rows are written
 * there part by part (CACHE_PART_ROWS rows at most held), and int_enrichment is a view over the parts.
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { literal, type Db } from '../db.ts';
import { enrichNew, enrichTodo, intEnrichment } from '../sql/20_intermediate/int_enrichment.ts';
import { NORMALIZE_VERSION } from '../normalize/index.ts';
import { enrichOne, type TodoRow } from './enrich-one.ts';
import { createEnrichPool, type EnrichPool } from './enrich-pool.ts';
import { CACHE_PART_ROWS, cacheKeys, cacheView, compactCache } from './enrich-cache.ts';
import { EXTRACT_VERSION, type Matcher, type Taxonomy } from '../extract/index.ts';

/** Below this many postings to process, enrich in-process (starting workers costs ~1 s). */
export const POOL_THRESHOLD = 5_000;
/** Version of the cached row layout (bump when columns change). */
export const ENRICH_FORMAT = 'e4';

export { CACHE_PART_ROWS, compactCache, MAX_CACHE_PARTS } from './enrich-cache.ts';

export interface EnrichProgress {
  done: number;
  total: number;
  /** Largest heap an enrich worker reported so far (bench/pipeline prints it). */
  worker_heap_bytes?: number;
}

export function cacheFolder(cacheDir: string, taxonomy: Taxonomy): string {
  const key = `${ENRICH_FORMAT}_n${NORMALIZE_VERSION}_x${EXTRACT_VERSION}_${taxonomy.version}`.replace(
    /[^A-Za-z0-9_.-]/g,
    '-',
  );
  return path.join(cacheDir, 'enrich', key);
}

/** Postings per batch read from enrich_todo and sent to the workers; at most BATCHES_IN_FLIGHT are held at once. */
export const ENRICH_BATCH = 10_000;
/** Batches of input held at a time: one being enriched (and appended chunk by chunk) while the next is read (back-pressure). */
export const BATCHES_IN_FLIGHT = 2;

export async function enrich(
  db: Db,
  opts: {
    cacheDir: string;
    taxonomy: Taxonomy;
    matcher: Matcher;
    full?: boolean;
    batch?: number;
    /** New rows held before they are written out as a cache part (CACHE_PART_ROWS). */
    partRows?: number;
    workers?: number;
    onProgress?: (p: EnrichProgress) => void;
  },
): Promise<{ cached: number; computed: number }> {
  const folder = cacheFolder(opts.cacheDir, opts.taxonomy);
  if (opts.full) rmSync(folder, { recursive: true, force: true });
  await db.createTable(enrichTodo);
  // one posting per (source, content hash) not in the cache, picked on the keys alone (a narrow aggregate that
  // spills), then its fields fetched by a join probed by the staged rows: grouping the wide rows (any_value(text))
  // ran out of memory at 1M postings with a 1 GB DuckDB limit
  const keys = cacheKeys(folder);
  await db.run(`INSERT INTO enrich_todo
    WITH pick AS (
      SELECT min(s.posting_id) AS posting_id FROM stg_postings s
      ${keys ? `ANTI JOIN (${keys}) e USING (source, content_hash)` : ''}
      GROUP BY s.source, s.content_hash
    )
    SELECT row_number() OVER () AS rn, s.source, s.content_hash, s.text, s.title, s.company, s.location, s.country
    FROM stg_postings s SEMI JOIN pick USING (posting_id)`);
  const total = (await db.one<{ n: number }>('SELECT count(*) AS n FROM enrich_todo'))!.n;
  if (total > 0) await computeParts(db, folder, total, opts);
  await db.run('DROP TABLE enrich_todo');
  await compactCache(db, folder);
  const rows = await cacheView(db, folder, intEnrichment);
  return { cached: rows - total, computed: total };
}

/**
 * Enriches enrich_todo's rows batch by batch and writes them to the cache folder as parts of at most
 * `partRows` rows: the new rows are held in enrich_new only until a part is full, then copied to Parquet and dropped.
 */
async function computeParts(
  db: Db,
  folder: string,
  total: number,
  opts: {
    taxonomy: Taxonomy;
    matcher: Matcher;
    batch?: number;
    partRows?: number;
    workers?: number;
    onProgress?: (p: EnrichProgress) => void;
  },
): Promise<void> {
  const batch = opts.batch ?? ENRICH_BATCH;
  const partRows = opts.partRows ?? CACHE_PART_ROWS;
  const workers = opts.workers ?? (total >= POOL_THRESHOLD ? undefined : 0);
  const pool: EnrichPool | null = workers === 0 ? null : await createEnrichPool(opts.taxonomy, workers);
  const read = (from: number) =>
    db.all<TodoRow>(
      'SELECT source, content_hash, text, title, company, location, country FROM enrich_todo WHERE rn >= $1 AND rn < $2',
      [from, from + batch],
    );
  let held = 0;
  let parts = 0;
  const stamp = `${Date.now()}-${process.pid}`;
  const append = (enriched: unknown[][]) => {
    held += enriched.length;
    return db.append(enrichNew, enriched);
  };
  /** Writes enrich_new as the next part (named so that the parts sort in the order they were written) and empties it. */
  const flush = async () => {
    if (held === 0) return;
    mkdirSync(folder, { recursive: true });
    const part = path.join(folder, `part-${stamp}-${String(parts++).padStart(4, '0')}.parquet`);
    await db.run(`COPY enrich_new TO ${literal(part + '.tmp')} (FORMAT parquet, COMPRESSION zstd)`);
    renameSync(part + '.tmp', part);
    await db.createTable(enrichNew);
    held = 0;
  };
  await db.createTable(enrichNew);
  try {
    // the workers enrich batch k chunk by chunk; the main thread appends each chunk as it comes back (so it holds
    // a few chunks of enriched rows, not batches) and reads batch k+1 meanwhile
    let rows = await read(1);
    for (let from = 1; from <= total; from += batch) {
      const running = pool ? pool.stream(rows, append) : append(rows.map((r) => enrichOne(r, opts.matcher)));
      const next = from + batch <= total ? await read(from + batch) : [];
      await running;
      rows = next;
      if (held >= partRows) await flush();
      opts.onProgress?.({
        done: Math.min(total, from + batch - 1),
        total,
        ...(pool ? { worker_heap_bytes: pool.peakHeapBytes() } : {}),
      });
    }
    await flush();
  } finally {
    await pool?.close();
  }
  await db.run('DROP TABLE enrich_new'); // (on a failure the build and its database are given up)
}
