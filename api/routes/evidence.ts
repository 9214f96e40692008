/**
 * GET /skills/{id}/postings: the postings one trend point counts (GET /skills/{id}/trend, same period, interval
 * and slice), or a window of periods (from= .. to=, inclusive: the postings a breakdown bar, a demand score or a
 * movers window counts, each posting once), with the evidence: each kept match of the skill (surface, offsets, zone, rule) and the candidates
 * of the skill the extractor dropped in that posting (why), and the text around them. The rows are exactly the
 * ones agg_skill_period counts: deduplicated postings (fct_postings), reposts left out (is_repost), the skill in
 * fct_posting_skills, country NULL counted as 'unknown'. Ordered posted_at desc, then id.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { BadParameterError } from '../errors.ts';
import { needDb, newRouter } from '../router.ts';
import { clean } from '../respond.ts';
import { resolveSkill } from '../skill-ref.ts';
import type { Db } from '../../pipeline/db.ts';
import type { WarehouseLease } from '../warehouse.ts';
import { excerpt } from '../excerpt.ts';
import { evidenceWindow } from '../evidence-window.ts';
import { country, json, limit, offset, period, roleFamily, skillIdParam, skillRef, source } from '../schemas.ts';

const place = {
  text_start: z
    .number()
    .int()
    .nullable()
    .openapi({ description: 'where the span sits in `text` (null: outside the excerpt)' }),
  text_end: z.number().int().nullable(),
};
const match = z
  .object({
    surface: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    zone: z.string(),
    rule: z.string().openapi({ description: 'the decision that kept it (docs/extraction.md)' }),
    ...place,
  })
  .openapi('EvidenceMatch');
const dropped = z
  .object({
    surface: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    zone: z.string(),
    why: z.string().openapi({ description: 'why the extractor dropped it' }),
    ...place,
  })
  .openapi('EvidenceDropped');
const item = z
  .object({
    id: z.string(),
    source: z.string(),
    url: z.string().nullable(),
    company: z.string().nullable(),
    title: z.string().nullable(),
    posted_at: z.string().nullable(),
    matches: z.array(match).openapi({
      description: 'kept matches of the skill; start/end index the full normalized text (UTF-16 code units)',
    }),
    dropped: z
      .array(dropped)
      .openapi({ description: 'candidates of this skill the extractor dropped in this posting' }),
    text: z.string().openapi({
      description: 'windows of 80 characters around each match joined by " … ", or the whole text with full=true',
    }),
  })
  .openapi('EvidencePosting');
const body = z
  .object({
    skill: skillRef,
    interval: z.enum(['month', 'quarter']),
    period: z.string().nullable().openapi({ description: 'the point asked for (period=); null for a window' }),
    from: z.string().openapi({ description: 'first period counted (= period for one point)' }),
    to: z.string().openapi({ description: 'last period counted, inclusive (= period for one point)' }),
    filters: z.object({
      source: z.string().nullable(),
      country: z.string().nullable(),
      role_family: z.string().nullable(),
      language: z.string().nullable(),
    }),
    items: z.array(item),
    total: z.number().int().openapi({
      description:
        "postings counted in the point (equals the trend point's `postings`) or in the window (each posting once: the sum of the points' `postings` from..to)",
    }),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .openapi('EvidencePage', {
    example: {
      skill: { id: 'rust', label: 'Rust', category: 'Programming languages' },
      interval: 'month',
      period: '2025-03',
      from: '2025-03',
      to: '2025-03',
      filters: { source: null, country: null, role_family: null, language: null },
      items: [
        {
          id: 'hn_whoishiring:43243024',
          source: 'hn_whoishiring',
          url: 'https://news.ycombinator.com/item?id=43243024',
          company: 'Acme',
          title: 'Backend Engineer',
          posted_at: '2025-03-03T00:00:00.000Z',
          matches: [
            { surface: 'Rust', start: 42, end: 46, zone: 'requirements', rule: 'alias', text_start: 42, text_end: 46 },
          ],
          dropped: [],
          text: 'Acme | Backend Engineer | Remote\nYou know Rust and PostgreSQL …',
        },
      ],
      total: 1,
      limit: 20,
      offset: 0,
    },
  });

export type EvidencePage = z.infer<typeof body>;
export type EvidencePosting = z.infer<typeof item>;

const route = createRoute({
  method: 'get',
  path: '/skills/{id}/postings',
  operationId: 'getSkillPostings',
  tags: ['skills'],
  summary:
    'The postings a trend point (or a window of periods) counts, with the matched spans and the dropped candidates',
  request: {
    params: skillIdParam,
    query: z.object({
      period: period.optional().openapi({ description: 'one point: YYYY-MM or YYYY-Qn matching interval' }),
      from: period
        .optional()
        .openapi({ description: 'a window instead of period=: first period (inclusive), with to=' }),
      to: period
        .optional()
        .openapi({ description: 'a window instead of period=: last period (inclusive), with from=' }),
      interval: z.enum(['month', 'quarter']).default('month'),
      source: source.optional(),
      country: country.optional(),
      role_family: roleFamily.optional(),
      language: z
        .string()
        .trim()
        .min(1)
        .max(20)
        .optional()
        .openapi({ description: 'posting language (when the warehouse records one)' }),
      limit: limit(20, 200),
      offset,
      full: z
        .enum(['true', 'false'])
        .default('false')
        .openapi({ description: 'true: the whole text instead of windows around the matches' }),
    }),
  },
  responses: json(body, 'one page of the postings, posted_at newest first, then id'),
});

type Filter = 'source' | 'country' | 'role_family';

/** The values a filter takes in the warehouse (agg_totals slices; fct_postings.language). */
function validValues(wh: WarehouseLease, db: Db, col: Filter | 'language'): Promise<string[]> {
  return wh.memo(`evidence values ${col}`, async () => {
    if (col === 'language') {
      const has = await db.all<{ n: number }>(
        `SELECT count(*) AS n FROM information_schema.columns WHERE table_name = 'fct_postings' AND column_name = 'language'`,
      );
      if (!has[0]?.n) return [];
      return (
        await db.all<{ v: string }>(
          'SELECT DISTINCT language AS v FROM fct_postings WHERE language IS NOT NULL ORDER BY 1',
        )
      ).map((r) => r.v);
    }
    return (
      await db.all<{ v: string }>(`SELECT DISTINCT "${col}" AS v FROM agg_totals WHERE "${col}" <> '*' ORDER BY 1`)
    ).map((r) => r.v);
  });
}

type Row = {
  id: string;
  source: string;
  url: string | null;
  company: string | null;
  title: string | null;
  posted_at: unknown;
  text: string | null;
};
type SpanRow = {
  posting_id: string;
  surface: string;
  start: number;
  end: number;
  zone: string;
  rule?: string;
  why?: string;
};

export const evidenceRoutes = newRouter().openapi(route, async (c) => {
  const wh = c.get('wh');
  const db = needDb(wh);
  const q = c.req.valid('query');
  const span = await wh.memo(`evidence periods ${q.interval}`, async () => {
    const [r] = await db.all<{ first: string | null; last: string | null }>(
      `SELECT min(period) AS first, max(period) AS last FROM agg_totals WHERE "interval" = $interval`,
      { interval: q.interval },
    );
    return r?.first && r.last ? { first: r.first, last: r.last } : null;
  });
  const win = evidenceWindow(q, span);
  const filters = {
    source: q.source ?? null,
    country: q.country ?? null,
    role_family: q.role_family ?? null,
    language: q.language ?? null,
  };
  const set = (['source', 'country', 'role_family', 'language'] as const).filter((k) => filters[k] !== null);
  // one filter at a time, as the aggregates hold them; or a country and a role family together, the slice the
  // demand scores and movers count live (api/demand-live.ts, api/movers-live.ts)
  const combined = set.length === 2 && filters.country !== null && filters.role_family !== null;
  if (set.length > 1 && !combined)
    throw new BadParameterError(
      set[1]!,
      `the warehouse holds slices of one filter at a time (source, country, role_family or language; or country and role_family together); got ${set.join(' and ')}`,
    );
  for (const k of set) {
    const valid = await validValues(wh, db, k);
    if (!valid.includes(filters[k]!))
      throw new BadParameterError(
        k,
        valid.length
          ? `unknown value ${JSON.stringify(filters[k])}; valid: ${valid.join(', ')}`
          : 'this warehouse records no values for it',
      );
  }
  const skill = await resolveSkill(wh, c.req.valid('param').id);
  const params: Record<string, string | number> = { skill: skill.id, from: win.from, to: win.to };
  // every slice, the language one (agg_language_period) included, leaves reposts out
  const where = [
    's.skill_id = $skill',
    'NOT f.is_repost',
    `f.${q.interval === 'month' ? 'month' : 'quarter'} BETWEEN $from AND $to`,
  ];
  if (filters.source) {
    params.source = filters.source;
    where.push('f.source = $source');
  }
  if (filters.country) {
    params.country = filters.country;
    where.push(`coalesce(f.country, 'unknown') = $country`);
  }
  if (filters.role_family) {
    params.role = filters.role_family;
    where.push('f.role_family = $role');
  }
  if (filters.language) {
    params.language = filters.language;
    where.push('f.language = $language');
  }
  const from = `FROM fct_posting_skills s JOIN fct_postings f USING (posting_id) WHERE ${where.join(' AND ')}`;
  const total = await wh.memo(
    `evidence count ${JSON.stringify(params)}`,
    async () => (await db.all<{ n: number }>(`SELECT count(*) AS n ${from}`, params))[0]?.n ?? 0,
  );
  const rows = await db.all<Row>(
    `WITH pg AS (SELECT f.posting_id AS id, f.source, f.url, f.company, f.title, f.posted_at ${from}
       ORDER BY f.posted_at DESC NULLS LAST, f.posting_id LIMIT $limit OFFSET $offset)
     SELECT pg.*, t.text FROM pg LEFT JOIN fct_posting_text t ON t.posting_id = pg.id
     ORDER BY pg.posted_at DESC NULLS LAST, pg.id`,
    { ...params, limit: q.limit, offset: q.offset },
  );
  const ids = rows.map((r) => r.id);
  const spans = async (table: string, col: 'rule' | 'why') => {
    const out = new Map<string, SpanRow[]>();
    if (!ids.length) return out;
    const list = await db.all<SpanRow>(
      `SELECT posting_id, surface, start, "end", zone, ${col} FROM ${table}
       WHERE skill_id = $skill AND posting_id IN (${ids.map((_, i) => `$p${i}`).join(', ')}) ORDER BY posting_id, start`,
      { skill: skill.id, ...Object.fromEntries(ids.map((id, i) => [`p${i}`, id])) },
    );
    for (const s of list) out.set(s.posting_id, [...(out.get(s.posting_id) ?? []), s]);
    return out;
  };
  const kept = await spans('fct_match_spans', 'rule');
  const drop = await spans('fct_dropped_candidates', 'why');
  const items = rows.map((r) => {
    const { text: raw, ...head } = clean(r as Record<string, unknown>) as Row;
    const k = (kept.get(r.id) ?? []).map((m) => ({
      surface: m.surface,
      start: m.start,
      end: m.end,
      zone: m.zone,
      rule: m.rule ?? '',
    }));
    const d = (drop.get(r.id) ?? []).map((m) => ({
      surface: m.surface,
      start: m.start,
      end: m.end,
      zone: m.zone,
      why: m.why ?? '',
    }));
    const ex = excerpt(raw ?? '', k, d, { full: q.full === 'true' });
    return {
      ...head,
      posted_at: head.posted_at == null ? null : String(head.posted_at),
      matches: ex.matches,
      dropped: ex.dropped,
      text: ex.text,
    };
  });
  return c.json(
    {
      skill,
      interval: q.interval,
      period: win.period,
      from: win.from,
      to: win.to,
      filters,
      items,
      total,
      limit: q.limit,
      offset: q.offset,
    },
    200,
  );
});
