/** Worker thread of the enrich stage: builds its own matcher and enriches the batches it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { createMatcher, type Taxonomy } from '../extract/index.ts';
import { enrichOne, type TodoRow } from './enrich-one.ts';

const matcher = createMatcher(workerData.taxonomy as Taxonomy);
parentPort!.on('message', (msg: { id: number; rows: TodoRow[] }) => {
  const rows = msg.rows.map((r) => enrichOne(r, matcher));
  // this isolate's heap (process.memoryUsage's heap fields are per thread), for the pool's peak
  parentPort!.postMessage({ id: msg.id, rows, heap: process.memoryUsage().heapUsed });
});
parentPort!.postMessage({ ready: true });
