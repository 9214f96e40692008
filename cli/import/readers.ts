/**
 * Reads import files (`.jsonl`, `.jsonl.gz`, `.csv`, `.csv.gz`, `.parquet`) as a stream of items,
 * each with the line (or row) it came from, so a bad record can be reported and skipped.
 */
import { createReadStream, statSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { InputError } from '../../config/index.ts';
import { openMemory } from '../../pipeline/db.ts';
import { LIMITS } from '../../crawlers/limits.ts';
import { CsvError, parseCsv } from './csv.ts';

export type Item = { line: number; value: unknown } | { line: number; error: string };
export type Format = 'jsonl' | 'csv' | 'parquet';

export function formatOf(file: string): { format: Format; gzip: boolean } {
  const f = file.toLowerCase();
  if (f.endsWith('.jsonl.gz') || f.endsWith('.ndjson.gz')) return { format: 'jsonl', gzip: true };
  if (f.endsWith('.jsonl') || f.endsWith('.ndjson') || f.endsWith('.json')) return { format: 'jsonl', gzip: false };
  if (f.endsWith('.csv.gz')) return { format: 'csv', gzip: true };
  if (f.endsWith('.csv')) return { format: 'csv', gzip: false };
  if (f.endsWith('.parquet')) return { format: 'parquet', gzip: false };
  throw new InputError(`${file}: unsupported file type (expected .jsonl, .jsonl.gz, .csv, .csv.gz or .parquet)`);
}

/** Bytes of the (compressed) file consumed so far, for the progress bar. */
export interface ReadProgress {
  bytes: number;
  size: number;
}

function textStream(file: string, gzip: boolean, progress: ReadProgress): NodeJS.ReadableStream {
  const raw = createReadStream(file, { highWaterMark: 1 << 20 });
  raw.on('data', (b) => (progress.bytes += (b as Buffer).length));
  if (!gzip) return raw.setEncoding('utf8');
  const gunzip = createGunzip();
  raw.on('error', (e) => gunzip.destroy(e));
  return raw.pipe(gunzip).setEncoding('utf8');
}

/** A line longer than the limit: skipped while streaming, never held whole. */
export const TOO_LONG: unique symbol = Symbol('line too long');

/**
 * Splits a text stream into lines in linear time (only the new chunk is searched; a partial line is kept as
 * pieces, joined once); a line longer than `maxChars` is dropped as it streams and yields TOO_LONG.
 */
export async function* lines(
  stream: AsyncIterable<string>,
  maxChars: number = LIMITS.lineChars,
): AsyncGenerator<string | typeof TOO_LONG> {
  let pieces: string[] = [];
  let pending = 0;
  let skipping = false;
  const finish = (last: string): string | typeof TOO_LONG => {
    if (skipping) {
      skipping = false;
      return TOO_LONG;
    }
    pieces.push(last);
    const line = pieces.length === 1 ? last : pieces.join('');
    pieces = [];
    pending = 0;
    if (line.length > maxChars) return TOO_LONG;
    return line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line;
  };
  for await (const chunk of stream) {
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', start)) {
      yield finish(chunk.slice(start, nl));
      start = nl + 1;
    }
    if (start < chunk.length && !skipping) {
      pieces.push(start === 0 ? chunk : chunk.slice(start));
      pending += chunk.length - start;
      if (pending > maxChars) {
        skipping = true;
        pieces = [];
        pending = 0;
      }
    }
  }
  if (skipping || pieces.length) yield finish('');
}

async function* readJsonl(file: string, gzip: boolean, progress: ReadProgress): AsyncGenerator<Item> {
  let line = 0;
  for await (const text of lines(textStream(file, gzip, progress) as AsyncIterable<string>)) {
    line++;
    if (text === TOO_LONG) {
      yield { line, error: `line longer than ${LIMITS.lineChars} characters (skipped)` };
      continue;
    }
    if (text.length === 0 || text.trim() === '') continue;
    try {
      yield { line, value: JSON.parse(text) };
    } catch (err) {
      yield { line, error: `not valid JSON (${(err as Error).message})` };
    }
  }
}

async function* readCsv(file: string, gzip: boolean, progress: ReadProgress): AsyncGenerator<Item> {
  let header: string[] | null = null;
  for await (const rec of parseCsv(textStream(file, gzip, progress) as AsyncIterable<string>, LIMITS.lineChars)) {
    if (!header) {
      header = rec.fields.map((h) => h.trim().replace(/^\uFEFF/, ''));
      if (!header.includes('id'))
        throw new InputError(`${file}:${rec.line}: CSV header has no "id" column (got ${header.join(',')})`);
      continue;
    }
    if (rec.fields.length === 1 && rec.fields[0] === '') continue;
    if (rec.fields.length !== header.length) {
      yield { line: rec.line, error: `expected ${header.length} CSV fields, got ${rec.fields.length}` };
      continue;
    }
    const obj: Record<string, string> = {};
    header.forEach((h, i) => {
      if (rec.fields[i] !== '') obj[h] = rec.fields[i]!;
    });
    yield { line: rec.line, value: obj };
  }
}

async function* readParquet(file: string, progress: ReadProgress): AsyncGenerator<Item> {
  const db = await openMemory({ threads: 1 });
  try {
    let row = 0;
    let stream: ReturnType<typeof db.stream>;
    try {
      stream = db.stream('SELECT * FROM read_parquet($1)', [file]);
      for await (const rows of stream) {
        for (const value of rows) yield { line: ++row, value };
        progress.bytes = Math.min(progress.size, Math.round((row / (row + 1)) * progress.size));
      }
    } catch (err) {
      if (row === 0)
        throw new InputError(`${file}: not a readable Parquet file (${(err as Error).message.split('\n')[0]})`);
      throw err;
    }
    progress.bytes = progress.size;
  } finally {
    db.close();
  }
}

export function readItems(file: string, progress: ReadProgress): AsyncGenerator<Item> {
  const { format, gzip } = formatOf(file);
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new InputError(`${file}: file not found`);
  }
  progress.size = size;
  progress.bytes = 0;
  const items =
    format === 'jsonl'
      ? readJsonl(file, gzip, progress)
      : format === 'csv'
        ? readCsv(file, gzip, progress)
        : readParquet(file, progress);
  return named(file, items);
}

/** Checks that every file exists and has a supported type before anything is imported. */
export function checkFiles(files: string[]): void {
  for (const file of files) {
    formatOf(file);
    try {
      statSync(file);
    } catch {
      throw new InputError(`${file}: file not found`);
    }
  }
}

/** A corrupt file (broken gzip, unterminated CSV quote) stops with an error naming the file and line. */
async function* named(file: string, items: AsyncGenerator<Item>): AsyncGenerator<Item> {
  let line = 0;
  try {
    for await (const item of items) {
      line = item.line;
      yield item;
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    if (err instanceof CsvError) throw new InputError(`${file}:${err.line}: ${err.message}`);
    throw new InputError(`${file}: unreadable after line ${line} (${(err as Error).message})`);
  }
}
