/** Compare: several skills' share of postings on one chart, chosen by search with autocomplete. */
import { compareChart } from '../charts/compare.ts';
import { periodDate, periodRange } from '../charts/common.ts';
import { onPick } from '../ui/pick.ts';
import { evidencePanel } from './evidence.ts';
import { filterParams } from '../state.ts';
import { autocomplete, chips } from '../ui/autocomplete.ts';
import { card } from '../ui/card.ts';
import { intervalSelect } from '../ui/interval.ts';
import { h } from '../ui/dom.ts';
import { searchSkills } from './search.ts';
import type { Ctx } from './context.ts';

const MAX = 8;

export async function compareView(root: HTMLElement, ctx: Ctx): Promise<void> {
  ctx.setFilters(['from', 'to', 'source', 'country', 'role', 'language'], ['source', 'country', 'role', 'language']);
  const { state } = ctx;
  const ids = state.skills.slice(0, MAX);
  const labels = await Promise.all(ids.map((id) => ctx.label(id)));
  const picked = ids.map((id, i) => ({ id, label: labels[i]! }));
  root.append(
    h(
      'div',
      { class: 'picker' },
      autocomplete({
        id: 'compare-search',
        label: `Add a skill to compare (up to ${MAX})`,
        search: searchSkills(ctx),
        onPick: (o) => {
          if (!ids.includes(o.id) && ids.length < MAX) ctx.go({ skills: [...ids, o.id] });
        },
      }),
      chips(picked, (o) => ctx.go({ skills: ids.filter((x) => x !== o.id) })),
    ),
  );
  const quarterly = state.interval === 'quarter';
  const intervalSel = intervalSelect(ctx);
  const unit = quarterly ? 'quarter' : 'month';
  const c = card(
    'Share of postings over time',
    `Centred 3-${unit} mean of the ${unit}ly share of postings mentioning each skill; the dot marks each line's last ${unit}.`,
    intervalSel,
  );
  root.append(c.el);
  if (!ids.length) return c.empty('Add two or more skills above to compare them.');
  c.loading();
  const load = async () => {
    try {
      const trends = await Promise.all(ids.map((id) => ctx.api.trend(id, filterParams(state))));
      let dropped: { from: string; to: string } | null = null;
      const rows = trends.flatMap((t, i) => {
        // the smoothed line and its isolated start come from the API; the chart only draws them
        const isolated = state.from ? null : (t.isolated ?? null);
        dropped ??= isolated;
        return (t.smoothed ?? [])
          .filter((p) => !isolated || p.period > isolated.to)
          .map((p) => ({ label: picked[i]!.label, id: t.skill.id, ...p }));
      });
      if (!rows.length) return c.empty('No postings for these skills in the selected slice.');
      c.chart(
        (width) => {
          const fig = compareChart(rows, { width });
          onPick(
            fig,
            rows.filter((r) => r.share !== null),
            (r) => periodDate(r.period),
            (r) => ctx.go({ ev: `${r.id}@${r.period}`, evof: undefined, evby: undefined }),
            'x',
            (r) => (r.share ?? 0) * 100,
          );
          return fig;
        },
        {
          name: `compare-${ids.join('-')}`,
          rows: () =>
            trends.flatMap((t, i) =>
              t.points.map((p) => ({
                skill_id: ids[i],
                label: picked[i]!.label,
                period: p.period,
                postings: p.postings,
                total: p.total,
                share: p.share,
              })),
            ),
        },
      );
      if (dropped)
        c.body.append(
          h(
            'p',
            { class: 'note' },
            `Not drawn: ${periodRange(dropped)}, cut off from the rest by a long gap (choose a From month to see it).`,
          ),
        );
    } catch (err) {
      c.error(err, () => void load());
    }
  };
  await Promise.all([load(), evidencePanel(root, ctx)]);
}
