/** Time to fill end to end: a raw store with crawler events made here -> pipeline -> fct_skill_time_to_fill -> API. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/index.ts';
import { importFiles } from '../../cli/import/run.ts';
import { runPipeline } from '../../pipeline/run.ts';
import { openReadOnly } from '../../pipeline/db.ts';
import { kmMedian } from '../../pipeline/stats/survival.ts';
import { EventLog } from '../../crawlers/events.ts';
import { createApp } from '../../api/app.ts';
import { openWarehouse } from '../../api/warehouse.ts';
import { tmpDir } from '../helpers/tmp.ts';

const day = (d: number) => new Date(Date.UTC(2024, 2, 1) + d * 86_400_000).toISOString();

describe('time to fill from posting lifetimes', () => {
  it('Kaplan-Meier median per skill over ATS postings only, still-open ones censored; served by the API', async () => {
    const e = tmpDir();
    try {
      const cfg = loadConfig({ dataDir: path.join(e.dir, 'data'), cwd: e.dir, env: { SKILLPULSE_RATE_LIMIT: '0' } });
      const recs: string[] = [];
      const events: { source: string; id: string; event: 'seen' | 'closed'; at: string }[] = [];
      const lifetimes: { time: number; closed: boolean }[] = [];
      // 40 Greenhouse postings asking for Kubernetes: 30 closed after 1..30 days, 10 still open after 40 days
      for (let i = 0; i < 40; i++) {
        const id = `k${i}`,
          closes = i < 30,
          days = closes ? i + 1 : 40;
        recs.push(
          JSON.stringify({
            id,
            source: 'greenhouse:acme',
            posted_at: '2024-03-01',
            title: `SRE ${i}`,
            company: 'Acme',
            text: `Posting ${i}: we run Kubernetes in production, role number ${i}.`,
          }),
        );
        events.push({ source: 'greenhouse:acme', id, event: 'seen', at: day(0) });
        if (closes) {
          if (days > 1) events.push({ source: 'greenhouse:acme', id, event: 'seen', at: day(days - 1) });
          events.push({ source: 'greenhouse:acme', id, event: 'closed', at: day(days) });
        } else events.push({ source: 'greenhouse:acme', id, event: 'seen', at: day(days) });
        lifetimes.push({ time: days, closed: closes });
      }
      // HN postings have sightings but are not ATS postings: not counted
      for (let i = 0; i < 5; i++) {
        recs.push(
          JSON.stringify({
            id: `h${i}`,
            source: 'hn_whoishiring',
            posted_at: '2024-03-01',
            text: `Acme ${i} | SRE | Remote. Kubernetes and Go, posting ${i}.`,
          }),
        );
        events.push({ source: 'hn_whoishiring', id: `h${i}`, event: 'seen', at: day(0) });
      }
      const file = path.join(e.dir, 'p.jsonl');
      writeFileSync(file, recs.join('\n'));
      await importFiles(cfg, [file]);
      new EventLog(path.join(cfg.data.raw, '_events')).append(events);
      await runPipeline(cfg);
      const expected = kmMedian(lifetimes, 0.9);
      expect(expected.median).toBe(20);
      const w = await openReadOnly(cfg.data.warehouse);
      try {
        const [row] = await w.all<Record<string, unknown>>(
          "SELECT * FROM fct_skill_time_to_fill WHERE skill_id = 'kubernetes'",
        );
        expect(row).toMatchObject({
          n: 40,
          closed: 30,
          censored: 10,
          median_days: 20,
          lo: expected.lo,
          hi: expected.hi,
          level: 0.9,
        });
        expect((await w.all("SELECT * FROM fct_skill_time_to_fill WHERE skill_id = 'go'")).length).toBe(0);
      } finally {
        w.close();
      }
      const warehouse = openWarehouse(cfg.data.warehouse, { checkMs: 0 });
      try {
        const app = createApp({ config: cfg, warehouse, log: () => {} });
        const res = await app.request('/api/v1/skills/kubernetes/time-to-fill');
        expect(res.status).toBe(200);
        expect(await res.json()).toMatchObject({
          n: 40,
          censored: 10,
          median_days: 20,
          lo: expected.lo,
          hi: expected.hi,
        });
      } finally {
        await warehouse.close();
      }
    } finally {
      e.cleanup();
    }
  });
});
