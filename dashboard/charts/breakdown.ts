import * as Plot from '@observablehq/plot';
import { clip, frame, labelMargin, okabeIto, pct, type ChartOptions } from './common.ts';

export interface BreakdownRow {
  group: string;
  share: number;
  postings: number;
  total: number;
}

/** A skill's share of postings within each slice (country, role family or source). */
export function breakdownChart(rows: BreakdownRow[], o: ChartOptions & { colorIndex?: number }) {
  const data = rows.map((r) => ({ ...r, name: clip(r.group, 20), pct: r.share * 100 }));
  const order = [...data].sort((a, b) => b.pct - a.pct).map((d) => d.name);
  return Plot.plot({
    ...frame(o),
    height: o.height ?? Math.max(100, 22 * data.length + 50),
    marginLeft: labelMargin(
      data.map((d) => d.name),
      40,
    ),
    marginRight: 52,
    x: { label: 'Share of postings (%) →', grid: true },
    y: { label: null, domain: order },
    marks: [
      Plot.barX(data, { x: 'pct', y: 'name', fill: okabeIto[o.colorIndex ?? 0] }),
      Plot.text(data, { x: 'pct', y: 'name', text: (d) => pct(d.share), dx: 4, textAnchor: 'start' }),
      Plot.ruleX([0]),
      Plot.tip(
        data,
        Plot.pointerY({
          x: 'pct',
          y: 'name',
          title: (d) => `${d.group}\n${pct(d.share)} of postings\n${d.postings} of ${d.total} postings`,
        }),
      ),
    ],
  });
}
