/**
 * Overview: demand-score leaders, rising and declining movers, data freshness and coverage per source. A click on
 * a leaders bar opens the postings of the score's window, on a movers arrow those of the recent window
 * (views/evidence-scope.ts says which count each lists).
 */
import { leadersChart } from '../charts/leaders.ts';
import { moversChart } from '../charts/movers.ts';
import { coverageChart } from '../charts/coverage.ts';
import { card } from '../ui/card.ts';
import { onPick } from '../ui/pick.ts';
import { clip } from '../charts/common.ts';
import { evidencePanel } from './evidence.ts';
import { h } from '../ui/dom.ts';
import type { Mover, SourceInfo } from '../types.ts';
import { skillHref, type Ctx } from './context.ts';
import { roleLabel } from '../labels.ts';

const windows = [3, 6, 12, 24];
const idOf = (r: { id?: string; skill_id?: string }) => r.skill_id ?? r.id ?? '';

export async function overviewView(root: HTMLElement, ctx: Ctx): Promise<void> {
  ctx.setFilters(['country', 'role']);
  const { state, api } = ctx;
  const scope =
    [state.country ? `in ${state.country}` : null, state.role ? `in ${roleLabel(state.role)} roles` : null]
      .filter(Boolean)
      .join(', ') || 'across all postings';
  const leaders = card('Demand-score leaders', `Score 0–100 combining share, growth and employer breadth, ${scope}.`);
  const win = state.window ?? 12;
  const windowSel = h(
    'select',
    {
      id: 'movers-window',
      'aria-label': 'Movers window',
      onchange: (e) => ctx.go({ window: Number((e.target as HTMLSelectElement).value) }),
    },
    windows.map((w) => h('option', { value: w, selected: w === win }, `${w} months`)),
  );
  const risingCard = card(
    'Rising skills',
    `Share of postings ${scope}, last ${win} months vs the ${win} before (significant changes only).`,
    windowSel,
  );
  const decliningCard = card(
    'Declining skills',
    `Share of postings ${scope}, last ${win} months vs the ${win} before.`,
  );
  const coverage = card('Data freshness and coverage', 'Months with postings per source, after deduplication.');
  const grid = h('div', { class: 'grid' }, leaders.el, risingCard.el, decliningCard.el, coverage.el);
  root.append(grid);
  [leaders, risingCard, decliningCard, coverage].forEach((c) => c.loading());

  const loadLeaders = async () => {
    try {
      const params: Record<string, string | number> = { limit: 15 };
      // both filters reach the API (a country and a role family together are scored live there)
      if (state.country) params.country = state.country;
      if (state.role) params.role_family = state.role;
      const res = await api.demandScorePage(params);
      const rows = res.items;
      const scored = res.window;
      if (!rows.length)
        return leaders.empty('No demand scores for this selection (a slice needs 100 postings in the last 12 months).');
      const data = rows.map((r) => ({ label: r.label ?? idOf(r), score: r.score, share: r.share, growth: r.growth }));
      leaders.chart(
        (width) => {
          const fig = leadersChart(data, { width });
          if (scored?.from && scored.to)
            onPick(
              fig,
              rows,
              (r) => clip(r.label ?? idOf(r)),
              (r) => ctx.go({ ev: `${idOf(r)}@${scored.from}..${scored.to}`, evof: 'leaders', evby: undefined }),
              'y',
            );
          return fig;
        },
        {
          name: 'demand-score-leaders',
          rows: () =>
            rows.map((r) => ({
              rank: r.rank,
              id: idOf(r),
              label: r.label ?? idOf(r),
              score: r.score,
              share: r.share,
              growth: r.growth,
            })),
        },
      );
      leaders.body.append(
        linkList(
          ctx,
          rows.map((r) => ({ id: idOf(r), label: r.label ?? idOf(r) })),
        ),
      );
    } catch (err) {
      leaders.error(err, loadLeaders);
    }
  };
  const loadMovers = async (dir: 'rising' | 'declining', c: typeof risingCard) => {
    try {
      const res = await api.moversPage(dir, win, 10, { country: state.country, role_family: state.role });
      const rows: Mover[] = res.items;
      const recent = res.period?.to ?? null;
      const earlier = res.period?.from ?? null;
      // the panel lists the recent window and offers the earlier one (evby carries its ends)
      const earlierRef = earlier?.from && earlier.to ? `earlier:${earlier.from}..${earlier.to}` : undefined;
      if (!rows.length) return c.empty(`No significant ${dir} skills in a ${win}-month window.`);
      const data = rows.map((r) => ({ ...r, label: r.label ?? idOf(r) }));
      c.chart(
        (width) => {
          const fig = moversChart(data, { width });
          if (recent?.from && recent.to)
            onPick(
              fig,
              data,
              (r) => clip(r.label),
              (r) => ctx.go({ ev: `${idOf(r)}@${recent.from}..${recent.to}`, evof: 'movers', evby: earlierRef }),
              'y',
            );
          return fig;
        },
        {
          name: `movers-${dir}-${win}m`,
          rows: () =>
            rows.map((r) => ({
              id: idOf(r),
              label: r.label ?? idOf(r),
              share_from: r.share_from,
              share_to: r.share_to,
              change: r.change,
              relative_change: r.relative_change,
            })),
        },
      );
      c.body.append(
        linkList(
          ctx,
          rows.map((r) => ({ id: idOf(r), label: r.label ?? idOf(r) })),
        ),
      );
    } catch (err) {
      c.error(err, () => void loadMovers(dir, c));
    }
  };
  const loadCoverage = async () => {
    try {
      const [health, sources] = await Promise.all([ctx.health(), ctx.sources()]);
      const rows = (sources ?? []).filter((s) => s.first_month && s.last_month && s.postings > 0);
      const facts = h(
        'p',
        { class: 'facts' },
        `${health.postings.toLocaleString('en-US')} postings after deduplication · data through ${health.data_through ?? '–'} · built ${health.built_at ? new Date(health.built_at).toISOString().slice(0, 16).replace('T', ' ') + ' UTC' : '–'}`,
      );
      if (!rows.length) return coverage.content(facts);
      const data = rows.map((r) => ({
        source: r.source,
        postings: r.postings,
        first_month: r.first_month!,
        last_month: r.last_month!,
        gaps: r.gaps ?? [],
      }));
      coverage.chart((width) => coverageChart(data, { width }), {
        name: 'coverage',
        rows: () => data.map((d) => ({ ...d, gaps: (d.gaps ?? []).map((g) => `${g.from}..${g.to}`).join(' ') })),
      });
      coverage.body.prepend(facts);
      const gapText = data.flatMap((d) =>
        d.gaps.map(
          (g) =>
            `${d.source} ${g.from === g.to ? g.from : `${g.from} to ${g.to}`} (${g.months} month${g.months === 1 ? '' : 's'})`,
        ),
      );
      if (gapText.length)
        coverage.body.append(
          h('p', { class: 'note coverage-gaps' }, `No postings (left open in the bars): ${gapText.join('; ')}.`),
        );
      coverage.body.append(freshnessTable(sources ?? []));
    } catch (err) {
      coverage.error(err, loadCoverage);
    }
  };
  await Promise.all([
    loadLeaders(),
    loadMovers('rising', risingCard),
    loadMovers('declining', decliningCard),
    loadCoverage(),
    evidencePanel(root, ctx),
  ]);
}

/** Per source: postings, months covered and the newest posting, so stale sources stand out. */
function freshnessTable(rows: SourceInfo[]): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'recs freshness' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Source', 'Postings', 'First month', 'Last month', 'Newest posting'].map((t) =>
            h('th', { scope: 'col' }, t),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((r) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, r.source),
            h('td', {}, r.postings.toLocaleString('en-US')),
            h('td', {}, r.first_month ?? '–'),
            h('td', {}, r.last_month ?? '–'),
            h('td', {}, r.last_posted_at ?? '–'),
          ),
        ),
      ),
    ),
  );
}

/** Keyboard-reachable links to each skill shown in a chart. */
export function linkList(ctx: Ctx, items: { id: string; label: string }[]): HTMLElement {
  return h(
    'nav',
    { class: 'skill-links', 'aria-label': 'Open a skill' },
    items.map((i) => h('a', { href: skillHref(ctx, i.id) }, i.label)),
  );
}
