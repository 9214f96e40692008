/** POST /gap-analysis {text, role_family?, country?, limit?}: a program text's skills and its gaps (pipeline/stats/gaps.ts). */
import { createRoute, z } from '@hono/zod-openapi';
import { gapAnalysis } from '../../pipeline/stats/gaps.ts';
import { newRouter } from '../router.ts';
import { country, json, roleFamily } from '../schemas.ts';
import { gapData, programMatcher, scopeOf } from '../credential-data.ts';

const request = z
  .strictObject({
    text: z
      .string()
      .min(1)
      .max(100_000)
      .openapi({ description: 'a course or program description (plain text, Markdown or HTML)' }),
    role_family: roleFamily.optional(),
    country: country.optional(),
    limit: z.number().int().min(1).max(100).default(20),
  })
  .openapi('GapAnalysisRequest', {
    example: {
      text: 'Week 1: Python basics. Week 2: SQL and pandas. Week 3: a Flask REST API. Final project deployed with Docker.',
      limit: 5,
    },
  });

const found = z
  .object({
    id: z.string(),
    label: z.string(),
    surface: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    rule: z.string(),
    why: z.string(),
  })
  .openapi('FoundSkill');
const covered = z
  .object({
    id: z.string(),
    label: z.string(),
    demand_score: z.number().nullable(),
    status: z.string(),
    half_life_months: z.number().nullable(),
  })
  .openapi('CoveredSkill');
const gap = z
  .object({
    id: z.string(),
    label: z.string(),
    score: z
      .number()
      .openapi({ description: "0..100: 0.9 x planner score (adjacency, demand, growth, durability) + 10 x pay'" }),
    demand: z.number(),
    adjacency: z.number(),
    growth: z.number().nullable(),
    durability: z.number().nullable(),
    pay_premium: z.number().nullable().openapi({ description: 'exp(beta) where known (n >= 30)' }),
    why: z.array(z.string()),
  })
  .openapi('Gap');
const body = z
  .object({
    scope: z.object({ kind: z.string(), value: z.string() }),
    found: z.array(found),
    covered: z.array(covered),
    gaps: z.array(gap),
    method: z.string(),
  })
  .openapi('GapAnalysis', {
    example: {
      scope: { kind: 'all', value: '*' },
      found: [
        {
          id: 'python',
          label: 'Python',
          surface: 'Python',
          start: 8,
          end: 14,
          rule: 'alias:Python',
          why: 'unambiguous',
        },
      ],
      covered: [{ id: 'python', label: 'Python', demand_score: 88.1, status: 'stable', half_life_months: null }],
      gaps: [
        {
          id: 'aws',
          label: 'Amazon Web Services',
          score: 61.2,
          demand: 80,
          adjacency: 0.12,
          growth: 0.05,
          durability: 0.8,
          pay_premium: 1.04,
          why: ['appears in 22% of postings that ask for Python (lift 1.4)', 'demand score 80/100'],
        },
      ],
      method: 'planner_plus_pay',
    },
  });

export type FoundSkill = z.infer<typeof found>;
export type GapAnalysis = z.infer<typeof body>;

const route = createRoute({
  method: 'post',
  path: '/gap-analysis',
  operationId: 'analyzeProgramGaps',
  tags: ['credentials'],
  summary: 'Skills a program text covers and the in-demand skills it misses, ranked, with reasons',
  request: { body: { required: true, content: { 'application/json': { schema: request } } } },
  responses: json(body, 'found skills with offsets, covered skills, ranked gaps'),
});

export const gapRoutes = newRouter().openapi(route, async (c) => {
  const wh = c.get('wh');
  const req = c.req.valid('json');
  const scope = await scopeOf(wh, req);
  const data = await gapData(wh, scope);
  const matches = programMatcher().extract(req.text);
  const ids = [...new Set(matches.map((m) => m.id))];
  // only the covered skills' pairs matter (recommend.ts reads pairs from covered skills)
  const result = gapAnalysis(ids, { ...data, pairs: ids.flatMap((id) => data.pairsOf.get(id) ?? []) }, req.limit);
  const r2 = (x: number) => Math.round(x * 100) / 100;
  return c.json(
    {
      scope,
      found: matches.map((m) => ({
        id: m.id,
        label: m.label,
        surface: m.surface,
        start: m.start,
        end: m.end,
        rule: m.rule,
        why: m.why,
      })),
      covered: result.covered.map((v) => ({ ...v, demand_score: v.demand_score === null ? null : r2(v.demand_score) })),
      gaps: result.gaps.map((g) => ({ ...g, score: r2(g.score) })),
      method: 'planner_plus_pay',
    },
    200,
  );
});
