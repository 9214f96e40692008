/** GET /trends/movers: biggest share gainers or losers over a window (fct_movers, significance-guarded). */
import { createRoute, z } from '@hono/zod-openapi';
import { needDb, newRouter } from '../router.ts';
import { clean, send } from '../respond.ts';
import { format, limit, tabular } from '../schemas.ts';
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
  path: '/trends/movers',
  tags: ['trends'],
  summary: 'Skills whose share rose or fell the most over the last window months',
  request: {
    query: z.object({
      direction: z.enum(['rising', 'declining']).default('rising'),
      window: z.enum(['3', '6', '12', '24']).default('12').openapi({ description: 'months compared: the last window vs the window before' }),
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
