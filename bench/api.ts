/**
 * bench/api: requests/s and p50/p99 latency of the API under autocannon (50 connections), for
 * /api/v1/health, /api/v1/demand-scores, a trend route; the same data routes with varying pages / ranges
 * (response-cache misses served from the per-build memo); and trends of ever new (skill, country) slices
 * (cold: SQL for most requests).
 * Usage: npx tsx bench/api.ts [WAREHOUSE=data/warehouse.duckdb] [SECONDS=5]
 * Without a warehouse file it benchmarks the fixture warehouse (test/helpers/fixture-warehouse.ts).
 * Target: demand-scores >= half of health's throughput, p99 < 50 ms.
 */
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config/index.ts';
import { startServer } from '../api/server.ts';
import { buildFixtureWarehouse } from '../test/helpers/fixture-warehouse.ts';

interface Result {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}
type Autocannon = (opts: Record<string, unknown>, cb: (err: Error | null, result: Result) => void) => unknown;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

function run(url: string, seconds: number, setupRequest?: (req: { path: string }) => { path: string }): Promise<Result> {
  return new Promise((resolve, reject) =>
    autocannon(
      { url, connections: 50, duration: seconds, requests: [{ ...(setupRequest ? { setupRequest } : {}), onResponse: (s: number, b: string) => void (s >= 300 && process.env.DEBUG_BENCH && console.log(s, b.slice(0, 200))) }] },
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
  console.log(`${arg} not found: using the fixture warehouse (120 postings, 7 skills)`);
}
const base = loadConfig({ env: { SKILLPULSE_RATE_LIMIT: '0' } });
const config = { ...base, data: { ...base.data, warehouse: file } };
const server = await startServer({ config, port: 0, host: '127.0.0.1', log: () => {} });
try {
  const health = await (await fetch(`${server.url}/api/v1/health`)).json();
  const top = await (await fetch(`${server.url}/api/v1/demand-scores?limit=1`)).json();
  const skill: string = top.items?.[0]?.id ?? 'python';
  console.log(`warehouse ${file}: ${health.postings} postings, data through ${health.data_through}; trend skill "${skill}"; 50 connections, ${seconds} s each`);
  const ids: string[] = (await (await fetch(`${server.url}/api/v1/skills?limit=1000`)).json()).items.map((x: { id: string }) => x.id);
  const countries: string[] = ((await (await fetch(`${server.url}/api/v1/meta`)).json()).countries as { name: string }[]).map((x) => x.name);
  if (!countries.length) countries.push('US');
  let k = 0;
  const vary = (make: (i: number) => string) => (req: { path: string }) => ({ ...req, path: make(k++) });
  const routes: [string, string, ((req: { path: string }) => { path: string }) | undefined][] = [
    ['health', '/api/v1/health', undefined],
    ['demand-scores', '/api/v1/demand-scores', undefined],
    ['trend', `/api/v1/skills/${encodeURIComponent(skill)}/trend?interval=month`, undefined],
    // Different URLs: response-cache misses, served from the per-build memo of the ranked list / series.
    ['demand-scores (pages)', '/api/v1/demand-scores', vary((i) => `/api/v1/demand-scores?limit=${(i % 100) + 1}&offset=${Math.floor(i / 100) % 1000}`)],
    ['trend (ranges)', `/api/v1/skills/${encodeURIComponent(skill)}/trend`, vary((i) => `/api/v1/skills/${encodeURIComponent(skill)}/trend?from=${2000 + (i % 25)}-01&to=${2025 + (Math.floor(i / 25) % 100)}-12`)],
    // Cold: a new (skill, country) slice per request until all are seen, so SQL runs for most requests.
    ['trend (cold slices)', `/api/v1/skills/${encodeURIComponent(skill)}/trend`, vary((i) => `/api/v1/skills/${encodeURIComponent(ids[i % ids.length]!)}/trend?country=${countries[Math.floor(i / ids.length) % countries.length]}`)],
  ];
  const out: Record<string, Result> = {};
  for (const [, p, setup] of routes.slice(0, 5)) await run(server.url + p, 1, setup); // warm-up (JIT, caches)
  for (const [name, p, setup] of routes) {
    const r = await run(server.url + p, seconds, setup);
    out[name] = r;
    console.log(`${name.padEnd(26)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p50 ${String(r.latency.p50).padStart(3)} ms   p99 ${String(r.latency.p99).padStart(3)} ms   non-2xx ${r.non2xx}   errors ${r.errors}`);
  }
  const ratio = out['demand-scores']!.requests.average / out.health!.requests.average;
  const p99 = Math.max(out['demand-scores']!.latency.p99, out.trend!.latency.p99);
  console.log(`demand-scores / health throughput: ${ratio.toFixed(2)} (target >= 0.5); worst p99 of the data routes: ${p99} ms (target < 50 ms)`);
} finally {
  await server.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
