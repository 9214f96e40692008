/**
 * `format=` on a route that has no table: a 400 naming the parameter instead of a JSON answer the client did
 * not ask for. Tabular routes declare `format` themselves (json | csv); a route that answered JSON although
 * the request asked for another format is one without a table.
 */
import type { MiddlewareHandler } from 'hono';
import type { HeadersEnv } from './response-headers.ts';

export function onlyTabularCsv(): MiddlewareHandler<HeadersEnv> {
  return async (c, next) => {
    await next();
    const format = c.req.query('format');
    if (!format || format === 'json' || c.res.status !== 200) return;
    if (!(c.res.headers.get('content-type') ?? '').startsWith('application/json')) return;
    // a new answer, not Hono's merge into the old one: the 200's Content-Length, ETag, Cache-Control and
    // Content-Encoding (a cached answer's) are not this one's; responseHeaders then adds base and rate headers
    c.res = undefined as unknown as Response;
    c.set('cachedResponse', false);
    c.res = c.json(
      {
        error: {
          code: 'bad_parameter',
          message: `format: ${JSON.stringify(format.slice(0, 20))} is not available on ${c.req.path} (it answers one JSON object, not a table); drop format or use format=json`,
        },
      },
      400,
    );
  };
}
