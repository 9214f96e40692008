/** Centred moving average of share, pooled over the window: sum(postings) / sum(total). */
export function smoothShare<T extends { period: string; postings: number; total: number }>(
  points: T[],
  window = 3,
): { period: string; share: number }[] {
  const half = Math.floor(window / 2);
  return points.map((p, i) => {
    let n = 0;
    let d = 0;
    for (let k = Math.max(0, i - half); k <= Math.min(points.length - 1, i + half); k++) {
      n += points[k]!.postings;
      d += points[k]!.total;
    }
    return { period: p.period, share: d > 0 ? n / d : 0 };
  });
}
