import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runCrawl } from '../../crawlers/index.ts';
import { findJobPostings, parseJsonLdScripts, parseSitemap } from '../../crawlers/sources/jsonld/parse.ts';
import { CHROMIUM_PATH } from '../../crawlers/sources/jsonld/browser.ts';
import { EventLog } from '../../crawlers/events.ts';
import { serve, storedKeys, tempDataDir, testConfig, type Served } from './helpers.ts';

const job = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  identifier: { '@type': 'PropertyValue', name: 'Acme', value: id },
  title,
  description: '<p>We use <b>TypeScript</b> &amp; Postgres.</p>',
  datePosted: '2025-04-01',
  validThrough: '2025-06-01T00:00',
  hiringOrganization: { '@type': 'Organization', name: 'Acme' },
  jobLocation: {
    '@type': 'Place',
    address: { '@type': 'PostalAddress', addressLocality: 'Lisbon', addressCountry: 'PT' },
  },
  ...extra,
});
const ld = (v: unknown) => `<script type="application/ld+json">${JSON.stringify(v)}</script>`;
const page = (body: string, head = '') =>
  `<!doctype html><html><head><title>t</title>${head}</head><body>${body}</body></html>`;

let jobs3 = true;
const site: Record<string, string> = {
  '/robots.txt': 'User-agent: *\nDisallow: /careers/secret\n',
  '/careers': page(
    '<a href="/careers/job/1">1</a> <a href="/careers/job/2">2</a> <a href="/careers/secret">s</a> <a href="/careers/broken">b</a> <a href="/careers/oops">o</a> <a href="https://elsewhere.example/x">x</a>',
  ),
  '/careers/job/1': page('<h1>Backend</h1>', ld(job('J-1', 'Backend Engineer'))),
  '/careers/job/2': page(
    '<h1>Data</h1>',
    ld({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'Organization', name: 'Acme' }, job('J-2', 'Data Engineer')],
    }),
  ),
  '/careers/secret': page('secret', ld(job('J-9', 'Secret'))),
  '/careers/broken': page('broken', '<script type="application/ld+json">{"@type": "JobPosting", </script>'),
  '/sitemap.xml':
    '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>SITE/sitemap-jobs.xml</loc></sitemap></sitemapindex>',
  '/sitemap-jobs.xml':
    '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>SITE/careers/job/3</loc></url></urlset>',
  '/js/careers': page(
    '<div id="app">loading</div><script>setTimeout(() => { const s = document.createElement("script"); s.type = "application/ld+json"; s.textContent = JSON.stringify(JOB); document.head.appendChild(s); document.getElementById("app").textContent = "Jobs"; }, 150);</script>',
  ),
};

describe('jsonld parse', () => {
  it('finds JobPosting at top level, in arrays, in @graph and nested', () => {
    expect(findJobPostings([{ '@type': 'BreadcrumbList' }, job('a', 'A')]).length).toBe(1);
    expect(findJobPostings({ '@graph': [{ '@type': 'WebPage' }, job('b', 'B')] }).length).toBe(1);
    expect(
      findJobPostings({
        '@type': 'ItemList',
        itemListElement: [{ item: job('c', 'C') }, { item: job('d', 'D', { '@type': ['JobPosting', 'Thing'] }) }],
      }).length,
    ).toBe(2);
    const { postings, errors } = parseJsonLdScripts(
      [JSON.stringify(job('J-1', 'Backend Engineer')), '{bad'],
      'jsonld:acme',
      'https://acme.example/j/1',
    );
    expect(errors).toEqual([expect.stringMatching(/^JSON-LD script 2: malformed JSON/)]);
    expect(postings[0]).toMatchObject({
      id: 'J-1',
      title: 'Backend Engineer',
      company: 'Acme',
      location: 'Lisbon, PT',
      country: 'PT',
      posted_at: '2025-04-01',
      url: 'https://acme.example/j/1',
      text: 'Backend Engineer\n\nWe use TypeScript & Postgres.',
    });
    expect(parseSitemap(site['/sitemap.xml']!)).toEqual({ index: true, urls: ['SITE/sitemap-jobs.xml'] });
  });
});

describe('jsonld crawl of a local career site', () => {
  let server: Served;
  beforeAll(async () => {
    server = await serve((_req, res, p) => {
      if (p === '/careers/oops') return void res.writeHead(500).end('oops');
      if (p === '/careers/job/3') {
        if (!jobs3) return void res.writeHead(404).end();
        return void res
          .writeHead(200, { 'content-type': 'text/html' })
          .end(page('<h1>SRE</h1>', ld([{ '@type': 'BreadcrumbList' }, job('J-3', 'SRE')])));
      }
      const body = site[p];
      if (body === undefined) return void res.writeHead(404).end();
      const type = p.endsWith('.txt') ? 'text/plain' : p.endsWith('.xml') ? 'application/xml' : 'text/html';
      res.writeHead(200, { 'content-type': `${type}; charset=utf-8` });
      res.end(
        body
          .replaceAll('SITE', server.url)
          .replace('JOB', JSON.stringify(job('JS-1', 'Frontend Engineer (JS-rendered)'))),
      );
    });
  });
  afterAll(() => server.close());

  it('http: follows links and sitemaps, honours robots, records bad pages, closes vanished postings', async () => {
    const root = tempDataDir();
    const src = {
      type: 'jsonld',
      name: 'acme',
      startUrls: [`${server.url}/careers`],
      sitemaps: [`${server.url}/sitemap.xml`],
      maxRetries: 0,
    };
    const [s] = await runCrawl(testConfig(root, [src]));
    expect(s!.source).toBe('jsonld:acme');
    expect(s!.new).toBe(3);
    expect((await storedKeys(root, 'jsonld:acme')).map((k) => k.split('\t')[0]).sort()).toEqual(['J-1', 'J-2', 'J-3']);
    const errs = Object.fromEntries(s!.errors.map((e) => [new URL(e.url).pathname, e.message]));
    expect(errs['/careers/secret']).toBe('disallowed by robots.txt');
    expect(errs['/careers/broken']).toMatch(/malformed JSON/);
    expect(errs['/careers/oops']).toBe('HTTP 500');
    expect(server.requests.some((r) => r.path === '/careers/secret')).toBe(false);
    // sitemaps and pages share one robots gate: robots.txt is read once per run
    expect(server.requests.filter((r) => r.path === '/robots.txt')).toHaveLength(1);
    // Second run, J-3 gone from the site: with errors on other pages the run is not clean, so nothing is closed yet.
    jobs3 = false;
    const [s2] = await runCrawl(testConfig(root, [src]));
    expect(s2).toMatchObject({ new: 0, closed: 0 });
    // A clean run (bad pages no longer linked) closes it, but not a run cut off by maxPages, which did not
    // reach every posting.
    site['/careers'] = page('<a href="/careers/job/1">1</a> <a href="/careers/job/2">2</a>');
    const [cut] = await runCrawl(testConfig(root, [{ ...src, sitemaps: undefined, maxPages: 2 }]));
    expect(cut).toMatchObject({ closed: 0 });
    const [s3] = await runCrawl(testConfig(root, [{ ...src, sitemaps: undefined }]));
    expect(s3).toMatchObject({ new: 0, closed: 1, errors: [] });
    expect(
      new EventLog(path.join(root, 'raw', '_events'))
        .read('jsonld:acme')
        .filter((e) => e.event === 'closed')
        .map((e) => e.id),
    ).toEqual(['J-3']);
  }, 60_000);

  it('http on a JavaScript-only page finds nothing and says so', async () => {
    const root = tempDataDir();
    const [s] = await runCrawl(
      testConfig(root, [{ type: 'jsonld', name: 'jsonly', startUrls: [`${server.url}/js/careers`] }]),
    );
    expect(s).toMatchObject({ new: 0, pages: 1 });
    expect(s!.errors[0]!.message).toBe('no schema.org JobPosting found on 1 pages');
  }, 30_000);

  it.skipIf(!existsSync(CHROMIUM_PATH))(
    'browser: PlaywrightCrawler on Chromium reads the JavaScript-built posting',
    async () => {
      const root = tempDataDir();
      const [s] = await runCrawl(
        testConfig(root, [
          { type: 'jsonld', name: 'jsonly', render: 'browser', startUrls: [`${server.url}/js/careers`] },
        ]),
      );
      expect(s).toMatchObject({ new: 1, errors: [] });
      expect((await storedKeys(root, 'jsonld:jsonly')).map((k) => k.split('\t')[0])).toEqual(['JS-1']);
      const ua = server.requests.filter((r) => r.path === '/js/careers').map((r) => r.headers['user-agent']);
      expect(ua.length).toBeGreaterThan(0);
      expect(new Set(ua)).toEqual(new Set(['skillpulse-test/1.0 (+https://example.org)']));
    },
    60_000,
  );
});
