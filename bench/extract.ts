/**
 * `npm run bench:extract [-- --n 1000000]`: postings per second of the extractor (scan, zoning, decisions) on
 * one core (this process), over the shared HN corpus (../shared/data/postings/hn_whoishiring) repeated up to N
 * postings, and in the same run over the same postings a plain tokenizer's rate (read the text, split it into
 * word tokens, nothing else): the ratio is the figure to keep (issue 11: >= 0.35x, issue 18: >= 0.5x).
 * Then a second, shorter pass with a stage-timing matcher prints where the time goes (µs per posting for
 * prepare, scan, zoning, cue index, decisions; each also as a ratio to the tokenizer's cost in that pass).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMatcher, loadTaxonomy, newStageTimes } from '../pipeline/extract/index.ts';
import { corpusRecords } from './corpus-files.ts';
import { tokenize } from './tokenizer.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(root, '../shared/data/postings/hn_whoishiring');
const nArg = process.argv.indexOf('--n');
const N = nArg > 0 ? Number(process.argv[nArg + 1]) : 1_000_000;
if (!existsSync(dir)) {
  console.error(`bench:extract needs ${dir}`);
  process.exit(2);
}

const texts: string[] = [];
for (const r of corpusRecords(dir)) texts.push(r.text);
const chars = texts.reduce((a, t) => a + t.length, 0);

let t0 = performance.now();
const tax = loadTaxonomy(undefined, { overlays: [] });
const matcher = createMatcher(tax);
const buildMs = performance.now() - t0;

/**
 * The baseline: "read" each posting (JSON.parse of its line, as `skillpulse extract` does) and split the text
 * into word tokens, nothing else. Extraction is timed the same way (JSON.parse + extract). The two alternate in
 * blocks of 1,000 postings so that both see the same machine load (this machine is shared).
 */
const lines = texts.map((t, i) => JSON.stringify({ id: i, text: t }));
const cpuNow = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};
for (let i = 0; i < 2000; i++) {
  matcher.extract(texts[i % texts.length]!);
  tokenize(lines[i % lines.length]!);
} // warm-up
let tokens = 0,
  tokCpu = 0,
  cpuS = 0,
  matches = 0,
  done = 0,
  charsDone = 0;
t0 = performance.now();
while (done < N) {
  const from = done,
    to = Math.min(N, done + 1000);
  let c = cpuNow();
  for (let i = from; i < to; i++) tokens += tokenize(lines[i % lines.length]!);
  tokCpu += cpuNow() - c;
  c = cpuNow();
  for (let i = from; i < to; i++) {
    const t = (JSON.parse(lines[i % lines.length]!) as { text: string }).text;
    matches += matcher.extract(t).length;
    charsDone += t.length;
  }
  cpuS += cpuNow() - c;
  done = to;
}
const s = (performance.now() - t0) / 1000;
const mem = process.memoryUsage();
console.log(
  `corpus: ${texts.length} HN postings, mean ${(chars / texts.length).toFixed(0)} chars; repeated to ${done.toLocaleString('en')} postings`,
);
console.log(`taxonomy ${tax.version}: ${tax.skills.length} skills; matcher build ${buildMs.toFixed(0)} ms`);
console.log(
  `wall ${s.toFixed(1)} s for both loops (load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`,
);
console.log(
  `extraction (read + prepare + scan + zoning + decisions): CPU ${cpuS.toFixed(1)} s -> ${(done / cpuS).toFixed(0)} postings per CPU-second, ${(charsDone / cpuS / 1e6).toFixed(1)} M chars/s`,
);
console.log(
  `plain tokenizer, same postings: CPU time ${tokCpu.toFixed(1)} s -> ${(N / tokCpu).toFixed(0)} postings per CPU-second (${(tokens / N).toFixed(0)} tokens per posting)`,
);
console.log(`extraction / tokenizer = ${(done / cpuS / (N / tokCpu)).toFixed(2)}x (target >= 0.35x)`);
console.log(
  `matches ${matches.toLocaleString('en')} (${(matches / done).toFixed(1)} per posting); rss ${(mem.rss / 2 ** 20).toFixed(0)} MB`,
);

/**
 * Stage pass: the same postings through a matcher that times its stages (performance.now around each), next
 * to the tokenizer again. Under load the wall-clock figures are inflated alike, so each stage is printed as
 * its share of the pass's wall time, times the pass's CPU time per posting, and as a ratio to the tokenizer.
 */
const stages = newStageTimes();
const timed = createMatcher(tax, { stages });
const M = Math.min(N, 20_000);
for (let i = 0; i < 2000; i++) timed.extract(texts[i % texts.length]!);
for (const k of Object.keys(stages) as (keyof typeof stages)[]) stages[k] = 0;
let parseMs = 0,
  tokMs = 0,
  extractMs = 0,
  passCpu = 0;
for (let from = 0; from < M; from += 1000) {
  const to = Math.min(M, from + 1000);
  const c = cpuNow();
  let t = performance.now();
  for (let i = from; i < to; i++) tokenize(lines[i % lines.length]!);
  tokMs += performance.now() - t;
  t = performance.now();
  const batch: string[] = [];
  for (let i = from; i < to; i++) batch.push((JSON.parse(lines[i % lines.length]!) as { text: string }).text);
  parseMs += performance.now() - t;
  t = performance.now();
  for (const text of batch) timed.extract(text);
  extractMs += performance.now() - t;
  passCpu += cpuNow() - c;
}
const cpuUsPerWallMs = (passCpu * 1e6) / (tokMs + parseMs + extractMs) / M;
const us = (ms: number) => ms * cpuUsPerWallMs;
const tokUs = us(tokMs);
const row = (name: string, ms: number) =>
  console.log(`  ${name.padEnd(11)} ${us(ms).toFixed(1).padStart(7)} µs  (${(us(ms) / tokUs).toFixed(2)}x tokenizer)`);
const staged = Object.values(stages).reduce((a, b) => a + b, 0);
console.log(
  `per stage over ${M.toLocaleString('en')} postings, CPU µs per posting (tokenizer ${tokUs.toFixed(1)} µs):`,
);
row('JSON.parse', parseMs);
for (const [k, ms] of Object.entries(stages)) row(k, ms);
row('(untimed)', extractMs - staged);
row('total', parseMs + extractMs);
console.log(`stage pass: extraction / tokenizer = ${(tokUs / us(parseMs + extractMs)).toFixed(2)}x`);
