/**
 * One crawl per data folder at a time: `data/crawl/crawl.lock` holds the pid of the running crawl. A lock
 * left by a process that no longer exists (kill -9) is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SkillpulseError } from '../config/index.ts';

export class CrawlBusyError extends SkillpulseError {
  constructor(readonly pid: number, readonly lockFile: string) {
    super(`another crawl (pid ${pid}) is running on this data folder (${lockFile})`, 1);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireLock(crawlDir: string): () => void {
  mkdirSync(crawlDir, { recursive: true });
  const file = path.join(crawlDir, 'crawl.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) throw new CrawlBusyError(pid, file);
      rmSync(file, { force: true });
    }
  }
  throw new CrawlBusyError(-1, file);
}
