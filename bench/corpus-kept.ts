/**
 * Kept domain / soft / method matches on a sample of the HN corpus, grouped by decision rule (`why`) and by
 * skill, with a few contexts each: for judging which rules and aliases fire outside asks (issue 11, removal
 * pass). Every posting of the blind set (both halves) is left out, so no eval-half posting is read.
 *   npx tsx bench/corpus-kept.ts [--n 1500] [--kind domain|soft|method|tech] [--why PREFIX] [--id SKILL] [--show 5]
 *   --seed S       draws the sample by sha1(S + id) instead of sha1('corpus' + id): a fresh sample of postings
 *   --lines FILE   also writes one line per kept skill (posting, skill, kind, why, context), sorted, for diffing two
 *                  builds (`diff before.tsv after.tsv`)
 */
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { createMatcher, loadTaxonomy } from '../pipeline/extract/index.ts';
import { loadBlind } from '../test/eval/blind.ts';
import { corpusRecords } from './corpus-files.ts';

const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const n = Number(opt('--n') ?? 1500);
const kinds = new Set((opt('--kind') ?? 'domain,soft,method').split(','));
const whyPrefix = opt('--why');
const idOpt = opt('--id');
const show = Number(opt('--show') ?? 0);
const seed = opt('--seed') ?? 'corpus';
const blind = new Set(loadBlind().map((l) => l.id));
const dir = path.resolve(import.meta.dirname, '../../shared/data/postings/hn_whoishiring');
// a deterministic sample: postings whose sha1(seed + id) is smallest, spread over the years
const all: { id: string; text: string; key: string }[] = [];
// the HN years of the blind set (2018-2026), read through the shared corpus reader
for (const r of corpusRecords(dir, (f) => /_20(?:1[89]|2\d)\.jsonl\.gz$/.test(f))) {
  if (blind.has(r.id) || !r.text || r.text.length < 200) continue;
  all.push({ id: r.id, text: r.text, key: createHash('sha1').update(`${seed}${r.id}`).digest('hex') });
}
all.sort((a, b) => (a.key < b.key ? -1 : 1));
const sample = all.slice(0, n);
const tax = loadTaxonomy(undefined, { overlays: [] });
const matcher = createMatcher(tax);
const byWhy = new Map<string, number>();
const lines: string[] = [];
const byId = new Map<string, { count: number; why: Map<string, number>; ctx: string[] }>();
for (const p of sample) {
  const seen = new Set<string>();
  for (const m of matcher.extract(p.text)) {
    if (!kinds.has(m.kind) || seen.has(m.id)) continue;
    seen.add(m.id);
    if (whyPrefix && !m.why.startsWith(whyPrefix)) continue;
    if (idOpt && m.id !== idOpt) continue;
    const w = `${m.kind} ${m.why}`;
    const around = p.text
      .slice(Math.max(0, m.start - 100), Math.min(p.text.length, m.end + 60))
      .replace(/\s+/g, ' ')
      .trim();
    lines.push(`${p.id}\t${m.id}\t${m.kind}\t${m.why}\t«${m.surface}» ${around}`);
    byWhy.set(w, (byWhy.get(w) ?? 0) + 1);
    const e = byId.get(m.id) ?? { count: 0, why: new Map<string, number>(), ctx: [] as string[] };
    e.count++;
    e.why.set(m.why, (e.why.get(m.why) ?? 0) + 1);
    if (e.ctx.length < show) {
      e.ctx.push(`    ${p.id} «${m.surface}» [${m.zone}; ${m.why}] ${around}`);
    }
    byId.set(m.id, e);
  }
}
const linesFile = opt('--lines');
if (linesFile) writeFileSync(linesFile, `${lines.sort().join('\n')}\n`);
console.log(`${sample.length} postings (blind set left out)`);
for (const [w, c] of [...byWhy].sort((a, b) => b[1] - a[1])) console.log(`${String(c).padStart(5)}  ${w}`);
console.log('');
for (const [id, e] of [...byId].sort((a, b) => b[1].count - a[1].count)) {
  console.log(
    `${String(e.count).padStart(5)}  ${id}  ${[...e.why]
      .sort((a, b) => b[1] - a[1])
      .map(([w, c]) => `${w} ${c}`)
      .join(', ')}`,
  );
  for (const c of e.ctx) console.log(c);
}
