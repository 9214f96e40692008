/** Shared pieces of every chart: options, palette, period parsing, number formats. No fetching here. */
import * as Plot from '@observablehq/plot';

/** Options every chart takes. `document` lets tests render with jsdom. */
export interface ChartOptions {
  width: number;
  height?: number;
  title?: string;
  subtitle?: string;
  document?: Document;
}

/** Okabe-Ito: distinguishable with the common colour-vision deficiencies. */
export const okabeIto = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
export const rising = '#0072B2';
export const declining = '#D55E00';
export const neutral = '#7a7a7a';

export class BadPeriodError extends Error {
  constructor(readonly value: string) {
    super(`invalid period: ${JSON.stringify(value)} (expected YYYY-MM or YYYY-Qn)`);
    this.name = 'BadPeriodError';
  }
}

/** `2024-03` -> 2024-03-01 UTC; `2024-Q2` -> 2024-04-01 UTC. */
export function periodDate(period: string): Date {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) return new Date(Date.UTC(Number(q[1]), (Number(q[2]) - 1) * 3, 1));
  throw new BadPeriodError(period);
}

/** A stretch of periods as text: `2011-04`, or `2011-04 to 2011-06`. */
export function periodRange(d: { from: string; to: string }): string {
  return d.from === d.to ? d.from : `${d.from} to ${d.to}`;
}

/** Share (0..1) as a percent string with sensible precision. */
export function pct(share: number | null | undefined, digits?: number): string {
  if (share == null || !Number.isFinite(share)) return '–';
  const p = share * 100;
  const d = digits ?? (Math.abs(p) >= 10 ? 1 : Math.abs(p) >= 1 ? 2 : 3);
  return `${p.toFixed(d)}%`;
}

/** Signed relative change (0.25 -> "+25%"). */
export function signedPct(x: number | null | undefined): string {
  if (x == null || !Number.isFinite(x)) return '–';
  return `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(Math.abs(x) >= 0.1 ? 0 : 1)}%`;
}

/** Percentage points (0.012 -> "+1.20 pp"). */
export function pp(x: number | null | undefined): string {
  if (x == null || !Number.isFinite(x)) return '–';
  return `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(2)} pp`;
}

export function months(x: number | null | undefined): string {
  if (x == null || !Number.isFinite(x)) return '–';
  return x >= 24 ? `${(x / 12).toFixed(1)} years` : `${x.toFixed(1)} months`;
}

/**
 * An interval in months (`10.0–15.5 months`), in years when `ref` (the point estimate it belongs to, default
 * the lower end) is two years or more, so an estimate and its interval share one unit (see `months`).
 */
export function monthsRange(lo: number | null | undefined, hi: number | null | undefined, ref?: number | null): string {
  if (lo == null || hi == null || !Number.isFinite(lo)) return '–';
  const top = Number.isFinite(hi) ? hi : null;
  if ((ref ?? lo) >= 24) return `${(lo / 12).toFixed(1)}–${top == null ? '∞' : (top / 12).toFixed(1)} years`;
  return `${lo.toFixed(1)}–${top == null ? '∞' : top.toFixed(1)} months`;
}

/** Plot options shared by all charts (font, margins, title). */
export function frame(o: ChartOptions): Record<string, unknown> {
  return {
    width: Math.max(280, Math.round(o.width)),
    ...(o.height ? { height: o.height } : {}),
    ...(o.title ? { title: o.title } : {}),
    ...(o.subtitle ? { subtitle: o.subtitle } : {}),
    ...(o.document ? { document: o.document } : {}),
    marginBottom: 42,
    style: { fontSize: '12px', overflow: 'visible' },
  };
}

/** Left margin wide enough for the longest label (about 7 px per character at 12 px, plus the tick). */
export function labelMargin(labels: string[], min = 60, max = 190): number {
  const longest = labels.reduce((n, s) => Math.max(n, s.length), 0);
  return Math.min(max, Math.max(min, Math.round(longest * 7) + 14));
}

/** Truncate long tick labels so narrow screens stay readable. */
export function clip(s: string, n = 24): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/**
 * A y axis whose tick labels wrap instead of being cut: labels longer than `maxPx` (about 7 px a character)
 * break onto a second line. Returns the left margin to use and the axis mark.
 */
export function wrappedAxisY(
  labels: string[],
  width: number,
): { marginLeft: number; lines: number; axis: Plot.Markish | null } {
  const maxPx = width < 500 ? 120 : 200;
  const natural = labelMargin(labels, 60, 10_000);
  const wraps = natural > maxPx;
  const marginLeft = wraps ? maxPx + 10 : natural;
  // Plot's lineWidth is in ems, about two characters each (7 px a character at 12 px)
  const axis = wraps ? Plot.axisY({ lineWidth: (maxPx - 14) / 14, textOverflow: null, tickSize: 0 }) : null;
  return { marginLeft, lines: wraps ? 2 : 1, axis };
}
