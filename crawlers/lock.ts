/**
 * Locks of the crawlers room: one crawl per data folder (`data/crawl/crawl.lock`), and one writer of the raw
 * store at a time (`data/raw/.writer.lock`, taken by a crawl and by `import`), so two processes never append
 * to the same key index at once.
 */
import path from 'node:path';
import { SkillpulseError } from '../config/index.ts';
import { acquirePidLock } from '../workspace/lock.ts';
import { sweepTemp } from './sink.ts';

export class CrawlBusyError extends SkillpulseError {
  constructor(
    readonly pid: number,
    readonly lockFile: string,
  ) {
    super(`another crawl (pid ${pid}) is running on this data folder (${lockFile})`, 1);
  }
}

export class RawStoreBusyError extends SkillpulseError {
  constructor(
    readonly pid: number,
    readonly lockFile: string,
  ) {
    super(
      `the raw store is being written by another process (pid ${pid}, ${lockFile}); try again when it has finished`,
      1,
    );
  }
}

export function acquireLock(crawlDir: string): () => void {
  const file = path.join(crawlDir, 'crawl.lock');
  return acquirePidLock(file, (pid) => new CrawlBusyError(pid, file));
}

export function acquireRawLock(rawDir: string): () => void {
  const file = path.join(rawDir, '.writer.lock');
  const release = acquirePidLock(file, (pid) => new RawStoreBusyError(pid, file));
  // the one writer now: temporary files of a killed writer are leftovers
  sweepTemp(rawDir);
  return release;
}
