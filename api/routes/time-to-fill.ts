/**
 * GET /skills/{id}/time-to-fill: median days a posting asking for the skill stays open on ATS boards
 * (Kaplan-Meier, still-open postings censored; fct_skill_time_to_fill, docs/time-to-fill.md). 404 with the
 * reason when the skill has fewer than MIN_TTF_POSTINGS ATS postings or fewer than MIN_TTF_CLOSED of them closed.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { NoWarehouseError, NotFoundError } from '../errors.ts';
import { needDb, newRouter } from '../router.ts';
import { resolveSkill } from '../skill-ref.ts';
import { json, skillIdParam, skillRef } from '../schemas.ts';
import { MIN_TTF_CLOSED, MIN_TTF_POSTINGS } from '../../pipeline/stages/time-to-fill.ts';

const n = z.number().nullable();
const body = z
  .object({
    skill: skillRef,
    n: z.number().int().openapi({ description: 'ATS postings asking for the skill (with crawler sightings)' }),
    closed: z.number().int().openapi({ description: 'of which closed (left their board)' }),
    censored: z.number().int().openapi({ description: 'still open at their last sighting (right-censored)' }),
    median_days: n.openapi({
      description: 'Kaplan-Meier median days from first seen to closed; null when not reached',
    }),
    lo: n.openapi({ description: 'lower end of the interval (days)' }),
    hi: n.openapi({ description: 'upper end of the interval (days); null when open above' }),
    level: z.number().openapi({ description: 'interval level, 0.9' }),
    method: z.string(),
  })
  .openapi('TimeToFill');
export type TimeToFill = z.infer<typeof body>;

const route = createRoute({
  method: 'get',
  path: '/skills/{id}/time-to-fill',
  operationId: 'getSkillTimeToFill',
  tags: ['skills'],
  summary: 'Median days a posting asking for the skill stays open on ATS boards, with a 90% interval',
  request: { params: skillIdParam },
  responses: {
    ...json(body, 'the estimate'),
    404: {
      description: `unknown skill, or fewer than ${MIN_TTF_POSTINGS} ATS postings / ${MIN_TTF_CLOSED} closed ones`,
    },
  },
});

interface Row {
  n: number;
  closed: number;
  censored: number;
  median_days: number | null;
  lo: number | null;
  hi: number | null;
  level: number;
  method: string;
}

export const timeToFillRoutes = newRouter().openapi(route, async (c) => {
  const wh = c.get('wh');
  const db = needDb(wh);
  const skill = await resolveSkill(wh, c.req.valid('param').id);
  let rows: Row[];
  try {
    rows = await db.all<Row>(
      'SELECT n, closed, censored, median_days, lo, hi, level, method FROM fct_skill_time_to_fill WHERE skill_id = $id',
      { id: skill.id },
    );
  } catch {
    throw new NoWarehouseError(
      'the warehouse has no fct_skill_time_to_fill yet: run `skillpulse pipeline` to rebuild it',
    );
  }
  const r = rows[0];
  const have = r ? Number(r.n) : 0,
    closed = r ? Number(r.closed) : 0;
  if (!r || have < MIN_TTF_POSTINGS || closed < MIN_TTF_CLOSED)
    throw new NotFoundError(
      `time to fill of ${skill.id}: ${have} ATS postings with sightings (${closed} closed); needs at least ${MIN_TTF_POSTINGS} (${MIN_TTF_CLOSED} closed)`,
    );
  return c.json(
    {
      skill,
      n: have,
      closed,
      censored: Number(r.censored),
      median_days: r.median_days,
      lo: r.lo,
      hi: r.hi,
      level: r.level,
      method: r.method,
    },
    200,
  );
});
