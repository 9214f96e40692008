/**
 * A slice-month whose postings are all reposts has total 0 in agg_totals (reposts are left out of `total`):
 * the trend point then has no share (null in JSON, an empty CSV cell), never NaN.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../../api/app.ts';
import { openWarehouse, type WarehouseSource } from '../../api/warehouse.ts';
import { Db } from '../../pipeline/db.ts';
import { buildFixtureWarehouse } from '../helpers/fixture-warehouse.ts';
import { testConfig } from './app-helper.ts';

let dir: string;
let warehouse: WarehouseSource;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'skillpulse-trend0-'));
  const file = await buildFixtureWarehouse(dir);
  // DE in 2024-03: every posting a repost, so no unique posting counts (as agg_totals computes it)
  const db = await Db.open(file);
  const slice = `"interval" = 'month' AND period = '2024-03' AND country = 'DE'`;
  await db.run(`UPDATE agg_totals SET total = 0 WHERE ${slice}`);
  await db.run(`UPDATE agg_skill_period SET postings = 0, total = 0, share = NULL WHERE ${slice}`);
  await db.close();
  const config = testConfig(dir);
  warehouse = openWarehouse(config.data.warehouse, { checkMs: 0 });
  app = createApp({ config, warehouse, log: () => {} });
});
afterAll(async () => {
  await warehouse.close();
  rmSync(dir, { recursive: true, force: true });
});

it('a month without unique postings in the slice has share null, the others their share', async () => {
  const res = await app.request('/api/v1/skills/python/trend?country=DE&from=2024-02&to=2024-04');
  expect(res.status).toBe(200);
  const body = await res.json();
  expect(body.points).toEqual([
    { period: '2024-02', postings: 0, total: 2, share: 0 },
    { period: '2024-03', postings: 0, total: 0, share: null },
    { period: '2024-04', postings: 0, total: 2, share: 0 },
  ]);
  const us = await (await app.request('/api/v1/skills/typescript/trend?country=US&from=2024-03&to=2024-03')).json();
  expect(us.points).toEqual([{ period: '2024-03', postings: 2, total: 4, share: 0.5 }]);
});

it('CSV leaves the share of such a month empty, not NaN', async () => {
  const csv = await (
    await app.request('/api/v1/skills/python/trend?country=DE&from=2024-03&to=2024-03&format=csv')
  ).text();
  expect(csv).toBe(
    'skill_id,kind,period,postings,total,share,lo,hi,method,is_fallback\r\npython,observed,2024-03,0,0,,,,,\r\n',
  );
});
