/**
 * The real HTTP server: warehouse swap under load (zero failed requests, new data after), the empty
 * state before the first build, an incomplete warehouse, the dashboard / placeholder page and the docs.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../api/server.ts';
import { openForBuild, swapInto } from '../../pipeline/db.ts';
import { buildFixtureWarehouse } from '../helpers/fixture-warehouse.ts';
import { testConfig } from './app-helper.ts';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'skillpulse-server-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('warehouse swap under load', () => {
  let server: RunningServer;
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    await buildFixtureWarehouse(dir);
    await buildFixtureWarehouse(dir, { name: 'next.duckdb', builtAt: '2025-02-03 00:00:00' });
    server = await startServer({ config: testConfig(dir), port: 0, host: '127.0.0.1', log: () => {} });
  });
  afterAll(async () => {
    await server.close();
  });

  it('serves every request while a new file is renamed into place, then the new build', async () => {
    const statuses = new Map<number, number>();
    let stop = false;
    let k = 0;
    const worker = async () => {
      while (!stop) {
        // Distinct queries so most requests run SQL on the handle rather than hit the response cache.
        const i = k++;
        const url =
          i % 2
            ? `/api/v1/skills?limit=${(i % 997) + 1}`
            : `/api/v1/skills/typescript/trend?from=2024-0${(i % 3) + 1}&to=2024-${String((i % 9) + 4).padStart(2, '0')}&country=${['US', 'DE', 'GB', 'unknown'][i % 4]}`;
        const res = await fetch(server.url + url);
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    await new Promise((r) => setTimeout(r, 300));
    swapInto(path.join(dir, 'next.duckdb'), path.join(dir, 'warehouse.duckdb'));
    let built = '';
    const t0 = Date.now();
    while (Date.now() - t0 < 5000) {
      built = (await (await fetch(server.url + '/api/v1/health')).json()).built_at;
      if (built === '2025-02-03T00:00:00.000Z') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    // keep the load on for a while after the switch (by count, not by time: the machine may be busy)
    const total = () => [...statuses.values()].reduce((x, y) => x + y, 0);
    const target = total() + 20;
    for (const t1 = Date.now(); total() < target && Date.now() - t1 < 20_000; )
      await new Promise((r) => setTimeout(r, 50));
    stop = true;
    await Promise.all(workers);
    expect(built).toBe('2025-02-03T00:00:00.000Z');
    expect([...statuses.keys()]).toEqual([200]);
    expect(statuses.get(200)).toBeGreaterThan(20);
  });
});

describe('before the first build', () => {
  it('health says empty, data routes answer 503, then the new warehouse is picked up', async () => {
    const dir = tempDir();
    const server = await startServer({ config: testConfig(dir), port: 0, host: '127.0.0.1', log: () => {} });
    try {
      const h = await (await fetch(server.url + '/api/v1/health')).json();
      expect(h).toMatchObject({ status: 'empty', postings: 0, sources: [], built_at: null });
      const res = await fetch(server.url + '/api/v1/demand-scores');
      expect(res.status).toBe(503);
      expect((await res.json()).error.code).toBe('no_warehouse');
      await buildFixtureWarehouse(dir);
      await new Promise((r) => setTimeout(r, 300));
      expect((await (await fetch(server.url + '/api/v1/health')).json()).status).toBe('ok');
      expect((await fetch(server.url + '/api/v1/demand-scores')).status).toBe(200);
    } finally {
      await server.close();
    }
  });
  it('a warehouse without the marts answers 503, not 500', async () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    const db = await openForBuild(path.join(dir, 'warehouse.duckdb'));
    await db.run('CREATE TABLE meta_build AS SELECT 1 AS postings');
    db.close();
    const logs: string[] = [];
    const server = await startServer({ config: testConfig(dir), port: 0, host: '127.0.0.1', log: (l) => logs.push(l) });
    try {
      const res = await fetch(server.url + '/api/v1/skills');
      expect(res.status).toBe(503);
      expect((await res.json()).error.code).toBe('warehouse_incomplete');
    } finally {
      await server.close();
    }
  });
});

describe('pages', () => {
  it('placeholder without a dashboard, index.html and assets with one, offline docs', async () => {
    const dir = tempDir();
    const plain = await startServer({ config: testConfig(dir), port: 0, host: '127.0.0.1', log: () => {} });
    const dist = path.join(dir, 'dist');
    mkdirSync(path.join(dist, 'assets'), { recursive: true });
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>dash</title>');
    writeFileSync(path.join(dist, 'assets', 'main.js'), 'console.log(1)');
    const withDash = await startServer({
      config: testConfig(dir),
      port: 0,
      host: '127.0.0.1',
      staticDir: dist,
      log: () => {},
    });
    try {
      const page = await fetch(plain.url + '/');
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('dashboard is not built');
      expect(await (await fetch(withDash.url + '/')).text()).toBe('<!doctype html><title>dash</title>');
      const js = await fetch(withDash.url + '/assets/main.js');
      expect(js.headers.get('content-type')).toMatch(/javascript/);
      expect((await fetch(withDash.url + '/assets/nope.js')).status).toBe(404);
      expect((await fetch(withDash.url + '/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
      const docs = await (await fetch(plain.url + '/api/docs')).text();
      expect(docs).toContain('/api/v1/openapi.json');
      expect(docs).not.toMatch(/https?:\/\/(?!localhost)[a-z]/i); // no CDN
      const spec = await (await fetch(plain.url + '/api/v1/openapi.json')).json();
      expect(spec.openapi).toBe('3.1.0');
      for (const p of [
        '/api/v1/health',
        '/api/v1/skills',
        '/api/v1/skills/{id}',
        '/api/v1/skills/{id}/trend',
        '/api/v1/skills/{id}/half-life',
        '/api/v1/skills/{id}/related',
        '/api/v1/demand-scores',
        '/api/v1/trends/movers',
        '/api/v1/categories',
        '/api/v1/recommendations',
        '/api/v1/admin/crawl',
        '/api/v1/admin/pipeline',
        '/api/v1/meta',
        '/api/v1/sources',
      ])
        expect(Object.keys(spec.paths), p).toContain(p);
      expect(spec.paths['/api/v1/skills'].get.parameters.map((x: any) => x.name)).toEqual([
        'q',
        'category',
        'type',
        'sort',
        'limit',
        'offset',
        'format',
      ]);
    } finally {
      await plain.close();
      await withDash.close();
    }
  });
});
