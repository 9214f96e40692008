/**
 * The dedup cache: within-month duplicates per (source, month), keyed by a fingerprint of that month's
 * postings and contents (int_source_months). An incremental build recomputes only the source-months whose
 * fingerprint changed. Files: `data/cache/dedup/<key>/{months,dups}.parquet`, replaced after each build
 * (a cache, not the raw store: losing it only costs time).
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { literal, type Db } from '../db.ts';
import { cacheDedup, cacheDedupMonths } from '../sql/20_intermediate/cache_dedup.ts';
import { NORMALIZE_VERSION } from '../normalize/index.ts';

export interface DedupSettings {
  nearThreshold: number;
  maxBucket: number;
}

/** Bump when the dedup models (int_dup_within) change what they find. */
export const DEDUP_VERSION = '1';

export function dedupCacheFolder(cacheDir: string, s: DedupSettings): string {
  return path.join(cacheDir, 'dedup', `d${DEDUP_VERSION}-n${NORMALIZE_VERSION}-t${s.nearThreshold}-b${s.maxBucket}`);
}

/** Creates cache_dedup_months and cache_dedup (empty when there is no cache or on --full). */
export async function loadDedupCache(db: Db, folder: string, full = false): Promise<number> {
  if (full) rmSync(folder, { recursive: true, force: true });
  const months = path.join(folder, 'months.parquet');
  const dups = path.join(folder, 'dups.parquet');
  await db.createTable(cacheDedupMonths);
  await db.createTable(cacheDedup);
  if (existsSync(months) && existsSync(dups)) {
    await db.run(`INSERT INTO cache_dedup_months BY NAME SELECT * FROM read_parquet(${literal(months)})`);
    await db.run(`INSERT INTO cache_dedup BY NAME SELECT * FROM read_parquet(${literal(dups)})`);
  }
  return (await db.one<{ n: number }>('SELECT count(*) AS n FROM cache_dedup_months'))!.n;
}

/** Writes this build's fingerprints and within-month duplicates as the new cache. */
export async function saveDedupCache(db: Db, folder: string): Promise<void> {
  mkdirSync(folder, { recursive: true });
  const write = async (sql: string, name: string) => {
    const file = path.join(folder, name);
    await db.run(`COPY (${sql}) TO ${literal(file + '.tmp')} (FORMAT parquet)`);
    renameSync(file + '.tmp', file);
  };
  // duplicates first, fingerprints last: after a crash between the two, old fingerprints no longer match
  // the months that changed, so those are recomputed rather than served stale duplicates
  await write('SELECT source, month, posting_id, kept_id, reason FROM int_dup_within', 'dups.parquet');
  await write('SELECT source, month, fingerprint FROM int_source_months', 'months.parquet');
}
