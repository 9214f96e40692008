/**
 * Public face of the crawlers room: `runCrawl` runs the configured sources once (each source entry its own
 * Crawlee crawler and named request queue, entries in parallel), appends postings to the raw store, lifetime
 * events to `data/raw/_events`, state to `data/crawl/state`, and one crawl-runs record per posting source.
 */
import { log } from 'crawlee';
import { InputError, type Config, type SourceConfig } from '../config/index.ts';
import { createEnv, type CrawlEnv } from './engine.ts';
import { Tallies } from './tally.ts';
import { appendRuns } from '../workspace/runs.ts';
import { acquireLock, acquireRawLock } from './lock.ts';
import { crawlAts } from './sources/ats/crawl.ts';
import { crawlHn } from './sources/hn/fetch.ts';
import { HN_SOURCE } from './sources/hn/parse.ts';
import { jsonldName } from './sources/jsonld/parse.ts';
import { boardTypes, isBoardSource } from './sources/registry.ts';
import type { CrawlProgress, CrawlSummary } from './types.ts';

export type { CrawlProgress, CrawlSummary } from './types.ts';

/** The posting sources a source entry produces (`hn_whoishiring`, `greenhouse:vercel`, `jsonld:<name>`). */
export function postingSources(src: SourceConfig): string[] {
  if (isBoardSource(src)) {
    const t = boardTypes[src.type];
    return t.boards(src).map((b) => t.kind.source(b));
  }
  return src.type === 'hn' ? [HN_SOURCE] : [`jsonld:${jsonldName(src)}`];
}

/**
 * Narrows the configured sources to `--source` names: a type (`greenhouse`), a posting source
 * (`greenhouse:vercel`, `hn_whoishiring`) or `hn`. Unknown names are an InputError listing the known ones.
 */
export function selectSources(sources: SourceConfig[], names?: string[]): SourceConfig[] {
  if (!names || names.length === 0) return sources;
  const known = new Set<string>();
  const out: SourceConfig[] = [];
  for (const src of sources) {
    const all = postingSources(src);
    all.forEach((s) => known.add(s));
    known.add(src.type);
    if (names.includes(src.type)) {
      out.push(src);
      continue;
    }
    const picked = all.filter((s) => names.includes(s));
    if (picked.length === 0) continue;
    const field = isBoardSource(src) ? boardTypes[src.type].field : null;
    if (isBoardSource(src) && field) {
      const t = boardTypes[src.type];
      out.push({ ...src, [field]: t.boards(src).filter((b) => picked.includes(t.kind.source(b))) } as SourceConfig);
    } else out.push(src);
  }
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length > 0)
    throw new InputError(
      `--source ${unknown.join(', ')}: not a configured source (configured: ${[...known].sort().join(', ')})`,
    );
  return out;
}

async function runSource(env: CrawlEnv, src: SourceConfig, tallies: Tallies, index: number): Promise<void> {
  const queue = `skillpulse-${src.type}-${index}`;
  if (isBoardSource(src)) {
    const t = boardTypes[src.type];
    return crawlAts(env, src, t.boards(src), t.kind, tallies, queue, t.options(src));
  }
  if (src.type === 'hn') return crawlHn(env, src, tallies, queue);
  const { crawlJsonld } = await import('./sources/jsonld/fetch.ts');
  return crawlJsonld(env, src, tallies, queue);
}

export async function runCrawl(
  config: Config,
  opts: { sources?: string[]; onProgress?: (p: CrawlProgress) => void; signal?: AbortSignal } = {},
): Promise<CrawlSummary[]> {
  const selected = selectSources(config.sources, opts.sources);
  const release = acquireLock(config.data.crawl);
  let releaseRaw: () => void;
  try {
    releaseRaw = acquireRawLock(config.data.raw);
  } catch (err) {
    release();
    throw err;
  }
  const level = log.getLevel();
  log.setLevel(log.LEVELS.OFF);
  try {
    const env = createEnv(config, opts);
    const tallies = new Tallies();
    await Promise.all(
      selected.map(async (src, i) => {
        const names = postingSources(src);
        names.forEach((n) => tallies.get(n));
        try {
          await runSource(env, src, tallies, i);
        } catch (err) {
          // A crawler that failed as a whole (not one URL): recorded against each of its sources.
          for (const n of names) tallies.get(n).error(`source:${src.type}`, err);
        }
      }),
    );
    const summaries = tallies.all().map((t) => t.summary());
    appendRuns(config.data.runs, 'crawl', summaries);
    return summaries;
  } finally {
    log.setLevel(level);
    releaseRaw();
    release();
  }
}
