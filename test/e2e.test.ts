/**
 * End to end through the real pieces: `skillpulse import` -> `skillpulse pipeline` -> the HTTP server
 * reading the warehouse the pipeline built -> answers computed from the imported postings.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../cli/main.ts';
import { loadConfig } from '../config/index.ts';
import { startServer } from '../api/server.ts';
import { writeJsonl } from '../bench/generate.ts';
import { captureIo, tmpDir } from './helpers/tmp.ts';

const t = tmpDir();
let server: Awaited<ReturnType<typeof startServer>>;

async function cli(args: string[]) {
  const cap = captureIo();
  const code = await main([...args, '--data', path.join(t.dir, 'data')], cap.io);
  return { code, out: cap.out, err: cap.err };
}

beforeAll(async () => {
  const file = await writeJsonl(path.join(t.dir, 'gen.jsonl'), {
    n: 3000,
    months: 36,
    start: '2023-01',
    source: 'generated',
  });
  expect((await cli(['import', file])).out).toContain('read 3000, added 3000, duplicates 0, rejected 0');
  const p = await cli(['pipeline']);
  expect(p.code, p.err).toBe(0);
  expect(p.out).toMatch(/postings after dedup/);
  const config = loadConfig({ dataDir: path.join(t.dir, 'data'), cwd: t.dir, env: { SKILLPULSE_RATE_LIMIT: '0' } });
  server = await startServer({ config, port: 0, host: '127.0.0.1', log: () => {} });
}, 180_000);

afterAll(async () => {
  await server?.close();
  t.cleanup();
});

const get = async (p: string) => {
  const res = await fetch(server.url + p);
  expect(res.status, p).toBe(200);
  return res.json() as Promise<any>;
};

describe('import -> pipeline -> API', () => {
  it('health reports the build and status agrees', async () => {
    const h = await get('/api/v1/health');
    expect(h.status).toBe('ok');
    expect(h.data_through).toBe('2025-12');
    const s = JSON.parse((await cli(['status', '--json'])).out);
    expect(s.sources).toEqual([
      { source: 'generated', postings: 3000, first_month: '2023-01', last_month: '2025-12', rejected: 0 },
    ]);
    expect(s.warehouse.postings).toBe(h.postings);
  });

  it('serves the shares the pipeline computed from the imported texts', async () => {
    const trend = await get('/api/v1/skills/rust/trend?interval=quarter');
    expect(trend.points.length).toBe(12);
    for (const p of trend.points) {
      expect(p.share).toBeCloseTo(p.postings / p.total, 12);
      expect(p.postings).toBeGreaterThan(0);
    }
    const total = trend.points.reduce((s: number, p: any) => s + p.total, 0);
    const h = await get('/api/v1/health');
    // shares count unique postings: the generator's few reposts (same employer and role within 60 days) are left out
    expect(total).toBeLessThanOrEqual(h.postings);
    expect(total).toBeGreaterThan(0.98 * h.postings);
    // every generated posting names 2-7 of 40 skills: each of them is found in a fair share of postings
    const rust = await get('/api/v1/skills/Rust');
    expect(rust.share).toBeGreaterThan(0.05);
    expect(rust.share).toBeLessThan(0.3);
  });

  it('ranks demand scores and recommends with reasons', async () => {
    const d = await get('/api/v1/demand-scores?limit=5');
    expect(d.items).toHaveLength(5);
    expect(d.items[0].score).toBeGreaterThanOrEqual(d.items[4].score);
    const res = await fetch(server.url + '/api/v1/recommendations', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ have: ['Python', 'Django'], limit: 3 }),
    });
    const r = (await res.json()) as any;
    expect(r.items).toHaveLength(3);
    for (const i of r.items) expect(i.reasons.some((x: string) => /demand score \d+\/100/.test(x))).toBe(true);
  });
});
