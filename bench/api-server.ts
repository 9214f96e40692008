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
const ts = serve({ fetch: trivial.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((r) => ts.once('listening', r));
process.send!({ app: server.url, trivial: `http://127.0.0.1:${(ts.address() as { port: number }).port}/x` });
process.on('message', (m) => {
  if (m !== 'cpu') return;
  const u = process.cpuUsage();
  process.send!({ cpu: (u.user + u.system) / 1000 });
});
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
