/**
 * GET /skills/{id}/trend: share of postings per period, optionally for one slice (source, country or
 * role family) from agg_skill_period + agg_totals; with two or more slice filters at once, or a language, the
 * counts are computed live from fct_postings + fct_posting_skills. The forecast (fct_forecasts) is monthly and for
 * the all-postings slice only; other requests get `forecast: []`.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { BadParameterError } from '../errors.ts';
import { needDb, newRouter } from '../router.ts';
import { clean, send } from '../respond.ts';
import { resolveSkill } from '../skill-ref.ts';
import type { Db } from '../../pipeline/db.ts';
import { country, format, language, monthPeriod, period, quarterPeriod, roleFamily, skillIdParam, skillRef, source, tabular } from '../schemas.ts';

const point = z.object({ period: z.string(), postings: z.number().int(), total: z.number().int(), share: z.number() }).openapi('TrendPoint');
const forecastPoint = z
  .object({ period: z.string(), share: z.number(), lo: z.number().nullable(), hi: z.number().nullable(), method: z.string().nullable(), is_fallback: z.boolean().nullable() })
  .openapi('ForecastPoint');
const trend = z
  .object({
    skill: skillRef,
    interval: z.enum(['month', 'quarter']),
    filters: z.object({ source: z.string().nullable(), country: z.string().nullable(), role_family: z.string().nullable(), language: z.string().nullable() }),
    computed: z.enum(['aggregate', 'live']).openapi({ description: 'read from agg_skill_period, or counted live for combined filters and for language' }),
    points: z.array(point),
    forecast: z.array(forecastPoint).openapi({ description: '12 months after data_through with a 90% interval (month, unfiltered only)' }),
  })
  .openapi('Trend');

const route = createRoute({
  method: 'get',
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

/** One slice from the aggregates (zeros filled from agg_totals), or two or more counted live. */
function readSeries(db: Db, skill: string, interval: 'month' | 'quarter', filters: Filters): Promise<Point[]> {
  const set = Object.entries(filters).filter(([, v]) => v !== null) as [string, string][];
  if (set.length <= 1 && filters.language === null) {
    return db.all<Point>(
      `SELECT t.period, coalesce(s.postings, 0) AS postings, t.total, coalesce(s.postings, 0) / t.total AS share
       FROM agg_totals t
       LEFT JOIN agg_skill_period s ON s."interval" = t."interval" AND s.period = t.period AND s.source = t.source
         AND s.country = t.country AND s.role_family = t.role_family AND s.skill_id = $skill
       WHERE t."interval" = $interval AND t.source = $source AND t.country = $country AND t.role_family = $role
       ORDER BY t.period`,
      { skill, interval, source: filters.source ?? '*', country: filters.country ?? '*', role: filters.role_family ?? '*' },
    );
  }
  const params: Record<string, string> = { skill };
  for (const [k, v] of set) params[k] = v;
  // Column names below come from the fixed Filters keys, never from input. Postings without a country are
  // the 'unknown' slice, as in agg_totals.
  return db.all<Point>(
    `WITH f AS (SELECT posting_id, ${interval === 'month' ? 'month' : 'quarter'} AS period FROM fct_postings
       WHERE ${set.map(([k]) => (k === 'country' ? `coalesce(country, 'unknown') = $country` : `${k} = $${k}`)).join(' AND ')}),
     t AS (SELECT period, count(*) AS total FROM f GROUP BY period),
     s AS (SELECT period, count(*) AS postings FROM f JOIN fct_posting_skills k USING (posting_id) WHERE k.skill_id = $skill GROUP BY period)
     SELECT t.period, coalesce(s.postings, 0) AS postings, t.total, coalesce(s.postings, 0) / t.total AS share
     FROM t LEFT JOIN s USING (period) ORDER BY t.period`,
    params,
  );
}

export const trendRoutes = newRouter().openapi(route, async (c) => {
  const wh = c.get('wh');
  const db = needDb(wh);
  const q = c.req.valid('query');
  const shape = q.interval === 'month' ? monthPeriod : quarterPeriod;
  for (const k of ['from', 'to'] as const)
    if (q[k] && !shape.test(q[k]!)) throw new BadParameterError(k, `expected ${q.interval === 'month' ? 'YYYY-MM' : 'YYYY-Qn'} for interval ${q.interval}`);
  if (q.from && q.to && q.from > q.to) throw new BadParameterError('from', `is after to (${q.from} > ${q.to})`);
  const skill = await resolveSkill(wh, c.req.valid('param').id);
  const filters = { source: q.source ?? null, country: q.country ?? null, role_family: q.role_family ?? null, language: q.language ?? null };
  const nFilters = Object.values(filters).filter((v) => v !== null).length;
  // The full series of a (skill, interval, slice) is read once per build; from/to slice it.
  const series = await wh.memo(`trend ${q.interval} ${JSON.stringify(filters)} ${skill.id}`, () => readSeries(db, skill.id, q.interval, filters));
  const points = series.filter((p) => (!q.from || p.period >= q.from) && (!q.to || p.period <= q.to));
  const forecast =
    q.interval === 'month' && nFilters === 0
      ? await wh.memo(`forecast ${skill.id}`, async () =>
          (await db.all<Record<string, unknown>>('SELECT period, share, lo, hi, method, is_fallback FROM fct_forecasts WHERE skill_id = $skill ORDER BY period', { skill: skill.id })).map(clean),
        )
      : [];
  const rows = points.map((p) => ({ ...p, skill_id: skill.id }));
  return send(
    c,
    { skill, interval: q.interval, filters, computed: nFilters <= 1 && !filters.language ? 'aggregate' : 'live', points, forecast },
    { rows, columns: ['skill_id', 'period', 'postings', 'total', 'share'], name: `trend-${skill.id}` },
  );
});
