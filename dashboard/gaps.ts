/**
 * The holes a monthly chart crosses: runs of missing months between two consecutive points, as text
 * ("2025-11 to 2025-12"); quarters are not checked. Used for the note under the trend chart.
 * gapText([{period:'2025-10'},{period:'2026-01'}]) = ['2025-11 to 2025-12'].
 */
import { periodRange } from './charts/common.ts';

const step = (p: string, k: number) => {
  const [y, m] = p.split('-').map(Number) as [number, number];
  const i = y * 12 + m - 1 + k;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};

const index = (p: string) => Number(p.slice(0, 4)) * 12 + Number(p.slice(5, 7)) - 1;

export function gapText(points: { period: string }[]): string[] {
  if (!points.length || /Q/.test(points[0]!.period)) return [];
  const out: string[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!.period;
    const b = points[i]!.period;
    if (index(b) - index(a) > 1) out.push(periodRange({ from: step(a, 1), to: step(b, -1) }));
  }
  return out;
}
