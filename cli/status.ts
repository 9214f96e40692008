/** What `skillpulse status` reports: raw store counts, rejects, last runs, warehouse freshness. */
import { existsSync } from 'node:fs';
import type { Config } from '../config/index.ts';
import { readRuns } from '../workspace/runs.ts';
import { RawStore } from '../crawlers/sink.ts';
import { openReadOnly } from '../pipeline/db.ts';
import { activeRules, quarantineFile, type QuarantineRule } from '../pipeline/quarantine.ts';
import { countByAlias, readMarks, type AliasCount } from '../workspace/feedback.ts';

export interface SourceStatus {
  source: string;
  postings: number;
  first_month: string | null;
  last_month: string | null;
  rejected: number;
}

export interface Status {
  postings: number;
  sources: SourceStatus[];
  runs: Record<string, unknown>[];
  warehouse: { built_at: string | null; postings: number | null; path: string };
  /** Quarantine rules in force (`skillpulse quarantine`). */
  quarantine: QuarantineRule[];
  /** "Not a skill here" marks in force, and the most marked aliases. */
  feedback: { marks: number; top_aliases: AliasCount[] };
}

export async function collectStatus(config: Config, lastRuns = 10): Promise<Status> {
  const store = new RawStore(config.data.raw);
  const imports = readRuns(config.data.runs, 'import');
  const crawls = readRuns(config.data.runs, 'crawl').map((r) => ({ kind: 'crawl', ...r }));
  const pipelines = readRuns(config.data.runs, 'pipeline').map((r) => ({ kind: 'pipeline', ...r }));
  const rejected = new Map<string, number>();
  for (const r of imports)
    for (const [src, n] of Object.entries((r.rejected_by_source as Record<string, number>) ?? {}))
      rejected.set(src, (rejected.get(src) ?? 0) + n);
  const names = new Set([...store.sources(), ...rejected.keys()]);
  const sources: SourceStatus[] = [];
  for (const source of [...names].sort()) {
    const months = store.sources().includes(source) ? await store.months(source) : new Map<string, number>();
    const sorted = [...months.keys()].sort();
    let postings = 0;
    for (const n of months.values()) postings += n;
    sources.push({
      source,
      postings,
      first_month: sorted[0] ?? null,
      last_month: sorted.at(-1) ?? null,
      rejected: rejected.get(source) ?? 0,
    });
  }
  const runs: Record<string, unknown>[] = [...imports.map((r) => ({ kind: 'import', ...r })), ...crawls, ...pipelines]
    .sort((a: Record<string, unknown>, b: Record<string, unknown>) =>
      String(a.started_at ?? a.built_at ?? '').localeCompare(String(b.started_at ?? b.built_at ?? '')),
    )
    .slice(-lastRuns);
  const warehouse: Status['warehouse'] = { built_at: null, postings: null, path: config.data.warehouse };
  if (existsSync(config.data.warehouse)) {
    const db = await openReadOnly(config.data.warehouse);
    try {
      const meta = await db.json<{ built_at: string; postings: number }>(
        'SELECT built_at::VARCHAR AS built_at, postings FROM meta_build',
      );
      if (meta[0]) Object.assign(warehouse, { built_at: meta[0].built_at, postings: Number(meta[0].postings) });
    } catch {
      // an older or foreign file: report it as unbuilt
    } finally {
      db.close();
    }
  }
  const marks = readMarks(config.data.root);
  const feedback = { marks: marks.length, top_aliases: countByAlias(marks).slice(0, 10) };
  return {
    postings: sources.reduce((s, x) => s + x.postings, 0),
    sources,
    runs,
    warehouse,
    quarantine: activeRules(quarantineFile(config.data.root)),
    feedback,
  };
}
