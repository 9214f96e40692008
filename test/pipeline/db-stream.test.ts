/**
 * A statement on a connection ends the stream open on it, silently. Db.stream therefore refuses other statements
 * while it streams on the Db's connection, and with ownConnection streams on a connection of its own, so the Db
 * may write between chunks and every row still arrives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemory, type Db } from '../../pipeline/db.ts';

let db: Db;
beforeAll(async () => {
  db = await openMemory();
  await db.run('CREATE TABLE t AS SELECT range AS i FROM range(200000)');
  await db.run('CREATE TABLE o (i BIGINT)');
});
afterAll(() => db?.close());

describe('Db.stream', () => {
  it('yields every row while the same Db writes between chunks', async () => {
    let n = 0;
    let sum = 0;
    let chunks = 0;
    for await (const rows of db.stream<{ i: number }>('SELECT i FROM t ORDER BY i', undefined, {
      ownConnection: true,
    })) {
      n += rows.length;
      for (const r of rows) sum += Number(r.i);
      if (++chunks % 3 === 0) await db.run('INSERT INTO o VALUES ($1)', [chunks]);
    }
    expect(n).toBe(200000);
    expect(sum).toBe((199999 * 200000) / 2);
    expect((await db.one<{ n: number }>('SELECT count(*) AS n FROM o'))!.n).toBe(Math.floor(chunks / 3));
  });

  it('refuses a statement on the streaming connection, naming the stream, and is free again after it', async () => {
    await expect(async () => {
      for await (const _ of db.stream('SELECT i FROM t ORDER BY i')) await db.run('INSERT INTO o VALUES (0)');
    }).rejects.toThrow(/streaming "SELECT i FROM t ORDER BY i".*ownConnection/);
    let n = 0;
    for await (const rows of db.stream('SELECT i FROM t')) n += rows.length;
    expect(n).toBe(200000);
    expect((await db.one<{ n: number }>('SELECT count(*) AS n FROM t'))!.n).toBe(200000);
  });

  it('names the failing query as a DbError', async () => {
    await expect(async () => {
      for await (const _ of db.stream('SELECT * FROM no_such_table')) void _;
    }).rejects.toThrow(/no_such_table/);
  });
});
