import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCrawl } from '../../crawlers/index.ts';
import { EventLog } from '../../crawlers/events.ts';
import { readRuns } from '../../workspace/runs.ts';
import type { CrawlSummary } from '../../crawlers/index.ts';
import { fixture, sendJson, serve, storedKeys, tempDataDir, testConfig, type Served } from './helpers.ts';

describe('ATS boards against a local server', () => {
  let server: Served;
  const greenhouse = fixture('greenhouse_acme.json') as { jobs: Record<string, unknown>[] };
  let boardJobs = structuredClone(greenhouse.jobs);
  let flaky429 = 0;
  beforeAll(async () => {
    server = await serve(async (req, res, p) => {
      if (p === '/robots.txt') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        return void res.end('User-agent: *\nDisallow: /gh/private\n');
      }
      if (p.startsWith('/gh/acme/jobs'))
        return sendJson(req, res, { jobs: boardJobs, meta: { total: boardJobs.length } });
      if (p.startsWith('/gh/private/')) return sendJson(req, res, greenhouse);
      if (p.startsWith('/gh/broken/')) {
        res.writeHead(500, { 'content-type': 'text/html' });
        return void res.end('<h1>Internal Server Error</h1>');
      }
      if (p.startsWith('/gh/garbled/')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end('{"jobs": [ {"id": 1, "title": ');
      }
      if (p.startsWith('/gh/slow/')) return void setTimeout(() => sendJson(req, res, greenhouse), 2500);
      if (p.startsWith('/gh/wrongshape/')) return sendJson(req, res, { error: 'board not found' });
      if (p.startsWith('/lever/acme')) {
        if (flaky429++ === 0) {
          res.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' });
          return void res.end('{"ok":false,"error":"Too many requests"}');
        }
        return sendJson(req, res, fixture('lever_acme.json'));
      }
      if (p.startsWith('/ashby/acme')) return sendJson(req, res, fixture('ashby_acme.json'));
      res.writeHead(404);
      res.end();
    });
  });
  afterAll(() => server.close());

  const sources = () => [
    {
      type: 'greenhouse',
      boards: ['acme', 'private', 'broken', 'garbled', 'slow', 'wrongshape'],
      baseUrl: `${server.url}/gh`,
      timeoutSecs: 1,
      maxRetries: 1,
    },
    { type: 'lever', companies: ['acme'], baseUrl: `${server.url}/lever` },
    { type: 'ashby', boards: ['acme'], baseUrl: `${server.url}/ashby` },
  ];

  it('collects, records faults per URL, goes on, and is incremental', async () => {
    const root = tempDataDir();
    const config = testConfig(root, sources());
    const t0 = Date.now();
    const first = await runCrawl(config);
    const by = Object.fromEntries(first.map((s) => [s.source, s]));
    expect(by['greenhouse:acme']).toMatchObject({ pages: 1, new: 2, updated: 0, closed: 0, errors: [] });
    expect(by['lever:acme']).toMatchObject({ pages: 1, new: 2, errors: [] });
    expect(by['ashby:acme']).toMatchObject({ pages: 1, new: 2, errors: [] });
    // 429 with Retry-After: 1 was honoured: the retry came at least ~1 s after the first try.
    const leverHits = server.requests.filter((r) => r.path.startsWith('/lever/acme'));
    expect(leverHits.length).toBe(2);
    expect(Date.now() - t0).toBeGreaterThan(900);
    // Faults: recorded against their URL, nothing stored for them.
    expect(by['greenhouse:private']!.errors).toEqual([
      { url: `${server.url}/gh/private/jobs?content=true&pay_transparency=true`, message: 'disallowed by robots.txt' },
    ]);
    expect(server.requests.some((r) => r.path.startsWith('/gh/private/'))).toBe(false);
    expect(by['greenhouse:broken']!.errors[0]!.message).toBe('HTTP 500');
    expect(server.requests.filter((r) => r.path.startsWith('/gh/broken/')).length).toBe(2); // first try + 1 retry
    expect(by['greenhouse:garbled']!.errors[0]!.message).toMatch(/^malformed JSON/);
    expect(server.requests.filter((r) => r.path.startsWith('/gh/garbled/')).length).toBe(1); // not retried
    expect(by['greenhouse:slow']!.errors[0]!.message).toMatch(/timed out/);
    expect(by['greenhouse:wrongshape']!.errors[0]!.message).toMatch(/greenhouse:wrongshape: unexpected response/);
    expect(by['greenhouse:broken']!.unreachable).toBeUndefined();
    // Identifying User-Agent on every request.
    expect(server.requests.every((r) => r.headers['user-agent'] === config.userAgent)).toBe(true);
    expect(await storedKeys(root, 'greenhouse:acme')).toHaveLength(2);
    expect(await storedKeys(root, 'ashby:acme')).toHaveLength(2);

    // Second run: conditional requests, 304, nothing new; the postings' last-seen times move.
    server.requests.length = 0;
    const second = await runCrawl(
      testConfig(
        root,
        sources()
          .slice(0, 1)
          .map((s) => ({ ...s, boards: ['acme'] })),
      ),
    );
    expect(second).toEqual([
      expect.objectContaining({ source: 'greenhouse:acme', pages: 1, new: 0, updated: 0, closed: 0, errors: [] }),
    ]);
    expect(server.requests.find((r) => r.path.startsWith('/gh/acme'))!.headers['if-none-match']).toMatch(/^"/);

    // Third run: one posting changed, one disappeared -> 1 updated, 1 closed.
    boardJobs = [{ ...greenhouse.jobs[0]!, title: 'Staff Backend Engineer (Go)' }];
    const third = await runCrawl(testConfig(root, [{ ...sources()[0]!, boards: ['acme'] }]));
    expect(third[0]).toMatchObject({ source: 'greenhouse:acme', new: 0, updated: 1, closed: 1 });
    expect(await storedKeys(root, 'greenhouse:acme')).toHaveLength(3);
    const events = new EventLog(path.join(root, 'raw', '_events')).read('greenhouse:acme');
    expect(events.filter((e) => e.event === 'seen').length).toBe(2 + 2 + 1);
    expect(events.filter((e) => e.event === 'closed').map((e) => e.id)).toEqual(['7001002']);
    // The crawl-runs record: one line per source and run.
    const runs = readRuns<CrawlSummary>(path.join(root, 'runs'), 'crawl');
    expect(runs.length).toBe(8 + 1 + 1);
    expect(runs.filter((r) => r.source === 'greenhouse:acme').map((r) => r.closed)).toEqual([0, 0, 1]);
    expect(JSON.parse(readFileSync(path.join(root, 'runs', 'crawl.jsonl'), 'utf8').split('\n')[0]!)).toHaveProperty(
      'started_at',
    );
  }, 60_000);

  it('an unreachable host is reported as unreachable, not thrown', async () => {
    const root = tempDataDir();
    const res = await runCrawl(
      testConfig(root, [{ type: 'lever', companies: ['acme'], baseUrl: 'http://127.0.0.1:9/lever', maxRetries: 1 }]),
    );
    expect(res).toHaveLength(1);
    expect(res[0]!.pages).toBe(0);
    expect(res[0]!.unreachable).toMatch(/127\.0\.0\.1:9.*ECONNREFUSED/);
  }, 30_000);
});
