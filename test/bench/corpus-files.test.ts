/** bench/corpus-files.ts: the records of a corpus folder in file-name order, empty lines skipped, a bad line named. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusRecords } from '../../bench/corpus-files.ts';
import { tmpDir } from '../helpers/tmp.ts';

const t = tmpDir();
afterAll(() => t.cleanup());
const put = (name: string, lines: string[]) => writeFileSync(path.join(t.dir, name), gzipSync(lines.join('\n')));

describe('corpusRecords', () => {
  it('reads every .jsonl.gz of the folder in name order and skips empty lines', () => {
    put('b.jsonl.gz', ['{"id":"b1","source":"s","text":"two"}', '']);
    put('a.jsonl.gz', ['{"id":"a1","source":"s","text":"one"}', '   ', '{"id":"a2","source":"s","text":"x"}']);
    writeFileSync(path.join(t.dir, 'notes.txt'), 'not a corpus file');
    expect([...corpusRecords(t.dir)].map((r) => r.id)).toEqual(['a1', 'a2', 'b1']);
  });
  it('names the file and line of a record that is not JSON', () => {
    put('c.jsonl.gz', ['{"id":"c1","source":"s","text":"ok"}', '{broken']);
    expect(() => [...corpusRecords(t.dir)]).toThrow(`${path.join(t.dir, 'c.jsonl.gz')}:2: not a JSON record`);
  });
});
