/**
 * An incremental build (enrich cache, dedup cache, streamed stages) gives the same marts as a full rebuild
 * of the same raw store: every declared mart, row for row (meta_build without its timestamp).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadConfig } from '../../config/index.ts';
import { importFiles } from '../../cli/import/run.ts';
import { runPipeline } from '../../pipeline/run.ts';
import { openReadOnly } from '../../pipeline/db.ts';
import { declaredMarts } from '../../pipeline/sql/tables.ts';
import { writeJsonl } from '../../bench/generate.ts';
import { tmpDir } from '../helpers/tmp.ts';

const t = tmpDir();
afterAll(() => t.cleanup());
const cfg = loadConfig({ dataDir: path.join(t.dir, 'data'), cwd: t.dir, env: {} });

/** Every table of the warehouse as sorted JSON lines (a canonical form that does not depend on row order). */
async function marts(): Promise<Record<string, string[]>> {
  const w = await openReadOnly(cfg.data.warehouse);
  try {
    const out: Record<string, string[]> = {};
    const tables = await w.all<{ t: string }>('SELECT table_name AS t FROM duckdb_tables() ORDER BY t');
    for (const { t: name } of tables) {
      const rows = await w
        .json(`SELECT * EXCLUDE (built_at) FROM ${name}`)
        .catch(() => w.json(`SELECT * FROM ${name}`));
      out[name] = rows.map((r) => JSON.stringify(r)).sort();
    }
    // the TypeScript marts are among them
    for (const spec of declaredMarts) expect(out[spec.name], spec.name).toBeDefined();
    return out;
  } finally {
    w.close();
  }
}

const extra = (id: string, month: string, text: string) =>
  JSON.stringify({ id, source: 'hn_whoishiring', posted_at: `${month}-05`, month, text });

it('an incremental build after new postings equals a full rebuild, mart for mart', async () => {
  const first = path.join(t.dir, 'first.jsonl');
  await writeJsonl(first, { n: 300, months: 8, start: '2024-01', source: 'hn_whoishiring', idPrefix: 'a' });
  await importFiles(cfg, [first]);
  await runPipeline(cfg);
  // new postings in a new month and in past months (the dedup cache of those months must be redone), with pay
  // and a certification so those stages have rows too, plus exact copies of earlier postings
  const second = path.join(t.dir, 'second.jsonl');
  await writeJsonl(second, { n: 60, months: 9, start: '2024-01', source: 'hn_whoishiring', idPrefix: 'b', seed: 7 });
  writeFileSync(
    second,
    `${[
      extra(
        'p1',
        '2024-09',
        'Acme | Senior Python Engineer | Remote (US)\n\nPython and AWS. Salary: $150,000 - $180,000.',
      ),
      extra(
        'p2',
        '2024-09',
        'Acme | Cloud Engineer | Berlin\n\nAWS Certified Solutions Architect required. Terraform.',
      ),
      extra(
        'p3',
        '2024-03',
        'Acme | Cloud Engineer | Berlin\n\nAWS Certified Solutions Architect required. Terraform.',
      ),
    ].join('\n')}\n`,
    { flag: 'a' },
  );
  await importFiles(cfg, [second]);
  const inc = await runPipeline(cfg);
  expect(inc.enriched.cached).toBeGreaterThan(250);
  expect(inc.enriched.computed).toBeGreaterThan(0);
  const incremental = await marts();
  const full = await runPipeline(cfg, { full: true });
  expect(full.enriched.cached).toBe(0);
  const rebuilt = await marts();
  expect(Object.keys(rebuilt)).toEqual(Object.keys(incremental));
  for (const name of Object.keys(rebuilt)) expect(incremental[name], name).toEqual(rebuilt[name]);
  // the corpus reaches the stages that matter here
  expect(incremental.fct_posting_skills?.length).toBeGreaterThan(300);
  expect(incremental.fct_posting_pay?.length).toBeGreaterThan(0);
}, 300_000);
