import * as Plot from '@observablehq/plot';
import { frame, pct, periodDate, type ChartOptions } from './common.ts';

export interface CompareRow {
  label: string;
  period: string;
  /** null: a break in the line (the API's smoothed line has one before a gap). */
  share: number | null;
}

/**
 * Line colours for Compare: colour-blind-safe (Okabe-Ito and Tol hues told apart under the common deficiencies)
 * and each at least 3:1 against white, so no line is a pale yellow.
 */
export const comparePalette = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#000000', '#882255', '#332288', '#117733'];

/** WCAG contrast ratio of a #rrggbb colour against white. */
export function contrastOnWhite(hex: string): number {
  const c = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  const l = 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
  return 1.05 / (l + 0.05);
}

/**
 * End-label positions that do not overlap: labels sorted by their line's end value, then pushed apart to at
 * least `gap` pixels (downwards first, then the whole stack pulled back inside [top, bottom]).
 */
export function dodge(ys: number[], gap: number, top: number, bottom: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const out = new Array<number>(ys.length);
  let prev = -Infinity;
  for (const o of order) {
    const y = Math.max(o.y, prev + gap);
    out[o.i] = y;
    prev = y;
  }
  // too low at the bottom: shift the stack up, keeping the gaps
  let limit = bottom;
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k]!.i;
    if (out[i]! > limit) out[i] = limit;
    limit = out[i]! - gap;
  }
  for (const o of order) out[o.i] = Math.max(top, out[o.i]!);
  return out;
}

/** Several skills on one chart: share of postings over time, one coloured line each, labelled at the end. */
export function compareChart(rows: CompareRow[], o: ChartOptions) {
  const data = rows.map((r) => ({ ...r, date: periodDate(r.period), pct: r.share === null ? NaN : r.share * 100 }));
  const labels = [...new Set(rows.map((r) => r.label))];
  const height = o.height ?? 340;
  const wide = o.width >= 500;
  // direct labels at the line ends (wide screens), so colour is not the only cue; the margin fits the longest
  const marginRight = wide ? Math.min(220, Math.max(40, Math.max(...labels.map((l) => l.length)) * 7 + 16)) : 20;
  const last = labels
    .map((label) => {
      const pts = data.filter((d) => d.label === label && Number.isFinite(d.pct));
      return pts[pts.length - 1];
    })
    .filter((d): d is (typeof data)[number] => Boolean(d));
  const maxPct = Math.max(0, ...data.filter((d) => Number.isFinite(d.pct)).map((d) => d.pct));
  const marginTop = 20;
  const marginBottom = 42;
  // y positions in pixels of each line end, then dodged (12 px font + 2 px)
  const yScale = (v: number) => marginTop + (height - marginTop - marginBottom) * (1 - v / (maxPct || 1));
  const dodged = dodge(
    last.map((d) => yScale(d.pct)),
    14,
    marginTop,
    height - marginBottom,
  );
  const ends = last.map((d, i) => ({ ...d, dy: dodged[i]! - yScale(d.pct) }));
  return Plot.plot({
    ...frame(o),
    height,
    marginTop,
    marginBottom,
    marginLeft: 48,
    marginRight,
    x: { type: 'utc', label: null },
    y: { label: '↑ Share of postings (%)', grid: true, domain: [0, maxPct || 1] },
    color: { domain: labels, range: comparePalette, legend: true },
    marks: [
      Plot.ruleY([0]),
      Plot.lineY(data, { x: 'date', y: 'pct', stroke: 'label', strokeWidth: 2.5, curve: 'monotone-x' }),
      // the last period of each line as a dot, so a last month after a gap is drawn too
      Plot.dot(last, { x: 'date', y: 'pct', fill: 'label', r: 3 }),
      ...(wide
        ? ends.map((d) =>
            Plot.text([d], {
              x: 'date',
              y: 'pct',
              text: 'label',
              fill: 'label',
              dx: 8,
              dy: d.dy,
              textAnchor: 'start',
              fontWeight: 600,
              className: 'end-label',
            }),
          )
        : []),
      Plot.tip(
        data,
        Plot.pointer({
          x: 'date',
          y: 'pct',
          stroke: 'label',
          title: (d) => `${d.label}\n${d.period}\n${pct(d.share ?? null)} of postings`,
        }),
      ),
    ],
  });
}
