/** `skillpulse export`: every table round-trips through Parquet and CSV with its row count; raw store too. */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { openMemory } from '../../pipeline/db.ts';
import { exportData } from '../../pipeline/export.ts';
import { buildFixtureWarehouse } from '../helpers/fixture-warehouse.ts';

let dir: string;
let warehouse: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'skillpulse-export-'));
  warehouse = await buildFixtureWarehouse(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sink() {
  let text = '';
  return { stream: { write: (s: string) => ((text += s), true) } as unknown as NodeJS.WriteStream, text: () => text };
}

describe('export', () => {
  it('writes every table as Hive-partitioned Parquet that reads back with the same rows', async () => {
    const out = path.join(dir, 'pq');
    const done = await exportData({ warehouse, raw: path.join(dir, 'raw'), dir: out, format: 'parquet' });
    expect(done.length).toBeGreaterThan(5);
    const db = await openMemory();
    try {
      for (const t of done) {
        const glob = path.join(out, t.table, '**', '*.parquet').replaceAll("'", "''");
        const n =
          t.rows === 0
            ? 0
            : Number(
                (await db.one<{ n: number }>(
                  `SELECT count(*) AS n FROM read_parquet('${glob}', hive_partitioning = true)`,
                ))!.n,
              );
        expect(n, t.table).toBe(t.rows);
      }
      const postings = done.find((t) => t.table === 'fct_postings')!;
      expect(postings.partitioned_by).toBe('year');
      expect(readdirSync(path.join(out, 'fct_postings'))).toContain('year=2024');
    } finally {
      db.close();
    }
  });

  it('CSV through the CLI, one table, with a summary line; an unknown table names the valid ones', async () => {
    const out = path.join(dir, 'csv');
    const o = sink(),
      e = sink();
    expect(
      await main(['export', '--data', dir, '--format', 'csv', '--table', 'dim_skills', out], {
        stdout: o.stream,
        stderr: e.stream,
      }),
    ).toBe(0);
    expect(o.text()).toMatch(/dim_skills: \d+ rows, 1 file\(s\)/);
    expect(existsSync(path.join(out, 'dim_skills', 'data.csv'))).toBe(true);
    const bad = sink();
    expect(
      await main(['export', '--data', dir, '--table', 'nope', out], { stdout: sink().stream, stderr: bad.stream }),
    ).toBe(2);
    expect(bad.text()).toMatch(/unknown table "nope" \(one of .*dim_skills.*\)/);
    const fmt = sink();
    expect(
      await main(['export', '--data', dir, '--format', 'xlsx', out], { stdout: sink().stream, stderr: fmt.stream }),
    ).toBe(2);
    expect(fmt.text()).toMatch(/--format: expected parquet or csv/);
  });

  it('exports the raw store partitioned by source and the year a posting was posted', async () => {
    const data = path.join(dir, 'rawdata');
    const file = path.join(dir, 'p.jsonl');
    writeFileSync(
      file,
      [
        { id: '1', source: 'test_src', posted_at: '2023-05-01', text: 'Python developer' },
        { id: '2', source: 'test_src', posted_at: '2024-02-01', text: 'Go developer' },
        { id: '3', source: 'test_src', posted_at: '2024-03-01', text: 'Rust developer' },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n') + '\n',
    );
    expect(await main(['import', '--data', data, file], { stdout: sink().stream, stderr: sink().stream })).toBe(0);
    const out = path.join(dir, 'rawout');
    const o = sink();
    expect(
      await main(['export', '--data', data, '--table', 'raw', out], { stdout: o.stream, stderr: sink().stream }),
    ).toBe(0);
    expect(o.text()).toMatch(/raw: 3 rows/);
    expect(readdirSync(path.join(out, 'raw', 'source=test_src')).sort()).toEqual(['year=2023', 'year=2024']);
  });
});
