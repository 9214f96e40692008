/**
 * The warehouse SQL runs on files alone (docs/scale.md): the staging, intermediate and mart models rebuilt
 * in a fresh DuckDB from the raw store exported as Hive-partitioned Parquet and the enrich stage's Parquet
 * output give the same marts as the pipeline's warehouse.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../config/index.ts';
import { importFiles } from '../../cli/import/run.ts';
import { runPipeline } from '../../pipeline/run.ts';
import { writeJsonl } from '../../bench/generate.ts';
import { COMPARED, martsOnFiles } from '../../bench/warehouse-on-files.ts';
import { tmpDir } from '../helpers/tmp.ts';

const t = tmpDir();
let config: Config;

beforeAll(async () => {
  config = loadConfig({ dataDir: path.join(t.dir, 'data'), cwd: t.dir });
  const file = await writeJsonl(path.join(t.dir, 'gen.jsonl'), { n: 600, months: 12, start: '2024-01' });
  await importFiles(config, [file]);
  await runPipeline(config);
}, 180_000);

afterAll(() => t.cleanup());

it('rebuilds the SQL marts from Parquet files only, identical to the warehouse', async () => {
  const r = await martsOnFiles(config);
  expect(r.tables.map((x) => x.table)).toEqual([...COMPARED]);
  for (const x of r.tables) {
    expect(x.rows, x.table).toBeGreaterThan(0);
    expect(x.differing, x.table).toBe(0);
  }
  expect(r.tables.find((x) => x.table === 'fct_postings')!.rows).toBeGreaterThan(400);
}, 120_000);
