/** GET /categories: categories (or role families) with their skill-set half-life (fct_category_half_life). */
import { createRoute, z } from '@hono/zod-openapi';
import { needDb, newRouter } from '../router.ts';
import { clean, parseJson, send } from '../respond.ts';
import { country, format, roleFamily, tabular } from '../schemas.ts';
import { BadParameterError } from '../errors.ts';
import { columns } from '../columns.ts';
import { fctCategoryHalfLife } from '../../pipeline/sql/30_marts/fct_category_half_life.ts';

const n = z.number().nullable();
const item = z
  .object({
    name: z.string(),
    skills: n.openapi({ description: 'taxonomy skills in the category (null for role families)' }),
    share_latest: n.openapi({ description: 'share of postings mentioning any of its skills in the last month' }),
    ...columns(fctCategoryHalfLife, ['status', 'half_life_months', 'ci_low', 'ci_high', 'base_year', 'n_skills']),
    remaining: z
      .array(z.object({ years: z.number(), remaining: z.number() }))
      .nullable()
      .openapi({ description: 'share of base-year demand still there k years later' }),
    ...columns(fctCategoryHalfLife, ['method']),
  })
  .openapi('Category');
const body = z
  .object({
    kind: z.enum(['category', 'role_family']),
    scope: z.object({ kind: z.enum(['all', 'country', 'role_family']), value: z.string() }),
    items: z.array(item),
    total: z.number().int(),
  })
  .openapi('Categories');

export type Category = z.infer<typeof item>;
export type Categories = z.infer<typeof body>;

const route = createRoute({
  method: 'get',
  operationId: 'listCategories',
  path: '/categories',
  tags: ['trends'],
  summary: 'Categories (or role families) with their skill-set half-life',
  request: {
    query: z.object({
      kind: z.enum(['category', 'role_family']).default('category'),
      country: country.optional().openapi({ description: 'category half-lives inside one country (>= 300 postings)' }),
      role_family: roleFamily
        .optional()
        .openapi({ description: 'category half-lives inside one role family (>= 300 postings)' }),
      format,
    }),
  },
  responses: tabular(body, 'categories by name'),
});

export const categoryRoutes = newRouter().openapi(route, async (c) => {
  const db = needDb(c.get('wh'));
  const q = c.req.valid('query');
  if (q.country && q.role_family) throw new BadParameterError('role_family', 'cannot be combined with country');
  const scope = q.country
    ? { kind: 'country' as const, value: q.country }
    : q.role_family
      ? { kind: 'role_family' as const, value: q.role_family }
      : { kind: 'all' as const, value: '*' };
  const rows =
    q.kind === 'category'
      ? await db.all<Record<string, unknown>>(
          `WITH c AS (SELECT category AS name, count(*) AS skills FROM dim_skills WHERE category IS NOT NULL GROUP BY 1),
           latest AS (SELECT category AS name, share FROM agg_category_period
             WHERE "interval" = 'month' AND is_all_slice(source, country, role_family)
               AND period = (SELECT data_through FROM meta_build) AND $kind = 'all'),
           h AS (SELECT * FROM fct_category_half_life WHERE kind = 'category' AND coalesce(scope, 'all') = $kind AND coalesce(scope_value, '*') = $value)
           SELECT coalesce(c.name, h.name) AS name, c.skills, latest.share AS share_latest, h.status, h.half_life_months,
             h.ci_low, h.ci_high, h.base_year, h.n_skills, h.remaining, h.method
           FROM c ${scope.kind === 'all' ? 'FULL' : 'RIGHT'} JOIN h ON h.name = c.name LEFT JOIN latest ON latest.name = coalesce(c.name, h.name)
           ORDER BY 1`,
          { kind: scope.kind, value: scope.value },
        )
      : await db.all<Record<string, unknown>>(
          `SELECT name, NULL AS skills, NULL AS share_latest, status, half_life_months, ci_low, ci_high, base_year, n_skills, remaining, method
           FROM fct_category_half_life WHERE kind = 'role_family' ORDER BY name`,
        );
  const items = rows.map((r) => ({ ...clean(r), remaining: parseJson(r.remaining) })) as z.infer<typeof item>[];
  // CSV: the remaining curve as one column per year (remaining_1y, remaining_2y, ...), never JSON in a cell
  const years = [
    ...new Set(items.flatMap((i) => (Array.isArray(i.remaining) ? i.remaining.map((p) => p.years) : []))),
  ].sort((a, b) => a - b);
  const yearCol = (y: number) => `remaining_${y}y`;
  const csvRows = items.map(({ remaining, ...rest }) => ({
    ...rest,
    ...Object.fromEntries((remaining ?? []).map((p) => [yearCol(p.years), p.remaining])),
  }));
  const columns = [
    'name',
    'skills',
    'share_latest',
    'status',
    'half_life_months',
    'ci_low',
    'ci_high',
    'base_year',
    'n_skills',
    'method',
    ...years.map(yearCol),
  ];
  return send(
    c,
    { kind: q.kind, scope, items, total: items.length },
    { rows: csvRows, columns, name: `categories-${q.kind}` },
  );
});
