/** POST /recommendations {have, limit}: next skills to build, each with its reasons (pipeline/stats/recommend.ts). */
import { createRoute, z } from '@hono/zod-openapi';
import { recommend, type RecommendData } from '../../pipeline/stats/recommend.ts';
import { BadParameterError } from '../errors.ts';
import { needDb, newRouter } from '../router.ts';
import { lookupSkill, skillIndex } from '../skill-ref.ts';
import { json, skillRef } from '../schemas.ts';

const request = z
  .strictObject({
    have: z
      .array(z.string().min(1).max(200))
      .min(1)
      .max(50)
      .openapi({ description: 'skill ids, labels or aliases you already cover', example: ['TypeScript', 'react'] }),
    limit: z.number().int().min(1).max(50).default(10),
  })
  .openapi('RecommendationRequest');

const rec = z
  .object({
    skill: skillRef,
    score: z
      .number()
      .openapi({ description: "0..100: 100 (0.4 adjacency + 0.3 demand/100 + 0.15 growth' + 0.15 durability')" }),
    adjacency: z.number().openapi({
      description:
        'max over skills you cover of sqrt(P(it | covered) x npmi), pairs with >= 1% co-occurrence and >= 5 employers (0..1)',
    }),
    demand: z.number().openapi({ description: 'demand score (0..100)' }),
    growth: z
      .number()
      .nullable()
      .openapi({ description: 'pooled share of the last 12 months with data / the 12 before - 1' }),
    durability: z
      .number()
      .nullable()
      .openapi({ description: '1 rising, 0.9 recovering, 0.8 stable, 0.6 hl/(hl+36) declining, null unknown' }),
    half_life: z
      .object({
        status: z.string(),
        half_life_months: z.number().nullable(),
        doubling_time_months: z.number().nullable(),
      })
      .nullable(),
    reasons: z.array(z.string()).openapi({ description: 'the reasons in plain words' }),
  })
  .openapi('Recommendation');
const body = z
  .object({ have: z.array(skillRef), unknown: z.array(z.string()), items: z.array(rec), method: z.string() })
  .openapi('Recommendations');

export type Recommendation = z.infer<typeof rec>;
export type Recommendations = z.infer<typeof body>;

const route = createRoute({
  method: 'post',
  operationId: 'recommendSkills',
  path: '/recommendations',
  tags: ['demand'],
  summary: 'Next skills to build, given the skills a program already covers',
  request: { body: { required: true, content: { 'application/json': { schema: request } } } },
  responses: json(body, 'recommendations, best first'),
});

export const recommendationRoutes = newRouter().openapi(route, async (c) => {
  const wh = c.get('wh');
  const db = needDb(wh);
  const req = c.req.valid('json');
  const index = await skillIndex(wh);
  const have = new Map<string, z.infer<typeof skillRef>>();
  const unknown: string[] = [];
  for (const h of req.have) {
    const ref = lookupSkill(index, h);
    if (ref) have.set(ref.id, ref);
    else unknown.push(h);
  }
  if (have.size === 0)
    throw new BadParameterError('have', `no known skill among ${JSON.stringify(req.have.slice(0, 5))}`);
  const ids = [...have.keys()];
  // The skill-wide tables change only with the warehouse build: read them once per build.
  const shared = await wh.memo('recommend data', async () => ({
    skills: await db.all<RecommendData['skills'][number]>('SELECT skill_id, label FROM dim_skills'),
    scores: await db.all<RecommendData['scores'][number]>(
      `SELECT skill_id, score FROM fct_demand_scores WHERE scope = 'all' AND scope_value = '*'`,
    ),
    halfLife: await db.all<RecommendData['halfLife'][number]>(
      'SELECT skill_id, status, half_life_months, doubling_time_months, peak_period, trough_period, segment_start FROM fct_half_life',
    ),
    trends: await db.all<RecommendData['trends'][number]>(
      'SELECT skill_id, growth_12m, yoy, year_from, year_to FROM fct_skill_trends',
    ),
  }));
  const data: RecommendData = {
    ...shared,
    pairs: await db.all(
      `SELECT skill_id, related_id, n_both, n_skill, lift, npmi FROM fct_skill_pairs WHERE list_contains(string_split($ids, chr(1)), skill_id)`,
      { ids: ids.join('\u0001') },
    ),
  };
  const hl = new Map(data.halfLife.map((h) => [h.skill_id, h]));
  const items = recommend(ids, data, req.limit).map((r) => {
    const h = hl.get(r.skill_id);
    return {
      skill: index.byId.get(r.skill_id) ?? { id: r.skill_id, label: r.label, category: null },
      score: Math.round(r.score * 100) / 100,
      adjacency: r.adjacency,
      demand: r.demand,
      growth: r.growth,
      durability: r.durability,
      half_life: h
        ? { status: h.status, half_life_months: h.half_life_months, doubling_time_months: h.doubling_time_months }
        : null,
      reasons: r.reasons,
    };
  });
  return c.json({ have: [...have.values()], unknown, items, method: 'adjacency_demand_growth_durability' }, 200);
});
