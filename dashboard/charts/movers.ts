import * as Plot from '@observablehq/plot';
import { clip, declining, frame, labelMargin, pct, rising, type ChartOptions } from './common.ts';

export interface MoverRow {
  label: string;
  share_from: number;
  share_to: number;
  change: number;
}

/** Rising and declining movers: an arrow from the earlier to the later share, per skill. */
export function moversChart(rows: MoverRow[], o: ChartOptions) {
  const data = rows.map((r) => ({ ...r, name: clip(r.label), from: r.share_from * 100, to: r.share_to * 100 }));
  const order = [...data].sort((a, b) => b.change - a.change).map((d) => d.name);
  return Plot.plot({
    ...frame(o),
    height: o.height ?? Math.max(120, 22 * data.length + 50),
    marginLeft: labelMargin(data.map((d) => d.name)),
    x: { label: 'Share of postings (%) →', grid: true, zero: true },
    y: { label: null, domain: order },
    color: { type: 'categorical', domain: ['rising', 'declining'], range: [rising, declining] },
    marks: [
      Plot.ruleX([0]),
      Plot.arrow(data, {
        x1: 'from',
        x2: 'to',
        y: 'name',
        stroke: (d) => (d.change >= 0 ? 'rising' : 'declining'),
        strokeWidth: 2,
        headLength: 6,
      }),
      Plot.dot(data, { x: 'from', y: 'name', r: 2.5, fill: 'currentColor' }),
      Plot.tip(
        data,
        Plot.pointerY({
          x: 'to',
          y: 'name',
          title: (d) => `${d.label}\n${pct(d.share_from)} → ${pct(d.share_to)} of postings`,
        }),
      ),
    ],
  });
}
