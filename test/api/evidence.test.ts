/**
 * GET /skills/{id}/postings: the postings a trend point counts. Property: over random slices of the fixture
 * warehouse (skill, interval, period, at most one filter), the route's total equals the trend point's
 * `postings`, and the ids it lists over all pages are exactly the postings the aggregate counted.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from './app-helper.ts';
import { openReadOnly, type Db } from '../../pipeline/db.ts';
import { excerpt, EXCERPT_GAP } from '../../api/excerpt.ts';

let t: TestApp;
let db: Db;
beforeAll(async () => {
  t = await makeTestApp();
  db = await openReadOnly(path.join(t.dir, 'warehouse.duckdb'));
});
afterAll(async () => {
  db?.close();
  await t?.close();
});

/** Seeded PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

describe('excerpt', () => {
  const text = 'a'.repeat(100) + 'Rust' + 'b'.repeat(300) + 'Go' + 'c'.repeat(10);
  it('windows around each match, merged when they overlap, offsets placed in the excerpt', () => {
    const ex = excerpt(
      text,
      [
        { start: 100, end: 104 },
        { start: 404, end: 406 },
      ],
      [{ start: 0, end: 1 }],
      { radius: 10 },
    );
    expect(ex.text).toBe(
      'a'.repeat(10) + 'Rust' + 'b'.repeat(10) + EXCERPT_GAP + 'b'.repeat(10) + 'Go' + 'c'.repeat(10),
    );
    expect(ex.text.slice(ex.matches[0]!.text_start!, ex.matches[0]!.text_end!)).toBe('Rust');
    expect(ex.text.slice(ex.matches[1]!.text_start!, ex.matches[1]!.text_end!)).toBe('Go');
    expect(ex.dropped[0]!.text_start).toBeNull();
    const merged = excerpt(
      text,
      [
        { start: 100, end: 104 },
        { start: 106, end: 108 },
      ],
      [],
      { radius: 10 },
    );
    expect(merged.text).toBe(text.slice(90, 118));
    expect(excerpt(text, [{ start: 100, end: 104 }], [], { full: true }).text).toBe(text);
    expect(excerpt(text, [], []).text).toBe('');
  });
});

describe('GET /api/v1/skills/{id}/postings', () => {
  it('lists exactly the postings a trend point counts, over random slices (seeded)', async () => {
    const r = rng(19);
    const skills = ['typescript', 'jquery', 'react', 'sql', 'python', 'cpp'];
    const slices: Record<string, string>[] = [
      {},
      { source: 'hn_whoishiring' },
      { source: 'greenhouse:vercel' },
      { country: 'US' },
      { country: 'DE' },
      { role_family: 'backend' },
      { role_family: 'frontend' },
      { language: 'en' },
      { language: 'zh' },
    ];
    for (let n = 0; n < 30; n++) {
      const skill = pick(r, skills);
      const interval = pick(r, ['month', 'quarter'] as const);
      const slice: Record<string, string> = pick(r, slices);
      const qs = new URLSearchParams({ interval, ...slice });
      const trend = await t.json(`/api/v1/skills/${skill}/trend?${qs}`);
      const point = pick(r, trend.points as { period: string; postings: number }[]);
      const ids: string[] = [];
      let total = -1;
      for (let offset = 0; ; offset += 7) {
        const page = await t.json(
          `/api/v1/skills/${skill}/postings?${qs}&period=${point.period}&limit=7&offset=${offset}`,
        );
        total = page.total;
        ids.push(...page.items.map((i: { id: string }) => i.id));
        if (page.items.length < 7) break;
      }
      const what = `${skill} ${interval} ${point.period} ${JSON.stringify(slice)}`;
      expect(total, what).toBe(point.postings);
      expect(ids.length, what).toBe(total);
      const where = Object.entries(slice)
        .map(([k, v]) => ` AND ${k === 'country' ? "coalesce(p.country, 'unknown')" : `p.${k}`} = '${v}'`)
        .join('');
      const counted = await db.all<{ posting_id: string }>(
        `SELECT p.posting_id FROM fct_postings p JOIN fct_posting_skills s USING (posting_id)
         WHERE s.skill_id = '${skill}' AND (${'language' in slice} OR NOT p.is_repost) AND p.${interval} = '${point.period}'${where} ORDER BY p.posted_at DESC, p.posting_id`,
      );
      expect(ids, what).toEqual(counted.map((c) => c.posting_id));
    }
  });

  it('each posting carries its matches (highlightable in the text) and the dropped candidates', async () => {
    const page = await t.json('/api/v1/skills/python/postings?period=2024-03&limit=5');
    expect(page.total).toBe(2);
    const item = page.items[0];
    expect(Object.keys(item)).toEqual([
      'id',
      'source',
      'url',
      'company',
      'title',
      'posted_at',
      'matches',
      'dropped',
      'text',
    ]);
    expect(item.url).toMatch(/^https:\/\/example.com\/jobs\//);
    expect(item.matches).toHaveLength(1);
    const m = item.matches[0];
    expect(item.text.slice(m.text_start, m.text_end)).toBe('Python');
    expect(m).toMatchObject({ surface: 'Python', zone: 'requirements', rule: 'zone:requirements' });
    expect(item.dropped).toEqual([
      expect.objectContaining({ surface: 'python', zone: 'company', why: 'ambiguous:no-evidence' }),
    ]);
    const full = await t.json('/api/v1/skills/python/postings?period=2024-03&limit=5&full=true');
    expect(full.items[0].text.slice(m.start, m.end)).toBe('Python');
  });

  it('answers with an ETag (response cache) and 304 on If-None-Match', async () => {
    const a = await t.get('/api/v1/skills/react/postings?period=2024-Q2&interval=quarter');
    expect(a.status).toBe(200);
    const etag = a.headers.get('ETag');
    expect(etag).toBeTruthy();
    expect(
      (await t.get('/api/v1/skills/react/postings?period=2024-Q2&interval=quarter', { 'If-None-Match': etag! })).status,
    ).toBe(304);
  });

  it('400 on an unknown filter value naming the valid ones, on a bad period and on two filters', async () => {
    const bad = async (url: string) => {
      const res = await t.get(url);
      expect(res.status, url).toBe(400);
      return (await res.json()).error.message as string;
    };
    expect(await bad('/api/v1/skills/react/postings?period=2024-01&source=nope')).toMatch(
      /source: unknown value "nope"; valid: greenhouse:vercel, hn_whoishiring/,
    );
    expect(await bad('/api/v1/skills/react/postings?period=2024-01&role_family=chef')).toMatch(
      /valid: backend, frontend/,
    );
    expect(await bad('/api/v1/skills/react/postings?period=2024-01&country=FR')).toMatch(/valid: DE, GB, US/);
    expect(await bad('/api/v1/skills/react/postings?period=2024-01&language=xx')).toMatch(
      /language: unknown value "xx"; valid: /,
    );
    expect(await bad('/api/v1/skills/react/postings?period=2024-Q1')).toMatch(/period/);
    expect(await bad('/api/v1/skills/react/postings?period=2024-01&source=hn_whoishiring&country=US')).toMatch(
      /one filter at a time/,
    );
    expect((await t.get('/api/v1/skills/nosuch/postings?period=2024-01')).status).toBe(404);
  });

  it('is in the OpenAPI document with an operationId and an example', async () => {
    const doc = await t.json('/api/v1/openapi.json');
    const op = doc.paths['/api/v1/skills/{id}/postings']?.get ?? doc.paths['/skills/{id}/postings']?.get;
    expect(op.operationId).toBe('getSkillPostings');
    expect(doc.components.schemas.EvidencePage.example.items[0].matches[0].surface).toBe('Rust');
  });
});
