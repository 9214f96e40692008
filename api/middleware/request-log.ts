/** One line per request: `GET /api/v1/health 200 1.2ms`. */
import type { MiddlewareHandler } from 'hono';

export function requestLog(log: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now();
    try {
      await next();
    } finally {
      const ms = performance.now() - start;
      log(`${c.req.method} ${c.req.path} ${c.res.status} ${ms.toFixed(1)}ms`);
    }
  };
}
