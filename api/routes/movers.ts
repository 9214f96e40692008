/**
 * GET /trends/movers: biggest share gainers or losers over a window of months WITH postings (fct_movers,
 * significance-guarded, at least 5 employers), for all postings or one country / role family.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { needDb, newRouter } from '../router.ts';
import { clean, send } from '../respond.ts';
import { country, format, limit, roleFamily, tabular, windowSchema } from '../schemas.ts';
import { columns } from '../columns.ts';
import { checkFilters } from '../filter-values.ts';
import { liveMovers } from '../movers-live.ts';
import { skillIndex } from '../skill-ref.ts';
import { fctMovers } from '../../pipeline/sql/30_marts/fct_movers.ts';

const mover = z
  .object({
    rank: z.number().int(),
    id: z.string(),
    label: z.string(),
    category: z.string().nullable(),
    ...columns(fctMovers, [
      'share_from',
      'share_to',
      'change',
      'relative_change',
      'z',
      'postings_from',
      'postings_to',
      'employers',
    ]),
  })
  .openapi('Mover');

const body = z
  .object({
    direction: z.enum(['rising', 'declining']),
    window: z.number().int(),
    scope: z.object({ kind: z.enum(['all', 'country', 'role_family', 'country_role_family']), value: z.string() }),
    period: z.object({ from: windowSchema.nullable(), to: windowSchema.nullable() }).nullable().openapi({
      description:
        'the two windows compared: equal numbers of months with data (for a live country + role family slice: those of its movers, null when it has none)',
    }),
    items: z.array(mover),
    total: z.number().int(),
  })
  .openapi('Movers');

export type Mover = z.infer<typeof mover>;
export type Movers = z.infer<typeof body>;

const route = createRoute({
  method: 'get',
  operationId: 'listMovers',
  path: '/trends/movers',
  tags: ['trends'],
  summary: 'Skills whose share rose or fell the most over the last window months with data',
  request: {
    query: z.object({
      direction: z.enum(['rising', 'declining']).default('rising'),
      window: z
        .enum(['3', '6', '12', '24'])
        .default('12')
        .openapi({ description: 'months with data compared: the last window vs the window before' }),
      country: country.optional(),
      role_family: roleFamily.optional(),
      limit: limit(20, 500),
      format,
    }),
  },
  responses: tabular(body, 'movers, biggest first'),
});

type Row = Record<string, unknown>;
const win = (r: Row | undefined, side: 'from' | 'to') =>
  r == null
    ? null
    : {
        from: String(r[`${side}_start`]),
        to: String(r[`${side}_end`]),
        months: Number(r[`${side}_months`]),
        months_with_data: Number(r[`${side}_months_with_data`]),
        postings: Number(r[`total_${side}`]),
        total: Number(r[`total_${side}`]),
      };

export const moverRoutes = newRouter().openapi(route, async (c) => {
  const wh = c.get('wh');
  const db = needDb(wh);
  const q = c.req.valid('query');
  await checkFilters(wh, { country: q.country, role_family: q.role_family });
  if (q.country && q.role_family) {
    // no stored scope combines the two: counted live (api/movers-live.ts) with the pipeline's movers function
    const slice = { country: q.country, role_family: q.role_family };
    const window = Number(q.window);
    const [m, index] = await Promise.all([
      wh.memo(`movers live ${window} ${JSON.stringify(slice)}`, () => liveMovers(db, window, slice)),
      skillIndex(wh),
    ]);
    const list = m[q.direction];
    const items = list.slice(0, q.limit).map((x) => {
      const ref = index.byId.get(x.skill_id);
      return clean({
        rank: x.rank,
        id: x.skill_id,
        label: ref?.label ?? x.skill_id,
        category: ref?.category ?? null,
        share_from: x.share_from,
        share_to: x.share_to,
        change: x.change,
        relative_change: x.relative_change,
        z: x.z,
        postings_from: x.postings_from,
        postings_to: x.postings_to,
        employers: null,
      });
    }) as z.infer<typeof mover>[];
    const scope = { kind: 'country_role_family' as const, value: `${q.country},${q.role_family}` };
    // every mover of a slice compares the same two windows (the slice's last data months)
    const first = m.rising[0] ?? m.declining[0];
    const whole = (w: NonNullable<typeof first>['from_window']) => ({ ...w, postings: w.total });
    const period = first ? { from: whole(first.from_window), to: whole(first.to_window) } : null;
    return send(
      c,
      { direction: q.direction, window, scope, period, items, total: list.length },
      { rows: items, name: `movers-${q.direction}-${q.window}` },
    );
  }
  const scope = q.country
    ? { kind: 'country' as const, value: q.country }
    : q.role_family
      ? { kind: 'role_family' as const, value: q.role_family }
      : { kind: 'all' as const, value: '*' };
  const params = { direction: q.direction, window: Number(q.window), kind: scope.kind, value: scope.value };
  const where = 'm.direction = $direction AND m."window" = $window AND m.scope = $kind AND m.scope_value = $value';
  const [count] = await db.all<{ n: number }>(`SELECT count(*) AS n FROM fct_movers m WHERE ${where}`, params);
  const [w] = await db.all<Row>(
    `SELECT from_start, from_end, from_months, from_months_with_data, total_from, to_start, to_end, to_months, to_months_with_data, total_to
     FROM fct_movers m WHERE m."window" = $window AND m.scope = $kind AND m.scope_value = $value LIMIT 1`,
    { window: params.window, kind: scope.kind, value: scope.value },
  );
  const rows = await db.all<Row>(
    `SELECT m.rank, m.skill_id AS id, coalesce(s.label, m.skill_id) AS label, s.category, m.share_from, m.share_to, m.change,
       m.relative_change, m.z, m.postings_from, m.postings_to, m.employers
     FROM fct_movers m LEFT JOIN dim_skills s ON s.skill_id = m.skill_id
     WHERE ${where} ORDER BY m.rank, m.skill_id LIMIT $limit`,
    { ...params, limit: q.limit },
  );
  const items = rows.map(clean) as z.infer<typeof mover>[];
  const period = { from: win(w, 'from'), to: win(w, 'to') };
  return send(
    c,
    { direction: q.direction, window: params.window, scope, period, items, total: count?.n ?? 0 },
    { rows: items, name: `movers-${q.direction}-${q.window}` },
  );
});
