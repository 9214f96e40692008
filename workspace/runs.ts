/**
 * Run records: one JSON line per run in `data/runs/<kind>.jsonl` (import, crawl, pipeline), written by
 * the room that ran and read by `skillpulse status`. Append-only; a torn last line after a crash is skipped.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type RunKind = 'import' | 'crawl' | 'pipeline';

export function runsFile(runsDir: string, kind: RunKind): string {
  return path.join(runsDir, `${kind}.jsonl`);
}

export function appendRuns(runsDir: string, kind: RunKind, records: object[]): void {
  if (records.length === 0) return;
  mkdirSync(runsDir, { recursive: true });
  appendFileSync(runsFile(runsDir, kind), records.map((r) => JSON.stringify(r) + '\n').join(''));
}

export function readRuns<T = Record<string, unknown>>(runsDir: string, kind: RunKind): T[] {
  const file = runsFile(runsDir, kind);
  if (!existsSync(file)) return [];
  const out: T[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    try {
      out.push(JSON.parse(line) as T);
    } catch {
      // a torn last line after a crash
    }
  }
  return out;
}
