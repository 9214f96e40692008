/**
 * A pid lock file: one writer of a kind per data folder (one crawl, one pipeline). Created atomically;
 * a lock left by a process that no longer exists (kill -9) is taken over. Shared by crawlers and pipeline,
 * which may not import each other: workspace/ sits below both (docs/architecture.md).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock or throws `busy(pid)`; returns the release function. */
export function acquirePidLock(file: string, busy: (pid: number) => Error): () => void {
  mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) throw busy(pid);
      rmSync(file, { force: true });
    }
  }
  throw busy(-1);
}
