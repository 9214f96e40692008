/** Issue 16: a poison record never stops the pipeline; quarantine; period labels; leftover build files. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/index.ts';
import { importFiles } from '../../cli/import/run.ts';
import { main } from '../../cli/main.ts';
import { runPipeline } from '../../pipeline/run.ts';
import { addPeriods } from '../../pipeline/stats/period.ts';
import { activeRules, addRule, quarantineFile, removeRule } from '../../pipeline/quarantine.ts';
import { openReadOnly } from '../../pipeline/db.ts';
import { captureIo, tmpDir } from '../helpers/tmp.ts';

const t = tmpDir();
afterAll(() => t.cleanup());
const rec = (id: string, posted_at: string, extra: Record<string, unknown> = {}) => ({
  id,
  source: 'hs',
  posted_at,
  text: `Acme ${id} | Engineer | Berlin\n\nWe use Python and React every day.`,
  ...extra,
});

describe('period labels', () => {
  it('pad the year to four digits so every label parses again', () => {
    expect(addPeriods('0001-01', 1)).toBe('0001-02');
    expect(addPeriods('0999-Q4', 1)).toBe('1000-Q1');
    expect(addPeriods('2025-11', 3)).toBe('2026-02');
    expect(() => addPeriods('9999-12', 1)).toThrow(/year 10000/);
  });
});

describe('quarantine store', () => {
  it('adds, lists, removes (undo) rules in an append-only log, refuses bad rules', () => {
    const f = quarantineFile(path.join(t.dir, 'qs'));
    const a = addRule(f, { source: 'hs', id: 'x1', reason: 'spam' });
    const b = addRule(f, { from: '2024-01-01', to: '2024-01-31' });
    expect([a.rule_id, b.rule_id]).toEqual(['q1', 'q2']);
    removeRule(f, 'q1');
    expect(activeRules(f).map((r) => r.rule_id)).toEqual(['q2']);
    expect(addRule(f, { id: 'y' }).rule_id).toBe('q3');
    expect(() => removeRule(f, 'q1')).toThrow(/no active rule "q1" \(active: q2, q3\)/);
    expect(() => addRule(f, {})).toThrow(/matches everything/);
    expect(() => addRule(f, { from: '2024-13-01' })).toThrow(/--from expected YYYY-MM-DD/);
    expect(() => addRule(f, { from: '2024-02-01', to: '2024-01-01' })).toThrow(/after --to/);
  });
});

describe('pipeline with poison records in the raw store', () => {
  it('excludes and counts records dated 0001 or 9999 (planted below the record boundary), quarantine honoured and undoable', async () => {
    const root = path.join(t.dir, 'data');
    const config = loadConfig({ dataDir: root, cwd: t.dir, env: {} });
    const file = path.join(t.dir, 'ok.jsonl');
    writeFileSync(
      file,
      [rec('a', '2024-01-03'), rec('b', '2024-02-03'), rec('c', '2024-03-03'), rec('d', '2024-03-09')]
        .map((r) => JSON.stringify(r))
        .join('\n') + '\n',
    );
    await importFiles(config, [file]);
    // records written before the boundary checked dates (an older version, or a hand-made part file)
    const day = path.join(root, 'raw', 'source=hs', 'day=2024-01-01');
    mkdirSync(day, { recursive: true });
    const poison = [
      {
        ...rec('p1', '0001-01-01'),
        month: '0001-01',
        content_hash: 'h1',
        fetched_at: '2024-01-01T00:00:00Z',
        origin: 'test',
      },
      {
        ...rec('p2', '9999-12-31'),
        month: '9999-12',
        content_hash: 'h2',
        fetched_at: '2024-01-01T00:00:00Z',
        origin: 'test',
      },
      {
        ...rec('p3', '2024-01-05'),
        month: '2024-1',
        content_hash: 'h3',
        fetched_at: '2024-01-01T00:00:00Z',
        origin: 'test',
      },
    ];
    writeFileSync(
      path.join(day, 'part-planted.jsonl.gz'),
      gzipSync(poison.map((r) => JSON.stringify(r)).join('\n') + '\n'),
    );
    // a build file of a killed pipeline
    writeFileSync(path.join(root, 'warehouse.building-999999.duckdb'), 'junk');
    writeFileSync(path.join(root, 'warehouse.building-999999.duckdb.wal'), 'junk');
    const s = await runPipeline(config);
    expect(s.postings).toBe(4);
    expect(s.excluded).toEqual({ 'month or posted date outside 1970..2100 or unreadable': 3 });
    expect(existsSync(path.join(root, 'warehouse.building-999999.duckdb'))).toBe(false);
    expect(existsSync(path.join(root, 'warehouse.building-999999.duckdb.wal'))).toBe(false);

    const cli = async (args: string[]) => {
      const cap = captureIo();
      const code = await main([...args, '--data', root], cap.io);
      return { code, out: cap.out, err: cap.err };
    };
    expect((await cli(['quarantine', 'add', 'a', '--source', 'hs', '--reason', 'spam'])).out).toMatch(
      /added q1 +source=hs id=a {2}\(spam\)/,
    );
    expect((await cli(['quarantine', 'add', '--from', '2024-03-01', '--to', '2024-03-05'])).code).toBe(0);
    const st = await cli(['status']);
    expect(st.out).toContain('quarantine (2 rules');
    expect(st.out).toContain('from=2024-03-01 to=2024-03-05');
    const s2 = await runPipeline(config);
    expect(s2.postings).toBe(2);
    expect(s2.excluded).toMatchObject({ 'quarantine q1': 1, 'quarantine q2': 1 });
    const w = await openReadOnly(config.data.warehouse);
    try {
      expect(
        (await w.all<{ id: string }>('SELECT source_id AS id FROM fct_postings ORDER BY 1')).map((r) => r.id),
      ).toEqual(['b', 'd']);
    } finally {
      w.close();
    }
    expect((await cli(['quarantine', 'remove', 'q1', 'q2'])).code).toBe(0);
    expect((await cli(['quarantine', 'list'])).out).toBe('no quarantine rules\n');
    expect((await cli(['quarantine', 'remove', 'q1'])).code).toBe(2);
    expect((await runPipeline(config)).postings).toBe(4);
  }, 120_000);
});
