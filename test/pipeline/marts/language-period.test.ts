/**
 * agg_language_period counts postings the way every other slice does: reposts (fct_postings.is_repost) are left
 * out, so the language slice of a trend agrees with the per-language demand scores and with the evidence route.
 * Hand-computed: three zh postings in 2024-01, one of them a repost; two ask for Rust, one of those the repost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Db } from '../../../pipeline/db.ts';
import { runModels } from '../../../pipeline/sql.ts';
import { runLanguagePeriodModel } from '../../helpers/fixture-warehouse.ts';

let db: Db;
beforeAll(async () => {
  db = await Db.open(':memory:');
  await runModels(db, '00_macros');
  await db.run(`CREATE TABLE fct_postings AS SELECT * FROM (VALUES
    ('a', '2024-01', 'zh', false), ('b', '2024-01', 'zh', false), ('c', '2024-01', 'zh', true),
    ('d', '2024-02', 'en', false)) t(posting_id, month, language, is_repost)`);
  await db.run(`CREATE TABLE fct_posting_skills AS SELECT * FROM (VALUES
    ('a', 'rust'), ('c', 'rust'), ('d', 'rust')) t(posting_id, skill_id)`);
  await runLanguagePeriodModel(db);
});
afterAll(() => db.close());

const count = async (interval: string, period: string, language: string, skill: string) =>
  (
    await db.one<{ n: number }>(
      `SELECT postings AS n FROM agg_language_period WHERE "interval" = $i AND period = $p AND language = $l AND skill_id = $s`,
      { i: interval, p: period, l: language, s: skill },
    )
  )?.n;

describe('agg_language_period', () => {
  it('leaves reposts out of the totals and of the skill counts', async () => {
    expect(await count('month', '2024-01', 'zh', '*')).toBe(2);
    expect(await count('month', '2024-01', 'zh', 'rust')).toBe(1);
    expect(await count('month', '2024-02', 'en', 'rust')).toBe(1);
  });
  it('quarters are the sums of their months', async () => {
    expect(await count('quarter', '2024-Q1', 'zh', '*')).toBe(2);
    expect(await count('quarter', '2024-Q1', 'en', '*')).toBe(1);
  });
});
