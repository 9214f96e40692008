import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../config/index.ts';
import { importFiles } from '../../cli/import/run.ts';
import { runPipeline, type PipelineSummary } from '../../pipeline/run.ts';
import { openMemory, openReadOnly, type Db } from '../../pipeline/db.ts';
import { cacheFolder, compactCache } from '../../pipeline/stages/enrich.ts';
import { loadTaxonomy } from '../../pipeline/extract/index.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { describeTable } from '../helpers/describe-table.ts';
import { buildFixtureWarehouse } from '../helpers/fixture-warehouse.ts';
import { declaredMarts } from '../../pipeline/sql/tables.ts';
import { EventLog } from '../../crawlers/events.ts';

/**
 * A small corpus with known duplicates and hand-computed shares.
 * 2024-01 (hn): A python+react, A exact copy (dup), B python, C go-lang, D near-copy of C (dup), E react
 * 2024-02 (hn): A again (a monthly repost: counts again), F rust
 * 2024-02 (greenhouse:acme + jsonld:acme): the same job on two sources 10 days apart (1 kept);
 *   the same job again on jsonld 90 days later (kept: outside the 60-day window).
 */
const filler =
  'We are a friendly team that ships every week, reviews code carefully, and writes tests for everything we build here';
const A = `Alpha Corp | Senior Backend Engineer | Berlin, Germany | ONSITE | Full-time\n\nWe build payment systems with Python and React. ${filler}.`;
const C = `Gamma Inc | Platform Engineer | Remote (US)\n\nOur platform is written in Golang and runs on bare metal servers across three regions. ${filler}.`;
const D = C.replace('three regions', 'four regions');
const rec = (id: string, month: string, text: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id, source: 'hn_whoishiring', posted_at: `${month}-03`, month, text, ...extra });
const lines = [
  rec('a1', '2024-01', A),
  rec('a2', '2024-01', A),
  rec(
    'b1',
    '2024-01',
    `Beta LLC | Data Engineer | London, UK\n\nPython pipelines on our own warehouse. Nothing else to say about the job.`,
  ),
  rec('c1', '2024-01', C),
  rec('d1', '2024-01', D),
  rec(
    'e1',
    '2024-01',
    `Epsilon | Frontend Engineer | New York, NY\n\nWe use React and a lot of CSS for our design tool users.`,
  ),
  rec('a3', '2024-02', A),
  rec('f1', '2024-02', `Foxtrot | Systems Engineer | Paris, France\n\nWe write Rust for embedded devices and love it.`),
  JSON.stringify({
    id: 'gh1',
    source: 'greenhouse:acme',
    posted_at: '2024-02-01',
    title: 'Site Reliability Engineer',
    company: 'Acme, Inc.',
    location: 'Toronto, Canada',
    text: '<p>Kubernetes and Terraform at scale.</p>',
  }),
  JSON.stringify({
    id: 'site1',
    source: 'jsonld:acme',
    posted_at: '2024-02-11',
    title: 'Site Reliability Engineer',
    company: 'ACME Inc',
    location: 'Toronto, Canada',
    text: 'Acme runs Kubernetes with Terraform; on call one week in six.',
  }),
  JSON.stringify({
    id: 'site2',
    source: 'jsonld:acme',
    posted_at: '2024-05-11',
    title: 'Site Reliability Engineer',
    company: 'ACME Inc',
    location: 'Toronto, Canada',
    text: 'Acme runs Kubernetes with Terraform; on call one week in six. Reposted.',
  }),
];

let t: ReturnType<typeof tmpDir>;
let config: Config;
let first: PipelineSummary;
let db: Db;

beforeAll(async () => {
  t = tmpDir();
  config = loadConfig({ dataDir: path.join(t.dir, 'data'), cwd: t.dir, env: {} });
  const file = path.join(t.dir, 'postings.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  await importFiles(config, [file]);
  first = await runPipeline(config);
  db = await openReadOnly(config.data.warehouse);
}, 120_000);

afterAll(() => {
  db?.close();
  t?.cleanup();
});

/** Runs `fn` with a config on a fresh temporary data folder, removed afterwards. */
async function withData(fn: (cfg: Config, dir: string) => Promise<void>): Promise<void> {
  const e = tmpDir();
  try {
    await fn(loadConfig({ dataDir: path.join(e.dir, 'data'), cwd: e.dir, env: {} }), e.dir);
  } finally {
    e.cleanup();
  }
}

const ids = async (sql: string) => (await db.all<{ id: string }>(sql)).map((r) => r.id).sort();

describe('pipeline on a hand-built corpus', () => {
  it('collapses known duplicates and nothing else', async () => {
    expect(first.raw_postings).toBe(11);
    expect(first.duplicates).toEqual({ exact: 1, near: 1, cross_source: 1 });
    expect(first.postings).toBe(8);
    const dups = await db.all<{ posting_id: string; kept_id: string; reason: string }>(
      'SELECT * FROM int_duplicates ORDER BY reason',
    );
    expect(dups).toEqual([
      { posting_id: 'jsonld:acme:site1', kept_id: 'greenhouse:acme:gh1', reason: 'cross_source' },
      { posting_id: 'hn_whoishiring:a2', kept_id: 'hn_whoishiring:a1', reason: 'exact' },
      { posting_id: 'hn_whoishiring:d1', kept_id: 'hn_whoishiring:c1', reason: 'near' },
    ]);
    // the monthly repost of A in February counts again
    expect(
      await ids(`SELECT source_id AS id FROM fct_postings WHERE source = 'hn_whoishiring' AND month = '2024-02'`),
    ).toEqual(['a3', 'f1']);
    const meta = await db.one<{ postings: number; raw_postings: number; dedup_rate: number; data_through: string }>(
      'SELECT * FROM meta_build',
    );
    expect(meta).toMatchObject({ postings: 8, raw_postings: 11, data_through: '2024-05' });
    expect(meta!.dedup_rate).toBeCloseTo(3 / 11, 10);
  });

  it('builds the declared columns of every mart, and the fixture warehouse has the same', async () => {
    for (const spec of declaredMarts)
      expect(await describeTable(db, spec.name), spec.name).toEqual(spec.columns.map((c) => [c.name, c.type]));
    const f = tmpDir();
    const fixture = await openReadOnly(await buildFixtureWarehouse(f.dir));
    try {
      for (const table of [
        'dim_skills',
        'dim_sources',
        'fct_postings',
        'fct_posting_skills',
        'agg_totals',
        'agg_skill_period',
        'agg_category_period',
      ])
        expect((await describeTable(fixture, table)).map(([n]) => n).sort(), table).toEqual(
          (await describeTable(db, table)).map(([n]) => n).sort(),
        );
    } finally {
      fixture.close();
      f.cleanup();
    }
  });

  it('normalizes the HN first line and ATS fields', async () => {
    const a = await db.one<Record<string, unknown>>(
      `SELECT company, country, role_family, work_mode FROM fct_postings WHERE source_id = 'a1'`,
    );
    expect(a).toMatchObject({ company: 'Alpha Corp', country: 'DE', role_family: 'software', work_mode: 'onsite' });
    const gh = await db.one<Record<string, unknown>>(
      `SELECT company, country, role_family FROM fct_postings WHERE source_id = 'gh1'`,
    );
    expect(gh).toMatchObject({ company: 'Acme, Inc.', country: 'CA', role_family: 'devops_sre' });
  });

  it('computes shares by hand: January has 4 postings, 2 mention Python and 2 React', async () => {
    const rows = await db.all<{ skill_id: string; postings: number; total: number; share: number }>(
      `SELECT skill_id, postings, total, share FROM agg_skill_period
       WHERE interval = 'month' AND period = '2024-01' AND source = '*' AND country = '*' AND role_family = '*' AND postings > 0 ORDER BY skill_id`,
    );
    const bySkill = Object.fromEntries(rows.map((r) => [r.skill_id, r]));
    expect(bySkill.python).toMatchObject({ postings: 2, total: 4, share: 0.5 });
    expect(bySkill.react).toMatchObject({ postings: 2, total: 4, share: 0.5 });
    expect(bySkill.go).toMatchObject({ postings: 1, total: 4, share: 0.25 });
    // quarter: Q1 2024 holds 4 (Jan) + 2 unique (Feb: f1, gh1) postings; a3 repeats a1 (same employer and role)
    // in the next monthly thread: a repost, counted only in all_postings / all_total
    const q = await db.one<{ postings: number; total: number; all_postings: number; all_total: number }>(
      `SELECT postings, total, all_postings, all_total FROM agg_skill_period WHERE interval = 'quarter' AND period = '2024-Q1' AND skill_id = 'python' AND source = '*' AND country = '*' AND role_family = '*'`,
    );
    expect(q).toEqual({ postings: 2, total: 6, all_postings: 3, all_total: 7 });
    const reposts = await db.all<{ posting_id: string; repost_of: string }>(
      'SELECT posting_id, repost_of FROM fct_postings WHERE is_repost ORDER BY 1',
    );
    expect(reposts).toEqual([{ posting_id: 'hn_whoishiring:a3', repost_of: 'hn_whoishiring:a1' }]); // site2 is 89 days after site1 and not on HN
    // the all-'*' slice is dense: a skill with no postings still has its zero rows
    const zero = await db.one<{ n: number }>(
      `SELECT count(*) AS n FROM agg_skill_period WHERE interval = 'month' AND skill_id = 'jquery' AND source = '*' AND country = '*' AND role_family = '*'`,
    );
    expect(zero!.n).toBe(3); // 2024-01, 2024-02, 2024-05
    const bySource = await db.all<{ source: string; total: number }>(
      `SELECT source, total FROM agg_totals WHERE interval = 'month' AND period = '2024-02' AND source <> '*' ORDER BY source`,
    );
    expect(bySource).toEqual([
      { source: 'greenhouse:acme', total: 1 },
      { source: 'hn_whoishiring', total: 1 },
    ]); // a3 is a repost
  });

  it('writes every mart the API reads', async () => {
    const counts: Record<string, number> = {};
    for (const table of [
      'dim_skills',
      'dim_sources',
      'fct_postings',
      'fct_posting_skills',
      'agg_totals',
      'agg_skill_period',
      'agg_category_period',
      'fct_skill_trends',
      'fct_forecasts',
      'fct_movers',
      'fct_half_life',
      'fct_category_half_life',
      'fct_demand_scores',
      'fct_skill_pairs',
      'meta_build',
    ])
      counts[table] = (await db.one<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n;
    const skills = loadTaxonomy().skills.length;
    const mentioned = (await db.one<{ n: number }>('SELECT count(DISTINCT skill_id) AS n FROM fct_posting_skills'))!.n;
    // 9 skills: the extraction decisions (docs/extraction.md) drop the header role titles (Backend, Frontend,
    // Platform Engineer), "payment systems" in the company's own description and "at scale"
    expect(mentioned).toBe(9);
    expect(counts).toEqual({
      dim_skills: skills,
      dim_sources: 3,
      fct_postings: 8,
      fct_posting_skills: counts.fct_posting_skills,
      agg_totals: counts.agg_totals,
      agg_skill_period: counts.agg_skill_period,
      agg_category_period: counts.agg_category_period,
      fct_skill_trends: skills,
      fct_forecasts: 12 * mentioned,
      // 5 months of data: no mover window (>= 2 x 3 months) fits, and no pair reaches the support of 5 postings
      fct_movers: 0,
      fct_half_life: skills,
      fct_category_half_life: counts.fct_category_half_life,
      fct_demand_scores: mentioned,
      fct_skill_pairs: 0,
      meta_build: 1,
    });
    expect(counts.fct_posting_skills).toBe(15);
    // every kept skill carries its zone and the rule that kept it
    const ev = await db.one<{ zone: string; rule: string }>(
      `SELECT zone, rule FROM fct_posting_skills WHERE posting_id = 'hn_whoishiring:f1' AND skill_id = 'rust'`,
    );
    expect(ev).toEqual({ zone: 'other', rule: 'zone:other' });
    expect(
      (await db.one<{ n: number }>('SELECT count(*) AS n FROM fct_posting_skills WHERE zone IS NULL OR rule IS NULL'))!
        .n,
    ).toBe(0);
    // the all slice of agg_skill_period is dense: every skill x (3 months + 2 quarters)
    expect(counts.agg_skill_period).toBeGreaterThanOrEqual(skills * 5);
    expect(counts.fct_category_half_life).toBeGreaterThan(0);
    const src = await db.all(
      'SELECT source, postings, raw_postings, first_month, last_month FROM dim_sources ORDER BY source',
    );
    expect(src).toEqual([
      { source: 'greenhouse:acme', postings: 1, raw_postings: 1, first_month: '2024-02', last_month: '2024-02' },
      { source: 'hn_whoishiring', postings: 6, raw_postings: 8, first_month: '2024-01', last_month: '2024-02' },
      { source: 'jsonld:acme', postings: 1, raw_postings: 2, first_month: '2024-05', last_month: '2024-05' },
    ]);
  });

  it('is incremental and swaps the warehouse while a reader holds the old file', async () => {
    const second = await runPipeline(config);
    // a1 and a2 share their content hash: 10 distinct contents
    expect(second.enriched).toEqual({ cached: 10, computed: 0 });
    const more = path.join(t.dir, 'more.jsonl');
    writeFileSync(more, rec('g1', '2024-05', 'Golf | ML Engineer | Remote\n\nPyTorch and Python.') + '\n');
    await importFiles(config, [more]);
    const oldCount = (await db.one<{ n: number }>('SELECT count(*) AS n FROM fct_postings'))!.n;
    const third = await runPipeline(config);
    expect(third.enriched).toEqual({ cached: 10, computed: 1 });
    // the old handle still reads the old file, unchanged
    expect((await db.one<{ n: number }>('SELECT count(*) AS n FROM fct_postings'))!.n).toBe(oldCount);
    const fresh = await openReadOnly(config.data.warehouse);
    try {
      expect((await fresh.one<{ n: number }>('SELECT count(*) AS n FROM fct_postings'))!.n).toBe(oldCount + 1);
    } finally {
      fresh.close();
    }
  });
});

describe('pipeline on an empty raw store', () => {
  it('builds an empty warehouse that passes its checks', async () => {
    await withData(async (cfg, _dir) => {
      const s = await runPipeline(cfg);
      expect(s).toMatchObject({ postings: 0, raw_postings: 0, dedup_rate: 0 });
      const w = await openReadOnly(cfg.data.warehouse);
      try {
        expect(await w.one('SELECT postings, data_through FROM meta_build')).toEqual({
          postings: 0,
          data_through: null,
        });
        expect((await w.one<{ n: number }>('SELECT count(*) AS n FROM dim_skills'))!.n).toBeGreaterThan(1000);
      } finally {
        w.close();
      }
    });
  });
});

describe('duplicate chains and the dedup cache', () => {
  it('resolves kept postings through chains, and an incremental build equals a full one', async () => {
    await withData(async (cfg, dir) => {
      const job = { title: 'Data Engineer', company: 'Zeta GmbH', location: 'Berlin, Germany' };
      const file = path.join(dir, 'a.jsonl');
      writeFileSync(
        file,
        [
          JSON.stringify({
            id: 'z1',
            source: 'greenhouse:zeta',
            posted_at: '2024-03-01',
            ...job,
            text: 'Spark and Airflow pipelines.',
          }),
          JSON.stringify({
            id: 'z2',
            source: 'jsonld:zeta',
            posted_at: '2024-03-05',
            ...job,
            text: 'Zeta builds Spark and Airflow pipelines for retailers.',
          }),
          JSON.stringify({
            id: 'z3',
            source: 'jsonld:zeta',
            posted_at: '2024-03-09',
            ...job,
            text: 'Zeta builds Spark and Airflow pipelines for retailers.',
          }),
        ].join('\n'),
      );
      await importFiles(cfg, [file]);
      await runPipeline(cfg);
      const read = async () => {
        const w = await openReadOnly(cfg.data.warehouse);
        try {
          return await w.all('SELECT posting_id, kept_id, reason FROM int_duplicates ORDER BY posting_id');
        } finally {
          w.close();
        }
      };
      // z3 repeats z2 exactly; z2 is the Greenhouse job seen on the company site: both point at z1
      expect(await read()).toEqual([
        { posting_id: 'jsonld:zeta:z2', kept_id: 'greenhouse:zeta:z1', reason: 'cross_source' },
        { posting_id: 'jsonld:zeta:z3', kept_id: 'greenhouse:zeta:z1', reason: 'exact' },
      ]);
      // a new month arrives: the cached months are reused and the result equals a full rebuild
      const more = path.join(dir, 'b.jsonl');
      writeFileSync(
        more,
        [
          JSON.stringify({
            id: 'z4',
            source: 'jsonld:zeta',
            posted_at: '2024-04-02',
            ...job,
            title: 'Analytics Engineer',
            text: 'dbt and Snowflake.',
          }),
          JSON.stringify({
            id: 'z5',
            source: 'jsonld:zeta',
            posted_at: '2024-04-03',
            ...job,
            title: 'Analytics Engineer',
            text: 'dbt and Snowflake.',
          }),
        ].join('\n'),
      );
      await importFiles(cfg, [more]);
      await runPipeline(cfg);
      const incremental = await read();
      await runPipeline(cfg, { full: true });
      expect(await read()).toEqual(incremental);
      expect(incremental).toHaveLength(3);
    });
  });
});

describe('posting lifetimes from crawler events', () => {
  it('first seen, last seen, closed and days open per posting', async () => {
    await withData(async (cfg, dir) => {
      const file = path.join(dir, 'a.jsonl');
      writeFileSync(
        file,
        [
          JSON.stringify({
            id: '1',
            source: 'greenhouse:acme',
            posted_at: '2024-03-01',
            title: 'SRE',
            company: 'Acme',
            text: 'Kubernetes.',
          }),
          JSON.stringify({
            id: '2',
            source: 'greenhouse:acme',
            posted_at: '2024-03-02',
            title: 'Data Engineer',
            company: 'Acme',
            text: 'Spark.',
          }),
        ].join('\n'),
      );
      await importFiles(cfg, [file]);
      new EventLog(path.join(cfg.data.raw, '_events')).append([
        { source: 'greenhouse:acme', id: '1', event: 'seen', at: '2024-03-05T10:00:00Z' },
        { source: 'greenhouse:acme', id: '1', event: 'seen', at: '2024-03-20T10:00:00Z' },
        { source: 'greenhouse:acme', id: '1', event: 'closed', at: '2024-03-31T10:00:00Z' },
        { source: 'greenhouse:acme', id: '2', event: 'seen', at: '2024-03-05T10:00:00Z' },
        { source: 'greenhouse:acme', id: '2', event: 'closed', at: '2024-03-10T10:00:00Z' },
        { source: 'greenhouse:acme', id: '2', event: 'seen', at: '2024-03-12T10:00:00Z' },
      ]);
      await runPipeline(cfg);
      const w = await openReadOnly(cfg.data.warehouse);
      try {
        const rows = await w.all<Record<string, unknown>>(
          'SELECT posting_id, first_seen_at::VARCHAR AS f, last_seen_at::VARCHAR AS l, closed_at::VARCHAR AS c, sightings, open_days FROM fct_posting_lifetimes ORDER BY 1',
        );
        expect(rows).toEqual([
          {
            posting_id: 'greenhouse:acme:1',
            f: '2024-03-05 10:00:00',
            l: '2024-03-20 10:00:00',
            c: '2024-03-31 10:00:00',
            sightings: 2,
            open_days: 30,
          },
          // closed, then seen again: open
          {
            posting_id: 'greenhouse:acme:2',
            f: '2024-03-05 10:00:00',
            l: '2024-03-12 10:00:00',
            c: null,
            sightings: 2,
            open_days: null,
          },
        ]);
      } finally {
        w.close();
      }
    });
  });
});

describe('extraction cache compaction', () => {
  it('merges many small cache parts into one without losing a row', async () => {
    await withData(async (cfg, dir) => {
      for (let i = 0; i < 4; i++) {
        const f = path.join(dir, `p${i}.jsonl`);
        writeFileSync(f, rec(`x${i}`, '2024-01', `Company ${i} | Engineer | Remote\n\nRust and Go, take ${i}.`) + '\n');
        await importFiles(cfg, [f]);
        await runPipeline(cfg);
      }
      const folder = cacheFolder(cfg.data.cache, loadTaxonomy());
      expect(readdirSync(folder).filter((f) => f.endsWith('.parquet'))).toHaveLength(4);
      const mem = await openMemory();
      try {
        expect(await compactCache(mem, folder, 3)).toBe(true);
      } finally {
        mem.close();
      }
      expect(readdirSync(folder).filter((f) => f.endsWith('.parquet'))).toHaveLength(1);
      const again = await runPipeline(cfg);
      expect(again.enriched).toEqual({ cached: 4, computed: 0 });
    });
  }, 180_000); // five pipeline runs: over the default 60 s on a loaded 2-core machine
});
