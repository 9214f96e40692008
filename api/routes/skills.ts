/** GET /skills (search and list) and GET /skills/{id} (one skill with its headline figures). */
import { createRoute, z } from '@hono/zod-openapi';
import { needDb, newRouter } from '../router.ts';
import { clean, send } from '../respond.ts';
import { resolveSkill } from '../skill-ref.ts';
import { checkFilters } from '../filter-values.ts';
import { MIN_TTF_CLOSED, MIN_TTF_POSTINGS } from '../../pipeline/stages/time-to-fill.ts';
import {
  category,
  skillType,
  format,
  json,
  limit,
  offset,
  page,
  query,
  skillIdParam,
  tabular,
  windowSchema,
} from '../schemas.ts';

const skillItem = z
  .object({
    id: z.string(),
    label: z.string(),
    category: z.string().nullable(),
    type: z.string().nullable().openapi({ description: 'specialized, common or certification' }),
    postings: z.number().int().openapi({ description: 'postings mentioning it, all time, after dedup' }),
    share: z.number().nullable().openapi({ description: 'fraction of all postings (0..1)' }),
    demand_score: z.number().nullable().openapi({ description: 'overall demand score 0..100' }),
  })
  .openapi('SkillItem');

export type SkillItem = z.infer<typeof skillItem>;
export type SkillDetail = z.infer<typeof detail>;

const listRoute = createRoute({
  method: 'get',
  operationId: 'listSkills',
  path: '/skills',
  tags: ['skills'],
  summary: 'List and search skills',
  request: {
    query: z.object({
      q: query.optional(),
      category: category.optional(),
      type: skillType.optional(),
      sort: z.enum(['postings', 'label', 'demand']).default('postings'),
      limit: limit(50, 1000),
      offset,
      format,
    }),
  },
  responses: tabular(page(skillItem, 'SkillPage'), 'skills, most mentioned first'),
});

const order = {
  postings: 's.postings DESC NULLS LAST, s.label',
  label: 'lower(s.label), s.skill_id',
  demand: 'd.score DESC NULLS LAST, s.postings DESC NULLS LAST, s.label',
};

const detail = z
  .object({
    id: z.string(),
    label: z.string(),
    aliases: z.array(z.string()),
    domain: z.string().nullable(),
    category: z.string().nullable(),
    category_path: z.array(z.string()).openapi({ description: 'from the top category down to the skill' }),
    skill_type: z.string().nullable(),
    type: z.string().nullable().openapi({ description: 'specialized, common or certification' }),
    certification: z
      .object({
        issuer: z.string(),
        level: z.string().nullable(),
        certifies: z.array(z.object({ id: z.string(), label: z.string() })),
        mentions: z.object({ required: z.number().int(), preferred: z.number().int(), unclear: z.number().int() }),
      })
      .nullable()
      .openapi({
        description: 'for a certification: its issuer, level, the skills it certifies, and how postings ask for it',
      }),
    certified_by: z
      .array(
        z.object({
          id: z.string(),
          label: z.string(),
          issuer: z.string(),
          level: z.string().nullable(),
          postings: z.number().int(),
        }),
      )
      .openapi({ description: 'certifications that certify this skill, most asked-for first' }),
    esco_uri: z.string().nullable(),
    onet_code: z.string().nullable(),
    onet_title: z.string().nullable(),
    postings: z.number().int(),
    share: z.number().nullable(),
    demand: z
      .object({
        score: z.number().nullable(),
        rank: z.number().int().nullable(),
        postings_12m: z
          .number()
          .nullable()
          .openapi({ description: "unique postings naming it in the score's window (12 months with data)" }),
        low_evidence: z.boolean(),
        reason: z.string().nullable().openapi({ description: 'why the score is weak or missing' }),
        window: windowSchema.nullable(),
      })
      .openapi({ description: 'overall demand score; when there is none, score null with a reason' }),
    has_time_to_fill: z.boolean().openapi({
      description:
        'GET /skills/{id}/time-to-fill has an estimate (enough ATS postings with lifetimes); the dashboard asks only then',
    }),
    trend: z
      .object({
        latest_period: z.string().nullable(),
        postings_12m: z.number().nullable(),
        share_current: z.number().nullable(),
        growth_3m: z.number().nullable(),
        growth_6m: z.number().nullable(),
        growth_12m: z.number().nullable(),
        yoy: z.number().nullable(),
        momentum: z.number().nullable(),
        current: z
          .object({
            share: z.number().nullable(),
            from: z.string().nullable(),
            to: z.string().nullable(),
            months_with_data: z.number().int(),
            postings: z.number().int(),
            total: z.number().int(),
          })
          .openapi({
            description:
              'share_current and what it rests on: the last 3 months with postings (from..to may span months without any)',
          }),
        year: windowSchema.openapi({ description: 'the last 12 months with postings (yoy and growth_12m)' }),
      })
      .nullable(),
    half_life: z
      .object({
        status: z.string(),
        half_life_months: z.number().nullable(),
        doubling_time_months: z.number().nullable(),
      })
      .nullable(),
  })
  .openapi('Skill');

const detailRoute = createRoute({
  method: 'get',
  operationId: 'getSkill',
  path: '/skills/{id}',
  tags: ['skills'],
  summary: 'One skill: labels, aliases, category path, ESCO/O*NET ids, headline figures',
  request: { params: skillIdParam },
  responses: json(detail, 'the skill'),
});

type Row = Record<string, unknown>;

/** A skill's certification facts (dim_certifications, fct_certification_mentions); empty on a warehouse without them. */
async function certificationsOf(db: import('../../pipeline/db.ts').Db, id: string) {
  const has = await db.all<{ n: number }>(
    `SELECT count(*) AS n FROM information_schema.tables WHERE table_name IN ('dim_certifications', 'fct_certification_mentions')`,
  );
  if ((has[0]?.n ?? 0) < 2) return { certification: null, certified_by: [] };
  const [c] = await db.all<{ issuer: string; level: string | null; certifies: string[] }>(
    'SELECT issuer, level, certifies FROM dim_certifications WHERE skill_id = $id',
    { id },
  );
  let certification = null;
  if (c) {
    const labels = await db.all<{ id: string; label: string }>(
      'SELECT skill_id AS id, label FROM dim_skills WHERE list_contains((SELECT certifies FROM dim_certifications WHERE skill_id = $id), skill_id) ORDER BY skill_id',
      { id },
    );
    const m = await db.all<{ requirement: string; n: number }>(
      'SELECT requirement, count(*)::INTEGER AS n FROM fct_certification_mentions WHERE skill_id = $id GROUP BY requirement',
      { id },
    );
    const by = Object.fromEntries(m.map((x) => [x.requirement, x.n]));
    certification = {
      issuer: c.issuer,
      level: c.level,
      certifies: labels,
      mentions: { required: by.required ?? 0, preferred: by.preferred ?? 0, unclear: by.unclear ?? 0 },
    };
  }
  const certified_by = await db.all<{
    id: string;
    label: string;
    issuer: string;
    level: string | null;
    postings: number;
  }>(
    `SELECT c.skill_id AS id, s.label, c.issuer, c.level, coalesce(s.postings, 0)::INTEGER AS postings
     FROM dim_certifications c JOIN dim_skills s USING (skill_id) WHERE list_contains(c.certifies, $id) ORDER BY postings DESC, id`,
    { id },
  );
  return { certification, certified_by };
}
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export const skillRoutes = newRouter()
  .openapi(listRoute, async (c) => {
    const wh = c.get('wh');
    const db = needDb(wh);
    const p = c.req.valid('query');
    await checkFilters(wh, { category: p.category });
    const where: string[] = [];
    const params: Record<string, string | number> = {};
    if (p.q) {
      params.q = p.q.normalize('NFKC').toLowerCase();
      where.push(`(contains(lower(s.skill_id), $q) OR contains(lower(s.label), $q)
        OR EXISTS (SELECT 1 FROM unnest(s.aliases) AS a(alias) WHERE contains(lower(a.alias), $q)))`);
    }
    if (p.category) {
      params.category = p.category.toLowerCase();
      where.push('lower(s.category) = $category');
    }
    if (p.type) {
      params.type = p.type;
      where.push('s.type = $type');
    }
    const from = `FROM dim_skills s LEFT JOIN fct_demand_scores d ON d.skill_id = s.skill_id AND d.scope = 'all' AND d.scope_value = '*'
      ${where.length ? 'WHERE ' + where.join(' AND ') : ''}`;
    const total = await wh.memo(
      `count skills ${JSON.stringify(params)}`,
      async () => (await db.all<{ n: number }>(`SELECT count(*) AS n ${from}`, params))[0]?.n ?? 0,
    );
    // a search ranks by match first: exact id/label, exact alias, label/id prefix, word prefix, then the rest (R, C, Go)
    const relevance = p.q
      ? `CASE WHEN lower(s.skill_id) = $q OR lower(s.label) = $q THEN 0
          WHEN EXISTS (SELECT 1 FROM unnest(s.aliases) AS a(alias) WHERE lower(a.alias) = $q) THEN 1
          WHEN starts_with(lower(s.label), $q) OR starts_with(lower(s.skill_id), $q) THEN 2
          WHEN contains(lower(s.label), ' ' || $q) THEN 3 ELSE 4 END, `
      : '';
    const rows = await db.all<Row>(
      `SELECT s.skill_id AS id, s.label, s.category, s.type, coalesce(s.postings, 0) AS postings, s.share, d.score AS demand_score
       ${from} ORDER BY ${relevance}${order[p.sort]} LIMIT $limit OFFSET $offset`,
      { ...params, limit: p.limit, offset: p.offset },
    );
    const items = rows.map((r) => clean(r)) as z.infer<typeof skillItem>[];
    return send(c, { items, total, limit: p.limit, offset: p.offset }, { rows: items, name: 'skills' });
  })
  .openapi(detailRoute, async (c) => {
    const wh = c.get('wh');
    const db = needDb(wh);
    const ref = await resolveSkill(wh, c.req.valid('param').id);
    const [r] = await db.all<Row>(
      `SELECT s.*, d.score AS d_score, d.rank AS d_rank, d.postings AS d_postings, d.low_evidence AS d_low, d.reason AS d_reason,
         d.window_from, d.window_to, d.window_months, d.window_months_with_data, d.window_total,
         (SELECT any_value(window_from) FROM fct_demand_scores WHERE scope = 'all') AS a_from,
         (SELECT any_value(window_to) FROM fct_demand_scores WHERE scope = 'all') AS a_to,
         t.latest_period, t.postings_12m, t.share_current, t.growth_3m, t.growth_6m, t.growth_12m, t.yoy, t.momentum,
         t.current_from, t.current_to, t.current_months_with_data, t.current_postings, t.current_total,
         t.year_from, t.year_to, t.year_months, t.year_months_with_data, t.year_postings, t.year_total,
         t.skill_id AS t_id, h.status AS h_status, h.half_life_months, h.doubling_time_months
       FROM dim_skills s
       LEFT JOIN fct_demand_scores d ON d.skill_id = s.skill_id AND d.scope = 'all' AND d.scope_value = '*'
       LEFT JOIN fct_skill_trends t ON t.skill_id = s.skill_id
       LEFT JOIN fct_half_life h ON h.skill_id = s.skill_id
       WHERE s.skill_id = $id`,
      { id: ref.id },
    );
    const s = clean(r!);
    const str = (v: unknown) => (typeof v === 'string' ? v : null);
    const { certification, certified_by } = await certificationsOf(db, ref.id);
    const ttf = await db
      .all<{ n: number }>(
        `SELECT count(*) AS n FROM information_schema.tables t WHERE t.table_name = 'fct_skill_time_to_fill'`,
      )
      .then(async ([t]) =>
        t && Number(t.n) > 0
          ? db.all<{ ok: boolean }>(
              'SELECT n >= $n AND closed >= $closed AS ok FROM fct_skill_time_to_fill WHERE skill_id = $id',
              { id: ref.id, n: MIN_TTF_POSTINGS, closed: MIN_TTF_CLOSED },
            )
          : [],
      );
    return c.json(
      {
        id: ref.id,
        label: ref.label,
        aliases: Array.isArray(s.aliases) ? (s.aliases as string[]) : [],
        domain: str(s.domain),
        category: ref.category,
        category_path: Array.isArray(s.category_path) ? (s.category_path as string[]) : [],
        has_time_to_fill: ttf[0]?.ok === true,
        skill_type: str(s.skill_type),
        type: str(s.type),
        certification,
        certified_by,
        esco_uri: str(s.esco_uri),
        onet_code: str(s.onet_code),
        onet_title: str(s.onet_title),
        postings: num(s.postings) ?? 0,
        share: num(s.share),
        demand:
          s.d_score == null
            ? {
                score: null,
                rank: null,
                postings_12m: 0,
                low_evidence: true,
                window: null,
                reason: `no postings name it in the score's window${s.a_from ? ` (${String(s.a_from)}..${String(s.a_to)}, months with data)` : ''}: no demand score`,
              }
            : {
                score: num(s.d_score),
                rank: num(s.d_rank),
                postings_12m: num(s.d_postings),
                low_evidence: s.d_low === true,
                reason: str(s.d_reason),
                window: {
                  from: str(s.window_from),
                  to: str(s.window_to),
                  months: num(s.window_months) ?? 0,
                  months_with_data: num(s.window_months_with_data) ?? 0,
                  postings: num(s.d_postings) ?? 0,
                  total: num(s.window_total) ?? 0,
                },
              },
        trend:
          s.t_id == null
            ? null
            : {
                latest_period: str(s.latest_period),
                postings_12m: num(s.postings_12m),
                share_current: num(s.share_current),
                growth_3m: num(s.growth_3m),
                growth_6m: num(s.growth_6m),
                growth_12m: num(s.growth_12m),
                yoy: num(s.yoy),
                momentum: num(s.momentum),
                current: {
                  share: num(s.share_current),
                  from: str(s.current_from),
                  to: str(s.current_to),
                  months_with_data: num(s.current_months_with_data) ?? 0,
                  postings: num(s.current_postings) ?? 0,
                  total: num(s.current_total) ?? 0,
                },
                year: {
                  from: str(s.year_from),
                  to: str(s.year_to),
                  months: num(s.year_months) ?? 0,
                  months_with_data: num(s.year_months_with_data) ?? 0,
                  postings: num(s.year_postings) ?? 0,
                  total: num(s.year_total) ?? 0,
                },
              },
        half_life:
          s.h_status == null
            ? null
            : {
                status: String(s.h_status),
                half_life_months: num(s.half_life_months),
                doubling_time_months: num(s.doubling_time_months),
              },
      },
      200,
    );
  });
