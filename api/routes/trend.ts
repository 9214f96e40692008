/**
 * GET /skills/{id}/trend: share of postings per period, optionally for one slice (source, country or
 * role family) from agg_skill_period + agg_totals, with the smoothed line the pipeline computed for that slice
 * (fct_trend_lines). The warehouse holds no slice of two filters at once: such a request is a 400 saying so.
 * A language slice (language=zh) is read from agg_language_period; it has no smoothed line yet (smoothed: []).
 * The forecast (fct_forecasts) is monthly and for the all-postings slice only; other requests get `forecast: []`.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { BadParameterError } from '../errors.ts';
import { needDb, newRouter } from '../router.ts';
import { clean, parseJson, send } from '../respond.ts';
import { resolveSkill } from '../skill-ref.ts';
import { checkFilters } from '../filter-values.ts';
import type { Db } from '../../pipeline/db.ts';
import type { WarehouseLease } from '../warehouse.ts';
import { columns } from '../columns.ts';
import { fctForecasts } from '../../pipeline/sql/30_marts/fct_forecasts.ts';
import {
  country,
  format,
  language,
  monthPeriod,
  period,
  quarterPeriod,
  roleFamily,
  skillIdParam,
  skillRef,
  source,
  tabular,
} from '../schemas.ts';

const point = z
  .object({
    period: z.string(),
    postings: z.number().int(),
    total: z.number().int(),
    share: z.number().nullable().openapi({ description: 'postings / total; null when total is 0 (all reposts)' }),
  })
  .openapi('TrendPoint');
const forecastPoint = z
  .object(columns(fctForecasts, ['period', 'share', 'lo', 'hi', 'method', 'is_fallback']))
  .openapi('ForecastPoint');
const trend = z
  .object({
    skill: skillRef,
    interval: z.enum(['month', 'quarter']),
    filters: z.object({
      source: z.string().nullable(),
      country: z.string().nullable(),
      role_family: z.string().nullable(),
      language: z.string().nullable(),
    }),
    computed: z
      .enum(['aggregate'])
      .openapi({ description: 'always read from the marts (agg_skill_period, fct_trend_lines)' }),
    points: z.array(point),
    smoothed: z.array(z.object({ period: z.string(), share: z.number().nullable() })).openapi({
      description: 'centred 3-period pooled share (docs/trends.md); share null = a break before a gap in the data',
    }),
    isolated: z.object({ from: z.string(), to: z.string() }).nullable().openapi({
      description:
        'a short leading stretch cut off from the rest by a gap of more than 12 months (charts leave it out unless asked for it)',
    }),
    forecast: z
      .array(forecastPoint)
      .openapi({ description: '12 months after data_through with a 90% interval (month, unfiltered only)' }),
  })
  .openapi('Trend');

export type TrendPoint = z.infer<typeof point>;
export type ForecastPoint = z.infer<typeof forecastPoint>;
export type Trend = z.infer<typeof trend>;

const route = createRoute({
  method: 'get',
  operationId: 'getSkillTrend',
  path: '/skills/{id}/trend',
  tags: ['skills'],
  summary: 'Share of postings mentioning the skill, per month or quarter',
  request: {
    params: skillIdParam,
    query: z.object({
      interval: z.enum(['month', 'quarter']).default('month'),
      from: period.optional(),
      to: period.optional(),
      source: source.optional(),
      country: country.optional(),
      role_family: roleFamily.optional(),
      language: language.optional(),
      format,
    }),
  },
  responses: tabular(trend, 'points oldest first, plus the forecast'),
});

type Point = z.infer<typeof point>;
type Filters = { source: string | null; country: string | null; role_family: string | null; language: string | null };

/**
 * One slice from the aggregates: the slice's periods and totals (agg_totals / the language slice's '*' rows, read
 * once per build and slice) with the skill's postings (a point look-up in the sorted aggregate), zeros filled.
 * A period whose postings are all reposts has total 0 and no share (null).
 */
async function readSeries(
  wh: Pick<WarehouseLease, 'memo'>,
  db: Db,
  skill: string,
  interval: 'month' | 'quarter',
  filters: Filters,
): Promise<Point[]> {
  const lang = filters.language !== null;
  const slice: Record<string, string> = lang
    ? { interval, language: filters.language! }
    : { interval, source: filters.source ?? '*', country: filters.country ?? '*', role: filters.role_family ?? '*' };
  const totals = await wh.memo(`trend totals ${JSON.stringify(slice)}`, () =>
    lang
      ? db.all<{ period: string; total: number }>(
          `SELECT period, postings AS total FROM agg_language_period
           WHERE "interval" = $interval AND language = $language AND skill_id = '*' ORDER BY period`,
          slice,
        )
      : db.all<{ period: string; total: number }>(
          `SELECT period, total FROM agg_totals
           WHERE "interval" = $interval AND source = $source AND country = $country AND role_family = $role
           ORDER BY period`,
          slice,
        ),
  );
  const counts = await db.all<{ period: string; postings: number }>(
    lang
      ? `SELECT period, postings FROM agg_language_period
         WHERE "interval" = $interval AND language = $language AND skill_id = $skill`
      : `SELECT period, postings FROM agg_skill_period
         WHERE "interval" = $interval AND skill_id = $skill AND source = $source AND country = $country AND role_family = $role`,
    { ...slice, skill },
  );
  const by = new Map(counts.map((r) => [r.period, r.postings]));
  return totals.map(({ period, total }) => {
    const postings = by.get(period) ?? 0;
    return { period, postings, total, share: total > 0 ? postings / total : null };
  });
}

type Line = { smoothed: { period: string; share: number | null }[]; isolated: { from: string; to: string } | null };

/** The slice's smoothed line (fct_trend_lines); none when the skill has no postings in it. */
async function readLine(db: Db, skill: string, interval: 'month' | 'quarter', filters: Filters): Promise<Line> {
  if (filters.language !== null) return { smoothed: [], isolated: null }; // no line for language slices yet
  const [r] = await db.all<{ smoothed: unknown; isolated_from: string | null; isolated_to: string | null }>(
    `SELECT smoothed, isolated_from, isolated_to FROM fct_trend_lines
     WHERE "interval" = $interval AND skill_id = $skill AND source = $source AND country = $country AND role_family = $role`,
    {
      skill,
      interval,
      source: filters.source ?? '*',
      country: filters.country ?? '*',
      role: filters.role_family ?? '*',
    },
  );
  if (!r) return { smoothed: [], isolated: null };
  const smoothed = (parseJson(r.smoothed) ?? []) as Line['smoothed'];
  return { smoothed, isolated: r.isolated_from && r.isolated_to ? { from: r.isolated_from, to: r.isolated_to } : null };
}

export const trendRoutes = newRouter().openapi(route, async (c) => {
  const wh = c.get('wh');
  const db = needDb(wh);
  const q = c.req.valid('query');
  const shape = q.interval === 'month' ? monthPeriod : quarterPeriod;
  for (const k of ['from', 'to'] as const)
    if (q[k] && !shape.test(q[k]!))
      throw new BadParameterError(
        k,
        `expected ${q.interval === 'month' ? 'YYYY-MM' : 'YYYY-Qn'} for interval ${q.interval}`,
      );
  if (q.from && q.to && q.from > q.to) throw new BadParameterError('from', `is after to (${q.from} > ${q.to})`);
  const skill = await resolveSkill(wh, c.req.valid('param').id);
  const filters = {
    source: q.source ?? null,
    country: q.country ?? null,
    role_family: q.role_family ?? null,
    language: q.language ?? null,
  };
  await checkFilters(wh, { source: q.source, country: q.country, role_family: q.role_family });
  const set = (Object.keys(filters) as (keyof Filters)[]).filter((k) => filters[k] !== null);
  const nFilters = set.length;
  if (nFilters > 1)
    throw new BadParameterError(
      set[1]!,
      `the warehouse holds slices of one filter at a time (source, country, role_family or language); got ${set.join(' and ')}`,
    );
  // The full series of a (skill, interval, slice) is read once per build; from/to slice it.
  const series = await wh.memo(`trend ${q.interval} ${JSON.stringify(filters)} ${skill.id}`, () =>
    readSeries(wh, db, skill.id, q.interval, filters),
  );
  const inRange = (p: { period: string }) => (!q.from || p.period >= q.from) && (!q.to || p.period <= q.to);
  const points = series.filter(inRange);
  const line = await wh.memo(`line ${q.interval} ${JSON.stringify(filters)} ${skill.id}`, () =>
    readLine(db, skill.id, q.interval, filters),
  );
  const smoothed = trimBreaks(line.smoothed.filter(inRange));
  const allForecast =
    q.interval === 'month' && nFilters === 0
      ? await wh.memo(`forecast ${skill.id}`, async () =>
          (
            await db.all<Record<string, unknown>>(
              'SELECT period, share, lo, hi, method, is_fallback FROM fct_forecasts WHERE skill_id = $skill ORDER BY period',
              { skill: skill.id },
            )
          ).map(clean),
        )
      : [];
  // from/to bound the forecast as they bound the points
  const forecast = allForecast.filter(
    (p) => (!q.from || String(p.period) >= q.from) && (!q.to || String(p.period) <= q.to),
  );
  // CSV: observed rows, then the forecast rows (kind = forecast, with the interval and the method)
  const rows = [
    ...points.map((p) => ({ skill_id: skill.id, kind: 'observed', ...p })),
    ...forecast.map((p) => ({ skill_id: skill.id, kind: 'forecast', postings: null, total: null, ...p })),
  ];
  return send(
    c,
    {
      skill,
      interval: q.interval,
      filters,
      computed: 'aggregate' as const,
      points,
      smoothed,
      isolated: line.isolated,
      forecast,
    },
    {
      rows,
      columns: ['skill_id', 'kind', 'period', 'postings', 'total', 'share', 'lo', 'hi', 'method', 'is_fallback'],
      name: `trend-${skill.id}`,
    },
  );
});

/** A break (share null) at either end of a from/to range marks nothing. */
function trimBreaks<T extends { share: number | null }>(xs: T[]): T[] {
  let a = 0;
  let b = xs.length;
  while (a < b && xs[a]!.share === null) a++;
  while (b > a && xs[b - 1]!.share === null) b--;
  return xs.slice(a, b);
}
