/**
 * Inter-annotator agreement on skill labels (docs/extraction.md, "How far humans agree"). Two annotators label
 * the same postings independently; each label is keyed by its taxonomy id, or by its lower-cased name when the
 * annotator found no id. Per posting the two label sets are compared, and summed over postings:
 *   agreement = 2·|A ∩ B| / (|A| + |B|)   (positive specific agreement, the F1 of one annotator against the other;
 *                                          symmetric, and the usual figure for set-valued labels: Cohen's kappa
 *                                          needs the negatives, which an open label set does not have)
 * By category, a label's category is the first annotator's (A) when A has it, else B's.
 */
import type { Kind } from '../../pipeline/extract/kinds.ts';

export interface LabelSet {
  id: string;
  skills: { name: string; id: string | null; cat: Kind }[];
}

export interface Agreement {
  postings: number;
  both: number;
  onlyA: number;
  onlyB: number;
  /** 2·both / (2·both + onlyA + onlyB) */
  agreement: number;
  byCategory: Map<Kind, { both: number; onlyA: number; onlyB: number; agreement: number }>;
}

const keyOf = (s: { name: string; id: string | null }) => s.id ?? `name:${s.name.trim().toLowerCase()}`;
const ratio = (both: number, a: number, b: number) => (both + a + b === 0 ? 1 : (2 * both) / (2 * both + a + b));

/** Agreement between A and B over the postings both labelled (postings only one labelled are ignored). */
export function agreement(a: LabelSet[], b: LabelSet[]): Agreement {
  const bById = new Map(b.map((l) => [l.id, l]));
  const cats = new Map<Kind, { both: number; onlyA: number; onlyB: number }>();
  const bump = (k: Kind, f: 'both' | 'onlyA' | 'onlyB') => {
    const c = cats.get(k) ?? { both: 0, onlyA: 0, onlyB: 0 };
    c[f]++;
    cats.set(k, c);
  };
  let postings = 0;
  for (const la of a) {
    const lb = bById.get(la.id);
    if (!lb) continue;
    postings++;
    const ka = new Map(la.skills.map((s) => [keyOf(s), s.cat]));
    const kb = new Map(lb.skills.map((s) => [keyOf(s), s.cat]));
    for (const [k, cat] of ka) bump(cat, kb.has(k) ? 'both' : 'onlyA');
    for (const [k, cat] of kb) if (!ka.has(k)) bump(cat, 'onlyB');
  }
  let both = 0,
    onlyA = 0,
    onlyB = 0;
  const byCategory = new Map<Kind, { both: number; onlyA: number; onlyB: number; agreement: number }>();
  for (const [k, c] of cats) {
    both += c.both;
    onlyA += c.onlyA;
    onlyB += c.onlyB;
    byCategory.set(k, { ...c, agreement: ratio(c.both, c.onlyA, c.onlyB) });
  }
  return { postings, both, onlyA, onlyB, agreement: ratio(both, onlyA, onlyB), byCategory };
}
