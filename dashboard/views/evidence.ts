/**
 * The evidence panel: the postings a trend point counts (GET /skills/{id}/postings), each with its matches
 * highlighted in the text, a link to the original, the candidates the extractor dropped, and a "Not a skill
 * here" button per match (POST /feedback). The URL hash keeps it open (`ev=<skill>@<period>` for a share point,
 * `ev=<skill>@<from>..<to>&evof=<figure>` for a bar over a window, `evby=` for a breakdown bar's slice), so it
 * can be shared; which postings each figure opens: views/evidence-scope.ts. Posting text is only ever set with
 * textContent / text nodes.
 */
import { h } from '../ui/dom.ts';
import { errorText } from '../ui/states.ts';
import { evidenceScope, type EvidenceScope } from './evidence-scope.ts';
import type { EvidencePosting } from '../types.ts';
import type { Ctx } from './context.ts';

const PAGE = 20;

/** The posting text with each match in a <mark> (text nodes only). */
export function highlighted(p: EvidencePosting): HTMLElement {
  const el = h('p', { class: 'ev-text' });
  const spans = p.matches
    .filter((m) => m.text_start !== null && m.text_end !== null)
    .sort((a, b) => a.text_start! - b.text_start!);
  let at = 0;
  for (const m of spans) {
    if (m.text_start! < at) continue;
    el.append(document.createTextNode(p.text.slice(at, m.text_start!)));
    const mark = document.createElement('mark');
    mark.textContent = p.text.slice(m.text_start!, m.text_end!);
    mark.title = `${m.zone} · ${m.rule}`;
    el.append(mark);
    at = m.text_end!;
  }
  el.append(document.createTextNode(p.text.slice(at)));
  return el;
}

function postingItem(ctx: Ctx, skill: string, p: EvidencePosting): HTMLElement {
  const link = h('a', { rel: 'noopener noreferrer', target: '_blank' }, p.title || p.id);
  if (p.url && /^https?:\/\//.test(p.url)) link.setAttribute('href', p.url);
  const marks = p.matches.map((m) => {
    const status = h('span', { class: 'ev-status', role: 'status' });
    const button = h('button', { type: 'button', class: 'ev-wrong' }, 'Not a skill here');
    button.addEventListener('click', async () => {
      button.setAttribute('disabled', '');
      try {
        await ctx.api.feedback({ posting_id: p.id, skill, surface: m.surface, start: m.start, end: m.end });
        status.textContent = 'Marked, thank you.';
      } catch (err) {
        button.removeAttribute('disabled');
        status.textContent = errorText(err);
      }
    });
    return h('li', {}, h('code', {}, m.surface), ` ${m.zone} · ${m.rule} `, button, status);
  });
  const dropped = p.dropped.length
    ? h(
        'details',
        { class: 'ev-dropped' },
        h('summary', {}, `${p.dropped.length} dropped candidate${p.dropped.length > 1 ? 's' : ''}`),
        h(
          'ul',
          {},
          p.dropped.map((d) => h('li', {}, h('code', {}, d.surface), ` ${d.zone}: ${d.why}`)),
        ),
      )
    : null;
  return h(
    'li',
    { class: 'ev-posting', 'data-id': p.id },
    h('div', { class: 'ev-head' }, link, ` · ${p.company ?? '–'} · ${p.source} · ${(p.posted_at ?? '').slice(0, 10)}`),
    highlighted(p),
    h('ul', { class: 'ev-matches' }, marks),
    dropped,
  );
}

/** A movers arrow's panel: the button that lists the move's other window instead. */
function otherButton(ctx: Ctx, other: NonNullable<EvidenceScope['other']>): HTMLElement {
  const button = h('button', { type: 'button', class: 'ev-other' }, other.label);
  button.addEventListener('click', () => ctx.go(other.state));
  return button;
}

/** Opens (or re-renders) the panel for `ctx.state.ev` in `root`. */
export async function evidencePanel(root: HTMLElement, ctx: Ctx): Promise<void> {
  root.querySelector('.evidence')?.remove();
  const scope = evidenceScope(ctx.state);
  if (!scope) return;
  const { skill } = scope;
  const list = h('ol', { class: 'ev-list' });
  const head = h('p', { class: 'ev-count', role: 'status' }, 'Loading postings…');
  const more = h('button', { type: 'button', class: 'ev-more', hidden: true }, 'More');
  const close = h('button', { type: 'button', class: 'ev-close', 'aria-label': 'Close' }, '×');
  close.addEventListener('click', () => ctx.go({ ev: undefined, evof: undefined, evby: undefined }));
  const title = h('h2', {}, scope.title(skill));
  const panel = h(
    'aside',
    {
      class: 'evidence',
      'aria-label': 'Evidence',
      'data-skill': skill,
      'data-period': scope.from === scope.to ? scope.from : `${scope.from}..${scope.to}`,
      'data-from': scope.from,
      'data-to': scope.to,
      'data-of': ctx.state.evof ?? 'share',
    },
    h('header', {}, title, close),
    head,
    ...(scope.other ? [otherButton(ctx, scope.other)] : []),
    list,
    more,
  );
  root.append(panel);
  const params = { ...scope.params, limit: PAGE };
  let offset = 0;
  const load = async () => {
    try {
      const page = await ctx.api.postings(skill, { ...params, offset });
      title.textContent = scope.title(page.skill.label);
      head.textContent = scope.count(page.total);
      panel.setAttribute('data-total', String(page.total));
      for (const p of page.items) list.append(postingItem(ctx, page.skill.id, p));
      offset += page.items.length;
      more.hidden = offset >= page.total;
      panel.setAttribute('data-ready', 'true');
    } catch (err) {
      head.textContent = errorText(err);
      panel.setAttribute('data-ready', 'true');
    }
  };
  more.addEventListener('click', () => void load());
  await load();
}
