/**
 * GET /demand-scores: skills ranked by demand score (0-100) with its components, from fct_demand_scores.
 * Scope: all postings, one country, or one role family (from the table), or a country and a role family at once
 * (counted live by api/demand-live.ts), or one posting language (from the table).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { needDb, newRouter } from '../router.ts';
import { clean, send } from '../respond.ts';
import { BadParameterError } from '../errors.ts';
import { checkFilters } from '../filter-values.ts';
import { liveDemandScores, liveDemandWindow } from '../demand-live.ts';
import {
  category,
  country,
  format,
  language,
  limit,
  offset,
  roleFamily,
  skillType,
  tabular,
  windowSchema,
} from '../schemas.ts';
import { columns } from '../columns.ts';
import { DEMAND_SCOPES, fctDemandScores } from '../../pipeline/sql/30_marts/fct_demand_scores.ts';

const item = z
  .object({
    rank: z.number().int().openapi({ description: 'rank within the scope (before the category filter)' }),
    id: z.string(),
    label: z.string(),
    category: z.string().nullable(),
    ...columns(fctDemandScores, [
      'score',
      'share',
      'share_component',
      'growth',
      'growth_component',
      'breadth',
      'breadth_component',
      'postings',
      'low_evidence',
      'reason',
    ]),
  })
  .openapi('DemandScore');

const body = z
  .object({
    scope: z.object({
      kind: z.enum([...DEMAND_SCOPES, 'country_role_family']),
      value: z
        .string()
        .openapi({ description: '* , the country, the role family, or "US,software" for both (counted live)' }),
    }),
    window: windowSchema.nullable().openapi({
      description:
        'the months with data the scores rest on (postings = total = unique postings of the scope); widened for thin slices; for a live country + role family slice the last 12 calendar months through data_through',
    }),
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .openapi('DemandScorePage');

export type DemandScore = z.infer<typeof item>;
export type DemandScorePage = z.infer<typeof body>;

const route = createRoute({
  method: 'get',
  operationId: 'listDemandScores',
  path: '/demand-scores',
  tags: ['demand'],
  summary: 'Skills ranked by demand score (0-100) with its components',
  request: {
    query: z.object({
      category: category.optional(),
      type: skillType.optional(),
      country: country.optional(),
      role_family: roleFamily.optional(),
      language: language.optional(),
      limit: limit(50, 1000),
      offset,
      format,
    }),
  },
  responses: tabular(body, 'ranked skills'),
});

export const demandRoutes = newRouter().openapi(route, async (c) => {
  const wh = c.get('wh');
  const db = needDb(wh);
  const q = c.req.valid('query');
  await checkFilters(wh, { category: q.category, country: q.country, role_family: q.role_family });
  if (q.language && (q.country || q.role_family))
    throw new BadParameterError(
      'language',
      `cannot be combined with ${q.country ? 'country' : 'role_family'} (scores exist per country, role family or language)`,
    );
  if (q.country && q.role_family) {
    // no stored scope combines the two: counted live (api/demand-live.ts), same formula as the pipeline
    const scope = { kind: 'country_role_family' as const, value: `${q.country},${q.role_family}` };
    const live = await wh.memo(`demand live ${scope.value}`, () => liveDemandScores(db, q.country!, q.role_family!));
    const all = (
      q.category ? live.filter((r) => String(r.category ?? '').toLowerCase() === q.category!.toLowerCase()) : live
    ) as z.infer<typeof item>[];
    const items = all.slice(q.offset, q.offset + q.limit);
    const window = await wh.memo(`demand live window ${scope.value}`, () =>
      liveDemandWindow(db, q.country!, q.role_family!),
    );
    return send(
      c,
      { scope, window, items, total: all.length, limit: q.limit, offset: q.offset },
      { rows: items, name: 'demand-scores' },
    );
  }
  const scope = q.country
    ? { kind: 'country' as const, value: q.country }
    : q.role_family
      ? { kind: 'role_family' as const, value: q.role_family }
      : q.language
        ? { kind: 'language' as const, value: q.language }
        : { kind: 'all' as const, value: '*' };
  const params: Record<string, string | number> = { kind: scope.kind, value: scope.value };
  let where = 'd.scope = $kind AND d.scope_value = $value';
  if (q.category) (params.category = q.category.toLowerCase()), (where += ' AND lower(s.category) = $category');
  if (q.type) (params.type = q.type), (where += ' AND s.type = $type');
  // The whole ranked list of a scope is read once per build; pages are slices of it.
  const all = await wh.memo(
    `demand ${JSON.stringify(params)}`,
    async () =>
      (
        await db.all<Record<string, unknown>>(
          `SELECT d.rank, d.skill_id AS id, s.label, s.category, d.score, d.share, d.share_component, d.growth, d.growth_component,
           d.breadth, d.breadth_component, d.postings, d.low_evidence, d.reason
         FROM fct_demand_scores d JOIN dim_skills s ON s.skill_id = d.skill_id WHERE ${where} ORDER BY d.rank, d.skill_id`,
          params,
        )
      ).map(clean) as z.infer<typeof item>[],
  );
  const items = all.slice(q.offset, q.offset + q.limit);
  const total = all.length;
  const window = await wh.memo(`demand window ${scope.kind} ${scope.value}`, async () => {
    const [w] = await db.all<Record<string, unknown>>(
      `SELECT window_from, window_to, window_months, window_months_with_data, window_total FROM fct_demand_scores
       WHERE scope = $kind AND scope_value = $value LIMIT 1`,
      { kind: scope.kind, value: scope.value },
    );
    return w
      ? {
          from: String(w.window_from),
          to: String(w.window_to),
          months: Number(w.window_months),
          months_with_data: Number(w.window_months_with_data),
          postings: Number(w.window_total),
          total: Number(w.window_total),
        }
      : null;
  });
  return send(
    c,
    { scope, window, items, total, limit: q.limit, offset: q.offset },
    { rows: items, name: 'demand-scores' },
  );
});
