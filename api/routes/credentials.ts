/**
 * POST /credentials/design {role_family?, country?, seed?, size}: a bundle of skills postings ask for together,
 * ordered foundational -> advanced, with its evidence (pipeline/stats/bundle.ts, docs/credentials.md).
 * The inputs (postings' skill lists, pairs, half-lives, certifications, the pay model) are read once per build.
 */
import { createRoute, z } from '@hono/zod-openapi';
import {
  bundleK,
  coveringCertifications,
  designBundle,
  neighborsIn,
  postingsWithK,
  type BundleCandidate,
  type BundlePair,
} from '../../pipeline/stats/bundle.ts';
import { estimateHalfLife } from '../../pipeline/stats/halflife.ts';
import { premiumModel, type PremiumModel } from '../../pipeline/stats/pay-premium.ts';
import type { WarehouseLease } from '../warehouse.ts';
import { needDb, newRouter } from '../router.ts';
import { lookupSkill, skillIndex } from '../skill-ref.ts';
import { country, json, roleFamily } from '../schemas.ts';
import { scopeOf, type Scope } from '../credential-data.ts';

const request = z
  .strictObject({
    role_family: roleFamily.optional(),
    country: country.optional(),
    seed: z
      .array(z.string().min(1).max(200))
      .max(8)
      .default([])
      .openapi({ description: 'skill ids, labels or aliases the bundle must contain' }),
    size: z.number().int().min(4).max(8).default(6),
  })
  .openapi('CredentialDesignRequest', { example: { role_family: 'devops_sre', seed: ['kubernetes'], size: 5 } });

const body = z
  .object({
    scope: z.object({ kind: z.string(), value: z.string() }),
    bundle: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        stage: z.enum(['foundational', 'advanced']),
        order: z.number().int(),
        postings: z.number().int(),
        durability: z.number().nullable(),
      }),
    ),
    evidence: z.object({
      k: z.number().int().openapi({ description: 'postings counted ask for at least k skills of the bundle' }),
      postings_with_k: z.number().int(),
      share_with_k: z.number(),
      employers: z.number().int(),
      trend: z.object({
        growth_12m: z.number().nullable(),
        points: z.array(z.object({ period: z.string(), postings: z.number().int(), total: z.number().int() })),
      }),
      half_life_months: z.number().nullable(),
      half_life_status: z.string(),
      pay_premium: z.object({ ratio: z.number(), lo: z.number(), hi: z.number(), n: z.number().int() }).nullable(),
    }),
    certifications: z.array(
      z.object({ id: z.string(), label: z.string(), covers: z.array(z.string()), postings: z.number().int() }),
    ),
    unknown_seed: z.array(z.string()),
    why: z.array(z.string()),
  })
  .openapi('CredentialDesign');

export type CredentialDesign = z.infer<typeof body>;

const route = createRoute({
  method: 'post',
  path: '/credentials/design',
  operationId: 'designCredential',
  tags: ['credentials'],
  summary: 'A bundle of skills postings ask for together, as a stackable pathway, with its evidence',
  request: { body: { required: true, content: { 'application/json': { schema: request } } } },
  responses: json(body, 'the bundle, foundational first'),
});

interface Data {
  postings: { skills: string[]; month: string; employer: string; country: string; role_family: string; pay: number }[];
  pairs: BundlePair[];
  degree: Map<string, number>;
  durability: Map<string, number | null>;
  halfLife: Map<string, { status: string; half_life_months: number | null }>;
  bundleable: Set<string>;
  certs: { id: string; label: string; certifies: string[]; postings: number }[];
  pay: PremiumModel | null;
}

function durabilityOf(status: string, hl: number | null): number | null {
  return status === 'rising'
    ? 1
    : status === 'stable'
      ? 0.8
      : status === 'declining' && hl !== null
        ? (0.6 * hl) / (hl + 36)
        : null;
}

function loadData(wh: WarehouseLease): Promise<Data> {
  const db = needDb(wh);
  return wh.memo('credential design data', async () => {
    const rows = await db.all<{
      skills: string[] | null;
      month: string;
      employer: string;
      country: string;
      role_family: string;
      pay_usd: number | null;
      seniority: string;
    }>(`
      WITH sk AS (SELECT posting_id, list(skill_id) AS skills FROM fct_posting_skills GROUP BY posting_id)
      SELECT sk.skills, p.month, coalesce(p.company_key, p.posting_id) AS employer, coalesce(p.country, 'unknown') AS country, p.role_family,
             a.pay_usd, coalesce(a.seniority, 'unknown') AS seniority
      FROM fct_postings p LEFT JOIN sk USING (posting_id) LEFT JOIN fct_posting_attributes a USING (posting_id) ORDER BY p.posting_id`);
    const hl = await db.all<{ skill_id: string; status: string; half_life_months: number | null }>(
      'SELECT skill_id, status, half_life_months FROM fct_half_life',
    );
    const pairs = await db.all<{ a: string; b: string; n_both: number; npmi: number }>(
      'SELECT skill_id AS a, related_id AS b, n_both, npmi FROM fct_skill_pairs WHERE skill_id < related_id',
    );
    const types = await db.all<{ skill_id: string; type: string | null }>('SELECT skill_id, type FROM dim_skills');
    const certs = await db.all<{ id: string; label: string; certifies: string[]; postings: number }>(
      'SELECT c.skill_id AS id, s.label, c.certifies, coalesce(s.postings, 0)::INTEGER AS postings FROM dim_certifications c JOIN dim_skills s USING (skill_id)',
    );
    const degree = new Map<string, number>();
    for (const p of pairs) {
      degree.set(p.a, (degree.get(p.a) ?? 0) + 1);
      degree.set(p.b, (degree.get(p.b) ?? 0) + 1);
    }
    const payRows = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.pay_usd !== null && r.pay_usd > 0);
    const model =
      payRows.length > 1
        ? premiumModel(
            payRows.map(({ r }) => ({
              logPay: Math.log(r.pay_usd!),
              controls: [r.role_family, r.seniority, r.country, r.month.slice(0, 4)],
              cluster: r.employer,
            })),
          )
        : null;
    const payIndex = new Array<number>(rows.length).fill(-1);
    payRows.forEach(({ i }, j) => {
      payIndex[i] = j;
    });
    return {
      postings: rows.map((r, i) => ({
        skills: r.skills ?? [],
        month: r.month,
        employer: r.employer,
        country: r.country,
        role_family: r.role_family,
        pay: payIndex[i]!,
      })),
      pairs: pairs.map((p) => ({ ...p, npmi: p.npmi ?? 0 })),
      degree,
      durability: new Map(hl.map((h) => [h.skill_id, durabilityOf(h.status, h.half_life_months)])),
      halfLife: new Map(hl.map((h) => [h.skill_id, h])),
      bundleable: new Set(
        types.filter((t) => t.type !== 'common' && t.type !== 'certification').map((t) => t.skill_id),
      ),
      certs,
      pay: model,
    };
  });
}

const inScope = (scope: Scope) => (p: Data['postings'][number]) =>
  scope.kind === 'all' || (scope.kind === 'country' ? p.country === scope.value : p.role_family === scope.value);

export const credentialRoutes = newRouter().openapi(route, async (c) => {
  const wh = c.get('wh');
  const req = c.req.valid('json');
  const scope = await scopeOf(wh, req);
  const [data, index] = await Promise.all([loadData(wh), skillIndex(wh)]);
  const seed: string[] = [],
    unknown: string[] = [];
  for (const s of req.seed) {
    const ref = lookupSkill(index, s);
    if (ref) seed.push(ref.id);
    else unknown.push(s);
  }
  const posts = data.postings.filter(inScope(scope));
  const count = new Map<string, number>();
  for (const p of posts) for (const s of p.skills) count.set(s, (count.get(s) ?? 0) + 1);
  const candidates: BundleCandidate[] = [...count]
    .filter(([id, n]) => n >= 5 && (data.bundleable.has(id) || seed.includes(id)))
    .map(([id, n]) => ({
      id,
      label: index.byId.get(id)?.label ?? id,
      postings: n,
      durability: data.durability.get(id) ?? null,
      degree: data.degree.get(id) ?? 0,
    }));
  // co-occurrence counted in the scope's postings (the pairs table is global)
  const bundle = designBundle(candidates, neighborsIn(posts.map((p) => p.skills)), req.size, seed);
  const ids = bundle.map((b) => b.id);
  const k = bundleK(req.size);
  const hits = postingsWithK(
    posts.map((p) => p.skills),
    ids,
    Math.min(k, ids.length),
  );
  const months = [...new Set(posts.map((p) => p.month))].sort();
  const totals = new Map(months.map((m) => [m, 0])),
    withK = new Map(months.map((m) => [m, 0]));
  for (const p of posts) totals.set(p.month, totals.get(p.month)! + 1);
  for (const i of hits) withK.set(posts[i]!.month, withK.get(posts[i]!.month)! + 1);
  const points = months.map((m) => ({ period: m, postings: withK.get(m)!, total: totals.get(m)! }));
  const window = (from: number, to: number) => {
    const s = points.slice(Math.max(0, points.length + from), points.length + to);
    const t = s.reduce((a, p) => a + p.total, 0);
    return t > 0 ? s.reduce((a, p) => a + p.postings, 0) / t : null;
  };
  const cur = window(-12, 0),
    prev = window(-24, -12);
  const growth = cur !== null && prev !== null && prev > 0 ? cur / prev - 1 : null;
  const hl = points.length >= 12 ? estimateHalfLife(points) : null;
  const payIdx = hits.map((i) => posts[i]!.pay).filter((j) => j >= 0);
  const prem = data.pay && payIdx.length >= 30 ? data.pay.premium(payIdx) : null;
  const certifications = coveringCertifications(data.certs, ids);
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const why = [
    `${hits.length} of ${posts.length} postings${scope.kind === 'all' ? '' : ` (${scope.kind} ${scope.value})`} ask for at least ${Math.min(k, ids.length)} of these ${ids.length} skills, from ${new Set(hits.map((i) => posts[i]!.employer)).size} employers`,
    ...bundle
      .filter((b) => b.gain > 0)
      .map((b) => `${b.label} added for its co-occurrence with the skills before it (weight ${Math.round(b.gain)})`),
    growth === null
      ? 'no 12-month trend (too few months)'
      : `share of such postings ${growth >= 0 ? 'up' : 'down'} ${Math.round(Math.abs(growth) * 100)}% over 12 months`,
    prem
      ? `advertised pay x${prem.ratio.toFixed(2)} (90% interval ${prem.lo.toFixed(2)}..${prem.hi.toFixed(2)}) against comparable postings`
      : 'pay premium unknown (fewer than 30 such postings with pay)',
    certifications.length
      ? `${certifications[0]!.label} certifies ${certifications[0]!.covers.length} of the skills`
      : 'no certification in the taxonomy covers these skills',
  ];
  return c.json(
    {
      scope,
      bundle: bundle.map((b) => ({
        id: b.id,
        label: b.label,
        stage: b.stage,
        order: b.order,
        postings: count.get(b.id) ?? 0,
        durability: data.durability.get(b.id) ?? null,
      })),
      evidence: {
        k: Math.min(k, ids.length),
        postings_with_k: hits.length,
        share_with_k: posts.length ? r3(hits.length / posts.length) : 0,
        employers: new Set(hits.map((i) => posts[i]!.employer)).size,
        trend: { growth_12m: growth === null ? null : r3(growth), points },
        half_life_months: hl?.half_life_months ?? null,
        half_life_status: hl?.status ?? 'insufficient_data',
        pay_premium: prem ? { ratio: r3(prem.ratio), lo: r3(prem.lo), hi: r3(prem.hi), n: prem.n_with } : null,
      },
      certifications: certifications.slice(0, 10),
      unknown_seed: unknown,
      why,
    },
    200,
  );
});
