/**
 * Loads the raw store (append-only gzip JSONL parts) into `src_raw`. With a cache folder (the pipeline's
 * `data/cache`), each part is parsed once into Parquet (raw-cache.ts) and the rows are read from there in
 * one scan; without one, every part is parsed with one parallel read_json scan.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { literal, type Db } from '../db.ts';
import { srcEvents, srcQuarantine, srcRaw } from '../sql/00_sources/src_raw.ts';
import { rawCacheFolder, rawJsonSelect, selectColumns as select, syncRawCache } from './raw-cache.ts';

export function hasRawParts(rawDir: string): boolean {
  if (!existsSync(rawDir)) return false;
  return readdirSync(rawDir).some((d) => d.startsWith('source='));
}

export async function loadRaw(db: Db, rawDir: string, cache?: { dir: string; full?: boolean }): Promise<number> {
  await db.createTable(srcRaw);
  if (!hasRawParts(rawDir)) return 0;
  if (cache) {
    const { files } = await syncRawCache(db, rawDir, rawCacheFolder(cache.dir, srcRaw), srcRaw, cache.full);
    if (files.length === 0) return 0;
    await db.run(`INSERT INTO src_raw SELECT ${select(srcRaw)} FROM read_parquet([${files.map(literal).join(', ')}])`);
    return (await db.one<{ n: number }>('SELECT count(*) AS n FROM src_raw'))!.n;
  }
  const glob = path.join(rawDir, 'source=*', 'day=*', '*.jsonl.gz');
  await db.run(`INSERT INTO src_raw ${rawJsonSelect(srcRaw, glob)}`);
  const row = await db.one<{ n: number }>('SELECT count(*) AS n FROM src_raw');
  return row?.n ?? 0;
}

/** Loads the crawlers' lifetime events (`data/raw/_events`, `{source, id, event, at}`) into `src_events`. */
export async function loadEvents(db: Db, rawDir: string): Promise<number> {
  const dir = path.join(rawDir, '_events');
  const has = existsSync(dir) && readdirSync(dir).some((d) => d.startsWith('source='));
  await db.createTable(srcEvents);
  if (!has) return 0;
  const glob = path.join(dir, 'source=*', 'day=*', '*.jsonl.gz');
  await db.run(`INSERT INTO src_events ${rawJsonSelect(srcEvents, glob, false)}`);
  return (await db.one<{ n: number }>('SELECT count(*) AS n FROM src_events'))!.n;
}

/** Loads the active quarantine rules (pipeline/quarantine.ts) into `src_quarantine` for staging. */
export async function loadQuarantine(
  db: Db,
  rules: { rule_id: string; source: string | null; id: string | null; from: string | null; to: string | null }[],
): Promise<void> {
  await db.createTable(srcQuarantine);
  await db.append(
    srcQuarantine,
    rules.map((r) => [r.rule_id, r.source, r.id, r.from, r.to]),
  );
}
