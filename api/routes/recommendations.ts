/** POST /recommendations {have, limit}: next skills to build, each with why (api/recommend.ts). */
import { createRoute, z } from '@hono/zod-openapi';
import { BadParameterError } from '../errors.ts';
import { needDb, newRouter } from '../router.ts';
import { skillIndex } from '../skill-ref.ts';
import { recommend, type Candidate } from '../recommend.ts';
import { json, skillRef } from '../schemas.ts';

const request = z
  .strictObject({
    have: z.array(z.string().min(1).max(200)).min(1).max(50).openapi({ description: 'skill ids, labels or aliases you already have', example: ['TypeScript', 'react'] }),
    limit: z.number().int().min(1).max(50).default(10),
  })
  .openapi('RecommendationRequest');

const rec = z
  .object({
    skill: skillRef,
    score: z.number().openapi({ description: '0..1: 0.35 adjacency + 0.30 demand + 0.20 growth + 0.15 durability' }),
    why: z.object({
      adjacency: z.number().openapi({ description: 'max npmi with a skill you have (0..1)' }),
      demand: z.number().openapi({ description: 'demand score / 100' }),
      growth: z.number().openapi({ description: '0.5 + 0.5 tanh(growth_12m)' }),
      durability: z.number().openapi({ description: 'from the half-life status' }),
      with: z.array(z.string()).openapi({ description: 'your skills it co-occurs with, strongest first' }),
    }),
  })
  .openapi('Recommendation');
const body = z.object({ have: z.array(skillRef), unknown: z.array(z.string()), items: z.array(rec), method: z.string() }).openapi('Recommendations');

const route = createRoute({
  method: 'post',
  path: '/recommendations',
  tags: ['demand'],
  summary: 'Next skills to build, given the skills you have',
  request: { body: { required: true, content: { 'application/json': { schema: request } } } },
  responses: json(body, 'recommendations, best first'),
});

export const recommendationRoutes = newRouter().openapi(route, async (c) => {
  const wh = c.get('wh');
  const db = needDb(wh);
  const req = c.req.valid('json');
  const index = await skillIndex(wh);
  const fold = (s: string) => s.normalize('NFKC').trim().toLowerCase();
  const have = new Map<string, z.infer<typeof skillRef>>();
  const unknown: string[] = [];
  for (const h of req.have) {
    const ref = index.byId.get(h) ?? index.byName.get(fold(h));
    if (ref) have.set(ref.id, ref);
    else unknown.push(h);
  }
  if (have.size === 0) throw new BadParameterError('have', `no known skill among ${JSON.stringify(req.have.slice(0, 5))}`);
  const ids = [...have.keys()];
  const params: Record<string, string> = {};
  ids.forEach((id, i) => (params[`h${i}`] = id));
  const inList = ids.map((_, i) => `$h${i}`).join(', ');
  const rows = await db.all<{ id: string; with: string | null; npmi: number | null; lift: number | null; shared: number | null; demand_score: number | null; growth_12m: number | null; status: string | null; half_life_months: number | null }>(
    `WITH links AS (SELECT related_id AS id, skill_id AS "with", npmi, lift, n_both AS shared FROM fct_skill_pairs WHERE skill_id IN (${inList})),
     top AS (SELECT skill_id AS id FROM fct_demand_scores WHERE scope = 'all' AND scope_value = '*' ORDER BY rank LIMIT 200),
     cand AS (SELECT id FROM links UNION SELECT id FROM top)
     SELECT cand.id, l."with", l.npmi, l.lift, l.shared, d.score AS demand_score, t.growth_12m, h.status, h.half_life_months
     FROM cand LEFT JOIN links l USING (id)
     LEFT JOIN fct_demand_scores d ON d.skill_id = cand.id AND d.scope = 'all' AND d.scope_value = '*'
     LEFT JOIN fct_skill_trends t ON t.skill_id = cand.id
     LEFT JOIN fct_half_life h ON h.skill_id = cand.id`,
    params,
  );
  const byId = new Map<string, Candidate>();
  for (const r of rows) {
    let cand = byId.get(r.id);
    if (!cand) byId.set(r.id, (cand = { id: r.id, links: [], demand_score: r.demand_score, growth_12m: r.growth_12m, status: r.status, half_life_months: r.half_life_months }));
    if (r.with) cand.links.push({ with: r.with, npmi: r.npmi, lift: r.lift ?? 0, shared: r.shared ?? 0 });
  }
  const items = recommend([...byId.values()], new Set(ids), req.limit).map((r) => ({
    skill: index.byId.get(r.id) ?? { id: r.id, label: r.id, category: null },
    score: r.score,
    why: r.why,
  }));
  return c.json({ have: [...have.values()], unknown, items, method: 'weighted_adjacency_demand_growth_durability' }, 200);
});
