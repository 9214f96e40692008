/**
 * Poisson log-linear trend with exposure: y_t ~ Poisson(E_t * exp(a + b * x_t)), fitted by maximum
 * likelihood. For fixed b the intercept has a closed form, exp(a) = sum(y) / sum(E exp(b x)), so the
 * profile log-likelihood is one-dimensional and concave:
 *   lp(b) = b * sum(y x) - Y * ln(sum(E exp(b x))) + const,   Y = sum(y)
 * and its maximiser solves  mean_y(x) = mean_w(x),  w_t = E_t exp(b x_t)  (Newton with bisection guard).
 * Overdispersion: quasi-Poisson scale phi = max(1, Pearson X^2 / (n - 2)); intervals use the profile
 * likelihood with the F(1, n-2) cut-off 2 (lp(b^) - lp(b)) <= phi * t_{n-2}^2.
 */
import { tQuantile, tTwoSided } from './special.ts';

export interface LogLinearFit {
  /** Slope per unit of x (the monthly log-rate when x is months). */
  b: number;
  /** Intercept at x = 0. */
  a: number;
  se: number;
  phi: number;
  /** LR test of b = 0 with the quasi scale, F(1, n-2). */
  p_value: number;
  ci_low: number;
  ci_high: number;
  n: number;
  mentions: number;
  /** Poisson log-likelihood without the log(y!) terms: sum(y ln mu - mu). */
  loglik: number;
  /** True when b hit the bound (all mentions at one end of the segment). */
  at_bound: boolean;
  fitted: number[];
}

/** Largest |b| considered: a half-life or doubling time of 0.25 periods. */
export const B_BOUND = Math.LN2 / 0.25;

interface Moments {
  logSum: number;
  mean: number;
  variance: number;
}

function moments(x: number[], logE: number[], b: number): Moments {
  let max = -Infinity;
  for (let i = 0; i < x.length; i++) max = Math.max(max, logE[i]! + b * x[i]!);
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < x.length; i++) {
    const w = Math.exp(logE[i]! + b * x[i]! - max);
    s0 += w;
    s1 += w * x[i]!;
    s2 += w * x[i]! * x[i]!;
  }
  const mean = s1 / s0;
  return { logSum: max + Math.log(s0), mean, variance: Math.max(0, s2 / s0 - mean * mean) };
}

/**
 * Fits the model on points with E_t > 0. x should be roughly centred for numerical comfort (any x works).
 * Requires n >= 3 points and at least one mention; the caller enforces minimum evidence.
 */
export function fitLogLinear(y: number[], E: number[], x: number[], level = 0.9, intervals = true): LogLinearFit {
  const logE: number[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < y.length; i++) {
    if (E[i]! > 0) {
      logE.push(Math.log(E[i]!));
      xs.push(x[i]!);
      ys.push(y[i]!);
    }
  }
  const n = ys.length;
  const Y = ys.reduce((s, v) => s + v, 0);
  let sxy = 0;
  for (let i = 0; i < n; i++) sxy += ys[i]! * xs[i]!;
  if (!(Y > 0) || n < 2) {
    return {
      b: 0,
      a: -Infinity,
      se: Infinity,
      phi: 1,
      p_value: 1,
      ci_low: -B_BOUND,
      ci_high: B_BOUND,
      n,
      mentions: Y,
      at_bound: false,
      loglik: n === 1 && Y > 0 ? Y * Math.log(Y) - Y : 0,
      fitted: x.map(() => 0),
    };
  }
  const target = sxy / Y;
  const lp = (b: number) => b * sxy - Y * moments(xs, logE, b).logSum;

  // Solve mean_w(b) = target; mean_w is increasing in b.
  let lo = -B_BOUND;
  let hi = B_BOUND;
  let b = 0;
  let atBound = false;
  if (moments(xs, logE, hi).mean <= target) {
    b = hi;
    atBound = true;
  } else if (moments(xs, logE, lo).mean >= target) {
    b = lo;
    atBound = true;
  } else {
    for (let it = 0; it < 100; it++) {
      const m = moments(xs, logE, b);
      const g = target - m.mean;
      if (g > 0) lo = b;
      else hi = b;
      let next = m.variance > 0 ? b + g / m.variance : (lo + hi) / 2;
      if (!(next > lo && next < hi)) next = (lo + hi) / 2;
      if (Math.abs(next - b) < 1e-12) {
        b = next;
        break;
      }
      b = next;
    }
  }
  const mb = moments(xs, logE, b);
  const a = Math.log(Y) - mb.logSum;
  const fittedAll = x.map((xi, i) => (E[i]! > 0 ? E[i]! * Math.exp(a + b * xi) : 0));
  let pearson = 0;
  let loglik = 0;
  for (let i = 0; i < n; i++) {
    const mu = Math.exp(logE[i]! + a + b * xs[i]!);
    if (mu > 0) pearson += ((ys[i]! - mu) * (ys[i]! - mu)) / mu;
    loglik += (ys[i]! > 0 ? ys[i]! * Math.log(mu) : 0) - mu;
  }
  const df = Math.max(1, n - 2);
  const phi = Math.max(1, pearson / df);
  const info = Y * mb.variance;
  const se = info > 0 ? Math.sqrt(phi / info) : Infinity;
  const lmax = lp(b);
  const lr = Math.max(0, (2 * (lmax - lp(0))) / phi);
  const p_value = tTwoSided(Math.sqrt(lr), df);
  if (!intervals) {
    return {
      b,
      a,
      se,
      phi,
      p_value,
      ci_low: NaN,
      ci_high: NaN,
      n,
      mentions: Y,
      at_bound: atBound,
      loglik,
      fitted: fittedAll,
    };
  }
  const tq = tQuantile(1 - (1 - level) / 2, df);
  const cut = (phi * tq * tq) / 2;
  // profile bound on each side: lp(bound) = lmax - cut, found by bisection (lp concave)
  const bound = (dir: 1 | -1): number => {
    let inner = b;
    let outer = b;
    let step = Math.max(se, 1e-4);
    for (let i = 0; i < 60; i++) {
      outer = b + dir * step;
      if (Math.abs(outer) >= B_BOUND) {
        outer = dir * B_BOUND;
        if (lmax - lp(outer) <= cut) return outer;
        break;
      }
      if (lmax - lp(outer) > cut) break;
      inner = outer;
      step *= 2;
    }
    for (let i = 0; i < 80; i++) {
      const mid = (inner + outer) / 2;
      if (lmax - lp(mid) > cut) outer = mid;
      else inner = mid;
    }
    return (inner + outer) / 2;
  };
  return {
    b,
    a,
    se,
    phi,
    p_value,
    ci_low: bound(-1),
    ci_high: bound(1),
    n,
    mentions: Y,
    at_bound: atBound,
    loglik,
    fitted: fittedAll,
  };
}
