import * as Plot from '@observablehq/plot';
import { clip, frame, labelMargin, okabeIto, pct, signedPct, type ChartOptions } from './common.ts';

export interface LeaderRow {
  label: string;
  score: number;
  share: number;
  growth: number | null;
  postings?: number;
}

/** Demand-score leaders: horizontal bars of the 0-100 score, highest first. */
export function leadersChart(rows: LeaderRow[], o: ChartOptions) {
  const data = rows.map((r) => ({ ...r, name: clip(r.label) }));
  return Plot.plot({
    ...frame(o),
    height: o.height ?? Math.max(120, 22 * data.length + 50),
    marginLeft: labelMargin(data.map((d) => d.name)),
    marginRight: 34,
    x: { label: 'Demand score (0–100) →', domain: [0, 100], grid: true },
    y: { label: null, domain: data.map((d) => d.name) },
    marks: [
      Plot.barX(data, { x: 'score', y: 'name', fill: okabeIto[0] }),
      Plot.text(data, { x: 'score', y: 'name', text: (d) => d.score.toFixed(0), dx: 4, textAnchor: 'start' }),
      Plot.ruleX([0]),
      Plot.tip(
        data,
        Plot.pointerY({
          x: 'score',
          y: 'name',
          title: (d) =>
            `${d.label}\nscore ${d.score.toFixed(1)}\nshare ${pct(d.share)} of postings\ngrowth ${signedPct(d.growth)}`,
        }),
      ),
    ],
  });
}
