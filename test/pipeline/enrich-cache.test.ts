/** Reading and compacting the enrich cache as streaming scans (pipeline/stages/enrich-cache.ts). */
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, afterEach, expect, it } from 'vitest';
import { defineTable } from '../../pipeline/sql/table.ts';
import { literal, openMemory, type Db } from '../../pipeline/db.ts';
import { CACHE_PART_ROWS, cacheKeys, cacheParts, cacheView, compactCache } from '../../pipeline/stages/enrich-cache.ts';
import { tmpDir } from '../helpers/tmp.ts';

/** The view the cached rows are read through (a declaration, as the pipeline's int_enrichment is). */
const got = defineTable({
  name: 'got',
  doc: 'test target of cacheView',
  columns: [
    { name: 'source', type: 'VARCHAR' },
    { name: 'content_hash', type: 'VARCHAR' },
    { name: 'v', type: 'VARCHAR' },
  ],
});

const t = tmpDir();
afterAll(() => t.cleanup());
let db: Db;
let folder: string;
let n = 0;
beforeEach(async () => {
  db = await openMemory();
  folder = path.join(t.dir, `cache${n++}`);
  mkdirSync(folder);
});
afterEach(() => db.close());

/** A cache part with rows (source, content_hash, v). */
async function part(name: string, rows: [string, string, string][]) {
  const values = rows.map((r) => `(${r.map(literal).join(', ')})`).join(', ');
  await db.run(
    `COPY (SELECT * FROM (VALUES ${values}) t(source, content_hash, v)) TO ${literal(path.join(folder, name))} (FORMAT parquet)`,
  );
}

it('holds every cached key once (the copy of the first file) and counts the staged keys it holds', async () => {
  // b/2 is in both parts: a compaction interrupted after writing the merged file leaves such a pair
  await part('part-1.parquet', [
    ['s', '1', 'one'],
    ['s', '2', 'two (first)'],
  ]);
  await part('part-2.parquet', [
    ['s', '2', 'two (second)'],
    ['s', '3', 'three'],
    ['t', '1', 'other source'],
  ]);
  await db.run(`CREATE TABLE stg_postings AS SELECT * FROM (VALUES ('s', '1'), ('s', '2'), ('s', '2'), ('t', '1'), ('s', '9'))
    t(source, content_hash)`);
  expect(await cacheView(db, folder, got)).toBe(3); // s/1, s/2, t/1 (s/9 is not cached)
  expect(await db.all('SELECT * FROM got ORDER BY source, content_hash')).toEqual([
    { source: 's', content_hash: '1', v: 'one' },
    { source: 's', content_hash: '2', v: 'two (first)' },
    { source: 's', content_hash: '3', v: 'three' }, // not staged: the readers join the view to the staged postings
    { source: 't', content_hash: '1', v: 'other source' },
  ]);
});

it('reads the rows through a view: a part written later shows, nothing is copied', async () => {
  await part('part-1.parquet', [['s', '1', 'one']]);
  await db.run(`CREATE TABLE stg_postings AS SELECT * FROM (VALUES ('s', '1'), ('s', '2')) t(source, content_hash)`);
  expect(await cacheView(db, folder, got)).toBe(1);
  await part('part-2.parquet', [['s', '2', 'two']]);
  expect(await db.all('SELECT * FROM got ORDER BY content_hash')).toEqual([
    { source: 's', content_hash: '1', v: 'one' },
    { source: 's', content_hash: '2', v: 'two' },
  ]);
  expect(await db.all(`SELECT table_type FROM information_schema.tables WHERE table_name = 'got'`)).toEqual([
    { table_type: 'VIEW' },
  ]);
  expect(await db.all(`SELECT count(*)::INT AS n FROM (${cacheKeys(folder)})`)).toEqual([{ n: 2 }]);
});

it('reads nothing from an absent or empty folder (an empty table of the declared columns)', async () => {
  expect(cacheKeys(folder)).toBeNull();
  expect(await cacheView(db, path.join(folder, 'missing'), got)).toBe(0);
  expect(await cacheView(db, folder, got)).toBe(0);
  expect(await db.all('SELECT * FROM got')).toEqual([]);
});

it('compacts parts past the limit into one file holding each key once', async () => {
  await part('part-1.parquet', [['s', '1', 'a']]);
  await part('part-2.parquet', [['s', '2', 'b']]);
  await part('part-3.parquet', [
    ['s', '1', 'a again'],
    ['s', '3', 'c'],
  ]);
  expect(await compactCache(db, folder, 3)).toBe(false);
  expect(await compactCache(db, folder, 2)).toBe(true);
  expect(cacheParts(folder)).toHaveLength(1);
  expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  const rows = await db.all(
    `SELECT * FROM read_parquet(${literal(path.join(folder, '*.parquet'))}) ORDER BY content_hash`,
  );
  expect(rows).toEqual([
    { source: 's', content_hash: '1', v: 'a' },
    { source: 's', content_hash: '2', v: 'b' },
    { source: 's', content_hash: '3', v: 'c' },
  ]);
});

it('merges only the small parts: a full-size part (CACHE_PART_ROWS rows) is left as it is', async () => {
  const big = path.join(folder, 'part-0.parquet');
  await db.run(`COPY (SELECT 's' AS source, 'b' || i AS content_hash, 'big' AS v FROM range(${CACHE_PART_ROWS}) t(i))
    TO ${literal(big)} (FORMAT parquet)`);
  await part('part-1.parquet', [['s', '1', 'a']]);
  expect(await compactCache(db, folder, 1)).toBe(false); // one small part: nothing to merge
  await part('part-2.parquet', [['s', '2', 'b']]);
  expect(await compactCache(db, folder, 2)).toBe(true);
  const parts = cacheParts(folder).sort();
  expect(parts).toHaveLength(2);
  expect(parts[0]).toBe('part-0.parquet');
  const rows = await db.all(
    `SELECT v, count(*)::INT AS n FROM read_parquet(${literal(path.join(folder, '*.parquet'))}) GROUP BY v ORDER BY v`,
  );
  expect(rows).toEqual([
    { v: 'a', n: 1 },
    { v: 'b', n: 1 },
    { v: 'big', n: CACHE_PART_ROWS },
  ]);
});
