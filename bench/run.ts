/**
 * `npm run bench [-- NAME ...]`: runs the benchmarks one after another and prints their figures.
 * Names: import, extract, normalize, pipeline, halflife, crawl, api, dashboard, cli (default: all).
 * Each is also runnable alone: `npx tsx bench/<name>.ts` (see its header for arguments).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const all = ['import', 'extract', 'normalize', 'pipeline', 'halflife', 'crawl', 'api', 'dashboard', 'cli'];
const names = process.argv.slice(2).length ? process.argv.slice(2) : all;
let failed = 0;
for (const name of names) {
  if (!all.includes(name)) {
    console.error(`bench: unknown benchmark "${name}" (one of ${all.join(', ')})`);
    process.exit(2);
  }
  console.log(`\n=== bench/${name}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, `${name}.ts`)], {
    stdio: 'inherit',
    cwd: path.dirname(here),
  });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
