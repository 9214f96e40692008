/** Categories: skill-set half-life per category and per role family; which categories turn over fastest. */
import { categoryHalfLifeChart } from '../charts/category-half-life.ts';
import { remainingChart } from '../charts/remaining.ts';
import { months } from '../charts/common.ts';
import { card } from '../ui/card.ts';
import { h } from '../ui/dom.ts';
import type { CategoryHalfLife } from '../types.ts';
import type { Ctx } from './context.ts';
import { roleLabel } from '../labels.ts';

function remainingOf(r: CategoryHalfLife): { years: number; remaining: number }[] {
  const v = r.remaining;
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') {
    try {
      const parsed = JSON.parse(v) as unknown;
      return Array.isArray(parsed) ? (parsed as { years: number; remaining: number }[]) : [];
    } catch {
      return [];
    }
  }
  return [];
}

/** Readable names: role families by their label (`sales_marketing` -> "Sales & marketing"). */
const nameOf = (r: CategoryHalfLife) => (r.kind === 'role_family' ? roleLabel(r.name) : r.name);

/** The base year the rows share (most common), for the notes. */
function baseYear(rows: CategoryHalfLife[]): number | null {
  const n = new Map<number, number>();
  for (const r of rows) if (r.base_year != null) n.set(r.base_year, (n.get(r.base_year) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

const finite = (r: CategoryHalfLife) => r.half_life_months != null && Number.isFinite(r.half_life_months);

export async function categoriesView(root: HTMLElement, ctx: Ctx): Promise<void> {
  ctx.setFilters([]);
  let rows: CategoryHalfLife[];
  try {
    rows = (await Promise.all([ctx.api.categories('category'), ctx.api.categories('role_family')])).flat();
  } catch (err) {
    const failed = card('Skill-set half-life per category');
    root.append(failed.el);
    return failed.error(err);
  }
  const year = baseYear(rows);
  const base = year != null ? `the base year ${year}` : 'a base year';
  const fastest = card(
    'Which categories turn over fastest',
    `Categories with the shortest skill-set half-life (base year ${year ?? '–'}).`,
  );
  const cats = card(
    'Skill-set half-life per category',
    `Years until half of ${base}’s skill demand in the category is gone; whiskers show the interval.`,
  );
  const roles = card(
    'Skill-set half-life per role family',
    `The same measure over the skills each role family asked for in ${year ?? 'the base year'}.`,
  );
  const remain = card(
    'Base-year demand remaining',
    `Share of ${base}’s demand still asked for k years later (fastest six categories).`,
  );
  root.append(fastest.el, h('div', { class: 'grid' }, cats.el, roles.el), remain.el);
  [fastest, cats, roles, remain].forEach((c) => c.loading());
  {
    const byKind = (k: string) => rows.filter((r) => (r.kind ?? 'category') === k);
    const catRows = byKind('category').filter(finite);
    const roleRows = byKind('role_family').filter(finite);
    const toCsvRow = (r: CategoryHalfLife) => ({
      kind: r.kind,
      name: r.name,
      label: nameOf(r),
      base_year: r.base_year ?? null,
      status: r.status,
      half_life_months: r.half_life_months,
      ci_low: r.ci_low,
      ci_high: r.ci_high,
      n_skills: r.n_skills ?? null,
    });
    const toChart = (r: CategoryHalfLife) => ({
      name: nameOf(r),
      half_life_months: r.half_life_months!,
      ci_low: r.ci_low,
      ci_high: r.ci_high,
      n_skills: r.n_skills,
    });
    const sorted = [...catRows].sort((a, b) => a.half_life_months! - b.half_life_months!);
    if (!sorted.length)
      fastest.empty('No category has a half-life estimate yet (demand not declining, or too little data).');
    else
      fastest.content(
        h(
          'ol',
          { class: 'ranking' },
          sorted
            .slice(0, 5)
            .map((r) => h('li', {}, h('strong', {}, nameOf(r)), ` — half-life ${months(r.half_life_months)}`)),
        ),
        h(
          'p',
          { class: 'note' },
          `${byKind('category').length - catRows.length} categories without an estimate (stable, rising or too little data).`,
        ),
      );
    if (catRows.length)
      cats.chart((width) => categoryHalfLifeChart(catRows.map(toChart), { width }), {
        name: 'category-half-life',
        rows: () => catRows.map(toCsvRow),
      });
    else cats.empty('No category half-lives yet.');
    if (roleRows.length)
      roles.chart((width) => categoryHalfLifeChart(roleRows.map(toChart), { width, colorIndex: 3 }), {
        name: 'role-family-half-life',
        rows: () => roleRows.map(toCsvRow),
      });
    else roles.empty('No role-family half-lives yet.');
    // every curve starts at 100% in its base year
    const curves = sorted.slice(0, 6).flatMap((r) => {
      const pts = remainingOf(r);
      const withBase = pts.length && !pts.some((p) => p.years === 0) ? [{ years: 0, remaining: 1 }, ...pts] : pts;
      return withBase.map((p) => ({ name: nameOf(r), ...p }));
    });
    if (curves.length)
      remain.chart((width) => remainingChart(curves, { width }), {
        name: 'base-year-demand-remaining',
        rows: () => curves,
      });
    else remain.empty('No remaining-demand curves yet.');
  }
}
