/** Public face of the crawlers room. (The crawl engine replaces this stub.) */
import { NotBuiltError, type Config } from '../config/index.ts';

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

export async function runCrawl(
  _config: Config,
  _opts: { sources?: string[]; onProgress?: (p: CrawlProgress) => void; signal?: AbortSignal } = {},
): Promise<CrawlSummary[]> {
  throw new NotBuiltError('skillpulse crawl');
}
