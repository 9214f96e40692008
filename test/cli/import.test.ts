import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync, appendFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { openMemory, literal } from '../../pipeline/db.ts';
import { RawStore, readPart } from '../../crawlers/sink.ts';
import { captureIo, hasShared, sharedDir, sharedMissing, tmpDir } from '../helpers/tmp.ts';

const t = tmpDir();
afterAll(() => t.cleanup());

async function run(args: string[]) {
  const cap = captureIo();
  const code = await main(args, cap.io);
  return { code, out: cap.out, err: cap.err };
}

const good = (i: number, extra: Record<string, unknown> = {}) => ({
  id: `p${i}`,
  source: 'testsrc',
  posted_at: `2024-0${1 + (i % 3)}-15`,
  text: `Acme | Engineer ${i} | Berlin\n\nWe use Python and React.`,
  ...extra,
});

async function rawRecords(dataDir: string, source: string) {
  const store = new RawStore(path.join(dataDir, 'raw'));
  const out = [];
  for (const part of store.partFiles(source))
    for await (const r of readPart(path.join(dataDir, 'raw', part))) out.push(r);
  return out;
}

describe('skillpulse import', () => {
  it('imports JSONL, reports bad lines with file, line and reason, keeps the rest', async () => {
    const data = path.join(t.dir, 'd1');
    const file = path.join(t.dir, 'mixed.jsonl');
    const lines = [
      JSON.stringify(good(1)),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'p2', source: 'testsrc', text: 'no date' }),
      JSON.stringify(good(3, { posted_at: '2024-02-30' })),
      '',
      JSON.stringify(good(4, { country: 'Germany' })),
      JSON.stringify(good(5, { salary: '100k', tags: ['a'] })),
      '[1,2]',
      JSON.stringify(good(6, { country: 'de', month: '2024-01' })),
    ];
    writeFileSync(file, lines.join('\n') + '\n');
    const r = await run(['import', file, '--data', data]);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe('read 8, added 3, duplicates 0, rejected 5');
    expect(r.err).toContain(`${file}:2: rejected: not valid JSON`);
    expect(r.err).toContain(`${file}:3: rejected: missing required field "posted_at"`);
    expect(r.err).toContain(`${file}:4: rejected: field "posted_at": expected an ISO 8601 date`);
    expect(r.err).toContain(`${file}:6: rejected: field "country": expected an ISO 3166-1 alpha-2 code`);
    expect(r.err).toContain(`${file}:8: rejected: expected a JSON object, got array`);
    const rejectsDir = path.join(data, 'runs', 'rejects');
    const report = readFileSync(path.join(rejectsDir, readdirSync(rejectsDir)[0]!), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(report.map((x) => x.line)).toEqual([2, 3, 4, 6, 8]);
    const recs = await rawRecords(data, 'testsrc');
    expect(recs.map((x) => x.id).sort()).toEqual(['p1', 'p5', 'p6']);
    const p5 = recs.find((x) => x.id === 'p5')!;
    expect(p5.extra).toEqual({ salary: '100k', tags: ['a'] });
    expect(p5.month).toBe('2024-03');
    expect(p5.content_hash).toMatch(/^[0-9a-f]{32}$/);
    expect(p5.origin).toBe('import:mixed.jsonl');
    expect(recs.find((x) => x.id === 'p6')!.country).toBe('DE');
    // status shows the rejects per source
    const s = await run(['status', '--json', '--data', data]);
    const status = JSON.parse(s.out);
    expect(status.postings).toBe(3);
    expect(status.sources).toEqual([
      { source: '(unknown)', postings: 0, first_month: null, last_month: null, rejected: 2 },
      { source: 'testsrc', postings: 3, first_month: '2024-01', last_month: '2024-03', rejected: 3 },
    ]);
    expect(status.warehouse.built_at).toBeNull();
  });

  it('imports .jsonl.gz, .csv and .parquet the same way, and re-importing adds nothing', async () => {
    const data = path.join(t.dir, 'd2');
    const recs = [good(1), good(2, { company: 'Acme, Inc.', text: 'Line one\n"quoted" line, two' }), good(3)];
    const gz = path.join(t.dir, 'a.jsonl.gz');
    writeFileSync(gz, gzipSync(recs.map((r) => JSON.stringify({ ...r, id: `gz-${r.id}` })).join('\n')));
    const csv = path.join(t.dir, 'b.csv');
    const q = (v: string) => `"${v.replaceAll('"', '""')}"`;
    writeFileSync(
      csv,
      [
        'id,source,posted_at,text,company',
        ...recs.map((r) =>
          [`csv-${r.id}`, r.source, r.posted_at, q(r.text), q((r as { company?: string }).company ?? '')].join(','),
        ),
        'csv-bad,testsrc,not-a-date,text,',
        'csv-short,testsrc',
      ].join('\r\n') + '\r\n',
    );
    const parquet = path.join(t.dir, 'c.parquet');
    const db = await openMemory();
    await db.run(`CREATE TABLE t (id VARCHAR, source VARCHAR, posted_at DATE, text VARCHAR, n INTEGER)`);
    await db.run(
      `INSERT INTO t VALUES ('pq-1','testsrc','2024-01-02','Go and Rust', 1), ('pq-2','testsrc','2024-02-03','Kubernetes', 2), ('pq-3', NULL, '2024-02-03', 'no source', 3)`,
    );
    await db.run(`COPY t TO ${literal(parquet)} (FORMAT parquet)`);
    db.close();

    const r1 = await run(['import', gz, csv, parquet, '--data', data]);
    expect(r1.out.trim()).toBe('read 11, added 8, duplicates 0, rejected 3');
    expect(r1.err).toContain(`${csv}:10: rejected: field "posted_at"`);
    expect(r1.err).toContain(`${csv}:11: rejected: expected 5 CSV fields, got 2`);
    expect(r1.err).toContain(`${parquet}:3: rejected: missing required field "source"`);
    const stored = await rawRecords(data, 'testsrc');
    const csv2 = stored.find((x) => x.id === 'csv-p2')!;
    expect(csv2.text).toBe('Line one\n"quoted" line, two');
    expect(csv2.company).toBe('Acme, Inc.');
    expect(stored.find((x) => x.id === 'pq-2')!).toMatchObject({
      posted_at: '2024-02-03',
      month: '2024-02',
      extra: { n: 2 },
    });

    const r2 = await run(['import', gz, csv, parquet, '--data', data]);
    expect(r2.out.trim()).toBe('read 11, added 0, duplicates 8, rejected 3');
    expect((await rawRecords(data, 'testsrc')).length).toBe(8);

    // a changed posting is a new version; --source fills a missing source
    const changed = path.join(t.dir, 'changed.jsonl');
    writeFileSync(
      changed,
      [
        JSON.stringify({ ...good(1), id: 'gz-p1', text: 'edited text' }),
        JSON.stringify({ id: 'x', posted_at: '2024-05-01', text: 'hi' }),
      ].join('\n'),
    );
    const r3 = await run(['import', changed, '--source', 'testsrc', '--data', data]);
    expect(r3.out.trim()).toBe('read 2, added 2, duplicates 0, rejected 0');
  });

  it('recovers the key index after a crash between publishing a part and indexing it', async () => {
    const data = path.join(t.dir, 'd3');
    const file = path.join(t.dir, 'crash.jsonl');
    writeFileSync(file, [good(1), good(2)].map((r) => JSON.stringify(r)).join('\n'));
    await run(['import', file, '--data', data]);
    // simulate the crash: the index loses its last lines
    const keys = path.join(data, 'raw', '_keys', 'testsrc.tsv');
    renameSync(keys, keys + '.lost');
    const r = await run(['import', file, '--data', data]);
    expect(r.out.trim()).toBe('read 2, added 0, duplicates 2, rejected 0');
    expect(existsSync(keys)).toBe(true);
    appendFileSync(keys, '');
  });

  it('fails clearly on an unsupported or missing file', async () => {
    const r = await run(['import', path.join(t.dir, 'x.xml'), '--data', path.join(t.dir, 'd4')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/x\.xml: unsupported file type/);
    const m = await run(['import', path.join(t.dir, 'missing.jsonl'), '--data', path.join(t.dir, 'd4')]);
    expect(m.code).toBe(2);
    expect(m.err).toMatch(/missing\.jsonl: file not found/);
    const none = await run(['import', '--data', path.join(t.dir, 'd4')]);
    expect(none.code).toBe(2);
  });

  describe.skipIf(!hasShared)(hasShared ? 'the shared HN corpus' : sharedMissing, () => {
    it('adds every posting once (43,680), and nothing on a second import', async () => {
      const data = path.join(t.dir, 'hn');
      const dir = path.join(sharedDir, 'data/postings/hn_whoishiring');
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.jsonl.gz'))
        .map((f) => path.join(dir, f));
      const r1 = await run(['import', ...files, '--data', data]);
      expect(r1.out.trim()).toBe('read 43680, added 43680, duplicates 0, rejected 0');
      const r2 = await run(['import', ...files, '--data', data]);
      expect(r2.out.trim()).toBe('read 43680, added 0, duplicates 43680, rejected 0');
    });
  });
});

describe('import of corrupt files', () => {
  it('names the file and line of an unterminated CSV quote and of a broken gzip, and imports nothing from a bad batch of files', async () => {
    const data = path.join(t.dir, 'd5');
    const csv = path.join(t.dir, 'broken.csv');
    writeFileSync(csv, 'id,source,posted_at,text\n1,s,2024-01-01,"fine"\n2,s,2024-01-01,"never closed\n');
    const r = await run(['import', csv, '--data', data]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${csv}:3: unterminated quoted field`);
    const gz = path.join(t.dir, 'broken.jsonl.gz');
    writeFileSync(gz, gzipSync(JSON.stringify(good(1)) + '\n').subarray(0, 20));
    const g = await run(['import', gz, '--data', data]);
    expect(g.code).toBe(2);
    expect(g.err).toMatch(/broken\.jsonl\.gz: unreadable after line/);
    // a missing file among several is found before anything is imported
    const ok = path.join(t.dir, 'ok.jsonl');
    writeFileSync(ok, JSON.stringify(good(9)) + '\n');
    const m = await run(['import', ok, path.join(t.dir, 'nope.jsonl'), '--data', data]);
    expect(m.code).toBe(2);
    expect((await rawRecords(data, 'testsrc')).map((x) => x.id)).not.toContain('p9');
  });

  it('an aborted write leaves no key behind: the same record can be written again', async () => {
    const store = new RawStore(path.join(t.dir, 'd6', 'raw'));
    const w = store.writer('test');
    expect(await w.add({ id: 'a', source: 'z', posted_at: '2024-01-01', text: 'x' })).toBe(true);
    w.abort();
    const w2 = store.writer('test');
    expect(await w2.add({ id: 'a', source: 'z', posted_at: '2024-01-01', text: 'x' })).toBe(true);
    await w2.close();
    // concurrent index loads share one load and count each key once
    const again = new RawStore(path.join(t.dir, 'd6', 'raw'));
    const [i1, i2] = await Promise.all([again.index('z'), again.index('z')]);
    expect(i1).toBe(i2);
    expect([...i1.months]).toEqual([['2024-01', 1]]);
  });
});

describe('one raw-store writer at a time', () => {
  it('refuses an import while another live process writes the raw store, naming it', async () => {
    const data = path.join(t.dir, 'd7');
    const file = path.join(t.dir, 'one.jsonl');
    writeFileSync(file, JSON.stringify(good(1)) + '\n');
    mkdirSync(path.join(data, 'raw'), { recursive: true });
    writeFileSync(path.join(data, 'raw', '.writer.lock'), '1'); // pid 1 is alive
    const r = await run(['import', file, '--data', data]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/the raw store is being written by another process \(pid 1/);
  });
});
