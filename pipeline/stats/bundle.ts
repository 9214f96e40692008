/**
 * Credential designer (docs/credentials.md): a bundle of skills postings ask for together, ordered as a
 * stackable pathway. Pure.
 *   growth : B starts from the seeds (else the candidate with the largest postings x durability'); then adds, one at
 *            a time, the candidate c maximising  sum_{b in B} n_both(b, c) * max(0, npmi(b, c))  (co-occurrence
 *            weighted by association, so a skill every posting names does not win by volume alone); ties by postings.
 *   order  : foundation(s) = durability'(s) * sqrt(postings(s) * degree(s)) (broad, durable, asked alongside many:
 *            degree = skills it pairs with); the top ceil(size / 2) are 'foundational', the rest 'advanced'.
 *   evidence: k = max(2, ceil(size / 2)); postings (and employers) that ask for >= k skills of the bundle.
 */
export interface BundleCandidate {
  id: string;
  label: string;
  postings: number;
  durability: number | null;
  degree: number;
}
export interface BundlePair {
  a: string;
  b: string;
  n_both: number;
  npmi: number;
}
export interface BundleItem {
  id: string;
  label: string;
  stage: 'foundational' | 'advanced';
  order: number;
  foundation: number;
  gain: number;
}

export function bundleK(size: number): number {
  return Math.max(2, Math.ceil(size / 2));
}

const durab = (d: number | null) => d ?? 0.5;

/** Co-occurrence of one skill with the others: [other, n_both, npmi]. */
export type Neighbors = (id: string) => Iterable<readonly [string, number, number]>;

/** Neighbors from a list of pairs (both directions). */
export function neighborsOf(pairs: readonly BundlePair[]): Neighbors {
  const m = new Map<string, [string, number, number][]>();
  for (const p of pairs) {
    (m.get(p.a) ?? m.set(p.a, []).get(p.a)!).push([p.b, p.n_both, p.npmi]);
    (m.get(p.b) ?? m.set(p.b, []).get(p.b)!).push([p.a, p.n_both, p.npmi]);
  }
  return (id) => m.get(id) ?? [];
}

/** Neighbors counted in a set of postings (skill lists): n_both and npmi = ln(p_ab / (p_a p_b)) / -ln p_ab. */
export function neighborsIn(postings: readonly (readonly string[])[], minBoth = 5): Neighbors {
  const n = postings.length;
  const count = new Map<string, number>();
  const having = new Map<string, number[]>();
  postings.forEach((skills, i) => {
    for (const s of skills) {
      count.set(s, (count.get(s) ?? 0) + 1);
      (having.get(s) ?? having.set(s, []).get(s)!).push(i);
    }
  });
  return (id) => {
    const both = new Map<string, number>();
    for (const i of having.get(id) ?? [])
      for (const s of postings[i]!) if (s !== id) both.set(s, (both.get(s) ?? 0) + 1);
    const out: [string, number, number][] = [];
    for (const [s, nb] of both) {
      if (nb < minBoth) continue;
      const pab = nb / n,
        pa = count.get(id)! / n,
        pb = count.get(s)! / n;
      out.push([s, nb, pab >= 1 ? 1 : Math.log(pab / (pa * pb)) / -Math.log(pab)]);
    }
    return out;
  };
}

export function designBundle(
  candidates: readonly BundleCandidate[],
  pairs: readonly BundlePair[] | Neighbors,
  size: number,
  seed: readonly string[] = [],
): BundleItem[] {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const near = typeof pairs === 'function' ? pairs : neighborsOf(pairs);
  const w = {
    get: (id: string) =>
      [...near(id)].filter(([o]) => byId.has(o)).map(([o, nb, npmi]) => [o, nb * Math.max(0, npmi)] as const),
  };
  const chosen: string[] = [];
  const gain = new Map<string, number>();
  for (const s of seed)
    if (byId.has(s) && !chosen.includes(s) && chosen.length < size) {
      chosen.push(s);
      gain.set(s, 0);
    }
  if (chosen.length === 0) {
    const first = [...candidates].sort(
      (x, y) => y.postings * durab(y.durability) - x.postings * durab(x.durability) || (x.id < y.id ? -1 : 1),
    )[0];
    if (!first) return [];
    chosen.push(first.id);
    gain.set(first.id, 0);
  }
  const score = new Map<string, number>(); // running sum of weights to the bundle
  const add = (id: string) => {
    for (const [o, v] of w.get(id) ?? []) score.set(o, (score.get(o) ?? 0) + v);
  };
  chosen.forEach(add);
  while (chosen.length < size) {
    let best: string | null = null,
      bestV = 0;
    for (const [id, v] of score) {
      if (chosen.includes(id) || v <= 0) continue;
      if (
        best === null ||
        v > bestV ||
        (v === bestV &&
          (byId.get(id)!.postings > byId.get(best)!.postings ||
            (byId.get(id)!.postings === byId.get(best)!.postings && id < best)))
      ) {
        best = id;
        bestV = v;
      }
    }
    if (best === null) break; // nothing co-occurs with the bundle any more
    chosen.push(best);
    gain.set(best, bestV);
    add(best);
  }
  const foundation = (id: string) => {
    const c = byId.get(id)!;
    return durab(c.durability) * Math.sqrt(c.postings * Math.max(1, c.degree));
  };
  const ordered = [...chosen].sort((a, b) => foundation(b) - foundation(a) || (a < b ? -1 : 1));
  const nFound = Math.ceil(ordered.length / 2);
  return ordered.map((id, i) => ({
    id,
    label: byId.get(id)!.label,
    stage: i < nFound ? 'foundational' : 'advanced',
    order: i + 1,
    foundation: foundation(id),
    gain: gain.get(id) ?? 0,
  }));
}

/** Indices of the postings (skill lists) that ask for at least k skills of the bundle. */
export function postingsWithK(
  postings: readonly (readonly string[])[],
  bundle: readonly string[],
  k: number,
): number[] {
  const set = new Set(bundle);
  const out: number[] = [];
  postings.forEach((skills, i) => {
    let n = 0;
    for (const s of skills)
      if (set.has(s) && ++n >= k) {
        out.push(i);
        break;
      }
  });
  return out;
}

/** Certifications that certify part of the bundle, most covered first. */
export function coveringCertifications(
  certs: readonly { id: string; label: string; certifies: readonly string[]; postings: number }[],
  bundle: readonly string[],
) {
  const set = new Set(bundle);
  return certs
    .map((c) => ({ id: c.id, label: c.label, covers: c.certifies.filter((s) => set.has(s)), postings: c.postings }))
    .filter((c) => c.covers.length > 0)
    .sort((a, b) => b.covers.length - a.covers.length || b.postings - a.postings || (a.id < b.id ? -1 : 1));
}
