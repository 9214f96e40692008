/**
 * Credential planner: the skills a program covers in, recommended next skills out (POST /recommendations),
 * with demand, growth, durability and the reasons; exportable as CSV. A click on a suggestion's row of the chart
 * opens the skill's postings in the demand-score window (all postings), the ones its demand component rests on.
 */
import { recommendationsChart } from '../charts/recommendations.ts';
import { autocomplete, chips } from '../ui/autocomplete.ts';
import { card } from '../ui/card.ts';
import { downloadCsv, toCsv } from '../ui/csv.ts';
import { h } from '../ui/dom.ts';
import { clip, signedPct } from '../charts/common.ts';
import { onPick } from '../ui/pick.ts';
import { evidencePanel } from './evidence.ts';
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

export const csvColumns = [
  'skill_id',
  'label',
  'score',
  'demand',
  'growth',
  'durability',
  'adjacency',
  'half_life_months',
  'reasons',
];

export async function plannerView(root: HTMLElement, ctx: Ctx): Promise<void> {
  ctx.setFilters([]);
  const have = ctx.state.have;
  const labels = await Promise.all(have.map((id) => ctx.label(id)));
  const picked = have.map((id, i) => ({ id, label: labels[i]! }));
  root.append(
    h(
      'div',
      { class: 'picker' },
      h(
        'p',
        { class: 'note' },
        'List the skills your program already covers; the planner suggests what to build next.',
      ),
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
  const c = card(
    'Recommended next skills',
    'Each measure on its own scale: score and demand 0–100, adjacency and durability 0–1, growth in % of share over 12 months.',
    exportBtn,
  );
  const table = h('div', { class: 'table-wrap' });
  root.append(c.el, table);
  if (!have.length) return c.empty('Add at least one skill the program covers.');
  c.loading();
  try {
    // the window the demand scores (all postings) rest on: a suggestion's bar opens its postings there
    const [res, scored] = await Promise.all([
      ctx.api.recommendations(have, 10),
      ctx.api
        .demandScorePage({ limit: 1 })
        .then((p) => p.window)
        .catch(() => null),
    ]);
    const rows = plannerRows(res.items);
    if (!rows.length) return c.empty('No recommendations for these skills.');
    // each measure keeps its own unit: score and demand 0–100, growth a ratio (drawn as %), the others 0–1
    const chartRows = rows.map((r) => ({
      label: r.label,
      score: r.score,
      demand: r.demand,
      growth: r.growth,
      durability: r.durability,
      adjacency: r.adjacency,
    }));
    c.chart(
      (width) => {
        const fig = recommendationsChart(chartRows, { width });
        if (scored?.from && scored.to)
          for (const svg of fig.querySelectorAll('svg'))
            onPick(
              svg,
              rows,
              (r) => clip(r.label, 28),
              (r) => ctx.go({ ev: `${r.skill_id}@${scored.from}..${scored.to}`, evof: 'planner', evby: undefined }),
              'y',
            );
        return fig;
      },
      {
        name: 'recommendations',
        rows: () => rows.map((r) => ({ ...r, reasons: r.reasons.join('; ') })),
      },
    );
    exportBtn.disabled = false;
    exportBtn.addEventListener('click', () =>
      downloadCsv('skillpulse-recommendations.csv', toCsv(rows as unknown as Record<string, unknown>[], csvColumns)),
    );
    const fmt = (x: number | null, digits = 2) => (x == null ? '–' : x.toFixed(digits));
    const growthPct = (x: number | null) => (x == null ? '–' : signedPct(x));
    table.append(
      h(
        'table',
        { class: 'recs' },
        h('caption', {}, `Next skills for a program covering ${labels.join(', ')}`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            [
              'Skill',
              'Score (0–100)',
              'Demand (0–100)',
              'Growth (12 months, %)',
              'Durability (0–1)',
              'Adjacency (0–1)',
              'Why',
            ].map((t) => h('th', { scope: 'col' }, t)),
          ),
        ),
        h(
          'tbody',
          {},
          rows.map((r) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, r.skill_id ? h('a', { href: skillHref(ctx, r.skill_id) }, r.label) : r.label),
              h('td', { 'data-label': 'Score (0–100)' }, fmt(r.score, 1)),
              h('td', { 'data-label': 'Demand (0–100)' }, fmt(r.demand, 0)),
              h('td', { 'data-label': 'Growth (12 months, %)' }, growthPct(r.growth)),
              h('td', { 'data-label': 'Durability (0–1)' }, fmt(r.durability)),
              h('td', { 'data-label': 'Adjacency (0–1)' }, fmt(r.adjacency)),
              h('td', { 'data-label': 'Why', class: 'why' }, r.reasons.join('; ')),
            ),
          ),
        ),
      ),
    );
  } catch (err) {
    c.error(err);
  }
  await evidencePanel(root, ctx);
}
