/**
 * Each table declared once: docs/warehouse.md's generated part equals what the declarations render, and the
 * fixture warehouse and a pipeline-built one have exactly the declared columns (a built warehouse is checked
 * in run.test.ts; here the fixture and the docs of the SQL models).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReadOnly, type Db } from '../../pipeline/db.ts';
import { declaredMarts, renderWarehouseDoc } from '../../pipeline/sql/tables.ts';
import { columnDdl, defineTable } from '../../pipeline/sql/table.ts';
import { buildFixtureWarehouse } from '../helpers/fixture-warehouse.ts';
import { repoRoot, tmpDir } from '../helpers/tmp.ts';
import { describeTable } from '../helpers/describe-table.ts';
import { periodIndex } from '../../pipeline/stats/period.ts';

const doc = readFileSync(path.join(repoRoot, 'docs/warehouse.md'), 'utf8');

describe('warehouse declarations', () => {
  it('docs/warehouse.md is generated from them (run `npm run docs:warehouse` after changing a declaration)', () => {
    expect(doc).toBe(renderWarehouseDoc(doc));
  });

  it('render DDL and refuse a column declared twice', () => {
    const t = defineTable({
      name: 't',
      doc: '',
      columns: [
        { name: 'a', type: 'VARCHAR', nullable: false },
        { name: 'b', type: 'DOUBLE' },
      ],
    });
    expect(columnDdl(t)).toBe('"a" VARCHAR NOT NULL, "b" DOUBLE');
    expect(() =>
      defineTable({
        name: 't',
        doc: '',
        columns: [
          { name: 'a', type: 'VARCHAR' },
          { name: 'a', type: 'DOUBLE' },
        ],
      }),
    ).toThrow(/column a declared twice/);
  });
});

describe('the fixture warehouse', () => {
  let t: ReturnType<typeof tmpDir>;
  let db: Db;
  beforeAll(async () => {
    t = tmpDir();
    db = await openReadOnly(await buildFixtureWarehouse(t.dir));
  });
  afterAll(() => {
    db?.close();
    t?.cleanup();
  });

  it('has exactly the declared columns of every TypeScript-computed mart', async () => {
    for (const spec of declaredMarts)
      expect(await describeTable(db, spec.name), spec.name).toEqual(spec.columns.map((c) => [c.name, c.type]));
  });

  it('documents every column of the SQL-built marts it holds', async () => {
    for (const table of [
      'dim_skills',
      'dim_sources',
      'fct_postings',
      'fct_posting_skills',
      'agg_totals',
      'agg_skill_period',
      'agg_category_period',
    ]) {
      const section = doc.slice(doc.indexOf(`## ${table}`), doc.indexOf('\n## ', doc.indexOf(`## ${table}`) + 3));
      for (const [name] of await describeTable(db, table))
        expect(section, `${table}.${name} in docs/warehouse.md`).toContain(name);
    }
  });
});

describe('the shared SQL macros', () => {
  let t: ReturnType<typeof tmpDir>;
  let db: Db;
  beforeAll(async () => {
    t = tmpDir();
    db = await openReadOnly(await buildFixtureWarehouse(t.dir));
  });
  afterAll(() => {
    db?.close();
    t?.cleanup();
  });

  it('do the period arithmetic of pipeline/stats/period.ts', async () => {
    const periods = ['2019-12', '2024-01', '2024-05', '2024-Q1', '2024-Q4', '2025-Q1'];
    const rows = await db.all<{ p: string; i: number; q: string | null }>(
      `SELECT p, period_index(p) AS i, CASE WHEN p[6] <> 'Q' THEN quarter_of(p) END AS q
       FROM unnest(string_split($1, ',')) WITH ORDINALITY AS t(p, n) ORDER BY n`,
      [periods.join(',')],
    );
    expect(rows.map((r) => r.i)).toEqual(periods.map(periodIndex));
    expect(rows.map((r) => r.q)).toEqual(['2019-Q4', '2024-Q1', '2024-Q2', null, null, null]);
    expect(await db.one("SELECT is_all_slice('*', '*', '*') AS a, is_all_slice('*', 'US', '*') AS b")).toEqual({
      a: true,
      b: false,
    });
  });
});
