/**
 * Scoring of the pay parser against the blind hand-labelled `pay` field (test/eval/blind/labels-*.jsonl;
 * texts from ../shared). Range level: a predicted range is a true positive when the posting's gold list has
 * the same (min, max, currency, period); each posting's ranges are compared as sets (a range the annotator
 * listed twice, for two roles, counts once; a one-figure label, max null, is the range min..min). Split by hash as for skills (blind.ts: halfOf). docs/pay.md.
 */
import { normalizePosting } from '../../pipeline/normalize/index.ts';
import { postingPay } from '../../pipeline/normalize/posting-pay.ts';
import { blindDir, halfOf, type Half } from './blind.ts';
import { prf, type Prf } from './score.ts';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';

export interface GoldPay {
  min: number;
  /** null: a single stated figure (the labelling brief's form), the same range as max = min. */
  max: number | null;
  currency: string;
  period: string;
}
export interface PayLabel {
  id: string;
  pay: GoldPay[];
}

export function loadPayLabels(dir = blindDir): PayLabel[] {
  if (!existsSync(dir)) return [];
  const out: PayLabel[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.startsWith('labels-') && x.endsWith('.jsonl'))
    .sort())
    readFileSync(path.join(dir, f), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        const r = JSON.parse(line) as { id?: unknown; pay?: unknown };
        if (typeof r.id !== 'string' || !Array.isArray(r.pay))
          throw new Error(`${path.join(dir, f)}:${i + 1}: needs "id" and a "pay" list`);
        out.push({ id: r.id, pay: r.pay as GoldPay[] });
      });
  return out;
}

const key = (r: GoldPay) => `${r.min}|${r.max ?? r.min}|${r.currency}|${r.period}`;

/** The ranges the pipeline would store for an HN text (same normalization, same country rule). */
export function predictPay(id: string, text: string): GoldPay[] {
  const n = normalizePosting({
    source: 'hn_whoishiring',
    text,
    title: null,
    company: null,
    location: null,
    country: null,
  });
  void id;
  return postingPay({ text: n.text, title: n.title, country: n.country }).ranges.map(
    ({ min, max, currency, period }) => ({ min, max, currency, period }),
  );
}

export interface PayScore {
  postings: number;
  withPay: number;
  overall: Prf;
  errors: { id: string; fp: string[]; fn: string[] }[];
}

export function scorePay(labels: PayLabel[], texts: Map<string, string>, half: Half | 'all'): PayScore {
  let tp = 0,
    fp = 0,
    fn = 0,
    postings = 0,
    withPay = 0;
  const errors: PayScore['errors'] = [];
  for (const l of labels) {
    if (half !== 'all' && halfOf(l.id) !== half) continue;
    const text = texts.get(l.id);
    if (text === undefined) throw new Error(`posting ${l.id} not found in ../shared`);
    postings++;
    const gold = new Set(l.pay.map(key));
    if (gold.size) withPay++;
    const pred = new Set(predictPay(l.id, text).map(key));
    const e = { id: l.id, fp: [...pred].filter((k) => !gold.has(k)), fn: [...gold].filter((k) => !pred.has(k)) };
    tp += pred.size - e.fp.length;
    fp += e.fp.length;
    fn += e.fn.length;
    if (e.fp.length || e.fn.length) errors.push(e);
  }
  return { postings, withPay, overall: prf(tp, fp, fn), errors };
}
