/**
 * Posting lifetime events, append-only next to the raw store:
 * `data/raw/_events/source=<source>/day=<YYYY-MM-DD>/part-<time>-<pid>-<n>.jsonl.gz`, one JSON line per event
 * `{source, id, event: 'seen' | 'closed', at}`. A part is written to a temp name and renamed into place.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';
import { encodeSource } from './sink.ts';

export interface CrawlEvent {
  source: string;
  id: string;
  event: 'seen' | 'closed';
  at: string;
}

let seq = 0;

export class EventLog {
  constructor(readonly dir: string) {}

  append(events: CrawlEvent[]): void {
    if (events.length === 0) return;
    const bySource = new Map<string, CrawlEvent[]>();
    for (const e of events) {
      const list = bySource.get(e.source) ?? [];
      list.push(e);
      bySource.set(e.source, list);
    }
    for (const [source, list] of bySource) {
      const at = list[0]!.at;
      const dir = path.join(this.dir, `source=${encodeSource(source)}`, `day=${at.slice(0, 10)}`);
      mkdirSync(dir, { recursive: true });
      const final = path.join(dir, `part-${at.replace(/[-:.]/g, '')}-${process.pid}-${++seq}.jsonl.gz`);
      writeFileSync(`${final}.tmp`, gzipSync(list.map((e) => JSON.stringify(e)).join('\n') + '\n'));
      renameSync(`${final}.tmp`, final);
    }
  }

  /** Every event of a source (tests, small stores; the pipeline reads the parts with DuckDB). */
  read(source: string): CrawlEvent[] {
    const base = path.join(this.dir, `source=${encodeSource(source)}`);
    if (!existsSync(base)) return [];
    const out: CrawlEvent[] = [];
    for (const day of readdirSync(base).sort())
      for (const f of readdirSync(path.join(base, day)).sort())
        if (f.endsWith('.jsonl.gz'))
          for (const line of gunzipSync(readFileSync(path.join(base, day, f)))
            .toString('utf8')
            .split('\n'))
            if (line) out.push(JSON.parse(line) as CrawlEvent);
    return out;
  }
}
