/**
 * The Hono app: middleware (log, security headers, CORS, rate limit, body limit, gzip, warehouse lease,
 * response cache), one route group per resource under /api/v1, the OpenAPI document, offline docs, and
 * the dashboard's static files at `/`. Errors become `{"error":{"code","message"}}`, never a stack trace.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Config } from '../config/index.ts';
import { MissingTableError } from '../pipeline/db.ts';
import { ApiError } from './errors.ts';
import type { AppEnv } from './router.ts';
import type { WarehouseSource } from './warehouse.ts';
import { baseHeaders, responseHeaders } from './middleware/response-headers.ts';
import { requestLog } from './middleware/request-log.ts';
import { RateLimiter, rateLimit } from './middleware/rate-limit.ts';
import { warehouseLease } from './middleware/warehouse-lease.ts';
import { ResponseCache, responseCache } from './middleware/response-cache.ts';
import { registerFastHits, withFastHits } from './fast-hits.ts';
import { acceptsEncoding } from './middleware/accept-encoding.ts';
import { onlyTabularCsv } from './middleware/format-guard.ts';
import { docsPage, placeholderPage } from './docs-page.ts';
import { healthRoutes } from './routes/health.ts';
import { skillRoutes } from './routes/skills.ts';
import { trendRoutes } from './routes/trend.ts';
import { skillStatsRoutes } from './routes/skill-stats.ts';
import { timeToFillRoutes } from './routes/time-to-fill.ts';
import { demandRoutes } from './routes/demand-scores.ts';
import { moverRoutes } from './routes/movers.ts';
import { categoryRoutes } from './routes/categories.ts';
import { metaRoutes } from './routes/meta.ts';
import { recommendationRoutes } from './routes/recommendations.ts';
import { payRoutes } from './routes/pay.ts';
import { gapRoutes } from './routes/gap-analysis.ts';
import { credentialRoutes } from './routes/credentials.ts';
import { adminRoutes, type RunJob } from './routes/admin.ts';
import { statusRoutes, type JobStatusBody } from './routes/status.ts';
import { feedbackRoutes } from './routes/feedback.ts';
import { evidenceRoutes } from './routes/evidence.ts';

export type { RunJob } from './routes/admin.ts';

export interface AppOptions {
  config: Config;
  warehouse: WarehouseSource;
  /** Starts a crawl / pipeline job (cli/jobs.ts); admin routes answer 503 without it. */
  runJob?: RunJob;
  /** Progress of the job runner for GET /status (cli/jobs.ts `status()`); idle without it. */
  /** The runner's state; undefined (or no function) answers idle. */
  jobStatus?: () => JobStatusBody | undefined;
  /** The built dashboard (folder with index.html); a placeholder page is served without it. */
  staticDir?: string;
  /** Request log lines and server-side error details (default: stderr). */
  log?: (line: string) => void;
}

const statusCodes: Record<number, string> = {
  400: 'bad_parameter',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'body_too_large',
  415: 'unsupported_media_type',
};

export function createApp(opts: AppOptions): OpenAPIHono<AppEnv> {
  const { config, warehouse } = opts;
  const log = opts.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const app = new OpenAPIHono<AppEnv>();

  app.onError((err, c) => {
    if (err instanceof ApiError)
      return c.json({ error: { code: err.code, message: err.message } }, err.status, err.headers);
    if (err instanceof HTTPException && err.status < 500) {
      const message =
        err.status === 400
          ? `body: ${err.message}`
          : err.status === 415
            ? 'body: expected Content-Type: application/json'
            : err.message || 'request refused';
      return c.json({ error: { code: statusCodes[err.status] ?? 'bad_request', message } }, err.status);
    }
    const text = err instanceof Error ? err.message : String(err);
    // the client went away (closed the connection mid-request): nobody to answer, nothing broken
    if (c.req.raw.signal?.aborted) {
      log(`client closed ${c.req.method} ${c.req.path} before the answer`);
      return c.body(null, 499 as 400);
    }
    if (err instanceof MissingTableError) {
      log(`warehouse incomplete on ${c.req.method} ${c.req.path}: ${text}`);
      return c.json(
        {
          error: {
            code: 'warehouse_incomplete',
            message: 'the warehouse lacks a table this route reads; rebuild it with `skillpulse pipeline --full`',
          },
        },
        503,
      );
    }
    log(`error on ${c.req.method} ${c.req.path}: ${err instanceof Error ? (err.stack ?? text) : text}`);
    return c.json({ error: { code: 'internal', message: 'internal error' } }, 500);
  });
  app.notFound((c) =>
    c.json({ error: { code: 'not_found', message: `no route for ${c.req.method} ${c.req.path}` } }, 404),
  );

  // One of each part, shared by the chain below and the cache-hit fast path (fast-hits.ts, installed at the end):
  // a hit is answered before Hono's chain runs; everything else gets the same headers, limits and log line.
  const headerOpts = {
    corsOrigins: config.api.corsOrigins,
    allowHeaders: ['Content-Type', 'Authorization', 'If-None-Match'],
    exposeHeaders: ['ETag', 'Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining'],
  };
  const base = baseHeaders(headerOpts);
  const limiter = new RateLimiter({ perMinute: config.rateLimit });
  const cache = new ResponseCache({
    cacheControl: (p) => (p.endsWith('/health') ? 'no-cache' : 'public, max-age=60'),
    bypass: (p) => p.startsWith('/api/v1/feedback') || p === '/api/v1/status',
  });
  app.use('*', requestLog(log));
  app.use('*', responseHeaders(headerOpts, base));
  app.use('/api/*', rateLimit(limiter));
  app.use('/api/v1/*', onlyTabularCsv());
  app.use('/api/v1/*', warehouseLease(warehouse));
  app.use('/api/v1/*', responseCache(cache));
  const limitBody = bodyLimit({
    maxSize: config.api.bodyLimit,
    onError: () => {
      throw new ApiError(413, 'body_too_large', `request body larger than ${config.api.bodyLimit} bytes`);
    },
  });
  // GET and HEAD carry no body: skipping them keeps node-server's lightweight Request (reading `raw.body`
  // would build a full fetch Request, with an AbortSignal, on every request)
  app.use('/api/*', (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next)));
  // the response cache gzips what it caches (once); compress() handles the rest (static files, POST answers)
  const gzip = compress();
  // compress() reads only the coding names: `gzip;q=0` must get an uncompressed answer
  app.use('*', (c, next) =>
    c.get('cachedResponse') ||
    (c.req.method === 'GET' && c.req.path.startsWith('/api/v1/')) ||
    !acceptsEncoding(c.req.header('Accept-Encoding'), 'gzip')
      ? next()
      : gzip(c, next),
  );

  for (const group of [
    healthRoutes,
    metaRoutes,
    skillRoutes,
    trendRoutes,
    skillStatsRoutes,
    timeToFillRoutes,
    demandRoutes,
    moverRoutes,
    categoryRoutes,
    recommendationRoutes,
    payRoutes,
    gapRoutes,
    credentialRoutes,
    evidenceRoutes,
  ])
    app.route('/api/v1', group);
  app.route('/api/v1', statusRoutes(opts.jobStatus));
  app.route('/api/v1', adminRoutes({ token: config.adminToken, runJob: opts.runJob, log }));
  app.route('/api/v1', feedbackRoutes({ dataRoot: config.data.root }));

  app.doc31('/api/v1/openapi.json', {
    openapi: '3.1.0',
    servers: [{ url: '/', description: 'the server that serves this document (paths start with /api/v1)' }],
    info: {
      title: 'skillpulse API',
      version: '1',
      description:
        "Which skills the labor market asks for, how fast demand grows or decays, and each skill's half-life, from public job postings.",
    },
  });
  app.get('/api/docs', (c) => c.html(docsPage('/api/v1/openapi.json')));

  const staticDir =
    opts.staticDir && existsSync(path.join(opts.staticDir, 'index.html')) ? path.resolve(opts.staticDir) : null;
  if (staticDir) app.use('/*', serveStatic({ root: staticDir }));
  else app.get('/', (c) => c.html(placeholderPage));
  // app.request (tests) calls this.fetch, so in-process requests take the same fast path as the server's
  const hitParts = { cache, base, limiter, warehouse, log };
  app.fetch = withFastHits(app.fetch, hitParts);
  registerFastHits(app, hitParts); // the server's node door (api/server.ts) answers hits from the same parts
  return app;
}
