/**
 * A chart-independent click hook: on a click inside a rendered Observable Plot figure, the datum whose x
 * (or y, for horizontal bars) position is nearest the click is passed to `onPick`. It needs only the plot's
 * public `scale()` API and the data the chart was drawn from, not the chart's marks.
 */
type PlotEl = Element & {
  scale?: (name: string) => { apply?: (v: unknown) => number; bandwidth?: number } | undefined;
};

export function onPick<T>(
  fig: Element,
  data: readonly T[],
  key: (d: T) => unknown,
  pick: (d: T) => void,
  axis: 'x' | 'y' = 'x',
  yKey?: (d: T) => unknown,
): void {
  const plot = ((fig as PlotEl).scale ? fig : fig.querySelector('svg')) as PlotEl | null;
  const svg = fig.tagName.toLowerCase() === 'svg' ? fig : fig.querySelector('svg');
  if (!plot?.scale || !svg || !data.length) return;
  (fig as HTMLElement).style.cursor = 'pointer';
  fig.setAttribute('data-pickable', 'true');
  fig.addEventListener('click', (e) => {
    const scale = plot.scale!(axis);
    if (!scale?.apply) return;
    const box = svg.getBoundingClientRect();
    const at = axis === 'x' ? (e as MouseEvent).clientX - box.left : (e as MouseEvent).clientY - box.top;
    const half = (scale.bandwidth ?? 0) / 2;
    // with yKey (several lines over one x axis): nearest in x first, then nearest in y among those
    const ys = yKey ? plot.scale!('y') : undefined;
    const atY = (e as MouseEvent).clientY - box.top;
    let best: T | null = null;
    let dist = Infinity;
    for (const d of data) {
      const p = scale.apply(key(d)) + half;
      if (!Number.isFinite(p)) continue;
      const q = ys?.apply && yKey ? ys.apply(yKey(d)) : NaN;
      const dd = Math.abs(p - at) * 1000 + (Number.isFinite(q) ? Math.abs(q - atY) : 0);
      if (dd < dist) [best, dist] = [d, dd];
    }
    if (best !== null) pick(best);
  });
}
