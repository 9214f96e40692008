/**
 * POST /admin/crawl and /admin/pipeline: start a job through the runJob function handed to createApp
 * (cli/jobs.ts). Only with `Authorization: Bearer <config.adminToken>`; without a configured token the
 * routes do not exist (404). A missing or wrong token gets 401. A job still running after 100 ms is
 * answered 202 (it goes on in the background); a busy runner gets 409; a job that finished gets 200.
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.ts';
import { SkillpulseError } from '../../config/errors.ts';
import { newRouter, type AppEnv } from '../router.ts';
import { errorBody } from '../schemas.ts';

export type JobKind = 'crawl' | 'pipeline' | 'crawl+pipeline';
export type RunJob = (kind: JobKind, opts?: { full?: boolean; sources?: string[] }) => Promise<unknown>;

const digest = (s: string) => createHash('sha256').update(s).digest();

function requireToken(token: string | null): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!token)
      throw new ApiError(
        404,
        'not_found',
        `no route for ${c.req.method} ${c.req.path} (admin routes are off: set SKILLPULSE_ADMIN_TOKEN)`,
      );
    const auth = c.req.header('Authorization') ?? '';
    const m = /^Bearer\s+(.+)$/i.exec(auth.trim());
    const challenge = { 'WWW-Authenticate': 'Bearer realm="skillpulse admin"' };
    if (!m)
      throw new ApiError(
        401,
        'unauthorized',
        'admin route: send Authorization: Bearer <SKILLPULSE_ADMIN_TOKEN>',
        challenge,
      );
    if (!timingSafeEqual(digest(m[1]!), digest(token)))
      throw new ApiError(401, 'unauthorized', 'admin route: wrong token', {
        ...challenge,
        'WWW-Authenticate': 'Bearer error="invalid_token"',
      });
    await next();
  };
}

const jobAnswer = z
  .object({
    kind: z.enum(['crawl', 'pipeline', 'crawl+pipeline']),
    state: z.enum(['started', 'finished']),
    result: z.unknown().optional(),
  })
  .openapi('JobAnswer');

const responses = {
  200: { content: { 'application/json': { schema: jobAnswer } }, description: 'the job finished within 100 ms' },
  202: {
    content: { 'application/json': { schema: jobAnswer } },
    description: 'the job started and runs in the background',
  },
  401: { content: { 'application/json': { schema: errorBody } }, description: 'missing or wrong bearer token' },
  404: {
    content: { 'application/json': { schema: errorBody } },
    description: 'admin routes are off (no token configured)',
  },
  409: { content: { 'application/json': { schema: errorBody } }, description: 'another job is running' },
} as const;

const crawlRoute = createRoute({
  method: 'post',
  operationId: 'startCrawl',
  path: '/admin/crawl',
  tags: ['admin'],
  summary: 'Start a crawl (optionally followed by the pipeline)',
  security: [{ bearer: [] }],
  request: {
    body: {
      required: false,
      content: {
        'application/json': {
          schema: z.strictObject({
            sources: z
              .array(z.string().min(1).max(200))
              .max(100)
              .optional()
              .openapi({ description: 'source names; default all configured' }),
            pipeline: z.boolean().default(false).openapi({ description: 'run the pipeline after the crawl' }),
          }),
        },
      },
    },
  },
  responses,
});

const pipelineRoute = createRoute({
  method: 'post',
  operationId: 'startPipeline',
  path: '/admin/pipeline',
  tags: ['admin'],
  summary: 'Run the pipeline (rebuild the warehouse)',
  security: [{ bearer: [] }],
  request: {
    body: {
      required: false,
      content: { 'application/json': { schema: z.strictObject({ full: z.boolean().default(false) }) } },
    },
  },
  responses,
});

function isBusy(v: unknown): v is { busy: true; running: string } {
  return !!v && typeof v === 'object' && (v as { busy?: unknown }).busy === true;
}

async function start(
  runJob: RunJob | undefined,
  kind: JobKind,
  opts: { full?: boolean; sources?: string[] },
  log: (l: string) => void,
) {
  if (!runJob) throw new ApiError(503, 'no_job_runner', 'this server was started without a job runner');
  const job = runJob(kind, opts);
  job.catch((err) => log(`admin job ${kind} failed: ${(err as Error).message}`));
  const early = await Promise.race([
    job.then(
      (r) => ({ r }),
      (err: unknown) => ({ err }),
    ),
    new Promise<undefined>((r) => setTimeout(r, 100)),
  ]);
  if (early && 'err' in early && early.err instanceof SkillpulseError && early.err.exitCode === 2)
    throw new ApiError(400, 'bad_request', (early.err as Error).message.replace(/^--source /, 'sources: '));
  if (early && 'err' in early)
    throw new ApiError(
      500,
      'job_failed',
      `the ${kind} job failed at once: ${(early.err as Error)?.message ?? String(early.err)}`,
    );
  if (early && isBusy(early.r)) throw new ApiError(409, 'busy', `a ${early.r.running} job is running; try again later`);
  return early
    ? { status: 200 as const, body: { kind, state: 'finished' as const, result: early.r } }
    : { status: 202 as const, body: { kind, state: 'started' as const } };
}

export function adminRoutes(opts: { token: string | null; runJob?: RunJob; log: (line: string) => void }) {
  const app = newRouter();
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.use('/admin/*', requireToken(opts.token));
  return app
    .openapi(crawlRoute, async (c) => {
      const body = c.req.header('Content-Type')?.includes('json')
        ? c.req.valid('json')
        : { pipeline: false, sources: undefined };
      const a = await start(
        opts.runJob,
        body.pipeline ? 'crawl+pipeline' : 'crawl',
        { sources: body.sources },
        opts.log,
      );
      return c.json(a.body, a.status);
    })
    .openapi(pipelineRoute, async (c) => {
      const body = c.req.header('Content-Type')?.includes('json') ? c.req.valid('json') : { full: false };
      const a = await start(opts.runJob, 'pipeline', { full: body.full }, opts.log);
      return c.json(a.body, a.status);
    });
}
