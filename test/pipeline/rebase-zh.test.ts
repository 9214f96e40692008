/** The shared Chinese corpus (rebase) through import, pipeline and API unchanged: language=zh trends. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/index.ts';
import { importFiles } from '../../cli/import/run.ts';
import { runPipeline } from '../../pipeline/run.ts';
import { openReadOnly } from '../../pipeline/db.ts';
import { createApp } from '../../api/app.ts';
import { openWarehouse } from '../../api/warehouse.ts';
import { sharedDir, tmpDir } from '../helpers/tmp.ts';

const file = path.join(sharedDir, 'data/postings/rebase_who_is_hiring/rebase_who_is_hiring.jsonl.gz');
const has = existsSync(file);
if (!has) console.warn(`${file} is absent: skipping the rebase (Chinese) end-to-end test`);

describe.skipIf(!has)('rebase Chinese postings end to end', () => {
  it('import + pipeline: postings are zh in fct_postings, Chinese skills found, /trend?language=zh answers', async () => {
    const e = tmpDir();
    try {
      const cfg = loadConfig({ dataDir: path.join(e.dir, 'data'), cwd: e.dir, env: { SKILLPULSE_RATE_LIMIT: '0' } });
      await importFiles(cfg, [file]);
      await runPipeline(cfg);
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
    } finally {
      e.cleanup();
    }
  }, 300_000);
});
