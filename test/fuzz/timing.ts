/**
 * Time as a ratio, never as an absolute (the machine is shared): the best of `reps` runs of each input,
 * interleaved so a slow moment hits both. A quadratic path shows as a ratio that grows with the size.
 */
export function bestMs(fn: () => unknown, reps: number): number {
  let best = Infinity;
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** hostile time / benign time, both the best of `reps` interleaved runs (benign floored at 0.5 ms). */
export function timeRatio(fn: (s: string) => unknown, benign: string, hostile: string, reps = 5): number {
  let b = Infinity;
  let h = Infinity;
  for (let i = 0; i < reps; i++) {
    b = Math.min(
      b,
      bestMs(() => fn(benign), 1),
    );
    h = Math.min(
      h,
      bestMs(() => fn(hostile), 1),
    );
  }
  return h / Math.max(b, 0.5);
}

/**
 * time(one run on make(big)) / time(big/small runs on make(small)): the same amount of input either way, so
 * about 1 when linear and about big/small when quadratic; both sides are the best of `reps`, interleaved.
 */
export function growth(
  fn: (s: string) => unknown,
  make: (n: number) => string,
  small: number,
  big: number,
  reps = 3,
): number {
  const a = make(small);
  const z = make(big);
  const k = Math.max(1, Math.round(z.length / Math.max(1, a.length)));
  let ta = Infinity;
  let tz = Infinity;
  for (let i = 0; i < reps; i++) {
    ta = Math.min(
      ta,
      bestMs(() => {
        for (let j = 0; j < k; j++) fn(a);
      }, 1),
    );
    tz = Math.min(
      tz,
      bestMs(() => fn(z), 1),
    );
  }
  return tz / Math.max(ta, 0.05);
}

/** `unit` repeated to about `chars` characters. */
export const fill = (unit: string, chars: number): string =>
  unit.repeat(Math.max(1, Math.ceil(chars / unit.length))).slice(0, chars);
