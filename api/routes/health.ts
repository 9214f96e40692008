/** GET /health: is there a warehouse, how big, how fresh. */
import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../router.ts';
import { clean } from '../respond.ts';
import { json } from '../schemas.ts';

const health = z
  .object({
    status: z.enum(['ok', 'empty']).openapi({ description: '"empty" until the first pipeline run built a warehouse' }),
    postings: z.number().int().openapi({ description: 'postings after dedup' }),
    sources: z.array(z.string()).openapi({ description: 'source names in the warehouse' }),
    data_through: z.string().nullable().openapi({ description: 'last month with postings (YYYY-MM)' }),
    first_month: z.string().nullable(),
    built_at: z.string().nullable().openapi({ description: 'when the warehouse was built (ISO 8601, UTC)' }),
    taxonomy_version: z.string().nullable(),
    build: z.string().openapi({ description: 'id of the warehouse file generation the API serves' }),
  })
  .openapi('Health');

export type Health = z.infer<typeof health>;

const route = createRoute({
  method: 'get',
  operationId: 'getHealth',
  path: '/health',
  tags: ['meta'],
  summary: 'Service and warehouse status',
  responses: json(health, 'status'),
});

export const healthRoutes = newRouter().openapi(route, async (c) => {
  const wh = c.get('wh');
  if (!wh.db) {
    return c.json(
      {
        status: 'empty' as const,
        postings: 0,
        sources: [],
        data_through: null,
        first_month: null,
        built_at: null,
        taxonomy_version: null,
        build: wh.build,
      },
      200,
    );
  }
  const db = wh.db;
  const [meta] = await db.all<{
    built_at: Date;
    postings: number;
    first_month: string;
    data_through: string;
    taxonomy_version: string;
  }>('SELECT built_at, postings, first_month, data_through, taxonomy_version FROM meta_build LIMIT 1');
  const sources = await db.all<{ source: string }>('SELECT source FROM dim_sources ORDER BY postings DESC, source');
  const m = meta ? clean(meta) : null;
  return c.json(
    {
      status: 'ok' as const,
      postings: m?.postings ?? 0,
      sources: sources.map((s) => s.source),
      data_through: m?.data_through ?? null,
      first_month: m?.first_month ?? null,
      built_at: (m?.built_at as unknown as string | undefined) ?? null,
      taxonomy_version: m?.taxonomy_version ?? null,
      build: wh.build,
    },
    200,
  );
});
