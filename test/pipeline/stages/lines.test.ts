/**
 * fct_trend_lines holds one line per series of agg_skill_period, however many batches the appends take: the
 * stage appends while it streams, and a statement on the streaming connection used to end the stream early
 * (this test failed then; on the HN corpus 20,060 of 40,234 lines were written). Smoothing by hand: centred 3-period pooled shares.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemory, type Db } from '../../../pipeline/db.ts';
import { computeTrendLines } from '../../../pipeline/stages/lines.ts';

const SKILLS = 30_000;
let db: Db;

beforeAll(async () => {
  db = await openMemory();
  await db.run(
    "CREATE MACRO is_all_slice(source, country, role_family) AS source = '*' AND country = '*' AND role_family = '*'",
  );
  await db.run(`CREATE TABLE agg_totals AS SELECT 'month' AS interval, '*' AS source, '*' AS country,
    '*' AS role_family, period, total FROM (VALUES ('2024-01', 100), ('2024-02', 200), ('2024-03', 100)) t(period, total)`);
  // skill s<i>: 10, 20, 30 postings in the three months (s0 has 0, 0, 0: a dense all-slice row)
  await db.run(`CREATE TABLE agg_skill_period AS
    SELECT 'month' AS interval, 's' || i AS skill_id, '*' AS source, '*' AS country, '*' AS role_family,
      period, CASE WHEN i = 0 THEN 0 ELSE n END AS postings
    FROM range(${SKILLS}) r(i), (VALUES ('2024-01', 10), ('2024-02', 20), ('2024-03', 30)) p(period, n)`);
  await computeTrendLines(db);
});
afterAll(() => db?.close());

describe('computeTrendLines', () => {
  it('writes one line per series, past the append batches', async () => {
    const r = await db.one<{ n: number; skills: number }>(
      'SELECT count(*) AS n, count(DISTINCT skill_id) AS skills FROM fct_trend_lines',
    );
    expect(r).toEqual({ n: SKILLS, skills: SKILLS });
  });

  it('smooths by pooled centred shares (hand-computed)', async () => {
    const row = await db.one<{ smoothed: string }>("SELECT smoothed FROM fct_trend_lines WHERE skill_id = 's29999'");
    const shares = (JSON.parse(row!.smoothed) as { share: number }[]).map((p) => p.share);
    // Jan: (10+20)/(100+200); Feb: (10+20+30)/(100+200+100); Mar: (20+30)/(200+100)
    expect(shares).toEqual([0.1, 0.15, Math.round((50 / 300) * 1e6) / 1e6]);
    const zero = await db.one<{ smoothed: string }>("SELECT smoothed FROM fct_trend_lines WHERE skill_id = 's0'");
    expect((JSON.parse(zero!.smoothed) as { share: number }[]).map((p) => p.share)).toEqual([0, 0, 0]);
  });
});
