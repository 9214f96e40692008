/**
 * Precision audit of Chinese extraction on the rebase postings that are in no blind label file (issue 15, zhprec):
 * draws a seeded random sample of kept matches (one per posting and skill) with 30 characters of context each side,
 * for a reader to judge, and scores a judged file per kind with Wilson 95% intervals.
 *   npx tsx bench/zh-audit.ts --sample [--seed 1] [--n 250] > /tmp/audit.tsv   (judge column left empty)
 *   npx tsx bench/zh-audit.ts --sample --id ai,monitoring                       (every kept match of these skills)
 *   npx tsx bench/zh-audit.ts --score /tmp/audit.tsv
 * Judgements (column `judge`): true (asked of the hire / the stack the hire uses), mention (the company's business,
 * products, customers, investors, benefits), wrong (wrong concept: "AI" next to PS is Illustrator), notskill
 * (everyday word, job title). Precision = true / judged. No blind-set posting (either half) is read.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createMatcher, loadTaxonomy } from '../pipeline/extract/index.ts';
import { loadBlind } from '../test/eval/blind.ts';
import { rebaseFile } from './eval-extract-zh.ts';
import { corpusRecords } from './corpus-files.ts';

/** Wilson score interval for k successes of n at 95%. */
export function wilson(k: number, n: number, z = 1.96): [number, number] {
  if (n === 0) return [0, 1];
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, c - h), Math.min(1, c + h)];
}

/** A deterministic pseudo-random order: sha1(seed + key). */
const rank = (seed: string, key: string) => createHash('sha1').update(`${seed}:${key}`).digest('hex');

function sample(seed: string, n: number, only?: Set<string>): void {
  const blind = new Set(loadBlind().map((l) => l.id));
  const tax = loadTaxonomy(undefined, { overlays: [] });
  const matcher = createMatcher(tax);
  const rows: { key: string; line: string }[] = [];
  const file = path.basename(rebaseFile);
  for (const r of corpusRecords(path.dirname(rebaseFile), (f) => f === file)) {
    if (blind.has(r.id) || !r.text || !/[\u4e00-\u9fff]/.test(r.text)) continue;
    const seen = new Set<string>();
    for (const m of matcher.extract(r.text)) {
      if (seen.has(m.id)) continue;
      seen.add(m.id);
      if (only && !only.has(m.id)) continue;
      const ctx = (a: number, b: number) => r.text.slice(a, b).replace(/\s+/g, ' ');
      const left = ctx(Math.max(0, m.start - 30), m.start);
      const right = ctx(m.end, Math.min(r.text.length, m.end + 30));
      rows.push({
        key: rank(seed, `${r.id}\t${m.id}`),
        line: [r.id, m.id, m.kind, m.zone, m.why, '', `${left}«${m.surface}»${right}`].join('\t'),
      });
    }
  }
  rows.sort((a, b) => (a.key < b.key ? -1 : 1));
  console.log(['posting', 'skill', 'kind', 'zone', 'why', 'judge', 'context'].join('\t'));
  for (const r of rows.slice(0, n)) console.log(r.line);
  console.error(`${rows.length} kept matches on unlabelled rebase postings; ${Math.min(n, rows.length)} sampled`);
}

function score(file: string): void {
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(1);
  const by = new Map<string, Map<string, number>>();
  for (const l of lines) {
    const [, , kind, , , judge] = l.split('\t');
    if (!judge) continue;
    for (const k of [kind!, 'all']) {
      const m = by.get(k) ?? new Map<string, number>();
      m.set(judge, (m.get(judge) ?? 0) + 1);
      by.set(k, m);
    }
  }
  const f3 = (x: number) => x.toFixed(3);
  for (const [k, m] of [...by].sort((a, b) => (a[0] === 'all' ? 1 : b[0] === 'all' ? -1 : a[0] < b[0] ? -1 : 1))) {
    const n = [...m.values()].reduce((a, b) => a + b, 0);
    const t = m.get('true') ?? 0;
    const [lo, hi] = wilson(t, n);
    const rest = [...m]
      .filter(([j]) => j !== 'true')
      .map(([j, c]) => `${j} ${c}`)
      .join(', ');
    console.log(`${k.padEnd(7)} precision ${f3(t / n)} [${f3(lo)}, ${f3(hi)}]  (${t}/${n}; ${rest})`);
  }
}

function main(argv: string[]): void {
  const opt = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const only = opt('--id') ? new Set(opt('--id')!.split(',')) : undefined;
  if (argv.includes('--sample')) sample(opt('--seed') ?? '1', Number(opt('--n') ?? (only ? 1e9 : 250)), only);
  else if (opt('--score')) score(opt('--score')!);
  else console.error('usage: --sample [--seed S] [--n N] [--id A,B] | --score FILE');
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith('zh-audit.ts')) main(process.argv.slice(2));
