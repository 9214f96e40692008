import { z } from 'zod';

/** Options every crawler source understands (politeness and limits). */
const common = {
  /** Parallel requests to one host. */
  maxConcurrency: z.number().int().min(1).max(32).optional(),
  /** Pause between requests to one host, in milliseconds. */
  delayMs: z.number().int().min(0).max(600_000).optional(),
  /** Per-request timeout in seconds. */
  timeoutSecs: z.number().int().min(1).max(600).optional(),
  /** Retries per request after the first attempt. */
  maxRetries: z.number().int().min(0).max(20).optional(),
  /** Turn a configured source off without deleting it. */
  enabled: z.boolean().optional(),
  /** First retry waits this long (ms), doubling per retry (with jitter). */
  backoffMs: z.number().int().min(0).max(600_000).optional(),
  /** Longest Retry-After (seconds) we wait for; a longer one gives the request up. */
  maxRetryAfterSecs: z.number().int().min(0).max(3600).optional(),
  /** Honour robots.txt (default true). */
  respectRobots: z.boolean().optional(),
};

const url = z.url({ protocol: /^https?$/ });

export const hnSource = z.strictObject({
  type: z.literal('hn'),
  months: z.number().int().min(1).max(240).default(24),
  baseUrl: url.default('https://hn.algolia.com/api/v1'),
  ...common,
});
export const greenhouseSource = z.strictObject({
  type: z.literal('greenhouse'),
  boards: z.array(z.string().min(1)).min(1),
  baseUrl: url.default('https://boards-api.greenhouse.io/v1/boards'),
  ...common,
});
export const leverSource = z.strictObject({
  type: z.literal('lever'),
  companies: z.array(z.string().min(1)).min(1),
  baseUrl: url.default('https://api.lever.co/v0/postings'),
  ...common,
});
export const ashbySource = z.strictObject({
  type: z.literal('ashby'),
  boards: z.array(z.string().min(1)).min(1),
  baseUrl: url.default('https://api.ashbyhq.com/posting-api/job-board'),
  ...common,
});
export const jsonldSource = z.strictObject({
  type: z.literal('jsonld'),
  /** Name used as the posting's source (`jsonld:<name>`); defaults to the first start URL's host. */
  name: z.string().min(1).optional(),
  startUrls: z.array(url).min(1),
  sitemaps: z.array(url).optional(),
  render: z.enum(['http', 'browser']).default('http'),
  maxPages: z.number().int().min(1).max(100_000).default(500),
  /** Only follow links whose URL matches one of these glob patterns (default: same host). */
  globs: z.array(z.string()).optional(),
  ...common,
});

export const sourceSchema = z.discriminatedUnion('type', [
  hnSource,
  greenhouseSource,
  leverSource,
  ashbySource,
  jsonldSource,
]);

export const configFileSchema = z.strictObject({
  $schema: z.string().optional(),
  /** Cron expression (node-cron syntax) for `serve --schedule`. */
  schedule: z.string().min(1).default('0 4 * * *'),
  /** Identifying User-Agent for every crawler request. */
  userAgent: z.string().min(1).optional(),
  sources: z.array(sourceSchema).optional(),
  api: z
    .strictObject({
      /** Allowed CORS origins; `["*"]` allows any. */
      corsOrigins: z.array(z.string()).default(['*']),
      /** Largest request body accepted, in bytes. */
      bodyLimit: z.number().int().min(1024).max(10_000_000).default(100_000),
    })
    .default({ corsOrigins: ['*'], bodyLimit: 100_000 }),
});

export type SourceConfig = z.infer<typeof sourceSchema>;
export type ConfigFile = z.infer<typeof configFileSchema>;
