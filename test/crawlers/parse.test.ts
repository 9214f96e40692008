import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { htmlToText, decodeEntities, firstLine } from '../../crawlers/html.ts';
import { hiringMonth, parseSearchPage, parseThread } from '../../crawlers/sources/hn/parse.ts';
import { parseGreenhouse } from '../../crawlers/sources/greenhouse/parse.ts';
import { parseLever } from '../../crawlers/sources/lever/parse.ts';
import { parseAshby } from '../../crawlers/sources/ashby/parse.ts';
import { BoardShapeError, isoTime } from '../../crawlers/sources/ats/common.ts';
import { validateRecord } from '../../crawlers/record.ts';

const fx = (name: string) => JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8'));
const shared = path.resolve(import.meta.dirname, '../../../shared/data');

describe('isoTime', () => {
  it('keeps ISO dates, converts epoch milliseconds and other date forms to ISO, rejects garbage', () => {
    expect(isoTime('2024-03-01T10:00:00-04:00')).toBe('2024-03-01T10:00:00-04:00');
    expect(isoTime(1709287200000)).toBe('2024-03-01T10:00:00.000Z');
    expect(isoTime('Fri, 01 Mar 2024 10:00:00 GMT')).toBe('2024-03-01T10:00:00.000Z');
    expect(isoTime('soon')).toBeNull();
    expect(
      validateRecord({ id: 1, source: 's', text: 't', posted_at: isoTime('Fri, 01 Mar 2024 10:00:00 GMT') }).ok,
    ).toBe(true);
  });
});

describe('htmlToText', () => {
  it('turns <p> into blank lines, links into their text, decodes entities last', () => {
    expect(
      htmlToText('A | B<p>Go &amp; Rust<p><a href="https:&#x2F;&#x2F;x.io">https:&#x2F;&#x2F;x.io</a> &lt;at&gt;'),
    ).toBe('A | B\n\nGo & Rust\n\nhttps://x.io <at>');
    expect(decodeEntities('&#39;&#x27;&mdash;&unknown;')).toBe("''\u2014&unknown;");
    expect(firstLine('\n  Acme | Dev  \nrest')).toBe('Acme | Dev');
  });
});

describe('HN parse', () => {
  it('reads the month from the thread title', () => {
    expect(hiringMonth('Ask HN: Who is hiring? (March 2024)')).toBe('2024-03');
    expect(hiringMonth('Ask HN: Who is Hiring? (April 2011)')).toBe('2011-04');
    expect(hiringMonth('Ask HN: Who wants to be hired? (March 2024)')).toBeNull();
  });
  it('keeps only hiring threads of a search page', () => {
    const page = parseSearchPage(fx('hn_search_page.json'));
    expect(page.threads.map((t) => [t.id, t.month, t.num_comments])).toEqual([
      ['39562986', '2024-03', 4],
      ['39217310', '2024-02', 720],
    ]);
    expect(page.nbPages).toBe(1);
  });
  it('makes postings of top-level comments only, skipping deleted ones', () => {
    const posts = parseThread(fx('hn_item_thread.json'), { id: '39562986', month: '2024-03' });
    expect(posts.map((p) => p.id)).toEqual(['hn:39563001', 'hn:39563003']);
    const p = posts[0]!;
    expect(p).toMatchObject({
      source: 'hn_whoishiring',
      posted_at: '2024-03-01T16:02:03.000Z',
      month: '2024-03',
      url: 'https://news.ycombinator.com/item?id=39563001',
    });
    expect(p.text).toBe(
      'Acme Robotics | Senior Backend Engineer | Berlin, Germany | ONSITE | Full-time\n\nWe build warehouse robots. Go, PostgreSQL & Kubernetes.\n\nApply: https://acme.example/jobs or email jobs@acme.example with <your name> in the subject.',
    );
    expect(p.extra).toEqual({ thread_id: 39562986 });
    expect(validateRecord({ ...p.extra, ...p, extra: undefined }).ok).toBe(true);
  });
});

describe.skipIf(!existsSync(path.join(shared, 'fixtures')))('HN parse against the shared real fixtures', () => {
  it('converts the April 2011 thread exactly as the shared corpus did (167 postings)', () => {
    const tree = JSON.parse(readFileSync(path.join(shared, 'fixtures/hn_algolia_items_api.item_2396027.json'), 'utf8'));
    const corpus = new Map<string, string>();
    for (const l of gunzipSync(readFileSync(path.join(shared, 'postings/hn_whoishiring/hn_whoishiring_2011.jsonl.gz')))
      .toString()
      .split('\n'))
      if (l) corpus.set(JSON.parse(l).id, JSON.parse(l).text);
    const posts = parseThread(tree, { id: '2396027' });
    expect(posts.length).toBe(219);
    const inCorpus = posts.filter((p) => corpus.has(p.id));
    expect(inCorpus.length).toBe(167);
    expect(inCorpus.filter((p) => p.text === corpus.get(p.id)).length).toBe(167);
    expect(posts[0]!.month).toBe('2011-04');
  });
  it('reads the real search page: 20 stories, hiring ones only', () => {
    const page = parseSearchPage(
      JSON.parse(
        readFileSync(path.join(shared, 'fixtures/hn_algolia_search_by_date_api.whoishiring_page0.json'), 'utf8'),
      ),
    );
    expect(page.threads.length).toBeGreaterThan(0);
    expect(page.threads.every((t) => /Who is hiring/i.test(t.title))).toBe(true);
    expect(page.threads[0]).toMatchObject({ id: '37351667', month: '2023-09', num_comments: 500 });
  });
  it('parses the real ATS fixtures into valid records', () => {
    const gh = parseGreenhouse(
      JSON.parse(readFileSync(path.join(shared, 'fixtures/greenhouse_job_board_api.jobs_content_true.json'), 'utf8')),
      'vercel',
    );
    const lv = parseLever(
      JSON.parse(readFileSync(path.join(shared, 'fixtures/lever_postings_api.mode_json.json'), 'utf8')),
      'spotify',
    );
    const ab = parseAshby(
      JSON.parse(readFileSync(path.join(shared, 'fixtures/ashby_posting_api.job_board.json'), 'utf8')),
      'linear',
    );
    for (const p of [...gh, ...lv, ...ab])
      expect(validateRecord({ ...p.extra, ...p, extra: undefined })).toMatchObject({ ok: true });
    expect(gh.length).toBe(2);
    expect(gh[0]!.text).not.toContain('&lt;');
    expect(lv.length).toBe(2);
    expect(ab.length).toBe(2);
  });
});

describe('ATS parse', () => {
  it('Greenhouse: decodes entity-escaped HTML content, maps fields', () => {
    const [a, b] = parseGreenhouse(fx('greenhouse_acme.json'), 'acme');
    expect(a).toMatchObject({
      id: '7001001',
      source: 'greenhouse:acme',
      title: 'Senior Backend Engineer (Go)',
      company: 'Acme Robotics',
      location: 'Hybrid - Berlin',
      country: 'DE',
      posted_at: '2025-02-20T09:30:00-05:00',
      url: 'https://job-boards.greenhouse.io/acme/jobs/7001001',
    });
    expect(a!.text).toBe(
      "Senior Backend Engineer (Go)\n\nAbout Acme:\n\nWe build warehouse robots & the software that runs them.\n\nWhat you'll do\n- Design services in Go and PostgreSQL\n- Run them on Kubernetes",
    );
    expect(b!.country).toBe('US');
  });
  it('Lever: epoch-ms createdAt, title from text, lists included', () => {
    const [a] = parseLever(fx('lever_acme.json'), 'acme');
    expect(a).toMatchObject({
      id: '0b9c6f5e-1a2b-4c3d-8e9f-000000000001',
      source: 'lever:acme',
      title: 'Platform Engineer',
      posted_at: '2025-01-01T10:00:00.000Z',
      location: 'London',
      country: 'GB',
    });
    expect(a!.text).toContain("What you'll do\n- Operate Terraform & Kubernetes\n- Write Rust tooling");
  });
  it('Ashby: skips unlisted jobs, falls back to descriptionHtml, maps country names', () => {
    const posts = parseAshby(fx('ashby_acme.json'), 'acme');
    expect(posts.map((p) => p.title)).toEqual(['Machine Learning Engineer', 'Staff Frontend Engineer']);
    expect(posts[0]!.country).toBe('US');
    expect(posts[1]!.country).toBeNull();
    expect(posts[1]!.text).toBe('Staff Frontend Engineer\n\nReact, TypeScript & GraphQL.');
  });
  it('a response without the expected array is a BoardShapeError naming the board', () => {
    expect(() => parseGreenhouse({ error: 'x' }, 'acme')).toThrow(BoardShapeError);
    expect(() => parseLever({ jobs: [] }, 'acme')).toThrow(/lever:acme/);
  });
});
