/**
 * One BasicCrawler for the boards of one source entry (Greenhouse, Lever, Ashby, Workable, Recruitee,
 * SmartRecruiters, the remote-job feeds), routed by label: `LIST` fetches a listing page (conditional on the
 * last ETag/Last-Modified for the first page), commits its postings and queues the next page and the
 * postings that need their own request; `DETAIL` fetches one such posting. When a board has nothing left in
 * flight its state is written (after its postings are published) with `seen` events, and, when the whole
 * listing was read, `closed` events for postings gone from it.
 */
import { BasicCrawler, createBasicRouter, type BasicCrawlingContext, type Request } from 'crawlee';
import type { PostingInput } from '../../record.ts';
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
  type Politeness,
} from '../../engine.ts';
import { commitPostings } from '../../commit.ts';
import type { BoardState } from '../../state.ts';
import type { Tallies } from '../../tally.ts';
import { updateBoard } from './board.ts';

export { updateBoard } from './board.ts';

/** A posting named by a listing whose text needs its own request; `version` changes when the posting does. */
export interface DetailRef {
  id: string;
  url: string;
  version: string;
}

export interface ListingPage {
  postings: PostingInput[];
  details?: DetailRef[];
  /** The next listing page, or null on the last one. */
  next?: string | null;
}

export interface AtsKind {
  type: string;
  source(board: string): string;
  url(baseUrl: string, board: string): string;
  /** One listing page: the postings on it (or a ListingPage with more to fetch). Pure. */
  parse(body: unknown, board: string, url: string): PostingInput[] | ListingPage;
  /** One posting fetched on its own (kinds whose listing has no text). Pure. */
  parseDetail?(body: unknown, board: string, ref: DetailRef): PostingInput;
}

export interface BoardOptions {
  /** Listing pages followed per board (a longer listing is cut off and closes nothing). */
  maxPages?: number;
  /** A board fetched completely less than this long ago is skipped (a feed's published request rate). */
  minIntervalHours?: number;
}

const SHARD = 'board';

interface BoardRun {
  board: string;
  source: string;
  state: BoardState;
  seen: Map<string, string>;
  versions: Map<string, string>;
  pending: number;
  complete: boolean;
  notModified: boolean;
  validators: { etag: string | null; last_modified: string | null } | null;
}

type Ctx = BasicCrawlingContext;

export async function crawlAts(
  env: CrawlEnv,
  src: Partial<Politeness> & { baseUrl: string },
  boards: string[],
  kind: AtsKind,
  tallies: Tallies,
  queueName: string,
  opts: BoardOptions = {},
): Promise<void> {
  const pol = politeness(src);
  const client = politeClient(env, pol);
  const queue = await freshQueue(env, queueName);
  const runs = new Map<string, BoardRun>();
  const maxPages = opts.maxPages ?? 1;

  const finishOne = (run: BoardRun) => {
    if (--run.pending > 0) return;
    const tally = tallies.get(run.source);
    const at = new Date().toISOString();
    const { events, closed } = run.notModified
      ? updateBoard(run.state, run.source, null, at)
      : updateBoard(run.state, run.source, run.seen, at, run.complete);
    for (const [id, v] of run.versions) if (run.state.postings[id]) run.state.postings[id]!.version = v;
    if (run.validators) Object.assign(run.state, run.validators);
    if (run.complete || run.notModified) run.state.fetched_at = at;
    env.events.append(events);
    env.state.write(run.source, SHARD, run.state);
    tally.closed += closed;
  };
  const runOf = (request: Request) => runs.get(request.userData.board as string)!;

  const router = createBasicRouter<Ctx>();
  router.addHandler('LIST', async ({ request, addRequests }) => {
    const run = runOf(request);
    const tally = tallies.get(run.source);
    const page = await fetchRequest(client, request);
    const status = checkStatus(request.url, page.status, page.headers, pol.maxRetryAfterSecs);
    const pageNo = Number(request.userData.page ?? 0);
    if (status === 'not-modified') run.notModified = true;
    else {
      const parsed = kind.parse(parseJsonBody(request.url, page.body), run.board, request.url);
      const listing: ListingPage = Array.isArray(parsed) ? { postings: parsed } : parsed;
      const done = await commitPostings(
        env.store,
        `crawl:${kind.type}`,
        tally,
        request.url,
        listing.postings,
        (id) => run.state.postings[id]?.hash,
      );
      for (const [id, hash] of done.hashes) run.seen.set(id, hash);
      if (pageNo === 0) run.validators = validatorsOf(page.headers);
      const todo = [];
      for (const ref of listing.details ?? []) {
        const known = run.state.postings[ref.id];
        if (known && known.version === ref.version) {
          run.seen.set(ref.id, known.hash);
          run.versions.set(ref.id, ref.version);
          continue;
        }
        todo.push({
          url: ref.url,
          label: 'DETAIL',
          uniqueKey: `${kind.type}:${run.board}:detail:${ref.id}`,
          userData: { board: run.board, source: run.source, ref },
        });
      }
      if (listing.next) {
        if (pageNo + 1 < maxPages)
          todo.push({
            url: listing.next,
            label: 'LIST',
            uniqueKey: `${kind.type}:${run.board}:page:${pageNo + 1}`,
            userData: { board: run.board, source: run.source, page: pageNo + 1 },
          });
        else run.complete = false; // cut off: postings further on are not known to be gone
      }
      run.pending += todo.length;
      if (todo.length) await addRequests(todo);
    }
    tally.pages++;
    env.progress({
      source: run.source,
      message: status === 'ok' ? `${run.seen.size} postings` : 'not modified',
      pages: tally.pages,
      added: tally.new + tally.updated,
    });
    finishOne(run);
  });
  router.addHandler('DETAIL', async ({ request }) => {
    const run = runOf(request);
    const tally = tallies.get(run.source);
    const ref = request.userData.ref as DetailRef;
    const page = await fetchRequest(client, request);
    checkStatus(request.url, page.status, page.headers, pol.maxRetryAfterSecs);
    const posting = kind.parseDetail!(parseJsonBody(request.url, page.body), run.board, ref);
    const done = await commitPostings(
      env.store,
      `crawl:${kind.type}`,
      tally,
      request.url,
      [posting],
      (id) => run.state.postings[id]?.hash,
    );
    for (const [id, hash] of done.hashes) {
      run.seen.set(id, hash);
      run.versions.set(id, ref.version);
    }
    tally.pages++;
    finishOne(run);
  });

  const base = crawlerOptions(pol, client.pacer, tallies);
  const crawler = new BasicCrawler(
    {
      ...base,
      useSessionPool: false,
      requestQueue: queue,
      requestHandler: router,
      failedRequestHandler: async (ctx, error) => {
        await base.failedRequestHandler(ctx, error);
        const run = runOf(ctx.request);
        run.complete = false;
        // a failed first page leaves the board as it was (no state written, no events)
        if (ctx.request.userData.first === true) return;
        finishOne(run);
      },
    },
    env.crawlee,
  );
  const now = Date.now();
  const start: {
    url: string;
    label: string;
    uniqueKey: string;
    headers: Record<string, string>;
    userData: Record<string, unknown>;
  }[] = [];
  for (const board of boards) {
    const source = kind.source(board);
    tallies.get(source);
    const state = env.state.read<BoardState>(source, SHARD, { postings: {} });
    const last = state.fetched_at ? Date.parse(state.fetched_at) : NaN;
    if (opts.minIntervalHours && Number.isFinite(last) && now - last < opts.minIntervalHours * 3_600_000) {
      env.progress({ source, message: `skipped: fetched less than ${opts.minIntervalHours} h ago` });
      continue;
    }
    runs.set(board, {
      board,
      source,
      state,
      seen: new Map(),
      versions: new Map(),
      pending: 1,
      complete: true,
      notModified: false,
      validators: null,
    });
    start.push({
      url: kind.url(src.baseUrl, board),
      label: 'LIST',
      uniqueKey: `${kind.type}:${board}`,
      headers: conditionalHeaders(state),
      userData: { board, source, page: 0, first: true },
    });
  }
  if (start.length === 0) return;
  await runCrawler(env, crawler, queue, () => crawler.run(start));
}
