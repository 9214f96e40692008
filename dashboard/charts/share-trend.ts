import * as Plot from '@observablehq/plot';
import { declining, frame, months, monthsRange, okabeIto, pct, periodDate, type ChartOptions } from './common.ts';

export interface ShareTrendData {
  /** share null: a period whose postings are all reposts (total 0); drawn as no dot. */
  points: { period: string; share: number | null; postings: number; total: number }[];
  /** The smoothed line as the API serves it; share null = a break. */
  smoothed?: { period: string; share: number | null }[];
  forecast?: { period: string; share: number; lo: number | null; hi: number | null }[];
  /** The half-life curve over the decline, as the API serves it (GET /skills/{id}/half-life `curve`). */
  fit?: {
    points: { period: string; share: number }[];
    peak: { period: string; share: number };
    half: { period: string; share: number; projected: boolean };
    halfLifeMonths: number;
    ciLow: number | null;
    ciHigh: number | null;
  } | null;
}

const observed = okabeIto[4];
const line = okabeIto[0];
const band = okabeIto[1];

/** Share of postings over time: observed dots, smoothed line, forecast band, half-life fit with peak and half. */
export function shareTrendChart(data: ShareTrendData, o: ChartOptions) {
  const pts = data.points.map((p) => ({
    ...p,
    date: periodDate(p.period),
    pct: p.share === null ? NaN : p.share * 100,
  }));
  const smooth = (data.smoothed ?? []).map((p) => ({
    date: periodDate(p.period),
    pct: p.share === null ? NaN : p.share * 100,
  }));
  const fc = (data.forecast ?? []).map((p) => ({
    period: p.period,
    date: periodDate(p.period),
    pct: p.share * 100,
    lo: Math.max(0, (p.lo ?? p.share) * 100),
    hi: (p.hi ?? p.share) * 100,
  }));
  // join the forecast to the last observed point so the band does not float
  const lastSmooth = smooth.length
    ? smooth.findLast((p) => Number.isFinite(p.pct))!
    : pts.length
      ? pts[pts.length - 1]!
      : null;
  const fcLine = fc.length && lastSmooth ? [{ date: lastSmooth.date, pct: lastSmooth.pct }, ...fc] : fc;
  const fit = data.fit;
  const curve = fit ? fit.points.map((p) => ({ date: periodDate(p.period), pct: p.share * 100 })) : [];
  const marks: Plot.Markish[] = [
    Plot.ruleY([0]),
    Plot.areaY(fc, { x: 'date', y1: 'lo', y2: 'hi', fill: band, fillOpacity: 0.25 }),
    Plot.lineY(fcLine, { x: 'date', y: 'pct', stroke: band, strokeWidth: 2, strokeDasharray: '4,3' }),
    Plot.dot(pts, { x: 'date', y: 'pct', r: 2, fill: observed, fillOpacity: 0.8 }),
    Plot.lineY(smooth, { x: 'date', y: 'pct', stroke: line, strokeWidth: 2 }),
  ];
  if (fit) {
    const peak = { date: periodDate(fit.peak.period), pct: fit.peak.share * 100 };
    const half = { date: periodDate(fit.half.period), pct: fit.half.share * 100 };
    // the label reads towards the inside of the chart (anchored at its end when the half point is on the right)
    // and wraps on narrow screens, so it is never cut at the edge
    const times = [...pts, ...fc, ...curve].map((d) => d.date.getTime());
    const [t0, t1] = [Math.min(...times), Math.max(...times)];
    const rightSide = t1 > t0 && (half.date.getTime() - t0) / (t1 - t0) > 0.55;
    const narrow = o.width < 500;
    const ci =
      fit.ciLow != null && fit.ciHigh != null ? ` (CI ${monthsRange(fit.ciLow, fit.ciHigh, fit.halfLifeMonths)})` : '';
    marks.push(
      Plot.lineY(curve, { x: 'date', y: 'pct', stroke: declining, strokeWidth: 2, strokeDasharray: '6,3' }),
      Plot.dot([peak], { x: 'date', y: 'pct', r: 5, stroke: declining, fill: 'white', strokeWidth: 2 }),
      Plot.text([peak], {
        x: 'date',
        y: 'pct',
        text: () => `peak ${fit.peak.period}`,
        dx: 9,
        dy: -2,
        textAnchor: 'start',
        fill: declining,
        className: 'peak-label',
      }),
      Plot.ruleX([half], { x: 'date', y1: 0, y2: 'pct', stroke: declining, strokeDasharray: '2,2' }),
      Plot.dot([half], { x: 'date', y: 'pct', r: 4, fill: declining }),
      Plot.text([half], {
        x: 'date',
        y: 'pct',
        text: () => `half-life ${months(fit.halfLifeMonths)}${fit.half.projected ? ' (projected)' : ''}${ci}`,
        dy: narrow ? -20 : -12,
        textAnchor: rightSide ? 'end' : 'start',
        dx: rightSide ? 8 : -8,
        fill: declining,
        lineWidth: narrow ? 16 : 40,
        className: 'half-life-label',
      }),
    );
  }
  marks.push(
    Plot.tip(
      pts,
      Plot.pointerX({
        x: 'date',
        y: 'pct',
        title: (d) => `${d.period}\n${pct(d.share)} of postings\n${d.postings} of ${d.total} postings`,
      }),
    ),
    Plot.tip(
      fc,
      Plot.pointerX({
        x: 'date',
        y: 'pct',
        title: (d) =>
          `${d.period} (forecast)\n${d.pct.toFixed(2)}%\n90% interval ${d.lo.toFixed(2)}–${d.hi.toFixed(2)}%`,
      }),
    ),
  );
  return Plot.plot({
    ...frame(o),
    height: o.height ?? 320,
    marginLeft: 48,
    marginTop: 30,
    x: { type: 'utc', label: null },
    y: { label: '↑ Share of postings (%)', grid: true, zero: true },
    marks,
  });
}
