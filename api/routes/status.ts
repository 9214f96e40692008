/**
 * GET /status: what the job runner (crawl, pipeline) is doing now, so a page served before the first build can
 * say what is being collected and how far it got. Handed in by `serve`/`start` as `createApp({ jobStatus })`;
 * without a runner the state is `idle`.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../router.ts';
import { json } from '../schemas.ts';

const kind = z.enum(['crawl', 'pipeline', 'crawl+pipeline']);
export const jobStatus = z
  .object({
    state: z.enum(['idle', 'running']),
    kind: kind.nullable(),
    started_at: z.string().nullable(),
    step: z.enum(['discover', 'crawl', 'pipeline']).nullable(),
    crawl: z.array(
      z.object({ source: z.string(), message: z.string(), pages: z.number().nullable(), added: z.number().nullable() }),
    ),
    pipeline: z
      .object({ stage: z.string(), message: z.string(), done: z.number().nullable(), total: z.number().nullable() })
      .nullable(),
    last: z.object({ kind, finished_at: z.string(), ok: z.boolean(), error: z.string().nullable() }).nullable(),
  })
  .openapi('JobStatus');
export type JobStatusBody = z.infer<typeof jobStatus>;

/** The state before any job has run (the runner starts with it; `serve` without a runner answers it). */
export const idleStatus: Readonly<JobStatusBody> = {
  state: 'idle',
  kind: null,
  started_at: null,
  step: null,
  crawl: [],
  pipeline: null,
  last: null,
};

const route = createRoute({
  method: 'get',
  operationId: 'getJobStatus',
  path: '/status',
  tags: ['meta'],
  summary: 'Progress of the running crawl or pipeline (the first crawl after `npm start`)',
  responses: json(jobStatus, 'the job runner state'),
});

export function statusRoutes(get?: () => JobStatusBody | undefined) {
  return newRouter().openapi(route, (c) => c.json(get?.() ?? idleStatus, 200));
}
