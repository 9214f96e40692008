/**
 * bench/api-hit: the server-side work of one cached answer, without sockets or a load generator: node's
 * IncomingMessage and ServerResponse made in-process (no socket: `end` only queues the bytes) and handed to
 * (a) a listener that writes a 2-header answer (the harness' own cost), (b) @hono/node-server with a trivial Hono
 * route returning a 20-item JSON list, (c) the API's fetch door (`withFastHits` under node-server), (d) the API's
 * node door (`nodeHits`, as api/server.ts installs it). Rounds interleave the four; figures are medians of µs per
 * request, and the work beyond the harness as the median over rounds of its ratio to the trivial route's in
 * the same round. What it leaves out (syscalls, the
 * client parsing the headers) is what bench/api measures end to end.
 * Usage: node --expose-gc --import tsx bench/api-hit.ts [ROUNDS=11] [N=20000] [URL=/api/v1/demand-scores?limit=20]
 * (without --expose-gc a variant may pay for the garbage of the one before it: noisier).
 */
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { getRequestListener } from '@hono/node-server';
import { loadConfig } from '../config/index.ts';
import { createApp } from '../api/app.ts';
import { fastHitParts, nodeHits } from '../api/fast-hits.ts';
import { openWarehouse } from '../api/warehouse.ts';
import { buildFixtureWarehouse } from '../test/helpers/fixture-warehouse.ts';

const rounds = Number(process.argv[2] ?? 11);
const n = Number(process.argv[3] ?? 20_000);
const url = process.argv[4] ?? '/api/v1/demand-scores?limit=20';
const gc = (globalThis as { gc?: () => void }).gc;
type Listener = (req: http.IncomingMessage, res: http.ServerResponse) => unknown;

const dir = mkdtempSync(path.join(os.tmpdir(), 'skillpulse-bench-hit-'));
const file = await buildFixtureWarehouse(dir);
const base = loadConfig({ dataDir: dir, cwd: dir, env: { SKILLPULSE_RATE_LIMIT: '1000000' } });
const warehouse = openWarehouse(file); // default stat interval, as `skillpulse serve`
const app = createApp({ config: { ...base, data: { ...base.data, warehouse: file } }, warehouse, log: () => {} });
const items = Array.from({ length: 20 }, (_, i) => ({ id: `skill-${i}`, label: `Skill ${i}`, score: 99 - i }));
const trivial = new Hono();
trivial.get('/x', (c) => c.json({ items, total: 20 }));

const socket = { remoteAddress: '127.0.0.1', encrypted: false, on() {}, once() {}, removeListener() {} };
const call = (listener: Listener, target: string): http.ServerResponse => {
  const req = new http.IncomingMessage(socket as never);
  req.method = 'GET';
  req.url = target;
  req.headers = { host: '127.0.0.1:3000', 'accept-encoding': 'gzip', 'user-agent': 'bench', connection: 'keep-alive' };
  req.rawHeaders = [
    'host',
    '127.0.0.1:3000',
    'accept-encoding',
    'gzip',
    'user-agent',
    'bench',
    'connection',
    'keep-alive',
  ];
  const res = new http.ServerResponse(req);
  listener(req, res);
  return res;
};
const variants: [string, Listener, string][] = [
  [
    'harness (2-header answer)',
    (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': '2' });
      res.end('ok');
    },
    '/x',
  ],
  ['trivial Hono route', getRequestListener(trivial.fetch), '/x'],
  ['API hit, fetch door', getRequestListener(app.fetch), url],
  ['API hit, node door', nodeHits(getRequestListener(app.fetch), fastHitParts(app)!), url],
];
try {
  for (const [name, listener, target] of variants) {
    // the first request is a miss that fills the cache; then every answer must be synchronous
    let res: http.ServerResponse & { _header?: string | null };
    let tries = 0;
    do {
      call(listener, target);
      await new Promise((r) => setTimeout(r, 200));
      res = call(listener, target);
    } while (!(res.statusCode === 200 && res._header) && ++tries < 50);
    if (!res._header) throw new Error(`bench/api-hit: ${name}: no synchronous 200 answer after ${tries} tries`);
  }
  const times = new Map<string, number[]>(variants.map(([name]) => [name, []]));
  for (let r = 0; r < rounds; r++)
    for (const [name, listener, target] of variants) {
      gc?.(); // each variant pays for its own garbage (node --expose-gc), not for the one before it
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < n; i++) call(listener, target);
      times.get(name)!.push(Number(process.hrtime.bigint() - t0) / n / 1000);
      await new Promise((r) => setImmediate(r));
    }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const floor = times.get(variants[0]![0])!;
  const ref = times.get(variants[1]![0])!;
  console.log(`${url}: ${rounds} rounds x ${n} requests; load average ${os.loadavg()[0]!.toFixed(1)}`);
  for (const [name] of variants) {
    const t = times.get(name)!;
    const beyond = median(t.map((x, i) => x - floor[i]!));
    const ratio = median(t.map((x, i) => (x - floor[i]!) / (ref[i]! - floor[i]!)));
    console.log(
      `${name.padEnd(26)} ${median(t).toFixed(1).padStart(6)} µs/req  beyond the harness ${beyond.toFixed(1).padStart(5)} µs` +
        (name === variants[0]![0] ? '' : `  (${ratio.toFixed(2)}x the trivial route's)`),
    );
  }
} finally {
  await warehouse.close();
  rmSync(dir, { recursive: true, force: true });
}
