/**
 * The API's read-only view of the warehouse file, switching to a new file when the pipeline renames one
 * into place (pipeline/db.ts `swapInto`).
 *
 * Each request `acquire()`s a lease on the current *generation* (one open read-only handle plus its
 * per-build memo cache) and releases it when the response is ready. At most every `checkMs` an
 * `acquire()` stats the file; when its inode, size or mtime changed it opens the new file, makes it
 * current, and retires the old generation: that one is closed once its last lease is released, so
 * in-flight queries finish on the old file and no request fails during the switch.
 * While no file exists the generation has `db: null` (routes answer 503 / health says "empty").
 */
import { statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { openReadOnly, type Db } from '../pipeline/db.ts';

export interface WarehouseLease {
  /** null while no warehouse file exists. */
  readonly db: Db | null;
  /** Identifies the file generation ('none' without a file); changes on every swap. */
  readonly build: string;
  /** Per-generation memo: computed once per build, dropped on swap. */
  memo<T>(key: string, make: () => Promise<T>): Promise<T>;
  release(): void;
}

export interface WarehouseSource {
  readonly path: string;
  acquire(): Promise<WarehouseLease>;
  /**
   * The current build without a lease, synchronously, for answers that read nothing from the file (cache
   * hits): null when a switch is due or under way (then `acquire()` makes it).
   */
  peekBuild(): string | null;
  /** Closes the current handle (after its in-flight leases). */
  close(): Promise<void>;
}

export interface WarehouseOptions {
  /** Minimum time between two stat() checks of the file (default 250 ms). */
  checkMs?: number;
  log?: (line: string) => void;
  /** Most memo entries per generation (default 5000; oldest dropped first). */
  maxMemo?: number;
}

class Generation {
  refs = 0;
  retired = false;
  closed = false;
  readonly memos = new Map<string, Promise<unknown>>();
  constructor(
    readonly db: Db | null,
    readonly stamp: string,
    readonly build: string,
  ) {}
  closeIfIdle(): void {
    if (this.retired && this.refs === 0 && !this.closed) {
      this.closed = true;
      this.memos.clear();
      this.db?.close();
    }
  }
}

function stampOf(file: string): string {
  try {
    const s = statSync(file);
    return `${s.ino}:${s.size}:${s.mtimeMs}`;
  } catch {
    return 'none';
  }
}

export function openWarehouse(file: string, opts: WarehouseOptions = {}): WarehouseSource {
  const checkMs = opts.checkMs ?? 250;
  const maxMemo = opts.maxMemo ?? 5000;
  const log = opts.log ?? (() => {});
  let current = new Generation(null, 'none', 'none');
  let lastCheck = -Infinity;
  let opening: Promise<void> | null = null;
  let failedStamp: string | null = null;
  let failedAt = 0;
  let closed = false;

  async function open(stamp: string): Promise<void> {
    try {
      const db = await openReadOnly(file);
      const build = createHash('sha1').update(stamp).digest('hex').slice(0, 12);
      const next = new Generation(db, stamp, build);
      const old = current;
      current = next;
      old.retired = true;
      old.closeIfIdle();
      log(`warehouse: opened ${file} (build ${build})`);
    } catch (err) {
      failedStamp = stamp;
      failedAt = Date.now();
      log(`warehouse: cannot open ${file}: ${(err as Error).message}; still serving the previous one`);
    }
  }

  async function refresh(): Promise<void> {
    const stamp = stampOf(file);
    if (stamp === current.stamp) return;
    // A vanished file keeps the old handle serving (the pipeline renames over it, never deletes it).
    if (stamp === 'none') return;
    if (stamp === failedStamp && Date.now() - failedAt < 5000) return;
    opening ??= open(stamp).finally(() => (opening = null));
    await opening;
  }

  function lease(g: Generation): WarehouseLease {
    g.refs++;
    let released = false;
    return {
      db: g.db,
      build: g.build,
      memo<T>(key: string, make: () => Promise<T>): Promise<T> {
        let p = g.memos.get(key) as Promise<T> | undefined;
        if (!p) {
          if (g.memos.size >= maxMemo) g.memos.delete(g.memos.keys().next().value!);
          p = make();
          g.memos.set(key, p);
          p.catch(() => g.memos.delete(key));
        }
        return p;
      },
      release() {
        if (released) return;
        released = true;
        g.refs--;
        g.closeIfIdle();
      },
    };
  }

  return {
    path: file,
    async acquire() {
      const now = Date.now();
      if (!closed && now - lastCheck >= checkMs) {
        lastCheck = now;
        await refresh();
      } else if (opening) {
        await opening;
      }
      return lease(current);
    },
    peekBuild() {
      if (closed || opening) return null;
      const now = Date.now();
      if (now - lastCheck >= checkMs) {
        // the same check acquire() makes; a changed file is left for acquire() to open
        const stamp = stampOf(file);
        if (stamp !== current.stamp && stamp !== 'none') return null;
        lastCheck = now;
      }
      return current.build;
    },
    async close() {
      closed = true;
      if (opening) await opening;
      current.retired = true;
      current.closeIfIdle();
    },
  };
}
