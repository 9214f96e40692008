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
/** A URL template with a `{company}` placeholder (Recruitee boards live on per-company hosts). */
const urlTemplate = (placeholder: string) =>
  z.string().refine((v) => {
    try {
      return /^https?:$/.test(new URL(v.replaceAll(placeholder, 'x')).protocol);
    } catch {
      return false;
    }
  }, `expected an http(s) URL (may contain ${placeholder})`);
/** Workable's public widget API: `GET {baseUrl}/{account}?details=true`. */
export const workableSource = z.strictObject({
  type: z.literal('workable'),
  accounts: z.array(z.string().min(1)).min(1),
  baseUrl: url.default('https://apply.workable.com/api/v1/widget/accounts'),
  ...common,
});
/** Recruitee's public careers API: `GET https://{company}.recruitee.com/api/offers/`. */
export const recruiteeSource = z.strictObject({
  type: z.literal('recruitee'),
  companies: z.array(z.string().min(1)).min(1),
  /** `{company}` is replaced by the company; without it, `{baseUrl}/{company}/api/offers/`. */
  baseUrl: urlTemplate('{company}').default('https://{company}.recruitee.com/api/offers/'),
  ...common,
});
/** SmartRecruiters' public Posting API: listing pages, then one request per new or changed posting. */
export const smartrecruitersSource = z.strictObject({
  type: z.literal('smartrecruiters'),
  companies: z.array(z.string().min(1)).min(1),
  baseUrl: url.default('https://api.smartrecruiters.com/v1/companies'),
  /** Listing pages (100 postings each) per company. */
  maxPages: z.number().int().min(1).max(1000).default(20),
  ...common,
});
/** Remotive's public remote-jobs feed (one request; their terms ask for at most a few a day). */
export const remotiveSource = z.strictObject({
  type: z.literal('remotive'),
  /** Remotive categories (e.g. `software-dev`); default the whole feed. */
  categories: z.array(z.string().min(1)).optional(),
  baseUrl: url.default('https://remotive.com/api/remote-jobs'),
  /** The feed is skipped when fetched less than this long ago (6 h: at most 4 requests a day). */
  minIntervalHours: z.number().min(0).max(720).default(6),
  ...common,
});
/** Arbeitnow's public job-board API (paged, newest first). */
export const arbeitnowSource = z.strictObject({
  type: z.literal('arbeitnow'),
  baseUrl: url.default('https://www.arbeitnow.com/api/job-board-api'),
  maxPages: z.number().int().min(1).max(1000).default(20),
  /** The feed is refreshed hourly upstream; fetching it more often adds nothing. */
  minIntervalHours: z.number().min(0).max(720).default(1),
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
  workableSource,
  recruiteeSource,
  smartrecruitersSource,
  remotiveSource,
  arbeitnowSource,
  jsonldSource,
]);

export const configFileSchema = z.strictObject({
  $schema: z.string().optional(),
  /** Cron expression (node-cron syntax) for `serve --schedule`. */
  schedule: z.string().min(1).default('0 4 * * *'),
  /** Identifying User-Agent for every crawler request. */
  userAgent: z.string().min(1).optional(),
  sources: z.array(sourceSchema).optional(),
  /** The scheduled run looks for ATS boards in the raw store and adds the live ones before it crawls. */
  discover: z.boolean().default(false),
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
