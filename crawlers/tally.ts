/** Per-source counters of one crawl run; become the CrawlSummary / crawl-runs record. */
import type { CrawlSummary } from './types.ts';
import { errorMessage, isNetworkError } from './errors.ts';

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
    const message = errorMessage(err);
    this.errors.push({ url, message });
    if (isNetworkError(err)) {
      this.network++;
      let host = url;
      try {
        host = new URL(url).host;
      } catch {}
      this.firstNetwork ??= `${host}: ${message.slice(0, 200)}`;
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
    if (this.pages === 0 && this.errors.length > 0 && this.network === this.errors.length)
      s.unreachable = this.firstNetwork!;
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
