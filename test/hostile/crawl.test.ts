/** Issue 16 items 5, 7, 10 (crawl side): redirects, sitemap bombs, file:// URLs, page size, numeric dates. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { runCrawl } from '../../crawlers/index.ts';
import { LIMITS } from '../../crawlers/limits.ts';
import { CHROMIUM_PATH } from '../../crawlers/sources/jsonld/browser.ts';
import { parseJsonLdScripts } from '../../crawlers/sources/jsonld/parse.ts';
import { checkHop, siteKey } from '../../crawlers/redirect.ts';
import { serve, storedKeys, tempDataDir, testConfig, type Served } from '../crawlers/helpers.ts';

const job = (id: string, extra: Record<string, unknown> = {}) => ({
  '@type': 'JobPosting',
  identifier: id,
  title: `Engineer ${id}`,
  datePosted: '2024-03-01',
  description: '<p>We use Python.</p>',
  hiringOrganization: { name: 'Acme' },
  ...extra,
});
const page = (v: unknown) =>
  `<html><body><script type="application/ld+json">${JSON.stringify(v)}</script></body></html>`;
const html = { 'content-type': 'text/html; charset=utf-8' };

let a: Served;
let b: Served;
beforeAll(async () => {
  b = await serve((_req, res, p) => {
    if (p === '/robots.txt')
      return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /\n');
    res.writeHead(200, html).end(page(job('B-1')));
  });
  a = await serve(async (_req, res, p) => {
    if (p === '/robots.txt')
      return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /secret\n');
    if (p === '/jump') return void res.writeHead(302, { location: `${b.url}/job` }).end();
    if (p === '/jump-local') return void res.writeHead(302, { location: '/secret/job' }).end();
    if (p === '/jump-file') return void res.writeHead(302, { location: 'file:///etc/passwd' }).end();
    if (p === '/ok') return void res.writeHead(200, html).end(page(job('A-1')));
    if (p === '/five')
      return void res
        .writeHead(200, html)
        .end(
          page([
            job('N-1'),
            job('N-2', { datePosted: 1e20 }),
            job('N-3'),
            job('N-4', { datePosted: '0001-01-01' }),
            job('N-5'),
          ]),
        );
    if (p === '/huge') {
      res.writeHead(200, html); // chunked, no Content-Length
      const chunk = `<p>${'x'.repeat(1 << 20)}</p>`;
      for (let i = 0; i < (LIMITS.pageBytes >> 20) + 3 && !res.destroyed; i++)
        if (!res.write(chunk)) await new Promise((r) => res.once('drain', r));
      return void res.end();
    }
    if (p === '/index.xml') {
      const maps = Array.from({ length: 500 }, (_, i) => `<sitemap><loc>${a.url}/map-${i}.xml</loc></sitemap>`).join(
        '',
      );
      return void res.writeHead(200, { 'content-type': 'application/xml' }).end(`<sitemapindex>${maps}</sitemapindex>`);
    }
    if (p.startsWith('/map-')) {
      const n = Number(p.slice(5, -4));
      const urls = Array.from({ length: 4 }, (_, i) => `<url><loc>${a.url}/p/${n}-${i}</loc></url>`).join('');
      return void res.writeHead(200, { 'content-type': 'application/xml' }).end(`<urlset>${urls}</urlset>`);
    }
    if (p === '/files.xml')
      return void res
        .writeHead(200, { 'content-type': 'application/xml' })
        .end(`<urlset><url><loc>file:///etc/passwd</loc></url><url><loc>${a.url}/ok</loc></url></urlset>`);
    if (p === '/bomb.xml') {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.write('<urlset>');
      const chunk = `<url><loc>${a.url}/p/x</loc></url>`.repeat(20_000);
      for (let i = 0; !res.destroyed && i * chunk.length < LIMITS.sitemapBytes + (4 << 20); i++)
        if (!res.write(chunk)) await new Promise((r) => res.once('drain', r));
      return void res.end('</urlset>');
    }
    if (p.startsWith('/p/')) return void res.writeHead(200, html).end(page(job(`P-${p.slice(3)}`)));
    res.writeHead(404).end();
  });
});
afterAll(async () => {
  await a.close();
  await b.close();
});

// generous timeouts: on a loaded machine a robots.txt that times out would count as "allow"
const src = (extra: Record<string, unknown>) => ({
  type: 'jsonld',
  name: 'hostile',
  maxRetries: 0,
  timeoutSecs: 30,
  ...extra,
});
const idsOf = async (root: string) => (await storedKeys(root, 'jsonld:hostile')).map((k) => k.split('\t')[0]).sort();
const errorsOf = (s: { errors: { url: string; message: string }[] }) =>
  Object.fromEntries(s.errors.map((e) => [new URL(e.url).pathname, e.message]));

describe('the redirect gate', () => {
  it('site keys and hops: another port or scheme is off the site, www. and https are not', async () => {
    expect(siteKey('http://www.Acme.io/x')).toBe(siteKey('https://acme.io/y'));
    expect(siteKey('http://127.0.0.1:80/')).not.toBe(siteKey('http://127.0.0.1:81/'));
    const yes = { allowed: async () => true };
    await expect(checkHop(yes, 'http://a.io/x', 'file:///etc/passwd')).rejects.toThrow(/off the site/);
    await expect(checkHop(yes, 'http://a.io/x', 'http://b.io/x')).rejects.toThrow(/a\.io -> b\.io/);
    await expect(checkHop({ allowed: async () => false }, 'http://a.io/x', 'https://a.io/y')).rejects.toThrow(/robots/);
  });
});

describe('hostile sites (http render mode)', () => {
  it('item 5: a 302 to another origin is not followed (its page never requested), a 302 to a disallowed path neither', async () => {
    const root = tempDataDir();
    const [s] = await runCrawl(
      testConfig(root, [
        src({ startUrls: [`${a.url}/jump`, `${a.url}/jump-local`, `${a.url}/jump-file`, `${a.url}/ok`] }),
      ]),
    );
    const errs = errorsOf(s!);
    expect(errs['/jump']).toMatch(/redirected off the site/);
    expect(errs['/jump-local']).toBe('disallowed by robots.txt');
    expect(errs['/jump-file']).toMatch(/redirected off the site|Unsupported protocol/); // got refuses file: before any hook
    expect(b.requests.some((r) => r.path === '/job')).toBe(false);
    expect(a.requests.some((r) => r.path.startsWith('/secret'))).toBe(false);
    expect(await idsOf(root)).toEqual(['A-1']);
  }, 60_000);

  it('item 10: a numeric datePosted 1e20 or a 0001 date rejects that posting only; the page keeps the other 3', async () => {
    const out = parseJsonLdScripts(
      [JSON.stringify([job('x', { datePosted: 1e20 }), job('y')])],
      'jsonld:t',
      'http://t/',
    );
    expect(out.postings.map((p) => p.id)).toEqual(['x', 'y']);
    const root = tempDataDir();
    const [s] = await runCrawl(testConfig(root, [src({ startUrls: [`${a.url}/five`] })]));
    expect(await idsOf(root)).toEqual(['N-1', 'N-3', 'N-5']);
    expect(s!.errors.map((e) => e.message).join('\n')).toMatch(
      /posting N-2: missing required field "posted_at"[\s\S]*posting N-4: field "posted_at"/,
    );
  }, 60_000);

  it('item 10: a page past the size cap is refused while streaming', async () => {
    const root = tempDataDir();
    const [s] = await runCrawl(testConfig(root, [src({ startUrls: [`${a.url}/huge`, `${a.url}/ok`] })]));
    expect(errorsOf(s!)['/huge']).toMatch(/page larger than \d+ bytes/);
    expect(await idsOf(root)).toEqual(['A-1']);
  }, 60_000);

  it('item 7: an index of 500 sitemaps with maxPages 10 fetches a handful, not 500', async () => {
    const root = tempDataDir();
    const before = a.requests.length;
    const [s] = await runCrawl(
      testConfig(root, [src({ startUrls: [`${a.url}/ok`], sitemaps: [`${a.url}/index.xml`], maxPages: 10 })]),
    );
    const maps = a.requests.slice(before).filter((r) => r.path.startsWith('/map-')).length;
    expect(maps).toBeLessThanOrEqual(10);
    expect(s!.pages).toBeLessThanOrEqual(10 + maps + 1);
    expect((await idsOf(root)).length).toBeLessThanOrEqual(10);
  }, 60_000);

  it('item 7/10: a sitemap past the byte cap is refused while streaming; a file:// URL is skipped, the rest crawled', async () => {
    const root = tempDataDir();
    const [s] = await runCrawl(
      testConfig(root, [
        src({ startUrls: [`${a.url}/five`], sitemaps: [`${a.url}/bomb.xml`, `${a.url}/files.xml`], timeoutSecs: 60 }),
      ]),
    );
    expect(errorsOf(s!)['/bomb.xml']).toMatch(/larger than \d+ bytes/);
    expect(await idsOf(root)).toEqual(['A-1', 'N-1', 'N-3', 'N-5']);
  }, 60_000);
});

describe.skipIf(!existsSync(CHROMIUM_PATH))('hostile sites (browser render mode)', () => {
  it('item 5: a 302 to another origin whose robots.txt disallows everything is refused', async () => {
    const root = tempDataDir();
    const [s] = await runCrawl(
      testConfig(root, [src({ render: 'browser', startUrls: [`${a.url}/jump`, `${a.url}/ok`] })]),
    );
    expect(errorsOf(s!)['/jump']).toMatch(/redirected off the site/);
    expect(await idsOf(root)).toEqual(['A-1']);
  }, 90_000);
});
