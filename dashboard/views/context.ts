/** What every view receives: the API, the parsed URL state, filter choices, and navigation. */
import type { Api } from '../api.ts';
import type { State } from '../state.ts';
import type { Health, SourceInfo } from '../types.ts';
import type { FilterChoices, FilterKey } from '../ui/filters.ts';

export interface Ctx {
  api: Api;
  state: State;
  /** Filter values (periods, sources, countries, role families), loaded once in the background. */
  choices(): Promise<FilterChoices>;
  /** /health and /sources, fetched once per page load. */
  health(): Promise<Health>;
  sources(): Promise<SourceInfo[] | null>;
  /** Merge into the state and write the URL (which re-renders the view). */
  go(patch: Partial<State>): void;
  /** Cached id -> label lookups. */
  label(id: string): Promise<string>;
  /** Set by main: a view registers which filters it honours before rendering content. */
  /** `oneOf`: slice filters the view's routes take one at a time (the others are disabled while one is set). */
  setFilters(keys: FilterKey[], oneOf?: FilterKey[]): void;
}

export type ViewFn = (root: HTMLElement, ctx: Ctx) => Promise<void>;

/** A `#/skill?skill=<id>` link that keeps the current filters. */
export function skillHref(ctx: Ctx, id: string): string {
  const p = new URLSearchParams({ skill: id });
  for (const k of ['from', 'to', 'source', 'country', 'role'] as const) if (ctx.state[k]) p.set(k, ctx.state[k]!);
  return `#/skill?${p.toString()}`;
}
