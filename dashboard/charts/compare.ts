import * as Plot from '@observablehq/plot';
import { frame, okabeIto, pct, periodDate, type ChartOptions } from './common.ts';

export interface CompareRow {
  label: string;
  period: string;
  /** null: a break in the line (the API's smoothed line has one before a gap). */
  share: number | null;
}

/** Several skills on one chart: share of postings over time, one coloured line each, labelled at the end. */
export function compareChart(rows: CompareRow[], o: ChartOptions) {
  const data = rows.map((r) => ({ ...r, date: periodDate(r.period), pct: r.share === null ? NaN : r.share * 100 }));
  const labels = [...new Set(rows.map((r) => r.label))];
  return Plot.plot({
    ...frame(o),
    height: o.height ?? 340,
    marginLeft: 48,
    marginRight: o.width < 500 ? 20 : 90,
    x: { type: 'utc', label: null },
    y: { label: '↑ Share of postings (%)', grid: true, zero: true },
    color: { domain: labels, range: okabeIto, legend: true },
    marks: [
      Plot.ruleY([0]),
      Plot.lineY(data, { x: 'date', y: 'pct', stroke: 'label', strokeWidth: 2, curve: 'monotone-x' }),
      // direct labels at the line ends (wide screens), so colour is not the only cue
      ...(o.width < 500
        ? []
        : [Plot.text(data, Plot.selectLast({ x: 'date', y: 'pct', z: 'label', text: 'label', fill: 'label', dx: 6, textAnchor: 'start' }))]),
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
