/**
 * `skillpulse export`: the warehouse's tables (and the raw store) as Hive-partitioned Parquet or CSV, for
 * pandas, R, Spark, Tableau or Power BI. Tables with a month or period column are partitioned by year
 * (`DIR/<table>/year=2024/data_0.parquet`); the raw store by source and the year of posted_at. Read-only on the warehouse.
 */
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../config/errors.ts';
import { literal, openMemory, openReadOnly, type Db } from './db.ts';

export type ExportFormat = 'parquet' | 'csv';

export interface ExportOptions {
  warehouse: string;
  raw: string;
  dir: string;
  format: ExportFormat;
  /** Table names; 'raw' is the raw store. Default: every warehouse table. */
  tables?: string[];
  onProgress?: (table: string, done: number, total: number) => void;
}

export interface ExportedTable {
  table: string;
  rows: number;
  files: number;
  partitioned_by: string | null;
}

function countFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    n += statSync(full).isDirectory() ? countFiles(full) : 1;
  }
  return n;
}

function formatClause(format: ExportFormat): string {
  return format === 'parquet' ? 'FORMAT parquet, COMPRESSION zstd' : 'FORMAT csv, HEADER true';
}

async function exportQuery(
  db: Db,
  select: string,
  out: string,
  format: ExportFormat,
  partition: string | null,
): Promise<number> {
  const rows = Number((await db.one<{ n: number }>(`SELECT count(*) AS n FROM (${select})`))?.n ?? 0);
  const options = `${formatClause(format)}${partition ? `, PARTITION_BY (${partition})` : ''}, OVERWRITE_OR_IGNORE true`;
  if (partition) await db.run(`COPY (${select}) TO ${literal(out)} (${options})`);
  else {
    mkdirSync(out, { recursive: true });
    await db.run(`COPY (${select}) TO ${literal(path.join(out, `data.${format}`))} (${formatClause(format)})`);
  }
  return rows;
}

export async function listTables(db: Db): Promise<{ name: string; columns: string[] }[]> {
  const rows = await db.all<{ table_name: string; column_name: string }>(
    "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main' ORDER BY table_name, ordinal_position",
  );
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.table_name, [...(out.get(r.table_name) ?? []), r.column_name]);
  return [...out].map(([name, columns]) => ({ name, columns }));
}

export async function exportData(opts: ExportOptions): Promise<ExportedTable[]> {
  if (!existsSync(opts.warehouse) && !(opts.tables?.length === 1 && opts.tables[0] === 'raw'))
    throw new InputError(`export: no warehouse at ${opts.warehouse}; run \`skillpulse pipeline\` first`);
  const db = existsSync(opts.warehouse) ? await openReadOnly(opts.warehouse) : await openMemory();
  try {
    const tables = existsSync(opts.warehouse) ? await listTables(db) : [];
    const known = new Set(['raw', ...tables.map((t) => t.name)]);
    const wanted = opts.tables?.length ? opts.tables : tables.map((t) => t.name);
    for (const t of wanted)
      if (!known.has(t)) throw new InputError(`--table: unknown table "${t}" (one of ${[...known].sort().join(', ')})`);
    mkdirSync(opts.dir, { recursive: true });
    const out: ExportedTable[] = [];
    for (const [i, name] of wanted.entries()) {
      opts.onProgress?.(name, i, wanted.length);
      const target = path.join(opts.dir, name);
      if (name === 'raw') {
        const glob = path.join(opts.raw, 'source=*', 'day=*', '*.jsonl.gz');
        const select = `SELECT *, substr(CAST(posted_at AS VARCHAR), 1, 4) AS year FROM read_json(${literal(glob)}, format = 'newline_delimited', hive_partitioning = true, union_by_name = true)`;
        const rows =
          countFiles(opts.raw) === 0 ? 0 : await exportQuery(db, select, target, opts.format, 'source, year');
        out.push({ table: name, rows, files: countFiles(target), partitioned_by: 'source, year' });
        continue;
      }
      const cols = tables.find((t) => t.name === name)!.columns;
      const time = cols.includes('month') ? 'month' : cols.includes('period') ? 'period' : null;
      const select = time
        ? `SELECT *, substr(CAST("${time}" AS VARCHAR), 1, 4) AS year FROM "${name}"`
        : `SELECT * FROM "${name}"`;
      const rows = await exportQuery(db, select, target, opts.format, time ? 'year' : null);
      out.push({ table: name, rows, files: countFiles(target), partitioned_by: time ? 'year' : null });
    }
    opts.onProgress?.('', wanted.length, wanted.length);
    return out;
  } finally {
    db.close();
  }
}
