/**
 * The records of a shared corpus folder (../shared/data/postings/<source>/*.jsonl.gz), file by file in name
 * order, line by line: one reader for the benches that replay real postings. Empty lines are skipped; a line that
 * is not JSON is an error naming its file and line.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface CorpusRecord {
  id: string;
  source: string;
  text: string;
  [field: string]: unknown;
}

/** `keep` picks files by name (e.g. the HN years 2018-2026 only); default every `.jsonl.gz` file. */
export function* corpusRecords(dir: string, keep: (file: string) => boolean = () => true): Generator<CorpusRecord> {
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.jsonl.gz') && keep(x))
    .sort()) {
    const file = path.join(dir, f);
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (lines[i]!.trim() === '') continue;
      try {
        yield JSON.parse(lines[i]!) as CorpusRecord;
      } catch {
        throw new Error(`${file}:${i + 1}: not a JSON record`);
      }
    }
  }
}
