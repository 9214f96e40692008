/** The build database's memory limit and spilling (pipeline/db.ts, docs/scale.md). */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import {
  BUILD_MEMORY_LIMIT,
  buildMemoryLimit,
  INCREMENTAL_MEMORY_LIMIT,
  memorySettings,
  openForBuild,
} from '../../pipeline/db.ts';
import { tmpDir } from '../helpers/tmp.ts';

const t = tmpDir();
afterAll(() => t.cleanup());

it('opens a build with the memory limit and a spill folder beside the file', async () => {
  const file = path.join(t.dir, 'a.duckdb');
  const db = await openForBuild(file);
  try {
    const s = await memorySettings(db);
    expect(BUILD_MEMORY_LIMIT).toBe('1GB');
    // DuckDB reports the limit in its own units (1GB = 953.6 MiB)
    expect(s.memory_limit).toBe('953.6 MiB');
    expect(s.temp_directory).toBe(`${file}.tmp`);
  } finally {
    db.close();
  }
});

it('spills a sort larger than its memory limit to the temp folder instead of failing', async () => {
  const file = path.join(t.dir, 'b.duckdb');
  const db = await openForBuild(file, { memoryLimit: '40MB', threads: 1 });
  try {
    await db.run('SET preserve_insertion_order = false');
    // ~2M rows x ~60 bytes of text: well over 40 MB to sort
    await db.run(
      `CREATE TEMP TABLE big AS SELECT i, md5(i::VARCHAR) || md5((i * 7)::VARCHAR) AS s FROM range(2000000) r(i)`,
    );
    const r = await db.one<{ n: number; first: string }>(
      'SELECT count(*) AS n, min(s) AS first FROM (SELECT s FROM big ORDER BY s, i)',
    );
    expect(r?.n).toBe(2_000_000);
    expect(existsSync(`${file}.tmp`)).toBe(true);
  } finally {
    db.close();
  }
}, 120_000);

it('takes the lower limit for an incremental build unless one is given', () => {
  expect(buildMemoryLimit({ incremental: false })).toBe(BUILD_MEMORY_LIMIT);
  expect(buildMemoryLimit({ incremental: true })).toBe(INCREMENTAL_MEMORY_LIMIT);
  expect(INCREMENTAL_MEMORY_LIMIT).toBe('512MB');
  expect(buildMemoryLimit({ incremental: true, memoryLimit: '2GB' })).toBe('2GB');
});
