/**
 * The only module that opens DuckDB (ARCHITECTURE.md rule 2).
 *
 * - The pipeline opens a *new* warehouse file for writing, builds it, closes it and
 *   renames it into place (`swapInto`), so readers never see a half-built file.
 * - The API opens the current file read-only (`openReadOnly`); an open handle keeps
 *   reading the old inode after a swap until it reopens.
 * - Anyone may open an in-memory database for scratch work (`openMemory`).
 */
import { renameSync, rmSync, existsSync } from 'node:fs';
import {
  DuckDBInstance,
  JsonDuckDBValueConverter,
  type DuckDBConnection,
  type DuckDBValue,
} from '@duckdb/node-api';

export type Params = DuckDBValue[] | Record<string, DuckDBValue>;
export type Row = Record<string, unknown>;
export type ColumnKind = 'varchar' | 'double' | 'integer' | 'bigint' | 'boolean';

const baseOptions = { autoinstall_known_extensions: 'false', autoload_known_extensions: 'true' } as const;

/** BIGINT/HUGEINT come back as bigint; the rooms above want plain numbers. */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = plain(v);
    return out;
  }
  return value;
}

export class Db {
  private constructor(
    readonly path: string,
    readonly readOnly: boolean,
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
  ) {}

  static async open(path: string, opts: { readOnly?: boolean; threads?: number; memoryLimit?: string } = {}): Promise<Db> {
    const options: Record<string, string> = { ...baseOptions };
    if (opts.readOnly) options.access_mode = 'READ_ONLY';
    if (opts.threads) options.threads = String(opts.threads);
    if (opts.memoryLimit) options.memory_limit = opts.memoryLimit;
    const instance = await DuckDBInstance.create(path, options);
    const connection = await instance.connect();
    return new Db(path, !!opts.readOnly, instance, connection);
  }

  /** Rows as plain JS objects (bigint converted to number, DATE/TIMESTAMP as JS values). */
  async all<T = Row>(sql: string, params?: Params): Promise<T[]> {
    const reader = await this.connection.runAndReadAll(sql, params);
    return reader.getRowObjectsJS().map((r) => plain(r) as T);
  }

  async one<T = Row>(sql: string, params?: Params): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  /** Rows with JSON-friendly values (dates as ISO strings, decimals as numbers). */
  async json<T = Row>(sql: string, params?: Params): Promise<T[]> {
    const reader = await this.connection.runAndReadAll(sql, params);
    return reader.getRowObjectsJson() as T[];
  }

  /** Streams rows as JSON-friendly objects, one chunk at a time (bounded memory for big files). */
  async *stream<T = Row>(sql: string, params?: Params): AsyncGenerator<T[]> {
    const result = await this.connection.stream(sql, params);
    const names = result.columnNames();
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) return;
      const rows = chunk.convertRows(JsonDuckDBValueConverter).map((values) => {
        const row: Record<string, unknown> = {};
        for (let i = 0; i < names.length; i++) row[names[i]!] = values[i];
        return row as T;
      });
      yield rows;
    }
  }

  async run(sql: string, params?: Params): Promise<void> {
    await this.connection.run(sql, params);
  }

  /**
   * Appends rows through the appender. `types` gives each column's kind; null/undefined append NULL.
   * (BIGINT columns take JS numbers; DOUBLE NaN/Infinity become NULL.)
   */
  async appendRows(table: string, types: ColumnKind[], rows: Iterable<readonly unknown[]>): Promise<number> {
    const app = await this.connection.createAppender(table);
    let n = 0;
    try {
      for (const row of rows) {
        for (let i = 0; i < types.length; i++) {
          const v = row[i];
          if (v === null || v === undefined) {
            app.appendNull();
            continue;
          }
          switch (types[i]) {
            case 'varchar': app.appendVarchar(String(v)); break;
            case 'double':
              if (typeof v === 'number' && Number.isFinite(v)) app.appendDouble(v);
              else app.appendNull();
              break;
            case 'integer': app.appendInteger(Number(v)); break;
            case 'bigint': app.appendBigInt(BigInt(Math.round(Number(v)))); break;
            case 'boolean': app.appendBoolean(Boolean(v)); break;
          }
        }
        app.endRow();
        n++;
      }
      app.flushSync();
    } finally {
      app.closeSync();
    }
    return n;
  }

  close(): void {
    try {
      this.connection.closeSync();
    } finally {
      this.instance.closeSync();
    }
  }
}

export function openMemory(opts: { threads?: number; memoryLimit?: string } = {}): Promise<Db> {
  return Db.open(':memory:', opts);
}

/** Opens a warehouse for reading only; many readers may hold it while the pipeline builds a new one. */
export function openReadOnly(path: string): Promise<Db> {
  return Db.open(path, { readOnly: true });
}

/** Opens a fresh file to build into (removes a stale one left by a crashed build). */
export async function openForBuild(path: string, opts: { threads?: number; memoryLimit?: string } = {}): Promise<Db> {
  for (const p of [path, `${path}.wal`]) if (existsSync(p)) rmSync(p);
  return Db.open(path, opts);
}

/** Atomically replaces `target` with the finished, closed file `built` (same filesystem). */
export function swapInto(built: string, target: string): void {
  renameSync(built, target);
  if (existsSync(`${built}.wal`)) rmSync(`${built}.wal`);
}

/** A SQL string literal for paths the pipeline itself builds (never user input). */
export function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
