/**
 * bench/normalize: postings per second through normalizePosting + minhashSignature (+ textKey, shown apart)
 * on one core, for generated postings (bench/generate.ts) and, when ../shared is present, real HN postings.
 * Usage: npx tsx bench/normalize.ts [N=100000]
 * Prints wall-clock and process CPU time: on a shared machine the CPU figure is the one to compare.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { minhashSignature, normalizePosting, textKey } from '../pipeline/normalize/index.ts';
import { generatePostings } from './generate.ts';
import { corpusRecords } from './corpus-files.ts';

interface Row {
  source: string;
  text: string;
  title: string | null;
  company: string | null;
  location: string | null;
  country: string | null;
}

const n = Number(process.argv[2] ?? 100_000);
const repoRoot = path.resolve(import.meta.dirname, '..');
const hnDir = path.resolve(repoRoot, '../shared/data/postings/hn_whoishiring');

function generated(): Row[] {
  const rows: Row[] = [];
  for (const p of generatePostings({ n: Math.min(n, 50_000), seed: 7 })) {
    rows.push({
      source: p.source ?? 'hn_whoishiring',
      text: p.text ?? '',
      title: null,
      company: null,
      location: null,
      country: null,
    });
  }
  return rows;
}

function real(): Row[] {
  const rows: Row[] = [];
  for (const r of corpusRecords(hnDir))
    rows.push({ source: r.source, text: r.text, title: null, company: null, location: null, country: null });
  return rows;
}

function run(label: string, rows: Row[], f: (r: Row) => void): void {
  for (let i = 0; i < Math.min(rows.length, 2000); i++) f(rows[i]!); // warm-up
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) f(rows[i % rows.length]!);
  const c = process.cpuUsage(c0);
  const wall = (performance.now() - t0) / 1000;
  const cpu = (c.user + c.system) / 1e6;
  console.log(
    `${label.padEnd(44)} ${Math.round(n / wall)
      .toLocaleString('en-US')
      .padStart(9)} postings/s wall, ` +
      `${Math.round(n / cpu)
        .toLocaleString('en-US')
        .padStart(9)} postings/s CPU (${((cpu * 1e6) / n).toFixed(1)} us/posting)`,
  );
}

const sets: Array<[string, Row[]]> = [['generated', generated()]];
if (existsSync(hnDir)) sets.push(['real HN 2011-2026', real()]);
else console.log(`(${hnDir} absent: real postings skipped)`);
console.log(`${n.toLocaleString('en-US')} postings per run, Node ${process.version}`);
for (const [name, rows] of sets) {
  const chars = rows.reduce((a, r) => a + r.text.length, 0) / rows.length;
  console.log(
    `-- ${name}: ${rows.length.toLocaleString('en-US')} distinct postings, ${chars.toFixed(0)} chars on average`,
  );
  run('normalizePosting', rows, (r) => {
    normalizePosting(r);
  });
  run('minhashSignature (k=64)', rows, (r) => {
    minhashSignature(r.text);
  });
  run('normalizePosting + minhashSignature', rows, (r) => {
    minhashSignature(normalizePosting(r).text);
  });
  run('textKey', rows, (r) => {
    textKey(r.text);
  });
}
