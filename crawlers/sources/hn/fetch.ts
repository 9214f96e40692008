/**
 * HN crawl: pages of `search_by_date` (stories of `whoishiring`, newest first) until `months` hiring threads
 * are found, then `items/{id}` per thread. Incremental: a thread whose comment counter is unchanged since its
 * last complete fetch is skipped; others are fetched with If-None-Match/If-Modified-Since. A thread's state
 * (its comment ids and hashes) is written only after its postings are published, so a killed run redoes
 * exactly the threads it had not finished.
 */
import { HttpCrawler } from 'crawlee';
import type { hnSource } from '../../../config/schema.ts';
import type { z } from 'zod';
import { checkStatus, conditionalHeaders, freshQueue, parseJsonBody, politeOptions, politeness, validatorsOf, type CrawlEnv } from '../../engine.ts';
import { commitPostings } from '../../commit.ts';
import type { ThreadState } from '../../state.ts';
import type { Tallies } from '../../tally.ts';
import { HN_SOURCE, parseSearchPage, parseThread, type HnThread } from './parse.ts';

type HnConfig = z.infer<typeof hnSource>;

export function searchUrl(baseUrl: string, page: number, hitsPerPage = 50): string {
  return `${baseUrl.replace(/\/+$/, '')}/search_by_date?tags=story,author_whoishiring&hitsPerPage=${hitsPerPage}&page=${page}`;
}
export const itemUrl = (baseUrl: string, id: string): string => `${baseUrl.replace(/\/+$/, '')}/items/${encodeURIComponent(id)}`;

/** Whether a known thread needs fetching again. */
export function threadIsCurrent(state: ThreadState | null, thread: HnThread): boolean {
  return state !== null && thread.num_comments !== null && state.num_comments === thread.num_comments;
}

export async function crawlHn(env: CrawlEnv, src: HnConfig, tallies: Tallies, queueName: string): Promise<void> {
  const tally = tallies.get(HN_SOURCE);
  const { options } = politeOptions(env, politeness(src), tallies, 'http');
  const queue = await freshQueue(env, queueName);
  let found = 0;
  const crawler = new HttpCrawler(
    {
      ...options,
      requestQueue: queue,
      async requestHandler({ request, response, body }) {
        const status = checkStatus(request, response.statusCode ?? 0, response.headers);
        if (request.label === 'SEARCH') {
          const page = parseSearchPage(parseJsonBody(request, body));
          tally.pages++;
          const todo = [];
          for (const t of page.threads) {
            if (found >= src.months) break;
            found++;
            const state = env.state.read<ThreadState | null>(HN_SOURCE, `thread-${t.id}`, null);
            if (threadIsCurrent(state, t)) continue;
            todo.push({ url: itemUrl(src.baseUrl, t.id), label: 'ITEM', headers: state ? conditionalHeaders(state) : {}, userData: { source: HN_SOURCE, thread: t } });
          }
          const pageNo = Number(request.userData.page);
          if (found < src.months && page.hits > 0 && pageNo + 1 < page.nbPages)
            todo.push({ url: searchUrl(src.baseUrl, pageNo + 1), label: 'SEARCH', userData: { source: HN_SOURCE, page: pageNo + 1 } });
          await crawler.addRequests(todo);
          env.progress({ source: HN_SOURCE, message: `found ${found} of ${src.months} threads`, pages: tally.pages, added: tally.new + tally.updated });
          return;
        }
        const thread = request.userData.thread as HnThread;
        const shard = `thread-${thread.id}`;
        const state = env.state.read<ThreadState>(HN_SOURCE, shard, { id: thread.id, month: thread.month, num_comments: null, fetched_at: '', comments: {} });
        const at = new Date().toISOString();
        let ids: string[] = Object.keys(state.comments);
        if (status === 'ok') {
          const postings = parseThread(parseJsonBody(request, body), thread);
          const done = await commitPostings(env.store, 'crawl:hn', tally, request.url, postings, (id) => state.comments[id]);
          for (const [id, hash] of done.hashes) state.comments[id] = hash;
          ids = [...done.hashes.keys()];
          Object.assign(state, validatorsOf(response.headers));
        }
        env.events.append(ids.map((id) => ({ source: HN_SOURCE, id, event: 'seen' as const, at })));
        state.num_comments = thread.num_comments;
        state.fetched_at = at;
        env.state.write(HN_SOURCE, shard, state);
        tally.pages++;
        env.progress({ source: HN_SOURCE, message: `thread ${thread.month}`, pages: tally.pages, added: tally.new + tally.updated });
      },
    },
    env.crawlee,
  );
  const stop = () => crawler.stop('aborted');
  env.signal?.addEventListener('abort', stop, { once: true });
  try {
    await crawler.run([{ url: searchUrl(src.baseUrl, 0), label: 'SEARCH', userData: { source: HN_SOURCE, page: 0 } }]);
  } finally {
    env.signal?.removeEventListener('abort', stop);
    await queue.drop().catch(() => {});
  }
}
