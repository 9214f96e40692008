/**
 * bench/enrich: where the enrich stage's per-posting time goes. Runs enrichOne's parts over real HN postings
 * (../shared/data/postings/hn_whoishiring, the first N) in this process and prints CPU µs per posting of each
 * part next to the plain tokenizer of bench/extract.ts (JSON.parse of the line + a word regex) measured in the
 * same run: parts and tokenizer alternate in blocks of 1,000 postings, so both see the same machine load.
 * The structured clone rows are what postMessage costs the pool per posting (serialize in the sender plus
 * deserialize in the receiver, here both in one thread), for the batch in (TodoRow) and out (enriched row).
 *
 * Usage: npx tsx bench/enrich.ts [--n 20000] [--write-golden FILE | --check-golden FILE]
 *   --write-golden  writes one sha1 per posting of enrichOne's output (JSON) to FILE (keep it outside the repo)
 *   --check-golden  compares enrichOne's output with such a file and names the first differing postings;
 *                   exits 1 on any difference (the identical-output check of an optimisation)
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createMatcher, loadTaxonomy } from '../pipeline/extract/index.ts';
import { minhashSignature, normalizePosting, postingCore, textKey } from '../pipeline/normalize/index.ts';
import { detectLanguage } from '../pipeline/normalize/language.ts';
import { toPlainText } from '../pipeline/normalize/text.ts';
import { enrichOne, skillEvidence, spanJson, textPayJson, type TodoRow } from '../pipeline/stages/enrich-one.ts';
import { corpusRecords } from './corpus-files.ts';
import { tokenize } from './tokenizer.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '20000' },
    'write-golden': { type: 'string' },
    'check-golden': { type: 'string' },
  },
});
const N = Number(values.n);
if (!Number.isInteger(N) || N <= 0) throw new Error(`bench/enrich: --n takes a positive integer (got ${values.n})`);
const dir = path.resolve(import.meta.dirname, '../../shared/data/postings/hn_whoishiring');
if (!existsSync(dir)) {
  console.error(`bench/enrich needs ${dir}`);
  process.exit(2);
}

/** The staged row of each record, as enrich_todo holds it (the record's own fields, null when absent). */
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const rows: TodoRow[] = [];
for (const r of corpusRecords(dir)) {
  rows.push({
    source: r.source,
    content_hash: r.id,
    text: r.text,
    title: str(r.title),
    company: str(r.company),
    location: str(r.location),
    country: str(r.country),
  });
  if (rows.length >= N) break;
}
const lines = rows.map((r) => JSON.stringify({ id: r.content_hash, text: r.text }));

const tax = loadTaxonomy(undefined, { overlays: [] });
const matcher = createMatcher(tax);

const digest = (row: unknown[]) => createHash('sha1').update(JSON.stringify(row)).digest('hex');
if (values['write-golden'] || values['check-golden']) {
  const got = rows.map((r) => digest(enrichOne(r, matcher)));
  if (values['write-golden']) {
    writeFileSync(values['write-golden'], got.map((h, i) => `${rows[i]!.content_hash}\t${h}`).join('\n') + '\n');
    console.log(`golden: ${got.length} postings written to ${values['write-golden']}`);
  } else {
    const file = values['check-golden']!;
    const want = readFileSync(file, 'utf8').trim().split('\n');
    if (want.length !== got.length) throw new Error(`${file}: ${want.length} postings, this run has ${got.length}`);
    const bad: string[] = [];
    for (let i = 0; i < got.length; i++) {
      const [id, h] = want[i]!.split('\t');
      if (id !== rows[i]!.content_hash)
        throw new Error(`${file}:${i + 1}: posting ${id}, this run has ${rows[i]!.content_hash}`);
      if (h !== got[i]) bad.push(id!);
    }
    console.log(
      `golden: ${got.length - bad.length} of ${got.length} postings identical${bad.length ? `; differ: ${bad.slice(0, 10).join(' ')}` : ''}`,
    );
    if (bad.length) process.exit(1);
  }
  process.exit(0);
}

const cpuNow = () => {
  const c = process.cpuUsage();
  return c.user + c.system; // µs
};

// inputs of the later parts, computed once (untimed): each part is timed on its own
const norm = rows.map((r) => normalizePosting(r));
const explained = norm.map((n) => matcher.explain(n.text));
const langs = rows.map((r) => detectLanguage(r.text));
const enriched = rows.map((r) => enrichOne(r, matcher));

type Part = [name: string, run: (i: number) => unknown];
const parts: Part[] = [
  ['plain tokenizer (bench/extract)', (i) => tokenize(lines[i]!)],
  ['enrichOne (all of it)', (i) => enrichOne(rows[i]!, matcher)],
  ['  normalizePosting', (i) => normalizePosting(rows[i]!)],
  ['    of which toPlainText', (i) => toPlainText(rows[i]!.text)],
  ['    of which postingCore', (i) => postingCore(rows[i]!)],
  ['  matcher.explain', (i) => matcher.explain(norm[i]!.text)],
  ['  skillEvidence', (i) => skillEvidence(explained[i]!.kept)],
  ['  textKey', (i) => textKey(norm[i]!.text)],
  ['  minhashSignature + join', (i) => minhashSignature(norm[i]!.text).join(' ')],
  ['  detectLanguage (raw text)', (i) => detectLanguage(rows[i]!.text)],
  ['  spanJson (kept + dropped)', (i) => spanJson(explained[i]!.kept) + spanJson(explained[i]!.dropped)],
  ['  textPayJson (given the raw language)', (i) => textPayJson(rows[i]!, norm[i]!, langs[i])],
  ['structured clone of the TodoRow', (i) => structuredClone(rows[i]!)],
  ['structured clone of the enriched row', (i) => structuredClone(enriched[i]!)],
];
const BLOCK = 1000;
const cpu = new Array<number>(parts.length).fill(0);
for (const [, f] of parts) for (let i = 0; i < Math.min(2000, rows.length); i++) f(i); // warm-up
const t0 = performance.now();
for (let from = 0; from < rows.length; from += BLOCK) {
  const to = Math.min(rows.length, from + BLOCK);
  parts.forEach(([, f], k) => {
    const c = cpuNow();
    for (let i = from; i < to; i++) f(i);
    cpu[k]! += cpuNow() - c;
  });
}
const wall = (performance.now() - t0) / 1000;
const chars = rows.reduce((a, r) => a + r.text.length, 0) / rows.length;
const outBytes = enriched.reduce((a, r) => a + JSON.stringify(r).length, 0) / rows.length;
console.log(
  `${rows.length.toLocaleString('en-US')} real HN postings (mean ${chars.toFixed(0)} chars; enriched row ~${outBytes.toFixed(0)} chars as JSON); taxonomy ${tax.version}; Node ${process.version}`,
);
console.log(
  `wall ${wall.toFixed(1)} s; load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const tok = cpu[0]! / rows.length;
const total = cpu[1]! / rows.length;
console.log('CPU µs per posting (x: ratio to the tokenizer in this run; %: share of enrichOne):');
parts.forEach(([name], k) => {
  const us = cpu[k]! / rows.length;
  console.log(
    `  ${name.padEnd(38)} ${us.toFixed(1).padStart(8)} µs  ${(us / tok).toFixed(2).padStart(6)}x  ${k === 0 ? '' : `${((us / total) * 100).toFixed(0).padStart(4)}%`}`,
  );
});
console.log(
  `enrichOne: ${(1e6 / total).toFixed(0)} postings per CPU-second; tokenizer / enrichOne = ${(tok / total).toFixed(3)}x`,
);
