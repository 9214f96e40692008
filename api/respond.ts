/** JSON or CSV output for tabular routes, and value clean-up for rows read from DuckDB. */
import type { Context } from 'hono';

type Cell = string | number | boolean | null | undefined | Date | object;

/** RFC 4180 quoting; a text cell starting with = + - @ is prefixed with ' so spreadsheets do not run it. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let s: string;
  if (value instanceof Date) s = value.toISOString();
  else if (typeof value === 'object') s = JSON.stringify(value);
  else if (typeof value === 'string') s = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  else s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(rows: Record<string, Cell>[], columns?: string[]): string {
  const cols = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  const lines = [cols.map((c) => csvCell(c)).join(',')];
  for (const r of rows) lines.push(cols.map((c) => csvCell(r[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}

/**
 * Answers `body` as JSON, or `rows` as CSV when the query says `format=csv`.
 * `name` becomes the download file name.
 */
export function send(
  c: Context,
  body: unknown,
  table?: { rows: Record<string, Cell>[]; columns?: string[]; name: string },
): Response {
  if (table && c.req.query('format') === 'csv') {
    return c.body(toCsv(table.rows, table.columns), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${table.name}.csv"`,
    });
  }
  return c.json(body as object, 200);
}

/** DuckDB dates/timestamps to ISO strings; non-finite numbers to null (JSON has no NaN). */
export function clean<T extends Record<string, unknown>>(row: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (v instanceof Date) out[k] = v.toISOString();
    else if (typeof v === 'number' && !Number.isFinite(v)) out[k] = null;
    else out[k] = v;
  }
  return out as T;
}

/** Parses a JSON column (stored as VARCHAR or JSON) into a value; bad JSON becomes null. */
export function parseJson(v: unknown): unknown {
  if (typeof v !== 'string') return v ?? null;
  try {
    return JSON.parse(v);
  } catch {
    return null;
  }
}
