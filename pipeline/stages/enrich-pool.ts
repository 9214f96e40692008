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
  /**
   * Enriches the rows chunk by chunk and hands each chunk's enriched rows to `sink` in input order, as soon as it
   * and every chunk before it are back (one sink call at a time); resolves when the last sink call has.
   */
  stream(rows: TodoRow[], sink: (enriched: unknown[][]) => unknown): Promise<void>;
  /** The enriched rows, in input order (stream collected). */
  run(rows: TodoRow[]): Promise<unknown[][]>;
  /** The largest V8 heap (used bytes) a worker reported after a batch. */
  peakHeapBytes(): number;
  close(): Promise<void>;
}

/**
 * Old-generation heap cap of each worker (MB): a worker holds the taxonomy's automaton (~5 MB) and at most
 * CHUNKS_QUEUED chunks (~6 KB per posting in and out, ~3 MB at POOL_CHUNK), so this bounds it well above its need and
 * below what V8 would let a lazily collected heap grow to. A worker over it dies, and the pool fails the run.
 */
export const WORKER_HEAP_MB = 256;

/**
 * Rows per message to a worker. A batch is cut into chunks that go to whichever worker is free, so the workers
 * finish a batch together: with one half-batch each, one worker of two sat idle for 10-17% of the stage while the
 * other finished (a --cpu-prof of a 100k build, docs/scale.md).
 */
export const POOL_CHUNK = 250;
/**
 * Chunks sent to a worker ahead of its reply: the next one is already queued when it finishes one, so it does
 * not wait for the main thread (which may be busy appending a chunk to DuckDB or reading the next batch).
 */
export const CHUNKS_QUEUED = 2;

export async function createEnrichPool(
  taxonomy: Taxonomy,
  size = Math.max(1, Math.min(4, os.availableParallelism())),
  heapMb = WORKER_HEAP_MB,
  chunk = POOL_CHUNK,
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
  const send = (w: Worker, slice: TodoRow[]) =>
    new Promise<unknown[][]>((resolve, reject) => {
      const id = ++seq;
      pending.set(id, { resolve, reject });
      w.postMessage({ id, rows: slice });
    });
  /** Chunks of `chunk` rows go to whichever worker is free, at most CHUNKS_QUEUED waiting per worker. */
  const stream = async (rows: TodoRow[], sink: (enriched: unknown[][]) => unknown): Promise<void> => {
    const chunks = Math.ceil(rows.length / chunk);
    const back: (unknown[][] | undefined)[] = new Array(chunks);
    let next = 0;
    let emitted = 0;
    let sunk: Promise<unknown> = Promise.resolve();
    const feed = async (w: Worker) => {
      while (next < chunks) {
        const k = next++;
        back[k] = await send(w, rows.slice(k * chunk, (k + 1) * chunk));
        while (emitted < chunks && back[emitted] !== undefined) {
          const out = back[emitted]!;
          back[emitted++] = undefined; // released once appended
          sunk = sunk.then(() => sink(out));
          sunk.catch(() => {}); // awaited below; handled here so a failed sink is not an unhandled rejection meanwhile
        }
      }
    };
    await Promise.all(workers.flatMap((w) => Array.from({ length: CHUNKS_QUEUED }, () => feed(w))));
    await sunk;
  };
  return {
    stream,
    async run(rows) {
      const all: unknown[][] = [];
      await stream(rows, (out) => {
        for (const r of out) all.push(r);
      });
      return all;
    },
    peakHeapBytes: () => peakHeap,
    async close() {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
