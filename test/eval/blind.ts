/**
 * The blind hand-labelled HN set (test/eval/blind/labels-*.jsonl; ids and labels only, texts stay in ../shared):
 * annotators labelled 820 HN postings (A and B 160 each, D, E, F, G and H 100 more each) and 320 rebase postings
 * (labels-zh, labels-zh3 to labels-zh5; scored by bench/eval-extract-zh.ts) by reading them, never seeing any extractor output
 * (docs/extraction.md); second-c.jsonl is a second labelling of 60 of them, for agreement only.
 * Split ONCE by hash: sha1(id), first hex digit even -> 'tune' (may be looked at while tuning), odd -> 'eval'.
 * Scoring, posting level:
 *   gold = labelled skills; a label with id null (or an id the taxonomy lacks) is a miss nobody can hit (the eval
 *   scripts also score after review-names.ts resolves id-less labels to the review files' skills by name);
 *   a predicted skill not among the labelled ones is a false positive (context_only or not);
 *   precision per kind groups predictions by the taxonomy's kind (kinds.ts); recall per kind groups gold by the
 *   annotator's category.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Matcher, Taxonomy } from '../../pipeline/extract/index.ts';
import { kindOf, KINDS, type Kind } from '../../pipeline/extract/kinds.ts';
import { prf, repoRoot, type Prf } from './score.ts';

export const blindDir = path.join(repoRoot, 'test/eval/blind');
export type Half = 'tune' | 'eval';

export interface BlindLabel {
  id: string;
  skills: { name: string; id: string | null; cat: Kind; req?: string }[];
  context_only: { name: string; id: string | null; why: string }[];
  /** Certifications the job asks for, listed apart from `skills` (names; review-names.ts resolves them). */
  certs?: (string | { name: string; req?: string })[];
}

export const halfOf = (id: string): Half =>
  Number.parseInt(createHash('sha1').update(id).digest('hex')[0]!, 16) % 2 === 0 ? 'tune' : 'eval';

/** The second split of the tune half (for checking a rule on unseen tune postings): sha1('x' + id), first hex digit even = 'a', odd = 'b'. */
export const tunePartOf = (id: string): 'a' | 'b' =>
  Number.parseInt(createHash('sha1').update(`x${id}`).digest('hex')[0]!, 16) % 2 === 0 ? 'a' : 'b';

/** The labelled postings of one JSONL label file, errors naming the file and line. */
export function loadLabelFile(file: string): BlindLabel[] {
  if (!existsSync(file)) throw new Error(`${file}: no such label file`);
  const out: BlindLabel[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let r: BlindLabel;
      try {
        r = JSON.parse(line) as BlindLabel;
      } catch {
        throw new Error(`${file}:${i + 1}: not JSON`);
      }
      if (typeof r.id !== 'string' || !Array.isArray(r.skills))
        throw new Error(`${file}:${i + 1}: needs "id" and "skills"`);
      r.context_only ??= [];
      out.push(r);
    });
  return out;
}

/** Every labelled posting of the blind set (the `labels-*.jsonl` files in `dir`), with its file and line for errors. */
export function loadBlind(dir = blindDir): BlindLabel[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((x) => x.startsWith('labels-') && x.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => loadLabelFile(path.join(dir, f)));
}

export interface BlindScore {
  postings: number;
  overall: Prf;
  /** precision by predicted kind, recall by gold category */
  byKind: Map<Kind, { precision: number; recall: number; tp: number; fp: number; fnGold: number; gold: number }>;
  unmappable: number;
  fps: Map<string, { n: number; examples: string[]; context: number }>;
  misses: Map<string, { n: number; examples: string[] }>;
}

export function scoreBlind(
  matcher: Matcher,
  tax: Taxonomy,
  labels: BlindLabel[],
  texts: Map<string, string>,
): BlindScore {
  let tp = 0,
    fp = 0,
    fn = 0,
    unmappable = 0;
  const pk = new Map<Kind, [number, number]>(KINDS.map((k) => [k, [0, 0]]));
  const rk = new Map<Kind, [number, number]>(KINDS.map((k) => [k, [0, 0]]));
  const fps = new Map<string, { n: number; examples: string[]; context: number }>();
  const misses = new Map<string, { n: number; examples: string[] }>();
  for (const l of labels) {
    const text = texts.get(l.id);
    if (text === undefined) throw new Error(`posting ${l.id} not found in ../shared`);
    const pred = new Map<string, string>();
    for (const m of matcher.extract(text)) if (!pred.has(m.id)) pred.set(m.id, `${m.surface} [${m.zone}; ${m.why}]`);
    const gold = new Map<string, Kind>();
    const nullGold: { name: string; cat: Kind }[] = [];
    for (const s of l.skills) {
      const id = s.id && tax.byId.has(s.id) ? s.id : null;
      if (id) {
        if (!gold.has(id)) gold.set(id, s.cat);
      } else {
        nullGold.push({ name: s.name, cat: s.cat });
        if (s.id) unmappable++;
      }
    }
    const ctx = new Set(l.context_only.map((c) => c.id).filter((x): x is string => !!x));
    for (const [id, ex] of pred) {
      const k = kindOf(tax.byId.get(id)!);
      const c = pk.get(k)!;
      if (gold.has(id)) {
        tp++;
        c[0]++;
      } else {
        fp++;
        c[1]++;
        const e = fps.get(id) ?? { n: 0, examples: [], context: 0 };
        e.n++;
        if (ctx.has(id)) e.context++;
        if (e.examples.length < 3) e.examples.push(`${l.id} ${ex}`);
        fps.set(id, e);
      }
    }
    for (const [id, cat] of gold) {
      const c = rk.get(cat) ?? [0, 0];
      c[1]++;
      if (pred.has(id)) c[0]++;
      else {
        fn++;
        const e = misses.get(id) ?? { n: 0, examples: [] };
        e.n++;
        if (e.examples.length < 3) e.examples.push(l.id);
        misses.set(id, e);
      }
      rk.set(cat, c);
    }
    for (const g of nullGold) {
      fn++;
      const c = rk.get(g.cat) ?? [0, 0];
      c[1]++;
      rk.set(g.cat, c);
      const key = `(no id) ${g.name.toLowerCase()}`;
      const e = misses.get(key) ?? { n: 0, examples: [] };
      e.n++;
      if (e.examples.length < 3) e.examples.push(l.id);
      misses.set(key, e);
    }
  }
  const byKind = new Map(
    KINDS.map((k) => {
      const [ptp, pfp] = pk.get(k)!,
        [rtp, rn] = rk.get(k) ?? [0, 0];
      return [
        k,
        {
          precision: ptp + pfp ? ptp / (ptp + pfp) : 1,
          recall: rn ? rtp / rn : 1,
          tp: ptp,
          fp: pfp,
          fnGold: rn - rtp,
          gold: rn,
        },
      ] as const;
    }),
  );
  return { postings: labels.length, overall: prf(tp, fp, fn), byKind, unmappable, fps, misses };
}
