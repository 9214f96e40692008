/** Renders a chart with jsdom's document and returns stable SVG/HTML text for snapshots. */
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
export const document = dom.window.document;

/** Rounds every decimal number to 2 places so snapshots do not change with float noise. */
export function roundNumbers(text: string): string {
  return text.replace(/-?\d+\.\d{3,}/g, (m) => {
    const r = Math.round(Number(m) * 100) / 100;
    return String(Object.is(r, -0) ? 0 : r);
  });
}

/** Pretty-prints one tag per line so a diff points at the mark that changed. */
export function serialize(node: Element): string {
  return roundNumbers(node.outerHTML).replace(/></g, '>\n<') + '\n';
}
