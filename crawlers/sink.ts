/**
 * The raw store: append-only gzip JSONL files under `data/raw/`, partitioned by source and day
 * (`source=<source>/day=<YYYY-MM-DD>/part-<time>-<pid>-<n>.jsonl.gz`). A part file is written to a
 * temporary name and renamed into place when complete; nothing is ever rewritten.
 *
 * Dedup of re-imports: a posting version is identified by (source, id, content_hash). The store keeps
 * a key index per source in `data/raw/_keys/<source>.tsv` (`id<TAB>hash<TAB>month` lines, then a
 * `#part <file>` line once that part is in place). On open, a part file the index does not list
 * (a crash between rename and index append) is read back, so nothing is doubled or lost.
 *
 * Index lines survive hostile ids and torn writes: an id holding a tab, newline, backslash or a leading quote
 * is written JSON-quoted (`indexId`), and a last line without its newline (a kill -9 in the middle of an
 * append) is cut off before anything is appended, its part then being recovered from the part file.
 */
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  appendFileSync,
  renameSync,
  rmSync,
  truncateSync,
  type WriteStream,
} from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { createGzip, createGunzip, type Gzip } from 'node:zlib';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { toRaw, type PostingInput, type RawPosting } from './record.ts';

import { encodeSource, decodeSource } from './source-name.ts';

export { encodeSource, decodeSource };

interface SourceIndex {
  keys: Set<string>;
  months: Map<string, number>;
  parts: Set<string>;
}

interface OpenPart {
  tmp: string;
  final: string;
  gzip: Gzip;
  out: WriteStream;
  /** Settles when the part file is completely written. */
  done: Promise<void>;
  lines: string[];
  count: number;
  buffer: string;
}

let partSeq = 0;

// biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to find control characters
const NEEDS_QUOTE = /^"|[\u0000-\u001f\\\u2028\u2029]/;
/** The id field of an index line: as is, or JSON-quoted when it could break the line format. */
export const indexId = (id: string): string => (NEEDS_QUOTE.test(id) ? JSON.stringify(id) : id);
/** The id of an index line's first field (JSON-quoted ids are decoded; an older unquoted id stays as is). */
export function parseIndexId(field: string): string {
  if (field.length > 1 && field.startsWith('"') && field.endsWith('"')) {
    try {
      return JSON.parse(field) as string;
    } catch {
      return field;
    }
  }
  return field;
}
/** `id<TAB>hash`: the in-memory key of one posting version. */
export const versionKey = (id: string, hash: string): string => `${indexId(id)}\t${hash}`;

export class RawStore {
  private readonly indexes = new Map<string, SourceIndex>();
  private readonly loading = new Map<string, Promise<SourceIndex>>();
  constructor(readonly dir: string) {}

  private keysFile(source: string): string {
    return path.join(this.dir, '_keys', `${encodeSource(source)}.tsv`);
  }

  /** Every source that has data in the store. */
  sources(): string[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((d) => d.startsWith('source='))
      .map((d) => decodeSource(d.slice('source='.length)))
      .sort();
  }

  /** All part files of a source (relative to the store). */
  partFiles(source: string): string[] {
    const base = path.join(this.dir, `source=${encodeSource(source)}`);
    if (!existsSync(base)) return [];
    const out: string[] = [];
    for (const day of readdirSync(base).sort())
      for (const f of readdirSync(path.join(base, day)).sort())
        if (f.endsWith('.jsonl.gz')) out.push(path.relative(this.dir, path.join(base, day, f)));
    return out;
  }

  /** The key index of a source when already loaded (fast path for writers). */
  loaded(source: string): SourceIndex | undefined {
    return this.indexes.get(source);
  }

  /** Loads (and, after a crash, repairs) the key index of one source; concurrent callers share one load. */
  index(source: string): Promise<SourceIndex> {
    const ready = this.indexes.get(source);
    if (ready) return Promise.resolve(ready);
    let loading = this.loading.get(source);
    if (!loading) {
      loading = this.loadIndex(source).finally(() => this.loading.delete(source));
      this.loading.set(source, loading);
    }
    return loading;
  }

  private async loadIndex(source: string): Promise<SourceIndex> {
    const idx: SourceIndex = { keys: new Set(), months: new Map(), parts: new Set() };
    const count = (key: string, month: string | undefined) => {
      if (idx.keys.has(key)) return false;
      idx.keys.add(key);
      if (month) idx.months.set(month, (idx.months.get(month) ?? 0) + 1);
      return true;
    };
    const file = this.keysFile(source);
    if (existsSync(file)) {
      let text = readFileSync(file, 'utf8');
      if (text.length > 0 && !text.endsWith('\n')) {
        // a torn last line (killed mid-append): cut it off; its part has no `#part` line yet and is recovered below
        text = text.slice(0, text.lastIndexOf('\n') + 1);
        truncateSync(file, Buffer.byteLength(text));
      }
      for (const line of text.split('\n')) {
        if (!line) continue;
        if (line.startsWith('#part ')) {
          idx.parts.add(line.slice(6));
          continue;
        }
        const [id, hash, month] = line.split('\t');
        count(versionKey(parseIndexId(id!), hash!), month);
      }
    }
    // Recovery: a part in place but not in the index (crash between rename and index append).
    for (const part of this.partFiles(source)) {
      if (idx.parts.has(part)) continue;
      const lines: string[] = [];
      for await (const rec of readPart(path.join(this.dir, part))) {
        const key = versionKey(rec.id, rec.content_hash);
        if (count(key, rec.month)) lines.push(`${key}\t${rec.month}`);
      }
      mkdirSync(path.dirname(file), { recursive: true });
      appendFileSync(file, lines.map((l) => l + '\n').join('') + `#part ${part}\n`);
      idx.parts.add(part);
    }
    this.indexes.set(source, idx);
    return idx;
  }

  /** Forgets a source's in-memory index (after an aborted write it is reloaded from disk). */
  forget(source: string): void {
    this.indexes.delete(source);
  }

  /** Starts an append session; call `add` per record and `close` to publish the part files. */
  writer(origin: string, now: Date = new Date()): RawWriter {
    return new RawWriter(this, origin, now);
  }

  /** Convenience: append many records at once. */
  async append(records: PostingInput[], origin: string): Promise<{ added: number; duplicates: number }> {
    const w = this.writer(origin);
    let added = 0;
    let duplicates = 0;
    try {
      for (const r of records) (await w.add(r)) ? added++ : duplicates++;
      await w.close();
    } catch (err) {
      w.abort();
      throw err;
    }
    return { added, duplicates };
  }

  /** Records per month for a source, from the index (what `status` shows). */
  async months(source: string): Promise<Map<string, number>> {
    return (await this.index(source)).months;
  }

  /** @internal used by RawWriter after a part is renamed into place. */
  commitIndex(source: string, part: string, lines: string[]): void {
    const file = this.keysFile(source);
    mkdirSync(path.dirname(file), { recursive: true });
    appendFileSync(file, lines.join('') + `#part ${part}\n`);
    this.indexes.get(source)?.parts.add(part);
  }
}

export class RawWriter {
  private readonly parts = new Map<string, OpenPart>();
  private readonly fetchedAt: string;
  private readonly day: string;
  constructor(
    private readonly store: RawStore,
    private readonly origin: string,
    now: Date,
  ) {
    this.fetchedAt = now.toISOString();
    this.day = this.fetchedAt.slice(0, 10);
  }

  /** Adds one validated record; false when this version is already in the store. */
  async add(input: PostingInput): Promise<boolean> {
    const rec = toRaw(input, this.origin, this.fetchedAt);
    const idx = this.store.loaded(rec.source) ?? (await this.store.index(rec.source));
    const key = versionKey(rec.id, rec.content_hash);
    if (idx.keys.has(key)) return false;
    idx.keys.add(key);
    idx.months.set(rec.month, (idx.months.get(rec.month) ?? 0) + 1);
    const part = this.part(rec.source);
    part.lines.push(`${key}\t${rec.month}\n`);
    part.count++;
    part.buffer += JSON.stringify(rec) + '\n';
    if (part.buffer.length >= 1 << 20) await this.flush(part);
    return true;
  }

  private async flush(part: OpenPart): Promise<void> {
    if (!part.buffer) return;
    const ok = part.gzip.write(part.buffer);
    part.buffer = '';
    if (!ok) await once(part.gzip, 'drain');
  }

  private part(source: string): OpenPart {
    let p = this.parts.get(source);
    if (p) return p;
    const dir = path.join(this.store.dir, `source=${encodeSource(source)}`, `day=${this.day}`);
    mkdirSync(dir, { recursive: true });
    const name = `part-${this.fetchedAt.replace(/[-:.]/g, '')}-${process.pid}-${++partSeq}.jsonl.gz`;
    const final = path.join(dir, name);
    const tmp = `${final}.tmp`;
    const gzip = createGzip({ level: 1, chunkSize: 1 << 16 });
    const out = createWriteStream(tmp);
    // pipeline: an error of either stream (disk full, permissions) rejects `done`, surfaced by close()
    const done = pipeline(gzip, out);
    done.catch(() => {});
    p = { tmp, final, gzip, out, done, lines: [], count: 0, buffer: '' };
    this.parts.set(source, p);
    return p;
  }

  /** Publishes every part: finish gzip, rename into place, append to the key index. */
  async close(): Promise<{ files: string[] }> {
    const files: string[] = [];
    for (const [source, p] of this.parts) {
      await this.flush(p);
      p.gzip.end();
      await p.done;
      renameSync(p.tmp, p.final);
      const rel = path.relative(this.store.dir, p.final);
      this.store.commitIndex(source, rel, p.lines);
      files.push(rel);
    }
    this.parts.clear();
    return { files };
  }

  /** Drops unpublished parts (nothing reaches the store); their sources' indexes are reloaded from disk. */
  abort(): void {
    for (const [source, p] of this.parts) {
      p.gzip.destroy();
      p.out.destroy();
      rmSync(p.tmp, { force: true });
      this.store.forget(source); // its keys were never published
    }
    this.parts.clear();
  }
}

/** Reads one part file back (used by recovery and tests; the pipeline reads parts with DuckDB). */
export async function* readPart(file: string): AsyncGenerator<RawPosting> {
  const rl = readline.createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of rl) if (line) yield JSON.parse(line) as RawPosting;
}

/**
 * Removes the `*.tmp` part files a killed writer left (they were never renamed into place, so they hold
 * nothing the store lists). Only safe under the raw store's writer lock: `acquireRawLock` calls it.
 */
export function sweepTemp(rawDir: string): string[] {
  const removed: string[] = [];
  const sweep = (base: string) => {
    if (!existsSync(base)) return;
    for (const src of readdirSync(base)) {
      if (!src.startsWith('source=')) continue;
      const srcDir = path.join(base, src);
      for (const day of readdirSync(srcDir)) {
        const dayDir = path.join(srcDir, day);
        let files: string[];
        try {
          files = readdirSync(dayDir);
        } catch {
          continue;
        }
        for (const f of files)
          if (f.endsWith('.tmp')) {
            rmSync(path.join(dayDir, f), { force: true });
            removed.push(path.join(dayDir, f));
          }
      }
    }
  };
  sweep(rawDir);
  sweep(path.join(rawDir, '_events'));
  return removed;
}
