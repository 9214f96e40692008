/**
 * Discovery's scan of the raw store (read with the store's own reader): every board named in a posting's
 * text or URL, with the number of distinct postings naming it and the first and last month it was named.
 */
import path from 'node:path';
import { RawStore, readPart } from '../sink.ts';
import { findBoards, type AtsType } from './patterns.ts';

export interface FoundBoard {
  type: AtsType;
  token: string;
  postings: number;
  first_seen: string;
  last_seen: string;
}

/** Adds one posting's boards to the tally (a posting counts once per board, whatever its versions). */
export class BoardTally {
  private readonly boards = new Map<string, FoundBoard & { ids: Set<string> }>();

  add(posting: { source: string; id: string; month: string; text: string; url?: string | null }): void {
    const refs = findBoards(posting.url ? `${posting.text}\n${posting.url}` : posting.text);
    for (const { type, token } of refs) {
      const key = `${type}\t${token}`;
      let b = this.boards.get(key);
      if (!b)
        this.boards.set(
          key,
          (b = { type, token, postings: 0, first_seen: posting.month, last_seen: posting.month, ids: new Set() }),
        );
      const pid = `${posting.source}\t${posting.id}`;
      if (!b.ids.has(pid)) {
        b.ids.add(pid);
        b.postings++;
      }
      if (posting.month < b.first_seen) b.first_seen = posting.month;
      if (posting.month > b.last_seen) b.last_seen = posting.month;
    }
  }

  /** Most postings first, then type and token. */
  result(): FoundBoard[] {
    return [...this.boards.values()]
      .map(({ ids: _ids, ...b }) => b)
      .sort((a, b) => b.postings - a.postings || a.type.localeCompare(b.type) || a.token.localeCompare(b.token));
  }
}

export async function scanRawStore(rawDir: string): Promise<FoundBoard[]> {
  const store = new RawStore(rawDir);
  const tally = new BoardTally();
  for (const source of store.sources())
    for (const part of store.partFiles(source))
      for await (const r of readPart(path.join(store.dir, part))) tally.add(r);
  return tally.result();
}

/** Boards per ATS type (what docs/crawling.md reports). */
export function countByType(boards: FoundBoard[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const b of boards) out[b.type] = (out[b.type] ?? 0) + 1;
  return out;
}
