/** The skill search box shared by views: autocomplete over GET /api/v1/skills?q=. */
import { autocomplete, type Option } from '../ui/autocomplete.ts';
import { pct } from '../charts/common.ts';
import type { Ctx } from './context.ts';

export function searchSkills(ctx: Ctx) {
  return async (q: string): Promise<Option[]> => {
    const page = await ctx.api.skills(q, 10);
    return page.items.map((s) => ({
      id: s.id,
      label: s.label,
      detail: [s.category, s.share != null ? pct(s.share) : null].filter(Boolean).join(' · '),
    }));
  };
}

/** Autocomplete that opens the picked skill in the Skill view (keeping filters). */
export function skillSearch(ctx: Ctx, id: string, label: string): HTMLElement {
  return autocomplete({ id, label, search: searchSkills(ctx), onPick: (o) => ctx.go({ view: 'skill', skill: o.id }) });
}
