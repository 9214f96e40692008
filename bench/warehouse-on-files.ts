/**
 * The warehouse SQL on files (docs/scale.md, "past one machine"): rebuilds the SQL marts in a fresh in-memory
 * DuckDB that has no warehouse and no raw store, only Parquet files — the raw store as exported by
 * `skillpulse export --format parquet --table raw` (Hive partitions source=/year=) and the enrich stage's
 * output (data/cache/enrich/<version>/part-*.parquet, written by the TypeScript batch job). The staging,
 * intermediate and mart models run unchanged; the result is compared with the warehouse the pipeline built.
 * This is the shape a DuckLake / object-storage deployment runs: files in, SQL models, files out.
 *
 * Usage: npx tsx bench/warehouse-on-files.ts DATA_DIR   (a data folder after `skillpulse pipeline`)
 */
import { carryVars, prepareCarry } from '../pipeline/stages/carry.ts';
import { inPlaceVars } from '../pipeline/stages/in-place.ts';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { literal, openMemory, type Db } from '../pipeline/db.ts';
import { runModels } from '../pipeline/sql.ts';
import { exportData } from '../pipeline/export.ts';
import { loadEvents, loadQuarantine } from '../pipeline/stages/load.ts';
import { loadTaxonomyTable } from '../pipeline/stages/taxonomy.ts';
import { cacheFolder } from '../pipeline/stages/enrich.ts';
import { intEnrichment } from '../pipeline/sql/20_intermediate/int_enrichment.ts';
import { srcRaw } from '../pipeline/sql/00_sources/src_raw.ts';
import { cacheDedup, cacheDedupMonths } from '../pipeline/sql/20_intermediate/cache_dedup.ts';
import { loadTaxonomy, type Taxonomy } from '../pipeline/extract/index.ts';
import { loadConfig, type Config } from '../config/index.ts';

/** Tables compared between the pipeline's warehouse and the run on files. */
export const COMPARED = ['fct_postings', 'fct_posting_skills', 'agg_totals', 'agg_skill_period', 'dim_skills'] as const;

export interface FilesRun {
  seconds: number;
  models: { model: string; seconds: number }[];
  /** Per compared table: rows, and rows that differ from the warehouse's (both directions). */
  tables: { table: string; rows: number; differing: number }[];
}

/** Runs staging -> intermediate -> SQL marts on Parquet only and compares with `config.data.warehouse`. */
export async function martsOnFiles(config: Config, taxonomy: Taxonomy = loadTaxonomy()): Promise<FilesRun> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'skillpulse-files-'));
  let db: Db | undefined;
  try {
    await exportData({
      warehouse: config.data.warehouse,
      raw: config.data.raw,
      dir: out,
      format: 'parquet',
      tables: ['raw'],
    });
    const t0 = performance.now();
    db = await openMemory({ memoryLimit: '1GB', tempDirectory: path.join(out, 'spill') });
    const d = db;
    await d.createTable(srcRaw);
    await d.run(`INSERT INTO src_raw BY NAME SELECT ${srcRaw.columns.map((c) => `"${c.name}"`).join(', ')}
      FROM read_parquet(${literal(path.join(out, 'raw', '**', '*.parquet'))}, hive_partitioning = true)`);
    await loadEvents(d, config.data.raw);
    await loadQuarantine(d, []);
    const models = [...(await runModels(d, '00_macros')), ...(await runModels(d, '10_staging'))];
    await loadTaxonomyTable(d, taxonomy);
    await d.createTable(intEnrichment);
    await d.run(`INSERT INTO int_enrichment SELECT DISTINCT ON (source, content_hash) *
      FROM read_parquet(${literal(path.join(cacheFolder(config.data.cache, taxonomy), '*.parquet'))})`);
    await d.createTable(cacheDedupMonths);
    await d.createTable(cacheDedup);
    models.push(...(await runModels(d, '20_intermediate', { near_threshold: 0.8, window_days: 60, max_bucket: 50 })));
    // nothing to carry from a previous warehouse: every posting's marts computed from the files
    const carry = await prepareCarry(d, { warehouse: config.data.warehouse, key: '', full: true });
    models.push(...(await runModels(d, '30_marts', { ...carryVars(carry), ...inPlaceVars() })));
    const seconds = (performance.now() - t0) / 1000;
    await d.run(`ATTACH ${literal(config.data.warehouse)} AS wh (READ_ONLY)`);
    const tables = [];
    for (const t of COMPARED) {
      const rows = (await d.one<{ n: number }>(`SELECT count(*) AS n FROM main.${t}`))!.n;
      const differing = (await d.one<{ n: number }>(
        `SELECT (SELECT count(*) FROM (SELECT * FROM main.${t} EXCEPT ALL SELECT * FROM wh.${t}))
              + (SELECT count(*) FROM (SELECT * FROM wh.${t} EXCEPT ALL SELECT * FROM main.${t})) AS n`,
      ))!.n;
      tables.push({ table: t, rows, differing });
    }
    return { seconds, models, tables };
  } finally {
    db?.close();
    rmSync(out, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: npx tsx bench/warehouse-on-files.ts DATA_DIR');
  const r = await martsOnFiles(loadConfig({ dataDir: path.resolve(dataDir), cwd: process.cwd() }));
  console.log(`SQL models on Parquet files: ${r.seconds.toFixed(1)} s`);
  for (const t of r.tables) console.log(`  ${t.table}: ${t.rows} rows, ${t.differing} differ from the warehouse`);
}
