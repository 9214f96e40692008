/** Shapes the crawlers room hands out (kept apart so index.ts, engine.ts and tally.ts import no circle). */

export interface CrawlProgress {
  source: string;
  message: string;
  pages?: number;
  added?: number;
}

export interface CrawlSummary {
  source: string;
  started_at: string;
  finished_at: string;
  pages: number;
  new: number;
  updated: number;
  closed: number;
  errors: { url: string; message: string }[];
  /** Set when the source could not be reached at all (e.g. no network). */
  unreachable?: string;
}
