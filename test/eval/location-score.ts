/**
 * Scores parseLocation against the blind hand-labelled HN postings (test/eval/blind/locations.jsonl: ids and
 * location labels only; the texts are read from ../shared by id). Split by hash: sha1(id) first hex digit
 * even = tune half (rules may be tuned looking at it), odd = eval half (reported only).
 * Posting level, micro-averaged: precision = sum |pred ∩ gold| / sum |pred|, recall = sum |pred ∩ gold| / sum |gold|.
 */
import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseLocation } from '../../pipeline/normalize/location.ts';

export interface LocationLabel {
  id: string;
  location: { countries: string[]; remote: string };
}
export interface Scored {
  id: string;
  gold: string[];
  pred: string[];
  goldRemote: string;
  predRemote: string;
}
export interface LocationScore {
  n: number;
  precision: number;
  recall: number;
  remote_accuracy: number;
  perCountry: {
    country: string;
    predicted: number;
    correct: number;
    gold: number;
    precision: number;
    recall: number;
  }[];
  rows: Scored[];
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const half = (id: string): 'tune' | 'eval' =>
  parseInt(createHash('sha1').update(id).digest('hex')[0]!, 16) % 2 === 0 ? 'tune' : 'eval';

export function loadLabels(): LocationLabel[] {
  return readFileSync(path.join(here, 'blind/locations.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as LocationLabel);
}

/** Texts of the given ids from the shared HN corpus (ids as stored there, e.g. "hn:18114274"). */
export async function loadTexts(corpusDir: string, ids: Set<string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const f of readdirSync(corpusDir)
    .filter((x) => x.endsWith('.jsonl.gz'))
    .sort()) {
    const rl = createInterface({
      input: createReadStream(path.join(corpusDir, f)).pipe(createGunzip()),
      crlfDelay: Infinity,
    });
    for await (const line of rl) {
      const m = /"id":\s*"([^"]+)"/.exec(line);
      if (m && ids.has(m[1]!)) out.set(m[1]!, (JSON.parse(line) as { text: string }).text);
    }
  }
  return out;
}

export function score(labels: LocationLabel[], texts: Map<string, string>): LocationScore {
  const rows: Scored[] = [];
  for (const l of labels) {
    const text = texts.get(l.id);
    if (text === undefined) continue;
    const p = parseLocation(text);
    rows.push({
      id: l.id,
      gold: [...new Set(l.location.countries.map((c) => c.toUpperCase()))],
      pred: p.countries,
      goldRemote: l.location.remote,
      predRemote: p.remote,
    });
  }
  let tp = 0,
    np = 0,
    ng = 0,
    remoteOk = 0;
  const per = new Map<string, { predicted: number; correct: number; gold: number }>();
  const get = (c: string) => per.get(c) ?? per.set(c, { predicted: 0, correct: 0, gold: 0 }).get(c)!;
  for (const r of rows) {
    for (const c of r.pred) {
      np++;
      get(c).predicted++;
      if (r.gold.includes(c)) {
        tp++;
        get(c).correct++;
      }
    }
    for (const c of r.gold) {
      ng++;
      get(c).gold++;
    }
    if (r.goldRemote === r.predRemote) remoteOk++;
  }
  const perCountry = [...per]
    .map(([country, v]) => ({
      country,
      ...v,
      precision: v.predicted ? v.correct / v.predicted : NaN,
      recall: v.gold ? v.correct / v.gold : NaN,
    }))
    .sort((a, b) => b.gold + b.predicted - (a.gold + a.predicted) || (a.country < b.country ? -1 : 1));
  return {
    n: rows.length,
    precision: np ? tp / np : 1,
    recall: ng ? tp / ng : 1,
    remote_accuracy: rows.length ? remoteOk / rows.length : 0,
    perCountry,
    rows,
  };
}
