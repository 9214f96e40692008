/**
 * Publishing one page's postings: validate each (a bad one is recorded against the page URL and skipped),
 * append to the raw store, close the writer (the part is in place before any state says "done"), then
 * count new (id never seen) and updated (id seen with another content hash).
 */
import { contentHash, validateRecord, type PostingInput } from './record.ts';
import type { RawStore } from './sink.ts';
import type { Tally } from './tally.ts';

export interface Committed {
  /** id -> content hash of every valid posting on the page. */
  hashes: Map<string, string>;
  added: number;
}

export async function commitPostings(
  store: RawStore,
  origin: string,
  tally: Tally,
  url: string,
  postings: PostingInput[],
  known: (id: string) => string | undefined,
): Promise<Committed> {
  const hashes = new Map<string, string>();
  const w = store.writer(origin);
  let added = 0;
  try {
    for (const p of postings) {
      const { extra, ...fields } = p;
      const v = validateRecord({ ...extra, ...fields });
      if (!v.ok) {
        tally.error(url, new Error(`posting ${p.id}: ${v.reason}`));
        continue;
      }
      const hash = contentHash(v.record);
      if (hashes.has(v.record.id)) continue;
      hashes.set(v.record.id, hash);
      if (await w.add(v.record)) {
        added++;
        const before = known(v.record.id);
        if (before === undefined) tally.new++;
        else if (before !== hash) tally.updated++;
      }
    }
    await w.close();
  } catch (err) {
    w.abort();
    throw err;
  }
  return { hashes, added };
}
