import * as Plot from '@observablehq/plot';
import { clip, frame, labelMargin, okabeIto, periodDate, type ChartOptions } from './common.ts';

export interface CoverageRow {
  source: string;
  postings: number;
  first_month: string;
  last_month: string;
}

/** Coverage per source: a bar from the first to the last month with postings, labelled with the count. */
export function coverageChart(rows: CoverageRow[], o: ChartOptions) {
  const data = rows.map((r) => ({
    ...r,
    name: clip(r.source),
    start: periodDate(r.first_month),
    // the bar covers the whole last month
    end: new Date(Date.UTC(periodDate(r.last_month).getUTCFullYear(), periodDate(r.last_month).getUTCMonth() + 1, 1)),
  }));
  return Plot.plot({
    ...frame(o),
    height: o.height ?? Math.max(100, 26 * data.length + 50),
    marginLeft: labelMargin(data.map((d) => d.name)),
    x: { type: 'utc', label: null, grid: true },
    y: { label: null, domain: data.map((d) => d.name) },
    marks: [
      Plot.barX(data, { x1: 'start', x2: 'end', y: 'name', fill: okabeIto[2], fillOpacity: 0.35, insetTop: 3, insetBottom: 3 }),
      Plot.text(data, {
        x: 'start',
        y: 'name',
        text: (d) => `${d.postings.toLocaleString('en-US')} postings`,
        dx: 4,
        textAnchor: 'start',
        fill: 'currentColor',
      }),
      Plot.tip(
        data,
        Plot.pointerY({
          x: 'start',
          y: 'name',
          title: (d) =>
            `${d.source}\n${d.postings.toLocaleString('en-US')} postings\n${d.first_month} – ${d.last_month}`,
        }),
      ),
    ],
  });
}
