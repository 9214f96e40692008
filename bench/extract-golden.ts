/**
 * `npx tsx bench/extract-golden.ts --write FILE [--n 20000]` then, after a change, `... --check FILE`: the
 * matcher's full output (explain: kept and dropped candidates with rules, zones, reasons and offsets, and the
 * zoned segments; extract: the kept matches of the lazy path) over the first N HN postings of the shared corpus
 * (../shared/data/postings/hn_whoishiring, files in name order) and all rebase postings, one JSON line per
 * posting. --check prints the first postings that differ and exits 1 when any does: a speed change must leave
 * this output byte-identical. The dump stays outside the repository (it is derived from the shared data).
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMatcher, loadTaxonomy } from '../pipeline/extract/index.ts';
import { corpusRecords } from './corpus-files.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const postings = path.resolve(root, '../shared/data/postings');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const writeTo = arg('--write');
const checkAgainst = arg('--check');
const N = Number(arg('--n') ?? 20_000);
if (!writeTo === !checkAgainst || !Number.isInteger(N) || N < 0) {
  console.error('usage: extract-golden.ts (--write FILE | --check FILE) [--n 20000]');
  process.exit(2);
}

function read(dir: string, limit: number): { id: string; text: string }[] {
  const out: { id: string; text: string }[] = [];
  if (!existsSync(dir)) {
    console.error(`extract-golden needs ${dir}`);
    process.exit(2);
  }
  for (const r of corpusRecords(dir)) {
    if (out.length >= limit) return out;
    out.push({ id: r.id, text: r.text });
  }
  return out;
}

const all = [
  ...read(path.join(postings, 'hn_whoishiring'), N),
  ...read(path.join(postings, 'rebase_who_is_hiring'), Number.POSITIVE_INFINITY),
];
const matcher = createMatcher(loadTaxonomy(undefined, { overlays: [] }));
const t0 = performance.now();
const lines = all.map((p) =>
  JSON.stringify({ id: p.id, explain: matcher.explain(p.text), extract: matcher.extract(p.text) }),
);
const ms = performance.now() - t0;
console.log(`${all.length} postings in ${(ms / 1000).toFixed(1)} s`);

if (writeTo) {
  writeFileSync(writeTo, `${lines.join('\n')}\n`);
  console.log(`wrote ${writeTo}`);
} else {
  const want = readFileSync(checkAgainst!, 'utf8').split('\n').slice(0, -1);
  let bad = 0;
  if (want.length !== lines.length) console.log(`line count differs: ${want.length} saved, ${lines.length} now`);
  for (let i = 0; i < Math.min(want.length, lines.length); i++)
    if (want[i] !== lines[i]) {
      if (bad++ < 5) {
        const a = want[i]!,
          b = lines[i]!;
        let d = 0;
        while (d < a.length && a[d] === b[d]) d++;
        console.log(`DIFF ${all[i]!.id} at char ${d}:\n  saved: ${a.slice(Math.max(0, d - 80), d + 120)}`);
        console.log(`  now:   ${b.slice(Math.max(0, d - 80), d + 120)}`);
      }
    }
  if (bad || want.length !== lines.length) {
    console.log(`${bad} of ${lines.length} postings differ`);
    process.exit(1);
  }
  console.log(`identical: ${lines.length} postings`);
}
