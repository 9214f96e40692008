/** Loading, empty and error states: a view always shows one of these or its content, never a blank page. */
import { ApiError } from '../api.ts';
import { clear, h } from './dom.ts';

export const EMPTY_MESSAGE = 'No postings yet: run skillpulse crawl or import';

export function showLoading(el: Element, what = 'Loading…'): void {
  clear(el);
  el.append(
    h('p', { class: 'state loading', role: 'status', 'aria-live': 'polite' }, h('span', { class: 'spinner' }), what),
  );
}

export function showEmpty(el: Element, message = EMPTY_MESSAGE): void {
  clear(el);
  el.append(
    h(
      'div',
      { class: 'state empty', role: 'status' },
      h('p', {}, h('strong', {}, message)),
      message === EMPTY_MESSAGE
        ? h('p', {}, 'Then run ', h('code', {}, 'skillpulse pipeline'), ' and reload this page.')
        : null,
    ),
  );
}

export function errorText(err: unknown): string {
  if (err instanceof ApiError) return err.status ? `${err.message} (HTTP ${err.status}, ${err.code})` : err.message;
  return err instanceof Error ? err.message : String(err);
}

export function showError(el: Element, err: unknown, retry?: () => void): void {
  clear(el);
  el.append(
    h(
      'div',
      { class: 'state error', role: 'alert' },
      h('p', {}, h('strong', {}, 'Could not load this: '), errorText(err)),
      retry ? h('button', { type: 'button', onclick: () => retry() }, 'Try again') : null,
    ),
  );
}
