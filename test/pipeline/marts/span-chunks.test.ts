/**
 * The span marts (fct_match_spans, fct_dropped_candidates) insert once per range of posting ids
 * (`{{posting_range}}`, pipeline/sql.ts), so their unnest and sort hold one chunk at a time. Chunked or not, the
 * tables hold the same rows in the same physical order (posting_id, start); the ranges cover every posting to
 * compute exactly once.
 */
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadConfig } from '../../../config/index.ts';
import { importFiles } from '../../../cli/import/run.ts';
import { runPipeline } from '../../../pipeline/run.ts';
import { openMemory, openReadOnly } from '../../../pipeline/db.ts';
import { postingRanges } from '../../../pipeline/sql.ts';
import { writeJsonl } from '../../../bench/generate.ts';
import { tmpDir } from '../../helpers/tmp.ts';

const t = tmpDir();
afterAll(() => t.cleanup());

/** The rows of a table in the order they are stored (rowid), as JSON lines. */
async function stored(warehouse: string, table: string): Promise<string[]> {
  const w = await openReadOnly(warehouse);
  try {
    return (await w.json(`SELECT * FROM ${table} ORDER BY rowid`)).map((r) => JSON.stringify(r));
  } finally {
    w.close();
  }
}

it('posting ranges split the postings to compute into consecutive chunks, each posting in exactly one', async () => {
  const db = await openMemory();
  try {
    await db.run(
      `CREATE TABLE fct_postings AS SELECT 'p' || lpad(i::VARCHAR, 3, '0') AS posting_id FROM range(23) r(i)`,
    );
    await db.run(`CREATE TABLE carry_postings AS SELECT 'p00' || i AS posting_id FROM range(3) r(i)`); // p000-p002
    const ranges = await postingRanges(db, 7);
    expect(ranges).toHaveLength(3); // 20 postings to compute: 7 + 7 + 6
    const counts = [];
    for (const r of ranges)
      counts.push(
        Number(
          (await db.one<{ n: number }>(
            `SELECT count(*) AS n FROM fct_postings ANTI JOIN carry_postings USING (posting_id) WHERE ${r}`,
          ))!.n,
        ),
      );
    expect(counts).toEqual([7, 7, 6]);
    // a posting's id that holds a quote does not break the condition
    await db.run(`INSERT INTO fct_postings VALUES ('p0''99')`);
    expect((await postingRanges(db, 7)).length).toBe(3);
    expect(await postingRanges(db, 1000)).toEqual(['true']);
    await expect(postingRanges(db, 0)).rejects.toThrow(/posting_chunk must be a positive integer/);
  } finally {
    db.close();
  }
});

it('the span marts built in chunks of 7 postings equal one run, row for row and in stored order', async () => {
  const file = path.join(t.dir, 'postings.jsonl');
  await writeJsonl(file, { n: 120, months: 3, start: '2024-01', source: 'hn_whoishiring', idPrefix: 'c' });
  const built: Record<string, Record<string, string[]>> = {};
  for (const [name, chunk] of [
    ['one', undefined],
    ['chunked', 7],
  ] as const) {
    const cfg = loadConfig({ dataDir: path.join(t.dir, name, 'data'), cwd: t.dir, env: {} });
    await importFiles(cfg, [file]);
    const summary = await runPipeline(cfg, chunk ? { postingChunk: chunk } : {});
    expect(summary.postings).toBeGreaterThan(50);
    built[name] = {
      spans: await stored(cfg.data.warehouse, 'fct_match_spans'),
      dropped: await stored(cfg.data.warehouse, 'fct_dropped_candidates'),
    };
  }
  const { one, chunked } = built as Record<'one' | 'chunked', Record<'spans' | 'dropped', string[]>>;
  expect(one.spans.length).toBeGreaterThan(100);
  expect(one.dropped.length).toBeGreaterThan(0);
  expect(chunked.spans).toEqual(one.spans);
  expect(chunked.dropped).toEqual(one.dropped);
  // stored in (posting_id, start) order
  const keys = chunked.spans.map((l) => JSON.parse(l) as { posting_id: string; start: number });
  const sorted = [...keys].sort((a, b) =>
    a.posting_id < b.posting_id ? -1 : a.posting_id > b.posting_id ? 1 : a.start - b.start,
  );
  expect(keys).toEqual(sorted);
});
