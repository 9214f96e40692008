/**
 * Small Poisson GLM with log link and exposure offset for a few coefficients (Newton-Raphson with step
 * halving). Used to compare breakpoints of the continuous hinge model in halflife.ts; the one-slope fits
 * with intervals use the exact profile in glm.ts.
 */
import { B_BOUND } from './glm.ts';

export interface PoissonFit {
  beta: number[];
  loglik: number;
  converged: boolean;
}

function solve(A: number[][], b: number[]): number[] | null {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[piv]![c]!)) piv = r;
    if (Math.abs(M[piv]![c]!) < 1e-12) return null;
    [M[c], M[piv]] = [M[piv]!, M[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  return M.map((row, i) => row[n]! / row[i]!);
}

/** Fits log(mu_t) = log(E_t) + sum_j beta_j X[j][t] over points with E_t > 0. X[0] should be the intercept. */
export function fitPoisson(y: number[], E: number[], X: number[][]): PoissonFit {
  const idx = y.map((_, i) => i).filter((i) => E[i]! > 0);
  const p = X.length;
  const Y = idx.reduce((s, i) => s + y[i]!, 0);
  const ESum = idx.reduce((s, i) => s + E[i]!, 0);
  const beta = Array<number>(p).fill(0);
  if (!(Y > 0)) return { beta, loglik: 0, converged: true };
  beta[0] = Math.log(Y / ESum);
  const ll = (bt: number[]) => {
    let s = 0;
    for (const i of idx) {
      let eta = Math.log(E[i]!);
      for (let j = 0; j < p; j++) eta += bt[j]! * X[j]![i]!;
      const mu = Math.exp(eta);
      s += (y[i]! > 0 ? y[i]! * eta : 0) - mu;
    }
    return s;
  };
  let cur = ll(beta);
  let converged = false;
  for (let it = 0; it < 60 && !converged; it++) {
    const grad = Array<number>(p).fill(0);
    const H = Array.from({ length: p }, () => Array<number>(p).fill(0));
    for (const i of idx) {
      let eta = Math.log(E[i]!);
      for (let j = 0; j < p; j++) eta += beta[j]! * X[j]![i]!;
      const mu = Math.exp(eta);
      for (let j = 0; j < p; j++) {
        grad[j]! += (y[i]! - mu) * X[j]![i]!;
        for (let k = 0; k < p; k++) H[j]![k]! += mu * X[j]![i]! * X[k]![i]!;
      }
    }
    const step = solve(H, grad);
    if (!step) break;
    let t = 1;
    for (let h = 0; h < 30; h++, t /= 2) {
      const next = beta.map((b, j) =>
        j === 0 ? b + t * step[j]! : Math.max(-B_BOUND, Math.min(B_BOUND, b + t * step[j]!)),
      );
      const v = ll(next);
      if (v >= cur - 1e-12) {
        converged = v - cur < 1e-10;
        beta.splice(0, p, ...next);
        cur = v;
        break;
      }
    }
  }
  return { beta, loglik: cur, converged };
}
