/** GET /skills/{id}/half-life (fct_half_life) and GET /skills/{id}/related (fct_skill_pairs). */
import { createRoute, z } from '@hono/zod-openapi';
import { needDb, newRouter } from '../router.ts';
import { clean, parseJson, send } from '../respond.ts';
import { resolveSkill } from '../skill-ref.ts';
import { format, json, limit, skillIdParam, skillRef, tabular } from '../schemas.ts';
import { columns } from '../columns.ts';
import { fctHalfLife } from '../../pipeline/sql/30_marts/fct_half_life.ts';

/** Smallest p-value reported: p < 1e-16 is below what a double's normal tail resolves, so it reads "< 1e-16". */
export const P_VALUE_FLOOR = 1e-16;
const curvePoint = z.object({ period: z.string(), share: z.number() });
const halfLife = z
  .object({
    skill: skillRef,
    ...columns(fctHalfLife, [
      'status',
      'half_life_months',
      'ci_low',
      'ci_high',
      'peak_period',
      'trough_period',
      'doubling_time_months',
      'dt_ci_low',
      'dt_ci_high',
      'rate',
      'rate_se',
      'p_value',
      'n_periods',
      'n_mentions',
      'method',
    ]),
    curve: z
      .object({ points: z.array(curvePoint), peak: curvePoint, half: curvePoint.extend({ projected: z.boolean() }) })
      .nullable()
      .openapi({ description: fctHalfLife.columns.find((c) => c.name === 'curve')!.doc! }),
  })
  .openapi('HalfLife');

export type HalfLife = z.infer<typeof halfLife>;
export type RelatedSkill = z.infer<typeof related>;

const halfLifeRoute = createRoute({
  method: 'get',
  operationId: 'getSkillHalfLife',
  path: '/skills/{id}/half-life',
  tags: ['skills'],
  summary: "Half-life (or doubling time) of the skill's share of postings, with its confidence interval",
  request: { params: skillIdParam },
  responses: json(halfLife, 'the estimate; status insufficient_data when there is none'),
});

const related = z
  .object({
    id: z.string(),
    label: z.string(),
    category: z.string().nullable(),
    shared: z.number().int().openapi({ description: 'unique postings mentioning both skills' }),
    employers: z
      .number()
      .int()
      .openapi({ description: 'distinct employers with a posting naming both (pairs need at least 5)' }),
    lift: z.number().openapi({
      description: "on employers: E(both) E / (E(skill) E(related)), so one employer's reposts cannot inflate it",
    }),
    npmi: z.number().nullable().openapi({ description: 'normalized pointwise mutual information (-1..1)' }),
    n_related: z.number().int().openapi({ description: 'postings mentioning the related skill' }),
  })
  .openapi('RelatedSkill');
const relatedBody = z
  .object({
    skill: skillRef,
    sort: z.enum(['strength', 'lift', 'shared', 'npmi']),
    items: z.array(related),
    total: z.number().int(),
  })
  .openapi('RelatedSkills');

const relatedRoute = createRoute({
  method: 'get',
  operationId: 'listRelatedSkills',
  path: '/skills/{id}/related',
  tags: ['skills'],
  summary: 'Skills that co-occur with this one in postings',
  request: {
    params: skillIdParam,
    query: z.object({
      limit: limit(20, 200),
      sort: z.enum(['strength', 'npmi', 'lift', 'shared']).default('strength').openapi({
        description:
          'strength = shared x PMI (default: balances association and support); lift and npmi favour rare skills',
      }),
      format,
    }),
  },
  responses: tabular(relatedBody, 'co-occurring skills, strongest first'),
});

/** The stored curve without the fit's internals (level, rate): what a chart draws. */
function curveOf(v: unknown): z.infer<typeof halfLife>['curve'] {
  if (!v || typeof v !== 'object') return null;
  const c = v as NonNullable<z.infer<typeof halfLife>['curve']>;
  return { points: c.points, peak: c.peak, half: c.half };
}

const sortSql = {
  strength: 'p.employers * p.pmi DESC, p.employers DESC',
  lift: 'p.lift DESC, p.n_both DESC',
  shared: 'p.n_both DESC, p.lift DESC',
  npmi: 'p.npmi DESC NULLS LAST, p.n_both DESC',
};

export const skillStatsRoutes = newRouter()
  .openapi(halfLifeRoute, async (c) => {
    const wh = c.get('wh');
    const db = needDb(wh);
    const skill = await resolveSkill(wh, c.req.valid('param').id);
    const [row] = await db.all<Record<string, unknown>>(
      `SELECT status, half_life_months, ci_low, ci_high, peak_period, doubling_time_months, dt_ci_low, dt_ci_high,
         rate, rate_se, p_value, n_periods, n_mentions, method, trough_period, curve FROM fct_half_life WHERE skill_id = $id`,
      { id: skill.id },
    );
    const none = {
      status: 'insufficient_data',
      half_life_months: null,
      ci_low: null,
      ci_high: null,
      peak_period: null,
      trough_period: null,
      doubling_time_months: null,
      dt_ci_low: null,
      dt_ci_high: null,
      rate: null,
      rate_se: null,
      p_value: null,
      n_periods: null,
      n_mentions: null,
      method: null,
      curve: null,
    };
    const found = row ? { ...clean(row), curve: curveOf(parseJson(row.curve)) } : {};
    const { skill: _s, ...fields } = {
      ...(none as z.infer<typeof halfLife>),
      ...(found as Partial<z.infer<typeof halfLife>>),
    };
    // a p-value below double precision's reach is reported as P_VALUE_FLOOR, never as exactly 0
    if (fields.p_value !== null) fields.p_value = Math.max(P_VALUE_FLOOR, fields.p_value);
    return c.json({ skill, ...fields }, 200);
  })
  .openapi(relatedRoute, async (c) => {
    const wh = c.get('wh');
    const db = needDb(wh);
    const skill = await resolveSkill(wh, c.req.valid('param').id);
    const q = c.req.valid('query');
    const [count] = await db.all<{ n: number }>('SELECT count(*) AS n FROM fct_skill_pairs WHERE skill_id = $id', {
      id: skill.id,
    });
    const rows = await db.all<Record<string, unknown>>(
      `SELECT p.related_id AS id, coalesce(s.label, p.related_id) AS label, s.category, p.n_both AS shared, p.employers, p.lift, p.npmi, p.n_related
       FROM fct_skill_pairs p LEFT JOIN dim_skills s ON s.skill_id = p.related_id
       WHERE p.skill_id = $id ORDER BY ${sortSql[q.sort]}, p.related_id LIMIT $limit`,
      { id: skill.id, limit: q.limit },
    );
    const items = rows.map(clean) as z.infer<typeof related>[];
    return send(c, { skill, sort: q.sort, items, total: count?.n ?? 0 }, { rows: items, name: `related-${skill.id}` });
  });
