/**
 * A DuckDB connection runs one statement at a time: the appender flushing while an awaited query is still pending
 * on the same connection fails ("Attempting to execute an unsuccessful or closed pending query result"). The
 * enrich stage appends a worker's rows while it reads the next batch, and under load `npm test` failed that way.
 * Db therefore runs its calls one after another, in the order they were made.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemory, type Db } from '../../pipeline/db.ts';
import { defineTable } from '../../pipeline/sql/table.ts';

const queued = defineTable({
  name: 'queued_rows',
  temp: true,
  doc: 'test table',
  columns: [{ name: 'x', type: 'INTEGER', nullable: false, doc: 'a value' }],
});
const SLOW = 'SELECT sum(hash(i)) AS s FROM range(20000000) r(i)';

let db: Db;
beforeAll(async () => {
  db = await openMemory();
  await db.createTable(queued);
});
afterAll(() => db?.close());

describe('Db calls on one connection', () => {
  it('an append made while a query is pending waits for it, then runs', async () => {
    const order: string[] = [];
    const slow = db.all(SLOW).then(() => order.push('query'));
    const append = db.append(queued, [[1], [2]]).then((n) => order.push(`append ${n}`));
    await Promise.all([slow, append]);
    expect(order).toEqual(['query', 'append 2']);
  });

  it('appends interleaved with pending queries all land, none fails', async () => {
    await db.run('DELETE FROM queued_rows');
    const calls: Promise<unknown>[] = [];
    for (let k = 0; k < 10; k++) calls.push(db.all(SLOW), db.append(queued, [[k]]));
    await Promise.all(calls);
    expect((await db.one<{ n: number; s: number }>('SELECT count(*) AS n, sum(x) AS s FROM queued_rows'))!).toEqual({
      n: 10,
      s: 45,
    });
  });

  it('a failing call does not block the ones after it', async () => {
    const bad = db.run('SELECT * FROM no_such_table');
    const good = db.one<{ n: number }>('SELECT 41 + 1 AS n');
    await expect(bad).rejects.toThrow(/no_such_table/);
    expect((await good)!.n).toBe(42);
  });
});
