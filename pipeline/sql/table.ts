/**
 * A warehouse table declared once: its columns (name, DuckDB type, meaning). pipeline/db.ts renders the DDL
 * and the row writer from it, api/columns.ts the zod response schema, test/helpers/fixture-warehouse.ts the
 * fixture rows (typed by `RowOf`), and docs/warehouse.md is checked against `tableDoc` (test/pipeline/tables.test.ts).
 * Tables built by a SQL model are declared by their model file instead (pipeline/sql/<folder>/<nn>_<table>.sql).
 */

export type ColumnType =
  | 'VARCHAR'
  | 'DOUBLE'
  | 'INTEGER'
  | 'BIGINT'
  | 'UBIGINT'
  | 'BOOLEAN'
  | 'JSON'
  | 'TIMESTAMP'
  | 'VARCHAR[]';

export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  /** What the column holds (docs/warehouse.md, the OpenAPI description). */
  readonly doc?: string;
  /** The closed set of values a VARCHAR column takes. */
  readonly values?: readonly string[];
  /** false: never NULL (the API schema is then not nullable). Default true. */
  readonly nullable?: boolean;
}

export interface TableSpec<C extends readonly ColumnSpec[] = readonly ColumnSpec[]> {
  readonly name: string;
  /** One paragraph for docs/warehouse.md. */
  readonly doc: string;
  readonly columns: C;
  /** A scratch table of the build (not in the warehouse the API reads). */
  readonly temp?: boolean;
}

export function defineTable<const C extends readonly ColumnSpec[]>(spec: TableSpec<C>): TableSpec<C> {
  const seen = new Set<string>();
  for (const c of spec.columns) {
    if (seen.has(c.name)) throw new Error(`table ${spec.name}: column ${c.name} declared twice`);
    seen.add(c.name);
  }
  return spec;
}

/** The same columns under another name (e.g. a staging copy of a table). */
export function renamed<C extends readonly ColumnSpec[]>(
  spec: TableSpec<C>,
  name: string,
  temp = spec.temp,
): TableSpec<C> {
  return { ...spec, name, temp };
}

type Scalar<T extends ColumnType> = T extends 'VARCHAR' | 'TIMESTAMP'
  ? string
  : T extends 'BOOLEAN'
    ? boolean
    : T extends 'JSON'
      ? unknown
      : T extends 'VARCHAR[]'
        ? string[]
        : number;
export type ValueOf<C extends ColumnSpec> =
  | (C['values'] extends readonly (infer V)[] ? V : Scalar<C['type']>)
  | (C['nullable'] extends false ? never : null);

/** One row of the table as an object; the row writer and the fixture take these. */
export type RowOf<T extends TableSpec> = { [K in T['columns'][number] as K['name']]: ValueOf<K> };

export const columnNames = (spec: TableSpec): string[] => spec.columns.map((c) => c.name);

/** `"name" TYPE, ...`: the column part of the DDL pipeline/db.ts renders. */
export function columnDdl(spec: TableSpec): string {
  return spec.columns.map((c) => `"${c.name}" ${c.type}${c.nullable === false ? ' NOT NULL' : ''}`).join(', ');
}

/** The docs/warehouse.md section of a declared table. */
export function tableDoc(spec: TableSpec): string {
  const lines = [`## ${spec.name}`, spec.doc, '', '| column | type | meaning |', '| --- | --- | --- |'];
  for (const c of spec.columns) {
    const values = c.values ? ` (${c.values.map((v) => `'${v}'`).join(' \\| ')})` : '';
    lines.push(
      `| ${c.name} | ${c.type}${c.nullable === false ? ' NOT NULL' : ''} | ${(c.doc ?? '').replaceAll('|', '\\|')}${values} |`,
    );
  }
  return lines.join('\n');
}
