/**
 * Child process of bench/api.ts: serves the skillpulse API on a warehouse file and, in the same process, a
 * trivial Hono route returning a 20-item JSON list (the reference). Reports its own CPU time on request, so
 * the parent can compare server CPU per request with the load generator kept out of the measurement.
 */
import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { loadConfig } from '../config/index.ts';
import { startServer } from '../api/server.ts';
import { lineSink } from '../api/line-sink.ts';

// The rate limiter runs (at a limit the load never reaches) and every request is logged to stdout as
// `skillpulse serve` does (the parent points the child's stdout at /dev/null): nothing the real server does
// is left out of the measurement.
const base = loadConfig({ env: { SKILLPULSE_RATE_LIMIT: process.env.SKILLPULSE_RATE_LIMIT ?? '1000000' } });
const config = { ...base, data: { ...base.data, warehouse: process.argv[2]! } };
const log = lineSink(process.stdout);
const server = await startServer({ config, port: 0, host: '127.0.0.1', log });
const items = Array.from({ length: 20 }, (_, i) => ({ id: `skill-${i}`, label: `Skill ${i}`, score: 99 - i }));
const trivial = new Hono();
trivial.get('/x', (c) => c.json({ items, total: 20 }));
// the same list with every header an API cache hit carries (security, CORS, CSP, rate limit, ETag, Vary...):
// how much of a route's gap to the trivial route is writing those headers
const skip = new Set(['content-length', 'content-encoding', 'content-type', 'date', 'connection', 'keep-alive']);
const apiHeaders: Record<string, string> = {};
for (const [k, v] of (await fetch(`${server.url}/api/v1/demand-scores?limit=20`)).headers)
  if (!skip.has(k)) apiHeaders[k] = v;
trivial.get('/h', (c) => c.json({ items, total: 20 }, 200, apiHeaders));
const ts = serve({ fetch: trivial.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((r) => ts.once('listening', r));
const port = (ts.address() as { port: number }).port;
process.send!({ app: server.url, trivial: `http://127.0.0.1:${port}/x`, withHeaders: `http://127.0.0.1:${port}/h` });
process.on('message', (m) => {
  if (m !== 'cpu') return;
  const u = process.cpuUsage();
  process.send!({ cpu: (u.user + u.system) / 1000 });
});
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
