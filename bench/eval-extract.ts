/** `npm run eval:extract`: precision/recall/F1 of the extractor on the hand-built HN set and SkillSpan dev. */
import { existsSync } from 'node:fs';
import { createMatcher, loadTaxonomy } from '../pipeline/extract/index.ts';
import { loadHnTexts, loadLabels, scorePostings, scoreSkillSpan, sharedDir, type Prf } from '../test/eval/score.ts';

if (!existsSync(sharedDir)) {
  console.error(`eval:extract needs ${sharedDir} (the shared postings and SkillSpan files)`);
  process.exit(2);
}
const tax = loadTaxonomy(undefined, { overlays: [] });
const matcher = createMatcher(tax);
const labels = loadLabels();
const res = scorePostings(matcher, tax, labels, loadHnTexts(new Set(labels.keys())));
const fmt = (name: string, p: Prf) =>
  `${name.padEnd(34)} P ${p.precision.toFixed(3)}  R ${p.recall.toFixed(3)}  F1 ${p.f1.toFixed(3)}  (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;
console.log(`HN who-is-hiring eval set: ${labels.size} postings, taxonomy ${tax.version} (posting-level skill sets)`);
console.log(fmt('overall', res.overall));
console.log(fmt('tech skills (skill_type=technology)', res.tech));
console.log('per category:');
for (const [cat, p] of res.byCategory) console.log('  ' + fmt(cat, p));
if (process.argv.includes('--errors')) for (const e of res.errors) console.log(`${e.id}  fp: ${e.fp.join(' ')}  fn: ${e.fn.join(' ')}`);
const ss = scoreSkillSpan(matcher);
console.log(`\nSkillSpan dev (${ss.sentences} sentences), knowledge spans vs matched spans:`);
console.log(fmt('exact span match', ss.exact));
console.log(fmt('overlapping span', ss.overlap));
