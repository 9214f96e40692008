import * as Plot from '@observablehq/plot';
import { frame, okabeIto, pct, periodDate, type ChartOptions } from './common.ts';

export interface CompareRow {
  label: string;
  period: string;
  share: number;
}

/** Several skills on one chart: share of postings over time, one coloured line each, labelled at the end. */
export function compareChart(rows: CompareRow[], o: ChartOptions) {
  const data = rows.map((r) => ({ ...r, date: periodDate(r.period), pct: r.share * 100 }));
  const labels = [...new Set(rows.map((r) => r.label))];
  return Plot.plot({
    ...frame(o),
    height: o.height ?? 340,
    marginLeft: 48,
    x: { type: 'utc', label: null },
    y: { label: '↑ Share of postings (%)', grid: true, zero: true },
    color: { domain: labels, range: okabeIto, legend: true },
    marks: [
      Plot.ruleY([0]),
      Plot.lineY(data, { x: 'date', y: 'pct', stroke: 'label', strokeWidth: 2, curve: 'monotone-x' }),
      Plot.tip(
        data,
        Plot.pointer({
          x: 'date',
          y: 'pct',
          stroke: 'label',
          title: (d) => `${d.label}\n${d.period}\n${pct(d.share)} of postings`,
        }),
      ),
    ],
  });
}
