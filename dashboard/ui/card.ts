/**
 * A titled panel holding one chart. It measures its own width, renders the chart function with it, and
 * re-renders on resize; it shows loading, empty and error states while the data is not there.
 */
import { clear, h } from './dom.ts';
import { showEmpty, showError, showLoading } from './states.ts';

export interface Card {
  el: HTMLElement;
  body: HTMLElement;
  loading(): void;
  empty(message: string): void;
  error(err: unknown, retry?: () => void): void;
  /** Draws `draw(width)` now and again whenever the card's width changes. */
  chart(draw: (width: number) => Element): void;
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
    chart(draw) {
      stop();
      clear(body);
      const slot = h('div', { class: 'chart-slot' });
      body.append(slot);
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
