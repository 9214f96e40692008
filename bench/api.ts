/**
 * bench/api: each route next to a trivial Hono route (a 20-item JSON list on @hono/node-server) measured in the
 * same run, from a server in a child process under autocannon (50 connections): requests/s, p50/p99, and the
 * server's CPU time per request (robust to a loaded machine: the load generator is another process), and the
 * load generator's own CPU per request ("client"); ratios by req/s, by server CPU and by server + client CPU
 * (what a request costs the machine: on a saturated machine both processes share its cores).
 * Routes: health, demand-scores, trend (cached), paged demand-scores and trend ranges (cache misses served from
 * the per-build memo), and cold trend slices (SQL for most requests).
 * Usage: npx tsx bench/api.ts [WAREHOUSE=data/warehouse.duckdb] [ROUNDS=5] [ROUTES=name,name...]
 * The trivial route and each route alternate in 1-second slices (ROUNDS of each), so that the load of a
 * shared machine falls on both alike: figures are medians over the rounds, ratios medians of per-round ratios.
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
/** Rounds per route: each is one slice of the trivial route then one of the route. */
const rounds = Number(process.argv[3] ?? 5);
const slice_s = 1;
/** Optional third argument: only the routes whose names start with one of these (comma-separated). */
const only = process.argv[4]?.split(',').filter(Boolean);
let file = path.resolve(arg);
let tmp: string | null = null;
if (!existsSync(file)) {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'skillpulse-bench-api-'));
  file = await buildFixtureWarehouse(tmp);
  console.log(`${arg} not found: using the fixture warehouse`);
}
const here = path.dirname(fileURLToPath(import.meta.url));
// SKILLPULSE_BENCH_PROF=DIR: the server writes a V8 CPU profile to DIR when the bench ends (open in Chrome DevTools)
const prof = process.env.SKILLPULSE_BENCH_PROF;
const child = fork(path.join(here, 'api-server.ts'), [file], {
  execArgv: ['--import', 'tsx', ...(prof ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(prof)}`] : [])],
  stdio: ['inherit', 'ignore', 'inherit', 'ipc'],
});
type Urls = { app: string; trivial: string; withHeaders: string };
const urls = await new Promise<Urls>((r) => child.once('message', (m) => r(m as Urls)));
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
    `warehouse ${file}: ${health.postings} postings; trend skill "${skill}"; 50 connections; per route ${rounds} rounds of ` +
      `${slice_s} s trivial route + ${slice_s} s route; server in a child process, load generator in this one`,
  );
  console.log(
    `machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? '?'}, node ${process.version}; load average before: ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  let k = 0;
  const vary =
    (make: (i: number) => string): Setup =>
    (req) => ({ ...req, path: make(k++) });
  const s = encodeURIComponent(skill);
  const routes: [string, string, Setup?][] = [
    ['trivial + API headers', urls.withHeaders],
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
  /** One slice of load: autocannon's figures and the server's CPU time per answered request. */
  const slice = async (url: string, setup?: Setup) => {
    const c0 = await cpu();
    const l0 = process.cpuUsage();
    const r = await run(url, slice_s, setup);
    const l1 = process.cpuUsage(l0);
    const c1 = await cpu();
    const n = Math.max(1, r.requests.average * slice_s);
    return {
      rate: r.requests.average,
      p99: r.latency.p99,
      cpuUs: ((c1 - c0) * 1000) / n,
      /** the load generator's CPU per request: when it is near the server's, the client limits the rate */
      clientUs: (l1.user + l1.system) / n,
      bad: r.non2xx + r.errors,
    };
  };
  await run(urls.trivial, 1);
  const at = (p: string) => (p.startsWith('http') ? p : urls.app + p);
  for (const [, p, setup] of routes.slice(0, 4)) await run(at(p), 1, setup); // warm-up (JIT, caches)
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const f = (x: number, w: number, d = 0) => x.toFixed(d).padStart(w);
  const cols = (xs: { rate: number; p99: number; cpuUs: number; clientUs: number }[]) =>
    `${f(median(xs.map((m) => m.rate)), 7)} ${f(median(xs.map((m) => m.p99)), 6)} ` +
    `${f(median(xs.map((m) => m.cpuUs)), 6)} ${f(median(xs.map((m) => m.clientUs)), 6)}`;
  console.log(
    `${'route'.padEnd(24)} ${'req/s'.padStart(7)} ${'p99 ms'.padStart(6)} ${'CPU us'.padStart(6)} ${'client'.padStart(6)}  | ` +
      `trivial ${'req/s'.padStart(7)} ${'p99 ms'.padStart(6)} ${'CPU us'.padStart(6)} ${'client'.padStart(6)}  | ratio req/s  by CPU  by CPU+client`,
  );
  for (const [name, p, setup] of routes) {
    if (only && !only.some((o) => name.startsWith(o))) continue;
    // the reference and the route alternate in short slices, so that the load of the shared machine falls on
    // both alike; each figure is the median over the rounds, the ratio the median of the per-round ratios
    const refs: Awaited<ReturnType<typeof slice>>[] = [];
    const ms: typeof refs = [];
    for (let i = 0; i < rounds; i++) {
      refs.push(await slice(urls.trivial));
      ms.push(await slice(at(p), setup));
    }
    const ratio = median(ms.map((m, i) => m.rate / refs[i]!.rate));
    const byCpu = median(ms.map((m, i) => refs[i]!.cpuUs / m.cpuUs));
    // server and load generator together: what one request costs the machine (both share its cores)
    const byBoth = median(ms.map((m, i) => (refs[i]!.cpuUs + refs[i]!.clientUs) / (m.cpuUs + m.clientUs)));
    const bad = ms.reduce((a, m) => a + m.bad, 0);
    console.log(
      `${name.padEnd(24)} ${cols(ms)}  | trivial ${cols(refs)}  | ` +
        `${f(ratio, 5, 2)}x      ${f(byCpu, 5, 2)}x   ${f(byBoth, 5, 2)}x` +
        (bad ? `  (non-2xx or errors: ${bad})` : ''),
    );
  }
  console.log(
    `load average after: ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
} finally {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
