import * as Plot from '@observablehq/plot';
import { clip, frame, labelMargin, okabeIto, periodDate, type ChartOptions } from './common.ts';

export interface CoverageRow {
  source: string;
  postings: number;
  first_month: string;
  last_month: string;
  /** Runs of months without postings inside [first_month, last_month] (GET /sources `gaps`). */
  gaps?: { from: string; to: string; months: number }[];
}

/** The first day after a month (a bar covers the whole month). */
const endOf = (month: string) =>
  new Date(Date.UTC(periodDate(month).getUTCFullYear(), periodDate(month).getUTCMonth() + 1, 1));

/** Month spans with data: [first, last] minus the gaps. */
export function coveredSpans(r: CoverageRow): { start: Date; end: Date }[] {
  const spans: { start: Date; end: Date }[] = [];
  let start = periodDate(r.first_month);
  for (const g of [...(r.gaps ?? [])].sort((a, b) => (a.from < b.from ? -1 : 1))) {
    spans.push({ start, end: periodDate(g.from) });
    start = endOf(g.to);
  }
  spans.push({ start, end: endOf(r.last_month) });
  return spans.filter((s) => s.end > s.start);
}

/**
 * Coverage per source: a bar over the months with postings, labelled with the count; months without postings
 * (gaps) are left open and marked with a dashed line, so 2011-04 and 2018-03..2026 do not read as one block.
 */
export function coverageChart(rows: CoverageRow[], o: ChartOptions) {
  const data = rows.map((r) => ({
    ...r,
    name: clip(r.source),
    start: periodDate(r.first_month),
    end: endOf(r.last_month),
  }));
  const spans = data.flatMap((d) => coveredSpans(d).map((s) => ({ name: d.name, ...s })));
  const gaps = data.flatMap((d) =>
    (d.gaps ?? []).map((g) => ({ name: d.name, start: periodDate(g.from), end: endOf(g.to), ...g })),
  );
  return Plot.plot({
    ...frame(o),
    height: o.height ?? Math.max(100, 26 * data.length + 50),
    marginLeft: labelMargin(data.map((d) => d.name)),
    x: { type: 'utc', label: null, grid: true },
    y: { label: null, domain: data.map((d) => d.name) },
    marks: [
      Plot.barX(spans, {
        x1: 'start',
        x2: 'end',
        y: 'name',
        fill: okabeIto[2],
        fillOpacity: 0.35,
        insetTop: 3,
        insetBottom: 3,
      }),
      Plot.ruleY(gaps, {
        x1: 'start',
        x2: 'end',
        y: 'name',
        stroke: 'currentColor',
        strokeOpacity: 0.5,
        strokeDasharray: '2,3',
      }),
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
            `${d.source}\n${d.postings.toLocaleString('en-US')} postings\n${d.first_month} – ${d.last_month}` +
            ((d.gaps ?? []).length
              ? `\nno postings: ${(d.gaps ?? []).map((g: { from: string; to: string }) => (g.from === g.to ? g.from : `${g.from} – ${g.to}`)).join(', ')}`
              : ''),
        }),
      ),
    ],
  });
}
