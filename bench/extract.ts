/**
 * `npm run bench:extract [-- --n 1000000]`: postings per second of the extractor (scan, zoning, decisions) on
 * one core (this process), over the shared HN corpus (../shared/data/postings/hn_whoishiring) repeated up to N
 * postings, and in the same run over the same postings a plain tokenizer's rate (read the text, split it into
 * word tokens, nothing else): the ratio is the figure to keep (issue 11: >= 0.35x).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMatcher, loadTaxonomy } from '../pipeline/extract/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(root, '../shared/data/postings/hn_whoishiring');
const nArg = process.argv.indexOf('--n');
const N = nArg > 0 ? Number(process.argv[nArg + 1]) : 1_000_000;
if (!existsSync(dir)) {
  console.error(`bench:extract needs ${dir}`);
  process.exit(2);
}

const texts: string[] = [];
for (const f of readdirSync(dir)
  .filter((x) => x.endsWith('.jsonl.gz'))
  .sort())
  for (const line of gunzipSync(readFileSync(path.join(dir, f)))
    .toString('utf8')
    .split('\n'))
    if (line) texts.push((JSON.parse(line) as { text: string }).text);
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
const WORD = /[\p{L}\p{N}_]+/gu;
function tokenize(line: string): number {
  const t = (JSON.parse(line) as { text: string }).text;
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(t) !== null) n++;
  return n;
}
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
