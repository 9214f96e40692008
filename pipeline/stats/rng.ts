/** Seeded pseudo-random numbers (mulberry32) so bootstrap and simulation are reproducible. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  normal(): number;
  poisson(mean: number): number;
}

export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    let u = 0;
    while (u === 0) u = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
  const poisson = (mean: number): number => {
    if (!(mean > 0)) return 0;
    if (mean > 30) {
      // exact: a Poisson(m) is the sum of Poisson(m / k) draws
      const k = Math.ceil(mean / 30);
      let sum = 0;
      for (let i = 0; i < k; i++) sum += poisson(mean / k);
      return sum;
    }
    const limit = Math.exp(-mean);
    let k = 0;
    let p = next();
    while (p > limit) {
      k++;
      p *= next();
    }
    return k;
  };
  return { next, normal, poisson };
}
