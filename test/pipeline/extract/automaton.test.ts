/**
 * The alias automaton's packed layout (double array, the default; its scan walks the trie from each possible
 * hit start, scanStarts) finds exactly the hits of the dense DFA (the previous layout, kept as the reference)
 * and of the Aho-Corasick loop over the same table (scanEveryPosition): same patterns, offsets and order, on generated texts that
 * exercise folding (case, runs of spaces and hyphens, FILLER), punctuation-initial patterns and word
 * boundaries, and on real postings of the shared corpus with the whole taxonomy. And foldWidth is idempotent.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Automaton } from '../../../pipeline/extract/automaton.ts';
import { foldWidth } from '../../../pipeline/extract/width.ts';
import { TRAD_SIMP_PAIRS } from '../../../pipeline/extract/zh-trad.ts';
import { FILLER } from '../../../pipeline/extract/prepare.ts';
import { loadTaxonomy, prepare } from '../../../pipeline/extract/index.ts';
import { hasShared, sharedDir, sharedMissing } from '../../helpers/tmp.ts';

const PATTERNS = [
  'go',
  'google cloud',
  'c',
  'c++',
  'c#',
  '.net',
  'asp.net',
  'node.js',
  'node',
  'spring',
  'spring boot',
  'machine learning',
  'ml',
  'ci/cd',
  'a',
  'ab',
  'abc',
  'bc',
  'b c',
  'élan',
  'x-ray',
];

/** A deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  ...PATTERNS,
  ' ',
  '  ',
  '-',
  ' - ',
  '\n',
  FILLER,
  'X',
  'Go',
  'GOOGLE',
  'Node',
  '_',
  '.',
  '+',
  '#',
  'é',
  '1',
];

describe('packed and dense automata find the same hits', () => {
  const dense = new Automaton(PATTERNS, 'dense');
  const packed = new Automaton(PATTERNS);
  const packed32 = new Automaton(PATTERNS, 'packed32'); // the layout of taxonomies past 65,535 slots
  it('on 3,000 generated texts', () => {
    const r = rng(7);
    let hits = 0;
    for (let n = 0; n < 3000; n++) {
      let t = '';
      const len = 1 + Math.floor(r() * 12);
      for (let i = 0; i < len; i++) t += PIECES[Math.floor(r() * PIECES.length)]!;
      const want = dense.scan(t);
      expect(packed.scan(t), JSON.stringify(t)).toEqual(want);
      expect(packed.scanEveryPosition(t), JSON.stringify(t)).toEqual(want);
      expect(packed32.scan(t), JSON.stringify(t)).toEqual(want);
      hits += want.length;
    }
    expect(hits).toBeGreaterThan(3000);
  });
  it('folds like the dense DFA: case, space and hyphen runs, FILLER, glued words', () => {
    const t = `Spring  Boot, NODE.JS; c${FILLER}+${FILLER}+ and ASP.NET, machine-learning, Google - Cloud, CI/CD, goal`;
    const got = packed.scan(t).map((h) => t.slice(h.start, h.end));
    expect(got).toEqual(dense.scan(t).map((h) => t.slice(h.start, h.end)));
    expect(got).toContain('Spring  Boot');
    expect(got).toContain(`c${FILLER}+${FILLER}+`);
    expect(got).toContain('Google - Cloud');
    expect(got).not.toContain('go'); // "goal": glued to a letter on its right
  });
  it('walks from word starts: hits inside words only for patterns that start with a non-letter, by end then start', () => {
    const t = `ASP.NET and.net, xc#, abc, a${FILLER}b  c`;
    const got = packed.scan(t).map((h) => t.slice(h.start, h.end));
    expect(got).toEqual(dense.scan(t).map((h) => t.slice(h.start, h.end)));
    // ".net" inside "and.net" ('.' starts it); not "c#" in "xc#" nor "bc" in "abc" (glued to a letter on their left);
    // at one end the longer hit first ("ASP.NET", ".NET"); "a<FILLER>b  c" reads as "ab c": "ab", "b c", "c"
    expect(got).toEqual(['ASP.NET', '.NET', '.net', 'abc', 'a', `a${FILLER}b`, 'b  c', 'c']);
  });
});

describe.skipIf(!hasShared)(hasShared ? 'on HN postings with the whole taxonomy' : sharedMissing, () => {
  it('300 postings of 2021', () => {
    const tax = loadTaxonomy(undefined, { overlays: [] });
    const patterns = new Set<string>();
    for (const s of tax.skills)
      for (const spec of tax.specs.get(s.id) ?? []) {
        const p = Automaton.fold(spec.text);
        if (p && !/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/.test(p)) patterns.add(p);
      }
    const list = [...patterns];
    const dense = new Automaton(list, 'dense');
    const packed = new Automaton(list);
    const packed32 = new Automaton(list, 'packed32');
    expect([packed.table, packed32.table, dense.table]).toEqual(['words', 'cells', 'dense']);
    const file = path.join(sharedDir, 'data/postings/hn_whoishiring/hn_whoishiring_2021.jsonl.gz');
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n').filter(Boolean).slice(0, 300);
    let hits = 0;
    for (const line of lines) {
      const v = prepare((JSON.parse(line) as { text: string }).text);
      const want = dense.scan(v);
      expect(packed.scan(v)).toEqual(want);
      expect(packed.scanEveryPosition(v)).toEqual(want);
      expect(packed32.scan(v)).toEqual(want);
      hits += want.length;
    }
    expect(hits).toBeGreaterThan(2000);
  });
});

describe('foldWidth is idempotent (the matcher folds once for the scan view and zoning, which folded twice)', () => {
  it('every foldable character and every traditional form, folded twice', () => {
    let all = '';
    for (let c = 0xff01; c <= 0xff5e; c++) all += String.fromCharCode(c);
    all += '\u3000、。【】〔〕「」『』《》〈〉〜・‧\u2018\u2019';
    for (let i = 0; i < TRAD_SIMP_PAIRS.length; i += 2) all += TRAD_SIMP_PAIRS[i]!;
    const once = foldWidth(all);
    expect(once).not.toBe(all);
    expect(foldWidth(once)).toBe(once);
    expect(foldWidth('ＰＹＴＨＯＮ（３）、Go。')).toBe('PYTHON(3),Go.');
    expect(foldWidth('區塊鏈')).toBe('区块链');
  });
});
