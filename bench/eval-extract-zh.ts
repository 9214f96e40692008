import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { createMatcher, loadTaxonomy } from '../pipeline/extract/index.ts';
import { sharedDir } from '../test/eval/score.ts';
import { blindDir, halfOf, loadBlind, loadLabelFile, scoreBlind, tunePartOf } from '../test/eval/blind.ts';
import { resolveReviewed } from '../test/eval/review-names.ts';

export const rebaseFile = path.join(sharedDir, 'data/postings/rebase_who_is_hiring/rebase_who_is_hiring.jsonl.gz');

/** The texts of the given rebase ids from ../shared. */
export function loadRebaseTexts(ids: Set<string>, file = rebaseFile): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of gunzipSync(readFileSync(file)).toString('utf8').split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line) as { id: string; text: string };
    if (ids.has(r.id)) out.set(r.id, r.text);
  }
  return out;
}

/** Prints the Chinese blind-set figures (bench/eval-extract.ts calls it after the HN set). */
export function runZhEval(argv: string[]): void {
  if (!existsSync(rebaseFile)) {
    console.log(`\nChinese blind set skipped: ${rebaseFile} not found`);
    return;
  }
  const half = argv.includes('--tune') ? 'tune' : 'eval';
  const opt = (name: string) => {
    const i = argv.indexOf(name);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${name} needs a value`);
    return v;
  };
  const part = opt('--part');
  if (part !== undefined && part !== 'a' && part !== 'b') throw new Error(`--part ${part}: expected a or b`);
  if (part && half !== 'tune') throw new Error('--part splits the tune half only (add --tune)');
  const labelFile = opt('--labels');
  const tax = loadTaxonomy(undefined, { overlays: [] });
  const matcher = createMatcher(tax);
  const asLabelled = (labelFile ? loadLabelFile(labelFile) : loadBlind(blindDir)).filter(
    (l) => l.id.startsWith('rebase:') && halfOf(l.id) === half && (!part || tunePartOf(l.id) === part),
  );
  const texts = loadRebaseTexts(new Set(asLabelled.map((l) => l.id)));
  const f3 = (x: number) => x.toFixed(3);
  const strict = scoreBlind(matcher, tax, asLabelled, texts);
  const [labels, resolved] = resolveReviewed(asLabelled, tax);
  const res = scoreBlind(matcher, tax, labels, texts);
  const tech = res.byKind.get('tech')!;
  console.log(
    `\nBLIND CHINESE set (rebase${labelFile ? `, ${labelFile}` : ''}), ${half.toUpperCase()} half${part ? ` part ${part}` : ''}: ${res.postings} postings, taxonomy ${tax.version}`,
  );
  console.log(
    `as labelled: precision ${f3(strict.overall.precision)}  tech recall ${f3(strict.byKind.get('tech')!.recall)}  all-category recall ${f3(strict.overall.recall)}  (tp ${strict.overall.tp}, fp ${strict.overall.fp}, fn ${strict.overall.fn})`,
  );
  console.log(
    `with ${resolved} id-less labels resolved by name to the review files' skills (test/eval/review-names.ts):\nprecision ${f3(res.overall.precision)}  tech recall ${f3(tech.recall)}  all-category recall ${f3(res.overall.recall)}  (tp ${res.overall.tp}, fp ${res.overall.fp}, fn ${res.overall.fn})`,
  );
  for (const [k, v] of res.byKind)
    console.log(
      `  ${k.padEnd(7)} precision ${f3(v.precision)} (tp ${v.tp}, fp ${v.fp})   recall ${f3(v.recall)} (${v.gold - v.fnGold}/${v.gold} gold)`,
    );
  const nullMiss = [...res.misses.keys()]
    .filter((k) => k.startsWith('(no id)'))
    .reduce((a, k) => a + res.misses.get(k)!.n, 0);
  console.log(`labels without a taxonomy id (count as misses): ${nullMiss}`);
  if (half === 'tune' && argv.includes('--errors')) {
    const top = (m: Map<string, { n: number; examples: string[] }>, n: number) =>
      [...m].sort((a, b) => b[1].n - a[1].n).slice(0, n);
    console.log('\nworst false positives:');
    for (const [id, e] of top(res.fps, 40)) console.log(`  ${id}: ${e.n}  ${e.examples.join(' | ')}`);
    console.log('\nworst misses:');
    for (const [id, e] of top(res.misses, 80).filter(([k]) => !k.startsWith('(no id)')))
      console.log(`  ${id}: ${e.n}  ${e.examples.join(' ')}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith('eval-extract-zh.ts')) runZhEval(process.argv.slice(2));
