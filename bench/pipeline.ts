/**
 * bench/pipeline: how the pipeline's cost grows. For each corpus size (built from the real HN texts by
 * bench/generate.ts, synthetic postings when ../shared is absent): a full build, then an incremental build
 * after +NEW postings, each in its own process, with time per posting and the process's peak RSS
 * (pipeline-child.ts). Prints the time ratio of each size to the previous one.
 *
 * Usage: npx tsx bench/pipeline.ts [--sizes 100000,1000000] [--5m] [--new 10000] [--ref DIR]
 *   --5m    adds 5,000,000 postings (long: run outside CI)
 *   --ref   also runs the pipeline of another checkout (e.g. a worktree of an older commit) on the same
 *           corpora, in the same run, and prints this checkout's time as a ratio to it
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/index.ts';
import { importFiles } from '../cli/import/run.ts';
import { loadHnTexts, writeJsonl } from './generate.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000,1000000' },
    '5m': { type: 'boolean', default: false },
    new: { type: 'string', default: '10000' },
    ref: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (values['5m']) sizes.push(5_000_000);
for (const n of sizes)
  if (!Number.isInteger(n) || n <= 0) throw new Error(`bench/pipeline: --sizes takes positive integers (got ${n})`);
const extra = Number(values.new);
const here = import.meta.dirname;
const texts = loadHnTexts();
console.log(
  texts
    ? `corpus: ${texts.length.toLocaleString('en-US')} real HN texts (../shared), each posting one of them under a generated company`
    : 'corpus: ../shared/data/postings/hn_whoishiring absent; short synthetic postings instead',
);

interface Run {
  /** the whole run's wall time (pipeline-child.ts), a failed first attempt included */
  seconds: number;
  /** an incremental build redone at the full memory limit after running out of memory at the incremental one */
  redone?: boolean;
  cpu_seconds: number;
  postings: number;
  enriched: { cached: number; computed: number };
  stages: { name: string; seconds: number }[];
  max_rss_bytes: number;
  stage_peak_rss_bytes: Record<string, number>;
  stage_cpu_seconds?: Record<string, number>;
  stage_peak_heap_bytes?: Record<string, number>;
  stage_peak_external_bytes?: Record<string, number>;
  worker_peak_heap_bytes?: number;
}

function run(dataDir: string, mode: 'full' | 'incremental', code?: string): Run {
  const args = ['--import', 'tsx', path.join(here, 'pipeline-child.ts'), dataDir, mode, ...(code ? [code] : [])];
  // the child's stderr (a line per stage, and any error) goes straight through
  const r = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    cwd: path.dirname(here),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`bench/pipeline: ${mode} run failed (${code ?? 'this checkout'}), see above`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Run;
}

const gb = (b: number) => `${(b / 1e9).toFixed(2)} GB`;
const stageList = (r: Run) =>
  r.stages
    .map((x) => {
      const rss = r.stage_peak_rss_bytes?.[x.name];
      const cpu = r.stage_cpu_seconds?.[x.name];
      return `${x.name} ${x.seconds.toFixed(1)}s${cpu === undefined ? '' : ` (CPU ${cpu.toFixed(1)}s)`}${rss ? `/${(rss / 1e9).toFixed(2)}GB` : ''}`;
    })
    .join(', ');
const mb = (b: number | undefined) => `${Math.round((b ?? 0) / 1e6)}`;
/** Per stage: the main thread's peak V8 heap and off-heap buffers (the rest of RSS is DuckDB and the workers). */
const heapList = (r: Run) =>
  r.stages
    .map((x) => `${x.name} ${mb(r.stage_peak_heap_bytes?.[x.name])}+${mb(r.stage_peak_external_bytes?.[x.name])}`)
    .join(', ');
const line = (label: string, n: number, r: Run) =>
  `${label}: ${r.seconds.toFixed(1)} s (CPU ${r.cpu_seconds.toFixed(1)} s), ${((r.seconds / n) * 1e6).toFixed(1)} µs/posting, ${((r.cpu_seconds / n) * 1e3).toFixed(2)} CPU ms/posting, peak RSS ${gb(r.max_rss_bytes)} (${stageList(r)})\n  main heap+buffers MB per stage: ${heapList(r)}; enrich worker heap peak ${mb(r.worker_peak_heap_bytes)} MB; load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;

let previous: { n: number; seconds: number; cpu: number } | undefined;
for (const n of sizes) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'skillpulse-bench-pipeline-'));
  try {
    console.log(`\n--- ${n.toLocaleString('en-US')} postings`);
    const config = loadConfig({ dataDir: path.join(dir, 'data'), cwd: dir });
    const file = path.join(dir, 'postings.jsonl');
    await writeJsonl(file, { n, months: 96, ...(texts ? { texts } : {}) });
    await importFiles(config, [file]);
    rmSync(file);
    const refDir = values.ref ? path.join(dir, 'ref') : undefined;
    if (refDir) spawnSync('cp', ['-r', config.data.root, refDir]);
    const full = run(config.data.root, 'full');
    console.log(line('full build', n, full));
    if (previous)
      console.log(
        `time ${n.toLocaleString('en-US')} / ${previous.n.toLocaleString('en-US')}: ${(full.seconds / previous.seconds).toFixed(2)}, CPU ${(full.cpu_seconds / previous.cpu).toFixed(2)} (sizes ${(n / previous.n).toFixed(1)}x)`,
      );
    previous = { n, seconds: full.seconds, cpu: full.cpu_seconds };
    const more = path.join(dir, 'more.jsonl');
    await writeJsonl(more, {
      n: extra,
      seed: 99,
      start: '2025-12',
      months: 1,
      idPrefix: 'new:',
      ...(texts ? { texts } : {}),
    });
    await importFiles(config, [more]);
    const inc = run(config.data.root, 'incremental');
    console.log(
      `${line(`incremental +${extra.toLocaleString('en-US')}`, extra, inc)}; ${((inc.seconds / full.seconds) * 100).toFixed(1)}% of the full build's wall, ${((inc.cpu_seconds / full.cpu_seconds) * 100).toFixed(1)}% of its CPU${inc.redone ? ' (ran out of memory at the incremental limit and was redone at the full one: both attempts counted)' : ''}`,
    );
    if (refDir && values.ref) {
      const refFull = run(refDir, 'full', values.ref);
      console.log(line('reference full build', n, refFull));
      spawnSync('cp', [more, path.join(dir, 'more-ref.jsonl')]);
      await importFiles(loadConfig({ dataDir: refDir, cwd: dir }), [more]);
      const refInc = run(refDir, 'incremental', values.ref);
      console.log(line(`reference incremental +${extra.toLocaleString('en-US')}`, extra, refInc));
      console.log(
        `this checkout / reference: full ${(full.seconds / refFull.seconds).toFixed(2)}x (CPU ${(full.cpu_seconds / refFull.cpu_seconds).toFixed(2)}x), incremental ${(inc.seconds / refInc.seconds).toFixed(2)}x (CPU ${(inc.cpu_seconds / refInc.cpu_seconds).toFixed(2)}x)`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(
  '\ntargets: peak RSS <= 2 GB at 1M (<= 2.5 GB at 5M), incremental +10k <= 1 GB and <= 5% of the full build, 5M/1M time <= 5.5',
);
