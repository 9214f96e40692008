/**
 * Response schemas derived from the warehouse declarations (pipeline/sql/**): a route picks the columns it
 * serves and gets each one's zod type, nullability, allowed values and description from the one declaration.
 */
import { z } from '@hono/zod-openapi';
import type { ColumnSpec, TableSpec, ValueOf } from '../pipeline/sql/table.ts';

type ColumnOf<T extends TableSpec, K extends string> = Extract<T['columns'][number], { name: K }>;
export type Shape<T extends TableSpec, K extends string> = { [N in K]: z.ZodType<ValueOf<ColumnOf<T, N>>> };

export function columnSchema(c: ColumnSpec): z.ZodType {
  let s: z.ZodType;
  if (c.values) s = z.enum(c.values as [string, ...string[]]);
  else if (c.type === 'VARCHAR' || c.type === 'TIMESTAMP') s = z.string();
  else if (c.type === 'BOOLEAN') s = z.boolean();
  else if (c.type === 'VARCHAR[]') s = z.array(z.string());
  else if (c.type === 'JSON') s = z.unknown();
  else if (c.type === 'DOUBLE') s = z.number();
  else s = z.number().int();
  if (c.nullable !== false) s = s.nullable();
  return c.doc ? s.openapi({ description: c.doc }) : s;
}

/** The zod shape of `names` from `spec` (an unknown name is a type error and, at start-up, a thrown one). */
export function columns<T extends TableSpec, const K extends T['columns'][number]['name']>(
  spec: T,
  names: readonly K[],
): Shape<T, K> {
  const out: Record<string, z.ZodType> = {};
  for (const n of names) {
    const c = spec.columns.find((x) => x.name === n);
    if (!c) throw new Error(`${spec.name} declares no column ${n}`);
    out[n] = columnSchema(c);
  }
  return out as Shape<T, K>;
}
