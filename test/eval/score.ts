/**
 * Scoring of the extractor against the hand-built HN labels (posting-level skill sets) and against the
 * SkillSpan dev split (span level, knowledge spans). Used by `npm run eval:extract` and test/eval/*.test.ts.
 */
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Matcher, Taxonomy } from '../../pipeline/extract/index.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = path.resolve(repoRoot, '../shared');
export const labelsFile = path.join(repoRoot, 'test/eval/hn-labels-preannotated.tsv');

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return {
    tp,
    fp,
    fn,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

export function loadLabels(file = labelsFile): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [id, skills = ''] = line.split('\t');
    out.set(id!, new Set(skills.split(' ').filter(Boolean)));
  }
  return out;
}

export function loadHnTexts(ids: Set<string>): Map<string, string> {
  const dir = path.join(sharedDir, 'data/postings/hn_whoishiring');
  const out = new Map<string, string>();
  for (const y of [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]) {
    const f = path.join(dir, `hn_whoishiring_${y}.jsonl.gz`);
    if (!existsSync(f)) continue;
    for (const line of gunzipSync(readFileSync(f)).toString('utf8').split('\n')) {
      if (!line) continue;
      const r = JSON.parse(line) as { id: string; text: string };
      if (ids.has(r.id)) out.set(r.id, r.text);
    }
  }
  return out;
}

export interface PostingScore {
  overall: Prf;
  tech: Prf;
  byCategory: Map<string, Prf>;
  errors: { id: string; fp: string[]; fn: string[] }[];
}

export function scorePostings(
  matcher: Matcher,
  tax: Taxonomy,
  labels: Map<string, Set<string>>,
  texts: Map<string, string>,
): PostingScore {
  const counts = new Map<string, [number, number, number]>();
  const bump = (k: string, i: 0 | 1 | 2) => {
    const c = counts.get(k) ?? [0, 0, 0];
    c[i]++;
    counts.set(k, c);
  };
  const errors: PostingScore['errors'] = [];
  for (const [id, gold] of labels) {
    const text = texts.get(id);
    if (text === undefined) throw new Error(`posting ${id} not found in ../shared`);
    const pred = new Set(matcher.extract(text).map((m) => m.id));
    const fp: string[] = [],
      fn: string[] = [];
    for (const s of new Set([...gold, ...pred])) {
      const skill = tax.byId.get(s);
      const i = gold.has(s) && pred.has(s) ? 0 : pred.has(s) ? 1 : 2;
      if (i === 1) fp.push(s);
      if (i === 2) fn.push(s);
      for (const k of ['*', `cat:${skill?.category ?? '?'}`, skill?.skill_type === 'technology' ? 'tech' : 'non-tech'])
        bump(k, i as 0 | 1 | 2);
    }
    if (fp.length || fn.length) errors.push({ id, fp, fn });
  }
  const get = (k: string) => {
    const c = counts.get(k) ?? [0, 0, 0];
    return prf(c[0], c[1], c[2]);
  };
  const byCategory = new Map(
    [...counts.keys()]
      .filter((k) => k.startsWith('cat:'))
      .sort()
      .map((k) => [k.slice(4), get(k)] as const),
  );
  return { overall: get('*'), tech: get('tech'), byCategory, errors };
}

/** SkillSpan dev: knowledge spans (BIO) vs matcher spans over the space-joined tokens. */
export function scoreSkillSpan(
  matcher: Matcher,
  file = path.join(sharedDir, 'data/eval/skillspan/skillspan_dev.jsonl'),
): { exact: Prf; overlap: Prf; sentences: number } {
  let tp = 0,
    fp = 0,
    fn = 0,
    otp = 0,
    ofp = 0,
    ofn = 0,
    sentences = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line) as { tokens: string[]; tags_knowledge: string[] };
    sentences++;
    const starts: number[] = [];
    let text = '';
    for (const t of r.tokens) {
      if (text) text += ' ';
      starts.push(text.length);
      text += t;
    }
    const gold: [number, number][] = [];
    r.tags_knowledge.forEach((tag, i) => {
      const end = starts[i]! + r.tokens[i]!.length;
      if (tag === 'B' || (tag === 'I' && gold.length === 0)) gold.push([starts[i]!, end]);
      else if (tag === 'I') gold[gold.length - 1]![1] = end;
    });
    const pred = matcher.extract(text).map((m) => [m.start, m.end] as [number, number]);
    const key = (s: [number, number]) => `${s[0]}:${s[1]}`;
    const gk = new Set(gold.map(key)),
      pk = new Set(pred.map(key));
    for (const p of pk)
      if (gk.has(p)) tp++;
      else fp++;
    for (const g of gk) if (!pk.has(g)) fn++;
    const ov = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];
    for (const p of pred)
      if (gold.some((g) => ov(p, g))) otp++;
      else ofp++;
    for (const g of gold) if (!pred.some((p) => ov(p, g))) ofn++;
  }
  return { exact: prf(tp, fp, fn), overlap: { ...prf(otp, ofp, ofn) }, sentences };
}
