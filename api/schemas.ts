/** Shared zod schemas: parameters with their limits, and the pieces of responses several routes use. */
import { z } from '@hono/zod-openapi';

export const limit = (def: number, max: number) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(max)
    .default(def)
    .openapi({ description: `page size, 1..${max}`, example: def });
export const offset = z.coerce
  .number()
  .int()
  .min(0)
  .max(1_000_000)
  .default(0)
  .openapi({ description: 'rows to skip, 0..1000000' });
export const format = z.enum(['json', 'csv']).default('json').openapi({ description: 'json (default) or csv' });

const text = (max: number, description: string) => z.string().trim().min(1).max(max).openapi({ description });
export const country = z
  .string()
  .regex(/^([A-Za-z]{2}|unknown)$/, 'expected an ISO 3166-1 alpha-2 code such as US, or "unknown"')
  .transform((s) => (s === 'unknown' ? s : s.toUpperCase()))
  .openapi({
    description: 'ISO 3166-1 alpha-2 country code, or "unknown" for postings without a country',
    example: 'US',
  });
export const source = text(100, 'posting source, e.g. hn_whoishiring or greenhouse:vercel');
export const roleFamily = text(60, 'role family, e.g. software, data_ml, devops_sre');
/** Posting languages (ISO 639-1, pipeline/normalize/language.ts; 'und' = undetermined). */
export const LANGUAGES = ['en', 'zh', 'ja', 'ko', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'und'] as const;
export const language = z
  .string()
  .trim()
  .toLowerCase()
  .refine((s) => (LANGUAGES as readonly string[]).includes(s), { message: `expected one of ${LANGUAGES.join(', ')}` })
  .openapi({ description: `language of the posting (ISO 639-1): ${LANGUAGES.join(', ')}`, example: 'zh' });
export const category = text(200, 'skill category (as in dim_skills.category)');
export const skillType = z
  .enum(['specialized', 'common', 'certification'])
  .openapi({ description: 'skill type (dim_skills.type)' });
export const query = z
  .string()
  .trim()
  .max(100)
  .openapi({ description: 'search in id, label and aliases (case-insensitive)' });

export const monthPeriod = /^\d{4}-(0[1-9]|1[0-2])$/;
export const quarterPeriod = /^\d{4}-Q[1-4]$/;
export const period = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, 'expected YYYY-MM or YYYY-Qn')
  .openapi({ description: 'YYYY-MM (month) or YYYY-Qn (quarter)', example: '2024-01' });

export const skillIdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'skill id, label or alias', example: 'typescript' }),
});

export const skillRef = z
  .object({ id: z.string(), label: z.string(), category: z.string().nullable() })
  .openapi('SkillRef');

export const errorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) }).openapi('Error');

const errorResponse = (description: string) => ({
  content: { 'application/json': { schema: errorBody } },
  description,
});
export const errors = {
  400: errorResponse('a bad parameter (the message names it)'),
  404: errorResponse('unknown skill or route'),
  429: errorResponse('too many requests (see Retry-After)'),
  503: errorResponse('no warehouse built yet'),
} as const;

/** A 200 response that is JSON or, with ?format=csv, CSV. */
export function tabular<T extends z.ZodType>(schema: T, description: string) {
  return {
    200: {
      content: { 'application/json': { schema }, 'text/csv': { schema: z.string() } },
      description,
    },
    ...errors,
  } as const;
}

export function json<T extends z.ZodType>(schema: T, description: string) {
  return { 200: { content: { 'application/json': { schema } }, description }, ...errors } as const;
}

export function page<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() })
    .openapi(name);
}

/** What a windowed figure rests on: months from..to (calendar months), how many had postings, counts. */
export const windowSchema = z
  .object({
    from: z.string().nullable(),
    to: z.string().nullable(),
    months: z.number().int().openapi({ description: 'calendar months from..to' }),
    months_with_data: z
      .number()
      .int()
      .openapi({ description: 'months in from..to that have postings (the ones counted)' }),
    postings: z.number().int().openapi({ description: 'postings of the skill (or slice) in the window' }),
    total: z.number().int().openapi({ description: 'all unique postings in the window' }),
  })
  .openapi('Window');
