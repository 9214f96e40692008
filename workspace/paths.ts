/**
 * The data folder's layout (README "Where data lives"): one place for the paths every room uses. workspace/ is the
 * room of process plumbing below crawlers, pipeline and cli (docs/architecture.md): it imports nothing from them.
 */
import path from 'node:path';

/** Where everything generated lives; all under one data folder. */
export interface DataPaths {
  root: string;
  /** Append-only raw store, partitioned by source and day. */
  raw: string;
  /** The current warehouse file (built elsewhere and renamed into place). */
  warehouse: string;
  /** Crawler state (request queues, ETags, last-seen times). */
  crawl: string;
  /** Run records and reject reports. */
  runs: string;
  /** Pipeline caches (extraction by content hash and taxonomy version). */
  cache: string;
}

export function dataPaths(root: string): DataPaths {
  return {
    root,
    raw: path.join(root, 'raw'),
    warehouse: path.join(root, 'warehouse.duckdb'),
    crawl: path.join(root, 'crawl'),
    runs: path.join(root, 'runs'),
    cache: path.join(root, 'cache'),
  };
}

/** One pipeline per data folder at a time. */
export const pipelineLockFile = (paths: DataPaths): string => path.join(paths.root, 'pipeline.lock');
