/**
 * A titled panel holding one chart. It measures its own width, renders the chart function with it, and
 * re-renders on resize; it shows loading, empty and error states while the data is not there.
 */
import { clear, h } from './dom.ts';
import { showEmpty, showError, showLoading } from './states.ts';
import { downloadPng, downloadRows, downloadSvg } from './export.ts';

/** What a chart's downloads hold: a file name stem and the rows behind the chart. */
export interface ChartData {
  name: string;
  rows: () => Record<string, unknown>[];
}

function downloads(slot: Element, data: ChartData): HTMLElement {
  const stem = `skillpulse-${data.name}`.replace(/[^\w.-]+/g, '_');
  const button = (label: string, what: string, run: () => void) =>
    h(
      'button',
      { type: 'button', class: 'link', 'data-download': what, 'aria-label': `Download ${label}`, onclick: run },
      what,
    );
  return h(
    'div',
    { class: 'downloads', role: 'group', 'aria-label': 'Download this chart' },
    'Download: ',
    button('the chart as PNG', 'PNG', () => void downloadPng(slot, stem)),
    button('the chart as SVG', 'SVG', () => downloadSvg(slot, stem)),
    button('the data as CSV', 'CSV', () => downloadRows(data.rows(), stem)),
  );
}

export interface Card {
  el: HTMLElement;
  body: HTMLElement;
  loading(): void;
  empty(message: string): void;
  error(err: unknown, retry?: () => void): void;
  /**
   * Draws `draw(width)` now and again whenever the card's width changes. With `data` the card offers the
   * chart as PNG and SVG and `data.rows()` as CSV (file names start with `skillpulse-<name>`).
   */
  chart(draw: (width: number) => Element, data?: ChartData): void;
  /** Replaces the body with arbitrary content (tables, lists). */
  content(...nodes: Node[]): void;
}

const observers = new WeakMap<Element, ResizeObserver>();

export function card(title: string, note?: string, extra?: Node): Card {
  const body = h('div', { class: 'card-body' });
  const el = h(
    'section',
    { class: 'card', 'aria-label': title },
    h('header', {}, h('h2', {}, title), extra ?? null),
    note ? h('p', { class: 'note' }, note) : null,
    body,
  );
  const stop = () => {
    observers.get(body)?.disconnect();
    observers.delete(body);
  };
  return {
    el,
    body,
    loading: () => (stop(), showLoading(body)),
    empty: (m) => (stop(), showEmpty(body, m)),
    error: (e, retry) => (stop(), showError(body, e, retry)),
    content: (...nodes) => {
      stop();
      clear(body);
      body.append(...nodes);
    },
    chart(draw, data) {
      stop();
      clear(body);
      const slot = h('div', { class: 'chart-slot' });
      body.append(slot);
      if (data) body.append(downloads(slot, data));
      let last = -1;
      const render = () => {
        const width = Math.floor(slot.clientWidth || body.clientWidth || 600);
        if (Math.abs(width - last) < 8) return;
        last = width;
        const fig = draw(width);
        fig.classList.add('chart');
        slot.replaceChildren(fig);
        if (!performance.getEntriesByName('skillpulse:first-chart').length) performance.mark('skillpulse:first-chart');
      };
      render();
      if (typeof ResizeObserver !== 'undefined') {
        let frame = 0;
        const ro = new ResizeObserver(() => {
          cancelAnimationFrame(frame);
          frame = requestAnimationFrame(render);
        });
        ro.observe(slot);
        observers.set(body, ro);
      }
    },
  };
}
