/**
 * `skillpulse pipeline`: runs the stages in order into a NEW warehouse file, runs the checks, and
 * renames it into place (ARCHITECTURE.md rule 2). Readers holding the old file keep reading it.
 *
 * stages: load raw -> stg_postings -> enrich (cached) -> int_postings -> int_duplicates -> marts
 *         -> estimates (trends, forecasts, movers, half-life and its curve) -> trend lines -> scores (demand, adjacency) -> checks
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { SkillpulseError, type Config } from '../config/index.ts';
import { acquirePidLock } from '../workspace/lock.ts';
import { appendRuns } from '../workspace/runs.ts';
import { pipelineLockFile } from '../workspace/paths.ts';
import { BUILD_MEMORY_LIMIT, buildMemoryLimit, DbError, openForBuild, swapInto, type Db } from './db.ts';
import { metaBuild } from './sql/30_marts/meta_build.ts';
import { createMatcher, loadTaxonomy, type Taxonomy } from './extract/index.ts';
import { runChecks, runModels, PipelineError } from './sql.ts';
import { loadEvents, loadQuarantine, loadRaw } from './stages/load.ts';
import { activeRules, quarantineFile } from './quarantine.ts';
import { enrich } from './stages/enrich.ts';
import { dedupCacheFolder, loadDedupCache, saveDedupCache } from './stages/dedup-cache.ts';
import { loadTaxonomyTable } from './stages/taxonomy.ts';
import { estimateSkills } from './stages/estimate.ts';
import { computeDemandScores, computePairs } from './stages/scores.ts';
import { estimateCategories } from './stages/categories.ts';
import { computeTimeToFill } from './stages/time-to-fill.ts';
import { computePostingPay, computeSkillPay } from './stages/pay.ts';
import { computeCertifications } from './stages/certifications.ts';
import { computeTrendLines } from './stages/lines.ts';
import { buildKey, detachPrevious, prepareCarry, saveSourceMonths, carryVars } from './stages/carry.ts';
import { cacheFolder } from './stages/enrich.ts';
import { dropCopied, dropInPlace, inPlaceVars } from './stages/in-place.ts';

export { PipelineError } from './sql.ts';

export interface PipelineProgress {
  stage: string;
  message: string;
  done?: number;
  total?: number;
}

export interface PipelineSummary {
  built_at: string;
  postings: number;
  raw_postings: number;
  /** Raw record versions left out by staging, per reason (poison records, `quarantine <rule>`). */
  excluded: Record<string, number>;
  duplicates: Record<string, number>;
  dedup_rate: number;
  enriched: { cached: number; computed: number };
  /**
   * Postings whose rows of the per-posting marts were copied from the previous warehouse (pipeline/stages/carry.ts),
   * and why none were when none were.
   */
  carried: { postings: number; reason?: string };
  seconds: number;
  stages: { name: string; seconds: number }[];
  /** Duration of each SQL model file. */
  models: { model: string; seconds: number }[];
  warehouse: string;
}

export interface PipelineOptions {
  full?: boolean;
  onProgress?: (p: PipelineProgress) => void;
  /** Override the taxonomy (tests). */
  taxonomy?: Taxonomy;
  /** Near-duplicate MinHash similarity threshold. */
  nearThreshold?: number;
  /** Window (days) for the cross-source duplicate rule. */
  windowDays?: number;
  /** DuckDB's memory limit for the build (default: pipeline/db.ts buildMemoryLimit); it spills beyond. */
  memoryLimit?: string;
  /** The limit of an incremental build when memoryLimit is not given (default INCREMENTAL_MEMORY_LIMIT; tests). */
  incrementalMemoryLimit?: string;
  /** Postings per run of the span marts' chunked insert (default pipeline/sql.ts POSTING_CHUNK; tests). */
  postingChunk?: number;
}

/** One pipeline per data folder at a time (data/pipeline.lock). */
function lock(file: string): () => void {
  return acquirePidLock(
    file,
    (pid) => new SkillpulseError(`another pipeline (pid ${pid}) is running on this data folder (${file})`, 1),
  );
}

/**
 * Build files a killed pipeline left (`warehouse.building-<pid>.duckdb`, `.wal`, `.tmp`): under the pipeline
 * lock no other build is running, so every one of them is a leftover.
 */
export function removeLeftoverBuilds(root: string): string[] {
  const removed: string[] = [];
  for (const f of readdirSync(root))
    if (/^warehouse\.building-\d+\.duckdb(\.wal|\.tmp)?$/.test(f)) {
      rmSync(path.join(root, f), { recursive: true, force: true });
      removed.push(f);
    }
  return removed;
}

/**
 * Runs the pipeline. An incremental build runs DuckDB at the lower INCREMENTAL_MEMORY_LIMIT (pipeline/db.ts);
 * if DuckDB runs out of memory there (a stage that cannot spill enough, e.g. on a corpus larger than it was
 * measured on: docs/scale.md), the build is redone once at BUILD_MEMORY_LIMIT, so the lower limit never
 * fails a build the full limit would finish.
 */
export async function runPipeline(config: Config, opts: PipelineOptions = {}): Promise<PipelineSummary> {
  const incremental = !opts.full && existsSync(config.data.warehouse);
  if (opts.memoryLimit || !incremental) return runOnce(config, opts);
  try {
    return await runOnce(config, {
      ...opts,
      memoryLimit: buildMemoryLimit({ memoryLimit: opts.incrementalMemoryLimit, incremental: true }),
    });
  } catch (err) {
    if (!/Out of Memory/i.test(String((err as Error)?.message ?? err))) throw err;
    opts.onProgress?.({
      stage: 'load',
      message: `out of memory at the incremental limit; rebuilding with DuckDB at ${BUILD_MEMORY_LIMIT}`,
    });
    return runOnce(config, { ...opts, memoryLimit: BUILD_MEMORY_LIMIT });
  }
}

async function runOnce(config: Config, opts: PipelineOptions): Promise<PipelineSummary> {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const progress = opts.onProgress ?? (() => {});
  mkdirSync(config.data.root, { recursive: true });
  const unlock = lock(pipelineLockFile(config.data));
  const building = path.join(config.data.root, `warehouse.building-${process.pid}.duckdb`);
  const stages: { name: string; seconds: number }[] = [];
  const models: { model: string; seconds: number }[] = [];
  let db: Db | undefined;
  const stage = async <T>(name: string, message: string, fn: () => Promise<T>): Promise<T> => {
    progress({ stage: name, message });
    const s = performance.now();
    const r = await fn();
    stages.push({ name, seconds: (performance.now() - s) / 1000 });
    return r;
  };
  try {
    removeLeftoverBuilds(config.data.root);
    // incremental: a warehouse from an earlier build exists (its caches carry the enrichment) and not --full
    const incremental = !opts.full && existsSync(config.data.warehouse);
    // an incremental build starts from a copy of the previous warehouse (the in-place marts: stages/in-place.ts)
    db = await openForBuild(building, {
      memoryLimit: buildMemoryLimit({ memoryLimit: opts.memoryLimit, incremental }),
      ...(incremental ? { copyOf: config.data.warehouse } : {}),
    });
    const d = db;
    await dropCopied(d);
    await d.run('SET preserve_insertion_order = false');
    const taxonomy = opts.taxonomy ?? loadTaxonomy();
    const raw = await stage('load', 'reading the raw store', async () => {
      await loadEvents(d, config.data.raw);
      await loadQuarantine(d, activeRules(quarantineFile(config.data.root)));
      return loadRaw(d, config.data.raw, { dir: config.data.cache, full: opts.full });
    });
    await stage('staging', 'staging postings', async () =>
      models.push(...(await runModels(d, '00_macros')), ...(await runModels(d, '10_staging'))),
    );
    const excludedRows = await d.all<{ reason: string; n: number }>(
      'SELECT reason, count(*) AS n FROM stg_excluded GROUP BY reason ORDER BY reason',
    );
    const excluded = Object.fromEntries(excludedRows.map((r) => [r.reason, Number(r.n)]));
    await stage('taxonomy', 'loading the taxonomy', () => loadTaxonomyTable(d, taxonomy));
    const enriched = await stage('enrich', 'normalizing and extracting skills', () =>
      enrich(d, {
        cacheDir: config.data.cache,
        taxonomy,
        matcher: createMatcher(taxonomy),
        full: opts.full,
        onProgress: (p) => progress({ stage: 'enrich', message: 'normalizing and extracting skills', ...p }),
      }),
    );
    const windowDays = opts.windowDays ?? 60;
    const dedup = { nearThreshold: opts.nearThreshold ?? 0.8, maxBucket: 50 };
    const dedupFolder = dedupCacheFolder(config.data.cache, dedup);
    await stage('dedup', 'finding duplicates', async () => {
      await loadDedupCache(d, dedupFolder, opts.full);
      models.push(
        ...(await runModels(d, '20_intermediate', {
          near_threshold: dedup.nearThreshold,
          window_days: windowDays,
          max_bucket: dedup.maxBucket,
        })),
      );
    });
    const key = buildKey({
      enrichCache: cacheFolder(config.data.cache, taxonomy),
      dedupCache: dedupFolder,
      windowDays,
    });
    const carry = await stage('carry', 'carrying unchanged postings', () =>
      prepareCarry(d, { warehouse: config.data.warehouse, key, full: opts.full }),
    );
    if (!carry.attached) await dropInPlace(d);
    await stage('marts', 'aggregating', async () => {
      const chunk: Record<string, number> = opts.postingChunk ? { posting_chunk: opts.postingChunk } : {};
      models.push(...(await runModels(d, '30_marts', { ...carryVars(carry), ...inPlaceVars(), ...chunk })));
    });
    const meta = (await d.one<{ postings: number; first_month: string | null; data_through: string | null }>(
      'SELECT count(*) AS postings, min(month) AS first_month, max(month) AS data_through FROM fct_postings',
    ))!;
    await stage('estimate', 'trends, forecasts, half-lives', () =>
      estimateSkills(d, (done, total) =>
        progress({ stage: 'estimate', message: 'trends, forecasts, half-lives', done, total }),
      ),
    );
    await stage('lines', 'smoothed trend lines', () => computeTrendLines(d));
    await stage('categories', 'skill-set half-lives', () => estimateCategories(d));
    await stage('scores', 'demand scores and adjacency', async () => {
      await computeDemandScores(d, meta.data_through);
      await computePairs(d, meta.postings);
    });
    await stage('time-to-fill', 'time to fill per skill', () => computeTimeToFill(d));
    await stage('pay', 'advertised pay and pay premiums', async () => {
      await computePostingPay(d);
      await detachPrevious(d);
      await computeSkillPay(d);
    });
    await stage('certifications', 'certifications and their requirement', () =>
      computeCertifications(d, createMatcher(taxonomy)),
    );
    const failures = await stage('checks', 'running data checks', () => runChecks(d));
    if (failures.length)
      throw new PipelineError(
        `data checks failed: ${failures.map((f) => `${f.check} (${f.rows} rows, e.g. ${JSON.stringify(f.sample[0])})`).join('; ')}`,
      );
    const dupRows = await d.all<{ reason: string; n: number }>(
      'SELECT reason, count(*) AS n FROM int_duplicates GROUP BY reason',
    );
    const duplicates = Object.fromEntries(dupRows.map((r) => [r.reason, r.n]));
    const staged = (await d.one<{ n: number }>('SELECT count(*) AS n FROM stg_postings'))!.n;
    const built_at = new Date().toISOString();
    const dedup_rate = staged > 0 ? 1 - meta.postings / staged : 0;
    await d.createTable(metaBuild);
    await d.append(metaBuild, [
      {
        built_at: built_at.replace('T', ' ').replace('Z', ''),
        postings: meta.postings,
        raw_postings: raw,
        first_month: meta.first_month,
        data_through: meta.data_through,
        taxonomy_version: taxonomy.version,
        dedup_rate,
        staged_postings: staged,
      },
    ]);
    await saveSourceMonths(d, key);
    await saveDedupCache(d, dedupFolder);
    await d.run('CHECKPOINT');
    db = undefined; // closed here; the finally block must not close it twice
    d.close();
    swapInto(building, config.data.warehouse);
    const summary: PipelineSummary = {
      built_at,
      postings: meta.postings,
      raw_postings: raw,
      excluded,
      duplicates,
      dedup_rate,
      enriched,
      carried: { postings: carry.postings, ...(carry.reason ? { reason: carry.reason } : {}) },
      seconds: (performance.now() - t0) / 1000,
      stages,
      models,
      warehouse: config.data.warehouse,
    };
    appendRuns(config.data.runs, 'pipeline', [{ started_at: startedAt, ...summary }]);
    return summary;
  } catch (err) {
    // every failure leaves the pipeline as an error that carries an exit code (ARCHITECTURE.md rule 4)
    if (err instanceof SkillpulseError && !(err instanceof DbError)) throw err;
    throw new PipelineError(`pipeline failed: ${(err as Error)?.message ?? String(err)}`, { cause: err });
  } finally {
    try {
      if (db) await detachPrevious(db).catch(() => {});
      db?.close();
    } catch {
      // the build file is removed below anyway
    }
    rmSync(building, { force: true });
    rmSync(`${building}.wal`, { force: true });
    rmSync(`${building}.tmp`, { recursive: true, force: true });
    unlock();
  }
}
