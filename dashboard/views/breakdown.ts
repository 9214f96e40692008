/**
 * A skill's share within each country, role family and source, over the selected period range and the other
 * filters. One trend request per slice value (at most MAX_VALUES per dimension, in the order the API lists them).
 * The warehouse holds slices of one filter at a time, so while a source, country or role family filter is set only
 * the breakdown along that same dimension is drawn (the others say why they are not). A click on a bar opens the
 * evidence panel on the postings it counts: the bar's slice over the periods of its trend points.
 */
import { breakdownChart } from '../charts/breakdown.ts';
import { clip } from '../charts/common.ts';
import { onPick } from '../ui/pick.ts';
import { card } from '../ui/card.ts';
import { h } from '../ui/dom.ts';
import { filterParams } from '../state.ts';
import { roleLabel } from '../labels.ts';
import type { Ctx } from './context.ts';
import type { FilterChoices } from '../ui/filters.ts';

const MAX_VALUES = 8;

interface Dim {
  title: string;
  param: 'country' | 'role_family' | 'source';
  values: (c: FilterChoices) => string[];
}

const dims: Dim[] = [
  { title: 'By country', param: 'country', values: (c) => c.countries },
  { title: 'By role family', param: 'role_family', values: (c) => c.roles },
  { title: 'By source', param: 'source', values: (c) => c.sources },
];

export function breakdownCards(ctx: Ctx, skillId: string): { el: HTMLElement; load: () => Promise<void> } {
  const range =
    ctx.state.from || ctx.state.to ? `${ctx.state.from ?? 'first'} to ${ctx.state.to ?? 'latest'} month` : 'all months';
  const cards = dims.map((d, i) => ({ d, i, c: card(d.title, `Share of postings in each slice, ${range}.`) }));
  const el = h(
    'div',
    { class: 'grid breakdowns' },
    cards.map((x) => x.c.el),
  );
  const load = async () => {
    const choices = await ctx.choices();
    await Promise.all(
      cards.map(async ({ d, i, c }) => {
        const values = d.values(choices).slice(0, MAX_VALUES);
        if (!values.length) return c.empty('No slices of this kind in the data.');
        const params = filterParams(ctx.state);
        const other = dims.find((x) => x.param !== d.param && params[x.param]);
        if (other)
          return c.empty(
            `Clear the ${other.param.replace('_', ' ')} filter to break down by ${d.param.replace('_', ' ')}: the data holds slices of one filter at a time.`,
          );
        c.loading();
        try {
          const rows = await Promise.all(
            values.map(async (v) => {
              const t = await ctx.api.trend(skillId, { ...params, [d.param]: v });
              const postings = t.points.reduce((s, p) => s + p.postings, 0);
              const total = t.points.reduce((s, p) => s + p.total, 0);
              return {
                group: d.param === 'role_family' ? roleLabel(v) : v,
                value: v,
                postings,
                total,
                share: total > 0 ? postings / total : 0,
                // the periods the bar sums over (the evidence panel lists the postings of exactly these)
                first: t.points[0]?.period ?? '',
                last: t.points.at(-1)?.period ?? '',
              };
            }),
          );
          const data = rows.filter((r) => r.total > 0);
          if (!data.length) return c.empty('No postings in these slices.');
          c.chart(
            (width) => {
              const fig = breakdownChart(data, { width, colorIndex: [0, 2, 3][i] });
              onPick(
                fig,
                data,
                (r) => clip(r.group, 20),
                (r) =>
                  ctx.go({ ev: `${skillId}@${r.first}..${r.last}`, evof: 'breakdown', evby: `${d.param}:${r.value}` }),
                'y',
              );
              return fig;
            },
            {
              name: `${skillId}-by-${d.param}`,
              rows: () => data.map(({ first, last, value, ...r }) => r),
            },
          );
        } catch (err) {
          c.error(err, () => void load());
        }
      }),
    );
  };
  return { el, load };
}
