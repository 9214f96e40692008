/**
 * One pipeline run in its own process, for bench/pipeline: prints one JSON line with the summary and the
 * process's peak RSS (process.resourceUsage().maxRSS: DuckDB and the enrich worker threads live in this
 * process, so it is the whole tree's peak).
 * Usage: node --import tsx bench/pipeline-child.ts DATA_DIR full|incremental [CODE_DIR]
 *   CODE_DIR: the checkout whose pipeline runs (default this one; another worktree gives a same-run reference).
 *   BENCH_MEMORY_LIMIT (env): DuckDB's memory limit for this run (runPipeline's memoryLimit), e.g. 512MB.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [dataDir, mode, codeDir] = process.argv.slice(2);
if (!dataDir || (mode !== 'full' && mode !== 'incremental'))
  throw new Error('usage: pipeline-child.ts DATA_DIR full|incremental [CODE_DIR]');
const root = path.resolve(codeDir ?? path.join(import.meta.dirname, '..'));
const { loadConfig } = (await import(
  pathToFileURL(path.join(root, 'config', 'index.ts')).href
)) as typeof import('../config/index.ts');
const { runPipeline } = (await import(
  pathToFileURL(path.join(root, 'pipeline', 'run.ts')).href
)) as typeof import('../pipeline/run.ts');
const config = loadConfig({ dataDir, cwd: path.dirname(dataDir) });
// peak RSS per stage, sampled every 100 ms (the stage names come from the pipeline's progress reports)
// and of the main thread's V8 heap and its off-heap buffers (RSS minus these is DuckDB plus the enrich workers)
const stagePeak: Record<string, number> = {};
const stageHeap: Record<string, number> = {};
const stageExternal: Record<string, number> = {};
let current = 'start';
// CPU seconds of the whole process (every thread: DuckDB's, the enrich workers') per stage
const stageCpu: Record<string, number> = {};
let cpuMark = process.cpuUsage();
const closeStageCpu = () => {
  const c = process.cpuUsage(cpuMark);
  stageCpu[current] = (stageCpu[current] ?? 0) + (c.user + c.system) / 1e6;
  cpuMark = process.cpuUsage();
};
let workerHeap = 0; // the largest V8 heap an enrich worker reported (enrich-pool.ts)
const peak = (into: Record<string, number>, v: number) => {
  if (v > (into[current] ?? 0)) into[current] = v;
};
const sample = () => {
  const m = process.memoryUsage();
  peak(stagePeak, m.rss);
  peak(stageHeap, m.heapUsed);
  peak(stageExternal, m.external + m.arrayBuffers);
};
const timer = setInterval(sample, 100);
const t0 = performance.now();
let lastTenth = 0;
// an incremental build that ran out of memory at the incremental limit and was redone at the full one
// (pipeline/run.ts runPipeline): its summary's seconds are the redo's only, so the wall time is measured here
let redone = false;
const s = await runPipeline(config, {
  full: mode === 'full',
  ...(process.env.BENCH_MEMORY_LIMIT ? { memoryLimit: process.env.BENCH_MEMORY_LIMIT } : {}),
  onProgress: (p) => {
    sample();
    if (/^out of memory at the incremental limit/.test(p.message)) redone = true;
    // a line per stage on stderr (bench/pipeline passes it through), so a long run shows how far it got
    if (p.stage !== current)
      process.stderr.write(
        `  [${((performance.now() - t0) / 1000).toFixed(0)} s] ${p.stage} (peak RSS so far ${(process.resourceUsage().maxRSS / 1e6).toFixed(2)} GB)\n`,
      );
    else if (p.done && p.total && Math.floor((p.done / p.total) * 10) > lastTenth) {
      lastTenth = Math.floor((p.done / p.total) * 10);
      process.stderr.write(`  [${((performance.now() - t0) / 1000).toFixed(0)} s] ${p.stage} ${p.done}/${p.total}\n`);
    }
    if (p.stage !== current) {
      lastTenth = 0;
      closeStageCpu();
    }
    current = p.stage;
    const w = (p as { worker_heap_bytes?: number }).worker_heap_bytes;
    if (w && w > workerHeap) workerHeap = w;
  },
});
clearInterval(timer);
closeStageCpu(); // the last stage (checks) and the final write
console.log(
  JSON.stringify({
    // the whole run's wall time, a failed first attempt included (the summary's seconds are the last attempt's)
    seconds: (performance.now() - t0) / 1000,
    last_attempt_seconds: s.seconds,
    redone,
    postings: s.postings,
    raw_postings: s.raw_postings,
    enriched: s.enriched,
    stages: s.stages,
    models: s.models,
    // CPU seconds of every thread (DuckDB's, the enrich workers'): on a shared machine a fairer measure than wall time
    cpu_seconds: (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1e6,
    max_rss_bytes: process.resourceUsage().maxRSS * 1024,
    stage_cpu_seconds: stageCpu,
    stage_peak_rss_bytes: stagePeak,
    stage_peak_heap_bytes: stageHeap,
    stage_peak_external_bytes: stageExternal,
    worker_peak_heap_bytes: workerHeap,
  }),
);
