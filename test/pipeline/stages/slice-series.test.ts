/**
 * monthlySliceSeries: the estimate stage's monthly series of many slices read in one scan of agg_skill_period,
 * each slice's series as a per-slice query would read it (only its own country / role family, source '*',
 * months, postings > 0 for the active skills, totals of its own slice over the analysis window of all postings).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemory, type Db } from '../../../pipeline/db.ts';
import { ALL, monthlySkillSeries, monthlySliceSeries } from '../../../pipeline/stages/series.ts';

let db: Db;
const US = { scope: 'country', value: 'US' } as const;
const DATA = { scope: 'role_family', value: 'data' } as const;

beforeAll(async () => {
  db = await openMemory();
  await db.run('CREATE TABLE dim_skills (skill_id VARCHAR)');
  await db.run("INSERT INTO dim_skills VALUES ('python'), ('sql'), ('rust')");
  await db.run(`CREATE TABLE agg_totals ("interval" VARCHAR, period VARCHAR, "source" VARCHAR, country VARCHAR,
    role_family VARCHAR, total INTEGER)`);
  await db.run(`INSERT INTO agg_totals VALUES
    ('month', '2024-01', '*', '*', '*', 10), ('month', '2024-02', '*', '*', '*', 12), ('month', '2024-03', '*', '*', '*', 9),
    ('month', '2024-01', '*', 'US', '*', 4), ('month', '2024-03', '*', 'US', '*', 5),
    ('month', '2024-02', '*', '*', 'data', 6),
    ('month', '2024-02', 'hn', 'US', '*', 99), ('quarter', '2024-Q1', '*', 'US', '*', 9)`);
  await db.run(`CREATE TABLE agg_skill_period (skill_id VARCHAR, "interval" VARCHAR, period VARCHAR, "source" VARCHAR,
    country VARCHAR, role_family VARCHAR, postings INTEGER)`);
  await db.run(`INSERT INTO agg_skill_period VALUES
    ('python', 'month', '2024-01', '*', '*', '*', 5), ('sql', 'month', '2024-02', '*', '*', '*', 3),
    ('sql', 'month', '2024-03', '*', 'US', '*', 2), ('python', 'month', '2024-01', '*', 'US', '*', 1),
    ('rust', 'month', '2024-01', '*', 'US', '*', 0),
    ('python', 'month', '2024-02', '*', '*', 'data', 4),
    ('rust', 'month', '2024-02', 'hn', 'US', '*', 7), ('rust', 'quarter', '2024-Q1', '*', 'US', '*', 7),
    ('rust', 'month', '2024-02', '*', 'US', 'data', 7)`);
});
afterAll(() => db.close());

const postings = (s: Map<string, { postings: number }[]>) =>
  Object.fromEntries([...s].map(([k, pts]) => [k, pts.map((p) => p.postings)]));

describe('monthlySliceSeries', () => {
  it('reads each slice alone: its totals, its active skills sorted, its counts', async () => {
    const [us, data] = await monthlySliceSeries(db, [US, DATA], true);
    expect(us!.months).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(us!.slice).toBe(US);
    expect(us!.totals).toEqual([4, 0, 5]); // not the hn source's 99, not the quarter
    // rust has only a zero row, another source's row, a quarter's and a two-filter slice's: not active in US
    expect([...us!.bySkill.keys()]).toEqual(['python', 'sql']);
    expect(postings(us!.bySkill)).toEqual({ python: [1, 0, 0], sql: [0, 0, 2] });
    expect(us!.bySkill.get('sql')!.map((p) => p.total)).toEqual([4, 0, 5]);
    expect(data!.totals).toEqual([0, 6, 0]);
    expect(postings(data!.bySkill)).toEqual({ python: [0, 4, 0] });
  });

  it('gives the dense all slice every skill of dim_skills', async () => {
    const [all] = await monthlySliceSeries(db, [ALL]);
    expect(postings(all!.bySkill)).toEqual({ python: [5, 0, 0], sql: [0, 3, 0], rust: [0, 0, 0] });
    expect(all!.totals).toEqual([10, 12, 9]);
  });

  it('equals the one-slice read of each slice', async () => {
    const many = await monthlySliceSeries(db, [DATA, US], true);
    expect(many[0]).toEqual(await monthlySkillSeries(db, DATA, true));
    expect(many[1]).toEqual(await monthlySkillSeries(db, US, true));
  });

  it('takes no slice without a scan', async () => {
    expect(await monthlySliceSeries(db, [])).toEqual([]);
  });
});
