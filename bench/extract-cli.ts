/**
 * `npx tsx bench/extract-cli.ts [--n 20000] [--no-matcher] [--ref DIR]`: CPU µs per posting of each step of one
 * `skillpulse extract` output line (cli/commands/extract.ts) and of the enrich stage's per-posting work outside
 * the matcher (pipeline/stages/enrich-one.ts), next to a plain tokenizer doing the same JSON I/O (JSON.parse of
 * the input line, split the text into word tokens, JSON.stringify of an output line), in the same run over the
 * same HN postings (../shared/data/postings/hn_whoishiring). Steps alternate in blocks of 1,000 postings, each
 * timed with process.cpuUsage, so all see the same machine load; the ratios are the figures to compare
 * (issue 18: the CLI line at >= 0.5x the tokenizer). `--no-matcher` leaves out matcher.extract (the matcher is
 * benchmarked by bench/extract.ts). `--ref DIR` also times the whole line and enrich of another checkout (e.g.
 * `git archive` of main, with node_modules linked) in the same blocks: the before/after ratio of one run.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lineSteps, outputLine } from '../cli/commands/extract.ts';
import { createMatcher, loadTaxonomy, type Matcher } from '../pipeline/extract/index.ts';
import { minhashSignature, normalizePosting, parseLocation, textKey } from '../pipeline/normalize/index.ts';
import { detectLanguage } from '../pipeline/normalize/language.ts';
import { offersEquity, parsePay } from '../pipeline/normalize/pay.ts';
import { extractCore, extractPayFields } from '../pipeline/normalize/posting-pay.ts';
import { toPlainText } from '../pipeline/normalize/text.ts';
import { textPayJson, type TodoRow } from '../pipeline/stages/enrich-one.ts';
import { corpusRecords } from './corpus-files.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(root, '../shared/data/postings/hn_whoishiring');
const arg = (name: string) => process.argv.indexOf(name);
const N = arg('--n') > 0 ? Number(process.argv[arg('--n') + 1]) : 20_000;
if (!Number.isInteger(N) || N < 1000) throw new Error(`bench/extract-cli: --n must be an integer >= 1000, got ${N}`);
const withMatcher = arg('--no-matcher') < 0;
const refDir = arg('--ref') > 0 ? path.resolve(process.argv[arg('--ref') + 1]!) : null;
if (refDir !== null && !existsSync(path.join(refDir, 'cli/commands/extract.ts')))
  throw new Error(`bench/extract-cli: --ref ${refDir} is not a checkout (no cli/commands/extract.ts)`);
if (!existsSync(dir)) {
  console.error(`bench/extract-cli needs ${dir}`);
  process.exit(2);
}

const lines: string[] = [];
for (const r of corpusRecords(dir)) lines.push(JSON.stringify({ id: r.id, text: r.text }));
const at = (i: number) => lines[i % lines.length]!;

const steps = lineSteps({ extractCore, extractPayFields, parseLocation });
const matcher: Matcher | null = withMatcher ? createMatcher(loadTaxonomy(undefined, { overlays: [] })) : null;
const WORD = /[\p{L}\p{N}_]+/gu;
/** The reference: the same JSON in and out as an output line of `skillpulse extract`, the work a tokenizer. */
function tokenizerLine(line: string): string {
  const r = JSON.parse(line) as { id: string; text: string };
  const tokens: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(r.text); m !== null; m = WORD.exec(r.text)) tokens.push(m[0]);
  return `${JSON.stringify({ id: r.id, tokens: tokens.length })}\n`;
}
const row = (text: string): TodoRow => ({
  source: 'hn_whoishiring',
  content_hash: '',
  text,
  title: null,
  company: null,
  location: null,
  country: null,
});

type Step = (text: string, line: string) => unknown;
const noMatcher = { extract: () => [], explain: () => ({ kept: [], dropped: [], segments: [] }) } as unknown as Matcher;
/** Steps of one CLI output line, in the order outputLine runs them, then its whole line (the sum, measured). */
const cli: [string, Step][] = [
  ['JSON.parse of the input line', (_t, l) => JSON.parse(l)],
  ['parseLocation', (t) => parseLocation(t)],
  ['extractPayFields', (t) => extractPayFields(t)],
  ...(matcher ? ([['matcher.extract', (t: string) => matcher.extract(t)]] as [string, Step][]) : []),
  [
    'whole line (parse, outputLine, stringify)',
    (_t, l) => {
      const r = JSON.parse(l) as { id: string; text: string };
      const out = outputLine(r.id, r.text, matcher ?? noMatcher, steps(r.text));
      return `${JSON.stringify(out)}\n`;
    },
  ],
];
/** What extractPayFields and parseLocation are made of (each also run alone on the raw text). */
const parts: [string, Step][] = [
  ['toPlainText', (t) => toPlainText(t)],
  ['normalizePosting', (t) => normalizePosting(row(t))],
  ['parsePay', (t) => parsePay(t)],
  ['detectLanguage(text, 2000)', (t) => detectLanguage(t, 2000)],
  ['offersEquity', (t) => offersEquity(t)],
];
/** The enrich stage's per-posting work outside the matcher (enrichOne without matcher.explain). */
const enrich: [string, Step][] = [
  [
    'enrichOne outside the matcher',
    (t) => {
      const r = row(t);
      const n = normalizePosting(r);
      return [textKey(n.text), minhashSignature(n.text).join(' '), detectLanguage(r.text), textPayJson(r, n)];
    },
  ],
];
/** The same whole line and enrich work from the checkout at --ref (its own module instances). */
const refSteps: [string, Step][] = [];
if (refDir !== null) {
  const m = (f: string) => import(path.join(refDir, f));
  const rc = await m('cli/commands/extract.ts');
  const rn = await m('pipeline/normalize/index.ts');
  const rl = await m('pipeline/normalize/language.ts');
  const rp = await m('pipeline/normalize/posting-pay.ts');
  const re = await m('pipeline/stages/enrich-one.ts');
  refSteps.push(
    [
      'whole line, --ref',
      (_t, l) => {
        const r = JSON.parse(l) as { id: string; text: string };
        const out = rc.outputLine(r.id, r.text, matcher ?? noMatcher, {
          locate: rn.parseLocation,
          pay: (x: string) => rp.extractPayFields(x),
        });
        return `${JSON.stringify(out)}\n`;
      },
    ],
    [
      'enrichOne outside the matcher, --ref',
      (t) => {
        const r = row(t);
        const n = rn.normalizePosting(r);
        return [
          rn.textKey(n.text),
          rn.minhashSignature(n.text).join(' '),
          rl.detectLanguage(r.text),
          re.textPayJson(r, n),
        ];
      },
    ],
  );
}
const all: [string, Step][] = [
  ['tokenizer line (reference)', (_t, l) => tokenizerLine(l)],
  ...cli,
  ...parts,
  ...enrich,
  ...refSteps,
];

const cpuNow = () => {
  const c = process.cpuUsage();
  return c.user + c.system;
};
const texts = (from: number, to: number) => {
  const out: string[] = [];
  for (let i = from; i < to; i++) out.push((JSON.parse(at(i)) as { text: string }).text);
  return out;
};
for (const [, f] of all) for (let i = 0; i < 1000; i++) f((JSON.parse(at(i)) as { text: string }).text, at(i)); // warm-up
const cpu = new Map<string, number>(all.map(([k]) => [k, 0]));
const t0 = performance.now();
for (let from = 0; from < N; from += 1000) {
  const to = Math.min(N, from + 1000);
  const batch = texts(from, to);
  for (const [name, f] of all) {
    const c = cpuNow();
    for (let i = from; i < to; i++) f(batch[i - from]!, at(i));
    cpu.set(name, cpu.get(name)! + cpuNow() - c);
  }
}
const us = (name: string) => cpu.get(name)! / N;
const ref = us('tokenizer line (reference)');
const show = (name: string) =>
  console.log(
    `  ${name.padEnd(42)} ${us(name).toFixed(1).padStart(8)} µs  ${(us(name) / ref).toFixed(2).padStart(6)}x`,
  );
console.log(
  `${N.toLocaleString('en')} HN postings (corpus of ${lines.length.toLocaleString('en')}), wall ${((performance.now() - t0) / 1000).toFixed(0)} s, load average ${loadavg()[0]!.toFixed(1)}; CPU µs per posting, x the tokenizer line`,
);
show('tokenizer line (reference)');
console.log('skillpulse extract, one output line:');
for (const [k] of cli) show(k);
console.log(
  `  => CLI line / tokenizer throughput = ${(ref / us('whole line (parse, outputLine, stringify)')).toFixed(3)}x${matcher ? '' : ' (without the matcher)'} (issue 18: >= 0.5x)`,
);
console.log('parts (each alone on the raw text):');
for (const [k] of parts) show(k);
console.log('enrich stage, per posting outside the matcher:');
for (const [k] of enrich) show(k);
if (refDir !== null) {
  console.log(`--ref ${refDir}, same blocks:`);
  for (const [k] of refSteps) show(k);
  const x = (a: string, b: string) => (us(b) / us(a)).toFixed(2);
  console.log(
    `  => whole line ${x('whole line (parse, outputLine, stringify)', 'whole line, --ref')}x faster than --ref`,
  );
  console.log(
    `  => enrich outside the matcher ${x('enrichOne outside the matcher', 'enrichOne outside the matcher, --ref')}x faster than --ref`,
  );
}
