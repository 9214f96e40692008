/** The new source types against local servers in their documented shapes: faults, politeness, incrementality. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { runCrawl, type CrawlSummary } from '../../crawlers/index.ts';
import { EventLog } from '../../crawlers/events.ts';
import { fixture, sendJson, serve, storedKeys, tempDataDir, testConfig, type Served } from './helpers.ts';

type Reply = (req: IncomingMessage, res: ServerResponse) => void;

/** A posting of the SmartRecruiters fixture under another id. */
const srPosting = (id: string) => ({
  ...(fixture('smartrecruiters_acme_posting.json') as Record<string, unknown>),
  id,
  name: `Role ${id}`,
});

function feedServer(state: { srIds: string[]; limitedHits: Map<string, number> }) {
  const good = (p: string): Reply | null => {
    const u = new URL(p, 'http://x');
    if (u.pathname.startsWith('/wk/')) return (req, res) => sendJson(req, res, fixture('workable_acme.json'));
    if (u.pathname.startsWith('/rt/')) return (req, res) => sendJson(req, res, fixture('recruitee_acme.json'));
    const detail = /^\/sr\/[^/]+\/postings\/([^/]+)$/.exec(u.pathname);
    if (detail)
      return (req, res) =>
        state.srIds.includes(detail[1]!) ? sendJson(req, res, srPosting(detail[1]!)) : void res.writeHead(404).end();
    if (/^\/sr\/[^/]+\/postings$/.test(u.pathname)) {
      const offset = Number(u.searchParams.get('offset') ?? 0);
      const limit = Number(u.searchParams.get('limit') ?? 100);
      const ids = state.srIds.slice(offset, offset + limit);
      return (req, res) =>
        sendJson(
          req,
          res,
          {
            offset,
            limit,
            totalFound: state.srIds.length,
            content: ids.map((id) => ({
              id,
              name: `Role ${id}`,
              releasedDate: '2025-03-05T10:11:12.000Z',
              location: { city: 'Lisbon', country: 'pt', remote: false },
            })),
          },
          false,
        );
    }
    if (u.pathname.startsWith('/rm')) return (req, res) => sendJson(req, res, fixture('remotive_feed.json'));
    if (u.pathname.startsWith('/an'))
      return (req, res) =>
        sendJson(
          req,
          res,
          fixture(u.searchParams.get('page') === '2' ? 'arbeitnow_page2.json' : 'arbeitnow_page1.json'),
          false,
        );
    return null;
  };
  return async (req: IncomingMessage, res: ServerResponse, p: string) => {
    if (p === '/robots.txt')
      return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /wk/private\n');
    if (p.includes('broken'))
      return void res.writeHead(500, { 'content-type': 'text/html' }).end('<h1>Internal Server Error</h1>');
    if (p.includes('garbled'))
      return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"jobs": [ {"id": 1, "title": ');
    if (p.includes('limited')) {
      const key = p.split('?')[0]!;
      const n = state.limitedHits.get(key) ?? 0;
      state.limitedHits.set(key, n + 1);
      if (n === 0)
        return void res
          .writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' })
          .end('{"error":"rate limited"}');
    }
    const reply = good(p.replace(/broken|garbled|slow|limited/g, 'acme'));
    if (!reply) return void res.writeHead(404).end();
    if (p.includes('slow')) await new Promise((r) => setTimeout(r, 2500));
    reply(req, res);
  };
}

const faults = ['broken', 'garbled', 'slow', 'limited'] as const;

describe('new source types: fault tests against a local server', () => {
  let server: Served;
  const st = { srIds: ['744000050000001', '744000050000002'], limitedHits: new Map<string, number>() };
  beforeAll(async () => {
    server = await serve(feedServer(st));
  });
  afterAll(() => server.close());

  it('500 retried then recorded, 429 + Retry-After honoured, timeouts, malformed bodies not retried, the rest goes on', async () => {
    const root = tempDataDir();
    const u = server.url;
    const fast = { timeoutSecs: 1, maxRetries: 1 };
    const config = testConfig(root, [
      { type: 'workable', accounts: ['acme', 'private', ...faults], baseUrl: `${u}/wk`, ...fast },
      { type: 'recruitee', companies: ['acme', ...faults], baseUrl: `${u}/rt`, ...fast },
      { type: 'smartrecruiters', companies: ['acme', ...faults], baseUrl: `${u}/sr`, ...fast },
      { type: 'remotive', categories: ['acme', ...faults], baseUrl: `${u}/rm`, ...fast },
      ...['acme', ...faults].map((f) => ({ type: 'arbeitnow', baseUrl: `${u}/an/${f}`, ...fast })),
    ]);
    const t0 = Date.now();
    const res = await runCrawl(config);
    const elapsed = Date.now() - t0;
    // arbeitnow entries share one posting source name: keep them apart by the order of the runs
    const by = new Map<string, CrawlSummary[]>();
    for (const s of res) by.set(s.source, [...(by.get(s.source) ?? []), s]);
    const one = (s: string) => by.get(s)![0]!;
    const names = {
      workable: (b: string) => `workable:${b}`,
      recruitee: (b: string) => `recruitee:${b}`,
      smartrecruiters: (b: string) => `smartrecruiters:${b}`,
      remotive: (b: string) => `remotive:${b}`,
    };
    for (const [type, name] of Object.entries(names)) {
      expect(one(name('acme')), type).toMatchObject({ errors: [] });
      expect(one(name('acme')).new, type).toBe(2);
      expect(one(name('broken')).errors[0]!.message, type).toBe('HTTP 500');
      expect(one(name('garbled')).errors[0]!.message, type).toMatch(/^malformed JSON/);
      expect(one(name('slow')).errors[0]!.message, type).toMatch(/timed out/);
      expect(one(name('limited')), type).toMatchObject({ errors: [] });
      expect(one(name('limited')).new, type).toBe(2);
    }
    expect(one('workable:private').errors).toEqual([
      { url: `${u}/wk/private?details=true`, message: 'disallowed by robots.txt' },
    ]);
    const hits = (needle: string) => server.requests.filter((r) => r.path.includes(needle)).length;
    // 500: first try + 1 retry; malformed: not retried; 429: retried once after Retry-After
    expect(hits('/wk/broken')).toBe(2);
    expect(hits('/wk/garbled')).toBe(1);
    expect(hits('/rt/garbled')).toBe(1);
    expect(hits('/wk/limited')).toBe(2);
    expect(hits('/sr/limited/postings?')).toBe(2);
    expect(hits('category=limited')).toBe(2);
    expect(hits('/an/limited')).toBe(3); // page 1 twice (429 then ok), then page 2
    expect(elapsed).toBeGreaterThan(900);
    const arbeit = by.get('arbeitnow')!;
    expect(arbeit.reduce((a, s) => a + s.new, 0)).toBe(2); // same postings under every entry: stored once
    expect(arbeit.flatMap((s) => s.errors.map((e) => e.message)).sort()).toEqual(
      expect.arrayContaining([
        'HTTP 500',
        expect.stringMatching(/^malformed JSON/),
        expect.stringMatching(/timed out/),
      ]),
    );
    expect(server.requests.every((r) => r.headers['user-agent'] === config.userAgent)).toBe(true);
    expect(await storedKeys(root, 'smartrecruiters:acme')).toHaveLength(2);
  }, 90_000);

  it('incremental: SmartRecruiters fetches only new postings; Remotive keeps its request rate; gone postings close', async () => {
    const root = tempDataDir();
    const u = server.url;
    const sources = () => [
      { type: 'smartrecruiters', companies: ['acme'], baseUrl: `${u}/sr` },
      { type: 'remotive', baseUrl: `${u}/rm` },
      { type: 'arbeitnow', baseUrl: `${u}/an` },
    ];
    const first = await runCrawl(testConfig(root, sources()));
    expect(Object.fromEntries(first.map((s) => [s.source, s.new]))).toEqual({
      'smartrecruiters:acme': 2,
      remotive: 2,
      arbeitnow: 2,
    });
    server.requests.length = 0;
    st.srIds.push('744000050000003');
    const second = await runCrawl(testConfig(root, sources()));
    expect(Object.fromEntries(second.map((s) => [s.source, s.new]))).toEqual({
      'smartrecruiters:acme': 1,
      remotive: 0,
      arbeitnow: 0,
    });
    const details = server.requests.filter((r) => /\/sr\/acme\/postings\/\d+/.test(r.path)).map((r) => r.path);
    expect(details).toEqual(['/sr/acme/postings/744000050000003']);
    // fetched 0 h ago: Remotive (6 h minimum) and Arbeitnow (1 h) are not asked again
    expect(server.requests.some((r) => r.path.startsWith('/rm') || r.path.startsWith('/an'))).toBe(false);
    st.srIds.splice(0, 1);
    const third = await runCrawl(testConfig(root, sources().slice(0, 1)));
    expect(third[0]).toMatchObject({ source: 'smartrecruiters:acme', new: 0, closed: 1, errors: [] });
    const events = new EventLog(path.join(root, 'raw', '_events')).read('smartrecruiters:acme');
    expect(events.filter((e) => e.event === 'closed').map((e) => e.id)).toEqual(['744000050000001']);
    st.srIds.unshift('744000050000001');
    st.srIds.pop();
  }, 60_000);
});

describe('a host name that does not resolve', () => {
  it('is HostNotFoundError (by code): asked once, not retried, reported unreachable, for BasicCrawler and CheerioCrawler sources', async () => {
    const root = tempDataDir();
    const res = await runCrawl(
      testConfig(root, [
        {
          type: 'recruitee',
          companies: ['acme'],
          baseUrl: 'http://{company}.nonexistent.invalid/api/offers/',
          maxRetries: 3,
        },
        { type: 'jsonld', name: 'nowhere', startUrls: ['http://careers.nonexistent.invalid/jobs'], maxRetries: 3 },
      ]),
    );
    const by = Object.fromEntries(res.map((s) => [s.source, s]));
    for (const s of ['recruitee:acme', 'jsonld:nowhere']) {
      expect(by[s]!.errors, s).toHaveLength(1);
      expect(by[s]!.errors[0]!.message, s).toMatch(/ENOTFOUND/);
      expect(by[s]!.unreachable, s).toMatch(/nonexistent\.invalid/);
    }
  }, 30_000);
});
