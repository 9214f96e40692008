/**
 * Fuzz suite (issue 16): seeded, bounded inputs through the record validator, the markup strippers, the
 * first-line parser, the extractor's prepare step and `import`. Properties: nothing throws, time grows
 * linearly with the input (a ratio between two sizes, generous factor, never an absolute time), and every
 * rejection names a file, a line and a reason. Seeds are fixed; FUZZ_SEED=n runs another one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateRecord } from '../../crawlers/record.ts';
import { htmlToText as crawlHtml } from '../../crawlers/html.ts';
import { toPlainText, htmlToText, markdownToText } from '../../pipeline/normalize/text.ts';
import { parseHeader } from '../../pipeline/normalize/header.ts';
import { prepare } from '../../pipeline/extract/prepare.ts';
import { loadConfig } from '../../config/index.ts';
import { importFiles, type Reject } from '../../cli/import/run.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { ADVERSARIAL, noise, randomLine, randomRecord, rng, int } from './random.ts';
import { growth } from './timing.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 16);
const t = tmpDir();
afterAll(() => t.cleanup());

/** The same input in one piece or in 8: about 1x when linear, about 8x when quadratic. Factor 4 leaves room for noise. */
const LINEAR = 5;
const SMALL = 16_000;
const BIG = 128_000;

const targets: Record<string, (s: string) => unknown> = {
  'pipeline toPlainText': toPlainText,
  'pipeline htmlToText': htmlToText,
  'pipeline markdownToText': markdownToText,
  'crawler htmlToText': crawlHtml,
  'extractor prepare': prepare,
  'first-line parser': (s) => parseHeader(s.split('\n')[0] ?? ''),
};

describe(`fuzz (seed ${SEED}): no crash`, () => {
  it('the record validator answers ok or a reason for 5,000 random values, never throws', () => {
    const r = rng(SEED);
    for (let i = 0; i < 5000; i++) {
      const v = validateRecord(randomRecord(r, i), r() < 0.5 ? 'dflt' : undefined);
      if (!v.ok) expect(typeof v.reason === 'string' && v.reason.length > 0).toBe(true);
    }
  });
  it('strippers, the first-line parser and prepare take 2,000 random strings each', () => {
    const r = rng(SEED + 1);
    for (let i = 0; i < 2000; i++) {
      const s = noise(r, int(r, 0, 120));
      for (const fn of Object.values(targets)) fn(s);
      // prepare keeps offsets: the scan view has the input's length
      expect(prepare(s).length).toBe(s.length);
    }
  });
});

describe('fuzz: linear time on adversarial inputs (time ratio between two sizes)', () => {
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    it(name, () => {
      for (const [target, fn] of Object.entries(targets)) {
        let g = growth(fn, make, SMALL, BIG);
        // a busy moment of the shared machine is not a quadratic path: measure a suspect once more
        for (let retry = 0; retry < 3 && g >= LINEAR; retry++) g = Math.min(g, growth(fn, make, SMALL, BIG, 5));
        expect(g, `${target} on ${name}: one 8x input took ${g.toFixed(1)}x the time of 8 small ones`).toBeLessThan(
          LINEAR,
        );
      }
    });
  }
});

describe('fuzz: import of a random file', () => {
  it('reads every line, rejects with file, line and reason, the counts add up, a re-import adds nothing', async () => {
    const r = rng(SEED + 2);
    const file = path.join(t.dir, 'fuzz.jsonl');
    const lines = Array.from({ length: 3000 }, (_, i) => randomLine(r, i));
    writeFileSync(file, lines.join('\n') + '\n');
    const config = loadConfig({ dataDir: path.join(t.dir, 'data'), cwd: t.dir, env: {} });
    const rejects: Reject[] = [];
    const s = await importFiles(config, [file], { onReject: (x) => rejects.push(x), batchSize: 400 });
    const nonEmpty = lines.filter((l) => l.trim() !== '').length;
    expect(s.read).toBe(nonEmpty);
    expect(s.added + s.duplicates + s.rejected).toBe(s.read);
    expect(rejects.length).toBe(s.rejected);
    for (const x of rejects) {
      expect(x.file).toBe(file);
      expect(x.line).toBeGreaterThanOrEqual(1);
      expect(lines[x.line - 1]!.trim()).not.toBe('');
      expect(x.reason.length).toBeGreaterThan(5);
    }
    // the rejects report holds the same
    const report = readFileSync(s.rejects_file!, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Reject);
    expect(report.map((x) => x.line)).toEqual(rejects.map((x) => x.line));
    const again = await importFiles(config, [file]);
    expect(again).toMatchObject({ added: 0, duplicates: s.added + s.duplicates, rejected: s.rejected });
  }, 60_000);
});
