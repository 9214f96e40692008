/** The crawl-runs record: one JSON line per source and run in `data/runs/crawl.jsonl` (read by `status`). */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CrawlSummary } from './index.ts';

export function runsFile(runsDir: string): string {
  return path.join(runsDir, 'crawl.jsonl');
}

export function appendRuns(runsDir: string, summaries: CrawlSummary[]): void {
  if (summaries.length === 0) return;
  mkdirSync(runsDir, { recursive: true });
  appendFileSync(runsFile(runsDir), summaries.map((s) => JSON.stringify(s) + '\n').join(''));
}

export function readRuns(runsDir: string): CrawlSummary[] {
  const f = runsFile(runsDir);
  if (!existsSync(f)) return [];
  return readFileSync(f, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as CrawlSummary);
}
