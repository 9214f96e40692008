/** Loads the raw store (append-only gzip JSONL parts) into `src_raw` with one parallel scan. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { literal, type Db } from '../db.ts';

const columns = `{id: 'VARCHAR', source: 'VARCHAR', posted_at: 'VARCHAR', month: 'VARCHAR', text: 'VARCHAR',
  title: 'VARCHAR', company: 'VARCHAR', location: 'VARCHAR', country: 'VARCHAR', url: 'VARCHAR',
  content_hash: 'VARCHAR', fetched_at: 'VARCHAR', origin: 'VARCHAR'}`;

export function hasRawParts(rawDir: string): boolean {
  if (!existsSync(rawDir)) return false;
  return readdirSync(rawDir).some((d) => d.startsWith('source='));
}

export async function loadRaw(db: Db, rawDir: string): Promise<number> {
  if (!hasRawParts(rawDir)) {
    await db.run(`CREATE OR REPLACE TABLE src_raw AS SELECT * FROM (SELECT
      NULL::VARCHAR id, NULL::VARCHAR source, NULL::VARCHAR posted_at, NULL::VARCHAR month, NULL::VARCHAR text,
      NULL::VARCHAR title, NULL::VARCHAR company, NULL::VARCHAR location, NULL::VARCHAR country, NULL::VARCHAR url,
      NULL::VARCHAR content_hash, NULL::VARCHAR fetched_at, NULL::VARCHAR origin) WHERE false`);
    return 0;
  }
  const glob = path.join(rawDir, 'source=*', 'day=*', '*.jsonl.gz');
  await db.run(`CREATE OR REPLACE TABLE src_raw AS
    SELECT * FROM read_json(${literal(glob)}, format = 'newline_delimited', columns = ${columns}, maximum_object_size = 67108864)`);
  const row = await db.one<{ n: number }>('SELECT count(*) AS n FROM src_raw');
  return row?.n ?? 0;
}
