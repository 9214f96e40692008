/**
 * A small pool of worker threads for the enrich stage (the CPU-heavy part of the pipeline), so a big
 * rebuild uses every core.
 */
import { Worker } from 'node:worker_threads';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { isCompiled, projectRoot } from '../../workspace/root.ts';
import type { Taxonomy } from '../extract/index.ts';
import type { TodoRow } from './enrich-one.ts';

export interface EnrichPool {
  run(rows: TodoRow[]): Promise<unknown[][]>;
  /** The largest V8 heap (used bytes) a worker reported after a batch. */
  peakHeapBytes(): number;
  close(): Promise<void>;
}

/**
 * Old-generation heap cap of each worker (MB): a worker holds the taxonomy's automaton (~5 MB) and half a batch
 * (~6 KB per posting in and out, ~30 MB at ENRICH_BATCH), so this bounds it well above its need and
 * below what V8 would let a lazily collected heap grow to. A worker over it dies, and the pool fails the run.
 */
export const WORKER_HEAP_MB = 256;

export async function createEnrichPool(
  taxonomy: Taxonomy,
  size = Math.max(1, Math.min(4, os.availableParallelism())),
  heapMb = WORKER_HEAP_MB,
): Promise<EnrichPool> {
  // compiled: the bundled worker; from sources: a plain-JS bootstrap registers tsx's loader, then imports enrich-worker.ts
  const url = isCompiled
    ? pathToFileURL(path.join(projectRoot(), 'bin', 'dist', 'enrich-worker.js'))
    : pathToFileURL(path.join(projectRoot(), 'pipeline', 'stages', 'enrich-worker.mjs'));
  const workers: Worker[] = [];
  const pending = new Map<number, { resolve: (rows: unknown[][]) => void; reject: (e: Error) => void }>();
  let seq = 0;
  let closing = false;
  let peakHeap = 0;
  const fail = (e: Error) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  try {
    await Promise.all(
      Array.from(
        { length: size },
        () =>
          new Promise<void>((resolve, reject) => {
            const w = new Worker(url, { workerData: { taxonomy }, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
            w.on('message', (m: { ready?: boolean; id?: number; rows?: unknown[][]; heap?: number }) => {
              if (m.ready) return resolve();
              peakHeap = Math.max(peakHeap, m.heap ?? 0);
              const p = pending.get(m.id!);
              pending.delete(m.id!);
              p?.resolve(m.rows!);
            });
            w.on('error', (e) => {
              reject(e);
              fail(e);
            });
            // a worker that dies without an 'error' (out of memory, exit) must not leave a batch waiting forever
            w.on('exit', (code) => {
              if (closing) return;
              const e = new Error(`enrich worker exited with code ${code}`);
              reject(e);
              fail(e);
            });
            workers.push(w);
          }),
      ),
    );
  } catch (err) {
    closing = true;
    await Promise.all(workers.map((w) => w.terminate()));
    throw err;
  }
  return {
    /** Splits the rows over the workers and returns the enriched rows in input order. */
    async run(rows) {
      const chunk = Math.ceil(rows.length / workers.length);
      const parts = await Promise.all(
        workers.map((w, i) => {
          const slice = rows.slice(i * chunk, (i + 1) * chunk);
          if (slice.length === 0) return Promise.resolve([] as unknown[][]);
          const id = ++seq;
          return new Promise<unknown[][]>((resolve, reject) => {
            pending.set(id, { resolve, reject });
            w.postMessage({ id, rows: slice });
          });
        }),
      );
      return parts.flat();
    },
    peakHeapBytes: () => peakHeap,
    async close() {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
