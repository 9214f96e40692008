/**
 * HN crawl, a BasicCrawler routed by label: `SEARCH` reads a `search_by_date` page (stories of `whoishiring`,
 * newest first) and queues the next page until `months` hiring threads are found, and `THREAD` per thread
 * (`items/{id}`). Incremental: a thread whose comment counter is unchanged since its last complete fetch is
 * skipped; others are fetched with If-None-Match/If-Modified-Since. A thread's state (its comment ids and
 * hashes) is written only after its postings are published, so a killed run redoes exactly the threads it
 * had not finished.
 */
import { BasicCrawler, createBasicRouter, type BasicCrawlingContext } from 'crawlee';
import type { hnSource } from '../../../config/schema.ts';
import type { z } from 'zod';
import {
  checkStatus,
  conditionalHeaders,
  crawlerOptions,
  fetchRequest,
  freshQueue,
  parseJsonBody,
  politeClient,
  politeness,
  runCrawler,
  validatorsOf,
  type CrawlEnv,
} from '../../engine.ts';
import { commitPostings } from '../../commit.ts';
import type { ThreadState } from '../../state.ts';
import type { Tallies } from '../../tally.ts';
import { HN_SOURCE, parseSearchPage, parseThread, type HnThread } from './parse.ts';

type HnConfig = z.infer<typeof hnSource>;

export function searchUrl(baseUrl: string, page: number, hitsPerPage = 50): string {
  return `${baseUrl.replace(/\/+$/, '')}/search_by_date?tags=story,author_whoishiring&hitsPerPage=${hitsPerPage}&page=${page}`;
}
export const itemUrl = (baseUrl: string, id: string): string =>
  `${baseUrl.replace(/\/+$/, '')}/items/${encodeURIComponent(id)}`;

/** Whether a known thread needs fetching again. */
export function threadIsCurrent(state: ThreadState | null, thread: HnThread): boolean {
  return state !== null && thread.num_comments !== null && state.num_comments === thread.num_comments;
}

export async function crawlHn(env: CrawlEnv, src: HnConfig, tallies: Tallies, queueName: string): Promise<void> {
  const tally = tallies.get(HN_SOURCE);
  const pol = politeness(src);
  const client = politeClient(env, pol);
  const queue = await freshQueue(env, queueName);
  let found = 0;
  const router = createBasicRouter<BasicCrawlingContext>();
  router.addHandler('SEARCH', async ({ request, addRequests }) => {
    const res = await fetchRequest(client, request);
    checkStatus(request.url, res.status, res.headers, pol.maxRetryAfterSecs);
    const page = parseSearchPage(parseJsonBody(request.url, res.body));
    tally.pages++;
    const todo = [];
    for (const t of page.threads) {
      if (found >= src.months) break;
      found++;
      const state = env.state.read<ThreadState | null>(HN_SOURCE, `thread-${t.id}`, null);
      if (threadIsCurrent(state, t)) continue;
      todo.push({
        url: itemUrl(src.baseUrl, t.id),
        label: 'THREAD',
        headers: state ? conditionalHeaders(state) : {},
        userData: { source: HN_SOURCE, thread: t },
      });
    }
    const pageNo = Number(request.userData.page);
    if (found < src.months && page.hits > 0 && pageNo + 1 < page.nbPages)
      todo.push({
        url: searchUrl(src.baseUrl, pageNo + 1),
        label: 'SEARCH',
        userData: { source: HN_SOURCE, page: pageNo + 1 },
      });
    await addRequests(todo);
    env.progress({
      source: HN_SOURCE,
      message: `found ${found} of ${src.months} threads`,
      pages: tally.pages,
      added: tally.new + tally.updated,
    });
  });
  router.addHandler('THREAD', async ({ request }) => {
    const res = await fetchRequest(client, request);
    const status = checkStatus(request.url, res.status, res.headers, pol.maxRetryAfterSecs);
    const thread = request.userData.thread as HnThread;
    const shard = `thread-${thread.id}`;
    const state = env.state.read<ThreadState>(HN_SOURCE, shard, {
      id: thread.id,
      month: thread.month,
      num_comments: null,
      fetched_at: '',
      comments: {},
    });
    const at = new Date().toISOString();
    let ids: string[] = Object.keys(state.comments);
    if (status === 'ok') {
      const postings = parseThread(parseJsonBody(request.url, res.body), thread);
      const done = await commitPostings(
        env.store,
        'crawl:hn',
        tally,
        request.url,
        postings,
        (id) => state.comments[id],
      );
      for (const [id, hash] of done.hashes) state.comments[id] = hash;
      ids = [...done.hashes.keys()];
      Object.assign(state, validatorsOf(res.headers));
    }
    env.events.append(ids.map((id) => ({ source: HN_SOURCE, id, event: 'seen' as const, at })));
    state.num_comments = thread.num_comments;
    state.fetched_at = at;
    env.state.write(HN_SOURCE, shard, state);
    tally.pages++;
    env.progress({
      source: HN_SOURCE,
      message: `thread ${thread.month}`,
      pages: tally.pages,
      added: tally.new + tally.updated,
    });
  });
  const crawler = new BasicCrawler(
    {
      ...crawlerOptions(pol, client.pacer, tallies),
      useSessionPool: false,
      requestQueue: queue,
      requestHandler: router,
    },
    env.crawlee,
  );
  await runCrawler(env, crawler, queue, () =>
    crawler.run([{ url: searchUrl(src.baseUrl, 0), label: 'SEARCH', userData: { source: HN_SOURCE, page: 0 } }]),
  );
}
