/**
 * A route group: an OpenAPIHono whose validation failures become a 400 naming the bad parameter.
 * Every routes/<resource>.ts builds one with `newRouter()`; app.ts mounts them under /api/v1.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { z } from 'zod';
import { BadParameterError, NoWarehouseError } from './errors.ts';
import type { WarehouseLease } from './warehouse.ts';
import type { Db } from '../pipeline/db.ts';
import { fieldPath } from '../config/index.ts';

export type AppEnv = {
  Variables: {
    wh: WarehouseLease;
    baseHeaders: Record<string, string>;
    rateHeaders?: Record<string, string>;
    cachedResponse?: boolean;
  };
};

export function badParameter(error: z.ZodError): BadParameterError {
  const issue = error.issues[0]!;
  let path = issue.path;
  // An unknown key in a strict object names the key itself.
  if (issue.code === 'unrecognized_keys' && issue.keys.length) path = [...path, issue.keys[0]!];
  // `have[0]` for body paths, `limit` for query parameters, `body` for the body as a whole
  return new BadParameterError(fieldPath(path, 'body'), issue.message);
}

export function newRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw badParameter(result.error);
    },
  });
}

/** The request's warehouse handle; 503 when no warehouse has been built yet. */
export function needDb(wh: WarehouseLease): Db {
  if (!wh.db) throw new NoWarehouseError();
  return wh.db;
}
