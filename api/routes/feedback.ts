/**
 * POST /feedback: "not a skill here" from the dashboard's evidence panel. Appends one mark to the data
 * folder (workspace/feedback.ts); marks change no figure (docs/extraction.md, "Feedback workflow").
 * GET /feedback/aliases: marks per skill and alias, most marked first.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { addMark, countByAlias, FeedbackError, FeedbackFieldError, readMarks } from '../../workspace/feedback.ts';
import { ApiError, BadParameterError } from '../errors.ts';
import { newRouter } from '../router.ts';
import { json } from '../schemas.ts';

const request = z
  .strictObject({
    posting_id: z.string().min(1).max(300).openapi({ example: 'hn:38842977' }),
    skill: z.string().min(1).max(300).openapi({ description: 'skill id of the match', example: 'go' }),
    surface: z.string().min(1).max(300).openapi({ description: 'the matched text', example: 'Go' }),
    start: z
      .number()
      .int()
      .min(0)
      .openapi({ description: 'UTF-16 offset of the match in the posting text', example: 120 }),
    end: z.number().int().min(1).openapi({ example: 122 }),
    reason: z.string().max(500).optional().openapi({ example: 'the game CS:GO, not the language' }),
  })
  .openapi('FeedbackRequest');

const mark = z
  .object({
    id: z.string(),
    posting_id: z.string(),
    skill: z.string(),
    surface: z.string(),
    start: z.number(),
    end: z.number(),
    reason: z.string(),
    at: z.string(),
  })
  .openapi('FeedbackMark');
const aliasCount = z
  .object({ skill: z.string(), alias: z.string(), marks: z.number().int(), postings: z.number().int() })
  .openapi('FeedbackAliasCount');

const post = createRoute({
  method: 'post',
  path: '/feedback',
  operationId: 'postFeedback',
  tags: ['feedback'],
  summary: 'Mark a match as wrong ("not a skill here")',
  request: { body: { required: true, content: { 'application/json': { schema: request } } } },
  responses: { 201: { description: 'the stored mark', content: { 'application/json': { schema: mark } } } },
});

const aliases = createRoute({
  method: 'get',
  path: '/feedback/aliases',
  operationId: 'getFeedbackAliases',
  tags: ['feedback'],
  summary: 'Marks per skill and alias, most marked first',
  responses: json(
    z.object({ items: z.array(aliasCount), total: z.number().int() }).openapi('FeedbackAliases'),
    'counts',
  ),
});

export function feedbackRoutes(opts: { dataRoot: string }) {
  return newRouter()
    .openapi(post, (c) => {
      try {
        return c.json(addMark(opts.dataRoot, c.req.valid('json')), 201);
      } catch (err) {
        if (err instanceof FeedbackFieldError) throw new BadParameterError(err.field, err.problem);
        if (err instanceof FeedbackError)
          throw new ApiError(
            503,
            'feedback_full',
            'the feedback file is full; a maintainer must export and archive it',
          );
        throw err;
      }
    })
    .openapi(aliases, (c) => {
      const items = countByAlias(readMarks(opts.dataRoot));
      return c.json({ items, total: items.length }, 200);
    });
}
