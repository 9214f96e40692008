/**
 * `npm run eval:extract [-- --tune] [-- --import FILE ...]`
 *   default : scores the EVAL half of the blind HN set (test/eval/blind/) - precision overall and per kind,
 *             tech recall, all-category recall, in aggregate only (no error listing) - then the old pre-annotated
 *             set and SkillSpan dev (span level).
 *   --tune  : the same for the TUNE half (the only half whose errors may be looked at while tuning).
 *   --labels FILE : scores that label file's postings of the half instead of test/eval/blind/ (a new batch's
 *             before figure, or a second reader's labels).
 *   --import FILE... : copies annotator files (JSONL) into test/eval/blind/, keeping ids and labels only.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createMatcher, loadTaxonomy } from '../pipeline/extract/index.ts';
import { loadHnTexts, loadLabels, scorePostings, scoreSkillSpan, sharedDir, type Prf } from '../test/eval/score.ts';
import { blindDir, halfOf, loadBlind, loadLabelFile, scoreBlind } from '../test/eval/blind.ts';
import { resolveReviewed } from '../test/eval/review-names.ts';
import { runZhEval } from './eval-extract-zh.ts';

const argv = process.argv.slice(2);
const imp = argv.indexOf('--import');
if (imp >= 0) {
  mkdirSync(blindDir, { recursive: true });
  for (const f of argv.slice(imp + 1).filter((x) => !x.startsWith('--'))) {
    const out: string[] = [];
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as Record<string, unknown>;
      out.push(
        JSON.stringify({
          id: r.id,
          skills: r.skills,
          context_only: r.context_only ?? [],
          location: r.location,
          pay: r.pay ?? [],
          certs: r.certs ?? [],
        }),
      );
    }
    const dest = path.join(blindDir, path.basename(f));
    writeFileSync(dest, out.join('\n') + '\n');
    console.log(`${f} -> ${dest}: ${out.length} postings (ids and labels only)`);
  }
  process.exit(0);
}

if (!existsSync(sharedDir)) {
  console.error(`eval:extract needs ${sharedDir} (the shared postings and SkillSpan files)`);
  process.exit(2);
}
const half = argv.includes('--tune') ? 'tune' : 'eval';
const tax = loadTaxonomy(undefined, { overlays: [] });
const matcher = createMatcher(tax);
const f3 = (x: number) => x.toFixed(3);
const fmt = (name: string, p: Prf) =>
  `${name.padEnd(34)} P ${f3(p.precision)}  R ${f3(p.recall)}  F1 ${f3(p.f1)}  (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;

const li = argv.indexOf('--labels');
const labelFile = li >= 0 ? argv[li + 1] : undefined;
if (li >= 0 && (!labelFile || labelFile.startsWith('--'))) throw new Error('--labels needs a label file (JSONL)');
const blind = (labelFile ? loadLabelFile(labelFile) : loadBlind()).filter(
  (l) => halfOf(l.id) === half && !l.id.startsWith('rebase:'),
); // rebase: bench/eval-extract-zh.ts
if (blind.length) {
  const texts = loadHnTexts(new Set(blind.map((l) => l.id)));
  const strict = scoreBlind(matcher, tax, blind, texts);
  const [labels, resolved] = resolveReviewed(blind, tax);
  const res = scoreBlind(matcher, tax, labels, texts);
  console.log(
    `BLIND HN set${labelFile ? ` (${labelFile})` : ''}, ${half.toUpperCase()} half: ${res.postings} postings, taxonomy ${tax.version}`,
  );
  console.log(
    `${fmt('all skills, as labelled', strict.overall)}  tech P ${f3(strict.byKind.get('tech')!.precision)} R ${f3(strict.byKind.get('tech')!.recall)}`,
  );
  console.log(
    `with ${resolved} id-less labels resolved by name to the review files' skills (test/eval/review-names.ts):`,
  );
  console.log(fmt('all skills', res.overall));
  for (const [k, v] of res.byKind)
    console.log(
      `  ${k.padEnd(7)} precision ${f3(v.precision)} (tp ${v.tp}, fp ${v.fp})   recall ${f3(v.recall)} (${v.gold - v.fnGold}/${v.gold} gold)`,
    );
  console.log(
    `labels without a taxonomy id (count as misses): ${[...res.misses.keys()].filter((k) => k.startsWith('(no id)')).reduce((a, k) => a + res.misses.get(k)!.n, 0)}`,
  );
  if (half === 'tune') {
    const top = (m: Map<string, { n: number; examples: string[] }>, n: number) =>
      [...m].sort((a, b) => b[1].n - a[1].n).slice(0, n);
    console.log('\nworst false positives (skill: count [of which labelled context_only]  examples):');
    for (const [id, e] of top(res.fps, 25))
      console.log(`  ${id}: ${e.n} [${(e as unknown as { context: number }).context}]  ${e.examples.join(' | ')}`);
    console.log('\nworst misses (skill: count  postings):');
    for (const [id, e] of top(res.misses, 25)) console.log(`  ${id}: ${e.n}  ${e.examples.join(' ')}`);
  } else console.log('(errors are listed for the tune half only: the eval half is scored in aggregate)');
} else console.log(`no blind labels in ${blindDir}`);

if (!argv.includes('--blind-only')) {
  const labels = loadLabels();
  const res = scorePostings(matcher, tax, labels, loadHnTexts(new Set(labels.keys())));
  console.log(
    `\nOld PRE-ANNOTATED HN set (test/eval/hn-labels-preannotated.tsv, labels started from the matcher): ${labels.size} postings`,
  );
  console.log(fmt('overall', res.overall));
  console.log(fmt('tech skills (skill_type=technology)', res.tech));
  const ss = scoreSkillSpan(matcher);
  console.log(`\nSkillSpan dev (${ss.sentences} sentences), knowledge spans vs matched spans:`);
  console.log(fmt('exact span match', ss.exact));
  console.log(fmt('overlapping span', ss.overlap));
}

if (!labelFile || blind.length === 0) runZhEval(argv); // the Chinese blind set (bench/eval-extract-zh.ts); --labels with rebase ids scores them there
