/**
 * jsonld crawl: start URLs plus the pages listed in sitemaps (fetched first, sitemap indexes followed two
 * levels deep), then links on the same host (or matching `globs`) up to `maxPages`. `render: "http"` uses
 * CheerioCrawler; `render: "browser"` uses PlaywrightCrawler on Debian's Chromium for pages that build their
 * content with JavaScript. Postings seen are recorded; when a run finishes without errors, postings known
 * from earlier runs but not found any more get a `closed` event.
 */
import { CheerioCrawler, PlaywrightCrawler, type Request } from 'crawlee';
import type { z } from 'zod';
import type { jsonldSource } from '../../../config/schema.ts';
import { checkStatus, freshQueue, politeOptions, politeness, type CrawlEnv } from '../../engine.ts';
import { commitPostings } from '../../commit.ts';
import type { RobotsGate } from '../../robots.ts';
import type { HostPacer } from '../../polite.ts';
import { walkSitemaps } from '../../sitemap.ts';
import type { BoardState } from '../../state.ts';
import type { Tallies, Tally } from '../../tally.ts';
import { updateBoard } from '../ats/crawl.ts';
import { jsonldName, parseJsonLdScripts, parseSitemap } from './parse.ts';
import { browserLaunchContext } from './browser.ts';

type JsonldConfig = z.infer<typeof jsonldSource>;
const SHARD = 'site';

/** Sitemap URLs (crawlers/sitemap.ts: budgeted, capped, every hop gated), fetched with the crawl's own robots gate and pacer. */
async function sitemapPages(env: CrawlEnv, src: JsonldConfig, tally: Tally, polite: { robots: RobotsGate; pacer: HostPacer }) {
  const gate = { ...polite, userAgent: env.config.userAgent, timeoutMs: politeness(src).timeoutSecs * 1000, signal: env.signal };
  const walk = await walkSitemaps(src.sitemaps ?? [], src.maxPages, gate, parseSitemap, (url, err) => tally.error(url, err));
  tally.pages += walk.read;
  return walk;
}

export async function crawlJsonld(env: CrawlEnv, src: JsonldConfig, tallies: Tallies, queueName: string): Promise<void> {
  const source = `jsonld:${jsonldName(src)}`;
  const tally = tallies.get(source);
  const state = env.state.read<BoardState>(source, SHARD, { postings: {} });
  const seen = new Map<string, string>();
  const browser = src.render === 'browser';
  const { options, robots, pacer } = politeOptions(env, politeness(src), tallies, browser ? 'browser' : 'http');
  const queue = await freshQueue(env, queueName);

  const onPage = async (request: Request, status: number, headers: Record<string, string | string[] | undefined>, scripts: string[]) => {
    checkStatus(request, status, headers);
    const { postings, errors } = parseJsonLdScripts(scripts, source, request.loadedUrl ?? request.url);
    for (const e of errors) tally.error(request.url, new Error(e));
    const done = await commitPostings(env.store, 'crawl:jsonld', tally, request.url, postings, (id) => state.postings[id]?.hash);
    for (const [id, hash] of done.hashes) seen.set(id, hash);
    tally.pages++;
    env.progress({ source, message: `${seen.size} postings`, pages: tally.pages, added: tally.new + tally.updated });
  };
  const links = { globs: src.globs, strategy: 'same-hostname' as const, userData: { source } };
  const common = { ...options, requestQueue: queue, maxRequestsPerCrawl: src.maxPages };
  const crawler = browser
    ? new PlaywrightCrawler(
        {
          ...common,
          launchContext: browserLaunchContext(env.config.userAgent),
          browserPoolOptions: { useFingerprints: false },
          async requestHandler({ request, response, page, enqueueLinks }) {
            const read = () => page.$$eval('script[type="application/ld+json"]', (els: Element[]) => els.map((e) => e.textContent ?? ''));
            let scripts = await read();
            if (scripts.length === 0) {
              // Built by JavaScript: give the page until the network is idle (at most 5 s), then look again.
              await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
              scripts = await read();
            }
            await onPage(request, response?.status() ?? 200, response?.headers() ?? {}, scripts);
            await enqueueLinks(links);
          },
        },
        env.crawlee,
      )
    : new CheerioCrawler(
        {
          ...common,
          async requestHandler({ request, response, $, enqueueLinks }) {
            checkStatus(request, response.statusCode ?? 0, response.headers);
            if (typeof $ !== 'function') {
              request.noRetry = true;
              throw new Error(`not an HTML page (${String(response.headers['content-type'] ?? 'no content-type')})`);
            }
            const scripts = $('script[type="application/ld+json"]').map((_, el) => $(el).text()).get();
            await onPage(request, response.statusCode ?? 0, response.headers, scripts);
            await enqueueLinks(links);
          },
        },
        env.crawlee,
      );
  let truncated = false;
  const stop = () => crawler.stop('aborted');
  env.signal?.addEventListener('abort', stop, { once: true });
  try {
    const maps = await sitemapPages(env, src, tally, { robots, pacer });
    truncated ||= maps.truncated;
    await crawler.run([...src.startUrls, ...maps.pages].map((url) => ({ url, userData: { source } })));
  } finally {
    env.signal?.removeEventListener('abort', stop);
    await queue.drop().catch(() => {});
  }
  if (tally.pages > 0 && seen.size === 0 && tally.errors.length === 0)
    tally.error(src.startUrls[0]!, new Error(`no schema.org JobPosting found on ${tally.pages} pages`));
  // a crawl cut off by maxPages has not seen every posting: it must not close the ones it did not reach
  truncated ||= tally.pages >= src.maxPages;
  const clean = tally.errors.length === 0 && !env.signal?.aborted && !truncated;
  const current = new Map(seen);
  if (!clean) for (const [id, life] of Object.entries(state.postings)) if (!life.closed_at && !current.has(id)) current.set(id, life.hash);
  const at = new Date().toISOString();
  const { events, closed } = updateBoard(state, source, current, at);
  if (!clean) for (const e of events) if (!seen.has(e.id)) e.event = 'seen';
  env.events.append(events.filter((e) => e.event === 'closed' || seen.has(e.id)));
  env.state.write(source, SHARD, state);
  tally.closed += closed;
}
