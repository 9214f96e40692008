/**
 * The parsed-raw cache: loading through it gives src_raw row for row as parsing every part does; a part is
 * parsed once (a later run parses only new parts); a cached file whose part is gone is removed.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadConfig } from '../../../config/index.ts';
import { importFiles } from '../../../cli/import/run.ts';
import { openMemory, type Db } from '../../../pipeline/db.ts';
import { loadRaw } from '../../../pipeline/stages/load.ts';
import { rawCacheFolder, rawParts, syncRawCache } from '../../../pipeline/stages/raw-cache.ts';
import { srcRaw } from '../../../pipeline/sql/00_sources/src_raw.ts';
import { tmpDir } from '../../helpers/tmp.ts';

const t = tmpDir();
afterAll(() => t.cleanup());
const cfg = loadConfig({ dataDir: path.join(t.dir, 'data'), cwd: t.dir, env: {} });
const folder = rawCacheFolder(cfg.data.cache, srcRaw);

async function importLines(name: string, records: object[]) {
  const f = path.join(t.dir, name);
  writeFileSync(f, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
  const r = await importFiles(cfg, [f]);
  if (r.added !== records.length) throw new Error(`import ${name}: ${readFileSync(r.rejects_file!, 'utf8')}`);
}

async function rows(db: Db): Promise<string[]> {
  return (await db.json('SELECT * FROM src_raw')).map((r) => JSON.stringify(r)).sort();
}

async function load(cache: boolean): Promise<string[]> {
  const db = await openMemory();
  try {
    await loadRaw(db, cfg.data.raw, cache ? { dir: cfg.data.cache } : undefined);
    return await rows(db);
  } finally {
    db.close();
  }
}

it('gives the rows of a full parse, parses each part once and drops the cache of a removed part', async () => {
  await importLines('a.jsonl', [
    {
      id: 'a1',
      source: 'hn_whoishiring',
      posted_at: '2024-01-02',
      month: '2024-01',
      text: 'Acme | Data Engineer | Remote\n\nPython and SQL every day.',
    },
    {
      id: 'a2',
      source: 'hn_whoishiring',
      posted_at: '2024-01-03',
      month: '2024-01',
      text: 'Beta | Backend Engineer | NYC\n\nGo and Postgres.',
      title: 'Backend',
      country: 'US',
    },
  ]);
  await importLines('b.jsonl', [
    {
      id: 'b1',
      source: 'greenhouse:acme',
      posted_at: '2024-02-01',
      month: '2024-02',
      text: 'Acme | Systems Engineer\n\nRust and Linux.',
      salary_min: 100000,
      work_mode: 'remote',
    },
    {
      id: 'a1',
      source: 'hn_whoishiring',
      posted_at: '2024-01-02',
      month: '2024-01',
      text: 'Acme | Data Engineer | Remote\n\nPython, SQL and AWS every day.',
    },
  ]);
  const parsed = await load(false);
  expect(parsed.length).toBe(4);
  expect(parsed.some((r) => r.includes('salary_min'))).toBe(true); // the extra JSON survives the Parquet round trip
  expect(await load(true)).toEqual(parsed);
  const parts = rawParts(cfg.data.raw);
  expect(parts.length).toBeGreaterThanOrEqual(2);
  expect(readdirSync(folder).filter((f) => f.endsWith('.parquet')).length).toBe(parts.length);

  const db = await openMemory();
  try {
    // nothing new: every part from the cache
    expect(await syncRawCache(db, cfg.data.raw, folder, srcRaw)).toMatchObject({ parsed: 0, cached: parts.length });
    await importLines('c.jsonl', [
      {
        id: 'c1',
        source: 'hn_whoishiring',
        posted_at: '2024-03-02',
        month: '2024-03',
        text: 'Gamma | Android Engineer\n\nKotlin and Java.',
      },
    ]);
    expect(await syncRawCache(db, cfg.data.raw, folder, srcRaw)).toMatchObject({ parsed: 1, cached: parts.length });
    expect(await load(true)).toEqual(await load(false));
    // a part removed from the raw store: its cached rows are gone too
    rmSync(path.join(cfg.data.raw, parts[0]!));
    const after = await syncRawCache(db, cfg.data.raw, folder, srcRaw);
    expect(after).toMatchObject({ parsed: 0, cached: parts.length });
    expect(readdirSync(folder).filter((f) => f.endsWith('.parquet')).length).toBe(parts.length);
    expect(await load(true)).toEqual(await load(false));
  } finally {
    db.close();
  }
});
