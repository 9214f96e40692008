/**
 * The only module that opens DuckDB (ARCHITECTURE.md rule 2).
 *
 * - The pipeline opens a *new* warehouse file for writing, builds it, closes it and
 *   renames it into place (`swapInto`), so readers never see a half-built file.
 * - The API opens the current file read-only (`openReadOnly`); an open handle keeps
 *   reading the old inode after a swap until it reopens.
 * - Anyone may open an in-memory database for scratch work (`openMemory`).
 */
import { constants, copyFileSync, renameSync, rmSync, existsSync } from 'node:fs';
import { DuckDBInstance, JsonDuckDBValueConverter, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';

import { columnDdl, type ColumnType, type RowOf, type TableSpec } from './sql/table.ts';
import { DbError, MissingTableError } from './db-errors.ts';

export { DbError, MissingTableError } from './db-errors.ts';
export type Params = DuckDBValue[] | Record<string, DuckDBValue>;

/** How a database is opened: threads, DuckDB's memory limit ('1GB'), and where it spills beyond it. */
export interface OpenOptions {
  readOnly?: boolean;
  threads?: number;
  memoryLimit?: string;
  /** Folder for DuckDB's spill files (default: `<file>.tmp` beside a file database). */
  tempDirectory?: string;
}

/**
 * DuckDB's memory limit for a pipeline build (docs/scale.md); joins, sorts, aggregates and the scratch tables
 * beyond it spill to `<file>.tmp`. 1GB became possible once the enrich cache was read as a streaming scan
 * (pipeline/stages/enrich-cache.ts): its DISTINCT ON over the wide cached rows ran out of memory at 200k.
 */
export const BUILD_MEMORY_LIMIT = '1GB';
/**
 * DuckDB's memory limit for an incremental build (a warehouse exists and not `--full`): the enrich cache
 * holds every earlier posting's enrichment, so only the new postings are enriched and the rest of the run
 * is scans, joins and aggregates that spill. With 1GB an incremental +10k on 100k postings peaked at
 * 1.5-1.65 GB RSS; the target is 1 GB for the whole process (docs/scale.md).
 */
export const INCREMENTAL_MEMORY_LIMIT = '512MB';

/** The memory limit of a build: the caller's, else INCREMENTAL_MEMORY_LIMIT for an incremental one, else BUILD_MEMORY_LIMIT. */
export function buildMemoryLimit(opts: { memoryLimit?: string; incremental: boolean }): string {
  return opts.memoryLimit ?? (opts.incremental ? INCREMENTAL_MEMORY_LIMIT : BUILD_MEMORY_LIMIT);
}
export type Row = Record<string, unknown>;

/** Column types the appender writes directly (the others go through INSERT). */
const appendable = new Set<ColumnType>(['VARCHAR', 'JSON', 'DOUBLE', 'INTEGER', 'BIGINT', 'UBIGINT', 'BOOLEAN']);

/**
 * DuckDB's failures as the project's error classes, at the boundary (ARCHITECTURE.md rule 4): a missing
 * table or column (DuckDB's Catalog Error) becomes MissingTableError, anything else DbError. Callers branch
 * on the class; only this function reads DuckDB's wording.
 */
async function mapped<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof DbError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    if (/^Catalog Error/.test(message)) throw new MissingTableError(message.split('\n')[0]!, { cause: err });
    throw new DbError(message, { cause: err });
  }
}

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

  static async open(path: string, opts: OpenOptions = {}): Promise<Db> {
    const options: Record<string, string> = { ...baseOptions };
    if (opts.readOnly) options.access_mode = 'READ_ONLY';
    if (opts.threads) options.threads = String(opts.threads);
    if (opts.memoryLimit) options.memory_limit = opts.memoryLimit;
    if (opts.tempDirectory) options.temp_directory = opts.tempDirectory;
    const instance = await mapped(() => DuckDBInstance.create(path, options));
    const connection = await mapped(() => instance.connect());
    return new Db(path, !!opts.readOnly, instance, connection);
  }

  /** Rows as plain JS objects (bigint converted to number, DATE/TIMESTAMP as JS values). */
  async all<T = Row>(sql: string, params?: Params): Promise<T[]> {
    this.idle();
    const reader = await this.exclusive(() => mapped(() => this.connection.runAndReadAll(sql, params)));
    return reader.getRowObjectsJS().map((r) => plain(r) as T);
  }

  async one<T = Row>(sql: string, params?: Params): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  /** Rows with JSON-friendly values (dates as ISO strings, decimals as numbers). */
  async json<T = Row>(sql: string, params?: Params): Promise<T[]> {
    this.idle();
    const reader = await this.exclusive(() => mapped(() => this.connection.runAndReadAll(sql, params)));
    return reader.getRowObjectsJson() as T[];
  }

  /**
   * Streams rows as JSON-friendly objects, one chunk at a time (bounded memory for big files). Any statement on
   * a connection ends the stream open on it, silently (the trend-line stage appended every 20,000 lines and lost
   * every line after the first batch), so while a stream is open on this Db's connection its other methods throw;
   * a caller that writes while it streams passes `ownConnection`: the stream then runs on a connection of its
   * own, which reads what is committed but not this connection's TEMP tables.
   */
  async *stream<T = Row>(sql: string, params?: Params, opts: { ownConnection?: boolean } = {}): AsyncGenerator<T[]> {
    const own = opts.ownConnection ? await mapped(() => this.instance.connect()) : null;
    if (!own) this.openStream(sql);
    try {
      const start = () => mapped(() => (own ?? this.connection).stream(sql, params));
      const result = await (own ? start() : this.exclusive(start));
      const names = result.columnNames();
      for (;;) {
        const chunk = await mapped(() => result.fetchChunk());
        if (!chunk || chunk.rowCount === 0) return;
        const rows = chunk.convertRows(JsonDuckDBValueConverter).map((values) => {
          const row: Record<string, unknown> = {};
          for (let i = 0; i < names.length; i++) row[names[i]!] = values[i];
          return row as T;
        });
        yield rows;
      }
    } finally {
      if (own) own.closeSync();
      else this.streaming = null;
    }
  }

  /** The query of the stream open on this Db's connection, if any (see stream). */
  private streaming: string | null = null;
  private openStream(sql: string): void {
    this.idle();
    this.streaming = sql;
  }
  private idle(): void {
    if (this.streaming === null) return;
    const head = this.streaming.replace(/\s+/g, ' ').trim().slice(0, 80);
    throw new DbError(
      `a statement on the connection streaming "${head}" would end that stream early; stream it with { ownConnection: true }`,
    );
  }

  async run(sql: string, params?: Params): Promise<void> {
    this.idle();
    await this.exclusive(() => mapped(() => this.connection.run(sql, params)));
  }

  /**
   * Runs `fn` (one call on this Db's connection) after the calls queued before it have settled. A connection runs
   * one statement at a time: the appender flushing while an awaited query is pending fails both ("Attempting to
   * execute an unsuccessful or closed pending query result"; the enrich stage appends a worker's rows while it
   * reads the next batch). `fn` must not call another queued method (it would wait for itself).
   */
  private queue: Promise<unknown> = Promise.resolve();
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.queue.then(fn, fn);
    this.queue = result.catch(() => {});
    return result;
  }

  /**
   * CREATE OR REPLACE [TEMP] TABLE from a declaration (pipeline/sql/table.ts): the only place DDL is written.
   * `ifMissing`: CREATE TABLE IF NOT EXISTS instead, keeping the rows of a table the build file already holds
   * (a mart kept in place: pipeline/stages/in-place.ts).
   */
  async createTable(spec: TableSpec, opts: { ifMissing?: boolean } = {}): Promise<void> {
    const create = opts.ifMissing ? 'CREATE' : 'CREATE OR REPLACE';
    const exists = opts.ifMissing ? ' IF NOT EXISTS' : '';
    await this.run(`${create} ${spec.temp ? 'TEMP ' : ''}TABLE${exists} ${spec.name} (${columnDdl(spec)})`);
  }

  /**
   * Appends rows to a declared table: objects keyed by column name, or arrays in column order. Columns the
   * appender cannot take directly (TIMESTAMP, lists) go through a parameterized INSERT with casts.
   * (BIGINT columns take JS numbers; DOUBLE NaN/Infinity become NULL; JSON columns take values, written as JSON text.)
   */
  async append<T extends TableSpec>(spec: T, rows: Iterable<RowOf<T> | readonly unknown[]>): Promise<number> {
    const cols = spec.columns;
    const values = (row: RowOf<T> | readonly unknown[]) =>
      cols.map((c, i) => {
        const v = Array.isArray(row) ? row[i] : (row as Record<string, unknown>)[c.name];
        return c.type === 'JSON' && v !== null && v !== undefined && typeof v !== 'string' ? JSON.stringify(v) : v;
      });
    if (cols.some((c) => !appendable.has(c.type))) {
      const sql = `INSERT INTO ${spec.name} VALUES (${cols.map((c, i) => `$${i + 1}::${c.type}`).join(', ')})`;
      let n = 0;
      for (const row of rows) {
        await this.run(sql, values(row).map((v) => (v === undefined ? null : v)) as DuckDBValue[]);
        n++;
      }
      return n;
    }
    const types = cols.map((c) => c.type);
    return this.exclusive(() =>
      mapped(async () =>
        this.appendValues(
          spec.name,
          types,
          (function* () {
            for (const r of rows) yield values(r);
          })(),
        ),
      ),
    );
  }

  private async appendValues(table: string, types: ColumnType[], rows: Iterable<readonly unknown[]>): Promise<number> {
    this.idle();
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
            case 'VARCHAR':
            case 'JSON':
              app.appendVarchar(String(v));
              break;
            case 'DOUBLE':
              if (typeof v === 'number' && Number.isFinite(v)) app.appendDouble(v);
              else app.appendNull();
              break;
            case 'INTEGER':
              app.appendInteger(Number(v));
              break;
            case 'BIGINT':
              app.appendBigInt(BigInt(Math.round(Number(v))));
              break;
            case 'UBIGINT':
              app.appendUBigInt(BigInt(Math.round(Number(v))));
              break;
            case 'BOOLEAN':
              app.appendBoolean(Boolean(v));
              break;
            default:
              throw new DbError(`${table}: the appender cannot write ${types[i]}`);
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

export function openMemory(opts: Omit<OpenOptions, 'readOnly'> = {}): Promise<Db> {
  return Db.open(':memory:', opts);
}

/** Opens a warehouse for reading only; many readers may hold it while the pipeline builds a new one. */
export function openReadOnly(path: string): Promise<Db> {
  return Db.open(path, { readOnly: true });
}

/**
 * Opens a fresh file to build into (removes a stale one left by a crashed build), with DuckDB's memory
 * limit (BUILD_MEMORY_LIMIT unless given) and spilling to `<file>.tmp` beyond it. `copyOf`: the file starts as a
 * copy of that one (an incremental build starts from the previous warehouse: pipeline/stages/in-place.ts); an
 * empty file when it is missing or cannot be opened.
 */
export async function openForBuild(
  path: string,
  opts: Omit<OpenOptions, 'readOnly'> & { copyOf?: string } = {},
): Promise<Db> {
  for (const p of [path, `${path}.wal`]) if (existsSync(p)) rmSync(p);
  const { copyOf, ...rest } = opts;
  const open = () => Db.open(path, { memoryLimit: BUILD_MEMORY_LIMIT, tempDirectory: `${path}.tmp`, ...rest });
  if (copyOf && existsSync(copyOf))
    try {
      // a clone where the file system can (no data copied), else a copy in the kernel
      copyFileSync(copyOf, path, constants.COPYFILE_FICLONE);
      return await open();
    } catch {
      // an unreadable previous warehouse: build from an empty file (the carry stage then carries nothing)
      for (const p of [path, `${path}.wal`]) rmSync(p, { force: true });
    }
  return open();
}

/** DuckDB's memory settings as it applies them (for tests and the bench). */
export async function memorySettings(db: Db): Promise<{ memory_limit: string; temp_directory: string }> {
  const rows = await db.all<{ name: string; value: string }>(
    "SELECT name, value FROM duckdb_settings() WHERE name IN ('memory_limit', 'temp_directory')",
  );
  const get = (n: string) => rows.find((r) => r.name === n)?.value ?? '';
  return { memory_limit: get('memory_limit'), temp_directory: get('temp_directory') };
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
