/**
 * GET /skills/{id}/trend: share of postings per period, optionally for one slice (source, country or
 * role family) from agg_skill_period + agg_totals; with two or more slice filters at once the counts are
 * computed live from fct_postings + fct_posting_skills. The forecast (fct_forecasts) is monthly and for
 * the all-postings slice only; other requests get `forecast: []`.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { BadParameterError } from '../errors.ts';
import { needDb, newRouter } from '../router.ts';
import { clean, send } from '../respond.ts';
import { resolveSkill } from '../skill-ref.ts';
import { country, format, monthPeriod, period, quarterPeriod, roleFamily, skillIdParam, skillRef, source, tabular } from '../schemas.ts';

const point = z.object({ period: z.string(), postings: z.number().int(), total: z.number().int(), share: z.number() }).openapi('TrendPoint');
const forecastPoint = z
  .object({ period: z.string(), share: z.number(), lo: z.number().nullable(), hi: z.number().nullable(), method: z.string().nullable(), is_fallback: z.boolean().nullable() })
  .openapi('ForecastPoint');
const trend = z
  .object({
    skill: skillRef,
    interval: z.enum(['month', 'quarter']),
    filters: z.object({ source: z.string().nullable(), country: z.string().nullable(), role_family: z.string().nullable() }),
    computed: z.enum(['aggregate', 'live']).openapi({ description: 'read from agg_skill_period, or counted live for combined filters' }),
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
      format,
    }),
  },
  responses: tabular(trend, 'points oldest first, plus the forecast'),
});

type Point = z.infer<typeof point>;

export const trendRoutes = newRouter().openapi(route, async (c) => {
  const wh = c.get('wh');
  const db = needDb(wh);
  const q = c.req.valid('query');
  const shape = q.interval === 'month' ? monthPeriod : quarterPeriod;
  for (const k of ['from', 'to'] as const)
    if (q[k] && !shape.test(q[k]!)) throw new BadParameterError(k, `expected ${q.interval === 'month' ? 'YYYY-MM' : 'YYYY-Qn'} for interval ${q.interval}`);
  if (q.from && q.to && q.from > q.to) throw new BadParameterError('from', `is after to (${q.from} > ${q.to})`);
  const skill = await resolveSkill(wh, c.req.valid('param').id);
  const filters = { source: q.source ?? null, country: q.country ?? null, role_family: q.role_family ?? null };
  const nFilters = Object.values(filters).filter((v) => v !== null).length;
  const params: Record<string, string> = { skill: skill.id };
  const range: string[] = [];
  if (q.from) (params.from = q.from), range.push('period >= $from');
  if (q.to) (params.to = q.to), range.push('period <= $to');

  let points: Point[];
  if (nFilters <= 1) {
    Object.assign(params, { interval: q.interval, source: filters.source ?? '*', country: filters.country ?? '*', role: filters.role_family ?? '*' });
    points = await db.all<Point>(
      `SELECT t.period, coalesce(s.postings, 0) AS postings, t.total, coalesce(s.postings, 0) / t.total AS share
       FROM agg_totals t
       LEFT JOIN agg_skill_period s ON s."interval" = t."interval" AND s.period = t.period AND s.source = t.source
         AND s.country = t.country AND s.role_family = t.role_family AND s.skill_id = $skill
       WHERE t."interval" = $interval AND t.source = $source AND t.country = $country AND t.role_family = $role
         ${range.map((r) => 'AND t.' + r).join(' ')}
       ORDER BY t.period`,
      params,
    );
  } else {
    const where = range.slice();
    for (const [k, v] of Object.entries(filters)) if (v !== null) (params[k] = v), where.push(`${k} = $${k}`);
    points = await db.all<Point>(
      `WITH p AS (SELECT posting_id, ${q.interval === 'month' ? 'month' : 'quarter'} AS period FROM fct_postings),
       f AS (SELECT * FROM p JOIN fct_postings USING (posting_id) WHERE ${where.join(' AND ')}),
       t AS (SELECT period, count(*) AS total FROM f GROUP BY period),
       s AS (SELECT period, count(*) AS postings FROM f JOIN fct_posting_skills k USING (posting_id) WHERE k.skill_id = $skill GROUP BY period)
       SELECT t.period, coalesce(s.postings, 0) AS postings, t.total, coalesce(s.postings, 0) / t.total AS share
       FROM t LEFT JOIN s USING (period) ORDER BY t.period`,
      params,
    );
  }
  const forecast =
    q.interval === 'month' && nFilters === 0
      ? (await db.all<Record<string, unknown>>('SELECT period, share, lo, hi, method, is_fallback FROM fct_forecasts WHERE skill_id = $skill ORDER BY period', { skill: skill.id })).map(clean)
      : [];
  const rows = points.map((p) => ({ ...p, skill_id: skill.id }));
  return send(
    c,
    { skill, interval: q.interval, filters, computed: nFilters <= 1 ? 'aggregate' : 'live', points, forecast },
    { rows, columns: ['skill_id', 'period', 'postings', 'total', 'share'], name: `trend-${skill.id}` },
  );
});
