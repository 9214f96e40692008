/**
 * Co-occurrence of skills in postings (fct_skill_pairs): lift, PMI (base 2) and normalized PMI.
 *   p(a) = nA / n, p(b) = nB / n, p(ab) = nBoth / n
 *   lift = p(ab) / (p(a) p(b)) = nBoth * n / (nA * nB);  pmi = log2(lift);  npmi = pmi / -log2 p(ab)  (in [-1, 1])
 */
import { StatsInputError } from './types.ts';

export interface PairStats {
  lift: number;
  pmi: number;
  npmi: number;
}

export function pairStats(nBoth: number, nA: number, nB: number, n: number): PairStats {
  for (const [name, v] of [
    ['nBoth', nBoth],
    ['nA', nA],
    ['nB', nB],
    ['n', n],
  ] as const) {
    if (!Number.isFinite(v) || v < 0) throw new StatsInputError(name, `expected a count >= 0, got ${v}`);
  }
  if (nA === 0 || nB === 0 || n === 0)
    throw new StatsInputError(nA === 0 ? 'nA' : nB === 0 ? 'nB' : 'n', 'must be > 0');
  if (nBoth > Math.min(nA, nB))
    throw new StatsInputError('nBoth', `${nBoth} exceeds min(nA, nB) = ${Math.min(nA, nB)}`);
  if (nA > n || nB > n) throw new StatsInputError(nA > n ? 'nA' : 'nB', `exceeds n = ${n}`);
  const lift = (nBoth * n) / (nA * nB);
  if (nBoth === 0) return { lift: 0, pmi: -Infinity, npmi: -1 };
  const pmi = Math.log2(lift);
  const h = -Math.log2(nBoth / n);
  return { lift, pmi, npmi: h > 0 ? pmi / h : 1 };
}

export interface PairRow {
  skill_id: string;
  related_id: string;
  n_both: number;
  n_skill: number;
  n_related: number;
  lift: number;
  pmi: number;
  npmi: number;
}

/**
 * Both directions of every pair with n_both >= minSupport (default 5). `pairs` holds each unordered pair
 * once; `counts` maps skill_id to its postings; n = all postings.
 */
export function pairTable(
  pairs: { a: string; b: string; n_both: number }[],
  counts: Map<string, number>,
  n: number,
  minSupport = 5,
): PairRow[] {
  const out: PairRow[] = [];
  for (const p of pairs) {
    if (p.n_both < minSupport || p.a === p.b) continue;
    const nA = counts.get(p.a);
    const nB = counts.get(p.b);
    if (nA === undefined) throw new StatsInputError('counts', `no count for skill '${p.a}'`);
    if (nB === undefined) throw new StatsInputError('counts', `no count for skill '${p.b}'`);
    const s = pairStats(p.n_both, nA, nB, n);
    out.push({ skill_id: p.a, related_id: p.b, n_both: p.n_both, n_skill: nA, n_related: nB, ...s });
    out.push({ skill_id: p.b, related_id: p.a, n_both: p.n_both, n_skill: nB, n_related: nA, ...s });
  }
  return out;
}

export interface EmployerPair {
  a: string;
  b: string;
  n_both: number;
  employers: number;
}
export interface EmployerPairRow extends PairRow {
  employers: number;
  employers_skill: number;
  employers_related: number;
}

/**
 * Adjacency that one employer's reposts cannot inflate: lift, PMI and NPMI on EMPLOYER counts (eA = employers
 * naming a, eB naming b, eBoth = employers with a posting naming both, E = all employers), kept when at least
 * `minEmployers` employers name both (default 5). n_both / n_skill stay in postings (the "appears in X% of
 * postings that ask for ..." figure). Both directions of every pair.
 */
export function employerPairTable(
  pairs: EmployerPair[],
  postings: Map<string, number>,
  employers: Map<string, number>,
  nEmployers: number,
  minEmployers = 5,
): EmployerPairRow[] {
  const out: EmployerPairRow[] = [];
  for (const p of pairs) {
    if (p.employers < minEmployers || p.a === p.b) continue;
    const [nA, nB, eA, eB] = [postings.get(p.a), postings.get(p.b), employers.get(p.a), employers.get(p.b)];
    if (nA === undefined || eA === undefined) throw new StatsInputError('counts', `no count for skill '${p.a}'`);
    if (nB === undefined || eB === undefined) throw new StatsInputError('counts', `no count for skill '${p.b}'`);
    const s = pairStats(p.employers, eA, eB, nEmployers);
    out.push({
      skill_id: p.a,
      related_id: p.b,
      n_both: p.n_both,
      n_skill: nA,
      n_related: nB,
      ...s,
      employers: p.employers,
      employers_skill: eA,
      employers_related: eB,
    });
    out.push({
      skill_id: p.b,
      related_id: p.a,
      n_both: p.n_both,
      n_skill: nB,
      n_related: nA,
      ...s,
      employers: p.employers,
      employers_skill: eB,
      employers_related: eA,
    });
  }
  return out;
}
