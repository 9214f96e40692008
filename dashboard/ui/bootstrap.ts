/**
 * Before the first build: what the first crawl is collecting and how far it got (GET /api/v1/status, polled
 * every second), then the dashboard itself once /health reports postings. With no job running it is the
 * empty state ("run skillpulse crawl or import").
 */
import type { Api } from '../api.ts';
import type { JobStatus } from '../types.ts';
import { h } from './dom.ts';
import { showEmpty } from './states.ts';

const POLL_MS = 1000;

function ago(iso: string | null): string {
  if (!iso) return '';
  const s = Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 1000));
  return s < 90 ? `${s} s` : `${Math.round(s / 60)} min`;
}

/** The progress lines of a running job (pure: tested in the browser test through the page). */
export function progressLines(st: JobStatus): string[] {
  const lines: string[] = [];
  if (st.step === 'crawl' || (st.step === null && st.crawl.length)) {
    lines.push(`Collecting postings (first crawl, started ${ago(st.started_at)} ago)…`);
    if (!st.crawl.length) lines.push('Waiting for the first page from the sources.');
    for (const c of st.crawl)
      lines.push(
        `${c.source}: ${c.message}${c.pages != null ? ` · ${c.pages} pages` : ''}${c.added != null ? ` · ${c.added.toLocaleString('en-US')} postings so far` : ''}`,
      );
  } else if (st.step === 'pipeline') {
    const p = st.pipeline;
    lines.push(`Building the warehouse (started ${ago(st.started_at)} ago)…`);
    if (p)
      lines.push(
        `${p.stage}: ${p.message}${p.done != null && p.total ? ` · ${p.done.toLocaleString('en-US')} of ${p.total.toLocaleString('en-US')}` : ''}`,
      );
  }
  return lines;
}

/** Shows the first crawl's progress in `el` until postings exist, then calls `ready`. */
export function watchBootstrap(el: Element, api: Api, ready: () => void): void {
  let stopped = false;
  const tick = async () => {
    if (stopped) return;
    try {
      const health = await api.health();
      if (health.status !== 'empty' && health.postings) {
        stopped = true;
        return ready();
      }
      const st = await api.status();
      if (st && st.state === 'running') {
        el.replaceChildren(
          h(
            'div',
            {
              class: 'state bootstrap',
              role: 'status',
              'aria-live': 'polite',
              'data-ready': 'true',
              'data-view': 'bootstrap',
            },
            h(
              'p',
              {},
              h('span', { class: 'spinner' }),
              h('strong', {}, 'No postings yet: the first crawl is running.'),
            ),
            h(
              'ul',
              {},
              progressLines(st).map((l) => h('li', {}, l)),
            ),
            h('p', { class: 'note' }, 'This page fills in by itself when the warehouse is built.'),
          ),
        );
      } else {
        const box = h('div', { class: 'view', 'data-ready': 'true', 'data-view': 'empty' });
        el.replaceChildren(box);
        showEmpty(box);
        if (st?.last && !st.last.ok)
          box.append(
            h('p', { class: 'note' }, `The last ${st.last.kind} failed: ${st.last.error ?? 'unknown error'}.`),
          );
      }
    } catch {
      /* the server may be restarting: try again */
    }
    setTimeout(() => void tick(), POLL_MS);
  };
  void tick();
}
