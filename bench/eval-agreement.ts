/**
 * `npx tsx bench/eval-agreement.ts`: how far two humans agree on the blind HN set, and the extractor beside them.
 * A third annotator (C) labelled a sample of the blind postings again, blind to both the first labels and any
 * extractor output (test/eval/blind/second-c.jsonl). Prints the positive specific agreement of C with the first
 * labels (test/eval/agreement.ts), per category, and on the same postings the extractor's agreement with the
 * first labels counted the same way, so the extractor's figures can be read against the human ceiling.
 * Aggregates only: no per-posting detail is printed (the sample spans both halves).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createMatcher, loadTaxonomy } from '../pipeline/extract/index.ts';
import { kindOf } from '../pipeline/extract/kinds.ts';
import { agreement, type LabelSet } from '../test/eval/agreement.ts';
import { blindDir, loadBlind } from '../test/eval/blind.ts';
import { loadHnTexts, sharedDir } from '../test/eval/score.ts';

const second = path.join(blindDir, 'second-c.jsonl');
if (!existsSync(second) || !existsSync(sharedDir)) {
  console.error(`eval-agreement needs ${second} and ${sharedDir}`);
  process.exit(2);
}
const c: LabelSet[] = readFileSync(second, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l, i) => {
    const r = JSON.parse(l) as LabelSet;
    if (typeof r.id !== 'string' || !Array.isArray(r.skills))
      throw new Error(`${second}:${i + 1}: needs "id" and "skills"`);
    return r;
  });
const ids = new Set(c.map((l) => l.id));
const first = loadBlind().filter((l) => ids.has(l.id));
const tax = loadTaxonomy(undefined, { overlays: [] });
const matcher = createMatcher(tax);
const texts = loadHnTexts(ids);
// the extractor as a third "annotator": its kept skills, keyed by id, category from the taxonomy's kind
const machine: LabelSet[] = first.map((l) => ({
  id: l.id,
  skills: [...new Map(matcher.extract(texts.get(l.id) ?? '').map((m) => [m.id, m])).values()].map((m) => ({
    name: m.id,
    id: m.id,
    cat: kindOf(tax.byId.get(m.id)!),
  })),
}));
// first labels restricted to skills the taxonomy has, for the extractor's comparison (it can only name those)
const inTax: LabelSet[] = first.map((l) => ({ id: l.id, skills: l.skills.filter((s) => s.id && tax.byId.has(s.id)) }));
const cInTax: LabelSet[] = c.map((l) => ({ id: l.id, skills: l.skills.filter((s) => s.id && tax.byId.has(s.id)) }));

const f3 = (x: number) => x.toFixed(3);
const show = (name: string, r: ReturnType<typeof agreement>) => {
  console.log(`${name.padEnd(46)} ${f3(r.agreement)}  (both ${r.both}, only first ${r.onlyA}, only other ${r.onlyB})`);
  for (const k of ['tech', 'method', 'domain', 'soft'] as const) {
    const v = r.byCategory.get(k);
    if (v) console.log(`  ${k.padEnd(44)} ${f3(v.agreement)}  (both ${v.both}, ${v.onlyA}, ${v.onlyB})`);
  }
};
console.log(`${first.length} postings labelled twice, taxonomy ${tax.version}`);
show('annotator C vs first labels, all labels', agreement(first, c));
show('annotator C vs first labels, taxonomy ids only', agreement(inTax, cInTax));
show('extractor vs first labels, taxonomy ids only', agreement(inTax, machine));
show('extractor vs annotator C, taxonomy ids only', agreement(cInTax, machine));
