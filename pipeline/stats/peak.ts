/**
 * Locating the peak of a share series for the half-life fit (docs/half-life.md, "Finding the peak"):
 *  1. smooth with the pooled share (stats/smooth.ts) of a centred window wide enough to hold
 *     about `windowMentions` mentions (odd, 5..13 periods), and take the maximum;
 *  2. extend forward over the plateau: the periods after it whose smoothed share stays within the noise
 *     (tol = max(5%, 2 / sqrt(mentions in the peak window))) of the maximum;
 *  3. among breakpoints from (max - half window) to (plateau end + half window), keep the one that best fits
 *     a continuous hinge, log share = a + b1 min(t - tp, 0) + b2 max(t - tp, 0), penalised by 1 per
 *     coefficient. Smoothing shifts a sharp asymmetric peak toward its slower side and a plateau hides
 *     where the decline starts; a fit that starts too early would lengthen the half-life.
 */
import { fitPoisson } from './irls.ts';
import { pooledSmooth } from './smooth.ts';
import type { CountPoint } from './types.ts';

export function periodsWithData(pts: CountPoint[], start: number): number {
  let k = 0;
  for (let i = start; i < pts.length; i++) if (pts[i]!.total > 0) k++;
  return k;
}

/** Odd window of 5..13 periods holding about `target` mentions on average. */
export function adaptiveWindow(pts: CountPoint[], target: number): number {
  const n = periodsWithData(pts, 0);
  const mean = pts.reduce((s, p) => s + p.postings, 0) / Math.max(1, n);
  const w = Math.ceil(target / Math.max(mean, 1e-9));
  const odd = w % 2 ? w : w + 1;
  return Math.max(5, Math.min(13, odd));
}

function argmax(xs: number[], from = 0, to = xs.length - 1): number {
  let best = -1;
  for (let i = from; i <= to; i++) if (Number.isFinite(xs[i]!) && (best < 0 || xs[i]! > xs[best]!)) best = i;
  return best;
}

export interface Peak {
  /** Where the decline starts (hinge-refined maximum of the smoothed share). */
  peak: number;
  /** Earliest period before the maximum whose smoothed share is within the noise of it. */
  early: number;
  /** Minimum of the smoothed share before the peak. */
  trough: number;
  window: number;
  smoothed: number[];
}

export function findPeak(
  pts: CountPoint[],
  opts: { window?: number; windowMentions?: number; minSegment: number },
): Peak {
  const window = opts.window ?? adaptiveWindow(pts, opts.windowMentions ?? 40);
  const half = Math.floor(window / 2);
  // a month without postings (total 0) is never a peak or a trough
  const smoothed = pooledSmooth(pts, window).map((v, i) => (pts[i]!.total > 0 ? v : NaN));
  const top = Math.max(0, argmax(smoothed));
  let trough = top;
  for (let i = 0; i <= top; i++) if (Number.isFinite(smoothed[i]!) && smoothed[i]! < smoothed[trough]!) trough = i;
  // plateau end: last period after the maximum whose smoothed share stays within the noise of it
  let inWindow = 0;
  for (let j = Math.max(0, top - half); j <= Math.min(pts.length - 1, top + half); j++) inWindow += pts[j]!.postings;
  const tol = Math.max(0.05, 2 / Math.sqrt(Math.max(inWindow, 1)));
  let early = top;
  for (let i = top - 1; i >= 0; i--)
    if (Number.isFinite(smoothed[i]!) && smoothed[i]! >= smoothed[top]! * (1 - tol)) early = i;
  let last = top;
  for (let i = top + 1; i < pts.length; i++) {
    if (!Number.isFinite(smoothed[i]!)) continue;
    if (smoothed[i]! < smoothed[top]! * (1 - tol)) break;
    last = i;
  }
  const y = pts.map((p) => p.postings);
  const E = pts.map((p) => p.total);
  const need = Math.min(opts.minSegment, periodsWithData(pts, top));
  let peak = top;
  let bestScore = -Infinity;
  for (let tp = Math.max(0, top - half); tp <= Math.min(pts.length - 1, last + half); tp++) {
    if (periodsWithData(pts, tp) < need) break;
    if (!(pts[tp]!.total > 0)) continue; // the decline starts in a month with postings
    const X = [y.map(() => 1), y.map((_, t) => Math.max(t - tp, 0))];
    if (tp > 0) X.push(y.map((_, t) => Math.min(t - tp, 0)));
    const score = fitPoisson(y, E, X).loglik - X.length;
    if (score > bestScore + 1e-9) {
      bestScore = score;
      peak = tp;
    }
  }
  return { peak, early: Math.min(early, peak), trough, window, smoothed };
}
