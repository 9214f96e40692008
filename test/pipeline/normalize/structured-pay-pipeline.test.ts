/**
 * Structured pay through the whole pipeline and the pay route, on simulated postings (test/helpers/sim-postings.ts)
 * whose records carry `extra.pay` as the crawlers write it: a third with a structured range (preferred over the
 * range in their text), a third with an implausible one (refused with its reason, the text's range used, the
 * posting kept), a third with none. Known answers: the per-posting pay and the median GET /skills/python/pay serves.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../../config/index.ts';
import { importFiles } from '../../../cli/import/run.ts';
import { runPipeline } from '../../../pipeline/run.ts';
import { openReadOnly, type Db } from '../../../pipeline/db.ts';
import { createApp } from '../../../api/app.ts';
import { openWarehouse, type WarehouseSource } from '../../../api/warehouse.ts';
import { quantiles } from '../../../pipeline/stats/pay-premium.ts';
import { tmpDir } from '../../helpers/tmp.ts';
import { simPostings } from '../../helpers/sim-postings.ts';

const STRUCTURED = { min: 180000, max: 220000, currency: 'USD', period: 'year', field: 'salaryRange' };
/** The structured work terms of a record (crawlers/work-terms.ts vocabulary); the texts all say "Remote (US) | Full-time". */
const STRUCTURED_TERMS = { work_mode: 'onsite', employment: 'contract' };
const IMPLAUSIBLE = { min: 5, max: 6, currency: 'USD', period: 'year', field: 'salaryRange' };

let t: ReturnType<typeof tmpDir>;
let config: Config;
let db: Db;
let warehouse: WarehouseSource;
let app: ReturnType<typeof createApp>;
const posts = simPostings(4, 9).map((p, i) => ({
  ...p,
  kind: (['structured', 'implausible', 'none'] as const)[i % 3]!,
}));

/** The annual USD pay a posting should get: its structured range's midpoint, else its text's "$Xk-$Yk". */
function expectedPay(p: (typeof posts)[number]): number {
  if (p.kind === 'structured') return (STRUCTURED.min + STRUCTURED.max) / 2;
  const m = /\$(\d+)k-\$(\d+)k/.exec(p.text)!;
  return ((Number(m[1]) + Number(m[2])) * 1000) / 2;
}

beforeAll(async () => {
  t = tmpDir();
  config = loadConfig({ dataDir: path.join(t.dir, 'data'), cwd: t.dir, env: { SKILLPULSE_RATE_LIMIT: '0' } });
  const file = path.join(t.dir, 'sim.jsonl');
  const lines = posts.map(({ kind, ...p }) =>
    JSON.stringify(
      kind === 'structured'
        ? { ...p, pay: [STRUCTURED], ...STRUCTURED_TERMS }
        : kind === 'implausible'
          ? { ...p, pay: [IMPLAUSIBLE], work_mode: 'sometimes', employment: 'gig' }
          : p,
    ),
  );
  writeFileSync(file, `${lines.join('\n')}\n`);
  await importFiles(config, [file]);
  await runPipeline(config);
  db = await openReadOnly(config.data.warehouse);
  warehouse = openWarehouse(config.data.warehouse, { checkMs: 0 });
  app = createApp({ config, warehouse, log: () => {} });
}, 300_000);

afterAll(async () => {
  db?.close();
  await warehouse?.close();
  t?.cleanup();
});

describe('structured pay through the pipeline', () => {
  it('prefers the structured range, refuses the implausible one with its reason, keeps every posting', async () => {
    const rows = await db.all<{ pay_source: string; rejected: number; n: number; usd: number }>(
      `SELECT pay_source, count(pay_rejected) AS rejected, count(*) AS n, round(avg(pay_usd)) AS usd
       FROM fct_posting_attributes GROUP BY pay_source ORDER BY pay_source`,
    );
    const n = (k: string) => posts.filter((p) => p.kind === k).length;
    expect(rows.map((r) => [r.pay_source, r.n, r.rejected])).toEqual([
      ['structured', n('structured'), 0],
      ['text', n('implausible') + n('none'), n('implausible')],
    ]);
    expect(rows[0]!.usd).toBe(200000);
    const [why] = await db.all<{ r: string }>(
      'SELECT DISTINCT pay_rejected AS r FROM fct_posting_attributes WHERE pay_rejected IS NOT NULL',
    );
    expect(why!.r).toBe('pay[0] (salaryRange): 5..6 USD per year is outside the plausible 8000..2500000');
    const origins = await db.all<{ origin: string; n: number }>(
      'SELECT origin, count(*) AS n FROM fct_posting_pay GROUP BY origin ORDER BY origin',
    );
    expect(origins.map((o) => [o.origin, o.n])).toEqual([
      ['structured', n('structured')],
      ['text', n('implausible') + n('none')],
    ]);
  });

  it('takes work mode and employment type from the record when it states them in the vocabulary, else from the text', async () => {
    const rows = await db.all<{ work_mode: string; employment_type: string; is_remote: boolean; n: number }>(
      `SELECT work_mode, employment_type, is_remote, count(*) AS n FROM fct_postings GROUP BY ALL ORDER BY ALL`,
    );
    const n = (k: string) => posts.filter((p) => p.kind === k).length;
    expect(rows.map((r) => [r.work_mode, r.employment_type, r.is_remote, r.n])).toEqual([
      ['onsite', 'contract', false, n('structured')],
      ['remote', 'full-time', true, n('implausible') + n('none')],
    ]);
  });

  it('GET /skills/python/pay serves the median of the preferred pay', async () => {
    const python = posts.filter((p) => /\bPython\b/.test(p.text));
    expect(python.length).toBeGreaterThanOrEqual(30);
    const res = await app.request('/api/v1/skills/python/pay');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.with.n).toBe(python.length);
    expect(body.with.median).toBeCloseTo(quantiles(python.map(expectedPay))!.median, -1);
  });
});
