/**
 * The shared Chinese corpus (rebase) through import, pipeline, API and dashboard unchanged: language=zh trends
 * from the API, and the skill view in Debian's Chromium (real server on 127.0.0.1) drawing the zh trend.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { startServer } from '../../api/server.ts';
import { buildDashboard } from '../../dashboard/build.ts';
import { loadConfig } from '../../config/index.ts';
import { importFiles } from '../../cli/import/run.ts';
import { runPipeline } from '../../pipeline/run.ts';
import { openReadOnly } from '../../pipeline/db.ts';
import { createApp } from '../../api/app.ts';
import { openWarehouse } from '../../api/warehouse.ts';
import { repoRoot, sharedDir, tmpDir } from '../helpers/tmp.ts';

const file = path.join(sharedDir, 'data/postings/rebase_who_is_hiring/rebase_who_is_hiring.jsonl.gz');
const has = existsSync(file);
if (!has) console.warn(`${file} is absent: skipping the rebase (Chinese) end-to-end test`);

const chromiumPath = '/usr/bin/chromium';

describe.skipIf(!has)('rebase Chinese postings end to end', () => {
  const e = tmpDir();
  const cfg = loadConfig({ dataDir: path.join(e.dir, 'data'), cwd: e.dir, env: { SKILLPULSE_RATE_LIMIT: '0' } });
  beforeAll(async () => {
    await importFiles(cfg, [file]);
    await runPipeline(cfg);
  }, 300_000);
  afterAll(() => e.cleanup());

  it('import + pipeline: postings are zh in fct_postings, Chinese skills found, /trend?language=zh answers', async () => {
    const w = await openReadOnly(cfg.data.warehouse);
    try {
      const langs = Object.fromEntries(
        (
          await w.all<{ language: string; n: number }>(
            'SELECT language, count(*)::INT AS n FROM fct_postings GROUP BY 1',
          )
        ).map((r) => [r.language, r.n]),
      );
      expect(langs.zh).toBeGreaterThan(700);
      const top = await w.all<{ skill_id: string }>(
        `SELECT skill_id FROM fct_posting_skills JOIN fct_postings USING (posting_id) WHERE language = 'zh' GROUP BY 1 ORDER BY count(*) DESC LIMIT 30`,
      );
      expect(top.map((r) => r.skill_id)).toEqual(expect.arrayContaining(['blockchain', 'communication']));
      const none = await w.one<{ n: number }>(
        `SELECT count(*)::INT AS n FROM fct_postings WHERE language = 'zh' AND n_skills = 0`,
      );
      expect(none!.n / langs.zh!).toBeLessThan(0.08);
    } finally {
      w.close();
    }
    const warehouse = openWarehouse(cfg.data.warehouse, { checkMs: 0 });
    try {
      const app = createApp({ config: cfg, warehouse, log: () => {} });
      const res = await app.request('/api/v1/skills/blockchain/trend?language=zh');
      expect(res.status).toBe(200);
      const body = (await res.json()) as {
        filters: { language: string };
        points: { postings: number; total: number }[];
      };
      expect(body.filters.language).toBe('zh');
      expect(body.points.length).toBeGreaterThan(12);
      expect(body.points.reduce((a, p) => a + p.postings, 0)).toBeGreaterThan(100);
      expect((await app.request('/api/v1/skills/区块链/trend?language=zh')).status).toBe(200);
    } finally {
      await warehouse.close();
    }
  }, 300_000);

  it.skipIf(!existsSync(chromiumPath))(
    'dashboard: the skill view with language=zh draws the Chinese trend, unlike language=en',
    async () => {
      const staticDir = await buildDashboard(path.join(repoRoot, 'dashboard/dist'));
      const server = await startServer({ config: cfg, port: 0, host: '127.0.0.1', staticDir, log: () => {} });
      const browser = await chromium.launch({
        executablePath: chromiumPath,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      });
      try {
        const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
        const errors: string[] = [];
        page.on('pageerror', (err) => errors.push(err.message));
        const trend = async (lang: string) => {
          await page.goto('about:blank');
          await page.goto(`${server.url.replace(/\/$/, '')}/#/skill?skill=blockchain&language=${lang}`);
          await page.waitForSelector('.view[data-ready="true"]', { timeout: 30_000 });
          const card = page.locator('section.card[aria-label="Share of postings over time"]');
          return {
            marks: await card.locator('svg g[aria-label] :is(path, circle, rect, line)').count(),
            svg: await card
              .locator('svg')
              .first()
              .evaluate((x) => x.outerHTML),
            lang: await page.inputValue('#f-language'),
          };
        };
        const zh = await trend('zh');
        expect(zh.lang).toBe('zh');
        expect(zh.marks).toBeGreaterThan(12);
        const en = await trend('en');
        expect(en.lang).toBe('en');
        expect(en.svg).not.toBe(zh.svg);
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
        await server.close();
      }
    },
    120_000,
  );
});
