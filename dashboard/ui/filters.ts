/**
 * The filter bar: period range, source, country, role family, language. Each view says which filters its API routes
 * honour; only those are shown. A change writes the URL (the one source of truth) through `onChange`.
 */
import type { Meta } from '../types.ts';
import type { Filters } from '../state.ts';
import { h } from './dom.ts';
import { roleLabel } from '../labels.ts';

export type FilterKey = keyof Filters;
/** Posting languages the API accepts (ISO 639-1; api/schemas.ts LANGUAGES). */
export const LANGUAGES = ['en', 'zh', 'ja', 'ko', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'und'];

export interface FilterChoices {
  periods: string[];
  sources: string[];
  countries: string[];
  roles: string[];
}

function names(list: unknown, key: string): string[] {
  if (!Array.isArray(list)) return [];
  return list
    .map((x) => {
      if (typeof x === 'string') return x;
      const o = (x ?? {}) as Record<string, unknown>;
      return o[key] ?? o.name ?? null;
    })
    .filter((x): x is string => typeof x === 'string' && x !== '*' && x !== '');
}

/** Normalizes /api/v1/meta (lists of strings or of objects) into plain choices. */
export function choicesFrom(meta: Meta | null, sources: string[] = []): FilterChoices {
  const m = (meta ?? {}) as Record<string, unknown>;
  const p = m.periods as unknown;
  const monthList = p && typeof p === 'object' && !Array.isArray(p) ? (p as { month?: unknown }).month : p;
  const periods = names(monthList ?? m.months, 'period')
    .filter((p) => /^\d{4}-\d{2}$/.test(p))
    .sort();
  return {
    periods,
    sources: names(m.sources, 'source').length ? names(m.sources, 'source') : sources,
    // only ISO alpha-2 codes are valid filter values ('unknown' groups postings without a country)
    countries: names(m.countries, 'country').filter((c) => /^[A-Z]{2}$/.test(c)),
    roles: names(m.role_families ?? m.roleFamilies, 'role_family'),
  };
}

function select(
  id: string,
  label: string,
  values: string[],
  current: string | undefined,
  all: string,
  onChange: (v: string | undefined) => void,
  name: (v: string) => string = (v) => v,
) {
  const sel = h(
    'select',
    { id, onchange: (e) => onChange(((e.target as HTMLSelectElement).value || undefined) as string | undefined) },
    h('option', { value: '' }, all),
    values.map((v) => h('option', { value: v, selected: v === current }, name(v))),
  );
  if (current && !values.includes(current)) sel.append(h('option', { value: current, selected: true }, current));
  return h('div', { class: 'field' }, h('label', { for: id }, label), sel);
}

export function filterBar(
  choices: FilterChoices,
  current: Filters,
  applicable: FilterKey[],
  oneOf: FilterKey[],
  onChange: (next: Filters) => void,
): HTMLElement {
  const set = (k: FilterKey) => (v: string | undefined) => onChange({ ...current, [k]: v });
  const fields: HTMLElement[] = [];
  if (applicable.includes('from') && choices.periods.length) {
    fields.push(select('f-from', 'From', choices.periods, current.from, 'first month', set('from')));
    fields.push(select('f-to', 'To', choices.periods, current.to, 'latest month', set('to')));
  }
  if (applicable.includes('source') && choices.sources.length)
    fields.push(select('f-source', 'Source', choices.sources, current.source, 'all sources', set('source')));
  if (applicable.includes('country') && choices.countries.length)
    fields.push(select('f-country', 'Country', choices.countries, current.country, 'all countries', set('country')));
  if (applicable.includes('role') && choices.roles.length)
    fields.push(
      select('f-role', 'Role family', choices.roles, current.role, 'all role families', set('role'), roleLabel),
    );
  if (applicable.includes('language'))
    fields.push(select('f-language', 'Language', LANGUAGES, current.language, 'all languages', set('language')));
  // slice filters the view's routes take one at a time: while one is set the others are disabled, and say why
  const setOne = oneOf.find((k) => current[k]);
  if (setOne) {
    const ids: Partial<Record<FilterKey, string>> = {
      source: 'f-source',
      country: 'f-country',
      role: 'f-role',
      language: 'f-language',
    };
    for (const k of oneOf) {
      if (k === setOne) continue;
      const sel = fields.find((f) => f.querySelector(`#${ids[k]}`))?.querySelector('select');
      if (sel) (sel.disabled = true), sel.setAttribute('aria-describedby', 'f-one-of');
    }
    const names: Record<string, string> = {
      source: 'Source',
      country: 'Country',
      role: 'Role family',
      language: 'Language',
    };
    fields.push(
      h(
        'p',
        { id: 'f-one-of', class: 'note filters-note' },
        `${names[setOne]} is set: the data holds slices of one of Source, Country and Role family at a time (clear it to pick another).`,
      ),
    );
  }
  const active = applicable.some((k) => current[k]);
  if (active) fields.push(h('button', { type: 'button', class: 'link', onclick: () => onChange({}) }, 'Clear filters'));
  if (!fields.length) return h('div', { class: 'filters', hidden: true });
  return h('form', { class: 'filters', 'aria-label': 'Filters', onsubmit: (e) => e.preventDefault() }, fields);
}
