/**
 * An incremental build (enrich cache, dedup cache, rows of unchanged postings carried from the previous
 * warehouse, streamed stages) gives the same marts as a full rebuild of the same raw store: every table, row
 * for row (meta_build without its timestamp). The carry cases: a new month with a changed old month and a
 * cross-source duplicate that turns a carried posting into a duplicate; a removed raw part; a build key change
 * (a setting the carried rows depend on) and a taxonomy version change, which must carry nothing.
 */
import { appendFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../config/index.ts';
import { importFiles } from '../../cli/import/run.ts';
import { runPipeline } from '../../pipeline/run.ts';
import { loadTaxonomy, type Taxonomy } from '../../pipeline/extract/index.ts';
import { Db, openReadOnly } from '../../pipeline/db.ts';
import { declaredMarts } from '../../pipeline/sql/tables.ts';
import { writeJsonl } from '../../bench/generate.ts';
import { tmpDir } from '../helpers/tmp.ts';

const t = tmpDir();
afterAll(() => t.cleanup());
const configIn = (name: string) => loadConfig({ dataDir: path.join(t.dir, name, 'data'), cwd: t.dir, env: {} });
const cfg = configIn('main');

/** Every table of the warehouse as sorted JSON lines (a canonical form that does not depend on row order). */
async function marts(config: Config = cfg): Promise<Record<string, string[]>> {
  const w = await openReadOnly(config.data.warehouse);
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

const extra = (id: string, month: string, text: string, source = 'hn_whoishiring', day = '05') =>
  JSON.stringify({ id, source, posted_at: `${month}-${day}`, month, text });

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

/** The first build of a carry case: 300 postings over 2024-01..08, an Acme posting in 2024-04 and one in 2024-05. */
async function firstBuild(config: Config, name: string): Promise<void> {
  const first = path.join(t.dir, `${name}-first.jsonl`);
  await writeJsonl(first, { n: 300, months: 8, start: '2024-01', source: 'hn_whoishiring', idPrefix: 'a' });
  appendFileSync(
    first,
    `${[
      extra('x1', '2024-04', 'Acme | Data Engineer | Paris\n\nSpark, Python and SQL.', 'hn_whoishiring', '20'),
      extra('x2', '2024-05', 'Acme | Web Developer | Rome\n\nReact and TypeScript.'),
      // pay in the text (the enrich cache's text_pay) and in a structured field (computed in the pay stage)
      extra('x3', '2024-02', 'Bolt | Staff Data Engineer | Remote (US)\n\nSpark, Airflow. $180,000-$210,000/yr.'),
      JSON.stringify({
        id: 'x4',
        source: 'hn_whoishiring',
        posted_at: '2024-02-07',
        month: '2024-02',
        text: 'Lead SRE\n\nTerraform and AWS at scale.',
        salary: { min: 70, max: 90, currency: 'USD', period: 'hour' },
      }),
    ].join('\n')}\n`,
  );
  await importFiles(config, [first]);
  const built = await runPipeline(config);
  expect(built.carried).toEqual({ postings: 0, reason: 'no previous warehouse' });
}

/**
 * +40 postings in a new month, one in an old month, the 2024-04 Acme role from another source 10 days earlier
 * (a cross-source duplicate of x1), and a new version of x2 (its text changed: its month must be recomputed).
 */
async function secondImport(config: Config, name: string): Promise<void> {
  const second = path.join(t.dir, `${name}-second.jsonl`);
  await writeJsonl(second, { n: 40, months: 1, start: '2024-09', source: 'hn_whoishiring', idPrefix: 'b', seed: 7 });
  appendFileSync(
    second,
    `${[
      extra(
        'p3',
        '2024-03',
        'Acme | Cloud Engineer | Berlin\n\nAWS Certified Solutions Architect required. Terraform.',
      ),
      extra('y1', '2024-04', 'Acme | Data Engineer | Paris\n\nWe use Spark, Python and SQL daily.', 'greenhouse', '10'),
      extra('x2', '2024-05', 'Acme | Web Developer | Rome\n\nVue, Kubernetes and Go.'),
    ].join('\n')}\n`,
  );
  await importFiles(config, [second]);
}

/** The full rebuild of the same raw store (same options) equals the warehouse built before, table for table. */
async function expectEqualsFull(
  config: Config,
  opts: { windowDays?: number; taxonomy?: Taxonomy } = {},
): Promise<void> {
  const incremental = await marts(config);
  const full = await runPipeline(config, { full: true, ...opts });
  expect(full.carried).toEqual({ postings: 0, reason: 'full build' });
  const rebuilt = await marts(config);
  expect(Object.keys(rebuilt)).toEqual(Object.keys(incremental));
  for (const name of Object.keys(rebuilt)) expect(incremental[name], name).toEqual(rebuilt[name]);
  expect(incremental.fct_match_spans?.length).toBeGreaterThan(300);
  // the carried pay rows are there: x3's from the text, x4's from its structured field
  const pay = (incremental.fct_posting_pay ?? []).map((r) => JSON.parse(r) as { posting_id: string; origin: string });
  expect(pay.filter((r) => /:x[34]$/.test(r.posting_id)).map((r) => `${r.posting_id} ${r.origin}`)).toEqual([
    'hn_whoishiring:x3 text',
    'hn_whoishiring:x4 structured',
  ]);
}

it('carries the unchanged months and equals a full rebuild (new month, changed old month, cross-source duplicate)', async () => {
  const config = configIn('carry');
  await firstBuild(config, 'carry');
  await secondImport(config, 'carry');
  const inc = await runPipeline(config);
  // every month but 2024-03 (p3 added) and 2024-09 (new) is unchanged: most postings are carried, not all
  expect(inc.carried.reason).toBeUndefined();
  expect(inc.carried.postings).toBeGreaterThan(200);
  expect(inc.carried.postings).toBeLessThan(inc.postings);
  // x1's month is unchanged (carried), but it is now a cross-source duplicate of y1: its rows must not be copied
  const w = await openReadOnly(config.data.warehouse);
  try {
    const rows = await w.all<{ posting_id: string }>(
      "SELECT DISTINCT posting_id FROM fct_posting_text WHERE posting_id IN ('hn_whoishiring:x1', 'greenhouse:y1')",
    );
    expect(rows.map((r) => r.posting_id)).toEqual(['greenhouse:y1']);
  } finally {
    w.close();
  }
  await expectEqualsFull(config);
}, 300_000);

it('after a raw part is removed, an incremental build equals a full rebuild', async () => {
  const config = configIn('removed');
  await firstBuild(config, 'removed');
  await secondImport(config, 'removed');
  await runPipeline(config);
  // remove the second import's part: its months (and x1's, which is kept again) change back
  const day = path.join(config.data.raw, 'source=hn_whoishiring');
  const parts = readdirSync(day, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.jsonl.gz'))
    .sort();
  expect(parts.length).toBe(2);
  rmSync(path.join(day, parts[1]!));
  rmSync(path.join(config.data.raw, 'source=greenhouse'), { recursive: true });
  const inc = await runPipeline(config);
  expect(inc.carried.postings).toBeGreaterThan(200);
  await expectEqualsFull(config);
}, 300_000);

it('a build key change (here the cross-source window) carries nothing and equals a full rebuild', async () => {
  const config = configIn('key');
  await firstBuild(config, 'key');
  await secondImport(config, 'key');
  const inc = await runPipeline(config, { windowDays: 30 });
  expect(inc.carried).toEqual({ postings: 0, reason: 'build key changed' });
  await expectEqualsFull(config, { windowDays: 30 });
}, 300_000);

it('a taxonomy version change carries nothing, re-enriches every posting and equals a full rebuild', async () => {
  const config = configIn('taxonomy');
  await firstBuild(config, 'taxonomy');
  await secondImport(config, 'taxonomy');
  const taxonomy = { ...loadTaxonomy(), version: 'test-next' };
  const inc = await runPipeline(config, { taxonomy });
  expect(inc.carried).toEqual({ postings: 0, reason: 'build key changed' });
  expect(inc.enriched.cached).toBe(0);
  await expectEqualsFull(config, { taxonomy });
  // the next build with the same version carries again
  const again = await runPipeline(config, { taxonomy });
  expect(again.carried.postings).toBe(again.postings);
}, 300_000);

it('takes the pay rows of carried postings from the previous warehouse and computes the others', async () => {
  const config = configIn('paycarry');
  await firstBuild(config, 'paycarry');
  // mark the previous build's pay rows of x3 (text pay) and x4 (structured): carried, the marks stay
  const w = await Db.open(config.data.warehouse);
  try {
    const n = await w.one<{ n: number }>(
      "SELECT count(*) AS n FROM fct_posting_pay WHERE posting_id IN ('hn_whoishiring:x3', 'hn_whoishiring:x4')",
    );
    expect(n!.n).toBe(2);
    await w.run(
      "UPDATE fct_posting_pay SET currency = 'XXX' WHERE posting_id IN ('hn_whoishiring:x3', 'hn_whoishiring:x4')",
    );
    await w.run("UPDATE fct_posting_attributes SET language = 'xx' WHERE posting_id = 'hn_whoishiring:x4'");
  } finally {
    w.close();
  }
  await secondImport(config, 'paycarry');
  const inc = await runPipeline(config);
  expect(inc.carried.postings).toBeGreaterThan(200);
  const r = await openReadOnly(config.data.warehouse);
  try {
    const pay = await r.all<{ posting_id: string; currency: string }>(
      "SELECT posting_id, currency FROM fct_posting_pay WHERE posting_id IN ('hn_whoishiring:x3', 'hn_whoishiring:x4', 'hn_whoishiring:p3') OR posting_id LIKE '%:b%' ORDER BY ALL",
    );
    expect(pay.filter((p) => p.currency === 'XXX').map((p) => p.posting_id)).toEqual([
      'hn_whoishiring:x3',
      'hn_whoishiring:x4',
    ]);
    const langs = await r.all<{ language: string }>(
      "SELECT language FROM fct_posting_attributes WHERE posting_id = 'hn_whoishiring:x4'",
    );
    expect(langs).toEqual([{ language: 'xx' }]);
    // the postings of the new and the changed months are computed: one row each in fct_posting_attributes
    const fresh = await r.one<{ n: number; d: number }>(
      "SELECT count(*) AS n, count(DISTINCT posting_id) AS d FROM fct_posting_attributes WHERE posting_id LIKE 'hn_whoishiring:b%' OR posting_id = 'hn_whoishiring:x2'",
    );
    expect(fresh!.n).toBe(fresh!.d);
    expect(fresh!.n).toBeGreaterThan(30);
  } finally {
    r.close();
  }
  // a full build recomputes them
  await runPipeline(config, { full: true });
  const f = await openReadOnly(config.data.warehouse);
  try {
    const n = await f.one<{ n: number }>("SELECT count(*) AS n FROM fct_posting_pay WHERE currency = 'XXX'");
    expect(n!.n).toBe(0);
  } finally {
    f.close();
  }
}, 300_000);

/** +40 postings in a new month (2024-09) only: 2024-Q1 and Q2 are unchanged, Q3 gains a month. */
async function newMonthOnly(config: Config, name: string): Promise<void> {
  const second = path.join(t.dir, `${name}-second.jsonl`);
  await writeJsonl(second, { n: 40, months: 1, start: '2024-09', source: 'hn_whoishiring', idPrefix: 'b', seed: 7 });
  await importFiles(config, [second]);
}

it('after a new month only, keeps the unchanged quarters and equals a full rebuild', async () => {
  const config = configIn('kept');
  await firstBuild(config, 'kept');
  await newMonthOnly(config, 'kept');
  const inc = await runPipeline(config);
  expect(inc.carried.postings).toBeGreaterThan(250);
  await expectEqualsFull(config);
}, 300_000);

it("copies the agg rows of the kept quarters and their months from the previous warehouse and recomputes the others'", async () => {
  const config = configIn('keptmark');
  await firstBuild(config, 'keptmark');
  // mark the previous build's rows: 2024-Q1 and its 2024-02 are kept (marks stay), 2024-07 and 2024-Q3 are not
  const marked = ['2024-Q1', '2024-02', '2024-07', '2024-Q3'];
  const w = await Db.open(config.data.warehouse);
  try {
    for (const t of ['agg_totals', 'agg_skill_period'])
      await w.run(`UPDATE ${t} SET all_total = -1 WHERE period IN ('${marked.join("','")}')`);
    for (const t of ['agg_category_period', 'agg_language_period'])
      await w.run(`UPDATE ${t} SET postings = -1 WHERE period IN ('${marked.join("','")}')`);
  } finally {
    w.close();
  }
  await newMonthOnly(config, 'keptmark');
  await runPipeline(config);
  const r = await openReadOnly(config.data.warehouse);
  try {
    const periods = async (sql: string) => (await r.all<{ period: string }>(sql)).map((x) => x.period);
    for (const t of ['agg_totals', 'agg_skill_period'])
      expect(await periods(`SELECT DISTINCT period FROM ${t} WHERE all_total = -1 ORDER BY 1`), t).toEqual([
        '2024-02',
        '2024-Q1',
      ]);
    for (const t of ['agg_category_period', 'agg_language_period'])
      expect(await periods(`SELECT DISTINCT period FROM ${t} WHERE postings = -1 ORDER BY 1`), t).toEqual([
        '2024-02',
        '2024-Q1',
      ]);
    // the recomputed quarter has its new month and the rows of the months it had
    expect(
      await periods(
        "SELECT period FROM agg_totals WHERE is_all_slice(source, country, role_family) AND period IN ('2024-07', '2024-09', '2024-Q3') ORDER BY 1",
      ),
    ).toEqual(['2024-07', '2024-09', '2024-Q3']);
  } finally {
    r.close();
  }
  // a full build recomputes them all
  await runPipeline(config, { full: true });
  const f = await openReadOnly(config.data.warehouse);
  try {
    expect((await f.one<{ n: number }>('SELECT count(*) AS n FROM agg_totals WHERE all_total = -1'))!.n).toBe(0);
  } finally {
    f.close();
  }
}, 300_000);
