/** GET /skills/{id}/pay: advertised pay with and without the skill, and its pay premium (fct_skill_pay, docs/pay.md). */
import { createRoute, z } from '@hono/zod-openapi';
import { ApiError } from '../errors.ts';
import { needDb, newRouter } from '../router.ts';
import { resolveSkill } from '../skill-ref.ts';
import { json, skillIdParam, skillRef } from '../schemas.ts';

/** Postings with pay that ask for the skill below which no figure is served (CONTRACT.md). */
export const MIN_PAY_N = 30;

const n = z.number().nullable();
const pay = z
  .object({
    skill: skillRef,
    n: z.number().int().openapi({ description: 'postings with advertised pay that ask for the skill' }),
    currency: z.literal('USD').openapi({ description: 'annual amounts in USD at the fixed table of docs/pay.md' }),
    with: z.object({ n: z.number().int(), median: n, p25: n, p75: n, employers: z.number().int() }),
    without: z.object({ n: z.number().int(), median: n }),
    premium: z.object({
      ratio: n.openapi({ description: 'exp(beta): pay with the skill relative to comparable postings without it' }),
      lo: n.openapi({ description: '90% interval, employer-clustered' }),
      hi: n,
      method: z.string(),
    }),
    controls: z.array(z.string()).openapi({ description: 'the categorical controls of the regression' }),
    postings_in_model: z.number().int().openapi({ description: 'all postings with pay in the model' }),
  })
  .openapi('SkillPay', {
    example: {
      skill: { id: 'python', label: 'Python', category: 'Programming languages' },
      n: 1234,
      currency: 'USD',
      with: { n: 1234, median: 160000, p25: 130000, p75: 190000, employers: 900 },
      without: { n: 5000, median: 150000 },
      premium: { ratio: 1.03, lo: 1.01, hi: 1.05, method: 'log_pay_ols_fwl_cluster_employer' },
      controls: ['role_family', 'seniority', 'country', 'year'],
      postings_in_model: 6234,
    },
  });

const route = createRoute({
  method: 'get',
  path: '/skills/{id}/pay',
  operationId: 'getSkillPay',
  tags: ['skills'],
  summary: 'Advertised pay of postings asking for the skill, and its pay premium with a 90% interval',
  description: `Annual advertised pay (USD) of postings with the skill vs without, and the premium exp(beta) of a log-pay regression controlling for role family, seniority, country and year. 404 with the count below ${MIN_PAY_N} postings with pay.`,
  request: { params: skillIdParam },
  responses: json(pay, 'pay figures and the premium'),
});

interface Row {
  n: number;
  n_with: number;
  employers_with: number;
  median_with: number | null;
  p25_with: number | null;
  p75_with: number | null;
  n_without: number;
  median_without: number | null;
  ratio: number | null;
  lo: number | null;
  hi: number | null;
}

const r0 = (x: number | null) => (x === null ? null : Math.round(x));
const r4 = (x: number | null) => (x === null ? null : Math.round(x * 10_000) / 10_000);

export const payRoutes = newRouter().openapi(route, async (c) => {
  const wh = c.get('wh');
  const db = needDb(wh);
  const skill = await resolveSkill(wh, c.req.valid('param').id);
  const [row] = await db.all<Row>('SELECT * FROM fct_skill_pay WHERE skill_id = $id', { id: skill.id });
  const have = row?.n_with ?? 0;
  if (!row || have < MIN_PAY_N || row.ratio === null)
    throw new ApiError(
      404,
      'insufficient_data',
      `not enough advertised pay for ${skill.id}: ${have} posting(s) with pay ask for it, ${MIN_PAY_N} needed`,
    );
  return c.json(
    {
      skill,
      n: row.n_with,
      currency: 'USD' as const,
      with: {
        n: row.n_with,
        median: r0(row.median_with),
        p25: r0(row.p25_with),
        p75: r0(row.p75_with),
        employers: row.employers_with,
      },
      without: { n: row.n_without, median: r0(row.median_without) },
      premium: { ratio: r4(row.ratio), lo: r4(row.lo), hi: r4(row.hi), method: 'log_pay_ols_fwl_cluster_employer' },
      controls: ['role_family', 'seniority', 'country', 'year'],
      postings_in_model: row.n,
    },
    200,
  );
});
