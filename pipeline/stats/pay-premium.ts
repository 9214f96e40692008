/**
 * Pay premium of a skill: the coefficient of "posting asks for the skill" in a log-pay regression with
 * categorical controls (role family, seniority, country, year), estimated by Frisch-Waugh-Lovell so that one
 * design matrix serves every skill; standard errors clustered by employer (reposts of one employer are one
 * cluster, so they cannot make an interval look tighter than the evidence). Formulas: docs/pay.md.
 */

export interface PayRow {
  /** log of the annualised pay midpoint in USD. */
  logPay: number;
  /** One level per control, in a fixed order (e.g. [role_family, seniority, country, year]). */
  controls: string[];
  /** Cluster for the standard error: the employer. */
  cluster: string;
}

export interface Premium {
  /** Postings with pay that ask for the skill / that do not. */
  n_with: number;
  n_without: number;
  beta: number;
  se: number;
  /** exp(beta): pay of postings with the skill relative to comparable postings without it. */
  ratio: number;
  lo: number;
  hi: number;
  /** Distinct employers among the postings with the skill. */
  employers: number;
}

export interface PremiumModel {
  premium(withSkill: readonly number[], z?: number): Premium | null;
  columns: number;
  n: number;
}

/** Cholesky solve of the symmetric positive (semi)definite system A x = b, with a tiny ridge. */
function choleskyInverse(a: Float64Array, k: number): Float64Array {
  const l = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * k + j]!;
      for (let p = 0; p < j; p++) s -= l[i * k + p]! * l[j * k + p]!;
      if (i === j) l[i * k + i] = Math.sqrt(Math.max(s, 1e-10));
      else l[i * k + j] = s / l[j * k + j]!;
    }
  }
  const inv = new Float64Array(k * k);
  const col = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    col.fill(0);
    col[c] = 1;
    const y = new Float64Array(k);
    for (let i = 0; i < k; i++) {
      let s = col[i]!;
      for (let p = 0; p < i; p++) s -= l[i * k + p]! * y[p]!;
      y[i] = s / l[i * k + i]!;
    }
    for (let i = k - 1; i >= 0; i--) {
      let s = y[i]!;
      for (let p = i + 1; p < k; p++) s -= l[p * k + i]! * inv[p * k + c]!;
      inv[i * k + c] = s / l[i * k + i]!;
    }
  }
  return inv;
}

/** Builds the control design once (intercept + one dummy per non-reference level) for all rows. */
export function premiumModel(rows: readonly PayRow[]): PremiumModel {
  const n = rows.length;
  const levels: Map<string, number>[] = [];
  let k = 1;
  for (const r of rows)
    r.controls.forEach((v, c) => {
      const m = (levels[c] ??= new Map());
      if (!m.has(v)) m.set(v, m.size === 0 ? -1 : k++); // first level seen is the reference
    });
  const idx: Int32Array[] = rows.map((r) =>
    Int32Array.from(r.controls.map((v, c) => levels[c]!.get(v)!).filter((j) => j >= 0)),
  );
  const ztz = new Float64Array(k * k);
  const zty = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const cols = [0, ...idx[i]!];
    for (const a of cols) {
      zty[a] += rows[i]!.logPay;
      for (const b of cols) ztz[a * k + b] += 1;
    }
  }
  const inv = choleskyInverse(ztz, k);
  const gamma = new Float64Array(k);
  for (let a = 0; a < k; a++) {
    let s = 0;
    for (let b = 0; b < k; b++) s += inv[a * k + b]! * zty[b]!;
    gamma[a] = s;
  }
  const resid = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let f = gamma[0]!;
    for (const j of idx[i]!) f += gamma[j]!;
    resid[i] = rows[i]!.logPay - f;
  }
  const clusterOf = new Int32Array(n);
  const clusterIds = new Map<string, number>();
  rows.forEach((r, i) => {
    if (!clusterIds.has(r.cluster)) clusterIds.set(r.cluster, clusterIds.size);
    clusterOf[i] = clusterIds.get(r.cluster)!;
  });

  function premium(withSkill: readonly number[], z = 1.6448536269514722): Premium | null {
    const nS = withSkill.length;
    if (nS === 0 || nS === n) return null;
    const ztd = new Float64Array(k);
    let sumResid = 0;
    for (const i of withSkill) {
      ztd[0] += 1;
      for (const j of idx[i]!) ztd[j] += 1;
      sumResid += resid[i]!;
    }
    const proj = new Float64Array(k); // (Z'Z)^-1 Z'd
    let quad = 0;
    for (let a = 0; a < k; a++) {
      let s = 0;
      for (let b = 0; b < k; b++) s += inv[a * k + b]! * ztd[b]!;
      proj[a] = s;
      quad += s * ztd[a]!;
    }
    const dd = nS - quad; // d~'d~
    if (!(dd > 1e-9)) return null;
    const beta = sumResid / dd;
    const isS = new Uint8Array(n);
    for (const i of withSkill) isS[i] = 1;
    const score = new Float64Array(clusterIds.size);
    for (let i = 0; i < n; i++) {
      let zp = proj[0]!;
      for (const j of idx[i]!) zp += proj[j]!;
      const dt = isS[i]! - zp;
      const e = resid[i]! - beta * dt;
      score[clusterOf[i]!] += dt * e;
    }
    let meat = 0;
    for (const s of score) meat += s * s;
    const g = clusterIds.size;
    const small = g > 1 ? (g / (g - 1)) * ((n - 1) / Math.max(1, n - k - 1)) : 1;
    const se = Math.sqrt((small * meat) / (dd * dd));
    const employers = new Set(withSkill.map((i) => clusterOf[i])).size;
    return {
      n_with: nS,
      n_without: n - nS,
      beta,
      se,
      ratio: Math.exp(beta),
      lo: Math.exp(beta - z * se),
      hi: Math.exp(beta + z * se),
      employers,
    };
  }
  return { premium, columns: k, n };
}

/** Median and quartiles of a sample (linear interpolation). */
export function quantiles(values: readonly number[]): { median: number; p25: number; p75: number } | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const q = (p: number) => {
    const h = (s.length - 1) * p,
      lo = Math.floor(h);
    return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (h - lo);
  };
  return { median: q(0.5), p25: q(0.25), p75: q(0.75) };
}

/**
 * quantiles() of the values of `all` that are not in `sub` (as multisets: each value of `sub` takes one equal
 * value of `all` out), both sorted ascending and `sub` a sub-multiset of `all`: the same figures as sorting the
 * complement, by one merge walk (O(|all|), no sort), for the pay of the postings without a skill.
 */
export function complementQuantiles(
  all: readonly number[],
  sub: readonly number[],
): { median: number; p25: number; p75: number } | null {
  const n = all.length - sub.length;
  if (n <= 0) return null;
  const ranks = [0.25, 0.5, 0.75].map((p) => {
    const h = (n - 1) * p,
      lo = Math.floor(h);
    return { lo, hi: Math.min(lo + 1, n - 1), t: h - lo };
  });
  const need = ranks.flatMap((r) => [r.lo, r.hi]);
  const at = new Map<number, number>(need.map((r) => [r, Number.NaN]));
  const last = Math.max(...need);
  for (let i = 0, j = 0, c = 0; i < all.length && c <= last; i++) {
    if (j < sub.length && sub[j] === all[i]) {
      j++;
      continue;
    }
    if (at.has(c)) at.set(c, all[i]!);
    c++;
  }
  const [p25, median, p75] = ranks.map((r) => at.get(r.lo)! + (at.get(r.hi)! - at.get(r.lo)!) * r.t);
  return { median: median!, p25: p25!, p75: p75! };
}
