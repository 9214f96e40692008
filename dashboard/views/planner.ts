/**
 * Credential planner: the skills a program covers in, recommended next skills out (POST /recommendations),
 * with demand, growth, durability and the reasons; exportable as CSV.
 */
import { recommendationsChart } from '../charts/recommendations.ts';
import { autocomplete, chips } from '../ui/autocomplete.ts';
import { card } from '../ui/card.ts';
import { downloadCsv, toCsv } from '../ui/csv.ts';
import { h } from '../ui/dom.ts';
import type { Recommendation } from '../types.ts';
import { searchSkills } from './search.ts';
import { skillHref, type Ctx } from './context.ts';

export interface PlannerRow {
  skill_id: string;
  label: string;
  score: number;
  demand: number | null;
  growth: number | null;
  durability: number | null;
  adjacency: number | null;
  half_life_months: number | null;
  reasons: string[];
}

/** Table rows from the API's items (components, half-life and reasons as the API states them). */
export function plannerRows(recs: Recommendation[]): PlannerRow[] {
  return recs.map((r) => ({
    skill_id: r.skill.id,
    label: r.skill.label,
    score: r.score,
    demand: r.demand,
    growth: r.growth,
    durability: r.durability,
    adjacency: r.adjacency,
    half_life_months: r.half_life?.half_life_months ?? null,
    reasons: r.reasons,
  }));
}

/** Puts a column on 0..1 when the API sends 0..100. */
function unit(values: (number | null)[]): (number | null)[] {
  const max = Math.max(0, ...values.filter((v): v is number => v != null).map(Math.abs));
  return max > 1 && max <= 100 ? values.map((v) => (v == null ? null : v / 100)) : values;
}

export const csvColumns = ['skill_id', 'label', 'score', 'demand', 'growth', 'durability', 'adjacency', 'half_life_months', 'reasons'];

export async function plannerView(root: HTMLElement, ctx: Ctx): Promise<void> {
  ctx.setFilters([]);
  const have = ctx.state.have;
  const labels = await Promise.all(have.map((id) => ctx.label(id)));
  const picked = have.map((id, i) => ({ id, label: labels[i]! }));
  root.append(
    h(
      'div',
      { class: 'picker' },
      h('p', { class: 'note' }, 'List the skills your program already covers; the planner suggests what to build next.'),
      autocomplete({
        id: 'planner-search',
        label: 'Skills the program covers',
        search: searchSkills(ctx),
        onPick: (o) => {
          if (!have.includes(o.id)) ctx.go({ have: [...have, o.id] });
        },
      }),
      chips(picked, (o) => ctx.go({ have: have.filter((x) => x !== o.id) })),
    ),
  );
  const exportBtn = h('button', { type: 'button', id: 'export-csv', disabled: true }, 'Export CSV');
  const c = card('Recommended next skills', 'Grey bar: overall score (0–1); symbols: its components on the same scale.', exportBtn);
  const table = h('div', { class: 'table-wrap' });
  root.append(c.el, table);
  if (!have.length) return c.empty('Add at least one skill the program covers.');
  c.loading();
  try {
    const res = await ctx.api.recommendations(have, 10);
    const rows = plannerRows(res.items);
    if (!rows.length) return c.empty('No recommendations for these skills.');
    const [score, demand, growth, durability, adjacency] = [
      unit(rows.map((r) => r.score)),
      unit(rows.map((r) => r.demand)),
      unit(rows.map((r) => r.growth)),
      unit(rows.map((r) => r.durability)),
      unit(rows.map((r) => r.adjacency)),
    ];
    const chartRows = rows.map((r, i) => ({
      label: r.label,
      score: score[i] ?? 0,
      demand: demand[i] ?? null,
      growth: growth[i] ?? null,
      durability: durability[i] ?? null,
      adjacency: adjacency[i] ?? null,
    }));
    c.chart((width) => recommendationsChart(chartRows, { width }));
    exportBtn.disabled = false;
    exportBtn.addEventListener('click', () =>
      downloadCsv('skillpulse-recommendations.csv', toCsv(rows as unknown as Record<string, unknown>[], csvColumns)),
    );
    const fmt = (x: number | null) => (x == null ? '–' : x.toFixed(2));
    table.append(
      h(
        'table',
        { class: 'recs' },
        h('caption', {}, `Next skills for a program covering ${labels.join(', ')}`),
        h('thead', {}, h('tr', {}, ['Skill', 'Score', 'Demand', 'Growth', 'Durability', 'Why'].map((t) => h('th', { scope: 'col' }, t)))),
        h(
          'tbody',
          {},
          rows.map((r) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, r.skill_id ? h('a', { href: skillHref(ctx, r.skill_id) }, r.label) : r.label),
              h('td', { 'data-label': 'Score' }, fmt(r.score)),
              h('td', { 'data-label': 'Demand' }, fmt(r.demand)),
              h('td', { 'data-label': 'Growth' }, fmt(r.growth)),
              h('td', { 'data-label': 'Durability' }, fmt(r.durability)),
              h('td', { 'data-label': 'Why', class: 'why' }, r.reasons.join('; ')),
            ),
          ),
        ),
      ),
    );
  } catch (err) {
    c.error(err);
  }
}
