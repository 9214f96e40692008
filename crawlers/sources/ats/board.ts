/**
 * A board's posting lifetimes (pure): applying what one run saw to the board's state and the events it
 * yields. Shared by the ATS/feed crawler and jsonld.
 */
import type { BoardState } from '../../state.ts';
import type { CrawlEvent } from '../../events.ts';

/**
 * Applies one listing to a board's state; returns the events to append.
 * - `current` null: the listing was not modified (304): every open posting is seen again.
 * - `complete` true: `current` is the whole listing: open postings missing from it are closed.
 * - `complete` false (a page failed, the listing was cut off): only the postings in `current` are seen;
 *   nothing is closed and postings not seen keep their last-seen time.
 */
export function updateBoard(
  state: BoardState,
  source: string,
  current: Map<string, string> | null,
  at: string,
  complete = true,
): { events: CrawlEvent[]; closed: number } {
  const events: CrawlEvent[] = [];
  let closed = 0;
  if (current === null) {
    for (const [id, life] of Object.entries(state.postings))
      if (!life.closed_at) {
        life.last_seen = at;
        events.push({ source, id, event: 'seen', at });
      }
    return { events, closed };
  }
  for (const [id, hash] of current) {
    const life = state.postings[id];
    if (life) {
      life.hash = hash;
      life.last_seen = at;
      life.closed_at = null;
    } else state.postings[id] = { hash, first_seen: at, last_seen: at, closed_at: null };
    events.push({ source, id, event: 'seen', at });
  }
  if (complete)
    for (const [id, life] of Object.entries(state.postings))
      if (!current.has(id) && !life.closed_at) {
        life.closed_at = at;
        closed++;
        events.push({ source, id, event: 'closed', at });
      }
  return { events, closed };
}
