/**
 * Skill search with autocomplete: an ARIA combobox (input + listbox). No option is pre-selected; arrow keys
 * move, Enter picks the highlighted option (or the first, best-ranked one when none is), Escape closes;
 * options are clickable. Searches are debounced and stale answers are dropped.
 */
import { h } from './dom.ts';

export interface Option {
  id: string;
  label: string;
  detail?: string;
}

export interface AutocompleteOptions {
  label: string;
  placeholder?: string;
  search: (q: string) => Promise<Option[]>;
  onPick: (o: Option) => void;
  id: string;
}

export function autocomplete(opts: AutocompleteOptions): HTMLElement {
  const listId = `${opts.id}-list`;
  const input = h('input', {
    id: opts.id,
    type: 'search',
    role: 'combobox',
    autocomplete: 'off',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    placeholder: opts.placeholder ?? 'Type a skill…',
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'listbox', hidden: true });
  let options: Option[] = [];
  let active = -1;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (i: number) => {
    active = i;
    [...list.children].forEach((li, k) => li.setAttribute('aria-selected', String(k === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `${listId}-${i}`);
  };
  const pick = (o: Option) => {
    close();
    input.value = '';
    opts.onPick(o);
  };
  const show = (items: Option[]) => {
    options = items;
    list.replaceChildren(
      ...(items.length
        ? items.map((o, i) =>
            h(
              'li',
              {
                id: `${listId}-${i}`,
                role: 'option',
                'aria-selected': 'false',
                'data-id': o.id,
                onmousedown: (e) => (e.preventDefault(), pick(o)),
              },
              h('span', {}, o.label),
              o.detail ? h('small', {}, o.detail) : null,
            ),
          )
        : [h('li', { class: 'none', 'aria-disabled': 'true' }, 'No matching skill')]),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    // nothing is pre-selected: ArrowDown goes to the first suggestion, Enter alone takes the first (best) one
    highlight(-1);
  };
  const run = async (q: string) => {
    const mine = ++seq;
    try {
      const items = await opts.search(q);
      if (mine === seq && input.value.trim() === q) show(items);
    } catch {
      if (mine === seq) show([]);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) return close();
    timer = setTimeout(() => void run(q), 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && options.length) {
      e.preventDefault();
      if (list.hidden) show(options);
      else highlight((active + 1) % options.length);
    } else if (e.key === 'ArrowUp' && options.length) {
      e.preventDefault();
      highlight(active <= 0 ? options.length - 1 : active - 1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const chosen = active >= 0 ? options[active] : options[0];
      if (!list.hidden && chosen) pick(chosen);
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));

  return h('div', { class: 'autocomplete' }, h('label', { for: opts.id }, opts.label), input, list);
}

/** Chosen items as removable chips. */
export function chips(items: Option[], onRemove: (o: Option) => void): HTMLElement {
  return h(
    'ul',
    { class: 'chips', 'aria-label': 'Chosen skills' },
    items.map((o) =>
      h(
        'li',
        {},
        h('span', {}, o.label),
        h('button', { type: 'button', 'aria-label': `Remove ${o.label}`, onclick: () => onRemove(o) }, '×'),
      ),
    ),
  );
}
