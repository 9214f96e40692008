/**
 * The enrich stage in bounded batches: worker threads with capped heaps and two batches in flight give the
 * same rows as enriching in-process in one go, and the cache they write is read back unchanged.
 */
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openMemory, type Db } from '../../pipeline/db.ts';
import { cacheFolder, enrich } from '../../pipeline/stages/enrich.ts';
import { cacheParts } from '../../pipeline/stages/enrich-cache.ts';
import { intEnrichment } from '../../pipeline/sql/20_intermediate/int_enrichment.ts';
import { createEnrichPool, WORKER_HEAP_MB } from '../../pipeline/stages/enrich-pool.ts';
import { enrichOne, type TodoRow } from '../../pipeline/stages/enrich-one.ts';
import { createMatcher, loadTaxonomy } from '../../pipeline/extract/index.ts';
import { generatePostings } from '../../bench/generate.ts';
import { tmpDir } from '../helpers/tmp.ts';

const t = tmpDir();
afterAll(() => t.cleanup());
const taxonomy = loadTaxonomy();
const matcher = createMatcher(taxonomy);

async function staged(): Promise<Db> {
  const db = await openMemory();
  await db.run(`CREATE TABLE stg_postings (posting_id VARCHAR, source VARCHAR, content_hash VARCHAR, text VARCHAR,
    title VARCHAR, company VARCHAR, location VARCHAR, country VARCHAR)`);
  const rows = [...generatePostings({ n: 57, months: 3, seed: 3 })];
  for (const [i, p] of rows.entries())
    await db.run('INSERT INTO stg_postings VALUES ($1, $2, $3, $4, NULL, NULL, NULL, NULL)', [
      `generated:${i}`,
      'generated',
      `h${i % 50}`, // 7 repeated content hashes: enriched once each
      p.text!,
    ]);
  return db;
}

const dump = (db: Db) => db.json('SELECT * FROM int_enrichment ORDER BY source, content_hash');

it('gives the same rows from workers in small batches as in-process, and reads them back from the cache', async () => {
  const a = await staged();
  const b = await staged();
  try {
    const seen: { done: number; worker_heap_bytes?: number }[] = [];
    const dir = path.join(t.dir, 'a');
    const pooled = await enrich(a, {
      cacheDir: dir,
      taxonomy,
      matcher,
      batch: 8,
      partRows: 16, // a part written every two batches: 4 parts (16, 16, 16, 2 rows)
      workers: 2,
      onProgress: (p) => seen.push(p),
    });
    expect(pooled).toEqual({ cached: 0, computed: 50 });
    const inProcess = await enrich(b, { cacheDir: path.join(t.dir, 'b'), taxonomy, matcher, workers: 0 });
    expect(inProcess).toEqual({ cached: 0, computed: 50 });
    const rows = await dump(a);
    expect(rows).toHaveLength(50);
    expect(rows).toEqual(await dump(b));
    expect(cacheParts(cacheFolder(dir, taxonomy))).toHaveLength(4);
    // read back from the parts, the rows are enrichOne's (what the stage held in a table before), typed as declared
    const want = await a.all<TodoRow>(`SELECT source, content_hash, text, title, company, location, country
      FROM stg_postings QUALIFY row_number() OVER (PARTITION BY source, content_hash ORDER BY posting_id) = 1`);
    const names = intEnrichment.columns.map((c) => c.name);
    const direct = want
      .map((r) => enrichOne(r, matcher))
      .map((v) => Object.fromEntries(names.map((n, i) => [n, v[i]])))
      .sort((x, y) => (x.content_hash as string).localeCompare(y.content_hash as string));
    expect(await a.all('SELECT * FROM int_enrichment ORDER BY source, content_hash')).toEqual(direct);
    // one progress report per batch, in order, each with the workers' heap (under their cap)
    expect(seen.map((p) => p.done)).toEqual([8, 16, 24, 32, 40, 48, 50]);
    const heap = seen.at(-1)!.worker_heap_bytes!;
    expect(heap).toBeGreaterThan(0);
    expect(heap).toBeLessThan(WORKER_HEAP_MB * 1e6);
    // a second run reads everything from the cache the first one wrote
    expect(await enrich(a, { cacheDir: dir, taxonomy, matcher, workers: 2 })).toEqual({ cached: 50, computed: 0 });
    expect(await dump(a)).toEqual(rows);
  } finally {
    a.close();
    b.close();
  }
}, 120_000);

it('returns the rows of a batch in input order when its chunks go to whichever worker is free', async () => {
  const rows: TodoRow[] = [...generatePostings({ n: 23, months: 2, seed: 5 })].map((p, i) => ({
    source: 'generated',
    content_hash: `h${i}`,
    text: p.text!,
    title: null,
    company: null,
    location: null,
    country: null,
  }));
  const pool = await createEnrichPool(taxonomy, 2, WORKER_HEAP_MB, 3); // 8 chunks of <= 3 rows over 2 workers
  try {
    const want = rows.map((r) => enrichOne(r, matcher));
    expect(await pool.run(rows)).toEqual(want);
    // a second batch on the same pool (the stage sends the next batch as soon as a batch is back)
    expect(await pool.run(rows.slice(5))).toEqual(want.slice(5));
    expect(await pool.run([])).toEqual([]);
  } finally {
    await pool.close();
  }
}, 120_000);

it('streams the chunks to the sink in input order, one sink call at a time, and fails when the sink does', async () => {
  const rows: TodoRow[] = [...generatePostings({ n: 17, months: 2, seed: 6 })].map((p, i) => ({
    source: 'generated',
    content_hash: `s${i}`,
    text: p.text!,
    title: null,
    company: null,
    location: null,
    country: null,
  }));
  const pool = await createEnrichPool(taxonomy, 2, WORKER_HEAP_MB, 4); // chunks of 4, 4, 4, 4, 1
  try {
    const got: unknown[][][] = [];
    let busy = false;
    await pool.stream(rows, async (out) => {
      expect(busy).toBe(false);
      busy = true;
      await new Promise((r) => setTimeout(r, 5)); // an append that takes a while
      got.push(out);
      busy = false;
    });
    expect(got.map((c) => c.length)).toEqual([4, 4, 4, 4, 1]);
    expect(got.flat()).toEqual(rows.map((r) => enrichOne(r, matcher)));
    await expect(
      pool.stream(rows, () => {
        throw new Error('append failed');
      }),
    ).rejects.toThrow('append failed');
  } finally {
    await pool.close();
  }
}, 120_000);
