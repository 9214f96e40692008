/**
 * Skill: share over time (observed, smoothed, forecast band) with the half-life fit over the decline, related
 * skills, and breakdowns by country, role family and source.
 */
import { shareTrendChart } from '../charts/share-trend.ts';
import { relatedChart } from '../charts/related.ts';
import { months, monthsRange, pct, periodDate, periodRange } from '../charts/common.ts';
import { onPick } from '../ui/pick.ts';
import { evidencePanel } from './evidence.ts';
import { gapText } from '../gaps.ts';
import { filterParams } from '../state.ts';
import { card } from '../ui/card.ts';
import { h } from '../ui/dom.ts';
import { errorText } from '../ui/states.ts';
import type { HalfLife, SkillDetail, Trend } from '../types.ts';
import { linkList } from './overview.ts';
import { breakdownCards } from './breakdown.ts';
import { skillSearch } from './search.ts';
import type { Ctx } from './context.ts';

export function halfLifeSentence(hl: HalfLife | null): string {
  if (!hl) return 'No half-life estimate available.';
  const ci = monthsRange(hl.ci_low, hl.ci_high, hl.half_life_months);
  switch (hl.status) {
    case 'declining':
      return `Declining since its peak in ${hl.peak_period ?? '–'}: half-life ${months(hl.half_life_months)}` +
        (ci !== '–' ? ` (interval ${ci})` : '') + ` — ${hl.method}.`;
    case 'recovering':
      return `Recovering since ${hl.trough_period ?? '–'}: the share fell from its peak in ${hl.peak_period ?? '–'} (half-life ${months(hl.half_life_months)} over the decline) and has risen significantly since.`;
    case 'rising':
      return `Rising: share doubles every ${months(hl.doubling_time_months)} — no half-life while demand grows.`;
    case 'stable':
      return 'Stable: no significant rise or decline, so no half-life.';
    default:
      return 'Not enough data for a half-life estimate.';
  }
}

export async function skillView(root: HTMLElement, ctx: Ctx): Promise<void> {
  ctx.setFilters(['from', 'to', 'source', 'country', 'role']);
  const { state, api } = ctx;
  root.append(skillSearch(ctx, 'skill-search', 'Find a skill'));
  if (!state.skill) {
    root.append(h('p', { class: 'state' }, 'Pick a skill to see its trend, half-life and where it is asked for.'));
    try {
      const top = await api.skills('', 24);
      if (top.items.length)
        root.append(h('h2', { class: 'sub' }, 'Most mentioned skills'), linkList(ctx, top.items.map((s) => ({ id: s.id, label: s.label }))));
    } catch {
      /* the search box still works */
    }
    return;
  }
  const id = state.skill;
  const head = h('div', { class: 'skill-head' }, h('h2', {}, id));
  const trendCard = card('Share of postings over time');
  const relatedCard = card('Related skills', 'Skills that appear in the same postings more often than by chance.');
  root.append(head, trendCard.el, relatedCard.el);
  trendCard.loading();
  relatedCard.loading();

  // the trend (first chart) is requested alongside the skill's details rather than after them
  let trendFirst: Promise<Trend> | null = api.trend(id, filterParams(state));
  let halfLifeFirst: Promise<HalfLife | null> | null = api.halfLife(id).catch(() => null);
  trendFirst.catch(() => {});
  let detail: SkillDetail;
  try {
    detail = await api.skill(id);
  } catch (err) {
    head.replaceChildren(h('h2', {}, id), h('p', { class: 'state error', role: 'alert' }, errorText(err)));
    trendCard.el.remove();
    relatedCard.el.remove();
    return;
  }
  const skillId = detail.id;
  head.replaceChildren(
    h('h2', {}, detail.label),
    h(
      'p',
      { class: 'facts' },
      [detail.category_path.join(' › ') || detail.category, `${detail.postings.toLocaleString('en-US')} postings`, detail.share != null ? `${pct(detail.share)} of all postings` : null]
        .filter(Boolean)
        .join(' · '),
    ),
  );

  const loadTrend = async () => {
    try {
      const [trend, hl] = await Promise.all([
        trendFirst ?? api.trend(skillId, filterParams(state)),
        halfLifeFirst ?? api.halfLife(skillId).catch(() => null),
      ]);
      trendFirst = halfLifeFirst = null;
      if (!trend.points.length) return trendCard.empty('No postings for this skill in the selected slice.');
      const filtered = Boolean(state.source || state.country || state.role || state.from || state.to);
      // the curve, the smoothed line and the isolated start all come computed from the API: this only draws them
      const fit = hl?.status === 'declining' && !filtered && hl.curve && hl.half_life_months != null
        ? { ...hl.curve, halfLifeMonths: hl.half_life_months, ciLow: hl.ci_low, ciHigh: hl.ci_high } : null;
      const dropped = state.from ? null : trend.isolated ?? null;
      const kept = (p: { period: string }) => !dropped || p.period > dropped.to;
      const points = trend.points.filter(kept);
      const data = { points, smoothed: (trend.smoothed ?? []).filter(kept), forecast: filtered ? [] : trend.forecast, fit };
      trendCard.chart((width) => {
        const fig = shareTrendChart(data, { width });
        onPick(fig, points, (p) => periodDate(p.period), (p) => ctx.go({ ev: `${skillId}@${p.period}` }));
        return fig;
      });
      trendCard.body.append(
        h('p', { class: 'note half-life', 'data-status': hl?.status ?? 'none' }, halfLifeSentence(hl)),
        h('p', { class: 'note' },
          'Dots: monthly share; line: centred 3-month mean' +
            (data.forecast.length ? '; dashed orange: forecast with its 90% band' : '') +
            (fit ? '; dashed vermillion: exponential fit after the peak.' : '.') +
            (filtered ? ' Forecast and half-life refer to all postings and are hidden while a filter is set.' : '') +
            (dropped ? ` Not drawn: ${periodRange(dropped)}, cut off from the rest by a long gap (choose a From month to see it).` : '') +
            (gapText(points).length ? ` No postings in ${gapText(points).join(', ')}: the line breaks there, and windowed figures count only months with postings.` : '')),
      );
    } catch (err) {
      trendFirst = halfLifeFirst = null;
      trendCard.error(err, loadTrend);
    }
  };
  const loadRelated = async () => {
    try {
      const rows = await api.related(skillId, 12);
      const data = rows
        .map((r) => ({ id: r.id, label: r.label, lift: r.lift, shared: r.shared }))
        .filter((r) => r.lift > 0 && Number.isFinite(r.lift));
      if (!data.length) return relatedCard.empty('No skills co-occur often enough with this one.');
      relatedCard.chart((width) => relatedChart(data, { width }));
      relatedCard.body.append(linkList(ctx, data.filter((d) => d.id)));
    } catch (err) {
      relatedCard.error(err, loadRelated);
    }
  };
  const breakdowns = breakdownCards(ctx, skillId);
  root.append(breakdowns.el);
  await Promise.all([loadTrend(), loadRelated(), breakdowns.load(), evidencePanel(root, ctx)]);
}
