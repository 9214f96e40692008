/** Loads the raw store (append-only gzip JSONL parts) into `src_raw` with one parallel scan. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { literal, type Db } from '../db.ts';

const columns = `{id: 'VARCHAR', source: 'VARCHAR', posted_at: 'VARCHAR', month: 'VARCHAR', text: 'VARCHAR',
  title: 'VARCHAR', company: 'VARCHAR', location: 'VARCHAR', country: 'VARCHAR', url: 'VARCHAR',
  content_hash: 'VARCHAR', fetched_at: 'VARCHAR', origin: 'VARCHAR', extra: 'JSON'}`;

export function hasRawParts(rawDir: string): boolean {
  if (!existsSync(rawDir)) return false;
  return readdirSync(rawDir).some((d) => d.startsWith('source='));
}

export async function loadRaw(db: Db, rawDir: string): Promise<number> {
  if (!hasRawParts(rawDir)) {
    const names = ['id', 'source', 'posted_at', 'month', 'text', 'title', 'company', 'location', 'country', 'url', 'content_hash', 'fetched_at', 'origin'];
    await db.run(`CREATE OR REPLACE TEMP TABLE src_raw (${names.map((n) => `"${n}" VARCHAR`).join(', ')}, extra JSON)`);
    return 0;
  }
  const glob = path.join(rawDir, 'source=*', 'day=*', '*.jsonl.gz');
  await db.run(`CREATE OR REPLACE TEMP TABLE src_raw AS
    SELECT * FROM read_json(${literal(glob)}, format = 'newline_delimited', columns = ${columns}, maximum_object_size = 67108864)`);
  const row = await db.one<{ n: number }>('SELECT count(*) AS n FROM src_raw');
  return row?.n ?? 0;
}

/** Loads the crawlers' lifetime events (`data/raw/_events`, `{source, id, event, at}`) into `src_events`. */
export async function loadEvents(db: Db, rawDir: string): Promise<number> {
  const dir = path.join(rawDir, '_events');
  const has = existsSync(dir) && readdirSync(dir).some((d) => d.startsWith('source='));
  if (!has) {
    await db.run(`CREATE OR REPLACE TEMP TABLE src_events (source VARCHAR, id VARCHAR, event VARCHAR, "at" VARCHAR)`);
    return 0;
  }
  const glob = path.join(dir, 'source=*', 'day=*', '*.jsonl.gz');
  await db.run(`CREATE OR REPLACE TEMP TABLE src_events AS
    SELECT * FROM read_json(${literal(glob)}, format = 'newline_delimited',
      columns = {source: 'VARCHAR', id: 'VARCHAR', event: 'VARCHAR', "at": 'VARCHAR'})`);
  return (await db.one<{ n: number }>('SELECT count(*) AS n FROM src_events'))!.n;
}
