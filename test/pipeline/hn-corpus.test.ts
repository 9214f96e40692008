/**
 * The whole shared HN corpus through import and pipeline: shares of well-known skills must move the way
 * everyone knows they moved in 2018-2026 (DOMAIN.md), and the half-life statuses must agree.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/index.ts';
import { importFiles } from '../../cli/import/run.ts';
import { runPipeline, type PipelineSummary } from '../../pipeline/run.ts';
import { openReadOnly, type Db } from '../../pipeline/db.ts';
import { hasShared, sharedDir, sharedMissing, tmpDir } from '../helpers/tmp.ts';

describe.skipIf(!hasShared)(hasShared ? 'pipeline on the shared HN corpus' : sharedMissing, () => {
  let t: ReturnType<typeof tmpDir>;
  let db: Db;
  let summary: PipelineSummary;
  const share = new Map<string, number>(); // `${skill}@${year}` -> pooled share

  beforeAll(async () => {
    t = tmpDir();
    const config = loadConfig({ dataDir: path.join(t.dir, 'data'), cwd: t.dir, env: {} });
    const dir = path.join(sharedDir, 'data/postings/hn_whoishiring');
    await importFiles(config, readdirSync(dir).filter((f) => f.endsWith('.jsonl.gz')).map((f) => path.join(dir, f)));
    summary = await runPipeline(config);
    db = await openReadOnly(config.data.warehouse);
    const rows = await db.all<{ skill_id: string; y: string; share: number }>(
      `SELECT skill_id, substr(period, 1, 4) AS y, sum(postings) / sum(total) AS share FROM agg_skill_period
       WHERE interval = 'month' AND source = '*' AND country = '*' AND role_family = '*' AND period >= '2018-01' AND period < '2026-01'
       GROUP BY ALL`);
    for (const r of rows) share.set(`${r.skill_id}@${r.y}`, r.share);
  }, 300_000);

  afterAll(() => {
    db?.close();
    t?.cleanup();
  });

  const s = (skill: string, year: number) => {
    const v = share.get(`${skill}@${year}`);
    if (v === undefined) throw new Error(`no share for ${skill} in ${year}`);
    return v;
  };

  it('keeps almost every posting (exact and near duplicates only)', () => {
    expect(summary.raw_postings).toBe(43_680);
    expect(summary.postings).toBeGreaterThan(43_400);
    expect(summary.postings).toBeLessThan(43_680);
  });

  it('TypeScript and Rust up strongly', () => {
    expect(s('typescript', 2025)).toBeGreaterThan(3 * s('typescript', 2018));
    expect(s('rust', 2025)).toBeGreaterThan(2.5 * s('rust', 2018));
    for (let y = 2019; y <= 2022; y++) expect(s('typescript', y)).toBeGreaterThan(s('typescript', y - 1));
  });

  it('jQuery, AngularJS, Ruby on Rails, PHP, Scala, Elasticsearch down', () => {
    for (const k of ['jquery', 'angularjs', 'rails', 'php', 'scala', 'elasticsearch'])
      expect(s(k, 2025), k).toBeLessThan(0.6 * s(k, 2018));
  });

  it('React high, and flat to down since 2021', () => {
    for (let y = 2018; y <= 2025; y++) expect(s('react', y)).toBeGreaterThan(0.15);
    expect(s('react', 2024)).toBeLessThan(s('react', 2021));
  });

  it('Python, AWS and Kubernetes stay widely asked for; Go holds a solid share', () => {
    for (let y = 2018; y <= 2025; y++) {
      expect(s('python', y)).toBeGreaterThan(0.15);
      expect(s('aws', y)).toBeGreaterThan(0.1);
      expect(s('kubernetes', y)).toBeGreaterThan(0.05);
      expect(s('go', y)).toBeGreaterThan(0.05);
    }
    expect(s('kubernetes', 2019)).toBeGreaterThan(s('kubernetes', 2018));
  });

  it('AI and LLM mentions up sharply from 2023', () => {
    expect(s('llm', 2022)).toBeLessThan(0.01);
    expect(s('llm', 2023)).toBeGreaterThan(0.03);
    expect(s('llm', 2025)).toBeGreaterThan(s('llm', 2024));
    expect(s('ai', 2025)).toBeGreaterThan(3 * s('ai', 2022));
  });

  it('remote work jumped in 2020', async () => {
    const rows = await db.all<{ y: string; remote: number }>(
      `SELECT substr(month, 1, 4) AS y, avg(is_remote::INTEGER) AS remote FROM fct_postings WHERE month >= '2018' GROUP BY 1`);
    const r = Object.fromEntries(rows.map((x) => [x.y, x.remote]));
    expect(r['2020']!).toBeGreaterThan(1.5 * r['2019']!);
    expect(r['2021']!).toBeGreaterThan(r['2019']!);
  });

  it('half-life statuses agree with the directions', async () => {
    const rows = await db.all<{ skill_id: string; status: string; half_life_months: number | null; ci_low: number | null; ci_high: number | null }>(
      `SELECT skill_id, status, half_life_months, ci_low, ci_high FROM fct_half_life
       WHERE skill_id IN ('angularjs', 'jquery', 'scala', 'typescript', 'llm', 'python', 'react')`);
    const h = Object.fromEntries(rows.map((r) => [r.skill_id, r]));
    for (const k of ['angularjs', 'scala']) {
      expect(h[k]!.status, k).toBe('declining');
      expect(h[k]!.ci_low!).toBeLessThan(h[k]!.half_life_months!);
      expect(h[k]!.ci_high!).toBeGreaterThan(h[k]!.half_life_months!);
    }
    expect(h.llm!.status).toBe('rising');
    expect(h.typescript!.status).not.toBe('declining');
  });

  it('movers of the last 12 months are led by AI skills, not by rare ones', async () => {
    const rising = await db.all<{ skill_id: string; postings_to: number }>(
      `SELECT skill_id, postings_to FROM fct_movers WHERE direction = 'rising' AND "window" = 12 ORDER BY rank LIMIT 10`);
    expect(rising.length).toBeGreaterThan(3);
    for (const r of rising) expect(r.postings_to).toBeGreaterThanOrEqual(20);
  });
});
