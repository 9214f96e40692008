/** Per-source counters of one crawl run; become the CrawlSummary / crawl-runs record. */
import type { CrawlSummary } from './index.ts';
import { isNetworkError } from './polite.ts';

export class Tally {
  readonly started_at = new Date().toISOString();
  pages = 0;
  new = 0;
  updated = 0;
  closed = 0;
  readonly errors: { url: string; message: string }[] = [];
  private network = 0;
  private firstNetwork: string | null = null;
  constructor(readonly source: string) {}

  error(url: string, err: unknown): void {
    // Crawlee wraps connection errors as "Detected a session error, rotating session... \n<original>".
    const raw = err instanceof Error ? err.message : String(err);
    const message = raw.replace(/^Detected a session error, rotating session\.\.\.\s*/, '') || raw;
    this.errors.push({ url, message: message.split('\n')[0]!.slice(0, 300) });
    if (isNetworkError(err)) {
      this.network++;
      this.firstNetwork ??= `${new URL(url).host}: ${message.split('\n')[0]!.slice(0, 200)}`;
    }
  }

  summary(): CrawlSummary {
    const s: CrawlSummary = {
      source: this.source,
      started_at: this.started_at,
      finished_at: new Date().toISOString(),
      pages: this.pages,
      new: this.new,
      updated: this.updated,
      closed: this.closed,
      errors: this.errors,
    };
    if (this.pages === 0 && this.errors.length > 0 && this.network === this.errors.length) s.unreachable = this.firstNetwork!;
    return s;
  }
}

export class Tallies {
  private readonly map = new Map<string, Tally>();
  get(source: string): Tally {
    let t = this.map.get(source);
    if (!t) this.map.set(source, (t = new Tally(source)));
    return t;
  }
  all(): Tally[] {
    return [...this.map.values()];
  }
}
