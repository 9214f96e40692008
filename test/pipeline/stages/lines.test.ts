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

describe('computeTrendLines over breakdown slices', () => {
  let d: Db;
  beforeAll(async () => {
    d = await openMemory();
    await d.run(
      "CREATE MACRO is_all_slice(source, country, role_family) AS source = '*' AND country = '*' AND role_family = '*'",
    );
    // US has totals in three months, DE in two; the all slice in three
    await d.run(`CREATE TABLE agg_totals AS SELECT * FROM (VALUES
      ('month', '*', '*', '*', '2024-01', 100), ('month', '*', '*', '*', '2024-02', 100), ('month', '*', '*', '*', '2024-03', 100),
      ('month', '*', 'US', '*', '2024-01', 10), ('month', '*', 'US', '*', '2024-02', 20), ('month', '*', 'US', '*', '2024-03', 10),
      ('month', '*', 'DE', '*', '2024-01', 50), ('month', '*', 'DE', '*', '2024-03', 50))
      t(interval, source, country, role_family, period, total)`);
    await d.run(`CREATE TABLE agg_skill_period AS SELECT * FROM (VALUES
      ('month', 'go', '*', '*', '*', '2024-01', 0), ('month', 'go', '*', '*', '*', '2024-02', 0), ('month', 'go', '*', '*', '*', '2024-03', 0),
      ('month', 'go', '*', 'US', '*', '2024-02', 4),
      ('month', 'go', '*', 'US', '*', '2024-03', 0),
      ('month', 'rust', '*', 'DE', '*', '2024-01', 5), ('month', 'rust', '*', 'DE', '*', '2024-02', 9),
      ('month', 'go', '*', 'DE', '*', '2024-03', 0))
      t(interval, skill_id, source, country, role_family, period, postings)`);
    await computeTrendLines(d);
  });
  afterAll(() => d?.close());
  const line = async (skill: string, country: string) => {
    const r = await d.one<{ smoothed: string }>(
      'SELECT smoothed FROM fct_trend_lines WHERE skill_id = $1 AND country = $2',
      [skill, country],
    );
    return r && (JSON.parse(r.smoothed) as { period: string; share: number }[]);
  };

  it('lays each series over its own slice periods, zeros filled', async () => {
    // US go: 0, 4, 0 of 10, 20, 10; centred 3-period pooled shares
    expect((await line('go', 'US'))!.map((p) => p.share)).toEqual(
      [4 / 30, 0.1, 4 / 30].map((x) => Math.round(x * 1e6) / 1e6),
    );
    // DE rust: the count in 2024-02, a month without DE totals, is left out: 5, 0 of 50, 50 over 2024-01, 2024-03
    // (a break, share null, after 2024-01: the gap; the window does not pool across it); a 2024-02 point counted
    // would have pooled 5 + 9 into 2024-01 and 9 into 2024-03
    expect(await line('rust', 'DE')).toEqual([
      { period: '2024-01', share: 0.1 },
      { period: '2024-01', share: null },
      { period: '2024-03', share: 0 },
    ]);
  });

  it('writes the dense all slice and no breakdown series without postings', async () => {
    expect((await line('go', '*'))!.map((p) => p.share)).toEqual([0, 0, 0]);
    expect(await line('go', 'DE')).toBeUndefined();
    const n = await d.one<{ n: number }>('SELECT count(*) AS n FROM fct_trend_lines');
    expect(n!.n).toBe(3);
    const scratch = await d.all("SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'lines_%'");
    expect(scratch).toEqual([]);
  });
});
