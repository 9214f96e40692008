/** One crawl per data folder at a time: `data/crawl/crawl.lock` holds the pid of the running crawl. */
import path from 'node:path';
import { SkillpulseError } from '../config/index.ts';
import { acquirePidLock } from '../config/lock.ts';

export class CrawlBusyError extends SkillpulseError {
  constructor(readonly pid: number, readonly lockFile: string) {
    super(`another crawl (pid ${pid}) is running on this data folder (${lockFile})`, 1);
  }
}

export function acquireLock(crawlDir: string): () => void {
  const file = path.join(crawlDir, 'crawl.lock');
  return acquirePidLock(file, (pid) => new CrawlBusyError(pid, file));
}
