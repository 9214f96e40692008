import * as Plot from '@observablehq/plot';
import { clip, frame, labelMargin, okabeIto, type ChartOptions } from './common.ts';

export interface GapRow {
  label: string;
  /** 0..100 */
  score: number;
  /** components on 0..1 */
  demand: number;
  adjacency: number;
  pay: number | null;
}

/** Program gaps: one bar per missing skill (score 0–100), with its demand, adjacency and pay premium marks. */
export function gapsChart(rows: GapRow[], o: ChartOptions) {
  const names = rows.map((r) => clip(r.label));
  const comp = rows.flatMap((r, i) => [
    { name: names[i]!, component: 'demand', value: r.demand * 100 },
    { name: names[i]!, component: 'adjacency', value: r.adjacency * 100 },
    ...(r.pay === null ? [] : [{ name: names[i]!, component: 'pay premium', value: 50 + (r.pay - 1) * 250 }]),
  ]);
  const used = ['demand', 'adjacency', 'pay premium'].filter((c) => comp.some((d) => d.component === c));
  return Plot.plot({
    ...frame(o),
    height: o.height ?? Math.max(120, 24 * rows.length + 60),
    marginLeft: labelMargin(names),
    x: { label: 'Gap score (0–100) →', grid: true, domain: [0, 100] },
    y: { label: null, domain: names },
    color: { domain: used, range: [okabeIto[0], okabeIto[2], okabeIto[5]], legend: true },
    marks: [
      Plot.barX(
        rows.map((r, i) => ({ name: names[i]!, score: Math.round(r.score * 100) / 100 })),
        { x: 'score', y: 'name', fill: '#d9d9d9', insetTop: 4, insetBottom: 4 },
      ),
      Plot.dot(
        comp.map((d) => ({ ...d, value: Math.round(Math.max(0, Math.min(100, d.value)) * 100) / 100 })),
        { x: 'value', y: 'name', stroke: 'component', r: 4, strokeWidth: 2 },
      ),
      Plot.ruleX([0]),
    ],
  });
}
