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
import { intervalSelect } from '../ui/interval.ts';
import { h } from '../ui/dom.ts';
import { errorText } from '../ui/states.ts';
import { roleLabel } from '../labels.ts';
import type { HalfLife, SkillDetail, TimeToFill, Trend } from '../types.ts';
import { linkList } from './overview.ts';
import { breakdownCards } from './breakdown.ts';
import { skillSearch } from './search.ts';
import type { Ctx } from './context.ts';

export function halfLifeSentence(hl: HalfLife | null): string {
  if (!hl) return 'No half-life estimate available.';
  const ci = monthsRange(hl.ci_low, hl.ci_high, hl.half_life_months);
  switch (hl.status) {
    case 'declining':
      return (
        `Declining since its peak in ${hl.peak_period ?? '–'}: half-life ${months(hl.half_life_months)}` +
        (ci !== '–' ? ` (interval ${ci})` : '') +
        ` — ${hl.method}.`
      );
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

/** The band's method, for the chart note (the API serves `method` per forecast point). */
function forecastMethod(fc: Trend['forecast']): string {
  const m = (fc[0] as { method?: string | null } | undefined)?.method;
  const model =
    m === 'naive' ? 'naive: last share, random walk' : m === 'damped_trend' ? 'damped-trend smoothing' : 'forecast';
  return `${model}; band bounded on the log scale of the distance to 0 and to 100% and widened until it covered 90% in the backtest (docs/trends.md)`;
}

/** Header figures of a slice: postings mentioning the skill and its share of the slice's postings. */
export function sliceFacts(
  points: { postings: number; total: number }[],
  f: { source?: string; country?: string; role?: string; from?: string; to?: string },
): string {
  const postings = points.reduce((a, p) => a + p.postings, 0);
  const total = points.reduce((a, p) => a + p.total, 0);
  const where = [f.country, f.role ? roleLabel(f.role) : null, f.source].filter(Boolean).join(', ');
  const when = f.from || f.to ? `${f.from ?? 'first'} to ${f.to ?? 'latest'}` : '';
  const slice = [where, when].filter(Boolean).join(', ');
  return `${postings.toLocaleString('en-US')} postings · ${total > 0 ? pct(postings / total) : '–'} of ${total.toLocaleString('en-US')} postings in this slice (${slice})`;
}

/** The time-to-fill line of the skill view (shown only when the API has an estimate: enough ATS postings). */
export function timeToFillNote(t: TimeToFill): string | null {
  if (t.median_days == null) return null;
  const range = t.lo != null ? ` (${Math.round(t.level * 100)}% interval ${t.lo}–${t.hi ?? 'open'})` : '';
  return `Time to fill: postings asking for it stay open a median ${t.median_days} days on ATS boards${range}; ${t.n.toLocaleString('en-US')} postings, ${t.censored.toLocaleString('en-US')} still open.`;
}

export async function skillView(root: HTMLElement, ctx: Ctx): Promise<void> {
  ctx.setFilters(['from', 'to', 'source', 'country', 'role', 'language'], ['source', 'country', 'role', 'language']);
  const { state, api } = ctx;
  root.append(skillSearch(ctx, 'skill-search', 'Find a skill'));
  if (!state.skill) {
    root.append(h('p', { class: 'state' }, 'Pick a skill to see its trend, half-life and where it is asked for.'));
    try {
      const top = await api.skills('', 24);
      if (top.items.length)
        root.append(
          h('h2', { class: 'sub' }, 'Most mentioned skills'),
          linkList(
            ctx,
            top.items.map((s) => ({ id: s.id, label: s.label })),
          ),
        );
    } catch {
      /* the search box still works */
    }
    return;
  }
  const id = state.skill;
  const head = h('div', { class: 'skill-head' }, h('h2', {}, id));
  const filtered = Boolean(state.source || state.country || state.role || state.from || state.to);
  const quarterly = state.interval === 'quarter';
  const intervalSel = intervalSelect(ctx);
  const trendCard = card('Share of postings over time', undefined, intervalSel);
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
  const path = detail.category_path.join(' › ') || detail.category;
  // under a filter the header shows the slice's figures (filled in from the trend), never the global ones
  const facts = h(
    'p',
    { class: 'facts', 'data-scope': filtered ? 'slice' : 'all' },
    [
      path,
      filtered ? null : detail.postings != null ? `${detail.postings.toLocaleString('en-US')} postings` : null,
      filtered ? null : detail.share != null ? `${pct(detail.share)} of all postings` : null,
    ]
      .filter(Boolean)
      .join(' · '),
  );
  head.replaceChildren(h('h2', {}, detail.label), facts);
  // time to fill: a small line under the facts, only when the API has enough ATS postings (404 otherwise)
  if (detail.has_time_to_fill)
    api
      .timeToFill(skillId)
      .then((t) => {
        const s = timeToFillNote(t);
        if (s) head.append(h('p', { class: 'note time-to-fill' }, s));
      })
      .catch(() => {});

  const loadTrend = async () => {
    try {
      const [trend, hl] = await Promise.all([
        trendFirst ?? api.trend(skillId, filterParams(state)),
        halfLifeFirst ?? api.halfLife(skillId).catch(() => null),
      ]);
      trendFirst = halfLifeFirst = null;
      if (filtered) facts.textContent = [path, sliceFacts(trend.points, state)].filter(Boolean).join(' · ');
      if (!trend.points.length) return trendCard.empty('No postings for this skill in the selected slice.');
      // the half-life and the forecast are monthly figures of all postings: shown only for that view
      const global = !filtered && !quarterly;
      // the curve, the smoothed line and the isolated start all come computed from the API: this only draws them
      const fit =
        hl?.status === 'declining' && global && hl.curve && hl.half_life_months != null
          ? { ...hl.curve, halfLifeMonths: hl.half_life_months, ciLow: hl.ci_low, ciHigh: hl.ci_high }
          : null;
      const dropped = state.from ? null : (trend.isolated ?? null);
      const kept = (p: { period: string }) => !dropped || p.period > dropped.to;
      const points = trend.points.filter(kept);
      const data = {
        points,
        smoothed: (trend.smoothed ?? []).filter(kept),
        forecast: global ? trend.forecast : [],
        fit,
      };
      const unit = quarterly ? 'quarter' : 'month';
      trendCard.chart(
        (width) => {
          const fig = shareTrendChart(data, { width });
          onPick(
            fig,
            points,
            (p) => periodDate(p.period),
            (p) => ctx.go({ ev: `${skillId}@${p.period}`, evof: undefined, evby: undefined }),
          );
          return fig;
        },
        {
          name: `trend-${skillId}`,
          rows: () => [
            ...points.map((p) => ({
              kind: 'observed',
              period: p.period,
              postings: p.postings,
              total: p.total,
              share: p.share,
              lo: null,
              hi: null,
            })),
            ...data.forecast.map((p) => ({
              kind: 'forecast',
              period: p.period,
              postings: null,
              total: null,
              share: p.share,
              lo: p.lo,
              hi: p.hi,
            })),
          ],
        },
      );
      trendCard.body.append(
        global
          ? h('p', { class: 'note half-life', 'data-status': hl?.status ?? 'none' }, halfLifeSentence(hl))
          : h(
              'p',
              { class: 'note half-life', 'data-status': 'hidden' },
              `Half-life and forecast are estimated on monthly shares of all postings; they are hidden while ${filtered ? 'a filter is set' : 'quarters are shown'}.`,
            ),
        h(
          'p',
          { class: 'note' },
          `Dots: ${unit}ly share; line: centred 3-${unit} mean` +
            (data.forecast.length
              ? `; dashed orange: forecast with its 90% band (${forecastMethod(trend.forecast)})`
              : '') +
            (fit ? '; dashed vermillion: exponential fit after the peak.' : '.') +
            (dropped
              ? ` Not drawn: ${periodRange(dropped)}, cut off from the rest by a long gap (choose a From month to see it).`
              : '') +
            (gapText(points).length
              ? ` No postings in ${gapText(points).join(', ')}: the line breaks there, and windowed figures count only months with postings.`
              : ''),
        ),
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
      relatedCard.chart((width) => relatedChart(data, { width }), { name: `related-${skillId}`, rows: () => data });
      relatedCard.body.append(
        linkList(
          ctx,
          data.filter((d) => d.id),
        ),
      );
    } catch (err) {
      relatedCard.error(err, loadRelated);
    }
  };
  const breakdowns = breakdownCards(ctx, skillId);
  root.append(breakdowns.el);
  await Promise.all([loadTrend(), loadRelated(), breakdowns.load(), evidencePanel(root, ctx)]);
}
