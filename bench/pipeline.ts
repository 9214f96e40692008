/**
 * bench/pipeline: full build and incremental build times for N generated postings (default 1M),
 * with peak memory (RSS of this process, which includes DuckDB).
 * Usage: npx tsx bench/pipeline.ts [N=1000000] [NEW=10000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config/index.ts';
import { importFiles } from '../cli/import/run.ts';
import { runPipeline, type PipelineSummary } from '../pipeline/run.ts';
import { writeJsonl } from './generate.ts';

const n = Number(process.argv[2] ?? 1_000_000);
const extra = Number(process.argv[3] ?? 10_000);
const dir = mkdtempSync(path.join(os.tmpdir(), 'skillpulse-bench-pipeline-'));
let peak = 0;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const fmt = (s: PipelineSummary) => s.stages.map((x) => `${x.name} ${x.seconds.toFixed(1)}s`).join(', ');

try {
  const config = loadConfig({ dataDir: path.join(dir, 'data'), cwd: dir });
  const file = path.join(dir, 'postings.jsonl');
  await writeJsonl(file, { n, months: 96 });
  await importFiles(config, [file]);
  console.log(`raw store: ${n.toLocaleString('en-US')} generated postings over 96 months`);

  peak = 0;
  const full = await runPipeline(config, { full: true });
  console.log(
    `full build: ${full.seconds.toFixed(1)} s (${full.postings.toLocaleString('en-US')} postings after dedup; ${fmt(full)}); peak RSS ${(peak / 1e9).toFixed(2)} GB`,
  );

  const more = path.join(dir, 'more.jsonl');
  await writeJsonl(more, { n: extra, seed: 99, start: '2025-12', months: 1, idPrefix: 'new:' });
  await importFiles(config, [more]);
  peak = 0;
  const inc = await runPipeline(config);
  console.log(
    `incremental (+${extra.toLocaleString('en-US')} new postings): ${inc.seconds.toFixed(1)} s (extraction ${inc.enriched.computed} new / ${inc.enriched.cached} cached; ${fmt(inc)}); peak RSS ${(peak / 1e9).toFixed(2)} GB`,
  );
  console.log('targets: full <= 300 s, incremental <= 20 s, peak memory <= 4 GB');
} finally {
  clearInterval(timer);
  rmSync(dir, { recursive: true, force: true });
}
