/**
 * GET /trends/movers: biggest share gainers or losers over a window (fct_movers, significance-guarded); within a
 * country and/or role family counted live (api/movers-live.ts) with the same method.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { needDb, newRouter } from '../router.ts';
import { clean, send } from '../respond.ts';
import { country, format, limit, roleFamily, tabular } from '../schemas.ts';
import { checkFilters } from '../filter-values.ts';
import { liveMovers } from '../movers-live.ts';
import { skillIndex } from '../skill-ref.ts';
import { columns } from '../columns.ts';
import { fctMovers } from '../../pipeline/sql/30_marts/fct_movers.ts';

const mover = z
  .object({
    rank: z.number().int(),
    id: z.string(),
    label: z.string(),
    category: z.string().nullable(),
    ...columns(fctMovers, ['share_from', 'share_to', 'change', 'relative_change', 'z', 'postings_from', 'postings_to']),
  })
  .openapi('Mover');

const body = z
  .object({ direction: z.enum(['rising', 'declining']), window: z.number().int(), items: z.array(mover), total: z.number().int() })
  .openapi('Movers');

export type Mover = z.infer<typeof mover>;

const route = createRoute({
  method: 'get',
  operationId: 'listMovers',
  path: '/trends/movers',
  tags: ['trends'],
  summary: 'Skills whose share rose or fell the most over the last window months',
  request: {
    query: z.object({
      direction: z.enum(['rising', 'declining']).default('rising'),
      window: z.enum(['3', '6', '12', '24']).default('12').openapi({ description: 'months compared: the last window vs the window before' }),
      country: country.optional().openapi({ description: 'movers within one country (counted live)' }),
      role_family: roleFamily.optional().openapi({ description: 'movers within one role family (counted live)' }),
      limit: limit(20, 500),
      format,
    }),
  },
  responses: tabular(body, 'movers, biggest first'),
});

export const moverRoutes = newRouter().openapi(route, async (c) => {
  const wh = c.get('wh');
  const db = needDb(wh);
  const q = c.req.valid('query');
  const params = { direction: q.direction, window: Number(q.window) };
  await checkFilters(wh, { country: q.country, role_family: q.role_family });
  if (q.country || q.role_family) {
    const slice = { country: q.country, role_family: q.role_family };
    const [m, index] = await Promise.all([wh.memo(`movers live ${params.window} ${JSON.stringify(slice)}`, () => liveMovers(db, params.window, slice)), skillIndex(wh)]);
    const list = m[q.direction];
    const items = list.slice(0, q.limit).map((x) => {
      const ref = index.byId.get(x.skill_id);
      return clean({ rank: x.rank, id: x.skill_id, label: ref?.label ?? x.skill_id, category: ref?.category ?? null, share_from: x.share_from, share_to: x.share_to,
        change: x.change, relative_change: x.relative_change, z: x.z, postings_from: x.postings_from, postings_to: x.postings_to });
    }) as z.infer<typeof mover>[];
    return send(c, { direction: q.direction, window: params.window, items, total: list.length }, { rows: items, name: `movers-${q.direction}-${q.window}` });
  }
  const [count] = await db.all<{ n: number }>('SELECT count(*) AS n FROM fct_movers WHERE direction = $direction AND "window" = $window', params);
  const rows = await db.all<Record<string, unknown>>(
    `SELECT m.rank, m.skill_id AS id, coalesce(s.label, m.skill_id) AS label, s.category, m.share_from, m.share_to, m.change,
       m.relative_change, m.z, m.postings_from, m.postings_to
     FROM fct_movers m LEFT JOIN dim_skills s ON s.skill_id = m.skill_id
     WHERE m.direction = $direction AND m."window" = $window ORDER BY m.rank, m.skill_id LIMIT $limit`,
    { ...params, limit: q.limit },
  );
  const items = rows.map(clean) as z.infer<typeof mover>[];
  return send(c, { direction: q.direction, window: params.window, items, total: count?.n ?? 0 }, { rows: items, name: `movers-${q.direction}-${q.window}` });
});
