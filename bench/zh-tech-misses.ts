/**
 * Classifies the Chinese blind set's TUNE-half tech misses (issue 15, zhrec2), so the largest general cause is
 * worked first. Every tech gold label (resolved as in bench/eval-extract-zh.ts) that the extractor does not keep
 * falls in one class:
 *   dropped:<why>  a candidate of that skill was made and dropped (the decision's reason, matcher.explain)
 *   form-in-text   no candidate, but one of the skill's aliases occurs in the text, case and width folded
 *                  (a boundary, case or join kept it from matching)
 *   no-form        the skill has an id but none of its aliases occurs in the text (a form is missing)
 *   no-id          the label has no taxonomy id (a skill is missing, or the reader named a phrase)
 * Prints the class counts, then each miss with its posting and the context of the nearest dropped candidate or
 * alias occurrence (40 characters each side). Tune half only: eval-half postings are never read.
 *   npx tsx bench/zh-tech-misses.ts [--part a|b] [--class dropped|form-in-text|no-form|no-id] [--kind tech|all]
 */
import path from 'node:path';
import { createMatcher, loadTaxonomy } from '../pipeline/extract/index.ts';
import { foldWidth } from '../pipeline/extract/cjk.ts';
import { blindDir, halfOf, loadBlind, tunePartOf } from '../test/eval/blind.ts';
import { resolveReviewed } from '../test/eval/review-names.ts';
import { loadRebaseTexts } from './eval-extract-zh.ts';

/** The class of one missed label, with a context offset when one was found. */
export function classify(
  id: string | null,
  text: string,
  aliasesOf: (id: string) => string[],
  dropped: { id: string; start: number; why: string }[],
): { cls: string; at: number } {
  if (!id) return { cls: 'no-id', at: -1 };
  const d = dropped.find((x) => x.id === id);
  if (d) return { cls: `dropped:${d.why}`, at: d.start };
  const folded = foldWidth(text).toLowerCase();
  for (const a of aliasesOf(id)) {
    const at = folded.indexOf(a.replace(/^[?=]+/, '').toLowerCase());
    if (at >= 0) return { cls: 'form-in-text', at };
  }
  return { cls: 'no-form', at: -1 };
}

function main(argv: string[]): void {
  const opt = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const part = opt('--part');
  const only = opt('--class');
  const kind = opt('--kind') ?? 'tech';
  const tax = loadTaxonomy(undefined, { overlays: [] });
  const matcher = createMatcher(tax);
  const tune = loadBlind(blindDir).filter(
    (l) => l.id.startsWith('rebase:') && halfOf(l.id) === 'tune' && (!part || tunePartOf(l.id) === part),
  );
  const [labels] = resolveReviewed(tune, tax);
  const texts = loadRebaseTexts(new Set(labels.map((l) => l.id)));
  const aliasesOf = (id: string) => {
    const s = tax.byId.get(id);
    return s ? [s.label, ...s.aliases].filter((a) => a.replace(/^[?=]+/, '').length >= 2) : [];
  };
  const counts = new Map<string, number>();
  const rows: string[] = [];
  for (const l of labels) {
    const text = texts.get(l.id)!;
    const e = matcher.explain(text);
    const kept = new Set(e.kept.map((m) => m.id));
    const seen = new Set<string>();
    for (const s of l.skills) {
      if (kind !== 'all' && s.cat !== kind) continue;
      const id = s.id && tax.byId.has(s.id) ? s.id : null;
      if (id && (kept.has(id) || seen.has(id))) continue;
      if (id) seen.add(id);
      const { cls, at } = classify(id, text, aliasesOf, e.dropped);
      const key = cls.startsWith('dropped:') ? cls.replace(/:[^:]*$/, (m) => (m.length > 30 ? '' : m)) : cls;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (only && !cls.startsWith(only)) continue;
      const ctx = at >= 0 ? text.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ') : '';
      rows.push(`${cls}\t${l.id}\t${id ?? '-'}\t${s.name}\t${ctx}`);
    }
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  console.log(`${kind} misses, tune half${part ? ` part ${part}` : ''} (${labels.length} postings): ${total}`);
  for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${String(v).padStart(4)}  ${k}`);
  console.log('');
  for (const r of rows.sort()) console.log(r);
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith('zh-tech-misses.ts')) main(process.argv.slice(2));
