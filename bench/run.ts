/**
 * `npm run bench [-- NAME ...]`: runs the benchmarks one after another and prints their figures.
 * Names: import, extract, normalize, enrich, pipeline, halflife, crawl, api, api-hit, dashboard, cli (default: all).
 * Each is also runnable alone: `npx tsx bench/<name>.ts` (see its header for arguments).
 * The figures of issue 18 and where each prints its same-run reference: api (each route next to a trivial Hono
 * route, alternating rounds; api-hit: a cache hit's server-side work next to the trivial route's), cli (`--help` next to `node -e 0`), extract (next to a plain tokenizer with the
 * same I/O; enrich: each part of the enrich stage next to the same tokenizer), pipeline (time per posting and peak RSS per corpus size, incremental next to the full build).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const all = [
  'import',
  'extract',
  'normalize',
  'enrich',
  'pipeline',
  'halflife',
  'crawl',
  'api',
  'api-hit',
  'dashboard',
  'cli',
];
const names = process.argv.slice(2).length ? process.argv.slice(2) : all;
let failed = 0;
for (const name of names) {
  if (!all.includes(name)) {
    console.error(`bench: unknown benchmark "${name}" (one of ${all.join(', ')})`);
    process.exit(2);
  }
  console.log(`\n=== bench/${name}`);
  // --expose-gc: bench/api-hit collects garbage between its variants (the others do not use it)
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(here, `${name}.ts`)], {
    stdio: 'inherit',
    cwd: path.dirname(here),
  });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
