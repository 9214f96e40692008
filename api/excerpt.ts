/**
 * The text shown with a posting's evidence: windows of `radius` characters around each match, merged when they
 * overlap or touch, joined by ` … `. Each span gets `text_start`/`text_end`: its place in the returned text
 * (null when it lies outside every window, e.g. a dropped candidate far from any match). With `full`, the
 * whole text and the spans' own offsets. A pure function (test/api/excerpt.test.ts).
 */

export const EXCERPT_RADIUS = 80;
export const EXCERPT_GAP = ' … ';

export interface Span {
  start: number;
  end: number;
}
export type Placed<T> = T & { text_start: number | null; text_end: number | null };

export function excerpt<M extends Span, D extends Span>(
  text: string,
  matches: M[],
  dropped: D[],
  opts: { full?: boolean; radius?: number } = {},
): { text: string; matches: Placed<M>[]; dropped: Placed<D>[] } {
  if (opts.full) {
    const place = <T extends Span>(s: T): Placed<T> => ({ ...s, text_start: s.start, text_end: s.end });
    return { text, matches: matches.map(place), dropped: dropped.map(place) };
  }
  const r = opts.radius ?? EXCERPT_RADIUS;
  const wins: { a: number; b: number; at: number }[] = [];
  for (const m of [...matches].sort((x, y) => x.start - y.start)) {
    const a = Math.max(0, m.start - r);
    const b = Math.min(text.length, m.end + r);
    const last = wins[wins.length - 1];
    if (last && a <= last.b) last.b = Math.max(last.b, b);
    else wins.push({ a, b, at: 0 });
  }
  const parts: string[] = [];
  let at = 0;
  for (const w of wins) {
    if (parts.length) at += EXCERPT_GAP.length;
    w.at = at;
    parts.push(text.slice(w.a, w.b));
    at += w.b - w.a;
  }
  const place = <T extends Span>(s: T): Placed<T> => {
    const w = wins.find((x) => s.start >= x.a && s.end <= x.b);
    return { ...s, text_start: w ? w.at + s.start - w.a : null, text_end: w ? w.at + s.end - w.a : null };
  };
  return { text: parts.join(EXCERPT_GAP), matches: matches.map(place), dropped: dropped.map(place) };
}
