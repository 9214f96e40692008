/**
 * `skillpulse import`: reads files, validates each record, appends new posting versions to the raw
 * store, and reports every rejected record with file, line and reason (also into a rejects report).
 */
import { mkdirSync, createWriteStream, type WriteStream } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config/index.ts';
import { appendRuns } from '../../workspace/runs.ts';
import { InputError } from '../../config/index.ts';
import { validateRecord, type ValidationResult } from '../../crawlers/record.ts';
import { RawStore } from '../../crawlers/sink.ts';
import { acquireRawLock } from '../../crawlers/lock.ts';
import { checkFiles, readItems, type ReadProgress } from './readers.ts';

export interface Reject {
  file: string;
  line: number;
  source: string | null;
  reason: string;
}

export interface ImportSummary {
  files: string[];
  read: number;
  added: number;
  duplicates: number;
  rejected: number;
  /** Rejected records per source ("(unknown)" when the record named none). */
  rejected_by_source: Record<string, number>;
  rejects_file: string | null;
  /** Files that stopped part-way (corrupt gzip, unterminated CSV quote): what came before is kept. */
  failed_files: { file: string; reason: string }[];
  started_at: string;
  finished_at: string;
}

export interface ImportOptions {
  source?: string;
  /** Called for each rejected record (the CLI prints the first ones). */
  onReject?: (r: Reject) => void;
  /** Called often with the bytes of the current file consumed. */
  onProgress?: (file: string, p: ReadProgress, counts: { read: number }) => void;
  /** Called when a file stops part-way (the import goes on with the next file). */
  onFileError?: (file: string, reason: string) => void;
  /** Records per published part file (a crash loses at most one unpublished batch; re-import re-adds it). */
  batchSize?: number;
}

export async function importFiles(config: Config, files: string[], opts: ImportOptions = {}): Promise<ImportSummary> {
  checkFiles(files);
  const release = acquireRawLock(config.data.raw);
  try {
    return await importLocked(config, files, opts);
  } finally {
    release();
  }
}

async function importLocked(config: Config, files: string[], opts: ImportOptions): Promise<ImportSummary> {
  const started_at = new Date().toISOString();
  const store = new RawStore(config.data.raw);
  const summary: ImportSummary = {
    files,
    read: 0,
    added: 0,
    duplicates: 0,
    rejected: 0,
    rejected_by_source: {},
    rejects_file: null,
    failed_files: [],
    started_at,
    finished_at: started_at,
  };
  const batchSize = opts.batchSize ?? 250_000;
  let rejects: WriteStream | null = null;
  const reject = (r: Reject) => {
    summary.rejected++;
    const key = r.source ?? '(unknown)';
    summary.rejected_by_source[key] = (summary.rejected_by_source[key] ?? 0) + 1;
    if (!rejects) {
      const dir = path.join(config.data.runs, 'rejects');
      mkdirSync(dir, { recursive: true });
      summary.rejects_file = path.join(dir, `import-${started_at.replace(/[-:.]/g, '')}-${process.pid}.jsonl`);
      rejects = createWriteStream(summary.rejects_file);
    }
    rejects.write(JSON.stringify(r) + '\n');
    opts.onReject?.(r);
  };
  for (const file of files) {
    const progress: ReadProgress = { bytes: 0, size: 0 };
    const origin = `import:${path.basename(file)}`;
    let writer = store.writer(origin);
    let inBatch = 0;
    try {
      for await (const item of readItems(file, progress)) {
        summary.read++;
        if ('error' in item) {
          reject({ file, line: item.line, source: opts.source ?? null, reason: item.error });
        } else {
          const v = safeValidate(item.value, opts.source);
          if (!v.ok) {
            const src = (item.value as { source?: unknown })?.source;
            reject({
              file,
              line: item.line,
              source: typeof src === 'string' ? src : (opts.source ?? null),
              reason: v.reason,
            });
          } else if (await writer.add(v.record)) {
            summary.added++;
            if (++inBatch >= batchSize) {
              await writer.close();
              writer = store.writer(origin);
              inBatch = 0;
            }
          } else summary.duplicates++;
        }
        if ((summary.read & 1023) === 0) opts.onProgress?.(file, progress, summary);
      }
      await writer.close();
      opts.onProgress?.(file, { bytes: progress.size, size: progress.size }, summary);
    } catch (err) {
      if (!(err instanceof InputError)) {
        writer.abort();
        throw err;
      }
      // a corrupt file stops where it breaks: what came before it is kept, the other files go on
      await writer.close();
      summary.failed_files.push({ file, reason: err.message });
      opts.onFileError?.(file, err.message);
    }
  }
  if (rejects) {
    const r: WriteStream = rejects;
    await new Promise<void>((resolve) => r.end(resolve));
  }
  summary.finished_at = new Date().toISOString();
  appendRuns(config.data.runs, 'import', [summary]);
  return summary;
}

/** validateRecord, with anything it throws on a hostile value turned into a rejection of that record. */
function safeValidate(value: unknown, source: string | undefined): ValidationResult {
  try {
    return validateRecord(value, source);
  } catch (err) {
    return { ok: false, reason: `unreadable record (${(err as Error)?.message ?? String(err)})` };
  }
}
