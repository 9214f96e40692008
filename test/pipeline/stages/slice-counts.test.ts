/**
 * The one-scan slice counts of the estimate stage (employersIn: movers' employers) and of the demand scores
 * (sliceCounts): many (slice, month ranges) requests answered by one join, each request counted as the
 * per-slice query it replaced would count it (reposts left out, no country = 'unknown', no company = the
 * posting itself, months by range).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemory, type Db } from '../../../pipeline/db.ts';
import { employersIn } from '../../../pipeline/stages/series.ts';
import { sliceCounts } from '../../../pipeline/stages/scores.ts';

let db: Db;
// posting, month, company_key, country, role_family, language, is_repost, skills
const postings: [string, string, string | null, string | null, string, string, boolean, string[]][] = [
  ['p1', '2024-01', 'acme', 'US', 'backend', 'en', false, ['python', 'sql']],
  ['p2', '2024-01', 'acme', 'US', 'backend', 'en', false, ['python']],
  ['p3', '2024-02', 'beta', 'DE', 'data', 'de', false, ['python', 'sql']],
  ['p4', '2024-02', null, null, 'data', 'en', false, ['sql']],
  ['p5', '2024-03', 'gamma', 'US', 'data', 'en', false, ['python']],
  ['p6', '2024-03', 'delta', 'US', 'data', 'en', true, ['python', 'sql']], // a repost: never counted
  ['p7', '2024-04', null, 'DE', 'backend', 'de', false, ['python']],
];

beforeAll(async () => {
  db = await openMemory();
  await db.run(`CREATE TABLE fct_postings (posting_id VARCHAR, month VARCHAR, company_key VARCHAR, country VARCHAR,
    role_family VARCHAR, language VARCHAR, is_repost BOOLEAN)`);
  await db.run('CREATE TABLE fct_posting_skills (posting_id VARCHAR, skill_id VARCHAR)');
  for (const [id, month, company, country, role, lang, repost, skills] of postings) {
    await db.run('INSERT INTO fct_postings VALUES ($1, $2, $3, $4, $5, $6, $7)', [
      id,
      month,
      company,
      country,
      role,
      lang,
      repost,
    ]);
    for (const s of skills) await db.run('INSERT INTO fct_posting_skills VALUES ($1, $2)', [id, s]);
  }
});
afterAll(() => db.close());

describe('employersIn', () => {
  it('answers every request of one scan as its own slice and ranges', async () => {
    const r = await employersIn(db, [
      { slice: { scope: 'all', value: '*' }, a: ['2024-01', '2024-02'], b: ['2024-03', '2024-04'] },
      { slice: { scope: 'country', value: 'US' }, a: ['2024-01', '2024-01'], b: ['2024-02', '2024-04'] },
      { slice: { scope: 'country', value: 'unknown' }, a: ['2024-01', '2024-04'], b: ['2024-01', '2024-04'] },
      { slice: { scope: 'role_family', value: 'data' }, a: ['2024-02', '2024-02'], b: ['2024-03', '2024-03'] },
      { slice: { scope: 'country', value: 'FR' }, a: ['2024-01', '2024-04'], b: ['2024-01', '2024-04'] },
    ]);
    expect(r).toHaveLength(5);
    // all: python employers acme, beta | gamma, p7 (no company: the posting itself); sql acme, beta, p4 | none
    expect(Object.fromEntries(r[0]!)).toEqual({ python: [2, 2], sql: [3, 0] });
    // US: acme twice in 2024-01 counts once; gamma in 2024-03 (delta's posting is a repost)
    expect(Object.fromEntries(r[1]!)).toEqual({ python: [1, 1], sql: [1, 0] });
    expect(Object.fromEntries(r[2]!)).toEqual({ sql: [1, 1] });
    expect(Object.fromEntries(r[3]!)).toEqual({ python: [1, 1], sql: [2, 0] });
    expect(r[4]!.size).toBe(0);
  });

  it('takes no request without a query', async () => {
    expect(await employersIn(db, [])).toEqual([]);
  });
});

describe('sliceCounts', () => {
  it('counts postings per range and employers in the current one, per request, ordered by skill', async () => {
    const r = await sliceCounts(db, [
      { slice: { scope: 'all', value: '*' }, cur: ['2024-03', '2024-04'], prev: ['2024-01', '2024-02'] },
      { slice: { scope: 'language', value: 'de' }, cur: ['2024-01', '2024-04'], prev: ['9999-99', '9999-99'] },
      { slice: { scope: 'country', value: 'US' }, cur: ['2024-01', '2024-01'], prev: ['2023-01', '2023-12'] },
    ]);
    expect(r[0]).toEqual([
      { skill_id: 'python', x_cur: 2, x_prev: 3, breadth: 2 },
      { skill_id: 'sql', x_cur: 0, x_prev: 3, breadth: 0 },
    ]);
    expect(r[1]).toEqual([
      { skill_id: 'python', x_cur: 2, x_prev: 0, breadth: 2 },
      { skill_id: 'sql', x_cur: 1, x_prev: 0, breadth: 1 },
    ]);
    expect(r[2]).toEqual([
      { skill_id: 'python', x_cur: 2, x_prev: 0, breadth: 1 },
      { skill_id: 'sql', x_cur: 1, x_prev: 0, breadth: 1 },
    ]);
  });
});
