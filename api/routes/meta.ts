/** GET /meta (what the dashboard's filters offer) and GET /sources (coverage and freshness per source). */
import { createRoute, z } from '@hono/zod-openapi';
import { needDb, newRouter } from '../router.ts';
import { clean, send } from '../respond.ts';
import { format, json, tabular } from '../schemas.ts';
import { addPeriods, gapPeriods, gapRuns } from '../../pipeline/stats/index.ts';

const named = z.object({ name: z.string(), postings: z.number() });
const meta = z
  .object({
    built_at: z.string().nullable(),
    first_month: z.string().nullable(),
    data_through: z.string().nullable(),
    taxonomy_version: z.string().nullable(),
    periods: z.object({ month: z.array(z.string()), quarter: z.array(z.string()) }),
    gaps: z.array(z.string()).openapi({
      description:
        'months without postings inside the covered span (first_month..data_through); windowed figures skip them',
    }),
    sources: z.array(named),
    countries: z.array(named),
    role_families: z.array(named),
    categories: z.array(z.object({ name: z.string(), skills: z.number() })),
  })
  .openapi('Meta');

export type Meta = z.infer<typeof meta>;
export type Source = z.infer<typeof source>;

const metaRoute = createRoute({
  method: 'get',
  operationId: 'getMeta',
  path: '/meta',
  tags: ['meta'],
  summary: 'Periods, sources, countries, role families and categories present in the warehouse',
  responses: json(meta, 'filter values, most postings first'),
});

const source = z
  .object({
    source: z.string(),
    postings: z.number().openapi({ description: 'after dedup' }),
    raw_postings: z.number().nullable(),
    first_month: z.string().nullable(),
    last_month: z.string().nullable(),
    last_posted_at: z.string().nullable().openapi({ description: 'newest posting date (YYYY-MM-DD)' }),
    gaps: z.array(z.object({ from: z.string(), to: z.string(), months: z.number().int() })).openapi({
      description:
        'runs of months without postings between first_month and last_month (CSV: "from..to" separated by spaces)',
    }),
  })
  .openapi('Source');
const sourcesRoute = createRoute({
  method: 'get',
  operationId: 'listSources',
  path: '/sources',
  tags: ['meta'],
  summary: 'Coverage and freshness per source',
  request: { query: z.object({ format }) },
  responses: tabular(
    z.object({ items: z.array(source), total: z.number().int() }).openapi('Sources'),
    'sources, most postings first',
  ),
});

type Named = { name: string; postings: number };

export const metaRoutes = newRouter()
  .openapi(metaRoute, async (c) => {
    const db = needDb(c.get('wh'));
    const [m] = await db.all<Record<string, unknown>>(
      'SELECT built_at, first_month, data_through, taxonomy_version FROM meta_build LIMIT 1',
    );
    const periods = await db.all<{ interval: string; period: string }>(
      `SELECT "interval", period FROM agg_totals WHERE is_all_slice(source, country, role_family) ORDER BY period`,
    );
    const slice = (col: string) =>
      db.all<Named>(
        `SELECT ${col} AS name, sum(total) AS postings FROM agg_totals WHERE "interval" = 'month' AND ${col} <> '*' AND ${col} IS NOT NULL
         GROUP BY 1 ORDER BY 2 DESC, 1`,
      );
    const [sources, countries, roles] = await Promise.all([slice('source'), slice('country'), slice('role_family')]);
    const categories = await db.all<{ name: string; skills: number }>(
      'SELECT category AS name, count(*) AS skills FROM dim_skills WHERE category IS NOT NULL GROUP BY 1 ORDER BY 1',
    );
    const mm = m ? clean(m) : {};
    const str = (v: unknown) => (typeof v === 'string' ? v : null);
    return c.json(
      {
        built_at: str(mm.built_at),
        first_month: str(mm.first_month),
        data_through: str(mm.data_through),
        taxonomy_version: str(mm.taxonomy_version),
        periods: {
          month: periods.filter((p) => p.interval === 'month').map((p) => p.period),
          quarter: periods.filter((p) => p.interval === 'quarter').map((p) => p.period),
        },
        gaps: gapPeriods(
          periods.filter((p) => p.interval === 'month').map((p) => p.period),
          (p) => addPeriods(p, 1),
        ),
        sources,
        countries,
        role_families: roles,
        categories,
      },
      200,
    );
  })
  .openapi(sourcesRoute, async (c) => {
    const db = needDb(c.get('wh'));
    const rows = await db.all<Record<string, unknown>>(
      `SELECT source, postings, raw_postings, first_month, last_month, strftime(last_posted_at, '%Y-%m-%d') AS last_posted_at
       FROM dim_sources ORDER BY postings DESC, source`,
    );
    const present = await db.all<{ source: string; period: string }>(
      `SELECT source, period FROM agg_totals WHERE "interval" = 'month' AND source <> '*' AND country = '*' AND role_family = '*' AND total > 0`,
    );
    const bySource = new Map<string, string[]>();
    for (const r of present) (bySource.get(r.source) ?? bySource.set(r.source, []).get(r.source)!).push(r.period);
    const items = rows.map((r) => ({
      ...clean(r),
      gaps: gapRuns(bySource.get(String(r.source)) ?? [], (p) => addPeriods(p, 1)),
    })) as z.infer<typeof source>[];
    const csvRows = items.map((i) => ({ ...i, gaps: i.gaps.map((g) => `${g.from}..${g.to}`).join(' ') }));
    return send(c, { items, total: items.length }, { rows: csvRows, name: 'sources' });
  });
