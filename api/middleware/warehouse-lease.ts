/** Holds one warehouse lease for the whole request, so a swap never closes a handle mid-query. */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../router.ts';
import type { WarehouseSource } from '../warehouse.ts';

export function warehouseLease(source: WarehouseSource): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const lease = await source.acquire();
    c.set('wh', lease);
    try {
      await next();
    } finally {
      lease.release();
    }
  };
}
