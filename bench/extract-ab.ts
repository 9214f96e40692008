/**
 * `npx tsx bench/extract-ab.ts --ref DIR [--n 16000] [--block 200]`: this checkout's matcher against another
 * checkout's (DIR: e.g. `git archive main | tar -x -C DIR` with node_modules linked) in ONE process, over the
 * shared HN corpus (../shared/data/postings/hn_whoishiring): blocks of `block` postings, each run by both
 * matchers, in an order that alternates from block to block (the second of a pair runs slower), CPU time; prints
 * the median over the blocks of (this / ref) and its quartiles, and both against the plain tokenizer timed
 * around each pair. On a shared machine a figure of one run of bench/extract moves by 10-30% with the load; the
 * paired median by a few percent: `--ref .` (this checkout against itself, the modules below index.ts shared)
 * shows that spread (0.98-1.02 at load 6-8 over 100-200 blocks, 2026-12-02).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { corpusRecords } from './corpus-files.ts';
import { tokenize } from './tokenizer.ts';

type Extractor = { extract(text: string): unknown[] };
type Module = {
  createMatcher(tax: unknown): Extractor;
  loadTaxonomy(file?: string, opts?: { overlays: string[] }): unknown;
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

async function main(): Promise<void> {
  const ref = arg('--ref');
  const N = Number(arg('--n') ?? 16_000);
  const B = Number(arg('--block') ?? 200);
  const dir = path.resolve(root, '../shared/data/postings/hn_whoishiring');
  if (!ref || !Number.isInteger(N) || !Number.isInteger(B) || B < 1) {
    console.error('usage: extract-ab.ts --ref DIR [--n 16000] [--block 200]');
    process.exit(2);
  }
  const refIndex = path.resolve(ref, 'pipeline/extract/index.ts');
  if (!existsSync(dir) || !existsSync(refIndex)) {
    console.error(`extract-ab needs ${dir} and ${refIndex}`);
    process.exit(2);
  }
  const texts: string[] = [];
  for (const r of corpusRecords(dir)) texts.push(r.text);
  const lines = texts.map((t, i) => JSON.stringify({ id: i, text: t }));
  // the reference first (in a separate module instance even for `--ref .`: the file URL differs by a query)
  const refMod = (await import(`${pathToFileURL(refIndex).href}?ref`)) as Module;
  const ownMod = (await import('../pipeline/extract/index.ts')) as unknown as Module;
  const a = refMod.createMatcher(refMod.loadTaxonomy(undefined, { overlays: [] }));
  const b = ownMod.createMatcher(ownMod.loadTaxonomy(undefined, { overlays: [] }));
  const cpu = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  for (let i = 0; i < 2000; i++) {
    a.extract(texts[i % texts.length]!);
    b.extract(texts[i % texts.length]!);
    tokenize(lines[i % lines.length]!);
  } // warm-up
  const ratio: number[] = [],
    refTok: number[] = [],
    ownTok: number[] = [];
  const at = (i: number) => (2000 + i) % texts.length;
  for (let from = 0, k = 0; from < N; from += B, k++) {
    const to = Math.min(N, from + B);
    const time = (m: Extractor) => {
      const t = cpu();
      for (let i = from; i < to; i++) m.extract(texts[at(i)]!);
      return cpu() - t;
    };
    const tok = () => {
      const t = cpu();
      for (let i = from; i < to; i++) tokenize(lines[at(i)]!);
      return cpu() - t;
    };
    const t1 = tok();
    let x: number, y: number;
    if (k % 2) {
      x = time(a);
      y = time(b);
    } else {
      y = time(b);
      x = time(a);
    }
    const t = (t1 + tok()) / 2;
    if (x > 0 && y > 0) {
      ratio.push(y / x);
      refTok.push(t / x);
      ownTok.push(t / y);
    }
  }
  const q = (v: number[], f: number) => [...v].sort((p, r) => p - r)[Math.floor((v.length - 1) * f)]!;
  console.log(
    `${ratio.length} paired blocks of ${B} HN postings (load ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`,
  );
  console.log(
    `this / ref time: median ${q(ratio, 0.5).toFixed(3)} (quartiles ${q(ratio, 0.25).toFixed(3)}-${q(ratio, 0.75).toFixed(3)})`,
  );
  console.log(
    `extraction / tokenizer, median per block: ref ${q(refTok, 0.5).toFixed(3)}x, this ${q(ownTok, 0.5).toFixed(3)}x`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
