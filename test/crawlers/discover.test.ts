import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { findBoards } from '../../crawlers/discover/patterns.ts';
import { discover } from '../../crawlers/discover/run.ts';
import { addBoards } from '../../crawlers/discover/add.ts';
import { RawStore } from '../../crawlers/sink.ts';
import { runCrawl } from '../../crawlers/index.ts';
import { discoverCommand } from '../../cli/commands/discover.ts';
import { createJobRunner } from '../../cli/jobs.ts';
import { loadConfig, InputError } from '../../config/index.ts';
import { defaultSources } from '../../config/defaults.ts';
import { fixture, sendJson, serve, storedKeys, tempDataDir, type Served } from './helpers.ts';

describe('board links in posting texts', () => {
  it('finds each ATS URL form, lower-cases tokens, skips the ATS sites own pages', () => {
    const text = [
      'Apply at https://boards.greenhouse.io/AcmeCo/jobs/4012345 or https://job-boards.eu.greenhouse.io/berlinco.',
      'embed: https://boards.greenhouse.io/embed/job_board?for=embedded&b=x; api https://boards-api.greenhouse.io/v1/boards/apico/jobs',
      'https://jobs.lever.co/lev-er/abc-123 https://jobs.eu.lever.co/eulever https://api.lever.co/v0/postings/leverapi?mode=json',
      'https://jobs.ashbyhq.com/Railway?utm_source=hn https://jobs.ashbyhq.com/squint.ai/123',
      'https://apply.workable.com/imachines/j/33186FF81E/ https://citymapper.workable.com/jobs/1 https://www.workable.com/pricing https://apply.workable.com/j/ABC',
      'https://crazygames.recruitee.com/o/dev https://www.recruitee.com/',
      'https://jobs.smartrecruiters.com/Wepow/743999663150756-softw... https://careers.smartrecruiters.com/BoschGroup',
      'https://relayr.bamboohr.co.uk/jobs/ https://nzxt.bamboohr.com/careers https://gridx.jobs.personio.de/job/1 https://twaice.jobs.personio.com',
    ].join('\n');
    const found = findBoards(text)
      .map((b) => `${b.type}:${b.token}`)
      .sort();
    expect(found).toEqual([
      'ashby:railway',
      'ashby:squint.ai',
      'bamboohr:nzxt',
      'bamboohr:relayr',
      'greenhouse:acmeco',
      'greenhouse:apico',
      'greenhouse:berlinco',
      'greenhouse:embedded',
      'lever:eulever',
      'lever:lev-er',
      'lever:leverapi',
      'personio:gridx',
      'personio:twaice',
      'recruitee:crazygames',
      'smartrecruiters:boschgroup',
      'smartrecruiters:wepow',
      'workable:citymapper',
      'workable:imachines',
    ]);
    expect(findBoards('We use Lever-style levers and a greenhouse in the office.')).toEqual([]);
    // a token cut by HN's "..." shortening is not a board; a path cut after the token is fine
    expect(
      findBoards('https://boards.greenhouse.io/verylongcompanyna... and https://jobs.lever.co/acme/1234-5678...'),
    ).toEqual([{ type: 'lever', token: 'acme' }]);
  });

  it('--add merges into the first entry of a type, skips configured boards, validates before writing', () => {
    const raw = { sources: [{ type: 'greenhouse', boards: ['Existing'] }, { type: 'hn' }] };
    const { raw: next, added } = addBoards(
      raw,
      [
        { type: 'greenhouse', token: 'existing' },
        { type: 'greenhouse', token: 'acme' },
        { type: 'lever', token: 'acme' },
        { type: 'bamboohr', token: 'x' },
      ],
      defaultSources,
    );
    expect(added).toEqual([
      { type: 'greenhouse', token: 'acme' },
      { type: 'lever', token: 'acme' },
    ]);
    expect(next.sources).toEqual([
      { type: 'greenhouse', boards: ['Existing', 'acme'] },
      { type: 'hn' },
      { type: 'lever', companies: ['acme'] },
    ]);
    expect(raw.sources[0]!.boards).toEqual(['Existing']); // input untouched
    expect(addBoards({}, [{ type: 'ashby', token: 'acme' }], defaultSources).raw.sources).toHaveLength(
      defaultSources.length,
    );
    expect(() => addBoards({ sources: [], bogus: 1 }, [], defaultSources, 'cfg.json')).toThrow(InputError);
  });
});

function io() {
  const out = new PassThrough();
  let o = '';
  out.on('data', (d) => (o += d));
  return {
    stdout: out as unknown as NodeJS.WriteStream,
    stderr: new PassThrough() as unknown as NodeJS.WriteStream,
    text: () => o,
  };
}

describe('skillpulse discover on a raw store of small fixtures', () => {
  let server: Served;
  let root: string;
  let cfg: string;
  beforeAll(async () => {
    server = await serve((req, res, p) => {
      if (p === '/robots.txt')
        return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
      if (p.startsWith('/gh/acme/jobs')) return sendJson(req, res, fixture('greenhouse_acme.json'));
      if (p.startsWith('/lever/acme')) return sendJson(req, res, fixture('lever_acme.json'));
      if (p.startsWith('/rt/acme-bv/api/offers')) return sendJson(req, res, fixture('recruitee_acme.json'));
      if (p.startsWith('/wk/gone'))
        return void res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Not found"}');
      res.writeHead(404).end();
    });
    root = tempDataDir();
    const store = new RawStore(path.join(root, 'data', 'raw'));
    await store.append(
      [
        {
          id: 'hn:1',
          source: 'hn_whoishiring',
          posted_at: '2025-01-02T10:00:00Z',
          month: '2025-01',
          text: 'Acme | Berlin\nApply: https://boards.greenhouse.io/acme/jobs/123 or https://jobs.lever.co/acme',
        },
        {
          id: 'hn:2',
          source: 'hn_whoishiring',
          posted_at: '2025-03-02T10:00:00Z',
          month: '2025-03',
          text: 'Acme again: https://boards.greenhouse.io/ACME. Also https://apply.workable.com/gone/j/ABC/ and https://acme-bv.recruitee.com/o/x',
        },
        {
          id: 'hn:3',
          source: 'hn_whoishiring',
          posted_at: '2025-02-02T10:00:00Z',
          month: '2025-02',
          text: 'https://gridx.jobs.personio.de/job/1 and https://nzxt.bamboohr.com/careers',
        },
        {
          id: '9',
          source: 'greenhouse:other',
          posted_at: '2025-04-01T10:00:00Z',
          text: 'Backend Engineer',
          url: 'https://boards.greenhouse.io/acme/jobs/9',
        },
      ],
      'import:test',
    );
    // a second version of hn:1 (edited text) names the same boards: still one posting
    await store.append(
      [
        {
          id: 'hn:1',
          source: 'hn_whoishiring',
          posted_at: '2025-01-02T10:00:00Z',
          month: '2025-01',
          text: 'Acme | Berlin | edited\nhttps://boards.greenhouse.io/acme',
        },
      ],
      'import:test',
    );
    cfg = path.join(root, 'skillpulse.config.json');
    const fast = { delayMs: 0, backoffMs: 10, maxRetries: 0, timeoutSecs: 5 };
    writeFileSync(
      cfg,
      JSON.stringify(
        {
          sources: [
            { type: 'greenhouse', boards: ['existing'], baseUrl: `${server.url}/gh`, ...fast },
            { type: 'lever', companies: ['existing'], baseUrl: `${server.url}/lever`, ...fast },
            { type: 'recruitee', companies: ['existing'], baseUrl: `${server.url}/rt`, ...fast },
            { type: 'workable', accounts: ['existing'], baseUrl: `${server.url}/wk`, ...fast },
          ],
        },
        null,
        2,
      ),
    );
  });
  afterAll(() => server.close());
  const config = () => loadConfig({ configFile: cfg, dataDir: path.join(root, 'data') });

  it('--json lists each board with its postings and first/last month', async () => {
    const t = io();
    expect(
      await discoverCommand.run(
        { config, stdout: t.stdout, stderr: t.stdout, isTTY: false },
        { values: { json: true }, positionals: [] },
      ),
    ).toBe(0);
    expect(JSON.parse(t.text())).toEqual({
      boards: [
        { type: 'greenhouse', token: 'acme', postings: 3, first_seen: '2025-01', last_seen: '2025-04' },
        { type: 'bamboohr', token: 'nzxt', postings: 1, first_seen: '2025-02', last_seen: '2025-02' },
        { type: 'lever', token: 'acme', postings: 1, first_seen: '2025-01', last_seen: '2025-01' },
        { type: 'personio', token: 'gridx', postings: 1, first_seen: '2025-02', last_seen: '2025-02' },
        { type: 'recruitee', token: 'acme-bv', postings: 1, first_seen: '2025-03', last_seen: '2025-03' },
        { type: 'workable', token: 'gone', postings: 1, first_seen: '2025-03', last_seen: '2025-03' },
      ],
    });
    expect(server.requests).toHaveLength(0); // no network without --check/--add
  });

  it('--add checks each new board once, politely, appends the live ones; a crawl then adds their postings', async () => {
    const res = await discover(config(), { add: true, delayMs: 0 });
    expect(res.added.map((b) => `${b.type}:${b.token}`)).toEqual([
      'greenhouse:acme',
      'lever:acme',
      'recruitee:acme-bv',
    ]);
    expect(res.boards.find((b) => b.token === 'gone')).toMatchObject({ live: false, reason: 'HTTP 404' });
    const checks = server.requests.filter((r) => r.path !== '/robots.txt');
    expect(checks.map((r) => r.path).sort()).toEqual([
      '/gh/acme/jobs?content=true&pay_transparency=true',
      '/lever/acme?mode=json',
      '/rt/acme-bv/api/offers/',
      '/wk/gone?details=true',
    ]);
    expect(server.requests.filter((r) => r.path === '/robots.txt')).toHaveLength(1);
    expect(checks.every((r) => r.headers['user-agent'] === config().userAgent)).toBe(true);
    const written = JSON.parse(readFileSync(cfg, 'utf8'));
    expect(written.sources.map((s: Record<string, unknown>) => s.boards ?? s.companies ?? s.accounts)).toEqual([
      ['existing', 'acme'],
      ['existing', 'acme'],
      ['existing', 'acme-bv'],
      ['existing'],
    ]);
    // a second --add finds nothing new to add, does not ask the gone board again within 30 days, writes nothing
    server.requests.length = 0;
    expect((await discover(config(), { add: true, delayMs: 0 })).added).toEqual([]);
    expect(server.requests).toEqual([]);
    expect((await discover(config(), { add: true, delayMs: 0, recheckDays: 0 })).added).toEqual([]);
    expect(server.requests.filter((r) => r.path !== '/robots.txt').map((r) => r.path)).toEqual([
      '/wk/gone?details=true',
    ]);
    const crawled = await runCrawl(config(), { sources: ['greenhouse:acme', 'lever:acme', 'recruitee:acme-bv'] });
    expect(Object.fromEntries(crawled.map((s) => [s.source, s.new]))).toEqual({
      'greenhouse:acme': 2,
      'lever:acme': 2,
      'recruitee:acme-bv': 2,
    });
    expect(await storedKeys(path.join(root, 'data'), 'recruitee:acme-bv')).toHaveLength(2);
  }, 30_000);

  it('discover: true makes the scheduled crawl discover first', async () => {
    const raw = JSON.parse(readFileSync(cfg, 'utf8'));
    raw.discover = true;
    raw.sources = raw.sources.map((s: Record<string, unknown>) => ({
      ...s,
      ...(s.boards ? { boards: ['existing'] } : s.companies ? { companies: ['existing'] } : {}),
    }));
    writeFileSync(cfg, JSON.stringify(raw));
    const lines: string[] = [];
    const result = await createJobRunner(config(), (l) => lines.push(l)).runJob('crawl');
    expect(lines.some((l) => /^discover: \d+ boards named, 3 added to /.test(l))).toBe(true);
    expect('crawl' in result && result.crawl!.map((s) => s.source)).toEqual(
      expect.arrayContaining(['greenhouse:acme', 'lever:acme', 'recruitee:acme-bv']),
    );
  }, 30_000);
});
