/** One line per request: `GET /api/v1/health 200 1.2ms`. */
import type { MiddlewareHandler } from 'hono';

/** The log line of one answered request (also written by the cache-hit fast path, api/fast-hits.ts). */
export const logLine = (method: string, path: string, status: number, ms: number): string =>
  `${method} ${path} ${status} ${ms.toFixed(1)}ms`;

export function requestLog(log: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now();
    try {
      await next();
    } finally {
      log(logLine(c.req.method, c.req.path, c.res.status, performance.now() - start));
    }
  };
}
