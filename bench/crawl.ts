/**
 * Crawl throughput against local servers (127.0.0.1), one figure per crawler type:
 *   http      HttpCrawler on JSON APIs (Greenhouse-shaped boards + HN Algolia-shaped threads)
 *   cheerio   CheerioCrawler on HTML career pages with JSON-LD, discovered by links
 *   browser   PlaywrightCrawler (Chromium) on the same kind of pages
 * Politeness off (delayMs 0) so the figure is the crawler's own cost; concurrency 8.
 * Usage: npm run bench:crawl [-- --boards 200 --pages 300 --browser-pages 40]
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dataPaths, type Config } from '../config/index.ts';
import { sourceSchema } from '../config/schema.ts';
import { runCrawl } from '../crawlers/index.ts';

const { values } = parseArgs({
  options: {
    boards: { type: 'string', default: '200' },
    pages: { type: 'string', default: '300' },
    'browser-pages': { type: 'string', default: '40' },
    threads: { type: 'string', default: '40' },
  },
});
const BOARDS = Number(values.boards);
const PAGES = Number(values.pages);
const BPAGES = Number(values['browser-pages']);
const THREADS = Number(values.threads);

const words =
  'Go Rust TypeScript React Kubernetes Terraform PostgreSQL Python Spark Airflow dbt Kafka AWS GCP Docker'.split(' ');
const para = (i: number) => Array.from({ length: 60 }, (_, k) => words[(i * 7 + k) % words.length]).join(' ');
const ghBoard = (b: number) => ({
  jobs: Array.from({ length: 20 }, (_, j) => ({
    id: b * 1000 + j,
    title: `Engineer ${j}`,
    company_name: `Co${b}`,
    first_published: '2025-03-01T10:00:00Z',
    updated_at: '2025-03-01T10:00:00Z',
    location: { name: 'Remote' },
    absolute_url: `https://x/${b}/${j}`,
    content: `&lt;p&gt;${para(b + j)}&lt;/p&gt;`,
    offices: [],
    departments: [],
  })),
});
const thread = (t: number) => ({
  id: 10_000 + t,
  title: `Ask HN: Who is hiring? (${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][t % 12]} ${2000 + Math.floor(t / 12)})`,
  created_at: `${2000 + Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}-01T15:00:00.000Z`,
  type: 'story',
  children: Array.from({ length: 400 }, (_, c) => ({
    id: 1_000_000 + t * 1000 + c,
    type: 'comment',
    created_at: '2025-01-02T10:00:00.000Z',
    text: `Co${c} | Dev | Remote<p>${para(c)}`,
    children: [],
  })),
});
const jobPage = (i: number, next: number[]) =>
  `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', identifier: { value: `J${i}` }, title: `Job ${i}`, datePosted: '2025-01-01', description: `<p>${para(i)}</p>`, hiringOrganization: { name: 'Acme' } })}</script></head><body>${next.map((n) => `<a href="/job/${n}">${n}</a>`).join(' ')}</body></html>`;

const server = http.createServer((req, res) => {
  const u = new URL(req.url ?? '/', 'http://x');
  const json = (v: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(v));
  let m: RegExpExecArray | null;
  if ((m = /^\/gh\/b(\d+)\/jobs$/.exec(u.pathname))) return json(ghBoard(Number(m[1])));
  if (u.pathname === '/hn/search_by_date') {
    const page = Number(u.searchParams.get('page'));
    const per = Number(u.searchParams.get('hitsPerPage'));
    const all = Array.from({ length: THREADS }, (_, t) => thread(THREADS - 1 - t));
    return json({
      hits: all
        .slice(page * per, page * per + per)
        .map((t) => ({ objectID: String(t.id), title: t.title, created_at: t.created_at, num_comments: 400 })),
      page,
      nbPages: Math.ceil(THREADS / per),
    });
  }
  if ((m = /^\/hn\/items\/(\d+)$/.exec(u.pathname))) return json(thread(Number(m[1]) - 10_000));
  if ((m = /^\/job\/(\d+)$/.exec(u.pathname))) {
    const i = Number(m[1]);
    const next = [2 * i + 1, 2 * i + 2];
    return res.writeHead(200, { 'content-type': 'text/html' }).end(jobPage(i, next));
  }
  res.writeHead(404).end();
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

function config(root: string, sources: Record<string, unknown>[]): Config {
  return {
    configPath: null,
    schedule: '0 4 * * *',
    userAgent: 'skillpulse-bench/0.1',
    sources: sources.map((s) => sourceSchema.parse({ delayMs: 0, maxConcurrency: 8, maxRetries: 0, ...s })),
    api: { corsOrigins: ['*'], bodyLimit: 100_000 },
    data: dataPaths(root),
    port: 0,
    adminToken: null,
    rateLimit: 0,
  };
}

async function bench(label: string, sources: Record<string, unknown>[]): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), 'skillpulse-bench-'));
  try {
    const t0 = performance.now();
    const res = await runCrawl(config(root, sources));
    const secs = (performance.now() - t0) / 1000;
    const pages = res.reduce((a, s) => a + s.pages, 0);
    const added = res.reduce((a, s) => a + s.new, 0);
    const errors = res.reduce((a, s) => a + s.errors.length, 0);
    console.log(
      `${label.padEnd(34)} ${String(pages).padStart(5)} pages ${String(added).padStart(7)} postings ${secs.toFixed(2).padStart(7)} s  ${(pages / secs).toFixed(1).padStart(7)} pages/s ${(added / secs).toFixed(0).padStart(7)} postings/s${errors ? `  (${errors} errors)` : ''}`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

console.log(`crawl bench, local server ${base}, node ${process.version}`);
await bench(`http: greenhouse ${BOARDS} boards x 20 jobs`, [
  { type: 'greenhouse', boards: Array.from({ length: BOARDS }, (_, b) => `b${b}`), baseUrl: `${base}/gh` },
]);
await bench(`http: hn ${THREADS} threads x 400 comments`, [{ type: 'hn', months: THREADS, baseUrl: `${base}/hn` }]);
await bench(`cheerio: jsonld ${PAGES} pages`, [
  { type: 'jsonld', name: 'bench', startUrls: [`${base}/job/0`], maxPages: PAGES },
]);
await bench(`browser: jsonld ${BPAGES} pages`, [
  { type: 'jsonld', name: 'bench-browser', render: 'browser', startUrls: [`${base}/job/0`], maxPages: BPAGES },
]);
server.closeAllConnections();
server.close();
