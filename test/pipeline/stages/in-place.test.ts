/**
 * An incremental build starts from a copy of the previous warehouse (pipeline/stages/in-place.ts): the in-place
 * marts keep their carried rows, everything else of the copy is gone, and an unreadable previous warehouse
 * gives a fresh build instead of a failed one.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadConfig } from '../../../config/index.ts';
import { importFiles } from '../../../cli/import/run.ts';
import { runPipeline } from '../../../pipeline/run.ts';
import { Db, openReadOnly } from '../../../pipeline/db.ts';
import { writeJsonl } from '../../../bench/generate.ts';
import { tmpDir } from '../../helpers/tmp.ts';

const t = tmpDir();
afterAll(() => t.cleanup());

const certified = (id: string, month: string) =>
  `${JSON.stringify({
    id,
    source: 'hn_whoishiring',
    posted_at: `${month}-09`,
    month,
    text: 'Acme | Security Engineer | Berlin\n\nRequirements: CISSP certification. Terraform.',
  })}\n`;

/** 120 postings over 2024-01..04 (one naming a certification) built, then 20 more in 2024-05 (one too) imported. */
async function built(name: string) {
  const config = loadConfig({ dataDir: path.join(t.dir, name, 'data'), cwd: t.dir, env: {} });
  const file = path.join(t.dir, `${name}.jsonl`);
  await writeJsonl(file, { n: 120, months: 4, start: '2024-01', source: 'hn_whoishiring', idPrefix: 'a' });
  appendFileSync(file, certified('c1', '2024-02'));
  await importFiles(config, [file]);
  await runPipeline(config);
  const more = path.join(t.dir, `${name}-more.jsonl`);
  await writeJsonl(more, { n: 20, months: 1, start: '2024-05', source: 'hn_whoishiring', idPrefix: 'b', seed: 3 });
  appendFileSync(more, certified('c2', '2024-05'));
  await importFiles(config, [more]);
  return config;
}

it('keeps the carried rows of the in-place marts and drops every other table and view of the copy', async () => {
  const config = await built('copy');
  const w = await Db.open(config.data.warehouse);
  try {
    await w.run('CREATE TABLE stray_table AS SELECT 1 AS x');
    await w.run('CREATE VIEW stray_view AS SELECT 1 AS x');
    // a mark on a carried posting's text stays: its row is the copy's, not recomputed
    await w.run("UPDATE fct_posting_text SET text = 'marked' WHERE posting_id = 'hn_whoishiring:a1'");
    // and on a carried posting's certification mention (re-read by the matcher only when not carried)
    await w.run("UPDATE fct_certification_mentions SET zone = 'marked' WHERE posting_id = 'hn_whoishiring:c1'");
  } finally {
    w.close();
  }
  const inc = await runPipeline(config);
  expect(inc.carried.postings).toBeGreaterThan(100);
  const r = await openReadOnly(config.data.warehouse);
  try {
    const names = await r.all<{ n: string }>(
      "SELECT table_name AS n FROM duckdb_tables() WHERE table_name LIKE 'stray%' UNION ALL SELECT view_name FROM duckdb_views() WHERE view_name LIKE 'stray%'",
    );
    expect(names).toEqual([]);
    const text = await r.all<{ text: string }>(
      "SELECT text FROM fct_posting_text WHERE posting_id = 'hn_whoishiring:a1'",
    );
    expect(text).toEqual([{ text: 'marked' }]);
    const mentions = await r.all<{ posting_id: string; zone: string; requirement: string }>(
      "SELECT posting_id, zone, requirement FROM fct_certification_mentions WHERE posting_id LIKE '%:c_' ORDER BY 1",
    );
    expect(mentions).toEqual([
      { posting_id: 'hn_whoishiring:c1', zone: 'marked', requirement: 'required' },
      { posting_id: 'hn_whoishiring:c2', zone: 'requirements', requirement: 'required' },
    ]);
    // the new postings are there once each, and no posting twice
    const n = await r.one<{ n: number; d: number; b: number }>(
      "SELECT count(*) AS n, count(DISTINCT posting_id) AS d, count(*) FILTER (WHERE posting_id LIKE '%:b%') AS b FROM fct_posting_text",
    );
    expect(n!.n).toBe(n!.d);
    expect(n!.b).toBeGreaterThan(0);
  } finally {
    r.close();
  }
}, 120_000);

it('builds from an empty file when the previous warehouse cannot be opened', async () => {
  const config = await built('broken');
  writeFileSync(config.data.warehouse, 'not a duckdb file');
  const inc = await runPipeline(config);
  expect(inc.carried.postings).toBe(0);
  expect(inc.carried.reason).toMatch(/previous warehouse unreadable/);
  const r = await openReadOnly(config.data.warehouse);
  try {
    const n = await r.one<{ n: number }>('SELECT count(*) AS n FROM fct_posting_text');
    expect(n!.n).toBe(inc.postings);
  } finally {
    r.close();
  }
}, 120_000);
