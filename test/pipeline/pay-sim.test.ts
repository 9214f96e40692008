/**
 * Known answers through the whole pipeline and API on simulated postings (test/helpers/sim-postings.ts):
 * the designed Python pay premium (x1.15) is recovered inside its 90% interval, the pay route serves it, a
 * skill without enough pay is a 404 with the count, and the gap check ranks the designed bundle's members first
 * for a program that teaches Kubernetes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../config/index.ts';
import { importFiles } from '../../cli/import/run.ts';
import { runPipeline } from '../../pipeline/run.ts';
import { openReadOnly, type Db } from '../../pipeline/db.ts';
import { createApp } from '../../api/app.ts';
import { openWarehouse, type WarehouseSource } from '../../api/warehouse.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { BUNDLE, PYTHON_EFFECT, simPostings } from '../helpers/sim-postings.ts';

let t: ReturnType<typeof tmpDir>;
let config: Config;
let db: Db;
let warehouse: WarehouseSource;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  t = tmpDir();
  config = loadConfig({ dataDir: path.join(t.dir, 'data'), cwd: t.dir, env: { SKILLPULSE_RATE_LIMIT: '0' } });
  const file = path.join(t.dir, 'sim.jsonl');
  writeFileSync(
    file,
    simPostings()
      .map((p) => JSON.stringify(p))
      .join('\n') + '\n',
  );
  await importFiles(config, [file]);
  await runPipeline(config);
  db = await openReadOnly(config.data.warehouse);
  warehouse = openWarehouse(config.data.warehouse, { checkMs: 0 });
  app = createApp({ config, warehouse, log: () => {} });
}, 180_000);

afterAll(async () => {
  db?.close();
  await warehouse?.close();
  t?.cleanup();
});

const post = async (url: string, body: unknown) =>
  app.request(url, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

describe('pay through the pipeline (simulated postings)', () => {
  it('stores a range, seniority and language for every simulated posting', async () => {
    const a = await db.all<{ n: number; with_pay: number; senior: number; en: number }>(
      `SELECT count(*) AS n, count(*) FILTER (WHERE pay_ranges = 1) AS with_pay, count(*) FILTER (WHERE seniority = 'senior') AS senior,
         count(*) FILTER (WHERE language = 'en') AS en FROM fct_posting_attributes`,
    );
    expect(a[0]!.n).toBe(720);
    expect(a[0]!.with_pay).toBe(720);
    expect(a[0]!.senior).toBeGreaterThan(120);
    expect(a[0]!.en).toBe(720);
  });
  it('recovers the designed Python premium inside its 90% interval', async () => {
    const [r] = await db.all<{ ratio: number; lo: number; hi: number; n_with: number }>(
      `SELECT ratio, lo, hi, n_with FROM fct_skill_pay WHERE skill_id = 'python'`,
    );
    expect(r!.n_with).toBeGreaterThan(300);
    expect(r!.lo).toBeLessThan(Math.exp(PYTHON_EFFECT));
    expect(r!.hi).toBeGreaterThan(Math.exp(PYTHON_EFFECT));
    expect(r!.lo).toBeGreaterThan(1.05); // and it is clearly a premium
  });
  it('serves it on GET /skills/python/pay, and a 404 with the count below 30', async () => {
    const res = await app.request('/api/v1/skills/python/pay');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      skill: { id: 'python' },
      currency: 'USD',
      controls: ['role_family', 'seniority', 'country', 'year'],
    });
    expect(body.premium.lo).toBeLessThan(1.15);
    expect(body.premium.hi).toBeGreaterThan(1.15);
    expect(body.with.median).toBeGreaterThan(body.without.median);
    const none = await app.request('/api/v1/skills/cobol/pay');
    expect(none.status).toBe(404);
    expect((await none.json()).error.message).toMatch(/0 posting\(s\) with pay ask for it, 30 needed/);
  });
});

describe('program gap check (simulated postings)', () => {
  it("finds the program's skills with offsets and ranks the designed bundle first among the gaps", async () => {
    const text = 'Module 1: containers and Kubernetes. Module 2: Python scripting.';
    const res = await post('/api/v1/gap-analysis', { text, limit: 5 });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.found.map((f: { id: string }) => f.id).sort()).toEqual(['kubernetes', 'python']);
    const k = body.found.find((f: { id: string }) => f.id === 'kubernetes');
    expect(text.slice(k.start, k.end)).toBe('Kubernetes');
    expect(body.covered.map((c: { id: string }) => c.id).sort()).toEqual(['kubernetes', 'python']);
    expect(
      body.gaps
        .slice(0, 3)
        .map((g: { id: string }) => g.id)
        .sort(),
    ).toEqual([...BUNDLE].filter((b) => b !== 'kubernetes').sort());
    expect(body.gaps[0].why.length).toBeGreaterThan(1);
  });
  it('answers 400 naming the valid values for an unknown role family', async () => {
    const res = await post('/api/v1/gap-analysis', { text: 'Python', role_family: 'astronaut' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/role_family: unknown value "astronaut"; valid: /);
  });
});

describe('credential designer (simulated postings)', () => {
  it('finds the designed bundle from a seed, foundational first, with its evidence', async () => {
    const res = await post('/api/v1/credentials/design', { seed: ['Kubernetes'], size: 4 });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.bundle.map((b: { id: string }) => b.id).sort()).toEqual([...BUNDLE].sort());
    expect(body.bundle.map((b: { stage: string }) => b.stage)).toEqual([
      'foundational',
      'foundational',
      'advanced',
      'advanced',
    ]);
    // >= 2 of the 4: the 25% designed postings plus chance pairs of the 4% singles
    expect(body.evidence.k).toBe(2);
    expect(body.evidence.share_with_k).toBeGreaterThan(0.22);
    expect(body.evidence.share_with_k).toBeLessThan(0.32);
    expect(body.evidence.employers).toBeGreaterThan(50);
    expect(body.evidence.trend.points).toHaveLength(24);
    expect(body.evidence.pay_premium).not.toBeNull();
    expect(body.certifications.map((x: { id: string }) => x.id)).toContain('cka');
  });
  it('rejects a size outside 4..8', async () => {
    expect((await post('/api/v1/credentials/design', { size: 3 })).status).toBe(400);
  });
});
