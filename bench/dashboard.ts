/**
 * bench/dashboard: dashboard build time (cold and up-to-date) and, in Chromium against the real server,
 * time until the first chart is visible and until each view has finished rendering.
 * Usage: npx tsx bench/dashboard.ts [--data DIR]   (default: the test fixture warehouse in a temp folder)
 * With `--data` it reads DIR/warehouse.duckdb, e.g. one built by `skillpulse import` + `skillpulse pipeline`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../crawlers/sources/jsonld/browser.ts';
import { loadConfig } from '../config/index.ts';
import { startServer } from '../api/server.ts';
import { buildDashboardDetailed } from '../dashboard/build.ts';
import { buildFixtureWarehouse } from '../test/helpers/fixture-warehouse.ts';

const i = process.argv.indexOf('--data');
const given = i > 0 ? path.resolve(process.argv[i + 1]!) : null;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'skillpulse-bench-dash-'));
const dataDir = given ?? path.join(tmp, 'data');
if (!given) await buildFixtureWarehouse(dataDir);

const out = path.join(tmp, 'dist');
const cold = await buildDashboardDetailed(out);
const warm = await buildDashboardDetailed(out);
console.log(`build: cold ${cold.ms.toFixed(0)} ms, up to date ${warm.ms.toFixed(0)} ms (skipped: ${warm.skipped})`);

const server = await startServer({
  config: loadConfig({ dataDir, cwd: tmp, env: { SKILLPULSE_RATE_LIMIT: '0' } }),
  port: 0,
  host: '127.0.0.1',
  staticDir: out,
  log: () => {},
});
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
try {
  const skill = given
    ? ((await (await fetch(`${server.url}/api/v1/skills?limit=1`)).json()).items[0]?.id ?? 'python')
    : 'jquery';
  const views = [
    '#/overview',
    `#/skill?skill=${skill}`,
    `#/compare?skills=${skill}`,
    '#/categories',
    `#/planner?have=${skill}`,
  ];
  console.log(`data: ${given ?? 'fixture warehouse'}`);
  for (const round of ['cold', 'warm']) {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    for (const v of views) {
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(`${server.url}/${v}`);
      await page.waitForSelector('.chart-slot svg, .state.empty, .state.error', { timeout: 60_000 });
      const first = performance.now() - t0;
      await page.waitForSelector('.view[data-ready="true"]', { timeout: 60_000 });
      const done = performance.now() - t0;
      // the page's own clock: navigation start to the first chart in the DOM (performance.mark in ui/card.ts)
      const mark = await page.evaluate(
        () => performance.getEntriesByName('skillpulse:first-chart')[0]?.startTime ?? NaN,
      );
      console.log(
        `${round.padEnd(4)} ${v.padEnd(34)} first chart ${first.toFixed(0).padStart(5)} ms (page clock ${mark.toFixed(0).padStart(5)} ms), view ready ${done.toFixed(0).padStart(5)} ms`,
      );
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
}
