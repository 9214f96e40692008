/**
 * bench/api: each route next to a trivial Hono route (a 20-item JSON list on @hono/node-server) measured in the
 * same run, from a server in a child process under autocannon (50 connections): requests/s, p50/p99, and the
 * server's CPU time per request (robust to a loaded machine: the load generator is another process).
 * Routes: health, demand-scores, trend (cached), paged demand-scores and trend ranges (cache misses served from
 * the per-build memo), and cold trend slices (SQL for most requests).
 * Usage: npx tsx bench/api.ts [WAREHOUSE=data/warehouse.duckdb] [SECONDS=5]
 * Without a warehouse file it benchmarks the fixture warehouse (test/helpers/fixture-warehouse.ts).
 * Targets (issue 18): cached routes >= 0.8x the trivial route, p99 <= 20 ms; health >= 0.9x.
 */
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFixtureWarehouse } from '../test/helpers/fixture-warehouse.ts';

interface Result {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}
type Autocannon = (opts: Record<string, unknown>, cb: (err: Error | null, result: Result) => void) => unknown;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
type Setup = (req: { path: string }) => { path: string };

function run(url: string, seconds: number, setupRequest?: Setup): Promise<Result> {
  return new Promise((resolve, reject) =>
    autocannon(
      {
        url,
        connections: 50,
        duration: seconds,
        headers: { 'accept-encoding': 'gzip' },
        requests: [{ ...(setupRequest ? { setupRequest } : {}) }],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    ),
  );
}

const arg = process.argv[2] ?? 'data/warehouse.duckdb';
const seconds = Number(process.argv[3] ?? 5);
let file = path.resolve(arg);
let tmp: string | null = null;
if (!existsSync(file)) {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'skillpulse-bench-api-'));
  file = await buildFixtureWarehouse(tmp);
  console.log(`${arg} not found: using the fixture warehouse`);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const child = fork(path.join(here, 'api-server.ts'), [file], { execArgv: ['--import', 'tsx'] });
const urls = await new Promise<{ app: string; trivial: string }>((r) =>
  child.once('message', (m) => r(m as { app: string; trivial: string })),
);
const cpu = () =>
  new Promise<number>((r) => {
    child.once('message', (m) => r((m as { cpu: number }).cpu));
    child.send('cpu');
  });
try {
  const get = async (p: string) => (await fetch(urls.app + p)).json();
  const health = await get('/api/v1/health');
  const top = await get('/api/v1/demand-scores?limit=1');
  const skill: string = top.items?.[0]?.id ?? 'python';
  const ids: string[] = (await get('/api/v1/skills?limit=1000')).items.map((x: { id: string }) => x.id);
  const countries: string[] = ((await get('/api/v1/meta')).countries as { name: string }[]).map((x) => x.name);
  if (!countries.length) countries.push('US');
  console.log(
    `warehouse ${file}: ${health.postings} postings; trend skill "${skill}"; 50 connections, ${seconds} s each; server in a child process`,
  );
  let k = 0;
  const vary =
    (make: (i: number) => string): Setup =>
    (req) => ({ ...req, path: make(k++) });
  const s = encodeURIComponent(skill);
  const routes: [string, string, Setup?][] = [
    ['health', '/api/v1/health'],
    ['demand-scores?limit=20', '/api/v1/demand-scores?limit=20'],
    ['trend', `/api/v1/skills/${s}/trend?interval=month`],
    [
      'demand-scores (pages)',
      '/api/v1/demand-scores',
      vary((i) => `/api/v1/demand-scores?limit=${(i % 100) + 1}&offset=${Math.floor(i / 100) % 1000}`),
    ],
    [
      'trend (ranges)',
      `/api/v1/skills/${s}/trend`,
      vary((i) => `/api/v1/skills/${s}/trend?from=${2000 + (i % 25)}-01&to=${2025 + (Math.floor(i / 25) % 100)}-12`),
    ],
    [
      'trend (cold slices)',
      `/api/v1/skills/${s}/trend`,
      vary(
        (i) =>
          `/api/v1/skills/${encodeURIComponent(ids[i % ids.length]!)}/trend?country=${countries[Math.floor(i / ids.length) % countries.length]}`,
      ),
    ],
  ];
  const measure = async (url: string, setup?: Setup) => {
    const c0 = await cpu();
    const r = await run(url, seconds, setup);
    const c1 = await cpu();
    return { r, cpuUs: ((c1 - c0) * 1000) / Math.max(1, r.requests.average * seconds) };
  };
  await run(urls.trivial, 1);
  for (const [, p, setup] of routes.slice(0, 3)) await run(urls.app + p, 1, setup); // warm-up (JIT, caches)
  const line = (name: string, m: { r: Result; cpuUs: number }, ref?: { r: Result; cpuUs: number }) =>
    `${name.padEnd(24)} ${m.r.requests.average.toFixed(0).padStart(7)} req/s  p50 ${String(m.r.latency.p50).padStart(3)} ms  p99 ${String(m.r.latency.p99).padStart(4)} ms  ` +
    `server CPU ${m.cpuUs.toFixed(0).padStart(4)} us/req` +
    (ref
      ? `   vs trivial: ${(m.r.requests.average / ref.r.requests.average).toFixed(2)}x req/s, ${(ref.cpuUs / m.cpuUs).toFixed(2)}x by CPU`
      : '') +
    (m.r.non2xx || m.r.errors ? `  non-2xx ${m.r.non2xx} errors ${m.r.errors}` : '');
  for (const [name, p, setup] of routes) {
    const ref = await measure(urls.trivial); // the reference right before each route, same load conditions
    const m = await measure(urls.app + p, setup);
    console.log(line('trivial Hono route', ref));
    console.log(line(name, m, ref));
  }
} finally {
  child.kill('SIGTERM');
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
