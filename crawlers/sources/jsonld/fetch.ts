/**
 * jsonld crawl: start URLs plus the pages listed in sitemaps (fetched first, sitemap indexes followed two
 * levels deep), then links on the same host (or matching `globs`) up to `maxPages`. `render: "http"` uses
 * CheerioCrawler; `render: "browser"` uses PlaywrightCrawler on Debian's Chromium for pages that build their
 * content with JavaScript. Postings seen are recorded; when a run finishes without errors, postings known
 * from earlier runs but not found any more get a `closed` event.
 */
import { CheerioCrawler, PlaywrightCrawler, createCheerioRouter, createPlaywrightRouter, type Request } from 'crawlee';
import type { z } from 'zod';
import type { jsonldSource } from '../../../config/schema.ts';
import {
  checkStatus,
  crawlerOptions,
  errorStatuses,
  freshQueue,
  landingCheck,
  navigationGate,
  politeClient,
  politeness,
  runCrawler,
  type CrawlEnv,
} from '../../engine.ts';
import type { PoliteClient } from '../../fetch.ts';
import { MalformedBodyError } from '../../errors.ts';
import { commitPostings } from '../../commit.ts';
import { walkSitemaps } from '../../sitemap.ts';
import type { BoardState } from '../../state.ts';
import type { Tallies, Tally } from '../../tally.ts';
import { updateBoard } from '../ats/board.ts';
import { jsonldName, parseJsonLdScripts, parseSitemap } from './parse.ts';
import { browserLaunchContext } from './browser.ts';

type JsonldConfig = z.infer<typeof jsonldSource>;
const SHARD = 'site';

/** Sitemap URLs (crawlers/sitemap.ts: budgeted, capped, every hop gated), fetched with the crawl's own robots gate and pacer. */
async function sitemapPages(src: JsonldConfig, tally: Tally, client: PoliteClient) {
  const gate = {
    robots: client.robots,
    pacer: client.pacer,
    userAgent: client.userAgent,
    timeoutMs: client.timeoutMs,
    signal: client.signal,
  };
  const walk = await walkSitemaps(src.sitemaps ?? [], src.maxPages, gate, parseSitemap, (url, err) =>
    tally.error(url, err),
  );
  tally.pages += walk.read;
  return walk;
}

export async function crawlJsonld(
  env: CrawlEnv,
  src: JsonldConfig,
  tallies: Tallies,
  queueName: string,
): Promise<void> {
  const source = `jsonld:${jsonldName(src)}`;
  const tally = tallies.get(source);
  const state = env.state.read<BoardState>(source, SHARD, { postings: {} });
  const seen = new Map<string, string>();
  const browser = src.render === 'browser';
  const pol = politeness(src);
  const client = politeClient(env, pol);
  const queue = await freshQueue(env, queueName);
  const options = {
    ...crawlerOptions(pol, client.pacer, tallies),
    navigationTimeoutSecs: pol.timeoutSecs,
    useSessionPool: true,
    persistCookiesPerSession: false,
    sessionPoolOptions: { blockedStatusCodes: [] as number[] },
    preNavigationHooks: [navigationGate(env, client, browser ? 'browser' : 'http')],
    postNavigationHooks: [landingCheck(client, browser ? 'browser' : 'http')],
  };

  const onPage = async (
    request: Request,
    status: number,
    headers: Record<string, string | string[] | undefined>,
    scripts: string[],
  ) => {
    checkStatus(request.url, status, headers, pol.maxRetryAfterSecs);
    const { postings, errors } = parseJsonLdScripts(scripts, source, request.loadedUrl ?? request.url);
    for (const e of errors) tally.error(request.url, new Error(e));
    const done = await commitPostings(
      env.store,
      'crawl:jsonld',
      tally,
      request.url,
      postings,
      (id) => state.postings[id]?.hash,
    );
    for (const [id, hash] of done.hashes) seen.set(id, hash);
    tally.pages++;
    env.progress({ source, message: `${seen.size} postings`, pages: tally.pages, added: tally.new + tally.updated });
  };
  const links = { globs: src.globs, strategy: 'same-hostname' as const, label: 'PAGE', userData: { source } };
  const common = { ...options, requestQueue: queue, maxRequestsPerCrawl: src.maxPages };
  let crawler: PlaywrightCrawler | CheerioCrawler;
  if (browser) {
    const router = createPlaywrightRouter();
    router.addHandler('PAGE', async ({ request, response, page, enqueueLinks }) => {
      const read = () =>
        page.$$eval('script[type="application/ld+json"]', (els: Element[]) => els.map((e) => e.textContent ?? ''));
      let scripts = await read();
      if (scripts.length === 0) {
        // Built by JavaScript: give the page until the network is idle (at most 5 s), then look again.
        await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
        scripts = await read();
      }
      await onPage(request, response?.status() ?? 200, response?.headers() ?? {}, scripts);
      await enqueueLinks(links);
    });
    crawler = new PlaywrightCrawler(
      {
        ...common,
        requestHandler: router,
        launchContext: browserLaunchContext(env.config.userAgent),
        browserPoolOptions: { useFingerprints: false },
      },
      env.crawlee,
    );
  } else {
    const router = createCheerioRouter();
    router.addHandler('PAGE', async ({ request, response, $, enqueueLinks }) => {
      checkStatus(request.url, response.statusCode ?? 0, response.headers, pol.maxRetryAfterSecs);
      if (typeof $ !== 'function')
        throw new MalformedBodyError(
          request.url,
          `not an HTML page (${String(response.headers['content-type'] ?? 'no content-type')})`,
        );
      const scripts = $('script[type="application/ld+json"]')
        .map((_, el) => $(el).text())
        .get();
      await onPage(request, response.statusCode ?? 0, response.headers, scripts);
      await enqueueLinks(links);
    });
    crawler = new CheerioCrawler(
      {
        ...common,
        requestHandler: router,
        ignoreHttpErrorStatusCodes: errorStatuses,
        additionalMimeTypes: [
          'application/json',
          'text/plain',
          'application/xml',
          'text/xml',
          'application/octet-stream',
        ],
      },
      env.crawlee,
    );
  }
  let truncated = false;
  await runCrawler(env, crawler, queue, async () => {
    const maps = await sitemapPages(src, tally, client);
    truncated ||= maps.truncated;
    await crawler.run([...src.startUrls, ...maps.pages].map((url) => ({ url, label: 'PAGE', userData: { source } })));
  });
  if (tally.pages > 0 && seen.size === 0 && tally.errors.length === 0)
    tally.error(src.startUrls[0]!, new Error(`no schema.org JobPosting found on ${tally.pages} pages`));
  // a crawl cut off by maxPages has not seen every posting: it must not close the ones it did not reach
  truncated ||= tally.pages >= src.maxPages;
  const clean = tally.errors.length === 0 && !env.signal?.aborted && !truncated;
  const { events, closed } = updateBoard(state, source, seen, new Date().toISOString(), clean);
  env.events.append(events);
  env.state.write(source, SHARD, state);
  tally.closed += closed;
}
