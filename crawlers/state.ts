/**
 * Incremental crawl state under `data/crawl/state/`: one small JSON file per shard (an ATS board, an HN
 * thread, the jsonld site), written atomically (temp file + rename), so a kill -9 leaves the old or the new
 * version, never half of one. State is saved only after the postings it describes are published in the raw
 * store: after a crash a shard is at worst behind the store, and re-crawling it adds no doubles.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodeSource } from './sink.ts';

export interface Validators {
  etag?: string | null;
  last_modified?: string | null;
}

/** A posting's life on a board: first and last time seen, and when it disappeared. */
export interface PostingLife {
  hash: string;
  first_seen: string;
  last_seen: string;
  closed_at?: string | null;
  /** The listing's version stamp of a posting fetched on its own (SmartRecruiters `releasedDate`). */
  version?: string;
}

export interface BoardState extends Validators {
  postings: Record<string, PostingLife>;
  /** When the board was last fetched completely (feeds with a minimum interval skip it until then). */
  fetched_at?: string;
}

export interface ThreadState extends Validators {
  id: string;
  month: string;
  num_comments: number | null;
  fetched_at: string;
  /** Posting id -> content hash of every top-level comment seen. */
  comments: Record<string, string>;
}

export class StateStore {
  constructor(readonly dir: string) {}

  file(source: string, shard: string): string {
    return path.join(this.dir, encodeSource(source), `${shard.replace(/[^A-Za-z0-9._-]/g, '_')}.json`);
  }

  read<T>(source: string, shard: string, fallback: T): T {
    const f = this.file(source, shard);
    if (!existsSync(f)) return fallback;
    try {
      return JSON.parse(readFileSync(f, 'utf8')) as T;
    } catch {
      return fallback; // unreadable state only costs a full re-fetch
    }
  }

  write(source: string, shard: string, value: unknown): void {
    const f = this.file(source, shard);
    mkdirSync(path.dirname(f), { recursive: true });
    const tmp = `${f}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, f);
  }
}
