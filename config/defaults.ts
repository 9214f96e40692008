import type { SourceConfig } from './schema.ts';

/**
 * The built-in sources when no config file is given: the Hacker News "Who is hiring?"
 * threads of the last 24 months and public ATS job boards of well-known companies.
 */
export const defaultSources: SourceConfig[] = [
  { type: 'hn', months: 24, baseUrl: 'https://hn.algolia.com/api/v1' },
  {
    type: 'greenhouse',
    boards: [
      'vercel',
      'stripe',
      'airbnb',
      'figma',
      'cloudflare',
      'datadog',
      'gitlab',
      'discord',
      'databricks',
      'dropbox',
    ],
    baseUrl: 'https://boards-api.greenhouse.io/v1/boards',
  },
  {
    type: 'lever',
    companies: ['spotify', 'palantir', 'plaid', 'mistral'],
    baseUrl: 'https://api.lever.co/v0/postings',
  },
  {
    type: 'ashby',
    boards: ['linear', 'notion', 'ramp', 'openai', 'supabase', 'vanta'],
    baseUrl: 'https://api.ashbyhq.com/posting-api/job-board',
  },
];

export const defaultUserAgent =
  'skillpulse/0.1 (+https://github.com/skillpulse/skillpulse; job-market research crawler)';
export const defaultPort = 3000;
export const defaultRateLimit = 600;
