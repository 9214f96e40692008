/** Issue 16: hostile import files and a torn key index (items 1, 3, 4, 6, 9, 10, 12). */
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { RawStore, readPart } from '../../crawlers/sink.ts';
import { validateRecord, isIsoDate } from '../../crawlers/record.ts';
import { LIMITS } from '../../crawlers/limits.ts';
import { captureIo, tmpDir } from '../helpers/tmp.ts';

const t = tmpDir();
afterAll(() => t.cleanup());

async function run(args: string[]) {
  const cap = captureIo();
  const code = await main(args, cap.io);
  return { code, out: cap.out, err: cap.err };
}
const good = (i: number, extra: Record<string, unknown> = {}) => ({
  id: `p${i}`,
  source: 'hs',
  posted_at: '2024-02-15',
  text: `Acme | Engineer ${i}\n\nPython.`,
  ...extra,
});
const jsonl = (name: string, recs: unknown[]) => {
  const f = path.join(t.dir, name);
  writeFileSync(f, recs.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n');
  return f;
};
async function ids(data: string, source: string): Promise<string[]> {
  const store = new RawStore(path.join(data, 'raw'));
  const out: string[] = [];
  for (const p of store.partFiles(source)) for await (const r of readPart(path.join(data, 'raw', p))) out.push(r.id);
  return out.sort();
}

describe('record boundary: dates, offsets, ids, sources, depth', () => {
  it('rejects years outside 1970..2100 and offsets past ±18:00, keeps real ones', () => {
    for (const d of [
      '0001-01-01',
      '9999-12-31',
      '1969-12-31',
      '2101-01-01',
      '2024-01-01T10:00:00+99:99',
      '2024-01-01T10:00+19:00',
      '2024-01-01T10:00:00+05:60',
    ])
      expect(isIsoDate(d), d).toBe(false);
    for (const d of [
      '1970-01-01',
      '2100-12-31',
      '2024-01-01T10:00:00+05:30',
      '2024-01-01T10:00:00-1800',
      '2024-01-01T10:00:00Z',
    ])
      expect(isIsoDate(d), d).toBe(true);
    const r = validateRecord(good(1, { posted_at: '0001-01-01' }));
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/posted_at.*1970\.\.2100.*0001-01-01/) });
    expect(validateRecord(good(1, { month: '9999-12' }))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/field "month"/),
    });
  });
  it('rejects ids with control characters and over-long ids and sources', () => {
    for (const id of ['a\tb', 'a\nb', 'a\rb', 'a\u0000b', 'a\u2028b'])
      expect(validateRecord(good(1, { id }))).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/field "id": contains a control character/),
      });
    expect(validateRecord(good(1, { id: 'x'.repeat(LIMITS.idChars + 1) }))).toMatchObject({ ok: false });
    expect(validateRecord(good(1, { source: 's'.repeat(300) }))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/field "source": longer than/),
    });
    expect(validateRecord(good(1, { source: 'é'.repeat(60) }))).toMatchObject({ ok: false });
    expect(validateRecord(good(1, { source: 'a\nb' }))).toMatchObject({ ok: false });
  });
  it('rejects an extra field nested deeper than the limit without recursion', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = { x: deep };
    expect(validateRecord(good(1, { deep }))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/field "deep": nested deeper than 32/),
    });
    expect(validateRecord(good(1, { ok: { a: [1, { b: 2 }] } })).ok).toBe(true);
  });
});

describe('hostile import files', () => {
  it('item 1/6/10: a poison date, a 10,000-level record and a 300-byte source are rejected by line; the rest is imported', async () => {
    const data = path.join(t.dir, 'd1');
    const deep =
      '{"id":"deep","source":"hs","posted_at":"2024-01-01","text":"x","extra":' +
      '['.repeat(10_000) +
      ']'.repeat(10_000) +
      '}';
    const f = jsonl('poison.jsonl', [
      good(1),
      good(2, { posted_at: '0001-01-01' }),
      deep,
      good(3, { source: 's'.repeat(300) }),
      good(4, { posted_at: '9999-12-31' }),
      good(5),
    ]);
    const r = await run(['import', f, '--data', data]);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe('read 6, added 2, duplicates 0, rejected 4');
    expect(r.err).toContain(`${f}:2: rejected: field "posted_at"`);
    expect(r.err).toContain(`${f}:3: rejected: field "extra": nested deeper than`);
    expect(r.err).toContain(`${f}:4: rejected: field "source": longer than`);
    expect(r.err).toContain(`${f}:5: rejected: field "posted_at"`);
    expect(r.err).not.toMatch(/RangeError|ENAMETOOLONG|at .*\.ts:/);
    expect(await ids(data, 'hs')).toEqual(['p1', 'p5']);
  });

  it('item 3: ids with a tab or newline never corrupt the index: re-imports add nothing', async () => {
    const data = path.join(t.dir, 'd3');
    const f = jsonl('tabs.jsonl', [
      good(1, { id: 'a\tb' }),
      good(2, { id: 'c\nd' }),
      good(3, { id: 'back\\slash' }),
      good(4, { id: '"quoted"' }),
      good(5),
    ]);
    const r1 = await run(['import', f, '--data', data]);
    expect(r1.out.trim()).toBe('read 5, added 3, duplicates 0, rejected 2');
    const r2 = await run(['import', f, '--data', data]);
    expect(r2.out.trim()).toBe('read 5, added 0, duplicates 3, rejected 2');
    // a fresh process (index read from disk) agrees
    const store = new RawStore(path.join(data, 'raw'));
    const idx = await store.index('hs');
    expect([...idx.months.values()].reduce((a, b) => a + b, 0)).toBe(3);
    expect(await ids(data, 'hs')).toEqual(['"quoted"', 'back\\slash', 'p5']);
  });

  it('item 3: the index format escapes ids that could break a line (store-level)', async () => {
    const dir = path.join(t.dir, 'd3b', 'raw');
    const s1 = new RawStore(dir);
    // the writer below the record boundary escapes whatever it is given
    const recs = ['x\ty', 'x\ny', 'x\\ty', '"x"'].map((id) => ({
      id,
      source: 'z',
      posted_at: '2024-01-01',
      text: 't',
    }));
    expect(await s1.append(recs, 'test')).toEqual({ added: 4, duplicates: 0 });
    const s2 = new RawStore(dir);
    expect(await s2.append(recs, 'test')).toEqual({ added: 0, duplicates: 4 });
    const lines = readFileSync(path.join(dir, '_keys', 'z.tsv'), 'utf8')
      .trim()
      .split('\n');
    expect(lines.length).toBe(5 + 0 * 1 + 1 - 1 + 0); // 4 keys + 1 #part line
  });

  it('item 4: a torn last index line (kill -9 mid-append) is cut off and its part recovered once', async () => {
    const data = path.join(t.dir, 'd4');
    const f = jsonl(
      'torn.jsonl',
      [1, 2, 3, 4].map((i) => good(i)),
    );
    await run(['import', f, '--data', data]);
    const keys = path.join(data, 'raw', '_keys', 'hs.tsv');
    const text = readFileSync(keys, 'utf8');
    // keep the key lines but tear the `#part` line and the last key line in the middle
    const cut = text.lastIndexOf('\n', text.length - 2);
    const torn = text.slice(0, cut - 10);
    writeFileSync(keys, torn);
    const r = await run(['import', f, '--data', data]);
    expect(r.out.trim()).toBe('read 4, added 0, duplicates 4, rejected 0');
    const again = new RawStore(path.join(data, 'raw'));
    const idx = await again.index('hs');
    expect(idx.keys.size).toBe(4);
    const r2 = await run(['import', f, '--data', data]);
    expect(r2.out.trim()).toBe('read 4, added 0, duplicates 4, rejected 0');
    expect(readFileSync(keys, 'utf8').endsWith('\n')).toBe(true);
    expect(await ids(data, 'hs')).toEqual(['p1', 'p2', 'p3', 'p4']);
  });

  it('item 9: one overlong line in a .gz is skipped while streaming, rejected with file:line, the next lines kept', async () => {
    const data = path.join(t.dir, 'd9');
    const f = path.join(t.dir, 'long.jsonl.gz');
    const gz = createGzip();
    const out = createWriteStream(f);
    gz.pipe(out);
    gz.write(JSON.stringify(good(1)) + '\n');
    const chunk = 'x'.repeat(1 << 20);
    gz.write('{"id":"long","text":"');
    for (let i = 0; i < (LIMITS.lineChars >> 20) + 4; i++) if (!gz.write(chunk)) await once(gz, 'drain');
    gz.write('"}\n' + JSON.stringify(good(2)) + '\n');
    gz.end();
    await once(out, 'finish');
    const r = await run(['import', f, '--data', data]);
    expect(r.out.trim()).toBe('read 3, added 2, duplicates 0, rejected 1');
    expect(r.err).toContain(`${f}:2: rejected: line longer than ${LIMITS.lineChars} characters`);
    expect(await ids(data, 'hs')).toEqual(['p1', 'p2']);
  });

  it('item 10: a corrupt file in the middle of `import a b c` is reported; a and c are imported and the summary printed', async () => {
    const data = path.join(t.dir, 'd10');
    const a = jsonl('a.jsonl', [good(1)]);
    const b = path.join(t.dir, 'b.csv');
    writeFileSync(b, 'id,source,posted_at,text\nb1,hs,2024-01-01,"fine"\nb2,hs,2024-01-01,"never closed\n');
    const c = jsonl('c.jsonl', [good(3)]);
    const r = await run(['import', a, b, c, '--data', data]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${b}:3: unterminated quoted field`);
    expect(r.out.trim()).toBe('read 3, added 3, duplicates 0, rejected 0, 1 file(s) unreadable part-way');
    expect(await ids(data, 'hs')).toEqual(['b1', 'p1', 'p3']);
  });

  it('item 12: leftover *.tmp part files of a killed import are removed by the next writer', async () => {
    const data = path.join(t.dir, 'd12');
    const f = jsonl('tmp.jsonl', [good(1)]);
    await run(['import', f, '--data', data]);
    const day = path.join(data, 'raw', 'source=hs', readdirSync(path.join(data, 'raw', 'source=hs'))[0]!);
    const stale = path.join(day, 'part-20240101T000000000Z-1-1.jsonl.gz.tmp');
    writeFileSync(stale, 'half a gzip');
    mkdirSync(path.join(data, 'raw', 'source=other', 'day=2024-01-01'), { recursive: true });
    const stale2 = path.join(data, 'raw', 'source=other', 'day=2024-01-01', 'part-x.jsonl.gz.tmp');
    writeFileSync(stale2, '');
    await run(['import', f, '--data', data]);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(stale2)).toBe(false);
    appendFileSync(f, '');
  });
});
