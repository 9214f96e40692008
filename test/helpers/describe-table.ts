import type { Db } from '../../pipeline/db.ts';

/** `[name, type]` of each column of a table, as DuckDB reports them. */
export async function describeTable(db: Db, table: string): Promise<[string, string][]> {
  const rows = await db.all<{ column_name: string; column_type: string }>(`DESCRIBE ${table}`);
  return rows.map((r) => [r.column_name, r.column_type]);
}
