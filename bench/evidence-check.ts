/**
 * Every number opens onto its evidence, checked on a real warehouse: for each figure the dashboard draws, the
 * count GET /skills/{id}/postings answers for the request the dashboard's panel makes (views/evidence-scope.ts)
 * must equal the figure's own count.
 *   npx tsx bench/evidence-check.ts [--data DIR] [--skills N] [--seed S]
 * --data: a data folder holding warehouse.duckdb; without it, the shared HN corpus (../shared) is imported and
 * built in a temporary folder (minutes). Checked:
 * - leaders: the top 15 demand scores of every scope the overview can show (all, each country and role family,
 *   the 3 x 3 largest country + role family pairs, counted live): postings over the score's window = `postings`;
 * - movers: rising and declining, windows 3/6/12/24, top 10, same scopes: the recent window = `postings_to`, the
 *   earlier window (the panel's other button) = `postings_from`;
 * - share points: N sampled skills x (month, quarter) x a sampled slice x 3 sampled points = the point's postings;
 * - breakdown bars: the same skills x country / role family / source x the first 8 values = the bar's Σ postings.
 * Prints each mismatch and a summary line; exits 1 when any.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/index.ts';
import { importFiles } from '../cli/import/run.ts';
import { runPipeline } from '../pipeline/run.ts';
import { createApp } from '../api/app.ts';
import { openWarehouse } from '../api/warehouse.ts';
import { hasShared, sharedDir, tmpDir } from '../test/helpers/tmp.ts';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const nSkills = Number(arg('skills') ?? 40);
let seed = Number(arg('seed') ?? 19) >>> 0;
const rand = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

async function dataDir(): Promise<{ dir: string; cleanup?: () => void }> {
  const given = arg('data');
  if (given) return { dir: path.resolve(given) };
  if (!hasShared) throw new Error(`no --data DIR and the shared corpus is absent (${sharedDir})`);
  const t = tmpDir('skillpulse-evcheck-');
  const config = loadConfig({ dataDir: path.join(t.dir, 'data'), cwd: t.dir, env: {} });
  const src = path.join(sharedDir, 'data/postings/hn_whoishiring');
  const t0 = performance.now();
  await importFiles(
    config,
    readdirSync(src)
      .filter((f) => f.endsWith('.jsonl.gz'))
      .map((f) => path.join(src, f)),
  );
  await runPipeline(config);
  console.log(`built the HN warehouse in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  return { dir: config.data.root, cleanup: t.cleanup };
}

const data = await dataDir();
const config = loadConfig({ dataDir: data.dir, cwd: data.dir, env: { SKILLPULSE_RATE_LIMIT: '0' } });
const warehouse = openWarehouse(config.data.warehouse, { checkMs: 0 });
const app = createApp({ config, warehouse, log: () => {} });
const get = async (url: string): Promise<any> => {
  const res = await app.request(`/api/v1${url}`);
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return res.json();
};
const qs = (p: Record<string, string | number | undefined>) =>
  new URLSearchParams(
    Object.entries(p).filter((e): e is [string, string | number] => e[1] !== undefined) as [string, string][],
  ).toString();

const checked: Record<string, number> = {};
const mismatches: string[] = [];
const unopenable: string[] = [];
async function check(kind: string, skill: string, params: Record<string, string | number | undefined>, want: number) {
  checked[kind] = (checked[kind] ?? 0) + 1;
  const got = (await get(`/skills/${encodeURIComponent(skill)}/postings?${qs({ ...params, limit: 1 })}`)).total;
  if (got !== want) mismatches.push(`${kind} ${skill} ${qs(params)}: figure ${want}, listed ${got}`);
}

const t0 = performance.now();
const meta = await get('/meta');
const names = (xs: { name: string }[] | undefined) => (xs ?? []).map((x) => x.name);
const countries = names(meta.countries);
const roles = names(meta.role_families);
const sources = (meta.sources ?? []).map((s: string | { name?: string; source?: string }) =>
  typeof s === 'string' ? s : (s.name ?? s.source ?? ''),
);
const scopes: Record<string, string | undefined>[] = [
  {},
  ...countries.map((c) => ({ country: c })),
  ...roles.map((r) => ({ role_family: r })),
  // both at once: scored and ranked live by the API
  ...countries.slice(0, 3).flatMap((c) => roles.slice(0, 3).map((r) => ({ country: c, role_family: r }))),
];

// leaders and movers: what the overview draws for each scope it can show
for (const scope of scopes) {
  const scores = await get(`/demand-scores?${qs({ ...scope, limit: 15 })}`);
  if (scores.items.length && !scores.window?.from) unopenable.push(`leaders ${qs(scope)}: no window`);
  else
    for (const s of scores.items)
      await check('leaders', s.id, { ...scope, from: scores.window.from, to: scores.window.to }, s.postings);
  for (const window of [3, 6, 12, 24])
    for (const direction of ['rising', 'declining']) {
      const m = await get(`/trends/movers?${qs({ ...scope, direction, window, limit: 10 })}`);
      const recent = m.period?.to;
      if (m.items.length && !recent?.from) unopenable.push(`movers ${qs(scope)} ${window}: no window`);
      else
        for (const x of m.items) {
          await check('movers', x.id, { ...scope, from: recent.from, to: recent.to }, x.postings_to);
          // the panel's other window (evby=earlier:from..to)
          const earlier = m.period?.from;
          if (earlier?.from)
            await check('movers (earlier)', x.id, { ...scope, from: earlier.from, to: earlier.to }, x.postings_from);
        }
    }
}

// share points and breakdown bars of sampled skills (among the 300 most mentioned)
const top = (await get('/skills?sort=postings&limit=300')).items.map((s: { id: string }) => s.id) as string[];
const slices: Record<string, string>[] = [
  {},
  ...countries.slice(0, 6).map((c) => ({ country: c })),
  ...roles.slice(0, 6).map((r) => ({ role_family: r })),
  ...sources.map((s: string) => ({ source: s })),
  { language: 'en' },
];
for (let i = 0; i < nSkills && top.length; i++) {
  const skill = pick(top);
  for (const interval of ['month', 'quarter'] as const) {
    const slice = pick(slices);
    const trend = await get(`/skills/${skill}/trend?${qs({ interval, ...slice })}`);
    for (let k = 0; k < 3 && trend.points.length; k++) {
      const p = pick(trend.points as { period: string; postings: number }[]);
      await check('share point', skill, { interval, ...slice, period: p.period }, p.postings);
    }
  }
  const dims = [
    ['country', countries],
    ['role_family', roles],
    ['source', sources],
  ] as const;
  for (const [dim, values] of dims)
    for (const v of values.slice(0, 8)) {
      const t = await get(`/skills/${skill}/trend?${qs({ interval: 'month', [dim]: v })}`);
      const pts = t.points as { period: string; postings: number }[];
      const postings = pts.reduce((a, p) => a + p.postings, 0);
      if (!pts.length || pts.reduce((a, p) => a + (p as unknown as { total: number }).total, 0) === 0) continue;
      await check(
        'breakdown bar',
        skill,
        { interval: 'month', [dim]: v, from: pts[0]!.period, to: pts.at(-1)!.period },
        postings,
      );
    }
}

for (const m of mismatches) console.log(`MISMATCH ${m}`);
for (const u of unopenable) console.log(`NOT OPENABLE ${u}`);
const total = Object.values(checked).reduce((a, b) => a + b, 0);
console.log(
  `evidence check: ${total} figures checked (${Object.entries(checked)
    .map(([k, v]) => `${k} ${v}`)
    .join(
      ', ',
    )}), ${mismatches.length} mismatches, ${unopenable.length} not openable, ${((performance.now() - t0) / 1000).toFixed(0)} s`,
);
await warehouse.close();
data.cleanup?.();
process.exit(mismatches.length ? 1 : 0);
