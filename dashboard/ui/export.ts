/**
 * Downloads of a drawn chart: SVG (the chart's <svg> elements laid out as on screen, with the page's font and
 * colours inlined), PNG (that SVG rasterised at 2x on a canvas), and the chart's data as CSV.
 * Everything happens in the page: no request leaves it.
 */
import { downloadCsv, saveBlob, toCsv } from './csv.ts';

const NS = 'http://www.w3.org/2000/svg';

/** The chart's svg elements (not the small ones inside legends) as one standalone SVG document. */
export function chartSvg(container: Element): { text: string; width: number; height: number } {
  const base = container.getBoundingClientRect();
  const svgs = [...container.querySelectorAll('svg')].filter(
    (s) => !s.parentElement?.closest('svg') && s.getBoundingClientRect().height > 30,
  );
  const width = Math.ceil(Math.max(1, base.width, ...svgs.map((s) => s.getBoundingClientRect().right - base.left)));
  const height = Math.ceil(Math.max(1, ...svgs.map((s) => s.getBoundingClientRect().bottom - base.top)));
  const style = getComputedStyle(container);
  const out = document.createElementNS(NS, 'svg');
  out.setAttribute('xmlns', NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  out.setAttribute('font-family', style.fontFamily || 'system-ui, sans-serif');
  out.setAttribute('font-size', '12');
  const bg = document.createElementNS(NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', 'white');
  out.append(bg);
  for (const s of svgs) {
    const r = s.getBoundingClientRect();
    const copy = s.cloneNode(true) as SVGSVGElement;
    copy.setAttribute('x', String(Math.round(r.left - base.left)));
    copy.setAttribute('y', String(Math.round(r.top - base.top)));
    copy.setAttribute('color', getComputedStyle(s).color || 'black');
    copy.querySelectorAll('[aria-label="tip"]').forEach((t) => t.remove());
    out.append(copy);
  }
  return { text: new XMLSerializer().serializeToString(out), width, height };
}

export function downloadSvg(container: Element, name: string): void {
  saveBlob(`${name}.svg`, new Blob([chartSvg(container).text], { type: 'image/svg+xml' }));
}

export async function downloadPng(container: Element, name: string, scale = 2): Promise<void> {
  const { text, width, height } = chartSvg(container);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the chart could not be rasterised'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const g = canvas.getContext('2d')!;
    g.scale(scale, scale);
    g.drawImage(img, 0, 0);
    const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
    if (blob) saveBlob(`${name}.png`, blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadRows(rows: Record<string, unknown>[], name: string): void {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  downloadCsv(`${name}.csv`, toCsv(rows, columns));
}
