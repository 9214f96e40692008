import * as Plot from '@observablehq/plot';
import { clip, frame, labelMargin, okabeIto, type ChartOptions } from './common.ts';

export interface BundleRow {
  label: string;
  order: number;
  stage: 'foundational' | 'advanced';
  postings: number;
}

/** A credential pathway: the bundle's skills in learning order, bar length = postings asking for each, colour = stage. */
export function bundleChart(rows: BundleRow[], o: ChartOptions) {
  const sorted = [...rows].sort((a, b) => a.order - b.order);
  const names = sorted.map((r) => `${r.order}. ${clip(r.label)}`);
  return Plot.plot({
    ...frame(o),
    height: o.height ?? Math.max(120, 26 * rows.length + 60),
    marginLeft: labelMargin(names),
    x: { label: 'Postings asking for it →', grid: true },
    y: { label: null, domain: names },
    color: { domain: ['foundational', 'advanced'], range: [okabeIto[0], okabeIto[1]], legend: true },
    marks: [
      Plot.barX(
        sorted.map((r, i) => ({ name: names[i]!, postings: r.postings, stage: r.stage })),
        { x: 'postings', y: 'name', fill: 'stage', insetTop: 4, insetBottom: 4 },
      ),
      Plot.ruleX([0]),
    ],
  });
}
