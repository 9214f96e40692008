import * as Plot from '@observablehq/plot';
import { frame, okabeIto, type ChartOptions } from './common.ts';

export interface RemainingRow {
  name: string;
  years: number;
  remaining: number;
}

/** Share of base-year demand still there k years later, one line per category; the 50% rule marks half-life. */
export function remainingChart(rows: RemainingRow[], o: ChartOptions) {
  const data = rows.map((r) => ({ ...r, pct: r.remaining * 100 }));
  const names = [...new Set(rows.map((r) => r.name))];
  return Plot.plot({
    ...frame(o),
    height: o.height ?? 300,
    marginLeft: 48,
    x: {
      label: 'Years after base year →',
      grid: true,
      tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : ''),
    },
    // demand can grow past its base year (over 100%)
    y: {
      label: '↑ Base-year demand remaining (%)',
      grid: true,
      domain: [0, Math.max(100, ...data.map((d) => d.pct))],
      nice: true,
    },
    color: { domain: names, range: okabeIto, legend: true },
    marks: [
      Plot.ruleY([50], { stroke: 'currentColor', strokeDasharray: '3,3' }),
      Plot.lineY(data, { x: 'years', y: 'pct', stroke: 'name', strokeWidth: 2, marker: 'dot' }),
      Plot.tip(
        data,
        Plot.pointer({
          x: 'years',
          y: 'pct',
          stroke: 'name',
          title: (d) => `${d.name}\nafter ${d.years} years: ${d.pct.toFixed(0)}% remaining`,
        }),
      ),
    ],
  });
}
