/** Loads the raw store (append-only gzip JSONL parts) into `src_raw` with one parallel scan. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { literal, type Db } from '../db.ts';
import { srcEvents, srcQuarantine, srcRaw } from '../sql/00_sources/src_raw.ts';
import type { TableSpec } from '../sql/table.ts';

/** read_json's `columns = {...}` argument for a declared table. */
const jsonColumns = (spec: TableSpec) => `{${spec.columns.map((c) => `"${c.name}": '${c.type}'`).join(', ')}}`;
/** The declared columns only (read_json adds the hive partition columns of the path, e.g. day). */
const select = (spec: TableSpec) => spec.columns.map((c) => `"${c.name}"`).join(', ');

export function hasRawParts(rawDir: string): boolean {
  if (!existsSync(rawDir)) return false;
  return readdirSync(rawDir).some((d) => d.startsWith('source='));
}

export async function loadRaw(db: Db, rawDir: string): Promise<number> {
  await db.createTable(srcRaw);
  if (!hasRawParts(rawDir)) return 0;
  const glob = path.join(rawDir, 'source=*', 'day=*', '*.jsonl.gz');
  await db.run(`INSERT INTO src_raw
    SELECT ${select(srcRaw)} FROM read_json(${literal(glob)}, format = 'newline_delimited', columns = ${jsonColumns(srcRaw)}, maximum_object_size = 67108864)`);
  const row = await db.one<{ n: number }>('SELECT count(*) AS n FROM src_raw');
  return row?.n ?? 0;
}

/** Loads the crawlers' lifetime events (`data/raw/_events`, `{source, id, event, at}`) into `src_events`. */
export async function loadEvents(db: Db, rawDir: string): Promise<number> {
  const dir = path.join(rawDir, '_events');
  const has = existsSync(dir) && readdirSync(dir).some((d) => d.startsWith('source='));
  await db.createTable(srcEvents);
  if (!has) return 0;
  const glob = path.join(dir, 'source=*', 'day=*', '*.jsonl.gz');
  await db.run(`INSERT INTO src_events
    SELECT ${select(srcEvents)} FROM read_json(${literal(glob)}, format = 'newline_delimited', columns = ${jsonColumns(srcEvents)})`);
  return (await db.one<{ n: number }>('SELECT count(*) AS n FROM src_events'))!.n;
}

/** Loads the active quarantine rules (pipeline/quarantine.ts) into `src_quarantine` for staging. */
export async function loadQuarantine(
  db: Db,
  rules: { rule_id: string; source: string | null; id: string | null; from: string | null; to: string | null }[],
): Promise<void> {
  await db.createTable(srcQuarantine);
  await db.append(
    srcQuarantine,
    rules.map((r) => [r.rule_id, r.source, r.id, r.from, r.to]),
  );
}
