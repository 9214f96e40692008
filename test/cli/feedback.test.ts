/** "Not a skill here" marks: stored by the API, listed by status, exported by the CLI, counted per alias. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { addMark, countByAlias, feedbackFile, readMarks } from '../../workspace/feedback.ts';
import { makeTestApp, type TestApp } from '../api/app-helper.ts';

function sink() {
  let text = '';
  return { stream: { write: (s: string) => ((text += s), true) } as unknown as NodeJS.WriteStream, text: () => text };
}
async function cli(args: string[]) {
  const o = sink(),
    e = sink();
  const code = await main(args, { stdout: o.stream, stderr: e.stream });
  return { code, out: o.text(), err: e.text() };
}

describe('feedback marks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp();
  });
  afterAll(async () => t.close());

  it('round-trips API -> file -> status -> export, counted per alias', async () => {
    const mk = (posting: string, start: number, surface = 'Go') =>
      t.post('/api/v1/feedback', {
        posting_id: posting,
        skill: 'go',
        surface,
        start,
        end: start + surface.length,
        reason: 'CS:GO, the game',
      });
    const r1 = await mk('hn:1', 10);
    expect(r1.status).toBe(201);
    const m1 = await r1.json();
    expect(m1).toMatchObject({
      posting_id: 'hn:1',
      skill: 'go',
      surface: 'Go',
      start: 10,
      end: 12,
      reason: 'CS:GO, the game',
    });
    expect((await mk('hn:2', 5, 'go')).status).toBe(201);
    expect((await mk('hn:2', 5, 'go')).status).toBe(201); // the same mark again: one mark in force
    const aliases = await t.json('/api/v1/feedback/aliases');
    expect(aliases.items).toEqual([{ skill: 'go', alias: 'go', marks: 2, postings: 2 }]);

    const status = await cli(['status', '--data', t.dir, '--json']);
    expect(JSON.parse(status.out).feedback).toMatchObject({
      marks: 2,
      top_aliases: [{ skill: 'go', alias: 'go', marks: 2 }],
    });
    expect((await cli(['status', '--data', t.dir])).out).toMatch(/feedback: 2 "not a skill here" mark\(s\)/);

    const out = path.join(t.dir, 'marks.csv');
    expect((await cli(['feedback', 'export', '--data', t.dir, '--format', 'csv', out])).code).toBe(0);
    const csv = readFileSync(out, 'utf8').trim().split(/\r?\n/);
    expect(csv[0]).toBe('id,posting_id,skill,surface,start,end,reason,at');
    expect(csv).toHaveLength(3);
    const jsonl = await cli(['feedback', 'export', '--data', t.dir]);
    expect(
      jsonl.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).posting_id)
        .sort(),
    ).toEqual(['hn:1', 'hn:2']);

    expect((await cli(['feedback', 'withdraw', '--data', t.dir, m1.id])).code).toBe(0);
    expect(readMarks(t.dir).map((m) => m.posting_id)).toEqual(['hn:2']);
    expect((await cli(['feedback', 'list', '--data', t.dir])).out).toMatch(/go\s+"go"\s+1 marks in 1 postings/);
  });

  it('a bad mark is a 400 naming the field; nothing is written', async () => {
    const before = readMarks(t.dir).length;
    const res = await t.post('/api/v1/feedback', { posting_id: 'hn:3', skill: 'go', surface: 'Go', start: 9, end: 3 });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/^end: must be greater than start/);
    const ctl = await t.post('/api/v1/feedback', {
      posting_id: 'hn:\u0001',
      skill: 'go',
      surface: 'Go',
      start: 1,
      end: 3,
    });
    expect(ctl.status).toBe(400);
    expect(readMarks(t.dir)).toHaveLength(before);
    expect((await cli(['feedback', 'withdraw', '--data', t.dir, 'nope'])).err).toMatch(/no mark with id "nope"/);
  });

  it('a torn last line (a crash mid-append) is skipped, the rest kept', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'skillpulse-fb-'));
    try {
      addMark(dir, { posting_id: 'p', skill: 's', surface: 'x', start: 0, end: 1 });
      writeFileSync(feedbackFile(dir), readFileSync(feedbackFile(dir), 'utf8') + '{"id":"torn","posti');
      expect(readMarks(dir)).toHaveLength(1);
      expect(countByAlias(readMarks(dir))).toEqual([{ skill: 's', alias: 'x', marks: 1, postings: 1 }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
