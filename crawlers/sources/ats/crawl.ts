/**
 * One HttpCrawler for the boards of one ATS source entry (Greenhouse, Lever or Ashby): one JSON request per
 * board, conditional on the last ETag/Last-Modified. A board's full listing updates each posting's last-seen
 * time (`seen` events); a posting gone from a successfully fetched listing gets a `closed` event.
 */
import { HttpCrawler } from 'crawlee';
import type { PostingInput } from '../../record.ts';
import { checkStatus, conditionalHeaders, freshQueue, parseJsonBody, politeOptions, politeness, validatorsOf, type CrawlEnv } from '../../engine.ts';
import { commitPostings } from '../../commit.ts';
import type { BoardState } from '../../state.ts';
import type { CrawlEvent } from '../../events.ts';
import type { Tallies } from '../../tally.ts';
import type { SourceConfig } from '../../../config/index.ts';

export interface AtsKind {
  type: 'greenhouse' | 'lever' | 'ashby';
  source(board: string): string;
  url(baseUrl: string, board: string): string;
  parse(body: unknown, board: string): PostingInput[];
}

const SHARD = 'board';

/** Applies one listing (or a 304: `current` null) to a board's state; returns the events to append. */
export function updateBoard(state: BoardState, source: string, current: Map<string, string> | null, at: string): { events: CrawlEvent[]; closed: number } {
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
  for (const [id, life] of Object.entries(state.postings))
    if (!current.has(id) && !life.closed_at) {
      life.closed_at = at;
      closed++;
      events.push({ source, id, event: 'closed', at });
    }
  return { events, closed };
}

export async function crawlAts(
  env: CrawlEnv,
  src: SourceConfig & { baseUrl: string },
  boards: string[],
  kind: AtsKind,
  tallies: Tallies,
  queueName: string,
): Promise<void> {
  const { options } = politeOptions(env, politeness(src), tallies, 'http');
  const queue = await freshQueue(env, queueName);
  const crawler = new HttpCrawler(
    {
      ...options,
      requestQueue: queue,
      async requestHandler({ request, response, body }) {
        const board = request.userData.board as string;
        const source = kind.source(board);
        const tally = tallies.get(source);
        const status = checkStatus(request, response.statusCode ?? 0, response.headers);
        const state = env.state.read<BoardState>(source, SHARD, { postings: {} });
        const at = new Date().toISOString();
        let current: Map<string, string> | null = null;
        if (status === 'ok') {
          const postings = kind.parse(parseJsonBody(request, body), board);
          const done = await commitPostings(env.store, `crawl:${kind.type}`, tally, request.url, postings, (id) => state.postings[id]?.hash);
          current = done.hashes;
          Object.assign(state, validatorsOf(response.headers));
        }
        const { events, closed } = updateBoard(state, source, current, at);
        env.events.append(events);
        env.state.write(source, SHARD, state);
        tally.closed += closed;
        tally.pages++;
        env.progress({ source, message: status === 'ok' ? `${current?.size ?? 0} postings` : 'not modified', pages: tally.pages, added: tally.new + tally.updated });
      },
    },
    env.crawlee,
  );
  const stop = () => crawler.stop('aborted');
  env.signal?.addEventListener('abort', stop, { once: true });
  try {
    await crawler.run(
      boards.map((board) => {
        const source = kind.source(board);
        tallies.get(source);
        const state = env.state.read<BoardState>(source, SHARD, { postings: {} });
        return { url: kind.url(src.baseUrl, board), uniqueKey: `${kind.type}:${board}`, headers: conditionalHeaders(state), userData: { board, source } };
      }),
    );
  } finally {
    env.signal?.removeEventListener('abort', stop);
    await queue.drop().catch(() => {});
  }
}
